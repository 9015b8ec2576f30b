//! Issue 14: the approvers' lists page and search through indexes, so that a page costs the
//! same store work with ten times the requests; a schema-1 store's requests and accounts
//! are listed by the migration to schema 2.

use idp::access::{NewRequest, SubmitOutcome};
use idp::accounts::Account;
use idp::store::keys;

use crate::app::{Backend, Browser, TestApp, spawn_app, spawn_counting};

/// `count` people (numbered from `from`) each ask for HP at a DE organisation of ERN-RND.
async fn requests(app: &TestApp, from: usize, count: usize) {
    for n in from..from + count {
        let account = Account {
            id: format!("person{n:04}"),
            email: format!("person-{n}@example.eu"),
            first_name: "Person".into(),
            last_name: format!("Number{n}"),
            language: "en".into(),
            created_at: 1_700_000_000 + n as i64,
            ..Default::default()
        };
        assert!(
            idp::accounts::create(app.provider.store.as_ref(), &account)
                .await
                .unwrap()
        );
        let new = NewRequest {
            application: "CPMS".into(),
            organisation: "ERN-RND:DE:DE22".into(),
            profiles: vec!["HP".into()],
            comment: String::new(),
        };
        let outcome = app
            .provider
            .submit_access_request(&account, &new)
            .await
            .unwrap();
        assert!(
            matches!(outcome, SubmitOutcome::Submitted(_)),
            "{outcome:?}"
        );
        app.clock.advance(1);
    }
}

fn pending_rows(body: &str) -> usize {
    let pending = body
        .split("<h2>Granted access</h2>")
        .next()
        .unwrap_or_default();
    pending.matches("<section class=\"request\">").count()
}

fn link(body: &str, text: &str) -> Option<String> {
    let at = body.find(&format!(">{text}</a>"))?;
    let start = body[..at].rfind("href=\"")? + 6;
    Some(
        body[start..at - 1]
            .replace("&amp;", "&")
            .replace("&#38;", "&"),
    )
}

