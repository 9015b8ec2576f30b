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

/// Stops the demo however the test ends, so a failed assertion leaves no server behind.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        self.0.kill().ok();
        self.0.wait().ok();
    }
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
    let cpms_port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let cpms = format!("http://127.0.0.1:{cpms_port}");
    let mut demo = Command::new(env!("CARGO_BIN_EXE_ern-login-demo"))
        .current_dir(dir.path())
        .env("IDP_LISTEN", format!("127.0.0.1:{port}"))
        .env("IDP_ISSUER", &base)
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
    let (lines, console) = mpsc::channel();
    let stdout = demo.stdout.take().unwrap();
    let _demo = KillOnDrop(demo);
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
    for printed in [format!("{cpms}/"), format!("{base}/register")] {
        assert!(
            seen.iter().any(|l| l.contains(&printed)),
            "{printed} not printed: {seen:?}"
        );
    }
    assert!(seen.iter().any(|l| l.contains("coordinator@ern-demo.eu")));

    // CPMS runs beside the provider, registered as its client: its login goes there.
    let landing = browser.get(format!("{cpms}/")).send().await.unwrap();
    assert!(landing.text().await.unwrap().contains("Login via EU Login"));
    let login = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap()
        .get(format!("{cpms}/login"))
        .send()
        .await
        .unwrap();
    let to = login.headers()["location"].to_str().unwrap().to_owned();
    assert!(to.starts_with(&format!("{base}/authorize?")), "{to}");
    let authorize = browser.get(&to).send().await.unwrap();
    assert_eq!(
        authorize.status(),
        200,
        "the provider knows the CPMS client"
    );
    let page = authorize.text().await.unwrap();
    assert!(
        page.contains("<strong>ERN-CPMS</strong> requires you to authenticate"),
        "{page}"
    );
    let form = browser.get(&link).send().await.unwrap();
    assert_eq!(form.status(), 200, "the printed link works");
    assert!(
        dir.path().join("data/idp.sqlite3").exists(),
        "embedded store in ./data"
    );
}
