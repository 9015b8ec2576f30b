//! Authorization codes are sealed records (issue 13: nothing is written at /authorize):
//! what a code may do rests on the seal and on its use mark, so these try to get past
//! either.

use openidconnect::{AuthorizationCode, OAuth2TokenResponse, PkceCodeVerifier};

use crate::app::{Backend, TestApp, register_through_pages, spawn_app};
use crate::rp::{OidcClient, PASSWORD, REDIRECT, follow, http, query_param, register, start};

crate::on_both_backends!(
    a_code_reveals_nothing_and_an_altered_or_foreign_one_is_refused,
    a_used_code_stays_used_after_its_tokens_are_revoked,
    a_code_given_again_to_the_same_browser_retires_the_first,
);

/// The token endpoint's answer to `code`: the refresh token, or the error as the client
/// library reports it.
pub(crate) async fn exchange(
    rp: &OidcClient,
    code: &str,
    verifier: &str,
) -> Result<String, String> {
    rp.exchange_code(AuthorizationCode::new(code.to_owned()))
        .unwrap()
        .set_pkce_verifier(PkceCodeVerifier::new(verifier.to_owned()))
        .request_async(&http())
        .await
        .map(|t| t.refresh_token().unwrap().secret().clone())
        .map_err(|e| format!("{e:?}"))
}

/// A new user, a client (and its secret), and a code with its PKCE verifier.
async fn a_code(app: &TestApp, email: &str) -> (OidcClient, String, String, String) {
    register_through_pages(app, email, PASSWORD).await;
    let (rp, _, secret) = register(app, |_| {}).await;
    let started = start(&rp, &["offline_access"], None);
    let back = follow(&app.browser(), &started.url, email, PASSWORD).await;
    let code = query_param(&back, "code").expect("a code");
    let verifier = started.verifier.secret().clone();
    (rp, code, verifier, secret.expect("a confidential client"))
}

const REFUSED_UNOPENED: &str = "\"the code is invalid\"";

async fn a_code_reveals_nothing_and_an_altered_or_foreign_one_is_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let (rp, code, verifier, _) = a_code(&app, "sealed@example.eu").await;
    let plain = idp::secrets::from_b64(&code).expect("URL-safe base64");
    // Short enough for any URL (550 characters for this request, nonce and PKCE included).
    assert!(code.len() <= 700, "a code of {} characters", code.len());
    let contains = |needle: &str| plain.windows(needle.len()).any(|w| w == needle.as_bytes());
    for needle in [REDIRECT, "offline_access", "sealed@example.eu", "pwd"] {
        assert!(!contains(needle), "{needle} readable in the code");
    }

    // One character changed anywhere: refused, and the real code is not burnt by it.
    for at in [0, code.len() / 2, code.len() - 1] {
        let mut altered = code.clone().into_bytes();
        altered[at] = if altered[at] == b'A' { b'B' } else { b'A' };
        let altered = String::from_utf8(altered).unwrap();
        let refused = exchange(&rp, &altered, &verifier).await.unwrap_err();
        assert!(refused.contains(REFUSED_UNOPENED), "{refused}");
    }
    assert!(exchange(&rp, "", &verifier).await.is_err());
    assert!(exchange(&rp, &"A".repeat(4000), &verifier).await.is_err());

    // A code sealed by another deployment (another master key) opens nowhere else, even
    // for a client of the same name.
    let elsewhere = spawn_app(backend).await;
    let (_, foreign, foreign_verifier, _) = a_code(&elsewhere, "sealed@example.eu").await;
    let refused = exchange(&rp, &foreign, &foreign_verifier)
        .await
        .unwrap_err();
    assert!(refused.contains(REFUSED_UNOPENED), "{refused}");

    assert!(exchange(&rp, &code, &verifier).await.is_ok());
}

async fn a_used_code_stays_used_after_its_tokens_are_revoked(backend: Backend) {
    let app = spawn_app(backend).await;
    let (rp, code, verifier, secret) = a_code(&app, "revoked@example.eu").await;
    let refresh = exchange(&rp, &code, &verifier).await.expect("redeemed");
    // RFC 7009: the refresh token's whole family goes, and with it everything listed
    // with the family. The code's use mark must not be among them: the code itself is
    // still within its minute.
    let client_id = rp.client_id().as_str().to_owned();
    let (status, _, _) = crate::jose::post_form(
        &app,
        "/revoke",
        &[
            ("token", &refresh),
            ("client_id", &client_id),
            ("client_secret", &secret),
        ],
        None,
    )
    .await;
    assert_eq!(status, 200);
    let again = exchange(&rp, &code, &verifier).await;
    assert!(again.is_err(), "a used code redeemed again: {again:?}");
}

