//! What an account has given applications, and taking it back. Every refresh-token
//! family is indexed under its account when it is born, so that withdrawing consent
//! revokes that application's tokens, and a password reset, a password change, PANIC or
//! "end all other sessions" revoke them all, `offline_access` ones included (those
//! otherwise outlive every session by design).
//!
//! The index would otherwise only grow: a family that simply expires (most do: a relying
//! party's sign-in, never refreshed past its lifetime) left its entry, and its records,
//! behind for good, and every revocation and every look at "My account" read them all.
//! So each family is also listed by when it is due ([`keys::account_grants_due`]): its
//! expiry at birth (`store::due`). Every [`due::EVERY`]th family born looks at up to
//! [`due::PAGE`] due families of its account ([`Provider::prune_grants`]): one read when
//! none is due.

use std::time::Duration;

use super::token::RefreshRecord;
use crate::clients::{self, Client};
use crate::error::Error;
use crate::provider::Provider;
use crate::store::due::{self, earliest};
use crate::store::{Store, Write, keys};

/// Room for a refresh presented just before its token expired, and for replicas' clocks
/// that disagree: a record is dropped this long after it expired (or, missing from the
/// store, after its name says it was issued), and a family ended at its due time stays
/// marked revoked this long.
const MARGIN_SECONDS: u64 = 3600;

/// An application holding offline access for the account.
#[derive(Debug, Clone)]
pub struct OfflineGrant {
    pub client: Client,
    /// When its current refresh token expires (the grant lives on while it is used).
    pub expires_at: i64,
}

/// Which of an account's grants to revoke.
#[derive(Debug, Clone, Copy)]
pub enum Revoke<'a> {
    All,
    /// Those of one application (its consent was withdrawn).
    Client(&'a str),
    /// All but the session-bound ones of the session `sid`, which stays signed in.
    AllBut {
        sid: &'a str,
    },
}

pub(super) fn member(family: &str, client_id: &str) -> String {
    format!("{family}:{client_id}")
}

/// When the token whose record is `key` (`keys::refresh_token`) was issued, in seconds;
/// `None` for a token of a version that named records by their hash alone.
fn issued_at(key: &str) -> Option<i64> {
    let handle = key.strip_prefix("refresh:")?;
    let (time, _) = handle.split_once('.')?;
    if time.len() != 12 {
        return None;
    }
    i64::from_str_radix(time, 16).ok().map(|ms| ms / 1000)
}

/// What one look at an account's due families did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pruned {
    /// Families past their time (expired or revoked): dropped from the index, and what
    /// was left of them removed.
    pub dropped: usize,
    /// Families refreshed since they were listed: due again when their live token
    /// expires, the records of their tokens past their lifetime removed.
    pub pushed_on: usize,
    /// The records of those families' tokens unlisted (or, of an old version's, removed).
    pub records_dropped: usize,
}

/// What the account's index finds of a family.
enum Family {
    /// Its live refresh token.
    Live(Box<RefreshRecord>),
    /// A pointer without a live token: the token is being written (the pointer of a new
    /// family comes first), or it has just expired, or a crash came between the two. It
    /// stays in the index until its pointer goes.
    Unborn,
    /// No pointer: revoked or expired.
    Gone,
}

/// What is left of `family` at `now`; with a live token, its record's key too.
async fn family_at(store: &dyn Store, family: &str, now: i64) -> Result<(Family, String), Error> {
    let Some(live) = store.get(&keys::refresh_family(family)).await? else {
        return Ok((Family::Gone, String::new()));
    };
    let key = keys::refresh_token(&String::from_utf8_lossy(&live));
    let found = store
        .get(&key)
        .await?
        .and_then(|bytes| serde_json::from_slice::<RefreshRecord>(&bytes).ok())
        .filter(|r| r.expires_at > now)
        .map_or(Family::Unborn, |record| Family::Live(Box::new(record)));
    Ok((found, key))
}

impl Provider {
    /// What is left of `family`.
    async fn family(&self, family: &str) -> Result<Family, Error> {
        Ok(family_at(self.store.as_ref(), family, self.now()).await?.0)
    }

    /// The live refresh token of `family`, if the family is still alive.
    async fn family_record(&self, family: &str) -> Result<Option<RefreshRecord>, Error> {
        Ok(match self.family(family).await? {
            Family::Live(record) => Some(*record),
            Family::Unborn | Family::Gone => None,
        })
    }

