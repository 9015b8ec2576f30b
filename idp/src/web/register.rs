//! "Create an account" and the confirmation link that leads to "set your password".

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::auth::ClientInfo;
use super::forms::{CsrfForm, CsrfToken};
use super::pages::{MessagePage, RegisterPage, SetPasswordPage, render};
use super::{AppState, PageError};
use crate::notify::i18n::language_choices;
use crate::provider::{FieldErrors, RegisterOutcome, Registration, SetPasswordOutcome};

fn register_page(
    state: &AppState,
    csrf: &str,
    form: &Registration,
    errors: &FieldErrors,
    status: StatusCode,
    challenge: &str,
) -> Response {
    render(
        status,
        &RegisterPage {
            site_name: &state.config.site_name,
            csrf,
            form,
            errors,
            languages: language_choices(),
            challenge,
        },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RegisterQuery {
    next: String,
}

/// The e-mail language to offer first: the `ui_locales` of the application's request
/// this registration interrupts, when we have one of its languages; else English.
async fn offered_language(state: &AppState, next: &str) -> String {
    let pending = match next.strip_prefix("/authorize/resume?id=") {
        Some(id) => state.pending_authorization(id).await.ok().flatten(),
        None => None,
    };
    pending
        .and_then(|p| p.ui_locales)
        .as_deref()
        .and_then(ern_i18n::preferred_language)
        .map_or("en", ern_i18n::Lang::code)
        .to_owned()
}

pub async fn form(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    client: ClientInfo,
    Query(q): Query<RegisterQuery>,
) -> Result<Response, PageError> {
    let form = Registration {
        language: offered_language(&state, super::safe_next(&q.next)).await,
        ..Registration::default()
    };
    let challenge = state.robot_challenge(&client.ip).await?;
    Ok(register_page(
        &state,
        &csrf,
        &form,
        &FieldErrors::new(),
        StatusCode::OK,
        &challenge,
    ))
}

pub async fn submit(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    client: ClientInfo,
    CsrfForm(form): CsrfForm<Registration>,
) -> Result<Response, PageError> {
    match state.register(&form, &client.ip).await? {
        RegisterOutcome::MailSent => Ok(render(
            StatusCode::OK,
            &MessagePage {
                site_name: &state.config.site_name,
                title: &ern_i18n::tr!("register-check-mailbox"),
                paragraphs: vec![
                    ern_i18n::tr!("register-mail-sent", email = form.email.trim()),
                    ern_i18n::tr!("register-open-link"),
                    ern_i18n::tr!("register-look-in-spam"),
                ],
                link: None,
            },
        )),
        RegisterOutcome::Invalid(errors) => {
            let challenge = state.robot_challenge(&client.ip).await?;
            Ok(register_page(
                &state,
                &csrf,
                &form,
                &errors,
                StatusCode::BAD_REQUEST,
                &challenge,
            ))
        }
        RegisterOutcome::TooManyMails => Err(PageError::TooManyRequests(ern_i18n::tr!(
            "errors-too-many-mails"
        ))),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenQuery {
    pub token: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SetPasswordForm {
    pub token: String,
    pub password: String,
    pub confirm_password: String,
}

pub(super) fn link_invalid(state: &AppState) -> Response {
    super::pages::message(
        &state.config.site_name,
        StatusCode::GONE,
        &ern_i18n::tr!("errors-link-invalid-title"),
        ern_i18n::tr!("errors-link-invalid"),
        ("/login", &ern_i18n::tr!("errors-go-to-sign-in")),
    )
}

/// A page with a title and a sentence whose one way on is "Sign in".
pub(super) fn on_to_sign_in(
    state: &AppState,
    status: StatusCode,
    title: &str,
    text: String,
) -> Response {
    super::pages::message(
        &state.config.site_name,
        status,
        title,
        text,
        ("/login", &ern_i18n::tr!("register-sign-in")),
    )
}

pub async fn confirm_form(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    Query(query): Query<TokenQuery>,
) -> Result<Response, PageError> {
    let Some(pending) = state.pending_registration(&query.token).await? else {
        return Ok(link_invalid(&state));
    };
    Ok(render(
        StatusCode::OK,
        &SetPasswordPage {
            site_name: &state.config.site_name,
            csrf: &csrf,
            title: &ern_i18n::tr!("register-choose-password"),
            action: "/register/confirm",
            token: &query.token,
            email: &pending.email,
            errors: &FieldErrors::new(),
        },
    ))
}

pub async fn confirm_submit(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    CsrfForm(form): CsrfForm<SetPasswordForm>,
) -> Result<Response, PageError> {
    let outcome = state
        .complete_registration(&form.token, &form.password, &form.confirm_password)
        .await?;
    Ok(match outcome {
        SetPasswordOutcome::Done(account) => on_to_sign_in(
            &state,
            StatusCode::OK,
            &ern_i18n::tr!("register-ready-title"),
            ern_i18n::tr!("register-ready", email = account.email),
        ),
        SetPasswordOutcome::Invalid(errors) => {
            let email = state
                .pending_registration(&form.token)
                .await?
                .map(|p| p.email)
                .unwrap_or_default();
            render(
                StatusCode::BAD_REQUEST,
                &SetPasswordPage {
                    site_name: &state.config.site_name,
                    csrf: &csrf,
                    title: &ern_i18n::tr!("register-choose-password"),
                    action: "/register/confirm",
                    token: &form.token,
                    email: &email,
                    errors: &errors,
                },
            )
        }
        SetPasswordOutcome::LinkInvalid => link_invalid(&state),
        SetPasswordOutcome::AlreadyRegistered => on_to_sign_in(
            &state,
            StatusCode::CONFLICT,
            &ern_i18n::tr!("register-already-title"),
            ern_i18n::tr!("register-already"),
        ),
    })
}
