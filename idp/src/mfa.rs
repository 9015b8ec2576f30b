//! Second factors. The password opens a session at level "low"; proving a second factor
//! adds its method to that same session (level "substantial"). This is also how an
//! application's request for a stronger level is met (step-up).
//!
//! Built so far: Mobile Phone + SMS (numbers confirmed by an SMS text challenge) and Token
//! (OATH TOTP).

use crate::accounts::{self, Account};
use crate::clock::format_utc;
use crate::error::Error;
use crate::phones::{self, Checked};
use crate::provider::Provider;
use crate::sessions::{self, Session};
use crate::store::keys;
use crate::throttle;

/// How long after proving a second factor the user may change their factors.
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
    /// Too many SMS, or too many wrong token codes: wait.
    TooManySms,
    /// The account is gone.
    NoAccount,
}

/// What the user is told when an SMS text challenge is not accepted.
fn challenge_refusal(checked: &Checked) -> PhoneOutcome {
    PhoneOutcome::Refused(match checked {
        Checked::Wrong { tries_left } => {
            format!("This is not the SMS text challenge we sent. {tries_left} tries left.")
        }
        _ => "This challenge has expired or was used up (too many wrong tries). Ask for a new one."
            .into(),
    })
}

/// Why a second factor is refused while the account is on hold (see `recovery`).
const HELD: &str = "Every second factor of this account was deleted with the password alone: for your safety a new one cannot be added yet. See the mail we sent.";

impl Provider {
    /// Turns "Always require multi-factor authentication" on or off; turning it on needs a
    /// second factor to exist, and either change needs a recent one when one exists.
    pub async fn set_require_mfa(
        &self,
        account: &Account,
        session: &Session,
        on: bool,
        ip: &str,
    ) -> Result<PhoneOutcome, Error> {
        if on && !account.has_second_factor() {
            return Ok(PhoneOutcome::Refused(
                "Add a mobile phone number or a token first.".into(),
            ));
        }
        if !self.may_change_factors(account, session) {
            return Ok(PhoneOutcome::SecondFactorNeeded);
        }
        accounts::update(self.store.as_ref(), &account.id, |a| a.require_mfa = on).await?;
        let what = if on {
            "multi-factor authentication made mandatory"
        } else {
            "multi-factor authentication made optional"
        };
        self.security_event(account, what, ip).await?;
        Ok(PhoneOutcome::Confirmed(String::new()))
    }

    async fn send_code(&self, number: &str, code: &str) -> Result<(), Error> {
        let body = format!(
            "{}: your SMS text challenge is {code}. It is valid for 5 minutes.",
            self.config.site_name
        );
        self.sms
            .send(number, &body, &format_utc(self.now()))
            .await
            .map_err(|e| Error::Upstream(e.to_string()))
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
        ip: &str,
    ) -> Result<PhoneOutcome, Error> {
        // Confirmed first, consumed after: a retry after a lost answer finds the challenge.
        let key = keys::sms_challenge("confirm", &account.id);
        match phones::check_keeping(self.store.as_ref(), &key, typed, self.now()).await? {
            Checked::Right(number) => {
                // Checked again in the write itself: a hold set meanwhile (PANIC) wins.
                let updated = accounts::update(self.store.as_ref(), &account.id, |a| {
                    if self.factor_hold(a).is_none() {
                        for phone in a.phones.iter_mut().filter(|p| p.number == number) {
                            phone.verified = true;
                        }
                    }
                })
                .await?;
                phones::consume(self.store.as_ref(), &key).await?;
                if updated.is_some_and(|a| self.factor_hold(&a).is_some()) {
                    return Ok(PhoneOutcome::Refused(HELD.into()));
                }
                tracing::info!(account = %account.id, "mobile phone confirmed");
                self.security_event(account, &format!("mobile phone number {number} added"), ip)
                    .await?;
                Ok(PhoneOutcome::Confirmed(number))
            }
            other => Ok(challenge_refusal(&other)),
        }
    }

    pub async fn delete_phone(
        &self,
        account: &Account,
        session: &Session,
        number: &str,
        ip: &str,
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
        if verified {
            let what = format!("mobile phone number {number} deleted");
            self.security_event(account, &what, ip).await?;
        }
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
        // The challenge belongs to this session (its key names the session): the method is
        // added to the session first, then the challenge consumed, so a retry after a lost
        // answer either finds the challenge again or finds the session already upgraded.
        let key = keys::sms_challenge("sign-in", &session.sid);
        match phones::check_keeping(self.store.as_ref(), &key, typed, self.now()).await? {
            Checked::Right(number) => {
                sessions::add_method(self.store.as_ref(), session_token, self.now(), "sms").await?;
                phones::consume(self.store.as_ref(), &key).await?;
                tracing::info!(account = %session.account_id, "second factor: sms");
                Ok(PhoneOutcome::Confirmed(number))
            }
            Checked::NoChallenge if session.methods.iter().any(|m| m == "sms") => {
                Ok(PhoneOutcome::Confirmed(String::new()))
            }
            other => Ok(challenge_refusal(&other)),
        }
    }
}

