//! Second factors, one module per method with the same shape: enrol, list, remove,
//! challenge, verify, and the `amr` value it adds to the session. The password opens a
//! session at level "low"; proving a second factor adds its method to that same session
//! ("substantial"; "high" for a phishing-resistant one). This is also how an application's
//! request for a stronger level is met (step-up). No method's module imports another's:
//! what they share (outcomes, the QR renderer, the hold message) lives here, and their
//! records live with the account (`accounts::credentials`).
//!
//! - `sms`: Mobile Phone + SMS (numbers confirmed by an SMS text challenge)
//! - `totp`: Token (OATH TOTP)
//! - `app`: Mobile App PIN Code (the enrolled app, push with number matching)
//! - `ocra`: Mobile App QR Code (offline OCRA answers from the enrolled app)
//! - `webauthn`: Security Key or Trusted Platform (TPM), and passkeys
//! - `recovery`: recovery codes (only as far as My account)

pub mod app;
pub mod ocra;
pub mod recovery;
pub mod sms;
pub mod totp;
pub mod webauthn;

/// How long a sign-in request to the app, or a QR question, stays open.
pub(crate) const REQUEST_SECONDS: i64 = 120;

use crate::accounts::{self, Account};
use crate::audit::Line;
use crate::error::Error;
use crate::provider::Provider;
use crate::sessions::Session;

#[derive(Debug, PartialEq, Eq)]
/// What a change of second factors came to.
pub enum FactorOutcome {
    /// An SMS text challenge went to this number.
    /// The number the challenge went to, as shown to its owner (`sms::shown`).
    ChallengeSent(String),
    Confirmed(String),
    /// Done. `others_signed_out` when every other session of the account ended with it
    /// ([`Provider::after_factor_removed`]).
    Deleted {
        others_signed_out: bool,
    },
    /// A human-readable reason, shown next to the field.
    Refused(String),
    /// Changing factors needs a recent sign-in with an existing second factor.
    SecondFactorNeeded,
    /// Too many SMS, or too many wrong token codes: wait.
    TooManySms,
    /// The account is gone.
    NoAccount,
}

/// Why a second factor is refused while the account is on hold after a password-only
/// PANIC (`Provider::hold_reason` says it for every hold).
pub(crate) fn held() -> String {
    ern_i18n::tr!("factors-held")
}

impl Provider {
    /// Why `session` may not take anything from the account now (remove a factor; change
    /// the codes, the address, the MFA setting; delete it), if it may not: the hold, a
    /// recovery code that is not enough, or a step-up to make (`SecondFactorNeeded`).
    pub(crate) fn refuse_weakening(
        &self,
        account: &Account,
        session: &Session,
    ) -> Option<FactorOutcome> {
        if let Some(reason) = self.hold_reason(account) {
            return Some(FactorOutcome::Refused(reason));
        }
        if self.may_change_factors(account, session) {
            return None;
        }
        Some(if crate::recovery::code_only(session, self.now()) {
            FactorOutcome::Refused(ern_i18n::tr!("factors-code-not-enough"))
        } else {
            FactorOutcome::SecondFactorNeeded
        })
    }

    /// Removes a factor with `remove` (true: it found one) in one account write, unless
    /// the account as written refuses it (`refuse_weakening`): a hold begun after the
    /// caller read the account (a factor added with a recovery code, a PANIC) stops the
    /// removal there, and its refusal is returned. A removal moves `link_epoch` on.
    pub(crate) async fn remove_in_write(
        &self,
        account_id: &str,
        session: &Session,
        mut remove: impl FnMut(&mut Account) -> bool + Send,
    ) -> Result<Option<FactorOutcome>, Error> {
        let mut refused = None;
        accounts::update(self.store.as_ref(), account_id, |a| {
            refused = self.refuse_weakening(a, session);
            if refused.is_none() && remove(a) {
                a.link_epoch = a.link_epoch.wrapping_add(1);
            }
        })
        .await?;
        Ok(refused)
    }

    /// What a page of factors says to a session that may not delete one for a reason of
    /// its own (a recovery code is not enough): why. The hold has its own notice.
    pub fn why_no_removal(&self, account: &Account, session: &Session) -> Option<String> {
        if self.factor_hold(account).is_some() {
            return None;
        }
        match self.refuse_weakening(account, session) {
            Some(FactorOutcome::Refused(reason)) => Some(reason),
            _ => None,
        }
    }

    /// Why `session` may not add a factor now, if it may not: the hold, or a step-up.
    pub(crate) fn refuse_adding(
        &self,
        account: &Account,
        session: &Session,
    ) -> Option<FactorOutcome> {
        if let Some(reason) = self.hold_reason(account) {
            return Some(FactorOutcome::Refused(reason));
        }
        (!self.may_add_factor(account, session)).then_some(FactorOutcome::SecondFactorNeeded)
    }

    /// After a second factor was removed from the account (in the same write, its
    /// `link_epoch` moved on, so device enrolment links mailed before are dead): every
    /// other session of the account ends, as after a password change, and what applications
    /// were given with them is revoked; enrolments begun and not finished (a token's secret
    /// shown, a code sent to confirm a new phone; the remover's own too, which are begun
    /// again) and a request waiting for the app are dropped. A factor is removed because it
    /// was lost or is no longer trusted, so whoever
    /// signed in with it, or was part-way through signing in with it, must not outlive it,
    /// nor keep a way to a new factor begun with it; the session that removed it (which had
    /// to prove a second factor recently) stays. Called after the account no longer holds
    /// the factor, so no sign-in starting later can use it either; and called again by a
    /// retry that finds the factor gone already (an earlier attempt may have failed after
    /// the removal, before this), which gives no one anything "End all other sessions"
    /// does not.
    pub(crate) async fn after_factor_removed(
        &self,
        account: &Account,
        session_token: &str,
    ) -> Result<(), Error> {
        self.drop_unfinished_factor_work(&account.id).await?;
        self.end_sessions(&account.id, Some(session_token)).await
    }

    /// Drops what was begun towards a second factor and not finished: a token's secret
    /// shown, a code sent to confirm a new phone, a request waiting for the app.
    pub(crate) async fn drop_unfinished_factor_work(&self, account_id: &str) -> Result<(), Error> {
        for key in [
            crate::store::keys::token_enrolment(account_id),
            crate::store::keys::sms_challenge("confirm", account_id),
        ] {
            self.store.delete(&key).await?;
        }
        self.drop_waiting_app_request(account_id).await
    }

    /// Turns "Always require multi-factor authentication" on or off; turning it on needs a
    /// second factor to exist, and either change needs a recent one when one exists.
    pub async fn set_require_mfa(
        &self,
        account: &Account,
        session: &Session,
        on: bool,
        ip: &str,
    ) -> Result<FactorOutcome, Error> {
        if on && !account.has_second_factor() {
            return Ok(FactorOutcome::Refused(ern_i18n::tr!(
                "factors-mfa-add-first"
            )));
        }
        if let Some(refused) = self.refuse_weakening(account, session) {
            return Ok(refused);
        }
        accounts::update(self.store.as_ref(), &account.id, |a| a.require_mfa = on).await?;
        let what = if on {
            "history-mfa-mandatory"
        } else {
            "history-mfa-optional"
        };
        self.security_event(account, Line::new(what), ip).await?;
        Ok(FactorOutcome::Confirmed(String::new()))
    }
}

pub fn qr_svg(text: &str) -> Result<String, Error> {
    let code = qrcode::QrCode::new(text.as_bytes()).map_err(|e| Error::Internal(e.to_string()))?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(220, 220)
        .quiet_zone(true)
        .build())
}
