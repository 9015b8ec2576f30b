//! Sending SMS.
//!
//! - Development (default): one JSON line per message appended to
//!   `<data dir>/outbox/sms.jsonl` (`{"to": "+32...", "body": "...", "at": "..."}`).
//! - Production (`sms_gateway_url` set): an HTTP POST to the gateway, the body made from
//!   `sms_gateway_body` with `{to}` and `{body}` filled in (JSON-escaped), a bearer token
//!   when `sms_gateway_token` is set. A send is retried only when the gateway certainly did
//!   not take it (connection refused, 429, 503), up to three times, with the same
//!   `Idempotency-Key` each time; a timeout or any other answer is never retried, so a
//!   message is never sent twice by us.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Mutex;

use crate::config::Secret;
use crate::private_files;

#[derive(Debug, thiserror::Error)]
#[error("SMS not sent: {0}")]
pub struct SmsError(String);

#[derive(Clone)]
pub struct Gateway {
    pub url: String,
    pub token: Option<Secret>,
    pub body_template: String,
    pub timeout: Duration,
}

#[derive(Clone)]
enum Transport {
    Outbox {
        file: PathBuf,
        lock: Arc<Mutex<()>>,
    },
    Gateway {
        gateway: Gateway,
        http: reqwest::Client,
    },
}

#[derive(Clone)]
pub struct SmsSender {
    transport: Transport,
}

const ATTEMPTS: u32 = 3;

/// The inside of a JSON string literal for `text`.
fn json_escaped(text: &str) -> String {
    let quoted = serde_json::Value::String(text.to_owned()).to_string();
    quoted[1..quoted.len() - 1].to_owned()
}

impl SmsSender {
    /// Appends to `<dir>/sms.jsonl`, created 0600 (the directory 0700), since it carries
    /// codes; one an earlier version left readable by others is made private.
    pub fn outbox(dir: PathBuf) -> Result<Self, SmsError> {
        let file = dir.join("sms.jsonl");
        private_files::create_dir(&dir)
            .and_then(|()| private_files::tighten(&file, private_files::FILE_MODE))
            .map_err(|e| SmsError(format!("{}: {e}", dir.display())))?;
        Ok(Self {
            transport: Transport::Outbox {
                file,
                lock: Arc::new(Mutex::new(())),
            },
        })
    }

    pub fn gateway(gateway: Gateway) -> Result<Self, SmsError> {
        let http = reqwest::Client::builder()
            .timeout(gateway.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| SmsError(e.to_string()))?;
        Ok(Self {
            transport: Transport::Gateway { gateway, http },
        })
    }

    /// Sends (or writes to the outbox) one SMS.
    pub async fn send(&self, to: &str, body: &str, at: &str) -> Result<(), SmsError> {
        let sent = self.deliver(to, body, at).await;
        crate::metrics::sms(sent.is_ok());
        sent
    }

    async fn deliver(&self, to: &str, body: &str, at: &str) -> Result<(), SmsError> {
        match &self.transport {
            Transport::Outbox { file, lock } => {
                let line = serde_json::json!({ "to": to, "body": body, "at": at }).to_string();
                let _guard = lock.lock().await;
                let file = file.clone();
                tokio::task::spawn_blocking(move || {
                    let mut out = private_files::options()
                        .create(true)
                        .append(true)
                        .open(&file)?;
                    out.write_all(format!("{line}\n").as_bytes())?;
                    out.sync_data()
                })
                .await
                .map_err(|e| SmsError(e.to_string()))?
                .map_err(|e| SmsError(e.to_string()))
            }
            Transport::Gateway { gateway, http } => {
                let payload = gateway
                    .body_template
                    .replace("{to}", &json_escaped(to))
                    .replace("{body}", &json_escaped(body));
                let key = crate::secrets::random_token(16);
                for attempt in 1..=ATTEMPTS {
                    let mut request = http
                        .post(&gateway.url)
                        .header("content-type", "application/json")
                        .header("idempotency-key", &key)
                        .body(payload.clone());
                    if let Some(token) = &gateway.token {
                        request = request.bearer_auth(token.expose());
                    }
                    let retry = match request.send().await {
                        Ok(response) if response.status().is_success() => return Ok(()),
                        Ok(response) if matches!(response.status().as_u16(), 429 | 503) => {
                            format!("gateway answered {}", response.status())
                        }
                        Ok(response) => {
                            return Err(SmsError(format!(
                                "gateway answered {}",
                                response.status()
                            )));
                        }
                        Err(e) if e.is_connect() => format!("cannot reach the gateway: {e}"),
                        // Timed out or broke after sending: it may have gone out. Never resend.
                        Err(e) => return Err(SmsError(format!("gateway: {e}"))),
                    };
                    if attempt == ATTEMPTS {
                        return Err(SmsError(retry));
                    }
                    tokio::time::sleep(Duration::from_millis(200 * u64::from(attempt))).await;
                }
                Err(SmsError("not sent".into()))
            }
        }
    }
}
