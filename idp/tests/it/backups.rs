//! Issue 14: `idp health` as a container's healthcheck, and `idp backup` / `idp restore`
//! as an operator runs them: a backup of the embedded store taken while `idp serve` runs
//! and writes, restored into a fresh data directory, serves: the password signs in and the
//! client gets tokens signed with the restored keys.

use std::os::unix::fs::PermissionsExt;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use openidconnect::{AuthorizationCode, TokenResponse};

use crate::app::{Browser, sign_in};
use crate::process::{Idp, text};
use crate::rp::{REDIRECT, follow, http, query_param, rp_at, start};
use crate::support::free_redis_port as free_port;

const EMAIL: &str = "kept@example.eu";
const PASSWORD: &str = "plum sailor orbit lantern";

fn json(out: &std::process::Output) -> serde_json::Value {
    assert!(out.status.success(), "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn idp_health_is_zero_when_ready_and_one_with_the_reason_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let idp = Idp::new(&dir.path().join("data"), &dir.path().join("keys"));

    // Nothing listens.
    let port = free_port();
    let out = idp
        .clone()
        .env("IDP_LISTEN", &format!("127.0.0.1:{port}"))
        .run(&["health"], None);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stdout);
    assert!(
        said.starts_with("not ready: ") && said.contains("no answer"),
        "{said}"
    );
    assert_eq!(said.trim_end().lines().count(), 1, "one line: {said}");

    // Listening, but its store (Redis) is not reachable: 503, so not healthy.
    let closed = format!("redis://127.0.0.1:{}/", free_port());
    let waiting = idp
        .clone()
        .env("IDP_REDIS_URL", &closed)
        .env("IDP_LISTEN", &format!("127.0.0.1:{port}"));
    let mut child = waiting
        .command(&["serve"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let out = loop {
        let out = waiting.run(&["health"], None);
        if text(&out.stdout).contains("503") || std::time::Instant::now() > deadline {
            break out;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stdout);
    assert!(said.contains("/readyz: 503 not ready"), "{said}");

    // Ready.
    let mut server = idp.serve(&dir.path().join("idp.log"));
    let listening = idp
        .clone()
        .env("IDP_LISTEN", &format!("127.0.0.1:{}", server.port));
    let out = listening.run(&["health"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).starts_with("ready: "));
    // Listening on every address: probed on the loopback.
    let everywhere = idp
        .clone()
        .env("IDP_LISTEN", &format!("0.0.0.0:{}", server.port));
    assert_eq!(everywhere.run(&["health"], None).status.code(), Some(0));
    // --url names what to probe; a page that is not there is not health.
    let url = format!("{}/readyz", server.base);
    assert_eq!(
        idp.run(&["health", "--url", &url], None).status.code(),
        Some(0)
    );
    let wrong = format!("{}/nowhere", server.base);
    let out = idp.run(&["health", "--url", &wrong], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("404"), "{}", text(&out.stdout));
    // A configuration that cannot be read is unhealthy too: 1, never Docker's reserved 2.
    let bad = listening
        .env("IDP_LOG_FORMAT", "yaml")
        .run(&["health"], None);
    assert_eq!(bad.status.code(), Some(1));
    server.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_serving_restores_and_signs_in() {
    let dir = tempfile::tempdir().unwrap();
    let keys = dir.path().join("keys");
    let live = Idp::new(&dir.path().join("live"), &keys);
    let mut server = live.serve(&dir.path().join("live.log"));

    // What the backup must hold: an account and a client, made while the server runs.
    let added = live.run(
        &[
            "user",
            "add",
            "--email",
            EMAIL,
            "--first-name",
            "Kept",
            "--last-name",
            "Safe",
            "--password-stdin",
        ],
        Some(PASSWORD),
    );
    json(&added);
    let client = json(&live.run(
        &[
            "client",
            "add",
            "--id",
            "kept-rp",
            "--first-party",
            "--redirect-uri",
            REDIRECT,
        ],
        None,
    ));
    let secret = client["client_secret"].as_str().unwrap().to_owned();
    assert_eq!(
        sign_in(&Browser::new(&server.base), EMAIL, PASSWORD)
            .await
            .status,
        303
    );

    // The backup, while the server keeps writing (failed sign-ins count in the store).
    let busy = Arc::new(AtomicBool::new(true));
    let load = {
        let (busy, base) = (busy.clone(), server.base.clone());
        tokio::spawn(async move {
            let mut n = 0;
            while busy.load(Ordering::Relaxed) {
                let who = format!("load{n}@example.eu");
                sign_in(&Browser::new(&base), &who, "not a password here").await;
                n += 1;
            }
            n
        })
    };
    let file = dir.path().join("backups/idp.sqlite3");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    let backup_file = file.to_str().unwrap();
    let summary = json(&tokio::task::block_in_place(|| {
        live.run(&["backup", backup_file], None)
    }));
    busy.store(false, Ordering::Relaxed);
    assert!(load.await.unwrap() > 0, "the server was writing meanwhile");
    assert_eq!(summary["accounts"], 1, "{summary}");
    assert_eq!(summary["clients"], 1, "{summary}");
    assert_eq!(summary["signing_keys"], 3, "{summary}");
    assert_eq!(summary["schema_version"], idp::schema::CURRENT);
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the backup is private: {mode:o}");
    // No leftovers beside it; an existing backup is replaced only when asked.
    assert_eq!(
        std::fs::read_dir(file.parent().unwrap()).unwrap().count(),
        1
    );
    let again = live.run(&["backup", backup_file], None);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        text(&again.stderr).contains("--force"),
        "{}",
        text(&again.stderr)
    );
    json(&live.run(&["backup", backup_file, "--force"], None));

    // Restoring over the store a server is using is refused.
    let over = live.run(&["restore", backup_file, "--force"], None);
    assert_eq!(over.status.code(), Some(1));
    assert!(
        text(&over.stderr).contains("stop it before restoring"),
        "{}",
        text(&over.stderr)
    );
    // So is a file that is no idp store.
    let junk = dir.path().join("junk.sqlite3");
    std::fs::write(
        &junk,
        b"not a database at all, just some bytes ".repeat(200),
    )
    .unwrap();
    let fresh = Idp::new(&dir.path().join("restored"), &keys);
    let refused = fresh.run(&["restore", junk.to_str().unwrap()], None);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        text(&refused.stderr).contains("is not a usable idp backup"),
        "{}",
        text(&refused.stderr)
    );
    server.stop();

    // Into a fresh data directory, with the same keys directory (its master.key).
    let restored = json(&fresh.run(&["restore", backup_file], None));
    assert_eq!(restored["accounts"], 1);
    let mode = std::fs::metadata(dir.path().join("restored/idp.sqlite3"))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
    // A second restore would replace what is there: refused unless --force.
    let twice = fresh.run(&["restore", backup_file], None);
    assert_eq!(twice.status.code(), Some(1));
    assert!(text(&twice.stderr).contains("already holds a store"));

    let mut server = fresh.serve(&dir.path().join("restored.log"));
    let browser = Browser::new(&server.base);
    assert_eq!(
        sign_in(&browser, EMAIL, PASSWORD).await.status,
        303,
        "the password signs in"
    );
    // The client and the signing keys: a code flow whose ID token verifies.
    let rp = rp_at(&server.base, "kept-rp", Some(secret)).await;
    let started = start(&rp, &["email"], None);
    let back = follow(&browser, &started.url, EMAIL, PASSWORD).await;
    let code = query_param(&back, "code").expect("a code");
    let tokens = rp
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .expect("tokens from the restored store");
    let claims = tokens
        .id_token()
        .unwrap()
        .claims(&rp.id_token_verifier(), &started.nonce)
        .expect("signed with the restored keys");
    assert_eq!(claims.email().map(|e| e.as_str()), Some(EMAIL));
    server.stop();

    // Without the master key, the restored store cannot be served: said at once.
    let keyless = Idp::new(&dir.path().join("keyless"), &dir.path().join("other-keys"));
    let out = keyless.run(&["restore", backup_file], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("missing, and the store holds signing keys"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn backup_and_restore_say_they_are_not_for_redis() {
    let dir = tempfile::tempdir().unwrap();
    let idp = Idp::new(&dir.path().join("data"), &dir.path().join("keys"))
        .env("IDP_REDIS_URL", "redis://127.0.0.1:1/");
    for command in ["backup", "restore"] {
        let out = idp.run(&[command, dir.path().join("b").to_str().unwrap()], None);
        assert_eq!(out.status.code(), Some(1));
        let said = text(&out.stderr);
        assert!(said.contains("Redis") && said.contains("RDB/AOF"), "{said}");
    }
}
