//! Personal data and the e-mail address.

use crate::accounts::{self, Account};
use crate::audit::{Line, Placeholder};
use crate::error::Error;
use crate::provider::Provider;
use crate::sessions::Session;
use crate::store::keys;
use crate::throttle;

#[derive(Debug, PartialEq, Eq)]
pub enum DetailsOutcome {
    Saved,
    /// A link went to the new address.
    EmailLinkSent(String),
    EmailChanged(String),
    Invalid(String),
    WrongPassword,
    SecondFactorNeeded,
    /// Refused for the hold, or for a session that proved only a recovery code: why.
    Refused(String),
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
            return Ok(DetailsOutcome::Invalid(ern_i18n::tr!(
                "account-details-name-length"
            )));
        };
        if !crate::notify::i18n::is_language(language) {
            return Ok(DetailsOutcome::Invalid(ern_i18n::tr!(
                "account-details-choose-language"
            )));
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
    /// factor other than a recovery code when one exists, and no hold) is needed, since the
    /// address can reset the password.
    pub async fn request_email_change(
        &self,
        account: &Account,
        session: &Session,
        new_email: &str,
        password: &str,
        ip: &str,
    ) -> Result<DetailsOutcome, Error> {
        let Some(new_email) = crate::accounts::normalize_email(new_email) else {
            return Ok(DetailsOutcome::Invalid(ern_i18n::tr!(
                "account-details-email-invalid"
            )));
        };
        if new_email == account.email {
            return Ok(DetailsOutcome::Invalid(ern_i18n::tr!(
                "account-details-email-same"
            )));
        }
        if !self.current_password_matches(account, password, ip).await? {
            return Ok(DetailsOutcome::WrongPassword);
        }
        match self.refuse_weakening(account, session) {
            Some(crate::factors::FactorOutcome::Refused(reason)) => {
                return Ok(DetailsOutcome::Refused(reason));
            }
            Some(_) => return Ok(DetailsOutcome::SecondFactorNeeded),
            None => {}
        }
        if !throttle::allow_mail(
            self.store.as_ref(),
            &self.config,
            &crate::secrets::token_hash(&new_email),
            ip,
        )
        .await?
        {
            return Ok(DetailsOutcome::Invalid(ern_i18n::tr!(
                "account-details-too-many-mails"
            )));
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
        self.mail_account_at(
            account,
            &new_email,
            crate::notify::MailKind::ConfirmEmailChange,
            &[("new_email", &new_email), ("link", &link)],
        );
        let what =
            Line::new("history-email-change-requested").with(Placeholder::Email, &*new_email);
        self.security_event(account, what, ip).await?;
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
            return Ok(DetailsOutcome::Invalid(ern_i18n::tr!(
                "account-details-email-taken"
            )));
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
        self.mail_account(
            &account,
            crate::notify::MailKind::EmailChanged,
            &[("old_email", &old), ("new_email", &new)],
        );
        let moved = accounts::get(store, &account.id).await?.unwrap_or(account);
        let what = Line::new("history-email-changed")
            .with(Placeholder::Old, old)
            .with(Placeholder::New, new.clone());
        self.security_event(&moved, what, ip).await?;
        Ok(DetailsOutcome::EmailChanged(new))
    }
}
