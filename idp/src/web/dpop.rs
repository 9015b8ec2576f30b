//! DPoP at the HTTP edge: the one `DPoP` header of a request, checked for the endpoint
//! it was sent to, and the `DPoP-Nonce` header on the answers of the endpoints that ask
//! for nonces (token, PAR).

use axum::http::{HeaderMap, HeaderName, HeaderValue};
use axum::response::Response;

use super::AppState;
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
