//! Findings of the security review (issue 9), each tried as an attack: data files readable
//! by other users, malleable device signatures, the anti-robot key kept in clear, and an
//! anti-robot check too cheap for a script.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use std::sync::Arc;

use idp::store::keys;

use crate::app::{Backend, Browser, Page, TestApp, spawn_app_with, spawn_with_config, test_config};
use crate::rp::PASSWORD;

crate::on_both_backends!(
    the_anti_robot_key_is_sealed_and_a_clear_one_is_sealed_at_start,
    the_robot_check_gets_harder_for_a_busy_address_only,
);

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
    let call = idp::factors::app::call_message("GET", "/device/requests", now);
    let mut captured = pair.sign(&rng, call.as_bytes()).unwrap().as_ref().to_vec();
    idp::factors::app::to_low_s(&mut captured);
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

/// The signing key inside a value sealed with the master key (`<keys dir>/master.key`):
/// AES-256-GCM, a 12-byte nonce, then ciphertext and tag, base64url.
fn open_with_master_key(keys_dir: &Path, sealed: &[u8]) -> Vec<u8> {
    use ring::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
    let master = std::fs::read(keys_dir.join("master.key")).unwrap();
    let key = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &master).unwrap());
    let bytes = idp::secrets::from_b64(std::str::from_utf8(sealed).unwrap()).unwrap();
    let (nonce, cipher) = bytes.split_at(12);
    let mut buffer = cipher.to_vec();
    key.open_in_place(
        Nonce::try_assume_unique_for_key(nonce).unwrap(),
        Aad::empty(),
        &mut buffer,
    )
    .unwrap()
    .to_vec()
}

/// Whether `challenge` was signed with `key` (its last part is the HMAC of the rest).
fn signed_with(key: &[u8], challenge: &str) -> bool {
    let (body, mac) = challenge.rsplit_once('.').unwrap();
    idp::secrets::b64(&idp::secrets::hmac_sha256(
        key,
        format!("robot-check|{body}").as_bytes(),
    )) == mac
}

/// Rows of the embedded store holding `needle` anywhere in a value.
fn sqlite_rows_holding(data_dir: &Path, needle: &[u8]) -> i64 {
    let db = rusqlite::Connection::open(data_dir.join("idp.sqlite3")).unwrap();
    db.query_row(
        "SELECT count(*) FROM kv WHERE instr(value, ?1) > 0",
        [needle],
        |row| row.get(0),
    )
    .unwrap()
}

async fn the_anti_robot_key_is_sealed_and_a_clear_one_is_sealed_at_start(backend: Backend) {
    const CLEAR: &[u8; 32] = b"an older version kept me in clr!";
    let root = tempfile::tempdir().unwrap();
    let config = test_config(backend, root.path().join("data"));
    // An older version's store: the key in clear.
    let older = idp::server::open_store(&config).unwrap();
    older.put(&keys::app_secret(), CLEAR, None).await.unwrap();
    drop(older);

    let app = spawn_with_config(config.clone(), None).await;
    let store = app.provider.store.as_ref();
    let stored = store.get(&keys::app_secret()).await.unwrap().unwrap();
    let sealed = stored.strip_prefix(b"sealed:".as_slice()).expect("sealed");
    assert!(
        !stored.windows(CLEAR.len()).any(|w| w == CLEAR)
            && !String::from_utf8_lossy(&stored).contains(&idp::secrets::b64(CLEAR)),
        "the key is no longer in the store in clear"
    );
    assert_eq!(open_with_master_key(&config.keys_dir, sealed), CLEAR);
    // The same key, so challenges issued before the upgrade (or by replicas not yet
    // restarted) still verify.
    let challenge = app
        .browser()
        .get("/register")
        .await
        .hidden("robot_challenge");
    assert!(signed_with(CLEAR, &challenge));
    if let Backend::Embedded = backend {
        assert_eq!(sqlite_rows_holding(&config.data_dir, CLEAR), 0);
    }

    // A new store: created sealed, and the key signing the page's challenges is nowhere in it.
    let fresh_root = tempfile::tempdir().unwrap();
    let fresh_config = test_config(backend, fresh_root.path().join("data"));
    let fresh = spawn_with_config(fresh_config.clone(), None).await;
    let stored = fresh
        .provider
        .store
        .get(&keys::app_secret())
        .await
        .unwrap()
        .unwrap();
    let key = open_with_master_key(
        &fresh_config.keys_dir,
        stored.strip_prefix(b"sealed:".as_slice()).expect("sealed"),
    );
    let challenge = fresh
        .browser()
        .get("/register")
        .await
        .hidden("robot_challenge");
    assert!(signed_with(&key, &challenge));
    assert!(!stored.windows(key.len()).any(|w| w == key.as_slice()));
    if let Backend::Embedded = backend {
        assert_eq!(sqlite_rows_holding(&fresh_config.data_dir, &key), 0);
    }
}

