//! Issue 14: the operators' console at `/admin`. Refused to everyone but administrators
//! signed in with a second factor, on every route; every action CSRF-checked, written to
//! the operators' log and, where it concerns a person, to their security history. The
//! helpdesk's cases: a lost phone, a locked account, a disabled account, a client to add.

use openidconnect::{AuthorizationCode, OAuth2TokenResponse, RefreshToken};

use crate::app::{Backend, Browser, Page, TestApp, sign_in, spawn_app};
use crate::rp::{PASSWORD, follow, http, query_param, register, start};

/// Every console route, with the method it answers.
const ROUTES: [(&str, &str); 18] = [
    ("GET", "/admin"),
    ("GET", "/admin/users"),
    ("GET", "/admin/users/ID"),
    ("POST", "/admin/users/ID/unlock"),
    ("POST", "/admin/users/ID/end-sessions"),
    ("POST", "/admin/users/ID/disable"),
    ("POST", "/admin/users/ID/enable"),
    ("POST", "/admin/users/ID/send-reset"),
    ("POST", "/admin/users/ID/remove-factor"),
    ("GET", "/admin/clients"),
    ("POST", "/admin/clients"),
    ("GET", "/admin/clients/cpms"),
    ("POST", "/admin/clients/cpms/redirect-uris"),
    ("POST", "/admin/clients/cpms/rotate-secret"),
    ("POST", "/admin/clients/cpms/remove"),
    ("GET", "/admin/keys"),
    ("POST", "/admin/keys/rotate"),
    ("GET", "/admin/log"),
];

async fn account(app: &TestApp, email: &str) -> idp::accounts::Account {
    idp::accounts::find_by_email(app.provider.store.as_ref(), email)
        .await
        .unwrap()
        .unwrap()
}

async fn make_admin(app: &TestApp, email: &str) {
    let who = account(app, email).await;
    idp::accounts::update(app.provider.store.as_ref(), &who.id, |a| a.is_admin = true)
        .await
        .unwrap();
}

/// An administrator signed in with a token (second factor).
async fn administrator(app: &TestApp) -> Browser {
    let browser = crate::tokens::signed_in_with_token(app, "admin@example.eu").await;
    make_admin(app, "admin@example.eu").await;
    browser
}

