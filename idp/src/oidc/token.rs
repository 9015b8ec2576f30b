//! The token endpoint (authorization code, refresh token), client authentication,
//! userinfo, revocation (RFC 7009) and introspection (RFC 7662).

use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::{Grant, OAuthError, OidcError, scope_claims};
use crate::accounts;
use crate::clients::Client;
use crate::error::Error;
use crate::jwt::{self, JwtError};
use crate::provider::Provider;
use crate::secrets::{b64, sha256, token_hash};
use crate::store::{Swap, Write, keys};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TokenRequest {
    pub grant_type: String,
    pub code: Option<String>,
    pub redirect_uri: Option<String>,
    pub code_verifier: Option<String>,
    pub refresh_token: Option<String>,
    pub scope: Option<String>,
    /// The thumbprint of the key of the request's DPoP proof, checked (RFC 9449).
    pub dpop_jkt: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct RefreshRecord {
    pub(super) family: String,
    pub(super) grant: Grant,
    pub(super) expires_at: i64,
    /// The DPoP key the token is bound to: only a proof with that key may use it.
    #[serde(default)]
    pub(super) jkt: Option<String>,
    /// Set when the token was used: the record stays, so that a retry of the same
    /// request can be told from a stolen copy (see `refresh`).
    #[serde(default)]
    pub(super) rotated: Option<Rotation>,
}

/// What a used refresh token (or a redeemed code) was exchanged for.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct Rotation {
    /// Hash of the refresh token issued in exchange.
    pub(super) successor: String,
    /// The first use (retries do not move it: the grace is counted from here).
    pub(super) at: i64,
    /// The access token issued with the successor, denied if the successor is retired.
    #[serde(default)]
    pub(super) access_jti: String,
    #[serde(default)]
    pub(super) access_exp: i64,
    /// The DPoP key of the proof the token was used with (none: no proof). A retry must
    /// come with the same (see `claim_retry`); records of older versions read as none.
    #[serde(default)]
    pub(super) jkt: Option<String>,
}

/// What a token request exchanges: marked used in the same transaction as the tokens it
/// is exchanged for (`grant_tokens`).
pub(super) enum Exchanged<'a> {
    /// A sealed code: its use mark (`keys::code_used`) as read, absent until the code was
    /// redeemed (a retry replaces it).
    Code {
        mark_key: &'a str,
        mark: Option<&'a [u8]>,
        /// When the code was redeemed before (a retry): the key of the refresh token the
        /// previous redemption issued, which the family's pointer leaves now.
        retired_token: Option<&'a str>,
    },
    /// A refresh token: its record's key and the record as read.
    Refresh { key: &'a str, record: &'a [u8] },
}

/// What a redeemed code or a used refresh token led to, kept to revoke on replay.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Redeemed {
    pub(super) family: String,
    pub(super) access_jti: String,
    pub(super) access_exp: i64,
    /// Hash of the refresh token issued (absent in records of older versions).
    #[serde(default)]
    pub(super) refresh_hash: String,
    #[serde(default)]
    pub(super) at: i64,
    /// The DPoP key of the proof the code was redeemed with (none: no proof), as in
    /// `Rotation`.
    #[serde(default)]
    pub(super) jkt: Option<String>,
}

/// How long after a code was redeemed, or a refresh token used, the same client may
/// present it again and get fresh tokens, provided what it was given has not been used
/// (the answer was lost: a replica killed, the store restarted, the network). Later, or
/// once the tokens given were used, it is a stolen copy and the family dies.
pub const RETRY_GRACE_SECONDS: i64 = 60;

/// A new refresh token: the time it is made (12 hexadecimal digits, `ordered_token`), a
/// dot, and 32 random bytes.
fn new_refresh_token() -> String {
    let token = crate::secrets::ordered_token(32);
    let (time, random) = token.split_at(12);
    format!("{time}.{random}")
}

/// What names a refresh token's record (`keys::refresh_token`): the token's hash, behind
/// its time when it has one (tokens issued by older versions have none), so that the
/// records written together share a leaf of the store's key index. Like a hash alone, it
/// gives nobody who copies the store a usable token; a time made up by whoever presents
/// a token names a record that is not there, since the hash covers the whole token.
pub(super) fn refresh_handle(token: &str) -> String {
    match token.split_once('.') {
        Some((time, _)) if time.len() == 12 && time.bytes().all(|b| b.is_ascii_hexdigit()) => {
            format!("{time}.{}", token_hash(token))
        }
        _ => token_hash(token),
    }
}

