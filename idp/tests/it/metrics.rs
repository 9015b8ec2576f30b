//! Issue 14: Prometheus metrics as an operator scrapes them. A real `idp serve` with
//! `IDP_METRICS_LISTEN`; a wrong password, a right one in a code flow, the code exchanged,
//! the refresh token used and then replayed; the metrics port scraped before and after,
//! and every counter must have moved by exactly what the journey did, with its labels.
//! The public port has no `/metrics`, and no label carries a secret, an e-mail or a path
//! as sent.

use std::collections::BTreeMap;

use openidconnect::{AuthorizationCode, OAuth2TokenResponse};

use crate::app::{Browser, MailLink, read_mails, register_form, sign_in};
use crate::process::Idp;
use crate::rp::{follow, http, query_param, rp_at, start};
use crate::support::free_redis_port as free_port;

const EMAIL: &str = "counted@example.eu";
const PASSWORD: &str = "copper meadow lantern ninety";
const WRONG: &str = "wrong guess marble 42";

/// One scrape: every series (`name` and its labels) with its value.
pub struct Scrape(Vec<(String, BTreeMap<String, String>, f64)>);

impl Scrape {
    /// Reads Prometheus' text format (the lines this exporter writes: no escaped quotes).
    pub fn parse(body: &str) -> Scrape {
        let mut series = Vec::new();
        for line in body
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let (head, value) = line.rsplit_once(' ').expect("name and value");
            let (name, labels) = match head.split_once('{') {
                Some((name, rest)) => (name, rest.strip_suffix('}').expect("labels end")),
                None => (head, ""),
            };
            let labels = labels
                .split("\",")
                .filter(|pair| !pair.is_empty())
                .map(|pair| {
                    let (key, value) = pair.split_once("=\"").expect("key=\"value\"");
                    (key.to_owned(), value.trim_end_matches('"').to_owned())
                })
                .collect();
            series.push((name.to_owned(), labels, value.parse().expect("a number")));
        }
        Scrape(series)
    }

    /// The sum over the series of `name` that carry all of `labels`.
    pub fn value(&self, name: &str, labels: &[(&str, &str)]) -> f64 {
        self.0
            .iter()
            .filter(|(n, l, _)| {
                n == name
                    && labels
                        .iter()
                        .all(|(k, v)| l.get(*k).is_some_and(|have| have == v))
            })
            .map(|(_, _, v)| v)
            .sum()
    }

    /// Every label value of every series, with its label's name.
    pub fn labels(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .iter()
            .flat_map(|(_, l, _)| l.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }
}

