//! What the benchmarks share: the release `idp` binary started on a temporary data
//! directory (embedded store or Redis), users created with `idp user add`, a redis-server,
//! and the report table.
#![allow(dead_code)]

use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub const PASSWORD: &str = "plum sailor orbit lantern";
pub const USERS: usize = 20;

pub fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub struct Server {
    pub child: Child,
    pub base: String,
    env: Vec<(String, String)>,
    _dir: tempfile::TempDir,
}

impl Server {
    pub fn start(redis_url: Option<&str>) -> Server {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let base = format!("http://127.0.0.1:{port}");
        let mut env = vec![
            ("IDP_DATA_DIR".to_owned(), dir.path().display().to_string()),
            (
                "IDP_KEYS_DIR".to_owned(),
                dir.path().join("keys").display().to_string(),
            ),
            ("IDP_LISTEN".to_owned(), format!("127.0.0.1:{port}")),
            ("IDP_ISSUER".to_owned(), base.clone()),
            (
                "IDP_LOGIN_FAILURES_PER_IP_PER_HOUR".to_owned(),
                "1000000".to_owned(),
            ),
            ("RUST_LOG".to_owned(), "warn".to_owned()),
        ];
        if let Some(url) = redis_url {
            env.push(("IDP_REDIS_URL".to_owned(), url.to_owned()));
            env.push(("IDP_REDIS_PREFIX".to_owned(), format!("bench{port}:")));
        }
        let mut server = Server {
            child: Command::new("true").spawn().unwrap(),
            base,
            env,
            _dir: dir,
        };
        server.child = server
            .command(&["serve"])
            .stdout(Stdio::null())
            .spawn()
            .expect("start idp");
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            std::thread::sleep(Duration::from_millis(50));
        }
        for n in 0..USERS {
            let email = format!("bench{n}@example.eu");
            let args = [
                "user",
                "add",
                "--email",
                &email,
                "--first-name",
                "Bench",
                "--last-name",
                "Mark",
                "--password-stdin",
            ];
            let mut process = server
                .command(&args)
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .spawn()
                .unwrap();
            use std::io::Write;
            process
                .stdin
                .take()
                .unwrap()
                .write_all(PASSWORD.as_bytes())
                .unwrap();
            assert!(process.wait().unwrap().success(), "idp user add failed");
        }
        server
    }

    /// `idp ARGS` with this server's configuration.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_idp"));
        command.args(args).env_remove("IDP_REDIS_URL");
        for (name, value) in &self.env {
            command.env(name, value);
        }
        command
    }

    /// VmHWM: the most resident memory the server process ever had.
    pub fn peak_rss_mib(&self) -> f64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        status
            .lines()
            .find(|l| l.starts_with("VmHWM:"))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn field(body: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    body.find(&marker)
        .map(|i| &body[i + marker.len()..])
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_owned()
}

pub struct Run {
    pub ok: u64,
    pub busy: u64,
    pub other: u64,
    pub seconds: f64,
    pub latencies: Vec<Duration>,
}

pub fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

pub fn report(label: &str, concurrency: u64, run: &Run, rss: f64) {
    println!(
        "| {label:<28} | {concurrency:>4} | {:>8.1} | {:>6.0} | {:>6.0} | {:>6.0} | {:>6} | {:>5} | {rss:>7.1} |",
        run.ok as f64 / run.seconds,
        percentile(&run.latencies, 0.50),
        percentile(&run.latencies, 0.95),
        percentile(&run.latencies, 0.99),
        run.busy,
        run.other,
    );
}

pub fn start_redis() -> Option<(Child, String)> {
    let port = free_port();
    let child = Command::new("redis-server")
        .args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ])
        .stdout(Stdio::null())
        .spawn()
        .ok()?;
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        std::thread::sleep(Duration::from_millis(50));
    }
    Some((child, format!("redis://127.0.0.1:{port}/")))
}
