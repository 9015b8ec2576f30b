//! Signing in and out: the provider's authorization-code flow (/login, /callback),
//! RP-initiated logout, back-channel logout, and the training accounts' local sign-in.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use ern_i18n::{filters, tr};
use serde::Deserialize;

use super::auth::{
    Chrome, cookie, current_session, pending_cookie_name, removal, session_cookie_name,
};
use super::error::render;
use super::forms::CsrfForm;
use super::{AppState, PageError, language};
use crate::data::Member;
use crate::oidc::OidcError;
use crate::profiles::{Role, roles_from_claims};
use crate::sessions::Session;
use crate::training;

impl From<OidcError> for PageError {
    fn from(e: OidcError) -> Self {
        match e {
            OidcError::Unavailable(_) => {
                tracing::warn!(error = %e, "provider unavailable");
                PageError::Unavailable
            }
            OidcError::Refused(_) => {
                tracing::warn!(error = %e, "sign-in refused");
                PageError::SignIn(tr!("cpms-sign-in-refused"))
            }
            OidcError::InsufficientAssurance(_) => {
                tracing::warn!(error = %e, "sign-in refused");
                PageError::SignIn(tr!("cpms-sign-in-two-factors"))
            }
            OidcError::NotConfigured => PageError::SignIn(tr!("cpms-sign-in-training-only")),
        }
    }
}

/// `/login`: remembers state, nonce and PKCE verifier under a fresh cookie, then sends the
/// browser to the provider.
pub async fn start(State(state): State<AppState>, jar: CookieJar) -> Result<Response, PageError> {
    if state.config.client_secret.is_none() && state.config.training {
        // A training-only deployment has no provider: sign in with a test account.
        return Ok(Redirect::to("/training/login").into_response());
    }
    let (url, pending) = state.oidc.start_login(ern_i18n::current().code()).await?;
    let id = state.sessions.put_pending(pending);
    let secure = state.config.secure_cookies();
    let jar = jar.add(cookie(pending_cookie_name(secure), id, secure));
    Ok((jar, Redirect::to(&url)).into_response())
}

#[derive(Deserialize)]
pub struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// `/callback`: the provider's answer. The pending sign-in is taken once, whatever happens.
pub async fn callback(
    State(state): State<AppState>,
    jar: CookieJar,
    Query(query): Query<CallbackQuery>,
) -> Result<Response, PageError> {
    let secure = state.config.secure_cookies();
    let pending = jar
        .get(pending_cookie_name(secure))
        .and_then(|c| state.sessions.take_pending(c.value()));
    let jar = jar.add(removal(pending_cookie_name(secure), secure));
    let Some(pending) = pending else {
        state.metrics.sign_in("expired");
        return Err(PageError::SignIn(tr!("cpms-sign-in-expired")));
    };
    if let Some(error) = query.error {
        tracing::info!(%error, "the provider ended the sign-in");
        state.metrics.sign_in("provider_error");
        return Err(PageError::SignIn(tr!("cpms-sign-in-not-completed")));
    }
    let (Some(code), Some(returned_state)) = (query.code, query.state) else {
        state.metrics.sign_in("incomplete");
        return Err(PageError::BadRequest(tr!("cpms-sign-in-incomplete")));
    };
    let finished = state
        .oidc
        .finish_login(pending, &code, &returned_state)
        .await;
    state.metrics.sign_in(match &finished {
        Ok(_) => "ok",
        Err(OidcError::Unavailable(_)) => "unavailable",
        Err(_) => "refused",
    });
    let signed_in = finished?;
    // The account's language becomes this browser's, as at the provider.
    let jar = match language::of_locale(signed_in.locale.as_deref()) {
        Some(lang) => language::remember(jar, lang, secure),
        None => jar,
    };
    let roles = roles_from_claims(&signed_in.roles);
    tracing::info!(sub = %signed_in.subject, acr = %signed_in.acr, roles = roles.len(), "signed in");
    let session = Session {
        member: signed_in.subject,
        name: signed_in.name,
        email: signed_in.email,
        roles,
        sid: signed_in.sid,
        id_token: Some(signed_in.id_token),
        training: false,
        refresh_token: signed_in.refresh_token,
        roles_read: std::time::Instant::now(),
        refreshing: Default::default(),
    };
    open_session(&state, jar, session).await
}

/// Records the member in the directory, starts the session, and sends the user on: to the
/// preferences at first sign-in, else to the dashboard.
async fn open_session(
    state: &AppState,
    jar: CookieJar,
    session: Session,
) -> Result<Response, PageError> {
    let secure = state.config.secure_cookies();
    if let Some(old) = jar.get(session_cookie_name(secure)) {
        state.sessions.remove(old.value());
    }
    let has_preferences = state
        .data
        .update(|data| {
            let member = data
                .members
                .entry(session.member.clone())
                .or_insert_with(|| Member {
                    id: session.member.clone(),
                    name: session.name.clone(),
                    email: session.email.clone(),
                    roles: Vec::new(),
                    preferences: None,
                });
            member.name.clone_from(&session.name);
            member.email.clone_from(&session.email);
            member.roles.clone_from(&session.roles);
            member.preferences.is_some()
        })
        .await?;
    let next = if session.roles.is_empty() || has_preferences {
        "/dashboard"
    } else {
        "/preferences"
    };
    let id = state.sessions.create(session);
    let jar = jar.add(cookie(session_cookie_name(secure), id, secure));
    Ok((jar, Redirect::to(next)).into_response())
}

