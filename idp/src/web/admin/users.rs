//! People, for the helpdesk: find someone, see their state, unlock, end sessions, remove a
//! lost factor, disable or enable, send a password-reset mail.

use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use ern_i18n::tr;
use serde::Deserialize;

use super::views::{EventRow, FactorRow, SessionRow, User, UserRow, Users};
use super::{Administrator, ListQuery, outcome};
use crate::accounts::Account;
use crate::admin::Factor;
use crate::clock::format_utc;
use crate::web::forms::{CsrfForm, CsrfToken};
use crate::web::pages::render;
use crate::web::{AppState, PageError, encode};

pub async fn list(
    State(state): State<AppState>,
    _admin: Administrator,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let query = ListQuery::parse(query);
    let (accounts, next) =
        crate::accounts::list::page(state.store.as_ref(), &query.q, query.cursor()).await?;
    let rows = accounts
        .into_iter()
        .map(|a| UserRow {
            name: a.display_name(),
            status: if a.disabled {
                "admin-user-disabled"
            } else {
                "admin-user-active"
            },
            created: format_utc(a.created_at),
            email: a.email,
            id: a.id,
        })
        .collect();
    Ok(render(
        StatusCode::OK,
        &Users {
            site_name: &state.config.site_name,
            search: &query.q,
            rows,
            first: query
                .cursor()
                .map(|_| format!("/admin/users?q={}", encode(&query.q))),
            next: query.next_link("/admin/users", next),
        },
    ))
}

async fn account(state: &AppState, id: &str) -> Result<Account, PageError> {
    if id.len() > 100 {
        return Err(PageError::NotFound);
    }
    crate::accounts::get(state.store.as_ref(), id)
        .await?
        .ok_or(PageError::NotFound)
}

fn factors(account: &Account) -> Vec<FactorRow> {
    let mut rows = Vec::new();
    for p in &account.phones {
        rows.push(FactorRow {
            kind: "phone",
            label: tr!(
                if p.verified {
                    "admin-factor-phone"
                } else {
                    "admin-factor-phone-unconfirmed"
                },
                number = crate::factors::sms::shown(p),
            ),
            value: p.number.clone(),
            added: format_utc(p.added_at),
        });
    }
    for d in &account.devices {
        rows.push(FactorRow {
            kind: "device",
            label: tr!("admin-factor-device", name = d.name.as_str()),
            value: d.id.clone(),
            added: format_utc(d.added_at),
        });
    }
    for t in &account.tokens {
        rows.push(FactorRow {
            kind: "token",
            label: tr!("admin-factor-token"),
            value: t.id.clone(),
            added: format_utc(t.added_at),
        });
    }
    for k in &account.security_keys {
        rows.push(FactorRow {
            kind: "security-key",
            label: tr!("admin-factor-security-key", name = k.name.as_str()),
            value: k.id.clone(),
            added: format_utc(k.added_at),
        });
    }
    rows
}

pub async fn show(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    _admin: Administrator,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let account = account(&state, &id).await?;
    let sessions = state
        .sessions_of(&account.id)
        .await?
        .into_iter()
        .map(|(s, apps)| SessionRow {
            browser: crate::web::account::describe_browser(&s.user_agent),
            ip: s.ip.clone(),
            started: format_utc(s.created_at),
            last_activity: format_utc(s.last_seen),
            applications: if apps.is_empty() {
                tr!("admin-session-no-applications")
            } else {
                apps.join(", ")
            },
        })
        .collect();
    let history = crate::audit::list(state.store.as_ref(), &account.id)
        .await?
        .into_iter()
        .take(50)
        .map(|e| EventRow {
            at: format_utc(e.at),
            what: e.what,
            ip: e.ip,
        })
        .collect();
    let locked_until = state.locked_until(&account).await?.map(format_utc);
    Ok(render(
        StatusCode::OK,
        &User {
            site_name: &state.config.site_name,
            csrf: &csrf,
            id: &account.id,
            name: account.display_name(),
            email: &account.email,
            created: format_utc(account.created_at),
            disabled: account.disabled,
            locked_until,
            is_admin: account.is_admin,
            factors: factors(&account),
            sessions,
            history,
        },
    ))
}

/// Every action's form carries only the CSRF token, but removing a factor.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ActionForm {
    kind: String,
    value: String,
}

