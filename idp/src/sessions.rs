//! Server-side sessions. The browser holds only a random identifier; the store keeps the
//! session under the identifier's hash, indexed per account so all can be ended at once.

use serde::{Deserialize, Serialize};
use std::time::Duration;

use crate::secrets::{random_token, token_hash};
use crate::store::{Store, StoreError, keys};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Session {
    pub account_id: String,
    pub created_at: i64,
    pub expires_at: i64,
    /// When the user last proved who they are (OIDC `auth_time`).
    pub auth_time: i64,
    /// Methods used at sign-in, as RFC 8176 `amr` values (e.g. `pwd`).
    pub methods: Vec<String>,
    pub ip: String,
    pub user_agent: String,
}

pub struct NewSession {
    /// The cookie value; shown once, stored only as a hash.
    pub token: String,
    pub session: Session,
}

fn encode(session: &Session) -> Result<Vec<u8>, StoreError> {
    serde_json::to_vec(session).map_err(|e| StoreError::Backend(e.to_string()))
}

pub async fn create(
    store: &dyn Store,
    now: i64,
    lifetime: Duration,
    account_id: &str,
    methods: Vec<String>,
    ip: &str,
    user_agent: &str,
) -> Result<NewSession, StoreError> {
    let token = random_token(32);
    let hash = token_hash(&token);
    let session = Session {
        account_id: account_id.to_owned(),
        created_at: now,
        expires_at: now.saturating_add(i64::try_from(lifetime.as_secs()).unwrap_or(i64::MAX)),
        auth_time: now,
        methods,
        ip: ip.to_owned(),
        user_agent: user_agent.chars().take(200).collect(),
    };
    // Index first: a crash between the two writes leaves a dangling index entry, which
    // `list_for_account` skips, never a session that "end all" cannot find.
    store
        .set_add(&keys::account_sessions(account_id), &hash)
        .await?;
    store
        .put(&keys::session(&hash), &encode(&session)?, Some(lifetime))
        .await?;
    Ok(NewSession { token, session })
}

/// The live session behind a cookie value, if any.
pub async fn load(store: &dyn Store, now: i64, token: &str) -> Result<Option<Session>, StoreError> {
    let Some(bytes) = store.get(&keys::session(&token_hash(token))).await? else {
        return Ok(None);
    };
    let session: Session = serde_json::from_slice(&bytes)
        .map_err(|e| StoreError::Backend(format!("corrupt session: {e}")))?;
    Ok((session.expires_at > now).then_some(session))
}

pub async fn end(store: &dyn Store, token: &str) -> Result<(), StoreError> {
    let hash = token_hash(token);
    if let Some(bytes) = store.take(&keys::session(&hash)).await?
        && let Ok(session) = serde_json::from_slice::<Session>(&bytes)
    {
        store
            .set_remove(&keys::account_sessions(&session.account_id), &hash)
            .await?;
    }
    Ok(())
}

/// Ends every session of the account except the one whose cookie is `keep` (if given).
pub async fn end_all(
    store: &dyn Store,
    account_id: &str,
    keep: Option<&str>,
) -> Result<usize, StoreError> {
    let keep = keep.map(token_hash);
    let index = keys::account_sessions(account_id);
    let mut ended = 0;
    for hash in store.set_members(&index).await? {
        if keep.as_deref() == Some(hash.as_str()) {
            continue;
        }
        if store.delete(&keys::session(&hash)).await? {
            ended += 1;
        }
        store.set_remove(&index, &hash).await?;
    }
    Ok(ended)
}
