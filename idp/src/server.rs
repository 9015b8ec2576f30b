//! Starting the provider: store, application state, HTTP listener, housekeeping.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::ServiceExt as _;
use tokio::net::TcpListener;

use crate::clock::{Clock, SystemClock};
use crate::config::Config;
use crate::keys::{self, KeyError};
use crate::provider::{Provider, StartError};
use crate::schema::SchemaError;
use crate::store::observed::{Metered, Observed};
use crate::store::{RedisStore, SqliteStore, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: std::net::SocketAddr,
        source: std::io::Error,
    },
    #[error("cannot start: {0}")]
    Start(#[from] StartError),
    #[error("the store: {0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Schema(#[from] SchemaError),
    #[error("server stopped: {0}")]
    Io(#[from] std::io::Error),
}

/// Opens the configured store, its calls measured when metrics are served.
pub fn open_store(config: &Config) -> Result<Arc<dyn Store>, StoreError> {
    let (store, backend): (Arc<dyn Store>, _) = match &config.redis_url {
        Some(url) if config.redis_cluster => (
            Arc::new(RedisStore::connect_cluster(
                &config.redis_nodes(url),
                &config.redis_prefix,
            )?),
            "redis",
        ),
        Some(url) => (
            Arc::new(RedisStore::connect(url.expose(), &config.redis_prefix)?),
            "redis",
        ),
        None => (Arc::new(SqliteStore::open(&config.data_dir)?), "sqlite"),
    };
    Ok(match config.metrics_listen {
        Some(_) => Arc::new(Observed::wrap(store, Metered { backend })),
        None => store,
    })
}

/// Takes `metrics_listen` (when set) and serves the metrics there from now on; `ready`
/// gets the provider once it is built.
async fn start_metrics(config: &Config) -> Result<Option<crate::web::metrics::Ready>, ServeError> {
    let Some(addr) = config.metrics_listen else {
        return Ok(None);
    };
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|source| ServeError::Listen { addr, source })?;
    crate::metrics::install();
    let ready = crate::web::metrics::Ready::default();
    crate::web::metrics::spawn(listener, Arc::clone(&ready));
    tracing::info!(listen = %addr, "metrics served at /metrics");
    Ok(Some(ready))
}

/// Every minute, the store's expired records removed (the embedded store keeps them until
/// asked), through the provider's own store: its one writer thread, not a second
/// connection contending for SQLite's write lock.
fn start_sweeper(provider: &Provider) {
    if provider.config.redis_url.is_some() {
        return;
    }
    let store = Arc::clone(&provider.store);
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            if let Err(e) = store.sweep_expired().await {
                tracing::warn!(error = %e, "sweeping expired records failed");
            }
        }
    });
}

/// Builds the provider, waiting up to `store_wait_seconds` for a store that is not up yet
/// (Redis starting beside us in compose), so that replicas can start in any order. The
/// master key is created only once the store has answered that it holds no signing key,
/// and removed again when this start then fails before any key was sealed with it.
pub async fn build(config: Config, clock: Arc<dyn Clock>) -> Result<Arc<Provider>, ServeError> {
    let store = open_store(&config)?;
    let deadline = Instant::now() + Duration::from_secs(config.store_wait_seconds);
    let mut warned = false;
    let mut retry = |e: &str| {
        if !warned && Instant::now() < deadline {
            tracing::warn!(error = %e, seconds = config.store_wait_seconds,
                "the store is not reachable yet; retrying");
            warned = true;
        }
        Instant::now() < deadline
    };
    // The store answers, and lets us make what we need of it (a Redis user an ACL keeps
    // from transactions is refused here, with the reason).
    until_reachable(&mut retry, unavailable, async || store.ping().await).await?;
    // The schema first: a store of a newer version is refused before anything is made.
    let catalogue = ern_catalogue::Catalogue::load_or_builtin(config.catalogue.as_deref())
        .map_err(crate::provider::StartError::from)?;
    until_reachable(
        &mut retry,
        |e: &SchemaError| match e {
            SchemaError::Store(e) => unavailable(e),
            _ => None,
        },
        async || crate::schema::ensure(store.as_ref(), &catalogue).await,
    )
    .await?;
    let master = until_reachable(
        &mut retry,
        |e: &KeyError| match e {
            KeyError::Store(e) => unavailable(e),
            _ => None,
        },
        async || keys::prepare_master_key(&store, &config.keys_dir).await,
    )
    .await
    .map_err(StartError::Keys)?;
    let started = until_reachable(
        &mut retry,
        |e: &StartError| match e {
            StartError::Store(e) | StartError::Keys(KeyError::Store(e)) => unavailable(e),
            _ => None,
        },
        async || Provider::start(config.clone(), Arc::clone(&store), Arc::clone(&clock)).await,
    )
    .await
    .map(Arc::new)
    .map_err(ServeError::from);
    if started.is_err() {
        master.forget_if_unused(store.as_ref()).await;
    }
    started
}

