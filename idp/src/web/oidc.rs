//! The OpenID Connect endpoints over HTTP. Browser-facing ones answer with pages and
//! redirects; machine-facing ones (token, userinfo, revocation, introspection) with JSON
//! and RFC 6749 error codes.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use base64::Engine;
use serde::Deserialize;
use serde_json::json;

use super::auth::{SignedIn, browser_id, current_browser_id, session_token};
use super::forms::{CsrfForm, CsrfToken};
use super::pages::{ConsentPage, FormPostPage, SecondFactorPage, render};
use super::{AppState, PageError, encode_pair};
use crate::clients;
use crate::oidc::OidcError;
use crate::oidc::authorize::{
    AuthorizationRequest, AuthorizeError, ClientRedirect, NextStep, PendingAuthorization,
    PendingLookup, ResponseMode,
};
use crate::oidc::client_auth::ClientCredentials;
use crate::oidc::token::TokenRequest;

/// A public document served from memory: `ETag`, `304` for a matching `If-None-Match`,
/// cacheable for a minute, readable from any origin.
fn cached_document(headers: &HeaderMap, document: &(Vec<u8>, String)) -> Response {
    let (body, etag) = document;
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|tags| tags.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let mut response = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        ([(header::CONTENT_TYPE, "application/json")], body.clone()).into_response()
    };
    let out = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(etag) {
        out.insert(header::ETAG, value);
    }
    out.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=60"),
    );
    super::cors::public(&mut response);
    response
}

pub async fn discovery(State(state): State<AppState>, headers: HeaderMap) -> Response {
    cached_document(&headers, &state.discovery_bytes())
}

pub async fn jwks(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let snapshot = state
        .keys
        .snapshot(state.now())
        .await
        .map_err(crate::error::Error::from)?;
    Ok(cached_document(&headers, &snapshot.jwks))
}

// ---- authorization ----

fn message(state: &AppState, status: StatusCode, title: &str, text: String) -> Response {
    super::pages::message(
        &state.config.site_name,
        status,
        title,
        text,
        ("/account", &ern_i18n::tr!("oidc-go-to-account")),
    )
}

fn to_client(redirect: ClientRedirect) -> Response {
    match redirect.mode {
        ResponseMode::Query => {
            let query: Vec<String> = redirect
                .params
                .iter()
                .map(|(k, v)| encode_pair(k, v))
                .collect();
            let separator = if redirect.redirect_uri.contains('?') {
                '&'
            } else {
                '?'
            };
            Redirect::to(&format!(
                "{}{separator}{}",
                redirect.redirect_uri,
                query.join("&")
            ))
            .into_response()
        }
        ResponseMode::FormPost => render(
            StatusCode::OK,
            &FormPostPage {
                action: &redirect.redirect_uri,
                params: &redirect.params,
            },
        ),
    }
}

fn next_step(state: &AppState, step: Result<NextStep, AuthorizeError>) -> Response {
    match step {
        Ok(NextStep::SignIn {
            pending_id,
            login_hint,
        }) => {
            let next = format!("/authorize/resume?id={pending_id}");
            let mut to = format!("/login?{}", encode_pair("next", &next));
            if let Some(hint) = login_hint {
                to.push('&');
                to.push_str(&encode_pair("email", &hint));
            }
            Redirect::to(&to).into_response()
        }
        Ok(NextStep::SecondFactor { pending_id, .. }) => {
            Redirect::to(&format!("/login/second-factor?id={pending_id}")).into_response()
        }
        Ok(NextStep::Consent { pending_id }) => {
            Redirect::to(&format!("/authorize/consent?id={pending_id}")).into_response()
        }
        Ok(NextStep::Respond(redirect)) | Err(AuthorizeError::Redirect(redirect)) => {
            to_client(redirect)
        }
        Err(AuthorizeError::Page(text)) => message(
            state,
            StatusCode::BAD_REQUEST,
            &ern_i18n::tr!("oidc-request-unusable"),
            text,
        ),
    }
}

