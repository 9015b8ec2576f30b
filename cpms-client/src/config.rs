//! CPMS settings from `CPMS_*` environment variables, checked as a whole at start so a
//! mistake names the variable instead of surfacing later as a failed sign-in. Unknown
//! `CPMS_*` variables are refused (a misspelt one would otherwise be silently ignored), and
//! the client secret may come from a file (`CPMS_CLIENT_SECRET_FILE`).

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
    /// Where Prometheus metrics are served, at `/metrics` (`CPMS_METRICS_LISTEN`): a port
    /// of its own, never the public one. Unset (the default): no metrics.
    pub metrics_listen: Option<SocketAddr>,
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
    /// How log lines are written on standard error (`CPMS_LOG_FORMAT`: `text`, the
    /// default, or `json`, one object per line).
    pub log_format: LogFormat,
    /// The helpdesk's e-mail address the start page's "Help & Support" names
    /// (`CPMS_SUPPORT_EMAIL`); unset, it sends people to their network's Coordinator.
    pub support_email: Option<String>,
}

/// `text`: readable lines, colours only on a terminal; `json`: one JSON object per line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8081)),
            metrics_listen: None,
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
            log_format: LogFormat::Text,
            support_email: None,
        }
    }
}

/// A bad setting: which variable, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{variable}: {reason}")]
pub struct ConfigError {
    pub variable: String,
    pub reason: String,
}

fn bad(variable: &str, reason: impl Into<String>) -> ConfigError {
    ConfigError {
        variable: variable.to_owned(),
        reason: reason.into(),
    }
}

/// Every variable CPMS reads.
const VARIABLES: &[&str] = &[
    "CPMS_LISTEN",
    "CPMS_METRICS_LISTEN",
    "CPMS_PUBLIC_URL",
    "CPMS_ISSUER",
    "CPMS_CLIENT_ID",
    "CPMS_CLIENT_SECRET",
    "CPMS_CLIENT_SECRET_FILE",
    "CPMS_DATA_DIR",
    "CPMS_CATALOGUE",
    "CPMS_TRAINING",
    "CPMS_ROLES_MAX_AGE",
    "CPMS_LOG_FORMAT",
    "CPMS_SUPPORT_EMAIL",
];

/// Refuses every `CPMS_*` variable CPMS does not read (no other program reads one today;
/// one that does would be listed here with who reads it), naming the closest known one.
pub fn refuse_unknown_variables<'a>(
    names: impl Iterator<Item = &'a str>,
) -> Result<(), ConfigError> {
    let mut unknown = names.filter(|n| n.starts_with("CPMS_") && !VARIABLES.contains(n));
    let Some(name) = unknown.next() else {
        return Ok(());
    };
    let near = VARIABLES
        .iter()
        .map(|known| (edit_distance(name, known), *known))
        .min()
        .filter(|(distance, _)| *distance <= 1 + name.len() / 4);
    Err(bad(
        name,
        match near {
            Some((_, known)) => format!("is not a setting; did you mean {known}?"),
            None => "is not a setting (cpms serve --help lists them)".into(),
        },
    ))
}

/// Levenshtein distance between two ASCII-ish names, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = Vec::with_capacity(b.len() + 1);
        current.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous
                .get(j)
                .map_or(usize::MAX, |d| d + usize::from(ca != *cb));
            let delete = previous.get(j + 1).map_or(usize::MAX, |d| d + 1);
            let insert = current.last().map_or(usize::MAX, |d| d + 1);
            current.push(substitute.min(delete).min(insert));
        }
        previous = current;
    }
    previous.last().copied().unwrap_or_default()
}

/// The client secret from `CPMS_CLIENT_SECRET`, or from the file `CPMS_CLIENT_SECRET_FILE`
/// names (trimmed of one trailing newline); both set, or an unreadable file, refused.
fn client_secret(get: &impl Fn(&str) -> Option<String>) -> Result<Option<Secret>, ConfigError> {
    let direct = get("CPMS_CLIENT_SECRET");
    let Some(path) = get("CPMS_CLIENT_SECRET_FILE") else {
        return Ok(direct.filter(|s| !s.is_empty()).map(Secret::new));
    };
    if direct.is_some() {
        return Err(bad(
            "CPMS_CLIENT_SECRET_FILE",
            "CPMS_CLIENT_SECRET is set too; keep one",
        ));
    }
    let content = std::fs::read_to_string(&path).map_err(|e| {
        bad(
            "CPMS_CLIENT_SECRET_FILE",
            format!("cannot read {path}: {e}"),
        )
    })?;
    let value = content.strip_suffix('\n').unwrap_or(&content);
    let value = value.strip_suffix('\r').unwrap_or(value);
    if value.is_empty() {
        return Err(bad("CPMS_CLIENT_SECRET_FILE", format!("{path} is empty")));
    }
    Ok(Some(Secret::new(value)))
}

