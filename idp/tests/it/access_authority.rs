//! Who may decide on access requests, beyond the network and the requester: a second
//! factor proved recently, a first ("four eyes") approval only while its author may still
//! give it, and no approver made by a grant at a network's Guest Access.

use idp::access::{DecideOutcome, Decision, NewRequest, Status, SubmitOutcome};

use crate::access::{DE22, SECOND_FACTOR, account, coordinator};
use crate::app::{Backend, spawn_app};
use crate::rp::PASSWORD;

/// A new account `email` (registered through the pages) asking for `profile` of CPMS at
/// `organisation`: the account and its pending request's id.
async fn requester(
    app: &crate::app::TestApp,
    email: &str,
    organisation: &str,
    profile: &str,
) -> (idp::accounts::Account, String) {
    crate::app::register_through_pages(app, email, PASSWORD).await;
    let who = account(app, email).await;
    let new = NewRequest {
        application: "CPMS".into(),
        organisation: organisation.into(),
        profiles: vec![profile.into()],
        comment: String::new(),
    };
    match app
        .provider
        .submit_access_request(&who, &new)
        .await
        .unwrap()
    {
        SubmitOutcome::Submitted(r) => (who, r.id),
        other => panic!("{other:?}"),
    }
}

/// A first ("four eyes") approval counts only while its author may still approve: after
/// their grant is revoked, or their account disabled, the next acceptance is the first
/// again, not the second.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_first_approval_ends_with_its_authors_authority() {
    let app = spawn_app(Backend::Embedded).await;
    let provider = &app.provider;
    let store = provider.store.as_ref();
    let mut coordinators = Vec::new();
    let mut grants = Vec::new();
    for (email, organisation) in [
        ("one@example.eu", "ERN-RND:DE:DE30"),
        ("two@example.eu", "ERN-RND:DE:DE22"),
        ("three@example.eu", "ERN-RND:DE:DE30"),
    ] {
        crate::app::register_through_pages(&app, email, PASSWORD).await;
        let account = idp::accounts::find_by_email(store, email)
            .await
            .unwrap()
            .unwrap();
        match provider
            .grant_access(&account, "CPMS", organisation, vec!["Coordinator".into()])
            .await
            .unwrap()
        {
            SubmitOutcome::Submitted(r) => grants.push(r.id),
            other => panic!("{other:?}"),
        }
        coordinators.push(account);
    }
    let (_, id) = requester(&app, "hp@example.eu", DE22, "Coordinator").await;
    let accept = |who: usize| {
        let approver = coordinators[who].clone();
        let id = id.clone();
        async move {
            provider
                .decide_access_request(&approver, SECOND_FACTOR, &id, Decision::Accept, "")
                .await
                .unwrap()
        }
    };
    let first_by = || async {
        let request = idp::access::get(store, &id).await.unwrap().unwrap();
        assert_eq!(request.status, Status::Pending);
        request.first_approval
    };

    // The first approver's grant is revoked: the next acceptance is the first.
    assert!(matches!(accept(0).await, DecideOutcome::FirstApproval(_)));
    provider
        .revoke_as_operator(&grants[0], "left the network")
        .await
        .unwrap();
    let second = accept(1).await;
    assert!(
        matches!(second, DecideOutcome::FirstApproval(_)),
        "a revoked approver's acceptance counted: {second:?}"
    );
    assert_eq!(
        first_by().await.as_deref(),
        Some(coordinators[1].id.as_str())
    );

    // The first approver's account is disabled: the same.
    idp::accounts::update(store, &coordinators[1].id, |a| a.disabled = true)
        .await
        .unwrap();
    let third = accept(2).await;
    assert!(
        matches!(third, DecideOutcome::FirstApproval(_)),
        "a disabled approver's acceptance counted: {third:?}"
    );
    assert_eq!(
        first_by().await.as_deref(),
        Some(coordinators[2].id.as_str())
    );
}

