//! Exchanging an authorization code or a refresh token, so that a retry after a lost
//! answer never costs the client its tokens, and a real replay still kills them.
//!
//! The order is the same for both: what is issued in exchange is written first, then the
//! item is marked used by compare-and-set (a refresh token on its record, which stays; a
//! code, sealed and never stored, by creating its use mark), then the family's pointer
//! moves (a new family's is written with its first token). A fault before the mark leaves
//! the old item usable (the retry simply repeats); a fault after it leaves the mark, and
//! the same client presenting the same item within `RETRY_GRACE_SECONDS`, while what it
//! was given is still unused, gets fresh tokens and the unused ones are discarded. Anything else presenting a used item is
//! a stolen copy: the family is revoked, as RFC 6749 and RFC 9700 ask.

use std::time::Duration;

use serde_json::Value;

use super::authorize::CodeRecord;
use super::token::{
    Exchanged, RETRY_GRACE_SECONDS, Redeemed, RefreshRecord, Rotation, TokenRequest, invalid_grant,
    pkce_matches,
};
use super::{OAuthError, OidcError};
use crate::clients::Client;
use crate::error::Error;
use crate::provider::Provider;
use crate::sessions;
use crate::store::keys;

/// Compare-and-set attempts before giving up under contention (503, try again).
const ATTEMPTS: usize = 4;

fn encode<T: serde::Serialize>(value: &T) -> Result<Vec<u8>, Error> {
    serde_json::to_vec(value).map_err(|e| Error::Internal(e.to_string()))
}

fn used_code() -> OidcError {
    invalid_grant("the code is invalid, expired or already used")
}

fn contention() -> OidcError {
    OidcError::Internal(Error::Store(crate::store::StoreError::Unavailable(
        "the token was being exchanged by another request".into(),
    )))
}

/// A code or refresh token bound to a DPoP key is exchanged only with a proof by that key.
fn check_binding(bound: Option<&str>, request: &TokenRequest) -> Result<(), OidcError> {
    match (bound, request.dpop_jkt.as_deref()) {
        (None, _) => Ok(()),
        (Some(bound), Some(presented)) if bound == presented => Ok(()),
        (Some(_), None) => Err(OAuthError::new(
            "invalid_dpop_proof",
            "this grant is bound to a DPoP key: send a proof by it",
        )
        .into()),
        (Some(_), Some(_)) => Err(invalid_grant("this grant is bound to another DPoP key")),
    }
}

impl Provider {
    pub(super) fn refresh_lifetime(&self) -> Duration {
        Duration::from_secs(self.config.refresh_token_days.saturating_mul(86400))
    }

    /// Whether the family was revoked (its mark is written before anything else).
    pub(super) async fn family_revoked(&self, family: &str) -> Result<bool, Error> {
        Ok(self
            .store
            .get(&keys::refresh_family_revoked(family))
            .await?
            .is_some())
    }

    /// Points the family at its live token. A revocation that ran meanwhile wrote its
    /// mark before taking the pointer: either it took this token, or the mark is seen
    /// here and the token is taken back. No live token outlives a revocation.
    pub(super) async fn set_live_token(&self, family: &str, hash: &str) -> Result<(), OidcError> {
        self.store
            .put(
                &keys::refresh_family(family),
                hash.as_bytes(),
                Some(self.refresh_lifetime()),
            )
            .await?;
        self.undo_if_revoked(family, hash).await
    }

    /// After a family's pointer was written to name the token `hash`: a revocation that
    /// ran meanwhile is honoured (see `set_live_token`), and the token goes by its key
    /// too (the revocation may have taken the pointer before the token was written).
    pub(super) async fn undo_if_revoked(&self, family: &str, hash: &str) -> Result<(), OidcError> {
        if self.family_revoked(family).await? {
            self.store.delete(&keys::refresh_token(hash)).await?;
            self.revoke_family(family).await?;
            return Err(invalid_grant("the refresh token was revoked"));
        }
        Ok(())
    }

