//! Typed configuration: defaults, then an optional TOML file, then `IDP_*` variables
//! (secrets also from files). Unknown variables and values that make no sense are refused,
//! so that a typo never starts a replica on a store of its own.

use std::ffi::OsString;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use serde::{Deserialize, Serialize, Serializer};

/// A value that must not appear in logs or `Debug` output (URLs with passwords, secrets).
#[derive(Clone, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// What may be shown of it (`idp config check`): a URL keeps its scheme, user, host,
    /// port and path, with the password and query values replaced by `***`; anything
    /// else (a token) is `***` whole. URLs separated by commas (a cluster's nodes) are
    /// masked one by one.
    pub fn masked(&self) -> String {
        if self.0.contains(',') {
            let parts: Vec<String> = self
                .0
                .split(',')
                .map(|part| Secret::new(part.trim()).masked())
                .collect();
            return parts.join(",");
        }
        let Ok(mut url) = url::Url::parse(&self.0) else {
            return "***".into();
        };
        if !url.has_host() {
            return "***".into();
        }
        if url.password().is_some() {
            let _ = url.set_password(Some("***"));
        }
        if url.query().is_some() {
            let masked: Vec<String> = url
                .query_pairs()
                .map(|(name, value)| match name.as_ref() {
                    // SMTP's and Redis's switches, never secrets.
                    "tls" | "protocol" => format!("{name}={value}"),
                    _ => format!("{name}=***"),
                })
                .collect();
            url.set_query(Some(&masked.join("&")));
        }
        url.set_fragment(None);
        url.to_string()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

/// Serialized masked, never in clear: the only serialization is `idp config check`'s.
impl Serialize for Secret {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.masked())
    }
}

/// A URL that is not a secret but may hold credentials (the SMS gateway's), shown masked.
fn masked_url<S: Serializer>(url: &Option<String>, serializer: S) -> Result<S::Ok, S::Error> {
    url.as_deref().map(Secret::new).serialize(serializer)
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Address the HTTP server binds (`IDP_LISTEN`).
    pub listen: SocketAddr,
    /// Where Prometheus metrics are served, at `/metrics` (`IDP_METRICS_LISTEN`); a port
    /// of its own, never the public one. Unset (the default): no metrics at all.
    pub metrics_listen: Option<SocketAddr>,
    /// Public base URL of the provider, without a trailing slash (`IDP_ISSUER`).
    pub issuer: String,
    /// Where the embedded database and the development outbox live (`IDP_DATA_DIR`).
    pub data_dir: PathBuf,
    /// Where a local provider keeps its signing keys (`IDP_KEYS_DIR`).
    pub keys_dir: PathBuf,
    /// Unset: the embedded store. Set: every replica shares state through Redis. With
    /// `redis_cluster`, one or more of the cluster's nodes, separated by commas.
    pub redis_url: Option<Secret>,
    /// `redis_url` names nodes of a Redis Cluster (`IDP_REDIS_CLUSTER=true`).
    pub redis_cluster: bool,
    /// How long a start waits for a store that does not answer yet (Redis starting beside
    /// us), in seconds; 0: fail at once.
    pub store_wait_seconds: u64,
    /// Prefix of every Redis key, so several deployments can share one server.
    pub redis_prefix: String,
    /// Unset: mails are written to `<data dir>/outbox/mail/`. Set: sent over SMTP.
    pub smtp_url: Option<Secret>,
    /// With the outbox transport, also print every mail on standard output (the demo).
    pub outbox_echo: bool,
    /// The From: header of every mail.
    pub mail_from: String,
    /// Name shown on pages and in mails.
    pub site_name: String,
    /// Take the client address from `X-Forwarded-For` (only behind a trusted proxy).
    pub trust_forwarded_for: bool,
    /// Leading zero bits the anti-robot proof of work needs (each bit doubles the work).
    pub robot_check_bits: u8,
    /// Challenges issued to one client address within an hour for each extra bit it must solve.
    pub robot_check_step: u64,
    /// At most this many extra bits for a busy address (slowed, never locked out).
    pub robot_check_max_extra_bits: u8,
    /// Failed passwords after which an account is locked.
    pub login_lock_after: u64,
    /// How long a locked account stays locked.
    pub login_lock_minutes: u64,
    /// Failed passwords after which each further attempt waits longer (1 s, 2 s, 4 s ...).
    pub login_slowdown_after: u64,
    /// Failed sign-ins from one client address per hour before it is refused.
    pub login_failures_per_ip_per_hour: u64,
    /// Registration and reset mails to one address per hour.
    pub mails_per_address_per_hour: u64,
    /// Registration and reset mails requested from one client address per hour.
    pub mails_per_ip_per_hour: u64,
    /// Unset: SMS are written to `<data dir>/outbox/sms.jsonl`. Set: POSTed to this gateway.
    #[serde(serialize_with = "masked_url")]
    pub sms_gateway_url: Option<String>,
    /// Bearer token for the SMS gateway.
    pub sms_gateway_token: Option<Secret>,
    /// JSON body sent to the gateway; `{to}` and `{body}` are filled in.
    pub sms_gateway_body: String,
    /// How long to wait for the gateway, in milliseconds.
    pub sms_gateway_timeout_ms: u64,
    /// SMS sent for one account, to one number, and asked from one client address, per hour.
    pub sms_per_account_per_hour: u64,
    pub sms_per_number_per_hour: u64,
    pub sms_per_ip_per_hour: u64,
    /// Password hashes computed at once (each holds 19 MiB); default: the CPU count.
    pub password_hash_threads: usize,
    /// Password checks allowed to wait for a thread before new ones are refused (503).
    pub password_hash_queue: usize,
    /// A session ends this many hours after sign-in.
    pub session_hours: u64,
    /// Lifetime of access tokens (JWT, RFC 9068) and ID tokens.
    pub access_token_minutes: u64,
    /// Lifetime of refresh tokens (they rotate at every use).
    pub refresh_token_days: u64,
    /// Lifetime of authorization codes.
    pub authorization_code_seconds: u64,
    /// The organisation catalogue (`IDP_CATALOGUE`); unset: the one built into the binary.
    pub catalogue: Option<PathBuf>,
    /// After second factors are removed with the password alone (PANIC), how long before
    /// the password alone may add a new one (the owner is mailed a link to stop it).
    pub factor_hold_hours: u64,
    /// `text` (one readable line per event, colours only on a terminal) or `json` (one
    /// JSON object per line, for a log collector), on standard error.
    pub log_format: LogFormat,
}

