//! The HTTP edge: routes, middleware, pages. Handlers translate requests into calls on the
//! rules and the data file, and outcomes into pages. Access to every `/o/{org}/...` page
//! is decided by the [`auth::Authorised`] extractor before a handler runs.

pub mod auth;
mod error;
mod forms;
mod language;
mod login;
mod network;
mod pages;
mod panels;
mod request_log;

use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

pub use error::{PageError, Refusal};

use crate::App;

pub type AppState = Arc<App>;

const MAX_BODY_BYTES: usize = 64 * 1024;

/// Every route of CPMS: method, path, and who may use it. `{org}` is an organisation id
/// (`ern_catalogue::Organisation::id()`, e.g. `ERN-RND:DE:DE22`); the profiles are those
/// held at that organisation (a role at a guest organisation "0000" is "Guest access").
/// Without a session every protected route redirects to `/login`; a signed-in user
/// without the profile gets a 403 page naming the profiles needed and held.
pub const ROUTES: &[(&str, &str, &str)] = &[
    ("GET", "/", "anyone (landing page)"),
    ("GET", "/healthz", "anyone"),
    (
        "GET",
        "/language",
        "anyone: the language selector (back to a path on CPMS)",
    ),
    (
        "GET",
        "/readyz",
        "anyone (200 when the provider answers discovery)",
    ),
    (
        "GET",
        "/login",
        "anyone: starts the sign-in at the provider",
    ),
    (
        "GET",
        "/callback",
        "the provider's answer (pending sign-in cookie)",
    ),
    (
        "POST",
        "/logout",
        "signed in (CSRF); RP-initiated logout at the provider",
    ),
    (
        "POST",
        "/backchannel-logout",
        "the provider (signed logout token)",
    ),
    ("GET|POST", "/training/login", "training mode only (CSRF)"),
    ("GET", "/dashboard", "signed in"),
    ("GET|POST", "/preferences", "signed in"),
    ("GET", "/o/{org}", "any profile at {org}"),
    (
        "GET",
        "/o/{org}/panels",
        "HP, Panel Manager ERN, Panel Manager HCP, Guest access",
    ),
    ("GET|POST", "/o/{org}/panels/new", "HP"),
    (
        "GET",
        "/o/{org}/panels/{id}",
        "HP (lead or invited), Panel Manager ERN (network), Panel Manager HCP (led from {org}), Guest access (invited)",
    ),
    (
        "POST",
        "/o/{org}/panels/{id}/invite",
        "HP (lead), Panel Manager ERN, Panel Manager HCP",
    ),
    (
        "POST",
        "/o/{org}/panels/{id}/comment",
        "HP (lead or invited), Guest access (invited)",
    ),
    (
        "POST",
        "/o/{org}/panels/{id}/close",
        "HP (lead), Panel Manager ERN, Panel Manager HCP",
    ),
    ("GET", "/o/{org}/kpis", "Coordinator"),
    ("GET|POST", "/o/{org}/assistance", "Coordinator, Dispatcher"),
    (
        "POST",
        "/o/{org}/assistance/{id}/assign",
        "Coordinator, Dispatcher",
    ),
    ("GET", "/o/{org}/reports", "Researcher"),
];

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(pages::landing))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/static/style.css", get(style))
        .route("/language", get(language::choose))
        .route("/login", get(login::start))
        .route("/callback", get(login::callback))
        .route("/logout", post(login::logout))
        .route("/backchannel-logout", post(login::backchannel_logout))
        .route(
            "/training/login",
            get(login::training_form).post(login::training_submit),
        )
        .route("/dashboard", get(pages::dashboard))
        .route(
            "/preferences",
            get(pages::preferences_form).post(pages::preferences_submit),
        )
        .route("/o/{org}", get(pages::organisation))
        .route("/o/{org}/panels", get(panels::list))
        .route(
            "/o/{org}/panels/new",
            get(panels::new_form).post(panels::create),
        )
        .route("/o/{org}/panels/{id}", get(panels::show))
        .route("/o/{org}/panels/{id}/invite", post(panels::invite))
        .route("/o/{org}/panels/{id}/comment", post(panels::comment))
        .route("/o/{org}/panels/{id}/close", post(panels::close))
        .route("/o/{org}/kpis", get(network::kpis))
        .route(
            "/o/{org}/assistance",
            get(network::assistance).post(network::create_assistance),
        )
        .route("/o/{org}/assistance/{id}/assign", post(network::assign))
        .route("/o/{org}/reports", get(network::reports))
        .fallback(|| async { PageError::NotFound })
        .layer(middleware::from_fn_with_state(
            state.clone(),
            error::render_error_pages,
        ))
        // Outside the error pages: they are written in the request's language too.
        .layer(middleware::from_fn(language::layer))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            forms::ensure_csrf_cookie,
        ))
        .layer(middleware::from_fn(security_headers))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            request_log::layer,
        ))
        .with_state(state)
}

async fn style(State(_): State<AppState>) -> Response {
    const BASE: &str = include_str!("../../../templates/static/style.css");
    const CPMS: &str = include_str!("../../../templates/cpms/cpms.css");
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        format!("{BASE}\n{CPMS}"),
    )
        .into_response()
}

async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    for (name, value) in [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "same-origin"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; frame-ancestors 'none'; form-action 'self' http: https:",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// 200 when CPMS can sign people in (the provider answers discovery), else 503: what a
/// load balancer should ask before sending users here.
async fn readyz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    if state.oidc.is_ready().await {
        (StatusCode::OK, "ready")
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            "the provider does not answer",
        )
    }
}
