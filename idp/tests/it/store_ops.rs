//! How many store operations a sign-in and a single-sign-on round trip cost, printed (run
//! with `--nocapture`) and kept from growing unnoticed: each is a round trip to Redis or a
//! transaction on SQLite.

use crate::app::spawn_counting;
use crate::jose::post_form;
use crate::rp::{PASSWORD, REDIRECT, query_param, register, start};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sign_in_and_a_single_sign_on_round_trip_cost_a_bounded_number_of_store_operations() {
    let (app, counting) = spawn_counting().await;
    let email = "counted@example.eu";
    app.registered_user(email, PASSWORD).await;
    let (rp, client, secret) = register(&app, |_| {}).await;
    let secret = secret.unwrap();

    // A password sign-in from a new browser (its pages included).
    let browser = app.browser();
    counting.take_counts();
    let signed = crate::app::sign_in(&browser, email, PASSWORD).await;
    assert_eq!(signed.status, 303, "{}", signed.text());
    let sign_in = counting.take_counts();

    // A single-sign-on round trip: authorize with the session, then the code for tokens.
    let started = start(&rp, &[], None);
    let back = browser.get(&started.url).await;
    let code =
        query_param(back.location(), "code").unwrap_or_else(|| panic!("{}", back.location()));
    let (status, _, tokens) = post_form(
        &app,
        "/token",
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", started.verifier.secret()),
            ("client_id", &client.id),
            ("client_secret", &secret),
        ],
        None,
    )
    .await;
    assert_eq!(status, 200, "{tokens}");
    let sso = counting.take_counts();

    let total = |counts: &std::collections::BTreeMap<&str, u64>| counts.values().sum::<u64>();
    println!(
        "store operations, password sign-in (pages included): {} {sign_in:?}",
        total(&sign_in)
    );
    println!(
        "store operations, SSO round trip (authorize + token): {} {sso:?}",
        total(&sso)
    );
    // Today's figures with some room; lower them when the count goes down.
    assert!(total(&sso) <= 12, "SSO round trip: {} {sso:?}", total(&sso));
    // Each write is a wait for the embedded store's writer (a group commit): one, the
    // tokens with the code's use mark at /token (a code is sealed, not written).
    let writes = writes_in(&sso);
    assert!(writes <= 1, "SSO round trip writes: {writes} {sso:?}");
    assert!(
        total(&sign_in) <= 12,
        "sign-in: {} {sign_in:?}",
        total(&sign_in)
    );
}

/// The writes a store op list names (the rest are reads).
fn writes_in(counts: &std::collections::BTreeMap<&str, u64>) -> u64 {
    let reads = [
        "get",
        "set_members",
        "set_contains",
        "sorted_range",
        "scan_keys",
    ];
    counts
        .iter()
        .filter(|(name, _)| !reads.contains(name))
        .map(|(_, n)| n)
        .sum()
}

/// A sign-in waits for two commits: the attempt counted before the password is hashed,
/// then everything a right password leads to (the session, the failures cleared, the
/// session counted, and for a browser never seen before its line of history and its joining
/// the known ones). Each write is a wait for the embedded store's writer. The owner hears
/// of a new browser once, by mail and in the history, and of a known one never.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sign_in_writes_twice_and_tells_of_a_new_browser_once() {
    let (app, counting) = spawn_counting().await;
    let email = "two-writes@example.eu";
    app.registered_user(email, PASSWORD).await;
    let account = app.account(email).await;
    let store = app.provider.store.as_ref();
    let told = |events: &[idp::audit::Event]| {
        events
            .iter()
            .filter(|e| e.key.as_deref() == Some("login-history-new-browser"))
            .count()
    };
    let history = idp::audit::list(store, &account.id).await.unwrap();
    assert_eq!(told(&history), 0, "the first browser is no news");
    let mails = app.mails_to(email, 1).await.len();

    let second = app.browser();
    counting.take_counts();
    let signed = crate::app::sign_in(&second, email, PASSWORD).await;
    assert_eq!(signed.status, 303, "{}", signed.text());
    let new_browser = counting.take_counts();
    let history = idp::audit::list(store, &account.id).await.unwrap();
    assert_eq!(told(&history), 1, "{history:?}");
    let after = app.mails_to(email, mails + 1).await;
    assert!(
        after[mails..]
            .iter()
            .any(|m| m.body.contains("a browser not seen before")),
        "{:?}",
        after.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );

    // Again in the same browser (its session renewed), then in a fresh one's place.
    let again = crate::app::sign_in(&second, email, PASSWORD).await;
    assert_eq!(again.status, 303, "{}", again.text());
    let renewed = counting.take_counts();
    let history = idp::audit::list(store, &account.id).await.unwrap();
    assert_eq!(told(&history), 1, "a known browser is no news: {history:?}");

    println!("store operations, sign-in from a new browser: {new_browser:?}");
    println!("store operations, sign-in again in the same browser: {renewed:?}");
    assert_eq!(writes_in(&new_browser), 2, "{new_browser:?}");
    // A renewal also takes the old cookie value out of the session's list (two writes).
    assert!(writes_in(&renewed) <= 4, "{renewed:?}");
}
