//! Recovery codes: shown once, single use, a new set replaces the old (and ends the other
//! sessions), a code reaches My account (to enrol a new factor) but no application, every
//! use recorded and mailed.

use crate::app::{Backend, Browser, MailLink, Page, TestApp, sign_in, spawn_app};
use crate::rp::{PASSWORD, register, start};
use crate::tokens::{enrol, oathtool, sign_in_with_token, signed_in_with_a_token};

fn codes_on(page: &Page) -> Vec<String> {
    page.body
        .split("<li><code>")
        .skip(1)
        .map(|s| s.split('<').next().unwrap().to_owned())
        .collect()
}

/// Signs in with the password, choosing "Recovery code" as the second step.
async fn password_choosing_code(browser: &Browser, email: &str) {
    let login = browser.get("/login").await;
    let password = browser.submit(&login, &[("E-mail", email)]).await;
    let chosen = browser
        .submit(
            &password,
            &[("Password", PASSWORD), ("Recovery code", "recovery")],
        )
        .await;
    assert_eq!(chosen.location(), "/login/recovery-code");
}

async fn type_code(browser: &Browser, code: &str) -> Page {
    let form = browser.get("/login/recovery-code").await;
    browser.submit(&form, &[("Recovery code", code)]).await
}

async fn sign_in_with_code(browser: &Browser, email: &str, code: &str) -> Page {
    password_choosing_code(browser, email).await;
    type_code(browser, code).await
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

/// "Generate" pressed on `browser`'s codes page: the codes shown.
async fn make_codes(browser: &Browser) -> Vec<String> {
    let page = browser.get("/account/recovery-codes").await;
    codes_on(&browser.submit(&page, &[]).await)
}

/// The mail that tells `email`'s owner a factor was added with a recovery code.
async fn code_hold_mail(app: &TestApp, email: &str) -> crate::app::Mail {
    let wanted = |m: &crate::app::Mail| m.subject.contains("with a recovery code");
    let mails = crate::app::mails_until(&app.data_dir, email, wanted).await;
    mails.into_iter().find(wanted).expect("the owner is told")
}

/// "Generate" posted from `browser` whatever its page offers (a forged form).
async fn post_generate(browser: &Browser) -> Page {
    let csrf = browser.get("/account").await.hidden("csrf_token");
    browser
        .post("/account/recovery-codes/generate", &[("csrf_token", &csrf)])
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recovery_codes_need_a_second_factor_first() {
    let app = spawn_app(Backend::Embedded).await;
    let browser = app.registered_user("nocodes@example.eu", PASSWORD).await;
    let page = browser.get("/account/recovery-codes").await;
    assert!(
        !page.body.contains("/account/recovery-codes/generate"),
        "no button that can only fail: {}",
        page.text()
    );
    let refused = post_generate(&browser).await;
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
    let codes = make_codes(&owner).await;
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
    assert!(
        page.text()
            .contains("A recovery code cannot make new recovery codes"),
        "the page says so instead of offering the button: {}",
        page.text()
    );
    let refused = post_generate(&thief).await;
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

/// Every change that would take something from the owner, tried from `browser`: deleting
/// the token `token_id`, a new e-mail address, deleting the account, a new set of codes.
async fn try_weakening(browser: &Browser, token_id: &str) -> Vec<Page> {
    let csrf = browser.get("/account").await.hidden("csrf_token");
    let delete_token = browser
        .post(
            "/account/tokens/delete",
            &[("csrf_token", &csrf), ("id", token_id)],
        )
        .await;
    let details = browser.get("/account/details").await;
    let moved = browser
        .submit(
            &details,
            &[
                ("New e-mail", "elsewhere@example.eu"),
                ("Password", PASSWORD),
            ],
        )
        .await;
    let account = browser.get("/account").await;
    let deleted = browser
        .submit(
            &account.form_with_action("/account/delete"),
            &[("Password", PASSWORD)],
        )
        .await;
    vec![delete_token, moved, deleted, post_generate(browser).await]
}

/// The account still has its address, `tokens` tokens and the codes left.
async fn assert_untouched(app: &TestApp, email: &str, tokens: usize) {
    let account = app.account(email).await;
    assert_eq!(account.tokens.len(), tokens);
    assert_eq!(account.recovery_codes.len(), 9, "the set stays");
    assert!(app.mails_to("elsewhere@example.eu", 0).await.is_empty());
}

const HELD: &str = "was added to this account with a recovery code";
const CODE_NOT_ENOUGH: &str = "A recovery code lets you add a second verification method";

/// A session signed in with the password and a (stolen) recovery code may add a factor,
/// which is what codes are for, and take nothing away. The factor it adds puts the account
/// on hold in the same write and mails the owner the "Secure my account" link; signed in
/// with that factor, the thief still removes no factor, moves no address, deletes nothing
/// and makes no codes until the hold ends. The hold binds the owner too; after it, the
/// owner's own token removes the thief's.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_factor_added_with_a_stolen_code_holds_the_account() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "held-by-code@example.eu";
    let (owner, owner_secret) = signed_in_with_a_token(&app, email).await;
    let codes = make_codes(&owner).await;
    let owner_token = app.account(email).await.tokens[0].id.clone();
    let id = app.account(email).await.id;
    idp::accounts::update(app.provider.store.as_ref(), &id, |a| a.is_admin = true)
        .await
        .unwrap();

    let thief = app.browser();
    let done = sign_in_with_code(&thief, email, &codes[0]).await;
    assert_eq!(done.location(), "/account", "{}", done.text());
    let devices = thief.get("/account/devices").await;
    assert!(
        devices.text().contains("Add a device"),
        "{}",
        devices.text()
    );
    assert!(
        !devices.body.contains("/account/devices/delete"),
        "no removal offered"
    );
    let tokens = thief.get("/account/tokens").await;
    assert!(
        !tokens.body.contains("/account/tokens/delete") && tokens.text().contains(CODE_NOT_ENOUGH),
        "no removal offered, and the page says why: {}",
        tokens.text()
    );
    let refused = try_weakening(&thief, &owner_token).await;
    for page in &refused {
        assert_eq!(page.status, 403, "{}", page.text());
    }
    for page in &refused[..3] {
        assert!(page.text().contains(CODE_NOT_ENOUGH), "{}", page.text());
    }
    assert_untouched(&app, email, 1).await;

    let thief_secret = enrol(&app, &thief).await;
    let account = app.account(email).await;
    assert_eq!(account.tokens.len(), 2);
    let until = account.factor_hold_until.expect("the account is on hold");
    assert!(until >= app.clock_now() + 72 * 3600 - 60, "{until}");
    let mail = code_hold_mail(&app, email).await;
    assert!(
        mail.body.contains("this change: token added."),
        "{}",
        mail.body
    );
    let link = mail.link_to(&format!("{}/account/secure?token=", app.base));
    assert_eq!(owner.get(&link).await.status, 200, "the link works");
    let history = owner.get("/account/history").await;
    assert!(history.text().contains("token added"), "{}", history.text());
    assert!(
        !history.body.contains("/account/secure"),
        "the link is for the mailbox only"
    );

    // Signed in with the token just added, the thief is held all the same.
    app.clock.advance(30);
    let with_token = app.browser();
    let code = oathtool(&thief_secret, app.clock_now());
    let signed = sign_in_with_token(&with_token, email, &code).await;
    assert_eq!(signed.status, 303, "{}", signed.text());
    for page in try_weakening(&with_token, &owner_token).await {
        assert_eq!(page.status, 403, "{}", page.text());
        assert!(page.text().contains(HELD), "{}", page.text());
    }
    assert_untouched(&app, email, 2).await;
    // The owner is an operator: the console waits for the hold too.
    let console = with_token.get("/admin").await;
    assert_eq!(console.status, 403, "{}", console.text());
    assert!(console.text().contains(HELD), "{}", console.text());

    // So is the owner, and the pages say why; after the hold, the owner's own token
    // removes the thief's.
    app.clock.advance(30);
    let again = app.browser();
    let code = oathtool(&owner_secret, app.clock_now());
    assert_eq!(sign_in_with_token(&again, email, &code).await.status, 303);
    let tokens = again.get("/account/tokens").await;
    assert!(tokens.text().contains(HELD), "{}", tokens.text());
    let thief_token = app
        .account(email)
        .await
        .tokens
        .iter()
        .find(|t| t.id != owner_token)
        .map(|t| t.id.clone())
        .unwrap();
    app.clock.advance(72 * 3600);
    let later = app.browser();
    let code = oathtool(&owner_secret, app.clock_now());
    assert_eq!(sign_in_with_token(&later, email, &code).await.status, 303);
    let csrf = later.get("/account/tokens").await.hidden("csrf_token");
    let removed = later
        .post(
            "/account/tokens/delete",
            &[("csrf_token", &csrf), ("id", &thief_token)],
        )
        .await;
    assert_eq!(removed.status, 200, "{}", removed.text());
    assert_eq!(app.account(email).await.tokens[0].id, owner_token);
}

/// PANIC from a session signed in with a recovery code is a PANIC with the password alone:
/// the account is put on hold and the owner gets the link (it used to count the code as a
/// second factor, and did neither).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panic_with_a_code_is_a_panic_with_the_password_alone() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "panic-by-code@example.eu";
    let owner = crate::tokens::signed_in_with_token(&app, email).await;
    let codes = make_codes(&owner).await;
    let thief = app.browser();
    sign_in_with_code(&thief, email, &codes[0]).await;
    let done = crate::devices::panic(&thief, PASSWORD).await;
    assert!(
        done.text()
            .contains("a new device or token can be added from"),
        "{}",
        done.text()
    );
    assert!(app.account(email).await.factor_hold_until.is_some());
    let wanted = |m: &crate::app::Mail| m.body.contains("/account/secure?token=");
    let mails = crate::app::mails_until(&app.data_dir, email, wanted).await;
    assert!(mails.iter().any(wanted), "the owner gets the link");
    // Held, a code adds nothing either.
    sign_in_with_code(&thief, email, &codes[1]).await;
    let tokens = thief.get("/account/tokens").await;
    assert!(
        tokens.text().contains("can be added from"),
        "{}",
        tokens.text()
    );
    assert!(!tokens.body.contains("/account/tokens/start"));
    assert_eq!(sign_in(&app.browser(), email, PASSWORD).await.status, 303);
}

/// The owner's "Secure my account" link, mailed when a factor was added with a code, takes
/// that factor away too (with the password, keys, codes and sessions): whoever added it may
/// hold it, and the owner's own factor stays.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_owners_link_takes_back_the_factor_added_with_a_code() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "take-back@example.eu";
    let owner = crate::tokens::signed_in_with_token(&app, email).await;
    let codes = make_codes(&owner).await;
    let owner_token = app.account(email).await.tokens[0].id.clone();
    let thief = app.browser();
    sign_in_with_code(&thief, email, &codes[0]).await;
    enrol(&app, &thief).await;
    assert_eq!(app.account(email).await.tokens.len(), 2);

    let mail = code_hold_mail(&app, email).await;
    let link = mail.link_to(&format!("{}/account/secure?token=", app.base));
    let mailbox = app.browser();
    let form = mailbox.get(&link).await;
    let secured = mailbox.submit(&form, &[]).await;
    assert!(
        secured.text().contains("Your account is secured"),
        "{}",
        secured.text()
    );
    let account = app.account(email).await;
    let left: Vec<&str> = account.tokens.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(left, [owner_token.as_str()], "the thief's token is gone");
    assert!(account.password_hash.is_none() && account.recovery_codes.is_empty());
    assert!(!thief.signed_in().await && !owner.signed_in().await);
    // The hold stays, and says what it is for even when the link left no factor (an owner
    // whose own were keys): not the PANIC's text.
    let mut keys_only = account.clone();
    keys_only.tokens.clear();
    let notice = app.provider.hold_notice(&keys_only).expect("still on hold");
    assert!(notice.contains(HELD), "{notice}");
}

