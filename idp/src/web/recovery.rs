//! "Secure my account": the link mailed after a password-only PANIC (see `recovery`).

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use ern_i18n::tr;
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
            title: &tr!("factors-link-dead-title"),
            paragraphs: vec![tr!("factors-link-dead-text")],
            link: Some(("/password/lost", &tr!("login-lost-password"))),
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
            title: &tr!("factors-secured-title"),
            paragraphs: vec![tr!("factors-secured-text"), tr!("factors-secured-next")],
            link: Some(("/password/lost", &tr!("login-lost-password"))),
        },
    ))
}
