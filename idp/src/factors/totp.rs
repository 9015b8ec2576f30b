//! Token: OATH TOTP (RFC 6238: 30 s, 6 digits, SHA-1, one step of drift), from an
//! authenticator app or a hardware token; `amr` "otp".

use super::{FactorOutcome, qr_svg};
use crate::accounts::credentials::Factor;
use crate::accounts::{self, Account};
use crate::audit::Line;
use crate::error::Error;
use crate::metrics::{Method, Proof};
use crate::provider::Provider;
use crate::sessions::{self, Session};
use crate::store::keys;
use crate::throttle;

const TOTP_STEP: i64 = 30;
const TOKEN_ENROLMENT: std::time::Duration = std::time::Duration::from_secs(10 * 60);

pub use crate::accounts::credentials::OtpToken;

/// What the enrolment page shows.
pub struct TokenEnrolment {
    pub otpauth_uri: String,
    pub secret_base32: String,
    pub qr_svg: String,
}

fn totp(secret: Vec<u8>, issuer: &str, account: &str) -> Result<totp_rs::Totp, Error> {
    totp_rs::Builder::new()
        .with_algorithm(totp_rs::Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(secret)
        .with_issuer(Some(issuer))
        .with_account_name(account)
        .build()
        .map_err(|e| Error::Internal(format!("TOTP: {e:?}")))
}

/// The step (of -1, 0, +1 around `now`) whose code is `typed`, if any.
fn matching_step(totp: &totp_rs::Totp, typed: &str, now: i64) -> Option<i64> {
    let typed: String = typed.chars().filter(char::is_ascii_digit).collect();
    if typed.len() != 6 {
        return None;
    }
    let current = now / TOTP_STEP;
    (current - 1..=current + 1).find(|step| {
        let code = totp
            .generate(u64::try_from(step * TOTP_STEP).unwrap_or(0))
            .to_string();
        crate::secrets::constant_time_eq(code.as_bytes(), typed.as_bytes())
    })
}

/// What is stored while a token is being added: the session shown the secret, and the
/// secret sealed.
fn enrolment_record(sid: &str, sealed: &str) -> String {
    format!("{sid} {sealed}")
}

/// The sealed secret of an enrolment record, if the session `sid` began it.
fn sealed_for<'a>(record: &'a [u8], sid: &str) -> Option<&'a str> {
    let (owner, sealed) = std::str::from_utf8(record).ok()?.split_once(' ')?;
    (!sid.is_empty() && crate::secrets::constant_time_eq(owner.as_bytes(), sid.as_bytes()))
        .then_some(sealed)
}

/// The token being added is gone: expired, dropped, or another session's.
fn enrolment_expired() -> FactorOutcome {
    FactorOutcome::Refused(ern_i18n::tr!("factors-token-enrolment-expired"))
}

impl Provider {
    fn enrolment_view(&self, account: &Account, secret: Vec<u8>) -> Result<TokenEnrolment, Error> {
        let otpauth_uri = totp(secret, &self.config.site_name, &account.email)?
            .to_url()
            .map_err(|e| Error::Internal(format!("TOTP URL: {e:?}")))?;
        let secret_base32 = otpauth_uri
            .split("secret=")
            .nth(1)
            .and_then(|s| s.split('&').next())
            .unwrap_or_default()
            .to_owned();
        Ok(TokenEnrolment {
            qr_svg: qr_svg(&otpauth_uri)?,
            otpauth_uri,
            secret_base32,
        })
    }

    /// Starts enrolling a token: a fresh secret, kept for ten minutes until confirmed.
    pub async fn begin_token_enrolment(
        &self,
        account: &Account,
        session: &Session,
    ) -> Result<Option<TokenEnrolment>, Error> {
        if !self.may_add_factor(account, session) {
            return Ok(None);
        }
        let secret = crate::secrets::random_bytes(20);
        let sealed = self.keys.seal(&secret)?;
        self.store
            .put(
                &keys::token_enrolment(&account.id),
                enrolment_record(&session.sid, &sealed).as_bytes(),
                Some(TOKEN_ENROLMENT),
            )
            .await?;
        Ok(Some(self.enrolment_view(account, secret)?))
    }