/// How log lines are written (`log_format`, `IDP_LOG_FORMAT`).
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            metrics_listen: None,
            issuer: "http://127.0.0.1:8080".into(),
            data_dir: PathBuf::from("./data"),
            keys_dir: PathBuf::from("./keys"),
            redis_url: None,
            redis_cluster: false,
            store_wait_seconds: 30,
            redis_prefix: "idp:".into(),
            smtp_url: None,
            outbox_echo: false,
            mail_from: "ERN Login <no-reply@localhost>".into(),
            site_name: "ERN Login".into(),
            trust_forwarded_for: false,
            robot_check_bits: 20,
            robot_check_step: 10,
            robot_check_max_extra_bits: 3,
            login_lock_after: 5,
            login_lock_minutes: 15,
            login_slowdown_after: 3,
            login_failures_per_ip_per_hour: 100,
            mails_per_address_per_hour: 5,
            mails_per_ip_per_hour: 30,
            sms_gateway_url: None,
            sms_gateway_token: None,
            sms_gateway_body: r#"{"to": "{to}", "text": "{body}"}"#.into(),
            sms_gateway_timeout_ms: 10_000,
            sms_per_account_per_hour: 10,
            sms_per_number_per_hour: 5,
            sms_per_ip_per_hour: 30,
            password_hash_threads: std::thread::available_parallelism().map_or(2, |n| n.get()),
            password_hash_queue: 64,
            session_hours: 12,
            access_token_minutes: 10,
            refresh_token_days: 30,
            authorization_code_seconds: 60,
            catalogue: None,
            factor_hold_hours: 72,
            log_format: LogFormat::Text,
        }
    }
}