// ---- Token: OATH TOTP (RFC 6238: 30 s, 6 digits, SHA-1, one step of drift) ----

use serde::{Deserialize, Serialize};

const TOTP_STEP: i64 = 30;
const TOKEN_ENROLMENT: std::time::Duration = std::time::Duration::from_secs(10 * 60);

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct OtpToken {
    pub id: String,
    /// The shared secret, sealed with the master key.
    pub sealed_secret: String,
    /// The last time step accepted: a step is never accepted twice.
    pub last_step: i64,
    pub added_at: i64,
}

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

pub fn qr_svg(text: &str) -> Result<String, Error> {
    let code = qrcode::QrCode::new(text.as_bytes()).map_err(|e| Error::Internal(e.to_string()))?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(220, 220)
        .quiet_zone(true)
        .build())
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
        if !self.may_change_factors(account, session) {
            return Ok(None);
        }
        let secret = crate::secrets::random_bytes(20);
        let sealed = self.keys.seal(&secret)?;
        self.store
            .put(
                &keys::token_enrolment(&account.id),
                sealed.as_bytes(),
                Some(TOKEN_ENROLMENT),
            )
            .await?;
        Ok(Some(self.enrolment_view(account, secret)?))
    }

    pub async fn pending_token_enrolment(
        &self,
        account: &Account,
    ) -> Result<Option<TokenEnrolment>, Error> {
        let Some(sealed) = self.store.get(&keys::token_enrolment(&account.id)).await? else {
            return Ok(None);
        };
        let secret = self.keys.open_sealed(&String::from_utf8_lossy(&sealed))?;
        Ok(Some(self.enrolment_view(account, secret)?))
    }

    /// The first code from the new token: only then does the token count.
    pub async fn confirm_token(
        &self,
        account: &Account,
        typed: &str,
        ip: &str,
    ) -> Result<PhoneOutcome, Error> {
        let key = keys::token_enrolment(&account.id);
        let Some(sealed) = self.store.get(&key).await? else {
            return Ok(PhoneOutcome::Refused(
                "The enrolment has expired. Start again.".into(),
            ));
        };
        let sealed = String::from_utf8_lossy(&sealed).into_owned();
        let secret = self.keys.open_sealed(&sealed)?;
        let Some(step) = matching_step(
            &totp(secret, &self.config.site_name, &account.email)?,
            typed,
            self.now(),
        ) else {
            return Ok(PhoneOutcome::Refused(
                "This is not the code your token shows now. Try the next one.".into(),
            ));
        };
        if self.store.take(&key).await?.is_none() {
            return Ok(PhoneOutcome::Refused(
                "The enrolment has expired. Start again.".into(),
            ));
        }
        let token = OtpToken {
            id: crate::secrets::random_token(8),
            sealed_secret: sealed,
            last_step: step,
            added_at: self.now(),
        };
        let updated = accounts::update(self.store.as_ref(), &account.id, |a| {
            if self.factor_hold(a).is_none() {
                a.tokens.push(token.clone())
            }
        })
        .await?;
        if updated.is_some_and(|a| self.factor_hold(&a).is_some()) {
            return Ok(PhoneOutcome::Refused(HELD.into()));
        }
        tracing::info!(account = %account.id, "token enrolled");
        self.security_event(account, "token added", ip).await?;
        Ok(PhoneOutcome::Confirmed("token".into()))
    }

    pub async fn delete_token(
        &self,
        account: &Account,
        session: &Session,
        id: &str,
        ip: &str,
    ) -> Result<PhoneOutcome, Error> {
        if !self.may_change_factors(account, session) {
            return Ok(PhoneOutcome::SecondFactorNeeded);
        }
        accounts::update(self.store.as_ref(), &account.id, |a| {
            a.tokens.retain(|t| t.id != id)
        })
        .await?;
        self.security_event(account, "token deleted", ip).await?;
        Ok(PhoneOutcome::Deleted)
    }

    /// Sign-in step "Token": a code of one of the account's tokens, for a step not used
    /// before; the session gains `otp`. Five wrong codes in 15 minutes stop further tries.
    pub async fn verify_token(
        &self,
        session_token: &str,
        session: &Session,
        typed: &str,
    ) -> Result<PhoneOutcome, Error> {
        let store = self.store.as_ref();
        if !throttle::reserve_second_factor_guess(store, "otp", &session.account_id).await? {
            return Ok(PhoneOutcome::TooManySms);
        }
        let now = self.now();
        let account_key = keys::account(&session.account_id);
        loop {
            let Some(current) = self.store.get(&account_key).await? else {
                return Ok(PhoneOutcome::NoAccount);
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
                    "This code was already used. Wait for the next one."
                } else {
                    "This is not the code your token shows now."
                };
                return Ok(PhoneOutcome::Refused(reason.into()));
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
                return Ok(PhoneOutcome::Confirmed("token".into()));
            }
        }
    }
}