    /// The enrolment this session began and may still finish: its record as stored, and
    /// the sealed secret.
    async fn own_enrolment(
        &self,
        account: &Account,
        session: &Session,
    ) -> Result<Option<(Vec<u8>, String)>, Error> {
        if !self.may_add_factor(account, session) {
            return Ok(None);
        }
        let stored = self.store.get(&keys::token_enrolment(&account.id)).await?;
        Ok(stored.and_then(|record| {
            let sealed = sealed_for(&record, &session.sid)?.to_owned();
            Some((record, sealed))
        }))
    }

    /// The token's secret this session was shown and has not confirmed yet.
    pub async fn pending_token_enrolment(
        &self,
        account: &Account,
        session: &Session,
    ) -> Result<Option<TokenEnrolment>, Error> {
        let Some((_, sealed)) = self.own_enrolment(account, session).await? else {
            return Ok(None);
        };
        let secret = self.keys.open_sealed(&sealed)?;
        Ok(Some(self.enrolment_view(account, secret)?))
    }

    /// The first code from the new token: only then does the token count. Only the session
    /// that was shown the secret can confirm it, and only while it may add a factor to the
    /// account (a recovery-code set replaced, or a factor removed, since drops the
    /// enrolment anyway). Added by a session that proved only a recovery code, the token
    /// puts the account on hold in the same write (`adds_under_code`).
    pub async fn confirm_token(
        &self,
        account: &Account,
        session: &Session,
        typed: &str,
        ip: &str,
    ) -> Result<FactorOutcome, Error> {
        if let Some(refused) = self.refuse_adding(account, session) {
            return Ok(refused);
        }
        let key = keys::token_enrolment(&account.id);
        let Some((record, sealed)) = self.own_enrolment(account, session).await? else {
            return Ok(enrolment_expired());
        };
        let secret = self.keys.open_sealed(&sealed)?;
        let Some(step) = matching_step(
            &totp(secret, &self.config.site_name, &account.email)?,
            typed,
            self.now(),
        ) else {
            return Ok(FactorOutcome::Refused(ern_i18n::tr!(
                "factors-token-wrong-try-next"
            )));
        };
        // Taken only if it is still the record read: one begun meanwhile (by another
        // session, perhaps) is not this one, and stays.
        if !self
            .store
            .compare_and_set(&key, Some(&record), None, None)
            .await?
        {
            return Ok(enrolment_expired());
        }
        let token = OtpToken {
            id: crate::secrets::random_token(8),
            sealed_secret: sealed,
            last_step: step,
            added_at: self.now(),
        };
        let added = Factor::Token(token.id.clone());
        let secure_link = self
            .link_if_added_under_code(account, session, added)
            .await?;
        let hold_until = self.factor_hold_end();
        // A hold set meanwhile (PANIC, another factor added with a code) wins, and so does
        // what moved `link_epoch` since this request read the account (a new set of
        // recovery codes, a factor removed: they drop the enrolment, but maybe only after
        // it was read here).
        let epoch = account.link_epoch;
        let updated = accounts::update(self.store.as_ref(), &account.id, |a| {
            if self.factor_hold(a).is_none() && a.link_epoch == epoch {
                a.tokens.push(token.clone());
                if secure_link.is_some() {
                    a.factor_hold_until = Some(hold_until);
                    a.factor_hold_by_code = true;
                }
            }
        })
        .await?;
        let Some(updated) = updated else {
            return Ok(FactorOutcome::NoAccount);
        };
        if !updated.tokens.iter().any(|t| t.id == token.id) {
            return Ok(match self.hold_reason(&updated) {
                Some(reason) => FactorOutcome::Refused(reason),
                None => enrolment_expired(),
            });
        }
        tracing::info!(account = %account.id, "token enrolled");
        let what = Line::new("history-token-added");
        let under_code = secure_link.as_deref().map(|link| (hold_until, link));
        self.factor_added(account, what, under_code, ip).await?;
        Ok(FactorOutcome::Confirmed("token".into()))
    }

