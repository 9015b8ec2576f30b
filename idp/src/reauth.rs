//! Asking for the password again before a sensitive change (PANIC, a new password or
//! e-mail address, deleting the account). These checks count against the same limits as
//! signing in: someone holding only a session cookie cannot guess the password here
//! without the lock that would stop them at the sign-in page.

use crate::accounts::Account;
use crate::accounts::password::Verified;
use crate::error::Error;
use crate::provider::Provider;
use crate::secrets::token_hash;
use crate::throttle;

impl Provider {
    /// Whether `password` is the account's, under the sign-in attempt limits (a refused
    /// attempt is a wrong one, and is not even checked).
    pub async fn current_password_matches(
        &self,
        account: &Account,
        password: &str,
        ip: &str,
    ) -> Result<bool, Error> {
        let store = self.store.as_ref();
        let subject = token_hash(&account.email);
        let now = self.now();
        let Ok(attempt) = throttle::check_login(store, &self.config, now, &subject).await? else {
            return Ok(false);
        };
        let verified = self
            .hasher
            .verify(account.password_hash.as_deref(), password)
            .await?;
        if verified == Verified::No {
            throttle::record_login_failure(store, &self.config, now, &subject, ip, attempt).await?;
            return Ok(false);
        }
        throttle::record_login_success(store, &subject).await?;
        Ok(true)
    }
}
