//! Relying parties registered with `idp client add`, kept in the store (every replica sees
//! them). Secrets are stored as their SHA-256: they are long random strings, so a fast hash
//! is enough, and the token endpoint stays fast.

use serde::{Deserialize, Serialize};

use crate::keys::Alg;
use crate::secrets::{constant_time_eq, random_token, sha256};
use crate::store::{Store, StoreError};

const INDEX: &str = "clients";
/// A shorter secret could be guessed; generated ones are 43 characters.
pub const MIN_SECRET_LENGTH: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Acr {
    /// Password only.
    Low,
    /// Password and a second factor.
    Substantial,
    /// Phishing-resistant (security keys).
    High,
}

impl Acr {
    pub fn name(self) -> &'static str {
        match self {
            Acr::Low => "low",
            Acr::Substantial => "substantial",
            Acr::High => "high",
        }
    }

    pub fn parse(name: &str) -> Option<Acr> {
        [Acr::Low, Acr::Substantial, Acr::High]
            .into_iter()
            .find(|a| a.name() == name)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Client {
    pub id: String,
    pub name: String,
    /// SHA-256 of the secret, base64url; `None` for a public client (PKCE, no secret).
    pub secret_hash: Option<String>,
    pub redirect_uris: Vec<String>,
    #[serde(default)]
    pub post_logout_redirect_uris: Vec<String>,
    #[serde(default)]
    pub backchannel_logout_uri: Option<String>,
    /// First-party clients skip the consent screen.
    #[serde(default)]
    pub first_party: bool,
    /// The least assurance this client accepts.
    #[serde(default = "default_acr")]
    pub min_acr: Acr,
    #[serde(default = "default_alg")]
    pub signing_alg: Alg,
    /// PKCE (S256) is required of every client, as RFC 9700 recommends; a confidential
    /// client registered with `--pkce-optional` may leave it out (older libraries).
    #[serde(default)]
    pub pkce_optional: bool,
    /// Origins whose scripts may call the token, userinfo and revocation endpoints for
    /// this client (CORS), e.g. `https://app.example.eu`.
    #[serde(default)]
    pub web_origins: Vec<String>,
    /// The client must push its authorization requests (RFC 9126) first.
    #[serde(default)]
    pub require_par: bool,
    /// A service client may use the client_credentials grant, for these scopes only.
    #[serde(default)]
    pub client_credentials: bool,
    #[serde(default)]
    pub service_scopes: Vec<String>,
    /// The client's public keys (a JWKS) for `private_key_jwt` and signed request
    /// objects, as registered, or where to fetch them (`jwks_uri`).
    #[serde(default)]
    pub jwks: Option<serde_json::Value>,
    #[serde(default)]
    pub jwks_uri: Option<String>,
    /// Tokens only for a DPoP proof (RFC 9449): access and refresh tokens bound to a key.
    #[serde(default)]
    pub require_dpop: bool,
    /// Pairwise subject identifiers (OpenID Connect Core 8.1): the sector whose clients
    /// see the same `sub`; `None`: the public identifier.
    #[serde(default)]
    pub sector: Option<String>,
    /// Registered under the FAPI 2.0 Security Profile: nothing weaker is accepted.
    #[serde(default)]
    pub fapi2: bool,
}

fn default_acr() -> Acr {
    Acr::Low
}
fn default_alg() -> Alg {
    Alg::RS256
}

impl Client {
    /// No secret and no keys: identified by `client_id` alone (PKCE protects its codes).
    pub fn is_public(&self) -> bool {
        self.secret_hash.is_none() && !self.has_keys()
    }

    /// Authenticates with `private_key_jwt` (RFC 7523).
    pub fn has_keys(&self) -> bool {
        self.jwks.is_some() || self.jwks_uri.is_some()
    }

    /// The token endpoint authentication method, as registration metadata names it.
    pub fn auth_method(&self) -> &'static str {
        if self.has_keys() {
            "private_key_jwt"
        } else if self.is_public() {
            "none"
        } else {
            "client_secret_basic"
        }
    }

    /// The algorithms this client may sign with (assertions, proofs, request objects).
    pub fn allowed_algs(&self) -> &'static [crate::jwt::ClientAlg] {
        if self.fapi2 {
            &crate::jwt::ClientAlg::FAPI
        } else {
            &crate::jwt::ClientAlg::ALL
        }
    }

    pub fn secret_matches(&self, secret: &str) -> bool {
        self.secret_hash
            .as_deref()
            .and_then(crate::secrets::from_b64)
            .is_some_and(|expected| constant_time_eq(&expected, &sha256(secret.as_bytes())))
    }
}