/// An absolute http(s) URL without credentials, query, fragment or trailing slash.
fn base_url(variable: &str, value: &str) -> Result<String, ConfigError> {
    let trimmed = value.trim_end_matches('/');
    let parsed = openidconnect::url::Url::parse(trimmed)
        .map_err(|e| bad(variable, format!("not a URL ({e})")))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(bad(variable, "must be an http:// or https:// URL"));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(bad(variable, "must not hold a user name or password"));
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
        let metrics_listen =
            match get("CPMS_METRICS_LISTEN").filter(|s| !s.is_empty()) {
                Some(v) => Some(v.parse::<SocketAddr>().map_err(|_| {
                    bad("CPMS_METRICS_LISTEN", format!("not an address:port: {v:?}"))
                })?),
                None => None,
            };
        if metrics_listen.is_some_and(|m| m.port() == listen.port() && m.port() != 0) {
            return Err(bad(
                "CPMS_METRICS_LISTEN",
                "has the port of CPMS_LISTEN: metrics are served on a port of their own, \
                 never beside the public pages",
            ));
        }
        let public_url = base_url(
            "CPMS_PUBLIC_URL",
            &get("CPMS_PUBLIC_URL").unwrap_or(defaults.public_url),
        )?;
        if openidconnect::url::Url::parse(&public_url).is_ok_and(|u| u.path() != "/") {
            return Err(bad(
                "CPMS_PUBLIC_URL",
                "must not have a path: CPMS serves every page, /callback included, at the \
                 root of its host",
            ));
        }
        let issuer = base_url(
            "CPMS_ISSUER",
            &get("CPMS_ISSUER").unwrap_or(defaults.issuer),
        )?;
        let client_id = get("CPMS_CLIENT_ID").unwrap_or(defaults.client_id);
        if client_id.is_empty() {
            return Err(bad("CPMS_CLIENT_ID", "must not be empty"));
        }
        let training = parse_training(get("CPMS_TRAINING").as_deref())?;
        let client_secret = client_secret(&get)?;
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
        let log_format = match get("CPMS_LOG_FORMAT").as_deref() {
            None | Some("" | "text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => {
                return Err(bad(
                    "CPMS_LOG_FORMAT",
                    format!("\"text\" or \"json\", not {other:?}"),
                ));
            }
        };
        let support_email = get("CPMS_SUPPORT_EMAIL")
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty());
        if let Some(address) = &support_email
            && (!address.contains('@') || address.contains(char::is_whitespace))
        {
            return Err(bad(
                "CPMS_SUPPORT_EMAIL",
                format!("not an e-mail address: {address:?}"),
            ));
        }
        Ok(Config {
            listen,
            metrics_listen,
            public_url,
            issuer,
            client_id,
            client_secret,
            data_dir,
            catalogue,
            training,
            roles_max_age,
            log_format,
            support_email,
            ..defaults
        })
    }

    /// From the process environment, refusing `CPMS_*` variables CPMS does not read.
    pub fn from_env() -> Result<Config, ConfigError> {
        let names: Vec<String> = std::env::vars_os()
            .filter_map(|(name, _)| name.into_string().ok())
            .collect();
        refuse_unknown_variables(names.iter().map(String::as_str))?;
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
                Err("CPMS_TRAINING".into())
            );
        }
    }

    #[test]
    fn the_secret_is_required_unless_training() {
        assert_eq!(
            with(&[]).map(|_| ()).map_err(|e| e.variable),
            Err("CPMS_CLIENT_SECRET".into())
        );
        assert!(with(&[("CPMS_TRAINING", "1")]).is_ok());
        let c = with(&[("CPMS_CLIENT_SECRET", "s3cret-s3cret")]).unwrap();
        assert!(!format!("{c:?}").contains("s3cret"));
        assert_eq!(
            with(&[("CPMS_CLIENT_SECRET", "x"), ("CPMS_ISSUER", "ftp://x")])
                .map(|_| ())
                .map_err(|e| e.variable),
            Err("CPMS_ISSUER".into())
        );
    }

    #[test]
    fn the_support_address_is_an_e_mail_address_or_unset() {
        let training = ("CPMS_TRAINING", "1");
        assert_eq!(with(&[training]).unwrap().support_email, None);
        let set = with(&[training, ("CPMS_SUPPORT_EMAIL", " help@ern.example ")]).unwrap();
        assert_eq!(set.support_email.as_deref(), Some("help@ern.example"));
        for bad in ["helpdesk", "help desk@ern.example"] {
            assert_eq!(
                with(&[training, ("CPMS_SUPPORT_EMAIL", bad)])
                    .map(|_| ())
                    .map_err(|e| e.variable),
                Err("CPMS_SUPPORT_EMAIL".into()),
                "{bad}"
            );
        }
    }

    #[test]
    fn the_secret_file_is_read_trimmed_of_one_newline() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("secret");
        std::fs::write(&file, "s3cret-from-a-file \n\n").unwrap();
        let c = with(&[("CPMS_CLIENT_SECRET_FILE", file.to_str().unwrap())]).unwrap();
        assert_eq!(
            c.client_secret.as_ref().map(Secret::expose),
            Some("s3cret-from-a-file \n")
        );
    }

    #[test]
    fn unknown_variables_are_refused_with_the_nearest_name() {
        let refused = |names: &[&str]| refuse_unknown_variables(names.iter().copied());
        assert!(refused(&["CPMS_LISTEN", "CPMS_CLIENT_SECRET_FILE", "PATH", "IDP_X"]).is_ok());
        let e = refused(&["CPMS_ROLES_MAXAGE"]).unwrap_err();
        assert_eq!(e.variable, "CPMS_ROLES_MAXAGE");
        assert!(
            e.reason.ends_with("did you mean CPMS_ROLES_MAX_AGE?"),
            "{e}"
        );
        let e = refused(&["CPMS_SOMETHING_ELSE"]).unwrap_err();
        assert!(!e.reason.contains("did you mean"), "{e}");
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
