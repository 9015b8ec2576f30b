//! Issue 10: with the store down, every endpoint family answers 503 (a page with a retry
//! hint, or the protocol's `temporarily_unavailable`), with `Retry-After`, never a 4xx or
//! a 500 and never internal text; and Redis answering `LOADING` is "unavailable" too.

use openidconnect::{AuthorizationCode, OAuth2TokenResponse};

use idp::config::Secret;

use crate::app::{Backend, spawn_app_with};
use crate::rp::{PASSWORD, follow, http, query_param, register, start};
use crate::support::{RedisServer, free_redis_port};

/// What a 503 must not show: internal error text.
const INTERNAL: [&str; 5] = [
    "store",
    "broken pipe",
    "Connection refused",
    "redis",
    "os error",
];

fn assert_unavailable(what: &str, status: u16, headers: &reqwest::header::HeaderMap, body: &str) {
    assert_eq!(status, 503, "{what}: {body}");
    assert!(
        headers.contains_key("retry-after"),
        "{what}: Retry-After is missing"
    );
    let lower = body.to_lowercase();
    for word in INTERNAL {
        assert!(
            !lower.contains(&word.to_lowercase()),
            "{what} shows internal text {word:?}: {body}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_endpoint_family_answers_503_with_the_store_down() {
    let port = free_redis_port();
    let mut redis = RedisServer::start(port);
    let url = redis.url();
    let app = spawn_app_with(Backend::Embedded, |c| {
        c.redis_url = Some(Secret::new(url));
        c.redis_prefix = "down:".into();
    })
    .await;
    let email = "down@example.eu";
    let browser = app.registered_user(email, PASSWORD).await;
    let (rp, client, secret) = register(&app, |_| {}).await;
    let secret = secret.unwrap();
    let started = start(&rp, &["offline_access"], None);
    let back = follow(&browser, &started.url, email, PASSWORD).await;
    let tokens = rp
        .exchange_code(AuthorizationCode::new(query_param(&back, "code").unwrap()))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .unwrap();
    let access = tokens.access_token().secret().clone();
    let refresh = tokens.refresh_token().unwrap().secret().clone();
    let next_authorize = start(&rp, &[], None).url;
    let csrf = browser.get("/account").await.hidden("csrf_token");

    redis.kill();
    let plain = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let base = &app.base;

    // Pages, with the browser's cookies.
    for (what, path) in [
        ("authorize", next_authorize.clone()),
        ("account", format!("{base}/account")),
    ] {
        let page = browser.get(&path).await;
        assert_unavailable(what, page.status, &page.headers, &page.body);
    }
    for (what, path, fields) in [
        (
            "sign-in e-mail step",
            "/login",
            vec![("csrf_token", csrf.as_str()), ("email", email)],
        ),
        (
            "sign-in password step",
            "/login/password",
            vec![
                ("csrf_token", csrf.as_str()),
                ("email", email),
                ("password", PASSWORD),
            ],
        ),
        (
            "lost password",
            "/password/lost",
            vec![("csrf_token", csrf.as_str()), ("email", email)],
        ),
    ] {
        let page = browser.post(path, &fields).await;
        assert_unavailable(what, page.status, &page.headers, &page.body);
    }

    // Machine endpoints: JSON, the protocol's error code.
    let token_forms: [(&str, Vec<(&str, &str)>); 2] = [
        (
            "token (code)",
            vec![
                ("grant_type", "authorization_code"),
                ("code", "whatever"),
                ("redirect_uri", crate::rp::REDIRECT),
            ],
        ),
        (
            "token (refresh)",
            vec![("grant_type", "refresh_token"), ("refresh_token", &refresh)],
        ),
    ];
    for (what, form) in token_forms {
        let response = plain
            .post(format!("{base}/token"))
            .basic_auth(&client.id, Some(&secret))
            .form(&form)
            .send()
            .await
            .unwrap();
        let (status, headers) = (response.status().as_u16(), response.headers().clone());
        let body = response.text().await.unwrap();
        assert_unavailable(what, status, &headers, &body);
        assert!(body.contains("temporarily_unavailable"), "{what}: {body}");
    }
    for (what, path) in [("revoke", "/revoke"), ("introspect", "/introspect")] {
        let response = plain
            .post(format!("{base}{path}"))
            .basic_auth(&client.id, Some(&secret))
            .form(&[("token", access.as_str())])
            .send()
            .await
            .unwrap();
        let (status, headers) = (response.status().as_u16(), response.headers().clone());
        let body = response.text().await.unwrap();
        assert_unavailable(what, status, &headers, &body);
    }
    let response = plain
        .get(format!("{base}/userinfo"))
        .bearer_auth(&access)
        .send()
        .await
        .unwrap();
    let (status, headers) = (response.status().as_u16(), response.headers().clone());
    let body = response.text().await.unwrap();
    assert_unavailable("userinfo", status, &headers, &body);

    // The device API.
    let response = plain
        .post(format!("{base}/device/enrol"))
        .json(&serde_json::json!({
            "token": "t", "name": "n", "public_key": "k", "proof": "p"
        }))
        .send()
        .await
        .unwrap();
    // A malformed enrolment is refused before the store is asked (400 is right here).
    assert!(response.status().as_u16() != 500);
    let response = plain
        .get(format!("{base}/device/requests"))
        .header("x-device-id", "some-device")
        .header("x-device-time", app.clock_now().to_string())
        .header("x-device-signature", "AAAA")
        .send()
        .await
        .unwrap();
    let (status, headers) = (response.status().as_u16(), response.headers().clone());
    let body = response.text().await.unwrap();
    assert_unavailable("device requests", status, &headers, &body);

    // Alive, just not ready (for operators, /readyz says why); discovery needs no store.
    assert_eq!(browser.get("/readyz").await.status, 503);
    assert_eq!(browser.get("/healthz").await.status, 200);
    assert_eq!(
        browser
            .get("/.well-known/openid-configuration")
            .await
            .status,
        200
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_still_loading_its_data_is_unavailable_not_an_error() {
    // A stand-in for a Redis that answers every command with `-LOADING`, as a real one
    // does while it reads its append-only file after a restart.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        use std::io::{Read, Write};
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            std::thread::spawn(move || {
                let mut buffer = [0u8; 4096];
                while let Ok(n) = stream.read(&mut buffer) {
                    if n == 0 {
                        return;
                    }
                    // One error reply per command in the read (commands are arrays: '*').
                    let commands = buffer[..n].iter().filter(|b| **b == b'*').count().max(1);
                    for _ in 0..commands {
                        let _ = stream
                            .write_all(b"-LOADING Redis is loading the dataset in memory\r\n");
                    }
                }
            });
        }
    });
    let store = idp::store::RedisStore::connect(&format!("redis://127.0.0.1:{port}/"), "x:")
        .expect("the client connects lazily");
    let error = idp::store::Store::get(&store, "anything")
        .await
        .expect_err("loading");
    assert!(
        matches!(error, idp::store::StoreError::Unavailable(_)),
        "{error:?}"
    );
    assert!(
        format!("{error:?}").to_lowercase().contains("loading"),
        "{error:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replica_whose_clock_is_off_the_stores_is_not_ready() {
    let app = crate::app::spawn_app(Backend::Redis).await;
    let browser = app.browser();
    assert_eq!(browser.get("/readyz").await.status, 200);
    // Within the tolerance: still ready.
    app.clock
        .advance(idp::readiness::CLOCK_TOLERANCE_SECONDS - 3);
    assert_eq!(browser.get("/readyz").await.status, 200);
    // A minute and a half ahead (the review's replica): not ready, and why.
    app.clock.advance(90);
    let page = browser.get("/readyz").await;
    assert_eq!(page.status, 503);
    assert!(page.body.contains("clock"), "{}", page.body);
    assert_eq!(browser.get("/healthz").await.status, 200);
}
