//! CPMS, the Clinical Patient Management System: the relying party of `idp`. It signs users
//! in through the provider (or, in training mode, with local test accounts), reads the
//! profiles the provider released per organisation, and allows or refuses every page by
//! those profiles.
//!
//! Start it in-process with [`serve_on`] on a listener you bound, or build the router with
//! [`App::new`] and [`web::router`].

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod config;
pub mod data;
pub mod metrics;
pub mod oidc;
pub mod profiles;
pub mod rules;
pub mod secrets;
pub mod sessions;
pub mod training;
pub mod web;

use std::future::Future;
use std::sync::Arc;

use tokio::net::TcpListener;

pub use config::{Config, ConfigError, Secret};
pub use web::{AppState, router};

/// What can stop CPMS from starting or serving.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("catalogue: {0}")]
    Catalogue(#[from] ern_catalogue::CatalogueError),
    #[error("data: {0}")]
    Data(#[from] data::DataError),
    #[error("OpenID Connect client: {0}")]
    Oidc(#[from] oidc::OidcError),
    #[error("listening on {address}: {source}")]
    Listen {
        address: String,
        source: std::io::Error,
    },
    #[error("server: {0}")]
    Serve(std::io::Error),
}

impl Error {
    /// Exit status for `cpms serve`: 2 for bad settings, 1 for the rest.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Config(_) | Error::Catalogue(_) => 2,
            _ => 1,
        }
    }
}

/// Everything a running CPMS holds.
pub struct App {
    pub config: Config,
    pub catalogue: ern_catalogue::Catalogue,
    pub oidc: oidc::Oidc,
    pub sessions: sessions::Sessions,
    /// `cpms.json`, or `cpms-training.json` in training mode: a training deployment never
    /// opens the real data.
    pub data: data::DataFile,
    /// Recorded only when `metrics_listen` is set.
    pub metrics: metrics::Metrics,
}

/// The data file of a deployment in `mode`.
pub fn data_file_name(training: bool) -> &'static str {
    if training {
        "cpms-training.json"
    } else {
        "cpms.json"
    }
}

impl App {
    pub fn new(config: Config) -> Result<AppState, Error> {
        let catalogue = ern_catalogue::Catalogue::load_or_builtin(config.catalogue.as_deref())?;
        let oidc = oidc::Oidc::new(&config)?;
        let data = data::DataFile::open(&config.data_dir, data_file_name(config.training))?;
        let sessions = sessions::Sessions::new(config.max_pending_logins);
        if config.training {
            tracing::warn!("TRAINING MODE: test accounts enabled; not for patient data");
        }
        let metrics = match config.metrics_listen {
            Some(_) => metrics::Metrics::on(),
            None => metrics::Metrics::off(),
        };
        Ok(Arc::new(App {
            metrics,
            config,
            catalogue,
            oidc,
            sessions,
            data,
        }))
    }
}

/// Serves CPMS on `listener` (bound by the caller) until `shutdown` completes; pass
/// [`shutdown_signal()`] to stop on Ctrl-C or SIGTERM.
pub async fn serve_on(
    listener: TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), Error> {
    serve_app(listener, App::new(config)?, shutdown).await
}

/// Serves an [`App`] already built (whose state the caller may keep, e.g. to look at its
/// sessions) on `listener` until `shutdown` completes.
pub async fn serve_app(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), Error> {
    if let Some(address) = state.config.metrics_listen {
        let metrics = TcpListener::bind(address)
            .await
            .map_err(|source| Error::Listen {
                address: address.to_string(),
                source,
            })?;
        state.metrics.serve(metrics);
        tracing::info!(listen = %address, "CPMS metrics served at /metrics");
    }
    let app = web::router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(Error::Serve)
}

/// Binds `config.listen` and serves until Ctrl-C or SIGTERM.
pub async fn serve(config: Config) -> Result<(), Error> {
    let listener = TcpListener::bind(config.listen)
        .await
        .map_err(|source| Error::Listen {
            address: config.listen.to_string(),
            source,
        })?;
    tracing::info!(listen = %config.listen, public_url = %config.public_url, issuer = %config.issuer, "CPMS serving");
    serve_on(listener, config, shutdown_signal()).await
}

/// Log lines on standard error, as `CPMS_LOG_FORMAT` says; `RUST_LOG` filters them
/// (default `info`). Once per process: later calls change nothing.
pub fn init_logging(format: config::LogFormat) {
    use std::io::IsTerminal;
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match format {
        config::LogFormat::Text => builder
            .with_ansi(std::io::stderr().is_terminal())
            .try_init(),
        config::LogFormat::Json => builder
            .json()
            .with_ansi(false)
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .try_init(),
    };
}

/// Ctrl-C, or SIGTERM on Unix.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
