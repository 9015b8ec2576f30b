//! Recovery after second factors were lost, without opening a path from "password only"
//! to "a second factor of the thief's choosing".
//!
//! The rule: the proof needed to add a second factor is never less than the proof the
//! account had. With a second factor on the account, adding or removing one needs a
//! recent sign-in with one (`may_change_factors`). When every second factor is removed by
//! a sign-in that proved none ("Delete all my devices (PANIC)" with the password alone,
//! for a lost phone), the account is put on hold for `factor_hold_hours` (72 by default):
//! until then the password alone adds no second factor and changes no e-mail address.
//! The owner is mailed at once with a link that, if the PANIC was not theirs, removes the
//! password, ends every session and revokes every application's access; they then choose a
//! new password through their mailbox. A thief holding only the password thus gains
//! nothing from PANIC but a mail to the owner.
//!
//! A recovery code is a way back to a second factor, and nothing more: a session whose
//! only second factor is a code may add a factor (`may_add_factor`), but not remove one,
//! make new codes, change the e-mail address, turn "Always require multi-factor
//! authentication" off or delete the account (`may_change_factors` wants a factor proved
//! other than a code). The factor it adds puts the account on the same hold, in the same
//! write, and the owner is mailed the "Secure my account" link at once
//! (`mail_factor_added_with_code`): whoever holds the password and a stolen code can add
//! their own factor and sign in with it, but for `factor_hold_hours` neither that session
//! nor any other removes a factor, makes codes, changes the address or deletes the
//! account, while the owner's mailbox has what takes it all back.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::accounts::credentials::Factor;
use crate::accounts::{self, Account};
use crate::clients::Acr;
use crate::clock::format_utc;
use crate::error::Error;
use crate::links::{self, Purpose};
use crate::notify::MailKind;
use crate::provider::Provider;
use crate::sessions::Session;

/// How long a sign-in with a second factor counts as recent for sensitive changes.
pub const RECENT_SECONDS: i64 = 15 * 60;

#[derive(Debug, Serialize, Deserialize)]
struct SecureAccount {
    account_id: String,
    /// The factor whose addition with a recovery code the link was mailed for: it goes
    /// too (whoever added it may hold it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    added: Option<Factor>,
}

/// Whether `session` proved a second factor (a recovery code counts) within the last
/// `RECENT_SECONDS`. A code's time is its own (`code_at`): it moves no `auth_time`, and is
/// taken only within `RECENT_SECONDS` of the password (`verify_recovery_code`).
pub fn recent_second_factor(session: &Session, now: i64) -> bool {
    let proved_at = session.auth_time.max(session.code_at.unwrap_or(i64::MIN));
    session.has_second_factor() && now - proved_at <= RECENT_SECONDS
}

/// Whether `session` proved a second factor other than a recovery code within the last
/// `RECENT_SECONDS`.
pub fn recent_real_factor(session: &Session, now: i64) -> bool {
    session.acr() != Acr::Low && recent_second_factor(session, now)
}

/// Whether the only second factor `session` proved recently is a recovery code.
pub fn code_only(session: &Session, now: i64) -> bool {
    recent_second_factor(session, now) && session.acr() == Acr::Low
}

impl Provider {
    /// Adding a second factor: once the account has one, a recent sign-in with one (a
    /// recovery code counts: that is what codes are for); never while the account is on
    /// hold. Whether the addition itself puts the account on hold: `adds_under_code`.
    pub fn may_add_factor(&self, account: &Account, session: &Session) -> bool {
        self.factor_hold(account).is_none()
            && (!account.has_second_factor() || recent_second_factor(session, self.now()))
    }

    /// No downgrade by a stolen password or a stolen recovery code: once an account has a
    /// second factor, removing one (and every other change that weakens the account: new
    /// codes, the e-mail address, "Always require multi-factor authentication", deleting
    /// it) needs a recent sign-in with one other than a recovery code; while the account is
    /// on hold after a password-only PANIC, the password alone cannot change it either.
    /// The hold itself is checked by the callers first (`hold_reason`), for its own answer.
    pub fn may_change_factors(&self, account: &Account, session: &Session) -> bool {
        let proved = recent_real_factor(session, self.now());
        if account.has_second_factor() {
            proved
        } else {
            proved || self.factor_hold(account).is_none()
        }
    }

    /// Whether a factor `session` adds now puts the account on hold (and mails the owner
    /// the "Secure my account" link): the account has a second factor and the session
    /// proved none but a recovery code.
    pub fn adds_under_code(&self, account: &Account, session: &Session) -> bool {
        account.has_second_factor() && !recent_real_factor(session, self.now())
    }

