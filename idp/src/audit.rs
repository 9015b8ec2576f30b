//! The security history of an account: what changed, when, from where. Kept in the store
//! (newest 200 events), shown in "My account", and each event is also mailed to the owner.

use serde::{Deserialize, Serialize};

use crate::secrets::random_token;
use crate::store::{Store, StoreError};

const KEEP: usize = 200;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Event {
    pub at: i64,
    pub what: String,
    pub ip: String,
    /// Makes each event a distinct set member even when two are alike.
    id: String,
}

fn key(account_id: &str) -> String {
    format!("audit:{account_id}")
}

pub async fn record(
    store: &dyn Store,
    account_id: &str,
    at: i64,
    what: &str,
    ip: &str,
) -> Result<(), StoreError> {
    let event = Event {
        at,
        what: what.to_owned(),
        ip: ip.to_owned(),
        id: random_token(6),
    };
    let member = serde_json::to_string(&event).map_err(|e| StoreError::Backend(e.to_string()))?;
    store.set_add(&key(account_id), &member).await?;
    let members = store.set_members(&key(account_id)).await?;
    if members.len() > KEEP {
        let mut events: Vec<(i64, String)> = members
            .into_iter()
            .map(|m| (serde_json::from_str::<Event>(&m).map_or(0, |e| e.at), m))
            .collect();
        events.sort();
        for (_, oldest) in events.iter().take(events.len() - KEEP) {
            store.set_remove(&key(account_id), oldest).await?;
        }
    }
    Ok(())
}

/// Newest first.
pub async fn list(store: &dyn Store, account_id: &str) -> Result<Vec<Event>, StoreError> {
    let mut events: Vec<Event> = store
        .set_members(&key(account_id))
        .await?
        .iter()
        .filter_map(|m| serde_json::from_str(m).ok())
        .collect();
    events.sort_by_key(|e| std::cmp::Reverse(e.at));
    Ok(events)
}
