//! The end-session endpoint (RP-Initiated Logout 1.0) and our own sign-out form.
//!
//! `/logout` takes an application's request by GET or POST (section 2 of the spec). With
//! a valid `id_token_hint` of this browser's own session, the application that holds that
//! ID token asked: the session ends at once and the browser goes back to the registered
//! `post_logout_redirect_uri`. Otherwise the person confirms on our page (a request alone
//! never signs anyone out), whose form posts here with our CSRF token.

use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Query, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar};
use serde::Deserialize;

use super::auth::{session_cookie_name, session_token};
use super::forms::{CsrfForm, CsrfToken};
use super::pages::{LogoutPage, render};
use super::register::on_to_sign_in;
use super::{AppState, PageError};
use crate::oidc::logout::LogoutRequest;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LogoutForm {
    /// Set when an application asked for the sign-out (RP-initiated logout).
    logout_request: String,
}

fn without_session_cookie(state: &AppState, jar: CookieJar) -> CookieJar {
    jar.remove(
        Cookie::build(session_cookie_name(state.config.secure_cookies()))
            .path("/")
            .build(),
    )
}

pub async fn logout_get(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    jar: CookieJar,
    Query(request): Query<LogoutRequest>,
) -> Result<Response, PageError> {
    rp_logout(state, &csrf, jar, request).await
}

/// A POST is our own confirmation form (it carries our CSRF token) or an application's
/// logout request (it does not).
pub async fn logout_post(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    jar: CookieJar,
    request: Request,
) -> Result<Response, PageError> {
    let (parts, body) = request.into_parts();
    let bytes: Bytes = axum::body::to_bytes(body, 64 * 1024)
        .await
        .map_err(|_| PageError::TooLarge)?;
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes)
        .map_err(|_| PageError::BadRequest("oidc-logout-malformed"))?;
    if pairs.iter().any(|(k, _)| k == "csrf_token") {
        let request = Request::from_parts(parts, Body::from(bytes));
        let CsrfForm(form) = CsrfForm::<LogoutForm>::from_request(request, &state).await?;
        return confirmed(state, jar, &form.logout_request).await;
    }
    let request: LogoutRequest = serde_urlencoded::from_bytes(&bytes)
        .map_err(|_| PageError::BadRequest("oidc-logout-malformed"))?;
    rp_logout(state, &csrf, jar, request).await
}

async fn rp_logout(
    state: AppState,
    csrf: &str,
    jar: CookieJar,
    request: LogoutRequest,
) -> Result<Response, PageError> {
    let pending = match state.begin_logout(&request).await? {
        Ok(pending) => pending,
        Err(text) => {
            return Ok(on_to_sign_in(
                &state,
                StatusCode::BAD_REQUEST,
                &ern_i18n::tr!("oidc-logout-request-unusable"),
                text,
            ));
        }
    };
    let token = session_token(&state, &jar);
    let session = match &token {
        Some(token) => state.session(token).await?,
        None => None,
    };
    let Some((session, _)) = session else {
        state.take_logout(&pending.id).await?;
        return Ok(match pending.redirect {
            Some(to) => Redirect::to(&to).into_response(),
            None => on_to_sign_in(
                &state,
                StatusCode::OK,
                &ern_i18n::tr!("oidc-logout-done-title"),
                ern_i18n::tr!("oidc-logout-not-signed-in"),
            ),
        });
    };
    // The application holds this very session's ID token: no second question.
    if state.hint_names_session(&pending, &session) {
        return confirmed(state, jar, &pending.id).await;
    }
    Ok(render(
        StatusCode::OK,
        &LogoutPage {
            site_name: &state.config.site_name,
            csrf,
            id: &pending.id,
            client_name: pending.client_name.as_deref(),
        },
    ))
}

/// Ends the browser's session (every application it signed in to is told over the back
/// channel) and goes back to the application that asked, if any.
async fn confirmed(
    state: AppState,
    jar: CookieJar,
    logout_request: &str,
) -> Result<Response, PageError> {
    if let Some(token) = session_token(&state, &jar) {
        state.sign_out(&token).await?;
    }
    let back_to_app = state
        .take_logout(logout_request)
        .await?
        .and_then(|p| p.redirect);
    let to = back_to_app.as_deref().unwrap_or("/login");
    Ok((without_session_cookie(&state, jar), Redirect::to(to)).into_response())
}