/// A code proved on a session that signed in with a real factor long ago is not a fresh
/// real factor: the session falls to "a code only" (it used to keep the old factor and
/// take the code's time, and could then remove factors without any recent proof of one).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_code_on_an_old_session_is_no_fresh_factor() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "stale@example.eu";
    let (owner, _) = signed_in_with_a_token(&app, email).await;
    let codes = make_codes(&owner).await;
    let token = app.account(email).await.tokens[0].id.clone();
    // An hour later, someone at that browser (or holding its cookie) types a stolen code:
    // refused, and the code is not used up.
    app.clock.advance(3600);
    let refused = type_code(&owner, &codes[0]).await;
    assert_eq!(refused.status, 401, "{}", refused.text());
    assert!(
        refused.text().contains("counts only within 15 minutes"),
        "{}",
        refused.text()
    );
    assert_eq!(app.account(email).await.recovery_codes.len(), 10);
    let refused = &try_weakening(&owner, &token).await[0];
    assert_eq!(refused.status, 403, "{}", refused.text());
    let account = app.account(email).await;
    assert_eq!(account.tokens.len(), 1);
    assert_eq!(account.recovery_codes.len(), 10, "the set stays, unused");
}

/// The time to add a factor with a code counts from the code: typed 14 minutes after the
/// password, it still lets the person add one ten minutes later.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_time_to_add_a_factor_counts_from_the_code() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "late-code@example.eu";
    let (owner, _) = signed_in_with_a_token(&app, email).await;
    let codes = make_codes(&owner).await;
    let person = app.browser();
    password_choosing_code(&person, email).await;
    app.clock.advance(14 * 60);
    let done = type_code(&person, &codes[0]).await;
    assert_eq!(done.location(), "/account", "{}", done.text());
    app.clock.advance(10 * 60);
    enrol(&app, &person).await;
    assert_eq!(app.account(email).await.tokens.len(), 2);
}

