//! The landing page, the dashboard, ERN preferences and an organisation's home.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use ern_i18n::{filters, tr};

use super::auth::{Authorised, Chrome, User, organisation_label};
use super::error::render;
use super::forms::CsrfForm;
use super::{AppState, PageError};
use crate::data::Preferences;
use crate::profiles::Profile;
use crate::rules::{self, AnyProfile, Rule};

#[derive(Template)]
#[template(path = "cpms/landing.html")]
struct Landing {
    chrome: Chrome,
    register_url: String,
    access_request_url: String,
    provider_login: bool,
    contact: Option<Contact>,
}

/// The "contact us" sentence around its mail link: translated whole, with the address
/// as a placeholder, then cut where the address goes.
struct Contact {
    before: String,
    address: String,
    after: String,
}

impl Contact {
    fn new(address: String) -> Contact {
        const MARK: &str = "\u{1}";
        let sentence = tr!("cpms-landing-contact-email", address = MARK);
        let (before, after) = sentence.split_once(MARK).unwrap_or((&sentence, ""));
        Contact {
            before: before.to_owned(),
            after: after.to_owned(),
            address,
        }
    }
}

pub async fn landing(State(state): State<AppState>, chrome: Chrome) -> Response {
    render(
        StatusCode::OK,
        &Landing {
            chrome,
            register_url: state.config.register_url(),
            access_request_url: state.config.access_request_url(),
            provider_login: state.config.client_secret.is_some(),
            contact: state.config.support_email.clone().map(Contact::new),
        },
    )
}

pub struct OrganisationRow {
    pub id: String,
    pub label: String,
    pub profiles: String,
}

#[derive(Template)]
#[template(path = "cpms/dashboard.html")]
struct Dashboard {
    chrome: Chrome,
    name: String,
    organisations: Vec<OrganisationRow>,
    access_request_url: String,
}

pub async fn dashboard(State(state): State<AppState>, user: User) -> Response {
    let mut by_org: BTreeMap<String, Vec<Profile>> = BTreeMap::new();
    for role in &user.session.roles {
        by_org
            .entry(role.organisation.clone())
            .or_default()
            .push(role.profile);
    }
    let organisations = by_org
        .into_iter()
        .map(|(id, profiles)| OrganisationRow {
            label: organisation_label(&state, &id),
            profiles: serde_json::to_string(&profiles.iter().map(|p| p.name()).collect::<Vec<_>>())
                .unwrap_or_default(),
            id,
        })
        .collect();
    render(
        StatusCode::OK,
        &Dashboard {
            name: user.session.name.clone(),
            chrome: user.chrome,
            organisations,
            access_request_url: state.config.access_request_url(),
        },
    )
}

pub struct AreaBox {
    pub id: String,
    pub value: String,
    pub name: String,
    pub checked: bool,
}

pub struct NetworkAreas {
    pub code: String,
    pub label: String,
    pub areas: Vec<AreaBox>,
    /// The "None" row: ticked when preferences were saved with no area of this network.
    pub none_checked: bool,
}

#[derive(Template)]
#[template(path = "cpms/preferences.html")]
struct PreferencesPage {
    chrome: Chrome,
    professional_role: String,
    /// The roles to choose from, as stored and as shown: the list, and a saved role no
    /// longer in it.
    roles: Vec<(String, String)>,
    networks: Vec<NetworkAreas>,
    first_time: bool,
    error: Option<String>,
}

/// The networks the user has a role in, in order.
fn networks_of(user: &User) -> Vec<String> {
    let mut networks: Vec<String> = user
        .session
        .roles
        .iter()
        .map(|r| r.network.clone())
        .collect();
    networks.sort();
    networks.dedup();
    networks
}

fn preferences_page(
    state: &AppState,
    user: User,
    current: Option<Preferences>,
    error: Option<String>,
) -> Response {
    let first_time = current.is_none();
    let current = current.unwrap_or_default();
    let mut roles: Vec<(String, String)> = rules::PROFESSIONAL_ROLES
        .iter()
        .map(|(role, key)| ((*role).to_owned(), tr!(key)))
        .collect();
    let saved = &current.professional_role;
    if !saved.is_empty() && !rules::listed(rules::PROFESSIONAL_ROLES, saved) {
        roles.push((saved.clone(), saved.clone()));
    }
    let networks = networks_of(&user)
        .into_iter()
        .map(|code| {
            let network = state.catalogue.network(&code);
            let chosen = current.areas.get(&code).cloned();
            let none_checked = chosen.as_ref().is_some_and(Vec::is_empty) && !first_time;
            let chosen = chosen.unwrap_or_default();
            NetworkAreas {
                code: code.clone(),
                none_checked,
                label: network.map_or_else(|| code.clone(), |n| n.label()),
                areas: network
                    .map(|n| n.thematic_areas.as_slice())
                    .unwrap_or_default()
                    .iter()
                    .enumerate()
                    .map(|(i, area)| AreaBox {
                        id: format!("area-{code}-{i}"),
                        value: format!("{code}|{area}"),
                        name: area.clone(),
                        checked: chosen.contains(area),
                    })
                    .collect(),
            }
        })
        .collect();
    let status = if error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    render(
        status,
        &PreferencesPage {
            chrome: user.chrome,
            professional_role: current.professional_role,
            roles,
            networks,
            first_time,
            error,
        },
    )
}

