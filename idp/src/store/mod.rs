//! The one storage trait every piece of state goes through, and its two backends.
//!
//! Each primitive maps onto one Redis command or one short Lua script, so the embedded
//! backend and Redis give the same guarantees: a `take` is atomic, a counter is exact, a
//! compare-and-set never loses an update. Expiry here is garbage collection only; rules
//! that depend on time (link lifetimes, lockouts) check timestamps against the injected
//! clock so that tests can move time.

pub mod counting;
pub mod due;
pub mod listing;
pub mod observed;
mod redis_errors;
mod redis_scan;
mod redis_store;
mod sqlite;
pub mod sqlite_backup;

use std::time::Duration;

use async_trait::async_trait;

pub use redis_store::RedisStore;
pub use sqlite::{FILE_NAME as SQLITE_FILE, LOCK_FILE, SqliteStore};

#[derive(Clone, Debug, thiserror::Error)]
pub enum StoreError {
    /// The backend cannot be reached or did not answer in time; the request may be retried.
    #[error("store unavailable: {0}")]
    Unavailable(String),
    /// The backend answered with something this code did not expect.
    #[error("store error: {0}")]
    Backend(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

/// `keys`' values read one after the other: [`Store::get_many`] where the store has no
/// command for several keys at once.
pub(crate) async fn get_each<S: Store + ?Sized>(
    store: &S,
    keys: &[&str],
) -> StoreResult<Vec<Option<Vec<u8>>>> {
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        values.push(store.get(key).await?);
    }
    Ok(values)
}

#[async_trait]
pub trait Store: Send + Sync + 'static {
    async fn get(&self, key: &str) -> StoreResult<Option<Vec<u8>>>;
    /// The values of `keys`, in their order: one command where the store has one (Redis
    /// `MGET`, split by slot on a cluster), else one `get` after the other.
    async fn get_many(&self, keys: &[&str]) -> StoreResult<Vec<Option<Vec<u8>>>> {
        get_each(self, keys).await
    }
    /// Writes the value, replacing any previous one and its expiry (Redis `SET [PX]`).
    async fn put(&self, key: &str, value: &[u8], ttl: Option<Duration>) -> StoreResult<()>;
    /// Writes only when the key is absent; true when written (Redis `SET NX [PX]`).
    async fn put_if_absent(
        &self,
        key: &str,
        value: &[u8],
        ttl: Option<Duration>,
    ) -> StoreResult<bool>;
    /// Writes every entry, without expiry, only when none of the keys exists (Redis `MSETNX`).
    /// The keys must share one hash tag (see [`keys`]), so that a Redis Cluster keeps them in
    /// one slot; keys that do not are refused by every backend, so that a caller that would
    /// fail on a cluster fails in every test.
    async fn put_all_if_absent(&self, entries: &[(&str, &[u8])]) -> StoreResult<bool>;
    /// Reads and deletes in one step: of many concurrent takes, one gets the value (`GETDEL`).
    async fn take(&self, key: &str) -> StoreResult<Option<Vec<u8>>>;
    /// True when something was deleted (`DEL`).
    async fn delete(&self, key: &str) -> StoreResult<bool>;
    /// Adds one and returns the new count; a new counter expires after `window` (fixed window).
    async fn incr(&self, key: &str, window: Duration) -> StoreResult<u64>;
    /// Replaces the value only when the current one is `expected` (`None`: absent); a `new`
    /// of `None` deletes. True when the swap happened.
    async fn compare_and_set(
        &self,
        key: &str,
        expected: Option<&[u8]>,
        new: Option<&[u8]>,
        ttl: Option<Duration>,
    ) -> StoreResult<bool>;
    /// True when the member was not yet in the set (`SADD`).
    async fn set_add(&self, key: &str, member: &str) -> StoreResult<bool>;
    /// True when the member was in the set (`SREM`).
    async fn set_remove(&self, key: &str, member: &str) -> StoreResult<bool>;
    /// Every member, in no particular order (`SMEMBERS`).
    async fn set_members(&self, key: &str) -> StoreResult<Vec<String>>;
    /// Whether `member` is in the set (`SISMEMBER`): one point read, whatever the set's size.
    async fn set_contains(&self, key: &str, member: &str) -> StoreResult<bool>;
    /// Adds `member` to the ordered set `key`, whose members sort byte by byte (Redis
    /// `ZADD key 0 member`: every score 0, so Redis orders them by bytes too). True when new.
    async fn sorted_add(&self, key: &str, member: &str) -> StoreResult<bool>;
    /// True when the member was in the ordered set (`ZREM`).
    async fn sorted_remove(&self, key: &str, member: &str) -> StoreResult<bool>;
    /// A page of the ordered set: up to `range.limit` members that start with `range.prefix`,
    /// in byte order (descending when `range.descending`), strictly beyond `range.after`
    /// (`ZRANGEBYLEX` / `ZREVRANGEBYLEX ... LIMIT`). A page costs the same whatever the size
    /// of the set: lists and searches are built on this, never on [`Store::set_members`].
    async fn sorted_range(&self, key: &str, range: &SortedRange<'_>) -> StoreResult<Vec<String>>;
    /// Up to about `count` keys that start with `prefix`, from `cursor` (empty at first), and
    /// the next cursor (empty when done). For migrations and maintenance only: a key may
    /// come twice, and keys written during the scan may be missed (Redis `SCAN`).
    async fn scan_keys(
        &self,
        prefix: &str,
        cursor: &str,
        count: usize,
    ) -> StoreResult<(Vec<String>, String)>;
    /// Makes `writes` in their order, as the calls one after another would. The embedded
    /// store commits them as one transaction (all or none, one wait for its writer); one
    /// Redis server runs them as one `MULTI`/`EXEC` sent at once (one round trip; a write
    /// refused while queued, out of memory for one, makes none of them; one that fails
    /// while the transaction runs, which only a bug could cause, leaves the others made),
    /// except removals alone, which go one after another (a Redis out of memory still
    /// makes them one by one, not in a transaction). A Redis Cluster
    /// makes them one after another, their keys lying in different slots, so a fault
    /// part-way leaves the first ones made, as separate calls would: callers order them so
    /// that any first part is safe.
    async fn write_all(&self, writes: &[Write<'_>]) -> StoreResult<()> {
        each_in_turn(self, writes).await
    }
    /// [`Store::write_all`] of `writes`, then [`Store::compare_and_set`] of `swap`: true
    /// when the swap happened. The embedded store does both in one transaction (one wait
    /// for its writer) and, when the swap does not happen, writes nothing. Elsewhere they
    /// are the two calls in this order (one Redis server sends both in one `MULTI`/`EXEC`;
    /// on a Redis Cluster the keys lie in different slots), and the
    /// writes stay made when the swap does not happen: after a false, the caller undoes
    /// them as it would after the two calls (on the embedded store that undoing finds
    /// nothing to undo). The swap's key must not be among `writes`: the embedded store
    /// compares before the writes, the two calls after them.
    async fn write_all_then_swap(&self, writes: &[Write<'_>], swap: Swap<'_>) -> StoreResult<bool> {
        self.write_all(writes).await?;
        self.compare_and_set(swap.key, swap.expected, swap.new, swap.ttl)
            .await
    }
    /// Removes expired records where the backend keeps them until asked (the embedded
    /// store; reads ignore them already); `idp serve` calls it every minute. Redis expires
    /// keys itself: nothing to do there. Returns how many went.
    async fn sweep_expired(&self) -> StoreResult<usize> {
        Ok(0)
    }
    /// Succeeds when the backend answers (`PING`); drives `/readyz`.
    async fn ping(&self) -> StoreResult<()>;
    /// The backend's own clock, in Unix seconds, when it has one apart from ours (Redis
    /// `TIME`); replicas compare theirs with it.
    async fn server_time(&self) -> StoreResult<Option<i64>> {
        Ok(None)
    }
}

/// The compare-and-set of [`Store::write_all_then_swap`]: `key` goes from `expected` to
/// `new` (`None`: absent), with `ttl`.
#[derive(Debug, Clone, Copy)]
pub struct Swap<'a> {
    pub key: &'a str,
    pub expected: Option<&'a [u8]>,
    pub new: Option<&'a [u8]>,
    pub ttl: Option<Duration>,
}

/// One of the writes of [`Store::write_all`].
#[derive(Debug, Clone, Copy)]
pub enum Write<'a> {
    /// As [`Store::put`]: key, value, time to live.
    Put(&'a str, &'a [u8], Option<Duration>),
    /// As [`Store::delete`].
    Delete(&'a str),
    /// As [`Store::set_add`]: set, member.
    SetAdd(&'a str, &'a str),
    /// As [`Store::set_remove`]: set, member.
    SetRemove(&'a str, &'a str),
    /// As [`Store::sorted_add`]: ordered set, member.
    SortedAdd(&'a str, &'a str),
    /// As [`Store::sorted_remove`]: ordered set, member.
    SortedRemove(&'a str, &'a str),
    /// As [`Store::incr`]: counter, window (the new count is not returned).
    Incr(&'a str, Duration),
}

/// [`Store::write_all`] as the calls one after another: the default, and a Redis Cluster's.
pub async fn each_in_turn<S: Store + ?Sized>(store: &S, writes: &[Write<'_>]) -> StoreResult<()> {
    for write in writes {
        match *write {
            Write::Put(key, value, ttl) => store.put(key, value, ttl).await?,
            Write::Delete(key) => {
                store.delete(key).await?;
            }
            Write::SetAdd(key, member) => {
                store.set_add(key, member).await?;
            }
            Write::SetRemove(key, member) => {
                store.set_remove(key, member).await?;
            }
            Write::SortedAdd(key, member) => {
                store.sorted_add(key, member).await?;
            }
            Write::SortedRemove(key, member) => {
                store.sorted_remove(key, member).await?;
            }
            Write::Incr(key, window) => {
                store.incr(key, window).await?;
            }
        }
    }
    Ok(())
}

/// Writes a record, then the index entry that makes it unique (the e-mail address that
/// names an account), each only when absent: for two keys that cannot share a hash tag, so
/// [`Store::put_all_if_absent`] cannot write them together on a Redis Cluster. The record's
/// key must be this write's own (a fresh id, or one derived from the request, which a retry
/// repeats): a retry after a lost answer, or after a crash between the two writes, finds
/// the record or the index entry the first try wrote and completes the pair (true). False,
/// and the record removed again, when the index entry names another record. Readers that
/// come through the index never see an index entry whose record was never written.
pub async fn put_with_unique_index(
    store: &dyn Store,
    record: (&str, &[u8]),
    index: (&str, &[u8]),
) -> StoreResult<bool> {
    // Not written: an earlier try of this same write wrote it.
    store.put_if_absent(record.0, record.1, None).await?;
    if store.put_if_absent(index.0, index.1, None).await?
        || store.get(index.0).await?.as_deref() == Some(index.1)
    {
        return Ok(true);
    }
    store.delete(record.0).await?;
    Ok(false)
}

/// Which page of an ordered set [`Store::sorted_range`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SortedRange<'a> {
    /// Only members starting with this (empty: every member).
    pub prefix: &'a str,
    /// Only members strictly beyond this one in the reading order (the last of the previous
    /// page); `None`: from the start.
    pub after: Option<&'a str>,
    pub limit: usize,
    pub descending: bool,
}

/// One end of a range of members: the bound and whether it is included.
pub type Bound = Option<(String, bool)>;

impl SortedRange<'_> {
    /// The range as (lowest, highest) bounds, `None` where unbounded; both backends turn
    /// these into their own query, so they cannot disagree on a page.
    pub fn bounds(&self) -> (Bound, Bound) {
        let prefix_low = (!self.prefix.is_empty()).then(|| (self.prefix.to_owned(), true));
        let prefix_high = prefix_end(self.prefix).map(|end| (end, false));
        let after = self.after.map(|a| (a.to_owned(), false));
        if self.descending {
            let high = match (prefix_high, after) {
                (Some(p), Some(a)) => Some(if a.0 < p.0 { a } else { p }),
                (p, a) => p.or(a),
            };
            (prefix_low, high)
        } else {
            let low = match (prefix_low, after) {
                (Some(p), Some(a)) => Some(if a.0 >= p.0 { a } else { p }),
                (p, a) => p.or(a),
            };
            (low, prefix_high)
        }
    }
}

/// The first string beyond every string that starts with `prefix` (its last character
/// raised by one), or `None` when nothing is (an empty prefix, or only `char::MAX`).
pub fn prefix_end(prefix: &str) -> Option<String> {
    let mut chars: Vec<char> = prefix.chars().collect();
    while let Some(last) = chars.pop() {
        let next = match last {
            '\u{D7FF}' => Some('\u{E000}'),
            c => char::from_u32(c as u32 + 1),
        };
        if let Some(next) = next {
            chars.push(next);
            return Some(chars.into_iter().collect());
        }
    }
    None
}

/// Key layout, in one place so that backends and operators see the whole namespace.
///
/// On a Redis Cluster each key lives in the hash slot of its name, or of its hash tag: the
/// part between the first `{` and the next `}`. The rule here: every primitive touches one
/// key, except [`super::Store::put_all_if_absent`], whose keys must carry one hash tag
/// ([`share_hash_tag`]) and which every backend refuses otherwise, and
/// [`super::Store::scan_keys`], which a cluster runs master by master. No key below has a tag
/// today: the two multi-key writes there were join keys that cannot share one (an account's
/// id and its e-mail; an access request's id and its account, application and organisation)
/// and go through [`super::put_with_unique_index`] instead. The key names are therefore the
/// same on one server and on a cluster, and no data needs moving between the two. The
/// Redis key prefix (`redis_prefix`) may hold no brace, or it would be every key's tag.
pub mod keys {
    use super::{StoreError, StoreResult};

    /// The hash tag of a key, as Redis Cluster finds it (none: the whole key decides).
    pub fn hash_tag(key: &str) -> Option<&str> {
        let open = key.find('{')?;
        let rest = &key[open + 1..];
        let tag = &rest[..rest.find('}')?];
        (!tag.is_empty()).then_some(tag)
    }

    /// Succeeds when the keys can be written together on a Redis Cluster: one key, or keys
    /// that all carry the same hash tag.
    pub fn share_hash_tag<'a>(keys: impl IntoIterator<Item = &'a str>) -> StoreResult<()> {
        let keys: Vec<&str> = keys.into_iter().collect();
        let Some((first, rest)) = keys.split_first() else {
            return Ok(());
        };
        let tag = hash_tag(first);
        if rest.is_empty() || (tag.is_some() && rest.iter().all(|k| hash_tag(k) == tag)) {
            return Ok(());
        }
        Err(StoreError::Backend(format!(
            "keys written together must share a {{hash tag}} (one Redis Cluster slot): {}",
            keys.join(", ")
        )))
    }

    /// The store's schema version, a decimal number (`crate::schema`); absent: 0.
    pub fn schema_version() -> String {
        "schema-version".into()
    }
    /// Held (with an expiry) by the one process migrating the store to a newer schema.
    pub fn schema_migration() -> String {
        "schema-migration".into()
    }
    pub fn app_secret() -> String {
        "secret:app".into()
    }
    pub fn account(id: &str) -> String {
        format!("account:{id}")
    }
    pub fn account_by_email(email: &str) -> String {
        format!("account-email:{email}")
    }
    pub fn session(id_hash: &str) -> String {
        format!("session:{id_hash}")
    }
    pub fn session_by_sid(sid: &str) -> String {
        format!("session-sid:{sid}")
    }
    pub fn session_clients(sid: &str) -> String {
        format!("session-clients:{sid}")
    }
    /// A pushed authorization request (RFC 9126), under the hash of its request_uri token.
    pub fn pushed_authorization(token_hash: &str) -> String {
        format!("pushed-authorization:{token_hash}")
    }
    /// A `jti` seen on a client's signed JWT (an assertion or a DPoP proof), refused again
    /// until the JWT would have expired anyway.
    pub fn jwt_seen(kind: &str, issuer_hash: &str, jti_hash: &str) -> String {
        format!("jwt-seen:{kind}:{issuer_hash}:{jti_hash}")
    }
    /// The account behind a pairwise subject identifier in a sector (userinfo's lookup).
    pub fn pairwise_subject(sector_hash: &str, sub: &str) -> String {
        format!("pairwise-subject:{sector_hash}:{sub}")
    }
    /// The `pairwise_subject` keys naming an account (deleted with it).
    pub fn account_pairwise_subjects(account_id: &str) -> String {
        format!("account-pairwise-subjects:{account_id}")
    }
    /// A WebAuthn ceremony in progress: `kind` for the session or browser (`binding`).
    pub fn webauthn_ceremony(kind: &str, binding: &str) -> String {
        format!("webauthn-ceremony:{kind}:{binding}")
    }
    /// The account a WebAuthn credential (its id, base64url) is registered to.
    pub fn webauthn_credential(id: &str) -> String {
        format!("webauthn-credential:{id}")
    }
    /// The account behind a WebAuthn user handle (base64url), for passkey sign-in.
    pub fn webauthn_user(handle: &str) -> String {
        format!("webauthn-user:{handle}")
    }
    /// Set once an account has signed in from a browser (the next new one is news).
    pub fn browsers_seen(account_id: &str) -> String {
        format!("browsers-seen:{account_id}")
    }
    pub fn pending_authorization(id: &str) -> String {
        format!("authorization:{id}")
    }
    /// A sealed code's use mark (codes themselves are not stored: `KeyRing::seal_code`),
    /// named by `CodeRecord::mark_name`.
    pub fn code_used(mark_name: &str) -> String {
        format!("code-used:{mark_name}")
    }
    /// A refresh token's record, named by `oidc::token::refresh_handle`.
    pub fn refresh_token(handle: &str) -> String {
        format!("refresh:{handle}")
    }
    pub fn refresh_used(token_hash: &str) -> String {
        format!("refresh-used:{token_hash}")
    }
    pub fn refresh_family(family: &str) -> String {
        format!("refresh-family:{family}")
    }
    /// Written when a family is revoked, before its live token is taken: a rotation
    /// racing the revocation finds it and undoes itself.
    pub fn refresh_family_revoked(family: &str) -> String {
        format!("refresh-family-revoked:{family}")
    }
    /// Every token a family had but the one its pointer (`refresh_family`) names while
    /// that is its first: used ones, and later ones from before the pointer reaches them.
    /// Revoking the family deletes them and the pointer's, so deleting an account leaves
    /// none.
    pub fn refresh_family_records(family: &str) -> String {
        format!("refresh-family-records:{family}")
    }
    pub fn revoked_access_token(jti: &str) -> String {
        format!("revoked-jti:{jti}")
    }
    pub fn consent(account_id: &str, client_id: &str) -> String {
        format!("consent:{account_id}:{client_id}")
    }
    /// A sign-in request waiting for the mobile app's answer.
    pub fn app_request(id: &str) -> String {
        format!("app-request:{id}")
    }
    /// The ids of the account's requests to the mobile app (its inbox).
    pub fn account_app_requests(account_id: &str) -> String {
        format!("account-app-requests:{account_id}")
    }
    /// The refresh-token families issued for the account, as `family:client_id`.
    pub fn account_grants(account_id: &str) -> String {
        format!("account_grants:{account_id}")
    }
    /// The same families by when they are due to be looked at (`store::due`, naming
    /// `family:client_id`): their expiry when born, pushed on when a look finds them
    /// refreshed since (`oidc::grants`).
    pub fn account_grants_due(account_id: &str) -> String {
        format!("account_grants_due:{account_id}")
    }
    pub fn account_consents(account_id: &str) -> String {
        format!("account-consents:{account_id}")
    }
    pub fn logout_request(id: &str) -> String {
        format!("logout-request:{id}")
    }
    /// Sessions opened (`opened`) and ended before their time (`ended`), each counted in
    /// the hour (Unix seconds / 3600) the session was to expire: `sessions::active`.
    pub fn sessions_by_expiry(kind: &str, hour: i64) -> String {
        format!("sessions-{kind}:{hour}")
    }
    pub fn account_sessions(account_id: &str) -> String {
        format!("account-sessions:{account_id}")
    }
    /// The same sessions by when they expire (`store::due`, naming the cookie's hash).
    pub fn account_sessions_due(account_id: &str) -> String {
        format!("account-sessions-due:{account_id}")
    }
    pub fn link_token(purpose: &str, token_hash: &str) -> String {
        format!("link:{purpose}:{token_hash}")
    }
    pub fn used_challenge(challenge_hash: &str) -> String {
        format!("robot-challenge-used:{challenge_hash}")
    }
    pub fn counter(kind: &str, subject: &str) -> String {
        format!("count:{kind}:{subject}")
    }
    /// One live SMS challenge per purpose and subject (account or session).
    pub fn sms_challenge(purpose: &str, subject: &str) -> String {
        format!("sms-challenge:{purpose}:{subject}")
    }
    pub fn known_browsers(account_id: &str) -> String {
        format!("known-browsers:{account_id}")
    }
    pub fn token_enrolment(account_id: &str) -> String {
        format!("token-enrolment:{account_id}")
    }
    pub fn login_lock(subject: &str) -> String {
        format!("login-lock:{subject}")
    }
    pub fn login_wait(subject: &str) -> String {
        format!("login-wait:{subject}")
    }
}

/// Fails fast rather than hang a request on a backend that does not answer.
pub(crate) const OPERATION_TIMEOUT: Duration = Duration::from_secs(2);

#[cfg(test)]
mod tests {
    use super::prefix_end;

    #[test]
    fn prefix_end_is_just_beyond_every_string_with_the_prefix() {
        assert_eq!(prefix_end("mar").as_deref(), Some("mas"));
        assert_eq!(prefix_end("").as_deref(), None);
        assert_eq!(prefix_end("a\u{10FFFF}").as_deref(), Some("b"));
        assert_eq!(prefix_end("\u{10FFFF}"), None);
        assert_eq!(prefix_end("x\u{D7FF}").as_deref(), Some("x\u{E000}"));
    }
}
