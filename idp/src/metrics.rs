//! Prometheus metrics: every metric's name, labels and meaning, in one place. The rest of
//! the code calls the named functions below (`metrics::sign_in(SignIn::Ok)`), never a
//! metric name.
//!
//! The registry (`metrics-exporter-prometheus`) is made only by [`install`], which
//! `idp serve` calls when `metrics_listen` is set; until then every function here returns
//! at once. It is this crate's own, not the process-wide recorder of the `metrics` crate,
//! so that CPMS, run in the same process by the demo, keeps a registry of its own.
//!
//! Every label value is a word from a fixed list (a route's template, a grant type, an
//! outcome), never something a client sent: no e-mail, code, token or path with an id can
//! reach a label, and the number of series stays bounded whatever the traffic.

use std::sync::OnceLock;
use std::time::Duration;

use ::metrics::{counter, describe_counter, describe_gauge, describe_histogram, gauge, histogram};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusRecorder};

use crate::error::Error;
use crate::provider::SignInOutcome;
use crate::throttle::Refusal;

static RECORDER: OnceLock<PrometheusRecorder> = OnceLock::new();

/// Request and store latencies, in seconds: from a cached read to the 30 s timeout.
const BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// Makes the registry (once per process; later calls do nothing).
pub fn install() {
    RECORDER.get_or_init(|| {
        let recorder = PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), BUCKETS)
            // Refused only for an empty list of buckets, which BUCKETS is not.
            .unwrap_or_else(|_| PrometheusBuilder::new())
            .build_recorder();
        ::metrics::with_local_recorder(&recorder, describe);
        recorder
    });
}

/// The registry in Prometheus' text format; `None` before [`install`]. Also drains the
/// histograms' pending samples (the exporter's "upkeep").
pub fn render() -> Option<String> {
    let handle = RECORDER.get()?.handle();
    handle.run_upkeep();
    Some(handle.render())
}

fn with(record: impl FnOnce()) {
    if let Some(recorder) = RECORDER.get() {
        ::metrics::with_local_recorder(recorder, record);
    }
}

fn describe() {
    describe_histogram!(
        "idp_http_request_duration_seconds",
        "HTTP requests by method, route template and status (_count: the requests), seconds"
    );
    describe_counter!("idp_sign_ins_total", "Password sign-ins by outcome");
    describe_counter!(
        "idp_second_factors_total",
        "Second-factor (and passkey) verifications by method and outcome"
    );
    describe_counter!("idp_tokens_issued_total", "Token responses by grant type");
    describe_counter!(
        "idp_refresh_token_reuse_total",
        "Refresh tokens presented again after their rotation (their family was revoked)"
    );
    describe_histogram!(
        "idp_store_call_duration_seconds",
        "Store calls by backend and operation, seconds"
    );
    describe_counter!(
        "idp_store_errors_total",
        "Store calls that failed, by backend and operation"
    );
    describe_gauge!(
        "idp_password_hash_queue_depth",
        "Password hashes waiting for a hashing thread in this process"
    );
    describe_counter!(
        "idp_password_hash_refused_total",
        "Password checks refused (503) because the hashing queue was full"
    );
    describe_counter!(
        "idp_mails_total",
        "Mails handed to the transport, by outcome"
    );
    describe_counter!("idp_sms_total", "SMS handed to the transport, by outcome");
    describe_counter!(
        "idp_backchannel_logouts_total",
        "Back-channel logout tokens sent to relying parties, by outcome"
    );
    describe_gauge!(
        "idp_sessions_active",
        "Sign-in sessions not ended nor expired, counted in the store by every replica \
         (the same on each; the hour now ending may hold some just expired)"
    );
}

/// HTTP methods a label may name; anything else is `other` (a client may invent methods).
fn method_label(method: &str) -> &'static str {
    match method {
        "GET" => "GET",
        "POST" => "POST",
        "HEAD" => "HEAD",
        "OPTIONS" => "OPTIONS",
        "PUT" => "PUT",
        "DELETE" => "DELETE",
        "PATCH" => "PATCH",
        _ => "other",
    }
}

/// One HTTP request served on the public port. `route` is the matched template
/// (`/account/phones`, `/access/approvals/{id}`), `(no route)` or `(starting)`.
pub fn http_request(method: &str, route: &str, status: u16, elapsed: Duration) {
    with(|| {
        histogram!(
            "idp_http_request_duration_seconds",
            "method" => method_label(method),
            "route" => route.to_owned(),
            "status" => status.to_string()
        )
        .record(elapsed.as_secs_f64());
    });
}