pub(super) fn invalid_grant(description: &str) -> OidcError {
    OidcError::OAuth(OAuthError::new("invalid_grant", description))
}

pub(super) fn pkce_matches(challenge: &str, verifier: &str) -> bool {
    let well_formed = (43..=128).contains(&verifier.len())
        && verifier
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._~".contains(c));
    well_formed
        && crate::secrets::constant_time_eq(
            b64(&sha256(verifier.as_bytes())).as_bytes(),
            challenge.as_bytes(),
        )
}

/// The claims of our access tokens that userinfo reads (the others are skipped, not
/// parsed into a map per request).
#[derive(Deserialize)]
struct AccessClaims {
    exp: Option<i64>,
    #[serde(default)]
    sub: String,
    #[serde(default)]
    client_id: String,
    #[serde(default)]
    jti: String,
    #[serde(default)]
    scope: String,
    cnf: Option<Confirmation>,
}

/// RFC 9449 6.1: the thumbprint of the DPoP key a token is bound to.
#[derive(Deserialize)]
struct Confirmation {
    jkt: Option<String>,
}

impl jwt::Claims for AccessClaims {
    fn exp(&self) -> Option<i64> {
        self.exp
    }
}

/// The userinfo answer: `sub` as the client knows it, the claims its scopes release and
/// its roles. Written straight from the account, not through a map.
pub struct Userinfo {
    sub: String,
    account: accounts::Account,
    grant: Grant,
    roles: Option<Value>,
}

impl Serialize for Userinfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Answer<'a> {
            sub: &'a str,
            #[serde(flatten)]
            claims: super::ScopeClaims<'a>,
            #[serde(skip_serializing_if = "Option::is_none")]
            roles: Option<&'a Value>,
        }
        Answer {
            sub: &self.sub,
            claims: scope_claims(&self.account, &self.grant),
            roles: self.roles.as_ref(),
        }
        .serialize(serializer)
    }
}

impl Provider {
    pub async fn token(&self, client: &Client, request: &TokenRequest) -> Result<Value, OidcError> {
        if client.require_dpop && request.dpop_jkt.is_none() {
            return Err(OAuthError::new(
                "invalid_dpop_proof",
                "this client's tokens need a DPoP proof (RFC 9449)",
            )
            .into());
        }
        let (grant, issued) = match request.grant_type.as_str() {
            "authorization_code" => (
                "authorization_code",
                self.redeem_code(client, request).await,
            ),
            "refresh_token" => ("refresh_token", self.refresh(client, request).await),
            "client_credentials" => (
                "client_credentials",
                self.client_credentials(client, request).await,
            ),
            "" => return Err(OAuthError::new("invalid_request", "grant_type is missing").into()),
            _ => {
                return Err(OAuthError::new(
                    "unsupported_grant_type",
                    "use authorization_code, refresh_token or client_credentials",
                )
                .into());
            }
        };
        if issued.is_ok() {
            crate::metrics::token_issued(grant);
        }
        issued
    }

