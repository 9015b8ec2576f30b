//! Replicas sharing Redis behave as one; a Redis outage gives 503s and heals by itself;
//! `kill -9` of the real binary loses nothing that was acknowledged.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use idp::config::Secret;
use idp::store::{SqliteStore, Store, keys};

use crate::app::{
    Backend, Browser, MailLink, read_mails, register_form, sign_in, spawn_app, spawn_app_with,
};
use crate::support::{RedisServer, free_redis_port};

const PASSWORD: &str = "plum sailor orbit lantern";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_on_one_redis_behave_as_one() {
    let a = spawn_app(Backend::Redis).await;
    let b = a.replica().await;
    // Registered through A; the confirmation link is opened on B.
    let browser_a = a.browser();
    register_form(&browser_a, "shared@example.eu", "en").await;
    let link = a.mails_to("shared@example.eu", 1).await[0]
        .link_to(&format!("{}/register/confirm?token=", a.base));
    let on_b = Browser::new(&b.base);
    let form = on_b.get(&link.replace(&a.base, &b.base)).await;
    assert_eq!(form.status, 200, "B sees the link A issued");
    let done = on_b.choose_password(&form, PASSWORD).await;
    assert_eq!(done.status, 200);
    assert_eq!(
        a.browser().get(&link).await.status,
        410,
        "used on B, dead on A"
    );

    // Signed in on B, the session is valid on A.
    assert_eq!(
        sign_in(&on_b, "shared@example.eu", PASSWORD).await.status,
        303
    );
    let cookie = on_b.cookie("idp_session").unwrap();
    let on_a = a
        .browser()
        .client
        .get(format!("{}/account", a.base))
        .header("cookie", format!("idp_session={cookie}"))
        .send()
        .await
        .unwrap();
    assert_eq!(on_a.status(), 200);

    // Failures counted on either replica add up to one lockout, seen by both.
    let (to_a, to_b) = (a.browser(), b.browser());
    for n in 0..5 {
        let browser = if n % 2 == 0 { &to_a } else { &to_b };
        sign_in(browser, "shared@example.eu", "wrong password guess").await;
        a.clock.advance(61);
        b.clock.advance(61);
    }
    for browser in [&to_a, &to_b] {
        let page = sign_in(browser, "shared@example.eu", PASSWORD).await;
        assert_eq!(page.status, 429, "locked on both replicas");
        assert!(page.text().contains("locked until"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_outage_fails_fast_with_503_and_heals_without_restart() {
    let port = free_redis_port();
    let mut redis = RedisServer::start(port);
    let url = redis.url();
    let app = spawn_app_with(Backend::Embedded, |c| {
        c.redis_url = Some(Secret::new(url));
        c.redis_prefix = "outage:".into();
    })
    .await;
    let browser = app.browser();
    assert_eq!(
        sign_in(&browser, "someone@example.eu", "wrong password guess")
            .await
            .status,
        401
    );
    assert_eq!(browser.get("/readyz").await.status, 200);

    redis.kill();
    let started = Instant::now();
    // The e-mail step already reads the store (is the address under the anti-robot rule?).
    let down = {
        let page = browser.get("/login").await;
        browser
            .submit(&page, &[("E-mail", "someone@example.eu")])
            .await
    };
    assert_eq!(down.status, 503, "{}", down.text());
    assert!(down.text().contains("Service temporarily unavailable"));
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "fails fast: {:?}",
        started.elapsed()
    );
    assert_eq!(browser.get("/readyz").await.status, 503);
    assert_eq!(
        browser.get("/healthz").await.status,
        200,
        "alive, just not ready"
    );

    let _redis = RedisServer::start(port);
    let deadline = Instant::now() + Duration::from_secs(15);
    while browser.get("/readyz").await.status != 200 {
        assert!(Instant::now() < deadline, "did not recover");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(
        sign_in(&browser, "someone@example.eu", "wrong password guess")
            .await
            .status,
        401,
        "serving again"
    );
}

struct Server {
    child: Child,
}

impl Server {
    fn start(data_dir: &std::path::Path, port: u16) -> Server {
        let child = Command::new(env!("CARGO_BIN_EXE_idp"))
            .arg("serve")
            .env("IDP_DATA_DIR", data_dir)
            .env("IDP_KEYS_DIR", data_dir.join("keys"))
            .env("IDP_LISTEN", format!("127.0.0.1:{port}"))
            .env("IDP_ISSUER", format!("http://127.0.0.1:{port}"))
            .env("IDP_ROBOT_CHECK_BITS", "4")
            .env("IDP_MAILS_PER_IP_PER_HOUR", "1000")
            .env_remove("IDP_REDIS_URL")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start idp");
        // The port answers at once; ready once the provider is built.
        let deadline = Instant::now() + Duration::from_secs(20);
        while http_status(port, "/readyz") != Some(200) {
            assert!(Instant::now() < deadline, "idp did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Server { child }
    }

    fn kill_9(&mut self) {
        let _ = self.child.kill(); // SIGKILL: no shutdown code runs.
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill_9();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_dash_9_loses_no_acknowledged_account_and_leaves_none_half_written() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_redis_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut server = Server::start(dir.path(), port);

    // Twenty people register; each gets a confirmation link.
    let emails: Vec<String> = (0..20).map(|n| format!("crash{n}@example.eu")).collect();
    let mut links = Vec::new();
    for email in &emails {
        let sent = register_form(&Browser::new(&base), email, "en").await;
        assert_eq!(sent.status, 200, "{}", sent.text());
        let mail = read_mails(dir.path(), email, 1).await;
        links.push(mail[0].link_to(&format!("{base}/register/confirm?token=")));
    }

    // All set their passwords at once; the server is killed while they are in flight.
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    for (email, link) in emails.iter().cloned().zip(links) {
        let tx = tx.clone();
        let base = base.clone();
        tokio::spawn(async move {
            let browser = Browser::new(&base);
            let form = browser.get(&link).await;
            if form.status != 200 {
                return;
            }
            let fields = [
                ("csrf_token", form.hidden("csrf_token")),
                ("token", form.hidden("token")),
                ("password", PASSWORD.to_owned()),
                ("confirm_password", PASSWORD.to_owned()),
            ];
            let response = browser
                .client
                .post(browser.url("/register/confirm"))
                .form(&fields)
                .send()
                .await;
            if let Ok(response) = response
                && response.status() == 200
                && response
                    .text()
                    .await
                    .unwrap_or_default()
                    .contains("Your account is ready")
            {
                tx.send(email).ok();
            }
        });
    }
    drop(tx);
    let mut acknowledged = Vec::new();
    while let Ok(Some(email)) = tokio::time::timeout(Duration::from_secs(20), rx.recv()).await {
        acknowledged.push(email);
        if acknowledged.len() == 5 {
            server.kill_9();
            break;
        }
    }
    assert_eq!(
        acknowledged.len(),
        5,
        "five registrations were acknowledged before the kill"
    );
    // Answers that were already on the wire when the process died count as acknowledged too.
    while let Ok(Some(email)) = tokio::time::timeout(Duration::from_millis(500), rx.recv()).await {
        acknowledged.push(email);
    }

    let _restarted = Server::start(dir.path(), port);
    let store = SqliteStore::open(dir.path()).unwrap();
    for email in &acknowledged {
        let browser = Browser::new(&base);
        assert_eq!(
            sign_in(&browser, email, PASSWORD).await.status,
            303,
            "{email} was acknowledged, so it must exist"
        );
    }
    for email in &emails {
        // Every e-mail index entry has its account, with its password: never half of one.
        if let Some(id) = store.get(&keys::account_by_email(email)).await.unwrap() {
            let account = idp::accounts::get(&store, &String::from_utf8(id).unwrap())
                .await
                .unwrap();
            let account = account.unwrap_or_else(|| panic!("{email}: index without account"));
            assert!(
                account.password_hash.is_some(),
                "{email}: account without password"
            );
        }
    }
}

/// The status of `GET path` on 127.0.0.1:`port` (plain HTTP/1.0), `None` when nothing answers.
fn http_status(port: u16, path: &str) -> Option<u16> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
    write!(stream, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").ok()?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).ok()?;
    answer.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn serve_answers_from_the_first_connection_while_the_store_is_down() {
    let dir = tempfile::tempdir().unwrap();
    let (redis_port, port) = (free_redis_port(), free_redis_port());
    let mut child = Command::new(env!("CARGO_BIN_EXE_idp"))
        .arg("serve")
        .env("IDP_DATA_DIR", dir.path())
        .env("IDP_KEYS_DIR", dir.path().join("keys"))
        .env("IDP_LISTEN", format!("127.0.0.1:{port}"))
        .env("IDP_ISSUER", format!("http://127.0.0.1:{port}"))
        .env("IDP_REDIS_URL", format!("redis://127.0.0.1:{redis_port}/"))
        .env("IDP_STORE_WAIT_SECONDS", "1")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(dir.path().join("idp.log")).unwrap())
        .spawn()
        .expect("start idp");
    // Its log, for an assertion's message (this test once saw the process stop early under
    // a loaded machine, with nothing to say why).
    let log = || std::fs::read_to_string(dir.path().join("idp.log")).unwrap_or_default();
    struct Kill(std::process::Child);
    impl Drop for Kill {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let started = Instant::now();
    while http_status(port, "/healthz").is_none() {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "never answered"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // Redis is down: every connection is answered, at once, and says so.
    assert_eq!(http_status(port, "/healthz"), Some(200), "alive");
    assert_eq!(http_status(port, "/readyz"), Some(503), "not ready");
    assert_eq!(http_status(port, "/login"), Some(503));
    // Still waiting, well past the old 30 s give-up? Past its own wait, at least.
    std::thread::sleep(Duration::from_secs(3));
    assert!(
        child.try_wait().unwrap().is_none(),
        "it keeps trying; its log:\n{}",
        log()
    );
    assert!(
        !dir.path().join("keys/master.key").exists(),
        "no key made blind"
    );
    assert_eq!(http_status(port, "/readyz"), Some(503));
    let child = Kill(child);
    // Redis comes up: the provider starts serving by itself.
    let _redis = RedisServer::start(redis_port);
    let deadline = Instant::now() + Duration::from_secs(40);
    while http_status(port, "/readyz") != Some(200) {
        assert!(
            Instant::now() < deadline,
            "did not start once Redis was up; its log:\n{}",
            log()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(http_status(port, "/login"), Some(200));
    assert!(dir.path().join("keys/master.key").exists());
    drop(child);
}
