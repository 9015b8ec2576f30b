//! RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0). The request is checked
//! and kept; the user confirms on our page (a GET alone never signs anyone out); then the
//! session ends, every relying party it signed in to is told over the back channel, and
//! the browser goes back to the exact `post_logout_redirect_uri` registered.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::clients::{self, Client};
use crate::error::Error;
use crate::jwt;
use crate::provider::Provider;
use crate::secrets::random_token;
use crate::sessions::Session;
use crate::store::keys;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LogoutRequest {
    pub id_token_hint: Option<String>,
    pub post_logout_redirect_uri: Option<String>,
    pub state: Option<String>,
    pub client_id: Option<String>,
    pub ui_locales: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PendingLogout {
    pub id: String,
    pub client_name: Option<String>,
    pub redirect: Option<String>,
    /// The `sid` of a valid `id_token_hint`: when it is the browser's own session, the
    /// application that holds that ID token asked, and no confirmation is needed. For a
    /// pairwise client it is that client's sid (see `hint_names_session`).
    #[serde(default)]
    pub hinted_sid: Option<String>,
    /// The sector of the pairwise client the hint was issued to, if it is one.
    #[serde(default)]
    pub hinted_sector: Option<String>,
}

const LOGOUT_REQUEST_LIFETIME: Duration = Duration::from_secs(10 * 60);

impl Provider {
    /// Validates a logout request; `Err` is a message for the user (never a redirect).
    pub async fn begin_logout(
        &self,
        request: &LogoutRequest,
    ) -> Result<Result<PendingLogout, String>, Error> {
        let mut hinted_sid = None;
        let hinted_client = match request.id_token_hint.as_deref() {
            Some(hint) => {
                match jwt::verify::<Value>(&self.keys, hint, "JWT", self.now(), true).await {
                    Ok(claims) => {
                        hinted_sid = claims.get("sid").and_then(Value::as_str).map(str::to_owned);
                        claims.get("aud").and_then(|a| match a {
                            Value::String(s) => Some(s.clone()),
                            Value::Array(list) => {
                                list.first().and_then(Value::as_str).map(str::to_owned)
                            }
                            _ => None,
                        })
                    }
                    Err(e @ jwt::JwtError::Unavailable(_)) => return Err(e.into()),
                    Err(_) => {
                        return Ok(Err(ern_i18n::tr!("oidc-logout-foreign-token")));
                    }
                }
            }
            None => None,
        };
        let client_id = match (&hinted_client, &request.client_id) {
            (Some(hinted), Some(given)) if hinted != given => {
                return Ok(Err(ern_i18n::tr!("oidc-logout-two-applications")));
            }
            (Some(id), _) | (None, Some(id)) => Some(id.clone()),
            (None, None) => None,
        };
        let client: Option<Client> = match &client_id {
            Some(id) => clients::get(self.store.as_ref(), id).await?,
            None => None,
        };
        let redirect = match (&request.post_logout_redirect_uri, &client) {
            (None, _) => None,
            (Some(uri), Some(client))
                if client.post_logout_redirect_uris.iter().any(|r| r == uri) =>
            {
                let mut url = uri.clone();
                if let Some(state) = &request.state {
                    url.push(if url.contains('?') { '&' } else { '?' });
                    url.push_str(&crate::web::encode_pair("state", state));
                }
                Some(url)
            }
            (Some(_), _) => {
                return Ok(Err(ern_i18n::tr!("oidc-logout-unregistered-address")));
            }
        };
        // The hint's audience is the client (two different ones were refused above).
        let hinted_sector = client
            .as_ref()
            .filter(|_| hinted_client.is_some())
            .and_then(|c| c.sector.clone());
        let pending = PendingLogout {
            id: random_token(24),
            client_name: client.map(|c| c.name),
            redirect,
            hinted_sid,
            hinted_sector,
        };
        let bytes = serde_json::to_vec(&pending).map_err(|e| Error::Internal(e.to_string()))?;
        self.store
            .put(
                &keys::logout_request(&pending.id),
                &bytes,
                Some(LOGOUT_REQUEST_LIFETIME),
            )
            .await?;
        Ok(Ok(pending))
    }

    /// Whether the request's `id_token_hint` was issued for `session`: its `sid` is the
    /// one its client sees for the session (a pairwise client sees a sid of its sector).
    pub fn hint_names_session(&self, pending: &PendingLogout, session: &Session) -> bool {
        let Some(hinted) = pending.hinted_sid.as_deref() else {
            return false;
        };
        let expected = match &pending.hinted_sector {
            None => session.sid.clone(),
            Some(sector) => super::pairwise_sid(self.secret(), sector, &session.sid),
        };
        !session.sid.is_empty()
            && crate::secrets::constant_time_eq(hinted.as_bytes(), expected.as_bytes())
    }

    /// Takes a pending logout request (once).
    pub async fn take_logout(&self, id: &str) -> Result<Option<PendingLogout>, Error> {
        if id.is_empty() || id.len() > 64 {
            return Ok(None);
        }
        Ok(self
            .store
            .take(&keys::logout_request(id))
            .await?
            .and_then(|b| serde_json::from_slice(&b).ok()))
    }
}