    /// Issues access, ID and refresh tokens for what was exchanged (`Exchanged`), and
    /// marks it with what it led to (`mark` gives the marked record and its time to live)
    /// by compare-and-set, in the same transaction as the new tokens on the embedded
    /// store. `family` continues a refresh-token family; `jkt`: the key of the request's
    /// DPoP proof. The access token
    /// is always bound to it; the refresh token only for a public client (RFC 9449 5): a
    /// confidential client's refresh token is bound to its authentication already, and it
    /// may change its DPoP key at a refresh.
    ///
    /// Not marked (`false`): the record changed meanwhile. Nothing was written on the
    /// embedded store; elsewhere the new tokens were, and the caller undoes them.
    #[allow(clippy::too_many_arguments)]
    pub(super) async fn grant_tokens(
        &self,
        client: &Client,
        grant: &Grant,
        nonce: Option<&str>,
        family: Option<String>,
        jkt: Option<&str>,
        exchanged: Exchanged<'_>,
        mark: impl FnOnce(&Redeemed) -> Result<(Vec<u8>, Duration), Error> + Send,
    ) -> Result<(Value, Redeemed, bool), OidcError> {
        let account = accounts::get(self.store.as_ref(), &grant.account_id)
            .await?
            .ok_or_else(|| invalid_grant("the account no longer exists"))?;
        if account.disabled {
            return Err(invalid_grant("the account is disabled"));
        }
        let issued = self
            .issue_tokens(client, &account, grant, nonce, jkt)
            .await?;
        let new_family = family.is_none();
        let family = family.unwrap_or_else(|| crate::secrets::ordered_token(16));
        let refresh_token = new_refresh_token();
        let lifetime =
            i64::try_from(self.config.refresh_token_days.saturating_mul(86400)).unwrap_or(i64::MAX);
        let record = RefreshRecord {
            family: family.clone(),
            grant: grant.clone(),
            expires_at: self.now() + lifetime,
            jkt: jkt.filter(|_| client.is_public()).map(str::to_owned),
            rotated: None,
        };
        let bytes = serde_json::to_vec(&record)
            .map_err(|e| crate::error::Error::Internal(e.to_string()))?;
        let ttl = Duration::from_secs(u64::try_from(lifetime).unwrap_or(u64::MAX));
        let refresh_hash = refresh_handle(&refresh_token);
        let refresh_key = keys::refresh_token(&refresh_hash);
        let (grants, member) = (
            keys::account_grants(&grant.account_id),
            super::grants::member(&family, &client.id),
        );
        let (due_index, due) = (
            keys::account_grants_due(&grant.account_id),
            crate::store::due::member(record.expires_at, &member),
        );
        let (records, pointer, session_clients) = (
            keys::refresh_family_records(&family),
            keys::refresh_family(&family),
            keys::session_clients(&grant.sid),
        );
        // In this order, one transaction on the embedded store and on one Redis server
        // (each first part is safe where writes go one by one, as on a Redis Cluster): a
        // new family's pointer at its first token (one row fewer per code exchange than
        // listing that token in the family's records too), so that a family in the
        // account's index always has its pointer (the list of offline grants keeps one
        // whose token is not written yet, and drops one whose pointer is gone); the family
        // indexed with its account at every issue, not only at birth (families born before
        // the index existed join it at their next refresh; the set ignores repeats), and a
        // new family also by when it is due to be looked at (`grants::prune_grants`); a
        // later token listed in the records; then the token, named before it is written so
        // that a crash between leaves nothing unreachable; the refresh token exchanged for
        // it (or, when a code is redeemed again, the token the previous redemption issued)
        // listed with the family before the exchanged item is marked and before the pointer
        // leaves it (`set_live_token`); for a code, its session listing the client
        // (back-channel logout, "my sessions"; an ending session that missed it is caught
        // after the mark, below). A revocation running meanwhile may read the pointer or
        // the records before the token they name is written: whoever sees the revocation
        // afterwards deletes the token by its key (below, and `undo_if_revoked`). A code's
        // use mark is not listed with the family: it names no account, and deleting it with
        // the family would let the code, still sealed and maybe alive, be redeemed again.
        let mut writes = Vec::with_capacity(7);
        if new_family {
            writes.push(Write::Put(
                &pointer,
                refresh_hash.as_bytes(),
                Some(self.refresh_lifetime()),
            ));
        }
        writes.push(Write::SetAdd(&grants, &member));
        writes.push(if new_family {
            Write::SortedAdd(&due_index, &due)
        } else {
            Write::SetAdd(&records, &refresh_key)
        });
        writes.push(Write::Put(&refresh_key, &bytes, Some(ttl)));
        let code = matches!(exchanged, Exchanged::Code { .. });
        let (marked_key, expected) = match exchanged {
            Exchanged::Refresh { key, record } => {
                writes.push(Write::SetAdd(&records, key));
                (key, Some(record))
            }
            Exchanged::Code {
                mark_key,
                mark,
                retired_token,
            } => {
                if let Some(retired) = retired_token {
                    writes.push(Write::SetAdd(&records, retired));
                }
                if !grant.sid.is_empty() {
                    writes.push(Write::SetAdd(&session_clients, &client.id));
                }
                (mark_key, mark)
            }
        };
        let redeemed = Redeemed {
            family: family.clone(),
            access_jti: issued.access_jti,
            access_exp: self.now() + issued.expires_in,
            refresh_hash: refresh_hash.clone(),
            at: self.now(),
            jkt: jkt.map(str::to_owned),
        };
        let (marked_record, marked_ttl) = mark(&redeemed)?;
        let swap = Swap {
            key: marked_key,
            expected,
            new: Some(&marked_record),
            ttl: Some(marked_ttl),
        };
        let response = json!({
            "access_token": issued.access_token,
            "token_type": if jkt.is_some() { "DPoP" } else { "Bearer" },
            "expires_in": issued.expires_in,
            "id_token": issued.id_token,
            "refresh_token": refresh_token,
            "scope": grant.scopes.join(" "),
        });
        if !self.store.write_all_then_swap(&writes, swap).await? {
            // Not marked: the token written is never handed out (on the embedded store
            // nothing was written). A new family's goes by its key (the caller revokes the
            // family, but a revocation racing this exchange may have taken the pointer
            // before the token was written); so does a later one when the family was
            // revoked meanwhile (the revocation may have read the records before it).
            // Otherwise the caller retires it: another presentation raced this one.
            let revoked = !new_family && self.family_revoked(&family).await?;
            if new_family || revoked {
                self.store.delete(&refresh_key).await?;
            }
            if revoked {
                return Err(invalid_grant("the refresh token was revoked"));
            }
            return Ok((response, redeemed, false));
        }
        if new_family {
            self.undo_if_revoked(&family, &refresh_hash).await?;
        }
        if code {
            // The sign-in session ended between the code's check and these writes (a
            // password reset, "sign out everywhere"): its ending read the account's grants
            // before this family joined them, so it is revoked here. After this check, an
            // ending finds the family in the index. (A code's retry too: its family was
            // born before, but these tokens were not.)
            if !grant.sid.is_empty()
                && !crate::sessions::is_live(self.store.as_ref(), self.now(), &grant.sid).await?
            {
                self.revoke_family(&family).await?;
                return Err(invalid_grant("the session this code belongs to has ended"));
            }
        }
        if new_family {
            self.after_birth(&grant.account_id);
        }
        Ok((response, redeemed, true))
    }

