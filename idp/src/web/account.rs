//! "My account".

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::auth::SignedIn;
use super::forms::{CsrfForm, CsrfToken};
use super::pages::{AccountPage, ChangePasswordPage, render};
use super::{AppState, PageError};
use crate::clock::format_utc;
use crate::notify::LANGUAGES;
use crate::provider::{ChangePasswordOutcome, FieldErrors};

async fn overview_page(
    state: &AppState,
    csrf: &str,
    user: &SignedIn,
    notice: Option<&str>,
) -> Result<Response, PageError> {
    let applications = state
        .consents(&user.account.id)
        .await?
        .into_iter()
        .map(|(client, scopes)| (client.id, client.name, scopes.join(" ")))
        .collect();
    let language = LANGUAGES
        .iter()
        .find(|(code, _)| *code == user.account.language)
        .map_or(user.account.language.as_str(), |(_, name)| name);
    Ok(render(
        StatusCode::OK,
        &AccountPage {
            site_name: &state.config.site_name,
            csrf,
            name: &user.account.display_name(),
            email: &user.account.email,
            language,
            signed_in_since: &format_utc(user.session.auth_time),
            notice,
            applications,
        },
    ))
}

pub async fn overview(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
) -> Result<Response, PageError> {
    overview_page(&state, &csrf, &user, None).await
}

pub async fn password_form(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    _user: SignedIn,
) -> Response {
    render(
        StatusCode::OK,
        &ChangePasswordPage {
            site_name: &state.config.site_name,
            csrf: &csrf,
            errors: &FieldErrors::new(),
        },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ChangeForm {
    current_password: String,
    password: String,
    confirm_password: String,
}

pub async fn password_submit(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    CsrfForm(form): CsrfForm<ChangeForm>,
) -> Result<Response, PageError> {
    let outcome = state
        .change_password(
            &user.account,
            &form.current_password,
            &form.password,
            &form.confirm_password,
            &user.token,
        )
        .await?;
    Ok(match outcome {
        ChangePasswordOutcome::Done => {
            overview_page(
                &state,
                &csrf,
                &user,
                Some("Your password has been changed. Other browsers have been signed out."),
            )
            .await?
        }
        ChangePasswordOutcome::Invalid(errors) => render(
            StatusCode::BAD_REQUEST,
            &ChangePasswordPage {
                site_name: &state.config.site_name,
                csrf: &csrf,
                errors: &errors,
            },
        ),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct WithdrawForm {
    client_id: String,
}

pub async fn withdraw_consent(
    State(state): State<AppState>,
    user: SignedIn,
    CsrfForm(form): CsrfForm<WithdrawForm>,
) -> Result<Response, PageError> {
    state
        .withdraw_consent(&user.account.id, &form.client_id)
        .await?;
    Ok(axum::response::IntoResponse::into_response(
        axum::response::Redirect::to("/account"),
    ))
}
