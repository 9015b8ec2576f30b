//! `private_key_jwt` client authentication (RFC 7523), over real HTTP: a client
//! registered with its public keys (a JWKS, or a `jwks_uri` we fetch) proves who it is
//! with a JWT signed by its private key; what must be refused is refused with
//! `invalid_client`.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::app::{Backend, TestApp, spawn_app};
use crate::jose::{ClientKey, JWT_BEARER, jti, post_form, unsigned};
use crate::rp::{PASSWORD, REDIRECT, follow, query_param, register, start};

/// Signs in through the browser and returns (code, PKCE verifier).
pub async fn code_for(
    app: &TestApp,
    rp: &crate::rp::OidcClient,
    email: &str,
    scopes: &[&str],
) -> (String, String) {
    let browser = app.registered_user(email, PASSWORD).await;
    let started = start(rp, scopes, None);
    let back = follow(&browser, &started.url, email, PASSWORD).await;
    let code = query_param(&back, "code").unwrap_or_else(|| panic!("{back}"));
    (code, started.verifier.secret().clone())
}

async fn redeem(
    app: &TestApp,
    client_id: &str,
    assertion: &str,
    code: &str,
    verifier: &str,
) -> (u16, Value) {
    let (status, _, body) = post_form(
        app,
        "/token",
        &[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", verifier),
            ("client_id", client_id),
            ("client_assertion_type", JWT_BEARER),
            ("client_assertion", assertion),
        ],
        None,
    )
    .await;
    (status, body)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_signs_in_with_its_key_and_every_weaker_or_stale_assertion_is_refused() {
    let app = spawn_app(Backend::Embedded).await;
    let key = ClientKey::es256("k1");
    let stranger = ClientKey::es256("k1");
    let (rp, client, secret) = register(&app, |c| c.jwks = Some(ClientKey::jwks(&[&key]))).await;
    assert!(secret.is_none(), "a client with keys has no secret");
    assert_eq!(client.auth_method(), "private_key_jwt");
    let discovery: Value = reqwest::get(format!("{}/.well-known/openid-configuration", app.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        discovery["token_endpoint_auth_methods_supported"]
            .as_array()
            .unwrap()
            .contains(&json!("private_key_jwt"))
    );

    let (code, verifier) = code_for(&app, &rp, "pkjwt@example.eu", &["offline_access"]).await;
    let token_url = format!("{}/token", app.base);
    let now = app.provider.now();
    let claims = |aud: &str, exp: i64| json!({"iss": client.id, "sub": client.id, "aud": aud, "jti": jti(), "iat": now, "exp": exp});
    // Each refusal leaves the code unused: the right assertion still redeems it.
    let refused = [
        ("by another key", stranger.assertion(&app, &client.id, &app.base)),
        ("expired", key.sign(None, true, false, &claims(&app.base, now - 30))),
        // Numbers from outside never overflow our arithmetic (a panic in a debug build,
        // a wrapped "valid" in release).
        ("exp i64::MAX", key.sign(None, true, false, &claims(&app.base, i64::MAX))),
        ("exp i64::MIN", key.sign(None, true, false, &claims(&app.base, i64::MIN))),
        ("valid too long", key.sign(None, true, false, &claims(&app.base, now + 3600))),
        ("for another audience", key.sign(None, true, false, &claims("https://elsewhere.example", now + 60))),
        ("unsigned", unsigned(&claims(&app.base, now + 60))),
        (
            "without jti",
            key.sign(None, true, false, &json!({"iss": client.id, "sub": client.id, "aud": app.base, "exp": now + 60})),
        ),
        (
            "naming another subject",
            key.sign(None, true, false, &json!({"iss": client.id, "sub": "someone", "aud": app.base, "jti": jti(), "exp": now + 60})),
        ),
    ];
    for (why, assertion) in refused {
        let (status, body) = redeem(&app, &client.id, &assertion, &code, &verifier).await;
        assert_eq!(
            (status, body["error"].as_str()),
            (401, Some("invalid_client")),
            "{why}: {body}"
        );
    }
    // The client's secret-less ways are closed: as a public client, or with a made-up secret.
    let (status, _, body) = post_form(
        &app,
        "/token",
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", &verifier),
            ("client_id", &client.id),
        ],
        None,
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (401, Some("invalid_client")),
        "{body}"
    );

    // The token endpoint's URL is an accepted audience too (OpenID Connect Core 9).
    let assertion = key.assertion(&app, &client.id, &token_url);
    let (status, tokens) = redeem(&app, &client.id, &assertion, &code, &verifier).await;
    assert_eq!(status, 200, "{tokens}");
    assert!(tokens["id_token"].is_string());

    // The same assertion again (replay): refused, whatever it asks for.
    let refresh = tokens["refresh_token"].as_str().unwrap();
    let form = |assertion: &str| {
        vec![
            ("grant_type".to_owned(), "refresh_token".to_owned()),
            ("refresh_token".to_owned(), refresh.to_owned()),
            ("client_assertion_type".to_owned(), JWT_BEARER.to_owned()),
            ("client_assertion".to_owned(), assertion.to_owned()),
        ]
    };
    let borrowed = |f: &Vec<(String, String)>| -> Vec<(String, String)> { f.clone() };
    let replay = borrowed(&form(&assertion));
    let pairs: Vec<(&str, &str)> = replay
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let (status, _, body) = post_form(&app, "/token", &pairs, None).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (401, Some("invalid_client")),
        "replay: {body}"
    );
    assert!(
        body["error_description"].as_str().unwrap().contains("jti"),
        "{body}"
    );

    // A fresh one refreshes.
    let fresh = form(&key.assertion(&app, &client.id, &app.base));
    let pairs: Vec<(&str, &str)> = fresh
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let (status, _, body) = post_form(&app, "/token", &pairs, None).await;
    assert_eq!(status, 200, "{body}");

    // Introspection authenticates the same way.
    let access = body["access_token"].as_str().unwrap();
    let assertion = key.assertion(&app, &client.id, &format!("{}/introspect", app.base));
    let (status, _, body) = post_form(
        &app,
        "/introspect",
        &[
            ("token", access),
            ("client_assertion_type", JWT_BEARER),
            ("client_assertion", &assertion),
        ],
        None,
    )
    .await;
    assert_eq!(
        (status, body["active"].as_bool()),
        (200, Some(true)),
        "{body}"
    );
}

