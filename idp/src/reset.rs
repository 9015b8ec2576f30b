//! "Lost your password?": a reset link by mail, and the new password set from it. Safe to
//! retry: the new password, the epoch bump that kills every outstanding link, and the link
//! it came from are one write; a retry after a lost answer is told it is done.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::accounts::{self, Account, normalize_email};
use crate::clock::format_utc;
use crate::error::Error;
use crate::links::{self, Purpose};
use crate::notify::MailKind;
use crate::provider::{FieldErrors, LostPasswordOutcome, Provider, SetPasswordOutcome};
use crate::secrets::token_hash;
use crate::store::keys;
use crate::throttle;

const RESET_LINK_LIFETIME: Duration = Duration::from_secs(3600);

#[derive(Debug, Clone, Serialize, Deserialize)]
struct PendingReset {
    account_id: String,
    email: String,
    /// The account's `link_epoch` when the link was mailed.
    #[serde(default)]
    epoch: u32,
}

impl Provider {
    pub async fn lost_password(&self, email: &str, ip: &str) -> Result<LostPasswordOutcome, Error> {
        let Some(email) = normalize_email(email) else {
            let mut errors = FieldErrors::new();
            errors.insert("email", ern_i18n::tr!("password-email-invalid"));
            return Ok(LostPasswordOutcome::Invalid(errors));
        };
        if !throttle::allow_mail(self.store.as_ref(), &self.config, &token_hash(&email), ip).await?
        {
            return Ok(LostPasswordOutcome::TooManyMails);
        }
        if let Some(account) = accounts::find_by_email(self.store.as_ref(), &email).await? {
            let link = self.reset_link(&account, RESET_LINK_LIFETIME).await?;
            self.mail_account(&account, MailKind::ResetPassword, &[("link", &link)]);
        }
        Ok(LostPasswordOutcome::MailSentIfKnown)
    }

    /// The address a reset link is for, while the link is live.
    pub async fn reset_link_email(&self, token: &str) -> Result<Option<String>, Error> {
        Ok(self
            .live_reset(token)
            .await?
            .map(|(_, account)| account.email))
    }

    /// A reset link and its account, while the link is live and still for the account as
    /// it is: a link mailed before an e-mail change (or any other epoch bump) is dead.
    async fn live_reset(&self, token: &str) -> Result<Option<(PendingReset, Account)>, Error> {
        Ok(self
            .reset_link_and_account(token)
            .await?
            .filter(|(pending, a)| a.link_epoch == pending.epoch && a.email == pending.email))
    }

    /// A live reset link and the account it names, as they are.
    async fn reset_link_and_account(
        &self,
        token: &str,
    ) -> Result<Option<(PendingReset, Account)>, Error> {
        let Some(pending) = links::peek::<PendingReset>(
            self.store.as_ref(),
            Purpose::ResetPassword,
            token,
            self.now(),
        )
        .await?
        else {
            return Ok(None);
        };
        let account = accounts::get(self.store.as_ref(), &pending.account_id).await?;
        Ok(account.map(|a| (pending, a)))
    }

    /// Sets a new password from a reset link, ends every session and lifts a lockout.
    pub async fn reset_password(
        &self,
        token: &str,
        password: &str,
        confirm: &str,
        ip: &str,
    ) -> Result<SetPasswordOutcome, Error> {
        // The link and its account are read once, for both questions: is this a retry of
        // this link's reset, or is the link live for the account as it is?
        let Some((pending, account)) = self.reset_link_and_account(token).await? else {
            return Ok(SetPasswordOutcome::LinkInvalid);
        };
        if self
            .reset_already_done(&pending, &account, token, password, ip)
            .await?
        {
            self.after_reset(&account, ip, false).await?;
            return Ok(SetPasswordOutcome::Done(Box::new(account)));
        }
        if account.link_epoch != pending.epoch || account.email != pending.email {
            return Ok(SetPasswordOutcome::LinkInvalid);
        }
        let names = [account.first_name.as_str(), account.last_name.as_str()];
        let hash = match self
            .new_password_hash(password, confirm, &account.email, &names)
            .await?
        {
            Ok(hash) => hash,
            Err(errors) => return Ok(SetPasswordOutcome::Invalid(errors)),
        };
        // The new password, and the epoch bump that kills this link and every other
        // outstanding one, in one write; the epoch is checked again in it, so a change that
        // landed while the password was hashed (an e-mail change, "Secure my account")
        // wins. Consuming the link after is only tidying up.
        let epoch = pending.epoch;
        let link = token_hash(token);
        let Some(account) = accounts::update(self.store.as_ref(), &account.id, |a| {
            if a.link_epoch == epoch {
                a.password_hash = Some(hash.clone());
                a.link_epoch = a.link_epoch.wrapping_add(1);
                a.reset_by = Some(link.clone());
            }
        })
        .await?
        .filter(|a| a.password_hash.as_deref() == Some(hash.as_str())) else {
            return Ok(SetPasswordOutcome::LinkInvalid);
        };
        self.consume_link(Purpose::ResetPassword, token).await;
        self.after_reset(&account, ip, true).await?;
        Ok(SetPasswordOutcome::Done(Box::new(account)))
    }

    /// Whether this is a retry of a reset that was done (its answer lost): the link's
    /// account has this link's password, nothing happened since (no other reset, e-mail
    /// change or PANIC), and `password` is it.
    async fn reset_already_done(
        &self,
        pending: &PendingReset,
        account: &Account,
        token: &str,
        password: &str,
        ip: &str,
    ) -> Result<bool, Error> {
        let this_reset = account.reset_by.as_deref() == Some(token_hash(token).as_str())
            && account.link_epoch == pending.epoch.wrapping_add(1)
            && account.email == pending.email;
        // The password is checked under the sign-in lock: a live link is no free oracle.
        Ok(this_reset && self.current_password_matches(account, password, ip).await?)
    }

    /// What a reset implies, each step idempotent (a retry repeats them): every session
    /// and grant ends, second-factor counts and the lock are forgotten; the first time,
    /// the owner is told and it is recorded.
    async fn after_reset(&self, account: &Account, ip: &str, first: bool) -> Result<(), Error> {
        self.forget_factor_attempts(&account.id).await?;
        self.end_sessions(&account.id, None).await?;
        let subject = token_hash(&account.email);
        self.store.delete(&keys::login_lock(&subject)).await?;
        throttle::login_success(&subject)
            .now(self.store.as_ref())
            .await?;
        if first {
            let when = format_utc(self.now());
            self.mail_account(account, MailKind::PasswordChanged, &[("when", &when)]);
            crate::audit::record(
                self.store.as_ref(),
                &account.id,
                self.now(),
                crate::audit::Line::new("password-history-reset"),
                ip,
            )
            .await?;
        }
        Ok(())
    }

    /// A single-use link that sets a new password for `account`.
    pub(crate) async fn reset_link(
        &self,
        account: &Account,
        lifetime: Duration,
    ) -> Result<String, Error> {
        let pending = PendingReset {
            account_id: account.id.clone(),
            email: account.email.clone(),
            epoch: account.link_epoch,
        };
        let token = links::issue(
            self.store.as_ref(),
            Purpose::ResetPassword,
            &pending,
            self.now(),
            lifetime,
        )
        .await?;
        Ok(self.url(&format!("/password/reset?token={token}")))
    }
}