/// Sends `method path` with the browser's CSRF token (taken from a page it was shown).
async fn call(browser: &Browser, method: &str, path: &str, fields: &[(&str, &str)]) -> Page {
    if method == "GET" {
        return browser.get(path).await;
    }
    let csrf = browser.get("/account").await.hidden("csrf_token");
    let mut all = vec![("csrf_token", csrf.as_str())];
    all.extend_from_slice(fields);
    browser.post(path, &all).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_console_route_refuses_all_but_administrators_with_a_second_factor() {
    let app = spawn_app(Backend::Embedded).await;
    register(&app, |c| c.id = "cpms".into()).await;
    let target = app.registered_user("someone@example.eu", PASSWORD).await;
    drop(target);
    let id = account(&app, "someone@example.eu").await.id;
    // A person with a second factor, but no administrator.
    let person = crate::tokens::signed_in_with_token(&app, "person@example.eu").await;
    // An administrator signed in with the password alone.
    let weak_admin = app.registered_user("weak@example.eu", PASSWORD).await;
    make_admin(&app, "weak@example.eu").await;
    let anonymous = app.browser();
    for (method, route) in ROUTES {
        let path = route.replace("ID", &id);
        let page = call(&person, method, &path, &[("kind", "phone"), ("value", "x")]).await;
        assert_eq!(page.status, 403, "{method} {path} as a non-administrator");
        assert!(
            page.text().contains("for administrators"),
            "{method} {path}"
        );
        let page = call(&weak_admin, method, &path, &[]).await;
        assert_eq!(page.status, 403, "{method} {path} with a password only");
        assert!(page.text().contains("second factor"), "{method} {path}");
        let page = if method == "GET" {
            anonymous.get(&path).await
        } else {
            anonymous.post(&path, &[]).await
        };
        assert!(
            [303, 403].contains(&page.status),
            "{method} {path} anonymously: {}",
            page.status
        );
    }
    // Nothing happened: the account is as it was, the clients too, the log is empty.
    assert!(!account(&app, "someone@example.eu").await.disabled);
    assert!(
        idp::clients::get(app.provider.store.as_ref(), "cpms")
            .await
            .unwrap()
            .is_some()
    );
    let (log, _) = idp::admin::log::page(app.provider.store.as_ref(), "", None)
        .await
        .unwrap();
    assert!(log.is_empty(), "{log:?}");

    // An administrator's form without the CSRF token, or with another's, is refused.
    let admin = administrator(&app).await;
    let forged = admin
        .post(
            &format!("/admin/users/{id}/disable"),
            &[("csrf_token", "forged")],
        )
        .await;
    assert_eq!(forged.status, 403);
    assert!(!account(&app, "someone@example.eu").await.disabled);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_helpdesk_finds_a_person_removes_a_lost_factor_and_unlocks_them() {
    let app = spawn_app(Backend::Embedded).await;
    let admin = administrator(&app).await;
    // Someone with a token, who lost it and then locked themselves out.
    let user = crate::tokens::signed_in_with_token(&app, "marie.curie@example.eu").await;
    let marie = account(&app, "marie.curie@example.eu").await;
    assert_eq!(marie.tokens.len(), 1);
    // Her name, changed after registration: the list finds her by the new one only.
    let before = marie.last_name.clone();
    idp::accounts::update(app.provider.store.as_ref(), &marie.id, |a| {
        a.first_name = "Marie".into();
        a.last_name = "Curie".into();
    })
    .await
    .unwrap();
    for _ in 0..app.provider.config.login_lock_after {
        let wrong = sign_in(&app.browser(), "marie.curie@example.eu", "wrong password").await;
        assert_ne!(wrong.status, 303);
        app.clock.advance(61);
    }
    let locked = sign_in(&app.browser(), "marie.curie@example.eu", PASSWORD).await;
    assert_eq!(locked.status, 429, "{}", locked.text());

    // Found by the beginning of the name or the address.
    for search in ["marie", "CURIE", "marie.cu", "curie marie"] {
        let found = admin.get(&format!("/admin/users?q={search}")).await;
        assert_eq!(found.status, 200);
        assert!(found.text().contains("marie.curie@example.eu"), "{search}");
        crate::access::shows_no_key(&found);
    }
    let old = admin
        .get(&format!("/admin/users?q={}", before.to_lowercase()))
        .await;
    assert!(
        !old.text().contains("marie.curie@example.eu"),
        "not by the old name"
    );
    let page = admin.get(&format!("/admin/users/{}", marie.id)).await;
    assert!(
        page.text().contains("locked after wrong passwords until"),
        "{}",
        page.text()
    );
    assert!(page.text().contains("Token (authenticator app)"));
    crate::access::shows_no_key(&page);

    // Remove the lost token (the form on the page), then unlock.
    let remove = page.form_with_action(&format!("/admin/users/{}/remove-factor", marie.id));
    let removed = admin.submit(&remove, &[]).await;
    assert_eq!(removed.status, 200, "{}", removed.text());
    let after = account(&app, "marie.curie@example.eu").await;
    assert!(after.tokens.is_empty());
    // As after a PANIC with the password alone: her last factor gone, the account is on
    // hold (the password alone adds none), links mailed before die, her sessions end, and
    // her mailbox gets the link that stops a thief who talked to the helpdesk.
    assert!(after.factor_hold_until.is_some_and(|h| h > app.clock_now()));
    assert_ne!(after.link_epoch, marie.link_epoch);
    assert_eq!(user.get("/account").await.status, 303, "her session ended");
    let held = app.mails_to("marie.curie@example.eu", 6).await;
    assert!(
        held.iter().any(|m| m.body.contains("/account/secure")),
        "{:?}",
        held.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    let page = admin.get(&format!("/admin/users/{}", marie.id)).await;
    let unlock = page.form_with_action(&format!("/admin/users/{}/unlock", marie.id));
    assert_eq!(admin.submit(&unlock, &[]).await.status, 200);
    let back = sign_in(&app.browser(), "marie.curie@example.eu", PASSWORD).await;
    assert_eq!(back.status, 303, "{}", back.text());

    // Both are in her security history (mailed to her) and in the operators' log.
    let history = idp::audit::list(app.provider.store.as_ref(), &marie.id)
        .await
        .unwrap();
    for what in [
        "token removed by an administrator",
        "account unlocked by an administrator",
    ] {
        assert!(
            history.iter().any(|e| e.what == what),
            "{what}: {history:?}"
        );
    }
    let mails = app.mails_to("marie.curie@example.eu", 3).await;
    assert!(
        mails
            .iter()
            .any(|m| m.body.contains("token removed by an administrator"))
    );
    let log = admin.get("/admin/log?q=marie.curie").await;
    assert!(log.text().contains("token removed"), "{}", log.text());
    assert!(log.text().contains("account unlocked"));
    assert!(log.text().contains("admin@example.eu"));
    assert!(
        !admin
            .get("/admin/log?q=nobody")
            .await
            .text()
            .contains("token removed")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_disabled_account_loses_its_sessions_and_tokens_and_cannot_sign_in_until_enabled() {
    let app = spawn_app(Backend::Embedded).await;
    let admin = administrator(&app).await;
    let user = app.registered_user("doomed@example.eu", PASSWORD).await;
    let (rp, rp_client, rp_secret) = register(&app, |_| {}).await;
    let started = start(&rp, &["offline_access"], None);
    let back = follow(&user, &started.url, "doomed@example.eu", PASSWORD).await;
    let code = query_param(&back, "code").expect(&back);
    let tokens = rp
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .unwrap();
    let doomed = account(&app, "doomed@example.eu").await;

    let page = admin.get(&format!("/admin/users/{}", doomed.id)).await;
    let disable = page.form_with_action(&format!("/admin/users/{}/disable", doomed.id));
    let done = admin.submit(&disable, &[]).await;
    assert_eq!(done.status, 200, "{}", done.text());
    assert!(account(&app, "doomed@example.eu").await.disabled);

    // The open session is gone, the refresh token and access token no longer work.
    assert_eq!(user.get("/account").await.status, 303);
    let refreshed = rp
        .exchange_refresh_token(&RefreshToken::new(
            tokens.refresh_token().unwrap().secret().clone(),
        ))
        .unwrap()
        .request_async(&http())
        .await;
    assert!(refreshed.is_err(), "the refresh token is revoked");
    let userinfo = http()
        .get(format!("{}/userinfo", app.base))
        .bearer_auth(tokens.access_token().secret())
        .send()
        .await
        .unwrap();
    assert_eq!(userinfo.status(), 401);
    // Signing in is refused with a clear message, after the right password only.
    let refused = sign_in(&app.browser(), "doomed@example.eu", PASSWORD).await;
    assert_eq!(refused.status, 403);
    assert!(refused.text().contains("disabled by an administrator"));
    let wrong = sign_in(&app.browser(), "doomed@example.eu", "not the password").await;
    assert!(
        !wrong.text().contains("disabled"),
        "a wrong password learns nothing"
    );
    // An administrator's account (their own included) is not disabled from the console.
    let me = account(&app, "admin@example.eu").await;
    let page = admin.get(&format!("/admin/users/{}", me.id)).await;
    let myself = page.form_with_action(&format!("/admin/users/{}/disable", me.id));
    assert_eq!(admin.submit(&myself, &[]).await.status, 409);
    assert!(!account(&app, "admin@example.eu").await.disabled);

    // The access token is inactive at introspection too (the client asks).
    let inactive: serde_json::Value = http()
        .post(format!("{}/introspect", app.base))
        .basic_auth(&rp_client.id, rp_secret.as_deref())
        .form(&[("token", tokens.access_token().secret().as_str())])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(inactive["active"], false, "{inactive}");

    // An administrator whose second factor is older than 15 minutes acts on nobody.
    app.clock.advance(16 * 60);
    let page = admin.get(&format!("/admin/users/{}", doomed.id)).await;
    let enable = page.form_with_action(&format!("/admin/users/{}/enable", doomed.id));
    let stale = admin.submit(&enable, &[]).await;
    assert_eq!(stale.status, 403);
    assert!(
        stale.text().contains("second factor again"),
        "{}",
        stale.text()
    );
    assert!(account(&app, "doomed@example.eu").await.disabled);
    let admin = crate::tokens::signed_in_with_token(&app, "admin2@example.eu").await;
    make_admin(&app, "admin2@example.eu").await;

    // Enabled again: the password works again.
    let page = admin.get(&format!("/admin/users/{}", doomed.id)).await;
    let enable = page.form_with_action(&format!("/admin/users/{}/enable", doomed.id));
    assert_eq!(admin.submit(&enable, &[]).await.status, 200);
    let again = sign_in(&app.browser(), "doomed@example.eu", PASSWORD).await;
    assert_eq!(again.status, 303, "{}", again.text());
    let history = idp::audit::list(app.provider.store.as_ref(), &doomed.id)
        .await
        .unwrap();
    assert!(
        history
            .iter()
            .any(|e| e.what == "account disabled by an administrator")
    );
    assert!(
        history
            .iter()
            .any(|e| e.what == "account enabled by an administrator")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clients_and_keys_are_managed_from_the_console() {
    let app = spawn_app(Backend::Embedded).await;
    let admin = administrator(&app).await;
    let clients = admin.get("/admin/clients").await;
    let added = admin
        .submit(
            &clients,
            &[
                ("Client id", "new-app"),
                ("Name", "New application"),
                ("Redirect URIs", "https://new.example.eu/callback"),
            ],
        )
        .await;
    assert_eq!(added.status, 201, "{}", added.text());
    let secret = added.field_value("secret");
    let stored = idp::clients::get(app.provider.store.as_ref(), "new-app")
        .await
        .unwrap()
        .unwrap();
    let hash = |s: &str| idp::secrets::b64(&idp::secrets::sha256(s.as_bytes()));
    assert_eq!(stored.secret_hash.as_deref(), Some(hash(&secret).as_str()));

    // A redirect URI that is not https is refused with the reason; a good one is saved.
    let page = admin.get("/admin/clients/new-app").await;
    crate::access::shows_no_key(&page);
    assert!(
        page.text()
            .contains("New application: confidential (secret)"),
        "{}",
        page.text()
    );
    let bad = admin
        .submit(&page, &[("Redirect URIs", "http://evil.example.eu/cb")])
        .await;
    assert_eq!(bad.status, 422, "{}", bad.text());
    let good = admin
        .submit(
            &page,
            &[(
                "Redirect URIs",
                "https://new.example.eu/cb\nhttps://new.example.eu/cb2",
            )],
        )
        .await;
    assert_eq!(good.status, 200, "{}", good.text());
    let stored = idp::clients::get(app.provider.store.as_ref(), "new-app")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.redirect_uris.len(), 2);

    // Rotating the secret: a new one, shown once, replaces the old.
    let page = admin.get("/admin/clients/new-app").await;
    let rotate = page.form_with_action("/admin/clients/new-app/rotate-secret");
    let rotated = admin.submit(&rotate, &[]).await;
    let new_secret = rotated.field_value("secret");
    assert_ne!(new_secret, secret);
    let stored = idp::clients::get(app.provider.store.as_ref(), "new-app")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.secret_hash.as_deref(),
        Some(hash(&new_secret).as_str())
    );

    // A key rotation shows the new key, signing.
    let before = app.provider.keys.list(app.clock_now()).await.unwrap().len();
    let keys = admin.get("/admin/keys").await;
    crate::access::shows_no_key(&keys);
    assert!(keys.text().contains("signs"), "{}", keys.text());
    let rotated = admin.submit(&keys, &[("Algorithm", "ES256")]).await;
    assert_eq!(rotated.status, 200, "{}", rotated.text());
    assert_eq!(
        app.provider.keys.list(app.clock_now()).await.unwrap().len(),
        before + 1
    );

    // An edit racing a removal never brings the client back.
    let op = idp::admin::Operator::command_line();
    register(&app, |c| c.id = "gone-app".into()).await;
    assert!(
        app.provider
            .admin_remove_client(&op, "gone-app")
            .await
            .unwrap()
    );
    let edit = app
        .provider
        .admin_set_redirect_uris(&op, "gone-app", vec!["https://x.example.eu/cb".into()])
        .await
        .unwrap();
    assert!(edit.is_err());
    assert!(
        idp::clients::get(app.provider.store.as_ref(), "gone-app")
            .await
            .unwrap()
            .is_none()
    );

    // Removing the client.
    let page = admin.get("/admin/clients/new-app").await;
    let remove = page.form_with_action("/admin/clients/new-app/remove");
    assert_eq!(admin.submit(&remove, &[]).await.status, 200);
    assert!(
        idp::clients::get(app.provider.store.as_ref(), "new-app")
            .await
            .unwrap()
            .is_none()
    );
    let log = admin.get("/admin/log?q=new-app").await.text();
    for action in [
        "client added",
        "client redirect URIs changed",
        "client secret rotated",
        "client removed",
    ] {
        assert!(log.contains(action), "{action}: {log}");
    }
    assert!(!log.contains(&new_secret), "the log never holds a secret");
}
