//! "Secure my account": the link mailed after a password-only PANIC (see `recovery`).

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::auth::ClientInfo;
use super::forms::{CsrfForm, CsrfToken};
use super::pages::{MessagePage, SecureAccountPage, render};
use super::{AppState, PageError};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenForm {
    token: String,
}

fn link_dead(state: &AppState) -> Response {
    render(
        StatusCode::GONE,
        &MessagePage {
            site_name: &state.config.site_name,
            title: "This link cannot be used",
            paragraphs: vec![
                "It was already used or has expired. If you think someone knows your password, choose a new one with \"Lost your password?\".".into(),
            ],
            link: Some(("/password/lost", "Lost your password?")),
        },
    )
}

pub async fn secure_form(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    Query(q): Query<TokenForm>,
) -> Result<Response, PageError> {
    Ok(match state.secure_link_account(&q.token).await? {
        Some(account) => render(
            StatusCode::OK,
            &SecureAccountPage {
                site_name: &state.config.site_name,
                csrf: &csrf,
                token: &q.token,
                email: &account.email,
            },
        ),
        None => link_dead(&state),
    })
}

pub async fn secure_submit(
    State(state): State<AppState>,
    client: ClientInfo,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> Result<Response, PageError> {
    if !state.secure_account(&form.token, &client.ip).await? {
        return Ok(link_dead(&state));
    }
    Ok(render(
        StatusCode::OK,
        &MessagePage {
            site_name: &state.config.site_name,
            title: "Your account is secured",
            paragraphs: vec![
                "Its password was removed, every session was ended and every application's access was revoked.".into(),
                "Choose a new password now with \"Lost your password?\": the link goes to your mailbox.".into(),
            ],
            link: Some(("/password/lost", "Lost your password?")),
        },
    ))
}
