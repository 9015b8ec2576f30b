//! OpenID Provider metadata (Discovery 1.0): only what is really supported.

use serde_json::{Value, json};

use super::SUPPORTED_SCOPES;
use crate::jwt::ClientAlg;
use crate::keys::Alg;
use crate::provider::Provider;

impl Provider {
    /// The document as served (bytes, entity tag), made once.
    pub fn discovery_bytes(&self) -> std::sync::Arc<(Vec<u8>, String)> {
        self.discovery
            .get_or_init(|| {
                let body = serde_json::to_vec(&self.discovery_document()).unwrap_or_default();
                let tag = crate::secrets::b64(&crate::secrets::sha256(&body));
                std::sync::Arc::new((body, format!("\"{}\"", &tag[..22])))
            })
            .clone()
    }

    pub fn discovery_document(&self) -> Value {
        let issuer = &self.config.issuer;
        let auth_methods = [
            "client_secret_basic",
            "client_secret_post",
            "private_key_jwt",
            "none",
        ];
        let client_algs = ClientAlg::names(&ClientAlg::ALL);
        json!({
            "issuer": issuer,
            "authorization_endpoint": format!("{issuer}/authorize"),
            "token_endpoint": format!("{issuer}/token"),
            "userinfo_endpoint": format!("{issuer}/userinfo"),
            "jwks_uri": format!("{issuer}/jwks"),
            "revocation_endpoint": format!("{issuer}/revoke"),
            "introspection_endpoint": format!("{issuer}/introspect"),
            "end_session_endpoint": format!("{issuer}/logout"),
            "pushed_authorization_request_endpoint": format!("{issuer}/par"),
            "require_pushed_authorization_requests": false,
            "scopes_supported": SUPPORTED_SCOPES,
            "response_types_supported": ["code"],
            "response_modes_supported": ["query", "form_post"],
            "grant_types_supported": ["authorization_code", "refresh_token", "client_credentials"],
            "subject_types_supported": ["public", "pairwise"],
            "id_token_signing_alg_values_supported": Alg::ALL.iter().map(|a| a.name()).collect::<Vec<_>>(),
            "token_endpoint_auth_methods_supported": auth_methods,
            "revocation_endpoint_auth_methods_supported": auth_methods,
            "introspection_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "private_key_jwt"],
            "token_endpoint_auth_signing_alg_values_supported": client_algs,
            "revocation_endpoint_auth_signing_alg_values_supported": client_algs,
            "introspection_endpoint_auth_signing_alg_values_supported": client_algs,
            "dpop_signing_alg_values_supported": client_algs,
            "request_object_signing_alg_values_supported": client_algs,
            "code_challenge_methods_supported": ["S256"],
            "acr_values_supported": ["low", "substantial", "high"],
            "prompt_values_supported": ["none", "login", "consent", "select_account"],
            "claims_supported": [
                "sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "acr", "amr", "azp", "sid",
                "name", "given_name", "family_name", "locale", "email", "email_verified", "roles",
                "phone_number", "phone_number_verified"
            ],
            "claim_types_supported": ["normal"],
            "claims_parameter_supported": false,
            "request_parameter_supported": true,
            "request_uri_parameter_supported": false,
            "authorization_response_iss_parameter_supported": true,
            "backchannel_logout_supported": true,
            "backchannel_logout_session_supported": true,
            "frontchannel_logout_supported": false,
            "ui_locales_supported": ern_i18n::LANGUAGES.iter().map(|(code, _)| *code).collect::<Vec<_>>(),
        })
    }
}
