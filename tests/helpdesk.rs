//! Issue 14: the helpdesk's case "I lost my phone", in a real headless Chromium against the
//! demo binary, by labels and buttons only: a person with a confirmed mobile phone loses
//! it; the administrator (the demo's approver) signs in with a second factor, finds them in
//! the operators' console, removes the phone, and finds the action in the operators' log;
//! the person is told by mail. Screenshots go to `target/browser-artifacts/helpdesk/`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod browser;
mod support;

use std::time::{Duration, Instant};

use browser::Browser;
use support::Demo;

const EMAIL: &str = "lost.phone@example.eu";
const PASSWORD: &str = "velvet harbour quartz meadow";
const PHONE: &str = "+32 470 98 76 54";
const E164: &str = "+32470987654";

async fn wait_for<T>(what: &str, mut found: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(value) = found() {
            return value;
        }
        assert!(Instant::now() < deadline, "{what} never came");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn sms_challenges(demo: &Demo, to: &str) -> Vec<String> {
    std::fs::read_to_string(demo.data.join("outbox/sms.jsonl"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| v["to"] == to)
        .filter_map(|v| {
            let body = v["body"].as_str()?.to_owned();
            let code = body.split("challenge is ").nth(1)?;
            Some(code.split('.').next()?.to_owned())
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_helpdesk_removes_a_lost_phone_from_the_console() {
    let dir = tempfile::tempdir().unwrap();
    let demo = Demo::start(dir.path());
    let b = Browser::start(&browser::artifacts_dir("helpdesk")).await;
    let wait = Duration::from_secs(20);
    let mails = demo.data.join("outbox/mail");

    // A person creates an account and confirms a mobile phone.
    b.goto(&format!("{}/register", demo.idp)).await;
    b.fill("First name", "Lena").await;
    b.fill("Last name", "Lostphone").await;
    b.fill("E-mail", EMAIL).await;
    b.fill("Confirm e-mail", EMAIL).await;
    b.check("By checking this box, you acknowledge that you have read and understood the privacy statement")
        .await;
    b.wait_for_text("Checking that you are not a robot… done", wait)
        .await;
    b.click_button("Create an account").await;
    let prefix = format!("{}/register/confirm?token=", demo.idp);
    let link = wait_for("the confirmation mail", || {
        idp::notify::outbox::read(&mails, Some(EMAIL))
            .iter()
            .find_map(|m| m.link(&prefix))
    })
    .await;
    b.goto(&link).await;
    b.fill("New password", PASSWORD).await;
    b.fill("Confirm new password", PASSWORD).await;
    b.click_button("Set my password").await;
    b.wait_for_text("Your account is ready", wait).await;
    b.goto(&format!("{}/login", demo.idp)).await;
    b.fill("E-mail", EMAIL).await;
    b.click_button("Next").await;
    b.fill("Password", PASSWORD).await;
    b.click_button("Sign in").await;
    b.click_link("Manage my mobile phone numbers").await;
    b.fill("Mobile phone", PHONE).await;
    b.click_button("Add a mobile phone number").await;
    let code = wait_for("the SMS", || sms_challenges(&demo, E164).first().cloned()).await;
    b.fill("SMS text challenge", &code).await;
    b.click_button("Confirm").await;
    b.wait_for_text("(confirmed)", wait).await;
    b.goto(&format!("{}/account", demo.idp)).await;
    b.click_button("Sign out").await;

    // The administrator signs in with a second factor and opens the console.
    let (admin, admin_password, admin_phone) = demo.approver();
    b.goto(&format!("{}/admin", demo.idp)).await;
    b.fill("E-mail", &admin).await;
    b.click_button("Next").await;
    b.fill("Password", &admin_password).await;
    b.check("Mobile Phone + SMS").await;
    b.click_button("Sign in").await;
    b.fill("Mobile phone", &admin_phone).await;
    b.click_button("Sign in").await;
    let code = wait_for("the administrator's SMS", || {
        sms_challenges(&demo, &admin_phone).first().cloned()
    })
    .await;
    b.fill("SMS text challenge", &code).await;
    b.click_button("Sign in").await;
    b.wait_for_text("Operators' console", wait).await;
    b.screenshot("console").await;

    // Find the person, remove the lost phone.
    b.click_link("Users").await;
    b.fill("Search", "lostph").await;
    b.click_button("Search").await;
    b.wait_for_text(EMAIL, wait).await;
    b.screenshot("user-found").await;
    b.click_link("Lena Lostphone").await;
    b.wait_for_text("Second factors", wait).await;
    // Shown as the person typed it, not as stored.
    assert!(b.text().await.contains(PHONE));
    b.screenshot("user-page").await;
    b.click_button(&format!("Remove Mobile phone {PHONE}"))
        .await;
    b.wait_for_text("Factor removed", wait).await;
    b.screenshot("factor-removed").await;
    b.click_link("Back").await;
    b.wait_for_text("Second factors", wait).await;
    assert!(
        !b.text()
            .await
            .contains(&format!("Remove Mobile phone {PHONE}")),
        "the phone is gone"
    );
    assert!(b.text().await.contains("removed by an administrator"));

    // The operators' log has it; the person was told.
    b.goto(&format!("{}/admin/log", demo.idp)).await;
    b.fill("Search", EMAIL).await;
    b.click_button("Search").await;
    b.wait_for_text("mobile phone number", wait).await;
    assert!(b.text().await.contains(&admin));
    b.screenshot("operators-log").await;
    wait_for("the mail to the person", || {
        idp::notify::outbox::read(&mails, Some(EMAIL))
            .iter()
            .any(|m| m.body.contains("removed by an administrator"))
            .then_some(())
    })
    .await;
    b.close().await;
}