/// Deciding and revoking need a second factor proved within the last 15 minutes, as the
/// administrators' console does: the cookie of a sign-in made hours ago (a ward's shared
/// computer) decides nothing, and changes nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_factor_proved_long_ago_decides_nothing() {
    let app = spawn_app(Backend::Embedded).await;
    let provider = &app.provider;
    let store = provider.store.as_ref();
    let (browser, _) = coordinator(&app, "c1@example.eu", "ERN-RND:DE:DE30").await;
    let (hp, pending) = requester(&app, "hp@example.eu", DE22, "HP").await;
    let granted = match provider
        .grant_access(&hp, "CPMS", "ERN-RND:DE:DE36", vec!["HP".into()])
        .await
        .unwrap()
    {
        SubmitOutcome::Submitted(r) => r.id,
        other => panic!("{other:?}"),
    };
    let review = browser.get("/access/approvals").await;
    let csrf = review
        .form_with_action(&format!("/access/approvals/{pending}"))
        .hidden("csrf_token");

    app.clock.advance(16 * 60);
    let decided = browser
        .post(
            &format!("/access/approvals/{pending}"),
            &[
                ("csrf_token", &csrf),
                ("decision", "accept"),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(decided.status, 403, "{}", decided.text());
    assert!(
        decided
            .text()
            .contains("Confirm with your second factor first"),
        "{}",
        decided.text()
    );
    let revoked = browser
        .post(
            &format!("/access/grants/{granted}/revoke"),
            &[("csrf_token", &csrf), ("reason", "left")],
        )
        .await;
    assert_eq!(revoked.status, 403, "{}", revoked.text());
    let status =
        |id: String| async move { idp::access::get(store, &id).await.unwrap().unwrap().status };
    assert_eq!(status(pending).await, Status::Pending);
    assert_eq!(status(granted).await, Status::Approved);
}

/// A grant at a network's "0000 Guest Access" makes a guest, whatever profile it names:
/// a Coordinator there decides nothing in the network, and accepting such a request needs
/// one approver, not two (it gives no approving profile).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coordinator_at_guest_access_approves_nothing() {
    let app = spawn_app(Backend::Embedded).await;
    let provider = &app.provider;
    let (_, approver) = coordinator(&app, "c1@example.eu", "ERN-RND:DE:DE30").await;
    let (guest, asked) =
        requester(&app, "guest@example.eu", "ERN-RND:DE:0000", "Coordinator").await;
    let accepted = provider
        .decide_access_request(&approver, SECOND_FACTOR, &asked, Decision::Accept, "")
        .await
        .unwrap();
    assert!(
        matches!(accepted, DecideOutcome::Done(_)),
        "one approver is enough for a guest: {accepted:?}"
    );

    let (_, pending) = requester(&app, "hp@example.eu", DE22, "HP").await;
    assert_eq!(
        provider
            .decide_access_request(&guest, SECOND_FACTOR, &pending, Decision::Accept, "")
            .await
            .unwrap(),
        DecideOutcome::NotAllowed
    );
    assert!(
        idp::access::approver_networks(provider, &guest)
            .await
            .unwrap()
            .is_empty(),
        "a guest decides in no network"
    );
    let still = idp::access::get(provider.store.as_ref(), &pending)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(still.status, Status::Pending);
}

/// A request is mailed to the network's approvers as they are now: not to one disabled
/// since, though the approvers' index still names them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_disabled_approver_is_told_nothing() {
    let app = spawn_app(Backend::Embedded).await;
    let provider = &app.provider;
    let (_, gone) = coordinator(&app, "gone@example.eu", "ERN-RND:DE:DE30").await;
    coordinator(&app, "here@example.eu", "ERN-RND:DE:DE36").await;
    idp::accounts::update(provider.store.as_ref(), &gone.id, |a| a.disabled = true)
        .await
        .unwrap();
    requester(&app, "hp@example.eu", DE22, "HP").await;
    let waiting = |mails: Vec<crate::app::Mail>| {
        mails
            .iter()
            .any(|m| m.body.contains("hp@example.eu") && m.subject.contains("waits"))
    };
    // Confirmation, token added, a sign-in from a new browser, then the request.
    assert!(waiting(app.mails_to("here@example.eu", 4).await));
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(
        !waiting(app.mails_to("gone@example.eu", 0).await),
        "a disabled approver was told of the request"
    );
}
