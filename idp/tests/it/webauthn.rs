//! Security keys and passkeys over real HTTP, with a software key (`soft_key.rs`):
//! registration and assertion, level "high" with user verification, and what must be
//! refused: another origin or rp id, a replayed challenge, another account's key, a counter
//! that goes backwards, no user verification where "high" needs it, a deleted key; a
//! level nobody can reach ends with `unmet_authentication_requirements`, never a loop;
//! passkey sign-in without a password.

use serde_json::Value;

use crate::app::{Backend, Browser, Page, TestApp, spawn_app};
use crate::jose::{claims, post_form};
use crate::rp::{PASSWORD, REDIRECT, query_param, register, start};
use crate::soft_key::SoftKey;

/// Waits (up to 5 s) for a mail to `to` that says `text`.
async fn mailed(app: &TestApp, to: &str, text: &str) {
    for _ in 0..100 {
        let mails = crate::app::read_mails(&app.data_dir, to, 0).await;
        if mails.iter().any(|m| m.body.contains(text)) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let mails = crate::app::read_mails(&app.data_dir, to, 0).await;
    let bodies: Vec<&str> = mails.iter().map(|m| m.body.as_str()).collect();
    panic!("no mail to {to} saying {text:?}: {bodies:?}");
}

fn options(page: &Page) -> Value {
    assert_eq!(page.status, 200, "options: {}", page.text());
    serde_json::from_str(&page.body).unwrap()
}

/// Adds `key` in "Manage my security keys and passkeys"; the page it ends on.
async fn add_key(browser: &Browser, key: &mut SoftKey, name: &str) -> Page {
    let page = browser.get("/account/security-keys").await;
    assert_eq!(page.status, 200, "{}", page.text());
    let csrf = page.hidden("csrf_token");
    let opts = options(
        &browser
            .post("/account/security-keys/options", &[("csrf_token", &csrf)])
            .await,
    );
    let response = key.create(&opts);
    browser
        .post(
            "/account/security-keys/add",
            &[
                ("csrf_token", &csrf),
                ("name", name),
                ("response", &response),
            ],
        )
        .await
}

/// The second factor with `key` (its answer made by `answer`), continuing to `next`.
async fn use_key(browser: &Browser, next: &str, answer: impl FnOnce(&Value) -> String) -> Page {
    let page = browser
        .get(&format!(
            "/login/security-key?{}",
            serde_urlencoded::to_string([("next", next)]).unwrap()
        ))
        .await;
    let csrf = page.hidden("csrf_token");
    // As the page's script does: the options know what the sign-in is for.
    let opts = options(
        &browser
            .post(
                "/login/security-key/options",
                &[("csrf_token", &csrf), ("next", next)],
            )
            .await,
    );
    browser
        .post(
            "/login/security-key/verify",
            &[
                ("csrf_token", &csrf),
                ("next", next),
                ("response", &answer(&opts)),
            ],
        )
        .await
}

async fn redeem(app: &TestApp, client_id: &str, secret: &str, back: &str, verifier: &str) -> Value {
    let code = query_param(back, "code").unwrap_or_else(|| panic!("no code: {back}"));
    let (status, _, tokens) = post_form(
        app,
        "/token",
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", verifier),
            ("client_id", client_id),
            ("client_secret", secret),
        ],
        None,
    )
    .await;
    assert_eq!(status, 200, "{tokens}");
    claims(tokens["id_token"].as_str().unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_security_key_reaches_high_and_every_forgery_is_refused() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "keyholder@example.eu";
    let browser = app.registered_user(email, PASSWORD).await;
    let mut key = SoftKey::new(&app.base);
    let added = add_key(&browser, &mut key, "Blue USB key").await;
    assert!(
        added
            .text()
            .contains("The security key \"Blue USB key\" was added"),
        "{}",
        added.text()
    );
    let listed = browser.get("/account/security-keys").await;
    assert!(listed.text().contains("Blue USB key"));
    mailed(&app, email, "security key \"Blue USB key\" added").await;

    // An application that needs "high": the step-up page offers only the key.
    let (rp, client, secret) = register(&app, |c| c.min_acr = Some(idp::clients::Acr::High)).await;
    let secret = secret.unwrap();
    let started = start(&rp, &[], None);
    let step = browser.get(&started.url).await;
    let chooser = browser.get(step.location()).await;
    assert!(
        chooser
            .text()
            .contains("Security Key or Trusted Platform (TPM)"),
        "{}",
        chooser.text()
    );
    assert!(
        !chooser.text().contains("Mobile Phone + SMS"),
        "no method below the level is offered"
    );
    let pending = query_param(step.location(), "id").unwrap();
    let next = format!("/authorize/resume?id={pending}");

    // Forgeries, each refused: another site's origin, another rp id, another account's key.
    let mut phished = SoftKey::new("https://ern-login.example.evil");
    phished.credential_id = key.credential_id.clone();
    let refused = use_key(&browser, &next, |o| phished.get(o)).await;
    assert_eq!(refused.status, 401, "another origin: {}", refused.text());
    let mut other_rp = SoftKey::new(&app.base);
    other_rp.credential_id = key.credential_id.clone();
    other_rp.rp_id = Some("evil.example".into());
    let refused = use_key(&browser, &next, |o| other_rp.get(o)).await;
    assert_eq!(refused.status, 401, "another rp id: {}", refused.text());
    let stranger_browser = app.registered_user("stranger@example.eu", PASSWORD).await;
    let mut stranger = SoftKey::new(&app.base);
    add_key(&stranger_browser, &mut stranger, "Stranger's key").await;
    let refused = use_key(&browser, &next, |o| stranger.get(o)).await;
    assert_eq!(
        refused.status,
        401,
        "another account's key: {}",
        refused.text()
    );

    // For "high" the key must verify the user: one that does not is refused here.
    key.user_verification = false;
    let refused = use_key(&browser, &next, |o| key.get(o)).await;
    assert_eq!(
        refused.status,
        401,
        "no user verification for high: {}",
        refused.text()
    );
    key.counter -= 1;

    // With it: "high", and the application gets it.
    key.user_verification = true;
    let mut replayed = String::new();
    let done = use_key(&browser, &next, |o| {
        replayed = key.get(o);
        replayed.clone()
    })
    .await;
    assert_eq!(done.status, 303, "{}", done.text());
    let back = browser.get(&next).await;
    let id = redeem(
        &app,
        &client.id,
        &secret,
        back.location(),
        started.verifier.secret(),
    )
    .await;
    assert_eq!(id["acr"], "high");
    let amr: Vec<&str> = id["amr"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    for method in ["pwd", "hwk", "user", "pin", "mfa"] {
        assert!(amr.contains(&method), "{method} in {amr:?}");
    }

    // The same answer again: its challenge was used.
    let page = browser.get("/login/security-key?next=/account").await;
    let csrf = page.hidden("csrf_token");
    let again = browser
        .post(
            "/login/security-key/verify",
            &[
                ("csrf_token", &csrf),
                ("next", "/account"),
                ("response", &replayed),
            ],
        )
        .await;
    assert_eq!(again.status, 400, "a replayed challenge: {}", again.text());

    // A cloned key (its counter behind the real one's): refused, recorded and mailed.
    let behind = key.counter - 1;
    let cloned = use_key(&browser, "/account", |o| key.assert_with_counter(o, behind)).await;
    assert_eq!(cloned.status, 401);
    assert!(
        cloned.text().contains("may have been copied"),
        "{}",
        cloned.text()
    );
    mailed(&app, email, "counter went backwards").await;

    // Deleted (with the fresh second factor this session has): it proves nothing any more,
    // and every other browser of the account is signed out.
    let elsewhere = app.browser();
    assert_eq!(
        crate::app::sign_in(&elsewhere, email, PASSWORD)
            .await
            .status,
        303
    );
    let page = browser.get("/account/security-keys").await;
    let id = page.hidden("id");
    let csrf = page.hidden("csrf_token");
    let deleted = browser
        .post(
            "/account/security-keys/delete",
            &[("csrf_token", &csrf), ("id", &id)],
        )
        .await;
    assert!(deleted.text().contains("was deleted"), "{}", deleted.text());
    crate::app::assert_others_signed_out(&deleted, true);
    assert_eq!(elsewhere.get("/account").await.status, 303, "signed out");
    // The same form again (a retry, after an answer lost on the way): answered as the
    // first, not refused.
    let again = browser
        .post(
            "/account/security-keys/delete",
            &[("csrf_token", &csrf), ("id", &id)],
        )
        .await;
    assert_eq!(again.status, 200, "{}", again.text());
    assert!(again.text().contains("was deleted"), "{}", again.text());
    assert_eq!(browser.get("/account").await.status, 200, "it stays");
    let page = browser.get("/login/security-key?next=/account").await;
    assert_eq!(page.status, 403, "no key left: {}", page.text());
    let csrf = page.hidden("csrf_token");
    let options = browser
        .post("/login/security-key/options", &[("csrf_token", &csrf)])
        .await;
    assert_eq!(options.status, 403);
    let stale = browser
        .post(
            "/login/security-key/verify",
            &[
                ("csrf_token", &csrf),
                ("next", "/account"),
                ("response", &replayed),
            ],
        )
        .await;
    assert_ne!(stale.status, 303, "a deleted key proves nothing");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_level_nobody_can_reach_ends_with_unmet_authentication_requirements() {
    let app = spawn_app(Backend::Embedded).await;
    let browser = crate::tokens::signed_in_with_token(&app, "nokey@example.eu").await;
    let (rp, _, _) = register(&app, |_| {}).await;
    let started = start(&rp, &[], Some("high"));
    let step = browser.get(&started.url).await;
    assert!(
        step.location().starts_with("/login/second-factor"),
        "{}",
        step.location()
    );
    let chooser = browser.get(step.location()).await;
    let text = chooser.text();
    assert!(text.contains("no security key or passkey"), "{text}");
    assert!(
        chooser.body.contains("href=\"/account/security-keys\""),
        "a link to enrol one"
    );
    assert!(
        !text.contains("Token</a>"),
        "the token does not reach high: not offered"
    );
    let cancelled = browser
        .post(
            "/authorize/cancel",
            &[
                ("csrf_token", &chooser.hidden("csrf_token")),
                ("id", &chooser.hidden("id")),
            ],
        )
        .await;
    assert!(
        cancelled.location().starts_with(REDIRECT),
        "{}",
        cancelled.location()
    );
    assert_eq!(
        query_param(cancelled.location(), "error").as_deref(),
        Some("unmet_authentication_requirements")
    );
    assert_eq!(
        query_param(cancelled.location(), "state").as_deref(),
        Some(started.state.secret().as_str())
    );
    // Another browser cannot cancel someone's request.
    let again = app
        .browser()
        .post(
            "/authorize/cancel",
            &[("csrf_token", "x"), ("id", &chooser.hidden("id"))],
        )
        .await;
    assert_ne!(again.status, 303);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_passkey_signs_in_without_a_password() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "passkey@example.eu";
    let setup = app.registered_user(email, PASSWORD).await;
    let mut key = SoftKey::new(&app.base);
    add_key(&setup, &mut key, "Laptop").await;

    let browser = app.browser();
    let page = browser.get("/login").await;
    assert!(page.text().contains("Sign in with a passkey"));
    let csrf = page.hidden("csrf_token");
    let opts = options(
        &browser
            .post("/login/passkey/options", &[("csrf_token", &csrf)])
            .await,
    );
    assert!(
        opts.get("allowCredentials")
            .is_none_or(|a| a.as_array().is_some_and(Vec::is_empty)),
        "discoverable: {opts}"
    );
    let answer = key.get(&opts);
    let signed_in = browser
        .post(
            "/login/passkey",
            &[
                ("csrf_token", &csrf),
                ("next", "/account"),
                ("response", &answer),
            ],
        )
        .await;
    assert_eq!(signed_in.location(), "/account", "{}", signed_in.text());
    assert_eq!(browser.get("/account").await.status, 200, "signed in");

    // An unknown passkey, or one without user verification: no session.
    let other = app.browser();
    let page = other.get("/login").await;
    let csrf = page.hidden("csrf_token");
    let opts = options(
        &other
            .post("/login/passkey/options", &[("csrf_token", &csrf)])
            .await,
    );
    let mut lone = SoftKey::new(&app.base);
    lone.user_handle = key.user_handle.clone();
    let refused = other
        .post(
            "/login/passkey",
            &[
                ("csrf_token", &csrf),
                ("next", "/account"),
                ("response", &lone.get(&opts)),
            ],
        )
        .await;
    assert!(
        refused.location().contains("passkey=refused"),
        "{}",
        refused.location()
    );
    let opts = options(
        &other
            .post("/login/passkey/options", &[("csrf_token", &csrf)])
            .await,
    );
    key.user_verification = false;
    let refused = other
        .post(
            "/login/passkey",
            &[
                ("csrf_token", &csrf),
                ("next", "/account"),
                ("response", &key.get(&opts)),
            ],
        )
        .await;
    assert!(
        refused.location().contains("passkey=refused"),
        "{}",
        refused.location()
    );
    assert_ne!(other.get("/account").await.status, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_key_added_with_the_password_alone_can_be_taken_back_by_the_owner() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "planted@example.eu";
    // A thief with the password alone adds a passkey to an account without a factor.
    let thief = app.registered_user(email, PASSWORD).await;
    let mut key = SoftKey::new(&app.base);
    add_key(&thief, &mut key, "Thief's key").await;
    mailed(&app, email, "added by a sign-in with the password alone").await;
    let link = crate::app::read_mails(&app.data_dir, email, 0)
        .await
        .iter()
        .rev()
        .find_map(|m| m.link(&format!("{}/account/secure?token=", app.base)))
        .expect("a Secure my account link");
    // The history, which the thief can read, says what happened but not the link.
    let history = thief.get("/account/history").await.text();
    assert!(
        history.contains("added by a sign-in with the password alone"),
        "{history}"
    );
    assert!(!history.contains("/account/secure"), "{history}");
    // The owner takes it back: password, keys and codes go, sessions end.
    let owner = app.browser();
    let form = owner.get(&link).await;
    let secured = owner.submit(&form, &[]).await;
    assert!(
        secured.text().contains("Your account is secured"),
        "{}",
        secured.text()
    );
    assert_ne!(
        thief.get("/account").await.status,
        200,
        "the thief is signed out"
    );
    let account = idp::accounts::find_by_email(app.provider.store.as_ref(), email)
        .await
        .unwrap()
        .unwrap();
    assert!(account.security_keys.is_empty());
    // The passkey signs nobody in any more.
    let browser = app.browser();
    let page = browser.get("/login").await;
    let csrf = page.hidden("csrf_token");
    let opts = options(
        &browser
            .post("/login/passkey/options", &[("csrf_token", &csrf)])
            .await,
    );
    let refused = browser
        .post(
            "/login/passkey",
            &[
                ("csrf_token", &csrf),
                ("next", "/account"),
                ("response", &key.get(&opts)),
            ],
        )
        .await;
    assert!(
        refused.location().contains("passkey=refused"),
        "{}",
        refused.location()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn always_require_mfa_takes_a_security_key_and_a_recovery_code() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "always-key@example.eu";
    let setup = crate::tokens::signed_in_with_token(&app, email).await;
    let mut key = SoftKey::new(&app.base);
    add_key(&setup, &mut key, "Desk key").await;
    let page = setup.get("/account/recovery-codes").await;
    let made = setup.submit(&page, &[]).await;
    let code = made
        .body
        .split("<li><code>")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_owned();
    let account = setup.get("/account").await;
    setup
        .submit(
            &account.form_with_field("require_mfa"),
            &[("Always require multi-factor authentication", "yes")],
        )
        .await;

    // Password alone: the chooser offers the key and the codes, and each completes it.
    let other = app.browser();
    assert_eq!(
        crate::app::sign_in(&other, email, PASSWORD).await.status,
        303
    );
    let blocked = other.get("/account").await;
    let chooser = other.get(blocked.location()).await;
    assert!(
        chooser
            .text()
            .contains("Security Key or Trusted Platform (TPM)"),
        "{}",
        chooser.text()
    );
    assert!(chooser.text().contains("Recovery code"));
    let done = use_key(&other, "/account", |o| key.get(o)).await;
    assert_eq!(done.location(), "/account", "{}", done.text());
    assert_eq!(other.get("/account").await.status, 200);

    let third = app.browser();
    assert_eq!(
        crate::app::sign_in(&third, email, PASSWORD).await.status,
        303
    );
    let form = third.get("/login/recovery-code").await;
    let done = third.submit(&form, &[("Recovery code", &code)]).await;
    assert_eq!(done.location(), "/account", "{}", done.text());
    assert_eq!(
        third.get("/account").await.status,
        200,
        "My account, with a recovery code"
    );
    // A code removes no key: a forged removal is a 403 that says why, as for every factor.
    let id = setup.get("/account/security-keys").await.hidden("id");
    let csrf = third.get("/account").await.hidden("csrf_token");
    let refused = third
        .post(
            "/account/security-keys/delete",
            &[("csrf_token", &csrf), ("id", &id)],
        )
        .await;
    assert_eq!(refused.status, 403, "{}", refused.text());
    assert!(
        refused
            .text()
            .contains("A recovery code lets you add a second verification method"),
        "{}",
        refused.text()
    );
    assert_eq!(app.account(email).await.security_keys.len(), 1);
    let (rp, _, _) = register(&app, |_| {}).await;
    let step = third.get(&start(&rp, &[], None).url).await;
    assert!(
        step.location().starts_with("/login/second-factor"),
        "but no application: {}",
        step.location()
    );
}

/// A passkey sign-in verified just before its key was removed ("Secure my account" clears
/// every key and ends every session) keeps no session: the key is looked for again once the
/// session is written.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_passkey_sign_in_verified_before_its_key_is_removed_keeps_no_session() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "passkey-race@example.eu";
    let setup = app.registered_user(email, PASSWORD).await;
    let mut key = SoftKey::new(&app.base);
    add_key(&setup, &mut key, "Laptop").await;
    let provider = &app.provider;
    let store = provider.store.as_ref();
    let account = app.account(email).await;
    let live = || async {
        idp::sessions::list_for_account(store, &account.id, app.clock_now())
            .await
            .unwrap()
            .len()
    };
    let (browser, ip, agent) = ("passkey-race-browser", "192.0.2.9", "Thief/1.0");
    // Verified, then the session: it stands.
    let before = live().await;
    let (who, key_id) = passkey_verified(&app, &mut key, browser, ip).await;
    let opened = provider
        .passkey_session(&who, &key_id, None, ip, agent, browser)
        .await
        .unwrap();
    assert!(opened.is_some());
    assert_eq!(live().await, before + 1);
    // Verified, then the keys cleared as "Secure my account" clears them, then the session.
    let (who, key_id) = passkey_verified(&app, &mut key, browser, ip).await;
    idp::accounts::update(store, &account.id, |a| a.security_keys.clear())
        .await
        .unwrap();
    let opened = provider
        .passkey_session(&who, &key_id, None, ip, agent, browser)
        .await
        .unwrap();
    assert!(opened.is_none(), "a removed key opens nothing");
    assert_eq!(live().await, before + 1);
}

/// A passkey ceremony of `browser` answered by `key`: the account and the key's id.
async fn passkey_verified(
    app: &TestApp,
    key: &mut SoftKey,
    browser: &str,
    ip: &str,
) -> (Box<idp::accounts::Account>, String) {
    let provider = &app.provider;
    let opts: Value =
        serde_json::from_str(&provider.begin_passkey(browser).await.unwrap()).unwrap();
    let answer = key.get(&opts);
    match provider.verify_passkey(browser, &answer, ip).await.unwrap() {
        idp::factors::webauthn::PasskeyOutcome::SignedIn(account, key_id) => (account, key_id),
        _ => panic!("the passkey is the account's"),
    }
}