pub async fn scrape(port: u16) -> Scrape {
    let answer = reqwest::get(format!("http://127.0.0.1:{port}/metrics"))
        .await
        .expect("the metrics port answers");
    assert_eq!(answer.status(), 200);
    let content_type = answer.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(content_type.starts_with("text/plain"), "{content_type}");
    Scrape::parse(&answer.text().await.unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_journey_moves_each_counter_by_what_it_did_and_only_on_the_metrics_port() {
    let dir = tempfile::tempdir().unwrap();
    let metrics_port = free_port();
    let idp = Idp::new(&dir.path().join("data"), &dir.path().join("keys"))
        .env("IDP_METRICS_LISTEN", &format!("127.0.0.1:{metrics_port}"));
    let server = idp.serve(&dir.path().join("idp.log"));
    let base = server.base.clone();
    let client_secret = idp.add_client("metrics-rp");

    // An account, made through the pages (its confirmation mail is counted).
    let registering = Browser::new(&base);
    assert_eq!(register_form(&registering, EMAIL, "en").await.status, 200);
    let mails = read_mails(&idp.data_dir, EMAIL, 1).await;
    let link = mails[0].link_to(&format!("{base}/register/confirm?token="));
    let form = registering.get(&link).await;
    let done = registering.choose_password(&form, PASSWORD).await;
    assert!(
        done.text().contains("Your account is ready"),
        "{}",
        done.text()
    );

    let before = scrape(metrics_port).await;
    assert!(before.value("idp_mails_total", &[("outcome", "sent")]) >= 1.0);

    // A wrong password, then the code flow signing in with the right one.
    let stranger = Browser::new(&base);
    assert_eq!(sign_in(&stranger, EMAIL, WRONG).await.status, 401);
    let browser = Browser::new(&base);
    let rp = rp_at(&base, "metrics-rp", Some(client_secret.clone())).await;
    let started = start(&rp, &["email"], None);
    let back = follow(&browser, &started.url, EMAIL, PASSWORD).await;
    let code = query_param(&back, "code").expect("a code");
    let tokens = rp
        .exchange_code(AuthorizationCode::new(code.clone()))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .expect("token exchange");
    let refresh = tokens.refresh_token().expect("a refresh token").clone();
    let refreshed = rp
        .exchange_refresh_token(&refresh)
        .unwrap()
        .request_async(&http())
        .await
        .expect("refresh");
    // Once its successor is used, the first refresh token again is a reuse.
    let _ = rp
        .exchange_refresh_token(refreshed.refresh_token().unwrap())
        .unwrap()
        .request_async(&http())
        .await
        .expect("second refresh");
    assert!(
        rp.exchange_refresh_token(&refresh)
            .unwrap()
            .request_async(&http())
            .await
            .is_err()
    );
    // Paths with ids, and paths no route has, as sent.
    let raw = reqwest::Client::new();
    // (Refused: no session, no CSRF token; only its route matters here.)
    raw.post(format!("{base}/access/grants/rawid4471195/revoke"))
        .send()
        .await
        .unwrap();
    let nowhere = raw
        .get(format!(
            "{base}/no/such/page-7720331?token=sensitive-query-value"
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(nowhere.status(), 404);

    // The public port has no metrics.
    assert_eq!(server.status("/metrics"), Some(404));

    let after = scrape(metrics_port).await;
    let moved = |name: &str, labels: &[(&str, &str)]| {
        after.value(name, labels) - before.value(name, labels)
    };
    let sign_ins = "idp_sign_ins_total";
    assert_eq!(moved(sign_ins, &[("outcome", "wrong_password")]), 1.0);
    assert_eq!(moved(sign_ins, &[("outcome", "ok")]), 1.0);
    assert_eq!(moved(sign_ins, &[]), 2.0);
    let issued = "idp_tokens_issued_total";
    assert_eq!(moved(issued, &[("grant_type", "authorization_code")]), 1.0);
    assert_eq!(moved(issued, &[("grant_type", "refresh_token")]), 2.0);
    assert_eq!(moved(issued, &[]), 3.0);
    assert_eq!(moved("idp_refresh_token_reuse_total", &[]), 1.0);
    let requests = "idp_http_request_duration_seconds_count";
    let token_ok = [("method", "POST"), ("route", "/token"), ("status", "200")];
    assert_eq!(moved(requests, &token_ok), 3.0);
    let token_refused = [("method", "POST"), ("route", "/token"), ("status", "400")];
    assert_eq!(moved(requests, &token_refused), 1.0);
    let wrong = [("route", "/login/password"), ("status", "401")];
    assert_eq!(moved(requests, &wrong), 1.0);
    let templated = [("route", "/access/grants/{id}/revoke")];
    assert_eq!(moved(requests, &templated), 1.0);
    let unrouted = [
        ("method", "GET"),
        ("route", "(no route)"),
        ("status", "404"),
    ];
    // The page, and /metrics asked of the public port.
    assert_eq!(moved(requests, &unrouted), 2.0);
    // The histogram's buckets hold every request: the last one is all of them.
    let inf = [("route", "/token"), ("le", "+Inf")];
    assert_eq!(moved("idp_http_request_duration_seconds_bucket", &inf), 4.0);
    // One session opened, by the right password; none ended.
    assert_eq!(moved("idp_sessions_active", &[]), 1.0);
    assert!(after.value("idp_sessions_active", &[]) >= 1.0);
    // The store, measured by backend and operation; no call failed.
    let store = "idp_store_call_duration_seconds_count";
    assert!(moved(store, &[("backend", "sqlite"), ("operation", "get")]) > 0.0);
    assert!(moved(store, &[("backend", "sqlite"), ("operation", "take")]) >= 1.0);
    assert_eq!(after.value("idp_store_errors_total", &[]), 0.0);
    assert_eq!(after.value("idp_password_hash_queue_depth", &[]), 0.0);
    assert_eq!(moved("idp_password_hash_refused_total", &[]), 0.0);
    assert_eq!(moved("idp_mails_total", &[("outcome", "failed")]), 0.0);

    // No label names a secret, an e-mail, an id or a query as sent.
    let secrets = [
        EMAIL,
        "counted",
        PASSWORD,
        WRONG,
        &client_secret,
        &code,
        refresh.secret(),
        tokens.access_token().secret(),
        "rawid4471195",
        "7720331",
        "sensitive-query-value",
    ];
    for (label, value) in after.labels() {
        for secret in secrets {
            assert!(
                !value.contains(secret),
                "{label}={value:?} holds {secret:?}"
            );
        }
        assert!(!value.contains(['@', '?']), "{label}={value:?}");
        if label == "route" {
            assert!(
                value.starts_with('/') || ["(no route)", "(starting)"].contains(&value),
                "route {value:?}"
            );
        }
    }
}