/// A password sign-in, by how it ended: `ok`, `wrong_password` (the e-mail or the
/// password was wrong: one outcome, as the person is told), `locked` (this attempt locked
/// the account, or it was locked), `throttled` (asked to wait), `robot_check` (the address
/// must solve the anti-robot check first), `disabled` (the right password of an account
/// an operator disabled), `error` (a fault: the person saw a 503).
pub fn sign_in(outcome: &Result<SignInOutcome, Error>) {
    let outcome = match outcome {
        Ok(SignInOutcome::SignedIn(..)) => "ok",
        Ok(SignInOutcome::WrongCredentials) => "wrong_password",
        Ok(SignInOutcome::Refused(Refusal::Locked { .. })) => "locked",
        Ok(SignInOutcome::Refused(Refusal::Wait { .. })) => "throttled",
        Ok(SignInOutcome::Refused(Refusal::RobotCheckNeeded)) => "robot_check",
        Ok(SignInOutcome::Refused(Refusal::Disabled)) => "disabled",
        Err(_) => "error",
    };
    with(|| counter!("idp_sign_ins_total", "outcome" => outcome).increment(1));
}

/// A second factor's method, as the label names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Sms,
    Totp,
    AppPush,
    AppQr,
    SecurityKey,
    Passkey,
    RecoveryCode,
}

/// How a second-factor verification ended (faults are not counted here: they are store
/// errors and 503 answers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proof {
    Ok,
    /// A wrong code, or an assertion that did not verify.
    Wrong,
    /// Too many wrong tries: refused without checking.
    TooMany,
    /// No challenge, or it expired or was used.
    Expired,
    /// A security key whose signature counter went backwards.
    Cloned,
    /// Denied in the app (or the wrong number picked).
    Denied,
}

pub fn second_factor(method: Method, outcome: Proof) {
    let method = match method {
        Method::Sms => "sms",
        Method::Totp => "totp",
        Method::AppPush => "app_push",
        Method::AppQr => "app_qr",
        Method::SecurityKey => "security_key",
        Method::Passkey => "passkey",
        Method::RecoveryCode => "recovery_code",
    };
    let outcome = match outcome {
        Proof::Ok => "ok",
        Proof::Wrong => "wrong",
        Proof::TooMany => "too_many",
        Proof::Expired => "expired",
        Proof::Cloned => "cloned",
        Proof::Denied => "denied",
    };
    with(|| {
        counter!("idp_second_factors_total", "method" => method, "outcome" => outcome).increment(1);
    });
}

/// A successful token response; `grant_type` is one the token endpoint serves.
pub fn token_issued(grant_type: &'static str) {
    with(|| counter!("idp_tokens_issued_total", "grant_type" => grant_type).increment(1));
}

pub fn refresh_token_reuse() {
    with(|| counter!("idp_refresh_token_reuse_total").increment(1));
}

/// One store call; `backend` is `sqlite` or `redis`, `operation` a `Store` method's name.
pub fn store_call(backend: &'static str, operation: &'static str, elapsed: Duration, ok: bool) {
    with(|| {
        let labels = [("backend", backend), ("operation", operation)];
        histogram!("idp_store_call_duration_seconds", &labels).record(elapsed.as_secs_f64());
        if !ok {
            counter!("idp_store_errors_total", &labels).increment(1);
        }
    });
}

/// A password job entered (`+1`) or left (`-1`) the hashing queue.
pub fn password_hash_queue(change: f64) {
    with(|| gauge!("idp_password_hash_queue_depth").increment(change));
}

pub fn password_hash_refused() {
    with(|| counter!("idp_password_hash_refused_total").increment(1));
}

fn outcome(sent: bool) -> &'static str {
    if sent { "sent" } else { "failed" }
}

pub fn mail(sent: bool) {
    with(|| counter!("idp_mails_total", "outcome" => outcome(sent)).increment(1));
}

pub fn sms(sent: bool) {
    with(|| counter!("idp_sms_total", "outcome" => outcome(sent)).increment(1));
}

/// A back-channel logout token delivered (2xx) or not (refused, unreachable).
pub fn backchannel_logout(delivered: bool) {
    let outcome = if delivered { "delivered" } else { "failed" };
    with(|| counter!("idp_backchannel_logouts_total", "outcome" => outcome).increment(1));
}

pub fn sessions_active(count: u64) {
    #[allow(clippy::cast_precision_loss)]
    let count = count as f64;
    with(|| gauge!("idp_sessions_active").set(count));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invented_methods_are_one_label() {
        assert_eq!(method_label("GET"), "GET");
        assert_eq!(method_label("BREW"), "other");
        assert_eq!(method_label("get"), "other");
    }
}
