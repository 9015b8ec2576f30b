//! The relying-party side of OpenID Connect, through the `openidconnect` crate: discovery
//! (lazily, retried until the provider answers), the authorization-code flow with PKCE,
//! nonce and state, the ID token with its `roles` and `sid` claims, RP-initiated logout and
//! back-channel logout tokens. No HTTP server types here.
//!
//! The provider's keys are fetched with its metadata, and again only for a token naming a
//! key (`kid`) CPMS does not hold, at most once per `keys_refetch_interval`: anyone may
//! POST a logout token, and a forged one must not make CPMS call the provider.

use std::str::FromStr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine;
use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreGenderClaim, CoreJsonWebKeySet,
    CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm,
};
use openidconnect::{
    AdditionalClaims, AuthenticationContextClass, AuthorizationCode, ClientId, ClientSecret,
    CsrfToken, EndpointMaybeSet, EndpointNotSet, EndpointSet, IdToken, IssuerUrl, JsonWebKey,
    JsonWebTokenType, LanguageTag, Nonce, OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier,
    ProviderMetadataWithLogout, RedirectUrl, RefreshToken, Scope, TokenResponse,
};
use serde::{Deserialize, Serialize};
use tokio::sync::RwLock;

use crate::config::Config;
use crate::profiles::RoleClaim;
use crate::secrets::constant_time_eq;
use crate::sessions::PendingLogin;

/// The assurance levels CPMS accepts (it asks for "substantial").
pub const ACCEPTED_ACR: [&str; 2] = ["substantial", "high"];
pub const SCOPES: [&str; 3] = ["profile", "email", "roles"];
const BACKCHANNEL_EVENT: &str = "http://schemas.openid.net/event/backchannel-logout";

/// The claims CPMS reads beyond the standard ones.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CpmsClaims {
    #[serde(default)]
    pub roles: Vec<RoleClaim>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sid: Option<String>,
}
impl AdditionalClaims for CpmsClaims {}

/// The claims of a back-channel logout token beyond those it shares with an ID token.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct LogoutClaims {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sid: Option<String>,
    /// Required by the spec; remembered so that a token is acted on once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jti: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<serde_json::Map<String, serde_json::Value>>,
}
impl AdditionalClaims for LogoutClaims {}

type CpmsIdToken = IdToken<
    CpmsClaims,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;
type LogoutToken = IdToken<
    LogoutClaims,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;

type RpClient = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    /// The provider cannot be reached or answered nonsense: try again later.
    #[error("the provider is unavailable: {0}")]
    Unavailable(String),
    /// The sign-in cannot be accepted (state, code, token); the text is for the log.
    #[error("sign-in refused: {0}")]
    Refused(String),
    /// The ID token's `acr` is below what CPMS requires.
    #[error("assurance level {0:?} is too low")]
    InsufficientAssurance(Option<String>),
    #[error("CPMS has no client secret (training-only deployment)")]
    NotConfigured,
}

/// Who signed in, from a verified ID token.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub subject: String,
    pub name: String,
    pub email: String,
    pub roles: Vec<RoleClaim>,
    pub sid: Option<String>,
    pub id_token: String,
    pub acr: String,
    pub refresh_token: Option<String>,
    /// The standard `locale` claim (the account's language, a BCP 47 tag), when sent.
    pub locale: Option<String>,
}

/// The profiles as the provider releases them now, from a refresh.
#[derive(Debug, Clone)]
pub struct Refreshed {
    pub roles: Vec<RoleClaim>,
    pub id_token: String,
    /// The provider rotates refresh tokens at every use.
    pub refresh_token: Option<String>,
}

/// What a verified logout token names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogoutRequest {
    pub sid: Option<String>,
    pub subject: String,
    pub jti: String,
}

struct Discovered {
    client: RpClient,
    end_session: Option<String>,
    /// Kept to build `client` again with fresh keys.
    metadata: ProviderMetadataWithLogout,
}

impl Discovered {
    fn holds_key(&self, kid: &str) -> bool {
        self.metadata
            .jwks()
            .keys()
            .iter()
            .any(|key| key.key_id().is_some_and(|id| id.as_str() == kid))
    }
}

pub struct Oidc {
    issuer: String,
    client_id: String,
    client_secret: Option<String>,
    redirect_uri: String,
    http: openidconnect::reqwest::Client,
    discovered: RwLock<Option<Arc<Discovered>>>,
    /// When the keys were last fetched (with the metadata or alone).
    keys_fetched: Mutex<Option<Instant>>,
    keys_refetch_interval: Duration,
}

