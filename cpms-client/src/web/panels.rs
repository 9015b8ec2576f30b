//! Panels: list, create, show, invite, contribute, close. The route's profile rule is
//! checked by `Authorised<R>`; which panel a user may touch is decided by the rules in
//! [`crate::rules`].

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use ern_i18n::{filters, tr};
use serde::Deserialize;

use super::auth::{Authorised, Chrome};
use super::error::render;
use super::forms::CsrfForm;
use super::{AppState, PageError};
use crate::data::{Comment, Panel, new_panel_id};
use crate::profiles::Profile;
use crate::rules::{
    self, OUTCOMES, PanelContribute, PanelCreate, PanelManage, PanelsView, Rule, Viewer,
};

pub struct PanelRow {
    pub id: String,
    pub title: String,
    pub thematic_area: String,
    pub lead: String,
    pub status: String,
}

#[derive(Template)]
#[template(path = "cpms/panels.html")]
struct PanelsPage {
    chrome: Chrome,
    org: String,
    label: String,
    panels: Vec<PanelRow>,
    can_create: bool,
}

fn status_text(panel: &Panel) -> String {
    match &panel.outcome {
        None => tr!("cpms-panel-status-open"),
        Some(outcome) => tr!(
            "cpms-panel-status-closed",
            outcome = rules::shown(&OUTCOMES, outcome)
        ),
    }
}

pub async fn list(State(state): State<AppState>, auth: Authorised<PanelsView>) -> Response {
    let panels = state
        .data
        .read(|d| {
            rules::visible_panels(d, &auth.viewer())
                .into_iter()
                .map(|p| PanelRow {
                    id: p.id.clone(),
                    title: p.title.clone(),
                    thematic_area: p.thematic_area.clone(),
                    lead: d.member_name(&p.lead),
                    status: status_text(p),
                })
                .collect()
        })
        .await;
    render(
        StatusCode::OK,
        &PanelsPage {
            org: auth.organisation.clone(),
            label: auth.organisation_label.clone(),
            panels,
            can_create: auth.has(Profile::Hp),
            chrome: auth.user.chrome,
        },
    )
}

#[derive(Template)]
#[template(path = "cpms/panel_new.html")]
struct NewPanelPage {
    chrome: Chrome,
    org: String,
    label: String,
    areas: Vec<String>,
    title: String,
    case_summary: String,
    error: Option<String>,
}

fn areas_of(state: &AppState, network: &str) -> Vec<String> {
    state
        .catalogue
        .network(network)
        .map(|n| n.thematic_areas.clone())
        .unwrap_or_default()
}