    /// Why the account's second factors (and address, and existence) cannot change now,
    /// while it is on hold: after a password-only PANIC or an operator's removal (no
    /// factor left), or after a factor was added with a recovery code.
    pub fn hold_reason(&self, account: &Account) -> Option<String> {
        self.hold_text(account, |_| crate::factors::held())
    }

    /// What a page of second factors says while the account is on hold.
    pub fn hold_notice(&self, account: &Account) -> Option<String> {
        self.hold_text(account, |until| {
            ern_i18n::tr!("factors-hold-notice", until = until)
        })
    }

    /// What a page of second factors says in place of its form for adding one, when it
    /// has its own reason: the hold, or a recovery code whose 15 minutes have passed (the
    /// person may no longer have the factor the generic "confirm with it" asks for).
    pub fn add_notice(&self, account: &Account, session: &Session) -> Option<String> {
        self.hold_notice(account).or_else(|| {
            let lapsed = account.has_second_factor()
                && session.code_at.is_some()
                && !recent_second_factor(session, self.now());
            lapsed.then(|| ern_i18n::tr!("factors-code-lapsed"))
        })
    }

    /// The hold's text: a code's (`factor_hold_by_code`), or `after_panic`'s, given when
    /// the hold ends.
    fn hold_text(
        &self,
        account: &Account,
        after_panic: impl FnOnce(String) -> String,
    ) -> Option<String> {
        let until = format_utc(self.factor_hold(account)?);
        Some(if account.factor_hold_by_code {
            ern_i18n::tr!("factors-held-code", until = until)
        } else {
            after_panic(until)
        })
    }

    /// When the hold after a password-only PANIC ends, while it lasts.
    pub fn factor_hold(&self, account: &Account) -> Option<i64> {
        account
            .factor_hold_until
            .filter(|until| *until > self.now())
    }

    fn factor_hold_seconds(&self) -> i64 {
        i64::try_from(self.config.factor_hold_hours.saturating_mul(3600)).unwrap_or(i64::MAX)
    }

    /// When a hold that starts now ends.
    pub(crate) fn factor_hold_end(&self) -> i64 {
        self.now().saturating_add(self.factor_hold_seconds())
    }

    /// A "Secure my account" link for the account. It only ever takes access away, so it
    /// outlives password changes; it lives as long as a hold.
    pub(crate) async fn secure_account_link(&self, account_id: &str) -> Result<String, Error> {
        self.secure_account_link_taking(account_id, None).await
    }

    /// A "Secure my account" link that also removes `added`.
    pub(crate) async fn secure_account_link_taking(
        &self,
        account_id: &str,
        added: Option<Factor>,
    ) -> Result<String, Error> {
        let lifetime = u64::try_from(self.factor_hold_seconds().max(3600)).unwrap_or(3600);
        let token = links::issue(
            self.store.as_ref(),
            Purpose::SecureAccount,
            &SecureAccount {
                account_id: account_id.to_owned(),
                added,
            },
            self.now(),
            Duration::from_secs(lifetime),
        )
        .await?;
        Ok(self.url(&format!("/account/secure?token={token}")))
    }

    /// Tells the owner that their account is on hold until `until`, with `link`.
    pub(crate) fn mail_factor_hold(&self, account: &Account, ip: &str, until: i64, link: &str) {
        let (when, until_text) = (format_utc(self.now()), format_utc(until));
        self.mail_account(
            account,
            MailKind::FactorsHeld,
            &[
                ("when", &when),
                ("ip", ip),
                ("until", &until_text),
                ("link", link),
            ],
        );
    }

    /// Tells the owner that a factor was added (`what`, also the line of the history).
    /// `under_code`: it was added by a session that proved no second factor but a recovery
    /// code (`adds_under_code`), and the account is on hold until then in the same write;
    /// the mail says so, with the "Secure my account" link (issued before the write). That
    /// mail goes before the history's write, so that no fault after the account's write
    /// loses it: a retry finds the account held and would not send it.
    pub(crate) async fn factor_added(
        &self,
        account: &Account,
        what: crate::audit::Line,
        under_code: Option<(i64, &str)>,
        ip: &str,
    ) -> Result<(), Error> {
        let Some((until, link)) = under_code else {
            return self.security_event(account, what, ip).await;
        };
        let lang = ern_i18n::Lang::from_code(&account.language).unwrap_or_default();
        let (when, until_text) = (format_utc(self.now()), format_utc(until));
        self.mail_account(
            account,
            MailKind::FactorAddedWithCode,
            &[
                ("when", &when),
                ("ip", ip),
                ("what", &what.text(lang)),
                ("until", &until_text),
                ("link", link),
            ],
        );
        crate::audit::record(self.store.as_ref(), &account.id, self.now(), what, ip).await?;
        Ok(())
    }