/// After the 15 minutes a recovery code gives to add a factor, the pages of factors say
/// so, instead of asking to confirm with a factor the person may have lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_pages_say_when_a_codes_time_has_passed() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "lapsed@example.eu";
    let (owner, secret) = signed_in_with_a_token(&app, email).await;
    let codes = make_codes(&owner).await;
    let person = app.browser();
    let done = sign_in_with_code(&person, email, &codes[0]).await;
    assert_eq!(done.location(), "/account", "{}", done.text());
    app.clock.advance(16 * 60);
    for path in [
        "/account/tokens",
        "/account/phones",
        "/account/security-keys",
        "/account/devices",
    ] {
        let page = person.get(path).await;
        assert!(
            page.text().contains("with your recovery code have passed"),
            "{path}: {}",
            page.text()
        );
        assert!(
            !page.text().contains("first confirm with"),
            "{path}: {}",
            page.text()
        );
    }
    // The person finds their token after all and proves it: a real factor, whose own 15
    // minutes are the ones the pages speak of once they have passed.
    let form = person.get("/login/token?next=/account").await;
    let code = oathtool(&secret, app.clock_now());
    let proved = person.submit(&form, &[("Token code", &code)]).await;
    assert_eq!(proved.status, 303, "{}", proved.text());
    app.clock.advance(16 * 60);
    let page = person.get("/account/tokens").await;
    assert!(
        page.text().contains("first confirm with"),
        "{}",
        page.text()
    );
}

