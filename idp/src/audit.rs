//! The security history of an account: what changed, when, from where. Kept in the store
//! (newest 200 events), shown in "My account", and each event is also mailed to the owner.

use serde::{Deserialize, Serialize};

use crate::secrets::random_token;
use crate::store::{Store, StoreError};

const KEEP: usize = 200;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Event {
    pub at: i64,
    /// In English (what operators read; all that events recorded before the catalogues
    /// hold).
    pub what: String,
    pub ip: String,
    /// Makes each event a distinct set member even when two are alike.
    id: String,
    /// The catalogue key of `what` and its placeholders, for the owner's own language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    args: Vec<(String, String)>,
}

/// The placeholders an event's text may hold (Fluent wants their names `'static`).
const PLACEHOLDERS: &[&str] = &["browser"];

impl Event {
    /// What happened, in `lang` when the event was recorded with a key, else as stored.
    pub fn text(&self, lang: ern_i18n::Lang) -> String {
        match &self.key {
            Some(key) => ern_i18n::t_args(lang, key, &fluent_args(&self.args)),
            None => self.what.clone(),
        }
    }
}

fn fluent_args(args: &[(String, String)]) -> Vec<(&'static str, ern_i18n::FluentValue<'_>)> {
    args.iter()
        .filter_map(|(name, value)| {
            let name = PLACEHOLDERS.iter().find(|p| **p == name)?;
            Some((*name, ern_i18n::FluentValue::from(value.as_str())))
        })
        .collect()
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
        key: None,
        args: Vec::new(),
    };
    add(store, account_id, &event).await
}

/// Records an event by its catalogue key (placeholders named in [`PLACEHOLDERS`]): shown
/// to the owner in their language, kept in English for operators.
pub async fn record_key(
    store: &dyn Store,
    account_id: &str,
    at: i64,
    key: &str,
    args: &[(&'static str, &str)],
    ip: &str,
) -> Result<(), StoreError> {
    let args: Vec<(String, String)> = args
        .iter()
        .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
        .collect();
    let mut event = Event {
        at,
        what: String::new(),
        ip: ip.to_owned(),
        id: random_token(6),
        key: Some(key.to_owned()),
        args,
    };
    event.what = event.text(ern_i18n::Lang::EN);
    add(store, account_id, &event).await
}

async fn add(store: &dyn Store, account_id: &str, event: &Event) -> Result<(), StoreError> {
    let member = serde_json::to_string(event).map_err(|e| StoreError::Backend(e.to_string()))?;
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::Event;
    use ern_i18n::Lang;

    /// Events from before the catalogues hold English only and show as stored; keyed ones
    /// are read in the reader's language (English here: the only catalogue so far), their
    /// placeholders filled.
    #[test]
    fn old_events_show_as_stored_and_keyed_ones_from_the_catalogue() {
        let old: Event =
            serde_json::from_str(r#"{"at":1,"what":"token added","ip":"::1","id":"a"}"#).unwrap();
        assert_eq!(old.text(Lang::EN), "token added");
        let keyed: Event = serde_json::from_str(
            r#"{"at":1,"what":"stale","ip":"::1","id":"b","key":"login-history-new-browser","args":[["browser","Firefox"]]}"#,
        )
        .unwrap();
        assert_eq!(
            keyed.text(Lang::EN),
            "new sign-in from a browser not seen before (Firefox)"
        );
        let roundtrip: Event = serde_json::from_str(&serde_json::to_string(&old).unwrap()).unwrap();
        assert_eq!(roundtrip, old, "an event without a key stays without one");
    }
}
