//! The seeds' whole journey in a real headless Chromium, against the demo binary (the
//! provider and CPMS on the embedded store), using only what a person sees: labels,
//! buttons and links. A screenshot of every step goes to
//! `target/browser-artifacts/health_professional_journey/`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod browser;
mod support;

use std::time::{Duration, Instant};

use browser::Browser;
use ern_i18n::Lang;
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

/// The journey's words in its language: every label, button and link by its key in the
/// catalogues, so the same steps run in English, French and German.
struct Words(Lang);

impl Words {
    fn new(code: &str) -> Words {
        Words(Lang::from_code(code).expect("a language we speak"))
    }

    fn t(&self, key: &str) -> String {
        let text = ern_i18n::t(self.0, key);
        assert_ne!(text, key, "{key} is not in the catalogues");
        text
    }

    fn t1(&self, key: &str, name: &'static str, value: &str) -> String {
        ern_i18n::t_args(self.0, key, &[(name, value.into())])
    }

    /// The part of a message after its `$site` placeholder (mail subjects).
    fn after_site(&self, key: &str) -> String {
        let text = self.t1(key, "site", "\u{0}");
        text.split('\u{0}').nth(1).unwrap_or_default().to_owned()
    }

    /// "Step 2 : select an organisation →", as the wizard's buttons read.
    fn step(&self, key: &str) -> String {
        format!("{} →", self.t(key))
    }
}

async fn sign_in_with_password(b: &Browser, w: &Words, email: &str, password: &str) {
    b.fill(&w.t("login-email-label"), email).await;
    b.click_button(&w.t("login-next")).await;
    b.fill(&w.t("login-password-label"), password).await;
}

