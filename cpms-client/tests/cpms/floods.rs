//! CPMS flooded by anonymous requests, against the real provider over loopback: pending
//! sign-ins stay within their bound (the oldest give way).

use cpms_client::AppState;

use crate::provider::{account_with_phone, finish_at_provider, spawn_cpms_with, spawn_idp};
use crate::support::{Browser, Cpms};

/// `/login` at CPMS: the provider's authorization URL.
async fn start_login(cpms: &Cpms, browser: &Browser) -> String {
    let start = browser.get(&format!("{}/login", cpms.base)).await;
    assert_eq!(start.status, 303, "{}", start.text());
    start.location().to_owned()
}

/// `count` anonymous `/login` requests, eight at a time, each from a browser of its own;
/// after every answer the pending sign-ins are counted: never more than `bound`.
async fn flood_logins(cpms: &Cpms, state: &AppState, count: usize, bound: usize) {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let url = format!("{}/login", cpms.base);
    let mut sent = 0;
    while sent < count {
        let batch = (count - sent).min(8);
        let mut requests = tokio::task::JoinSet::new();
        for _ in 0..batch {
            requests.spawn(client.get(&url).send());
        }
        while let Some(answer) = requests.join_next().await {
            let answer = answer.unwrap().unwrap();
            assert_eq!(
                answer.status().as_u16(),
                303,
                "a new sign-in is never refused"
            );
            let pending = state.sessions.pending_count();
            assert!(
                pending <= bound,
                "{pending} pending sign-ins, bound {bound}"
            );
        }
        sent += batch;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn anonymous_logins_stay_within_the_bound_and_the_oldest_give_way() {
    const BOUND: usize = 40;
    let idp = spawn_idp().await;
    let dir = tempfile::tempdir().unwrap();
    let (cpms, state) = spawn_cpms_with(&idp, dir.path(), |c| c.max_pending_logins = BOUND).await;
    account_with_phone(&idp).await;

    // A sign-in started just before a flood that fills the bound completes.
    let early = Browser::new(&cpms.base);
    let authorize = start_login(&cpms, &early).await;
    flood_logins(&cpms, &state, BOUND - 1, BOUND).await;
    assert_eq!(state.sessions.pending_count(), BOUND);
    let callback = finish_at_provider(&idp, &cpms, &early, authorize).await;
    assert_eq!(callback.status, 303, "{}", callback.text());
    assert_eq!(callback.location(), "/dashboard");
    assert_eq!(early.get("/dashboard").await.status, 200);

    // A flood of five times the bound: still at most the bound, and the sign-in started
    // before it gave way. The trade-off: a flood never locks sign-ins out (each new one is
    // accepted), but one that outpaces a person at the provider costs them that sign-in;
    // they are told to sign in again, and that works at once.
    let late = Browser::new(&cpms.base);
    let authorize = start_login(&cpms, &late).await;
    flood_logins(&cpms, &state, 5 * BOUND, BOUND).await;
    assert_eq!(state.sessions.pending_count(), BOUND);
    let callback = finish_at_provider(&idp, &cpms, &late, authorize).await;
    assert_eq!(callback.status, 403, "{}", callback.text());
    assert!(
        callback
            .text()
            .contains("This sign-in has expired or was already used. Please sign in again."),
        "{}",
        callback.text()
    );
    let authorize = start_login(&cpms, &late).await;
    let callback = finish_at_provider(&idp, &cpms, &late, authorize).await;
    assert_eq!(callback.status, 303, "{}", callback.text());
    assert_eq!(late.get("/dashboard").await.status, 200);
}
