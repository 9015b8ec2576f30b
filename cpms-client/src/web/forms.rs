//! CSRF protection for every form, and form parsing with clear errors.
//!
//! Double-submit: every response sets a random CSRF cookie (HttpOnly, SameSite=Strict)
//! when the browser has none, every form carries the same value in `csrf_token`, and
//! `CsrfForm` accepts a POST only when the two match (constant time, `subtle`) and the
//! `Origin` header, when present, is CPMS itself.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use ern_i18n::tr;
use serde::de::DeserializeOwned;

use super::{AppState, PageError};
use crate::secrets::{constant_time_eq, random_token};

/// The CSRF value for this browser, for the page's forms.
#[derive(Clone)]
pub struct CsrfToken(pub String);

pub fn csrf_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-cpms_csrf"
    } else {
        "cpms_csrf"
    }
}

/// Makes sure every browser has a CSRF cookie and every handler can read its value.
pub async fn ensure_csrf_cookie(
    State(state): State<AppState>,
    jar: CookieJar,
    mut request: Request,
    next: Next,
) -> Response {
    let secure = state.config.secure_cookies();
    let name = csrf_cookie_name(secure);
    let existing = jar
        .get(name)
        .map(|c| c.value().to_owned())
        .filter(|v| v.len() >= 32 && v.len() <= 64);
    let (token, fresh) = match existing {
        Some(token) => (token, false),
        None => (random_token(32), true),
    };
    request.extensions_mut().insert(CsrfToken(token.clone()));
    let mut response = next.run(request).await;
    if fresh {
        let cookie = Cookie::build((name, token))
            .path("/")
            .http_only(true)
            .secure(secure)
            .same_site(SameSite::Strict)
            .build();
        if let Ok(value) = cookie.to_string().parse() {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

impl<S: Send + Sync> FromRequestParts<S> for CsrfToken {
    type Rejection = PageError;
    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, PageError> {
        parts
            .extensions
            .get::<CsrfToken>()
            .cloned()
            .ok_or(PageError::Internal)
    }
}

/// A urlencoded form whose CSRF token has been checked.
pub struct CsrfForm<T>(pub T);

fn origin_of(url: &str) -> String {
    url.split('/').take(3).collect::<Vec<_>>().join("/")
}

fn same_origin(headers: &HeaderMap, public_url: &str) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true; // Not sent by every client; the token is the protection, Origin an extra.
    };
    if origin == origin_of(public_url) {
        return true;
    }
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    origin == format!("http://{host}") || origin == format!("https://{host}")
}

impl<T: DeserializeOwned + Send> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = PageError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, PageError> {
        let headers = request.headers().clone();
        let is_form = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(PageError::BadRequest(tr!("cpms-form-not-urlencoded")));
        }
        if !same_origin(&headers, &state.config.public_url) {
            return Err(PageError::Forbidden(tr!("cpms-form-other-site")));
        }
        let expected = request.extensions().get::<CsrfToken>().cloned();
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| {
                if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    PageError::BadRequest(tr!("cpms-form-too-large"))
                } else {
                    PageError::BadRequest(tr!("cpms-form-unreadable"))
                }
            })?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes)
            .map_err(|_| PageError::BadRequest(tr!("cpms-form-malformed")))?;
        let sent = pairs
            .iter()
            .find(|(k, _)| k == "csrf_token")
            .map(|(_, v)| v.as_str());
        let cookie_present = CookieJar::from_headers(&headers)
            .get(csrf_cookie_name(state.config.secure_cookies()))
            .is_some();
        let valid = match (expected, sent, cookie_present) {
            (Some(CsrfToken(expected)), Some(sent), true) => {
                constant_time_eq(expected.as_bytes(), sent.as_bytes())
            }
            _ => false,
        };
        if !valid {
            return Err(PageError::Forbidden(tr!("cpms-form-expired")));
        }
        serde_urlencoded::from_bytes(&bytes)
            .map(CsrfForm)
            .map_err(|_| PageError::BadRequest(tr!("cpms-form-wrong-kind")))
    }
}
