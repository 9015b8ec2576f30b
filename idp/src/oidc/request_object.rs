//! Signed request objects (RFC 9101, JAR): the authorization request's parameters as a
//! JWT the client signed with one of its registered keys, passed by value (`request`)
//! at `/authorize` or at `/par`. The parameters in the object are the request: those
//! outside it are ignored, except `client_id`, which must agree. Unsigned (`alg: none`)
//! objects and objects referenced by a foreign `request_uri` are not accepted.

use serde_json::{Map, Value};

use super::OAuthError;
use super::authorize::AuthorizationRequest;
use crate::clients::Client;
use crate::provider::Provider;

/// A request object may not be valid for longer (FAPI 2.0 Message Signing 5.3.1: 60 min).
pub const MAX_REQUEST_OBJECT_SECONDS: i64 = 3600;
/// RFC 9101 10.8: the explicit type of a request object, so that no other JWT the
/// client signed (a client assertion above all) can be passed off as one, and none of
/// these as anything else.
pub const REQUEST_OBJECT_TYP: &str = "oauth-authz-req+jwt";

fn invalid(description: impl Into<String>) -> OAuthError {
    OAuthError::new("invalid_request_object", description)
}

impl Provider {
    /// The request carried by `outer.request`, checked: signed by `client`, for us,
    /// current, and naming the same client.
    pub(super) async fn open_request_object(
        &self,
        client: &Client,
        outer: &AuthorizationRequest,
    ) -> Result<AuthorizationRequest, OAuthError> {
        let Some(object) = outer.request.as_deref() else {
            return Ok(outer.clone());
        };
        if outer.request_uri.is_some() {
            return Err(OAuthError::new(
                "invalid_request",
                "request and request_uri exclude each other",
            ));
        }
        if !client.has_keys() {
            return Err(invalid(
                "this client has no registered keys to sign request objects with",
            ));
        }
        let jws = self
            .verify_client_signed(client, object)
            .await
            .map_err(|e| invalid(format!("request object: {e}")))?;
        let typ = jws.header_str("typ").map(str::to_ascii_lowercase);
        let typ = typ
            .as_deref()
            .map(|t| t.strip_prefix("application/").unwrap_or(t));
        if typ != Some(REQUEST_OBJECT_TYP) {
            return Err(invalid(format!(
                "the request object's typ must be {REQUEST_OBJECT_TYP}"
            )));
        }
        if jws.claim_str("iss") != Some(&client.id)
            || jws.claim_str("client_id") != Some(&client.id)
        {
            return Err(invalid(
                "the request object's iss and client_id must be the client's id",
            ));
        }
        let issuer = &self.config.issuer;
        let for_us = match jws.claims.get("aud") {
            Some(Value::String(aud)) => aud == issuer,
            Some(Value::Array(auds)) => auds.iter().any(|a| a.as_str() == Some(issuer)),
            _ => false,
        };
        if !for_us {
            return Err(invalid(format!(
                "the request object's aud must be {issuer}"
            )));
        }
        self.check_lifetime(&jws, MAX_REQUEST_OBJECT_SECONDS)
            .map_err(|e| invalid(format!("request object: {e}")))?;
        // Parameters are strings; max_age may come as a number (RFC 9101 4).
        let mut params = Map::new();
        for (name, value) in jws.claims.as_object().into_iter().flatten() {
            match value {
                Value::String(s) => {
                    params.insert(name.clone(), Value::String(s.clone()));
                }
                Value::Number(n) => {
                    params.insert(name.clone(), Value::String(n.to_string()));
                }
                _ => {}
            }
        }
        let inner: AuthorizationRequest = serde_json::from_value(Value::Object(params))
            .map_err(|_| invalid("the request object's parameters are malformed"))?;
        if inner.request.is_some() || inner.request_uri.is_some() {
            return Err(invalid(
                "a request object cannot hold request or request_uri",
            ));
        }
        Ok(inner)
    }
}
