//! The approvers' review page ("Access requests to review", the grants they may revoke)
//! and their decisions.

use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use ern_i18n::tr;
use serde::Deserialize;

use super::super::auth::SignedIn;
use super::super::forms::{CsrfForm, CsrfToken};
use super::super::pages::{AccessApprovalsPage, GrantRow, message, render};
use super::super::{AppState, PageError, encode};
use super::row;
use crate::access::{self, DecideOutcome, Decision};
use crate::clients::Acr;

/// What the review page shows: one application, one network (or all, for
/// administrators), an optional search, and where each list's page starts.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ApprovalsQuery {
    application: String,
    network: String,
    q: String,
    pending_after: String,
    granted_after: String,
}

impl ApprovalsQuery {
    fn link(&self, pending_after: Option<&str>, granted_after: Option<&str>) -> String {
        let mut url = format!(
            "/access/approvals?application={}&network={}&q={}",
            encode(&self.application),
            encode(&self.network),
            encode(&self.q)
        );
        for (name, value) in [
            ("pending_after", pending_after),
            ("granted_after", granted_after),
        ] {
            if let Some(v) = value.filter(|v| !v.is_empty()) {
                url.push_str(&format!("&{name}={}", encode(v)));
            }
        }
        url
    }
}

pub async fn approvals(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let query: ApprovalsQuery =
        serde_urlencoded::from_str(query.as_deref().unwrap_or_default()).unwrap_or_default();
    approvals_page(&state, &csrf, &user, &query, None, None, StatusCode::OK).await
}

