//! The access log and request ids, as the provider keeps them: an incoming well-formed
//! `X-Request-Id` (1 to 64 of `A-Z a-z 0-9 - _ .`) is kept, else a new one is made; it is
//! returned as `X-Request-Id`, shown on error pages, and carried by every log line of the
//! request. One `access` line per request: method, route template (never the URL with
//! its query: `/callback` carries the code), status, duration, id, client address.

use std::net::SocketAddr;
use std::time::Instant;

use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

use super::AppState;

const HEADER: &str = "x-request-id";

/// The id of the request being served (for the error pages).
#[derive(Clone, Debug)]
pub struct RequestId(pub String);

fn incoming(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(HEADER)?.to_str().ok()?;
    let well_formed = (1..=64).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    well_formed.then(|| value.to_owned())
}

pub async fn layer(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let started = Instant::now();
    let request_id = incoming(request.headers()).unwrap_or_else(|| crate::secrets::random_token(9));
    let method = request.method().clone();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned());
    let client = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or_else(|| "unknown".to_owned(), |c| c.0.ip().to_string());
    request
        .extensions_mut()
        .insert(RequestId(request_id.clone()));
    let span = tracing::info_span!("request", %request_id);
    let mut response = tracing::Instrument::instrument(next.run(request), span).await;
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        response.headers_mut().insert(HEADER, value);
    }
    let elapsed = started.elapsed();
    let route = route.as_deref().unwrap_or("(no route)");
    let status = response.status().as_u16();
    state
        .metrics
        .http_request(method.as_str(), route, status, elapsed);
    let micros = u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX);
    #[allow(clippy::cast_precision_loss)]
    let duration_ms = micros as f64 / 1000.0;
    tracing::info!(
        target: "access",
        method = %method,
        route,
        status,
        duration_ms,
        request_id,
        client,
        "request"
    );
    response
}