/// The keys read from `IDP_<KEY>` variables (figment matches them in any case).
const ENV_KEYS: &[&str] = &[
    "listen",
    "metrics_listen",
    "issuer",
    "data_dir",
    "keys_dir",
    "redis_url",
    "redis_cluster",
    "store_wait_seconds",
    "redis_prefix",
    "smtp_url",
    "outbox_echo",
    "mail_from",
    "site_name",
    "trust_forwarded_for",
    "robot_check_bits",
    "robot_check_step",
    "robot_check_max_extra_bits",
    "login_lock_after",
    "login_lock_minutes",
    "factor_hold_hours",
    "login_slowdown_after",
    "login_failures_per_ip_per_hour",
    "mails_per_address_per_hour",
    "mails_per_ip_per_hour",
    "sms_gateway_url",
    "sms_gateway_token",
    "sms_gateway_body",
    "sms_gateway_timeout_ms",
    "sms_per_account_per_hour",
    "sms_per_number_per_hour",
    "sms_per_ip_per_hour",
    "password_hash_threads",
    "password_hash_queue",
    "session_hours",
    "access_token_minutes",
    "refresh_token_days",
    "authorization_code_seconds",
    "catalogue",
    "log_format",
];

/// A setting of `Config`, to be filled in.
type Field = fn(&mut Config) -> &mut Option<Secret>;

/// Secrets that may instead be read from a file named by `<VARIABLE>_FILE` (container
/// secrets): the variable, and the setting it fills.
const SECRET_FILES: &[(&str, Field)] = &[
    ("IDP_REDIS_URL", |c| &mut c.redis_url),
    ("IDP_SMTP_URL", |c| &mut c.smtp_url),
    ("IDP_SMS_GATEWAY_TOKEN", |c| &mut c.sms_gateway_token),
];

/// `IDP_*` variables that are not settings but that someone else reads, so they are not
/// refused as misspellings. Add a variable here with who reads it.
const OTHER_VARIABLES: &[&str] = &[
    // main.rs: the configuration file (clap's `env`).
    "IDP_CONFIG",
    // idp/tests/it/support.rs and scripts/test: a running Redis for the tests.
    "IDP_TEST_REDIS_URL",
    // idp/tests/it/redis_cluster.rs and scripts/test: a running Redis Cluster for the tests.
    "IDP_TEST_REDIS_CLUSTER_URL",
    // ../shared/peer-bench scripts: the binary, its port, the account signing in.
    "IDP_BIN",
    "IDP_PORT",
    "IDP_USER",
    "IDP_PASSWORD",
];

/// Refuses every `IDP_*` variable that is neither a setting nor in [`OTHER_VARIABLES`],
/// naming the closest known one: a misspelt `IDP_REDIS_ULR` would otherwise start a
/// replica on an embedded store of its own, silently splitting the cluster.
fn refuse_unknown_variables<'a>(names: impl Iterator<Item = &'a str>) -> Result<(), ConfigError> {
    let known: Vec<String> = ENV_KEYS
        .iter()
        .map(|key| format!("IDP_{}", key.to_ascii_uppercase()))
        .chain(SECRET_FILES.iter().map(|(var, _)| format!("{var}_FILE")))
        .chain(OTHER_VARIABLES.iter().map(|var| (*var).to_owned()))
        .collect();
    let unknown: Vec<String> = names
        .filter(|name| name.to_ascii_uppercase().starts_with("IDP_"))
        // Settings are read in any case (figment); the other names only as written.
        .filter(|name| {
            !ENV_KEYS
                .iter()
                .any(|key| name.get(4..).is_some_and(|k| k.eq_ignore_ascii_case(key)))
                && !known.iter().any(|k| k == name)
        })
        .map(|name| match closest(name, &known) {
            Some(near) => format!("{name} is not a setting; did you mean {near}?"),
            None => format!("{name} is not a setting (README.md lists them)"),
        })
        .collect();
    match unknown.is_empty() {
        true => Ok(()),
        false => Err(ConfigError::Invalid(unknown.join("; "))),
    }
}

/// The known name nearest to `name`, when near enough to be a likely misspelling.
fn closest<'a>(name: &str, known: &'a [String]) -> Option<&'a str> {
    let upper = name.to_ascii_uppercase();
    known
        .iter()
        .map(|k| (edit_distance(&upper, k), k))
        .min()
        .filter(|(distance, _)| *distance <= 1 + upper.len() / 4)
        .map(|(_, k)| k.as_str())
}

/// Levenshtein distance (insertions, deletions, substitutions), by characters.
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