pub async fn new_form(State(state): State<AppState>, auth: Authorised<PanelCreate>) -> Response {
    render(
        StatusCode::OK,
        &NewPanelPage {
            org: auth.organisation.clone(),
            label: auth.organisation_label.clone(),
            areas: areas_of(&state, &auth.network),
            title: String::new(),
            case_summary: String::new(),
            error: None,
            chrome: auth.user.chrome,
        },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewPanelForm {
    title: String,
    case_summary: String,
    thematic_area: String,
}

pub async fn create(
    State(state): State<AppState>,
    auth: Authorised<PanelCreate>,
    CsrfForm(form): CsrfForm<NewPanelForm>,
) -> Result<Response, PageError> {
    let areas = areas_of(&state, &auth.network);
    let checked = rules::required(&form.title, &tr!("cpms-panel-title"), 200).and_then(|title| {
        let summary = rules::required(&form.case_summary, &tr!("cpms-panel-case-summary"), 5000)?;
        if !areas.contains(&form.thematic_area) {
            return Err(tr!("cpms-panel-new-choose-area"));
        }
        Ok((title, summary))
    });
    let (title, case_summary) = match checked {
        Ok(v) => v,
        Err(problem) => {
            return Ok(render(
                StatusCode::BAD_REQUEST,
                &NewPanelPage {
                    org: auth.organisation.clone(),
                    label: auth.organisation_label.clone(),
                    areas,
                    title: form.title,
                    case_summary: form.case_summary,
                    error: Some(problem),
                    chrome: auth.user.chrome,
                },
            ));
        }
    };
    let lead = auth.user.session.member.clone();
    let id = new_panel_id();
    state
        .data
        .update(|d| {
            d.panels.push(Panel {
                id: id.clone(),
                network: auth.network.clone(),
                title,
                case_summary,
                thematic_area: form.thematic_area,
                lead,
                lead_organisation: auth.organisation.clone(),
                invited: Vec::new(),
                comments: Vec::new(),
                outcome: None,
                created_at: now(),
            });
        })
        .await?;
    Ok(Redirect::to(&format!("/o/{}/panels/{id}", auth.organisation)).into_response())
}

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

pub struct CommentRow {
    pub author: String,
    pub text: String,
}

pub struct Candidate {
    pub id: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "cpms/panel.html")]
struct PanelPage {
    chrome: Chrome,
    org: String,
    label: String,
    panel: Panel,
    lead: String,
    invited: Vec<String>,
    comments: Vec<CommentRow>,
    status: String,
    can_manage: bool,
    can_contribute: bool,
    candidates: Vec<Candidate>,
    /// The outcomes to choose from, as stored and as shown.
    outcomes: Vec<(&'static str, String)>,
}

/// The panel `id`, if the viewer may see it under `check`. A panel that does not exist and
/// one the viewer may not touch get one and the same refusal (status and page), so that
/// nobody learns which panels exist.
async fn panel_for<R: Rule>(
    state: &AppState,
    auth: &Authorised<R>,
    id: &str,
    check: fn(&Panel, &Viewer) -> bool,
    refusal: fn() -> String,
) -> Result<Panel, PageError> {
    let viewer = auth.viewer();
    state
        .data
        .read(|d| {
            d.panels
                .iter()
                .find(|p| p.id == id && check(p, &viewer))
                .cloned()
        })
        .await
        .ok_or_else(|| auth.refuse(refusal()))
}

#[derive(Deserialize)]
pub struct PanelPath {
    #[allow(dead_code)]
    org: String,
    id: String,
}

pub async fn show(
    State(state): State<AppState>,
    auth: Authorised<PanelsView>,
    Path(path): Path<PanelPath>,
) -> Result<Response, PageError> {
    let panel = panel_for(&state, &auth, &path.id, rules::can_view, || {
        tr!("cpms-panel-refused-view")
    })
    .await?;
    let viewer = auth.viewer();
    let can_manage = rules::can_manage(&panel, &viewer) && panel.is_open();
    let can_contribute = rules::can_contribute(&panel, &viewer);
    let (lead, invited, comments, candidates) = state
        .data
        .read(|d| {
            let candidates = if can_manage {
                rules::candidates(d, &panel)
                    .into_iter()
                    .map(|m| Candidate {
                        id: m.id.clone(),
                        label: tr!(
                            "cpms-panel-candidate",
                            name = m.name.as_str(),
                            role = rules::shown(
                                rules::PROFESSIONAL_ROLES,
                                m.preferences
                                    .as_ref()
                                    .map(|p| p.professional_role.as_str())
                                    .unwrap_or_default()
                            )
                        ),
                    })
                    .collect()
            } else {
                Vec::new()
            };
            (
                d.member_name(&panel.lead),
                panel.invited.iter().map(|i| d.member_name(i)).collect(),
                panel
                    .comments
                    .iter()
                    .map(|c| CommentRow {
                        author: c.author_name.clone(),
                        text: c.text.clone(),
                    })
                    .collect(),
                candidates,
            )
        })
        .await;
    Ok(render(
        StatusCode::OK,
        &PanelPage {
            org: auth.organisation.clone(),
            label: auth.organisation_label.clone(),
            status: status_text(&panel),
            panel,
            lead,
            invited,
            comments,
            can_manage,
            can_contribute,
            candidates,
            outcomes: OUTCOMES
                .iter()
                .map(|(value, key)| (*value, tr!(key)))
                .collect(),
            chrome: auth.user.chrome,
        },
    ))
}

fn back_to(auth_org: &str, id: &str) -> Response {
    Redirect::to(&format!("/o/{auth_org}/panels/{id}")).into_response()
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InviteForm {
    member: String,
}

pub async fn invite(
    State(state): State<AppState>,
    auth: Authorised<PanelManage>,
    Path(path): Path<PanelPath>,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, PageError> {
    let panel = panel_for(
        &state,
        &auth,
        &path.id,
        |p, v| rules::can_manage(p, v) && p.is_open(),
        || tr!("cpms-panel-refused-invite"),
    )
    .await?;
    let invited = state
        .data
        .update(|d| {
            let offered = rules::candidates(d, &panel)
                .iter()
                .any(|m| m.id == form.member);
            if let Some(p) = d.panels.iter_mut().find(|p| offered && p.id == panel.id) {
                p.invited.push(form.member.clone());
            }
            offered
        })
        .await?;
    if !invited {
        return Err(PageError::BadRequest(tr!("cpms-panel-not-invitable")));
    }
    Ok(back_to(&auth.organisation, &panel.id))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CommentForm {
    comment: String,
}

pub async fn comment(
    State(state): State<AppState>,
    auth: Authorised<PanelContribute>,
    Path(path): Path<PanelPath>,
    CsrfForm(form): CsrfForm<CommentForm>,
) -> Result<Response, PageError> {
    let panel = panel_for(&state, &auth, &path.id, rules::can_contribute, || {
        tr!("cpms-panel-refused-contribute")
    })
    .await?;
    let text = rules::required(&form.comment, &tr!("cpms-panel-comment"), 5000)
        .map_err(|_| PageError::BadRequest(tr!("cpms-panel-comment-needed")))?;
    let comment = Comment {
        author: auth.user.session.member.clone(),
        author_name: auth.user.session.name.clone(),
        text,
        at: now(),
    };
    state
        .data
        .update(|d| {
            if let Some(p) = d.panels.iter_mut().find(|p| p.id == panel.id) {
                p.comments.push(comment);
            }
        })
        .await?;
    Ok(back_to(&auth.organisation, &panel.id))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CloseForm {
    outcome: String,
}

pub async fn close(
    State(state): State<AppState>,
    auth: Authorised<PanelManage>,
    Path(path): Path<PanelPath>,
    CsrfForm(form): CsrfForm<CloseForm>,
) -> Result<Response, PageError> {
    let panel = panel_for(
        &state,
        &auth,
        &path.id,
        |p, v| rules::can_manage(p, v) && p.is_open(),
        || tr!("cpms-panel-refused-close"),
    )
    .await?;
    if !rules::listed(&OUTCOMES, &form.outcome) {
        return Err(PageError::BadRequest(tr!("cpms-panel-choose-outcome")));
    }
    state
        .data
        .update(|d| {
            if let Some(p) = d.panels.iter_mut().find(|p| p.id == panel.id) {
                p.outcome = Some(form.outcome);
            }
        })
        .await?;
    Ok(back_to(&auth.organisation, &panel.id))
}
