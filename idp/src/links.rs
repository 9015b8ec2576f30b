//! Single-use links sent by mail (confirm registration, reset password).
//!
//! The token appears only in the mail; the store keeps its hash. Following the link shows a
//! form (`peek`); submitting the form consumes it (`take`, atomic), so two submissions of
//! one link cannot both succeed. Expiry is checked against the injected clock.

use std::time::Duration;

use serde::{Serialize, de::DeserializeOwned};
use serde_json::Value;

use crate::secrets::{random_token, token_hash};
use crate::store::{Store, StoreError, keys};

#[derive(Debug, Clone, Copy)]
pub enum Purpose {
    ConfirmRegistration,
    ResetPassword,
    ChangeEmail,
    DeviceEnrolment,
    /// "This was not me" after a password-only PANIC (see `recovery`).
    SecureAccount,
}

impl Purpose {
    fn name(self) -> &'static str {
        match self {
            Purpose::ConfirmRegistration => "confirm",
            Purpose::ResetPassword => "reset",
            Purpose::ChangeEmail => "change-email",
            Purpose::DeviceEnrolment => "device-enrolment",
            Purpose::SecureAccount => "secure-account",
        }
    }
}

fn key(purpose: Purpose, token: &str) -> String {
    keys::link_token(purpose.name(), &token_hash(token))
}

pub async fn issue<T: Serialize>(
    store: &dyn Store,
    purpose: Purpose,
    payload: &T,
    now: i64,
    lifetime: Duration,
) -> Result<String, StoreError> {
    let token = random_token(32);
    let record = serde_json::json!({
        "expires_at": now.saturating_add(i64::try_from(lifetime.as_secs()).unwrap_or(i64::MAX)),
        "payload": payload,
    });
    let bytes = serde_json::to_vec(&record).map_err(|e| StoreError::Backend(e.to_string()))?;
    store
        .put(&key(purpose, &token), &bytes, Some(lifetime))
        .await?;
    Ok(token)
}

fn open<T: DeserializeOwned>(bytes: Option<Vec<u8>>, now: i64) -> Option<T> {
    let record: Value = serde_json::from_slice(&bytes?).ok()?;
    let expires_at = record.get("expires_at")?.as_i64()?;
    if expires_at <= now {
        return None;
    }
    serde_json::from_value(record.get("payload")?.clone()).ok()
}

/// The payload of a live link, leaving it usable.
pub async fn peek<T: DeserializeOwned>(
    store: &dyn Store,
    purpose: Purpose,
    token: &str,
    now: i64,
) -> Result<Option<T>, StoreError> {
    if token.len() > 100 {
        return Ok(None);
    }
    Ok(open(store.get(&key(purpose, token)).await?, now))
}

/// The payload of a live link, consuming it: of two concurrent calls, one gets it.
pub async fn take<T: DeserializeOwned>(
    store: &dyn Store,
    purpose: Purpose,
    token: &str,
    now: i64,
) -> Result<Option<T>, StoreError> {
    if token.len() > 100 {
        return Ok(None);
    }
    Ok(open(store.take(&key(purpose, token)).await?, now))
}
