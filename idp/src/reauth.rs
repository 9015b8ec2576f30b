//! Asking for the password again before a sensitive change (PANIC, a new password or
//! e-mail address, deleting the account). These checks count against the same limits as
//! signing in: someone holding only a session cookie cannot guess the password here
//! without the lock that would stop them at the sign-in page.

use crate::accounts::Account;
use crate::accounts::password::Verified;
use crate::error::Error;
use crate::provider::Provider;
use crate::secrets::token_hash;
use crate::throttle::{self, AfterFailure, Cleared, Refusal};

/// A password checked under the sign-in attempt limits.
pub(crate) enum PasswordCheck {
    /// Right; the failures counted against the subject are still to be cleared, now or
    /// with the writes that follow (a sign-in's session: one commit).
    Right(Verified, Cleared),
    /// Wrong; counted (the attempt may have locked the subject).
    Wrong(AfterFailure),
    /// Not even checked: locked, slowed down, or too many attempts at once.
    Refused(Refusal),
}

impl Provider {
    /// Checks `password` against `stored` (a dummy hash when `None`, so unknown accounts
    /// cost the same) for `subject`, the attempt reserved before hashing and the outcome
    /// counted: one rule for the sign-in page and for every password asked again.
    pub(crate) async fn check_password(
        &self,
        subject: &str,
        stored: Option<&str>,
        password: &str,
        ip: &str,
    ) -> Result<PasswordCheck, Error> {
        let store = self.store.as_ref();
        let now = self.now();
        let attempt = match throttle::check_login(store, &self.config, now, subject).await? {
            Ok(attempt) => attempt,
            Err(refusal) => return Ok(PasswordCheck::Refused(refusal)),
        };
        let verified = self.hasher.verify(stored, password).await?;
        if verified == Verified::No {
            let after =
                throttle::record_login_failure(store, &self.config, now, subject, ip, attempt)
                    .await?;
            return Ok(PasswordCheck::Wrong(after));
        }
        Ok(PasswordCheck::Right(
            verified,
            throttle::login_success(subject),
        ))
    }

    /// Whether `password` is the account's, under the sign-in attempt limits (a refused
    /// attempt is a wrong one, and is not even checked).
    pub async fn current_password_matches(
        &self,
        account: &Account,
        password: &str,
        ip: &str,
    ) -> Result<bool, Error> {
        let subject = token_hash(&account.email);
        let stored = account.password_hash.as_deref();
        match self.check_password(&subject, stored, password, ip).await? {
            PasswordCheck::Right(_, cleared) => {
                cleared.now(self.store.as_ref()).await?;
                Ok(true)
            }
            PasswordCheck::Wrong(_) | PasswordCheck::Refused(_) => Ok(false),
        }
    }
}
