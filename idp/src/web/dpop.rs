//! DPoP at the HTTP edge: the one `DPoP` header of a request, checked for the endpoint
//! it was sent to, the `DPoP-Nonce` header on the answers of the endpoints that ask
//! for nonces (token, PAR), and the userinfo endpoint, the resource that takes bound
//! tokens, with its `DPoP` challenges (RFC 9449 7).

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use axum::response::Response;

use super::AppState;
use super::oidc::{form_pairs, no_store, oauth_error, param};
use crate::clients::Client;
use crate::oidc::dpop::{Proof, ProofFor};
use crate::oidc::{OAuthError, OidcError};

pub const DPOP: HeaderName = HeaderName::from_static("dpop");
pub const DPOP_NONCE: HeaderName = HeaderName::from_static("dpop-nonce");

/// The request's DPoP proof, checked for `method` on the endpoint at `path`. None
/// without a `DPoP` header; two headers are refused (RFC 9449 4.3).
pub async fn proof(
    state: &AppState,
    headers: &HeaderMap,
    method: &str,
    path: &str,
    access_token: Option<&str>,
    nonce_required: bool,
) -> Result<Option<Proof>, OidcError> {
    let mut values = headers.get_all(DPOP).iter();
    let (Some(value), None) = (values.next(), values.next()) else {
        return if headers.contains_key(DPOP) {
            Err(OAuthError::new("invalid_dpop_proof", "send one DPoP header").into())
        } else {
            Ok(None)
        };
    };
    let value = value
        .to_str()
        .map_err(|_| OAuthError::new("invalid_dpop_proof", "the DPoP header is malformed"))?;
    let url = format!("{}{path}", state.config.issuer);
    let target = ProofFor {
        method,
        url: &url,
        access_token,
        nonce_required,
    };
    Ok(Some(state.check_dpop(value, &target).await??))
}

/// A client held to the FAPI algorithms may not prove possession with another one.
pub fn check_alg(client: &Client, proof: Option<&Proof>) -> Result<(), OidcError> {
    match proof {
        Some(p) if !client.allowed_algs().contains(&p.alg) => Err(OAuthError::new(
            "invalid_dpop_proof",
            format!(
                "this client's proofs must use one of {}",
                crate::jwt::ClientAlg::names(client.allowed_algs()).join(", ")
            ),
        )
        .into()),
        _ => Ok(()),
    }
}

/// Hands out the current nonce with every answer of an endpoint that asks for one.
pub fn with_nonce(state: &AppState, mut response: Response) -> Response {
    if let Ok(value) = HeaderValue::from_str(&state.dpop_nonce()) {
        response.headers_mut().insert(DPOP_NONCE, value);
    }
    response
}

/// The `DPoP` challenge: which proofs we take, and the error if there is one.
fn dpop_challenge_value(error: Option<&str>) -> Option<HeaderValue> {
    let algs = crate::jwt::ClientAlg::names(&crate::jwt::ClientAlg::ALL).join(" ");
    let value = match error {
        Some(error) => format!("DPoP error=\"{error}\", algs=\"{algs}\""),
        None => format!("DPoP algs=\"{algs}\""),
    };
    HeaderValue::from_str(&value).ok()
}

/// A resource's refusal of a DPoP request (RFC 9449 7.1): 401 with a `DPoP` challenge.
fn dpop_refusal(e: OidcError) -> Response {
    let error = match &e {
        OidcError::OAuth(o) => Some(o.error),
        OidcError::Internal(_) => None,
    };
    let mut response = oauth_error(e);
    if let Some(error) = error {
        *response.status_mut() = StatusCode::UNAUTHORIZED;
        if let Some(value) = dpop_challenge_value(Some(error)) {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, value);
        }
    }
    response
}

/// A refusal of a Bearer request: its `Bearer` challenge, and a `DPoP` one beside it
/// (RFC 9449 7.2), so that a client that presented a DPoP-bound token as Bearer learns
/// which scheme and algorithms to use.
fn bearer_refusal(e: OidcError) -> Response {
    let mut response = oauth_error(e);
    if response.status() == StatusCode::UNAUTHORIZED
        && let Some(value) = dpop_challenge_value(None)
    {
        response
            .headers_mut()
            .append(header::WWW_AUTHENTICATE, value);
    }
    response
}

pub async fn userinfo(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let authorization = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let dpop_token = authorization.and_then(|v| v.strip_prefix("DPoP "));
    let from_header = authorization
        .and_then(|v| v.strip_prefix("Bearer "))
        .or(dpop_token)
        .map(|t| t.trim().to_owned());
    let from_body = form_pairs(&headers, &body)
        .ok()
        .and_then(|pairs| param(&pairs, "access_token"));
    let Some(token) = from_header.or(from_body) else {
        return bearer_refusal(OidcError::OAuth(OAuthError::new(
            "invalid_token",
            "no access token",
        )));
    };
    let result = async {
        let proof = if dpop_token.is_some() {
            let proof = proof(
                &state,
                &headers,
                method.as_str(),
                "/userinfo",
                Some(&token),
                false,
            )
            .await?
            .ok_or_else(|| OAuthError::new("invalid_dpop_proof", "a DPoP proof is missing"))?;
            Some(proof)
        } else {
            None
        };
        state.userinfo(&token, proof.as_ref()).await
    }
    .await;
    let response = match result {
        Ok(value) => no_store(value),
        Err(e) if dpop_token.is_some() => dpop_refusal(e),
        Err(e) => bearer_refusal(e),
    };
    super::cors::for_client(
        &state,
        &headers,
        || super::cors::token_client(&token),
        response,
    )
    .await
}
