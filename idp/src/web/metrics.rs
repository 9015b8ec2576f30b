//! The metrics listener: Prometheus' text format at `/metrics` on `metrics_listen`, a port
//! of its own so that the public port never serves it (it tells traffic patterns and
//! failure rates, and carries no authentication: bind it where only the scraper reaches).

use std::sync::{Arc, OnceLock};

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio::net::TcpListener;

use super::AppState;

/// The provider, once it is built (the listener answers from the start).
pub type Ready = Arc<OnceLock<AppState>>;

/// Serves `/metrics` on `listener` until the process ends; any other path is a 404.
pub fn spawn(listener: TcpListener, ready: Ready) {
    let app = Router::new()
        .route("/metrics", get(scrape))
        .with_state(ready);
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, app).await {
            tracing::error!(error = %e, "the metrics listener stopped");
        }
    });
}

async fn scrape(State(ready): State<Ready>) -> Response {
    if let Some(provider) = ready.get() {
        let hours = provider.config.session_hours;
        match crate::sessions::active(provider.store.as_ref(), provider.now(), hours).await {
            Ok(active) => crate::metrics::sessions_active(active),
            Err(e) => tracing::warn!(error = %e, "counting the active sessions failed"),
        }
    }
    match crate::metrics::render() {
        Some(text) => (
            [(
                header::CONTENT_TYPE,
                "text/plain; version=0.0.4; charset=utf-8",
            )],
            text,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
