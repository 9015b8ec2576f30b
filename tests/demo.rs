//! The README's first command: the demo starts, serves, and shows mails on its console.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

fn field(body: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    body.split(&marker)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn the_demo_serves_and_prints_the_confirmation_mail() {
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let mut demo = Command::new(env!("CARGO_BIN_EXE_ern-login-demo"))
        .current_dir(dir.path())
        .env("IDP_LISTEN", format!("127.0.0.1:{port}"))
        .env("IDP_ISSUER", &base)
        .env("IDP_ROBOT_CHECK_BITS", "4")
        .env_remove("IDP_REDIS_URL")
        .stdout(Stdio::piped())
        .spawn()
        .expect("the demo starts");
    let (lines, console) = mpsc::channel();
    let stdout = demo.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            lines.send(line).ok();
        }
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "the demo did not start");
        std::thread::sleep(Duration::from_millis(100));
    }

    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let page = browser
        .get(format!("{base}/register"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let challenge = field(&page, "robot_challenge");
    let nonce = idp::antirobot::solve(&challenge);
    let sent = browser
        .post(format!("{base}/register"))
        .form(&[
            ("csrf_token", field(&page, "csrf_token").as_str()),
            ("first_name", "Demo"),
            ("last_name", "User"),
            ("email", "demo@example.eu"),
            ("confirm_email", "demo@example.eu"),
            ("language", "en"),
            ("privacy", "yes"),
            ("robot_challenge", challenge.as_str()),
            ("robot_nonce", nonce.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), 200);

    let mut seen = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(10);
    let link = loop {
        let line = console
            .recv_timeout(Duration::from_secs(10))
            .expect("console output");
        if let Some(start) = line.find(&format!("{base}/register/confirm?token=")) {
            break line[start..].trim().to_owned();
        }
        seen.push(line);
        assert!(
            Instant::now() < deadline,
            "no confirmation link on the console: {seen:?}"
        );
    };
    assert!(
        seen.iter()
            .any(|l| l.contains("open http://") && l.contains("/register")),
        "{seen:?}"
    );
    let form = browser.get(&link).send().await.unwrap();
    assert_eq!(form.status(), 200, "the printed link works");
    assert!(
        dir.path().join("data/idp.sqlite3").exists(),
        "embedded store in ./data"
    );
    demo.kill().ok();
    demo.wait().ok();
}
