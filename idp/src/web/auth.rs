//! Who is asking: the client's address and browser, and the signed-in session if any.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{Extensions, HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

use super::{AppState, PageError};
use crate::accounts::Account;
use crate::sessions::Session;

pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-idp_session"
    } else {
        "idp_session"
    }
}

pub fn session_cookie(state: &AppState, token: String) -> Cookie<'static> {
    let secure = state.config.secure_cookies();
    Cookie::build((session_cookie_name(secure), token))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .build()
}

pub fn session_token(state: &AppState, jar: &CookieJar) -> Option<String> {
    jar.get(session_cookie_name(state.config.secure_cookies()))
        .map(|c| c.value().to_owned())
        .filter(|v| !v.is_empty() && v.len() <= 64)
}

const BROWSER_COOKIE: &str = "idp_browser";

/// This browser's long-lived random id (cookie `idp_browser`), and the jar that keeps it.
/// It tells the owner of sign-ins from new browsers, and binds a pending authorization
/// request to the browser that started it.
pub fn browser_id(state: &AppState, jar: CookieJar) -> (String, CookieJar) {
    if let Some(id) = current_browser_id(&jar) {
        return (id, jar);
    }
    let id = crate::secrets::random_token(24);
    let jar = jar.add(
        Cookie::build((BROWSER_COOKIE, id.clone()))
            .path("/")
            .http_only(true)
            .secure(state.config.secure_cookies())
            .same_site(SameSite::Lax)
            .max_age(time::Duration::days(400))
            .build(),
    );
    (id, jar)
}

/// The browser id the request came with, if any (never makes one).
pub fn current_browser_id(jar: &CookieJar) -> Option<String> {
    jar.get(BROWSER_COOKIE)
        .map(|c| c.value().to_owned())
        .filter(|v| v.len() == 32)
}

#[derive(Clone)]
pub struct ClientInfo {
    pub ip: String,
    pub user_agent: String,
}

impl FromRequestParts<AppState> for ClientInfo {
    type Rejection = PageError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let user_agent = parts
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("unknown browser")
            .to_owned();
        Ok(ClientInfo {
            ip: client_address(
                &parts.headers,
                &parts.extensions,
                state.config.trust_forwarded_for,
            ),
            user_agent,
        })
    }
}

/// The client's address: the peer's, or under `trust_forwarded_for` the last
/// `X-Forwarded-For` entry (the one our own proxy added: the address that reached it).
pub fn client_address(
    headers: &HeaderMap,
    extensions: &Extensions,
    trust_forwarded_for: bool,
) -> String {
    let peer = extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string());
    let forwarded = trust_forwarded_for
        .then(|| headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()))
        .flatten()
        .and_then(|v| v.rsplit(',').next())
        .map(|v| v.trim().to_owned())
        .filter(|v| v.parse::<std::net::IpAddr>().is_ok());
    forwarded.or(peer).unwrap_or_else(|| "unknown".into())
}

/// Where a session still missing its required second factor may go.
const SECOND_FACTOR_PATHS: [&str; 16] = [
    "/login/app-qr",
    "/login/app/status",
    "/login/app-qr/verify",
    "/login/app",
    "/login/app/wait",
    "/login/verify",
    "/login/sms",
    "/login/sms/send",
    "/login/sms/verify",
    "/login/token",
    "/login/token/verify",
    "/login/security-key",
    "/login/security-key/options",
    "/login/security-key/verify",
    "/login/recovery-code",
    "/login/recovery-code/verify",
];

/// Where a session signed in with a recovery code may go: My account, to enrol again.
fn recovery_reaches(path: &str) -> bool {
    path == "/account" || path.starts_with("/account/") || path == "/logout"
}

/// A signed-in browser; other requests are sent to sign in first and brought back after.
pub struct SignedIn {
    pub token: String,
    pub session: Session,
    pub account: Account,
}

impl SignedIn {
    /// The account as the store holds it now (a page shown after a change), or as it was
    /// when the request came in if it is gone meanwhile.
    pub async fn fresh_account(&self, state: &AppState) -> Result<Account, PageError> {
        Ok(crate::accounts::get(state.store.as_ref(), &self.account.id)
            .await?
            .unwrap_or_else(|| self.account.clone()))
    }
}

pub enum NotSignedIn {
    Redirect(String),
    Error(PageError),
}

impl IntoResponse for NotSignedIn {
    fn into_response(self) -> Response {
        match self {
            NotSignedIn::Redirect(to) => Redirect::to(&to).into_response(),
            NotSignedIn::Error(e) => e.into_response(),
        }
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = NotSignedIn;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, NotSignedIn> {
        let jar = CookieJar::from_headers(&parts.headers);
        let path = parts.uri.path_and_query().map_or("/", |p| p.as_str());
        let login = format!("/login?next={}", super::encode(path));
        let Some(token) = session_token(state, &jar) else {
            return Err(NotSignedIn::Redirect(login));
        };
        match state.session(&token).await {
            Ok(Some((session, account))) => {
                // "Always require multi-factor authentication": a password-only session
                // reaches nothing but the second-factor steps.
                // A recovery code completes it for My account only.
                let recovered = session
                    .methods
                    .iter()
                    .any(|m| m == crate::sessions::RECOVERY_CODE)
                    && recovery_reaches(parts.uri.path());
                let incomplete =
                    account.require_mfa && session.acr() == crate::clients::Acr::Low && !recovered;
                if incomplete && !SECOND_FACTOR_PATHS.contains(&parts.uri.path()) {
                    let to = format!("/login/verify?next={}", super::encode(path));
                    return Err(NotSignedIn::Redirect(to));
                }
                Ok(SignedIn {
                    token,
                    session,
                    account,
                })
            }
            Ok(None) => Err(NotSignedIn::Redirect(login)),
            Err(e) => Err(NotSignedIn::Error(e.into())),
        }
    }
}
