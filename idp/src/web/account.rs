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

fn overview_page(state: &AppState, csrf: &str, user: &SignedIn, notice: Option<&str>) -> Response {
    let language = LANGUAGES
        .iter()
        .find(|(code, _)| *code == user.account.language)
        .map_or(user.account.language.as_str(), |(_, name)| name);
    render(
        StatusCode::OK,
        &AccountPage {
            site_name: &state.config.site_name,
            csrf,
            name: &user.account.display_name(),
            email: &user.account.email,
            language,
            signed_in_since: &format_utc(user.session.auth_time),
            notice,
        },
    )
}

pub async fn overview(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
) -> Response {
    overview_page(&state, &csrf, &user, None)
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
        ChangePasswordOutcome::Done => overview_page(
            &state,
            &csrf,
            &user,
            Some("Your password has been changed. Other browsers have been signed out."),
        ),
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
