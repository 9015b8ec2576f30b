//! Test harness: a real `redis-server` per test run, temporary data directories, and
//! (in `app`) the provider served in-process on a loopback port.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use idp::store::{RedisStore, SqliteStore, Store};

static REDIS_URL: OnceLock<String> = OnceLock::new();

/// `IDP_TEST_REDIS_URL` when set; otherwise a `redis-server` started for this test binary
/// on a free port. A missing `redis-server` fails the run: the Redis tests are not optional.
pub fn redis_url() -> String {
    REDIS_URL
        .get_or_init(|| {
            if let Ok(url) = std::env::var("IDP_TEST_REDIS_URL") {
                return url;
            }
            start_redis_server()
        })
        .clone()
}

/// A port free on the loopback, never one handed out before in this test binary: the
/// kernel may give a port just released to the next `bind(0)`, and servers started at the
/// same time from two threads (the shared Redis Cluster and a test's own) would then be
/// told the same port, one of them failing to bind while the other answers for it.
fn free_port() -> u16 {
    static HANDED_OUT: std::sync::Mutex<Vec<u16>> = std::sync::Mutex::new(Vec::new());
    let mut handed_out = HANDED_OUT.lock().unwrap_or_else(|e| e.into_inner());
    loop {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
        let port = listener.local_addr().expect("local address").port();
        if !handed_out.contains(&port) {
            handed_out.push(port);
            return port;
        }
    }
}

fn start_redis_server() -> String {
    let port = free_port();
    // PDEATHSIG fires when the spawning *thread* ends, so the shared server is started from
    // a thread that lives as long as the test binary: it dies with us, even on a panic.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let server = RedisServer::start(port);
        tx.send(server.url()).ok();
        loop {
            std::thread::park();
        }
    });
    rx.recv()
        .expect("redis-server could not be started (see the message above)")
}

/// A `redis-server` this test controls (stop it, start it again on the same port).
pub struct RedisServer {
    pub port: u16,
    child: std::process::Child,
}

impl RedisServer {
    pub fn start(port: u16) -> Self {
        let child = spawn_redis(port);
        wait_for_redis(port);
        RedisServer { port, child }
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/", self.port)
    }

    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.kill();
    }
}

pub fn free_redis_port() -> u16 {
    free_port()
}

fn spawn_redis(port: u16) -> std::process::Child {
    spawn_redis_with(port, &[])
}

/// A `redis-server` on `port` without persistence, `extra` arguments appended; killed when
/// the thread that spawned it ends.
pub fn spawn_redis_with(port: u16, extra: &[&str]) -> std::process::Child {
    use std::os::unix::process::CommandExt;
    {
        let mut cmd = Command::new("redis-server");
        cmd.args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ])
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        // SAFETY: prctl is async-signal-safe and touches no memory of the parent.
        unsafe {
            cmd.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        cmd.spawn().unwrap_or_else(|err| {
            panic!(
                "the Redis tests need `redis-server` (apt-get install redis-server) or \
                 IDP_TEST_REDIS_URL pointing at a running server: {err}"
            )
        })
    }
}

pub fn wait_for_redis(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) {
            let mut buf = [0u8; 7];
            if stream.write_all(b"PING\r\n").is_ok()
                && stream.read_exact(&mut buf).is_ok()
                && &buf == b"+PONG\r\n"
            {
                return;
            }
        }
        assert!(
            Instant::now() < deadline,
            "redis-server did not start on port {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

pub fn unique(prefix: &str) -> String {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("randomness");
    format!(
        "{prefix}{}",
        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
    )
}

pub fn redis_store() -> Arc<dyn Store> {
    Arc::new(RedisStore::connect(&redis_url(), &unique("test-")).expect("redis store"))
}

pub fn sqlite_store() -> (Arc<dyn Store>, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = SqliteStore::open(dir.path()).expect("sqlite store");
    (Arc::new(store), dir)
}

/// Generates one test per backend from `async fn name(store: Arc<dyn Store>)`: the
/// embedded store, one `redis-server`, and a Redis Cluster of three masters.
#[macro_export]
macro_rules! on_every_store {
    ($($name:ident),* $(,)?) => {
        mod embedded {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $name() {
                    let (store, _dir) = $crate::support::sqlite_store();
                    super::$name(store).await;
                }
            )*
        }
        mod redis {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $name() {
                    super::$name($crate::support::redis_store()).await;
                }
            )*
        }
        mod redis_cluster {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $name() {
                    super::$name($crate::redis_cluster::store()).await;
                }
            )*
        }
    };
}

/// Generates one test per backend from `async fn name(backend: Backend)`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod embedded {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::app::Backend::Embedded).await;
                }
            )*
        }
        mod redis {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::app::Backend::Redis).await;
                }
            )*
        }
    };
}

/// Every key of `store` under `prefix`, sorted, each once (a scan may repeat one).
pub async fn every_key(store: &dyn Store, prefix: &str) -> Vec<String> {
    let (mut found, mut cursor) = (Vec::new(), String::new());
    loop {
        let (keys, next) = store.scan_keys(prefix, &cursor, 100).await.unwrap();
        found.extend(keys);
        if next.is_empty() {
            break;
        }
        cursor = next;
    }
    found.sort();
    found.dedup();
    found
}
