//! The OpenID Connect protocol: the rules of each endpoint as plain functions on
//! [`Provider`]. The protocol hands off to the screens ("interactions"): `/authorize`
//! validates and stores a pending authorization and sends the browser to sign in; once
//! the session is good enough, `continue_authorization` finishes it and issues the code.

pub mod authorize;
pub mod client_auth;
pub mod client_keys;
pub mod consent;
pub mod discovery;
pub mod dpop;
pub mod exchange;
pub mod grants;
pub mod logout;
pub mod par;
pub mod request_object;
pub mod service;
pub mod token;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use sha2::{Digest, Sha256, Sha512};

use crate::accounts::Account;
use crate::clients::{Acr, Client};
use crate::error::Error;
use crate::keys::Alg;
use crate::provider::Provider;
use crate::secrets::{b64, random_token};
use crate::sessions::Session;
use crate::store::keys;

/// An RFC 6749 error: `error` is one of the registered codes, `description` is for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuthError {
    pub error: &'static str,
    pub description: String,
}

impl OAuthError {
    pub fn new(error: &'static str, description: impl Into<String>) -> Self {
        Self {
            error,
            description: description.into(),
        }
    }
}

/// Failure of an endpoint: a protocol error for the client, or trouble on our side.
#[derive(Debug)]
pub enum OidcError {
    OAuth(OAuthError),
    Internal(Error),
}

impl From<OAuthError> for OidcError {
    fn from(e: OAuthError) -> Self {
        OidcError::OAuth(e)
    }
}

impl<E: Into<Error>> From<E> for OidcError {
    fn from(e: E) -> Self {
        OidcError::Internal(e.into())
    }
}

impl From<crate::keys::KeyError> for Error {
    fn from(e: crate::keys::KeyError) -> Self {
        match e {
            crate::keys::KeyError::Store(store) => Error::Store(store),
            other => Error::Internal(other.to_string()),
        }
    }
}

/// `roles` releases the access profiles granted for the client's application.
pub const SUPPORTED_SCOPES: [&str; 6] = [
    "openid",
    "profile",
    "email",
    "phone",
    "offline_access",
    "roles",
];

/// What a token carries about the sign-in it comes from.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Grant {
    pub client_id: String,
    pub account_id: String,
    pub scopes: Vec<String>,
    pub sid: String,
    pub auth_time: i64,
    pub acr: Acr,
    pub amr: Vec<String>,
}

impl Grant {
    pub fn has_scope(&self, scope: &str) -> bool {
        self.scopes.iter().any(|s| s == scope)
    }

    pub fn from_session(client: &Client, session: &Session, scopes: Vec<String>) -> Self {
        Grant {
            client_id: client.id.clone(),
            account_id: session.account_id.clone(),
            scopes,
            sid: session.sid.clone(),
            auth_time: session.auth_time,
            acr: session.acr(),
            amr: amr(&session.methods),
        }
    }
}

/// What access tokens (RFC 9068) are signed with; ID tokens keep each client's algorithm.
pub const ACCESS_TOKEN_ALG: Alg = Alg::ES256;

/// RFC 8176 `amr`: the methods used, and `mfa` when there was more than one factor.
fn amr(methods: &[String]) -> Vec<String> {
    // A recovery code is no authentication method an application should see (or count),
    // nor are our own markers.
    let mut amr: Vec<String> = methods
        .iter()
        .filter(|m| !crate::sessions::is_internal_method(m))
        .cloned()
        .collect();
    if amr.len() > 1 {
        amr.push("mfa".into());
    }
    amr
}

/// The claims the granted scopes release (ID token and userinfo).
pub fn scope_claims<'a>(account: &'a Account, grant: &Grant) -> ScopeClaims<'a> {
    let profile = grant.has_scope("profile").then_some(account);
    let email = grant.has_scope("email").then_some(account.email.as_str());
    // Only a number confirmed by an SMS text challenge is released, so "verified" is true.
    let phone = grant
        .has_scope("phone")
        .then(|| account.verified_phones().next())
        .flatten();
    ScopeClaims {
        name: profile.map(Account::name),
        given_name: profile.map(|a| a.first_name.as_str()),
        family_name: profile.map(|a| a.last_name.as_str()),
        locale: profile.map(|a| a.language.as_str()),
        email,
        // Accounts exist only once their address has been confirmed by mail.
        email_verified: email.map(|_| true),
        phone_number: phone,
        phone_number_verified: phone.map(|_| true),
    }
}

