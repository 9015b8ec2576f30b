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
    let reads = ["get", "set_members", "sorted_range", "scan_keys"];
    let writes: u64 = sso
        .iter()
        .filter(|(name, _)| !reads.contains(name))
        .map(|(_, n)| n)
        .sum();
    assert!(writes <= 1, "SSO round trip writes: {writes} {sso:?}");
    assert!(
        total(&sign_in) <= 15,
        "sign-in: {} {sign_in:?}",
        total(&sign_in)
    );
}
