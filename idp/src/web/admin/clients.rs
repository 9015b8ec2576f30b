//! Clients (relying parties): list, add (the secret shown once), change redirect URIs,
//! rotate the secret, remove. The command line (`idp client ...`) does the same and more
//! (keys, DPoP, pairwise subjects, profiles): the console covers the everyday changes.

use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use ern_i18n::tr;
use serde::Deserialize;

use super::views::{Client as ClientPage, ClientRow, Clients, Secret};
use super::{Administrator, outcome};
use crate::clients::{self, Client, NewClient};
use crate::web::forms::{CsrfForm, CsrfToken};
use crate::web::pages::render;
use crate::web::{AppState, PageError, encode};

const PAGE: usize = 25;

/// How the client proves who it is: a key of the catalogue.
fn kind(client: &Client) -> &'static str {
    if client.jwks.is_some() || client.jwks_uri.is_some() {
        "admin-kind-keys"
    } else if client.secret_hash.is_some() {
        "admin-kind-secret"
    } else {
        "admin-kind-public"
    }
}

/// One redirect URI per line, blank lines ignored.
fn uris(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

async fn list_page(
    state: &AppState,
    csrf: &str,
    page: usize,
    error: Option<&str>,
    status: StatusCode,
) -> Result<Response, PageError> {
    // Clients are few (a registry, not a population): read whole, shown 25 at a time.
    let all = clients::list(state.store.as_ref()).await?;
    let count = all.len().div_ceil(PAGE).max(1);
    let page = page.clamp(1, count);
    let rows = all
        .iter()
        .skip((page - 1) * PAGE)
        .take(PAGE)
        .map(|c| ClientRow {
            id: c.id.clone(),
            name: c.name.clone(),
            kind: kind(c),
            redirect_uris: c.redirect_uris.join(" "),
        })
        .collect();
    Ok(render(
        status,
        &Clients {
            site_name: &state.config.site_name,
            csrf,
            rows,
            pages: (1..=count)
                .map(|n| (n, format!("/admin/clients?page={n}")))
                .collect(),
            page,
            error,
        },
    ))
}

pub async fn list(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    _admin: Administrator,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let page = serde_urlencoded::from_str::<Vec<(String, String)>>(query.as_deref().unwrap_or(""))
        .unwrap_or_default()
        .into_iter()
        .find(|(k, _)| k == "page")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(1);
    list_page(&state, &csrf, page, None, StatusCode::OK).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AddForm {
    id: String,
    name: String,
    kind: String,
    redirect_uris: String,
}

pub async fn add(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    admin: Administrator,
    CsrfForm(form): CsrfForm<AddForm>,
) -> Result<Response, PageError> {
    let new = NewClient {
        id: form.id.trim().to_owned(),
        name: Some(form.name.trim().to_owned()).filter(|n| !n.is_empty()),
        public: form.kind == "public",
        redirect_uris: uris(&form.redirect_uris),
        ..Default::default()
    };
    match state.admin_add_client(&admin.operator, new).await? {
        Ok((client, secret)) => Ok(match secret {
            Some(secret) => render(
                StatusCode::CREATED,
                &Secret {
                    site_name: &state.config.site_name,
                    title: &tr!("admin-client-added-title"),
                    id: &client.id,
                    secret: &secret,
                },
            ),
            None => outcome(
                &state,
                StatusCode::CREATED,
                &tr!("admin-client-added-title"),
                tr!("admin-client-added-public", id = client.id.as_str()),
                "/admin/clients",
            ),
        }),
        Err(why) => {
            list_page(
                &state,
                &csrf,
                1,
                Some(&why),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

async fn client_page(
    state: &AppState,
    csrf: &str,
    id: &str,
    error: Option<&str>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let client = clients::get(state.store.as_ref(), id)
        .await?
        .ok_or(PageError::NotFound)?;
    Ok(render(
        status,
        &ClientPage {
            site_name: &state.config.site_name,
            csrf,
            id: &client.id,
            name: &client.name,
            kind: kind(&client),
            has_secret: client.secret_hash.is_some(),
            redirect_uris: client.redirect_uris.join("\n"),
            error,
        },
    ))
}

pub async fn show(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    _admin: Administrator,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    client_page(&state, &csrf, &id, None, StatusCode::OK).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UrisForm {
    redirect_uris: String,
}

pub async fn set_redirect_uris(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    admin: Administrator,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<UrisForm>,
) -> Result<Response, PageError> {
    match state
        .admin_set_redirect_uris(&admin.operator, &id, uris(&form.redirect_uris))
        .await?
    {
        Ok(client) => Ok(outcome(
            &state,
            StatusCode::OK,
            &tr!("admin-uris-saved-title"),
            tr!(
                "admin-uris-saved-text",
                id = client.id.as_str(),
                uris = client.redirect_uris.join(", "),
            ),
            &format!("/admin/clients/{}", encode(&id)),
        )),
        Err(why) => {
            client_page(
                &state,
                &csrf,
                &id,
                Some(&why),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

#[derive(Deserialize, Default)]
pub struct EmptyForm {}

pub async fn rotate_secret(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    admin: Administrator,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, PageError> {
    match state.admin_rotate_secret(&admin.operator, &id).await? {
        Ok(secret) => Ok(render(
            StatusCode::OK,
            &Secret {
                site_name: &state.config.site_name,
                title: &tr!("admin-secret-rotated-title"),
                id: &id,
                secret: &secret,
            },
        )),
        Err(why) => client_page(&state, &csrf, &id, Some(&why), StatusCode::CONFLICT).await,
    }
}

pub async fn remove(
    State(state): State<AppState>,
    admin: Administrator,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
) -> Result<Response, PageError> {
    if !state.admin_remove_client(&admin.operator, &id).await? {
        return Err(PageError::NotFound);
    }
    Ok(outcome(
        &state,
        StatusCode::OK,
        &tr!("admin-client-removed-title"),
        tr!("admin-client-removed-text", id = id.as_str()),
        "/admin/clients",
    ))
}