/// The claims a grant's scopes release about its account, borrowed from it and written
/// without a map in between.
#[derive(Serialize)]
pub struct ScopeClaims<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<crate::accounts::Name<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    given_name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    family_name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    locale: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    email_verified: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    phone_number: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    phone_number_verified: Option<bool>,
}

/// The pairwise `sid` of a session in a sector (see `Provider::client_sid`).
pub(crate) fn pairwise_sid(secret: &[u8], sector: &str, sid: &str) -> String {
    b64(&crate::secrets::hmac_sha256(
        secret,
        format!("pairwise-sid|{sector}|{sid}").as_bytes(),
    ))
}

/// `at_hash`: the left half of the access token's hash, with the ID token's hash function.
fn at_hash(alg: Alg, access_token: &str) -> String {
    let digest: Vec<u8> = match alg {
        Alg::RS256 | Alg::ES256 => Sha256::digest(access_token.as_bytes()).to_vec(),
        Alg::EdDSA => Sha512::digest(access_token.as_bytes()).to_vec(),
    };
    b64(&digest[..digest.len() / 2])
}

pub struct IssuedTokens {
    pub access_token: String,
    pub access_jti: String,
    pub id_token: String,
    pub expires_in: i64,
}

impl Provider {
    /// The `sub` a client sees for an account: the account's id, or for a pairwise client
    /// a MAC of its sector and the account under the shared secret (OpenID Connect Core
    /// 8.1), the same for every client of the sector and unrelated across sectors.
    pub(crate) fn subject(&self, client: &Client, account_id: &str) -> String {
        match &client.sector {
            None => account_id.to_owned(),
            Some(sector) => b64(&crate::secrets::hmac_sha256(
                self.secret(),
                format!("pairwise|{sector}|{account_id}").as_bytes(),
            )),
        }
    }

    /// The `sid` a client sees for a session: the session's public id, or for a pairwise
    /// client a MAC of its sector and the id, so that two clients of different sectors
    /// cannot link a person through the session either. It comes back only in an
    /// `id_token_hint` (see `logout`), compared there the same way.
    pub(crate) fn client_sid(&self, client: &Client, sid: &str) -> String {
        match &client.sector {
            None => sid.to_owned(),
            Some(sector) => pairwise_sid(self.secret(), sector, sid),
        }
    }

    /// Remembers which account a pairwise subject names, for userinfo (written once), and
    /// lists the mapping under the account, so that deleting the account removes it.
    async fn remember_subject(
        &self,
        client: &Client,
        account_id: &str,
        sub: &str,
    ) -> Result<(), Error> {
        let Some(sector) = &client.sector else {
            return Ok(());
        };
        let key = keys::pairwise_subject(&crate::secrets::token_hash(sector), sub);
        if self.store.get(&key).await?.is_some() {
            return Ok(());
        }
        // Listed first: a crash between the two leaves a name for nothing, never a
        // mapping that deletion cannot find.
        self.store
            .set_add(&keys::account_pairwise_subjects(account_id), &key)
            .await?;
        self.store
            .put_if_absent(&key, account_id.as_bytes(), None)
            .await?;
        Ok(())
    }

    /// The account behind a `sub` that `client` was given.
    pub(crate) async fn subject_account(
        &self,
        client: &Client,
        sub: &str,
    ) -> Result<Option<String>, Error> {
        let Some(sector) = &client.sector else {
            return Ok(Some(sub.to_owned()));
        };
        Ok(self
            .store
            .get(&keys::pairwise_subject(
                &crate::secrets::token_hash(sector),
                sub,
            ))
            .await?
            .map(|b| String::from_utf8_lossy(&b).into_owned()))
    }

    pub(super) fn token_lifetime(&self) -> i64 {
        i64::try_from(self.config.access_token_minutes.saturating_mul(60)).unwrap_or(i64::MAX)
    }