/// What `idp client add` asks for.
#[derive(Debug, Clone, Default)]
pub struct NewClient {
    pub id: String,
    pub name: Option<String>,
    /// `None` with `public == false`: a secret is generated and returned once.
    pub secret: Option<String>,
    pub public: bool,
    pub redirect_uris: Vec<String>,
    pub post_logout_redirect_uris: Vec<String>,
    pub backchannel_logout_uri: Option<String>,
    pub first_party: bool,
    pub min_acr: Option<Acr>,
    pub signing_alg: Option<Alg>,
    pub pkce_optional: bool,
    pub web_origins: Vec<String>,
    pub require_par: bool,
    pub client_credentials: bool,
    pub service_scopes: Vec<String>,
    pub jwks: Option<serde_json::Value>,
    pub jwks_uri: Option<String>,
    pub require_dpop: bool,
    /// Pairwise subjects, in this sector or (`None`) the redirect URIs' host.
    pub pairwise: bool,
    pub sector: Option<String>,
    pub fapi2: bool,
}

/// Checks a client's public keys as registered (`--jwks-file`): a JWKS of public signing
/// keys only, every one usable (the operator is told at once what is wrong). A set
/// fetched from a `jwks_uri` is read more leniently: see `client_keys`.
pub fn check_jwks(jwks: &serde_json::Value) -> Result<(), String> {
    let keys = jwks
        .get("keys")
        .and_then(serde_json::Value::as_array)
        .filter(|k| !k.is_empty())
        .ok_or("the JWKS needs a non-empty \"keys\" array")?;
    for key in keys {
        if crate::jwt::has_private_members(key) {
            return Err(
                "the JWKS holds a private or secret key: register only the public keys".into(),
            );
        }
        if !crate::jwt::is_public_key(key) {
            return Err(format!(
                "unsupported key {}: RSA (2048 bits or more), EC P-256 or OKP Ed25519, for signing",
                key.get("kid").unwrap_or(&serde_json::Value::Null)
            ));
        }
    }
    Ok(())
}

/// The sector of a pairwise client: given, or the one host of its redirect URIs.
fn pairwise_sector(new: &NewClient) -> Result<String, String> {
    if let Some(sector) = &new.sector {
        let well_formed = !sector.is_empty()
            && sector.len() <= 200
            && sector
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-.:_".contains(c));
        return if well_formed {
            Ok(sector.to_ascii_lowercase())
        } else {
            Err(format!("--sector {sector:?}: a host name"))
        };
    }
    let mut hosts: Vec<String> = new
        .redirect_uris
        .iter()
        .filter_map(|u| url::Url::parse(u).ok())
        .filter_map(|u| u.host_str().map(str::to_owned))
        .collect();
    hosts.sort();
    hosts.dedup();
    match hosts.as_slice() {
        [host] => Ok(host.clone()),
        _ => Err(
            "the redirect URIs have different hosts: give --sector to say which applications may share a subject"
                .into(),
        ),
    }
}

/// The rules of keys, sender-constraining and profiles; fills what a profile implies.
fn check_security(new: &mut NewClient) -> Result<(), String> {
    if new.jwks.is_some() && new.jwks_uri.is_some() {
        return Err("--jwks-file and --jwks-uri exclude each other".into());
    }
    let keyed = new.jwks.is_some() || new.jwks_uri.is_some();
    if keyed && (new.public || new.secret.is_some()) {
        return Err(
            "a client with keys (private_key_jwt) has no secret and is not --public".into(),
        );
    }
    if let Some(jwks) = &new.jwks {
        check_jwks(jwks)?;
    }
    if let Some(uri) = &new.jwks_uri {
        check_uri(uri)?;
    }
    if new.sector.is_some() && !new.pairwise {
        return Err("--sector is for --subject-type pairwise".into());
    }
    if new.fapi2 {
        // FAPI 2.0 Security Profile 5.3.2 and 5.3.3 (DPoP chosen as the sender constraint).
        if !keyed {
            return Err(
                "--profile fapi2 needs private_key_jwt: give --jwks-file or --jwks-uri".into(),
            );
        }
        if new.pkce_optional {
            return Err("--profile fapi2 requires PKCE: drop --pkce-optional".into());
        }
        match new.signing_alg {
            None => new.signing_alg = Some(Alg::ES256),
            Some(Alg::RS256) => {
                return Err(
                    "--profile fapi2: ID tokens are signed ES256 or EdDSA, not RS256 (FAPI 2.0 5.4)"
                        .into(),
                );
            }
            Some(_) => {}
        }
        new.require_par = true;
        new.require_dpop = true;
    }
    Ok(())
}