async fn current_session(
    state: &AppState,
    jar: &CookieJar,
) -> Result<Option<(crate::sessions::Session, crate::accounts::Account)>, PageError> {
    match session_token(state, jar) {
        Some(token) => Ok(state.session(&token).await?),
        None => Ok(None),
    }
}

async fn authorize(
    state: AppState,
    jar: CookieJar,
    request: AuthorizationRequest,
) -> Result<Response, PageError> {
    let session = current_session(&state, &jar).await?;
    let current_sid = session.as_ref().map(|(s, _)| s.auth_mark());
    let (browser, jar) = browser_id(&state, jar);
    let (pending, client) = match state
        .begin_authorization(&request, current_sid.as_deref(), &browser)
        .await?
    {
        Ok(begun) => begun,
        Err(e) => return Ok((jar, next_step(&state, Err(e))).into_response()),
    };
    let jar = super::language::follow_ui_locales(
        jar,
        pending.ui_locales.as_deref(),
        state.config.secure_cookies(),
    );
    let step = state
        .decide_new(&pending, &client, session.as_ref())
        .await?;
    Ok((jar, next_step(&state, step)).into_response())
}

pub async fn authorize_get(
    State(state): State<AppState>,
    jar: CookieJar,
    Query(request): Query<AuthorizationRequest>,
) -> Result<Response, PageError> {
    authorize(state, jar, request).await
}

/// OpenID Connect allows the request as a form POST too (no CSRF token: it comes from the
/// relying party, and it changes nothing until the user signs in and agrees).
pub async fn authorize_post(
    State(state): State<AppState>,
    jar: CookieJar,
    body: Bytes,
) -> Result<Response, PageError> {
    let request: AuthorizationRequest = serde_urlencoded::from_bytes(&body)
        .map_err(|_| PageError::BadRequest("oidc-request-malformed"))?;
    // A cross-site POST arrives without the browser's SameSite=Lax cookies, so a browser
    // id minted here would replace the one the browser has (its pending sign-ins in other
    // tabs would then belong to "another browser"). The same request as a GET carries
    // them: send the browser there.
    if current_browser_id(&jar).is_none() {
        let query = serde_urlencoded::to_string(
            serde_urlencoded::from_bytes::<Vec<(String, String)>>(&body)
                .map_err(|_| PageError::BadRequest("oidc-request-malformed"))?,
        )
        .map_err(|_| PageError::BadRequest("oidc-request-malformed"))?;
        if query.len() <= 8192 {
            return Ok(Redirect::to(&format!("/authorize?{query}")).into_response());
        }
    }
    authorize(state, jar, request).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct IdQuery {
    id: String,
}

fn request_gone(state: &AppState) -> Response {
    message(
        state,
        StatusCode::GONE,
        &ern_i18n::tr!("oidc-request-expired-title"),
        ern_i18n::tr!("oidc-start-again"),
    )
}

/// The pending request `id` if this browser started it; otherwise the page to show.
async fn pending_here(
    state: &AppState,
    jar: &CookieJar,
    id: &str,
) -> Result<Result<PendingAuthorization, Response>, PageError> {
    let browser = current_browser_id(jar);
    Ok(
        match state.pending_for_browser(id, browser.as_deref()).await? {
            PendingLookup::Found(pending) => Ok(*pending),
            PendingLookup::Gone => Err(request_gone(state)),
            PendingLookup::OtherBrowser => Err(message(
                state,
                StatusCode::FORBIDDEN,
                &ern_i18n::tr!("oidc-other-browser-title"),
                ern_i18n::tr!("oidc-other-browser"),
            )),
        },
    )
}

pub async fn resume(
    State(state): State<AppState>,
    jar: CookieJar,
    Query(q): Query<IdQuery>,
) -> Result<Response, PageError> {
    let pending = match pending_here(&state, &jar, &q.id).await? {
        Ok(pending) => pending,
        Err(page) => return Ok(page),
    };
    let session = current_session(&state, &jar).await?;
    let step = state
        .continue_authorization(&pending, session.as_ref())
        .await?;
    Ok(next_step(&state, step))
}

/// The keys of what the application receives, one per scope it asked for.
fn scope_descriptions(scopes: &[String]) -> Vec<&'static str> {
    let mut items = vec!["oidc-scope-subject"];
    for scope in scopes {
        match scope.as_str() {
            "profile" => items.push("oidc-scope-profile"),
            "email" => items.push("oidc-scope-email"),
            "phone" => items.push("oidc-scope-phone"),
            "offline_access" => items.push("oidc-scope-offline"),
            _ => {}
        }
    }
    items
}

