//! The access log and request ids.
//!
//! Every request gets an id: the one in an incoming `X-Request-Id` when it is well formed
//! (a load balancer's, so that its log and ours name the same request), else a new random
//! one. It is returned as `X-Request-Id` on every response, shown on error pages, and
//! carried by every log line written while the request is served. When the answer is
//! ready, one `access` line records the method, the route's template (`/device/requests/{id}`,
//! never the path or query as sent, which may hold codes and tokens), the status, the
//! duration, the id and the client address (from `X-Forwarded-For` only under
//! `trust_forwarded_for`). The same line feeds the request metrics (`crate::metrics`).

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::Response;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

pub const HEADER: &str = "x-request-id";

/// The id of the request being served, for the handlers and the error pages.
#[derive(Clone, Debug)]
pub struct RequestId(pub String);

/// An incoming id is kept only when it is 1 to 64 characters of `A-Z a-z 0-9 - _ .`:
/// nothing a log line or a page could be fooled by.
pub fn incoming(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(HEADER)?.to_str().ok()?;
    let well_formed = (1..=64).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    well_formed.then(|| value.to_owned())
}

/// The id for a request: the incoming one when well formed, else a new one.
pub fn id_for(headers: &HeaderMap) -> String {
    incoming(headers).unwrap_or_else(new_id)
}

/// Bytes of a new id: 12 characters of base64url.
const ID_BYTES: usize = 9;

/// A new id from the operating system's random bytes, taken from a pool per thread that
/// one `getrandom` call fills for 64 ids. An id has to be unique, not secret (it is shown
/// on pages and logged), and a system call per request was ~1.5 % of a small answer's CPU.
fn new_id() -> String {
    const POOL: usize = 64 * ID_BYTES;
    thread_local! {
        static BYTES: std::cell::RefCell<([u8; POOL], usize)> =
            const { std::cell::RefCell::new(([0; POOL], POOL)) };
    }
    BYTES.with_borrow_mut(|(pool, used)| {
        if *used == POOL {
            if getrandom::fill(pool).is_err() {
                // Unique without the system's generator: this process's count of them.
                static FALLBACK: AtomicU64 = AtomicU64::new(0);
                return format!("n{:011}", FALLBACK.fetch_add(1, Ordering::Relaxed));
            }
            *used = 0;
        }
        let id = URL_SAFE_NO_PAD.encode(&pool[*used..*used + ID_BYTES]);
        *used += ID_BYTES;
        id
    })
}

/// Returns the id to the client.
pub fn tag(response: &mut Response, request_id: &str) {
    if let Ok(value) = HeaderValue::from_str(request_id) {
        response.headers_mut().insert(HEADER, value);
    }
}

/// One access-log line (target `access`). `route` is the matched template; `None` for a
/// path no route has.
pub fn log(
    method: &Method,
    route: Option<&str>,
    status: StatusCode,
    started: Instant,
    request_id: &str,
    client: &str,
) {
    let elapsed = started.elapsed();
    let route = route.unwrap_or("(no route)");
    crate::metrics::http_request(method.as_str(), route, status.as_u16(), elapsed);
    let micros = u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX);
    // Milliseconds with three decimals: fast answers are not all 0.
    #[allow(clippy::cast_precision_loss)]
    let duration_ms = micros as f64 / 1000.0;
    tracing::info!(
        target: "access",
        method = %method,
        route,
        status = status.as_u16(),
        duration_ms,
        request_id,
        client,
        "request"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_well_formed_incoming_ids_are_kept() {
        let with = |value: &str| {
            let mut headers = HeaderMap::new();
            if let Ok(v) = HeaderValue::from_str(value) {
                headers.insert(HEADER, v);
            }
            incoming(&headers)
        };
        assert_eq!(
            with("4bf92f3577b34da6").as_deref(),
            Some("4bf92f3577b34da6")
        );
        assert_eq!(with("lb-1.req_2").as_deref(), Some("lb-1.req_2"));
        for bad in ["", "a b", "x\"y", "a/b", "{}", &"a".repeat(65), "é"] {
            assert_eq!(with(bad), None, "{bad:?}");
        }
        assert_eq!(id_for(&HeaderMap::new()).len(), 12);
    }

    #[test]
    fn new_ids_differ_across_pool_refills() {
        let ids: std::collections::HashSet<String> = (0..1000).map(|_| new_id()).collect();
        assert_eq!(ids.len(), 1000);
        assert!(ids.iter().all(|id| id.len() == 12));
    }
}