#[derive(Deserialize)]
pub struct Empty {}

/// `POST /logout`: ends the CPMS session, then (for a provider session) asks the provider
/// to end its session too (RP-initiated logout).
pub async fn logout(
    State(state): State<AppState>,
    jar: CookieJar,
    headers: HeaderMap,
    CsrfForm(Empty {}): CsrfForm<Empty>,
) -> Response {
    let secure = state.config.secure_cookies();
    let ended = current_session(&state, &headers).and_then(|(id, _)| state.sessions.remove(&id));
    let jar = jar.add(removal(session_cookie_name(secure), secure));
    let home = format!("{}/", state.config.public_url);
    let target = match ended {
        Some(session) if !session.training => state
            .oidc
            .end_session_url(
                session.id_token.as_deref(),
                &home,
                ern_i18n::current().code(),
            )
            .await
            .unwrap_or_else(|| "/".into()),
        _ => "/".into(),
    };
    (jar, Redirect::to(&target)).into_response()
}

/// `POST /backchannel-logout` (OpenID Connect Back-Channel Logout 1.0): 200 when the token
/// is valid (and every CPMS session of that provider session is ended), 400 otherwise.
pub async fn backchannel_logout(State(state): State<AppState>, body: Bytes) -> Response {
    let token = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&body)
        .ok()
        .and_then(|pairs| {
            pairs
                .into_iter()
                .find(|(k, _)| k == "logout_token")
                .map(|(_, v)| v)
        });
    let answer = |status: StatusCode, body: &'static str| {
        let mut response = (status, body).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        response
    };
    let Some(token) = token else {
        state.metrics.backchannel_logout("invalid");
        return answer(StatusCode::BAD_REQUEST, r#"{"error":"invalid_request"}"#);
    };
    match state.oidc.verify_logout_token(&token).await {
        Ok(request) if !state.sessions.first_use_of_logout_token(&request.jti) => {
            tracing::warn!(sub = %request.subject, "back-channel logout: replayed token refused");
            state.metrics.backchannel_logout("replayed");
            answer(StatusCode::BAD_REQUEST, r#"{"error":"invalid_request"}"#)
        }
        Ok(request) => {
            let ended = match &request.sid {
                Some(sid) => state.sessions.end_sid(sid),
                None => state.sessions.end_member(&request.subject),
            };
            tracing::info!(sub = %request.subject, ended, "back-channel logout");
            state.metrics.backchannel_logout("ok");
            answer(StatusCode::OK, "{}")
        }
        Err(OidcError::Unavailable(e)) => {
            tracing::warn!(error = %e, "back-channel logout: provider unavailable");
            state.metrics.backchannel_logout("unavailable");
            answer(
                StatusCode::BAD_REQUEST,
                r#"{"error":"temporarily_unavailable"}"#,
            )
        }
        Err(e) => {
            tracing::warn!(error = %e, "back-channel logout refused");
            state.metrics.backchannel_logout("invalid");
            answer(StatusCode::BAD_REQUEST, r#"{"error":"invalid_request"}"#)
        }
    }
}

pub struct AccountRow {
    pub username: &'static str,
    pub label: String,
}

#[derive(Template)]
#[template(path = "cpms/training_login.html")]
struct TrainingLogin {
    chrome: Chrome,
    accounts: Vec<AccountRow>,
}

fn training_only(state: &AppState) -> Result<(), PageError> {
    if state.config.training {
        Ok(())
    } else {
        Err(PageError::NotFound)
    }
}

pub async fn training_form(
    State(state): State<AppState>,
    chrome: Chrome,
) -> Result<Response, PageError> {
    training_only(&state)?;
    let accounts = training::ACCOUNTS
        .iter()
        .map(|a| {
            let roles = a.roles(&state.catalogue);
            let described: Vec<String> = roles.iter().map(role_text).collect();
            AccountRow {
                username: a.username,
                label: if described.is_empty() {
                    tr!(
                        "cpms-training-account-no-profile",
                        username = a.username,
                        name = a.name
                    )
                } else {
                    tr!(
                        "cpms-training-account-roles",
                        username = a.username,
                        name = a.name,
                        roles = described.join("; ")
                    )
                },
            }
        })
        .collect();
    Ok(render(StatusCode::OK, &TrainingLogin { chrome, accounts }))
}

fn role_text(role: &Role) -> String {
    tr!(
        "cpms-training-role",
        profile = role.profile.name(),
        organisation = role.organisation.as_str()
    )
}

#[derive(Deserialize)]
pub struct TrainingForm {
    #[serde(default)]
    account: String,
}

pub async fn training_submit(
    State(state): State<AppState>,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<TrainingForm>,
) -> Result<Response, PageError> {
    training_only(&state)?;
    let account = training::account(&form.account)
        .ok_or_else(|| PageError::BadRequest(tr!("cpms-training-choose-account")))?;
    let session = Session {
        member: account.member_id(),
        name: account.name.to_owned(),
        email: account.email(),
        roles: account.roles(&state.catalogue),
        sid: None,
        id_token: None,
        training: true,
        refresh_token: None,
        roles_read: std::time::Instant::now(),
        refreshing: Default::default(),
    };
    open_session(&state, jar, session).await
}
