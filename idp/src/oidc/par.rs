//! Pushed authorization requests (RFC 9126). A client posts its authorization request
//! to `/par`, authenticated as at the token endpoint, and gets a `request_uri` that lives
//! 60 seconds and works once, for that client only; `/authorize` then takes the request
//! from there, so nothing of it travels through the browser. A client registered with
//! `--require-par` is refused any other way.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::OAuthError;
use super::authorize::AuthorizationRequest;
use crate::clients::Client;
use crate::error::Error;
use crate::provider::Provider;
use crate::secrets::{random_token, token_hash};
use crate::store::keys;

/// RFC 9126 section 2.2.
pub const REQUEST_URI_PREFIX: &str = "urn:ietf:params:oauth:request_uri:";
pub const PUSHED_LIFETIME_SECONDS: i64 = 60;

#[derive(Debug, Serialize, Deserialize)]
struct Pushed {
    client_id: String,
    request: AuthorizationRequest,
    expires_at: i64,
}

impl Provider {
    /// Checks and keeps a request `client` pushed; its `request_uri`, or the error.
    /// `proof_jkt`: the key of the DPoP proof sent with the push (checked), which binds
    /// the code (RFC 9449 10.1).
    pub async fn push_authorization(
        &self,
        client: &Client,
        mut request: AuthorizationRequest,
        proof_jkt: Option<String>,
    ) -> Result<Result<String, OAuthError>, Error> {
        if request.request_uri.is_some() {
            return Ok(Err(OAuthError::new(
                "invalid_request",
                "request_uri cannot be pushed",
            )));
        }
        let key_differs = |request: &AuthorizationRequest| matches!((&proof_jkt, &request.dpop_jkt), (Some(proof), Some(named)) if proof != named);
        let mismatch = || {
            OAuthError::new(
                "invalid_dpop_proof",
                "dpop_jkt is not the key of the DPoP proof",
            )
        };
        if key_differs(&request) {
            return Ok(Err(mismatch()));
        }
        if request.request.is_some() {
            request = match self.open_request_object(client, &request).await {
                Ok(opened) => opened,
                Err(e) => return Ok(Err(e)),
            };
        }
        if request.client_id.as_deref().is_some_and(|c| c != client.id) {
            return Ok(Err(OAuthError::new(
                "invalid_request",
                "client_id is not the authenticated client",
            )));
        }
        request.client_id = Some(client.id.clone());
        // Bound once the request is the one that counts (a request object's parameters
        // replace the outer ones): to the proof's key; a `dpop_jkt` naming another key,
        // outside or inside the object, is refused.
        if key_differs(&request) {
            return Ok(Err(mismatch()));
        }
        if let Some(jkt) = proof_jkt {
            request.dpop_jkt = Some(jkt);
        }
        if let Err(e) = Self::check_request(client, &request) {
            return Ok(Err(e));
        }
        let token = random_token(32);
        let pushed = Pushed {
            client_id: client.id.clone(),
            request,
            expires_at: self.now() + PUSHED_LIFETIME_SECONDS,
        };
        let bytes = serde_json::to_vec(&pushed).map_err(|e| Error::Internal(e.to_string()))?;
        let lifetime = Duration::from_secs(PUSHED_LIFETIME_SECONDS.unsigned_abs());
        self.store
            .put(
                &keys::pushed_authorization(&token_hash(&token)),
                &bytes,
                Some(lifetime),
            )
            .await?;
        Ok(Ok(format!("{REQUEST_URI_PREFIX}{token}")))
    }

    /// The request pushed as `request_uri` by `client_id`, taken (it works once), while
    /// it lives. Another client's, an unknown or an expired one: `None`.
    pub(super) async fn take_pushed(
        &self,
        client_id: &str,
        request_uri: &str,
    ) -> Result<Option<AuthorizationRequest>, Error> {
        let Some(token) = request_uri.strip_prefix(REQUEST_URI_PREFIX) else {
            return Ok(None);
        };
        if token.is_empty() || token.len() > 100 {
            return Ok(None);
        }
        let key = keys::pushed_authorization(&token_hash(token));
        // Peek first: another client presenting it must not burn it.
        let Some(bytes) = self.store.get(&key).await? else {
            return Ok(None);
        };
        let Ok(pushed) = serde_json::from_slice::<Pushed>(&bytes) else {
            return Ok(None);
        };
        if pushed.client_id != client_id || pushed.expires_at <= self.now() {
            return Ok(None);
        }
        if self.store.take(&key).await?.is_none() {
            return Ok(None);
        }
        Ok(Some(pushed.request))
    }
}
