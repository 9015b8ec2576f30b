//! The production SMS transport against an HTTP gateway on loopback: retried only when
//! the gateway certainly did not take the message, never sent twice.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::http::{HeaderMap, StatusCode};
use idp::config::Secret;

use crate::app::{Backend, spawn_app_with};
use crate::rp::PASSWORD;

#[derive(Clone, Default)]
struct Gateway {
    received: Arc<Mutex<Vec<(HeaderMap, String)>>>,
    refuse_first: usize,
    delay: Duration,
}

async fn start_gateway(gateway: Gateway) -> String {
    let state = gateway.clone();
    let app = axum::Router::new().route(
        "/sms",
        axum::routing::post(move |headers: HeaderMap, body: String| {
            let state = state.clone();
            async move {
                let count = {
                    let mut received = state.received.lock().unwrap();
                    received.push((headers, body));
                    received.len()
                };
                tokio::time::sleep(state.delay).await;
                if count <= state.refuse_first {
                    StatusCode::SERVICE_UNAVAILABLE
                } else {
                    StatusCode::OK
                }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/sms", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

async fn add_phone(base_app: &crate::app::TestApp) -> u16 {
    let browser = base_app
        .registered_user("gateway@example.eu", PASSWORD)
        .await;
    let page = browser.get("/account/phones").await;
    browser
        .submit(&page, &[("Mobile phone", "+32 470 12 34 56")])
        .await
        .status
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refusing_gateway_is_retried_with_the_same_idempotency_key() {
    let gateway = Gateway {
        refuse_first: 1,
        ..Default::default()
    };
    let url = start_gateway(gateway.clone()).await;
    let app = spawn_app_with(Backend::Embedded, |c| {
        c.sms_gateway_url = Some(url);
        c.sms_gateway_token = Some(Secret::new("gateway-token"));
    })
    .await;
    assert_eq!(add_phone(&app).await, 200);
    let received = gateway.received.lock().unwrap().clone();
    assert_eq!(received.len(), 2, "refused once (503), then accepted");
    let key = |i: usize| {
        received[i]
            .0
            .get("idempotency-key")
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(key(0), key(1), "the retry is the same message");
    assert_eq!(
        received[1].0.get("authorization").unwrap(),
        "Bearer gateway-token"
    );
    let body: serde_json::Value = serde_json::from_str(&received[1].1).unwrap();
    assert_eq!(body["to"], "+32470123456");
    assert!(
        body["text"]
            .as_str()
            .unwrap()
            .contains("SMS text challenge is"),
        "{body}"
    );
    assert!(
        !app.data_dir.join("outbox/sms.jsonl").exists(),
        "nothing in the development outbox"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gateway_that_times_out_is_not_sent_the_message_again() {
    let gateway = Gateway {
        delay: Duration::from_secs(2),
        ..Default::default()
    };
    let url = start_gateway(gateway.clone()).await;
    let app = spawn_app_with(Backend::Embedded, |c| {
        c.sms_gateway_url = Some(url);
        c.sms_gateway_timeout_ms = 300;
    })
    .await;
    assert_eq!(add_phone(&app).await, 503, "the user is asked to try again");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        gateway.received.lock().unwrap().len(),
        1,
        "it may have gone out: never resent"
    );
}
