//! An account's indexes do not only grow (issue 13, scale). Refresh-token families that
//! simply expired leave its index of families, with what was left of them, while a family
//! refreshed since stays, keeping only its last lifetime's records; sessions past their
//! time leave its list of sessions.

use idp::store::due::EVERY;
use idp::store::keys;
use openidconnect::{OAuth2TokenResponse, RefreshToken};

use crate::app::{Backend, TestApp, register_through_pages, spawn_app};
use crate::rp::{OidcClient, PASSWORD, follow, http, query_param, register, start};
use crate::sealed_codes::exchange as redeem;

crate::on_both_backends!(
    families_past_their_time_leave_the_accounts_index,
    sessions_past_their_time_leave_the_accounts_list,
);

const DAY: i64 = 86_400;

async fn every_key(app: &TestApp, prefix: &str) -> Vec<String> {
    crate::support::every_key(app.provider.store.as_ref(), prefix).await
}

/// A new refresh-token family for `email`: a sign-in (or the browser's session) and a code.
async fn new_family(app: &TestApp, rp: &OidcClient, email: &str) -> String {
    let started = start(rp, &["offline_access"], None);
    let back = follow(&app.browser(), &started.url, email, PASSWORD).await;
    let code = query_param(&back, "code").expect("a code");
    redeem(rp, &code, started.verifier.secret())
        .await
        .expect("redeemed")
}

async fn account_id(app: &TestApp, email: &str) -> String {
    idp::accounts::find_by_email(app.provider.store.as_ref(), email)
        .await
        .unwrap()
        .expect("the account")
        .id
}

fn everything() -> idp::store::SortedRange<'static> {
    idp::store::SortedRange {
        prefix: "",
        after: None,
        limit: 100,
        descending: false,
    }
}

async fn refresh(rp: &OidcClient, token: &str) -> String {
    rp.exchange_refresh_token(&RefreshToken::new(token.to_owned()))
        .unwrap()
        .request_async(&http())
        .await
        .expect("refreshed")
        .refresh_token()
        .unwrap()
        .secret()
        .clone()
}

/// The family a refresh token belongs to, from its record.
async fn family_of(app: &TestApp, token: &str) -> String {
    let store = app.provider.store.as_ref();
    for key in every_key(app, "refresh:").await {
        let record: serde_json::Value =
            serde_json::from_slice(&store.get(&key).await.unwrap().unwrap()).unwrap();
        let (time, _) = token.split_once('.').unwrap();
        if key.ends_with(&idp::secrets::token_hash(token)) && key.contains(time) {
            return record["family"].as_str().unwrap().to_owned();
        }
    }
    panic!("no record for the token");
}

