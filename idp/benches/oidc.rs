//! OpenID Connect throughput against the release `idp` binary: single-sign-on round trips
//! (authorize with an existing session, then exchange the code), the token endpoint
//! (refresh grants) and userinfo, with latency percentiles and the server's peak memory,
//! on the embedded store and on Redis.
//!
//!     cargo bench -p idp --bench oidc      # BENCH_SECONDS, BENCH_CONCURRENCY
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

mod common;

use common::flows::{self, SECRET, sso_round_trip};
use common::{Run, Server, env_u64, report, start_redis};

/// A browser signed in as `bench{n}`.
async fn signed_in(base: &str, n: u64) -> reqwest::Client {
    flows::signed_in(
        base,
        &format!("bench{}@example.eu", n % common::USERS as u64),
    )
    .await
}

#[derive(Clone, Copy)]
enum Load {
    Sso,
    Refresh,
    Userinfo,
}

async fn measure(base: &str, load: Load, concurrency: u64, seconds: u64) -> Run {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for worker in 0..concurrency {
        let base = base.to_owned();
        tasks.push(tokio::spawn(async move {
            let browser = signed_in(&base, worker).await;
            let http = reqwest::Client::new();
            let first = sso_round_trip(&base, &browser, &http)
                .await
                .expect("first round trip");
            let mut refresh = first["refresh_token"].as_str().unwrap().to_owned();
            let access = first["access_token"].as_str().unwrap().to_owned();
            let (mut ok, mut other, mut latencies) = (0u64, 0u64, Vec::new());
            while Instant::now() < deadline {
                let t = Instant::now();
                let success = match load {
                    Load::Sso => sso_round_trip(&base, &browser, &http).await.is_some(),
                    Load::Refresh => {
                        let response = http
                            .post(format!("{base}/token"))
                            .basic_auth("bench", Some(SECRET))
                            .form(&[
                                ("grant_type", "refresh_token"),
                                ("refresh_token", refresh.as_str()),
                            ])
                            .send()
                            .await;
                        match response {
                            Ok(r) if r.status().is_success() => {
                                let json: serde_json::Value = r.json().await.unwrap();
                                refresh = json["refresh_token"].as_str().unwrap().to_owned();
                                true
                            }
                            _ => false,
                        }
                    }
                    Load::Userinfo => http
                        .get(format!("{base}/userinfo"))
                        .bearer_auth(&access)
                        .send()
                        .await
                        .is_ok_and(|r| r.status().is_success()),
                };
                if success {
                    ok += 1;
                    latencies.push(t.elapsed());
                } else {
                    other += 1;
                }
            }
            (ok, other, latencies)
        }));
    }
    let mut run = Run::default();
    for task in tasks {
        let (ok, other, latencies) = task.await.unwrap();
        run.ok += ok;
        run.other += other;
        run.latencies.extend(latencies);
    }
    run.seconds = started.elapsed().as_secs_f64();
    run.latencies.sort();
    run
}

#[tokio::main]
async fn main() {
    let seconds = env_u64("BENCH_SECONDS", 10);
    let concurrency = env_u64("BENCH_CONCURRENCY", 8);
    println!(
        "\n| store / load                 | conc | req/s    | p50 ms | p95 ms | p99 ms | 503s   | other | RSS MiB |"
    );
    println!(
        "|------------------------------|------|----------|--------|--------|--------|--------|-------|---------|"
    );
    let mut redis = start_redis();
    let mut stores: Vec<(&str, Option<String>)> = vec![("embedded", None)];
    if let Some((_, url)) = &redis {
        stores.push(("redis", Some(url.clone())));
    }
    for (name, url) in stores {
        let server = Server::start(url.as_deref());
        flows::add_client(&server);
        for (label, load) in [
            ("SSO round trip", Load::Sso),
            ("token (refresh)", Load::Refresh),
            ("userinfo", Load::Userinfo),
        ] {
            let run = measure(&server.base, load, concurrency, seconds).await;
            report(
                &format!("{name}, {label}"),
                concurrency,
                &run,
                server.peak_rss_mib(),
            );
        }
    }
    if let Some((child, _)) = redis.as_mut() {
        let _ = child.kill();
        let _ = child.wait();
    }
    println!();
}
