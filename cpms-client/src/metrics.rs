//! Prometheus metrics of CPMS: every metric's name, labels and meaning in one place; the
//! handlers call the named functions below. Served at `/metrics` on `CPMS_METRICS_LISTEN`
//! only (a port of its own, never the public one); unset, nothing is recorded.
//!
//! The registry is the `App`'s own (not the `metrics` crate's process-wide recorder), so
//! the demo, which runs CPMS beside the provider in one process, keeps the two apart.
//! Label values come from fixed lists (a route's template, an outcome): never a code, a
//! token, a member or a path as sent.

use std::sync::Arc;
use std::time::Duration;

use ::metrics::{counter, describe_counter, describe_histogram, histogram};
use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusRecorder};
use tokio::net::TcpListener;

/// Seconds, from a page served from memory to a provider that does not answer.
const BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

const REQUESTS: &str = "cpms_http_request_duration_seconds";

/// One CPMS's registry (each `App` has its own, so tests running many in one process
/// count apart); `off` records nothing.
#[derive(Clone, Default)]
pub struct Metrics(Option<Arc<PrometheusRecorder>>);

impl Metrics {
    pub fn off() -> Self {
        Metrics(None)
    }

    pub fn on() -> Self {
        let recorder = PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Full(REQUESTS.into()), BUCKETS)
            // Refused only for an empty list of buckets, which BUCKETS is not.
            .unwrap_or_else(|_| PrometheusBuilder::new())
            .build_recorder();
        ::metrics::with_local_recorder(&recorder, describe);
        Metrics(Some(Arc::new(recorder)))
    }

    /// Serves the registry at `/metrics` on `listener` until the process ends; any other
    /// path there is a 404.
    pub fn serve(&self, listener: TcpListener) {
        let app = Router::new()
            .route("/metrics", get(scrape))
            .with_state(self.clone());
        tokio::spawn(async move {
            if let Err(e) = axum::serve(listener, app).await {
                tracing::error!(error = %e, "the metrics listener stopped");
            }
        });
    }

    fn with(&self, record: impl FnOnce()) {
        if let Some(recorder) = &self.0 {
            ::metrics::with_local_recorder(recorder.as_ref(), record);
        }
    }

    /// One HTTP request on the public port; `route` is the matched template or
    /// `(no route)`.
    pub fn http_request(&self, method: &str, route: &str, status: u16, elapsed: Duration) {
        let method = match method {
            "GET" | "POST" | "HEAD" | "OPTIONS" => method.to_owned(),
            _ => "other".to_owned(),
        };
        self.with(|| {
            let labels = [
                ("method", method),
                ("route", route.to_owned()),
                ("status", status.to_string()),
            ];
            histogram!(REQUESTS, &labels).record(elapsed.as_secs_f64());
        });
    }

    /// How an answer at `/callback` ended: `ok`; `expired` (no sign-in was pending for
    /// this browser); `provider_error` (the provider sent an error back); `incomplete` (no
    /// code or state); `refused` (the code, state or ID token did not pass, or the level
    /// is too low); `unavailable` (the provider could not be reached).
    pub fn sign_in(&self, outcome: &'static str) {
        self.with(|| counter!("cpms_sign_ins_total", "outcome" => outcome).increment(1));
    }

    /// A refresh of a session's profiles: `ok`, `refused` (the session ended) or
    /// `unavailable` (the current profiles kept).
    pub fn token_refresh(&self, outcome: &'static str) {
        self.with(|| counter!("cpms_token_refreshes_total", "outcome" => outcome).increment(1));
    }

    /// A back-channel logout token: `ok` (sessions ended), `replayed`, `invalid` (not a
    /// valid logout token of the provider, or none) or `unavailable` (the provider's keys
    /// could not be read).
    pub fn backchannel_logout(&self, outcome: &'static str) {
        self.with(|| {
            counter!("cpms_backchannel_logouts_total", "outcome" => outcome).increment(1);
        });
    }
}

async fn scrape(State(metrics): State<Metrics>) -> Response {
    let Some(recorder) = &metrics.0 else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let handle = recorder.handle();
    handle.run_upkeep();
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        handle.render(),
    )
        .into_response()
}

fn describe() {
    describe_histogram!(
        REQUESTS,
        "HTTP requests by method, route template and status (_count: the requests), seconds"
    );
    describe_counter!(
        "cpms_sign_ins_total",
        "Sign-ins through the provider (answers at /callback), by outcome"
    );
    describe_counter!(
        "cpms_token_refreshes_total",
        "Refreshes of a session's profiles with its refresh token, by outcome"
    );
    describe_counter!(
        "cpms_backchannel_logouts_total",
        "Back-channel logout tokens received from the provider, by outcome"
    );
}
