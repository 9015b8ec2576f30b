//! Issue 14: CPMS's Prometheus metrics. A CPMS with `CPMS_METRICS_LISTEN` signs a member in
//! through the provider, reads their profiles again (a refresh at every page: roles_max_age
//! is zero here), gets a stale answer at /callback and three back-channel logout tokens
//! (valid, replayed, not a token); its metrics port must count each exactly, with its
//! labels; the public port has no /metrics, and no label carries the member, a code or a
//! path as sent.

use std::collections::BTreeMap;

use serde_json::json;

use crate::provider::{
    account_with_phone, post_logout_token, sign_in_through_provider, sign_logout_token,
    spawn_cpms_with, spawn_idp,
};
use crate::support::Browser;

/// Every series of a scrape (name, labels) and its value.
fn parse(body: &str) -> Vec<(String, BTreeMap<String, String>, f64)> {
    body.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|line| {
            let (head, value) = line.rsplit_once(' ').unwrap();
            let (name, labels) = head.split_once('{').unwrap_or((head, "}"));
            let labels = labels
                .trim_end_matches('}')
                .split("\",")
                .filter(|pair| !pair.is_empty())
                .map(|pair| {
                    let (key, value) = pair.split_once("=\"").unwrap();
                    (key.to_owned(), value.trim_end_matches('"').to_owned())
                })
                .collect();
            (name.to_owned(), labels, value.parse().unwrap())
        })
        .collect()
}

fn value(
    series: &[(String, BTreeMap<String, String>, f64)],
    name: &str,
    of: &[(&str, &str)],
) -> f64 {
    series
        .iter()
        .filter(|(n, labels, _)| {
            n == name
                && of
                    .iter()
                    .all(|(k, v)| labels.get(*k).is_some_and(|l| l == v))
        })
        .map(|(_, _, v)| v)
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cpms_counts_sign_ins_refreshes_and_logouts_on_its_metrics_port_only() {
    let idp = spawn_idp().await;
    let dir = tempfile::tempdir().unwrap();
    let metrics_port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let (cpms, _) = spawn_cpms_with(&idp, dir.path(), |config| {
        config.metrics_listen = Some(([127, 0, 0, 1], metrics_port).into());
    })
    .await;
    let account = account_with_phone(&idp).await;

    let browser = Browser::new(&cpms.base);
    let callback = sign_in_through_provider(&idp, &cpms, &browser).await;
    assert_eq!(callback.status, 303, "{}", callback.text());
    assert_eq!(browser.get("/dashboard").await.status, 200);
    assert_eq!(browser.get("/dashboard").await.status, 200);
    assert_eq!(
        browser
            .get("/callback?code=rawcode4471195&state=rawstate9")
            .await
            .status,
        403
    );
    let now = idp::clock::Clock::now(&idp::clock::SystemClock);
    let claims = json!({
        "iss": idp.base, "aud": "cpms", "iat": now, "exp": now + 120,
        "jti": "jti-metrics", "sub": "someone", "sid": "no-such-sid",
        "events": { "http://schemas.openid.net/event/backchannel-logout": {} },
    });
    let token = sign_logout_token(&idp, &claims).await;
    assert_eq!(post_logout_token(&cpms, &token).await, 200);
    assert_eq!(post_logout_token(&cpms, &token).await, 400);
    assert_eq!(post_logout_token(&cpms, "not.a.jwt").await, 400);
    assert_eq!(
        browser.get("/metrics").await.status,
        404,
        "not on the public port"
    );

    let body = reqwest::get(format!("http://127.0.0.1:{metrics_port}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let series = parse(&body);
    let count = |name: &str, of: &[(&str, &str)]| value(&series, name, of);
    assert_eq!(
        count("cpms_sign_ins_total", &[("outcome", "ok")]),
        1.0,
        "{body}"
    );
    assert_eq!(count("cpms_sign_ins_total", &[("outcome", "expired")]), 1.0);
    assert_eq!(count("cpms_sign_ins_total", &[]), 2.0);
    // Each page of a signed-in member read the profiles again (roles_max_age 0).
    let refreshes = count("cpms_token_refreshes_total", &[("outcome", "ok")]);
    assert!(refreshes >= 2.0, "{refreshes}");
    assert_eq!(count("cpms_token_refreshes_total", &[]), refreshes);
    let logouts = "cpms_backchannel_logouts_total";
    assert_eq!(count(logouts, &[("outcome", "ok")]), 1.0);
    assert_eq!(count(logouts, &[("outcome", "replayed")]), 1.0);
    assert_eq!(count(logouts, &[("outcome", "invalid")]), 1.0);
    let requests = "cpms_http_request_duration_seconds_count";
    let callbacks = [("method", "GET"), ("route", "/callback")];
    assert_eq!(count(requests, &callbacks), 2.0);
    let dashboard = [("route", "/dashboard"), ("status", "200")];
    assert_eq!(count(requests, &dashboard), 2.0);
    let posted = [("route", "/backchannel-logout"), ("status", "400")];
    assert_eq!(count(requests, &posted), 2.0);
    assert_eq!(
        count(requests, &[("route", "(no route)"), ("status", "404")]),
        1.0
    );

    for (_, labels, _) in &series {
        for (label, value) in labels {
            for secret in [
                account.email.as_str(),
                account.id.as_str(),
                "rawcode4471195",
                "rawstate9",
                "jti-metrics",
            ] {
                assert!(
                    !value.contains(secret),
                    "{label}={value:?} holds {secret:?}"
                );
            }
            assert!(!value.contains(['@', '?']), "{label}={value:?}");
        }
    }
}
