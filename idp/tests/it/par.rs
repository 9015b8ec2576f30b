//! Pushed authorization requests (RFC 9126), over real HTTP: the client pushes, the
//! browser carries only the request_uri, the code is redeemed with the `openidconnect`
//! client; and the ways it must refuse.

use openidconnect::{AuthorizationCode, OAuth2TokenResponse};
use serde_json::Value;

use crate::app::{Backend, TestApp, spawn_app};
use crate::rp::{PASSWORD, REDIRECT, follow, http, query_param, register, start};

/// POSTs to /par as the confidential client `id`/`secret`; (status, JSON).
async fn push(app: &TestApp, id: &str, secret: &str, fields: &[(&str, &str)]) -> (u16, Value) {
    let response = reqwest::Client::new()
        .post(format!("{}/par", app.base))
        .basic_auth(id, Some(secret))
        .form(fields)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pushed_request_signs_in_once_and_a_par_only_client_needs_one() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "par@example.eu";
    let browser = app.registered_user(email, PASSWORD).await;
    let (rp, client, secret) = register(&app, |c| c.require_par = true).await;
    let secret = secret.unwrap();
    let discovery: Value = reqwest::get(format!("{}/.well-known/openid-configuration", app.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        discovery["pushed_authorization_request_endpoint"],
        format!("{}/par", app.base)
    );

    // Without PAR, this client is refused (back to it, with the reason).
    let plain = browser.get(&start(&rp, &[], None).url).await;
    assert_eq!(
        query_param(plain.location(), "error").as_deref(),
        Some("invalid_request"),
        "{}",
        plain.location()
    );

    // Pushed: the browser carries only client_id and request_uri.
    let started = start(&rp, &[], None);
    let params: Vec<(String, String)> =
        serde_urlencoded::from_str(started.url.split_once('?').unwrap().1).unwrap();
    let fields: Vec<(&str, &str)> = params
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let (status, pushed) = push(&app, &client.id, &secret, &fields).await;
    assert_eq!(status, 201, "{pushed}");
    assert_eq!(pushed["expires_in"], 60);
    let request_uri = pushed["request_uri"].as_str().unwrap().to_owned();
    assert!(request_uri.starts_with("urn:ietf:params:oauth:request_uri:"));
    let authorize = format!(
        "{}/authorize?{}",
        app.base,
        serde_urlencoded::to_string([
            ("client_id", client.id.as_str()),
            ("request_uri", request_uri.as_str())
        ])
        .unwrap()
    );
    let back = follow(&browser, &authorize, email, PASSWORD).await;
    let code = query_param(&back, "code").unwrap_or_else(|| panic!("{back}"));
    let state = query_param(&back, "state").unwrap();
    assert_eq!(
        &state,
        started.state.secret(),
        "the pushed state comes back"
    );
    let tokens = rp
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .expect("the code of a pushed request redeems");
    assert!(!tokens.access_token().secret().is_empty());

    // Once only.
    let again = browser.get(&authorize).await;
    assert_eq!(again.status, 400, "{}", again.text());
    assert!(again.text().contains("expired or was already used"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pushed_requests_are_refused_when_they_should_be() {
    let app = spawn_app(Backend::Embedded).await;
    let browser = app.registered_user("par-no@example.eu", PASSWORD).await;
    let (_, client, secret) = register(&app, |_| {}).await;
    let (_, other, other_secret) = register(&app, |_| {}).await;
    let secret = secret.unwrap();
    let good = [
        ("response_type", "code"),
        ("client_id", client.id.as_str()),
        ("redirect_uri", REDIRECT),
        ("scope", "openid"),
        (
            "code_challenge",
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        ),
        ("code_challenge_method", "S256"),
    ];
    // Wrong secret: invalid_client.
    let (status, body) = push(
        &app,
        &client.id,
        "not the secret at all, but long enough",
        &good,
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (401, Some("invalid_client"))
    );
    // An unregistered redirect URI, a missing PKCE challenge, a pushed request_uri: refused.
    let mut bad_redirect = good.to_vec();
    bad_redirect[2] = ("redirect_uri", "https://evil.example/cb");
    let mut no_pkce = good.to_vec();
    no_pkce.truncate(4);
    let mut with_uri = good.to_vec();
    with_uri.push(("request_uri", "urn:ietf:params:oauth:request_uri:x"));
    for fields in [bad_redirect, no_pkce, with_uri] {
        let (status, body) = push(&app, &client.id, &secret, &fields).await;
        assert_eq!(
            (status, body["error"].as_str()),
            (400, Some("invalid_request")),
            "{body}"
        );
    }
    // Pushed by one client, presented by another: nothing (and not burnt).
    let (_, pushed) = push(&app, &client.id, &secret, &good).await;
    let uri = pushed["request_uri"].as_str().unwrap();
    let as_other = browser
        .get(&format!(
            "/authorize?{}",
            serde_urlencoded::to_string([("client_id", other.id.as_str()), ("request_uri", uri)])
                .unwrap()
        ))
        .await;
    assert_eq!(as_other.status, 400, "{}", as_other.text());
    let _ = other_secret;
    // Expired after a minute.
    app.clock.advance(61);
    let late = browser
        .get(&format!(
            "/authorize?{}",
            serde_urlencoded::to_string([("client_id", client.id.as_str()), ("request_uri", uri)])
                .unwrap()
        ))
        .await;
    assert_eq!(late.status, 400, "{}", late.text());
}