pub async fn consent_form(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    jar: CookieJar,
    _user: SignedIn,
    Query(q): Query<IdQuery>,
) -> Result<Response, PageError> {
    let pending = match pending_here(&state, &jar, &q.id).await? {
        Ok(pending) => pending,
        Err(page) => return Ok(page),
    };
    let client = clients::get(state.store.as_ref(), &pending.client_id)
        .await?
        .ok_or(PageError::NotFound)?;
    Ok(render(
        StatusCode::OK,
        &ConsentPage {
            site_name: &state.config.site_name,
            csrf: &csrf,
            id: &pending.id,
            client_name: &client.name,
            items: scope_descriptions(&pending.scopes),
        },
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ConsentAnswer {
    id: String,
    decision: String,
}

pub async fn consent_submit(
    State(state): State<AppState>,
    jar: CookieJar,
    user: SignedIn,
    CsrfForm(answer): CsrfForm<ConsentAnswer>,
) -> Result<Response, PageError> {
    let allow = answer.decision == "allow";
    let pending = match pending_here(&state, &jar, &answer.id).await? {
        Ok(pending) => pending,
        Err(page) => return Ok(page),
    };
    match state.answer_consent(pending, &user.account, allow).await? {
        Err(e) => Ok(next_step(&state, Err(e))),
        Ok(pending) => {
            let session = (user.session, user.account);
            let step = state
                .continue_authorization(&pending, Some(&session))
                .await?;
            Ok(next_step(&state, step))
        }
    }
}

pub async fn second_factor(
    State(state): State<AppState>,
    jar: CookieJar,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    Query(q): Query<IdQuery>,
) -> Result<Response, PageError> {
    let pending = match pending_here(&state, &jar, &q.id).await? {
        Ok(pending) => pending,
        Err(page) => return Ok(page),
    };
    let high = pending.required_acr == crate::clients::Acr::High;
    // Only the methods that reach the level are offered: no way round in a loop.
    let has_phone = !high && user.account.verified_phones().next().is_some();
    let has_token = !high && !user.account.tokens.is_empty();
    let has_device = !high && !user.account.devices.is_empty();
    let has_key = !user.account.security_keys.is_empty();
    let client = clients::get(state.store.as_ref(), &pending.client_id)
        .await?
        .ok_or(PageError::NotFound)?;
    Ok(render(
        StatusCode::FORBIDDEN,
        &SecondFactorPage {
            site_name: &state.config.site_name,
            client_name: &client.name,
            level: pending.required_acr.name(),
            high,
            has_phone,
            has_token,
            has_device,
            has_key,
            next_encoded: &super::encode(&format!("/authorize/resume?id={}", pending.id)),
            csrf: &csrf,
            pending_id: &pending.id,
        },
    ))
}

#[derive(Deserialize)]
pub struct CancelForm {
    id: String,
}

/// "Cancel" on the step-up page: back to the application with
/// `unmet_authentication_requirements` (only from the browser that started the request).
pub async fn cancel(
    State(state): State<AppState>,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<CancelForm>,
) -> Result<Response, PageError> {
    let pending = match pending_here(&state, &jar, &form.id).await? {
        Ok(pending) => pending,
        Err(page) => return Ok(page),
    };
    Ok(to_client(state.cancel_authorization(&pending).await?))
}

// ---- machine endpoints ----

pub(super) fn oauth_error(e: OidcError) -> Response {
    let (status, error, description) = match e {
        OidcError::OAuth(e) => {
            let status = match e.error {
                "invalid_client" | "invalid_token" => StatusCode::UNAUTHORIZED,
                "insufficient_scope" => StatusCode::FORBIDDEN,
                _ => StatusCode::BAD_REQUEST,
            };
            (status, e.error, e.description)
        }
        OidcError::Internal(e) => {
            let status = if e.is_temporary() {
                StatusCode::SERVICE_UNAVAILABLE
            } else {
                StatusCode::INTERNAL_SERVER_ERROR
            };
            tracing::error!(code = e.code(), error = %e, "OAuth endpoint failed");
            let error = if e.is_temporary() {
                "temporarily_unavailable"
            } else {
                "server_error"
            };
            (status, error, "please try again later".to_owned())
        }
    };
    let mut response = (
        status,
        Json(json!({ "error": error, "error_description": description })),
    )
        .into_response();
    let headers = response.headers_mut();
    match error {
        "invalid_client" => {
            headers.insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Basic realm=\"token\""),
            );
        }
        "invalid_token" | "insufficient_scope" => {
            let value = format!("Bearer error=\"{error}\"");
            if let Ok(value) = HeaderValue::from_str(&value) {
                headers.insert(header::WWW_AUTHENTICATE, value);
            }
        }
        _ => {}
    }
    headers.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    response
}

/// Form parameters, refusing repeated ones (RFC 6749 3.2: none may appear twice).
pub(super) fn form_pairs(
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<Vec<(String, String)>, OidcError> {
    let is_form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let bad = |d: &str| OidcError::OAuth(crate::oidc::OAuthError::new("invalid_request", d));
    if !is_form {
        return Err(bad("the body must be application/x-www-form-urlencoded"));
    }
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(body).map_err(|_| bad("the body is malformed"))?;
    let mut names: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
    names.sort_unstable();
    if names.windows(2).any(|w| w[0] == w[1]) {
        return Err(bad("a parameter appears more than once"));
    }
    Ok(pairs)
}

pub(super) fn param(pairs: &[(String, String)], name: &str) -> Option<String> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
}

/// client_secret_basic: `Basic base64(urlencode(id) ":" urlencode(secret))` (RFC 6749 2.3.1).
fn basic_credentials(headers: &HeaderMap) -> Result<Option<(String, String)>, OidcError> {
    let Some(value) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    else {
        return Ok(None);
    };
    let Some(encoded) = value.strip_prefix("Basic ") else {
        return Ok(None);
    };
    let invalid = || {
        OidcError::OAuth(crate::oidc::OAuthError::new(
            "invalid_client",
            "malformed Basic credentials",
        ))
    };
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .map_err(|_| invalid())?;
    let text = String::from_utf8(decoded).map_err(|_| invalid())?;
    let (id, secret) = text.split_once(':').ok_or_else(invalid)?;
    let unescape = |s: &str| {
        serde_urlencoded::from_str::<Vec<(String, String)>>(&format!("v={s}"))
            .ok()
            .and_then(|mut v| v.pop())
            .map(|(_, v)| v)
            .ok_or_else(invalid)
    };
    Ok(Some((unescape(id)?, unescape(secret)?)))
}

/// The client a token or revocation request names (form `client_id`, or Basic auth),
/// before it is authenticated: only to decide who may read the answer (CORS).
fn named_client(headers: &HeaderMap, body: &Bytes) -> Option<String> {
    let pairs = form_pairs(headers, body).ok()?;
    param(&pairs, "client_id")
        .or_else(|| basic_credentials(headers).ok().flatten().map(|(id, _)| id))
}

async fn authenticated(
    state: &AppState,
    headers: &HeaderMap,
    pairs: &[(String, String)],
    allow_public: bool,
    endpoint: &str,
) -> Result<clients::Client, OidcError> {
    let credentials = ClientCredentials {
        basic: basic_credentials(headers)?,
        form_id: param(pairs, "client_id"),
        form_secret: param(pairs, "client_secret"),
        assertion_type: param(pairs, "client_assertion_type"),
        assertion: param(pairs, "client_assertion"),
    };
    state
        .authenticate_client(&credentials, allow_public, endpoint)
        .await
}

pub(super) fn no_store(value: impl serde::Serialize) -> Response {
    let mut response = Json(value).into_response();
    response
        .headers_mut()
        .insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    response
}

pub async fn token(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let result = async {
        let pairs = form_pairs(&headers, &body)?;
        // Before the client's own proof, so that a nonce round trip costs no assertion.
        let proof = super::dpop::proof(&state, &headers, "POST", "/token", None, true).await?;
        let client = authenticated(&state, &headers, &pairs, true, "/token").await?;
        super::dpop::check_alg(&client, proof.as_ref())?;
        let request = TokenRequest {
            grant_type: param(&pairs, "grant_type").unwrap_or_default(),
            code: param(&pairs, "code"),
            redirect_uri: param(&pairs, "redirect_uri"),
            code_verifier: param(&pairs, "code_verifier"),
            refresh_token: param(&pairs, "refresh_token"),
            scope: param(&pairs, "scope"),
            dpop_jkt: proof.map(|p| p.jkt),
        };
        state.token(&client, &request).await
    }
    .await;
    let response = super::dpop::with_nonce(&state, result.map_or_else(oauth_error, no_store));
    super::cors::for_client(&state, &headers, || named_client(&headers, &body), response).await
}

/// Userinfo lives with the DPoP edge (`super::dpop`), which most of it is about.
pub use super::dpop::userinfo;

/// RFC 9126: the client pushes its authorization request and gets a `request_uri`.
pub async fn par(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let result = async {
        let pairs = form_pairs(&headers, &body)?;
        let proof = super::dpop::proof(&state, &headers, "POST", "/par", None, true).await?;
        let client = authenticated(&state, &headers, &pairs, true, "/par").await?;
        super::dpop::check_alg(&client, proof.as_ref())?;
        let request: AuthorizationRequest = serde_urlencoded::from_bytes(&body).map_err(|_| {
            OidcError::OAuth(crate::oidc::OAuthError::new(
                "invalid_request",
                "the body is malformed",
            ))
        })?;
        // RFC 9449 10.1: a proof at PAR binds the code to its key, as dpop_jkt does; bound
        // after any request object is opened (its parameters are the request).
        let request_uri = state
            .push_authorization(&client, request, proof.map(|p| p.jkt))
            .await??;
        Ok::<_, OidcError>(json!({
            "request_uri": request_uri,
            "expires_in": crate::oidc::par::PUSHED_LIFETIME_SECONDS,
        }))
    }
    .await;
    let response = match result {
        Ok(value) => (StatusCode::CREATED, no_store(value)).into_response(),
        Err(e) => oauth_error(e),
    };
    super::dpop::with_nonce(&state, response)
}

pub async fn revoke(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let result = async {
        let pairs = form_pairs(&headers, &body)?;
        let client = authenticated(&state, &headers, &pairs, true, "/revoke").await?;
        let token = param(&pairs, "token").ok_or_else(|| {
            OidcError::OAuth(crate::oidc::OAuthError::new(
                "invalid_request",
                "token is missing",
            ))
        })?;
        state.revoke(&client, &token).await
    }
    .await;
    let response = match result {
        Ok(()) => StatusCode::OK.into_response(),
        Err(e) => oauth_error(e),
    };
    super::cors::for_client(&state, &headers, || named_client(&headers, &body), response).await
}

pub async fn introspect(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let result = async {
        let pairs = form_pairs(&headers, &body)?;
        let client = authenticated(&state, &headers, &pairs, false, "/introspect").await?;
        let token = param(&pairs, "token").ok_or_else(|| {
            OidcError::OAuth(crate::oidc::OAuthError::new(
                "invalid_request",
                "token is missing",
            ))
        })?;
        state.introspect(&client, &token).await
    }
    .await;
    result.map_or_else(oauth_error, no_store)
}

// ---- RP-initiated logout ----
