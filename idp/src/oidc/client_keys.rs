//! The public keys of clients that sign (`private_key_jwt` assertions, request objects):
//! as registered (`--jwks-file`), or fetched from the client's `jwks_uri` and kept five
//! minutes. An unknown `kid` fetches again, at most every 30 seconds, so that a client
//! rotating its keys is followed without letting anyone make us fetch on every request.
//!
//! Whoever names a keyed client in a request makes us fetch its `jwks_uri`, so a fetch is
//! bounded every way: one at a time per URI (the others wait for its result), 5 s, a body
//! of 64 KiB at most (read as it streams, never buffered beyond that), and a failure is
//! remembered for 30 s (nothing is fetched meanwhile). What went wrong is logged; the
//! client is told only that its keys could not be read (the fetch's error text stays
//! here). A fetched set may hold keys we do not use (encryption keys, other curves): they
//! are skipped; a private key, or no usable key at all, makes the set unusable.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;

use crate::clients::Client;
use crate::jwt::Jws;
use crate::provider::Provider;

/// How long fetched keys are used without fetching again (seconds).
const FRESH: i64 = 300;
/// An unknown `kid` fetches again only when the keys are older than this; a failed
/// fetch is not tried again before this either.
const REFETCH_AFTER: i64 = 30;
pub const MAX_JWKS_BYTES: usize = 64 * 1024;
const FETCH_TIMEOUT: Duration = Duration::from_secs(5);
/// What the client is told when its keys could not be read (the cause is only logged).
const UNREADABLE: &str = "the client's keys could not be read from its jwks_uri";

#[derive(Default)]
struct Entry {
    /// The last keys fetched, and when (the provider's clock).
    keys: Option<(i64, Arc<Value>)>,
    /// When the last fetch failed, if it did after the last success.
    failed_at: Option<i64>,
    /// Held by the one fetch of this URI in flight.
    fetching: Arc<tokio::sync::Mutex<()>>,
}

/// Fetched client keys, per `jwks_uri` (URIs come from registered clients only, so the
/// map is as large as the registry at most).
#[derive(Default)]
pub struct JwksCache {
    entries: Mutex<HashMap<String, Entry>>,
}

/// What the cache can say about a URI without fetching.
enum Cached {
    Keys(Arc<Value>),
    /// A fetch failed less than `REFETCH_AFTER` ago.
    Failed,
    /// Fetch (holding this lock).
    Fetch(Arc<tokio::sync::Mutex<()>>),
}

impl JwksCache {
    fn look(&self, uri: &str, now: i64, max_age: i64) -> Cached {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        let entry = entries.entry(uri.to_owned()).or_default();
        if let Some((at, keys)) = &entry.keys
            && now.saturating_sub(*at) < max_age
        {
            return Cached::Keys(keys.clone());
        }
        if entry
            .failed_at
            .is_some_and(|at| now.saturating_sub(at) < REFETCH_AFTER)
        {
            return Cached::Failed;
        }
        Cached::Fetch(entry.fetching.clone())
    }

    fn record(&self, uri: &str, now: i64, fetched: Option<Arc<Value>>) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        let entry = entries.entry(uri.to_owned()).or_default();
        match fetched {
            Some(keys) => {
                entry.keys = Some((now, keys));
                entry.failed_at = None;
            }
            None => entry.failed_at = Some(now),
        }
    }
}

fn keys_of(jwks: &Value) -> &[Value] {
    jwks.get("keys")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// The keys of a fetched set that we can use. A set holding a private or secret key is
/// refused whole (the client publishes what it must not); keys we do not use (for
/// encryption, other curves or algorithms) are skipped; no usable key at all is refused.
pub fn usable_fetched_keys(jwks: &Value) -> Result<Value, String> {
    let keys = jwks
        .get("keys")
        .and_then(Value::as_array)
        .ok_or("the JWKS has no \"keys\" array")?;
    if keys.iter().any(crate::jwt::has_private_members) {
        return Err("the JWKS holds a private or secret key".into());
    }
    let usable: Vec<Value> = keys
        .iter()
        .filter(|k| crate::jwt::is_public_key(k))
        .cloned()
        .collect();
    if usable.is_empty() {
        return Err("the JWKS holds no key we can verify signatures with".into());
    }
    Ok(serde_json::json!({ "keys": usable }))
}

/// Reads at most `MAX_JWKS_BYTES` of the body as it arrives.
async fn read_capped(mut response: reqwest::Response) -> Result<Vec<u8>, String> {
    if response
        .content_length()
        .is_some_and(|n| n > MAX_JWKS_BYTES as u64)
    {
        return Err("the body is larger than 64 KiB (Content-Length)".into());
    }
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| format!("reading the body: {e}"))?
    {
        if body.len() + chunk.len() > MAX_JWKS_BYTES {
            return Err("the body is larger than 64 KiB".into());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

impl Provider {
    /// One fetch of `uri`, bounded in time and size; `Err`: why, for the log only.
    async fn fetch_jwks(&self, uri: &str) -> Result<Arc<Value>, String> {
        let fetch = async {
            let response = self
                .http
                .get(uri)
                .send()
                .await
                .map_err(|e| format!("request failed: {e}"))?;
            if !response.status().is_success() {
                return Err(format!("answered {}", response.status()));
            }
            read_capped(response).await
        };
        let body = tokio::time::timeout(FETCH_TIMEOUT, fetch)
            .await
            .map_err(|_| "no complete answer within 5 s".to_owned())??;
        let jwks: Value =
            serde_json::from_slice(&body).map_err(|_| "the body is not JSON".to_owned())?;
        Ok(Arc::new(usable_fetched_keys(&jwks)?))
    }

    /// The keys at `uri`, from the cache or fetched (once for everyone asking at the
    /// same time). `max_age`: how old cached keys may be.
    async fn fetched_key_set(
        &self,
        client: &Client,
        uri: &str,
        max_age: i64,
    ) -> Result<Arc<Value>, String> {
        let lock = match self.client_jwks.look(uri, self.now(), max_age) {
            Cached::Keys(keys) => return Ok(keys),
            Cached::Failed => return Err(UNREADABLE.into()),
            Cached::Fetch(lock) => lock,
        };
        let _fetching = lock.lock().await;
        // Whoever held the lock before us may have fetched (or failed) meanwhile.
        match self.client_jwks.look(uri, self.now(), max_age) {
            Cached::Keys(keys) => return Ok(keys),
            Cached::Failed => return Err(UNREADABLE.into()),
            Cached::Fetch(_) => {}
        }
        match self.fetch_jwks(uri).await {
            Ok(keys) => {
                self.client_jwks.record(uri, self.now(), Some(keys.clone()));
                Ok(keys)
            }
            Err(why) => {
                tracing::warn!(client = %client.id, jwks_uri = %uri, error = %why, "the client's keys could not be fetched; not trying again for 30 s");
                self.client_jwks.record(uri, self.now(), None);
                Err(UNREADABLE.into())
            }
        }
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
        self.fetched_key_set(client, uri, max_age).await
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