async fn sign_out_of_the_provider(b: &Browser, w: &Words, demo: &Demo) {
    b.goto(&format!("{}/account", demo.idp)).await;
    b.click_button(&w.t("account-sign-out")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_professional_journey() {
    journey("en", "health_professional_journey").await;
}

/// The same journey by a French clinician: a browser set to French, the account's language
/// French; every step found by its French words.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_professional_journey_in_french() {
    journey("fr", "health_professional_journey_fr").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_professional_journey_in_german() {
    journey("de", "health_professional_journey_de").await;
}

async fn journey(code: &str, artifacts: &str) {
    let w = Words::new(code);
    let dir = tempfile::tempdir().unwrap();
    let demo = Demo::start(dir.path());
    let accept = if code == "en" {
        "en-US,en".to_owned()
    } else {
        format!("{code},en;q=0.5")
    };
    let b = Browser::start_speaking(&browser::artifacts_dir(artifacts), &accept).await;
    let wait = Duration::from_secs(20);

    // CPMS's start page leads to "Create an account" at the provider.
    b.goto(&format!("{}/", demo.cpms)).await;
    assert!(b.text().await.contains(&w.t("cpms-login-via-eu-login")));
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
    b.click_link(&w.t("cpms-landing-create-account")).await;
    b.fill(&w.t("register-first-name-label"), "Anna").await;
    b.fill(&w.t("register-last-name-label"), "Müller").await;
    b.fill(&w.t("register-email-label"), EMAIL).await;
    b.fill(&w.t("register-confirm-email-label"), EMAIL).await;
    b.select(
        &w.t("register-language-label"),
        &format!("{} ({})", w.0.name(), w.0.code()),
    )
    .await;
    let privacy = w.t("register-privacy-statement");
    b.check(&w.t1("register-privacy-acknowledge", "statement", &privacy))
        .await;
    b.wait_for_text(&w.t("register-robot-done"), wait).await;
    b.screenshot("create-an-account").await;
    b.click_button(&w.t("register-submit")).await;
    b.screenshot("confirmation-mail-sent").await;

    // The confirmation mail's link sets the password.
    let link = mailed_link(
        &demo,
        EMAIL,
        &format!("{}/register/confirm?token=", demo.idp),
    )
    .await;
    b.goto(&link).await;
    b.fill(&w.t("password-new-label"), PASSWORD).await;
    b.fill(&w.t("password-confirm-label"), PASSWORD).await;
    b.screenshot("choose-your-password").await;
    b.click_button(&w.t("password-set-submit")).await;
    b.wait_for_text(&w.t("register-ready-title"), wait).await;

    // Sign in to the provider and add a mobile phone, confirmed by its SMS challenge.
    b.goto(&format!("{}/login", demo.idp)).await;
    sign_in_with_password(&b, &w, EMAIL, PASSWORD).await;
    let first = b.text().await;
    assert!(first.contains(&w.t("login-welcome")) && !first.contains(&w.t("login-welcome-back")));
    b.click_button(&w.t("login-submit")).await;
    b.click_link(&w.t("factors-phones-title")).await;
    b.fill(&w.t("factors-mobile-phone-label"), PHONE).await;
    b.click_button(&w.t("factors-phones-add")).await;
    let code = sms_challenge(&demo, E164, 1).await;
    b.fill(&w.t("factors-sms-challenge-label"), &code).await;
    b.screenshot("sms-text-challenge").await;
    b.click_button(&w.t("factors-confirm")).await;
    let confirmed = w.t("factors-phone-confirmed");
    b.wait_for_text(&confirmed, wait).await;
    // Shown as typed, not as stored (E.164).
    assert!(b.text().await.contains(&format!("{PHONE} {confirmed}")));
    b.screenshot("mobile-phone-confirmed").await;

    // Every page of My account passes the same checks as the journey's own steps.
    for page in [
        "account-details-title",
        "account-change-password",
        "factors-tokens-title",
        "factors-keys-title",
        "factors-codes-title",
        "account-sessions-title",
        "account-history-title",
        "account-access-link",
        "factors-devices-title",
    ] {
        b.goto(&format!("{}/account", demo.idp)).await;
        b.click_link(&w.t(page)).await;
    }
    b.screenshot("manage-my-mobile-devices").await;

    // Request access to CPMS: application, ERN -> country -> institution, profile, recap.
    b.goto(&format!("{}/", demo.cpms)).await;
    b.click_link(&w.t("cpms-landing-request-authorisation"))
        .await;
    b.select(&w.t("access-field-application"), "CPMS").await;
    b.screenshot("select-application").await;
    b.click_button(&w.step("access-step-2")).await;
    b.select(&w.t("access-per-page"), "25").await;
    b.click_link(&format!(
        "{} ERN-RND - Neurological Diseases",
        w.t("access-open")
    ))
    .await;
    b.click_link(&format!("{} Germany", w.t("access-open")))
        .await;
    b.check("DE22 - Universitätsklinikum Tübingen").await;
    b.screenshot("select-institution").await;
    b.click_button(&w.step("access-step-3")).await;
    b.check("HP").await;
    b.screenshot("select-access-profile").await;
    b.click_button(&w.step("access-step-4")).await;
    b.fill(
        &w.t("access-field-comments"),
        "Neurologist, movement disorders clinic",
    )
    .await;
    b.screenshot("recap-and-submission").await;
    b.click_button(&w.t("access-submit")).await;
    b.wait_for_text(&w.t("access-submitted-title"), wait).await;
    b.screenshot("request-submitted").await;
    sign_out_of_the_provider(&b, &w, &demo).await;

    // The network's Coordinator accepts it; the requester is told by mail.
    b.goto(&format!("{}/access/approvals", demo.idp)).await;
    // Deciding gives access to patient data: the Coordinator signs in with a second factor.
    let (approver, approver_password, approver_phone) = demo.approver();
    // The pages before the password are in this browser's language; from the password on,
    // in the Coordinator's account's (English).
    let en = Words::new("en");
    sign_in_with_password(&b, &w, &approver, &approver_password).await;
    b.check(&w.t("login-method-sms-title")).await;
    b.click_button(&w.t("login-submit")).await;
    b.fill(&en.t("factors-mobile-phone-label"), &approver_phone)
        .await;
    b.click_button(&en.t("factors-sign-in")).await;
    let code = sms_challenge(&demo, &approver_phone, 1).await;
    b.fill(&en.t("factors-sms-challenge-label"), &code).await;
    b.click_button(&en.t("factors-sign-in")).await;
    b.wait_for_text(&en.t("access-review-title"), wait).await;
    assert!(b.text().await.contains(EMAIL));
    b.fill(&en.t("access-field-reason"), "Welcome to ERN-RND")
        .await;
    b.screenshot("coordinator-reviews").await;
    b.click_button(&en.t("access-accept")).await;
    b.wait_for_text(&en.t("access-accepted-done"), wait).await;
    b.screenshot("coordinator-accepted").await;
    sign_out_of_the_provider(&b, &en, &demo).await;
    // The mail is in the requester's language.
    let accepted = w.after_site("mail-access-accepted-subject");
    let deadline = Instant::now() + Duration::from_secs(10);
    while !mail_subjects(&demo, EMAIL)
        .await
        .iter()
        .any(|s| s.ends_with(&accepted))
    {
        assert!(Instant::now() < deadline, "the requester was not told");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Sign in to CPMS: password, then Mobile Phone + SMS (CPMS requires "substantial").
    b.goto(&format!("{}/", demo.cpms)).await;
    b.click_link(&w.t("cpms-login-via-eu-login")).await;
    // The provider still speaks the Coordinator's language, who used this browser last:
    // the health professional picks theirs with the selector at the foot of the page.
    let requires = |words: &Words| words.t1("login-app-requires-authentication", "app", "ERN-CPMS");
    assert!(b.text().await.contains(&requires(&en)));
    b.select(&en.t("language-label"), w.0.name()).await;
    b.click_button(&en.t("language-change")).await;
    assert!(b.text().await.contains(&requires(&w)));
    sign_in_with_password(&b, &w, EMAIL, PASSWORD).await;
    // This browser signed in before; "Mobile phone" is typed beside the password.
    assert!(b.text().await.contains(&w.t("login-welcome-back")));
    b.check(&w.t("login-method-sms-title")).await;
    b.fill(&w.t("login-phone-label"), PHONE).await;
    b.screenshot("choose-verification-method").await;
    b.click_button(&w.t("login-submit")).await;
    let code = sms_challenge(&demo, E164, 2).await;
    b.fill(&w.t("factors-sms-challenge-label"), &code).await;
    b.screenshot("sign-in-sms-challenge").await;
    b.click_button(&w.t("factors-sign-in")).await;

    // First sign-in: ERN preferences.
    let role = w.t("cpms-preferences-professional-role");
    b.wait_for_text(&role, wait).await;
    assert!(b.current_url().await.starts_with(&demo.cpms));
    b.select(&role, &w.t("cpms-role-neurologist")).await;
    b.check("Leukodystrophies").await;
    b.check("Frontotemporal dementia").await;
    b.screenshot("ern-preferences").await;
    b.click_button(&w.t("cpms-preferences-update")).await;
    let dashboard = b.text().await;
    assert!(
        dashboard.contains("CPMS | ERN-RND - Neurological Diseases"),
        "{dashboard}"
    );
    assert!(dashboard.contains("HP"), "{dashboard}");
    b.screenshot("dashboard").await;

    // The HP pages: create a panel for a case.
    b.click_link("CPMS | ERN-RND - Neurological Diseases").await;
    b.click_link(&w.t("cpms-page-panels")).await;
    b.click_link(&w.t("cpms-page-panel-create")).await;
    b.fill(
        &w.t("cpms-panel-title"),
        "Adult-onset leukodystrophy, unclear subtype",
    )
    .await;
    b.fill(
        &w.t("cpms-panel-case-summary"),
        "42-year-old with progressive gait disorder.",
    )
    .await;
    b.select(&w.t("cpms-thematic-area"), "Leukodystrophies")
        .await;
    b.screenshot("create-a-panel").await;
    b.click_button(&w.t("cpms-panel-new-create")).await;
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
    let needed = format!("{} Coordinator", w.t("cpms-error-profiles-needed"));
    assert!(refused.contains(&needed), "{refused}");
    let held = format!("{} HP", w.t("cpms-error-profiles-held"));
    assert!(refused.contains(&held), "{refused}");
    let ask = w.t("cpms-error-request-another-profile");
    assert!(refused.contains(&ask), "{refused}");
    assert!(
        refused.contains(&w.t("cpms-error-not-allowed")),
        "{refused}"
    );
    b.screenshot("coordinator-pages-refused").await;

    // Sign-out ends the provider's session too: CPMS holds this session's ID token, so
    // the provider signs out without a second question and sends the browser back.
    b.goto(&format!("{}/dashboard", demo.cpms)).await;
    b.click_button(&w.t("cpms-sign-out")).await;
    b.wait_for_text(&w.t("cpms-login-via-eu-login"), wait).await;
    b.goto(&format!("{}/account", demo.idp)).await;
    assert!(b.text().await.contains(&w.t("login-heading")));
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
    sign_in_with_password(&b, &Words::new("en"), &approver, &password).await;
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
    sign_out_of_the_provider(&b, &Words::new("en"), &demo).await;

    // CPMS with password + security key.
    b.goto(&format!("{}/", demo.cpms)).await;
    b.click_link("Login via EU Login").await;
    sign_in_with_password(&b, &Words::new("en"), &approver, &password).await;
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
    sign_out_of_the_provider(&b, &Words::new("en"), &demo).await;

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
