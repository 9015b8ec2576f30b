//! The real `idp` binary as an operator runs it: commands, and `idp serve` as a child
//! process with its log (standard output and error) in a file.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::support::free_redis_port as free_port;

/// One provider's settings: its data and keys directories and any other `IDP_*`.
#[derive(Clone)]
pub struct Idp {
    pub data_dir: PathBuf,
    pub keys_dir: PathBuf,
    envs: Vec<(String, String)>,
}

impl Idp {
    pub fn new(data_dir: &Path, keys_dir: &Path) -> Self {
        Idp {
            data_dir: data_dir.to_path_buf(),
            keys_dir: keys_dir.to_path_buf(),
            envs: vec![("IDP_ROBOT_CHECK_BITS".into(), "4".into())],
        }
    }

    pub fn env(mut self, name: &str, value: &str) -> Self {
        self.envs.push((name.into(), value.into()));
        self
    }

    /// `idp ARGS` with these settings and no `IDP_*` variable of the caller's.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_idp"));
        for (name, _) in std::env::vars_os() {
            if name.to_string_lossy().starts_with("IDP_") {
                command.env_remove(name);
            }
        }
        command
            .args(args)
            .env("IDP_DATA_DIR", &self.data_dir)
            .env("IDP_KEYS_DIR", &self.keys_dir)
            .envs(self.envs.iter().map(|(k, v)| (k, v)));
        command
    }

    /// Runs a command to its end, `stdin` as its standard input.
    pub fn run(&self, args: &[&str], stdin: Option<&str>) -> Output {
        let mut child = self
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run idp");
        {
            use std::io::Write;
            let mut input = child.stdin.take().expect("stdin");
            if let Some(text) = stdin {
                input.write_all(text.as_bytes()).expect("write stdin");
            }
        }
        child.wait_with_output().expect("idp ends")
    }

    /// `idp client add --id ID --first-party --redirect-uri REDIRECT` (the test relying
    /// party's); returns its secret.
    pub fn add_client(&self, id: &str) -> String {
        let redirect = crate::rp::REDIRECT;
        let args = [
            "client",
            "add",
            "--id",
            id,
            "--first-party",
            "--redirect-uri",
            redirect,
        ];
        let added = self.run(&args, None);
        assert!(added.status.success(), "{}", text(&added.stderr));
        let client: serde_json::Value = serde_json::from_slice(&added.stdout).unwrap();
        client["client_secret"].as_str().unwrap().to_owned()
    }

    /// `idp serve` on a free port, its output appended to `log`; returns once ready.
    pub fn serve(&self, log: &Path) -> Served {
        let port = free_port();
        let base = format!("http://127.0.0.1:{port}");
        let out = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .expect("log file");
        let child = self
            .command(&["serve"])
            .env("IDP_LISTEN", format!("127.0.0.1:{port}"))
            .env("IDP_ISSUER", &base)
            .stdin(Stdio::null())
            .stdout(out.try_clone().expect("log file"))
            .stderr(out)
            .spawn()
            .expect("start idp serve");
        let mut served = Served {
            child,
            port,
            base,
            log: log.to_path_buf(),
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while served.status("/readyz") != Some(200) {
            if let Ok(Some(status)) = served.child.try_wait() {
                panic!("idp serve stopped ({status}): {}", served.log_text());
            }
            assert!(
                Instant::now() < deadline,
                "not ready: {}",
                served.log_text()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        served
    }
}

/// A running `idp serve`, killed when dropped.
pub struct Served {
    child: Child,
    pub port: u16,
    pub base: String,
    pub log: PathBuf,
}

impl Served {
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// The status of a plain GET, or `None` when nothing answers.
    pub fn status(&self, path: &str) -> Option<u16> {
        use std::io::{Read, Write};
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", self.port)).ok()?;
        stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        )
        .ok()?;
        let mut answer = String::new();
        stream.read_to_string(&mut answer).ok()?;
        answer.split_whitespace().nth(1)?.parse().ok()
    }

    /// SIGTERM, as a container stop sends; waits for the end of the process.
    pub fn stop(&mut self) {
        if let Ok(pid) = i32::try_from(self.child.id()) {
            // SAFETY: kill(2) on our own child's pid.
            unsafe { libc::kill(pid, libc::SIGTERM) };
        }
        let deadline = Instant::now() + Duration::from_secs(15);
        while self.child.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
