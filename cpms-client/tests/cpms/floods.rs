//! CPMS flooded by anonymous requests, against the real provider over loopback: pending
//! sign-ins stay within their bound (the oldest give way), and forged back-channel logout
//! tokens make CPMS fetch the provider's keys at most once per interval, never its metadata.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine;
use cpms_client::AppState;
use idp::keys::Alg;
use serde_json::{Value, json};
use tokio::net::TcpListener;

use crate::provider::{
    Idp, account_with_phone, finish_at_provider, post_logout_token, sign_logout_token,
    spawn_cpms_with, spawn_idp, spawn_idp_as,
};
use crate::support::{Browser, Cpms};

/// `/login` at CPMS: the provider's authorization URL.
async fn start_login(cpms: &Cpms, browser: &Browser) -> String {
    let start = browser.get(&format!("{}/login", cpms.base)).await;
    assert_eq!(start.status, 303, "{}", start.text());
    start.location().to_owned()
}

/// `count` anonymous `/login` requests, eight at a time, each from a browser of its own;
/// after every answer the pending sign-ins are counted: never more than `bound`.
async fn flood_logins(cpms: &Cpms, state: &AppState, count: usize, bound: usize) {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let url = format!("{}/login", cpms.base);
    let mut sent = 0;
    while sent < count {
        let batch = (count - sent).min(8);
        let mut requests = tokio::task::JoinSet::new();
        for _ in 0..batch {
            requests.spawn(client.get(&url).send());
        }
        while let Some(answer) = requests.join_next().await {
            let answer = answer.unwrap().unwrap();
            assert_eq!(
                answer.status().as_u16(),
                303,
                "a new sign-in is never refused"
            );
            let pending = state.sessions.pending_count();
            assert!(
                pending <= bound,
                "{pending} pending sign-ins, bound {bound}"
            );
        }
        sent += batch;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn anonymous_logins_stay_within_the_bound_and_the_oldest_give_way() {
    const BOUND: usize = 40;
    let idp = spawn_idp().await;
    let dir = tempfile::tempdir().unwrap();
    let (cpms, state) = spawn_cpms_with(&idp, dir.path(), |c| c.max_pending_logins = BOUND).await;
    account_with_phone(&idp).await;

    // A sign-in started just before a flood that fills the bound completes.
    let early = Browser::new(&cpms.base);
    let authorize = start_login(&cpms, &early).await;
    flood_logins(&cpms, &state, BOUND - 1, BOUND).await;
    assert_eq!(state.sessions.pending_count(), BOUND);
    let callback = finish_at_provider(&idp, &cpms, &early, authorize).await;
    assert_eq!(callback.status, 303, "{}", callback.text());
    assert_eq!(callback.location(), "/dashboard");
    assert_eq!(early.get("/dashboard").await.status, 200);

    // A flood of five times the bound: still at most the bound, and the sign-in started
    // before it gave way. The trade-off: a flood never locks sign-ins out (each new one is
    // accepted), but one that outpaces a person at the provider costs them that sign-in;
    // they are told to sign in again, and that works at once.
    let late = Browser::new(&cpms.base);
    let authorize = start_login(&cpms, &late).await;
    flood_logins(&cpms, &state, 5 * BOUND, BOUND).await;
    assert_eq!(state.sessions.pending_count(), BOUND);
    let callback = finish_at_provider(&idp, &cpms, &late, authorize).await;
    assert_eq!(callback.status, 403, "{}", callback.text());
    assert!(
        callback
            .text()
            .contains("This sign-in has expired or was already used. Please sign in again."),
        "{}",
        callback.text()
    );
    let authorize = start_login(&cpms, &late).await;
    let callback = finish_at_provider(&idp, &cpms, &late, authorize).await;
    assert_eq!(callback.status, 303, "{}", callback.text());
    assert_eq!(late.get("/dashboard").await.status, 200);
}

/// A loopback proxy in front of the provider (GET only: discovery and keys) recording the
/// path of every request it forwards.
async fn counting_proxy(listener: TcpListener, target: String) -> Arc<Mutex<Vec<String>>> {
    let hits = Arc::new(Mutex::new(Vec::new()));
    let recorded = hits.clone();
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let app = axum::Router::new().fallback(move |uri: axum::http::Uri| {
        let (client, hits, target) = (client.clone(), recorded.clone(), target.clone());
        async move {
            hits.lock().unwrap().push(uri.path().to_owned());
            let path = uri.path_and_query().map_or("/", |p| p.as_str());
            let answer = client.get(format!("{target}{path}")).send().await.unwrap();
            let status = axum::http::StatusCode::from_u16(answer.status().as_u16()).unwrap();
            let content_type = answer
                .headers()
                .get("content-type")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned();
            let body = answer.bytes().await.unwrap().to_vec();
            (
                status,
                [(axum::http::header::CONTENT_TYPE, content_type)],
                body,
            )
        }
    });
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    hits
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// `token` with its header replaced by `header` (the signature no longer fits).
fn with_header(token: &str, header: &Value) -> String {
    let rest = token.split_once('.').unwrap().1;
    format!("{}.{rest}", b64(header.to_string().as_bytes()))
}

fn header_of(token: &str) -> Value {
    let header = token.split('.').next().unwrap();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(header)
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

fn logout_claims(idp: &Idp, jti: &str) -> Value {
    let now = idp::clock::Clock::now(&idp::clock::SystemClock);
    json!({
        "iss": idp.base, "aud": "cpms", "iat": now, "exp": now + 120,
        "jti": jti, "sub": "someone", "sid": format!("sid-{jti}"),
        "events": { "http://schemas.openid.net/event/backchannel-logout": {} },
    })
}

const DISCOVERY: &str = "/.well-known/openid-configuration";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forged_logout_tokens_fetch_the_keys_at_most_once_an_interval_and_rotation_works() {
    // Production waits 60 s between two fetches of the keys; the test 2 s.
    const INTERVAL: Duration = Duration::from_secs(2);
    let proxy = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let issuer = format!("http://{}", proxy.local_addr().unwrap());
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let direct = format!("http://{}", listener.local_addr().unwrap());
    let idp = spawn_idp_as(listener, issuer).await;
    let hits = counting_proxy(proxy, direct.clone()).await;
    let metadata: Value = reqwest::get(format!("{direct}{DISCOVERY}"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let jwks_path = metadata["jwks_uri"]
        .as_str()
        .unwrap()
        .strip_prefix(&idp.base)
        .unwrap()
        .to_owned();
    // (metadata fetches, key fetches, every request the provider received through CPMS)
    let counts = || {
        let hits = hits.lock().unwrap();
        let of = |path: &str| hits.iter().filter(|p| *p == path).count();
        (of(DISCOVERY), of(&jwks_path), hits.len())
    };
    let dir = tempfile::tempdir().unwrap();
    let (cpms, _) = spawn_cpms_with(&idp, dir.path(), |c| c.keys_refetch_interval = INTERVAL).await;

    // The first token, however bad, has CPMS discover the provider: metadata and keys once.
    assert_eq!(post_logout_token(&cpms, "not.a.jwt").await, 400);
    assert_eq!(counts(), (1, 1, 2), "discovery: metadata and keys, once");
    // Long enough that a fetch would be allowed again: none happens for what follows.
    tokio::time::sleep(INTERVAL + Duration::from_millis(200)).await;

    // The provider's key named, the signature another token's: no fetch, however many.
    let genuine = sign_logout_token(&idp, &logout_claims(&idp, "g-1")).await;
    let other = sign_logout_token(&idp, &logout_claims(&idp, "g-2")).await;
    let (signed, _) = genuine.rsplit_once('.').unwrap();
    let bad_signature = format!("{signed}.{}", other.rsplit_once('.').unwrap().1);
    let mut no_kid = header_of(&genuine);
    no_kid.as_object_mut().unwrap().remove("kid");
    let no_kid = with_header(&genuine, &no_kid);
    for token in [bad_signature.as_str(), no_kid.as_str(), "a.b.c", "%%%.x.y"] {
        for _ in 0..25 {
            assert_eq!(post_logout_token(&cpms, token).await, 400, "{token}");
        }
    }
    assert_eq!(
        counts(),
        (1, 1, 2),
        "a known kid with a bad signature, no kid, or no JWT at all never fetches"
    );

    // Keys the provider never had, named by ever new tokens for over two intervals: one
    // fetch per interval at the most, and never the metadata.
    let started = Instant::now();
    let mut sent = 0;
    while started.elapsed() < INTERVAL * 2 + INTERVAL / 2 {
        let mut header = header_of(&genuine);
        header["kid"] = json!(format!("forged-{sent}"));
        let forged = with_header(&genuine, &header);
        assert_eq!(post_logout_token(&cpms, &forged).await, 400);
        sent += 1;
    }
    let elapsed = started.elapsed();
    let (metadata_fetches, key_fetches, _) = counts();
    let refetches = key_fetches - 1;
    let allowed = 1 + (elapsed.as_millis() / INTERVAL.as_millis()) as usize;
    assert_eq!(metadata_fetches, 1);
    assert!(
        (1..=allowed).contains(&refetches),
        "{refetches} key fetches for {sent} forged tokens in {elapsed:?} (at most {allowed})"
    );

    // The provider rotates its signing key: after the interval, its first token naming the
    // new key fetches the keys once and is accepted; the next needs no fetch.
    let now = idp::clock::Clock::now(&idp::clock::SystemClock);
    let new_kid = idp.provider.keys.rotate(Alg::RS256, now).await.unwrap();
    tokio::time::sleep(INTERVAL + Duration::from_millis(200)).await;
    let before = counts();
    let rotated = sign_logout_token(&idp, &logout_claims(&idp, "r-1")).await;
    assert_eq!(header_of(&rotated)["kid"], json!(new_kid));
    assert_eq!(post_logout_token(&cpms, &rotated).await, 200);
    let after = (before.0, before.1 + 1, before.2 + 1);
    assert_eq!(counts(), after, "the new key: the keys fetched once");
    let next = sign_logout_token(&idp, &logout_claims(&idp, "r-2")).await;
    assert_eq!(post_logout_token(&cpms, &next).await, 200);
    assert_eq!(counts(), after, "the key is known now: no fetch");
}