    pub async fn delete_token(
        &self,
        account: &Account,
        (session, session_token): (&Session, &str),
        id: &str,
        ip: &str,
    ) -> Result<FactorOutcome, Error> {
        if let Some(refused) = self.refuse_weakening(account, session) {
            return Ok(refused);
        }
        let known = account.tokens.iter().any(|t| t.id == id);
        let removal = self.remove_in_write(&account.id, session, |a| {
            let before = a.tokens.len();
            a.tokens.retain(|t| t.id != id);
            a.tokens.len() < before
        });
        if let Some(refused) = removal.await? {
            return Ok(refused);
        }
        if known {
            self.security_event(account, Line::new("history-token-deleted"), ip)
                .await?;
        }
        // Also for a token already gone: maybe a retry whose first attempt removed it.
        self.after_factor_removed(account, session_token).await?;
        Ok(FactorOutcome::Deleted {
            others_signed_out: true,
        })
    }

    /// Sign-in step "Token": a code of one of the account's tokens, for a step not used
    /// before; the session gains `otp`. Five wrong codes in 15 minutes stop further tries.
    pub async fn verify_token(
        &self,
        session_token: &str,
        session: &Session,
        typed: &str,
    ) -> Result<FactorOutcome, Error> {
        let store = self.store.as_ref();
        if !throttle::reserve_second_factor_guess(store, "otp", &session.account_id).await? {
            crate::metrics::second_factor(Method::Totp, Proof::TooMany);
            return Ok(FactorOutcome::TooManySms);
        }
        let now = self.now();
        let account_key = keys::account(&session.account_id);
        loop {
            let Some(current) = self.store.get(&account_key).await? else {
                return Ok(FactorOutcome::NoAccount);
            };
            let mut account: Account =
                serde_json::from_slice(&current).map_err(|e| Error::Internal(e.to_string()))?;
            let mut matched = None;
            for token in &account.tokens {
                let secret = self.keys.open_sealed(&token.sealed_secret)?;
                if let Some(step) = matching_step(
                    &totp(secret, &self.config.site_name, &account.email)?,
                    typed,
                    now,
                ) {
                    matched = Some((token.id.clone(), step, step > token.last_step));
                    break;
                }
            }
            let seen = matched.is_some();
            let Some((id, step, _)) = matched.filter(|(_, _, fresh)| *fresh) else {
                // The guess was counted when it was reserved.
                let reason = if seen {
                    ern_i18n::tr!("factors-token-used")
                } else {
                    ern_i18n::tr!("factors-token-wrong")
                };
                crate::metrics::second_factor(Method::Totp, Proof::Wrong);
                return Ok(FactorOutcome::Refused(reason));
            };
            for token in account.tokens.iter_mut().filter(|t| t.id == id) {
                token.last_step = step;
            }
            let next = serde_json::to_vec(&account).map_err(|e| Error::Internal(e.to_string()))?;
            // Recording the step and accepting the code are one compare-and-set: of two
            // submissions of the same code, one wins.
            if self
                .store
                .compare_and_set(&account_key, Some(&current), Some(&next), None)
                .await?
            {
                sessions::add_method(self.store.as_ref(), session_token, now, "otp").await?;
                throttle::clear_second_factor_guesses(store, "otp", &account.id).await?;
                tracing::info!(account = %account.id, "second factor: otp");
                crate::metrics::second_factor(Method::Totp, Proof::Ok);
                return Ok(FactorOutcome::Confirmed("token".into()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_enrolment_is_the_beginning_sessions_only() {
        let record = enrolment_record("sid-a", "c2VhbGVk");
        assert_eq!(sealed_for(record.as_bytes(), "sid-a"), Some("c2VhbGVk"));
        assert_eq!(sealed_for(record.as_bytes(), "sid-b"), None);
        assert_eq!(sealed_for(record.as_bytes(), ""), None);
        // A record stored before enrolments named their session: nobody's.
        assert_eq!(sealed_for(b"c2VhbGVk", "sid-a"), None);
        assert_eq!(sealed_for(b" c2VhbGVk", ""), None);
    }
}
