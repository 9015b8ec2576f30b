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

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::accounts::{self, Account};
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
}

/// Whether `session` proved a second factor within the last `RECENT_SECONDS`.
pub fn recent_second_factor(session: &Session, now: i64) -> bool {
    session.methods.iter().any(|m| m != "pwd") && now - session.auth_time <= RECENT_SECONDS
}

impl Provider {
    /// No downgrade by a stolen password: once an account has a second factor, adding or
    /// removing one needs a recent sign-in that used one; while the account is on hold
    /// after a password-only PANIC, the password alone cannot add the first one either.
    pub fn may_change_factors(&self, account: &Account, session: &Session) -> bool {
        let proved = recent_second_factor(session, self.now());
        if account.has_second_factor() {
            proved
        } else {
            proved || self.factor_hold(account).is_none()
        }
    }

    /// When the hold after a password-only PANIC ends, while it lasts.
    pub fn factor_hold(&self, account: &Account) -> Option<i64> {
        account
            .factor_hold_until
            .filter(|until| *until > self.now())
    }

    /// Puts the account on hold (second factors were removed by a sign-in that proved
    /// none) and mails the owner the hold and the link to secure the account.
    pub(crate) async fn hold_factors(&self, account: &Account, ip: &str) -> Result<i64, Error> {
        let hold =
            i64::try_from(self.config.factor_hold_hours.saturating_mul(3600)).unwrap_or(i64::MAX);
        let until = self.now().saturating_add(hold);
        accounts::update(self.store.as_ref(), &account.id, |a| {
            a.factor_hold_until = Some(until)
        })
        .await?;
        // The link only ever takes access away, so it outlives password changes; it lives
        // as long as the hold.
        let token = links::issue(
            self.store.as_ref(),
            Purpose::SecureAccount,
            &SecureAccount {
                account_id: account.id.clone(),
            },
            self.now(),
            Duration::from_secs(u64::try_from(hold.max(3600)).unwrap_or(3600)),
        )
        .await?;
        let link = self.url(&format!("/account/secure?token={token}"));
        let (when, until_text) = (format_utc(self.now()), format_utc(until));
        self.mail_account(
            account,
            MailKind::FactorsHeld,
            &[
                ("when", &when),
                ("ip", ip),
                ("until", &until_text),
                ("link", &link),
            ],
        );
        Ok(until)
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
        let pending: Option<SecureAccount> = links::take(
            self.store.as_ref(),
            Purpose::SecureAccount,
            token,
            self.now(),
        )
        .await?;
        let Some(pending) = pending else {
            return Ok(false);
        };
        let Some(account) = accounts::update(self.store.as_ref(), &pending.account_id, |a| {
            a.password_hash = None;
            a.link_epoch = a.link_epoch.wrapping_add(1);
        })
        .await?
        else {
            return Ok(false);
        };
        self.end_sessions(&account.id, None).await?;
        crate::audit::record(
            self.store.as_ref(),
            &account.id,
            self.now(),
            "account secured from the mailed link: password removed, every session ended",
            ip,
        )
        .await?;
        let when = format_utc(self.now());
        self.mail_account(
            &account,
            MailKind::AccountSecured,
            &[("when", &when), ("ip", ip)],
        );
        Ok(true)
    }
}
