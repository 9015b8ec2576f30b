//! The public keys of clients that sign (`private_key_jwt` assertions, request objects):
//! as registered (`--jwks-file`), or fetched from the client's `jwks_uri` and kept five
//! minutes. An unknown `kid` fetches again, at most every 30 seconds, so that a client
//! rotating its keys is followed without letting anyone make us fetch on every request.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::clients::Client;
use crate::jwt::Jws;
use crate::provider::Provider;

const FRESH: Duration = Duration::from_secs(300);
const REFETCH_AFTER: Duration = Duration::from_secs(30);
const MAX_JWKS_BYTES: usize = 64 * 1024;

#[derive(Default)]
pub struct JwksCache {
    entries: Mutex<HashMap<String, (Instant, Arc<Value>)>>,
}

impl JwksCache {
    fn get(&self, uri: &str, max_age: Duration) -> Option<Arc<Value>> {
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries
            .get(uri)
            .filter(|(at, _)| at.elapsed() < max_age)
            .map(|(_, keys)| keys.clone())
    }

    fn put(&self, uri: &str, keys: Arc<Value>) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.insert(uri.to_owned(), (Instant::now(), keys));
    }
}

fn keys_of(jwks: &Value) -> &[Value] {
    jwks.get("keys")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

impl Provider {
    async fn fetch_jwks(&self, uri: &str) -> Result<Arc<Value>, String> {
        let response = self
            .http
            .get(uri)
            .timeout(Duration::from_secs(5))
            .send()
            .await
            .map_err(|e| format!("the client's jwks_uri could not be read: {e}"))?;
        if !response.status().is_success() {
            return Err(format!(
                "the client's jwks_uri answered {}",
                response.status()
            ));
        }
        let body = response
            .bytes()
            .await
            .map_err(|e| format!("the client's jwks_uri could not be read: {e}"))?;
        if body.len() > MAX_JWKS_BYTES {
            return Err("the client's JWKS is too large".into());
        }
        let jwks: Value = serde_json::from_slice(&body)
            .map_err(|_| "the client's jwks_uri did not return JSON".to_owned())?;
        crate::clients::check_jwks(&jwks)?;
        let jwks = Arc::new(jwks);
        self.client_jwks.put(uri, jwks.clone());
        Ok(jwks)
    }

    /// The client's keys; `refresh`: a `kid` was not found, fetch again if allowed.
    async fn client_key_set(&self, client: &Client, refresh: bool) -> Result<Arc<Value>, String> {
        if let Some(jwks) = &client.jwks {
            return Ok(Arc::new(jwks.clone()));
        }
        let Some(uri) = &client.jwks_uri else {
            return Err("the client has no registered keys".into());
        };
        let max_age = if refresh { REFETCH_AFTER } else { FRESH };
        match self.client_jwks.get(uri, max_age) {
            Some(keys) => Ok(keys),
            None => self.fetch_jwks(uri).await,
        }
    }

    /// Verifies the signature of a JWT `client` signed, with one of its keys and an
    /// algorithm it may use. The claims are the caller's to check. `Err`: why not.
    pub(crate) async fn verify_client_signed(
        &self,
        client: &Client,
        token: &str,
    ) -> Result<Jws, String> {
        let jws = Jws::parse(token).map_err(|_| "the JWT is malformed".to_owned())?;
        let alg = jws.alg(client.allowed_algs()).ok_or_else(|| {
            format!(
                "the JWT must be signed with one of {}",
                crate::jwt::ClientAlg::names(client.allowed_algs()).join(", ")
            )
        })?;
        let kid = jws.header_str("kid").map(str::to_owned);
        for refresh in [false, true] {
            if refresh && (client.jwks.is_some() || kid.is_none()) {
                break;
            }
            let jwks = self.client_key_set(client, refresh).await?;
            let candidates = keys_of(&jwks).iter().filter(|k| {
                alg.fits(k)
                    && kid
                        .as_deref()
                        .is_none_or(|kid| k.get("kid").and_then(Value::as_str) == Some(kid))
            });
            let mut found = false;
            for key in candidates {
                found = true;
                if jws.signed_by(alg, key) {
                    return Ok(jws);
                }
            }
            if found {
                return Err("the JWT's signature does not verify".into());
            }
        }
        Err("no registered key of the client fits the JWT (kid, alg)".into())
    }
}
