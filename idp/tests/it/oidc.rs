//! OpenID Connect with a real client library as the relying party: the happy path and
//! the attacks (code replay, redirect tampering, PKCE, client mix-up, tampered and expired
//! tokens, alg=none, refresh-token reuse).

use openidconnect::core::{CoreIdTokenVerifier, CoreJwsSigningAlgorithm, CoreUserInfoClaims};
use openidconnect::{
    AccessToken, AccessTokenHash, AuthorizationCode, OAuth2TokenResponse, RefreshToken,
    TokenIntrospectionResponse, TokenResponse,
};
use serde_json::Value;

use crate::app::{Backend, TestApp, register_through_pages, spawn_app};
use crate::rp::{PASSWORD, REDIRECT, follow, http, query_param, register, start};

crate::on_both_backends!(
    discovery_describes_what_is_supported,
    code_flow_with_pkce_id_token_userinfo_refresh_revoke_introspect,
    a_replayed_code_fails_and_revokes_what_it_issued,
    a_reused_refresh_token_kills_its_family,
);

/// RFC 7009 revocation. (The oauth2 crate refuses revocation over plain http, which is
/// all a loopback test has, so this request is made directly.)
async fn revoke(app: &TestApp, client_id: &str, secret: &str, token: &str) {
    let response = reqwest::Client::new()
        .post(format!("{}/revoke", app.base))
        .basic_auth(client_id, Some(secret))
        .form(&[("token", token)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}

async fn userinfo_works(rp: &crate::rp::OidcClient, token: &AccessToken) -> bool {
    let answer: Result<CoreUserInfoClaims, _> = rp
        .user_info(token.clone(), None)
        .unwrap()
        .request_async(&http())
        .await;
    answer.is_ok()
}

async fn signed_up(backend: Backend, email: &str) -> TestApp {
    let app = spawn_app(backend).await;
    register_through_pages(&app, email, PASSWORD).await;
    app
}

async fn discovery_describes_what_is_supported(backend: Backend) {
    let app = spawn_app(backend).await;
    let doc: Value = reqwest::get(format!("{}/.well-known/openid-configuration", app.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(doc["issuer"], app.base);
    assert_eq!(doc["response_types_supported"], serde_json::json!(["code"]));
    assert_eq!(
        doc["code_challenge_methods_supported"],
        serde_json::json!(["S256"])
    );
    assert_eq!(doc["authorization_response_iss_parameter_supported"], true);
    let locales: Vec<&str> = doc["ui_locales_supported"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(locales.len(), 24, "the 24 languages: {locales:?}");
    for code in ["bg", "de", "en", "fr", "ga", "mt", "sv"] {
        assert!(locales.contains(&code), "{code} in {locales:?}");
    }
    assert!(
        doc["claims_supported"]
            .as_array()
            .unwrap()
            .contains(&Value::from("locale"))
    );
    let jwks: Value = reqwest::get(doc["jwks_uri"].as_str().unwrap())
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(jwks["keys"].as_array().is_some(), "{jwks}");
}

async fn code_flow_with_pkce_id_token_userinfo_refresh_revoke_introspect(backend: Backend) {
    let app = signed_up(backend, "hp@uni-tuebingen.de").await;
    let (rp, client, secret) = register(&app, |_| {}).await;
    let browser = app.browser();
    let started = start(&rp, &["email", "profile"], None);
    let back = follow(&browser, &started.url, "hp@uni-tuebingen.de", PASSWORD).await;
    assert_eq!(
        query_param(&back, "state").as_deref(),
        Some(started.state.secret().as_str())
    );
    assert_eq!(
        query_param(&back, "iss").as_deref(),
        Some(app.base.as_str()),
        "RFC 9207 iss"
    );
    let code = query_param(&back, "code").expect("a code");

    let tokens = rp
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .expect("token exchange");
    let id_token = tokens.id_token().expect("an ID token");
    let verifier = rp.id_token_verifier();
    let claims = id_token
        .claims(&verifier, &started.nonce)
        .expect("ID token verifies: signature, iss, aud, nonce, exp");
    assert_eq!(
        claims.email().map(|e| e.as_str()),
        Some("hp@uni-tuebingen.de")
    );
    assert_eq!(claims.email_verified(), Some(true));
    assert!(
        !claims.subject().as_str().contains('@'),
        "sub is never the e-mail"
    );
    assert_eq!(claims.auth_context_ref().map(|a| a.as_str()), Some("low"));
    assert_eq!(
        claims
            .auth_method_refs()
            .map(|m| m.iter().map(|a| a.as_str().to_owned()).collect::<Vec<_>>()),
        Some(vec!["pwd".to_owned()])
    );
    let expected_hash = claims.access_token_hash().expect("at_hash");
    let actual = AccessTokenHash::from_token(
        tokens.access_token(),
        id_token.signing_alg().unwrap(),
        id_token.signing_key(&verifier).unwrap(),
    )
    .unwrap();
    assert_eq!(&actual, expected_hash);

    // The access token is an RFC 9068 JWT.
    let header: Value = serde_json::from_slice(
        &idp::secrets::from_b64(tokens.access_token().secret().split('.').next().unwrap()).unwrap(),
    )
    .unwrap();
    assert_eq!(header["typ"], "at+jwt");

    let userinfo: CoreUserInfoClaims = rp
        .user_info(
            tokens.access_token().clone(),
            Some(claims.subject().clone()),
        )
        .unwrap()
        .request_async(&http())
        .await
        .expect("userinfo");
    assert_eq!(
        userinfo.email().map(|e| e.as_str()),
        Some("hp@uni-tuebingen.de")
    );
    assert!(userinfo.name().is_some());

    // Refresh rotates the refresh token.
    let refresh = tokens.refresh_token().expect("a refresh token").clone();
    let refreshed = rp
        .exchange_refresh_token(&refresh)
        .unwrap()
        .request_async(&http())
        .await
        .expect("refresh");
    let new_refresh = refreshed.refresh_token().unwrap().clone();
    assert_ne!(new_refresh.secret(), refresh.secret());

    let introspection = rp
        .introspect(refreshed.access_token())
        .request_async(&http())
        .await
        .unwrap();
    assert!(introspection.active());
    assert_eq!(
        introspection.client_id().map(|c| c.as_str()),
        Some(client.id.as_str())
    );
    // The refresh token just used is kept on record (to tell a retry from a replay) but is
    // no longer active; its successor is.
    for (token, active) in [(&refresh, false), (&new_refresh, true)] {
        let introspection = rp
            .introspect(&openidconnect::AccessToken::new(token.secret().clone()))
            .request_async(&http())
            .await
            .unwrap();
        assert_eq!(introspection.active(), active);
    }

    revoke(
        &app,
        &client.id,
        secret.as_deref().unwrap(),
        refreshed.access_token().secret(),
    )
    .await;
    assert!(
        !userinfo_works(&rp, refreshed.access_token()).await,
        "a revoked access token no longer opens userinfo"
    );
    let introspection = rp
        .introspect(refreshed.access_token())
        .request_async(&http())
        .await
        .unwrap();
    assert!(!introspection.active());

    revoke(
        &app,
        &client.id,
        secret.as_deref().unwrap(),
        new_refresh.secret(),
    )
    .await;
    assert!(
        rp.exchange_refresh_token(&new_refresh)
            .unwrap()
            .request_async(&http())
            .await
            .is_err(),
        "revoked refresh token"
    );
}

pub(crate) async fn a_replayed_code_fails_and_revokes_what_it_issued(backend: Backend) {
    let app = signed_up(backend, "replay@example.eu").await;
    let (rp, _, _) = register(&app, |_| {}).await;
    let started = start(&rp, &[], None);
    let back = follow(&app.browser(), &started.url, "replay@example.eu", PASSWORD).await;
    let code = query_param(&back, "code").unwrap();
    let verifier = started.verifier.secret().clone();
    let first = rp
        .exchange_code(AuthorizationCode::new(code.clone()))
        .unwrap()
        .set_pkce_verifier(openidconnect::PkceCodeVerifier::new(verifier.clone()))
        .request_async(&http())
        .await
        .unwrap();
    // Past the grace in which the same client may retry after a lost answer.
    app.clock.advance(idp::oidc::token::RETRY_GRACE_SECONDS + 1);
    let second = rp
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(openidconnect::PkceCodeVerifier::new(verifier))
        .request_async(&http())
        .await;
    assert!(
        format!("{second:?}").contains("invalid_grant"),
        "{second:?}"
    );
    assert!(
        !userinfo_works(&rp, first.access_token()).await,
        "first access token revoked"
    );
    let refresh = first.refresh_token().unwrap();
    assert!(
        rp.exchange_refresh_token(refresh)
            .unwrap()
            .request_async(&http())
            .await
            .is_err(),
        "first refresh token revoked"
    );
}

pub(crate) async fn a_reused_refresh_token_kills_its_family(backend: Backend) {
    let app = signed_up(backend, "family@example.eu").await;
    let (rp, _, _) = register(&app, |_| {}).await;
    let started = start(&rp, &[], None);
    let back = follow(&app.browser(), &started.url, "family@example.eu", PASSWORD).await;
    let tokens = rp
        .exchange_code(AuthorizationCode::new(query_param(&back, "code").unwrap()))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .unwrap();
    let old: RefreshToken = tokens.refresh_token().unwrap().clone();
    let rotated = rp
        .exchange_refresh_token(&old)
        .unwrap()
        .request_async(&http())
        .await
        .unwrap();
    let new = rotated.refresh_token().unwrap().clone();
    // An attacker replays the old token once the grace for retries is over: refused, and
    // the legitimate new one dies with it.
    app.clock.advance(idp::oidc::token::RETRY_GRACE_SECONDS + 1);
    let replay = rp
        .exchange_refresh_token(&old)
        .unwrap()
        .request_async(&http())
        .await;
    assert!(format!("{replay:?}").contains("invalid_grant"));
    assert!(
        rp.exchange_refresh_token(&new)
            .unwrap()
            .request_async(&http())
            .await
            .is_err(),
        "family revoked"
    );
}

// ---- attacks, on the embedded store ----

async fn token_request(
    app: &TestApp,
    fields: &[(&str, &str)],
    basic: Option<(&str, &str)>,
) -> (u16, Value) {
    let mut request = reqwest::Client::new()
        .post(format!("{}/token", app.base))
        .form(fields);
    if let Some((id, secret)) = basic {
        request = request.basic_auth(id, Some(secret));
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redirect_uri_tampering_never_redirects_and_never_redeems() {
    let app = signed_up(Backend::Embedded, "tamper@example.eu").await;
    let (rp, client, secret) = register(&app, |_| {}).await;
    let started = start(&rp, &[], None);
    let evil = started
        .url
        .replace("127.0.0.1%3A9%2Fcallback", "evil.example%2Fcallback");
    assert_ne!(evil, started.url);
    let page = app.browser().get(&evil).await;
    assert_eq!(page.status, 400);
    assert!(
        page.location().is_empty(),
        "an unregistered redirect_uri gets a page, never a redirect"
    );
    let unknown = app
        .browser()
        .get(&started.url.replace(&client.id, "no-such-client"))
        .await;
    assert_eq!(unknown.status, 400);
    assert!(unknown.location().is_empty());

    let back = follow(&app.browser(), &started.url, "tamper@example.eu", PASSWORD).await;
    let code = query_param(&back, "code").unwrap();
    let (status, body) = token_request(
        &app,
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", "http://127.0.0.1:9/other"),
            ("code_verifier", started.verifier.secret()),
        ],
        Some((&client.id, secret.as_deref().unwrap())),
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_grant"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pkce_is_enforced() {
    let app = signed_up(Backend::Embedded, "pkce@example.eu").await;
    let (rp, client, secret) = register(&app, |_| {}).await;
    let basic = Some((client.id.as_str(), secret.as_deref().unwrap()));
    for verifier in [
        None,
        Some("wrong-verifier-wrong-verifier-wrong-verifier-00"),
    ] {
        let started = start(&rp, &[], None);
        let back = follow(&app.browser(), &started.url, "pkce@example.eu", PASSWORD).await;
        let code = query_param(&back, "code").unwrap();
        let mut fields = vec![
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", REDIRECT),
        ];
        if let Some(v) = verifier {
            fields.push(("code_verifier", v));
        }
        let (status, body) = token_request(&app, &fields, basic).await;
        assert_eq!(
            (status, body["error"].as_str()),
            (400, Some("invalid_grant")),
            "{verifier:?}"
        );
    }
    // A public client without code_challenge is sent back an error.
    let (public_rp, public, _) = register(&app, |c| c.public = true).await;
    let url = start(&public_rp, &[], None).url;
    let without = url
        .split('&')
        .filter(|p| !p.starts_with("code_challenge"))
        .collect::<Vec<_>>()
        .join("&");
    let page = app.browser().get(&without).await;
    assert_eq!(
        query_param(page.location(), "error").as_deref(),
        Some("invalid_request")
    );
    let plain = url.replace("code_challenge_method=S256", "code_challenge_method=plain");
    let page = app.browser().get(&plain).await;
    assert_eq!(
        query_param(page.location(), "error").as_deref(),
        Some("invalid_request")
    );
    let _ = public;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_code_or_token_of_one_client_is_useless_to_another() {
    let app = signed_up(Backend::Embedded, "mixup@example.eu").await;
    let (rp_a, _, _) = register(&app, |_| {}).await;
    let (_, b, b_secret) = register(&app, |_| {}).await;
    let started = start(&rp_a, &[], None);
    let back = follow(&app.browser(), &started.url, "mixup@example.eu", PASSWORD).await;
    let code = query_param(&back, "code").unwrap();
    let (status, body) = token_request(
        &app,
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", started.verifier.secret()),
        ],
        Some((&b.id, b_secret.as_deref().unwrap())),
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    let (status, body) = token_request(
        &app,
        &[("grant_type", "authorization_code"), ("code", "x")],
        Some((&b.id, "wrong-secret")),
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (401, Some("invalid_client"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tampered_expired_and_unsigned_tokens_are_refused() {
    let app = signed_up(Backend::Embedded, "forge@example.eu").await;
    let (rp, _, _) = register(&app, |_| {}).await;
    let started = start(&rp, &["email"], None);
    let back = follow(&app.browser(), &started.url, "forge@example.eu", PASSWORD).await;
    let tokens = rp
        .exchange_code(AuthorizationCode::new(query_param(&back, "code").unwrap()))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .unwrap();
    let access = tokens.access_token().secret().clone();
    let parts: Vec<&str> = access.split('.').collect();
    let mut claims: Value =
        serde_json::from_slice(&idp::secrets::from_b64(parts[1]).unwrap()).unwrap();
    claims["sub"] = "someone-else".into();
    let forged_payload = idp::secrets::b64(&serde_json::to_vec(&claims).unwrap());
    let tampered = format!("{}.{}.{}", parts[0], forged_payload, parts[2]);
    let none_header = idp::secrets::b64(br#"{"alg":"none","typ":"at+jwt"}"#);
    let unsigned = format!("{none_header}.{forged_payload}.");
    // The genuine token first: its signature is remembered as checked (the cache keyed by
    // the whole token), which must not help any altered copy, nor outlive its expiry.
    assert!(userinfo_works(&rp, tokens.access_token()).await);
    let mut flipped = access.clone().into_bytes();
    let last = flipped.len() - 2;
    flipped[last] = if flipped[last] == b'A' { b'B' } else { b'A' };
    let flipped = String::from_utf8(flipped).unwrap();
    for token in [tampered, unsigned, flipped, "not-a-jwt".to_owned()] {
        assert!(
            !userinfo_works(&rp, &AccessToken::new(token.clone())).await,
            "{token:.30}"
        );
    }
    let id_token = tokens.id_token().unwrap().to_string();
    let id_parts: Vec<&str> = id_token.split('.').collect();
    let forged_id: openidconnect::core::CoreIdToken = serde_json::from_value(Value::String(
        format!("{}.{}.{}", id_parts[0], forged_payload, id_parts[2]),
    ))
    .unwrap();
    assert!(
        forged_id
            .claims(&rp.id_token_verifier(), &started.nonce)
            .is_err(),
        "tampered ID token"
    );
    assert!(
        tokens
            .id_token()
            .unwrap()
            .claims(
                &rp.id_token_verifier(),
                &openidconnect::Nonce::new("other".into())
            )
            .is_err(),
        "wrong nonce"
    );

    app.clock.advance(11 * 60);
    assert!(
        userinfo_works(&rp, tokens.access_token()).await.eq(&false),
        "expired access token (its signature checked before)"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn es256_and_eddsa_id_tokens_verify_with_the_client_library() {
    let app = signed_up(Backend::Embedded, "algs@example.eu").await;
    for (alg, core_alg) in [
        (
            idp::keys::Alg::ES256,
            CoreJwsSigningAlgorithm::EcdsaP256Sha256,
        ),
        (idp::keys::Alg::EdDSA, CoreJwsSigningAlgorithm::EdDsa),
    ] {
        let (rp, _, _) = register(&app, |c| c.signing_alg = Some(alg)).await;
        let started = start(&rp, &[], None);
        let back = follow(&app.browser(), &started.url, "algs@example.eu", PASSWORD).await;
        let tokens = rp
            .exchange_code(AuthorizationCode::new(query_param(&back, "code").unwrap()))
            .unwrap()
            .set_pkce_verifier(started.verifier)
            .request_async(&http())
            .await
            .unwrap();
        let verifier: CoreIdTokenVerifier = rp
            .id_token_verifier()
            .set_allowed_algs(vec![core_alg.clone()]);
        let id_token = tokens.id_token().unwrap();
        let claims = id_token
            .claims(&verifier, &started.nonce)
            .expect("verifies");
        let expected = claims.access_token_hash().unwrap();
        let actual = AccessTokenHash::from_token(
            tokens.access_token(),
            id_token.signing_alg().unwrap(),
            id_token.signing_key(&verifier).unwrap(),
        )
        .unwrap();
        assert_eq!(&actual, expected, "{alg:?} at_hash");
    }
}