    pub(super) async fn revoke_redeemed(&self, redeemed: &Redeemed) -> Result<(), Error> {
        self.revoke_family(&redeemed.family).await?;
        self.deny_access_token(&redeemed.access_jti, redeemed.access_exp)
            .await?;
        Ok(())
    }

    pub(super) async fn revoke_family(&self, family: &str) -> Result<(), crate::error::Error> {
        end_family(self.store.as_ref(), family, self.refresh_lifetime()).await
    }

    pub(super) async fn deny_access_token(&self, jti: &str, exp: i64) -> Result<(), Error> {
        let remaining = exp.saturating_sub(self.now()).max(1);
        let ttl = Duration::from_secs(u64::try_from(remaining).unwrap_or(1));
        self.store
            .put(&keys::revoked_access_token(jti), b"1", Some(ttl))
            .await?;
        Ok(())
    }

    /// Claims about the holder of a valid access token (the userinfo endpoint).
    /// `proof`: the token came with the DPoP scheme and this proof (checked).
    pub async fn userinfo(
        &self,
        access_token: &str,
        proof: Option<&super::dpop::Proof>,
    ) -> Result<Userinfo, OidcError> {
        let dpop_jkt = proof.map(|p| p.jkt.as_str());
        let invalid = || {
            OidcError::OAuth(OAuthError::new(
                "invalid_token",
                "the access token is invalid or expired",
            ))
        };
        let claims: AccessClaims = self
            .verified_access_token(access_token)
            .await?
            .ok_or_else(invalid)?;
        let (client_id, sub) = (claims.client_id.as_str(), claims.sub.as_str());
        // The token's revocation mark, its client and its account are read together: one
        // command to a Redis server (`MGET`; a Cluster gets one `GET` each, in turn: a
        // split `MGET` fails as a client error during a failover). The account is read by
        // `sub`, which names it unless the client is pairwise (then it is looked up below,
        // and this read is not used). A client id no client can have reads the revocation
        // mark again instead.
        let revocation = keys::revoked_access_token(&claims.jti);
        let client_key = crate::clients::stored_at(client_id);
        let account_key = keys::account(sub);
        let read = [
            revocation.as_str(),
            client_key.as_deref().unwrap_or(revocation.as_str()),
            account_key.as_str(),
        ];
        let [revoked, client, account]: [Option<Vec<u8>>; 3] =
            self.store.get_many(&read).await?.try_into().map_err(|_| {
                crate::store::StoreError::Backend("MGET answered a wrong count".into())
            })?;
        let client = match client_key {
            Some(_) => crate::clients::from_stored(client)?,
            None => None,
        };
        let account = accounts::from_stored(account)?;
        if revoked.is_some() {
            return Err(invalid());
        }
        // A bound token only with a proof by its key; an unbound one only as Bearer.
        let bound = claims.cnf.as_ref().and_then(|c| c.jkt.as_deref());
        match (bound, dpop_jkt) {
            (Some(bound), Some(presented)) if bound == presented => {}
            (None, None) => {}
            (Some(_), None) => {
                return Err(OAuthError::new(
                    "invalid_token",
                    "this token is bound to a DPoP key: present it with a DPoP proof",
                )
                .into());
            }
            _ => {
                return Err(OAuthError::new(
                    "invalid_token",
                    "the DPoP proof is not by the key the token is bound to",
                )
                .into());
            }
        }
        let grant = Grant {
            client_id: client_id.to_owned(),
            account_id: String::new(),
            scopes: claims.scope.split(' ').map(str::to_owned).collect(),
            sid: String::new(),
            auth_time: 0,
            acr: crate::clients::Acr::Low,
            amr: Vec::new(),
        };
        if !grant.has_scope("openid") {
            return Err(OAuthError::new(
                "insufficient_scope",
                "the token was not issued for openid",
            )
            .into());
        }
        // A removed client's tokens stop working; a pairwise `sub` names its account
        // only through the client's sector.
        let client = client.ok_or_else(invalid)?;
        // A client held to the FAPI algorithms proves possession with one of them here
        // too (an RSA key that proved with PS256 at /token may not use RS256 here).
        if let Some(proof) = proof
            && !client.allowed_algs().contains(&proof.alg)
        {
            return Err(OAuthError::new(
                "invalid_dpop_proof",
                format!(
                    "this client's proofs must use one of {}",
                    crate::jwt::ClientAlg::names(client.allowed_algs()).join(", ")
                ),
            )
            .into());
        }
        let account = if client.sector.is_some() {
            let account_id = self
                .subject_account(&client, sub)
                .await?
                .ok_or_else(invalid)?;
            accounts::get(self.store.as_ref(), &account_id).await?
        } else {
            account
        };
        let account = account.filter(|a| !a.disabled).ok_or_else(invalid)?;
        let roles = if grant.has_scope("roles") {
            Some(self.roles_claim(&account.id, &grant.client_id).await?)
        } else {
            None
        };
        Ok(Userinfo {
            sub: claims.sub,
            account,
            grant,
            roles,
        })
    }