/// A removal decided on the account as read before a hold began (a factor added with a
/// recovery code in between) is stopped in its write: the hold is checked on the account
/// as written.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hold_begun_after_the_read_stops_the_removal() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "late-hold@example.eu";
    let (owner, _) = signed_in_with_a_token(&app, email).await;
    let read = app.account(email).await;
    let cookie = owner.cookie("idp_session").expect("signed in");
    let store = app.provider.store.as_ref();
    let session = idp::sessions::load(store, app.clock_now(), &cookie)
        .await
        .unwrap()
        .expect("a live session");
    let until = app.clock_now() + 3600;
    idp::accounts::update(store, &read.id, |a| {
        a.factor_hold_until = Some(until);
        a.factor_hold_by_code = true;
    })
    .await
    .unwrap();
    let outcome = app
        .provider
        .delete_token(&read, (&session, &cookie), &read.tokens[0].id, "127.0.0.1")
        .await
        .unwrap();
    assert!(
        matches!(&outcome, idp::factors::FactorOutcome::Refused(why) if why.contains(HELD)),
        "{outcome:?}"
    );
    assert_eq!(app.account(email).await.tokens.len(), 1, "the token stays");
}

/// A code is no sign-in: the session's `auth_time` stays its password's, so an
/// application that asks `max_age` sends the browser to sign in again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_code_moves_no_auth_time() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "maxage@example.eu";
    let (owner, _) = signed_in_with_a_token(&app, email).await;
    let codes = make_codes(&owner).await;
    let (rp, _, _) = register(&app, |_| {}).await;
    // Ten minutes after the password, a code (still within its window).
    app.clock.advance(600);
    let done = type_code(&owner, &codes[0]).await;
    assert_eq!(done.status, 303, "{}", done.text());
    let asked = owner
        .get(&format!("{}&max_age=300", start(&rp, &[], None).url))
        .await;
    assert!(
        asked.location().starts_with("/login?"),
        "the password is 600 s old, the code no sign-in: {}",
        asked.location()
    );
    let lenient = owner
        .get(&format!("{}&max_age=900", start(&rp, &[], None).url))
        .await;
    assert!(
        crate::rp::query_param(lenient.location(), "code").is_some(),
        "{}",
        lenient.location()
    );
}
