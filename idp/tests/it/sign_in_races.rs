//! A password sign-in racing what should end it: the owner resetting the password, an
//! administrator disabling the account, the owner deleting it, and the client hanging up
//! while its session is written. Each test stops the sign-in between its two steps
//! (`Provider::prove_password`, which hashes, then `Provider::sign_in_proved`) and lands
//! the other flow in between, where a slow hash or a full hashing queue lets it land.

use std::time::Duration;

use idp::provider::{PasswordProved, Proof, SignInAttempt, SignInOutcome};
use idp::store::keys;

use crate::app::{Backend, MailLink, TestApp, register_through_pages, spawn_app};

const PASSWORD: &str = "plum sailor orbit lantern";
const NEW_PASSWORD: &str = "quartz meadow violin harbour";

crate::on_both_backends!(
    a_sign_in_checked_before_a_password_reset_keeps_no_session,
    a_sign_in_checked_before_the_account_is_disabled_keeps_no_session,
    a_sign_in_checked_before_the_account_is_deleted_leaves_nothing_behind,
    a_rehash_does_not_bring_back_a_password_replaced_meanwhile,
    a_client_hanging_up_cannot_make_its_browser_known_untold,
    a_client_hanging_up_cannot_make_its_browser_known_untold_without_the_marker,
);

fn attempt<'a>(email: &'a str, browser_id: &'a str) -> SignInAttempt<'a> {
    SignInAttempt {
        email,
        password: PASSWORD,
        ip: "192.0.2.66",
        user_agent: "Thief/1.0",
        browser_id,
        robot: None,
        current: None,
    }
}

/// The first step of a sign-in with the right password.
async fn proved(app: &TestApp, attempt: &SignInAttempt<'_>) -> PasswordProved {
    match app.provider.prove_password(attempt).await.unwrap() {
        Proof::Proved(proved) => *proved,
        Proof::Ended(_) => panic!("the password is right and the account enabled"),
    }
}

async fn live_sessions(app: &TestApp, account_id: &str) -> usize {
    idp::sessions::list_for_account(app.provider.store.as_ref(), account_id, app.clock_now())
        .await
        .unwrap()
        .len()
}

/// An account signed in once (its first browser known: later ones are news).
async fn account(app: &TestApp, email: &str) -> idp::accounts::Account {
    register_through_pages(app, email, PASSWORD).await;
    let first = attempt(email, "owners-browser");
    let done = app.provider.sign_in(&first).await.unwrap();
    assert!(matches!(done, SignInOutcome::SignedIn(..)));
    app.account(email).await
}

/// The owner resets the password through the pages, from the mailed link.
async fn reset_through_pages(app: &TestApp, email: &str) {
    let owner = app.browser();
    let lost = owner.get("/password/lost").await;
    owner.submit(&lost, &[("E-mail", email)]).await;
    let prefix = format!("{}/password/reset?token=", app.base);
    let mails = crate::app::mails_until(&app.data_dir, email, |m| m.link(&prefix).is_some()).await;
    let link = mails.last().expect("a reset mail").link_to(&prefix);
    let form = owner.get(&link).await;
    let done = owner.choose_password(&form, NEW_PASSWORD).await;
    assert!(
        done.text().contains("Your new password is set"),
        "{}",
        done.text()
    );
}

async fn a_sign_in_checked_before_a_password_reset_keeps_no_session(backend: Backend) {
    let app = spawn_app(backend).await;
    let email = "reset-race@example.eu";
    let account = account(&app, email).await;
    // Without a reset in between, the two steps sign in.
    let thief = attempt(email, "thiefs-browser");
    let first = proved(&app, &thief).await;
    let outcome = app.provider.sign_in_proved(first, &thief).await.unwrap();
    assert!(matches!(outcome, SignInOutcome::SignedIn(..)));
    assert_eq!(live_sessions(&app, &account.id).await, 2);

    let second = proved(&app, &thief).await;
    reset_through_pages(&app, email).await;
    assert_eq!(
        live_sessions(&app, &account.id).await,
        0,
        "the reset ends all"
    );
    let outcome = app.provider.sign_in_proved(second, &thief).await.unwrap();
    assert!(
        matches!(outcome, SignInOutcome::WrongCredentials),
        "the old password opens nothing once the new one is set"
    );
    assert_eq!(live_sessions(&app, &account.id).await, 0);
}

async fn a_sign_in_checked_before_the_account_is_disabled_keeps_no_session(backend: Backend) {
    let app = spawn_app(backend).await;
    let email = "disable-race@example.eu";
    let account = account(&app, email).await;
    let thief = attempt(email, "thiefs-browser");
    let proved = proved(&app, &thief).await;
    let op = idp::admin::Operator::command_line();
    assert!(
        app.provider
            .admin_set_disabled(&op, &account, true)
            .await
            .unwrap()
    );
    let outcome = app.provider.sign_in_proved(proved, &thief).await.unwrap();
    assert!(matches!(
        outcome,
        SignInOutcome::Refused(idp::throttle::Refusal::Disabled)
    ));
    assert_eq!(live_sessions(&app, &account.id).await, 0);
}

