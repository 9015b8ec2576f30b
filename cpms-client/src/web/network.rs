//! Network-wide pages: the Coordinator's KPIs, requests for assistance (Dispatcher and
//! Coordinator) and the Researcher's anonymised reports.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use ern_i18n::{filters, tr};
use serde::Deserialize;

use super::auth::{Authorised, Chrome};
use super::error::render;
use super::forms::CsrfForm;
use super::panels::now;
use super::{AppState, PageError};
use crate::data::AssistanceRequest;
use crate::rules::{self, Assistance, Kpis, NetworkKpis, Report, Reports};

#[derive(Template)]
#[template(path = "cpms/kpis.html")]
struct KpisPage {
    chrome: Chrome,
    label: String,
    org: String,
    kpis: NetworkKpis,
    approvals_url: String,
}

pub async fn kpis(State(state): State<AppState>, auth: Authorised<Kpis>) -> Response {
    let kpis = state.data.read(|d| rules::kpis(d, &auth.network)).await;
    render(
        StatusCode::OK,
        &KpisPage {
            label: auth.organisation_label.clone(),
            org: auth.organisation.clone(),
            kpis,
            approvals_url: state.config.approvals_url(),
            chrome: auth.user.chrome,
        },
    )
}

pub struct RequestRow {
    pub id: u64,
    pub subject: String,
    pub details: String,
    pub requested_by: String,
    pub assigned_to: Option<String>,
}

pub struct MemberOption {
    pub id: String,
    pub name: String,
}

#[derive(Template)]
#[template(path = "cpms/assistance.html")]
struct AssistancePage {
    chrome: Chrome,
    label: String,
    org: String,
    requests: Vec<RequestRow>,
    members: Vec<MemberOption>,
    error: Option<String>,
}

async fn assistance_page(
    state: &AppState,
    auth: Authorised<Assistance>,
    error: Option<String>,
) -> Response {
    let network = auth.network.clone();
    let (requests, members) = state
        .data
        .read(|d| {
            let requests = d
                .assistance
                .iter()
                .filter(|a| a.network == network)
                .rev()
                .map(|a| RequestRow {
                    id: a.id,
                    subject: a.subject.clone(),
                    details: a.details.clone(),
                    requested_by: d.member_name(&a.requested_by),
                    assigned_to: a.assigned_to.as_deref().map(|m| d.member_name(m)),
                })
                .collect();
            let members = d
                .members
                .values()
                .filter(|m| m.roles.iter().any(|r| r.network == network))
                .map(|m| MemberOption {
                    id: m.id.clone(),
                    name: m.name.clone(),
                })
                .collect();
            (requests, members)
        })
        .await;
    let status = if error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    render(
        status,
        &AssistancePage {
            label: auth.organisation_label.clone(),
            org: auth.organisation.clone(),
            requests,
            members,
            error,
            chrome: auth.user.chrome,
        },
    )
}

pub async fn assistance(State(state): State<AppState>, auth: Authorised<Assistance>) -> Response {
    assistance_page(&state, auth, None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewRequestForm {
    subject: String,
    details: String,
}

pub async fn create_assistance(
    State(state): State<AppState>,
    auth: Authorised<Assistance>,
    CsrfForm(form): CsrfForm<NewRequestForm>,
) -> Result<Response, PageError> {
    let (Ok(subject), Ok(details)) = (
        rules::required(&form.subject, &tr!("cpms-assistance-subject"), 200),
        rules::required(&form.details, &tr!("cpms-assistance-details"), 5000),
    ) else {
        let problem = tr!("cpms-assistance-required");
        return Ok(assistance_page(&state, auth, Some(problem)).await);
    };
    let requested_by = auth.user.session.member.clone();
    let network = auth.network.clone();
    state
        .data
        .update(|d| {
            let id = d.new_id();
            d.assistance.push(AssistanceRequest {
                id,
                network,
                subject,
                details,
                requested_by,
                assigned_to: None,
                created_at: now(),
            });
        })
        .await?;
    Ok(Redirect::to(&format!("/o/{}/assistance", auth.organisation)).into_response())
}

#[derive(Deserialize)]
pub struct RequestPath {
    #[allow(dead_code)]
    org: String,
    id: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AssignForm {
    member: String,
}

pub async fn assign(
    State(state): State<AppState>,
    auth: Authorised<Assistance>,
    Path(path): Path<RequestPath>,
    CsrfForm(form): CsrfForm<AssignForm>,
) -> Result<Response, PageError> {
    let network = auth.network.clone();
    let id: u64 = path.id.parse().map_err(|_| PageError::NotFound)?;
    let outcome = state
        .data
        .update(|d| {
            let member_ok = d
                .members
                .get(&form.member)
                .is_some_and(|m| m.roles.iter().any(|r| r.network == network));
            let Some(request) = d
                .assistance
                .iter_mut()
                .find(|a| a.id == id && a.network == network)
            else {
                return Err(PageError::NotFound);
            };
            if !member_ok {
                return Err(PageError::BadRequest(tr!("cpms-assistance-choose-member")));
            }
            request.assigned_to = Some(form.member.clone());
            Ok(())
        })
        .await?;
    outcome?;
    Ok(Redirect::to(&format!("/o/{}/assistance", auth.organisation)).into_response())
}

#[derive(Template)]
#[template(path = "cpms/reports.html")]
struct ReportsPage {
    chrome: Chrome,
    label: String,
    report: Report,
    /// `report.by_outcome` with each outcome in the request's language.
    by_outcome: Vec<(String, usize)>,
}

/// Counts only: no names, e-mails or case text reach this page.
pub async fn reports(State(state): State<AppState>, auth: Authorised<Reports>) -> Response {
    let report = state.data.read(|d| rules::report(d, &auth.network)).await;
    let outcomes: Vec<(&str, &'static str)> = rules::OUTCOMES
        .into_iter()
        .chain([rules::OTHER_OUTCOME])
        .collect();
    let by_outcome = report
        .by_outcome
        .iter()
        .map(|(outcome, count)| (rules::shown(&outcomes, outcome), *count))
        .collect();
    render(
        StatusCode::OK,
        &ReportsPage {
            label: auth.organisation_label.clone(),
            by_outcome,
            report,
            chrome: auth.user.chrome,
        },
    )
}
