//! Error pages. A handler returns `PageError`; the `render_error_pages` middleware turns it
//! into an HTML page carrying the request id. Internal details go to the log only.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::error::Error;

#[derive(Debug, Clone)]
pub enum PageError {
    BadRequest(&'static str),
    /// The CSRF token is missing or wrong, or the form came from another site.
    Forbidden(&'static str),
    NotFound,
    TooLarge,
    TooManyRequests(String),
    Unavailable,
    Internal,
}

/// Carried in the response extensions until the middleware renders it.
#[derive(Debug, Clone)]
pub struct ErrorPage {
    pub title: &'static str,
    pub message: String,
}

impl PageError {
    fn parts(&self) -> (StatusCode, &'static str, String) {
        match self {
            PageError::BadRequest(m) => (StatusCode::BAD_REQUEST, "Something is wrong with this request", (*m).into()),
            PageError::Forbidden(m) => (StatusCode::FORBIDDEN, "This form cannot be accepted", (*m).into()),
            PageError::NotFound => (StatusCode::NOT_FOUND, "Page not found", "There is no page at this address.".into()),
            PageError::TooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "Too much data",
                "The form sent more data than any of our forms needs.".into(),
            ),
            PageError::TooManyRequests(m) => (StatusCode::TOO_MANY_REQUESTS, "Too many requests", m.clone()),
            PageError::Unavailable => (
                StatusCode::SERVICE_UNAVAILABLE,
                "Service temporarily unavailable",
                "The service cannot answer right now. Nothing was changed; please try again in a minute.".into(),
            ),
            PageError::Internal => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "Something went wrong on our side",
                "The error has been logged. Please try again; if it happens again, contact support with the reference below.".into(),
            ),
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let (status, title, message) = self.parts();
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