/// A browser whose requests come from `ip` (the provider trusts `X-Forwarded-For` here).
fn browser_at(app: &TestApp, ip: &str) -> Browser {
    let jar = Arc::new(reqwest::cookie::Jar::default());
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-forwarded-for", ip.parse().unwrap());
    let client = reqwest::Client::builder()
        .cookie_provider(jar.clone())
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .build()
        .unwrap();
    Browser {
        base: app.base.clone(),
        client,
        jar,
    }
}

fn bits_of(challenge: &str) -> u8 {
    challenge.split('.').nth(1).unwrap().parse().unwrap()
}

/// "Create an account" posted with the given anti-robot challenge and answer.
async fn register_with(
    browser: &Browser,
    page: &Page,
    email: &str,
    challenge: &str,
    nonce: &str,
) -> Page {
    browser
        .post(
            "/register",
            &[
                ("csrf_token", &page.hidden("csrf_token")),
                ("first_name", "Ada"),
                ("last_name", "Busy"),
                ("email", email),
                ("confirm_email", email),
                ("language", "en"),
                ("privacy", "yes"),
                ("robot_challenge", challenge),
                ("robot_nonce", nonce),
            ],
        )
        .await
}

async fn the_robot_check_gets_harder_for_a_busy_address_only(backend: Backend) {
    let app = spawn_app_with(backend, |c| {
        c.trust_forwarded_for = true;
        c.robot_check_bits = 4;
        c.robot_check_step = 3;
        c.robot_check_max_extra_bits = 2;
    })
    .await;
    let (store, config) = (app.provider.store.as_ref(), &app.provider.config);
    let busy = browser_at(&app, "198.51.100.7");
    let mut demanded = Vec::new();
    for _ in 0..9 {
        demanded.push(bits_of(
            &busy.get("/register").await.hidden("robot_challenge"),
        ));
    }
    assert_eq!(
        demanded,
        [4, 4, 4, 5, 5, 5, 6, 6, 6],
        "one more bit per 3 challenges"
    );
    // The cap holds however busy the address is: slowed, never locked out.
    for _ in 0..30 {
        busy.get("/register").await;
    }
    let page = busy.get("/register").await;
    let hard = page.hidden("robot_challenge");
    assert_eq!(bits_of(&hard), 6);
    let difficulty = |ip: &'static str| idp::antirobot::difficulty_for(store, config, ip);
    assert_eq!(difficulty("198.51.100.7").await.unwrap(), 6);

    // Other addresses are unaffected.
    let calm = browser_at(&app, "203.0.113.9");
    let easy = calm.get("/register").await.hidden("robot_challenge");
    assert_eq!(bits_of(&easy), 4);
    assert_eq!(difficulty("2001:db8::1").await.unwrap(), 4);

    // Less work than the busy address was asked for, three ways.
    let lowered = hard.replacen(".6.", ".4.", 1);
    let weak = (0u64..)
        .map(|n| n.to_string())
        .find(|n| {
            idp::antirobot::is_solution(&hard, n, 4) && !idp::antirobot::is_solution(&hard, n, 6)
        })
        .unwrap();
    let attempts = [
        // A challenge issued to a calm address, solved, brought to the busy one.
        (
            "low1@example.eu",
            &easy,
            idp::antirobot::solve(&easy),
            "made for another network address",
        ),
        // Its own challenge with fewer bits written in: the signature no longer matches.
        (
            "low2@example.eu",
            &lowered,
            idp::antirobot::solve(&lowered),
            "missing or malformed",
        ),
        // An answer with only the base level's zero bits.
        ("low3@example.eu", &hard, weak, "was not solved"),
    ];
    for (email, challenge, nonce, refusal) in attempts {
        let refused = register_with(&busy, &page, email, challenge, &nonce).await;
        assert_eq!(refused.status, 400, "{email}");
        assert!(refused.text().contains(refusal), "{}", refused.text());
    }
    for email in ["low1@example.eu", "low2@example.eu", "low3@example.eu"] {
        assert!(app.mails_to(email, 0).await.is_empty());
    }

    // The work demanded, done, is accepted.
    let done = register_with(
        &busy,
        &page,
        "busy@example.eu",
        &hard,
        &idp::antirobot::solve(&hard),
    )
    .await;
    assert_eq!(done.status, 200, "{}", done.text());
    assert_eq!(app.mails_to("busy@example.eu", 1).await.len(), 1);
}
