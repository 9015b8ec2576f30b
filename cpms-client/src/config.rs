//! CPMS settings from `CPMS_*` environment variables, checked as a whole at start so a
//! mistake names the variable instead of surfacing later as a failed sign-in.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// A value whose `Debug` never prints it (the client secret).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    /// Where browsers reach CPMS, without trailing slash; `/callback` lives under it.
    pub public_url: String,
    /// The provider's issuer, without trailing slash.
    pub issuer: String,
    pub client_id: String,
    /// `None` only in a training-only deployment (no provider sign-in then).
    pub client_secret: Option<Secret>,
    pub data_dir: PathBuf,
    pub catalogue: Option<PathBuf>,
    /// Training mode: local test accounts, a banner on every page, separate data.
    pub training: bool,
    /// How old the profiles of a session may get before they are read again from the
    /// provider (a refresh), so that a revoked grant stops working (`CPMS_ROLES_MAX_AGE`,
    /// seconds).
    pub roles_max_age: Duration,
    /// How many sign-ins may wait for the provider's answer at once (the oldest gives way
    /// beyond it). Not an environment setting: the default suits every deployment; tests
    /// lower it.
    pub max_pending_logins: usize,
    /// The shortest time between two fetches of the provider's keys: a token naming a key
    /// CPMS does not hold fetches them again only after this time (60 s; not an environment
    /// setting, tests shorten it).
    pub keys_refetch_interval: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8081)),
            public_url: "http://127.0.0.1:8081".into(),
            issuer: "http://127.0.0.1:8080".into(),
            client_id: "cpms".into(),
            client_secret: None,
            data_dir: PathBuf::from("./cpms-data"),
            catalogue: None,
            training: false,
            roles_max_age: Duration::from_secs(60),
            max_pending_logins: crate::sessions::MAX_PENDING_LOGINS,
            keys_refetch_interval: Duration::from_secs(60),
        }
    }
}

/// A bad setting: which variable, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{variable}: {reason}")]
pub struct ConfigError {
    pub variable: &'static str,
    pub reason: String,
}

fn bad(variable: &'static str, reason: impl Into<String>) -> ConfigError {
    ConfigError {
        variable,
        reason: reason.into(),
    }
}

/// An absolute http(s) URL without query, fragment or trailing slash.
fn base_url(variable: &'static str, value: &str) -> Result<String, ConfigError> {
    let trimmed = value.trim_end_matches('/');
    let parsed = openidconnect::url::Url::parse(trimmed)
        .map_err(|e| bad(variable, format!("not a URL ({e})")))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(bad(variable, "must be an http:// or https:// URL"));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(bad(variable, "must not have a query or fragment"));
    }
    Ok(trimmed.to_owned())
}

/// Training mode is on only for exactly "1" and off when unset; anything else is refused
/// so that a typo ("true", "yes") never silently decides which data a deployment touches.
pub fn parse_training(value: Option<&str>) -> Result<bool, ConfigError> {
    match value {
        None => Ok(false),
        Some("1") => Ok(true),
        Some(other) => Err(bad(
            "CPMS_TRAINING",
            format!("must be exactly \"1\" (on) or unset (off), not {other:?}"),
        )),
    }
}

impl Config {
    /// Reads the `CPMS_*` variables through `get` (the process environment in `main`).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let defaults = Config::default();
        let listen = match get("CPMS_LISTEN") {
            Some(v) => v
                .parse()
                .map_err(|_| bad("CPMS_LISTEN", format!("not an address:port: {v:?}")))?,
            None => defaults.listen,
        };
        let public_url = base_url(
            "CPMS_PUBLIC_URL",
            &get("CPMS_PUBLIC_URL").unwrap_or(defaults.public_url),
        )?;
        let issuer = base_url(
            "CPMS_ISSUER",
            &get("CPMS_ISSUER").unwrap_or(defaults.issuer),
        )?;
        let client_id = get("CPMS_CLIENT_ID").unwrap_or(defaults.client_id);
        if client_id.is_empty() {
            return Err(bad("CPMS_CLIENT_ID", "must not be empty"));
        }
        let training = parse_training(get("CPMS_TRAINING").as_deref())?;
        let client_secret = get("CPMS_CLIENT_SECRET")
            .filter(|s| !s.is_empty())
            .map(Secret::new);
        if client_secret.is_none() && !training {
            return Err(bad(
                "CPMS_CLIENT_SECRET",
                "required (the secret printed by `idp client add`), unless CPMS_TRAINING=1",
            ));
        }
        let data_dir = get("CPMS_DATA_DIR")
            .filter(|s| !s.is_empty())
            .map(PathBuf::from)
            .unwrap_or(defaults.data_dir);
        let catalogue = get("CPMS_CATALOGUE")
            .filter(|s| !s.is_empty())
            .map(PathBuf::from);
        let roles_max_age = match get("CPMS_ROLES_MAX_AGE").filter(|s| !s.is_empty()) {
            None => defaults.roles_max_age,
            Some(v) => v
                .parse::<u64>()
                .ok()
                .filter(|secs| *secs <= 3600)
                .map(Duration::from_secs)
                .ok_or_else(|| {
                    bad(
                        "CPMS_ROLES_MAX_AGE",
                        format!("0 to 3600 seconds, got {v:?}"),
                    )
                })?,
        };
        Ok(Config {
            listen,
            public_url,
            issuer,
            client_id,
            client_secret,
            data_dir,
            catalogue,
            training,
            roles_max_age,
            ..defaults
        })
    }

    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_lookup(|name| std::env::var(name).ok())
    }

    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    pub fn redirect_uri(&self) -> String {
        format!("{}/callback", self.public_url)
    }

    /// Where the provider's "Create an account" page is.
    pub fn register_url(&self) -> String {
        format!("{}/register", self.issuer)
    }

    /// Where a user asks the provider for a CPMS profile.
    pub fn access_request_url(&self) -> String {
        format!("{}/access/new?application=CPMS", self.issuer)
    }

    pub fn approvals_url(&self) -> String {
        format!("{}/access/approvals", self.issuer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        Config::from_lookup(|name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        })
    }

    #[test]
    fn training_is_on_only_for_exactly_one() {
        assert_eq!(parse_training(Some("1")), Ok(true));
        assert_eq!(parse_training(None), Ok(false));
        for v in ["true", "yes", "on", " 1", "2", "0", ""] {
            assert_eq!(
                parse_training(Some(v)).map_err(|e| e.variable),
                Err("CPMS_TRAINING")
            );
        }
    }

    #[test]
    fn the_secret_is_required_unless_training() {
        assert_eq!(
            with(&[]).map(|_| ()).map_err(|e| e.variable),
            Err("CPMS_CLIENT_SECRET")
        );
        assert!(with(&[("CPMS_TRAINING", "1")]).is_ok());
        let c = with(&[("CPMS_CLIENT_SECRET", "s3cret-s3cret")]).unwrap();
        assert!(!format!("{c:?}").contains("s3cret"));
        assert_eq!(
            with(&[("CPMS_CLIENT_SECRET", "x"), ("CPMS_ISSUER", "ftp://x")])
                .map(|_| ())
                .map_err(|e| e.variable),
            Err("CPMS_ISSUER")
        );
    }
}
