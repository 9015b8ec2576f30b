//! Unit tests of the authorization request's rules.

#![allow(clippy::unwrap_used)]
use super::*;

fn client(public: bool, min_acr: Acr) -> Client {
    Client {
        id: "c".into(),
        name: "C".into(),
        secret_hash: (!public).then(|| "x".into()),
        redirect_uris: vec!["https://c.example/cb".into()],
        post_logout_redirect_uris: vec![],
        backchannel_logout_uri: None,
        first_party: false,
        min_acr,
        signing_alg: crate::keys::Alg::RS256,
        pkce_optional: false,
        web_origins: vec![],
        require_par: false,
        client_credentials: false,
        service_scopes: vec![],
        jwks: None,
        jwks_uri: None,
        require_dpop: false,
        sector: None,
        fapi2: false,
    }
}

#[test]
fn pkce_is_required_for_public_clients_and_only_s256() {
    let mut request = AuthorizationRequest::default();
    assert_eq!(
        check_pkce(&client(true, Acr::Low), &request)
            .unwrap_err()
            .error,
        "invalid_request"
    );
    assert_eq!(
        check_pkce(&client(false, Acr::Low), &request)
            .unwrap_err()
            .error,
        "invalid_request",
        "confidential clients too, by default"
    );
    let optional = Client {
        pkce_optional: true,
        ..client(false, Acr::Low)
    };
    assert_eq!(check_pkce(&optional, &request), Ok(None));
    request.code_challenge = Some("a".repeat(43));
    assert!(
        check_pkce(&client(false, Acr::Low), &request).is_err(),
        "plain (no method) is refused"
    );
    request.code_challenge_method = Some("plain".into());
    assert!(check_pkce(&client(false, Acr::Low), &request).is_err());
    request.code_challenge_method = Some("S256".into());
    assert!(check_pkce(&client(true, Acr::Low), &request).is_ok());
    request.code_challenge = Some("short".into());
    assert!(check_pkce(&client(true, Acr::Low), &request).is_err());
}

#[test]
fn acr_is_never_below_the_clients_minimum() {
    let mut request = AuthorizationRequest::default();
    assert_eq!(
        required_acr(&client(false, Acr::Substantial), &request),
        Acr::Substantial
    );
    request.acr_values = Some("low".into());
    assert_eq!(
        required_acr(&client(false, Acr::Substantial), &request),
        Acr::Substantial
    );
    request.acr_values = Some("high substantial".into());
    assert_eq!(
        required_acr(&client(false, Acr::Low), &request),
        Acr::Substantial
    );
    request.acr_values = Some("urn:unknown".into());
    assert_eq!(required_acr(&client(false, Acr::Low), &request), Acr::Low);
}

#[test]
fn prompt_none_stands_alone() {
    let request = AuthorizationRequest {
        prompt: Some("none login".into()),
        ..Default::default()
    };
    assert!(check_prompt(&request).is_err());
    let request = AuthorizationRequest {
        prompt: Some("login consent".into()),
        ..Default::default()
    };
    let prompt = check_prompt(&request).unwrap();
    assert!(prompt.login && prompt.consent && !prompt.none);
}

#[test]
fn scope_needs_openid_and_drops_unknown_values() {
    let request = AuthorizationRequest {
        scope: Some("profile email".into()),
        ..Default::default()
    };
    assert_eq!(check_scope(&request).unwrap_err().error, "invalid_scope");
    let request = AuthorizationRequest {
        scope: Some("openid email weird".into()),
        ..Default::default()
    };
    assert_eq!(check_scope(&request).unwrap(), ["openid", "email"]);
}
