//! Issue 14: CPMS's Prometheus metrics. A CPMS with `CPMS_METRICS_LISTEN` signs a member in
//! through the provider, reads their profiles again (a refresh at every page: roles_max_age
//! is zero here), gets a stale answer at /callback and three back-channel logout tokens
//! (valid, replayed, not a token); its metrics port must count each exactly, with its
//! labels; the public port has no /metrics, and no label carries the member, a code or a
//! path as sent.

use serde_json::json;

use crate::provider::{
    account_with_phone, post_logout_token, sign_in_through_provider, sign_logout_token,
    spawn_cpms_with, spawn_idp,
};
use crate::support::Browser;

/// The value of the series written exactly `series` (its labels in the order CPMS gives
/// them), 0 when absent: each CPMS here has a registry of its own, so counts are absolute.
fn value(body: &str, series: &str) -> f64 {
    body.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' '))
        .map_or(0.0, |v| v.parse().unwrap())
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
    let count = |series: &str| value(&body, series);
    let sign_ins = |outcome: &str| count(&format!("cpms_sign_ins_total{{outcome=\"{outcome}\"}}"));
    assert_eq!(sign_ins("ok"), 1.0, "{body}");
    assert_eq!(sign_ins("expired"), 1.0);
    for other in ["provider_error", "incomplete", "refused", "unavailable"] {
        assert_eq!(sign_ins(other), 0.0, "{other}");
    }
    // Each page of a signed-in member read the profiles again (roles_max_age 0).
    let refreshes = |outcome: &str| {
        count(&format!(
            "cpms_token_refreshes_total{{outcome=\"{outcome}\"}}"
        ))
    };
    assert!(refreshes("ok") >= 2.0, "{body}");
    assert_eq!(refreshes("refused") + refreshes("unavailable"), 0.0);
    let logouts = |outcome: &str| {
        count(&format!(
            "cpms_backchannel_logouts_total{{outcome=\"{outcome}\"}}"
        ))
    };
    assert_eq!(logouts("ok"), 1.0);
    assert_eq!(logouts("replayed"), 1.0);
    assert_eq!(logouts("invalid"), 1.0);
    let requests = |method: &str, route: &str, status: u16| {
        count(&format!(
            "cpms_http_request_duration_seconds_count{{method=\"{method}\",route=\"{route}\",status=\"{status}\"}}"
        ))
    };
    assert_eq!(requests("GET", "/callback", 303), 1.0);
    assert_eq!(requests("GET", "/callback", 403), 1.0);
    assert_eq!(requests("GET", "/dashboard", 200), 2.0);
    assert_eq!(requests("POST", "/backchannel-logout", 200), 1.0);
    assert_eq!(requests("POST", "/backchannel-logout", 400), 2.0);
    assert_eq!(requests("GET", "(no route)", 404), 1.0);

    // Every series' labels: no member, code, state or token id, no '@' or query.
    for labels in body
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| Some(l.split_once('{')?.1.rsplit_once('}')?.0))
    {
        for secret in [
            account.email.as_str(),
            account.id.as_str(),
            "rawcode4471195",
            "rawstate9",
            "jti-metrics",
        ] {
            assert!(!labels.contains(secret), "{labels:?} holds {secret:?}");
        }
        assert!(!labels.contains(['@', '?']), "{labels:?}");
    }
}
