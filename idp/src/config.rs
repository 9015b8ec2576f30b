//! Typed configuration: defaults, then an optional TOML file, then `IDP_*` variables.

use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use serde::Deserialize;

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
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Address the HTTP server binds (`IDP_LISTEN`).
    pub listen: SocketAddr,
    /// Public base URL of the provider, without a trailing slash (`IDP_ISSUER`).
    pub issuer: String,
    /// Where the embedded database and the development outbox live (`IDP_DATA_DIR`).
    pub data_dir: PathBuf,
    /// Where a local provider keeps its signing keys (`IDP_KEYS_DIR`).
    pub keys_dir: PathBuf,
    /// Unset: the embedded store. Set: every replica shares state through Redis.
    pub redis_url: Option<Secret>,
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
}

impl Default for Config {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            issuer: "http://127.0.0.1:8080".into(),
            data_dir: PathBuf::from("./data"),
            keys_dir: PathBuf::from("./keys"),
            redis_url: None,
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
        }
    }
}

/// The `IDP_*` variables read; others (e.g. `IDP_TEST_REDIS_URL`) are not configuration.
const ENV_KEYS: &[&str] = &[
    "listen",
    "issuer",
    "data_dir",
    "keys_dir",
    "redis_url",
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
];

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration: {0}")]
    Invalid(String),
}

impl Config {
    /// Defaults, then `file` (when given; it must exist), then the environment.
    pub fn load(file: Option<&Path>) -> Result<Self, ConfigError> {
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
        let config: Config = figment
            .extract()
            .map_err(|e| ConfigError::Invalid(e.to_string()))?;
        config.validate()
    }

    fn validate(mut self) -> Result<Self, ConfigError> {
        self.issuer = self.issuer.trim_end_matches('/').to_owned();
        if !(self.issuer.starts_with("https://") || self.issuer.starts_with("http://")) {
            return Err(ConfigError::Invalid(format!(
                "issuer must be an http(s) URL, got {:?}",
                self.issuer
            )));
        }
        if u32::from(self.robot_check_bits) + u32::from(self.robot_check_max_extra_bits) > 28 {
            return Err(ConfigError::Invalid(
                "robot_check_bits plus robot_check_max_extra_bits above 28 would take minutes"
                    .into(),
            ));
        }
        if self.robot_check_step == 0 {
            return Err(ConfigError::Invalid(
                "robot_check_step must be at least 1".into(),
            ));
        }
        if self.password_hash_threads == 0 || self.login_lock_after == 0 {
            return Err(ConfigError::Invalid(
                "password_hash_threads and login_lock_after must be at least 1".into(),
            ));
        }
        Ok(self)
    }

    /// Cookies get `Secure` (and the `__Host-` prefix) when the issuer is https.
    pub fn secure_cookies(&self) -> bool {
        self.issuer.starts_with("https://")
    }

    pub fn outbox_dir(&self) -> PathBuf {
        self.data_dir.join("outbox")
    }
}
