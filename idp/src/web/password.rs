//! "Lost your password?" and the reset link.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::auth::ClientInfo;
use super::forms::{CsrfForm, CsrfToken};
use super::pages::{LostPasswordPage, MessagePage, SetPasswordPage, render};
use super::register::{SetPasswordForm, TokenQuery, link_invalid, on_to_sign_in};
use super::{AppState, PageError};
use crate::provider::{FieldErrors, LostPasswordOutcome, SetPasswordOutcome};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LostForm {
    email: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LostQuery {
    email: String,
}

/// "Lost your password?" keeps the address typed on the sign-in page.
pub async fn lost_form(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    Query(q): Query<LostQuery>,
) -> Response {
    let email: String = q.email.chars().take(254).collect();
    render(
        StatusCode::OK,
        &LostPasswordPage {
            site_name: &state.config.site_name,
            csrf: &csrf,
            email: &email,
            error: None,
        },
    )
}

pub async fn lost_submit(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    client: ClientInfo,
    CsrfForm(form): CsrfForm<LostForm>,
) -> Result<Response, PageError> {
    match state.lost_password(&form.email, &client.ip).await? {
        LostPasswordOutcome::MailSentIfKnown => Ok(render(
            StatusCode::OK,
            &MessagePage {
                site_name: &state.config.site_name,
                title: &ern_i18n::tr!("password-check-mailbox"),
                paragraphs: vec![
                    ern_i18n::tr!("password-lost-sent", email = form.email.trim()),
                    ern_i18n::tr!("password-lost-link-once"),
                ],
                link: None,
            },
        )),
        LostPasswordOutcome::Invalid(errors) => Ok(render(
            StatusCode::BAD_REQUEST,
            &LostPasswordPage {
                site_name: &state.config.site_name,
                csrf: &csrf,
                email: &form.email,
                error: errors.get("email").map(String::as_str),
            },
        )),
        LostPasswordOutcome::TooManyMails => Err(PageError::TooManyRequests(ern_i18n::tr!(
            "errors-too-many-mails"
        ))),
    }
}

fn reset_page(
    state: &AppState,
    csrf: &str,
    token: &str,
    email: &str,
    errors: &FieldErrors,
    status: StatusCode,
) -> Response {
    render(
        status,
        &SetPasswordPage {
            site_name: &state.config.site_name,
            csrf,
            title: &ern_i18n::tr!("password-choose-new"),
            action: "/password/reset",
            token,
            email,
            errors,
        },
    )
}

pub async fn reset_form(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    Query(query): Query<TokenQuery>,
) -> Result<Response, PageError> {
    let token = &query.token;
    Ok(match state.reset_link_email(token).await? {
        Some(email) => reset_page(
            &state,
            &csrf,
            token,
            &email,
            &FieldErrors::new(),
            StatusCode::OK,
        ),
        None => link_invalid(&state),
    })
}

pub async fn reset_submit(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    client: ClientInfo,
    CsrfForm(form): CsrfForm<SetPasswordForm>,
) -> Result<Response, PageError> {
    Ok(
        match state
            .reset_password(
                &form.token,
                &form.password,
                &form.confirm_password,
                &client.ip,
            )
            .await?
        {
            SetPasswordOutcome::Done(_) => on_to_sign_in(
                &state,
                StatusCode::OK,
                &ern_i18n::tr!("password-new-set-title"),
                ern_i18n::tr!("password-new-set"),
            ),
            SetPasswordOutcome::Invalid(errors) => {
                let email = state
                    .reset_link_email(&form.token)
                    .await?
                    .unwrap_or_default();
                reset_page(
                    &state,
                    &csrf,
                    &form.token,
                    &email,
                    &errors,
                    StatusCode::BAD_REQUEST,
                )
            }
            SetPasswordOutcome::LinkInvalid | SetPasswordOutcome::AlreadyRegistered => {
                link_invalid(&state)
            }
        },
    )
}
