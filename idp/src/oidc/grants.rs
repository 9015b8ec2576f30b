//! What an account has given applications, and taking it back. Every refresh-token
//! family is indexed under its account when it is born, so that withdrawing consent
//! revokes that application's tokens, and a password reset, a password change, PANIC or
//! "end all other sessions" revoke them all, `offline_access` ones included (those
//! otherwise outlive every session by design).

use super::token::RefreshRecord;
use crate::clients::{self, Client};
use crate::error::Error;
use crate::provider::Provider;
use crate::store::keys;

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

impl Provider {
    /// What is left of `family`.
    async fn family(&self, family: &str) -> Result<Family, Error> {
        let Some(live) = self.store.get(&keys::refresh_family(family)).await? else {
            return Ok(Family::Gone);
        };
        let hash = String::from_utf8_lossy(&live).into_owned();
        Ok(self
            .store
            .get(&keys::refresh_token(&hash))
            .await?
            .and_then(|bytes| serde_json::from_slice::<RefreshRecord>(&bytes).ok())
            .filter(|r| r.expires_at > self.now())
            .map_or(Family::Unborn, |record| Family::Live(Box::new(record))))
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