/// Fills the secrets named by `IDP_<KEY>_FILE` from their files, trimmed of one trailing
/// newline. Refused: the variable and its `_FILE` both set, a file that cannot be read, an
/// empty one.
fn secrets_from_files(
    config: &mut Config,
    environment: &[(String, OsString)],
) -> Result<(), ConfigError> {
    for (variable, field) in SECRET_FILES {
        let file_variable = format!("{variable}_FILE");
        let Some((_, path)) = environment.iter().find(|(name, _)| *name == file_variable) else {
            continue;
        };
        if environment
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case(variable))
        {
            return Err(ConfigError::Invalid(format!(
                "{variable} and {file_variable} are both set; keep one"
            )));
        }
        let path = Path::new(path);
        let content = std::fs::read_to_string(path).map_err(|e| {
            ConfigError::Invalid(format!(
                "{file_variable}: cannot read {}: {e}",
                path.display()
            ))
        })?;
        let value = content.strip_suffix('\n').unwrap_or(&content);
        let value = value.strip_suffix('\r').unwrap_or(value);
        if value.is_empty() {
            return Err(ConfigError::Invalid(format!(
                "{file_variable}: {} is empty",
                path.display()
            )));
        }
        *field(config) = Some(Secret::new(value));
    }
    Ok(())
}

/// The issuer is the base of every URL the provider publishes, and every route is served
/// at the root of the host: a path would name endpoints nothing answers. OpenID Connect
/// Discovery also forbids a query and a fragment.
fn check_issuer(issuer: &str) -> Result<(), ConfigError> {
    let refused = |why: &str| Err(ConfigError::Invalid(format!("issuer {issuer:?} {why}")));
    let Ok(url) = url::Url::parse(issuer) else {
        return refused("is not a URL");
    };
    if !matches!(url.scheme(), "http" | "https") || !url.has_host() {
        return refused("must be an http(s) URL");
    }
    if !url.username().is_empty() || url.password().is_some() {
        return refused("must not hold a user name or password");
    }
    if url.query().is_some() || url.fragment().is_some() {
        return refused("must not have a query or fragment");
    }
    if url.path() != "/" {
        return refused(
            "must not have a path: every route (/authorize, /token, \
             /.well-known/openid-configuration ...) is served at the root of the host",
        );
    }
    Ok(())
}

/// Whether two listening addresses would take the same port (port 0: any free one).
fn overlap(a: SocketAddr, b: SocketAddr) -> bool {
    a.port() == b.port()
        && a.port() != 0
        && (a.ip() == b.ip() || a.ip().is_unspecified() || b.ip().is_unspecified())
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration: {0}")]
    Invalid(String),
}

