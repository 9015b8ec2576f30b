//! "New application access": the four-step request wizard, the requester's list, and (in
//! `approvals`) the approvers' review page. The wizard carries its choices in the query
//! string, so every step is a plain link that can be bookmarked, reloaded or gone back
//! to; only the final submission writes anything.

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use ern_i18n::tr;
use serde::Deserialize;

use super::auth::SignedIn;
use super::forms::{CsrfForm, CsrfToken};
use super::pages::{
    AccessApplicationPage, AccessOrganisationPage, AccessPage, AccessProfilePage, AccessRecapPage,
    AccessRow, MessagePage, OrganisationRow, render,
};
use super::{AppState, PageError, encode};
use crate::access::{self, AccessRequest, NewRequest, SubmitOutcome};
use crate::clock::format_utc;

mod approvals;
pub use approvals::{approvals, decide, revoke};

/// As the seeds show it: "25 records per page", the default of the page-size selector.
const PAGE_SIZE: usize = 25;
/// The choices of "records per page".
const PAGE_SIZES: [usize; 4] = [10, 25, 50, 100];

/// The wizard's choices so far, from the query string (`profile` may repeat).
#[derive(Default)]
struct Wizard {
    application: String,
    network: String,
    country: String,
    organisation: String,
    search: String,
    page: usize,
    /// "records per page": one of `PAGE_SIZES`.
    per_page: usize,
    profiles: Vec<String>,
}

impl Wizard {
    fn parse(query: Option<String>) -> Self {
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_str(query.as_deref().unwrap_or_default()).unwrap_or_default();
        let mut wizard = Wizard {
            page: 1,
            per_page: PAGE_SIZE,
            ..Default::default()
        };
        for (name, value) in pairs {
            let value = value.trim().chars().take(200).collect::<String>();
            match name.as_str() {
                "application" => wizard.application = value,
                "network" => wizard.network = value,
                "country" => wizard.country = value,
                "organisation" => wizard.organisation = value,
                "search" => wizard.search = value,
                "page" => wizard.page = value.parse().unwrap_or(1).max(1),
                "per_page" => {
                    wizard.per_page = value
                        .parse()
                        .ok()
                        .filter(|n| PAGE_SIZES.contains(n))
                        .unwrap_or(PAGE_SIZE);
                }
                "profile" if wizard.profiles.len() < 20 => wizard.profiles.push(value),
                _ => {}
            }
        }
        wizard
    }

    fn organisation_url(&self, network: Option<&str>, country: Option<&str>) -> String {
        let mut url = format!(
            "/access/new/organisation?application={}",
            encode(&self.application)
        );
        if let Some(n) = network {
            url.push_str(&format!("&network={}", encode(n)));
        }
        if let Some(c) = country {
            url.push_str(&format!("&country={}", encode(c)));
        }
        if self.per_page != PAGE_SIZE {
            url.push_str(&format!("&per_page={}", self.per_page));
        }
        url
    }

    fn profile_url(&self) -> String {
        format!(
            "/access/new/profile?application={}&organisation={}",
            encode(&self.application),
            encode(&self.organisation)
        )
    }
}

fn matches(search: &str, text: &str) -> bool {
    search.is_empty() || text.to_lowercase().contains(&search.to_lowercase())
}

/// One page of rows, what it shows of how many, and the links to every page.
struct Paged<T> {
    rows: Vec<T>,
    /// "Showing 1 to 25 of 30 entries".
    showing: String,
    page: usize,
    pages: Vec<(usize, String)>,
}

fn paginate<T>(rows: Vec<T>, page: usize, size: usize, link: impl Fn(usize) -> String) -> Paged<T> {
    let total = rows.len();
    let count = total.div_ceil(size).max(1);
    let page = page.min(count);
    let start = (page - 1) * size;
    let rows: Vec<T> = rows.into_iter().skip(start).take(size).collect();
    Paged {
        showing: tr!(
            "access-showing",
            first = if total == 0 { 0 } else { start + 1 },
            last = start + rows.len(),
            total = total,
        ),
        page,
        pages: (1..=count).map(|n| (n, link(n))).collect(),
        rows,
    }
}

