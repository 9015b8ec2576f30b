//! What the benchmarks share: the release `idp` binary started on a temporary data
//! directory (embedded store or Redis), users created with `idp user add`, a redis-server,
//! and the report table.
#![allow(dead_code)]

pub mod flows;
#[path = "../../tests/it/smtp_sink.rs"]
pub mod smtp_sink;

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
    child: Option<Child>,
    pub base: String,
    port: u16,
    env: Vec<(String, String)>,
    dir: tempfile::TempDir,
}

impl Server {
    /// A server on a new data directory (or Redis), with [`USERS`] accounts added.
    pub fn start(redis_url: Option<&str>) -> Server {
        Server::start_with(redis_url, &[])
    }

    /// [`Server::start`] with these settings added (`IDP_...` variables).
    pub fn start_with(redis_url: Option<&str>, settings: &[(&str, String)]) -> Server {
        let port = free_port();
        let prefix = format!("bench{port}:");
        let redis = redis_url.map(|url| (url, prefix.as_str()));
        let mut server = Server::configure(tempfile::tempdir().unwrap(), port, redis);
        for (name, value) in settings {
            server.set(name, value.clone());
        }
        server.spawn();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            std::thread::sleep(Duration::from_millis(50));
        }
        server.add_users(USERS);
        server
    }

    /// The configuration of a server on `dir` (its data and keys) and `port`, with Redis
    /// (URL, key prefix) instead of the embedded store when given; not started yet.
    pub fn configure(dir: tempfile::TempDir, port: u16, redis: Option<(&str, &str)>) -> Server {
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
        if let Some((url, prefix)) = redis {
            env.push(("IDP_REDIS_URL".to_owned(), url.to_owned()));
            env.push(("IDP_REDIS_PREFIX".to_owned(), prefix.to_owned()));
        }
        Server {
            child: None,
            base,
            port,
            env,
            dir,
        }
    }

    /// Adds a setting (`IDP_...` variable) for the next start and for `idp` commands.
    pub fn set(&mut self, name: &str, value: String) {
        self.env.push((name.to_owned(), value));
    }

    /// Starts `idp serve` (the process only: see [`Server::wait_ready`]).
    pub fn spawn(&mut self) {
        let child = self
            .command(&["serve"])
            .stdout(Stdio::null())
            .spawn()
            .expect("start idp");
        self.child = Some(child);
    }

    /// Waits until `/readyz` answers 200.
    pub async fn wait_ready(&self) {
        let http = reqwest::Client::new();
        let url = format!("{}/readyz", self.base);
        let deadline = std::time::Instant::now() + Duration::from_secs(600);
        loop {
            if let Ok(r) = http.get(&url).send().await
                && r.status() == 200
            {
                return;
            }
            assert!(std::time::Instant::now() < deadline, "idp never got ready");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Stops the server as an operator would (SIGTERM), and waits for it to exit.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let pid = i32::try_from(child.id()).unwrap();
            // SAFETY: signals our own child process, whose id we hold and have not reaped.
            unsafe { libc::kill(pid, libc::SIGTERM) };
            let _ = child.wait();
        }
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn data_dir(&self) -> &std::path::Path {
        self.dir.path()
    }

    pub fn add_users(&self, count: usize) {
        for n in 0..count {
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
            let mut process = self
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

    /// Runs `idp ARGS` with this server's configuration to its end; it must succeed.
    pub fn run(&self, args: &[&str]) -> std::process::Output {
        let output = self.command(args).output().unwrap();
        assert!(
            output.status.success(),
            "idp {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }

    /// VmHWM: the most resident memory the server process ever had.
    /// The server process's id, once spawned.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    pub fn peak_rss_mib(&self) -> f64 {
        self.status_mib("VmHWM:")
    }

    /// VmRSS: the server's resident memory now.
    pub fn rss_mib(&self) -> f64 {
        self.status_mib("VmRSS:")
    }

    fn status_mib(&self, field: &str) -> f64 {
        let Some(child) = &self.child else {
            return 0.0;
        };
        let status =
            std::fs::read_to_string(format!("/proc/{}/status", child.id())).unwrap_or_default();
        status
            .lines()
            .find(|l| l.starts_with(field))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
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

#[derive(Default)]
pub struct Run {
    pub ok: u64,
    pub busy: u64,
    pub other: u64,
    pub seconds: f64,
    pub latencies: Vec<Duration>,
}

impl Run {
    /// Adds `other`'s answers, time and latencies to this run's (latencies left unsorted).
    pub fn absorb(&mut self, other: Run) {
        self.ok += other.ok;
        self.busy += other.busy;
        self.other += other.other;
        self.seconds += other.seconds;
        self.latencies.extend(other.latencies);
    }
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