    /// The "Secure my account" link when `factor`, added by `session`, puts the account on
    /// hold (`adds_under_code`), issued before the write that adds it; besides the rest,
    /// it removes that factor.
    pub(crate) async fn link_if_added_under_code(
        &self,
        account: &Account,
        session: &Session,
        factor: Factor,
    ) -> Result<Option<String>, Error> {
        match self.adds_under_code(account, session) {
            true => Ok(Some(
                self.secure_account_link_taking(&account.id, Some(factor))
                    .await?,
            )),
            false => Ok(None),
        }
    }

    /// Forgets what was counted or started against the account's second factors (guesses,
    /// app requests, SMS sent, half-done enrolments): after a reset, PANIC or "Secure my
    /// account", whoever burned them with a stolen password no longer holds the owner back.
    pub(crate) async fn forget_factor_attempts(&self, account_id: &str) -> Result<(), Error> {
        use crate::store::keys;
        for key in [
            keys::counter("otp-fail", account_id),
            keys::counter("ocra-fail", account_id),
            keys::counter("recovery-fail", account_id),
            keys::counter("app-requests", account_id),
            keys::counter("sms-account", account_id),
        ] {
            self.store.delete(&key).await?;
        }
        self.drop_unfinished_factor_work(account_id).await
    }

    /// The account a live "secure my account" link is for.
    pub async fn secure_link_account(&self, token: &str) -> Result<Option<Account>, Error> {
        let pending: Option<SecureAccount> = links::peek(
            self.store.as_ref(),
            Purpose::SecureAccount,
            token,
            self.now(),
        )
        .await?;
        match pending {
            Some(p) => Ok(accounts::get(self.store.as_ref(), &p.account_id).await?),
            None => Ok(None),
        }
    }

    /// "This was not me": removes the password, kills every outstanding link, ends every
    /// session and revokes every grant. The hold stays. False when the link is not live.
    pub async fn secure_account(&self, token: &str, ip: &str) -> Result<bool, Error> {
        // The work first, each step idempotent, the link consumed last: a retry after a
        // lost answer repeats the work instead of finding the link burnt with nothing done.
        let pending: Option<SecureAccount> = links::peek(
            self.store.as_ref(),
            Purpose::SecureAccount,
            token,
            self.now(),
        )
        .await?;
        let Some(pending) = pending else {
            return Ok(false);
        };
        let Some(before) = accounts::get(self.store.as_ref(), &pending.account_id).await? else {
            return Ok(false);
        };
        // Security keys (which sign in without the password) and recovery codes go too:
        // whoever added them with a stolen password keeps nothing.
        let Some(account) = accounts::update(self.store.as_ref(), &pending.account_id, |a| {
            if a.password_hash.is_some() {
                a.password_hash = None;
                a.link_epoch = a.link_epoch.wrapping_add(1);
            }
            a.security_keys.clear();
            a.recovery_codes.clear();
            if let Some(added) = &pending.added {
                a.remove_factor(added);
            }
        })
        .await?
        else {
            return Ok(false);
        };
        if let Some(Factor::Device(id)) = &pending.added {
            let owner = account.id.as_bytes();
            let record = crate::factors::app::device_key(id);
            self.store
                .compare_and_set(&record, Some(owner), None, None)
                .await?;
        }
        for key in &before.security_keys {
            self.store
                .delete(&crate::store::keys::webauthn_credential(&key.id))
                .await?;
        }
        self.forget_factor_attempts(&account.id).await?;
        self.end_sessions(&account.id, None).await?;
        crate::audit::record(
            self.store.as_ref(),
            &account.id,
            self.now(),
            crate::audit::Line::new("password-history-secured"),
            ip,
        )
        .await?;
        // Whoever consumes the link tells the owner, once.
        let taken: Option<SecureAccount> = links::take(
            self.store.as_ref(),
            Purpose::SecureAccount,
            token,
            self.now(),
        )
        .await?;
        if taken.is_some() {
            let when = format_utc(self.now());
            self.mail_account(
                &account,
                MailKind::AccountSecured,
                &[("when", &when), ("ip", ip)],
            );
        }
        Ok(true)
    }
}
