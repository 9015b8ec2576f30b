//! Pairwise subjects and the FAPI 2.0 client profile, over real HTTP.

use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

use crate::app::{Backend, Browser, TestApp, spawn_app, spawn_app_with};
use crate::jose::{ClientKey, JWT_BEARER, claims, header, jti, post_form};
use crate::rp::{OidcClient, PASSWORD, REDIRECT, follow, query_param, register, start};

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

/// Signs `browser` in to `rp` and redeems the code with the client's secret.
async fn tokens_with_secret(
    app: &TestApp,
    browser: &Browser,
    rp: &OidcClient,
    client_id: &str,
    secret: &str,
    email: &str,
) -> Value {
    let started = start(rp, &["email"], None);
    let back = follow(browser, &started.url, email, PASSWORD).await;
    let code = query_param(&back, "code").unwrap_or_else(|| panic!("{back}"));
    let (status, _, body) = post_form(
        app,
        "/token",
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", started.verifier.secret()),
            ("client_id", client_id),
            ("client_secret", secret),
        ],
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    body
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pairwise_subjects_differ_across_sectors_and_still_reach_the_account() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "pairwise@example.eu";
    let browser = app.registered_user(email, PASSWORD).await;
    let account_id = idp::accounts::find_by_email(app.provider.store.as_ref(), email)
        .await
        .unwrap()
        .unwrap()
        .id;
    let (receiver, received) = backchannel_receiver().await;
    let mut subs = Vec::new();
    let mut sids = Vec::new();
    let mut id_tokens = Vec::new();
    for (pairwise, sector) in [
        (true, None),
        (true, None),
        (true, Some("other-sector.example")),
        (false, None),
    ] {
        let (rp, client, secret) = register(&app, |c| {
            c.pairwise = pairwise;
            c.sector = sector.map(str::to_owned);
            c.backchannel_logout_uri = Some(receiver.clone());
        })
        .await;
        let secret = secret.unwrap();
        let tokens = tokens_with_secret(&app, &browser, &rp, &client.id, &secret, email).await;
        let sub = claims(tokens["id_token"].as_str().unwrap())["sub"]
            .as_str()
            .unwrap()
            .to_owned();
        let access = tokens["access_token"].as_str().unwrap();
        assert_eq!(
            claims(access)["sub"].as_str(),
            Some(sub.as_str()),
            "the access token says the same"
        );
        let sid = claims(tokens["id_token"].as_str().unwrap())["sid"]
            .as_str()
            .unwrap()
            .to_owned();
        assert_eq!(claims(access)["sid"].as_str(), Some(sid.as_str()));
        sids.push((client.id.clone(), sid));
        id_tokens.push(tokens["id_token"].as_str().unwrap().to_owned());
        // userinfo finds the account behind the pairwise subject and answers with it.
        let info: Value = reqwest::Client::new()
            .get(format!("{}/userinfo", app.base))
            .bearer_auth(access)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(info["sub"].as_str(), Some(sub.as_str()), "{info}");
        assert_eq!(info["email"].as_str(), Some(email));
        subs.push(sub);
    }
    assert_eq!(
        subs[0], subs[1],
        "one sector (the redirect URIs' host), one subject"
    );
    assert_ne!(subs[0], subs[2], "another sector cannot correlate");
    assert_ne!(subs[0], account_id);
    assert_eq!(
        subs[3], account_id,
        "a public-subject client sees the account id"
    );
    // The session id would link the person across sectors as well as `sub` would: a
    // pairwise client sees the sid of its sector.
    assert_eq!(sids[0].1, sids[1].1, "one sector, one sid");
    assert_ne!(
        sids[0].1, sids[2].1,
        "another sector cannot correlate by sid"
    );
    assert_ne!(sids[0].1, sids[3].1);
    assert_ne!(sids[2].1, sids[3].1);

    // The pairwise sid comes back in an id_token_hint and still names this session:
    // signed out at once, no second question.
    let done = browser
        .post(
            "/logout",
            &[
                ("id_token_hint", id_tokens[2].as_str()),
                ("post_logout_redirect_uri", "http://127.0.0.1:9/signed-out"),
            ],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.text());
    assert_eq!(done.location(), "http://127.0.0.1:9/signed-out");
    assert_eq!(browser.get("/account").await.status, 303, "signed out");
    // Each client's logout token carries the sid that client was given.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while received.lock().unwrap().len() < 4 {
        assert!(
            std::time::Instant::now() < deadline,
            "logout tokens missing"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    for body in received.lock().unwrap().iter() {
        let token = serde_urlencoded::from_str::<Vec<(String, String)>>(body)
            .unwrap()
            .into_iter()
            .find(|(k, _)| k == "logout_token")
            .unwrap()
            .1;
        let claims = claims(&token);
        let expected = sids
            .iter()
            .find(|(id, _)| claims["aud"] == json!(id))
            .unwrap();
        assert_eq!(
            claims["sid"].as_str(),
            Some(expected.1.as_str()),
            "{claims}"
        );
    }

    // Deleting the account removes what maps its pairwise subjects back to it.
    let sector_keys: Vec<String> = [("127.0.0.1", &subs[0]), ("other-sector.example", &subs[2])]
        .iter()
        .map(|(sector, sub)| {
            idp::store::keys::pairwise_subject(&idp::secrets::token_hash(sector), sub)
        })
        .collect();
    let store = app.provider.store.as_ref();
    for key in &sector_keys {
        assert!(store.get(key).await.unwrap().is_some(), "{key}");
    }
    crate::app::delete_through_pages(&browser, email, PASSWORD).await;
    for key in &sector_keys {
        assert!(
            store.get(key).await.unwrap().is_none(),
            "{key} outlived the account"
        );
    }

    // A pairwise client whose redirect URIs span hosts must say which sector it is in.
    let spread = idp::clients::add(
        app.provider.store.as_ref(),
        idp::clients::NewClient {
            id: "spread".into(),
            redirect_uris: vec!["https://a.example/cb".into(), "https://b.example/cb".into()],
            pairwise: true,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert!(spread.unwrap_err().contains("--sector"));
}

fn fapi_client(key: &ClientKey) -> impl FnOnce(&mut idp::clients::NewClient) {
    let jwks = ClientKey::jwks(&[key]);
    move |c| {
        c.fapi2 = true;
        c.jwks = Some(jwks);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fapi2_client_gets_tokens_only_the_fapi2_way() {
    let app = spawn_app_with(Backend::Embedded, |c| c.authorization_code_seconds = 300).await;
    let key = ClientKey::es256("fapi");
    let app_ref = &app;
    let store = app.provider.store.as_ref();
    for (why, adjust) in [
        (
            "no keys",
            Box::new(|c: &mut idp::clients::NewClient| c.fapi2 = true) as Box<dyn FnOnce(&mut _)>,
        ),
        (
            "RS256",
            Box::new(|c: &mut idp::clients::NewClient| {
                fapi_client(&ClientKey::es256("x"))(c);
                c.signing_alg = Some(idp::keys::Alg::RS256);
            }),
        ),
        (
            "PKCE optional",
            Box::new(|c: &mut idp::clients::NewClient| {
                fapi_client(&ClientKey::es256("x"))(c);
                c.pkce_optional = true;
            }),
        ),
    ] {
        let mut new = idp::clients::NewClient {
            id: crate::support::unique("weak-"),
            redirect_uris: vec![REDIRECT.into()],
            ..Default::default()
        };
        adjust(&mut new);
        assert!(
            idp::clients::add(store, new).await.unwrap().is_err(),
            "{why}"
        );
    }

    let (rp, client, secret) = register(&app, fapi_client(&key)).await;
    assert!(secret.is_none());
    assert!(client.require_par && client.require_dpop);
    assert_eq!(client.signing_alg, idp::keys::Alg::ES256);
    let email = "fapi@example.eu";
    let browser = app.registered_user(email, PASSWORD).await;

    // Not pushed: refused.
    let plain = browser.get(&start(&rp, &[], None).url).await;
    assert_eq!(
        query_param(plain.location(), "error").as_deref(),
        Some("invalid_request")
    );

    // Pushed with private_key_jwt and a DPoP proof (after the nonce round trip).
    let started = start(&rp, &[], None);
    let params: Vec<(String, String)> =
        serde_urlencoded::from_str(started.url.split_once('?').unwrap().1).unwrap();
    let push = |proof: String| {
        let assertion = key.assertion(&app, &client.id, &app.base);
        let mut form = params.clone();
        form.push(("client_assertion_type".into(), JWT_BEARER.into()));
        form.push(("client_assertion".into(), assertion));
        async move {
            let pairs: Vec<(&str, &str)> =
                form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            post_form(app_ref, "/par", &pairs, Some(&proof)).await
        }
    };
    let par_url = format!("{}/par", app.base);
    // FAPI 2.0 (5.3.2.1) and the RFC 7523 update: the assertion's audience is the issuer
    // as a single string; an endpoint's URL or an array is refused.
    for (why, aud) in [
        ("the token endpoint", json!(format!("{}/token", app.base))),
        ("the PAR endpoint", json!(par_url)),
        ("an array", json!([app.base])),
    ] {
        let now = app.provider.now();
        let assertion = key.sign(
            None,
            true,
            false,
            &json!({"iss": client.id, "sub": client.id, "aud": aud, "jti": jti(), "iat": now, "exp": now + 60}),
        );
        let mut form = params.clone();
        form.push(("client_assertion_type".into(), JWT_BEARER.into()));
        form.push(("client_assertion".into(), assertion));
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let nonce = app.provider.dpop_nonce();
        let proof = key.proof(&app, "POST", &par_url, Some(&nonce), None);
        let (status, _, body) = post_form(&app, "/par", &pairs, Some(&proof)).await;
        assert_eq!(
            (status, body["error"].as_str()),
            (401, Some("invalid_client")),
            "{why}: {body}"
        );
    }
    let (status, headers, body) = push(key.proof(&app, "POST", &par_url, None, None)).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("use_dpop_nonce")),
        "{body}"
    );
    let nonce = headers["dpop-nonce"].to_str().unwrap().to_owned();
    let (status, _, pushed) = push(key.proof(&app, "POST", &par_url, Some(&nonce), None)).await;
    assert_eq!(status, 201, "{pushed}");
    let url = format!(
        "{}/authorize?{}",
        app.base,
        serde_urlencoded::to_string([
            ("client_id", client.id.as_str()),
            ("request_uri", pushed["request_uri"].as_str().unwrap()),
        ])
        .unwrap()
    );
    let back = follow(&browser, &url, email, PASSWORD).await;
    assert_eq!(
        query_param(&back, "iss").as_deref(),
        Some(app.base.as_str()),
        "RFC 9207 iss"
    );
    let code = query_param(&back, "code").unwrap_or_else(|| panic!("{back}"));

    let token_url = format!("{}/token", app.base);
    let redeem = |with_proof: bool| {
        let assertion = key.assertion(&app, &client.id, &app.base);
        let proof = key.proof(&app, "POST", &token_url, Some(&nonce), None);
        let code = code.clone();
        let verifier = started.verifier.secret().clone();
        async move {
            let form = [
                ("grant_type", "authorization_code"),
                ("code", code.as_str()),
                ("redirect_uri", REDIRECT),
                ("code_verifier", verifier.as_str()),
                ("client_assertion_type", JWT_BEARER),
                ("client_assertion", assertion.as_str()),
            ];
            post_form(
                app_ref,
                "/token",
                &form,
                with_proof.then_some(proof.as_str()),
            )
            .await
        }
    };
    let (status, _, body) = redeem(false).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_dpop_proof")),
        "{body}"
    );
    // The code lives 60 seconds for this client, whatever the provider's setting (300).
    app.clock.advance(61);
    let (status, _, body) = redeem(true).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_grant")),
        "{body}"
    );
    assert!(
        body["error_description"]
            .as_str()
            .unwrap()
            .contains("expired"),
        "{body}"
    );

    // A fresh code, redeemed in time: ES256 ID token, DPoP-bound access token.
    let started = start(&rp, &[], None);
    let params: Vec<(String, String)> =
        serde_urlencoded::from_str(started.url.split_once('?').unwrap().1).unwrap();
    let nonce = app.provider.dpop_nonce();
    let assertion = key.assertion(&app, &client.id, &app.base);
    let mut form = params.clone();
    form.push(("client_assertion_type".into(), JWT_BEARER.into()));
    form.push(("client_assertion".into(), assertion));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let proof = key.proof(&app, "POST", &par_url, Some(&nonce), None);
    let (status, _, pushed) = post_form(&app, "/par", &pairs, Some(&proof)).await;
    assert_eq!(status, 201, "{pushed}");
    let url = format!(
        "{}/authorize?{}",
        app.base,
        serde_urlencoded::to_string([
            ("client_id", client.id.as_str()),
            ("request_uri", pushed["request_uri"].as_str().unwrap()),
        ])
        .unwrap()
    );
    let back = follow(&browser, &url, email, PASSWORD).await;
    let code = query_param(&back, "code").unwrap_or_else(|| panic!("{back}"));
    let assertion = key.assertion(&app, &client.id, &app.base);
    let proof = key.proof(&app, "POST", &token_url, Some(&nonce), None);
    let (status, _, tokens) = post_form(
        &app,
        "/token",
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", started.verifier.secret()),
            ("client_assertion_type", JWT_BEARER),
            ("client_assertion", &assertion),
        ],
        Some(&proof),
    )
    .await;
    assert_eq!(status, 200, "{tokens}");
    assert_eq!(
        header(tokens["id_token"].as_str().unwrap())["alg"],
        json!("ES256")
    );
    assert_eq!(tokens["token_type"], "DPoP");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fapi2_clients_token_is_used_at_userinfo_only_with_a_fapi_algorithm() {
    let app = spawn_app(Backend::Embedded).await;
    // One RSA key: PS256 is a FAPI algorithm, RS256 (PKCS#1 v1.5) is not.
    let key = ClientKey::rsa("fapi-rsa");
    let (rp, client, _) = register(&app, fapi_client(&key)).await;
    let email = "fapi-userinfo@example.eu";
    let browser = app.registered_user(email, PASSWORD).await;
    let started = start(&rp, &[], None);
    let mut form: Vec<(String, String)> =
        serde_urlencoded::from_str(started.url.split_once('?').unwrap().1).unwrap();
    form.push(("client_assertion_type".into(), JWT_BEARER.into()));
    form.push((
        "client_assertion".into(),
        key.assertion(&app, &client.id, &app.base),
    ));
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let nonce = app.provider.dpop_nonce();
    let proof = key.proof(
        &app,
        "POST",
        &format!("{}/par", app.base),
        Some(&nonce),
        None,
    );
    let (status, _, pushed) = post_form(&app, "/par", &pairs, Some(&proof)).await;
    assert_eq!(status, 201, "{pushed}");
    let url = format!(
        "{}/authorize?{}",
        app.base,
        serde_urlencoded::to_string([
            ("client_id", client.id.as_str()),
            ("request_uri", pushed["request_uri"].as_str().unwrap()),
        ])
        .unwrap()
    );
    let back = follow(&browser, &url, email, PASSWORD).await;
    let code = query_param(&back, "code").unwrap_or_else(|| panic!("{back}"));
    let assertion = key.assertion(&app, &client.id, &app.base);
    let proof = key.proof(
        &app,
        "POST",
        &format!("{}/token", app.base),
        Some(&nonce),
        None,
    );
    let (status, _, tokens) = post_form(
        &app,
        "/token",
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", started.verifier.secret()),
            ("client_assertion_type", JWT_BEARER),
            ("client_assertion", &assertion),
        ],
        Some(&proof),
    )
    .await;
    assert_eq!(
        (status, tokens["token_type"].as_str()),
        (200, Some("DPoP")),
        "{tokens}"
    );
    let access = tokens["access_token"].as_str().unwrap();
    let userinfo_url = format!("{}/userinfo", app.base);
    let userinfo = |proof: String| {
        let url = userinfo_url.clone();
        async move {
            let response = reqwest::Client::new()
                .get(url)
                .header("Authorization", format!("DPoP {access}"))
                .header("DPoP", proof)
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            (status, response.json::<Value>().await.unwrap())
        }
    };
    // The bound key itself, but signing RS256: not for this client.
    let rs256 = key.as_alg(jsonwebtoken::Algorithm::RS256);
    let (status, body) =
        userinfo(rs256.proof(&app, "GET", &userinfo_url, None, Some(access))).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (401, Some("invalid_dpop_proof")),
        "{body}"
    );
    let (status, body) = userinfo(key.proof(&app, "GET", &userinfo_url, None, Some(access))).await;
    assert_eq!(status, 200, "{body}");
}