/// "Details" of a network on the wizard's organisation step.
fn network_details(network: &ern_catalogue::Network) -> String {
    tr!(
        "access-network-details",
        countries = network.countries.len(),
        institutions = network.institutions.len(),
        areas = network.thematic_areas.join("; "),
    )
}

/// "Details" of a country of a network.
fn country_details(
    catalogue: &ern_catalogue::Catalogue,
    network: &ern_catalogue::Network,
    code: &str,
    name: &str,
) -> String {
    // Guest Access is one of them, in every country.
    let institutions = catalogue
        .organisations(&network.code, code)
        .iter()
        .filter(|o| !o.is_guest())
        .count();
    tr!(
        "access-country-details",
        institutions = institutions,
        network = network.code.as_str(),
        country = name,
    )
}

/// "Details" of an institution (or of a country's Guest Access).
fn institution_details(
    catalogue: &ern_catalogue::Catalogue,
    organisation: &ern_catalogue::Organisation,
    network: &ern_catalogue::Network,
) -> String {
    let country = catalogue
        .country_name(&organisation.country)
        .unwrap_or(&organisation.country);
    match organisation.is_guest() {
        true => tr!(
            "access-guest-details",
            network = network.label(),
            country = country,
        ),
        false => tr!(
            "access-institution-details",
            institution = organisation.name.as_str(),
            country = country,
            network = network.label(),
        ),
    }
}

pub async fn my_requests(
    State(state): State<AppState>,
    user: SignedIn,
) -> Result<Response, PageError> {
    requests_page(&state, &user, None).await
}

async fn requests_page(
    state: &AppState,
    user: &SignedIn,
    notice: Option<&str>,
) -> Result<Response, PageError> {
    let requests = access::requests_of(state.store.as_ref(), &user.account.id).await?;
    let approver = !access::approver_networks(state, &user.account)
        .await?
        .is_empty();
    let rows = requests
        .iter()
        .map(|r| row(state, r, String::new()))
        .collect();
    Ok(render(
        StatusCode::OK,
        &AccessPage {
            site_name: &state.config.site_name,
            notice,
            approver,
            rows,
        },
    ))
}

fn row(state: &AppState, r: &AccessRequest, requester: String) -> AccessRow {
    AccessRow {
        id: r.id.clone(),
        requester,
        application: r.application.clone(),
        organisation: state.organisation_label(&r.organisation),
        profiles: r.profiles.join(", "),
        comment: r.comment.clone(),
        submitted: format_utc(r.created_at),
        status: if r.status == crate::access::Status::Pending && r.first_approval.is_some() {
            "access-status-first-approval"
        } else {
            r.status.key()
        },
        reason: r.reason.clone(),
    }
}

/// Step 1: select application.
pub async fn step_application(
    State(state): State<AppState>,
    _user: SignedIn,
    RawQuery(query): RawQuery,
) -> Response {
    let wizard = Wizard::parse(query);
    application_page(&state, &wizard, None, StatusCode::OK)
}

