//! The seeds' whole journey in a real headless Chromium, against the demo binary (the
//! provider and CPMS on the embedded store), using only what a person sees: labels,
//! buttons and links. A screenshot of every step goes to
//! `target/browser-artifacts/health_professional_journey/`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod browser;
mod support;

use std::time::{Duration, Instant};

use browser::Browser;
use support::Demo;

const EMAIL: &str = "anna.mueller@uni-tuebingen.example";
const PASSWORD: &str = "plum sailor orbit lantern";
const PHONE: &str = "+32 470 12 34 56";
const E164: &str = "+32470123456";

/// The newest mail to `to` carrying a link that starts with `prefix`.
async fn mailed_link(demo: &Demo, to: &str, prefix: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let mails = idp::notify::outbox::read(&demo.data.join("outbox/mail"), Some(to));
        if let Some(link) = mails.iter().rev().find_map(|m| m.link(prefix)) {
            return link;
        }
        assert!(Instant::now() < deadline, "no mail to {to} with {prefix}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn mail_subjects(demo: &Demo, to: &str) -> Vec<String> {
    idp::notify::outbox::read(&demo.data.join("outbox/mail"), Some(to))
        .into_iter()
        .map(|m| m.subject)
        .collect()
}

/// The challenge of the `nth` SMS (1-based) sent to `to`.
async fn sms_challenge(demo: &Demo, to: &str, nth: usize) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let log = std::fs::read_to_string(demo.data.join("outbox/sms.jsonl")).unwrap_or_default();
        let bodies: Vec<String> = log
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|v| v["to"] == to)
            .map(|v| v["body"].as_str().unwrap_or_default().to_owned())
            .collect();
        if let Some(body) = bodies.get(nth - 1) {
            // The challenge reads XXX-XXX-XXX, whatever the language around it.
            let code = body
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric()))
                .find(|w| w.len() == 11 && w.as_bytes()[3] == b'-' && w.as_bytes()[7] == b'-');
            return code.expect("an SMS text challenge").to_owned();
        }
        assert!(Instant::now() < deadline, "SMS {nth} to {to} never came");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Every page the journey saw was checked (axe-core, 320 px): at least `least` of them.
fn every_page_was_checked(b: &Browser, least: usize) {
    let checked = b.audited_pages();
    println!(
        "{} pages passed axe-core (WCAG 2.1 A, AA) and fit 320 px:\n{}",
        checked.len(),
        checked.join("\n")
    );
    assert!(
        checked.len() >= least,
        "only {} pages checked",
        checked.len()
    );
}

async fn sign_in_with_password(b: &Browser, email: &str, password: &str) {
    b.fill("E-mail", email).await;
    b.click_button("Next").await;
    b.fill("Password", password).await;
}

