//! The security history of an account: what changed, when, from where. Kept in the store
//! (newest 200 events), shown in "My account", and each event is also mailed to the owner.
//!
//! A line is kept as a catalogue key with its placeholder values ([`Line`]) and worded in
//! the reader's language when shown ([`Event::shown`]). The English wording is stored
//! beside it, for operators' tools and for lines written before the catalogues, which
//! have no key and are shown as stored.

use serde::{Deserialize, Serialize};

use crate::secrets::random_token;
use crate::store::{Store, StoreError, Write};

const KEEP: usize = 200;

/// The placeholders a history line may use (a closed set: stored names map back to them).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Placeholder {
    Name,
    Number,
    Email,
    Old,
    New,
    Count,
    Devices,
    Tokens,
    Link,
    Browser,
}

impl Placeholder {
    fn name(self) -> &'static str {
        match self {
            Placeholder::Name => "name",
            Placeholder::Number => "number",
            Placeholder::Email => "email",
            Placeholder::Old => "old",
            Placeholder::New => "new",
            Placeholder::Count => "count",
            Placeholder::Devices => "devices",
            Placeholder::Tokens => "tokens",
            Placeholder::Link => "link",
            Placeholder::Browser => "browser",
        }
    }
}

/// A placeholder's value: numbers stay numbers, for plural rules.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(untagged)]
pub enum Value {
    Number(i64),
    Text(String),
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Value::Text(text.to_owned())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::Text(text)
    }
}

impl From<usize> for Value {
    fn from(n: usize) -> Self {
        Value::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// What a history line says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// A catalogue message (`history-…`) and its placeholders.
    Message {
        key: &'static str,
        args: Vec<(Placeholder, Value)>,
    },
    /// English text, shown as it is (code not moved to the catalogues yet).
    Plain(String),
}

impl Line {
    /// The message `key`, to be given its placeholders with [`Line::with`].
    pub fn new(key: &'static str) -> Line {
        Line::Message {
            key,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: Placeholder, value: impl Into<Value>) -> Line {
        if let Line::Message { args, .. } = &mut self {
            args.push((name, value.into()));
        }
        self
    }

    /// The line in `lang`.
    pub fn text(&self, lang: ern_i18n::Lang) -> String {
        match self {
            Line::Message { key, args } => {
                words(lang, key, args).unwrap_or_else(|| key.to_string())
            }
            Line::Plain(text) => text.clone(),
        }
    }
}

impl From<&Line> for Line {
    fn from(line: &Line) -> Self {
        line.clone()
    }
}

impl From<&str> for Line {
    fn from(text: &str) -> Self {
        Line::Plain(text.to_owned())
    }
}

impl From<&String> for Line {
    fn from(text: &String) -> Self {
        Line::Plain(text.clone())
    }
}

impl From<String> for Line {
    fn from(text: String) -> Self {
        Line::Plain(text)
    }
}

/// `key` in `lang` with `args`; `None` when the catalogue lacks the key.
fn words(lang: ern_i18n::Lang, key: &str, args: &[(Placeholder, Value)]) -> Option<String> {
    let args: Vec<(&'static str, ern_i18n::FluentValue<'_>)> = args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Value::Number(n) => ern_i18n::FluentValue::from(*n),
                Value::Text(t) => ern_i18n::FluentValue::from(t.as_str()),
            };
            (name.name(), value)
        })
        .collect();
    let text = ern_i18n::t_args(lang, key, &args);
    (text != key).then_some(text)
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Event {
    pub at: i64,
    /// In English: how operators' tools show it, and all a line written before the
    /// catalogues has.
    pub what: String,
    /// The catalogue message, when the line has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(Placeholder, Value)>,
    pub ip: String,
    /// Makes each event a distinct set member even when two are alike.
    id: String,
}

impl Event {
    /// The line in `lang`: its message when it has one the catalogue knows, else as stored.
    pub fn shown(&self, lang: ern_i18n::Lang) -> String {
        self.key
            .as_deref()
            .and_then(|key| words(lang, key, &self.args))
            .unwrap_or_else(|| self.what.clone())
    }
}

fn key(account_id: &str) -> String {
    format!("audit:{account_id}")
}

/// Adds a line to the account's history, in one write (the oldest lines past [`KEEP`] go
/// with it).
pub async fn record(
    store: &dyn Store,
    account_id: &str,
    at: i64,
    what: impl Into<Line>,
    ip: &str,
) -> Result<(), StoreError> {
    let entry = Entry::prepare(store, account_id, at, what, ip).await?;
    store.write_all(&entry.writes()).await
}

/// A line of an account's history, ready to be written with other writes in one
/// [`Store::write_all`] (one commit): the event, and the oldest ones it pushes out.
pub struct Entry {
    key: String,
    /// None when the line is older than every line the history keeps.
    member: Option<String>,
    pushed_out: Vec<String>,
}

