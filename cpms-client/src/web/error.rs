//! Error pages. A handler or extractor returns `PageError`; `render_error_pages` turns it
//! into an HTML page (with the training banner and the user's name, like any page).
//! Internal details go to the log only.

use askama::Template;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use ern_i18n::{filters, tr};

use super::AppState;
use super::auth::Chrome;
use crate::profiles::Profile;

/// Why a signed-in user may not open a page at an organisation.
#[derive(Debug, Clone)]
pub struct Refusal {
    /// The catalogue key of what the page is (`Rule::PAGE`).
    pub page: &'static str,
    pub organisation: String,
    pub needed: Vec<Profile>,
    pub held: Vec<Profile>,
    /// Set when the profile fits but this one object (a panel) is not theirs.
    pub reason: Option<String>,
}

/// What went wrong, with the text for the person (already in the request's language).
#[derive(Debug, Clone)]
pub enum PageError {
    BadRequest(String),
    /// The CSRF token is missing or wrong, or the form came from another site.
    Forbidden(String),
    /// Not signed in: go to the sign-in.
    NotSignedIn,
    NotAllowed(Box<Refusal>),
    NotFound,
    /// The provider refused or could not finish the sign-in.
    SignIn(String),
    Unavailable,
    Internal,
}

#[derive(Debug, Clone)]
pub struct ErrorPage {
    pub title: String,
    pub message: String,
    pub refusal: Option<Refusal>,
}

impl PageError {
    fn parts(&self) -> (StatusCode, String, String) {
        match self {
            PageError::BadRequest(m) => (
                StatusCode::BAD_REQUEST,
                tr!("cpms-error-bad-request"),
                m.clone(),
            ),
            PageError::Forbidden(m) => (
                StatusCode::FORBIDDEN,
                tr!("cpms-error-form-refused"),
                m.clone(),
            ),
            PageError::NotSignedIn => (
                StatusCode::SEE_OTHER,
                tr!("cpms-error-sign-in"),
                String::new(),
            ),
            PageError::NotAllowed(r) => (
                StatusCode::FORBIDDEN,
                tr!("cpms-error-not-allowed"),
                r.reason
                    .clone()
                    .unwrap_or_else(|| tr!("cpms-error-not-allowed-here")),
            ),
            PageError::NotFound => (
                StatusCode::NOT_FOUND,
                tr!("cpms-error-not-found"),
                tr!("cpms-error-not-found-text"),
            ),
            PageError::SignIn(m) => (
                StatusCode::FORBIDDEN,
                tr!("cpms-error-sign-in-not-completed"),
                m.clone(),
            ),
            PageError::Unavailable => (
                StatusCode::SERVICE_UNAVAILABLE,
                tr!("cpms-error-unavailable"),
                tr!("cpms-error-unavailable-text"),
            ),
            PageError::Internal => (
                StatusCode::INTERNAL_SERVER_ERROR,
                tr!("cpms-error-internal"),
                tr!("cpms-error-internal-text"),
            ),
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        if let PageError::NotSignedIn = self {
            return Redirect::to("/login").into_response();
        }
        let (status, title, message) = self.parts();
        let refusal = match self {
            PageError::NotAllowed(r) => Some(*r),
            _ => None,
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorPage {
            title,
            message,
            refusal,
        });
        response
    }
}

impl From<crate::data::DataError> for PageError {
    fn from(e: crate::data::DataError) -> Self {
        tracing::error!(error = %e, "data could not be saved");
        PageError::Internal
    }
}

#[derive(Template)]
#[template(path = "cpms/error.html")]
struct ErrorTemplate<'a> {
    chrome: Chrome,
    title: &'a str,
    message: &'a str,
    refusal: Option<&'a Refusal>,
    needed: String,
    held: String,
    access_request_url: String,
    request_id: &'a str,
}

fn names(profiles: &[Profile]) -> String {
    if profiles.is_empty() {
        tr!("cpms-error-no-profiles")
    } else {
        profiles
            .iter()
            .map(|p| p.name())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

pub async fn render_error_pages(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let chrome = Chrome::for_request(&state, request.headers(), request.extensions());
    let request_id = request
        .extensions()
        .get::<super::request_log::RequestId>()
        .map(|id| id.0.clone())
        .unwrap_or_default();
    let response = next.run(request).await;
    let Some(page) = response.extensions().get::<ErrorPage>().cloned() else {
        return response;
    };
    let status = response.status();
    let template = ErrorTemplate {
        chrome,
        title: &page.title,
        message: &page.message,
        refusal: page.refusal.as_ref(),
        needed: page
            .refusal
            .as_ref()
            .map(|r| names(&r.needed))
            .unwrap_or_default(),
        held: page
            .refusal
            .as_ref()
            .map(|r| names(&r.held))
            .unwrap_or_default(),
        access_request_url: state.config.access_request_url(),
        request_id: &request_id,
    };
    render(status, &template)
}

/// Renders a page with a status; a template that fails is logged and becomes a plain 500.
pub fn render(status: StatusCode, page: &impl Template) -> Response {
    match page.render() {
        Ok(html) => (status, axum::response::Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed to render");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
