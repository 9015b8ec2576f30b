//! "Mobile App QR Code": OCRA challenge-response, offline on the device; `amr` "otp".

pub mod rfc6287;

use crate::metrics::{Method, Proof};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::REQUEST_SECONDS;
use crate::accounts::Account;
use crate::error::Error;
use crate::factors::qr_svg;
use crate::provider::Provider;
use crate::sessions::Session;

#[derive(Debug, Clone, Serialize, Deserialize)]
struct QrChallenge {
    question: String,
    /// Hash of the expected answer of each device of the account.
    expected: Vec<String>,
    expires_at: i64,
    tries: u32,
}

pub struct QrSignIn {
    pub question: String,
    /// What the QR code holds: the suite and the question.
    pub qr_text: String,
    pub qr_svg: String,
}

fn qr_key(sid: &str) -> String {
    format!("app-qr:{sid}")
}

impl Provider {
    /// Shows a new question for this session; `None` when the account has no device.
    pub async fn start_app_qr(
        &self,
        account: &Account,
        session: &Session,
    ) -> Result<Option<QrSignIn>, Error> {
        if account.devices.is_empty() {
            return Ok(None);
        }
        let question = format!(
            "{:08}",
            u32::from_be_bytes(crate::secrets::random_bytes(4).try_into().unwrap_or([0; 4]))
                % 100_000_000
        );
        let mut expected = Vec::new();
        for device in &account.devices {
            let secret = self.keys.open_sealed(&device.sealed_secret)?;
            if let Some(answer) = rfc6287::answer(&secret, &question) {
                expected.push(crate::secrets::token_hash(&answer));
            }
        }
        let challenge = QrChallenge {
            question: question.clone(),
            expected,
            expires_at: self.now() + REQUEST_SECONDS,
            tries: 0,
        };
        let bytes = serde_json::to_vec(&challenge).map_err(|e| Error::Internal(e.to_string()))?;
        let ttl = Duration::from_secs(u64::try_from(REQUEST_SECONDS * 3).unwrap_or(360));
        self.store
            .put(&qr_key(&session.sid), &bytes, Some(ttl))
            .await?;
        let qr_text = format!("{}|{question}", rfc6287::SUITE);
        Ok(Some(QrSignIn {
            qr_svg: qr_svg(&qr_text)?,
            qr_text,
            question,
        }))
    }

    /// The one-time password the app showed. Right: the session gains `swk` and `otp`, once.
    /// Five wrong tries, or two minutes, end the question.
    pub async fn verify_app_qr(
        &self,
        session_token: &str,
        session: &Session,
        typed: &str,
    ) -> Result<Result<(), String>, Error> {
        let key = qr_key(&session.sid);
        let typed: String = typed.chars().filter(char::is_ascii_digit).collect();
        // Counted per account, whatever the question: asking a new question does not
        // bring new tries. Only an answer to a question that exists counts.
        let store = self.store.as_ref();
        if store.get(&key).await?.is_none() {
            crate::metrics::second_factor(Method::AppQr, Proof::Expired);
            return Ok(Err(ern_i18n::tr!("factors-qr-ended")));
        }
        if !crate::throttle::reserve_second_factor_guess(store, "ocra", &session.account_id).await?
        {
            crate::metrics::second_factor(Method::AppQr, Proof::TooMany);
            return Ok(Err(ern_i18n::tr!("factors-qr-too-many")));
        }
        loop {
            let Some(current) = self.store.get(&key).await? else {
                crate::metrics::second_factor(Method::AppQr, Proof::Expired);
                return Ok(Err(ern_i18n::tr!("factors-qr-ended")));
            };
            let Ok(mut challenge) = serde_json::from_slice::<QrChallenge>(&current) else {
                crate::metrics::second_factor(Method::AppQr, Proof::Expired);
                return Ok(Err(ern_i18n::tr!("factors-qr-ended")));
            };
            if challenge.expires_at <= self.now()
                || challenge.tries >= crate::factors::sms::MAX_TRIES
            {
                self.store
                    .compare_and_set(&key, Some(&current), None, None)
                    .await?;
                crate::metrics::second_factor(Method::AppQr, Proof::Expired);
                return Ok(Err(ern_i18n::tr!("factors-qr-ended")));
            }
            let hash = crate::secrets::token_hash(&typed);
            let right = challenge
                .expected
                .iter()
                .any(|e| crate::secrets::constant_time_eq(e.as_bytes(), hash.as_bytes()));
            if right {
                if self
                    .store
                    .compare_and_set(&key, Some(&current), None, None)
                    .await?
                {
                    crate::sessions::add_method(
                        self.store.as_ref(),
                        session_token,
                        self.now(),
                        "swk",
                    )
                    .await?;
                    crate::sessions::add_method(
                        self.store.as_ref(),
                        session_token,
                        self.now(),
                        "otp",
                    )
                    .await?;
                    crate::throttle::clear_second_factor_guesses(
                        store,
                        "ocra",
                        &session.account_id,
                    )
                    .await?;
                    crate::metrics::second_factor(Method::AppQr, Proof::Ok);
                    return Ok(Ok(()));
                }
                continue;
            }
            challenge.tries += 1;
            let next =
                serde_json::to_vec(&challenge).map_err(|e| Error::Internal(e.to_string()))?;
            let ttl = Duration::from_secs(u64::try_from(REQUEST_SECONDS * 3).unwrap_or(360));
            if self
                .store
                .compare_and_set(&key, Some(&current), Some(&next), Some(ttl))
                .await?
            {
                crate::metrics::second_factor(Method::AppQr, Proof::Wrong);
                let left = crate::factors::sms::MAX_TRIES - challenge.tries;
                return Ok(Err(ern_i18n::tr!("factors-qr-wrong", count = left)));
            }
        }
    }
}