#[allow(clippy::too_many_arguments)]
async fn approvals_page(
    state: &AppState,
    csrf: &str,
    user: &SignedIn,
    query: &ApprovalsQuery,
    notice: Option<&str>,
    error: Option<&str>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let allowed = access::approver_networks(state, &user.account).await?;
    let Some((first_application, _)) = allowed.first().cloned() else {
        return Ok(not_an_approver(state));
    };
    let admin = user.account.is_admin;
    let mut applications: Vec<String> = Vec::new();
    for (application, _) in &allowed {
        if !applications.contains(application) {
            applications.push(application.clone());
        }
    }
    let application = if applications.contains(&query.application) {
        query.application.clone()
    } else {
        first_application
    };
    let mut networks: Vec<(String, String)> = Vec::new();
    if admin {
        networks.push((String::new(), tr!("access-all-networks")));
    }
    for (_, network) in allowed.iter().filter(|(a, _)| *a == application) {
        networks.push((network.clone(), network.clone()));
    }
    // Only a network this person decides for, for this application: an unknown or foreign
    // choice falls back to their first one for it (administrators: all networks).
    let network = if networks.iter().any(|(code, _)| *code == query.network) {
        query.network.clone()
    } else {
        networks
            .first()
            .map(|(code, _)| code.clone())
            .unwrap_or_default()
    };
    let decides = if network.is_empty() {
        admin
    } else {
        allowed
            .iter()
            .any(|(a, n)| *a == application && *n == network)
    };
    if !decides {
        return Ok(not_an_approver(state));
    }
    let scope = if network.is_empty() {
        access::Scope::All
    } else {
        access::Scope::Network(&network)
    };
    let shown = ApprovalsQuery {
        application: application.clone(),
        network: network.clone(),
        q: query.q.trim().chars().take(120).collect(),
        pending_after: String::new(),
        granted_after: String::new(),
    };
    let store = state.store.as_ref();
    let cursor = |c: &str| (!c.is_empty()).then(|| c.to_owned());
    let pending_after = cursor(&query.pending_after);
    let granted_after = cursor(&query.granted_after);
    let (pending_requests, next_pending) = access::lists::page(
        store,
        access::Kind::Pending,
        &application,
        scope,
        &shown.q,
        pending_after.as_deref(),
    )
    .await?;
    let (granted_requests, next_granted) = access::lists::page(
        store,
        access::Kind::Granted,
        &application,
        scope,
        &shown.q,
        granted_after.as_deref(),
    )
    .await?;
    let mut pending = Vec::with_capacity(pending_requests.len());
    for r in &pending_requests {
        pending.push(row(state, r, requester(state, &r.account_id).await?));
    }
    let mut granted = Vec::with_capacity(granted_requests.len());
    for r in &granted_requests {
        granted.push(GrantRow {
            id: r.id.clone(),
            heading: tr!(
                "access-granted-row",
                requester = requester(state, &r.account_id).await?,
                profiles = r.profiles.join(", "),
                organisation = state.organisation_label(&r.organisation),
            ),
        });
    }
    let paged = |before: &Option<String>, next: &Option<String>, pending: bool| {
        let first = before.is_some().then(|| shown.link(None, None));
        let next = next.as_deref().map(|n| {
            if pending {
                shown.link(Some(n), granted_after.as_deref())
            } else {
                shown.link(pending_after.as_deref(), Some(n))
            }
        });
        (first, next)
    };
    let (pending_first, pending_next) = paged(&pending_after, &next_pending, true);
    let (granted_first, granted_next) = paged(&granted_after, &next_granted, false);
    Ok(render(
        status,
        &AccessApprovalsPage {
            site_name: &state.config.site_name,
            csrf,
            notice,
            error,
            networks: if admin {
                tr!("access-review-all-networks")
            } else {
                allowed
                    .iter()
                    .map(|(_, n)| n.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            },
            applications,
            application,
            network_choices: networks,
            network,
            search: shown.q.clone(),
            pending,
            granted,
            pending_first,
            pending_next,
            granted_first,
            granted_next,
        },
    ))
}

async fn requester(state: &AppState, account_id: &str) -> Result<String, PageError> {
    Ok(crate::accounts::get(state.store.as_ref(), account_id)
        .await?
        .map(|a| format!("{} <{}>", a.display_name(), a.email))
        .unwrap_or_else(|| tr!("access-deleted-account")))
}

fn not_an_approver(state: &AppState) -> Response {
    message(
        &state.config.site_name,
        StatusCode::FORBIDDEN,
        &tr!("access-not-approver-title"),
        tr!("access-not-approver-text"),
        ("/access", &tr!("access-my-title")),
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DecisionForm {
    decision: String,
    reason: String,
}

pub async fn decide(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<DecisionForm>,
) -> Result<Response, PageError> {
    let decision = match form.decision.as_str() {
        "accept" => Decision::Accept,
        "reject" => Decision::Reject,
        _ => return Err(PageError::BadRequest("Choose Accept or Reject.")),
    };
    let outcome = state
        .decide_access_request(
            &user.account,
            acting_level(&state, &user),
            &id,
            decision,
            &form.reason,
        )
        .await?;
    let done = match decision {
        Decision::Accept => tr!("access-accepted-done"),
        Decision::Reject => tr!("access-rejected-done"),
    };
    after_decision(&state, &csrf, &user, outcome, &done).await
}

pub async fn revoke(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<DecisionForm>,
) -> Result<Response, PageError> {
    let outcome = state
        .revoke_access(
            &user.account,
            acting_level(&state, &user),
            &id,
            &form.reason,
        )
        .await?;
    let done = tr!("access-revoked-done");
    after_decision(&state, &csrf, &user, outcome, &done).await
}

/// The level an approver decides with: their session's, while a second factor other
/// than a recovery code was proved within the last 15 minutes (as the administrators'
/// console asks of every change); after that `Low`, which is asked to confirm again. So
/// the cookie of an old session, left on a ward's shared computer, decides nothing.
fn acting_level(state: &AppState, user: &SignedIn) -> Acr {
    if crate::recovery::recent_real_factor(&user.session, state.now()) {
        user.session.acr()
    } else {
        Acr::Low
    }
}

async fn after_decision(
    state: &AppState,
    csrf: &str,
    user: &SignedIn,
    outcome: DecideOutcome,
    done: &str,
) -> Result<Response, PageError> {
    let query = ApprovalsQuery::default();
    // What the review page shows again: a notice, or an error with its status.
    let (notice, error, status) = match outcome {
        DecideOutcome::Done(_) => (Some(done.to_owned()), None, StatusCode::OK),
        DecideOutcome::FirstApproval(_) => (
            Some(tr!("access-first-approval-done")),
            None,
            StatusCode::OK,
        ),
        DecideOutcome::SecondFactorNeeded => {
            return Ok(message(
                &state.config.site_name,
                StatusCode::FORBIDDEN,
                &tr!("access-second-factor-title"),
                tr!("access-second-factor-text"),
                (
                    "/login/verify?next=%2Faccess%2Fapprovals",
                    &tr!("access-second-factor-link"),
                ),
            ));
        }
        DecideOutcome::NotAllowed => return Ok(not_an_approver(state)),
        DecideOutcome::NotFound => return Err(PageError::NotFound),
        DecideOutcome::AlreadyDecided => (
            None,
            Some(tr!("access-already-decided")),
            StatusCode::CONFLICT,
        ),
        DecideOutcome::Refused(message) => (None, Some(message), StatusCode::UNPROCESSABLE_ENTITY),
    };
    approvals_page(
        state,
        csrf,
        user,
        &query,
        notice.as_deref(),
        error.as_deref(),
        status,
    )
    .await
}
