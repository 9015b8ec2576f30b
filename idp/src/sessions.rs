//! Server-side sessions. The browser holds only a random identifier; the store keeps the
//! session under the identifier's hash, indexed per account so all can be ended at once.

use serde::{Deserialize, Serialize};
use std::time::Duration;

use crate::clients::Acr;
use crate::secrets::{random_token, token_hash};
use crate::store::due::{self, earliest};
use crate::store::{Store, StoreError, Write, keys};

/// The method a recovery code adds (not an RFC 8176 value, and never in `amr`).
pub const RECOVERY_CODE: &str = "rec";
/// Added (beside `hwk`, `user`, `pin`) when one security key both proved possession and
/// verified the user: what "high" means. Internal, never in `amr`; methods gathered from
/// different factors (an app's PIN, a key without verification) never make it.
pub const VERIFIED_KEY: &str = "hwk-uv";

/// Methods kept for our own rules, not RFC 8176 values for applications.
pub fn is_internal_method(method: &str) -> bool {
    matches!(method, RECOVERY_CODE | VERIFIED_KEY)
}

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
    /// Public session id, shared with relying parties (`sid` claim, back-channel logout).
    #[serde(default)]
    pub sid: String,
    /// Last request seen (updated at most once a minute).
    #[serde(default)]
    pub last_seen: i64,
    /// How many times the person signed in again on this session (`renew`).
    #[serde(default)]
    pub auth_count: u32,
    /// When a recovery code was proved in this sign-in. A code is no sign-in (it does not
    /// move `auth_time`), but the time to add a factor with it counts from it
    /// (`recovery::recent_second_factor`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_at: Option<i64>,
}

impl Session {
    /// Names this sign-in of the session: it changes when the person signs in again, the
    /// `sid` does not (`prompt=login` asks for a new one).
    pub fn auth_mark(&self) -> String {
        format!("{}#{}", self.sid, self.auth_count)
    }

    /// The assurance the methods used reach, for applications: a password alone is "low",
    /// any second factor "substantial", a phishing-resistant key that verified the user
    /// (`VERIFIED_KEY`) "high". A recovery code ("rec") counts for none of them: it only
    /// lets the person into My account to enrol a new factor.
    pub fn acr(&self) -> Acr {
        let has = |m: &str| self.methods.iter().any(|x| x == m);
        if has(VERIFIED_KEY) {
            Acr::High
        } else if self
            .methods
            .iter()
            .any(|m| !matches!(m.as_str(), "pwd" | RECOVERY_CODE))
        {
            Acr::Substantial
        } else {
            Acr::Low
        }
    }

    /// Whether a second factor (a recovery code included) was proved in this sign-in.
    pub fn has_second_factor(&self) -> bool {
        self.methods.iter().any(|m| m != "pwd")
    }
}

pub struct NewSession {
    /// The cookie value; shown once, stored only as a hash.
    pub token: String,
    pub session: Session,
}

fn encode(session: &Session) -> Result<Vec<u8>, StoreError> {
    serde_json::to_vec(session).map_err(|e| StoreError::Backend(e.to_string()))
}