    /// The claims of an access token we issued whose signature and time hold (`None`:
    /// not one); whether it was revoked is not looked at.
    async fn verified_access_token<C: jwt::Claims>(
        &self,
        token: &str,
    ) -> Result<Option<C>, OidcError> {
        match jwt::verify(&self.keys, token, "at+jwt", self.now(), false).await {
            Ok(claims) => Ok(Some(claims)),
            Err(e @ (JwtError::Keys(_) | JwtError::Unavailable(_))) => {
                Err(crate::error::Error::from(e).into())
            }
            Err(_) => Ok(None),
        }
    }

    /// The claims of a live, unrevoked access token we issued.
    async fn check_access_token(&self, token: &str) -> Result<Option<Value>, OidcError> {
        let Some(claims) = self.verified_access_token::<Value>(token).await? else {
            return Ok(None);
        };
        let jti = claims
            .get("jti")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let revoked = self.store.get(&keys::revoked_access_token(jti)).await?;
        Ok(revoked.is_none().then_some(claims))
    }

    /// RFC 7009: revokes a refresh token (its whole family) or an access token of `client`.
    pub async fn revoke(&self, client: &Client, token: &str) -> Result<(), OidcError> {
        let hash = refresh_handle(token);
        if let Some(bytes) = self.store.get(&keys::refresh_token(&hash)).await? {
            if let Ok(record) = serde_json::from_slice::<RefreshRecord>(&bytes)
                && record.grant.client_id == client.id
            {
                self.revoke_family(&record.family).await?;
            }
            return Ok(());
        }
        let verified = jwt::verify::<Value>(&self.keys, token, "at+jwt", self.now(), true).await;
        if let Err(e @ JwtError::Unavailable(_)) = verified {
            return Err(crate::error::Error::from(e).into());
        }
        if let Ok(claims) = verified
            && claims.get("client_id").and_then(Value::as_str) == Some(client.id.as_str())
        {
            let jti = claims
                .get("jti")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let exp = claims
                .get("exp")
                .and_then(Value::as_i64)
                .unwrap_or_default();
            self.deny_access_token(jti, exp).await?;
        }
        // Unknown tokens are not an error (RFC 7009 2.2).
        Ok(())
    }