/// An origin as browsers send it: `https://host[:port]` (http only on a loopback host),
/// nothing after the port.
pub fn check_origin(origin: &str) -> Result<(), String> {
    check_uri(origin)?;
    let after_scheme = origin.split_once("://").map_or("", |(_, rest)| rest);
    if after_scheme.contains(['/', '?']) {
        return Err(format!(
            "{origin}: an origin is scheme, host and port only (no path, no trailing /)"
        ));
    }
    Ok(())
}

/// An absolute https URL (or http on a loopback host, for development), without fragment.
pub fn check_uri(uri: &str) -> Result<(), String> {
    let (scheme, rest) = uri
        .split_once("://")
        .ok_or_else(|| format!("{uri}: not an absolute URL"))?;
    let host = rest.split(['/', '?']).next().unwrap_or_default();
    let hostname = host.rsplit_once(':').map_or(host, |(h, port)| {
        if port.chars().all(|c| c.is_ascii_digit()) {
            h
        } else {
            host
        }
    });
    if hostname.is_empty()
        || uri.contains('#')
        || uri.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(format!("{uri}: needs a host, and no fragment or spaces"));
    }
    let loopback = matches!(hostname, "localhost" | "127.0.0.1" | "[::1]");
    match scheme {
        "https" => Ok(()),
        "http" if loopback => Ok(()),
        _ => Err(format!(
            "{uri}: must be https (http only for localhost or 127.0.0.1)"
        )),
    }
}

fn key(id: &str) -> String {
    format!("client:{id}")
}

fn decode(bytes: &[u8]) -> Result<Client, StoreError> {
    serde_json::from_slice(bytes).map_err(|e| StoreError::Backend(format!("corrupt client: {e}")))
}

pub async fn get(store: &dyn Store, id: &str) -> Result<Option<Client>, StoreError> {
    let Some(key) = stored_at(id) else {
        return Ok(None);
    };
    store.get(&key).await?.map(|b| decode(&b)).transpose()
}

/// Where client `id` is stored (`None`: no client can have that id), for a read batched
/// with others (`Store::get_many`); `from_stored` reads what was found.
pub(crate) fn stored_at(id: &str) -> Option<String> {
    (!id.is_empty() && id.len() <= 200).then(|| key(id))
}

pub(crate) fn from_stored(bytes: Option<Vec<u8>>) -> Result<Option<Client>, StoreError> {
    bytes.map(|b| decode(&b)).transpose()
}

pub async fn list(store: &dyn Store) -> Result<Vec<Client>, StoreError> {
    let mut clients = Vec::new();
    for id in store.set_members(INDEX).await? {
        if let Some(client) = get(store, &id).await? {
            clients.push(client);
        }
    }
    clients.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(clients)
}

/// Applies an operator's `change` with compare-and-set (two edits at once both land, a
/// rotated secret is never written back by a slower edit); `None` when the client is gone
/// (an edit never brings back a removed client).
pub async fn update(
    store: &dyn Store,
    id: &str,
    mut change: impl FnMut(&mut Client) + Send,
) -> Result<Option<Client>, StoreError> {
    if id.is_empty() || id.len() > 200 {
        return Ok(None);
    }
    loop {
        let Some(current) = store.get(&key(id)).await? else {
            return Ok(None);
        };
        let mut client = decode(&current)?;
        change(&mut client);
        let next = serde_json::to_vec(&client).map_err(|e| StoreError::Backend(e.to_string()))?;
        if store
            .compare_and_set(&key(id), Some(&current), Some(&next), None)
            .await?
        {
            return Ok(Some(client));
        }
    }
}

pub async fn remove(store: &dyn Store, id: &str) -> Result<bool, StoreError> {
    store.set_remove(INDEX, id).await?;
    store.delete(&key(id)).await
}

