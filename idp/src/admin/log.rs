//! The operators' log: every action taken from the console or the command line, who took
//! it, on what, from where; newest first, searchable by operator, target and action.

use serde::{Deserialize, Serialize};

use crate::secrets::random_token;
use crate::store::listing::{Entry as ListEntry, Listing, Page};
use crate::store::{Store, StoreError, StoreResult};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub at: i64,
    /// The operator's e-mail address, or "command line".
    pub operator: String,
    /// What was done, e.g. "account disabled".
    pub action: String,
    /// What it was done to: an e-mail address, a client id, a key id.
    pub target: String,
    pub ip: String,
}

fn key(id: &str) -> String {
    format!("operators-log:{id}")
}

fn listing() -> Listing {
    Listing::new("operators-log")
}

fn list_entry(entry: &Entry) -> ListEntry<'_> {
    ListEntry {
        id: &entry.id,
        at: entry.at,
        terms: vec![
            entry.operator.clone(),
            entry.target.clone(),
            entry.action.clone(),
        ],
    }
}

pub async fn record(
    store: &dyn Store,
    at: i64,
    operator: &str,
    action: &str,
    target: &str,
    ip: &str,
) -> StoreResult<()> {
    let entry = Entry {
        id: random_token(12),
        at,
        operator: operator.to_owned(),
        action: action.to_owned(),
        target: target.to_owned(),
        ip: ip.to_owned(),
    };
    let bytes = serde_json::to_vec(&entry).map_err(|e| StoreError::Backend(e.to_string()))?;
    // The record first: a crash before the listing leaves an entry unlisted, never a
    // listed entry that is missing.
    store.put(&key(&entry.id), &bytes, None).await?;
    listing().add(store, &list_entry(&entry)).await?;
    tracing::info!(operator, action, target, "operator action");
    Ok(())
}

/// A page of 25 entries, newest first or found by `search`; and the next page's cursor.
pub async fn page(
    store: &dyn Store,
    search: &str,
    cursor: Option<&str>,
) -> StoreResult<(Vec<Entry>, Option<String>)> {
    let Page { ids, next } = listing().page(store, search, cursor, 25).await?;
    let mut entries = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(bytes) = store.get(&key(&id)).await?
            && let Ok(entry) = serde_json::from_slice(&bytes)
        {
            entries.push(entry);
        }
    }
    Ok((entries, next))
}