    /// Whether the person an access token names still exists and is not disabled (a
    /// service token names no person).
    async fn subject_usable(&self, client: &Client, claims: &Value) -> Result<bool, OidcError> {
        if client.client_credentials && claims.get("sub") == claims.get("client_id") {
            return Ok(true);
        }
        let Some(sub) = claims.get("sub").and_then(Value::as_str) else {
            return Ok(false);
        };
        let Some(account_id) = self.subject_account(client, sub).await? else {
            return Ok(false);
        };
        Ok(accounts::get(self.store.as_ref(), &account_id)
            .await?
            .is_some_and(|a| !a.disabled))
    }

    /// RFC 7662. A client learns only about its own tokens; anything else is inactive.
    pub async fn introspect(&self, client: &Client, token: &str) -> Result<Value, OidcError> {
        let inactive = json!({ "active": false });
        if let Some(bytes) = self
            .store
            .get(&keys::refresh_token(&refresh_handle(token)))
            .await?
        {
            let Ok(record) = serde_json::from_slice::<RefreshRecord>(&bytes) else {
                return Ok(inactive);
            };
            // A used (or retired) token, or one of a revoked family, is no longer active.
            if record.grant.client_id != client.id
                || record.expires_at <= self.now()
                || record.rotated.is_some()
                || self.family_revoked(&record.family).await?
            {
                return Ok(inactive);
            }
            let mut answer = json!({
                "active": true,
                "token_type": "refresh_token",
                "client_id": record.grant.client_id,
                "sub": self.subject(client, &record.grant.account_id),
                "scope": record.grant.scopes.join(" "),
                "exp": record.expires_at,
                "iss": self.config.issuer,
            });
            // `cnf` only when there is a binding (never `"cnf": null`).
            if let (Some(jkt), Some(map)) = (&record.jkt, answer.as_object_mut()) {
                map.insert("cnf".into(), json!({ "jkt": jkt }));
            }
            return Ok(answer);
        }
        match self.check_access_token(token).await? {
            Some(claims)
                if claims.get("client_id").and_then(Value::as_str) == Some(client.id.as_str())
                    && self.subject_usable(client, &claims).await? =>
            {
                let mut answer = claims;
                if let Some(map) = answer.as_object_mut() {
                    map.insert("active".into(), json!(true));
                    let scheme = if map.contains_key("cnf") {
                        "DPoP"
                    } else {
                        "Bearer"
                    };
                    map.insert("token_type".into(), json!(scheme));
                }
                Ok(answer)
            }
            _ => Ok(inactive),
        }
    }
}

/// Marks `family` revoked for `marked_for` (a rotation racing this finds the mark and
/// undoes itself: `set_live_token`), then removes what is left of it: its pointer, its
/// live token and the records of the tokens it used.
pub(super) async fn end_family(
    store: &dyn crate::store::Store,
    family: &str,
    marked_for: Duration,
) -> Result<(), crate::error::Error> {
    store
        .put(
            &keys::refresh_family_revoked(family),
            b"1",
            Some(marked_for),
        )
        .await?;
    if let Some(live) = store.take(&keys::refresh_family(family)).await? {
        store
            .delete(&keys::refresh_token(&String::from_utf8_lossy(&live)))
            .await?;
    }
    // Used tokens name the account: they go too (a presentation of one now finds
    // nothing, which is refused all the same).
    let records = keys::refresh_family_records(family);
    for key in store.set_members(&records).await? {
        store.delete(&key).await?;
        store.set_remove(&records, &key).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pkce_s256_matches_rfc7636_appendix_b() {
        let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assert!(pkce_matches(
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            verifier
        ));
        assert!(!pkce_matches(
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cN",
            verifier
        ));
        assert!(!pkce_matches(
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            "short"
        ));
    }
}
