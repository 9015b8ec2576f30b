//! A relying party for the tests: the `openidconnect` crate, as any Rust application
//! would use it, talking to the provider over real HTTP; and the browser that carries the
//! user through sign-in and consent.

use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AuthenticationContextClass, ClientId, ClientSecret, CsrfToken, EndpointMaybeSet,
    EndpointNotSet, EndpointSet, IntrospectionUrl, IssuerUrl, Nonce, PkceCodeChallenge,
    PkceCodeVerifier, RedirectUrl, RevocationUrl, Scope,
};

use crate::app::{Browser, TestApp};

pub const REDIRECT: &str = "http://127.0.0.1:9/callback";
pub const PASSWORD: &str = "plum sailor orbit lantern";

pub type OidcClient = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointSet,
    EndpointSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

pub fn http() -> openidconnect::reqwest::Client {
    openidconnect::reqwest::Client::builder()
        .redirect(openidconnect::reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// Registers a client (as `idp client add` does) and builds an RP for it from discovery.
pub async fn register(
    app: &TestApp,
    adjust: impl FnOnce(&mut idp::clients::NewClient),
) -> (OidcClient, idp::clients::Client, Option<String>) {
    let mut new = idp::clients::NewClient {
        id: crate::support::unique("rp-"),
        name: Some("ERN-CPMS".into()),
        redirect_uris: vec![REDIRECT.into()],
        post_logout_redirect_uris: vec!["http://127.0.0.1:9/signed-out".into()],
        first_party: true,
        ..Default::default()
    };
    adjust(&mut new);
    let (client, secret) = idp::clients::add(app.provider.store.as_ref(), new)
        .await
        .unwrap()
        .unwrap();
    let rp = rp_for(app, &client.id, secret.clone()).await;
    (rp, client, secret)
}

pub async fn rp_for(app: &TestApp, client_id: &str, secret: Option<String>) -> OidcClient {
    rp_at(&app.base, client_id, secret).await
}

/// An RP for a provider at `base` (a real `idp serve`, for instance).
pub async fn rp_at(base: &str, client_id: &str, secret: Option<String>) -> OidcClient {
    let metadata =
        CoreProviderMetadata::discover_async(IssuerUrl::new(base.to_owned()).unwrap(), &http())
            .await
            .unwrap();
    CoreClient::from_provider_metadata(
        metadata,
        ClientId::new(client_id.into()),
        secret.map(ClientSecret::new),
    )
    .set_redirect_uri(RedirectUrl::new(REDIRECT.into()).unwrap())
    .set_revocation_url(RevocationUrl::new(format!("{base}/revoke")).unwrap())
    .set_introspection_url(IntrospectionUrl::new(format!("{base}/introspect")).unwrap())
}

pub struct Started {
    pub url: String,
    pub state: CsrfToken,
    pub nonce: Nonce,
    pub verifier: PkceCodeVerifier,
}

pub fn start(rp: &OidcClient, scopes: &[&str], acr: Option<&str>) -> Started {
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let mut request = rp
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .set_pkce_challenge(challenge);
    for scope in scopes {
        request = request.add_scope(Scope::new((*scope).into()));
    }
    if let Some(acr) = acr {
        request = request.add_auth_context_value(AuthenticationContextClass::new(acr.into()));
    }
    let (url, state, nonce) = request.url();
    Started {
        url: url.to_string(),
        state,
        nonce,
        verifier,
    }
}

/// Follows the provider's redirects like a browser, signing in (and allowing consent)
/// when asked, until the provider sends the browser back to the client; returns that URL.
pub async fn follow(browser: &Browser, start: &str, email: &str, password: &str) -> String {
    let mut location = start.to_owned();
    for _ in 0..10 {
        if location.starts_with(REDIRECT) || location.starts_with("http://127.0.0.1:9/") {
            return location;
        }
        let page = browser.get(&location).await;
        match page.status {
            303 | 302 | 307 => location = page.location().to_owned(),
            200 if page.body.contains("action=\"/login\"") => {
                let password_page = browser.submit(&page, &[("E-mail", email)]).await;
                let done = browser
                    .submit(&password_page, &[("Password", password)])
                    .await;
                assert_eq!(done.status, 303, "sign-in: {}", done.text());
                location = done.location().to_owned();
            }
            200 if page.body.contains("action=\"/authorize/consent\"") => {
                let fields = [
                    ("csrf_token", page.hidden("csrf_token")),
                    ("id", page.hidden("id")),
                    ("decision", "allow".into()),
                ];
                let borrowed: Vec<(&str, &str)> =
                    fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let answer = browser.post("/authorize/consent", &borrowed).await;
                location = answer.location().to_owned();
            }
            _ => return format!("STOPPED {} {}", page.status, location),
        }
        if location.starts_with('/') {
            location = format!("{}{location}", browser.base);
        }
    }
    panic!("too many redirects, last {location}");
}

pub fn query_param(url: &str, name: &str) -> Option<String> {
    let query = url.split_once('?')?.1;
    serde_urlencoded::from_str::<Vec<(String, String)>>(query)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}

/// Redeems the code that came `back` to the application, with the request's PKCE verifier.
pub async fn redeem(
    rp: &OidcClient,
    verifier: PkceCodeVerifier,
    back: &str,
) -> openidconnect::core::CoreTokenResponse {
    let code = query_param(back, "code").expect("a code");
    rp.exchange_code(openidconnect::AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(verifier)
        .request_async(&http())
        .await
        .expect("token exchange")
}
