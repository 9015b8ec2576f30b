//! Recovery codes: shown once, single use, a new set replaces the old (and ends the other
//! sessions), a code reaches My account (to enrol a new factor) but no application, every
//! use recorded and mailed.

use crate::app::{Backend, Browser, Page, spawn_app};
use crate::rp::{PASSWORD, register, start};

fn codes_on(page: &Page) -> Vec<String> {
    page.body
        .split("<li><code>")
        .skip(1)
        .map(|s| s.split('<').next().unwrap().to_owned())
        .collect()
}

async fn sign_in_with_code(browser: &Browser, email: &str, code: &str) -> Page {
    let login = browser.get("/login").await;
    let password = browser.submit(&login, &[("E-mail", email)]).await;
    let chosen = browser
        .submit(
            &password,
            &[("Password", PASSWORD), ("Recovery code", "recovery")],
        )
        .await;
    assert_eq!(chosen.location(), "/login/recovery-code");
    let form = browser.get(chosen.location()).await;
    browser.submit(&form, &[("Recovery code", code)]).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_recovery_code_works_once_and_only_as_far_as_my_account() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "recover@example.eu";
    let browser = crate::tokens::signed_in_with_token(&app, email).await;
    let page = browser.get("/account/recovery-codes").await;
    assert!(
        page.text().contains("no recovery codes yet"),
        "{}",
        page.text()
    );
    let made = browser.submit(&page, &[]).await;
    let codes = codes_on(&made);
    assert_eq!(codes.len(), 10, "{}", made.text());
    // The first set replaces none: no other session ends.
    crate::app::assert_others_signed_out(&made, false);
    assert_eq!(
        made.headers
            .get("cache-control")
            .map(|v| v.to_str().unwrap()),
        Some("no-store")
    );
    let shown_again = browser.get("/account/recovery-codes").await;
    assert!(codes_on(&shown_again).is_empty(), "shown only once");
    assert!(shown_again.text().contains("10 unused recovery codes"));

    // The phone is lost: a code (typed loosely) opens My account, where a factor can be added.
    let lost = app.browser();
    let typed = codes[0].to_lowercase().replace('-', " ");
    let done = sign_in_with_code(&lost, email, &typed).await;
    assert_eq!(done.location(), "/account", "{}", done.text());
    let tokens = lost.get("/account/tokens").await;
    assert!(
        tokens.text().contains("Add a token"),
        "may enrol a new factor: {}",
        tokens.text()
    );
    assert!(
        lost.get("/account/recovery-codes")
            .await
            .text()
            .contains("9 unused recovery codes")
    );

    // But no application counts it as a second factor.
    let (rp, _, _) = register(&app, |c| c.min_acr = Some(idp::clients::Acr::Substantial)).await;
    let step = lost.get(&start(&rp, &[], None).url).await;
    assert!(
        step.location().starts_with("/login/second-factor"),
        "{}",
        step.location()
    );

    // Used: refused the second time; a new set makes the old ones useless.
    let refused = sign_in_with_code(&app.browser(), email, &codes[0]).await;
    assert_eq!(refused.status, 401, "{}", refused.text());
    // The new set ends every other session, the one signed in with a code of the old set
    // among them; the browser that made it stays.
    assert!(lost.signed_in().await);
    let page = browser.get("/account/recovery-codes").await;
    let made = browser.submit(&page, &[]).await;
    crate::app::assert_others_signed_out(&made, true);
    let fresh = codes_on(&made);
    assert_eq!(fresh.len(), 10);
    assert!(
        !lost.signed_in().await,
        "signed in with a code of the old set"
    );
    assert!(
        browser.signed_in().await,
        "the browser that made the new set"
    );
    let refused = sign_in_with_code(&app.browser(), email, &codes[1]).await;
    assert_eq!(refused.status, 401, "an old set's code: {}", refused.text());
    let works = sign_in_with_code(&app.browser(), email, &fresh[0]).await;
    assert_eq!(works.location(), "/account");
    let mails = crate::app::read_mails(&app.data_dir, email, 0).await;
    assert!(
        mails
            .iter()
            .any(|m| m.body.contains("signed in with a recovery code (9 left)"))
    );
    assert!(
        mails
            .iter()
            .any(|m| m.body.contains("new recovery codes generated"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recovery_codes_need_a_second_factor_first() {
    let app = spawn_app(Backend::Embedded).await;
    let browser = app.registered_user("nocodes@example.eu", PASSWORD).await;
    let page = browser.get("/account/recovery-codes").await;
    let refused = browser.submit(&page, &[]).await;
    assert_eq!(refused.status, 403, "{}", refused.text());
    assert!(codes_on(&refused).is_empty());
}

/// A new set replaces the old as a factor's removal does: what was begun with a code of
/// the old set dies with the session. Here a thief signed in with a stolen code starts
/// "Add a device" (a link the device API takes without any session) and begins adding a
/// token; the owner makes a new set. The link no longer enrols, and the token's secret is
/// gone from the store.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_set_ends_what_an_old_code_began() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "stolen-code@example.eu";
    let owner = crate::tokens::signed_in_with_token(&app, email).await;
    let page = owner.get("/account/recovery-codes").await;
    let codes = codes_on(&owner.submit(&page, &[]).await);
    assert_eq!(codes.len(), 10);

    let thief = app.browser();
    let done = sign_in_with_code(&thief, email, &codes[3]).await;
    assert_eq!(done.location(), "/account", "{}", done.text());
    let link = crate::devices::enrolment_link(&thief).await;
    let begun = crate::tokens::begin_adding(&thief).await;
    assert_eq!(begun.status, 200, "{}", begun.text());
    let account = idp::accounts::find_by_email(app.provider.store.as_ref(), email)
        .await
        .unwrap()
        .unwrap();
    let enrolment = idp::store::keys::token_enrolment(&account.id);
    let store = app.provider.store.as_ref();
    assert!(store.get(&enrolment).await.unwrap().is_some());

    // The stolen code does not buy a new set: made with it, that set would end the
    // owner's sessions and links and leave the thief the only one holding codes.
    let page = thief.get("/account/recovery-codes").await;
    let refused = thief.submit(&page, &[]).await;
    assert_eq!(refused.status, 403, "{}", refused.text());
    assert!(
        refused
            .text()
            .contains("A recovery code cannot make new recovery codes"),
        "{}",
        refused.text()
    );
    assert!(codes_on(&refused).is_empty());
    assert!(owner.signed_in().await, "the owner's session stays");
    let works = sign_in_with_code(&app.browser(), email, &codes[4]).await;
    assert_eq!(
        works.location(),
        "/account",
        "the set stays: {}",
        works.text()
    );

    let page = owner.get("/account/recovery-codes").await;
    let made = owner.submit(&page, &[]).await;
    crate::app::assert_others_signed_out(&made, true);
    assert!(!thief.signed_in().await);
    assert!(
        store.get(&enrolment).await.unwrap().is_none(),
        "the token's secret the thief was shown is dropped"
    );
    crate::devices::assert_link_refused(&link, "the old link enrolled a device");
    let account = idp::accounts::find_by_email(store, email)
        .await
        .unwrap()
        .unwrap();
    assert!(account.devices.is_empty());
}
