//! "Manage my mobile devices": enrolment with the reference authenticator (the real
//! binary), the enrolment link's single use, proof of the device key, deleting a device,
//! and "Delete all my devices (PANIC)".

use std::path::Path;
use std::process::{Command, Output};

use crate::app::{Backend, Browser, Page, TestApp, sign_in, spawn_app};
use crate::rp::PASSWORD;

/// "Delete all my devices (PANIC)" from `browser`'s devices page, confirmed with `password`.
pub async fn panic(browser: &Browser, password: &str) -> Page {
    let page = browser.get("/account/devices").await;
    browser
        .submit(
            &page.form_with_action("/account/devices/panic"),
            &[("Password", password)],
        )
        .await
}

pub fn authenticator(state: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_idp-authenticator"))
        .arg("--state")
        .arg(state)
        .args(args)
        .output()
        .expect("run idp-authenticator")
}

/// Starts "Add a device" and returns the enrolment link, checking that the QR code holds it.
pub async fn enrolment_link(browser: &Browser) -> String {
    let page = browser.get("/account/devices").await;
    let shown = browser
        .submit(&page.form_with_action("/account/devices/add"), &[])
        .await;
    assert_eq!(shown.status, 200, "{}", shown.text());
    let link = shown.qr_text();
    let text = shown
        .body
        .split("<code class=\"secret\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .replace("&amp;", "&");
    assert_eq!(link, text, "the QR code holds exactly the link shown");
    link
}

/// A signed-in user with an enrolled reference authenticator; returns (browser, state file).
pub async fn with_device(app: &TestApp, email: &str, dir: &Path) -> (Browser, std::path::PathBuf) {
    let browser = app.registered_user(email, PASSWORD).await;
    let link = enrolment_link(&browser).await;
    let state = dir.join(format!("{email}.json"));
    let out = authenticator(
        &state,
        &[
            "enrol",
            "--link",
            &link,
            "--name",
            "Anna's phone",
            "--pin",
            "2468",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (browser, state)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enrol_with_the_reference_authenticator_once_per_link() {
    let app = spawn_app(Backend::Embedded).await;
    let dir = tempfile::tempdir().unwrap();
    let (browser, state) = with_device(&app, "device@example.eu", dir.path()).await;
    let page = browser.get("/account/devices").await;
    assert!(page.text().contains("Anna's phone"), "{}", page.text());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&state).unwrap().permissions().mode() & 0o777,
            0o600,
            "the device state is private"
        );
    }
    let account = idp::accounts::find_by_email(app.provider.store.as_ref(), "device@example.eu")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(account.devices.len(), 1);
    assert!(
        !account.devices[0].sealed_secret.contains(
            &serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(&state).unwrap())
                .unwrap()["secret"]
                .as_str()
                .unwrap()
                .to_owned()
        ),
        "sealed at rest"
    );

    // The same link cannot enrol a second device.
    let other = app.registered_user("second@example.eu", PASSWORD).await;
    let link = enrolment_link(&other).await;
    let first = authenticator(
        &dir.path().join("a.json"),
        &["enrol", "--link", &link, "--name", "A", "--pin", "1111"],
    );
    assert!(first.status.success());
    let again = authenticator(
        &dir.path().join("b.json"),
        &["enrol", "--link", &link, "--name", "B", "--pin", "1111"],
    );
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("invalid, expired or already used"));

    // A proof made with another key than the one sent is refused. (A fresh user: with a
    // device enrolled, a password-only session may not add another.)
    let third = app.registered_user("third@example.eu", PASSWORD).await;
    let link = enrolment_link(&third).await;
    let token = link.split("token=").nth(1).unwrap();
    let forged = reqwest::Client::new()
        .post(format!("{}/device/enrol", app.base))
        .json(&serde_json::json!({
            "token": token,
            "name": "forged",
            "public_key": account.devices[0].public_key,
            "proof": idp::secrets::b64(&[7u8; 64]),
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 400);
    assert!(
        forged
            .text()
            .await
            .unwrap()
            .contains("proof of the device key")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn panic_deletes_every_device_and_token_and_ends_every_session() {
    let app = spawn_app(Backend::Embedded).await;
    let dir = tempfile::tempdir().unwrap();
    let (browser, _) = with_device(&app, "panic@example.eu", dir.path()).await;
    let elsewhere = app.browser();
    assert_eq!(
        sign_in(&elsewhere, "panic@example.eu", PASSWORD)
            .await
            .status,
        303
    );

    let page = browser.get("/account/devices").await;
    let delete = browser
        .post(
            "/account/devices/delete",
            &[
                ("csrf_token", &page.hidden("csrf_token")),
                ("id", "whatever"),
            ],
        )
        .await;
    assert_eq!(
        delete.status, 403,
        "with a device enrolled, deleting one needs a second factor"
    );

    let wrong = browser
        .submit(
            &page.form_with_action("/account/devices/panic"),
            &[("Password", "not my password")],
        )
        .await;
    assert_eq!(wrong.status, 400);
    let done = browser
        .submit(
            &page.form_with_action("/account/devices/panic"),
            &[("Password", PASSWORD)],
        )
        .await;
    assert!(
        done.text()
            .contains("1 mobile device and 0 tokens were deleted"),
        "{}",
        done.text()
    );
    assert_eq!(
        browser.get("/account").await.status,
        303,
        "this session ended too"
    );
    assert_eq!(
        elsewhere.get("/account").await.status,
        303,
        "and every other"
    );
    let account = idp::accounts::find_by_email(app.provider.store.as_ref(), "panic@example.eu")
        .await
        .unwrap()
        .unwrap();
    assert!(account.devices.is_empty() && account.tokens.is_empty());
    let mails = crate::app::read_mails(&app.data_dir, "panic@example.eu", 4).await;
    assert!(
        mails.iter().any(|m| m
            .body
            .contains("every mobile device and token of your account was deleted")),
        "the owner is mailed"
    );
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Signs in choosing "Mobile App PIN Code"; returns the waiting page and its number.
async fn start_app_sign_in(browser: &Browser, email: &str) -> (crate::app::Page, u8) {
    let login = browser.get("/login").await;
    let password = browser.submit(&login, &[("E-mail", email)]).await;
    let chosen = browser
        .submit(
            &password,
            &[("Password", PASSWORD), ("Mobile App PIN Code", "app")],
        )
        .await;
    assert!(
        chosen.location().starts_with("/login/app"),
        "{}",
        chosen.location()
    );
    // The page offers to send the request; only its form (a POST) sends it.
    let offer = browser.get(chosen.location()).await;
    assert_eq!(offer.status, 200, "{}", offer.text());
    assert!(!offer.body.contains("class=\"match-number\""));
    let waiting = browser
        .submit(&offer.form_with_action("/login/app"), &[])
        .await;
    assert_eq!(waiting.status, 200, "{}", waiting.text());
    let number: u8 = waiting
        .body
        .split("class=\"match-number\"")
        .nth(1)
        .unwrap()
        .split('>')
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    (waiting, number)
}

/// The refresh target of the waiting page.
/// Where the waiting page goes on to (its script, or its "continue" link by hand). The
/// page never reloads itself (no `<meta http-equiv=refresh>`, an accessibility failure).
fn refresh_url(page: &crate::app::Page) -> String {
    assert!(!page.body.contains("http-equiv"), "no self-refreshing page");
    page.body
        .split("id=\"app-continue\" href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .replace("&amp;", "&")
}

/// What the waiting page's script asks: whether the app has yet to answer.
async fn still_pending(browser: &Browser, page: &crate::app::Page) -> bool {
    let status = page
        .body
        .split("data-status=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .replace("&amp;", "&");
    let answer = browser.get(&status).await;
    assert_eq!(answer.status, 200, "{}", answer.text());
    serde_json::from_str::<serde_json::Value>(&answer.body).unwrap()["pending"]
        .as_bool()
        .unwrap()
}

/// The pending requests the authenticator sees: (id, choices).
fn pending(state: &Path, now: i64) -> Vec<(String, Vec<u8>)> {
    let out = authenticator(state, &["--now", &now.to_string(), "requests"]);
    assert!(out.status.success(), "{}", text(&out));
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|v| {
            (
                v["id"].as_str().unwrap().to_owned(),
                v["choices"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c.as_u64().unwrap() as u8)
                    .collect(),
            )
        })
        .collect()
}

crate::on_both_backends!(sign_in_with_the_mobile_app_pin_code_and_number_matching);

async fn sign_in_with_the_mobile_app_pin_code_and_number_matching(backend: Backend) {
    let app = spawn_app(backend).await;
    let dir = tempfile::tempdir().unwrap();
    let (setup, state) = with_device(&app, "pin@example.eu", dir.path()).await;
    let browser = app.browser();
    let (waiting, number) = start_app_sign_in(&browser, "pin@example.eu").await;
    let requests = pending(&state, app.clock_now());
    assert_eq!(requests.len(), 1);
    let (id, choices) = &requests[0];
    assert_eq!(choices.len(), 3);
    assert!(
        choices.contains(&number),
        "the app offers the number the page shows among three"
    );
    assert!(still_pending(&browser, &waiting).await);
    let still = browser.get(&refresh_url(&waiting)).await;
    assert_eq!(still.status, 200, "waiting until the app answers");
    let approved = authenticator(
        &state,
        &[
            "--now",
            &app.clock_now().to_string(),
            "approve",
            "--request",
            id,
            "--pick",
            &number.to_string(),
            "--pin",
            "2468",
        ],
    );
    assert!(approved.status.success(), "{}", text(&approved));
    assert!(
        !still_pending(&browser, &waiting).await,
        "the script now goes on"
    );
    let done = browser.get(&refresh_url(&waiting)).await;
    assert_eq!(done.status, 303, "the page goes on by itself");
    assert_eq!(done.location(), "/account");
    let (session, _) = app
        .provider
        .session(&browser.cookie("idp_session").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(session.methods, ["pwd", "swk", "pin"]);
    assert_eq!(session.acr(), idp::clients::Acr::Substantial);
    assert!(
        pending(&state, app.clock_now()).is_empty(),
        "answered requests leave the inbox"
    );

    // The device removed, with the second factor this browser just proved: every other
    // browser is signed out (the one that enrolled it, one waiting for the app's answer),
    // and the app's answer to a request made before comes to nothing.
    let halfway = app.browser();
    let (waiting, number) = start_app_sign_in(&halfway, "pin@example.eu").await;
    let requests = pending(&state, app.clock_now());
    let page = browser.get("/account/devices").await;
    let id = app.account("pin@example.eu").await.devices[0].id.clone();
    let deleted = browser
        .post(
            "/account/devices/delete",
            &[("csrf_token", &page.hidden("csrf_token")), ("id", &id)],
        )
        .await;
    crate::app::assert_others_signed_out(&deleted, true);
    let late = authenticator(
        &state,
        &[
            "--now",
            &app.clock_now().to_string(),
            "approve",
            "--request",
            &requests[0].0,
            "--pick",
            &number.to_string(),
            "--pin",
            "2468",
        ],
    );
    assert!(
        !late.status.success(),
        "a removed device's answer: {}",
        text(&late)
    );
    let refreshed = halfway.get(&refresh_url(&waiting)).await;
    assert_ne!(refreshed.location(), "/account", "the waiting page went on");
    assert_eq!(halfway.get("/account").await.status, 303, "signed out");
    assert_eq!(setup.get("/account").await.status, 303, "signed out");
    assert_eq!(browser.get("/account").await.status, 200, "it stays");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn app_approvals_resist_wrong_pins_wrong_picks_foreign_devices_replays_and_delay() {
    let app = spawn_app(Backend::Embedded).await;
    let dir = tempfile::tempdir().unwrap();
    let (_, state) = with_device(&app, "victim@example.eu", dir.path()).await;
    let (_, other_state) = with_device(&app, "other@example.eu", dir.path()).await;
    let now = || app.clock_now().to_string();

    // A wrong PIN never reaches the provider.
    let browser = app.browser();
    let (waiting, number) = start_app_sign_in(&browser, "victim@example.eu").await;
    let (id, choices) = pending(&state, app.clock_now()).remove(0);
    let wrong_pin = authenticator(
        &state,
        &[
            "--now",
            &now(),
            "approve",
            "--request",
            &id,
            "--pick",
            &number.to_string(),
            "--pin",
            "0000",
        ],
    );
    assert!(!wrong_pin.status.success() && text(&wrong_pin).contains("wrong PIN"));
    assert_eq!(
        browser.get(&refresh_url(&waiting)).await.status,
        200,
        "still waiting"
    );

    // Another account's device cannot answer it.
    let foreign = authenticator(
        &other_state,
        &[
            "--now",
            &now(),
            "approve",
            "--request",
            &id,
            "--pick",
            &number.to_string(),
            "--pin",
            "2468",
        ],
    );
    assert!(
        !foreign.status.success() && text(&foreign).contains("no such request"),
        "{}",
        text(&foreign)
    );

    // Signed with another device's key under this device's id: refused.
    let victim: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    let mut impostor: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&other_state).unwrap()).unwrap();
    impostor["device_id"] = victim["device_id"].clone();
    let impostor_state = dir.path().join("impostor.json");
    std::fs::write(&impostor_state, impostor.to_string()).unwrap();
    let forged = authenticator(&impostor_state, &["--now", &now(), "requests"]);
    assert!(
        !forged.status.success() && text(&forged).contains("bad signature"),
        "{}",
        text(&forged)
    );

    // A clock far from ours, and a replayed call, are refused.
    let skewed = authenticator(
        &state,
        &["--now", &(app.clock_now() + 300).to_string(), "requests"],
    );
    assert!(
        !skewed.status.success() && text(&skewed).contains("clock"),
        "{}",
        text(&skewed)
    );
    let stamp = now();
    assert!(
        authenticator(&state, &["--now", &stamp, "requests"])
            .status
            .success()
    );

    // A wrong pick denies the request, shows as denied, and is recorded.
    let wrong_pick = choices.iter().find(|c| **c != number).unwrap();
    let denied = authenticator(
        &state,
        &[
            "--now",
            &now(),
            "approve",
            "--request",
            &id,
            "--pick",
            &wrong_pick.to_string(),
            "--pin",
            "2468",
        ],
    );
    assert!(denied.status.success(), "{}", text(&denied));
    let page = browser.get(&refresh_url(&waiting)).await;
    assert_eq!(page.status, 403);
    assert!(
        page.text().contains("a wrong number was picked"),
        "{}",
        page.text()
    );
    let denied_mail = |m: &crate::app::Mail| m.body.contains("sign-in denied on \"Anna's phone\"");
    let history = crate::app::mails_until(&app.data_dir, "victim@example.eu", denied_mail).await;
    assert!(history.iter().any(denied_mail), "recorded and mailed");
    let late = authenticator(
        &state,
        &[
            "--now",
            &now(),
            "approve",
            "--request",
            &id,
            "--pick",
            &number.to_string(),
            "--pin",
            "2468",
        ],
    );
    assert!(
        !late.status.success() && text(&late).contains("no longer pending"),
        "{}",
        text(&late)
    );

    // A request the app does not answer in time expires.
    let (waiting, number) = start_app_sign_in(&browser, "victim@example.eu").await;
    let (id, _) = pending(&state, app.clock_now()).remove(0);
    app.clock.advance(121);
    let expired = browser.get(&refresh_url(&waiting)).await;
    assert_eq!(expired.status, 410);
    assert!(expired.text().contains("expired"), "{}", expired.text());
    let too_late = authenticator(
        &state,
        &[
            "--now",
            &now(),
            "approve",
            "--request",
            &id,
            "--pick",
            &number.to_string(),
            "--pin",
            "2468",
        ],
    );
    assert!(!too_late.status.success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replayed_device_call_is_refused() {
    let app = spawn_app(Backend::Embedded).await;
    let dir = tempfile::tempdir().unwrap();
    let (_, state) = with_device(&app, "replay-device@example.eu", dir.path()).await;
    let stamp = app.clock_now().to_string();
    assert!(
        authenticator(&state, &["--now", &stamp, "requests"])
            .status
            .success()
    );
    // The same second gives the same message; ECDSA signatures differ, so replay the bytes.
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    let call = idp::factors::app::call_message("GET", "/device/requests", app.clock_now());
    let pkcs8 = idp::secrets::from_b64(saved["key"].as_str().unwrap()).unwrap();
    let rng = ring::rand::SystemRandom::new();
    let pair = ring::signature::EcdsaKeyPair::from_pkcs8(
        &ring::signature::ECDSA_P256_SHA256_FIXED_SIGNING,
        &pkcs8,
        &rng,
    )
    .unwrap();
    let mut signature = pair.sign(&rng, call.as_bytes()).unwrap().as_ref().to_vec();
    idp::factors::app::to_low_s(&mut signature);
    let signature = idp::secrets::b64(&signature);
    let send = || {
        reqwest::Client::new()
            .get(format!("{}/device/requests", app.base))
            .header("x-device-id", saved["device_id"].as_str().unwrap())
            .header("x-device-time", app.clock_now().to_string())
            .header("x-device-signature", &signature)
            .send()
    };
    assert_eq!(send().await.unwrap().status(), 200);
    let replayed = send().await.unwrap();
    assert_eq!(replayed.status(), 401);
    assert!(replayed.text().await.unwrap().contains("already made"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_with_the_mobile_app_qr_code_offline() {
    let app = spawn_app(Backend::Embedded).await;
    let dir = tempfile::tempdir().unwrap();
    let (_, state) = with_device(&app, "qr@example.eu", dir.path()).await;
    let browser = app.browser();
    let login = browser.get("/login").await;
    let password = browser.submit(&login, &[("E-mail", "qr@example.eu")]).await;
    let chosen = browser
        .submit(
            &password,
            &[("Password", PASSWORD), ("Mobile App QR Code", "qr")],
        )
        .await;
    assert!(
        chosen.location().starts_with("/login/app-qr"),
        "{}",
        chosen.location()
    );
    let page = browser.get(chosen.location()).await;
    let scanned = page.qr_text();
    assert!(
        scanned.starts_with("OCRA-1:HOTP-SHA256-8:QN08|"),
        "{scanned}"
    );
    let shown = page
        .body
        .split("Challenge: <code>")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap();
    assert!(
        scanned.ends_with(shown),
        "the QR code holds the challenge shown"
    );

    // Offline: no network involved in computing the answer.
    let out = authenticator(&state, &["qr-answer", "--challenge", &scanned]);
    assert!(out.status.success(), "{}", text(&out));
    let code = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    assert_eq!(code.len(), 8);
    let wrong = browser
        .submit(&page, &[("One-time password", "00000000")])
        .await;
    assert_eq!(wrong.status, 401);
    assert!(wrong.text().contains("4 tries left"), "{}", wrong.text());
    let done = browser.submit(&page, &[("One-time password", &code)]).await;
    assert_eq!(done.status, 303, "{}", done.text());
    let (session, _) = app
        .provider
        .session(&browser.cookie("idp_session").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(session.methods, ["pwd", "swk", "otp"]);
    let replay = browser.submit(&page, &[("One-time password", &code)]).await;
    assert_eq!(replay.status, 401, "the question is used up");

    // Five wrong tries end a question, even for the right answer after.
    let page = browser.get("/login/app-qr?next=%2Faccount").await;
    let scanned = page.qr_text();
    let code = String::from_utf8_lossy(
        &authenticator(&state, &["qr-answer", "--challenge", &scanned]).stdout,
    )
    .trim()
    .to_owned();
    for _ in 0..5 {
        assert_eq!(
            browser
                .submit(&page, &[("One-time password", "11111111")])
                .await
                .status,
            401
        );
    }
    assert_eq!(
        browser
            .submit(&page, &[("One-time password", &code)])
            .await
            .status,
        401
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enrol_from_the_qr_image_and_answers_are_bound_to_their_request() {
    let app = spawn_app(Backend::Embedded).await;
    let dir = tempfile::tempdir().unwrap();
    let browser = app.registered_user("image@example.eu", PASSWORD).await;
    let page = browser.get("/account/devices").await;
    let shown = browser
        .submit(&page.form_with_action("/account/devices/add"), &[])
        .await;
    let svg = shown
        .body
        .split("<div class=\"qr\"")
        .nth(1)
        .unwrap()
        .split("</div>")
        .next()
        .unwrap();
    let image = dir.path().join("enrol.svg");
    std::fs::write(&image, svg).unwrap();
    let state = dir.path().join("image.json");
    let out = authenticator(
        &state,
        &[
            "enrol",
            "--qr",
            image.to_str().unwrap(),
            "--name",
            "Scanner",
            "--pin",
            "1357",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));

    // Two sign-ins, one after the other (one request waits at a time per account); an
    // answer signed for the first cannot be used for the second.
    let (first, second) = (app.browser(), app.browser());
    let (_, number_a) = start_app_sign_in(&first, "image@example.eu").await;
    let mut requests = pending(&state, app.clock_now());
    assert_eq!(requests.len(), 1);
    app.clock.advance(121);
    let (_, number_b) = start_app_sign_in(&second, "image@example.eu").await;
    requests.extend(pending(&state, app.clock_now()));
    assert_eq!(requests.len(), 2);
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
    let sign = |m: &str| {
        let mut signature = pair.sign(&rng, m.as_bytes()).unwrap().as_ref().to_vec();
        idp::factors::app::to_low_s(&mut signature);
        idp::secrets::b64(&signature)
    };
    let (id_a, id_b) = (&requests[0].0, &requests[1].0);
    let pick = if requests[1].1.contains(&number_b) {
        number_b
    } else {
        number_a
    };
    let path = format!("/device/requests/{id_b}");
    let now = app.clock_now();
    let response = reqwest::Client::new()
        .post(format!("{}{path}", app.base))
        .header("x-device-id", saved["device_id"].as_str().unwrap())
        .header("x-device-time", now.to_string())
        .header(
            "x-device-signature",
            sign(&idp::factors::app::call_message("POST", &path, now)),
        )
        .json(&serde_json::json!({
            "decision": "approve",
            "pick": pick,
            "signature": sign(&idp::factors::app::answer_message(id_a, "approve", pick)),
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("not signed by this device for this request")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_second_factor_pages_and_the_apps_request_name_the_application() {
    let app = spawn_app(Backend::Embedded).await;
    let dir = tempfile::tempdir().unwrap();
    let email = "named@example.eu";
    let (_, state) = with_device(&app, email, dir.path()).await;
    let (rp, _, _) = crate::rp::register(&app, |c| {
        c.min_acr = Some(idp::clients::Acr::Substantial);
    })
    .await;
    let browser = app.browser();
    let to_login = browser.get(&crate::rp::start(&rp, &[], None).url).await;
    let login = browser.get(to_login.location()).await;
    let password = browser.submit(&login, &[("E-mail", email)]).await;
    let chosen = browser
        .submit(
            &password,
            &[("Password", PASSWORD), ("Mobile App PIN Code", "app")],
        )
        .await;
    let offer = browser.get(chosen.location()).await;
    assert!(
        offer
            .text()
            .contains("ERN-CPMS requires you to authenticate"),
        "{}",
        offer.text()
    );
    let waiting = browser
        .submit(&offer.form_with_action("/login/app"), &[])
        .await;
    assert!(
        waiting
            .text()
            .contains("ERN-CPMS requires you to authenticate")
    );
    let out = authenticator(&state, &["--now", &app.clock_now().to_string(), "requests"]);
    let request: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(request["application"], "ERN-CPMS", "{request}");
    for (path, name) in [("/login/token", "Token"), ("/login/sms", "SMS")] {
        let page = browser
            .get(&format!(
                "{path}?{}",
                serde_urlencoded::to_string([(
                    "next",
                    chosen
                        .location()
                        .split("next=")
                        .nth(1)
                        .map(urlencode_decode)
                        .unwrap_or_default()
                )])
                .unwrap()
            ))
            .await;
        assert!(
            page.text()
                .contains("ERN-CPMS requires you to authenticate"),
            "{name}: {}",
            page.text()
        );
    }
}

fn urlencode_decode(text: &str) -> String {
    serde_urlencoded::from_str::<Vec<(String, String)>>(&format!("v={text}"))
        .unwrap()
        .pop()
        .unwrap()
        .1
}

/// An approval given by a device removed before the browser takes it proves nothing (the
/// moment between the removal and the end of the other sessions, or a removal by any other
/// path).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_approval_from_a_device_removed_since_is_not_taken() {
    let app = spawn_app(Backend::Embedded).await;
    let dir = tempfile::tempdir().unwrap();
    let email = "removed-approver@example.eu";
    let (_, state) = with_device(&app, email, dir.path()).await;
    let browser = app.browser();
    let (waiting, number) = start_app_sign_in(&browser, email).await;
    let requests = pending(&state, app.clock_now());
    let approved = authenticator(
        &state,
        &[
            "--now",
            &app.clock_now().to_string(),
            "approve",
            "--request",
            &requests[0].0,
            "--pick",
            &number.to_string(),
            "--pin",
            "2468",
        ],
    );
    assert!(approved.status.success(), "{}", text(&approved));
    let id = app.account(email).await.id;
    idp::accounts::update(app.provider.store.as_ref(), &id, |a| a.devices.clear())
        .await
        .unwrap();
    let refreshed = browser.get(&refresh_url(&waiting)).await;
    assert_ne!(refreshed.location(), "/account", "{}", refreshed.text());
    assert!(
        refreshed.text().contains("This sign-in request has ended."),
        "{}",
        refreshed.text()
    );
    let token = browser.cookie("idp_session").unwrap();
    let (session, _) = app.provider.session(&token).await.unwrap().unwrap();
    assert_eq!(session.methods, ["pwd"], "no second factor added");
    // Refused once and spent: a reload finds no request (not the approval refused anew),
    // and the app's inbox is empty.
    let again = browser.get(&refresh_url(&waiting)).await;
    assert_eq!(again.status, 410, "{}", again.text());
    assert!(
        again
            .text()
            .contains("This sign-in request is unknown or has ended."),
        "{}",
        again.text()
    );
    let listed = app
        .provider
        .store
        .set_members(&idp::store::keys::account_app_requests(&id))
        .await
        .unwrap();
    assert!(listed.is_empty(), "{listed:?}");
}

/// An enrolment link works only while the session that asked for it is signed in: one
/// signed out (or ended by a new set of recovery codes, a factor removed, "end all")
/// takes its links along.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_enrolment_link_dies_with_the_session_that_asked_for_it() {
    let app = spawn_app(Backend::Embedded).await;
    let browser = app.registered_user("signed-out@example.eu", PASSWORD).await;
    let link = enrolment_link(&browser).await;
    let account = browser.get("/account").await;
    browser
        .submit(&account.form_with_action("/logout"), &[])
        .await;
    assert!(!browser.signed_in().await);
    assert_link_refused(&link, "enrolled after the session ended");
}

/// Fails the test unless the reference authenticator is refused enrolment by `link`.
pub fn assert_link_refused(link: &str, why: &str) {
    let dir = tempfile::tempdir().unwrap();
    let out = authenticator(
        &dir.path().join("refused.json"),
        &[
            "enrol", "--link", link, "--name", "Refused", "--pin", "1357",
        ],
    );
    assert!(!out.status.success(), "{why}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("invalid, expired or already used"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