    /// Retires the refresh token `hash`, issued for an answer the client never got, by
    /// compare-and-set from unused to used-with-no-successor, and denies the access token
    /// issued with it. True when it was unused and is retired now; false when it was used
    /// meanwhile or is gone (then a second presentation of its predecessor is no retry).
    /// A retired token presented later means someone other than the retrying client had
    /// it: the family dies.
    async fn retire_unused(
        &self,
        hash: &str,
        access_jti: &str,
        access_exp: i64,
    ) -> Result<bool, Error> {
        let key = keys::refresh_token(hash);
        let Some(bytes) = self.store.get(&key).await? else {
            return Ok(false);
        };
        let Ok(mut record) = serde_json::from_slice::<RefreshRecord>(&bytes) else {
            return Ok(false);
        };
        if record.rotated.is_some() {
            return Ok(false);
        }
        let remaining = u64::try_from((record.expires_at - self.now()).max(1)).unwrap_or(1);
        record.rotated = Some(Rotation {
            successor: String::new(),
            at: self.now(),
            access_jti: String::new(),
            access_exp: 0,
            jkt: None,
        });
        let retired = self
            .store
            .compare_and_set(
                &key,
                Some(&bytes),
                Some(&encode(&record)?),
                Some(Duration::from_secs(remaining)),
            )
            .await?;
        if retired && !access_jti.is_empty() {
            self.deny_access_token(access_jti, access_exp).await?;
        }
        Ok(retired)
    }

    /// Whether a second presentation of an item first used `at`, which was exchanged for
    /// the refresh token `successor`, is the same client retrying: within the grace from
    /// the first use, with the same DPoP key as the first use (`first_jkt`, or no proof
    /// both times), and the successor unused, which is retired here (so that two
    /// presentations cannot both pass).
    ///
    /// A presentation with another key (or without the proof the first one had, or with
    /// one where it had none) is not the client retrying: the client holds one key, and
    /// a retry repeats its request. Such a presentation is answered as a replay (the
    /// caller revokes what the item issued) rather than merely refused: of the two
    /// presenters we cannot tell which one is the thief (a stolen code may well have been
    /// redeemed first), so keeping the first presenter's tokens alive could mean keeping
    /// the thief's. Revoking costs the honest client a new sign-in at worst, and is what
    /// any other second use of a code or refresh token gets (RFC 6749 4.1.2, RFC 9700
    /// 4.14.2).
    async fn claim_retry(
        &self,
        at: i64,
        successor: &str,
        (access_jti, access_exp): (&str, i64),
        first_jkt: Option<&str>,
        request: &TokenRequest,
    ) -> Result<bool, Error> {
        Ok(self.now().saturating_sub(at) <= RETRY_GRACE_SECONDS
            && first_jkt == request.dpop_jkt.as_deref()
            && self
                .retire_unused(successor, access_jti, access_exp)
                .await?)
    }

