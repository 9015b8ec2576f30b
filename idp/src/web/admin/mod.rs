//! The operators' console at `/admin`: people, clients, keys, access and the operators'
//! log, for administrators signed in with a second factor. Every action is a CSRF-checked
//! POST that calls the same function as the command line (`crate::admin`), which logs it.

mod clients;
mod users;
mod views;

use axum::Router;
use axum::extract::{FromRequestParts, RawQuery, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use ern_i18n::tr;
use serde::Deserialize;

use super::auth::{ClientInfo, SignedIn};
use super::forms::{CsrfForm, CsrfToken};
use super::pages::{message, render};
use super::{AppState, PageError, encode};
use crate::accounts::Account;
use crate::admin::Operator;
use crate::clients::Acr;
use crate::clock::format_utc;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin", get(home))
        .route("/admin/users", get(users::list))
        .route("/admin/users/{id}", get(users::show))
        .route("/admin/users/{id}/unlock", post(users::unlock))
        .route("/admin/users/{id}/end-sessions", post(users::end_sessions))
        .route("/admin/users/{id}/disable", post(users::disable))
        .route("/admin/users/{id}/enable", post(users::enable))
        .route("/admin/users/{id}/send-reset", post(users::send_reset))
        .route(
            "/admin/users/{id}/remove-factor",
            post(users::remove_factor),
        )
        .route("/admin/clients", get(clients::list).post(clients::add))
        .route("/admin/clients/{id}", get(clients::show))
        .route(
            "/admin/clients/{id}/redirect-uris",
            post(clients::set_redirect_uris),
        )
        .route(
            "/admin/clients/{id}/rotate-secret",
            post(clients::rotate_secret),
        )
        .route("/admin/clients/{id}/remove", post(clients::remove))
        .route("/admin/keys", get(keys))
        .route("/admin/keys/rotate", post(rotate_key))
        .route("/admin/log", get(log))
}

/// An administrator signed in with a second factor; anyone else is refused with a page
/// that says why (and, for an administrator, how to confirm with a second factor).
pub struct Administrator {
    pub account: Account,
    pub operator: Operator,
}

impl FromRequestParts<AppState> for Administrator {
    type Rejection = Response;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let user = SignedIn::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let client = ClientInfo::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        if !user.account.is_admin {
            return Err(message(
                &state.config.site_name,
                StatusCode::FORBIDDEN,
                &tr!("admin-not-admin-title"),
                tr!("admin-not-admin-text"),
                ("/account", &tr!("admin-my-account")),
            ));
        }
        // An operator's own account on hold (a factor added with a recovery code, maybe
        // by whoever stole the password and a code): the console waits for the hold, as
        // every change to the account does; it acts on other people.
        if let Some(reason) = state.hold_reason(&user.account) {
            return Err(message(
                &state.config.site_name,
                StatusCode::FORBIDDEN,
                &tr!("admin-held-title"),
                reason,
                ("/account", &tr!("admin-my-account")),
            ));
        }
        if user.session.acr() < Acr::Substantial {
            let next = format!("/login/verify?next={}", encode(parts.uri.path()));
            return Err(message(
                &state.config.site_name,
                StatusCode::FORBIDDEN,
                &tr!("admin-second-factor-title"),
                tr!("admin-second-factor-text"),
                (&next, &tr!("admin-second-factor-link")),
            ));
        }
        // Acting on others' accounts needs a second factor proved recently, as changing
        // one's own factors does: a stolen cookie of an old session acts on nobody.
        if parts.method == axum::http::Method::POST
            && !crate::recovery::recent_second_factor(&user.session, state.now())
        {
            return Err(message(
                &state.config.site_name,
                StatusCode::FORBIDDEN,
                &tr!("admin-second-factor-again-title"),
                tr!("admin-second-factor-again-text"),
                (
                    "/login/verify?next=%2Fadmin",
                    &tr!("admin-second-factor-link"),
                ),
            ));
        }
        Ok(Administrator {
            operator: Operator::console(&user.account, &client.ip),
            account: user.account,
        })
    }
}

/// A list's search and where its page starts, from the query string.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    after: String,
}

impl ListQuery {
    fn parse(query: Option<String>) -> Self {
        let mut parsed: ListQuery =
            serde_urlencoded::from_str(query.as_deref().unwrap_or_default()).unwrap_or_default();
        parsed.q = parsed.q.trim().chars().take(120).collect();
        parsed
    }

    fn cursor(&self) -> Option<&str> {
        (!self.after.is_empty()).then_some(self.after.as_str())
    }

    /// The link to the page after `next`, keeping the search.
    fn next_link(&self, path: &str, next: Option<String>) -> Option<String> {
        next.map(|n| format!("{path}?q={}&after={}", encode(&self.q), encode(&n)))
    }
}

/// A short page that says what happened, with the way back.
fn outcome(
    state: &AppState,
    status: StatusCode,
    title: &str,
    text: String,
    back: &str,
) -> Response {
    message(
        &state.config.site_name,
        status,
        title,
        text,
        (back, &tr!("admin-back")),
    )
}

async fn home(State(state): State<AppState>, admin: Administrator) -> Response {
    render(
        StatusCode::OK,
        &views::Home {
            site_name: &state.config.site_name,
            operator: &admin.account.email,
        },
    )
}

async fn keys(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    _admin: Administrator,
) -> Result<Response, PageError> {
    let keys = state
        .keys
        .list(state.now())
        .await
        .map_err(|_| PageError::Unavailable)?;
    let rows = keys
        .into_iter()
        .map(|k| views::KeyRow {
            kid: k.kid,
            alg: k.alg,
            created: format_utc(k.created_at),
            state: if k.active {
                "admin-key-signs"
            } else if k.published {
                "admin-key-retired-published"
            } else {
                "admin-key-retired"
            },
        })
        .collect();
    Ok(render(
        StatusCode::OK,
        &views::Keys {
            site_name: &state.config.site_name,
            csrf: &csrf,
            rows,
            algs: crate::keys::Alg::ALL.iter().map(|a| a.name()).collect(),
        },
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RotateForm {
    alg: String,
}

async fn rotate_key(
    State(state): State<AppState>,
    admin: Administrator,
    CsrfForm(form): CsrfForm<RotateForm>,
) -> Result<Response, PageError> {
    let Some(alg) = crate::keys::Alg::parse(&form.alg) else {
        return Err(PageError::BadRequest(
            "Choose an algorithm: RS256, ES256 or EdDSA.",
        ));
    };
    let kid = state.admin_rotate_key(&admin.operator, alg).await?;
    Ok(outcome(
        &state,
        StatusCode::OK,
        &tr!("admin-key-rotated-title"),
        tr!("admin-key-rotated-text", alg = alg.name(), kid = kid),
        "/admin/keys",
    ))
}

async fn log(
    State(state): State<AppState>,
    _admin: Administrator,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let query = ListQuery::parse(query);
    let (entries, next) =
        crate::admin::log::page(state.store.as_ref(), &query.q, query.cursor()).await?;
    let rows = entries
        .into_iter()
        .map(|e| views::LogRow {
            at: format_utc(e.at),
            operator: e.operator,
            action: e.action,
            target: e.target,
            ip: e.ip,
        })
        .collect();
    Ok(render(
        StatusCode::OK,
        &views::Log {
            site_name: &state.config.site_name,
            search: &query.q,
            rows,
            first: query
                .cursor()
                .map(|_| format!("/admin/log?q={}", encode(&query.q))),
            next: query.next_link("/admin/log", next),
        },
    ))
}