async fn a_sign_in_checked_before_the_account_is_deleted_leaves_nothing_behind(backend: Backend) {
    let app = spawn_app(backend).await;
    let email = "delete-race@example.eu";
    let account = account(&app, email).await;
    let thief = attempt(email, "thiefs-browser");
    let proved = proved(&app, &thief).await;
    let store = app.provider.store.as_ref();
    let (_, owners) = idp::sessions::list_for_account(store, &account.id, app.clock_now())
        .await
        .unwrap()
        .pop()
        .expect("the owner's session");
    let deleted = app
        .provider
        .delete_account(&account, &owners, PASSWORD)
        .await
        .unwrap();
    assert_eq!(deleted, idp::accounts::deletion::DeleteOutcome::Deleted);
    let outcome = app.provider.sign_in_proved(proved, &thief).await.unwrap();
    assert!(matches!(outcome, SignInOutcome::WrongCredentials));
    // Nothing the sign-in wrote names the deleted account: no session, no browser, no
    // line of history with the thief's address.
    for set in [
        keys::account_sessions(&account.id),
        keys::known_browsers(&account.id),
        format!("audit:{}", account.id),
    ] {
        assert_eq!(
            store.set_members(&set).await.unwrap(),
            Vec::<String>::new(),
            "{set}"
        );
    }
    assert_eq!(
        store.get(&keys::browsers_seen(&account.id)).await.unwrap(),
        None
    );
}

async fn a_rehash_does_not_bring_back_a_password_replaced_meanwhile(backend: Backend) {
    let app = spawn_app(backend).await;
    let email = "rehash-race@example.eu";
    let account = account(&app, email).await;
    let store = app.provider.store.as_ref();
    // The password hashed with older, weaker settings: a right password is hashed again.
    let weak = argon2::Params::new(8192, 1, 1, None).unwrap();
    let old = argon2::password_hash::PasswordHasher::hash_password(
        &argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, weak),
        PASSWORD.as_bytes(),
    )
    .unwrap()
    .to_string();
    idp::accounts::update(store, &account.id, |a| a.password_hash = Some(old.clone()))
        .await
        .unwrap();
    let thief = attempt(email, "thiefs-browser");
    let proved = proved(&app, &thief).await;
    reset_through_pages(&app, email).await;
    let replaced = app.account(email).await.password_hash;
    assert_ne!(replaced.as_deref(), Some(old.as_str()));
    let outcome = app.provider.sign_in_proved(proved, &thief).await.unwrap();
    assert!(matches!(outcome, SignInOutcome::WrongCredentials));
    assert_eq!(
        app.account(email).await.password_hash,
        replaced,
        "the new password stays"
    );
    assert_eq!(live_sessions(&app, &account.id).await, 0);
}

/// A web server drops a request's handler when its client hangs up, but a write handed to
/// the store goes on. Dropped at every moment of the session's write in turn, a sign-in
/// from a new browser either leaves the browser unknown or has told the owner.
async fn a_client_hanging_up_cannot_make_its_browser_known_untold(backend: Backend) {
    let app = spawn_app(backend).await;
    hang_up_at_every_moment(&app, "hang-up@example.eu", false).await;
}

/// The same for an account whose browsers were known before the marker that says its
/// first one has been seen existed (or whose marker went): the sign-in that sets it must
/// still tell.
async fn a_client_hanging_up_cannot_make_its_browser_known_untold_without_the_marker(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    hang_up_at_every_moment(&app, "hang-up-legacy@example.eu", true).await;
}

async fn hang_up_at_every_moment(app: &TestApp, email: &str, without_marker: bool) {
    let account = account(app, email).await;
    let store = app.provider.store.as_ref();
    let (mut known_untold, mut cut_after_handing_over) = (0, 0);
    for step in 0..80u64 {
        if without_marker {
            store
                .delete(&keys::browsers_seen(&account.id))
                .await
                .unwrap();
        }
        let (browser, agent) = (format!("thiefs-browser-{step}"), format!("Cut/{step}.0"));
        let thief = SignInAttempt {
            user_agent: &agent,
            ..attempt(email, &browser)
        };
        let proved = proved(app, &thief).await;
        let cut = Duration::from_micros(step * 150);
        let finished = tokio::time::timeout(cut, app.provider.sign_in_proved(proved, &thief)).await;
        // A sign-in cut short before its session's write leaves its attempt counted (the
        // lock would soon refuse the next); the owner's next right password would clear it.
        idp::throttle::login_success(&idp::secrets::token_hash(email))
            .now(store)
            .await
            .unwrap();
        // What was handed to the store is done by now.
        tokio::time::sleep(Duration::from_millis(50)).await;
        let known = store
            .set_contains(
                &keys::known_browsers(&account.id),
                &idp::secrets::token_hash(&browser),
            )
            .await
            .unwrap();
        cut_after_handing_over += usize::from(known && finished.is_err());
        if known && told(app, email, &agent).await == 0 {
            known_untold += 1;
        }
    }
    assert!(
        cut_after_handing_over > 0,
        "no sign-in was cut short after its write was handed to the store: nothing tested"
    );
    assert_eq!(
        known_untold, 0,
        "browsers made known without a word to the owner"
    );
}

/// How many mails to `email` tell of a sign-in from the browser `agent`, waiting up to 15 s
/// for one (mails are written by a task of their own, later on a loaded machine).
async fn told(app: &TestApp, email: &str, agent: &str) -> usize {
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    loop {
        let count = crate::app::read_mails(&app.data_dir, email, 0)
            .await
            .iter()
            .filter(|m| m.body.contains(agent))
            .count();
        if count > 0 || std::time::Instant::now() > deadline {
            return count;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