    pub(super) async fn redeem_code(
        &self,
        client: &Client,
        request: &TokenRequest,
    ) -> Result<Value, OidcError> {
        let code = request
            .code
            .as_deref()
            .ok_or_else(|| OAuthError::new("invalid_request", "code is missing"))?;
        // A code is its own record, sealed: anything else is refused without a lookup.
        let record: CodeRecord = self
            .keys
            .open_code(code)
            .await
            .map_err(Error::from)?
            .and_then(|plain| serde_json::from_slice(&plain).ok())
            .ok_or_else(|| invalid_grant("the code is invalid"))?;
        let mark_key = keys::code_used(&record.mark_name(code));
        for _ in 0..ATTEMPTS {
            let mark = self.store.get(&mark_key).await?;
            let previous = match mark.as_deref() {
                None => None,
                Some(bytes) => match serde_json::from_slice::<Redeemed>(bytes) {
                    Ok(first) => Some(first),
                    // Retired before it was redeemed (`retire_unredeemed_code`).
                    Err(_) => return Err(used_code()),
                },
            };
            self.check_code(client, request, &record, previous.is_some())
                .await?;
            let family = match &previous {
                None => None,
                Some(first)
                    if self
                        .claim_retry(
                            first.at,
                            &first.refresh_hash,
                            (&first.access_jti, first.access_exp),
                            first.jkt.as_deref(),
                            request,
                        )
                        .await? =>
                {
                    Some(first.family.clone())
                }
                Some(first) => {
                    // RFC 6749 4.1.2: a code used twice revokes what it issued.
                    self.revoke_redeemed(first).await?;
                    tracing::warn!(client = %client.id, "authorization code replayed; its tokens are revoked");
                    return Err(used_code());
                }
            };
            // The code's use is marked with what it led to (a retry keeps the first
            // redemption's time), for as long as a replay should still revoke it, and at
            // least while the code itself is alive.
            let mark_lifetime = self.refresh_lifetime().max(Duration::from_secs(
                u64::try_from(record.expires_at - self.now()).unwrap_or(0)
                    + RETRY_GRACE_SECONDS.unsigned_abs(),
            ));
            let marked = |issued: &Redeemed| {
                let mut redeemed = issued.clone();
                if let Some(first) = &previous {
                    redeemed.at = first.at;
                }
                Ok((encode(&redeemed)?, mark_lifetime))
            };
            let retired_token = previous
                .as_ref()
                .map(|first| keys::refresh_token(&first.refresh_hash));
            let (response, redeemed, done) = self
                .grant_tokens(
                    client,
                    &record.grant,
                    record.nonce.as_deref(),
                    family,
                    request.dpop_jkt.as_deref(),
                    Exchanged::Code {
                        mark_key: &mark_key,
                        mark: mark.as_deref(),
                        retired_token: retired_token.as_deref(),
                    },
                    marked,
                )
                .await?;
            if !done {
                // Another request got there first; undo ours and look again.
                match previous {
                    Some(_) => {
                        self.retire_unused(
                            &redeemed.refresh_hash,
                            &redeemed.access_jti,
                            redeemed.access_exp,
                        )
                        .await?;
                    }
                    None => self.revoke_redeemed(&redeemed).await?,
                }
                continue;
            }
            if previous.is_some() {
                self.set_live_token(&redeemed.family, &redeemed.refresh_hash)
                    .await?;
                tracing::info!(client = %client.id, "authorization code redeemed again after a lost answer");
            }
            return Ok(response);
        }
        Err(contention())
    }

    /// Everything a code must satisfy, checked before anything is written. `redeemed`:
    /// it was, and this may be a retry (which may come after the code's own minute).
    async fn check_code(
        &self,
        client: &Client,
        request: &TokenRequest,
        record: &CodeRecord,
        redeemed: bool,
    ) -> Result<(), OidcError> {
        if record.grant.client_id != client.id {
            return Err(invalid_grant("the code was issued to another client"));
        }
        if !redeemed && record.expires_at <= self.now() {
            return Err(invalid_grant("the code has expired"));
        }
        // A code outlives nothing: once its sign-in session has ended (sign-out, a password
        // reset, PANIC), what it would issue has been revoked already. And the session
        // is the code's account's, signed in no later than the code says.
        let session = sessions::live_by_sid(self.store.as_ref(), self.now(), &record.grant.sid)
            .await?
            .ok_or_else(|| invalid_grant("the session this code belongs to has ended"))?;
        if session.account_id != record.grant.account_id
            || session.auth_time < record.grant.auth_time
        {
            tracing::warn!(client = %client.id, "a code that does not match its session");
            return Err(invalid_grant("the code is invalid"));
        }
        check_binding(record.dpop_jkt.as_deref(), request)?;
        if request.redirect_uri.as_deref() != Some(record.redirect_uri.as_str()) {
            return Err(invalid_grant(
                "redirect_uri does not match the authorization request",
            ));
        }
        match (&record.code_challenge, request.code_verifier.as_deref()) {
            (Some(challenge), Some(verifier)) if pkce_matches(challenge, verifier) => Ok(()),
            (Some(_), _) => Err(invalid_grant("code_verifier is missing or wrong")),
            (None, Some(_)) => Err(invalid_grant(
                "code_verifier sent but no code_challenge was",
            )),
            (None, None) => Ok(()),
        }
    }

