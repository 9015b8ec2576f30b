//! The client_credentials grant (RFC 6749 section 4.4): a service client registered with
//! `--client-credentials` gets an access token for itself, for the scopes registered for it
//! (`--service-scope`), never more. It acts for no person: no ID token, no refresh token,
//! `sub` is the client, and userinfo refuses the token (it has no `openid` scope). With a
//! DPoP proof the token is bound to its key (`cnf.jkt`, `token_type: DPoP`).

use serde_json::{Value, json};

use super::token::TokenRequest;
use super::{OAuthError, OidcError};
use crate::clients::Client;
use crate::provider::Provider;
use crate::secrets::random_token;

impl Provider {
    pub(super) async fn client_credentials(
        &self,
        client: &Client,
        request: &TokenRequest,
    ) -> Result<Value, OidcError> {
        if client.is_public() || !client.client_credentials {
            return Err(OAuthError::new(
                "unauthorized_client",
                "this client may not use client_credentials",
            )
            .into());
        }
        let scopes: Vec<String> = match &request.scope {
            Some(asked) => asked.split_whitespace().map(str::to_owned).collect(),
            None => client.service_scopes.clone(),
        };
        if scopes.iter().any(|s| !client.service_scopes.contains(s)) {
            return Err(OAuthError::new(
                "invalid_scope",
                "a scope not registered for this client was asked for",
            )
            .into());
        }
        let now = self.now();
        let lifetime = self.token_lifetime();
        let mut claims = json!({
            "iss": self.config.issuer,
            "sub": client.id,
            "aud": client.id,
            "client_id": client.id,
            "iat": now,
            "exp": now + lifetime,
            "jti": random_token(16),
            "scope": scopes.join(" "),
        });
        // With a proof (always, for a --require-dpop client: `token` refuses it without),
        // the token is bound to the proof's key (RFC 9449 5, 6.1), as for a person's.
        let jkt = request.dpop_jkt.as_deref();
        if let (Some(jkt), Some(map)) = (jkt, claims.as_object_mut()) {
            map.insert("cnf".into(), json!({ "jkt": jkt }));
        }
        let (kid, key) = self
            .keys
            .active(super::ACCESS_TOKEN_ALG, now)
            .await
            .map_err(crate::error::Error::from)?;
        let access_token = crate::jwt::sign(&key, super::ACCESS_TOKEN_ALG, &kid, "at+jwt", &claims)
            .map_err(|e| crate::error::Error::Internal(e.to_string()))?;
        Ok(json!({
            "access_token": access_token,
            "token_type": if jkt.is_some() { "DPoP" } else { "Bearer" },
            "expires_in": lifetime,
            "scope": scopes.join(" "),
        }))
    }
}
