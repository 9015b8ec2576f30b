//! Sending SMS. Development: one JSON line per message appended to
//! `<data dir>/outbox/sms.jsonl` (`{"to": "+32...", "body": "...", "at": "..."}`).
//! (A production HTTP gateway transport is not built yet.)

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

use tokio::sync::Mutex;

#[derive(Debug, thiserror::Error)]
#[error("SMS not sent: {0}")]
pub struct SmsError(String);

#[derive(Clone)]
pub struct SmsSender {
    file: PathBuf,
    /// One writer at a time, so lines never interleave.
    lock: Arc<Mutex<()>>,
}

impl SmsSender {
    pub fn outbox(dir: PathBuf) -> Result<Self, SmsError> {
        std::fs::create_dir_all(&dir).map_err(|e| SmsError(format!("{}: {e}", dir.display())))?;
        Ok(Self {
            file: dir.join("sms.jsonl"),
            lock: Arc::new(Mutex::new(())),
        })
    }

    pub async fn send(&self, to: &str, body: &str, at: &str) -> Result<(), SmsError> {
        let line = serde_json::json!({ "to": to, "body": body, "at": at }).to_string();
        let _guard = self.lock.lock().await;
        let file = self.file.clone();
        tokio::task::spawn_blocking(move || {
            let mut out = std::fs::OpenOptions::new()
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
}
