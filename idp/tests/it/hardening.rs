//! Findings of the security review (issue 9), each tried as an attack: data files readable
//! by other users, malleable device signatures, the anti-robot key kept in clear, and an
//! anti-robot check too cheap for a script.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::app::{Backend, spawn_with_config, test_config};
use crate::rp::PASSWORD;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

async fn wait_for(path: &Path) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while !path.exists() && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Every file the provider writes under its data directory, with its mode.
fn modes_under(dir: &Path) -> Vec<(String, u32)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.file_name().is_some_and(|n| n == "keys") {
            continue; // the signing keys' directory has its own rule (master.key 0600)
        }
        found.push((path.display().to_string(), mode(&path)));
        if path.is_dir() {
            found.extend(modes_under(&path));
        }
    }
    found
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn data_files_are_private_to_the_provider_user() {
    let root = tempfile::tempdir().unwrap();
    // A directory the provider creates itself (a temporary directory is already 0700).
    let data = root.path().join("data");
    let app = spawn_with_config(test_config(Backend::Embedded, data.clone()), None).await;
    let browser = app.registered_user("private@example.eu", PASSWORD).await;
    let phones = browser.get("/account/phones").await;
    let sent = browser
        .submit(&phones, &[("Mobile phone", "+32 123 45 67 89")])
        .await;
    assert_eq!(sent.status, 200, "{}", sent.text());
    let sms = data.join("outbox/sms.jsonl");
    wait_for(&sms).await;
    assert!(
        std::fs::read_to_string(&sms)
            .unwrap()
            .contains("+32123456789")
    );
    let mails = app.mails_to("private@example.eu", 1).await;
    assert!(!mails.is_empty());

    let db = data.join("idp.sqlite3");
    let (wal, shm) = (data.join("idp.sqlite3-wal"), data.join("idp.sqlite3-shm"));
    assert!(wal.exists() && shm.exists(), "the store is in WAL mode");
    for dir in [&data, &data.join("outbox"), &data.join("outbox/mail")] {
        assert_eq!(mode(dir), 0o700, "{}", dir.display());
    }
    for file in [&db, &wal, &shm, &sms] {
        assert_eq!(mode(file), 0o600, "{}", file.display());
    }
    for mail in &mails {
        assert_eq!(mode(&mail.path), 0o600, "{}", mail.path.display());
    }
    let loose: Vec<_> = modes_under(&data)
        .into_iter()
        .filter(|(_, m)| m & 0o077 != 0)
        .collect();
    assert!(loose.is_empty(), "readable by others: {loose:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn data_files_left_readable_by_an_older_version_are_tightened_at_start() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    // What an older version left: a store in use (its -wal and -shm exist while a
    // connection is open, e.g. `idp user add` running), a mail, an SMS, all 0644 in 0755.
    let older = idp::store::SqliteStore::open(&data).unwrap();
    idp::store::Store::put(&older, "older", b"version", None)
        .await
        .unwrap();
    let mail_dir = data.join("outbox/mail");
    std::fs::create_dir_all(&mail_dir).unwrap();
    let (mail, sms) = (mail_dir.join("old.eml"), data.join("outbox/sms.jsonl"));
    std::fs::write(&mail, "To: a@example.eu\r\n\r\nhttp://link\r\n").unwrap();
    std::fs::write(&sms, "{}\n").unwrap();
    let files = [
        data.join("idp.sqlite3"),
        data.join("idp.sqlite3-wal"),
        data.join("idp.sqlite3-shm"),
        mail.clone(),
        sms.clone(),
    ];
    let dirs = [data.clone(), data.join("outbox"), mail_dir.clone()];
    for file in &files {
        chmod(file, 0o644);
    }
    for dir in &dirs {
        chmod(dir, 0o755);
    }

    let _app = spawn_with_config(test_config(Backend::Embedded, data.clone()), None).await;
    for file in &files {
        assert_eq!(mode(file), 0o600, "{}", file.display());
    }
    for dir in &dirs {
        assert_eq!(mode(dir), 0o700, "{}", dir.display());
    }
    drop(older);
}

/// `r || n − s`: the other signature ECDSA accepts for the same message and key.
fn flip_s(signature: &[u8]) -> Vec<u8> {
    const ORDER: [u8; 32] = [
        0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
        0xff, 0xbc, 0xe6, 0xfa, 0xad, 0xa7, 0x17, 0x9e, 0x84, 0xf3, 0xb9, 0xca, 0xc2, 0xfc, 0x63,
        0x25, 0x51,
    ];
    let mut out = signature.to_vec();
    let mut borrow = 0i32;
    for i in (0..32).rev() {
        let digit = i32::from(ORDER[i]) - i32::from(signature[32 + i]) - borrow;
        borrow = i32::from(digit < 0);
        out[32 + i] = u8::try_from(digit.rem_euclid(256)).unwrap();
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_call_with_its_signature_malleated_is_refused() {
    let app = crate::app::spawn_app(Backend::Embedded).await;
    let dir = tempfile::tempdir().unwrap();
    let (_, state) = crate::devices::with_device(&app, "malleable@example.eu", dir.path()).await;
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    let rng = ring::rand::SystemRandom::new();
    let pkcs8 = idp::secrets::from_b64(saved["key"].as_str().unwrap()).unwrap();
    let pair = ring::signature::EcdsaKeyPair::from_pkcs8(
        &ring::signature::ECDSA_P256_SHA256_FIXED_SIGNING,
        &pkcs8,
        &rng,
    )
    .unwrap();
    let now = app.clock_now();
    let call = idp::devices::call_message("GET", "/device/requests", now);
    let mut captured = pair.sign(&rng, call.as_bytes()).unwrap().as_ref().to_vec();
    idp::devices::to_low_s(&mut captured);
    let send = |signature: Vec<u8>| {
        reqwest::Client::new()
            .get(format!("{}/device/requests", app.base))
            .header("x-device-id", saved["device_id"].as_str().unwrap())
            .header("x-device-time", now.to_string())
            .header("x-device-signature", idp::secrets::b64(&signature))
            .send()
    };
    // Both forms are valid ECDSA: the attacker needs no key to make the twin.
    let twin = flip_s(&captured);
    assert_ne!(twin, captured);
    for form in [&captured, &twin] {
        assert!(
            ring::signature::UnparsedPublicKey::new(
                &ring::signature::ECDSA_P256_SHA256_FIXED,
                ring::signature::KeyPair::public_key(&pair).as_ref(),
            )
            .verify(call.as_bytes(), form)
            .is_ok()
        );
    }
    assert_eq!(send(captured.clone()).await.unwrap().status(), 200);
    let malleated = send(twin).await.unwrap();
    assert_eq!(
        malleated.status(),
        401,
        "the captured call, s flipped to n - s, within the replay window"
    );
    assert_eq!(
        send(captured).await.unwrap().status(),
        401,
        "replayed as is"
    );
    // The reference authenticator signs in the accepted form, every time.
    for _ in 0..6 {
        let out = crate::devices::authenticator(&state, &["--now", &now.to_string(), "requests"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