fn no_application(state: &AppState, wizard: &Wizard) -> Response {
    let error = tr!("access-select-application");
    application_page(
        state,
        wizard,
        Some(&error),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}

/// OK, or `failed` when the page shows an error.
fn page_status(error: Option<&str>, failed: StatusCode) -> StatusCode {
    if error.is_some() {
        failed
    } else {
        StatusCode::OK
    }
}

fn application_page(
    state: &AppState,
    wizard: &Wizard,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    // "[No value selected]" comes first, as in the seeds; what the link named is chosen.
    let applications = state
        .organisations
        .applications
        .iter()
        .map(|a| (a.code.clone(), a.name.clone(), a.code == wizard.application))
        .collect();
    render(
        status,
        &AccessApplicationPage {
            site_name: &state.config.site_name,
            step: 1,
            error,
            applications,
        },
    )
}

/// Step 2: select organisation, drilling down network -> country -> institution.
pub async fn step_organisation(
    State(state): State<AppState>,
    user: SignedIn,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let wizard = Wizard::parse(query);
    if state
        .organisations
        .application(&wizard.application)
        .is_none()
    {
        return Ok(no_application(&state, &wizard));
    }
    organisation_page(&state, &user, &wizard, None).await
}

async fn organisation_page(
    state: &AppState,
    user: &SignedIn,
    wizard: &Wizard,
    error: Option<&str>,
) -> Result<Response, PageError> {
    let catalogue = &state.organisations;
    let network = catalogue.network(&wizard.network);
    let country = network
        .filter(|n| n.countries.contains(&wizard.country))
        .map(|_| wizard.country.as_str());
    let mut crumbs = Vec::new();
    let (rows, up, choosing_institution): (Vec<OrganisationRow>, Option<String>, bool) =
        match (network, country) {
            (None, _) => {
                let rows = catalogue
                    .networks
                    .iter()
                    .filter(|n| matches(&wizard.search, &n.label()))
                    .map(|n| OrganisationRow {
                        value: wizard.organisation_url(Some(&n.code), None),
                        label: n.label(),
                        details: network_details(n),
                        submitted: false,
                        checked: false,
                    })
                    .collect();
                (rows, None, false)
            }
            (Some(n), None) => {
                crumbs.push(n.label());
                let rows = n
                    .countries
                    .iter()
                    .filter_map(|c| catalogue.country_name(c).map(|name| (c, name)))
                    .filter(|(_, name)| matches(&wizard.search, name))
                    .map(|(code, name)| OrganisationRow {
                        value: wizard.organisation_url(Some(&n.code), Some(code)),
                        label: name.to_owned(),
                        details: country_details(catalogue, n, code, name),
                        submitted: false,
                        checked: false,
                    })
                    .collect();
                (rows, Some(wizard.organisation_url(None, None)), false)
            }
            (Some(n), Some(c)) => {
                crumbs.push(n.label());
                crumbs.push(catalogue.country_name(c).unwrap_or(c).to_owned());
                let requests = access::requests_of(state.store.as_ref(), &user.account.id).await?;
                let submitted = access::submitted_organisations(&requests, &wizard.application);
                let rows = catalogue
                    .organisations(&n.code, c)
                    .into_iter()
                    .filter(|o| matches(&wizard.search, &o.label()))
                    .map(|o| OrganisationRow {
                        submitted: submitted.contains(&o.id()),
                        checked: o.id() == wizard.organisation,
                        details: institution_details(catalogue, &o, n),
                        value: o.id(),
                        label: o.label(),
                    })
                    .collect();
                (
                    rows,
                    Some(wizard.organisation_url(Some(&n.code), None)),
                    true,
                )
            }
        };
    let base = {
        let mut url = wizard.organisation_url(network.map(|n| n.code.as_str()), country);
        if !wizard.search.is_empty() {
            url.push_str(&format!("&search={}", encode(&wizard.search)));
        }
        url
    };
    let paged = paginate(rows, wizard.page, wizard.per_page, |n| {
        format!("{base}&page={n}")
    });
    let status = page_status(error, StatusCode::UNPROCESSABLE_ENTITY);
    Ok(render(
        status,
        &AccessOrganisationPage {
            site_name: &state.config.site_name,
            step: 2,
            error,
            application: &wizard.application,
            application_q: encode(&wizard.application),
            network: network.map(|n| n.code.as_str()),
            country,
            search: &wizard.search,
            per_page: wizard.per_page,
            page_sizes: &PAGE_SIZES,
            up,
            crumbs,
            choosing_institution,
            rows: paged.rows,
            showing: paged.showing,
            page: paged.page,
            pages: paged.pages,
        },
    ))
}

/// Step 3: select access profile.
pub async fn step_profile(
    State(state): State<AppState>,
    user: SignedIn,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let wizard = Wizard::parse(query);
    profile_step(&state, &user, &wizard, None).await
}

async fn profile_step(
    state: &AppState,
    user: &SignedIn,
    wizard: &Wizard,
    error: Option<&str>,
) -> Result<Response, PageError> {
    let Some(application) = state.organisations.application(&wizard.application) else {
        return Ok(no_application(state, wizard));
    };
    let Some(organisation) = state.organisations.organisation(&wizard.organisation) else {
        let error = tr!("access-select-organisation");
        return organisation_page(state, user, wizard, Some(&error)).await;
    };
    let requests = access::requests_of(state.store.as_ref(), &user.account.id).await?;
    let profiles = application
        .profiles
        .iter()
        .filter_map(|p| state.organisations.profile(p))
        .map(|p| super::pages::ProfileRow {
            status: access::profile_status(
                &requests,
                &application.code,
                &organisation.id(),
                &p.name,
            ),
            name: p.name.clone(),
            description: p.description.clone(),
            checked: wizard.profiles.contains(&p.name),
        })
        .collect();
    let status = page_status(error, StatusCode::UNPROCESSABLE_ENTITY);
    Ok(render(
        status,
        &AccessProfilePage {
            site_name: &state.config.site_name,
            step: 3,
            error,
            application: &application.code,
            organisation: &organisation.id(),
            organisation_label: &state.organisation_label(&organisation.id()),
            profiles,
            back: wizard.organisation_url(Some(&organisation.network), Some(&organisation.country)),
        },
    ))
}

/// Step 4: recap and comment.
pub async fn step_recap(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let wizard = Wizard::parse(query);
    if state
        .organisations
        .organisation(&wizard.organisation)
        .is_none()
        || state
            .organisations
            .application(&wizard.application)
            .is_none()
    {
        return profile_step(&state, &user, &wizard, None).await;
    }
    if wizard.profiles.is_empty() {
        let error = tr!("access-select-profile");
        return profile_step(&state, &user, &wizard, Some(&error)).await;
    }
    Ok(recap_page(&state, &csrf, &wizard, "", None))
}

fn recap_page(
    state: &AppState,
    csrf: &str,
    wizard: &Wizard,
    comment: &str,
    error: Option<&str>,
) -> Response {
    let mut back = wizard.profile_url();
    for p in &wizard.profiles {
        back.push_str(&format!("&profile={}", encode(p)));
    }
    let status = page_status(error, StatusCode::CONFLICT);
    render(
        status,
        &AccessRecapPage {
            site_name: &state.config.site_name,
            step: 4,
            error,
            csrf,
            application: &wizard.application,
            organisation: &wizard.organisation,
            organisation_label: &state.organisation_label(&wizard.organisation),
            profiles: &wizard.profiles.join(", "),
            comment,
            back,
        },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SubmitForm {
    application: String,
    organisation: String,
    /// The recap carries the chosen profiles as one comma-separated field.
    profiles: String,
    comment: String,
}

pub async fn submit(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    CsrfForm(form): CsrfForm<SubmitForm>,
) -> Result<Response, PageError> {
    let new = NewRequest {
        application: form.application,
        organisation: form.organisation,
        profiles: form
            .profiles
            .split(',')
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect(),
        comment: form.comment,
    };
    match state.submit_access_request(&user.account, &new).await? {
        SubmitOutcome::Submitted(request) => Ok(render(
            StatusCode::OK,
            &MessagePage {
                site_name: &state.config.site_name,
                title: &tr!("access-submitted-title"),
                paragraphs: vec![
                    tr!(
                        "access-submitted-what",
                        profiles = request.profiles.join(", "),
                        organisation = state.organisation_label(&request.organisation),
                        application = request.application.as_str(),
                    ),
                    tr!("access-submitted-wait"),
                ],
                link: Some(("/access", &tr!("access-my-title"))),
            },
        )),
        SubmitOutcome::Refused(message) => {
            let wizard = Wizard {
                application: new.application,
                organisation: new.organisation,
                profiles: new.profiles,
                ..Default::default()
            };
            Ok(recap_page(
                &state,
                &csrf,
                &wizard,
                &new.comment,
                Some(&message),
            ))
        }
    }
}
