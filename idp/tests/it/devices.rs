//! "Manage my mobile devices": enrolment with the reference authenticator (the real
//! binary), the enrolment link's single use, proof of the device key, deleting a device,
//! and "Delete all my devices (PANIC)".

use std::path::Path;
use std::process::{Command, Output};

use crate::app::{Backend, Browser, TestApp, sign_in, spawn_app};
use crate::rp::PASSWORD;
use crate::tokens::decode_qr_svg;

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
    let svg = shown
        .body
        .split("<div class=\"qr\"")
        .nth(1)
        .unwrap()
        .split("</div>")
        .next()
        .unwrap();
    let link = decode_qr_svg(&svg[svg.find("<svg").unwrap()..]);
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
            .contains("1 mobile device(s) and 0 token(s) were deleted"),
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
    let mails = crate::app::read_mails(&app.data_dir, "panic@example.eu", 3).await;
    assert!(
        mails.iter().any(|m| m
            .body
            .contains("PANIC: all mobile devices (1) and tokens (0) deleted")),
        "the owner is mailed"
    );
}