impl Oidc {
    pub fn new(config: &Config) -> Result<Oidc, OidcError> {
        let http = openidconnect::reqwest::Client::builder()
            // The crate's advice: no redirects from the token endpoint (SSRF).
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| OidcError::Unavailable(e.to_string()))?;
        Ok(Oidc {
            issuer: config.issuer.clone(),
            client_id: config.client_id.clone(),
            client_secret: config.client_secret.as_ref().map(|s| s.expose().to_owned()),
            redirect_uri: config.redirect_uri(),
            http,
            discovered: RwLock::new(None),
            keys_fetched: Mutex::new(None),
            keys_refetch_interval: config.keys_refetch_interval,
        })
    }

    /// The provider's metadata and keys, fetched on first use and again after a failure
    /// (the provider may start after CPMS).
    async fn discovered(&self) -> Result<Arc<Discovered>, OidcError> {
        if self.client_secret.is_none() {
            return Err(OidcError::NotConfigured);
        }
        if let Some(found) = self.discovered.read().await.clone() {
            return Ok(found);
        }
        let mut slot = self.discovered.write().await;
        if let Some(found) = slot.clone() {
            return Ok(found);
        }
        let issuer = IssuerUrl::new(self.issuer.clone())
            .map_err(|e| OidcError::Unavailable(format!("issuer URL: {e}")))?;
        self.note_keys_fetch();
        let metadata = ProviderMetadataWithLogout::discover_async(issuer, &self.http)
            .await
            .map_err(|e| OidcError::Unavailable(format!("discovery: {e}")))?;
        let found = Arc::new(self.client_for(metadata)?);
        *slot = Some(found.clone());
        tracing::info!(issuer = %self.issuer, "provider discovered");
        Ok(found)
    }

    fn client_for(&self, metadata: ProviderMetadataWithLogout) -> Result<Discovered, OidcError> {
        let end_session = metadata
            .additional_metadata()
            .end_session_endpoint
            .as_ref()
            .map(|u| u.url().to_string());
        let redirect = RedirectUrl::new(self.redirect_uri.clone())
            .map_err(|e| OidcError::Unavailable(format!("redirect URI: {e}")))?;
        let client = CoreClient::from_provider_metadata(
            metadata.clone(),
            ClientId::new(self.client_id.clone()),
            self.client_secret.clone().map(ClientSecret::new),
        )
        .set_redirect_uri(redirect);
        Ok(Discovered {
            client,
            end_session,
            metadata,
        })
    }

    /// Records a fetch of the keys now; false (and nothing recorded) when the last one was
    /// less than `keys_refetch_interval` ago.
    fn may_fetch_keys(&self) -> bool {
        let mut last = self
            .keys_fetched
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if last.is_some_and(|at| at.elapsed() < self.keys_refetch_interval) {
            return false;
        }
        *last = Some(Instant::now());
        true
    }

    fn note_keys_fetch(&self) {
        *self
            .keys_fetched
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(Instant::now());
    }

    /// The provider, with keys fit to check the token `raw`: the ones held, unless `raw`
    /// names a key they lack (the provider may have rotated its keys) and the keys were
    /// fetched longer than `keys_refetch_interval` ago; then they are fetched again (the
    /// keys only, not the metadata). A token without `kid`, unreadable, or naming a held key
    /// (a bad signature) never causes a fetch.
    async fn provider_for_token(&self, raw: &str) -> Result<Arc<Discovered>, OidcError> {
        let provider = self.discovered().await?;
        let Some(kid) = header_kid(raw) else {
            return Ok(provider);
        };
        if provider.holds_key(&kid) || !self.may_fetch_keys() {
            return Ok(provider);
        }
        tracing::info!(%kid, "a token names an unknown key: fetching the provider's keys");
        let jwks = CoreJsonWebKeySet::fetch_async(provider.metadata.jwks_uri(), &self.http)
            .await
            .map_err(|e| OidcError::Unavailable(format!("keys: {e}")))?;
        let fresh = Arc::new(self.client_for(provider.metadata.clone().set_jwks(jwks))?);
        *self.discovered.write().await = Some(fresh.clone());
        Ok(fresh)
    }

    /// Whether the provider answers discovery (a training-only deployment needs none).
    pub async fn is_ready(&self) -> bool {
        self.client_secret.is_none() || self.discovered().await.is_ok()
    }

    /// The provider's authorization URL and what `/callback` will need to check the answer.
    /// `ui_locales` (a language code) asks the provider's pages to speak CPMS's language.
    pub async fn start_login(&self, ui_locales: &str) -> Result<(String, PendingLogin), OidcError> {
        let provider = self.discovered().await?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = provider
            .client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_auth_context_value(AuthenticationContextClass::new("substantial".into()))
            .add_ui_locale(LanguageTag::new(ui_locales.to_owned()))
            .set_pkce_challenge(challenge);
        for scope in SCOPES {
            request = request.add_scope(Scope::new(scope.into()));
        }
        let (url, state, nonce) = request.url();
        Ok((
            url.to_string(),
            PendingLogin {
                state: state.secret().clone(),
                nonce: nonce.secret().clone(),
                pkce_verifier: verifier.secret().clone(),
            },
        ))
    }

    /// Checks the state, redeems the code with the PKCE verifier, verifies the ID token
    /// (signature, issuer, audience, expiry, nonce) and its assurance level.
    pub async fn finish_login(
        &self,
        pending: PendingLogin,
        code: &str,
        state: &str,
    ) -> Result<SignedIn, OidcError> {
        if !constant_time_eq(pending.state.as_bytes(), state.as_bytes()) {
            return Err(OidcError::Refused("state does not match".into()));
        }
        let provider = self.discovered().await?;
        let tokens = provider
            .client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|e| OidcError::Unavailable(format!("token endpoint: {e}")))?
            .set_pkce_verifier(PkceCodeVerifier::new(pending.pkce_verifier))
            .request_async(&self.http)
            .await
            .map_err(|e| OidcError::Refused(format!("code exchange: {e}")))?;
        let raw = tokens
            .id_token()
            .ok_or_else(|| OidcError::Refused("no ID token in the token response".into()))?
            .to_string();
        let provider = self.provider_for_token(&raw).await?;
        let claims = verify_id_token(&provider.client, &raw, &pending.nonce)?;
        let acr = accepted_acr(claims.auth_context_ref().map(|a| a.as_str()))?;
        let given = claims
            .given_name()
            .and_then(|n| n.get(None))
            .map(|n| n.as_str().to_owned());
        let family = claims
            .family_name()
            .and_then(|n| n.get(None))
            .map(|n| n.as_str().to_owned());
        let full = claims
            .name()
            .and_then(|n| n.get(None))
            .map(|n| n.as_str().to_owned());
        let email = claims
            .email()
            .map(|e| e.as_str().to_owned())
            .unwrap_or_default();
        let name = full
            .or_else(|| match (given, family) {
                (Some(g), Some(f)) => Some(format!("{g} {f}")),
                (g, f) => g.or(f),
            })
            .unwrap_or_else(|| email.clone());
        Ok(SignedIn {
            subject: claims.subject().as_str().to_owned(),
            name,
            email,
            roles: claims.additional_claims().roles.clone(),
            sid: claims.additional_claims().sid.clone(),
            id_token: raw,
            acr,
            refresh_token: tokens.refresh_token().map(|t| t.secret().clone()),
            locale: claims.locale().map(|l| l.as_str().to_owned()),
        })
    }

    /// Reads the member's profiles again with the refresh token: a revoked grant is gone
    /// from the new ID token; a refused refresh (the provider session ended, the token was
    /// revoked) is `Refused`, and the CPMS session must end.
    pub async fn refresh(
        &self,
        refresh_token: &str,
        subject: &str,
    ) -> Result<Refreshed, OidcError> {
        let provider = self.discovered().await?;
        let tokens = provider
            .client
            .exchange_refresh_token(&RefreshToken::new(refresh_token.to_owned()))
            .map_err(|e| OidcError::Unavailable(format!("token endpoint: {e}")))?
            .request_async(&self.http)
            .await
            .map_err(|e| match e {
                openidconnect::RequestTokenError::ServerResponse(answer) => {
                    OidcError::Refused(format!("refresh: {}", answer.error()))
                }
                other => OidcError::Unavailable(format!("refresh: {other}")),
            })?;
        let raw = tokens
            .id_token()
            .ok_or_else(|| OidcError::Refused("no ID token in the refresh response".into()))?
            .to_string();
        let id_token = CpmsIdToken::from_str(&raw)
            .map_err(|e| OidcError::Refused(format!("ID token: {e}")))?;
        let provider = self.provider_for_token(&raw).await?;
        // A refreshed ID token answers no authorization request: there is no nonce to match.
        let claims = id_token
            .claims(&provider.client.id_token_verifier(), |_: Option<&Nonce>| {
                Ok(())
            })
            .map_err(|e| OidcError::Refused(format!("ID token: {e}")))?;
        if claims.subject().as_str() != subject {
            return Err(OidcError::Refused(
                "the refreshed ID token names someone else".into(),
            ));
        }
        Ok(Refreshed {
            roles: claims.additional_claims().roles.clone(),
            refresh_token: tokens.refresh_token().map(|t| t.secret().clone()),
            id_token: raw,
        })
    }

    /// The provider's end-session URL for RP-initiated logout, when it has one;
    /// `ui_locales` as for [`Oidc::start_login`].
    pub async fn end_session_url(
        &self,
        id_token_hint: Option<&str>,
        post_logout_redirect_uri: &str,
        ui_locales: &str,
    ) -> Option<String> {
        let provider = self.discovered().await.ok()?;
        let mut url = openidconnect::url::Url::parse(provider.end_session.as_deref()?).ok()?;
        {
            let mut query = url.query_pairs_mut();
            if let Some(hint) = id_token_hint {
                query.append_pair("id_token_hint", hint);
            }
            query
                .append_pair("post_logout_redirect_uri", post_logout_redirect_uri)
                .append_pair("client_id", &self.client_id)
                .append_pair("ui_locales", ui_locales);
        }
        Some(url.to_string())
    }

    /// Verifies a back-channel logout token: signature by the provider's keys, `typ`
    /// `logout+jwt`, issuer, audience, expiry, the back-channel event, no nonce, and a
    /// `sid` or `sub` to act on.
    pub async fn verify_logout_token(&self, raw: &str) -> Result<LogoutRequest, OidcError> {
        let provider = self.provider_for_token(raw).await?;
        verify_logout(&provider.client, raw)
    }
}