impl Entry {
    /// Reads the account's history to find what the new line pushes out (past [`KEEP`]).
    pub async fn prepare(
        store: &dyn Store,
        account_id: &str,
        at: i64,
        what: impl Into<Line>,
        ip: &str,
    ) -> Result<Self, StoreError> {
        let line = what.into();
        let (key_name, args) = match &line {
            Line::Message { key, args } => (Some((*key).to_owned()), args.clone()),
            Line::Plain(_) => (None, Vec::new()),
        };
        let event = Event {
            at,
            what: line.text(ern_i18n::Lang::EN),
            key: key_name,
            args,
            ip: ip.to_owned(),
            id: random_token(6),
        };
        let member =
            serde_json::to_string(&event).map_err(|e| StoreError::Backend(e.to_string()))?;
        let key = key(account_id);
        let members = store.set_members(&key).await?;
        // With the new line, one over KEEP pushes out the oldest (the new one too, when
        // it is older than every line kept: lines can come out of order).
        let over = (members.len() + 1).saturating_sub(KEEP);
        let mut pushed_out = Vec::new();
        let mut kept = true;
        if over > 0 {
            // Only the time of each is read (a full parse of 200 events took ~0.4 ms of a
            // sign-in from a new browser).
            #[derive(Deserialize)]
            struct At {
                at: i64,
            }
            let mut events: Vec<(i64, String)> = members
                .into_iter()
                .map(|m| (serde_json::from_str::<At>(&m).map_or(0, |e| e.at), m))
                .collect();
            events.push((at, member.clone()));
            events.sort();
            for (_, oldest) in events.into_iter().take(over) {
                if oldest == member {
                    kept = false;
                } else {
                    pushed_out.push(oldest);
                }
            }
        }
        Ok(Self {
            key,
            member: kept.then_some(member),
            pushed_out,
        })
    }

    /// The new line first, then the oldest ones go: a fault between (a Redis Cluster makes
    /// them one after another) leaves a history a line too long, never one short of the new
    /// line.
    pub fn writes(&self) -> Vec<Write<'_>> {
        let new = self.member.iter().map(|m| Write::SetAdd(&self.key, m));
        new.chain(
            self.pushed_out
                .iter()
                .map(|old| Write::SetRemove(&self.key, old)),
        )
        .collect()
    }
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
    use super::*;
    use ern_i18n::Lang;

    #[test]
    fn a_line_keeps_its_key_and_placeholders_and_is_worded_when_shown() {
        let line = Line::new("history-code-used").with(Placeholder::Count, 9usize);
        let event = Event {
            at: 1,
            what: line.text(Lang::EN),
            key: Some("history-code-used".into()),
            args: vec![(Placeholder::Count, Value::Number(9))],
            ip: "192.0.2.1".into(),
            id: "x".into(),
        };
        assert_eq!(event.what, "signed in with a recovery code (9 left)");
        let stored = serde_json::to_string(&event).unwrap();
        assert!(stored.contains(r#""args":[["count",9]]"#), "{stored}");
        let back: Event = serde_json::from_str(&stored).unwrap();
        assert_eq!(back, event);
        assert_eq!(
            back.shown(Lang::EN),
            "signed in with a recovery code (9 left)"
        );
        // Text placeholders stay text.
        let phone = Line::new("history-phone-added").with(Placeholder::Number, "+32 470 12 34 56");
        assert_eq!(
            phone.text(Lang::EN),
            "mobile phone number +32 470 12 34 56 added"
        );
    }

    #[test]
    fn a_line_written_before_the_catalogues_is_shown_as_stored() {
        let old = r#"{"at":5,"what":"token added","ip":"192.0.2.1","id":"abc"}"#;
        let event: Event = serde_json::from_str(old).unwrap();
        assert_eq!(event.key, None);
        assert_eq!(event.shown(Lang::EN), "token added");
        let fr = Lang::from_code("fr").unwrap();
        assert_eq!(event.shown(fr), "token added");
        // A key the catalogue no longer has: the stored English.
        let gone = Event {
            key: Some("history-no-such-line".into()),
            ..event
        };
        assert_eq!(gone.shown(fr), "token added");
        // Plain text given by code not moved to the catalogues yet.
        assert_eq!(
            Line::from("unlocked by an administrator").text(fr),
            "unlocked by an administrator"
        );
    }

    /// The history keeps the newest KEEP lines: the oldest go, whatever order they came in.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_history_keeps_the_newest_lines() {
        let dir = tempfile::tempdir().unwrap();
        let store = crate::store::SqliteStore::open(dir.path()).unwrap();
        // Times out of order: 1000 + (7 n mod KEEP + 5), each once.
        let total = KEEP + 5;
        for n in 0..total {
            let at = 1000 + i64::try_from((7 * n) % total).unwrap();
            record(
                &store,
                "acct",
                at,
                Line::new("history-code-used"),
                "192.0.2.1",
            )
            .await
            .unwrap();
        }
        let kept = list(&store, "acct").await.unwrap();
        assert_eq!(kept.len(), KEEP);
        let oldest = kept.iter().map(|e| e.at).min().unwrap();
        assert_eq!(oldest, 1005, "the five oldest went");
        assert_eq!(kept[0].at, 1000 + i64::try_from(total - 1).unwrap());
    }
}
