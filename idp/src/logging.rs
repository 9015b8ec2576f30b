//! Log lines on standard error: readable text (colours only on a terminal) or one JSON
//! object per line for a log collector (`log_format`, `IDP_LOG_FORMAT`). `RUST_LOG`
//! filters them as usual (default `info`).
//!
//! What is logged never holds a secret: the access log (`web::request_log`) names the
//! route's template, never the URL with its query, and no handler logs a form, a token,
//! a code, a cookie or a password. `idp/tests/it/logs.rs` greps a whole journey's log for
//! every secret it handled.

use std::io::IsTerminal;

use crate::config::LogFormat;

/// Sets the process's logger once; later calls (tests, the demo) change nothing.
pub fn init(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Text => builder
            .with_target(false)
            .with_ansi(std::io::stderr().is_terminal())
            .try_init(),
        // Fields at the top level beside `timestamp`, `level`, `message` and `target`
        // (`access` for the access log); the request's id under `span`.
        LogFormat::Json => builder
            .json()
            .with_ansi(false)
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .try_init(),
    };
}