fn back(id: &str) -> String {
    format!("/admin/users/{}", encode(id))
}

fn done(state: &AppState, id: &str, title: &str, text: String) -> Response {
    outcome(state, StatusCode::OK, title, text, &back(id))
}

pub async fn unlock(
    State(state): State<AppState>,
    admin: Administrator,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<ActionForm>,
) -> Result<Response, PageError> {
    let account = account(&state, &id).await?;
    state.admin_unlock(&admin.operator, &account).await?;
    let text = tr!("admin-unlocked-text", email = account.email.as_str());
    Ok(done(&state, &id, &tr!("admin-unlocked-title"), text))
}

pub async fn end_sessions(
    State(state): State<AppState>,
    admin: Administrator,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<ActionForm>,
) -> Result<Response, PageError> {
    let account = account(&state, &id).await?;
    state.admin_end_sessions(&admin.operator, &account).await?;
    let text = tr!("admin-sessions-ended-text", email = account.email.as_str());
    Ok(done(&state, &id, &tr!("admin-sessions-ended-title"), text))
}

async fn set_disabled(
    state: AppState,
    admin: Administrator,
    id: String,
    disabled: bool,
) -> Result<Response, PageError> {
    let account = account(&state, &id).await?;
    // An administrator's account is disabled from the command line only (on the server):
    // one stolen console session cannot lock every other administrator out, nor its own
    // owner, and the console is never left without an administrator by mistake.
    if disabled && account.is_admin {
        return Ok(outcome(
            &state,
            StatusCode::CONFLICT,
            &tr!("admin-admin-disable-title"),
            tr!("admin-admin-disable-text"),
            &back(&id),
        ));
    }
    let changed = state
        .admin_set_disabled(&admin.operator, &account, disabled)
        .await?;
    let (title, text) = match (disabled, changed) {
        (true, true) => ("admin-disabled-title", "admin-disabled-text"),
        (false, true) => ("admin-enabled-title", "admin-enabled-text"),
        (true, false) => (
            "admin-already-disabled-title",
            "admin-already-disabled-text",
        ),
        (false, false) => ("admin-already-enabled-title", "admin-already-enabled-text"),
    };
    let text = tr!(text, email = account.email.as_str());
    Ok(done(&state, &id, &tr!(title), text))
}

pub async fn disable(
    State(state): State<AppState>,
    admin: Administrator,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<ActionForm>,
) -> Result<Response, PageError> {
    set_disabled(state, admin, id, true).await
}

pub async fn enable(
    State(state): State<AppState>,
    admin: Administrator,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<ActionForm>,
) -> Result<Response, PageError> {
    set_disabled(state, admin, id, false).await
}

pub async fn send_reset(
    State(state): State<AppState>,
    admin: Administrator,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<ActionForm>,
) -> Result<Response, PageError> {
    let account = account(&state, &id).await?;
    if state.admin_send_reset(&admin.operator, &account).await? {
        let text = tr!("admin-reset-sent-text", email = account.email.as_str());
        Ok(done(&state, &id, &tr!("admin-reset-sent-title"), text))
    } else {
        Ok(outcome(
            &state,
            StatusCode::TOO_MANY_REQUESTS,
            &tr!("admin-no-mail-title"),
            tr!("admin-no-mail-text", email = account.email.as_str()),
            &back(&id),
        ))
    }
}

pub async fn remove_factor(
    State(state): State<AppState>,
    admin: Administrator,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ActionForm>,
) -> Result<Response, PageError> {
    let account = account(&state, &id).await?;
    let factor = match form.kind.as_str() {
        "phone" => Factor::Phone(form.value),
        "device" => Factor::Device(form.value),
        "token" => Factor::Token(form.value),
        "security-key" => Factor::SecurityKey(form.value),
        _ => return Err(PageError::BadRequest("Choose a factor to remove.")),
    };
    if !state
        .admin_remove_factor(&admin.operator, &account, &factor)
        .await?
    {
        return Ok(outcome(
            &state,
            StatusCode::NOT_FOUND,
            &tr!("admin-nothing-removed-title"),
            tr!("admin-nothing-removed-text"),
            &back(&id),
        ));
    }
    let text = tr!("admin-factor-removed-text", email = account.email.as_str());
    Ok(done(&state, &id, &tr!("admin-factor-removed-title"), text))
}
