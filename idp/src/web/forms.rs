//! CSRF protection for every form, and form parsing with clear errors.
//!
//! Double-submit: every page with a form sets a random `csrf` cookie (HttpOnly,
//! SameSite=Strict) when the browser has none, every form carries the same value in
//! `csrf_token`, and `CsrfForm` accepts a POST only when the two match (constant-time)
//! and the `Origin` header, when present, is this site.

use std::sync::{Arc, OnceLock};

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use serde::de::DeserializeOwned;

use super::{AppState, PageError};
use crate::secrets::{constant_time_eq, random_token};

/// The CSRF value for this browser, for the page's forms.
#[derive(Clone)]
pub struct CsrfToken(pub String);

/// The browser's CSRF value as its cookie holds it, or the one made for it when a page
/// first asks for one (answers without a form, JSON and redirects, set no cookie). Every
/// request carries one in its extensions (`super::edge`); its clones share the made value.
#[derive(Clone)]
pub struct CsrfSlot {
    existing: Option<String>,
    made: Arc<OnceLock<String>>,
}

impl CsrfSlot {
    /// The slot for a request: the value of its cookie, when well formed.
    pub fn for_request(headers: &HeaderMap, secure: bool) -> Self {
        let existing = CookieJar::from_headers(headers)
            .get(csrf_cookie_name(secure))
            .map(|c| c.value().to_owned())
            .filter(|v| v.len() >= 32 && v.len() <= 64);
        Self {
            existing,
            made: Arc::new(OnceLock::new()),
        }
    }

    fn token(&self) -> String {
        match &self.existing {
            Some(token) => token.clone(),
            None => self.made.get_or_init(|| random_token(32)).clone(),
        }
    }

    /// Sets the cookie on the answer when a page made a value: only for a browser that
    /// had none, since `token` makes one only then.
    pub fn set_cookie_if_made(&self, response: &mut Response, secure: bool) {
        let Some(token) = self.made.get() else {
            return;
        };
        let cookie = Cookie::build((csrf_cookie_name(secure), token.as_str()))
            .path("/")
            .http_only(true)
            .secure(secure)
            .same_site(SameSite::Strict)
            .build();
        if let Ok(value) = cookie.to_string().parse() {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
}

pub fn csrf_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-idp_csrf"
    } else {
        "idp_csrf"
    }
}

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for CsrfToken {
    type Rejection = PageError;
    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, PageError> {
        parts
            .extensions
            .get::<CsrfSlot>()
            .map(|slot| CsrfToken(slot.token()))
            .ok_or(PageError::Internal)
    }
}

/// A urlencoded form whose CSRF token has been checked. Fields absent from the form take
/// their `Default`, so handlers report missing fields as field errors.
pub struct CsrfForm<T>(pub T);

fn same_origin(headers: &HeaderMap, issuer: &str) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true; // Not sent by every client; the token is the protection, Origin an extra.
    };
    let issuer_origin: String = issuer.split('/').take(3).collect::<Vec<_>>().join("/");
    if origin == issuer_origin {
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
            return Err(PageError::BadRequest("errors-form-not-urlencoded"));
        }
        if !same_origin(&headers, &state.config.issuer) {
            return Err(PageError::Forbidden("errors-form-other-site"));
        }
        // Only a value the browser's cookie already holds can match (the slot's
        // `existing`): a form posted without the cookie is refused whatever it carries.
        let expected = request
            .extensions()
            .get::<CsrfSlot>()
            .and_then(|slot| slot.existing.clone());
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| {
                if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    PageError::TooLarge
                } else {
                    PageError::BadRequest("errors-form-unreadable")
                }
            })?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes)
            .map_err(|_| PageError::BadRequest("errors-form-malformed"))?;
        let sent = pairs
            .iter()
            .find(|(k, _)| k == "csrf_token")
            .map(|(_, v)| v.as_str());
        let valid = match (expected, sent) {
            (Some(expected), Some(sent)) => constant_time_eq(expected.as_bytes(), sent.as_bytes()),
            _ => false,
        };
        if !valid {
            return Err(PageError::Forbidden("errors-form-expired"));
        }
        serde_urlencoded::from_bytes(&bytes)
            .map(CsrfForm)
            .map_err(|_| PageError::BadRequest("errors-form-wrong-kind"))
    }
}
