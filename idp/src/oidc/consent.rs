//! Consent: what a person allowed each application, remembered per account (never on a
//! request), listed in My account, withdrawn there; and offline access taken back.

use super::OAuthError;
use super::authorize::{AuthorizeError, ClientRedirect, PendingAuthorization, error_redirect};
use super::grants::Revoke;
use crate::clients::{self, Client};
use crate::error::Error;
use crate::provider::Provider;
use crate::store::keys;

impl Provider {
    /// "Cancel" on a step-up the person cannot make (no method of theirs reaches the level
    /// the application asks for): the request ends, and the application hears why
    /// (`unmet_authentication_requirements`, OpenID Connect Core 3.1.2.6), with its state.
    pub async fn cancel_authorization(
        &self,
        pending: &PendingAuthorization,
    ) -> Result<ClientRedirect, Error> {
        self.store
            .delete(&keys::pending_authorization(&pending.id))
            .await?;
        let error = OAuthError::new(
            "unmet_authentication_requirements",
            format!(
                "the user cannot reach the authentication level {}",
                pending.required_acr.name()
            ),
        );
        match error_redirect(
            (
                &pending.redirect_uri,
                pending.response_mode,
                pending.state.as_deref(),
            ),
            &self.config.issuer,
            error,
        ) {
            AuthorizeError::Redirect(redirect) => Ok(redirect),
            AuthorizeError::Page(_) => Err(Error::Internal("no redirect for a cancel".into())),
        }
    }

    pub(super) async fn has_consent(
        &self,
        account_id: &str,
        client_id: &str,
        scopes: &[String],
    ) -> Result<bool, Error> {
        let Some(bytes) = self
            .store
            .get(&keys::consent(account_id, client_id))
            .await?
        else {
            return Ok(false);
        };
        let granted: Vec<String> = serde_json::from_slice(&bytes).unwrap_or_default();
        Ok(scopes.iter().all(|s| granted.contains(s)))
    }

    pub(super) async fn grant_consent(
        &self,
        account_id: &str,
        client_id: &str,
        scopes: &[String],
    ) -> Result<(), Error> {
        let key = keys::consent(account_id, client_id);
        let mut granted: Vec<String> = match self.store.get(&key).await? {
            Some(bytes) => serde_json::from_slice(&bytes).unwrap_or_default(),
            None => Vec::new(),
        };
        for scope in scopes {
            if !granted.contains(scope) {
                granted.push(scope.clone());
            }
        }
        let bytes = serde_json::to_vec(&granted).map_err(|e| Error::Internal(e.to_string()))?;
        self.store.put(&key, &bytes, None).await?;
        self.store
            .set_add(&keys::account_consents(account_id), client_id)
            .await?;
        Ok(())
    }

    /// Applications the account has allowed, with the scopes allowed.
    pub async fn consents(&self, account_id: &str) -> Result<Vec<(Client, Vec<String>)>, Error> {
        let mut list = Vec::new();
        for client_id in self
            .store
            .set_members(&keys::account_consents(account_id))
            .await?
        {
            let Some(bytes) = self
                .store
                .get(&keys::consent(account_id, &client_id))
                .await?
            else {
                continue;
            };
            if let Some(client) = clients::get(self.store.as_ref(), &client_id).await? {
                list.push((client, serde_json::from_slice(&bytes).unwrap_or_default()));
            }
        }
        list.sort_by(|a, b| a.0.name.cmp(&b.0.name));
        Ok(list)
    }

    /// "Revoke offline access": the application's tokens die and its consent loses
    /// `offline_access`, so it must ask the person again for it.
    pub async fn revoke_offline_access(
        &self,
        account_id: &str,
        client_id: &str,
    ) -> Result<(), Error> {
        self.revoke_grants(account_id, Revoke::Client(client_id))
            .await?;
        let key = keys::consent(account_id, client_id);
        if let Some(bytes) = self.store.get(&key).await? {
            let mut granted: Vec<String> = serde_json::from_slice(&bytes).unwrap_or_default();
            granted.retain(|s| s != "offline_access");
            let bytes = serde_json::to_vec(&granted).map_err(|e| Error::Internal(e.to_string()))?;
            self.store.put(&key, &bytes, None).await?;
        }
        Ok(())
    }

    /// Withdraws a consent: the application must ask again next time, and every token it
    /// holds for the account (offline access included) is revoked.
    pub async fn withdraw_consent(&self, account_id: &str, client_id: &str) -> Result<(), Error> {
        self.revoke_grants(account_id, Revoke::Client(client_id))
            .await?;
        self.store
            .delete(&keys::consent(account_id, client_id))
            .await?;
        self.store
            .set_remove(&keys::account_consents(account_id), client_id)
            .await?;
        Ok(())
    }
}
