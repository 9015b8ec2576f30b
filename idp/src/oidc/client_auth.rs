//! Client authentication at the token, PAR, revocation and introspection endpoints:
//! `client_secret_basic`, `client_secret_post`, `none` for public clients, and
//! `private_key_jwt` (RFC 7523, OpenID Connect Core 9) for clients registered with keys.
//! A client authenticates the one way it was registered for, never another.

use std::time::Duration;

use super::{OAuthError, OidcError};
use crate::clients::{self, Client};
use crate::jwt::Jws;
use crate::provider::Provider;
use crate::secrets::token_hash;
use crate::store::keys;

/// RFC 7523 2.2.
pub const JWT_BEARER: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
/// An assertion may not be valid for longer (its `jti` is remembered that long).
pub const MAX_ASSERTION_SECONDS: i64 = 600;
/// Allowance for clocks that disagree a little.
pub const LEEWAY_SECONDS: i64 = 10;

/// How the client proved who it is.
#[derive(Debug, Default)]
pub struct ClientCredentials {
    /// From `Authorization: Basic` (client_secret_basic).
    pub basic: Option<(String, String)>,
    /// From the form (client_secret_post, or none with only `client_id`).
    pub form_id: Option<String>,
    pub form_secret: Option<String>,
    /// private_key_jwt: `client_assertion_type` and `client_assertion`.
    pub assertion_type: Option<String>,
    pub assertion: Option<String>,
}

/// The `typ` a client assertion may carry: none, `JWT`, or the explicit type of the RFC
/// 7523 update. Any other (`oauth-authz-req+jwt` above all) marks a JWT made for another
/// purpose, which must not pass for a client assertion (RFC 8725 3.11).
fn assertion_typ_allowed(typ: Option<&str>) -> bool {
    let Some(typ) = typ else {
        return true;
    };
    let typ = typ.to_ascii_lowercase();
    let typ = typ.strip_prefix("application/").unwrap_or(&typ);
    matches!(typ, "jwt" | "client-authentication+jwt")
}

fn invalid_client(description: impl Into<String>) -> OidcError {
    OidcError::OAuth(OAuthError::new("invalid_client", description))
}

impl Provider {
    /// Authenticates the client of a request to the endpoint at `endpoint` (a path such
    /// as "/token", for an assertion's `aud`). `allow_public`: a public client may
    /// identify itself by `client_id` alone.
    pub async fn authenticate_client(
        &self,
        credentials: &ClientCredentials,
        allow_public: bool,
        endpoint: &str,
    ) -> Result<Client, OidcError> {
        if credentials.assertion.is_some() || credentials.assertion_type.is_some() {
            if credentials.basic.is_some() || credentials.form_secret.is_some() {
                return Err(OAuthError::new(
                    "invalid_request",
                    "use one client authentication method",
                )
                .into());
            }
            return self.assertion_client(credentials, endpoint).await;
        }
        let failed = || invalid_client("client authentication failed");
        let (id, secret) = match (
            &credentials.basic,
            &credentials.form_id,
            &credentials.form_secret,
        ) {
            (Some(_), _, Some(_)) => {
                return Err(OAuthError::new(
                    "invalid_request",
                    "use one client authentication method",
                )
                .into());
            }
            (Some((id, secret)), form_id, None) => {
                if form_id.as_ref().is_some_and(|f| f != id) {
                    return Err(failed());
                }
                (id.clone(), Some(secret.clone()))
            }
            (None, Some(id), secret) => (id.clone(), secret.clone()),
            (None, None, _) => return Err(failed()),
        };
        let client = clients::get(self.store.as_ref(), &id)
            .await?
            .ok_or_else(failed)?;
        match (client.is_public(), secret) {
            (false, Some(secret)) if client.secret_matches(&secret) => Ok(client),
            (true, None) if allow_public => Ok(client),
            _ if client.has_keys() => Err(invalid_client(
                "this client authenticates with private_key_jwt",
            )),
            _ => Err(failed()),
        }
    }

    /// private_key_jwt: the assertion names the client (`iss` = `sub` = client_id), is
    /// for us (`aud`), current, signed by one of the client's keys, and new (`jti`).
    async fn assertion_client(
        &self,
        credentials: &ClientCredentials,
        endpoint: &str,
    ) -> Result<Client, OidcError> {
        if credentials.assertion_type.as_deref() != Some(JWT_BEARER) {
            return Err(invalid_client(format!(
                "client_assertion_type must be {JWT_BEARER}"
            )));
        }
        let token = credentials
            .assertion
            .as_deref()
            .ok_or_else(|| invalid_client("client_assertion is missing"))?;
        // Read unverified only to know whose keys to verify it with.
        let unverified =
            Jws::parse(token).map_err(|_| invalid_client("the client assertion is malformed"))?;
        let id = unverified
            .claim_str("iss")
            .ok_or_else(|| invalid_client("the client assertion has no iss"))?
            .to_owned();
        if credentials.form_id.as_ref().is_some_and(|f| *f != id) {
            return Err(invalid_client(
                "client_id is not the client assertion's issuer",
            ));
        }
        let client = clients::get(self.store.as_ref(), &id)
            .await?
            .ok_or_else(|| invalid_client("client authentication failed"))?;
        if !client.has_keys() {
            return Err(invalid_client(
                "this client has no registered keys; it authenticates with its secret",
            ));
        }
        let jws = self
            .verify_client_signed(&client, token)
            .await
            .map_err(|e| invalid_client(format!("client assertion: {e}")))?;
        self.check_assertion_claims(&client, &jws, endpoint)
            .map_err(|e| invalid_client(format!("client assertion: {e}")))?;
        let jti = jws.claim_str("jti").unwrap_or_default();
        let exp = jws.claim_i64("exp").unwrap_or_default();
        if !self.first_use("assertion", &client.id, jti, exp).await? {
            return Err(invalid_client(
                "client assertion: this assertion was used already (jti)",
            ));
        }
        Ok(client)
    }