// ---- deleting the account ----

#[derive(Debug, PartialEq, Eq)]
pub enum DeleteOutcome {
    Deleted,
    WrongPassword,
    SecondFactorNeeded,
}

impl Provider {
    /// Deletes the account after re-authentication (its password, and a recent second factor
    /// when it has one), ending every session and removing every record that names it.
    pub async fn delete_account(
        &self,
        account: &Account,
        session: &Session,
        password: &str,
    ) -> Result<DeleteOutcome, Error> {
        if !self
            .current_password_matches(account, password, &session.ip)
            .await?
        {
            return Ok(DeleteOutcome::WrongPassword);
        }
        if !self.may_change_factors(account, session) {
            return Ok(DeleteOutcome::SecondFactorNeeded);
        }
        self.end_sessions(&account.id, None).await?;
        let store = self.store.as_ref();
        for client_id in store
            .set_members(&keys::account_consents(&account.id))
            .await?
        {
            store
                .delete(&keys::consent(&account.id, &client_id))
                .await?;
            store
                .set_remove(&keys::account_consents(&account.id), &client_id)
                .await?;
        }
        let email_hash = crate::secrets::token_hash(&account.email);
        for set in [
            keys::known_browsers(&account.id),
            format!("audit:{}", account.id),
            keys::account_sessions(&account.id),
        ] {
            for member in store.set_members(&set).await? {
                store.set_remove(&set, &member).await?;
            }
        }
        for device in &account.devices {
            store.delete(&format!("device:{}", device.id)).await?;
        }
        crate::access::forget_account(store, &account.id).await?;
        store
            .delete(&format!("account-app-requests:{}", account.id))
            .await?;
        for key in [
            keys::token_enrolment(&account.id),
            keys::sms_challenge("confirm", &account.id),
            keys::counter("sms-account", &account.id),
            keys::counter("otp-fail", &account.id),
            keys::counter("ocra-fail", &account.id),
            keys::counter("app-requests", &account.id),
            format!("app-pending:{}", account.id),
            keys::counter("login-fail", &email_hash),
            keys::counter("mail-to", &email_hash),
            keys::login_lock(&email_hash),
            keys::login_wait(&email_hash),
            // The index first: a crash between the two leaves an unreachable record, never
            // an address that points at nothing.
            keys::account_by_email(&account.email),
            keys::account(&account.id),
        ] {
            store.delete(&key).await?;
        }
        tracing::info!(account = %account.id, "account deleted");
        let goodbye = format!(
            "Your account on {} and everything kept about it have been deleted, as you asked.",
            self.config.site_name
        );
        self.send_plain_mail(
            &account.email,
            &format!("{}: your account was deleted", self.config.site_name),
            &goodbye,
        );
        Ok(DeleteOutcome::Deleted)
    }
}

// ---- personal data ----

#[derive(Debug, PartialEq, Eq)]
pub enum DetailsOutcome {
    Saved,
    /// A link went to the new address.
    EmailLinkSent(String),
    EmailChanged(String),
    Invalid(String),
    WrongPassword,
    SecondFactorNeeded,
    LinkInvalid,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct PendingEmailChange {
    account_id: String,
    new_email: String,
    #[serde(default)]
    epoch: u32,
}

impl Provider {
    /// Names and e-mail language.
    pub async fn update_details(
        &self,
        account: &Account,
        first: &str,
        last: &str,
        language: &str,
    ) -> Result<DetailsOutcome, Error> {
        let (Some(first), Some(last)) = (
            crate::accounts::clean_name(first),
            crate::accounts::clean_name(last),
        ) else {
            return Ok(DetailsOutcome::Invalid(
                "First and last name must be 1 to 100 characters.".into(),
            ));
        };
        if !crate::notify::i18n::is_language(language) {
            return Ok(DetailsOutcome::Invalid(
                "Choose the language of your mails.".into(),
            ));
        }
        let language = language.to_owned();
        accounts::update(self.store.as_ref(), &account.id, |a| {
            a.first_name = first.clone();
            a.last_name = last.clone();
            a.language = language.clone();
        })
        .await?;
        Ok(DetailsOutcome::Saved)
    }