pub async fn preferences_form(State(state): State<AppState>, user: User) -> Response {
    let current = state
        .data
        .read(|d| {
            d.members
                .get(&user.session.member)
                .and_then(|m| m.preferences.clone())
        })
        .await;
    preferences_page(&state, user, current, None)
}

/// Saves "My professional role" and the chosen thematic areas (only areas of networks the
/// user has a role in, as the catalogue names them).
pub async fn preferences_submit(
    State(state): State<AppState>,
    user: User,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let role_text = fields
        .iter()
        .find(|(k, _)| k == "professional_role")
        .map(|(_, v)| v.as_str())
        .unwrap_or_default();
    let networks = networks_of(&user);
    let mut areas: BTreeMap<String, Vec<String>> =
        networks.iter().map(|n| (n.clone(), Vec::new())).collect();
    for (_, value) in fields.iter().filter(|(k, _)| k == "area") {
        let Some((network, area)) = value.split_once('|') else {
            return Err(PageError::BadRequest(tr!("cpms-preferences-unknown-area")));
        };
        let known = state
            .catalogue
            .network(network)
            .is_some_and(|n| n.thematic_areas.iter().any(|a| a == area));
        match areas.get_mut(network) {
            Some(list) if known => {
                if !list.iter().any(|a| a == area) {
                    list.push(area.to_owned());
                }
            }
            _ => return Err(PageError::BadRequest(tr!("cpms-preferences-unknown-area"))),
        }
    }
    let none: Vec<&str> = fields
        .iter()
        .filter(|(k, _)| k == "none")
        .map(|(_, v)| v.as_str())
        .collect();
    let contradiction = areas.iter().find_map(|(network, list)| {
        rules::none_or_areas(network, none.contains(&network.as_str()), list).err()
    });
    let checked = match contradiction {
        Some(problem) => Err(problem),
        None => rules::professional_role(role_text),
    };
    let professional_role = match checked {
        Ok(v) => v,
        Err(problem) => {
            let attempt = Preferences {
                professional_role: role_text.to_owned(),
                areas,
            };
            return Ok(preferences_page(&state, user, Some(attempt), Some(problem)));
        }
    };
    let preferences = Preferences {
        professional_role,
        areas,
    };
    let member = user.session.member.clone();
    let saved = state
        .data
        .update(|d| match d.members.get_mut(&member) {
            Some(m) => {
                m.preferences = Some(preferences);
                true
            }
            None => false,
        })
        .await?;
    if !saved {
        return Err(PageError::NotSignedIn);
    }
    Ok(Redirect::to("/dashboard").into_response())
}

pub struct Link {
    pub href: String,
    /// The catalogue key of the page's name (`Rule::PAGE`).
    pub text: &'static str,
}

#[derive(Template)]
#[template(path = "cpms/organisation.html")]
struct OrganisationPage {
    chrome: Chrome,
    guest_only: bool,
    label: String,
    profiles: String,
    links: Vec<Link>,
}

/// The pages of an organisation, as links, for the profiles held there.
pub async fn organisation(auth: Authorised<AnyProfile>) -> Response {
    let org = &auth.organisation;
    let candidates: [(&[Profile], String, &'static str); 5] = [
        (
            rules::PanelsView::ALLOWED,
            format!("/o/{org}/panels"),
            rules::PanelsView::PAGE,
        ),
        (
            rules::PanelCreate::ALLOWED,
            format!("/o/{org}/panels/new"),
            rules::PanelCreate::PAGE,
        ),
        (
            rules::Kpis::ALLOWED,
            format!("/o/{org}/kpis"),
            rules::Kpis::PAGE,
        ),
        (
            rules::Assistance::ALLOWED,
            format!("/o/{org}/assistance"),
            rules::Assistance::PAGE,
        ),
        (
            rules::Reports::ALLOWED,
            format!("/o/{org}/reports"),
            rules::Reports::PAGE,
        ),
    ];
    let links = candidates
        .into_iter()
        .filter(|(allowed, _, _)| auth.profiles.iter().any(|p| allowed.contains(p)))
        .map(|(_, href, text)| Link { href, text })
        .collect();
    render(
        StatusCode::OK,
        &OrganisationPage {
            guest_only: auth.profiles == [Profile::Guest],
            label: auth.organisation_label.clone(),
            profiles: auth
                .profiles
                .iter()
                .map(|p| p.name())
                .collect::<Vec<_>>()
                .join(", "),
            links,
            chrome: auth.user.chrome,
        },
    )
}
