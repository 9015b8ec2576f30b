//! Second factors. The password opens a session at level "low"; proving a second factor
//! adds its method to that same session (level "substantial"). This is also how an
//! application's request for a stronger level is met (step-up).
//!
//! Built so far: Mobile Phone + SMS (numbers confirmed by an SMS text challenge).

use crate::accounts::{self, Account};
use crate::clock::format_utc;
use crate::error::Error;
use crate::phones::{self, Checked};
use crate::provider::Provider;
use crate::sessions::{self, Session};
use crate::store::keys;
use crate::throttle;

/// How long after proving a second factor the user may change their factors.
const RECENT_SECONDS: i64 = 15 * 60;
pub const MAX_PHONES: usize = 5;

#[derive(Debug, PartialEq, Eq)]
pub enum PhoneOutcome {
    /// An SMS text challenge went to this number.
    ChallengeSent(String),
    Confirmed(String),
    Deleted,
    /// A human-readable reason, shown next to the field.
    Refused(String),
    /// Changing factors needs a recent sign-in with an existing second factor.
    SecondFactorNeeded,
    TooManySms,
}

impl Provider {
    /// No downgrade by a stolen password: once an account has a second factor, adding or
    /// removing one needs a recent sign-in that used one.
    pub fn may_change_factors(&self, account: &Account, session: &Session) -> bool {
        !account.has_second_factor()
            || (session.methods.iter().any(|m| m != "pwd")
                && self.now() - session.auth_time <= RECENT_SECONDS)
    }

    async fn send_code(&self, number: &str, code: &str) -> Result<(), Error> {
        let body = format!(
            "{}: your SMS text challenge is {code}. It is valid for 5 minutes.",
            self.config.site_name
        );
        self.sms
            .send(number, &body, &format_utc(self.now()))
            .await
            .map_err(|e| Error::Internal(e.to_string()))
    }

    /// "Add a mobile phone number": the number is kept unconfirmed and an SMS text
    /// challenge is sent to it.
    pub async fn add_phone(
        &self,
        account: &Account,
        session: &Session,
        input: &str,
        ip: &str,
    ) -> Result<PhoneOutcome, Error> {
        if !self.may_change_factors(account, session) {
            return Ok(PhoneOutcome::SecondFactorNeeded);
        }
        let Some(number) = phones::normalize(input) else {
            return Ok(PhoneOutcome::Refused(
                "Enter the number in international format, with the country code, e.g. for Belgium: +32 123 45 67 89.".into(),
            ));
        };
        if account.phones.len() >= MAX_PHONES && !account.phones.iter().any(|p| p.number == number)
        {
            return Ok(PhoneOutcome::Refused(format!(
                "An account can have at most {MAX_PHONES} mobile phone numbers."
            )));
        }
        if account
            .phones
            .iter()
            .any(|p| p.number == number && p.verified)
        {
            return Ok(PhoneOutcome::Refused(
                "This number is already confirmed for your account.".into(),
            ));
        }
        if !throttle::allow_sms(self.store.as_ref(), &self.config, &account.id, &number, ip).await?
        {
            return Ok(PhoneOutcome::TooManySms);
        }
        let now = self.now();
        accounts::update(self.store.as_ref(), &account.id, |a| {
            if !a.phones.iter().any(|p| p.number == number) {
                a.phones.push(phones::Phone {
                    number: number.clone(),
                    verified: false,
                    added_at: now,
                });
            }
        })
        .await?;
        let code = phones::issue(
            self.store.as_ref(),
            &keys::sms_challenge("confirm", &account.id),
            &number,
            now,
        )
        .await?;
        self.send_code(&number, &code).await?;
        Ok(PhoneOutcome::ChallengeSent(number))
    }

    /// The SMS text challenge that confirms the number added last.
    pub async fn confirm_phone(
        &self,
        account: &Account,
        typed: &str,
    ) -> Result<PhoneOutcome, Error> {
        let key = keys::sms_challenge("confirm", &account.id);
        match phones::check(self.store.as_ref(), &key, typed, self.now()).await? {
            Checked::Right(number) => {
                accounts::update(self.store.as_ref(), &account.id, |a| {
                    for phone in a.phones.iter_mut().filter(|p| p.number == number) {
                        phone.verified = true;
                    }
                })
                .await?;
                tracing::info!(account = %account.id, "mobile phone confirmed");
                Ok(PhoneOutcome::Confirmed(number))
            }
            Checked::Wrong { tries_left } => Ok(PhoneOutcome::Refused(format!(
                "This is not the SMS text challenge we sent. {tries_left} tries left."
            ))),
            Checked::NoChallenge => Ok(PhoneOutcome::Refused(
                "This challenge has expired or was used up. Add the number again to get a new one."
                    .into(),
            )),
        }
    }

    pub async fn delete_phone(
        &self,
        account: &Account,
        session: &Session,
        number: &str,
    ) -> Result<PhoneOutcome, Error> {
        let verified = account
            .phones
            .iter()
            .any(|p| p.number == number && p.verified);
        if verified && !self.may_change_factors(account, session) {
            return Ok(PhoneOutcome::SecondFactorNeeded);
        }
        accounts::update(self.store.as_ref(), &account.id, |a| {
            a.phones.retain(|p| p.number != number)
        })
        .await?;
        Ok(PhoneOutcome::Deleted)
    }

    /// Sign-in step "Mobile phone": sends the SMS text challenge to one of the account's
    /// confirmed numbers.
    pub async fn send_sign_in_sms(
        &self,
        account: &Account,
        session: &Session,
        input: &str,
        ip: &str,
    ) -> Result<PhoneOutcome, Error> {
        let Some(number) = phones::normalize(input) else {
            return Ok(PhoneOutcome::Refused(
                "Enter the number in international format, with the country code, e.g. for Belgium: +32 123 45 67 89.".into(),
            ));
        };
        if !account.verified_phones().any(|p| p == number) {
            return Ok(PhoneOutcome::Refused(
                "This is not one of the confirmed mobile phone numbers of your account.".into(),
            ));
        }
        if !throttle::allow_sms(self.store.as_ref(), &self.config, &account.id, &number, ip).await?
        {
            return Ok(PhoneOutcome::TooManySms);
        }
        let key = keys::sms_challenge("sign-in", &session.sid);
        let code = phones::issue(self.store.as_ref(), &key, &number, self.now()).await?;
        self.send_code(&number, &code).await?;
        Ok(PhoneOutcome::ChallengeSent(number))
    }

    /// Sign-in step "SMS text challenge": right, and the session gains `sms`.
    pub async fn verify_sign_in_sms(
        &self,
        session_token: &str,
        session: &Session,
        typed: &str,
    ) -> Result<PhoneOutcome, Error> {
        let key = keys::sms_challenge("sign-in", &session.sid);
        match phones::check(self.store.as_ref(), &key, typed, self.now()).await? {
            Checked::Right(number) => {
                sessions::add_method(self.store.as_ref(), session_token, self.now(), "sms").await?;
                tracing::info!(account = %session.account_id, "second factor: sms");
                Ok(PhoneOutcome::Confirmed(number))
            }
            Checked::Wrong { tries_left } => Ok(PhoneOutcome::Refused(format!(
                "This is not the SMS text challenge we sent. {tries_left} tries left."
            ))),
            Checked::NoChallenge => Ok(PhoneOutcome::Refused(
                "This challenge has expired or was used up (too many wrong tries). Ask for a new one.".into(),
            )),
        }
    }
}
