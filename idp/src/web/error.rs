//! Error pages. A handler returns `PageError`; the `edge` layer turns it into an HTML page
//! carrying the request id. Internal details go to the log only.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::error::Error;

#[derive(Debug, Clone)]
pub enum PageError {
    /// With the key of the sentence saying what is wrong (an English sentence is shown as
    /// it is).
    BadRequest(&'static str),
    /// The CSRF token is missing or wrong, or the form came from another site (with the
    /// key of the sentence saying so).
    Forbidden(&'static str),
    NotFound,
    TooLarge,
    /// With the sentence to show, already in the request's language (or its key).
    TooManyRequests(String),
    Unavailable,
    Internal,
}

/// Carried in the response extensions until the middleware renders it.
#[derive(Debug, Clone)]
pub struct ErrorPage {
    /// The key of the title (`error.html` translates it).
    pub title: &'static str,
    pub message: String,
}

impl PageError {
    /// The status, the title's key and the message's key (or text).
    fn parts(&self) -> (StatusCode, &'static str, &str) {
        match self {
            PageError::BadRequest(m) => (StatusCode::BAD_REQUEST, "errors-bad-request-title", m),
            PageError::Forbidden(m) => (StatusCode::FORBIDDEN, "errors-forbidden-title", m),
            PageError::NotFound => (
                StatusCode::NOT_FOUND,
                "errors-not-found-title",
                "errors-not-found",
            ),
            PageError::TooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "errors-too-large-title",
                "errors-too-large",
            ),
            PageError::TooManyRequests(m) => (
                StatusCode::TOO_MANY_REQUESTS,
                "errors-too-many-requests-title",
                m,
            ),
            PageError::Unavailable => (
                StatusCode::SERVICE_UNAVAILABLE,
                "errors-unavailable-title",
                "errors-unavailable",
            ),
            PageError::Internal => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "errors-internal-title",
                "errors-internal",
            ),
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let (status, title, message) = self.parts();
        // A key is translated; a text (already translated, or not yet in the catalogue)
        // is shown as it is.
        let message = ern_i18n::t(ern_i18n::current(), message);
        let mut response = status.into_response();
        response
            .extensions_mut()
            .insert(ErrorPage { title, message });
        response
    }
}

impl From<Error> for PageError {
    fn from(e: Error) -> Self {
        if e.is_temporary() {
            tracing::warn!(code = e.code(), error = %e, "request failed, temporarily");
            PageError::Unavailable
        } else {
            tracing::error!(code = e.code(), error = %e, "request failed");
            PageError::Internal
        }
    }
}

impl From<crate::store::StoreError> for PageError {
    fn from(e: crate::store::StoreError) -> Self {
        Error::Store(e).into()
    }
}