/// The reason a store gave for not answering, when it is one to wait out.
fn unavailable(e: &StoreError) -> Option<&str> {
    match e {
        StoreError::Unavailable(reason) => Some(reason),
        StoreError::Backend(_) => None,
    }
}

/// Runs `step` again, a second apart, while it fails for a reason `waiting` says to wait
/// out and `retry` allows (the start's deadline); its first other outcome is returned.
async fn until_reachable<T, E>(
    retry: &mut impl FnMut(&str) -> bool,
    waiting: impl Fn(&E) -> Option<&str>,
    mut step: impl AsyncFnMut() -> Result<T, E>,
) -> Result<T, E> {
    loop {
        match step().await {
            Err(e) if waiting(&e).is_some_and(&mut *retry) => {
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            outcome => return outcome,
        }
    }
}

/// Runs `idp serve` until Ctrl-C or SIGTERM. The port is taken at once (a port in use
/// fails the start), and answers from the first connection: while the store cannot be
/// reached yet, `/healthz` says alive and every other request gets a 503 (see
/// `web::starting`); the provider keeps trying to start, with a pause doubling up to
/// 30 s, and serves as soon as it has. A problem that waiting cannot fix (the master key,
/// the catalogue) stops it.
pub async fn serve(config: Config) -> Result<(), ServeError> {
    let listener = TcpListener::bind(config.listen)
        .await
        .map_err(|source| ServeError::Listen {
            addr: config.listen,
            source,
        })?;
    let metrics = start_metrics(&config).await?;
    let ready = Arc::new(std::sync::OnceLock::new());
    let app = crate::web::starting(Arc::clone(&ready), config.trust_forwarded_for)
        .into_make_service_with_connect_info::<std::net::SocketAddr>();
    let mut server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown_signal())
            .await
    });
    let starting = async {
        let mut pause = Duration::from_secs(1);
        loop {
            match build(config.clone(), Arc::new(SystemClock)).await {
                Ok(provider) => return Ok(provider),
                Err(e) if e.is_store_unavailable() => {
                    tracing::warn!(error = %e, retry_in = ?pause, "the store is still not reachable; serving 503 meanwhile");
                    tokio::time::sleep(pause).await;
                    pause = (pause * 2).min(Duration::from_secs(30));
                }
                Err(e) => return Err(e),
            }
        }
    };
    let provider = tokio::select! {
        built = starting => match built {
            Ok(provider) => provider,
            Err(e) => {
                server.abort();
                return Err(e);
            }
        },
        stopped = &mut server => {
            return stopped.map_err(|e| ServeError::Io(std::io::Error::other(e)))?.map_err(ServeError::Io);
        }
    };
    start_sweeper(&provider);
    crate::memory::start_heap_trimmer();
    announce(&provider);
    if let Some(metrics) = metrics {
        let _ = metrics.set(Arc::clone(&provider));
    }
    let router = crate::web::router(provider);
    // Start-up's code is no longer needed in memory (see `memory::unmap_startup_code`);
    // dropped before the first request is served, so that none waits for it.
    if let Ok(dropped) = tokio::task::spawn_blocking(crate::memory::unmap_startup_code).await {
        tracing::info!(
            kib = dropped / 1024,
            "start-up's machine code and read-only data dropped from memory"
        );
    }
    let _ = ready.set(router);
    server
        .await
        .map_err(|e| ServeError::Io(std::io::Error::other(e)))?
        .map_err(ServeError::Io)
}

impl ServeError {
    /// Whether waiting may help: the store did not answer.
    pub fn is_store_unavailable(&self) -> bool {
        matches!(
            self,
            ServeError::Store(StoreError::Unavailable(_))
                | ServeError::Schema(SchemaError::Store(StoreError::Unavailable(_)))
                | ServeError::Start(StartError::Store(StoreError::Unavailable(_)))
                | ServeError::Start(StartError::Keys(KeyError::Store(StoreError::Unavailable(
                    _
                ))))
        )
    }
}

fn announce(provider: &Provider) {
    let store_name = if provider.config.redis_cluster {
        "Redis Cluster"
    } else if provider.config.redis_url.is_some() {
        "Redis"
    } else {
        "embedded (SQLite)"
    };
    tracing::info!(
        listen = %provider.config.listen,
        issuer = %provider.config.issuer,
        store = store_name,
        data = %provider.config.data_dir.display(),
        "{} listening",
        provider.config.site_name
    );
}

/// Serves an already built provider on `listener` (the demo runs it beside CPMS).
pub async fn serve_provider(
    provider: Arc<Provider>,
    listener: TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    start_sweeper(&provider);
    if let Some(metrics) = start_metrics(&provider.config).await? {
        let _ = metrics.set(Arc::clone(&provider));
    }
    announce(&provider);
    crate::web::serve(provider, listener, shutdown).await?;
    Ok(())
}

pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