async fn families_past_their_time_leave_the_accounts_index(backend: Backend) {
    let app = spawn_app(backend).await;
    let email = "grant-index@example.eu";
    register_through_pages(&app, email, PASSWORD).await;
    let (rp, _, _) = register(&app, |_| {}).await;
    let days = i64::try_from(app.provider.config.refresh_token_days).unwrap();

    // One family kept alive by a refresh, and one born each sign-in for a while: the
    // relying party's everyday use, none of them refreshed past its lifetime.
    let kept = new_family(&app, &rp, email).await;
    let kept_family = family_of(&app, &kept).await;
    let every = usize::try_from(EVERY).unwrap();
    let expiring = new_family(&app, &rp, email).await;
    let expiring_family = family_of(&app, &expiring).await;
    for _ in 1..every {
        new_family(&app, &rp, email).await;
    }
    let store = app.provider.store.as_ref();
    let account = account_id(&app, email).await;
    let account = account.as_str();
    let listed = || async {
        store
            .set_members(&keys::account_grants(account))
            .await
            .unwrap()
    };
    assert_eq!(listed().await.len(), every + 1);
    // Nothing was due yet: the look at the eighth birth dropped nothing.
    let due = app.provider.prune_grants(account).await.unwrap();
    assert_eq!(due, Default::default());

    app.clock.advance((days - 10) * DAY);
    let kept = refresh(&rp, &kept).await;
    let records = keys::refresh_family_records(&kept_family);
    // The token used and its successor (listed before it was written).
    let before = store.set_members(&records).await.unwrap();
    assert_eq!(before.len(), 2, "{before:?}");
    app.clock.advance(11 * DAY);
    // A family refreshed for months lists a token per refresh: judged by the time in
    // their names, without reading each. Those issued over a lifetime ago go, and so does
    // one named by its hash alone whose record is gone; one issued just now stays, though
    // its record is not there (on a Redis Cluster it is listed before it is written).
    let (now, lifetime_ago) = (app.provider.now(), app.provider.now() - (days * DAY + 7200));
    for i in 0..100 {
        let old = format!("refresh:{:012x}.old{i}", lifetime_ago * 1000);
        store.set_add(&records, &old).await.unwrap();
    }
    store.set_add(&records, "refresh:hashonly").await.unwrap();
    let recent: Vec<String> = (0..3)
        .map(|i| format!("refresh:{:012x}.new{i}", now * 1000))
        .collect();
    for key in &recent {
        store.set_add(&records, key).await.unwrap();
    }

    // Past the first lifetime: within the next eight families born, one looks at the
    // account's due families (after its answer), drops the expired ones and keeps the
    // refreshed one.
    for _ in 0..every {
        new_family(&app, &rp, email).await;
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let due_index = keys::account_grants_due(account);
    let left = loop {
        // Both indexes: on Redis a family leaves one, then the other.
        let left = listed().await;
        let due = store.sorted_range(&due_index, &everything()).await.unwrap();
        if (left.len() == every + 1 && due.len() == every + 1)
            || std::time::Instant::now() > deadline
        {
            break left;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    };
    assert_eq!(left.len(), every + 1, "{left:?}");
    assert!(
        left.iter()
            .any(|m| m.starts_with(&format!("{kept_family}:"))),
        "{left:?}"
    );
    let page = store.sorted_range(&due_index, &everything()).await.unwrap();
    assert_eq!(page.len(), every + 1, "{page:?}");
    // The kept family first: due again when the token of its refresh eleven days ago
    // expires.
    let (first_due, first) = page[0].split_once(':').unwrap();
    let first_due: i64 = first_due.parse().unwrap();
    let refreshed_at = app.provider.now() - 11 * DAY;
    assert!(
        (refreshed_at + days * DAY..refreshed_at + days * DAY + 60).contains(&first_due),
        "{page:?}"
    );
    assert!(first.starts_with(&format!("{kept_family}:")), "{page:?}");
    // What the expired families left went with them; the kept family's record of the
    // token issued a lifetime ago is unlisted, its live one's stays.
    assert_eq!(every_key(&app, "refresh-family:").await.len(), every + 1);
    // An ended family stays marked revoked a while: a refresh presented just before its
    // token expired, still moving the pointer, then answers invalid_grant rather than
    // hand out a token deleted here.
    let mark = keys::refresh_family_revoked(&expiring_family);
    assert!(store.get(&mark).await.unwrap().is_some(), "{mark}");
    let mut after = store.set_members(&records).await.unwrap();
    assert_eq!(after.len(), 1 + recent.len(), "{after:?}");
    after.retain(|key| !recent.contains(key));
    assert_eq!(after.len(), 1, "{after:?}");
    assert!(before.contains(&after[0]), "{before:?} {after:?}");
    // The record of the token used a lifetime ago is unlisted only: it leaves by its own
    // expiry (Redis counts real seconds, not this test's clock), having expired by then.
    let first = before.iter().find(|k| **k != after[0]).unwrap();
    if let Some(bytes) = store.get(first).await.unwrap() {
        let record: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert!(
            record["expires_at"].as_i64().unwrap() < app.provider.now(),
            "{record}"
        );
    }
    let mut records_left = every_key(&app, "refresh:").await;
    records_left.retain(|key| key != first);
    assert_eq!(records_left.len(), every + 1, "{records_left:?}");

    // The kept family still refreshes, and deleting the account leaves neither index.
    refresh(&rp, &kept).await;
    crate::app::delete_through_pages(&app.browser(), email, PASSWORD).await;
    assert!(listed().await.is_empty());
    let due = store.sorted_range(&due_index, &everything()).await.unwrap();
    assert!(due.is_empty(), "{due:?}");
    assert!(every_key(&app, "refresh-family:").await.is_empty());
    // (But for the unlisted one, if its store counts real seconds.)
    let mut records_left = every_key(&app, "refresh:").await;
    records_left.retain(|key| key != first);
    assert!(records_left.is_empty(), "{records_left:?}");
}

async fn sessions_past_their_time_leave_the_accounts_list(backend: Backend) {
    let app = spawn_app(backend).await;
    let email = "session-index@example.eu";
    register_through_pages(&app, email, PASSWORD).await;
    let store = app.provider.store.as_ref();
    let account = account_id(&app, email).await;
    let list = keys::account_sessions(&account);
    let sign_in = || async {
        let browser = app.browser();
        let done = crate::app::sign_in(&browser, email, PASSWORD).await;
        assert_eq!(done.status, 303, "{}", done.text());
        browser
    };
    let every = usize::try_from(EVERY).unwrap();
    for _ in 0..every {
        sign_in().await;
    }
    let before = store.set_members(&list).await.unwrap();
    assert!(before.len() >= every, "{before:?}");

    // Past the sessions' lifetime: within the next eight sign-ins, one drops the
    // sessions that are over from the list (and their records).
    let hours = i64::try_from(app.provider.config.session_hours).unwrap();
    app.clock.advance(hours * 3600 + 1);
    for _ in 0..every {
        sign_in().await;
    }
    let after = store.set_members(&list).await.unwrap();
    assert_eq!(after.len(), every, "{after:?}");
    assert!(
        after.iter().all(|h| !before.contains(h)),
        "{before:?} {after:?}"
    );
    for hash in &before {
        assert!(
            store.get(&keys::session(hash)).await.unwrap().is_none(),
            "{hash}"
        );
    }
    let due = keys::account_sessions_due(&account);
    let listed = store.sorted_range(&due, &everything()).await.unwrap();
    assert_eq!(listed.len(), every, "{listed:?}");

    // A live one is ended by its id by its own account only (a look into the list, not
    // a read of the whole).
    let live: idp::sessions::Session =
        serde_json::from_slice(&store.get(&keys::session(&after[0])).await.unwrap().unwrap())
            .unwrap();
    let end = |account: String| {
        let sid = live.sid.clone();
        async move {
            idp::sessions::end_by_sid(store, &account, &sid)
                .await
                .unwrap()
        }
    };
    assert!(end("someone-else".into()).await.is_none());
    assert!(end(account.clone()).await.is_some());
    assert_eq!(store.set_members(&list).await.unwrap().len(), every - 1);

    crate::app::delete_through_pages(&app.browser(), email, PASSWORD).await;
    assert!(
        store
            .sorted_range(&due, &everything())
            .await
            .unwrap()
            .is_empty()
    );
    assert!(store.set_members(&list).await.unwrap().is_empty());
}
