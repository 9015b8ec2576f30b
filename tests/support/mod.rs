//! What the workspace's end-to-end tests share: the demo binary started on free ports, and
//! child processes that die with the test.
// Each test binary uses its own part.
#![allow(dead_code)]

use std::io::{self, BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

/// Makes the process `command` starts get SIGKILL when the test's thread ends, so it does
/// not outlive a test that is killed (Drop does not run then). Start it from the test's
/// own thread: the signal follows the thread that spawned it.
pub fn dies_with_test(command: &mut Command) -> &mut Command {
    // SAFETY: prctl is async-signal-safe, fine between fork and exec.
    unsafe {
        command.pre_exec(|| {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
                return Err(io::Error::last_os_error());
            }
            Ok(())
        })
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("a free port")
        .local_addr()
        .expect("its address")
        .port()
}

/// The demo (`cargo run --release`'s binary) running in a directory of the test's: the
/// provider and CPMS on free ports, the embedded store. Killed when dropped.
pub struct Demo {
    child: Child,
    pub idp: String,
    pub cpms: String,
    pub data: PathBuf,
    /// The console lines read so far.
    pub printed: Vec<String>,
    console: Receiver<String>,
}

impl Drop for Demo {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

impl Demo {
    /// Starts the demo in `dir`, reads its console up to the approver line that ends the
    /// banner, and waits until both servers accept connections.
    pub fn start(dir: &Path) -> Demo {
        Demo::start_on(dir, "127.0.0.1")
    }

    /// As `start`, with the public URLs on `host` (a loopback name): `localhost` for
    /// WebAuthn, whose relying party id cannot be an IP address.
    pub fn start_on(dir: &Path, host: &str) -> Demo {
        let (idp_port, cpms_port) = (free_port(), free_port());
        let idp = format!("http://{host}:{idp_port}");
        let cpms = format!("http://{host}:{cpms_port}");
        let mut command = Command::new(env!("CARGO_BIN_EXE_ern-login-demo"));
        let mut child = dies_with_test(&mut command)
            .current_dir(dir)
            .env("IDP_LISTEN", format!("127.0.0.1:{idp_port}"))
            .env("IDP_ISSUER", &idp)
            .env("IDP_ROBOT_CHECK_BITS", "4")
            .env("CPMS_LISTEN", format!("127.0.0.1:{cpms_port}"))
            .env("CPMS_PUBLIC_URL", &cpms)
            .env_remove("CPMS_ISSUER")
            .env_remove("CPMS_CLIENT_SECRET")
            .env_remove("CPMS_TRAINING")
            .env_remove("IDP_REDIS_URL")
            .stdout(Stdio::piped())
            .spawn()
            .expect("the demo starts");
        let stdout = child.stdout.take().expect("the demo's console");
        let (lines, console) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                lines.send(line).ok();
            }
        });
        let mut demo = Demo {
            child,
            idp,
            cpms,
            data: dir.join("data"),
            printed: Vec::new(),
            console,
        };
        demo.wait_for_line("Approver", Duration::from_secs(60));
        let deadline = Instant::now() + Duration::from_secs(30);
        for port in [idp_port, cpms_port] {
            while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
                assert!(Instant::now() < deadline, "the demo did not start");
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        demo
    }

    /// Reads the console until a line contains `needle`, and returns that line.
    pub fn wait_for_line(&mut self, needle: &str, timeout: Duration) -> String {
        let deadline = Instant::now() + timeout;
        loop {
            let line = self
                .console
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
                .unwrap_or_else(|_| {
                    panic!("the demo never printed {needle:?}: {:?}", self.printed)
                });
            self.printed.push(line.clone());
            if line.contains(needle) {
                return line;
            }
        }
    }

    /// The demo approver's e-mail and password, as the banner shows them.
    /// E-mail, password and mobile phone of the demo approver, as the console shows them.
    pub fn approver(&self) -> (String, String, String) {
        let line = self
            .printed
            .iter()
            .find(|l| l.trim_start().starts_with("Approver"))
            .expect("the approver line");
        let words: Vec<&str> = line.split_whitespace().collect();
        (
            words[1].to_owned(),
            words[3].to_owned(),
            words[7].to_owned(),
        )
    }
}