async fn sign_out_of_the_provider(b: &Browser, demo: &Demo) {
    b.goto(&format!("{}/account", demo.idp)).await;
    b.click_button("Sign out").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_professional_journey() {
    let dir = tempfile::tempdir().unwrap();
    let demo = Demo::start(dir.path());
    let b = Browser::start(&browser::artifacts_dir("health_professional_journey")).await;
    let wait = Duration::from_secs(20);

    // CPMS's start page leads to "Create an account" at the provider.
    b.goto(&format!("{}/", demo.cpms)).await;
    assert!(b.text().await.contains("Login via EU Login"));
    b.screenshot("cpms-start-page").await;
    // Pages off the path are checked too: the privacy statement, "Lost your password?",
    // an address that does not exist at either server.
    for page in [
        format!("{}/privacy", demo.idp),
        format!("{}/password/lost", demo.idp),
        format!("{}/no-such-page", demo.idp),
        format!("{}/no-such-page", demo.cpms),
        format!("{}/", demo.cpms),
    ] {
        b.goto(&page).await;
    }
    b.click_link("To create an account").await;
    b.fill("First name", "Anna").await;
    b.fill("Last name", "Müller").await;
    b.fill("E-mail", EMAIL).await;
    b.fill("Confirm e-mail", EMAIL).await;
    b.select("E-mail language", "English (en)").await;
    b.check("By checking this box, you acknowledge that you have read and understood the privacy statement")
        .await;
    b.wait_for_text("Checking that you are not a robot… done", wait)
        .await;
    b.screenshot("create-an-account").await;
    b.click_button("Create an account").await;
    b.screenshot("confirmation-mail-sent").await;

    // The confirmation mail's link sets the password.
    let link = mailed_link(
        &demo,
        EMAIL,
        &format!("{}/register/confirm?token=", demo.idp),
    )
    .await;
    b.goto(&link).await;
    b.fill("New password", PASSWORD).await;
    b.fill("Confirm new password", PASSWORD).await;
    b.screenshot("choose-your-password").await;
    b.click_button("Set my password").await;
    b.wait_for_text("Your account is ready", wait).await;

    // Sign in to the provider and add a mobile phone, confirmed by its SMS challenge.
    b.goto(&format!("{}/login", demo.idp)).await;
    sign_in_with_password(&b, EMAIL, PASSWORD).await;
    let first = b.text().await;
    assert!(first.contains("Welcome") && !first.contains("Welcome back"));
    b.click_button("Sign in").await;
    b.click_link("Manage my mobile phone numbers").await;
    b.fill("Mobile phone", PHONE).await;
    b.click_button("Add a mobile phone number").await;
    let code = sms_challenge(&demo, E164, 1).await;
    b.fill("SMS text challenge", &code).await;
    b.screenshot("sms-text-challenge").await;
    b.click_button("Confirm").await;
    b.wait_for_text("(confirmed)", wait).await;
    // Shown as typed, not as stored (E.164).
    assert!(b.text().await.contains(&format!("{PHONE} (confirmed)")));
    b.screenshot("mobile-phone-confirmed").await;

    // Every page of My account passes the same checks as the journey's own steps.
    for page in [
        "Personal data",
        "Change password",
        "Manage my tokens",
        "Manage my security keys and passkeys",
        "My recovery codes",
        "Display my sessions",
        "Security history",
        "My applications access",
        "Manage my mobile devices",
    ] {
        b.goto(&format!("{}/account", demo.idp)).await;
        b.click_link(page).await;
    }
    b.screenshot("manage-my-mobile-devices").await;

    // Request access to CPMS: application, ERN -> country -> institution, profile, recap.
    b.goto(&format!("{}/", demo.cpms)).await;
    b.click_link("To request authorisation to use CPMS").await;
    b.select("Application", "CPMS").await;
    b.screenshot("select-application").await;
    b.click_button("Step 2 : select an organisation →").await;
    b.select("records per page", "25").await;
    b.click_link("Open ERN-RND - Neurological Diseases").await;
    b.click_link("Open Germany").await;
    b.check("DE22 - Universitätsklinikum Tübingen").await;
    b.screenshot("select-institution").await;
    b.click_button("Step 3 : select an access profile →").await;
    b.check("HP").await;
    b.screenshot("select-access-profile").await;
    b.click_button("Step 4 : type a comment →").await;
    b.fill("Comments", "Neurologist, movement disorders clinic")
        .await;
    b.screenshot("recap-and-submission").await;
    b.click_button("Submit request access").await;
    b.wait_for_text("Your request has been submitted", wait)
        .await;
    b.screenshot("request-submitted").await;
    sign_out_of_the_provider(&b, &demo).await;

    // The network's Coordinator accepts it; the requester is told by mail.
    b.goto(&format!("{}/access/approvals", demo.idp)).await;
    // Deciding gives access to patient data: the Coordinator signs in with a second factor.
    let (approver, approver_password, approver_phone) = demo.approver();
    sign_in_with_password(&b, &approver, &approver_password).await;
    b.check("Mobile Phone + SMS").await;
    b.click_button("Sign in").await;
    b.fill("Mobile phone", &approver_phone).await;
    b.click_button("Sign in").await;
    let code = sms_challenge(&demo, &approver_phone, 1).await;
    b.fill("SMS text challenge", &code).await;
    b.click_button("Sign in").await;
    b.wait_for_text("Access requests to review", wait).await;
    assert!(b.text().await.contains(EMAIL));
    b.fill("Reason", "Welcome to ERN-RND").await;
    b.screenshot("coordinator-reviews").await;
    b.click_button("Accept").await;
    b.wait_for_text("The request was accepted", wait).await;
    b.screenshot("coordinator-accepted").await;
    sign_out_of_the_provider(&b, &demo).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while !mail_subjects(&demo, EMAIL)
        .await
        .iter()
        .any(|s| s.ends_with("your access request was accepted"))
    {
        assert!(Instant::now() < deadline, "the requester was not told");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Sign in to CPMS: password, then Mobile Phone + SMS (CPMS requires "substantial").
    b.goto(&format!("{}/", demo.cpms)).await;
    b.click_link("Login via EU Login").await;
    assert!(
        b.text()
            .await
            .contains("ERN-CPMS requires you to authenticate")
    );
    sign_in_with_password(&b, EMAIL, PASSWORD).await;
    // This browser signed in before; "Mobile phone" is typed beside the password.
    assert!(b.text().await.contains("Welcome back"));
    b.check("Mobile Phone + SMS").await;
    b.fill("Mobile phone", PHONE).await;
    b.screenshot("choose-verification-method").await;
    b.click_button("Sign in").await;
    let code = sms_challenge(&demo, E164, 2).await;
    b.fill("SMS text challenge", &code).await;
    b.screenshot("sign-in-sms-challenge").await;
    b.click_button("Sign in").await;

    // First sign-in: ERN preferences.
    b.wait_for_text("My professional role", wait).await;
    assert!(b.current_url().await.starts_with(&demo.cpms));
    b.select("My professional role", "Neurologist").await;
    b.check("Leukodystrophies").await;
    b.check("Frontotemporal dementia").await;
    b.screenshot("ern-preferences").await;
    b.click_button("Update ERN Preferences").await;
    let dashboard = b.text().await;
    assert!(
        dashboard.contains("CPMS | ERN-RND - Neurological Diseases"),
        "{dashboard}"
    );
    assert!(dashboard.contains("HP"), "{dashboard}");
    b.screenshot("dashboard").await;

    // The HP pages: create a panel for a case.
    b.click_link("CPMS | ERN-RND - Neurological Diseases").await;
    b.click_link("Panels").await;
    b.click_link("Create a panel").await;
    b.fill("Title", "Adult-onset leukodystrophy, unclear subtype")
        .await;
    b.fill(
        "Case summary",
        "42-year-old with progressive gait disorder.",
    )
    .await;
    b.select("Thematic area", "Leukodystrophies").await;
    b.screenshot("create-a-panel").await;
    b.click_button("Create the panel").await;
    b.wait_for_text("Adult-onset leukodystrophy, unclear subtype", wait)
        .await;
    b.screenshot("panel-created").await;

    // ... and not the Coordinator's: a 403 page that says what is missing and how to ask.
    b.goto(&format!("{}/o/ERN-RND:DE:DE22/kpis", demo.cpms))
        .await;
    let refused = b
        .text()
        .await
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        refused.contains("Profiles this page needs there Coordinator"),
        "{refused}"
    );
    assert!(refused.contains("Your profiles there HP"), "{refused}");
    assert!(refused.contains("To request authorisation"), "{refused}");
    assert!(
        refused.contains("Your profile does not allow this page"),
        "{refused}"
    );
    b.screenshot("coordinator-pages-refused").await;

    // Sign-out ends the provider's session too: CPMS holds this session's ID token, so
    // the provider signs out without a second question and sends the browser back.
    b.goto(&format!("{}/dashboard", demo.cpms)).await;
    b.click_button("Sign out").await;
    b.wait_for_text("Login via EU Login", wait).await;
    b.goto(&format!("{}/account", demo.idp)).await;
    assert!(b.text().await.contains("Sign in to continue"));
    b.screenshot("signed-out").await;
    every_page_was_checked(&b, 50);
    b.close().await;
}

/// The claims of a JWT (the test reads what the provider signed; the relying parties
/// verify signatures elsewhere).
fn jwt_claims(token: &str) -> serde_json::Value {
    let payload = token.split('.').nth(1).expect("a JWT");
    serde_json::from_slice(&idp::secrets::from_b64(payload).expect("base64url")).expect("JSON")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn security_key_and_passkey_journey() {
    let dir = tempfile::tempdir().unwrap();
    // WebAuthn needs a host name: its relying party id cannot be an IP address.
    let demo = Demo::start_on(dir.path(), "localhost");
    let b = Browser::start(&browser::artifacts_dir("security_key_and_passkey_journey")).await;
    b.add_virtual_authenticator().await;
    let wait = Duration::from_secs(20);
    let (approver, password, phone) = demo.approver();

    // A key is added with the account's existing second factor just proved.
    b.goto(&format!("{}/login", demo.idp)).await;
    sign_in_with_password(&b, &approver, &password).await;
    b.check("Mobile Phone + SMS").await;
    b.click_button("Sign in").await;
    b.fill("Mobile phone", &phone).await;
    b.click_button("Sign in").await;
    let code = sms_challenge(&demo, &phone, 1).await;
    b.fill("SMS text challenge", &code).await;
    b.click_button("Sign in").await;
    b.goto(&format!("{}/account", demo.idp)).await;
    b.click_link("Manage my security keys and passkeys").await;
    b.fill("Name of the key", "Virtual key").await;
    b.click_button("Add a security key or passkey").await;
    b.wait_for_text("The security key \"Virtual key\" was added", wait)
        .await;
    b.screenshot("security-key-added").await;
    sign_out_of_the_provider(&b, &demo).await;

    // CPMS with password + security key.
    b.goto(&format!("{}/", demo.cpms)).await;
    b.click_link("Login via EU Login").await;
    sign_in_with_password(&b, &approver, &password).await;
    b.check("Security Key or Trusted Platform (TPM)").await;
    b.screenshot("choose-security-key").await;
    b.click_button("Sign in").await;
    b.wait_for_text("Use my security key", wait).await;
    b.click_button("Use my security key").await;
    let deadline = Instant::now() + wait;
    while !b.current_url().await.starts_with(&demo.cpms) {
        assert!(
            Instant::now() < deadline,
            "not back at CPMS: {}",
            b.text().await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    b.screenshot("cpms-after-security-key").await;

    // An application that demands "high" gets it from this session at once.
    let config = idp::config::Config {
        data_dir: demo.data.clone(),
        ..Default::default()
    };
    let store = idp::server::open_store(&config).expect("the demo's store");
    let callback = format!("{}/high-callback", demo.cpms);
    let (client, secret) = idp::clients::add(
        store.as_ref(),
        idp::clients::NewClient {
            id: "high-rp".into(),
            redirect_uris: vec![callback.clone()],
            first_party: true,
            min_acr: Some(idp::clients::Acr::High),
            pkce_optional: true,
            ..Default::default()
        },
    )
    .await
    .expect("the store answers")
    .expect("a valid client");
    b.goto(&format!(
        "{}/authorize?response_type=code&scope=openid&state=high&client_id={}&redirect_uri={}",
        demo.idp,
        client.id,
        url::form_urlencoded::byte_serialize(callback.as_bytes()).collect::<String>()
    ))
    .await;
    let back = b.current_url().await;
    assert!(back.starts_with(&callback), "{back}");
    let code = url::Url::parse(&back)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "code")
        .map(|(_, v)| v.into_owned())
        .expect("a code");
    let tokens: serde_json::Value = reqwest::Client::new()
        .post(format!("{}/token", demo.idp))
        .basic_auth(&client.id, secret.as_deref())
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", callback.as_str()),
        ])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = jwt_claims(tokens["id_token"].as_str().expect("an ID token"));
    assert_eq!(id["acr"], "high", "{id}");
    sign_out_of_the_provider(&b, &demo).await;

    // A passkey: no password at all.
    b.goto(&format!("{}/login?next=/account", demo.idp)).await;
    b.screenshot("sign-in-with-a-passkey").await;
    b.click_button("Sign in with a passkey").await;
    b.wait_for_text("My account", wait).await;
    assert!(b.current_url().await.ends_with("/account"));
    assert!(b.text().await.contains(&approver));
    b.screenshot("signed-in-with-a-passkey").await;
    every_page_was_checked(&b, 15);
    b.close().await;
}

/// The checks every journey page passes can fail: axe-core finds a picture without a text
/// alternative and a field without a label, and a page wider than a phone is caught.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_checks_find_what_they_look_for() {
    let b = Browser::start(&browser::artifacts_dir("the_page_checks")).await;
    b.goto_unchecked(
        "data:text/html,<!doctype html><html lang=en><title>t</title><main><h1>t</h1>\
         <img src=x.png><input name=q></main></html>",
    )
    .await;
    let violations = b.axe_violations().await.join("\n");
    assert!(
        violations.contains("- image-alt (critical)"),
        "{violations}"
    );
    assert!(violations.contains("- label (critical)"), "{violations}");
    assert_eq!(b.overflow_at(browser::PHONE_WIDTH).await, None);

    b.goto_unchecked(
        "data:text/html,<!doctype html><html lang=en><title>t</title><main><h1>t</h1>\
         <div class=wide style='width:400px'>wide</div></main></html>",
    )
    .await;
    assert_eq!(b.axe_violations().await, Vec::<String>::new());
    let overflow = b
        .overflow_at(browser::PHONE_WIDTH)
        .await
        .unwrap_or_default();
    assert!(overflow.contains("div.wide (408 px)"), "{overflow}");
    b.close().await;
}