    /// Revokes the account's refresh-token families that `which` names; returns how many
    /// were alive.
    pub async fn revoke_grants(&self, account_id: &str, which: Revoke<'_>) -> Result<usize, Error> {
        let index = keys::account_grants(account_id);
        let mut revoked = 0;
        for entry in self.store.set_members(&index).await? {
            let Some((family, client)) = entry.split_once(':') else {
                self.store.set_remove(&index, &entry).await?;
                continue;
            };
            if matches!(which, Revoke::Client(c) if c != client) {
                continue;
            }
            let record = self.family_record(family).await?;
            if let (Revoke::AllBut { sid }, Some(record)) = (which, &record)
                && record.grant.sid == sid
                && !record.grant.has_scope("offline_access")
            {
                continue;
            }
            if record.is_some() {
                revoked += 1;
            }
            self.revoke_family(family).await?;
            self.store.set_remove(&index, &entry).await?;
        }
        if revoked > 0 {
            tracing::info!(account = %account_id, ?which, revoked, "refresh tokens revoked");
        }
        Ok(revoked)
    }

    /// After a family is born: every [`due::EVERY`]th looks at its account's due
    /// families, after the answer (its work grows with the families due and the records
    /// of a long-refreshed one, none of which the exchange needs). The tokens are written
    /// and marked by then; a fault is logged, and the next look does the work.
    pub(super) fn after_birth(&self, account_id: &str) {
        if !self.families_born.due() {
            return;
        }
        let (store, account_id) = (std::sync::Arc::clone(&self.store), account_id.to_owned());
        let (now, lifetime) = (self.now(), self.refresh_lifetime());
        tokio::spawn(async move {
            if let Err(e) = prune_grants(store.as_ref(), &account_id, now, lifetime).await {
                tracing::warn!(account = %account_id, error = %e, "looking at due refresh-token families failed");
            }
        });
    }

    /// Looks at the account's due families now (see [`prune_grants`]).
    pub async fn prune_grants(&self, account_id: &str) -> Result<Pruned, Error> {
        prune_grants(
            self.store.as_ref(),
            account_id,
            self.now(),
            self.refresh_lifetime(),
        )
        .await
    }

    /// Applications that can act while the person is not signed in (`offline_access`),
    /// one line per application. Families without a pointer (revoked or expired) are
    /// dropped from the index on the way; one whose first token is still being written
    /// is not, or a revocation of all grants right after would miss it.
    pub async fn offline_grants(&self, account_id: &str) -> Result<Vec<OfflineGrant>, Error> {
        let index = keys::account_grants(account_id);
        let mut grants: Vec<OfflineGrant> = Vec::new();
        for entry in self.store.set_members(&index).await? {
            let Some((family, client_id)) = entry.split_once(':') else {
                continue;
            };
            let record = match self.family(family).await? {
                Family::Live(record) => record,
                Family::Unborn => continue,
                Family::Gone => {
                    self.store.set_remove(&index, &entry).await?;
                    continue;
                }
            };
            if !record.grant.has_scope("offline_access") {
                continue;
            }
            match grants.iter_mut().find(|g| g.client.id == client_id) {
                Some(grant) => grant.expires_at = grant.expires_at.max(record.expires_at),
                None => {
                    if let Some(client) = clients::get(self.store.as_ref(), client_id).await? {
                        grants.push(OfflineGrant {
                            client,
                            expires_at: record.expires_at,
                        });
                    }
                }
            }
        }
        grants.sort_by(|a, b| a.client.name.cmp(&b.client.name));
        Ok(grants)
    }
}

