//! Mobile Phone + SMS: confirming numbers, signing in with the SMS text challenge, step-up
//! for an application that requires "substantial", and the attacks on it.

use std::time::{Duration, Instant};

use openidconnect::{AuthorizationCode, OAuth2TokenResponse, TokenResponse};
use serde_json::Value;

use crate::app::{
    Backend, Browser, Page, TestApp, register_through_pages, sign_in, spawn_app, spawn_app_with,
};
use crate::rp::{PASSWORD, http, query_param, register, start};

const NUMBER: &str = "+32 123 45 67 89";
const E164: &str = "+32123456789";

/// The SMS written to the outbox for `to`, oldest first, waiting for `at_least`.
pub(crate) async fn sms_to(app: &TestApp, to: &str, at_least: usize) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let text =
            std::fs::read_to_string(app.data_dir.join("outbox/sms.jsonl")).unwrap_or_default();
        let bodies: Vec<String> = text
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter(|v| v["to"] == to)
            .map(|v| v["body"].as_str().unwrap_or_default().to_owned())
            .collect();
        if bodies.len() >= at_least || Instant::now() > deadline {
            return bodies;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn code_in(body: &str) -> String {
    body.split("challenge is ")
        .nth(1)
        .unwrap()
        .split('.')
        .next()
        .unwrap()
        .to_owned()
}

/// A signed-in user whose number is confirmed; returns the browser (password-only session).
async fn with_phone(app: &TestApp, email: &str) -> Browser {
    let browser = app.registered_user(email, PASSWORD).await;
    let phones = browser.get("/account/phones").await;
    assert_eq!(phones.status, 200);
    let sent = browser.submit(&phones, &[("Mobile phone", NUMBER)]).await;
    assert_eq!(sent.status, 200, "{}", sent.text());
    assert!(
        sent.text()
            .contains("We sent an SMS text challenge to +32 123 45 67 89")
    );
    let code = code_in(sms_to(app, E164, 1).await.last().unwrap());
    // Typed loosely: lower case, spaces instead of dashes.
    let typed = code.to_lowercase().replace('-', " ");
    let confirmed = browser
        .submit(&sent, &[("SMS text challenge", &typed)])
        .await;
    assert!(
        confirmed.text().contains("+32 123 45 67 89 is confirmed"),
        "{}",
        confirmed.text()
    );
    browser
}

/// Signs in choosing "Mobile Phone + SMS"; returns the last page (a redirect when done).
async fn sign_in_with_sms(
    app: &TestApp,
    browser: &Browser,
    email: &str,
    number: &str,
    next: Option<&str>,
) -> Page {
    let (challenge, code) = sms_challenge_pending(app, browser, email, number, next).await;
    browser
        .submit(&challenge, &[("SMS text challenge", &code)])
        .await
}

/// Signs in with the password choosing "Mobile Phone + SMS" and asks for the challenge,
/// stopping there; returns the challenge page and the code sent.
async fn sms_challenge_pending(
    app: &TestApp,
    browser: &Browser,
    email: &str,
    number: &str,
    next: Option<&str>,
) -> (Page, String) {
    let login = browser
        .get(&next.map_or("/login".to_owned(), |n| {
            format!(
                "/login?next={}",
                n.replace('/', "%2F")
                    .replace('?', "%3F")
                    .replace('=', "%3D")
            )
        }))
        .await;
    let password = browser.submit(&login, &[("E-mail", email)]).await;
    let chosen = browser
        .submit(
            &password,
            &[("Password", PASSWORD), ("Mobile Phone + SMS", "sms")],
        )
        .await;
    assert_eq!(chosen.status, 303);
    assert!(
        chosen.location().starts_with("/login/sms"),
        "{}",
        chosen.location()
    );
    let mobile = browser.get(chosen.location()).await;
    let before = sms_to(app, E164, 0).await.len();
    let challenge = browser.submit(&mobile, &[("Mobile phone", number)]).await;
    assert_eq!(challenge.status, 200, "{}", challenge.text());
    assert!(
        challenge
            .text()
            .contains("Authentication by SMS text challenge")
    );
    let code = code_in(sms_to(app, E164, before + 1).await.last().unwrap());
    (challenge, code)
}

crate::on_both_backends!(
    confirm_a_number_then_sign_in_with_mobile_phone_and_sms,
    deleting_a_phone_ends_the_other_sessions_and_voids_its_codes,
);

async fn confirm_a_number_then_sign_in_with_mobile_phone_and_sms(backend: Backend) {
    let app = spawn_app(backend).await;
    with_phone(&app, "sms@example.eu").await;
    let browser = app.browser();
    let done = sign_in_with_sms(&app, &browser, "sms@example.eu", "+32 (123) 45-67-89", None).await;
    assert_eq!(done.status, 303, "{}", done.text());
    assert_eq!(done.location(), "/account");
    let token = browser.cookie("idp_session").unwrap();
    let (session, _) = app.provider.session(&token).await.unwrap().unwrap();
    assert_eq!(session.methods, ["pwd", "sms"]);
    assert_eq!(session.acr(), idp::clients::Acr::Substantial);

    // Next time, the method used last is offered first, already chosen.
    let login = browser.get("/login").await;
    let password = browser
        .submit(&login, &[("E-mail", "sms@example.eu")])
        .await;
    let first_method = password
        .body
        .split("name=\"method\"")
        .nth(1)
        .unwrap()
        .split('>')
        .next()
        .unwrap();
    assert!(
        first_method.contains("value=\"sms\" checked"),
        "{first_method}"
    );

    // A browser that signed in before is welcomed back (issue 15), and "Mobile phone" can
    // be typed beside the password, as the seeds show: the challenge comes at once.
    assert!(password.text().contains("Welcome back sms@example.eu"));
    let before = sms_to(&app, E164, 0).await.len();
    let challenge = browser
        .submit(
            &password,
            &[
                ("Password", PASSWORD),
                ("Mobile Phone + SMS", "sms"),
                ("Mobile phone", "+32 123 45 67 89"),
            ],
        )
        .await;
    assert_eq!(challenge.status, 200, "{}", challenge.text());
    assert!(
        challenge
            .text()
            .contains("Authentication by SMS text challenge"),
        "{}",
        challenge.text()
    );
    assert!(challenge.body.contains("value=\"+32 123 45 67 89\""));
    let code = code_in(sms_to(&app, E164, before + 1).await.last().unwrap());
    let done = browser
        .submit(&challenge, &[("SMS text challenge", &code)])
        .await;
    assert_eq!(done.status, 303, "{}", done.text());
    let token = browser.cookie("idp_session").unwrap();
    let (session, _) = app.provider.session(&token).await.unwrap().unwrap();
    assert_eq!(session.methods, ["pwd", "sms"]);

    // A number that is not the account's: the "Mobile phone" page says so.
    let login = app.browser();
    let first = login.get("/login").await;
    let password = login.submit(&first, &[("E-mail", "sms@example.eu")]).await;
    assert!(
        password.text().contains("Welcome sms@example.eu"),
        "a new browser"
    );
    let refused = login
        .submit(
            &password,
            &[
                ("Password", PASSWORD),
                ("Mobile Phone + SMS", "sms"),
                ("Mobile phone", "+32 470 99 99 99"),
            ],
        )
        .await;
    assert_eq!(refused.status, 400);
    assert!(
        refused
            .text()
            .contains("This is not one of the confirmed mobile phone numbers of your account."),
        "{}",
        refused.text()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_application_requiring_substantial_gets_it_through_sms_step_up() {
    let app = spawn_app(Backend::Embedded).await;
    with_phone(&app, "stepup-sms@example.eu").await;
    let (rp, _, _) = register(&app, |c| c.min_acr = Some(idp::clients::Acr::Substantial)).await;
    let browser = app.browser();
    assert_eq!(
        sign_in(&browser, "stepup-sms@example.eu", PASSWORD)
            .await
            .status,
        303
    );
    let started = start(&rp, &["phone"], None);
    let step = browser.get(&started.url).await;
    let chooser = browser.get(step.location()).await;
    assert!(chooser.text().contains("Choose your verification method"));
    let sms_link = chooser
        .body
        .split("href=\"")
        .find(|s| s.starts_with("/login/sms"))
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .replace("&amp;", "&");
    let mobile = browser.get(&sms_link).await;
    let challenge = browser.submit(&mobile, &[("Mobile phone", NUMBER)]).await;
    let code = code_in(sms_to(&app, E164, 2).await.last().unwrap());
    let done = browser
        .submit(&challenge, &[("SMS text challenge", &code)])
        .await;
    assert!(
        done.location().starts_with("/authorize/resume"),
        "{}",
        done.location()
    );
    let back = browser.get(done.location()).await;
    let code = query_param(back.location(), "code").expect("a code once the level is reached");
    let tokens = rp
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .unwrap();
    let claims = tokens
        .id_token()
        .unwrap()
        .claims(&rp.id_token_verifier(), &started.nonce)
        .unwrap();
    assert_eq!(claims.auth_context_ref().unwrap().as_str(), "substantial");
    let amr: Vec<String> = claims
        .auth_method_refs()
        .unwrap()
        .iter()
        .map(|a| a.as_str().to_owned())
        .collect();
    assert_eq!(amr, ["pwd", "sms", "mfa"]);
    let userinfo: openidconnect::core::CoreUserInfoClaims = rp
        .user_info(tokens.access_token().clone(), None)
        .unwrap()
        .request_async(&http())
        .await
        .unwrap();
    assert_eq!(
        userinfo.phone_number().map(|p| p.as_str()),
        Some(E164),
        "the phone scope releases the confirmed number"
    );
    assert_eq!(userinfo.phone_number_verified(), Some(true));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sms_challenges_die_after_five_wrong_tries_expire_and_work_once() {
    let app = spawn_app(Backend::Embedded).await;
    with_phone(&app, "tries@example.eu").await;
    let browser = app.browser();
    let login = browser.get("/login").await;
    let password = browser
        .submit(&login, &[("E-mail", "tries@example.eu")])
        .await;
    let chosen = browser
        .submit(
            &password,
            &[("Password", PASSWORD), ("Mobile Phone + SMS", "sms")],
        )
        .await;
    let mobile = browser.get(chosen.location()).await;
    let challenge = browser.submit(&mobile, &[("Mobile phone", NUMBER)]).await;
    let code = code_in(sms_to(&app, E164, 2).await.last().unwrap());
    for left in (0..5).rev() {
        let wrong = browser
            .submit(&challenge, &[("SMS text challenge", "AAA-AAA-AAA")])
            .await;
        assert_eq!(wrong.status, 401);
        if left > 0 {
            let tries = if left == 1 { "try" } else { "tries" };
            assert!(
                wrong.text().contains(&format!("{left} {tries} left")),
                "{}",
                wrong.text()
            );
        }
    }
    let too_late = browser
        .submit(&challenge, &[("SMS text challenge", &code)])
        .await;
    assert_eq!(
        too_late.status, 401,
        "the right code after five wrong tries is refused"
    );

    let again = browser.submit(&mobile, &[("Mobile phone", NUMBER)]).await;
    let code = code_in(sms_to(&app, E164, 3).await.last().unwrap());
    app.clock.advance(301);
    assert_eq!(
        browser
            .submit(&again, &[("SMS text challenge", &code)])
            .await
            .status,
        401,
        "expired after 5 minutes"
    );

    let third = browser.submit(&mobile, &[("Mobile phone", NUMBER)]).await;
    let code = code_in(sms_to(&app, E164, 4).await.last().unwrap());
    // Another browser signed in to the same account cannot use this session's code.
    let other = app.browser();
    assert_eq!(
        sign_in(&other, "tries@example.eu", PASSWORD).await.status,
        303
    );
    let fields = [
        (
            "csrf_token",
            other.get("/account").await.hidden("csrf_token"),
        ),
        ("code", code.clone()),
        ("next", "/account".into()),
    ];
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(other.post("/login/sms/verify", &borrowed).await.status, 401);
    assert_eq!(
        browser
            .submit(&third, &[("SMS text challenge", &code)])
            .await
            .status,
        303
    );
    // Sent again (a retry after a lost answer), it finds the session already upgraded:
    // nothing more is given, and the code itself is gone.
    assert_eq!(
        browser
            .submit(&third, &[("SMS text challenge", &code)])
            .await
            .status,
        303,
        "a retry is told it is done"
    );
    let (session, _) = app
        .provider
        .session(&browser.cookie("idp_session").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(session.methods, ["pwd", "sms"], "nothing was added twice");
    assert!(
        app.provider
            .store
            .get(&idp::store::keys::sms_challenge("sign-in", &session.sid))
            .await
            .unwrap()
            .is_none(),
        "a code works once"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sms_sending_is_limited_and_only_to_confirmed_numbers() {
    let app = spawn_app_with(Backend::Embedded, |c| c.sms_per_account_per_hour = 3).await;
    with_phone(&app, "pump@example.eu").await;
    let mobile = app.browser();
    assert_eq!(
        sign_in(&mobile, "pump@example.eu", PASSWORD).await.status,
        303
    );
    let form = mobile.get("/login/sms?next=%2Faccount").await;
    let stranger = mobile
        .submit(&form, &[("Mobile phone", "+33 6 12 34 56 78")])
        .await;
    assert_eq!(stranger.status, 400);
    assert!(
        stranger
            .text()
            .contains("not one of the confirmed mobile phone numbers")
    );
    assert!(
        sms_to(&app, "+33612345678", 0).await.is_empty(),
        "nothing sent to an unknown number"
    );
    assert_eq!(
        mobile
            .submit(&form, &[("Mobile phone", NUMBER)])
            .await
            .status,
        200
    );
    assert_eq!(
        mobile
            .submit(&form, &[("Mobile phone", NUMBER)])
            .await
            .status,
        200
    );
    let pumped = mobile.submit(&form, &[("Mobile phone", NUMBER)]).await;
    assert_eq!(
        pumped.status, 429,
        "fourth SMS of the hour for the account (one went to confirm the number)"
    );
    assert_eq!(sms_to(&app, E164, 3).await.len(), 3);
}

/// A number confirmed between a password-only session's read of the account and its
/// removal of that number stays: the removal is decided on the account as written, where
/// a confirmed number needs a recent second factor.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_number_confirmed_meanwhile_is_not_removed_with_the_password_alone() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "confirmed-meanwhile@example.eu";
    crate::tokens::signed_in_with_a_token(&app, email).await;
    let thief = app.browser();
    assert_eq!(sign_in(&thief, email, PASSWORD).await.status, 303);
    let store = app.provider.store.as_ref();
    let id = app.account(email).await.id;
    let number = "+32470000099";
    let phone = idp::accounts::credentials::Phone {
        number: number.into(),
        typed: String::new(),
        verified: false,
        added_at: app.clock_now(),
    };
    idp::accounts::update(store, &id, |a| a.phones.push(phone.clone()))
        .await
        .unwrap();
    let read = app.account(email).await;
    let cookie = thief.cookie("idp_session").expect("signed in");
    let session = idp::sessions::load(store, app.clock_now(), &cookie)
        .await
        .unwrap()
        .expect("a live session");
    idp::accounts::update(store, &id, |a| {
        for p in &mut a.phones {
            p.verified = true;
        }
    })
    .await
    .unwrap();
    let outcome = app
        .provider
        .delete_phone(&read, (&session, &cookie), number, "127.0.0.1")
        .await
        .unwrap();
    assert!(
        !matches!(outcome, idp::factors::FactorOutcome::Deleted { .. }),
        "{outcome:?}"
    );
    let phones = app.account(email).await.phones;
    assert!(
        phones.iter().any(|p| p.number == number && p.verified),
        "{phones:?}"
    );
}

/// The phones page of an account whose second factor is a token sends the step-up to the
/// sign-in page (to choose the token), not to an SMS for a number it does not have.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_phones_page_steps_up_with_the_factor_the_account_has() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "token-only@example.eu";
    crate::tokens::signed_in_with_a_token(&app, email).await;
    let other = app.browser();
    assert_eq!(sign_in(&other, email, PASSWORD).await.status, 303);
    let page = other.get("/account/phones").await;
    assert!(
        page.body
            .contains(r#"href="/login?next=%2Faccount%2Fphones""#),
        "{}",
        page.body
    );
    assert!(!page.body.contains("/login/sms"), "{}", page.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stolen_password_cannot_change_second_factors() {
    let app = spawn_app(Backend::Embedded).await;
    with_phone(&app, "downgrade@example.eu").await;
    let thief = app.browser();
    assert_eq!(
        sign_in(&thief, "downgrade@example.eu", PASSWORD)
            .await
            .status,
        303
    );
    let page = thief.get("/account/phones").await;
    assert!(
        page.text()
            .contains("first confirm with Mobile Phone + SMS"),
        "{}",
        page.text()
    );
    assert!(
        !page.body.contains("/account/phones/delete"),
        "no removal offered: {}",
        page.text()
    );
    // Forged forms (the page offers none), with the session's CSRF token.
    let csrf = thief.get("/account").await.hidden("csrf_token");
    let add = thief
        .post(
            "/account/phones/add",
            &[("csrf_token", &csrf), ("phone", "+44 7700 900123")],
        )
        .await;
    assert_eq!(add.status, 403);
    let delete = thief
        .post(
            "/account/phones/delete",
            &[("csrf_token", &csrf), ("number", E164)],
        )
        .await;
    assert_eq!(delete.status, 403);
    let account = idp::accounts::find_by_email(app.provider.store.as_ref(), "downgrade@example.eu")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(account.phones.len(), 1, "nothing changed");
    assert!(sms_to(&app, "+447700900123", 0).await.is_empty());

    // With the second factor proven, the owner may.
    let owner = app.browser();
    assert_eq!(
        sign_in_with_sms(&app, &owner, "downgrade@example.eu", NUMBER, None)
            .await
            .status,
        303
    );
    let page = owner.get("/account/phones").await;
    // The owner adds a number: the thief, told its code, still cannot confirm it.
    let add = owner
        .post(
            "/account/phones/add",
            &[
                ("csrf_token", &page.hidden("csrf_token")),
                ("phone", "+44 7700 900123"),
            ],
        )
        .await;
    assert_eq!(add.status, 200, "{}", add.text());
    let code = code_in(sms_to(&app, "+447700900123", 1).await.last().unwrap());
    let confirm = thief
        .post(
            "/account/phones/confirm",
            &[("csrf_token", &csrf), ("code", &code)],
        )
        .await;
    assert_eq!(confirm.status, 403, "{}", confirm.text());
    assert!(
        confirm.text().contains(crate::tokens::RECENT_NEEDED),
        "{}",
        confirm.text()
    );
    let account = idp::accounts::find_by_email(app.provider.store.as_ref(), "downgrade@example.eu")
        .await
        .unwrap()
        .unwrap();
    assert!(
        account
            .phones
            .iter()
            .any(|p| p.number == "+447700900123" && !p.verified),
        "not confirmed by the thief"
    );
    let delete = owner
        .post(
            "/account/phones/delete",
            &[("csrf_token", &page.hidden("csrf_token")), ("number", E164)],
        )
        .await;
    assert_eq!(delete.status, 200);
    app.clock.advance(16 * 60);
    let _ = register_through_pages;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guesses_at_an_sms_challenge_add_up_across_replicas() {
    let a = spawn_app(Backend::Redis).await;
    with_phone(&a, "replica-sms@example.eu").await;
    let b = a.replica().await;
    let browser = a.browser();
    assert_eq!(
        sign_in(&browser, "replica-sms@example.eu", PASSWORD)
            .await
            .status,
        303
    );
    let form = browser.get("/login/sms?next=%2Faccount").await;
    let challenge = browser.submit(&form, &[("Mobile phone", NUMBER)]).await;
    let code = code_in(sms_to(&a, E164, 2).await.last().unwrap());
    let cookie = browser.cookie("idp_session").unwrap();
    let csrf = challenge.hidden("csrf_token");
    for (n, base) in [&a.base, &b.base, &a.base, &b.base, &a.base]
        .iter()
        .enumerate()
    {
        let response = reqwest::Client::new()
            .post(format!("{base}/login/sms/verify"))
            .header("cookie", format!("idp_session={cookie}; idp_csrf={csrf}"))
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("code", "BBB-BBB-BBB"),
                ("next", "/account"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 401, "guess {n}");
    }
    let right_at_b = reqwest::Client::new()
        .post(format!("{}/login/sms/verify", b.base))
        .header("cookie", format!("idp_session={cookie}; idp_csrf={csrf}"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("code", code.as_str()),
            ("next", "/account"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        right_at_b.status(),
        401,
        "five guesses spread over two replicas killed the challenge"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn security_changes_are_in_the_history_and_mailed_to_the_owner() {
    let app = spawn_app(Backend::Embedded).await;
    with_phone(&app, "history@example.eu").await;
    // A sign-in from a browser never seen before (a fresh cookie jar).
    let elsewhere = app.browser();
    assert_eq!(
        sign_in(&elsewhere, "history@example.eu", PASSWORD)
            .await
            .status,
        303
    );
    let again = sign_in(&elsewhere, "history@example.eu", PASSWORD).await;
    assert_eq!(again.status, 303, "the same browser again is not news");
    // A line written before the catalogues (English text, no key) is shown as stored.
    let store = app.provider.store.as_ref();
    let account = idp::accounts::find_by_email(store, "history@example.eu")
        .await
        .unwrap()
        .unwrap();
    let old =
        r#"{"at":1,"what":"an old line from before the catalogues","ip":"192.0.2.9","id":"old"}"#;
    store
        .set_add(&format!("audit:{}", account.id), old)
        .await
        .unwrap();
    let events = idp::audit::list(store, &account.id).await.unwrap();
    assert!(
        events
            .iter()
            .any(|e| e.key.as_deref() == Some("history-phone-added")),
        "new lines keep their catalogue key: {events:?}"
    );
    let page = elsewhere.get("/account/history").await;
    let text = page.text();
    assert!(
        text.contains("mobile phone number +32 123 45 67 89 added"),
        "{text}"
    );
    assert!(
        text.contains("an old line from before the catalogues"),
        "{text}"
    );
    assert_eq!(
        text.matches("new sign-in from a browser not seen before")
            .count(),
        1,
        "{text}"
    );
    let mails = crate::app::read_mails(&app.data_dir, "history@example.eu", 3).await;
    let subjects: Vec<&str> = mails.iter().map(|m| m.subject.as_str()).collect();
    assert_eq!(
        subjects
            .iter()
            .filter(|s| s.contains("a change to the security of your account"))
            .count(),
        2,
        "{subjects:?}"
    );
    assert!(mails.iter().any(|m| {
        m.body
            .contains("mobile phone number +32 123 45 67 89 added")
    }));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn always_require_mfa_means_password_alone_never_suffices() {
    let app = spawn_app(Backend::Embedded).await;
    with_phone(&app, "always@example.eu").await;
    let owner = app.browser();
    assert_eq!(
        sign_in_with_sms(&app, &owner, "always@example.eu", NUMBER, None)
            .await
            .status,
        303
    );
    let account = owner.get("/account").await;
    let saved = owner
        .submit(
            &account.form_with_field("require_mfa"),
            &[("Always require multi-factor authentication", "yes")],
        )
        .await;
    assert!(
        saved.text().contains("now always required"),
        "{}",
        saved.text()
    );

    // Password alone: the session reaches nothing but the second-factor steps.
    let other = app.browser();
    assert_eq!(
        sign_in(&other, "always@example.eu", PASSWORD).await.status,
        303
    );
    let blocked = other.get("/account").await;
    assert_eq!(blocked.location(), "/login/verify?next=%2Faccount");
    let chooser = other.get(blocked.location()).await;
    assert!(chooser.text().contains("Mobile Phone + SMS"));
    assert_eq!(
        other.get("/account/phones").await.status,
        303,
        "not even the phone page"
    );

    // An application that accepts password-only still gets a second factor for this account.
    let (rp, _, _) = register(&app, |_| {}).await;
    let step = other.get(&start(&rp, &[], None).url).await;
    assert!(
        step.location().starts_with("/login/second-factor"),
        "{}",
        step.location()
    );

    let mobile = other.get("/login/sms?next=%2Faccount").await;
    let challenge = other.submit(&mobile, &[("Mobile phone", NUMBER)]).await;
    let code = code_in(sms_to(&app, E164, 3).await.last().unwrap());
    let done = other
        .submit(&challenge, &[("SMS text challenge", &code)])
        .await;
    assert_eq!(done.location(), "/account");
    assert_eq!(
        other.get("/account").await.status,
        200,
        "complete once the second factor is proven"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleting_the_account_needs_reauthentication_and_leaves_no_trace() {
    let app = spawn_app(Backend::Embedded).await;
    let browser = with_phone(&app, "leaving@example.eu").await;
    let account = idp::accounts::find_by_email(app.provider.store.as_ref(), "leaving@example.eu")
        .await
        .unwrap()
        .unwrap();
    // Tokens name the account too: a redeemed code and a used refresh token stay on
    // record (to tell a retry from a replay) until their family is revoked.
    let (rp, _, _) = register(&app, |_| {}).await;
    let started = start(&rp, &["offline_access"], None);
    let back = crate::rp::follow(&browser, &started.url, "leaving@example.eu", PASSWORD).await;
    let tokens = rp
        .exchange_code(AuthorizationCode::new(query_param(&back, "code").unwrap()))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .unwrap();
    rp.exchange_refresh_token(tokens.refresh_token().unwrap())
        .unwrap()
        .request_async(&http())
        .await
        .unwrap();
    // Access requests and grants are personal data too.
    let granted = app
        .provider
        .grant_access(&account, "CPMS", "ERN-RND:DE:DE22", vec!["HP".into()])
        .await
        .unwrap();
    assert!(matches!(granted, idp::access::SubmitOutcome::Submitted(_)));
    let pending = idp::access::NewRequest {
        application: "CPMS".into(),
        organisation: "ERN-RND:DE:0000".into(),
        profiles: vec!["Researcher".into()],
        comment: "guest".into(),
    };
    let pending = app
        .provider
        .submit_access_request(&account, &pending)
        .await
        .unwrap();
    assert!(matches!(pending, idp::access::SubmitOutcome::Submitted(_)));
    let traces = |id: &str| -> i64 {
        let db = rusqlite::Connection::open(app.data_dir.join("idp.sqlite3")).unwrap();
        let pattern = format!("%{id}%");
        db.query_row(
            "SELECT (SELECT count(*) FROM kv WHERE key LIKE ?1 OR CAST(value AS TEXT) LIKE ?1 OR CAST(value AS TEXT) LIKE '%leaving@example.eu%')
                  + (SELECT count(*) FROM sets WHERE key LIKE ?1 OR member LIKE ?1)",
            [&pattern],
            |row| row.get(0),
        )
        .unwrap()
    };
    assert!(
        traces(&account.id) >= 5,
        "the query finds the account's records while it exists"
    );
    let thief = app.browser();
    assert_eq!(
        sign_in(&thief, "leaving@example.eu", PASSWORD).await.status,
        303
    );
    let page = thief.get("/account").await;
    let refused = thief
        .submit(
            &page.form_with_action("/account/delete"),
            &[("Password", PASSWORD)],
        )
        .await;
    assert_eq!(
        refused.status, 403,
        "a password-only session cannot delete an account that has a second factor"
    );

    let owner = app.browser();
    assert_eq!(
        sign_in_with_sms(&app, &owner, "leaving@example.eu", NUMBER, None)
            .await
            .status,
        303
    );
    let page = owner.get("/account").await;
    let wrong = owner
        .submit(
            &page.form_with_action("/account/delete"),
            &[("Password", "not my password at all")],
        )
        .await;
    assert_eq!(wrong.status, 400);
    let gone = owner
        .submit(
            &page.form_with_action("/account/delete"),
            &[("Password", PASSWORD)],
        )
        .await;
    assert!(
        gone.text().contains("Your account was deleted"),
        "{}",
        gone.text()
    );
    assert_eq!(
        thief.get("/account").await.status,
        303,
        "every session ended"
    );
    assert_eq!(
        sign_in(&app.browser(), "leaving@example.eu", PASSWORD)
            .await
            .status,
        401
    );

    // Nothing in the store names the account any more.
    assert_eq!(
        traces(&account.id),
        0,
        "records still mention the deleted account"
    );
}

/// A number typed in one block is shown in its country's groups on every page that shows
/// it (issue 15): the list, the challenge notice, the sign-in's challenge page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn phone_numbers_are_shown_grouped() {
    let app = spawn_app(Backend::Embedded).await;
    let browser = app.registered_user("grouped@example.eu", PASSWORD).await;
    let phones = browser.get("/account/phones").await;
    let sent = browser
        .submit(&phones, &[("Mobile phone", "+32470123456")])
        .await;
    let text = sent.text();
    assert!(
        text.contains("We sent an SMS text challenge to +32 470 12 34 56."),
        "{text}"
    );
    assert!(text.contains("Confirm +32 470 12 34 56"), "{text}");
    assert!(!text.contains("+32470123456"), "{text}");
    let code = code_in(sms_to(&app, "+32470123456", 1).await.last().unwrap());
    let confirmed = browser
        .submit(&sent, &[("SMS text challenge", &code)])
        .await;
    let text = confirmed.text();
    assert!(text.contains("+32 470 12 34 56 (confirmed)"), "{text}");
    // Deleting it now needs the phone itself (the page offers it after a sign-in with it).
    assert!(!text.contains("Delete +32 470 12 34 56"), "{text}");

    let challenge = browser.get("/login/sms?next=/account").await;
    let sent = browser
        .submit(&challenge, &[("Mobile phone", "0032470123456")])
        .await;
    assert!(
        sent.body.contains("value=\"+32 470 12 34 56\""),
        "{}",
        sent.text()
    );
}

/// A phone is removed because it was lost or is no longer trusted: whoever signed in with
/// it, or was signing in with it (a code sent to it, not yet typed), is signed out; the
/// browser that removed it stays. Removing a number never confirmed signs no one out.
async fn deleting_a_phone_ends_the_other_sessions_and_voids_its_codes(backend: Backend) {
    let app = spawn_app(backend).await;
    let email = "lost-phone@example.eu";
    with_phone(&app, email).await;
    let thief = app.browser();
    let done = sign_in_with_sms(&app, &thief, email, NUMBER, None).await;
    assert_eq!(done.status, 303, "{}", done.text());
    let pending = app.browser();
    let (challenge, code) = sms_challenge_pending(&app, &pending, email, NUMBER, None).await;
    let owner = app.browser();
    let done = sign_in_with_sms(&app, &owner, email, NUMBER, None).await;
    assert_eq!(done.status, 303, "{}", done.text());

    // A number added but never confirmed goes without signing anyone out.
    let page = owner.get("/account/phones").await;
    let added = owner
        .submit(&page, &[("Mobile phone", "+44 7700 900124")])
        .await;
    assert_eq!(added.status, 200, "{}", added.text());
    let unconfirmed = owner
        .post(
            "/account/phones/delete",
            &[
                ("csrf_token", &added.hidden("csrf_token")),
                ("number", "+447700900124"),
            ],
        )
        .await;
    crate::app::assert_others_signed_out(&unconfirmed, false);
    assert!(
        thief.signed_in().await,
        "nothing that signed anyone in went"
    );

    let page = owner.get("/account/phones").await;
    let deleted = owner
        .post(
            "/account/phones/delete",
            &[("csrf_token", &page.hidden("csrf_token")), ("number", E164)],
        )
        .await;
    crate::app::assert_others_signed_out(&deleted, true);
    assert!(app.account(email).await.phones.is_empty());
    assert!(!thief.signed_in().await, "signed in with the phone removed");
    let token = thief.cookie("idp_session").unwrap();
    assert!(app.provider.session(&token).await.unwrap().is_none());
    let typed = pending
        .submit(&challenge, &[("SMS text challenge", &code)])
        .await;
    assert_ne!(typed.location(), "/account", "{}", typed.text());
    assert!(
        !pending.signed_in().await,
        "a code sent to the removed phone signed in"
    );
    assert!(owner.signed_in().await, "the browser that removed it stays");

    // The same deletion again, as a retry would send it: the number is gone already, and
    // the other sessions end again (the first attempt may have failed before they did).
    let later = app.browser();
    assert_eq!(sign_in(&later, email, PASSWORD).await.status, 303);
    let page = owner.get("/account/phones").await;
    let again = owner
        .post(
            "/account/phones/delete",
            &[("csrf_token", &page.hidden("csrf_token")), ("number", E164)],
        )
        .await;
    crate::app::assert_others_signed_out(&again, true);
    assert!(!later.signed_in().await, "a retry ends the sessions too");
}

/// The rule itself, apart from the sessions' ending: a code sent to a number that is no
/// longer one of the account's phones is void (the moment between the number's removal
/// and the end of the other sessions, or a removal by any other path).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_code_sent_to_a_phone_no_longer_the_accounts_is_void() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "void-code@example.eu";
    with_phone(&app, email).await;
    let pending = app.browser();
    let (challenge, code) = sms_challenge_pending(&app, &pending, email, NUMBER, None).await;
    let id = app.account(email).await.id;
    idp::accounts::update(app.provider.store.as_ref(), &id, |a| a.phones.clear())
        .await
        .unwrap();
    let typed = pending
        .submit(&challenge, &[("SMS text challenge", &code)])
        .await;
    assert!(
        typed.text().contains("This challenge has expired"),
        "{}",
        typed.text()
    );
    let token = pending.cookie("idp_session").unwrap();
    let (session, _) = app.provider.session(&token).await.unwrap().unwrap();
    assert_eq!(session.methods, ["pwd"], "no second factor added");
}
