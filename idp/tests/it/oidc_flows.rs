//! The interaction rules around the code flow: consent, prompt, max_age, step-up,
//! response modes, client authentication methods, logout (RP-initiated and back-channel),
//! and replicas behaving as one.

use std::sync::{Arc, Mutex};

use openidconnect::{AuthorizationCode, OAuth2TokenResponse, TokenResponse};
use serde_json::Value;

use crate::app::{Backend, Browser, TestApp, register_through_pages, sign_in, spawn_app};
use crate::rp::{PASSWORD, REDIRECT, follow, http, query_param, register, rp_for, start};

async fn signed_up(email: &str) -> TestApp {
    let app = spawn_app(Backend::Embedded).await;
    register_through_pages(&app, email, PASSWORD).await;
    app
}

/// Signs `browser` in and returns it.
async fn signed_in(app: &TestApp, email: &str) -> Browser {
    let browser = app.browser();
    assert_eq!(sign_in(&browser, email, PASSWORD).await.status, 303);
    browser
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn third_party_clients_ask_consent_which_is_remembered_and_can_be_withdrawn() {
    let app = signed_up("consent@example.eu").await;
    let (rp, client, _) = register(&app, |c| c.first_party = false).await;
    let browser = signed_in(&app, "consent@example.eu").await;

    // Deny: the client hears access_denied.
    let first = browser.get(&start(&rp, &["email"], None).url).await;
    assert!(
        first.location().starts_with("/authorize/consent"),
        "{}",
        first.location()
    );
    let page = browser.get(first.location()).await;
    assert!(
        page.text().contains("ERN-CPMS asks to use your account"),
        "{}",
        page.text()
    );
    assert!(page.text().contains("your e-mail address"));
    let fields = [
        ("csrf_token", page.hidden("csrf_token")),
        ("id", page.hidden("id")),
        ("decision", "deny".into()),
    ];
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let denied = browser.post("/authorize/consent", &borrowed).await;
    assert_eq!(
        query_param(denied.location(), "error").as_deref(),
        Some("access_denied")
    );

    // Allow once; the next request goes straight through.
    let back = follow(
        &browser,
        &start(&rp, &["email"], None).url,
        "consent@example.eu",
        PASSWORD,
    )
    .await;
    assert!(query_param(&back, "code").is_some());
    let again = browser.get(&start(&rp, &["email"], None).url).await;
    assert!(
        again.location().starts_with(REDIRECT),
        "consent remembered: {}",
        again.location()
    );
    // A wider request, or prompt=consent, asks again.
    let wider = browser
        .get(&start(&rp, &["email", "profile"], None).url)
        .await;
    assert!(wider.location().starts_with("/authorize/consent"));
    let forced = browser
        .get(&format!(
            "{}&prompt=consent",
            start(&rp, &["email"], None).url
        ))
        .await;
    assert!(forced.location().starts_with("/authorize/consent"));

    // Withdrawn in My account: asked again.
    let account = browser.get("/account").await;
    assert!(account.text().contains("Applications you allowed"));
    let withdraw_fields = [
        ("csrf_token", account.hidden("csrf_token")),
        ("client_id", client.id.clone()),
    ];
    let borrowed: Vec<(&str, &str)> = withdraw_fields
        .iter()
        .map(|(k, v)| (*k, v.as_str()))
        .collect();
    assert_eq!(
        browser
            .post("/account/applications/withdraw", &borrowed)
            .await
            .status,
        303
    );
    let after = browser.get(&start(&rp, &["email"], None).url).await;
    assert!(
        after.location().starts_with("/authorize/consent"),
        "{}",
        after.location()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prompt_none_login_and_max_age_are_honoured() {
    let app = signed_up("prompt@example.eu").await;
    let (rp, _, _) = register(&app, |_| {}).await;
    let stranger = app.browser();
    let none = stranger
        .get(&format!("{}&prompt=none", start(&rp, &[], None).url))
        .await;
    assert_eq!(
        query_param(none.location(), "error").as_deref(),
        Some("login_required")
    );

    let browser = signed_in(&app, "prompt@example.eu").await;
    let silent = browser
        .get(&format!("{}&prompt=none", start(&rp, &[], None).url))
        .await;
    assert!(
        query_param(silent.location(), "code").is_some(),
        "signed in: a code without any page"
    );

    let login = browser
        .get(&format!("{}&prompt=login", start(&rp, &[], None).url))
        .await;
    assert!(
        login.location().starts_with("/login?"),
        "prompt=login asks again: {}",
        login.location()
    );
    app.clock.advance(120);
    let stale = browser
        .get(&format!("{}&max_age=60", start(&rp, &[], None).url))
        .await;
    assert!(
        stale.location().starts_with("/login?"),
        "older than max_age: {}",
        stale.location()
    );
    let fresh_enough = browser
        .get(&format!("{}&max_age=600", start(&rp, &[], None).url))
        .await;
    assert!(query_param(fresh_enough.location(), "code").is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stronger_level_is_asked_for_never_silently_given_less() {
    let app = signed_up("stepup@example.eu").await;
    let (strict, _, _) = register(&app, |c| c.min_acr = Some(idp::clients::Acr::Substantial)).await;
    let browser = signed_in(&app, "stepup@example.eu").await;
    let step = browser.get(&start(&strict, &[], None).url).await;
    assert!(
        step.location().starts_with("/login/second-factor"),
        "{}",
        step.location()
    );
    let page = browser.get(step.location()).await;
    assert_eq!(page.status, 403);
    assert!(
        page.text().contains("requires a stronger sign-in"),
        "{}",
        page.text()
    );
    let none = browser
        .get(&format!("{}&prompt=none", start(&strict, &[], None).url))
        .await;
    assert_eq!(
        query_param(none.location(), "error").as_deref(),
        Some("interaction_required")
    );

    let (lenient, _, _) = register(&app, |_| {}).await;
    let asked = browser
        .get(&start(&lenient, &[], Some("substantial")).url)
        .await;
    assert!(
        asked.location().starts_with("/login/second-factor"),
        "acr_values raises the level"
    );
    let low = browser.get(&start(&lenient, &[], Some("low")).url).await;
    assert!(query_param(low.location(), "code").is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_requests_go_back_to_the_client_with_rfc_6749_codes() {
    let app = signed_up("errors@example.eu").await;
    let (rp, _, _) = register(&app, |_| {}).await;
    let browser = signed_in(&app, "errors@example.eu").await;
    let url = start(&rp, &[], None).url;
    for (from, to, expected) in [
        (
            "response_type=code",
            "response_type=token",
            "unsupported_response_type",
        ),
        ("scope=openid", "scope=profile", "invalid_scope"),
        (
            "response_type=code",
            "response_type=code&request=eyJ",
            "invalid_request_object",
        ),
        (
            "response_type=code",
            "response_type=code&response_mode=fragment",
            "invalid_request",
        ),
        (
            "response_type=code",
            "response_type=code&max_age=-1",
            "invalid_request",
        ),
    ] {
        let page = browser.get(&url.replacen(from, to, 1)).await;
        assert!(
            page.location().starts_with(REDIRECT),
            "{to}: {}",
            page.location()
        );
        assert_eq!(
            query_param(page.location(), "error").as_deref(),
            Some(expected),
            "{to}"
        );
        assert!(
            query_param(page.location(), "state").is_some(),
            "state passed through"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn form_post_answers_with_an_auto_submitted_form() {
    let app = signed_up("formpost@example.eu").await;
    let (rp, _, _) = register(&app, |_| {}).await;
    let browser = signed_in(&app, "formpost@example.eu").await;
    let page = browser
        .get(&format!(
            "{}&response_mode=form_post",
            start(&rp, &[], None).url
        ))
        .await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains(&format!("action=\"{REDIRECT}\"")),
        "{}",
        page.body
    );
    assert!(!page.hidden("code").is_empty() && !page.hidden("state").is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn client_secret_post_and_public_clients_redeem_codes() {
    let app = signed_up("methods@example.eu").await;
    let browser = signed_in(&app, "methods@example.eu").await;
    let (rp, client, secret) = register(&app, |_| {}).await;
    let started = start(&rp, &[], None);
    let code = query_param(browser.get(&started.url).await.location(), "code").unwrap();
    let response = reqwest::Client::new()
        .post(format!("{}/token", app.base))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", started.verifier.secret()),
            ("client_id", &client.id),
            ("client_secret", secret.as_deref().unwrap()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "client_secret_post");
    assert_eq!(response.headers().get("cache-control").unwrap(), "no-store");

    let (public_rp, _, _) = register(&app, |c| c.public = true).await;
    let started = start(&public_rp, &[], None);
    let code = query_param(browser.get(&started.url).await.location(), "code").unwrap();
    let tokens = public_rp
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .expect("public client with PKCE");
    assert!(tokens.id_token().is_some());
}

/// Records every logout token POSTed to it.
async fn backchannel_receiver() -> (String, Arc<Mutex<Vec<String>>>) {
    let received = Arc::new(Mutex::new(Vec::new()));
    let store = received.clone();
    let app = axum::Router::new().route(
        "/backchannel",
        axum::routing::post(move |body: String| {
            let store = store.clone();
            async move {
                store.lock().unwrap().push(body);
                "ok"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/backchannel", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, received)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rp_initiated_logout_ends_the_session_and_tells_every_client_over_the_back_channel() {
    let app = signed_up("logout@example.eu").await;
    let (receiver, received) = backchannel_receiver().await;
    let (rp, client, _) =
        register(&app, |c| c.backchannel_logout_uri = Some(receiver.clone())).await;
    let browser = signed_in(&app, "logout@example.eu").await;
    let started = start(&rp, &[], None);
    let code = query_param(browser.get(&started.url).await.location(), "code").unwrap();
    let tokens = rp
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .unwrap();
    let id_token = tokens.id_token().unwrap().to_string();
    let sid = {
        let claims: Value = serde_json::from_slice(
            &idp::secrets::from_b64(id_token.split('.').nth(1).unwrap()).unwrap(),
        )
        .unwrap();
        claims["sid"].as_str().unwrap().to_owned()
    };

    let evil = browser.get(&format!("/logout?id_token_hint={id_token}&post_logout_redirect_uri=https%3A%2F%2Fevil.example%2F")).await;
    assert_eq!(evil.status, 400, "unregistered post_logout_redirect_uri");
    assert_eq!(
        browser.get("/account").await.status,
        200,
        "a GET alone signs nobody out"
    );

    // Without the ID token, the person confirms; a GET alone signs nobody out.
    let confirm = browser
        .get(&format!("/logout?client_id={}&post_logout_redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fsigned-out&state=bye", client.id))
        .await;
    assert_eq!(confirm.status, 200);
    assert!(
        confirm.text().contains("ERN-CPMS asks to sign you out"),
        "{}",
        confirm.text()
    );
    assert_eq!(browser.get("/account").await.status, 200);
    // The application holding this session's ID token asks by POST (RP-Initiated Logout
    // section 2): signed out at once, back to the registered address with the state.
    let done = browser
        .post(
            "/logout",
            &[
                ("id_token_hint", id_token.as_str()),
                ("post_logout_redirect_uri", "http://127.0.0.1:9/signed-out"),
                ("state", "bye"),
            ],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.text());
    assert_eq!(done.location(), "http://127.0.0.1:9/signed-out?state=bye");
    assert_eq!(browser.get("/account").await.status, 303, "signed out");

    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while received.lock().unwrap().is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "no logout token arrived"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let body = received.lock().unwrap()[0].clone();
    let token = serde_urlencoded::from_str::<Vec<(String, String)>>(&body)
        .unwrap()
        .into_iter()
        .find(|(k, _)| k == "logout_token")
        .unwrap()
        .1;
    let claims: serde_json::Value = idp::jwt::verify(
        &app.provider.keys,
        &token,
        "logout+jwt",
        app.clock_now(),
        false,
    )
    .await
    .expect("signed by us");
    assert_eq!(claims["aud"], client.id);
    assert_eq!(claims["sid"], sid);
    assert!(claims["events"]["http://schemas.openid.net/event/backchannel-logout"].is_object());
    assert!(
        claims.get("nonce").is_none(),
        "logout tokens carry no nonce"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_on_one_redis_issue_redeem_rotate_as_one() {
    let a = spawn_app(Backend::Redis).await;
    register_through_pages(&a, "replica@example.eu", PASSWORD).await;
    let b = a.replica().await;
    let (rp_a, client, secret) = register(&a, |_| {}).await;
    let rp_b = rp_for(&b, &client.id, secret).await;

    // Code issued by A, redeemed at B.
    let started = start(&rp_a, &[], None);
    let back = follow(&a.browser(), &started.url, "replica@example.eu", PASSWORD).await;
    let tokens = rp_b
        .exchange_code(AuthorizationCode::new(query_param(&back, "code").unwrap()))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .expect("B redeems A's code");
    // A refresh token rotated at A is dead at B.
    let old = tokens.refresh_token().unwrap().clone();
    let rotated = rp_a
        .exchange_refresh_token(&old)
        .unwrap()
        .request_async(&http())
        .await
        .expect("rotated at A");
    // Its successor used too, so the old one is no retry but a stolen copy.
    rp_a.exchange_refresh_token(rotated.refresh_token().unwrap())
        .unwrap()
        .request_async(&http())
        .await
        .expect("rotated again at A");
    assert!(
        rp_b.exchange_refresh_token(&old)
            .unwrap()
            .request_async(&http())
            .await
            .is_err(),
        "dead at B"
    );

    // A key rotated on A is served by B, and B signs with it.
    let new_kid = a
        .provider
        .keys
        .rotate(idp::keys::Alg::RS256, a.clock_now())
        .await
        .unwrap();
    // B reads the key set again within `KEYS_FRESH` (it serves it from memory).
    let deadline = std::time::Instant::now() + idp::keys::KEYS_FRESH * 3;
    let jwks: Value = loop {
        let jwks: Value = reqwest::get(format!("{}/jwks", b.base))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        if jwks.to_string().contains(&new_kid) || std::time::Instant::now() > deadline {
            break jwks;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    };
    let kids: Vec<&str> = jwks["keys"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|k| k["kid"].as_str())
        .collect();
    assert!(kids.contains(&new_kid.as_str()), "B publishes the new key");
    assert!(
        kids.len() >= 4,
        "the rotated-out key stays published: {kids:?}"
    );
    let rp_b2 = rp_for(&b, &client.id, None).await;
    let _ = rp_b2;
    let started = start(&rp_b, &[], None);
    let back = follow(&b.browser(), &started.url, "replica@example.eu", PASSWORD).await;
    let tokens = rp_b
        .exchange_code(AuthorizationCode::new(query_param(&back, "code").unwrap()))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .unwrap();
    let header: Value = serde_json::from_slice(
        &idp::secrets::from_b64(
            tokens
                .id_token()
                .unwrap()
                .to_string()
                .split('.')
                .next()
                .unwrap(),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(header["kid"], new_kid, "B signs with the key rotated on A");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rotated_out_key_is_published_until_its_tokens_have_expired() {
    let app = spawn_app(Backend::Embedded).await;
    let kids = |jwks: &Value| -> Vec<String> {
        jwks["keys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["kid"].as_str().unwrap().to_owned())
            .collect()
    };
    let before = kids(&app.provider.keys.jwks(app.clock_now()).await.unwrap());
    let new = app
        .provider
        .keys
        .rotate(idp::keys::Alg::RS256, app.clock_now())
        .await
        .unwrap();
    let old: Vec<String> = before
        .iter()
        .filter(|k| k.starts_with("rs256-"))
        .cloned()
        .collect();
    app.clock.advance(10 * 60);
    let during = kids(&app.provider.keys.jwks(app.clock_now()).await.unwrap());
    assert!(
        old.iter().all(|k| during.contains(k)) && during.contains(&new),
        "old key still published"
    );
    app.clock.advance(6 * 60);
    let after = kids(&app.provider.keys.jwks(app.clock_now()).await.unwrap());
    assert!(
        old.iter().all(|k| !after.contains(k)),
        "gone once every token it signed has expired"
    );
    assert!(after.contains(&new));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn codes_expire_after_a_minute_and_the_sign_in_names_the_application() {
    let app = signed_up("expiry@example.eu").await;
    let (rp, _, _) = register(&app, |_| {}).await;
    let browser = app.browser();
    let started = start(&rp, &[], None);
    let to_login = browser.get(&started.url).await;
    let login = browser.get(to_login.location()).await;
    assert!(
        login
            .text()
            .contains("ERN-CPMS requires you to authenticate"),
        "{}",
        login.text()
    );
    let back = follow(&browser, &started.url, "expiry@example.eu", PASSWORD).await;
    app.clock.advance(61);
    let late = rp
        .exchange_code(AuthorizationCode::new(query_param(&back, "code").unwrap()))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await;
    assert!(format!("{late:?}").contains("invalid_grant"), "{late:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn display_my_sessions_lists_browsers_and_applications_and_ends_them() {
    let app = signed_up("sessions@example.eu").await;
    let (rp, _, _) = register(&app, |_| {}).await;
    let here = signed_in(&app, "sessions@example.eu").await;
    let there = app.browser();
    let other_ua = reqwest::Client::builder()
        .cookie_provider(there.jar.clone())
        .redirect(reqwest::redirect::Policy::none())
        .user_agent("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36")
        .build()
        .unwrap();
    let there = Browser {
        base: there.base,
        client: other_ua,
        jar: there.jar,
    };
    assert_eq!(
        sign_in(&there, "sessions@example.eu", PASSWORD)
            .await
            .status,
        303
    );
    // An application is listed once it holds the session's tokens, not at the code.
    let started = start(&rp, &[], None);
    let back = there.get(&started.url).await.location().to_owned();
    let listed = |page: &str| page.contains("ERN-CPMS");
    assert!(!listed(&here.get("/account/sessions").await.text()));
    crate::rp::redeem(&rp, started.verifier, &back).await;

    let page = here.get("/account/sessions").await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("(this browser)"), "{text}");
    assert!(text.contains("Chrome on Linux"), "{text}");
    assert!(
        text.contains("ERN-CPMS"),
        "the application the other session signed in to: {text}"
    );

    // Another account cannot end this account's sessions.
    let stranger_app_user = app.registered_user("stranger@example.eu", PASSWORD).await;
    let sid = page
        .body
        .split("name=\"sid\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let stranger_page = stranger_app_user.get("/account/sessions").await;
    let attempt = stranger_app_user
        .post(
            "/account/sessions/end",
            &[
                ("csrf_token", &stranger_page.hidden("csrf_token")),
                ("sid", &sid),
            ],
        )
        .await;
    assert!(attempt.text().contains("already ended"));
    assert_eq!(there.get("/account").await.status, 200, "still signed in");

    let ended = here.submit(&page.form_with_field("sid"), &[]).await;
    assert!(
        ended.text().contains("The session has been ended"),
        "{}",
        ended.text()
    );
    assert_eq!(
        there.get("/account").await.status,
        303,
        "the other browser is signed out"
    );
    assert_eq!(here.get("/account").await.status, 200, "this one is not");
}

/// The claims of an ID token (not verified: the tests above verify them).
fn id_claims(id_token: &str) -> Value {
    serde_json::from_slice(&idp::secrets::from_b64(id_token.split('.').nth(1).unwrap()).unwrap())
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_in_again_for_another_application_logs_nobody_out() {
    let app = signed_up("again@example.eu").await;
    let (receiver, received) = backchannel_receiver().await;
    let (rp_a, _, _) = register(&app, |c| c.backchannel_logout_uri = Some(receiver.clone())).await;
    let (rp_b, _, _) = register(&app, |_| {}).await;
    let browser = signed_in(&app, "again@example.eu").await;

    // Application A: signed in, with a refresh token bound to the session.
    let started = start(&rp_a, &[], None);
    let code = query_param(browser.get(&started.url).await.location(), "code").unwrap();
    let a = rp_a
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .unwrap();
    let a_claims = id_claims(&a.id_token().unwrap().to_string());

    // Application B asks the same browser to sign in again (prompt=login).
    app.clock.advance(5);
    let started = start(&rp_b, &[], None);
    let to_login = browser.get(&format!("{}&prompt=login", started.url)).await;
    let back = follow(
        &browser,
        &format!("{}{}", app.base, to_login.location()),
        "again@example.eu",
        PASSWORD,
    )
    .await;
    let b = rp_b
        .exchange_code(AuthorizationCode::new(query_param(&back, "code").unwrap()))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .unwrap();
    let b_claims = id_claims(&b.id_token().unwrap().to_string());
    assert!(
        b_claims["auth_time"].as_i64() > a_claims["auth_time"].as_i64(),
        "a fresh authentication: {b_claims}"
    );
    assert_eq!(
        b_claims["sid"], a_claims["sid"],
        "the same single sign-on session"
    );

    // A is told nothing and keeps working.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(
        received.lock().unwrap().is_empty(),
        "no back-channel logout for a re-authentication"
    );
    assert!(
        rp_a.exchange_refresh_token(a.refresh_token().unwrap())
            .unwrap()
            .request_async(&http())
            .await
            .is_ok(),
        "A's session-bound refresh token lives on"
    );
    // And the browser is still signed in, under a new cookie value.
    assert_eq!(browser.get("/account").await.status, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_logout_confirmed_on_our_page_returns_to_the_application() {
    let app = signed_up("confirm-logout@example.eu").await;
    let (_, client, _) = register(&app, |_| {}).await;
    let browser = signed_in(&app, "confirm-logout@example.eu").await;
    // Another session's ID token (or none) never signs this browser out by itself.
    let confirm = browser
        .get(&format!("/logout?client_id={}&post_logout_redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fsigned-out&state=s1", client.id))
        .await;
    assert_eq!(confirm.status, 200);
    let done = browser.submit(&confirm, &[]).await;
    assert_eq!(done.location(), "http://127.0.0.1:9/signed-out?state=s1");
    assert_eq!(browser.get("/account").await.status, 303);
    // A cross-site POST without our CSRF token and without an ID token only asks.
    let again = signed_in(&app, "confirm-logout@example.eu").await;
    let asked = again
        .post("/logout", &[("client_id", client.id.as_str())])
        .await;
    assert_eq!(asked.status, 200, "{}", asked.text());
    assert!(asked.text().contains("sign you out"), "{}", asked.text());
    assert_eq!(again.get("/account").await.status, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_applications_get_cors_for_their_own_origins_only() {
    const SPA: &str = "https://spa.example.eu";
    const EVIL: &str = "https://evil.example";
    let app = signed_up("spa@example.eu").await;
    let (rp, client, _) = register(&app, |c| {
        c.public = true;
        c.web_origins = vec![SPA.into()];
    })
    .await;
    let browser = signed_in(&app, "spa@example.eu").await;
    let started = start(&rp, &[], None);
    let code = query_param(browser.get(&started.url).await.location(), "code").unwrap();
    let http = reqwest::Client::new();
    let acao = |r: &reqwest::Response| {
        r.headers()
            .get("access-control-allow-origin")
            .map(|v| v.to_str().unwrap().to_owned())
    };

    // Public documents: any origin.
    for path in ["/.well-known/openid-configuration", "/jwks"] {
        let r = http
            .get(format!("{}{path}", app.base))
            .header("origin", EVIL)
            .send()
            .await
            .unwrap();
        assert_eq!(acao(&r).as_deref(), Some("*"), "{path}");
    }
    // Preflight: the registered origin only.
    for path in ["/token", "/userinfo", "/revoke"] {
        let preflight = |origin: &'static str| {
            http.request(reqwest::Method::OPTIONS, format!("{}{path}", app.base))
                .header("origin", origin)
                .header("access-control-request-method", "POST")
                .send()
        };
        let ok = preflight(SPA).await.unwrap();
        assert_eq!(ok.status(), 204, "{path}");
        assert_eq!(acao(&ok).as_deref(), Some(SPA), "{path}");
        let refused = preflight(EVIL).await.unwrap();
        assert_eq!(refused.status(), 403, "{path}");
        assert!(acao(&refused).is_none(), "{path}");
    }
    // The token answer is readable by the client's origin, not another's.
    let token = |origin: &'static str, code: String, verifier: String| {
        http.post(format!("{}/token", app.base))
            .header("origin", origin)
            .form(&[
                ("grant_type", "authorization_code".to_owned()),
                ("code", code),
                ("redirect_uri", REDIRECT.to_owned()),
                ("client_id", client.id.clone()),
                ("code_verifier", verifier),
            ])
            .send()
    };
    let answer = token(SPA, code, started.verifier.secret().clone())
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    assert_eq!(acao(&answer).as_deref(), Some(SPA));
    let body: Value = answer.json().await.unwrap();
    let access = body["access_token"].as_str().unwrap().to_owned();
    let elsewhere = token(EVIL, "whatever".into(), "x".repeat(43))
        .await
        .unwrap();
    assert!(acao(&elsewhere).is_none());
    for origin in [SPA, EVIL] {
        let r = http
            .get(format!("{}/userinfo", app.base))
            .header("origin", origin)
            .bearer_auth(&access)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        assert_eq!(
            acao(&r).as_deref(),
            (origin == SPA).then_some(SPA),
            "{origin}"
        );
    }
    let revoked = http
        .post(format!("{}/revoke", app.base))
        .header("origin", SPA)
        .form(&[
            ("token", access.as_str()),
            ("client_id", client.id.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 200);
    assert_eq!(acao(&revoked).as_deref(), Some(SPA));
    // An origin with a path is refused at registration.
    assert!(idp::clients::check_origin("https://spa.example.eu/app").is_err());
    assert!(idp::clients::check_origin("http://evil.example").is_err());
    assert!(idp::clients::check_origin("http://127.0.0.1:3000").is_ok());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ui_locales_chooses_the_e_mail_language_of_an_account_created_on_the_way() {
    let app = spawn_app(Backend::Embedded).await;
    let (rp, _, _) = register(&app, |_| {}).await;
    for (ui_locales, expected) in [("xx fr-BE en", "fr"), ("de", "de"), ("zz", "en")] {
        let browser = app.browser();
        let url = format!(
            "{}&{}",
            start(&rp, &[], None).url,
            serde_urlencoded::to_string([("ui_locales", ui_locales)]).unwrap()
        );
        let to_login = browser.get(&url).await;
        let login = browser.get(to_login.location()).await;
        let href = login
            .body
            .split("href=\"")
            .find(|h| h.starts_with("/register"))
            .and_then(|h| h.split('"').next())
            .unwrap()
            .to_owned();
        assert!(href.starts_with("/register?next="), "{href}");
        let page = browser.get(&href).await;
        assert!(
            page.body
                .contains(&format!("<option value=\"{expected}\" selected>")),
            "{ui_locales}: {}",
            page.body
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discovery_and_jwks_come_from_memory_with_entity_tags() {
    let app = spawn_app(Backend::Embedded).await;
    let client = reqwest::Client::new();
    for path in ["/.well-known/openid-configuration", "/jwks"] {
        let first = client
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(first.status(), 200);
        assert_eq!(first.headers()["cache-control"], "public, max-age=60");
        assert_eq!(first.headers()["access-control-allow-origin"], "*");
        // A shared cache may keep it: no cookie rides on a public document.
        assert!(
            first.headers().get("set-cookie").is_none(),
            "{path}: {:?}",
            first.headers().get("set-cookie")
        );
        let etag = first.headers()["etag"].to_str().unwrap().to_owned();
        let again = client
            .get(format!("{}{path}", app.base))
            .header("If-None-Match", &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304, "{path}");
    }
    // A rotation changes the JWKS, and its tag.
    let before = client
        .get(format!("{}/jwks", app.base))
        .send()
        .await
        .unwrap();
    let old_tag = before.headers()["etag"].to_str().unwrap().to_owned();
    app.provider
        .keys
        .rotate(idp::keys::Alg::ES256, app.clock_now())
        .await
        .unwrap();
    let after = client
        .get(format!("{}/jwks", app.base))
        .header("If-None-Match", &old_tag)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), 200);
    assert_ne!(after.headers()["etag"].to_str().unwrap(), old_tag);
}