    /// The claims of a client assertion (RFC 7523 3), `Err`: which one is wrong.
    pub(crate) fn check_assertion_claims(
        &self,
        client: &Client,
        jws: &Jws,
        endpoint: &str,
    ) -> Result<(), String> {
        if jws.claim_str("iss") != Some(&client.id) || jws.claim_str("sub") != Some(&client.id) {
            return Err("iss and sub must both be the client_id".into());
        }
        if !assertion_typ_allowed(jws.header_str("typ")) {
            return Err(
                "typ must be absent, JWT or client-authentication+jwt (a request object or a proof is no client assertion)"
                    .into(),
            );
        }
        let issuer = &self.config.issuer;
        if client.fapi2 {
            // FAPI 2.0 Security Profile 5.3.2.1 and the RFC 7523 update: the issuer, as a
            // single string, so an assertion made for another server or endpoint is no
            // use here.
            return match jws.claims.get("aud") {
                Some(serde_json::Value::String(aud)) if aud == issuer => {
                    self.check_assertion_rest(jws)
                }
                _ => Err(format!(
                    "aud must be the issuer {issuer}, as a single string"
                )),
            };
        }
        let accepted = [
            issuer.clone(),
            format!("{issuer}/token"),
            format!("{issuer}{endpoint}"),
        ];
        let for_us = match jws.claims.get("aud") {
            Some(serde_json::Value::String(aud)) => accepted.contains(aud),
            Some(serde_json::Value::Array(auds)) => auds
                .iter()
                .filter_map(serde_json::Value::as_str)
                .any(|a| accepted.iter().any(|x| x == a)),
            _ => false,
        };
        if !for_us {
            return Err(format!(
                "aud must be the issuer {issuer} or the endpoint's URL"
            ));
        }
        self.check_assertion_rest(jws)
    }

    /// Lifetime and `jti` of a client assertion.
    fn check_assertion_rest(&self, jws: &Jws) -> Result<(), String> {
        self.check_lifetime(jws, MAX_ASSERTION_SECONDS)?;
        match jws.claim_str("jti") {
            Some(jti) if !jti.is_empty() && jti.len() <= 200 => Ok(()),
            _ => Err("jti is missing".into()),
        }
    }

    /// `exp` present and not past, not further than `max_seconds` ahead; `nbf` and
    /// `iat`, when present, not in the future.
    pub(crate) fn check_lifetime(&self, jws: &Jws, max_seconds: i64) -> Result<(), String> {
        // The numbers come from outside: no arithmetic on them may overflow.
        let now = self.now();
        let exp = jws.claim_i64("exp").ok_or("exp is missing")?;
        if exp.saturating_add(LEEWAY_SECONDS) <= now {
            return Err("it has expired".into());
        }
        if exp
            > now
                .saturating_add(max_seconds)
                .saturating_add(LEEWAY_SECONDS)
        {
            return Err(format!("exp is more than {max_seconds} seconds ahead"));
        }
        for claim in ["nbf", "iat"] {
            if let Some(t) = jws.claims.get(claim) {
                match t.as_i64() {
                    Some(t) if t <= now.saturating_add(LEEWAY_SECONDS) => {}
                    Some(_) => return Err(format!("{claim} is in the future")),
                    None => return Err(format!("{claim} is not a number")),
                }
            }
        }
        Ok(())
    }

    /// Records the `jti` of a JWT `issuer` signed; false when it was seen before. Kept
    /// until `exp` (plus leeway), after which the JWT is refused for its age anyway.
    pub(crate) async fn first_use(
        &self,
        kind: &str,
        issuer: &str,
        jti: &str,
        exp: i64,
    ) -> Result<bool, crate::error::Error> {
        // `exp` was checked (not past, at most an hour ahead), but saturate all the same.
        let remaining = exp
            .saturating_sub(self.now())
            .saturating_add(2 * LEEWAY_SECONDS)
            .clamp(1, 2 * 3600);
        let ttl = Duration::from_secs(remaining.unsigned_abs());
        Ok(self
            .store
            .put_if_absent(
                &keys::jwt_seen(kind, &token_hash(issuer), &token_hash(jti)),
                b"1",
                Some(ttl),
            )
            .await?)
    }
}
