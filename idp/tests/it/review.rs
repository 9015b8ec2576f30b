//! The attacks of the outside security review (issue 9), each reproduced as it was
//! reported: every test here failed on the code the review tried, and passes now.

use std::sync::Arc;

use openidconnect::{AuthorizationCode, OAuth2TokenResponse, RefreshToken};

use crate::app::{Backend, Browser, MailLink, TestApp, sign_in, spawn_app};
use crate::devices::{authenticator, with_device};
use crate::rp::{OidcClient, PASSWORD, REDIRECT, follow, http, query_param, register, start};
use crate::tokens::{enrol, signed_in_with_token};

/// The value of a hidden field of the first form on `path`.
async fn csrf(browser: &Browser, path: &str) -> String {
    browser.get(path).await.hidden("csrf_token")
}

/// The newest link starting with `path` mailed to `to`, waiting for it to be written.
async fn mailed_link(app: &TestApp, to: &str, path: &str, not: Option<&str>) -> String {
    let prefix = format!("{}{path}", app.base);
    for _ in 0..100 {
        let found = app
            .mails_to(to, 0)
            .await
            .iter()
            .rev()
            .find_map(|m| m.link(&prefix))
            .filter(|l| Some(l.as_str()) != not);
        if let Some(link) = found {
            return link;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no mail to {to} with a link {prefix}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pending_request_sent_to_someone_else_gets_no_code_and_consent_is_per_account() {
    let app = spawn_app(Backend::Embedded).await;
    let victim = signed_in_with_token(&app, "victim@example.eu").await;
    let attacker = app.registered_user("attacker@example.eu", PASSWORD).await;
    let (rp, _, _) = register(&app, |c| c.first_party = false).await;

    // The attacker's own request waits at the step-up; they press "Allow" on it.
    let started = start(
        &rp,
        &["email", "profile", "offline_access"],
        Some("substantial"),
    );
    let waiting = attacker.get(&started.url).await;
    assert!(
        waiting.location().starts_with("/login/second-factor?id="),
        "{}",
        waiting.location()
    );
    let id = query_param(&format!("http://x{}", waiting.location()), "id").unwrap();
    let token = csrf(&attacker, "/account").await;
    attacker
        .post(
            "/authorize/consent",
            &[("csrf_token", &token), ("id", &id), ("decision", "allow")],
        )
        .await;

    // The victim, signed in with a second factor, opens the link they were sent.
    for path in [
        format!("/authorize/resume?id={id}"),
        format!("/authorize/consent?id={id}"),
        format!("/login/second-factor?id={id}"),
    ] {
        let followed = victim.get(&path).await;
        assert!(
            !followed.location().starts_with(REDIRECT),
            "{path}: no code for the attacker: {}",
            followed.location()
        );
        assert_eq!(followed.status, 403, "{path}: {}", followed.text());
        assert!(
            followed.text().contains("started in another browser"),
            "{}",
            followed.text()
        );
    }
    let victim_csrf = csrf(&victim, "/account").await;
    let answered = victim
        .post(
            "/authorize/consent",
            &[
                ("csrf_token", &victim_csrf),
                ("id", &id),
                ("decision", "allow"),
            ],
        )
        .await;
    assert_eq!(answered.status, 403, "{}", answered.text());

    // Consent belongs to the account: the victim's own request for that client asks them.
    let own = victim
        .get(&start(&rp, &["email"], Some("substantial")).url)
        .await;
    assert!(
        own.location().starts_with("/authorize/consent"),
        "{}",
        own.location()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stolen_password_cannot_swap_the_owners_second_factors_through_panic() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "owner@example.eu";
    let dir = tempfile::tempdir().unwrap();
    let (_owner, _) = with_device(&app, email, dir.path()).await;

    // The thief knows the password only.
    let thief = app.browser();
    assert_eq!(sign_in(&thief, email, PASSWORD).await.status, 303);
    let done = crate::devices::panic(&thief, PASSWORD).await;
    assert_eq!(done.status, 200, "PANIC stays possible: {}", done.text());
    assert!(
        done.text()
            .contains("a new device or token can be added from"),
        "{}",
        done.text()
    );

    // Signed in again with the password, the thief cannot add their own second factor...
    assert_eq!(sign_in(&thief, email, PASSWORD).await.status, 303);
    let tokens = thief.get("/account/tokens").await;
    assert!(
        tokens.text().contains("can be added from"),
        "{}",
        tokens.text()
    );
    // Forged forms (the pages offer none while the account is on hold).
    let token_csrf = thief.get("/account").await.hidden("csrf_token");
    let start_token = thief
        .post("/account/tokens/start", &[("csrf_token", &token_csrf)])
        .await;
    assert!(
        !start_token.body.contains("class=\"secret\""),
        "no token key is handed out: {}",
        start_token.text()
    );
    let add_device = thief
        .post("/account/devices/add", &[("csrf_token", &token_csrf)])
        .await;
    assert_eq!(add_device.status, 403);
    let phone = thief
        .post(
            "/account/phones/add",
            &[("csrf_token", &token_csrf), ("phone", "+32 123 45 67 89")],
        )
        .await;
    assert!(
        phone.text().contains("cannot be added yet"),
        "the hold is why: {}",
        phone.text()
    );
    // ... nor divert the owner's mail.
    let details = thief.get("/account/details").await;
    let moved = thief
        .submit(
            &details,
            &[("New e-mail", "thief@example.eu"), ("Password", PASSWORD)],
        )
        .await;
    assert!(
        !moved.text().contains("We sent a link to thief@example.eu"),
        "{}",
        moved.text()
    );

    // The owner is told, and their link takes the password away from the thief.
    let link = mailed_link(&app, email, "/account/secure?token=", None).await;
    assert!(
        app.mails_to(email, 0).await.iter().any(|m| m
            .body
            .contains("every mobile device and token of your account was deleted")),
        "the owner is told what happened"
    );
    let owner = app.browser();
    let form = owner.get(&link).await;
    assert_eq!(form.status, 200, "{}", form.text());
    let secured = owner.submit(&form, &[]).await;
    assert!(
        secured.text().contains("Your account is secured"),
        "{}",
        secured.text()
    );
    assert_eq!(thief.get("/account").await.status, 303, "signed out");
    assert_eq!(sign_in(&thief, email, PASSWORD).await.status, 401);
    assert_eq!(owner.get(&link).await.status, 410, "the link works once");

    // The owner sets a new password through their mailbox; the hold still stands until
    // it ends, then the password alone can add a second factor again.
    let lost = owner.get("/password/lost").await;
    owner.submit(&lost, &[("E-mail", email)]).await;
    let reset = mailed_link(&app, email, "/password/reset?token=", None).await;
    let reset_form = owner.get(&reset).await;
    let new_password = "quartz meadow violin harbour";
    owner.choose_password(&reset_form, new_password).await;
    let back = app.browser();
    assert_eq!(sign_in(&back, email, new_password).await.status, 303);
    assert!(
        back.get("/account/tokens")
            .await
            .text()
            .contains("can be added from")
    );
    app.clock.advance(72 * 3600 + 1);
    let later = app.browser();
    assert_eq!(sign_in(&later, email, new_password).await.status, 303);
    enrol(&app, &later).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_password_only_panic_after_a_second_factor_sign_in_puts_no_hold() {
    let app = spawn_app(Backend::Embedded).await;
    let browser = signed_in_with_token(&app, "calm@example.eu").await;
    let done = crate::devices::panic(&browser, PASSWORD).await;
    assert!(
        done.text().contains("Sign in again to add a new device"),
        "{}",
        done.text()
    );
    let again = app.browser();
    assert_eq!(
        sign_in(&again, "calm@example.eu", PASSWORD).await.status,
        303
    );
    enrol(&app, &again).await;
}

/// An `offline_access` refresh token for `rp`, through `browser` (consent allowed).
async fn offline_token(
    app: &TestApp,
    rp: &OidcClient,
    browser: &Browser,
    email: &str,
) -> RefreshToken {
    let started = start(rp, &["offline_access"], None);
    let back = follow(browser, &started.url, email, PASSWORD).await;
    let code = query_param(&back, "code").unwrap_or_else(|| panic!("no code: {back}"));
    let tokens = rp
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .unwrap();
    let _ = app;
    tokens.refresh_token().unwrap().clone()
}

async fn refreshes(rp: &OidcClient, token: &RefreshToken) -> bool {
    rp.exchange_refresh_token(token)
        .unwrap()
        .request_async(&http())
        .await
        .is_ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_tokens_die_with_consent_reset_panic_and_ended_sessions() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "offline@example.eu";
    let browser = app.registered_user(email, PASSWORD).await;
    let (rp, client, _) = register(&app, |c| c.first_party = false).await;

    // Withdrawing consent revokes the application's tokens.
    let token = offline_token(&app, &rp, &browser, email).await;
    let account = browser.get("/account").await;
    assert!(account.text().contains("Applications with offline access"));
    assert!(
        account
            .text()
            .contains("Revoke offline access for ERN-CPMS"),
        "{}",
        account.text()
    );
    let fields = [
        ("csrf_token", account.hidden("csrf_token")),
        ("client_id", client.id.clone()),
    ];
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    browser
        .post("/account/applications/withdraw", &borrowed)
        .await;
    assert!(!refreshes(&rp, &token).await, "consent withdrawn");

    // "Revoke offline access" in My account.
    let token = offline_token(&app, &rp, &browser, email).await;
    assert!(refreshes(&rp, &token).await);
    let token = offline_token(&app, &rp, &browser, email).await;
    browser
        .post("/account/applications/offline/revoke", &borrowed)
        .await;
    assert!(!refreshes(&rp, &token).await, "revoked in My account");
    assert!(
        !browser
            .get("/account")
            .await
            .text()
            .contains("Revoke offline access for ERN-CPMS")
    );
    let again = browser
        .get(&start(&rp, &["offline_access"], None).url)
        .await;
    assert!(
        again.location().starts_with("/authorize/consent"),
        "offline access is asked for again: {}",
        again.location()
    );

    // "End all other sessions", from another browser.
    let token = offline_token(&app, &rp, &browser, email).await;
    let other = app.browser();
    assert_eq!(sign_in(&other, email, PASSWORD).await.status, 303);
    let token_csrf = csrf(&other, "/account/sessions").await;
    other
        .post(
            "/account/sessions/end-others",
            &[("csrf_token", &token_csrf)],
        )
        .await;
    assert!(!refreshes(&rp, &token).await, "other sessions ended");

    // A password reset.
    let token = offline_token(&app, &rp, &other, email).await;
    let lost = other.get("/password/lost").await;
    other.submit(&lost, &[("E-mail", email)]).await;
    let link = mailed_link(&app, email, "/password/reset?token=", None).await;
    let form = other.get(&link).await;
    let new_password = "quartz meadow violin harbour";
    other.choose_password(&form, new_password).await;
    assert!(!refreshes(&rp, &token).await, "password reset");

    // PANIC.
    let fresh = app.browser();
    assert_eq!(sign_in(&fresh, email, new_password).await.status, 303);
    let started = start(&rp, &["offline_access"], None);
    let back = follow(&fresh, &started.url, email, new_password).await;
    let tokens = rp
        .exchange_code(AuthorizationCode::new(
            query_param(&back, "code").unwrap_or_else(|| panic!("no code: {back}")),
        ))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .unwrap();
    let token = tokens.refresh_token().unwrap().clone();
    crate::devices::panic(&fresh, new_password).await;
    assert!(!refreshes(&rp, &token).await, "PANIC");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_clients_refresh_token_is_refused_and_left_alive() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "owner-of-token@example.eu";
    let browser = app.registered_user(email, PASSWORD).await;
    let (rp, _, _) = register(&app, |_| {}).await;
    let (other_rp, _, _) = register(&app, |_| {}).await;
    let token = offline_token(&app, &rp, &browser, email).await;
    let stolen = other_rp
        .exchange_refresh_token(&token)
        .unwrap()
        .request_async(&http())
        .await;
    let error = format!("{:?}", stolen.expect_err("refused"));
    assert!(error.contains("invalid_grant"), "{error}");
    let refreshed = rp
        .exchange_refresh_token(&token)
        .unwrap()
        .request_async(&http())
        .await
        .expect("the owner's token still works");
    // A used (rotated-out) token presented by another client kills nothing either.
    assert!(
        other_rp
            .exchange_refresh_token(&token)
            .unwrap()
            .request_async(&http())
            .await
            .is_err()
    );
    assert!(refreshes(&rp, refreshed.refresh_token().unwrap()).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tab_in_next_does_not_lead_to_another_site() {
    let app = spawn_app(Backend::Embedded).await;
    crate::app::register_through_pages(&app, "tab@example.eu", PASSWORD).await;
    for next in [
        "%2F%09%2Fevil.example",
        "%2F%5C%09evil.example",
        "%2F%0A%2Fevil.example",
    ] {
        let browser = app.browser();
        let login = browser.get(&format!("/login?next={next}")).await;
        let password = browser
            .submit(&login, &[("E-mail", "tab@example.eu")])
            .await;
        let done = browser.submit(&password, &[("Password", PASSWORD)]).await;
        assert_eq!(done.status, 303);
        assert_eq!(done.location(), "/account", "{next}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forty_wrong_passwords_at_once_check_no_more_than_the_lock_allows() {
    let app = spawn_app(Backend::Embedded).await;
    crate::app::register_through_pages(&app, "race@example.eu", PASSWORD).await;
    let mut ready = Vec::new();
    for _ in 0..40 {
        let browser = app.browser();
        let login = browser.get("/login").await;
        let page = browser
            .submit(&login, &[("E-mail", "race@example.eu")])
            .await;
        ready.push((browser, page));
    }
    let handles: Vec<_> = ready
        .into_iter()
        .map(|(browser, page)| {
            tokio::spawn(async move {
                browser
                    .submit(&page, &[("Password", "not the password, guessed")])
                    .await
                    .status
            })
        })
        .collect();
    let mut checked = 0;
    for handle in handles {
        match handle.await.unwrap() {
            401 => checked += 1,
            429 => {}
            other => panic!("unexpected status {other}"),
        }
    }
    let lock_after = app.provider.config.login_lock_after;
    assert!(
        checked <= lock_after,
        "{checked} guesses were checked; the lock allows {lock_after}"
    );
    let after = app.browser();
    assert_eq!(
        sign_in(&after, "race@example.eu", PASSWORD).await.status,
        429,
        "locked"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn access_decisions_need_a_second_factor_and_coordinator_grants_four_eyes() {
    use idp::access::{DecideOutcome, Decision, NewRequest, SubmitOutcome};
    use idp::clients::Acr;
    let app = spawn_app(Backend::Embedded).await;
    let provider = &app.provider;
    let store = provider.store.as_ref();
    let account = |email: &'static str| async move {
        idp::accounts::find_by_email(store, email)
            .await
            .unwrap()
            .unwrap()
    };
    let coordinator_browser = app.registered_user("coord@example.eu", PASSWORD).await;
    let coordinator = account("coord@example.eu").await;
    provider
        .grant_access(
            &coordinator,
            "CPMS",
            "ERN-RND:DE:DE30",
            vec!["Coordinator".into()],
        )
        .await
        .unwrap();
    crate::app::register_through_pages(&app, "second@example.eu", PASSWORD).await;
    let second = account("second@example.eu").await;
    provider
        .grant_access(
            &second,
            "CPMS",
            "ERN-RND:DE:DE22",
            vec!["Coordinator".into()],
        )
        .await
        .unwrap();
    crate::app::register_through_pages(&app, "hp@example.eu", PASSWORD).await;
    let hp = account("hp@example.eu").await;
    let submit = |who: idp::accounts::Account, profile: &'static str| async move {
        let new = NewRequest {
            application: "CPMS".into(),
            organisation: "ERN-RND:DE:DE22".into(),
            profiles: vec![profile.into()],
            comment: "please".into(),
        };
        match provider.submit_access_request(&who, &new).await.unwrap() {
            SubmitOutcome::Submitted(r) => r.id,
            other => panic!("{other:?}"),
        }
    };

    // A password-only session cannot accept (over HTTP, as the review did).
    let id = submit(hp.clone(), "HP").await;
    let pending_hp = id.clone();
    let review = coordinator_browser.get("/access/approvals").await;
    let form = review.form_with_action(&format!("/access/approvals/{id}"));
    let refused = coordinator_browser
        .post(
            &format!("/access/approvals/{id}"),
            &[
                ("csrf_token", &form.hidden("csrf_token")),
                ("decision", "accept"),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(refused.status, 403, "{}", refused.text());
    assert!(
        refused
            .text()
            .contains("Confirm with your second factor first")
    );
    let still = idp::access::get(store, &id).await.unwrap().unwrap();
    assert_eq!(still.status, idp::access::Status::Pending);
    assert!(matches!(
        provider
            .revoke_access(&coordinator, Acr::Low, &id, "no")
            .await
            .unwrap(),
        DecideOutcome::SecondFactorNeeded | DecideOutcome::AlreadyDecided
    ));

    // A Coordinator grant needs two different approvers.
    provider
        .decide_access_request(
            &second,
            Acr::Substantial,
            &pending_hp,
            Decision::Reject,
            "no",
        )
        .await
        .unwrap();
    let id = submit(hp.clone(), "Coordinator").await;
    let first = provider
        .decide_access_request(&coordinator, Acr::Substantial, &id, Decision::Accept, "")
        .await
        .unwrap();
    assert!(
        matches!(first, DecideOutcome::FirstApproval(_)),
        "{first:?}"
    );
    let twice = provider
        .decide_access_request(&coordinator, Acr::Substantial, &id, Decision::Accept, "")
        .await
        .unwrap();
    assert!(matches!(twice, DecideOutcome::Refused(_)), "{twice:?}");
    assert_eq!(
        idp::access::get(store, &id).await.unwrap().unwrap().status,
        idp::access::Status::Pending
    );
    let done = provider
        .decide_access_request(&second, Acr::Substantial, &id, Decision::Accept, "")
        .await
        .unwrap();
    assert!(matches!(done, DecideOutcome::Done(_)), "{done:?}");

    // Nobody decides their own request, administrators included.
    let mut admin = account("second@example.eu").await;
    admin.is_admin = true;
    let own = submit(admin.clone(), "HP").await;
    assert_eq!(
        provider
            .decide_access_request(&admin, Acr::Substantial, &own, Decision::Accept, "")
            .await
            .unwrap(),
        DecideOutcome::NotAllowed
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn qr_code_guesses_are_counted_per_account_not_per_question() {
    let app = spawn_app(Backend::Embedded).await;
    let dir = tempfile::tempdir().unwrap();
    let (_, state) = with_device(&app, "ocra@example.eu", dir.path()).await;
    let browser = app.browser();
    assert_eq!(
        sign_in(&browser, "ocra@example.eu", PASSWORD).await.status,
        303
    );
    // Five wrong answers, each to a new question (each used to bring five new tries).
    for _ in 0..5 {
        let page = browser.get("/login/app-qr").await;
        let wrong = browser
            .submit(&page, &[("One-time password", "00000000")])
            .await;
        assert_eq!(wrong.status, 401, "{}", wrong.text());
    }
    let page = browser.get("/login/app-qr").await;
    let out = authenticator(&state, &["qr-answer", "--challenge", &page.qr_text()]);
    let right = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    let refused = browser
        .submit(&page, &[("One-time password", &right)])
        .await;
    assert_eq!(refused.status, 401, "{}", refused.text());
    assert!(
        refused.text().contains("Too many wrong one-time passwords"),
        "{}",
        refused.text()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn app_requests_only_by_post_one_at_a_time_and_ten_an_hour() {
    let app = spawn_app(Backend::Embedded).await;
    let dir = tempfile::tempdir().unwrap();
    let email = "push@example.eu";
    let (_, state) = with_device(&app, email, dir.path()).await;
    let waiting = |app: &TestApp| {
        let out = authenticator(&state, &["--now", &app.clock_now().to_string(), "requests"]);
        String::from_utf8_lossy(&out.stdout).lines().count()
    };
    let browser = app.browser();
    assert_eq!(sign_in(&browser, email, PASSWORD).await.status, 303);

    // A link from another site (a GET) sends nothing.
    for _ in 0..3 {
        assert_eq!(browser.get("/login/app?next=%2Faccount").await.status, 200);
    }
    assert_eq!(waiting(&app), 0, "a GET pushes nothing to the phone");

    // Twenty-six at once: one request reaches the phone.
    let token = csrf(&browser, "/login/app").await;
    let browser = Arc::new(browser);
    let handles: Vec<_> = (0..26)
        .map(|_| {
            let (browser, token) = (browser.clone(), token.clone());
            tokio::spawn(async move {
                browser
                    .post(
                        "/login/app",
                        &[("csrf_token", &token), ("next", "/account")],
                    )
                    .await
                    .status
            })
        })
        .collect();
    for handle in handles {
        assert_eq!(handle.await.unwrap(), 200);
    }
    assert_eq!(waiting(&app), 1);
    // Another sign-in meanwhile: refused while that one waits.
    let other = app.browser();
    assert_eq!(sign_in(&other, email, PASSWORD).await.status, 303);
    let other_token = csrf(&other, "/login/app").await;
    let busy = other
        .post(
            "/login/app",
            &[("csrf_token", &other_token), ("next", "/account")],
        )
        .await;
    assert_eq!(busy.status, 409, "{}", busy.text());
    // Ten an hour.
    let mut statuses = Vec::new();
    for _ in 0..10 {
        app.clock.advance(121);
        let answer = other
            .post(
                "/login/app",
                &[("csrf_token", &other_token), ("next", "/account")],
            )
            .await;
        statuses.push(answer.status);
    }
    assert_eq!(statuses[..9], [200; 9], "{statuses:?}");
    assert_eq!(statuses[9], 429, "{statuses:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reset_link_to_the_old_address_dies_with_the_e_mail_change() {
    let app = spawn_app(Backend::Embedded).await;
    let browser = app
        .registered_user("old-address@example.eu", PASSWORD)
        .await;
    let lost = app.browser();
    let page = lost.get("/password/lost").await;
    lost.submit(&page, &[("E-mail", "old-address@example.eu")])
        .await;
    let reset = mailed_link(
        &app,
        "old-address@example.eu",
        "/password/reset?token=",
        None,
    )
    .await;
    assert_eq!(lost.get(&reset).await.status, 200, "live before the change");

    let details = browser.get("/account/details").await;
    browser
        .submit(
            &details,
            &[
                ("New e-mail", "new-address@example.eu"),
                ("Password", PASSWORD),
            ],
        )
        .await;
    let confirm = crate::app::read_mails(&app.data_dir, "new-address@example.eu", 1).await[0]
        .link_to(&format!("{}/account/email/confirm?token=", app.base));
    let form = browser.get(&confirm).await;
    let done = browser.submit(&form, &[]).await;
    assert!(done.status < 400, "{}", done.text());

    let dead = lost.get(&reset).await;
    assert_eq!(dead.status, 410, "{}", dead.text());
    let form_post = lost
        .post(
            "/password/reset",
            &[
                ("csrf_token", &csrf(&lost, "/password/lost").await),
                ("token", &query_param(&reset, "token").unwrap()),
                ("password", "quartz meadow violin harbour"),
                ("confirm_password", "quartz meadow violin harbour"),
            ],
        )
        .await;
    assert!(form_post.status >= 400, "{}", form_post.text());
    assert_eq!(
        sign_in(&app.browser(), "new-address@example.eu", PASSWORD)
            .await
            .status,
        303,
        "the password is unchanged"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pkce_is_required_of_confidential_clients_unless_registered_optional() {
    let app = spawn_app(Backend::Embedded).await;
    let browser = app.registered_user("pkce@example.eu", PASSWORD).await;
    for (optional, expected) in [(false, Some("invalid_request")), (true, None)] {
        let (_, client, _) = register(&app, |c| c.pkce_optional = optional).await;
        let url = format!(
            "/authorize?response_type=code&client_id={}&redirect_uri={}&scope=openid&state=s",
            client.id,
            urlencode(REDIRECT)
        );
        let answer = browser.get(&url).await;
        assert!(
            answer.location().starts_with(REDIRECT),
            "{}",
            answer.location()
        );
        assert_eq!(
            query_param(answer.location(), "error").as_deref(),
            expected,
            "{}",
            answer.location()
        );
    }
    let public = idp::clients::add(
        app.provider.store.as_ref(),
        idp::clients::NewClient {
            id: "spa".into(),
            public: true,
            pkce_optional: true,
            redirect_uris: vec![REDIRECT.into()],
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert!(public.is_err(), "a public client never goes without PKCE");
}

fn urlencode(s: &str) -> String {
    serde_urlencoded::to_string([("v", s)]).unwrap()[2..].to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reset_clears_the_guesses_a_thief_burned() {
    let app = spawn_app(Backend::Embedded).await;
    let dir = tempfile::tempdir().unwrap();
    let email = "burned@example.eu";
    let (_, state) = with_device(&app, email, dir.path()).await;
    let thief = app.browser();
    assert_eq!(sign_in(&thief, email, PASSWORD).await.status, 303);
    for _ in 0..5 {
        let page = thief.get("/login/app-qr").await;
        thief
            .submit(&page, &[("One-time password", "00000000")])
            .await;
    }
    let owner = app.browser();
    let lost = owner.get("/password/lost").await;
    owner.submit(&lost, &[("E-mail", email)]).await;
    let link = mailed_link(&app, email, "/password/reset?token=", None).await;
    let form = owner.get(&link).await;
    let new_password = "quartz meadow violin harbour";
    owner.choose_password(&form, new_password).await;
    assert_eq!(sign_in(&owner, email, new_password).await.status, 303);
    let page = owner.get("/login/app-qr").await;
    let out = authenticator(&state, &["qr-answer", "--challenge", &page.qr_text()]);
    let right = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    let done = owner.submit(&page, &[("One-time password", &right)]).await;
    assert_eq!(done.status, 303, "{}", done.text());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_password_asked_again_counts_against_the_lock() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "cookie-thief@example.eu";
    let browser = app.registered_user(email, PASSWORD).await;
    let page = browser.get("/account/devices").await;
    let panic_form = page.form_with_action("/account/devices/panic");
    for _ in 0..app.provider.config.login_lock_after {
        let wrong = browser
            .submit(&panic_form, &[("Password", "a guess at the password")])
            .await;
        assert_eq!(wrong.status, 400);
    }
    let right = browser.submit(&panic_form, &[("Password", PASSWORD)]).await;
    assert_eq!(right.status, 400, "locked: not even checked");
    assert_eq!(sign_in(&app.browser(), email, PASSWORD).await.status, 429);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_code_is_useless_once_its_session_has_ended() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "ended@example.eu";
    let browser = app.registered_user(email, PASSWORD).await;
    let (rp, _, _) = register(&app, |_| {}).await;
    let started = start(&rp, &["offline_access"], None);
    let back = follow(&browser, &started.url, email, PASSWORD).await;
    let code = query_param(&back, "code").unwrap();
    let account = browser.get("/account").await;
    browser
        .post("/logout", &[("csrf_token", &account.hidden("csrf_token"))])
        .await;
    let late = rp
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await;
    let error = format!("{:?}", late.expect_err("refused"));
    assert!(error.contains("invalid_grant"), "{error}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn families_born_before_the_index_are_revoked_after_their_next_refresh() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "old-family@example.eu";
    let browser = app.registered_user(email, PASSWORD).await;
    let (rp, _, _) = register(&app, |_| {}).await;
    let token = offline_token(&app, &rp, &browser, email).await;
    // As if issued by a version without the index.
    let store = app.provider.store.as_ref();
    let account = idp::accounts::find_by_email(store, email)
        .await
        .unwrap()
        .unwrap();
    let index = idp::store::keys::account_grants(&account.id);
    for member in store.set_members(&index).await.unwrap() {
        store.set_remove(&index, &member).await.unwrap();
    }
    let refreshed = rp
        .exchange_refresh_token(&token)
        .unwrap()
        .request_async(&http())
        .await
        .unwrap();
    let token = refreshed.refresh_token().unwrap().clone();
    let token_csrf = csrf(&browser, "/account/sessions").await;
    browser
        .post(
            "/account/sessions/end-others",
            &[("csrf_token", &token_csrf)],
        )
        .await;
    assert!(!refreshes(&rp, &token).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cross_site_post_to_authorize_does_not_replace_the_browser_id() {
    let app = spawn_app(Backend::Embedded).await;
    let (_, client, _) = register(&app, |_| {}).await;
    // A browser whose Lax cookies stay home: what a cross-site POST looks like.
    let cookieless = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let response = cookieless
        .post(format!("{}/authorize", app.base))
        .form(&[
            ("response_type", "code"),
            ("client_id", client.id.as_str()),
            ("redirect_uri", REDIRECT),
            ("scope", "openid"),
            ("code_challenge", &"a".repeat(43)),
            ("code_challenge_method", "S256"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with("/authorize?"), "{location}");
    assert!(location.contains("client_id="), "{location}");
    assert!(
        !response
            .headers()
            .get_all("set-cookie")
            .iter()
            .any(|c| c.to_str().unwrap_or_default().starts_with("idp_browser=")),
        "no browser id is minted on a POST"
    );
}