/// Validates and registers a client; returns it and, when one was generated, its secret.
pub async fn add(
    store: &dyn Store,
    mut new: NewClient,
) -> Result<Result<(Client, Option<String>), String>, StoreError> {
    if let Err(e) = check_security(&mut new) {
        return Ok(Err(e));
    }
    let sector = if new.pairwise {
        match pairwise_sector(&new) {
            Ok(sector) => Some(sector),
            Err(e) => return Ok(Err(e)),
        }
    } else {
        None
    };
    let valid_id = !new.id.is_empty()
        && new.id.len() <= 100
        && new
            .id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
    if !valid_id {
        return Ok(Err("--id: 1 to 100 letters, digits, '-', '_' or '.'".into()));
    }
    if new.redirect_uris.is_empty() {
        return Ok(Err("at least one --redirect-uri is needed".into()));
    }
    let uris = new
        .redirect_uris
        .iter()
        .chain(&new.post_logout_redirect_uris)
        .chain(new.backchannel_logout_uri.iter());
    for uri in uris {
        if let Err(e) = check_uri(uri) {
            return Ok(Err(e));
        }
    }
    for origin in &new.web_origins {
        if let Err(e) = check_origin(origin) {
            return Ok(Err(e));
        }
    }
    if new.client_credentials && new.public {
        return Ok(Err(
            "--client-credentials needs a confidential client (a secret)".into(),
        ));
    }
    for scope in &new.service_scopes {
        let well_formed = !scope.is_empty()
            && scope.len() <= 100
            && scope
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_.:-/".contains(c));
        if !well_formed || ["openid", "offline_access"].contains(&scope.as_str()) {
            return Ok(Err(format!(
                "--service-scope {scope:?}: letters, digits and _.:-/ only, and not openid or offline_access (a service acts for no person)"
            )));
        }
    }
    if new.public && new.pkce_optional {
        return Ok(Err(
            "--pkce-optional is for confidential clients: a public client always needs PKCE".into(),
        ));
    }
    let keyed = new.jwks.is_some() || new.jwks_uri.is_some();
    let (secret_hash, generated) = match (new.public || keyed, new.secret) {
        (true, Some(_)) => return Ok(Err("--secret and --public exclude each other".into())),
        (true, None) => (None, None),
        (false, Some(secret)) if secret.chars().count() < MIN_SECRET_LENGTH => {
            return Ok(Err(format!(
                "--secret must have at least {MIN_SECRET_LENGTH} characters"
            )));
        }
        (false, Some(secret)) => (Some(crate::secrets::b64(&sha256(secret.as_bytes()))), None),
        (false, None) => {
            let secret = random_token(32);
            (
                Some(crate::secrets::b64(&sha256(secret.as_bytes()))),
                Some(secret),
            )
        }
    };
    let client = Client {
        name: new.name.unwrap_or_else(|| new.id.clone()),
        id: new.id,
        secret_hash,
        redirect_uris: new.redirect_uris,
        post_logout_redirect_uris: new.post_logout_redirect_uris,
        backchannel_logout_uri: new.backchannel_logout_uri,
        first_party: new.first_party,
        min_acr: new.min_acr.unwrap_or(Acr::Low),
        signing_alg: new.signing_alg.unwrap_or(Alg::RS256),
        pkce_optional: new.pkce_optional,
        web_origins: new.web_origins,
        require_par: new.require_par,
        client_credentials: new.client_credentials,
        service_scopes: new.service_scopes,
        jwks: new.jwks,
        jwks_uri: new.jwks_uri,
        require_dpop: new.require_dpop,
        sector,
        fapi2: new.fapi2,
    };
    let bytes = serde_json::to_vec(&client).map_err(|e| StoreError::Backend(e.to_string()))?;
    if !store.put_if_absent(&key(&client.id), &bytes, None).await? {
        return Ok(Err(format!(
            "a client with the id {} exists already",
            client.id
        )));
    }
    store.set_add(INDEX, &client.id).await?;
    Ok(Ok((client, generated)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirect_uris_must_be_https_or_loopback_without_fragment() {
        assert!(check_uri("https://cpms.example.eu/callback").is_ok());
        assert!(check_uri("http://127.0.0.1:8081/callback").is_ok());
        assert!(check_uri("http://localhost/cb").is_ok());
        for bad in [
            "http://cpms.example.eu/cb",
            "https://x.eu/cb#frag",
            "cpms/callback",
            "https:///cb",
            "javascript://x",
            "https://a b.eu/",
        ] {
            assert!(check_uri(bad).is_err(), "{bad}");
        }
    }
}