/// Stores `session` under the cookie hash `hash`, index first: a crash between the writes
/// leaves a dangling index entry, which listing skips, never a session that "end all"
/// cannot find.
/// Writes the session, then `also` (the sign-in's other writes: one commit on the
/// embedded store), then counts it as opened when `counted` (see [`active`]).
async fn write(
    store: &dyn Store,
    hash: &str,
    session: &Session,
    lifetime: Duration,
    counted: bool,
    also: &[Write<'_>],
) -> Result<(), StoreError> {
    // In this order on a store that writes them one after another (a Redis Cluster): the
    // account's list first, so that "end all sessions" finds every session that can be
    // loaded.
    let (list, record, by_sid) = (
        keys::account_sessions(&session.account_id),
        keys::session(hash),
        keys::session_by_sid(&session.sid),
    );
    let (due_list, due) = (
        keys::account_sessions_due(&session.account_id),
        due::member(session.expires_at, hash),
    );
    let value = encode(session)?;
    let (counter, window) = counter(Count::Opened, session);
    let mut writes = vec![
        Write::SetAdd(&list, hash),
        Write::SortedAdd(&due_list, &due),
        Write::Put(&record, &value, Some(lifetime)),
        Write::Put(&by_sid, hash.as_bytes(), Some(lifetime)),
    ];
    writes.extend_from_slice(also);
    if counted {
        writes.push(Write::Incr(&counter, window));
    }
    store.write_all(&writes).await
}

#[allow(clippy::too_many_arguments)]
pub async fn create(
    store: &dyn Store,
    now: i64,
    lifetime: Duration,
    account_id: &str,
    methods: Vec<String>,
    ip: &str,
    user_agent: &str,
    also: &[Write<'_>],
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
        sid: random_token(16),
        last_seen: now,
        auth_count: 0,
        code_at: None,
    };
    write(store, &hash, &session, lifetime, true, also).await?;
    Ok(NewSession { token, session })
}

/// Signs in again on the live session behind `old_token` (a new password typed in the same
/// browser, for `prompt=login`, `max_age` or a step-up): the session keeps its `sid`, so
/// relying parties stay signed in and nothing is logged out; it gets a new cookie value,
/// a new `auth_time` and only the methods just used. `None` when that session is gone.
#[allow(clippy::too_many_arguments)]
pub async fn renew(
    store: &dyn Store,
    old_token: &str,
    now: i64,
    lifetime: Duration,
    methods: Vec<String>,
    ip: &str,
    user_agent: &str,
    also: &[Write<'_>],
) -> Result<Option<NewSession>, StoreError> {
    let Some(old) = load(store, now, old_token).await? else {
        return Ok(None);
    };
    let token = random_token(32);
    let hash = token_hash(&token);
    let session = Session {
        expires_at: now.saturating_add(i64::try_from(lifetime.as_secs()).unwrap_or(i64::MAX)),
        auth_time: now,
        methods,
        ip: ip.to_owned(),
        user_agent: user_agent.chars().take(200).collect(),
        last_seen: now,
        auth_count: old.auth_count.saturating_add(1),
        code_at: None,
        ..old.clone()
    };
    // The new cookie value first, then the old one goes: a crash between leaves both,
    // one session under two values, which "end all" still finds.
    write(store, &hash, &session, lifetime, false, also).await?;
    let old_hash = token_hash(old_token);
    let (old_record, list) = (
        keys::session(&old_hash),
        keys::account_sessions(&session.account_id),
    );
    store
        .write_all(&[
            Write::Delete(&old_record),
            Write::SetRemove(&list, &old_hash),
        ])
        .await?;
    // It now expires later: counted again in its new hour.
    if old.expires_at.div_euclid(3600) != session.expires_at.div_euclid(3600) {
        count(store, Count::Ended, &old).await;
        count(store, Count::Opened, &session).await;
    }
    Ok(Some(NewSession { token, session }))
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

/// Ends the session behind a cookie value; returns it when it was live.
pub async fn end(store: &dyn Store, token: &str) -> Result<Option<Session>, StoreError> {
    end_by_hash(store, &token_hash(token)).await
}

async fn end_by_hash(store: &dyn Store, hash: &str) -> Result<Option<Session>, StoreError> {
    let Some(bytes) = store.take(&keys::session(hash)).await? else {
        return Ok(None);
    };
    let session: Option<Session> = serde_json::from_slice(&bytes).ok();
    if let Some(session) = &session {
        store
            .set_remove(&keys::account_sessions(&session.account_id), hash)
            .await?;
        store.delete(&keys::session_by_sid(&session.sid)).await?;
        count(store, Count::Ended, session).await;
    }
    Ok(session)
}

/// Ends every session of the account except the one whose cookie is `keep` (if given);
/// returns the sessions ended.
pub async fn end_all(
    store: &dyn Store,
    account_id: &str,
    keep: Option<&str>,
) -> Result<Vec<Session>, StoreError> {
    let keep = keep.map(token_hash);
    let index = keys::account_sessions(account_id);
    let mut ended = Vec::new();
    for hash in store.set_members(&index).await? {
        if keep.as_deref() == Some(hash.as_str()) {
            continue;
        }
        if let Some(session) = end_by_hash(store, &hash).await? {
            ended.push(session);
        }
        store.set_remove(&index, &hash).await?;
    }
    Ok(ended)
}

#[derive(Clone, Copy)]
enum Count {
    Opened,
    Ended,
}

/// Counts a session opened or ended in the hour it expires in (see [`active`]), apart from
/// its other writes (a new session is counted in the write that opens it). A fault here is
/// logged, never the sign-out's or renewal's failure: it only skews a metric.
async fn count(store: &dyn Store, kind: Count, session: &Session) {
    let (key, window) = counter(kind, session);
    if let Err(e) = store.incr(&key, window).await {
        tracing::warn!(error = %e, "counting sessions for the metrics failed");
    }
}

/// The counter of the sessions opened or ended that expire in the hour `session` expires
/// in, and how long it is kept: until well after its hour has passed (first counted at
/// most a lifetime before).
fn counter(kind: Count, session: &Session) -> (String, Duration) {
    let kind = match kind {
        Count::Opened => "opened",
        Count::Ended => "ended",
    };
    let key = keys::sessions_by_expiry(kind, session.expires_at.div_euclid(3600));
    let seconds = session.expires_at.saturating_sub(session.created_at) + 2 * 3600;
    let window = Duration::from_secs(u64::try_from(seconds).unwrap_or(2 * 3600));
    (key, window)
}

/// Sessions open now, across every replica: those counted as opened minus those ended
/// before their time, over the hours from this one to the longest a session opened now
/// can last (`lifetime_hours`). Sessions that expired earlier in the current hour are
/// still counted; those of past hours never are. `2 * (lifetime_hours + 2)` reads,
/// whatever the number of sessions.
pub async fn active(store: &dyn Store, now: i64, lifetime_hours: u64) -> Result<u64, StoreError> {
    let first = now.div_euclid(3600);
    let last = first.saturating_add(i64::try_from(lifetime_hours).unwrap_or(0) + 1);
    let read = |key: String| async move {
        let value = store.get(&key).await?;
        Ok::<u64, StoreError>(
            value
                .and_then(|v| String::from_utf8(v).ok())
                .and_then(|v| v.parse().ok())
                .unwrap_or(0),
        )
    };
    let (mut opened, mut ended) = (0u64, 0u64);
    for hour in first..=last {
        opened = opened.saturating_add(read(keys::sessions_by_expiry("opened", hour)).await?);
        ended = ended.saturating_add(read(keys::sessions_by_expiry("ended", hour)).await?);
    }
    Ok(opened.saturating_sub(ended))
}

/// Whether the session with public id `sid` is still live.
pub async fn is_live(store: &dyn Store, now: i64, sid: &str) -> Result<bool, StoreError> {
    Ok(live_by_sid(store, now, sid).await?.is_some())
}

/// The session with public id `sid`, if it is still live.
pub async fn live_by_sid(
    store: &dyn Store,
    now: i64,
    sid: &str,
) -> Result<Option<Session>, StoreError> {
    let Some(hash) = store.get(&keys::session_by_sid(sid)).await? else {
        return Ok(None);
    };
    let Some(bytes) = store
        .get(&keys::session(&String::from_utf8_lossy(&hash)))
        .await?
    else {
        return Ok(None);
    };
    Ok(serde_json::from_slice::<Session>(&bytes)
        .ok()
        .filter(|s| s.expires_at > now))
}

/// Records a further method proven in this session (a second factor): the session's level
/// rises and `auth_time` moves to now.
pub async fn add_method(
    store: &dyn Store,
    token: &str,
    now: i64,
    method: &str,
) -> Result<Option<Session>, StoreError> {
    change_methods(store, token, now, true, |session| {
        if !session.methods.iter().any(|m| m == method) {
            session.methods.push(method.to_owned());
        }
    })
    .await
}

/// Records a recovery code proven in this session. A code is no sign-in: `auth_time`
/// stays the password's (an application's `max_age` is not met by a code); the time to
/// add a factor with it counts from `code_at`. The second factors proved before it, whose
/// proof may be hours old, are dropped, so that nothing passes for a recent real factor
/// (`recovery::recent_real_factor`). The session is at level "low" after it, whatever it
/// was.
pub async fn add_recovery_code(
    store: &dyn Store,
    token: &str,
    now: i64,
) -> Result<Option<Session>, StoreError> {
    change_methods(store, token, now, false, |session| {
        session.methods.retain(|m| m == "pwd");
        session.methods.push(RECOVERY_CODE.to_owned());
        session.code_at = Some(now);
    })
    .await
}

/// `fresh`: the method is an authentication of its own, so `auth_time` moves to now.
async fn change_methods(
    store: &dyn Store,
    token: &str,
    now: i64,
    fresh: bool,
    change: impl Fn(&mut Session),
) -> Result<Option<Session>, StoreError> {
    let key = keys::session(&token_hash(token));
    loop {
        let Some(current) = store.get(&key).await? else {
            return Ok(None);
        };
        let Ok(mut session) = serde_json::from_slice::<Session>(&current) else {
            return Ok(None);
        };
        if session.expires_at <= now {
            return Ok(None);
        }
        change(&mut session);
        if fresh {
            // A real proof now: the time of any code before it no longer counts.
            session.auth_time = now;
            session.code_at = None;
        }
        let ttl =
            std::time::Duration::from_secs(u64::try_from(session.expires_at - now).unwrap_or(1));
        if store
            .compare_and_set(&key, Some(&current), Some(&encode(&session)?), Some(ttl))
            .await?
        {
            return Ok(Some(session));
        }
    }
}

/// Notes activity on the session, at most once a minute (a write per page would be waste).
pub async fn touch(
    store: &dyn Store,
    token: &str,
    session: &Session,
    now: i64,
) -> Result<(), StoreError> {
    if now - session.last_seen < 60 {
        return Ok(());
    }
    let key = keys::session(&token_hash(token));
    let Some(current) = store.get(&key).await? else {
        return Ok(());
    };
    let Ok(mut fresh) = serde_json::from_slice::<Session>(&current) else {
        return Ok(());
    };
    fresh.last_seen = now;
    let ttl =
        std::time::Duration::from_secs(u64::try_from((fresh.expires_at - now).max(1)).unwrap_or(1));
    // Losing this race to another update is fine: that update is newer.
    store
        .compare_and_set(&key, Some(&current), Some(&encode(&fresh)?), Some(ttl))
        .await?;
    Ok(())
}

/// Looks at up to [`due::PAGE`] of the account's sessions whose time has passed, the
/// earliest first, and drops them from the account's list (and their records, should the
/// store still hold them): "end all" and "My sessions" read that list whole. A session's
/// expiry never moves (a renewal is a new entry), so one past its time is over; one ended
/// or renewed earlier left the list then, and only its due entry goes here. Returns how
/// many entries went.
pub async fn prune(store: &dyn Store, account_id: &str, now: i64) -> Result<usize, StoreError> {
    let (list, due_list) = (
        keys::account_sessions(account_id),
        keys::account_sessions_due(account_id),
    );
    let mut dropped = 0;
    for entry in store.sorted_range(&due_list, &earliest(due::PAGE)).await? {
        let parsed = due::parse(&entry);
        if parsed.is_some_and(|(due, _)| due > now) {
            break;
        }
        match parsed {
            Some((_, hash)) => {
                let record = keys::session(hash);
                store
                    .write_all(&[
                        Write::Delete(&record),
                        Write::SetRemove(&list, hash),
                        Write::SortedRemove(&due_list, &entry),
                    ])
                    .await?;
            }
            None => {
                store.sorted_remove(&due_list, &entry).await?;
            }
        }
        dropped += 1;
    }
    Ok(dropped)
}

/// The live sessions of an account; index entries of ended sessions are cleaned up.
pub async fn list_for_account(
    store: &dyn Store,
    account_id: &str,
    now: i64,
) -> Result<Vec<(String, Session)>, StoreError> {
    let index = keys::account_sessions(account_id);
    let mut live = Vec::new();
    for hash in store.set_members(&index).await? {
        let session = store
            .get(&keys::session(&hash))
            .await?
            .and_then(|b| serde_json::from_slice::<Session>(&b).ok());
        match session {
            Some(session) if session.expires_at > now => live.push((hash, session)),
            _ => {
                store.set_remove(&index, &hash).await?;
            }
        }
    }
    live.sort_by_key(|(_, s)| std::cmp::Reverse(s.last_seen.max(s.auth_time)));
    Ok(live)
}

/// Ends the account's session with public id `sid` (not another account's).
pub async fn end_by_sid(
    store: &dyn Store,
    account_id: &str,
    sid: &str,
) -> Result<Option<Session>, StoreError> {
    let Some(hash) = store.get(&keys::session_by_sid(sid)).await? else {
        return Ok(None);
    };
    let hash = String::from_utf8_lossy(&hash).into_owned();
    let owned = store
        .set_contains(&keys::account_sessions(account_id), &hash)
        .await?;
    if !owned {
        return Ok(None);
    }
    end_by_hash(store, &hash).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(methods: &[&str]) -> Session {
        Session {
            account_id: "a".into(),
            created_at: 0,
            expires_at: 1,
            auth_time: 0,
            methods: methods.iter().map(|m| (*m).to_owned()).collect(),
            ip: String::new(),
            user_agent: String::new(),
            sid: String::new(),
            last_seen: 0,
            auth_count: 0,
            code_at: None,
        }
    }

    #[test]
    fn high_needs_one_key_that_verified_the_user() {
        assert_eq!(with(&["pwd"]).acr(), Acr::Low);
        assert_eq!(with(&["pwd", RECOVERY_CODE]).acr(), Acr::Low);
        assert_eq!(with(&["pwd", "otp"]).acr(), Acr::Substantial);
        // The app's PIN and a key without verification, gathered in one session: no "high".
        assert_eq!(
            with(&["pwd", "swk", "pin", "hwk", "user"]).acr(),
            Acr::Substantial
        );
        assert_eq!(
            with(&["pwd", "hwk", "user", "pin", VERIFIED_KEY]).acr(),
            Acr::High
        );
        assert!(with(&["pwd", RECOVERY_CODE]).has_second_factor());
    }
}