impl Config {
    /// The servers `redis_url` names, separated by commas (several: a cluster's nodes).
    pub fn redis_nodes<'a>(&self, url: &'a Secret) -> Vec<&'a str> {
        url.expose()
            .split(',')
            .map(str::trim)
            .filter(|node| !node.is_empty())
            .collect()
    }

    /// Defaults, then `file` (when given; it must exist), then the environment.
    pub fn load(file: Option<&Path>) -> Result<Self, ConfigError> {
        let environment: Vec<(String, OsString)> = std::env::vars_os()
            .filter_map(|(name, value)| Some((name.into_string().ok()?, value)))
            .collect();
        refuse_unknown_variables(environment.iter().map(|(name, _)| name.as_str()))?;
        let mut figment = Figment::new();
        if let Some(path) = file {
            if !path.exists() {
                return Err(ConfigError::Invalid(format!(
                    "{} does not exist",
                    path.display()
                )));
            }
            figment = figment.merge(Toml::file_exact(path));
        }
        figment = figment.merge(Env::prefixed("IDP_").only(ENV_KEYS));
        let mut config: Config = figment
            .extract()
            .map_err(|e| ConfigError::Invalid(e.to_string()))?;
        secrets_from_files(&mut config, &environment)?;
        config.validate()
    }

    fn validate(mut self) -> Result<Self, ConfigError> {
        self.issuer = self.issuer.trim_end_matches('/').to_owned();
        check_issuer(&self.issuer)?;
        if let Some(metrics) = self.metrics_listen
            && overlap(metrics, self.listen)
        {
            return Err(ConfigError::Invalid(format!(
                "metrics_listen {metrics} is the address of listen: metrics are served on a \
                 port of their own, never beside the public pages"
            )));
        }
        if u32::from(self.robot_check_bits) + u32::from(self.robot_check_max_extra_bits) > 28 {
            return Err(ConfigError::Invalid(
                "robot_check_bits plus robot_check_max_extra_bits above 28 would take minutes"
                    .into(),
            ));
        }
        self.check_no_zero()?;
        if self.authorization_code_seconds > 600 {
            return Err(ConfigError::Invalid(format!(
                "authorization_code_seconds = {}: at most 600 (RFC 6749 4.1.2: ten minutes at most)",
                self.authorization_code_seconds
            )));
        }
        self.check_transports()?;
        Ok(self)
    }

    /// Lifetimes and limits for which 0 means nothing sensible.
    fn check_no_zero(&self) -> Result<(), ConfigError> {
        let threads = u64::try_from(self.password_hash_threads).unwrap_or(u64::MAX);
        for (key, value, why) in [
            (
                "robot_check_bits",
                u64::from(self.robot_check_bits),
                "the anti-robot check would ask no work",
            ),
            (
                "robot_check_step",
                self.robot_check_step,
                "one challenge per extra bit is the least",
            ),
            (
                "login_lock_after",
                self.login_lock_after,
                "every account would be locked",
            ),
            (
                "login_lock_minutes",
                self.login_lock_minutes,
                "a lock would lift as it is set",
            ),
            (
                "factor_hold_hours",
                self.factor_hold_hours,
                "a stolen password could add a second factor right after PANIC",
            ),
            (
                "mails_per_address_per_hour",
                self.mails_per_address_per_hour,
                "no registration or reset mail could go out",
            ),
            (
                "mails_per_ip_per_hour",
                self.mails_per_ip_per_hour,
                "no registration or reset mail could go out",
            ),
            (
                "sms_per_account_per_hour",
                self.sms_per_account_per_hour,
                "no SMS could go out",
            ),
            (
                "sms_per_number_per_hour",
                self.sms_per_number_per_hour,
                "no SMS could go out",
            ),
            (
                "sms_per_ip_per_hour",
                self.sms_per_ip_per_hour,
                "no SMS could go out",
            ),
            (
                "sms_gateway_timeout_ms",
                self.sms_gateway_timeout_ms,
                "every SMS would time out",
            ),
            (
                "password_hash_threads",
                threads,
                "no password could be checked",
            ),
            (
                "session_hours",
                self.session_hours,
                "sessions would end as they begin",
            ),
            (
                "access_token_minutes",
                self.access_token_minutes,
                "tokens would expire as they are issued",
            ),
            (
                "refresh_token_days",
                self.refresh_token_days,
                "refresh tokens would expire as they are issued",
            ),
            (
                "authorization_code_seconds",
                self.authorization_code_seconds,
                "codes would expire before they are redeemed",
            ),
        ] {
            if value == 0 {
                return Err(ConfigError::Invalid(format!(
                    "{key} = 0 makes no sense ({why}); it must be at least 1"
                )));
            }
        }
        Ok(())
    }

    /// The mail and SMS transports and the store, as far as they can be checked offline.
    fn check_transports(&self) -> Result<(), ConfigError> {
        let invalid = |message: String| Err(ConfigError::Invalid(message));
        if let Err(e) = self.mail_from.parse::<lettre::message::Mailbox>() {
            return invalid(format!(
                "mail_from {:?} is not a mailbox: {e}",
                self.mail_from
            ));
        }
        if let Some(url) = &self.redis_url {
            let nodes = self.redis_nodes(url);
            if nodes.len() > 1 && !self.redis_cluster {
                return invalid(format!(
                    "redis_url {} names several servers: set redis_cluster = true \
                     (IDP_REDIS_CLUSTER=true) if they are the nodes of a Redis Cluster",
                    url.masked()
                ));
            }
            if nodes.is_empty() || nodes.iter().any(|node| redis::Client::open(*node).is_err()) {
                return invalid(format!(
                    "redis_url {} is not a Redis URL (redis://, rediss://, unix://)",
                    url.masked()
                ));
            }
        }
        if self.redis_cluster && self.redis_url.is_none() {
            return invalid("redis_cluster = true needs redis_url, the cluster's nodes".into());
        }
        if self.redis_prefix.contains(['{', '}']) {
            return invalid(format!(
                "redis_prefix {:?} holds a brace: on a Redis Cluster it would put every key \
                 in one hash slot",
                self.redis_prefix
            ));
        }
        if let Some(url) = &self.smtp_url
            && let Err(e) =
                lettre::AsyncSmtpTransport::<lettre::Tokio1Executor>::from_url(url.expose())
        {
            return invalid(format!("smtp_url {} is not an SMTP URL: {e}", url.masked()));
        }
        match &self.sms_gateway_url {
            Some(url) => {
                let parsed = url::Url::parse(url).ok();
                if !parsed.is_some_and(|u| matches!(u.scheme(), "http" | "https") && u.has_host()) {
                    let shown = Secret::new(url.as_str()).masked();
                    return invalid(format!("sms_gateway_url {shown} is not an http(s) URL"));
                }
                for placeholder in ["{to}", "{body}"] {
                    if !self.sms_gateway_body.contains(placeholder) {
                        return invalid(format!("sms_gateway_body lacks {placeholder}"));
                    }
                }
            }
            None if self.sms_gateway_token.is_some() => {
                return invalid(
                    "sms_gateway_token is set but sms_gateway_url is not: SMS would go to the \
                     outbox and the token be unused"
                        .into(),
                );
            }
            None => {}
        }
        Ok(())
    }

    /// Cookies get `Secure` (and the `__Host-` prefix) when the issuer is https.
    pub fn secure_cookies(&self) -> bool {
        self.issuer.starts_with("https://")
    }

    pub fn outbox_dir(&self) -> PathBuf {
        self.data_dir.join("outbox")
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn misspellings_are_refused_with_the_nearest_name_and_others_readers_allowed() {
        let refused = |names: &[&str]| {
            refuse_unknown_variables(names.iter().copied())
                .map_err(|e| e.to_string())
                .err()
        };
        assert_eq!(
            refused(&[
                "IDP_REDIS_URL",
                "idp_session_hours",
                "IDP_SMTP_URL_FILE",
                "IDP_CONFIG",
                "IDP_TEST_REDIS_URL",
                "HOME",
                "CPMS_LISTEN",
            ]),
            None
        );
        let message = refused(&["IDP_REDIS_ULR", "IDP_SESION_HOURS", "IDP_XYZZY"]).unwrap();
        assert!(message.contains("IDP_REDIS_ULR is not a setting; did you mean IDP_REDIS_URL?"));
        assert!(message.contains("did you mean IDP_SESSION_HOURS?"));
        assert!(message.contains("IDP_XYZZY is not a setting (README.md"));
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "ab"), 2);
    }

    #[test]
    fn secrets_are_shown_masked() {
        let masked = |s: &str| Secret::new(s).masked();
        assert_eq!(
            masked("redis://:pw@redis.internal:6379/0"),
            "redis://:***@redis.internal:6379/0"
        );
        assert_eq!(
            masked("smtp://user:pw@mail:587?tls=required&key=k"),
            "smtp://user:***@mail:587?tls=required&key=***"
        );
        assert_eq!(masked("just-a-token"), "***");
        assert_eq!(masked("scheme:opaque-token"), "***");
    }

    #[test]
    fn only_a_bare_http_origin_is_an_issuer() {
        assert!(check_issuer("https://login.example.eu").is_ok());
        assert!(check_issuer("http://127.0.0.1:8080").is_ok());
        for bad in [
            "https://login.example.eu/idp",
            "https://login.example.eu?x=1",
            "https://login.example.eu#x",
            "https://u:p@login.example.eu",
            "ftp://login.example.eu",
            "login.example.eu",
        ] {
            assert!(check_issuer(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn zero_is_refused_where_it_means_nothing() {
        let zero = Config {
            refresh_token_days: 0,
            ..Config::default()
        };
        let message = zero.validate().unwrap_err().to_string();
        assert!(message.contains("refresh_token_days = 0"), "{message}");
        let on_the_public_port = Config {
            metrics_listen: Some(SocketAddr::from(([0, 0, 0, 0], 8080))),
            ..Config::default()
        };
        let message = on_the_public_port.validate().unwrap_err().to_string();
        assert!(message.contains("metrics_listen 0.0.0.0:8080"), "{message}");
        let apart = Config {
            metrics_listen: Some(SocketAddr::from(([127, 0, 0, 1], 9090))),
            ..Config::default()
        };
        assert!(apart.validate().is_ok());
        assert!(Config::default().validate().is_ok());
    }
}