/// The `kid` in the header of the JWT `raw`, if it has a readable one.
fn header_kid(raw: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Header {
        kid: Option<String>,
    }
    let encoded = raw.split('.').next()?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(encoded)
        .ok()?;
    serde_json::from_slice::<Header>(&bytes).ok()?.kid
}

type CpmsIdTokenClaims = openidconnect::IdTokenClaims<CpmsClaims, CoreGenderClaim>;

/// Signature (by the provider's keys), issuer, audience, expiry and nonce of an ID token.
fn verify_id_token(
    client: &RpClient,
    raw: &str,
    nonce: &str,
) -> Result<CpmsIdTokenClaims, OidcError> {
    let id_token =
        CpmsIdToken::from_str(raw).map_err(|e| OidcError::Refused(format!("ID token: {e}")))?;
    id_token
        .claims(&client.id_token_verifier(), &Nonce::new(nonce.to_owned()))
        .cloned()
        .map_err(|e| OidcError::Refused(format!("ID token: {e}")))
}

/// CPMS needs two factors: the ID token's `acr` must be "substantial" or "high".
pub fn accepted_acr(acr: Option<&str>) -> Result<String, OidcError> {
    match acr {
        Some(acr) if ACCEPTED_ACR.contains(&acr) => Ok(acr.to_owned()),
        other => Err(OidcError::InsufficientAssurance(other.map(str::to_owned))),
    }
}