/// Looks at up to [`due::PAGE`] of the account's families whose due time has passed by
/// `now`, the earliest first (`lifetime`: a refresh token's, as configured now):
/// - alive (refreshed since): due again when its live token expires; the records of its
///   tokens past their time go ([`prune_records`]: a family refreshed for months keeps
///   only its last lifetime's);
/// - otherwise (expired, or revoked): it goes from both indexes with what is left of it.
///   No token of it can still be used: the one its pointer names has expired, and a
///   token issued later that the pointer does not name was never handed out (the pointer
///   moves before the answer is sent). A refresh presented just before the expiry may
///   still be moving the pointer: the family is marked revoked for [`MARGIN_SECONDS`], so
///   that refresh answers `invalid_grant` rather than hand out a token deleted here.
pub async fn prune_grants(
    store: &dyn Store,
    account_id: &str,
    now: i64,
    lifetime: Duration,
) -> Result<Pruned, Error> {
    let (index, due_index) = (
        keys::account_grants(account_id),
        keys::account_grants_due(account_id),
    );
    let page = store.sorted_range(&due_index, &earliest(due::PAGE)).await?;
    let mut pruned = Pruned::default();
    for entry in page {
        let parsed = due::parse(&entry);
        if parsed.is_some_and(|(due, _)| due > now) {
            break;
        }
        let Some((family, client_id)) = parsed.and_then(|(_, listed)| listed.split_once(':'))
        else {
            store.sorted_remove(&due_index, &entry).await?;
            continue;
        };
        if let (Family::Live(record), live) = family_at(store, family, now).await? {
            pruned.records_dropped += prune_records(store, family, &live, now, lifetime).await?;
            let later = due::member(record.expires_at, &member(family, client_id));
            // The new entry first: a fault between leaves the family listed twice (the
            // next look drops the earlier one), never unlisted. (The same entry again
            // only if the clock stepped back: left as it is.)
            if later != entry {
                store
                    .write_all(&[
                        Write::SortedAdd(&due_index, &later),
                        Write::SortedRemove(&due_index, &entry),
                    ])
                    .await?;
            }
            pruned.pushed_on += 1;
            continue;
        }
        super::token::end_family(store, family, Duration::from_secs(MARGIN_SECONDS)).await?;
        let listed = member(family, client_id);
        store
            .write_all(&[
                Write::SetRemove(&index, &listed),
                Write::SortedRemove(&due_index, &entry),
            ])
            .await?;
        pruned.dropped += 1;
    }
    if pruned != Pruned::default() {
        tracing::debug!(account = %account_id, ?pruned, "due refresh-token families looked at");
    }
    Ok(pruned)
}

/// How many records one write unlists.
const RECORDS_PER_WRITE: usize = 32;

/// Unlists from a live family's records (`live`: its live token's, which stays) those of
/// tokens past their time by more than [`MARGIN_SECONDS`], and returns how many. Judged
/// by the name, which says when each token was issued (by the clock of the replica that
/// made it, which agrees with `now`'s within the margin): issued more than a `lifetime`
/// and the margin ago. So one read of the list, and a write per [`RECORDS_PER_WRITE`]
/// (on Redis, where removals go one by one, a command each; after the exchange's answer),
/// whatever the family's length. Such a record is only unlisted: its own expiry has
/// removed it already, unless the lifetime was lowered since it was issued; then it stays
/// until the expiry it was given, still answering a replay of its token by revoking the
/// family (only a revocation no longer deletes it early). A token issued within the
/// margin is never unlisted, which also keeps one that on a Redis Cluster is listed
/// before it is written. A record named by a version that named them by their hash alone
/// is read, and deleted once it says it has expired (or is gone).
async fn prune_records(
    store: &dyn Store,
    family: &str,
    live: &str,
    now: i64,
    lifetime: Duration,
) -> Result<usize, Error> {
    let records = keys::refresh_family_records(family);
    let lifetime = i64::try_from(lifetime.as_secs()).unwrap_or(i64::MAX);
    let margin = MARGIN_SECONDS as i64;
    let expired_before = now.saturating_sub(margin);
    let issued_before = expired_before.saturating_sub(lifetime);
    let (mut unlisted, mut deleted) = (Vec::new(), Vec::new());
    for key in store.set_members(&records).await? {
        match issued_at(&key) {
            _ if key == live => {}
            Some(issued) => {
                if issued < issued_before {
                    unlisted.push(key);
                }
            }
            None => {
                let expired = match store.get(&key).await? {
                    Some(bytes) => serde_json::from_slice::<RefreshRecord>(&bytes)
                        .is_ok_and(|record| record.expires_at <= expired_before),
                    None => true,
                };
                if expired {
                    deleted.push(key);
                }
            }
        }
    }
    let writes: Vec<Write<'_>> = deleted
        .iter()
        .map(|key| Write::Delete(key))
        .chain(
            unlisted
                .iter()
                .chain(&deleted)
                .map(|key| Write::SetRemove(&records, key)),
        )
        .collect();
    for chunk in writes.chunks(RECORDS_PER_WRITE) {
        store.write_all(chunk).await?;
    }
    Ok(unlisted.len() + deleted.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_records_name_tells_when_its_token_was_issued() {
        assert_eq!(
            issued_at("refresh:018f0000000a.abc"),
            Some(0x018f_0000_000a / 1000)
        );
        assert_eq!(issued_at("refresh:abcdef"), None);
        assert_eq!(issued_at("refresh:12345.abc"), None);
        assert_eq!(issued_at("refresh:zzzzzzzzzzzz.abc"), None);
        assert_eq!(issued_at("other:018f0000000a.abc"), None);
    }
}