/// Serves `jwks` at `http://127.0.0.1:PORT/jwks` and counts the requests.
async fn serve_jwks(jwks: Value) -> (String, Arc<AtomicUsize>) {
    serve_jwks_as(jwks, 200, Duration::ZERO).await
}

/// Serves `jwks` with `status`, each answer after `delay`, and counts the requests.
async fn serve_jwks_as(jwks: Value, status: u16, delay: Duration) -> (String, Arc<AtomicUsize>) {
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    let router = axum::Router::new().route(
        "/jwks",
        axum::routing::get(move || {
            counter.fetch_add(1, Ordering::SeqCst);
            let jwks = jwks.clone();
            async move {
                tokio::time::sleep(delay).await;
                (
                    axum::http::StatusCode::from_u16(status).unwrap(),
                    axum::Json(jwks),
                )
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/jwks", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await });
    (url, hits)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_are_fetched_from_the_clients_jwks_uri_and_kept() {
    let app = spawn_app(Backend::Embedded).await;
    let key = ClientKey::ed25519("ed-1");
    let (uri, hits) = serve_jwks(ClientKey::jwks(&[&key])).await;
    let (rp, client, _) = register(&app, |c| c.jwks_uri = Some(uri.clone())).await;
    let (code, verifier) = code_for(&app, &rp, "jwks-uri@example.eu", &[]).await;
    // A key the client does not publish proves nothing (and the kid is unknown: one
    // fetch, then the cached set answers).
    let other = ClientKey::ed25519("ed-2");
    let (status, body) = redeem(
        &app,
        &client.id,
        &other.assertion(&app, &client.id, &app.base),
        &code,
        &verifier,
    )
    .await;
    assert_eq!(status, 401, "{body}");
    let (status, body) = redeem(
        &app,
        &client.id,
        &key.assertion(&app, &client.id, &app.base),
        &code,
        &verifier,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        hits.load(Ordering::SeqCst),
        1,
        "the client's keys are fetched once and kept"
    );
}

#[test]
fn a_private_or_foreign_key_cannot_be_registered() {
    let key = ClientKey::es256("k");
    assert!(idp::clients::check_jwks(&ClientKey::jwks(&[&key])).is_ok());
    let mut private = key.jwk.clone();
    private["d"] = json!("AAAA");
    assert!(
        idp::clients::check_jwks(&json!({"keys": [private]}))
            .unwrap_err()
            .contains("private")
    );
    let secret = json!({"keys": [{"kty": "oct", "k": "c2VjcmV0"}]});
    assert!(idp::clients::check_jwks(&secret).is_err());
    assert!(idp::clients::check_jwks(&json!({"keys": []})).is_err());
    let encryption = json!({"keys": [{"kty": "EC", "crv": "P-256", "use": "enc", "x": key.jwk["x"], "y": key.jwk["y"]}]});
    assert!(idp::clients::check_jwks(&encryption).is_err());
}

/// An HTTP server at `http://127.0.0.1:PORT/jwks` whose answer never ends: a JSON array
/// opened and then padded, 16 KiB every 20 ms (chunked, or with a large Content-Length
/// announced when `announce` is set). Counts the bytes it managed to send.
async fn endless_jwks(announce: bool) -> (String, Arc<AtomicUsize>) {
    let sent = Arc::new(AtomicUsize::new(0));
    let counter = sent.clone();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/jwks", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let counter = counter.clone();
            tokio::spawn(async move {
                let mut request = [0u8; 4096];
                let _ = socket.read(&mut request).await;
                let head = if announce {
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n"
                } else {
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                };
                if socket.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let padding = format!("{{\"keys\": [{}", " ".repeat(16 * 1024));
                loop {
                    let chunk = if announce {
                        padding.clone()
                    } else {
                        format!("{:x}\r\n{padding}\r\n", padding.len())
                    };
                    if socket.write_all(chunk.as_bytes()).await.is_err() {
                        return;
                    }
                    counter.fetch_add(padding.len(), Ordering::SeqCst);
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            });
        }
    });
    (url, sent)
}

/// Introspects a made-up token as `client_id`, authenticated by an assertion of `key`.
async fn introspect_as(app: &TestApp, key: &ClientKey, client_id: &str) -> (u16, Value) {
    let assertion = key.assertion(app, client_id, &app.base);
    let (status, _, body) = post_form(
        app,
        "/introspect",
        &[
            ("token", "not-a-token"),
            ("client_assertion_type", JWT_BEARER),
            ("client_assertion", &assertion),
        ],
        None,
    )
    .await;
    (status, body)
}

const UNREADABLE: &str = "client assertion: the client's keys could not be read from its jwks_uri";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_jwks_uri_is_read_within_bounds_once_at_a_time_and_failures_are_kept() {
    let app = spawn_app(Backend::Embedded).await;
    let key = ClientKey::ed25519("ed-1");

    // An answer that never ends is read up to 64 KiB, not for the 5 s the fetch may
    // take: the client is told at once, in general terms.
    for announce in [false, true] {
        let (uri, sent) = endless_jwks(announce).await;
        let (_, client, _) = register(&app, |c| c.jwks_uri = Some(uri.clone())).await;
        let started = Instant::now();
        let (status, body) = introspect_as(&app, &key, &client.id).await;
        assert_eq!(
            (status, body["error_description"].as_str()),
            (401, Some(UNREADABLE)),
            "{body}"
        );
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "announced {announce}: read for {:?} ({} bytes sent)",
            started.elapsed(),
            sent.load(Ordering::SeqCst)
        );
    }

    // A failing jwks_uri is asked once per 30 s, however many requests name the client,
    // and what it answered stays in our log (not "500" in the client's error).
    let (uri, hits) = serve_jwks_as(ClientKey::jwks(&[&key]), 500, Duration::ZERO).await;
    let (_, failing, _) = register(&app, |c| c.jwks_uri = Some(uri.clone())).await;
    for _ in 0..4 {
        let (status, body) = introspect_as(&app, &key, &failing.id).await;
        assert_eq!(
            (status, body["error_description"].as_str()),
            (401, Some(UNREADABLE)),
            "{body}"
        );
    }
    assert_eq!(hits.load(Ordering::SeqCst), 1, "a failure is remembered");
    app.clock.advance(31);
    introspect_as(&app, &key, &failing.id).await;
    assert_eq!(hits.load(Ordering::SeqCst), 2, "and tried again after 30 s");

    // Requests arriving together wait for one fetch.
    let (uri, hits) =
        serve_jwks_as(ClientKey::jwks(&[&key]), 200, Duration::from_millis(400)).await;
    let (_, slow, _) = register(&app, |c| c.jwks_uri = Some(uri.clone())).await;
    let (a, b, c, d) = tokio::join!(
        introspect_as(&app, &key, &slow.id),
        introspect_as(&app, &key, &slow.id),
        introspect_as(&app, &key, &slow.id),
        introspect_as(&app, &key, &slow.id),
    );
    for (status, body) in [a, b, c, d] {
        assert_eq!(
            (status, body["active"].as_bool()),
            (200, Some(false)),
            "{body}"
        );
    }
    assert_eq!(hits.load(Ordering::SeqCst), 1, "one fetch for all four");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fetched_jwks_with_keys_we_do_not_use_still_works() {
    let app = spawn_app(Backend::Embedded).await;
    let key = ClientKey::ed25519("sig");
    let ec = ClientKey::es256("other");
    let rsa = ClientKey::rsa("rsa");
    let mut encryption = ec.jwk.clone();
    encryption["use"] = json!("enc");
    encryption["kid"] = json!("enc");
    let p384 = json!({"kty": "EC", "crv": "P-384", "kid": "p384", "x": "AAAA", "y": "AAAA"});
    let mut oaep = rsa.jwk.clone();
    oaep["alg"] = json!("RSA-OAEP");
    oaep["kid"] = json!("oaep");
    oaep.as_object_mut().unwrap().remove("use");
    let mixed = json!({"keys": [encryption, p384, oaep, key.jwk.clone()]});
    let (uri, _) = serve_jwks(mixed).await;
    let (_, client, _) = register(&app, |c| c.jwks_uri = Some(uri.clone())).await;
    let (status, body) = introspect_as(&app, &key, &client.id).await;
    assert_eq!(
        (status, body["active"].as_bool()),
        (200, Some(false)),
        "{body}"
    );

    // A published private key, or nothing usable, makes the set unusable.
    let mut private = key.jwk.clone();
    private["d"] = json!("AAAA");
    for (why, jwks) in [
        ("a private key", json!({"keys": [private, ec.jwk.clone()]})),
        ("nothing usable", json!({"keys": [p384_only()]})),
    ] {
        let (uri, _) = serve_jwks(jwks).await;
        let (_, client, _) = register(&app, |c| c.jwks_uri = Some(uri.clone())).await;
        let (status, body) = introspect_as(&app, &ec, &client.id).await;
        assert_eq!(
            (status, body["error_description"].as_str()),
            (401, Some(UNREADABLE)),
            "{why}: {body}"
        );
    }
}

fn p384_only() -> Value {
    json!({"kty": "EC", "crv": "P-384", "kid": "p384", "x": "AAAA", "y": "AAAA"})
}