fn verify_logout(client: &RpClient, raw: &str) -> Result<LogoutRequest, OidcError> {
    let refused = |e: String| OidcError::Refused(format!("logout token: {e}"));
    let token = LogoutToken::from_str(raw).map_err(|e| refused(e.to_string()))?;
    let logout_type = JsonWebTokenType::new("logout+jwt".into())
        .normalize()
        .map_err(|e| refused(e.to_string()))?;
    let verifier = client
        .id_token_verifier()
        .set_allowed_jose_types([logout_type]);
    let no_nonce = |nonce: Option<&Nonce>| match nonce {
        None => Ok(()),
        Some(_) => Err("a logout token must not carry a nonce".to_owned()),
    };
    let claims = token
        .claims(&verifier, no_nonce)
        .map_err(|e| refused(e.to_string()))?;
    let extra = claims.additional_claims();
    let has_event = extra
        .events
        .as_ref()
        .and_then(|events| events.get(BACKCHANNEL_EVENT))
        .is_some_and(|event| event.is_object());
    if !has_event {
        return Err(refused("no back-channel logout event".into()));
    }
    let jti = extra
        .jti
        .clone()
        .filter(|j| !j.is_empty() && j.len() <= 200)
        .ok_or_else(|| refused("no jti".into()))?;
    Ok(LogoutRequest {
        sid: extra.sid.clone(),
        subject: claims.subject().as_str().to_owned(),
        jti,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kid_is_read_from_the_header_only_when_there_is_one() {
        let encode =
            |json: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json.as_bytes());
        let token = |header: &str| format!("{}.e30.c2ln", encode(header));
        assert_eq!(
            header_kid(&token(r#"{"alg":"RS256","kid":"k-1"}"#)).as_deref(),
            Some("k-1")
        );
        for without in [
            token(r#"{"alg":"RS256"}"#),
            token(r#"{"alg":"RS256","kid":7}"#),
            token("not json"),
            "%%%.e30.c2ln".to_owned(),
            String::new(),
        ] {
            assert_eq!(header_kid(&without), None, "{without}");
        }
    }

    #[test]
    fn only_substantial_or_high_assurance_is_accepted() {
        assert_eq!(accepted_acr(Some("substantial")).unwrap(), "substantial");
        assert_eq!(accepted_acr(Some("high")).unwrap(), "high");
        for refused in [None, Some("low"), Some(""), Some("Substantial")] {
            assert!(matches!(
                accepted_acr(refused),
                Err(OidcError::InsufficientAssurance(_))
            ));
        }
    }
}
