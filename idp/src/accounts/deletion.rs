//! Deleting the account.

use crate::accounts::Account;
use crate::error::Error;
use crate::provider::Provider;
use crate::sessions::Session;
use crate::store::{Store, StoreError, due, keys};

#[derive(Debug, PartialEq, Eq)]
pub enum DeleteOutcome {
    Deleted,
    WrongPassword,
    SecondFactorNeeded,
    /// Refused for the hold, or for a session that proved only a recovery code: why.
    Refused(String),
}

impl Provider {
    /// Deletes the account after re-authentication (its password, and a recent second factor
    /// other than a recovery code when it has one; never while it is on hold), ending every
    /// session and removing every record that names it.
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
        match self.refuse_weakening(account, session) {
            Some(crate::factors::FactorOutcome::Refused(reason)) => {
                return Ok(DeleteOutcome::Refused(reason));
            }
            Some(_) => return Ok(DeleteOutcome::SecondFactorNeeded),
            None => {}
        }
        self.forget_activity(&account.id).await?;
        let store = self.store.as_ref();
        let email_hash = crate::secrets::token_hash(&account.email);
        for device in &account.devices {
            store.delete(&format!("device:{}", device.id)).await?;
        }
        for key in &account.security_keys {
            store.delete(&keys::webauthn_credential(&key.id)).await?;
        }
        if let Some(handle) = &account.webauthn_user {
            store.delete(&keys::webauthn_user(handle)).await?;
        }
        crate::access::forget_account(store, &account.id).await?;
        super::list::removed(store, account).await?;
        // The name or address may have changed since this request read the account.
        if let Some(now) = super::get(store, &account.id).await? {
            super::list::removed(store, &now).await?;
        }
        store
            .delete(&format!("account-app-requests:{}", account.id))
            .await?;
        for key in [
            keys::token_enrolment(&account.id),
            keys::sms_challenge("confirm", &account.id),
            keys::counter("sms-account", &account.id),
            keys::counter("otp-fail", &account.id),
            keys::counter("ocra-fail", &account.id),
            keys::counter("recovery-fail", &account.id),
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
        self.mail_account(account, crate::notify::MailKind::AccountDeleted, &[]);
        // A sign-in checked before the account was gone may have written its session (and,
        // signed in, consents) since the sweep above. It lists the session with the account
        // before it reads the account again (`Provider::confirm_session`): if that read
        // still found the account, this sweep finds the session. The account is gone
        // either way, so a fault here is logged, not shown.
        if let Err(e) = self.forget_activity(&account.id).await {
            tracing::warn!(account = %account.id, error = %e, "sweeping a deleted account again failed");
        }
        Ok(DeleteOutcome::Deleted)
    }

    /// Ends the account's sessions (and what applications were given) and removes its
    /// consents, its pairwise subjects and what signing in leaves under it.
    async fn forget_activity(&self, account_id: &str) -> Result<(), Error> {
        self.end_sessions(account_id, None).await?;
        let store = self.store.as_ref();
        due::clear(store, &keys::account_grants_due(account_id)).await?;
        let consents = keys::account_consents(account_id);
        for client_id in store.set_members(&consents).await? {
            store.delete(&keys::consent(account_id, &client_id)).await?;
            store.set_remove(&consents, &client_id).await?;
        }
        // The pairwise subjects naming the account (userinfo's lookup).
        let pairwise = keys::account_pairwise_subjects(account_id);
        for key in store.set_members(&pairwise).await? {
            store.delete(&key).await?;
            store.set_remove(&pairwise, &key).await?;
        }
        Ok(forget_sign_ins(store, account_id).await?)
    }
}

/// Removes what signing in leaves under an account: the browsers it knows, its security
/// history and its list of sessions. Also run when an account was deleted while one of its
/// sign-ins was being checked, whose session write brought them back.
pub(crate) async fn forget_sign_ins(store: &dyn Store, account_id: &str) -> Result<(), StoreError> {
    for set in [
        keys::known_browsers(account_id),
        format!("audit:{account_id}"),
        keys::account_sessions(account_id),
    ] {
        for member in store.set_members(&set).await? {
            store.set_remove(&set, &member).await?;
        }
    }
    due::clear(store, &keys::account_sessions_due(account_id)).await?;
    store.delete(&keys::browsers_seen(account_id)).await?;
    Ok(())
}
