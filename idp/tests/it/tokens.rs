//! Token (OATH TOTP): enrolment from the QR code (decoded by a real QR decoder), codes
//! from `oathtool` (the OATH Toolkit), sign-in, and the attacks: a time step used twice,
//! guessing.

use std::process::Command;

use crate::app::{Backend, Browser, Page, TestApp, sign_in, spawn_app};
use crate::rp::PASSWORD;

pub fn oathtool(secret: &str, at: i64) -> String {
    let out = Command::new("oathtool")
        .args(["--totp", "-b", secret, "--now", &format!("@{at}")])
        .output()
        .expect("oathtool (apt-get install oathtool) is needed by the token tests");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

/// The token's secret a page shows as text while it is being added.
fn secret_on(page: &Page) -> Option<String> {
    let after = page.body.split("<code class=\"secret\">").nth(1)?;
    Some(after.split('<').next()?.to_owned())
}

/// Posts "confirm the new token" with `code` from `browser`, whatever its page offers.
async fn post_token_code(browser: &Browser, code: &str) -> Page {
    let csrf = browser.get("/account").await.hidden("csrf_token");
    browser
        .post(
            "/account/tokens/confirm",
            &[("csrf_token", &csrf), ("code", code)],
        )
        .await
}

/// Enrols a token for a signed-in browser; returns its base32 secret.
pub async fn enrol(app: &TestApp, browser: &Browser) -> String {
    let started = begin_adding(browser).await;
    assert_eq!(started.status, 200, "{}", started.text());
    let uri = started.qr_text();
    assert!(uri.starts_with("otpauth://totp/"), "{uri}");
    let secret = secret_on(&started).expect("the secret shown as text");
    assert!(
        uri.contains(&format!("secret={secret}")),
        "the QR code holds the key shown as text: {uri}"
    );
    assert!(
        uri.contains("issuer=ERN%20Login") || uri.contains("issuer=ERN+Login"),
        "{uri}"
    );
    let wrong = browser.submit(&started, &[("Token code", "000000")]).await;
    assert_eq!(
        wrong.status, 400,
        "a token counts only after a right first code"
    );
    confirm_added(app, browser, &started, &secret).await;
    secret
}

/// Confirms the token `page` shows with its current code; fails unless it is added.
async fn confirm_added(app: &TestApp, browser: &Browser, page: &Page, secret: &str) {
    let code = oathtool(secret, app.clock_now());
    let done = browser.submit(page, &[("Token code", &code)]).await;
    assert!(
        done.text().contains("Your token is added"),
        "{}",
        done.text()
    );
}

/// A new user with a token, and a browser signed in with it (`acr` substantial).
pub async fn signed_in_with_token(app: &TestApp, email: &str) -> Browser {
    signed_in_with_a_token(app, email).await.0
}

/// A new user with a token, a browser signed in with it, and the token's secret.
pub async fn signed_in_with_a_token(app: &TestApp, email: &str) -> (Browser, String) {
    let setup = app.registered_user(email, PASSWORD).await;
    let secret = enrol(app, &setup).await;
    // The next time step, so the code is not the one used at enrolment.
    app.clock.advance(30);
    let browser = app.browser();
    let code = oathtool(&secret, app.clock_now());
    let done = sign_in_with_token(&browser, email, &code).await;
    assert_eq!(done.status, 303, "{}", done.text());
    (browser, secret)
}

/// "Add a token" pressed: the page that shows the new secret.
pub async fn begin_adding(browser: &Browser) -> Page {
    let page = browser.get("/account/tokens").await;
    browser
        .submit(&page.form_with_action("/account/tokens/start"), &[])
        .await
}

pub async fn sign_in_with_token(browser: &Browser, email: &str, code: &str) -> Page {
    let login = browser.get("/login").await;
    let password = browser.submit(&login, &[("E-mail", email)]).await;
    let chosen = browser
        .submit(&password, &[("Password", PASSWORD), ("Token", "token")])
        .await;
    assert!(
        chosen.location().starts_with("/login/token"),
        "{}",
        chosen.location()
    );
    let form = browser.get(chosen.location()).await;
    browser.submit(&form, &[("Token code", code)]).await
}

/// A token's secret, shown to the session that began adding it, is that session's alone:
/// another session of the account neither sees it nor confirms it, even one that may
/// change factors, and a password-only session may not confirm any.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_being_added_is_the_adding_sessions_alone() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "adding@example.eu";
    let (owner, first_secret) = signed_in_with_a_token(&app, email).await;
    let started = begin_adding(&owner).await;
    assert_eq!(started.status, 200, "{}", started.text());
    let secret = secret_on(&started).expect("shown to the session that began");

    // Another session that proved the token too: it sees no secret, and cannot confirm it.
    app.clock.advance(30);
    let other = app.browser();
    let code = oathtool(&first_secret, app.clock_now());
    assert_eq!(sign_in_with_token(&other, email, &code).await.status, 303);
    let seen = other.get("/account/tokens").await;
    assert!(secret_on(&seen).is_none(), "{}", seen.text());
    assert!(!seen.body.contains(&secret));
    let refused = post_token_code(&other, &oathtool(&secret, app.clock_now())).await;
    assert_eq!(refused.status, 400, "{}", refused.text());
    assert!(refused.text().contains("expired"), "{}", refused.text());

    // A password-only session may change no factor: 403.
    let password_only = app.browser();
    assert_eq!(sign_in(&password_only, email, PASSWORD).await.status, 303);
    let refused = post_token_code(&password_only, &oathtool(&secret, app.clock_now())).await;
    assert_eq!(refused.status, 403, "{}", refused.text());
    assert!(refused.text().contains(RECENT_NEEDED), "{}", refused.text());

    let account = idp::accounts::find_by_email(app.provider.store.as_ref(), email)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(account.tokens.len(), 1, "neither added it");
    // The session that began it still can.
    let mine = owner.get("/account/tokens").await;
    assert_eq!(secret_on(&mine).as_deref(), Some(secret.as_str()));
    confirm_added(&app, &owner, &mine, &secret).await;
}