    pub(super) async fn refresh(
        &self,
        client: &Client,
        request: &TokenRequest,
    ) -> Result<Value, OidcError> {
        let token = request
            .refresh_token
            .as_deref()
            .ok_or_else(|| OAuthError::new("invalid_request", "refresh_token is missing"))?;
        let hash = super::token::refresh_handle(token);
        let key = keys::refresh_token(&hash);
        for _ in 0..ATTEMPTS {
            let Some(bytes) = self.store.get(&key).await? else {
                return Err(self.unknown_refresh(client, &hash).await?);
            };
            let record: RefreshRecord = serde_json::from_slice(&bytes)
                .map_err(|_| invalid_grant("invalid refresh token"))?;
            // A client presenting another client's token changes nothing.
            if record.grant.client_id != client.id {
                return Err(invalid_grant(
                    "the refresh token was issued to another client",
                ));
            }
            if self.family_revoked(&record.family).await? {
                return Err(invalid_grant("the refresh token was revoked"));
            }
            if record.expires_at <= self.now() {
                return Err(invalid_grant("the refresh token has expired"));
            }
            check_binding(record.jkt.as_deref(), request)?;
            // Without offline_access a refresh token lives only as long as the sign-in session.
            if !record.grant.has_scope("offline_access")
                && !sessions::is_live(self.store.as_ref(), self.now(), &record.grant.sid).await?
            {
                self.revoke_family(&record.family).await?;
                return Err(invalid_grant("the session this token belongs to has ended"));
            }
            let mut grant = record.grant.clone();
            if let Some(scope) = &request.scope {
                let narrower: Vec<String> = scope.split_whitespace().map(str::to_owned).collect();
                if narrower.iter().any(|s| !grant.scopes.contains(s)) {
                    return Err(OAuthError::new(
                        "invalid_scope",
                        "a refresh cannot widen the scope",
                    )
                    .into());
                }
                grant.scopes = narrower;
            }
            let previous = record.rotated.clone();
            if let Some(rotation) = &previous
                && !self
                    .claim_retry(
                        rotation.at,
                        &rotation.successor,
                        (&rotation.access_jti, rotation.access_exp),
                        rotation.jkt.as_deref(),
                        request,
                    )
                    .await?
            {
                // An old token of a rotated family whose successor is in use (or a second
                // retry racing the first): its owner kept a copy, or someone stole one.
                // The family dies.
                self.revoke_family(&record.family).await?;
                tracing::warn!(client = %client.id, "refresh token reused; its family is revoked");
                crate::metrics::refresh_token_reuse();
                return Err(invalid_grant(
                    "the refresh token is invalid, expired or already used",
                ));
            }
            // The token is marked used with its successor (a retry keeps the first use's
            // time), listed with its family first (older tokens join too).
            let mark = |issued: &Redeemed| {
                let mut after = record.clone();
                after.rotated = Some(Rotation {
                    successor: issued.refresh_hash.clone(),
                    at: previous.as_ref().map_or(self.now(), |r| r.at),
                    access_jti: issued.access_jti.clone(),
                    access_exp: issued.access_exp,
                    jkt: request.dpop_jkt.clone(),
                });
                let remaining = u64::try_from((record.expires_at - self.now()).max(1)).unwrap_or(1);
                Ok((encode(&after)?, Duration::from_secs(remaining)))
            };
            let (response, issued, marked) = self
                .grant_tokens(
                    client,
                    &grant,
                    None,
                    Some(record.family.clone()),
                    request.dpop_jkt.as_deref(),
                    Exchanged::Refresh {
                        key: &key,
                        record: &bytes,
                    },
                    mark,
                )
                .await?;
            if !marked {
                self.retire_unused(&issued.refresh_hash, &issued.access_jti, issued.access_exp)
                    .await?;
                continue;
            }
            if previous.is_some() {
                tracing::info!(client = %client.id, "refresh retried after a lost answer");
            }
            self.set_live_token(&record.family, &issued.refresh_hash)
                .await?;
            return Ok(response);
        }
        Err(contention())
    }

    /// A refresh token that is not on record: unknown or expired, or used under an older
    /// version that kept only a "used" note (then it is a reuse, and the family dies unless
    /// the token is not even the presenter's).
    async fn unknown_refresh(&self, client: &Client, hash: &str) -> Result<OidcError, Error> {
        if let Some(used) = self.store.get(&keys::refresh_used(hash)).await? {
            let used = String::from_utf8_lossy(&used).into_owned();
            let (family, owner) = used.split_once(':').unwrap_or((used.as_str(), ""));
            if !owner.is_empty() && owner != client.id {
                return Ok(invalid_grant(
                    "the refresh token was issued to another client",
                ));
            }
            self.revoke_family(family).await?;
            tracing::warn!(client = %client.id, "refresh token reused; its family is revoked");
            crate::metrics::refresh_token_reuse();
        }
        Ok(invalid_grant(
            "the refresh token is invalid, expired or already used",
        ))
    }
}
