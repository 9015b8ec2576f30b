//! The checks of an authorization request, in the order `begin_authorization` runs them:
//! each a plain function of the request (and the client), answering the OAuth error the
//! protocol defines.

use super::super::{OAuthError, SUPPORTED_SCOPES};
use super::{AuthorizationRequest, AuthorizeError, ResponseMode};
use crate::clients::{self, Acr, Client};
use crate::error::Error;
use crate::provider::Provider;

/// The client, or the page saying it is unknown. A store fault is no verdict on the
/// client: it is an `Error` (a 503 page), never "not registered".
pub(super) async fn check_client(
    provider: &Provider,
    request: &AuthorizationRequest,
) -> Result<Result<Client, AuthorizeError>, Error> {
    let id = request.client_id.as_deref().unwrap_or_default();
    Ok(clients::get(provider.store.as_ref(), id)
        .await?
        .ok_or_else(|| AuthorizeError::Page(ern_i18n::tr!("oidc-unknown-application"))))
}

pub(super) fn check_redirect_uri(
    client: &Client,
    request: &AuthorizationRequest,
) -> Result<String, AuthorizeError> {
    match request.redirect_uri.as_deref() {
        Some(uri) if client.redirect_uris.iter().any(|r| r == uri) => Ok(uri.to_owned()),
        _ => Err(AuthorizeError::Page(ern_i18n::tr!(
            "oidc-unregistered-return-address",
            app = client.name.as_str()
        ))),
    }
}

pub(super) fn check_response_mode(
    request: &AuthorizationRequest,
) -> Result<ResponseMode, OAuthError> {
    match request.response_mode.as_deref() {
        None | Some("query") => Ok(ResponseMode::Query),
        Some("form_post") => Ok(ResponseMode::FormPost),
        Some(other) => Err(OAuthError::new(
            "invalid_request",
            format!("unsupported response_mode {other}"),
        )),
    }
}

pub(super) fn check_no_request_objects(request: &AuthorizationRequest) -> Result<(), OAuthError> {
    if request.request.is_some() {
        return Err(OAuthError::new(
            "request_not_supported",
            "request objects are not supported",
        ));
    }
    if request.request_uri.is_some() {
        return Err(OAuthError::new(
            "request_uri_not_supported",
            "request_uri is not supported",
        ));
    }
    Ok(())
}

pub(super) fn check_response_type(request: &AuthorizationRequest) -> Result<(), OAuthError> {
    match request.response_type.as_deref() {
        Some("code") => Ok(()),
        Some(_) => Err(OAuthError::new(
            "unsupported_response_type",
            "only response_type=code is supported",
        )),
        None => Err(OAuthError::new(
            "invalid_request",
            "response_type is missing",
        )),
    }
}

pub(super) fn check_scope(request: &AuthorizationRequest) -> Result<Vec<String>, OAuthError> {
    let requested: Vec<&str> = request
        .scope
        .as_deref()
        .unwrap_or_default()
        .split_whitespace()
        .collect();
    if !requested.contains(&"openid") {
        return Err(OAuthError::new(
            "invalid_scope",
            "the openid scope is required",
        ));
    }
    // Unknown scopes are ignored, as OpenID Connect allows.
    let mut scopes: Vec<String> = SUPPORTED_SCOPES
        .iter()
        .filter(|s| requested.contains(s))
        .map(|s| (*s).to_owned())
        .collect();
    scopes.dedup();
    Ok(scopes)
}

pub(super) fn check_pkce(
    client: &Client,
    request: &AuthorizationRequest,
) -> Result<Option<String>, OAuthError> {
    let Some(challenge) = request.code_challenge.as_deref() else {
        if client.pkce_optional && !client.is_public() {
            return Ok(None);
        }
        return Err(OAuthError::new(
            "invalid_request",
            "this client must use PKCE (code_challenge, S256)",
        ));
    };
    if request.code_challenge_method.as_deref() != Some("S256") {
        return Err(OAuthError::new(
            "invalid_request",
            "code_challenge_method must be S256",
        ));
    }
    let well_formed = (43..=128).contains(&challenge.len())
        && challenge
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._~".contains(c));
    if !well_formed {
        return Err(OAuthError::new(
            "invalid_request",
            "code_challenge is malformed",
        ));
    }
    Ok(Some(challenge.to_owned()))
}

pub(super) struct Prompt {
    pub(super) none: bool,
    pub(super) login: bool,
    pub(super) consent: bool,
}

pub(super) fn check_prompt(request: &AuthorizationRequest) -> Result<Prompt, OAuthError> {
    let values: Vec<&str> = request
        .prompt
        .as_deref()
        .unwrap_or_default()
        .split_whitespace()
        .collect();
    let mut prompt = Prompt {
        none: false,
        login: false,
        consent: false,
    };
    for value in &values {
        match *value {
            "none" => prompt.none = true,
            // There is no account chooser: choosing an account means signing in again.
            "login" | "select_account" => prompt.login = true,
            "consent" => prompt.consent = true,
            other => {
                return Err(OAuthError::new(
                    "invalid_request",
                    format!("unsupported prompt {other}"),
                ));
            }
        }
    }
    if prompt.none && values.len() > 1 {
        return Err(OAuthError::new(
            "invalid_request",
            "prompt=none cannot be combined with other values",
        ));
    }
    Ok(prompt)
}

pub(super) fn check_max_age(request: &AuthorizationRequest) -> Result<Option<i64>, OAuthError> {
    match request.max_age.as_deref() {
        None => Ok(None),
        Some(text) => text
            .parse::<i64>()
            .ok()
            .filter(|n| *n >= 0)
            .map(Some)
            .ok_or_else(|| {
                OAuthError::new("invalid_request", "max_age must be a non-negative integer")
            }),
    }
}

/// The level to reach: the client's minimum, raised by the least level `acr_values` names.
pub(super) fn required_acr(client: &Client, request: &AuthorizationRequest) -> Acr {
    let requested = request
        .acr_values
        .as_deref()
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(Acr::parse)
        .min();
    requested.map_or(client.min_acr, |r| r.max(client.min_acr))
}

pub(super) fn check_lengths(request: &AuthorizationRequest) -> Result<(), OAuthError> {
    let too_long = [
        &request.state,
        &request.nonce,
        &request.login_hint,
        &request.acr_values,
        &request.ui_locales,
    ]
    .iter()
    .any(|v| v.as_ref().is_some_and(|v| v.len() > 2048))
        || request.dpop_jkt.as_ref().is_some_and(|j| j.len() > 100);
    if too_long {
        Err(OAuthError::new(
            "invalid_request",
            "a parameter is too long",
        ))
    } else {
        Ok(())
    }
}