    /// Asks to move the account to a new e-mail address: the password (and a recent second
    /// factor when one exists) is needed, since the address can reset the password.
    pub async fn request_email_change(
        &self,
        account: &Account,
        session: &Session,
        new_email: &str,
        password: &str,
        ip: &str,
    ) -> Result<DetailsOutcome, Error> {
        let Some(new_email) = crate::accounts::normalize_email(new_email) else {
            return Ok(DetailsOutcome::Invalid(
                "Enter a valid e-mail address.".into(),
            ));
        };
        if new_email == account.email {
            return Ok(DetailsOutcome::Invalid(
                "This is already your e-mail address.".into(),
            ));
        }
        if !self.current_password_matches(account, password, ip).await? {
            return Ok(DetailsOutcome::WrongPassword);
        }
        if !self.may_change_factors(account, session) {
            return Ok(DetailsOutcome::SecondFactorNeeded);
        }
        if !throttle::allow_mail(
            self.store.as_ref(),
            &self.config,
            &crate::secrets::token_hash(&new_email),
            ip,
        )
        .await?
        {
            return Ok(DetailsOutcome::Invalid(
                "Too many mails were asked for. Try again in an hour.".into(),
            ));
        }
        let pending = PendingEmailChange {
            account_id: account.id.clone(),
            new_email: new_email.clone(),
            epoch: account.link_epoch,
        };
        let token = crate::links::issue(
            self.store.as_ref(),
            crate::links::Purpose::ChangeEmail,
            &pending,
            self.now(),
            std::time::Duration::from_secs(24 * 3600),
        )
        .await?;
        let link = self.url(&format!("/account/email/confirm?token={token}"));
        let site = &self.config.site_name;
        self.send_plain_mail(
            &new_email,
            &format!("{site}: confirm your new e-mail address"),
            &format!(
                "Dear {} {},\n\nTo make {new_email} the e-mail address of your account on {site}, open this link within 24 hours:\n\n{link}\n\nThe link works once. If you did not ask for this, ignore this mail.\n",
                account.first_name, account.last_name
            ),
        );
        self.security_event(
            account,
            &format!("change of e-mail address to {new_email} requested"),
            ip,
        )
        .await?;
        Ok(DetailsOutcome::EmailLinkSent(new_email))
    }

    /// The link from the mail to the new address: the account moves to it.
    pub async fn confirm_email_change(
        &self,
        token: &str,
        ip: &str,
    ) -> Result<DetailsOutcome, Error> {
        let pending: Option<PendingEmailChange> = crate::links::take(
            self.store.as_ref(),
            crate::links::Purpose::ChangeEmail,
            token,
            self.now(),
        )
        .await?;
        let Some(pending) = pending else {
            return Ok(DetailsOutcome::LinkInvalid);
        };
        let Some(account) = accounts::get(self.store.as_ref(), &pending.account_id)
            .await?
            .filter(|a| a.link_epoch == pending.epoch)
        else {
            return Ok(DetailsOutcome::LinkInvalid);
        };
        let store = self.store.as_ref();
        // Claim the new address first: if another account has it, nothing changes.
        if !store
            .put_if_absent(
                &keys::account_by_email(&pending.new_email),
                account.id.as_bytes(),
                None,
            )
            .await?
        {
            return Ok(DetailsOutcome::Invalid(
                "Another account uses this address now.".into(),
            ));
        }
        let old = account.email.clone();
        let new = pending.new_email.clone();
        // Every link mailed before (a reset to the old address above all) dies now. The
        // epoch and the hold are checked again in the write itself, so a PANIC or another
        // change that landed meanwhile wins.
        let epoch = pending.epoch;
        let updated = accounts::update(store, &account.id, |a| {
            if a.link_epoch == epoch && self.factor_hold(a).is_none() {
                a.email = new.clone();
                a.link_epoch = a.link_epoch.wrapping_add(1);
            }
        })
        .await?;
        if updated.is_none_or(|a| a.email != new) {
            store
                .compare_and_set(
                    &keys::account_by_email(&new),
                    Some(account.id.as_bytes()),
                    None,
                    None,
                )
                .await?;
            return Ok(DetailsOutcome::LinkInvalid);
        }
        store.delete(&keys::account_by_email(&old)).await?;
        let what = format!("e-mail address changed from {old} to {new}");
        self.send_plain_mail(
            &old,
            &format!(
                "{}: the e-mail address of your account was changed",
                self.config.site_name
            ),
            &format!(
                "Dear {} {},\n\n{what}.\n\nIf this was not you, contact support at once.\n",
                account.first_name, account.last_name
            ),
        );
        let moved = accounts::get(store, &account.id).await?.unwrap_or(account);
        self.security_event(&moved, &what, ip).await?;
        Ok(DetailsOutcome::EmailChanged(new))
    }
}