async fn a_code_given_again_to_the_same_browser_retires_the_first(backend: Backend) {
    let app = spawn_app(backend).await;
    let email = "resumed@example.eu";
    register_through_pages(&app, email, PASSWORD).await;
    let (rp, _, _) = register(&app, |_| {}).await;
    let started = start(&rp, &[], None);
    let verifier = started.verifier.secret().clone();
    // Not signed in: the request is stored, and finished by its last step.
    let browser = app.browser();
    let to_login = browser.get(&started.url).await;
    let login = browser.get(to_login.location()).await;
    let password = browser.submit(&login, &[("E-mail", email)]).await;
    let signed_in = browser.submit(&password, &[("Password", PASSWORD)]).await;
    let resume = signed_in.location().to_owned();
    assert!(resume.starts_with("/authorize/resume?id="), "{resume}");
    let code_from = |location: &str| query_param(location, "code");

    let first = code_from(browser.get(&resume).await.location()).expect("a code");
    // The browser comes back (as after a lost answer): a new code, the first one dead.
    let second = code_from(browser.get(&resume).await.location()).expect("another code");
    assert_ne!(first, second);
    let refused = exchange(&rp, &first, &verifier).await.unwrap_err();
    assert!(refused.contains("invalid_grant"), "{refused}");
    assert!(exchange(&rp, &second, &verifier).await.is_ok());
    // Redeemed: coming back gets no other code, and the retired one stays dead.
    let again = browser.get(&resume).await;
    assert!(
        code_from(again.location()).is_none(),
        "{}",
        again.location()
    );
    assert!(exchange(&rp, &first, &verifier).await.is_err());
}

/// Whoever holds the code key (the master key and the store's salt) can seal a code; a code
/// naming someone else's account must still not work with the forger's own session.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_code_naming_another_account_than_its_session_is_refused() {
    let app = spawn_app(Backend::Embedded).await;
    register_through_pages(&app, "victim@example.eu", PASSWORD).await;
    let (rp, code, verifier, _) = a_code(&app, "forger@example.eu").await;
    let tokens = rp
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(PkceCodeVerifier::new(verifier))
        .request_async(&http())
        .await
        .unwrap();
    let id_token = openidconnect::TokenResponse::id_token(&tokens).unwrap();
    let claims: serde_json::Value = serde_json::from_slice(
        &idp::secrets::from_b64(id_token.to_string().split('.').nth(1).unwrap()).unwrap(),
    )
    .unwrap();
    let sid = claims["sid"].as_str().unwrap().to_owned();
    let store = app.provider.store.as_ref();
    let account = |email: &'static str| async move {
        idp::accounts::find_by_email(store, email)
            .await
            .unwrap()
            .unwrap()
            .id
    };
    let (victim, forger) = (
        account("victim@example.eu").await,
        account("forger@example.eu").await,
    );
    let verifier = "v".repeat(43);
    let forged = |account_id: String| {
        let record = serde_json::json!({
            "grant": {
                "client_id": rp.client_id().as_str(),
                "account_id": account_id,
                "scopes": ["openid"],
                "sid": sid,
                "auth_time": claims["auth_time"],
                "acr": "high",
                "amr": ["hwk"],
            },
            "redirect_uri": REDIRECT,
            "nonce": null,
            "code_challenge": idp::secrets::b64(&idp::secrets::sha256(verifier.as_bytes())),
            "expires_at": claims["iat"].as_i64().unwrap() + 60,
        });
        let keys = &app.provider.keys;
        async move { keys.seal_code(record.to_string().as_bytes()).await.unwrap() }
    };
    // The forger's own account with the forger's session: it opens and passes (so what
    // refuses the next one is the account check, not a wrong record).
    assert!(
        exchange(&rp, &forged(forger).await, &verifier)
            .await
            .is_ok()
    );
    let refused = exchange(&rp, &forged(victim).await, &verifier)
        .await
        .unwrap_err();
    assert!(refused.contains("invalid_grant"), "{refused}");
}