/// Why a confirm was refused when the session's step-up is missing or lapsed.
pub const RECENT_NEEDED: &str = "from the last 15 minutes";

crate::on_both_backends!(
    enrol_with_the_qr_code_then_sign_in_with_oathtool_codes,
    deleting_a_token_ends_every_other_session,
);

async fn enrol_with_the_qr_code_then_sign_in_with_oathtool_codes(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.registered_user("totp@example.eu", PASSWORD).await;
    let secret = enrol(&app, &browser).await;
    app.clock.advance(30);
    let other = app.browser();
    let done = sign_in_with_token(
        &other,
        "totp@example.eu",
        &oathtool(&secret, app.clock_now()),
    )
    .await;
    assert_eq!(done.status, 303, "{}", done.text());
    let (session, _) = app
        .provider
        .session(&other.cookie("idp_session").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(session.methods, ["pwd", "otp"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_time_step_is_never_accepted_twice_and_guessing_stops() {
    let app = spawn_app(Backend::Embedded).await;
    let browser = app.registered_user("replay-otp@example.eu", PASSWORD).await;
    let secret = enrol(&app, &browser).await;
    let enrolment_code = oathtool(&secret, app.clock_now());
    let reused = sign_in_with_token(&app.browser(), "replay-otp@example.eu", &enrolment_code).await;
    assert_eq!(reused.status, 401, "the step used to enrol is spent");
    assert!(reused.text().contains("already used"), "{}", reused.text());

    app.clock.advance(30);
    let code = oathtool(&secret, app.clock_now());
    assert_eq!(
        sign_in_with_token(&app.browser(), "replay-otp@example.eu", &code)
            .await
            .status,
        303
    );
    let replay = sign_in_with_token(&app.browser(), "replay-otp@example.eu", &code).await;
    assert_eq!(
        replay.status, 401,
        "a code seen once is dead, even within its 30 s"
    );

    // One step of drift either way is accepted; two are not.
    app.clock.advance(90);
    let behind = oathtool(&secret, app.clock_now() - 30);
    assert_eq!(
        sign_in_with_token(&app.browser(), "replay-otp@example.eu", &behind)
            .await
            .status,
        303
    );
    app.clock.advance(120);
    let far = oathtool(&secret, app.clock_now() - 60);
    assert_eq!(
        sign_in_with_token(&app.browser(), "replay-otp@example.eu", &far)
            .await
            .status,
        401
    );

    let guesser = app.browser();
    assert_eq!(
        sign_in(&guesser, "replay-otp@example.eu", PASSWORD)
            .await
            .status,
        303
    );
    let form = guesser.get("/login/token?next=%2Faccount").await;
    let mut statuses = Vec::new();
    for guess in ["111111", "222222", "333333", "444444", "555555"] {
        statuses.push(guesser.submit(&form, &[("Token code", guess)]).await.status);
    }
    let right = guesser
        .submit(
            &form,
            &[("Token code", &oathtool(&secret, app.clock_now()))],
        )
        .await;
    assert_eq!(
        right.status, 429,
        "after {statuses:?}, even the right code waits"
    );
}

/// Deleting a token signs out every other browser: the one signed in with it, and one that
/// has only passed the password step; the browser that deleted it stays. An enrolment of
/// another token begun before (its secret shown, perhaps to whoever held the deleted one)
/// is dropped. The same deletion again (a retry whose first attempt may have failed after
/// the token went) ends the other sessions again.
async fn deleting_a_token_ends_every_other_session(backend: Backend) {
    let app = spawn_app(backend).await;
    let email = "lost-token@example.eu";
    let (thief, secret) = signed_in_with_a_token(&app, email).await;
    let begun = begin_adding(&thief).await;
    assert!(
        begun.qr_text().starts_with("otpauth://totp/"),
        "{}",
        begun.text()
    );
    let halfway = app.browser();
    assert_eq!(sign_in(&halfway, email, PASSWORD).await.status, 303);
    app.clock.advance(30);
    let owner = app.browser();
    let code = oathtool(&secret, app.clock_now());
    assert_eq!(sign_in_with_token(&owner, email, &code).await.status, 303);
    let id = app.account(email).await.id;
    let enrolment = idp::store::keys::token_enrolment(&id);
    assert!(app.provider.store.get(&enrolment).await.unwrap().is_some());

    let page = owner.get("/account/tokens").await;
    let csrf = page.hidden("csrf_token");
    let token_id = app.account(email).await.tokens[0].id.clone();
    let delete = [("csrf_token", csrf.as_str()), ("id", token_id.as_str())];
    let deleted = owner.post("/account/tokens/delete", &delete).await;
    crate::app::assert_others_signed_out(&deleted, true);
    assert!(app.account(email).await.tokens.is_empty());
    assert!(!thief.signed_in().await, "signed in with the token deleted");
    assert!(!halfway.signed_in().await, "half-way through signing in");
    for browser in [&thief, &halfway] {
        let token = browser.cookie("idp_session").unwrap();
        assert!(app.provider.session(&token).await.unwrap().is_none());
    }
    assert!(
        app.provider.store.get(&enrolment).await.unwrap().is_none(),
        "the enrolment begun before is dropped"
    );
    assert!(owner.signed_in().await, "the browser that deleted it stays");

    let later = app.browser();
    assert_eq!(sign_in(&later, email, PASSWORD).await.status, 303);
    let again = owner.post("/account/tokens/delete", &delete).await;
    crate::app::assert_others_signed_out(&again, true);
    assert!(!later.signed_in().await, "a retry ends the sessions too");
    assert!(owner.signed_in().await);
}