async fn coordinator(app: &TestApp) -> Browser {
    let browser = crate::tokens::signed_in_with_token(app, "coordinator@example.eu").await;
    let who = idp::accounts::find_by_email(app.provider.store.as_ref(), "coordinator@example.eu")
        .await
        .unwrap()
        .unwrap();
    let granted = app
        .provider
        .grant_access(&who, "CPMS", "ERN-RND:DE:DE30", vec!["Coordinator".into()])
        .await
        .unwrap();
    assert!(matches!(granted, SubmitOutcome::Submitted(_)));
    browser
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn approvals_come_in_pages_of_25_newest_first_and_can_be_searched() {
    let app = spawn_app(Backend::Embedded).await;
    let browser = coordinator(&app).await;
    requests(&app, 1, 30).await;

    let first = browser.get("/access/approvals").await;
    assert_eq!(first.status, 200);
    assert_eq!(pending_rows(&first.body), 25, "{}", first.text());
    assert!(
        first.text().contains("person-30@example.eu"),
        "newest first"
    );
    assert!(!first.text().contains("person-5@example.eu"));
    let next = link(&first.body, "Next pending requests").expect("a next page");
    let second = browser.get(&next).await;
    assert_eq!(pending_rows(&second.body), 5, "{}", second.text());
    for n in 1..=5 {
        assert!(second.text().contains(&format!("person-{n}@example.eu")));
    }
    assert!(link(&second.body, "Next pending requests").is_none());
    assert!(link(&second.body, "First page").is_some());

    // Found by the beginning of an e-mail address, of a last name, of "first last".
    let by_mail = browser.get("/access/approvals?q=person-7%40").await;
    assert_eq!(pending_rows(&by_mail.body), 1, "{}", by_mail.text());
    assert!(by_mail.text().contains("person-7@example.eu"));
    let by_name = browser.get("/access/approvals?q=number1").await;
    // Number1 and Number10..Number19.
    assert_eq!(pending_rows(&by_name.body), 11, "{}", by_name.text());
    let full = browser.get("/access/approvals?q=Person+Number22").await;
    assert_eq!(pending_rows(&full.body), 1);
    let none = browser.get("/access/approvals?q=nobody").await;
    assert_eq!(pending_rows(&none.body), 0);

    // A forged cursor starts over rather than failing; a foreign network is not shown.
    let forged = browser
        .get("/access/approvals?pending_after=%00%00garbage")
        .await;
    assert_eq!(pending_rows(&forged.body), 25);
    let foreign = browser.get("/access/approvals?network=RARE-LIVER").await;
    assert_eq!(foreign.status, 200);
    assert!(
        foreign.text().contains("person-30@example.eu"),
        "an unknown choice falls back to the Coordinator's own network"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_of_approvals_costs_the_same_with_ten_times_the_requests() {
    let (app, counting) = spawn_counting().await;
    let browser = coordinator(&app).await;
    requests(&app, 1, 30).await;
    // Each measured page comes right after another, so that the session's periodic touch
    // (time moved while the requests were filed) falls outside the measurement.
    browser.get("/access/approvals").await;
    counting.take_counts();
    assert_eq!(
        pending_rows(&browser.get("/access/approvals").await.body),
        25
    );
    let small_counts = counting.take_counts();
    let small: u64 = small_counts.values().sum();
    requests(&app, 31, 270).await;
    browser.get("/access/approvals").await;
    counting.take_counts();
    let page = browser.get("/access/approvals").await;
    assert_eq!(pending_rows(&page.body), 25);
    assert!(page.text().contains("person-300@example.eu"));
    let large_counts = counting.take_counts();
    let large: u64 = large_counts.values().sum();
    assert_eq!(small_counts, large_counts);
    println!(
        "store operations for a page of approvals: {small} with 30 requests, {large} with 300"
    );
    assert_eq!(small, large, "a page's cost does not grow with the list");

    // Filing a request tells the network's approvers without reading its grants: two
    // lists, and each approver's own requests (one here), read to tell only those who
    // still approve.
    counting.take_counts();
    requests(&app, 301, 1).await;
    let submit = counting.take_counts();
    let approvers = 1;
    assert!(
        !submit.contains_key("set_members") || submit["set_members"] <= 2 + approvers,
        "{submit:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_schema_1_store_has_its_accounts_and_requests_listed_by_the_migration() {
    a_schema_1_store_is_listed_by_the_migration(Backend::Embedded).await;
}

/// Also run on a Redis Cluster (`redis_cluster.rs`), where the migration scans every master.
pub(crate) async fn a_schema_1_store_is_listed_by_the_migration(backend: Backend) {
    let app = spawn_app(backend).await;
    let store = app.provider.store.as_ref();
    // Schema 1's layout, written by hand: a record, the e-mail index, the request in the
    // network's unordered set.
    let account = serde_json::json!({
        "id": "old-account", "email": "old@example.eu", "first_name": "Ada",
        "last_name": "Lovelace", "language": "en", "password_hash": null, "created_at": 1,
    });
    store
        .put(
            &keys::account("old-account"),
            account.to_string().as_bytes(),
            None,
        )
        .await
        .unwrap();
    store
        .put(
            &keys::account_by_email("old@example.eu"),
            b"old-account",
            None,
        )
        .await
        .unwrap();
    let request = serde_json::json!({
        "id": "oldrequest", "account_id": "old-account", "application": "CPMS",
        "organisation": "ERN-RND:DE:DE22", "network": "ERN-RND", "profiles": ["HP"],
        "comment": "", "status": "pending", "created_at": 2,
    });
    store
        .put(
            "access:request:oldrequest",
            request.to_string().as_bytes(),
            None,
        )
        .await
        .unwrap();
    store
        .set_add("access:pending:ERN-RND", "oldrequest")
        .await
        .unwrap();
    store
        .set_add("access:requests_of:old-account", "oldrequest")
        .await
        .unwrap();
    store
        .put(&keys::schema_version(), b"1", None)
        .await
        .unwrap();

    let outcome = idp::schema::ensure(store, &ern_catalogue::Catalogue::builtin().unwrap())
        .await
        .unwrap();
    assert_eq!(outcome, idp::schema::Outcome::Migrated { from: 1 });
    let (found, _) = idp::accounts::list::page(store, "lovelace", None)
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].email, "old@example.eu");
    let (pending, _) = idp::access::lists::page(
        store,
        idp::access::Kind::Pending,
        "CPMS",
        idp::access::Scope::Network("ERN-RND"),
        "ada",
        None,
    )
    .await
    .unwrap();
    assert_eq!(pending.len(), 1, "found by the requester's name");
    assert!(
        store
            .set_members("access:pending:ERN-RND")
            .await
            .unwrap()
            .is_empty()
    );
    // Run again (a migration that died half-way is run again): nothing doubles.
    store
        .put(&keys::schema_version(), b"1", None)
        .await
        .unwrap();
    idp::schema::ensure(store, &ern_catalogue::Catalogue::builtin().unwrap())
        .await
        .unwrap();
    let (all, _) = idp::access::lists::page(
        store,
        idp::access::Kind::Pending,
        "CPMS",
        idp::access::Scope::All,
        "",
        None,
    )
    .await
    .unwrap();
    assert_eq!(all.len(), 1);
}

/// The review's finding: a Coordinator of two applications in two networks asking for one
/// application with the other's network must not see that application's requests there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coordinator_sees_only_the_networks_they_decide_for_in_each_application() {
    let dir = tempfile::tempdir().unwrap();
    let catalogue = dir.path().join("catalogue.toml");
    let builtin = include_str!("../../../catalogue/catalogue.toml");
    let second = "\n[[application]]\ncode = \"KPI\"\nname = \"KPI dashboard\"\nclient_id = \"kpi\"\nprofiles = [\"Coordinator\", \"HP\"]\n";
    std::fs::write(&catalogue, format!("{builtin}{second}")).unwrap();
    let app =
        crate::app::spawn_app_with(Backend::Embedded, |c| c.catalogue = Some(catalogue)).await;
    let browser = crate::tokens::signed_in_with_token(&app, "two-hats@example.eu").await;
    let who = idp::accounts::find_by_email(app.provider.store.as_ref(), "two-hats@example.eu")
        .await
        .unwrap()
        .unwrap();
    for (application, organisation) in [("CPMS", "ERN-RND:DE:DE30"), ("KPI", "RARE-LIVER:DE:DE40")]
    {
        let granted = app
            .provider
            .grant_access(&who, application, organisation, vec!["Coordinator".into()])
            .await
            .unwrap();
        assert!(
            matches!(granted, SubmitOutcome::Submitted(_)),
            "{granted:?}"
        );
    }
    // Someone asks for KPI in ERN-RND, where two-hats decides for CPMS only.
    let asker = Account {
        id: "asker".into(),
        email: "asker@example.eu".into(),
        first_name: "Ask".into(),
        last_name: "Er".into(),
        language: "en".into(),
        created_at: 1,
        ..Default::default()
    };
    idp::accounts::create(app.provider.store.as_ref(), &asker)
        .await
        .unwrap();
    let new = NewRequest {
        application: "KPI".into(),
        organisation: "ERN-RND:DE:DE22".into(),
        profiles: vec!["HP".into()],
        comment: String::new(),
    };
    app.provider
        .submit_access_request(&asker, &new)
        .await
        .unwrap();
    for query in [
        "application=KPI&network=ERN-RND",
        "application=KPI",
        "application=KPI&network=ERN-RND&q=asker",
    ] {
        let page = browser.get(&format!("/access/approvals?{query}")).await;
        assert!(
            !page.text().contains("asker@example.eu"),
            "{query}: {}",
            page.text()
        );
    }
    let own = browser
        .get("/access/approvals?application=KPI&network=RARE-LIVER")
        .await;
    assert_eq!(own.status, 200);
}