    /// Signs an access token (RFC 9068) and an ID token for `grant`.
    pub(crate) async fn issue_tokens(
        &self,
        client: &Client,
        account: &Account,
        grant: &Grant,
        nonce: Option<&str>,
        jkt: Option<&str>,
    ) -> Result<IssuedTokens, Error> {
        let now = self.now();
        let lifetime = self.token_lifetime();
        let jti = random_token(16);
        let sub = self.subject(client, &account.id);
        self.remember_subject(client, &account.id, &sub).await?;
        let sid = self.client_sid(client, &grant.sid);
        let mut access_claims = json!({
            "iss": self.config.issuer,
            "sub": sub,
            "aud": client.id,
            "client_id": client.id,
            "iat": now,
            "exp": now + lifetime,
            "jti": jti,
            "scope": grant.scopes.join(" "),
            "auth_time": grant.auth_time,
            "acr": grant.acr.name(),
            "amr": grant.amr,
            "sid": sid,
        });
        if let (Some(jkt), Some(map)) = (jkt, access_claims.as_object_mut()) {
            map.insert("cnf".into(), json!({ "jkt": jkt }));
        }
        // Access tokens are ES256 (RFC 9068 allows any asymmetric JWS algorithm; resource
        // servers verify through the JWKS): a signature costs ~20 us, RS256 ~590 us.
        let (kid, key) = self.keys.active(ACCESS_TOKEN_ALG, now).await?;
        let access_token =
            crate::jwt::sign(&key, ACCESS_TOKEN_ALG, &kid, "at+jwt", &access_claims)?;

        let mut id_claims = match serde_json::to_value(scope_claims(account, grant)) {
            Ok(Value::Object(claims)) => claims,
            other => return Err(Error::Internal(format!("scope claims as JSON: {other:?}"))),
        };
        for (name, value) in [
            ("sub", json!(sub)),
            ("iss", json!(self.config.issuer)),
            ("aud", json!([client.id])),
            ("azp", json!(client.id)),
            ("iat", json!(now)),
            ("exp", json!(now + lifetime)),
            ("auth_time", json!(grant.auth_time)),
            ("acr", json!(grant.acr.name())),
            ("amr", json!(grant.amr)),
            ("sid", json!(sid)),
            ("at_hash", json!(at_hash(client.signing_alg, &access_token))),
        ] {
            id_claims.insert(name.into(), value);
        }
        if let Some(nonce) = nonce {
            id_claims.insert("nonce".into(), json!(nonce));
        }
        if grant.has_scope("roles") {
            // Read at every issue, so a revoked grant is gone from the next refresh.
            id_claims.insert(
                "roles".into(),
                self.roles_claim(&account.id, &client.id).await?,
            );
        }
        let (kid, key) = self.keys.active(client.signing_alg, now).await?;
        let id_token = crate::jwt::sign(
            &key,
            client.signing_alg,
            &kid,
            "JWT",
            &Value::Object(id_claims),
        )?;
        Ok(IssuedTokens {
            access_token,
            access_jti: jti,
            id_token,
            expires_in: lifetime,
        })
    }

    /// Sends a logout token to every client the session signed in to that asked for one
    /// (OpenID Connect Back-Channel Logout 1.0). Delivery runs in the background.
    pub(crate) async fn backchannel_logout(&self, session: &Session) -> Result<(), Error> {
        let index = keys::session_clients(&session.sid);
        let client_ids = self.store.set_members(&index).await?;
        self.store.delete(&index).await?;
        for client_id in client_ids {
            let Some(client) = crate::clients::get(self.store.as_ref(), &client_id).await? else {
                continue;
            };
            let Some(uri) = client.backchannel_logout_uri.clone() else {
                continue;
            };
            let now = self.now();
            let claims = json!({
                "iss": self.config.issuer,
                "aud": client.id,
                "iat": now,
                "exp": now + 120,
                "jti": random_token(16),
                "sub": self.subject(&client, &session.account_id),
                "sid": self.client_sid(&client, &session.sid),
                "events": { "http://schemas.openid.net/event/backchannel-logout": {} },
            });
            let (kid, key) = self.keys.active(client.signing_alg, now).await?;
            let token = crate::jwt::sign(&key, client.signing_alg, &kid, "logout+jwt", &claims)?;
            let http = self.http.clone();
            tokio::spawn(async move {
                let sent = http
                    .post(&uri)
                    .form(&[("logout_token", token.as_str())])
                    .send()
                    .await;
                let delivered = matches!(&sent, Ok(response) if response.status().is_success());
                crate::metrics::backchannel_logout(delivered);
                match sent {
                    Ok(response) if response.status().is_success() => {}
                    Ok(response) => {
                        tracing::warn!(client = %client.id, status = %response.status(), "back-channel logout refused")
                    }
                    Err(e) => {
                        tracing::warn!(client = %client.id, error = %e, "back-channel logout not delivered")
                    }
                }
            });
        }
        Ok(())
    }
}
