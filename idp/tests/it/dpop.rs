//! DPoP (RFC 9449) over real HTTP: tokens bound to the key that proved possession, the
//! nonce round trip, userinfo refusing a bound token as Bearer or with a proof for
//! another request, key or token, replayed proofs, and a code bound through PAR.

use serde_json::Value;

use serde_json::json;

use crate::app::{Backend, Browser, TestApp, spawn_app};
use crate::jose::{ClientKey, JWT_BEARER, claims, jti, post_form};
use crate::private_key_jwt::code_for;
use crate::rp::{OidcClient, PASSWORD, REDIRECT, follow, query_param, register, start};

/// A proof-carrying POST that does the nonce round trip: (status, body).
async fn with_nonce(
    app: &TestApp,
    key: &ClientKey,
    path: &str,
    form: &[(&str, &str)],
) -> (u16, Value) {
    let url = format!("{}{path}", app.base);
    let (status, headers, body) = post_form(
        app,
        path,
        form,
        Some(&key.proof(app, "POST", &url, None, None)),
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("use_dpop_nonce")),
        "{body}"
    );
    let nonce = headers["dpop-nonce"].to_str().unwrap().to_owned();
    let (status, _, body) = post_form(
        app,
        path,
        form,
        Some(&key.proof(app, "POST", &url, Some(&nonce), None)),
    )
    .await;
    (status, body)
}

/// A POST with a proof carrying the current nonce (no round trip): (status, body).
async fn proved(app: &TestApp, key: &ClientKey, path: &str, form: &[(&str, &str)]) -> (u16, Value) {
    let url = format!("{}{path}", app.base);
    let nonce = app.provider.dpop_nonce();
    let proof = key.proof(app, "POST", &url, Some(&nonce), None);
    let (status, _, body) = post_form(app, path, form, Some(&proof)).await;
    (status, body)
}

/// A code for `rp` through `browser` (signed in already or signing in): (code, verifier).
async fn new_code(browser: &Browser, rp: &OidcClient, email: &str) -> (String, String) {
    let started = start(rp, &[], None);
    let back = follow(browser, &started.url, email, PASSWORD).await;
    let code = query_param(&back, "code").unwrap_or_else(|| panic!("{back}"));
    (code, started.verifier.secret().clone())
}

/// Userinfo with this `Authorization` (and DPoP proof): status, challenge, body.
pub(crate) async fn userinfo(
    app: &TestApp,
    authorization: &str,
    dpop: Option<&str>,
) -> (u16, String, Value) {
    let mut request = reqwest::Client::new()
        .get(format!("{}/userinfo", app.base))
        .header("Authorization", authorization);
    if let Some(proof) = dpop {
        request = request.header("DPoP", proof);
    }
    let response = request.send().await.unwrap();
    let challenge = response
        .headers()
        .get_all("www-authenticate")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect::<Vec<_>>()
        .join(", ");
    let status = response.status().as_u16();
    (
        status,
        challenge,
        response.json().await.unwrap_or(Value::Null),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_are_bound_to_the_key_that_proved_possession() {
    let app = spawn_app(Backend::Embedded).await;
    let (rp, client, secret) = register(&app, |c| c.require_dpop = true).await;
    let secret = secret.unwrap();
    let key = ClientKey::es256("dpop");
    let thief = ClientKey::ed25519("thief");
    let (code, verifier) = code_for(&app, &rp, "dpop@example.eu", &["offline_access"]).await;
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("redirect_uri", REDIRECT),
        ("code_verifier", verifier.as_str()),
        ("client_id", client.id.as_str()),
        ("client_secret", secret.as_str()),
    ];
    let token_url = format!("{}/token", app.base);

    // This client gets nothing without a proof, nor with a malformed or misdirected one.
    let (status, headers, body) = post_form(&app, "/token", &form, None).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_dpop_proof")),
        "{body}"
    );
    let nonce = headers["dpop-nonce"].to_str().unwrap().to_owned();
    let now = app.provider.now();
    let proof = |typ: &str, htm: &str, htu: &str, iat: i64| {
        key.sign(
            Some(typ),
            false,
            true,
            &serde_json::json!({"jti": jti(), "htm": htm, "htu": htu, "iat": iat, "nonce": nonce}),
        )
    };
    for (why, bad) in [
        ("typ", proof("JWT", "POST", &token_url, now)),
        ("htm", proof("dpop+jwt", "GET", &token_url, now)),
        (
            "htu",
            proof("dpop+jwt", "POST", &format!("{}/par", app.base), now),
        ),
        ("iat", proof("dpop+jwt", "POST", &token_url, now - 600)),
        // Numbers from outside never overflow our arithmetic (a panic in a debug build).
        (
            "iat i64::MIN",
            proof("dpop+jwt", "POST", &token_url, i64::MIN),
        ),
        (
            "iat i64::MAX",
            proof("dpop+jwt", "POST", &token_url, i64::MAX),
        ),
        ("signature", {
            let good = proof("dpop+jwt", "POST", &token_url, now);
            let (head, _) = good.rsplit_once('.').unwrap();
            format!("{head}.AAAA")
        }),
    ] {
        let (status, _, body) = post_form(&app, "/token", &form, Some(&bad)).await;
        assert_eq!(
            (status, body["error"].as_str()),
            (400, Some("invalid_dpop_proof")),
            "{why}: {body}"
        );
    }

    // The nonce round trip, then DPoP-bound tokens.
    let (status, tokens) = with_nonce(&app, &key, "/token", &form).await;
    assert_eq!(status, 200, "{tokens}");
    assert_eq!(tokens["token_type"], "DPoP");
    let access = tokens["access_token"].as_str().unwrap().to_owned();
    assert_eq!(
        claims(&access)["cnf"]["jkt"].as_str(),
        Some(key.thumbprint().as_str())
    );

    // userinfo: a bound token is no Bearer token; the proof must be for this request,
    // this token, by the bound key, and new.
    let userinfo_url = format!("{}/userinfo", app.base);
    let dpop_auth = format!("DPoP {access}");
    let (status, challenge, body) = userinfo(&app, &format!("Bearer {access}"), None).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (401, Some("invalid_token")),
        "{body}"
    );
    // RFC 9449 7.2: the refusal of a bound token presented as Bearer says to use DPoP.
    assert!(
        challenge.contains("Bearer error=\"invalid_token\"") && challenge.contains("DPoP algs=\""),
        "{challenge}"
    );
    let (status, challenge, _) = userinfo(&app, &dpop_auth, None).await;
    assert_eq!(status, 401);
    assert!(
        challenge.starts_with("DPoP error=\"invalid_dpop_proof\""),
        "{challenge}"
    );
    for (why, bad, error) in [
        (
            "method",
            key.proof(&app, "POST", &userinfo_url, None, Some(&access)),
            "invalid_dpop_proof",
        ),
        (
            "url",
            key.proof(&app, "GET", &token_url, None, Some(&access)),
            "invalid_dpop_proof",
        ),
        (
            "no ath",
            key.proof(&app, "GET", &userinfo_url, None, None),
            "invalid_dpop_proof",
        ),
        (
            "other token",
            key.proof(&app, "GET", &userinfo_url, None, Some("another")),
            "invalid_dpop_proof",
        ),
        (
            "other key",
            thief.proof(&app, "GET", &userinfo_url, None, Some(&access)),
            "invalid_token",
        ),
    ] {
        let (status, challenge, body) = userinfo(&app, &dpop_auth, Some(&bad)).await;
        assert_eq!(
            (status, body["error"].as_str()),
            (401, Some(error)),
            "{why}: {body}"
        );
        assert!(challenge.starts_with("DPoP "), "{why}: {challenge}");
    }
    let good = key.proof(&app, "GET", &userinfo_url, None, Some(&access));
    let (status, _, body) = userinfo(&app, &dpop_auth, Some(&good)).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["email"].as_str(), None, "only the scopes asked for");
    let (status, _, body) = userinfo(&app, &dpop_auth, Some(&good)).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (401, Some("invalid_dpop_proof")),
        "a replayed proof: {body}"
    );

    // A confidential client's refresh token is not bound to the key (RFC 9449 5: the
    // client's authentication binds it already): it may refresh with a new key, and the
    // new access token is bound to that one. This client still needs a proof for it.
    let refresh = tokens["refresh_token"].as_str().unwrap();
    let refresh_form = [
        ("grant_type", "refresh_token"),
        ("refresh_token", refresh),
        ("client_id", client.id.as_str()),
        ("client_secret", secret.as_str()),
    ];
    let (status, _, body) = post_form(&app, "/token", &refresh_form, None).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_dpop_proof")),
        "--require-dpop: {body}"
    );
    let new_key = thief;
    let (status, body) = with_nonce(&app, &new_key, "/token", &refresh_form).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["token_type"], "DPoP");
    let access = body["access_token"].as_str().unwrap().to_owned();
    let new_refresh = body["refresh_token"].as_str().unwrap().to_owned();
    assert_eq!(
        claims(&access)["cnf"]["jkt"].as_str(),
        Some(new_key.thumbprint().as_str())
    );

    // Introspection tells a resource server which key the token is bound to, and says
    // nothing of a key where there is none (no "cnf": null).
    let introspect = |token: String| {
        let app = &app;
        let (id, secret) = (client.id.clone(), secret.clone());
        async move {
            post_form(
                app,
                "/introspect",
                &[
                    ("token", &token),
                    ("client_id", &id),
                    ("client_secret", &secret),
                ],
                None,
            )
            .await
        }
    };
    let (status, _, body) = introspect(access).await;
    assert_eq!(status, 200);
    assert_eq!(body["token_type"], "DPoP");
    assert_eq!(
        body["cnf"]["jkt"].as_str(),
        Some(new_key.thumbprint().as_str())
    );
    let (status, _, body) = introspect(new_refresh).await;
    assert_eq!(
        (status, body["active"].as_bool()),
        (200, Some(true)),
        "{body}"
    );
    assert!(body.get("cnf").is_none(), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_proof_at_par_binds_the_code_to_its_key() {
    let app = spawn_app(Backend::Embedded).await;
    let (rp, client, secret) = register(&app, |_| {}).await;
    let secret = secret.unwrap();
    let key = ClientKey::es256("par-key");
    let thief = ClientKey::es256("thief");
    let email = "dpop-par@example.eu";
    let browser = app.registered_user(email, crate::rp::PASSWORD).await;
    let started = crate::rp::start(&rp, &[], None);
    let params: Vec<(String, String)> =
        serde_urlencoded::from_str(started.url.split_once('?').unwrap().1).unwrap();
    let mut fields: Vec<(&str, &str)> = params
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    fields.push(("client_secret", &secret));
    let (status, pushed) = with_nonce(&app, &key, "/par", &fields).await;
    assert_eq!(status, 201, "{pushed}");
    let authorize = format!(
        "{}/authorize?{}",
        app.base,
        serde_urlencoded::to_string([
            ("client_id", client.id.as_str()),
            ("request_uri", pushed["request_uri"].as_str().unwrap()),
        ])
        .unwrap()
    );
    let back = crate::rp::follow(&browser, &authorize, email, crate::rp::PASSWORD).await;
    let code = crate::rp::query_param(&back, "code").unwrap_or_else(|| panic!("{back}"));
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("redirect_uri", REDIRECT),
        ("code_verifier", started.verifier.secret().as_str()),
        ("client_id", client.id.as_str()),
        ("client_secret", secret.as_str()),
    ];
    // A stolen code is useless without the key: not as Bearer, not with another key.
    let (status, _, body) = post_form(&app, "/token", &form, None).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_dpop_proof")),
        "{body}"
    );
    let (status, body) = with_nonce(&app, &thief, "/token", &form).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_grant")),
        "{body}"
    );
    let (status, body) = with_nonce(&app, &key, "/token", &form).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["token_type"], "DPoP");

    // A client that does not ask for DPoP still gets Bearer tokens without a proof.
    let discovery: Value = reqwest::get(format!("{}/.well-known/openid-configuration", app.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        discovery["dpop_signing_alg_values_supported"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "ES256")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_public_clients_refresh_token_is_bound_to_its_key() {
    let app = spawn_app(Backend::Embedded).await;
    let (rp, client, _) = register(&app, |c| c.public = true).await;
    let key = ClientKey::es256("public");
    let thief = ClientKey::ed25519("thief");
    let (code, verifier) = code_for(&app, &rp, "dpop-public@example.eu", &["offline_access"]).await;
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("redirect_uri", REDIRECT),
        ("code_verifier", verifier.as_str()),
        ("client_id", client.id.as_str()),
    ];
    let (status, tokens) = with_nonce(&app, &key, "/token", &form).await;
    assert_eq!(
        (status, tokens["token_type"].as_str()),
        (200, Some("DPoP")),
        "{tokens}"
    );
    // RFC 9449 5: a public client's refresh token is bound to the key; without a proof,
    // or with another key, it is worth nothing.
    let refresh_form = [
        ("grant_type", "refresh_token"),
        ("refresh_token", tokens["refresh_token"].as_str().unwrap()),
        ("client_id", client.id.as_str()),
    ];
    let (status, _, body) = post_form(&app, "/token", &refresh_form, None).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_dpop_proof")),
        "{body}"
    );
    let (status, body) = proved(&app, &thief, "/token", &refresh_form).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_grant")),
        "{body}"
    );
    let (status, body) = proved(&app, &key, "/token", &refresh_form).await;
    assert_eq!(
        (status, body["token_type"].as_str()),
        (200, Some("DPoP")),
        "{body}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_retry_after_a_lost_answer_keeps_the_dpop_key_of_the_first_exchange() {
    let app = spawn_app(Backend::Embedded).await;
    let (rp, client, secret) = register(&app, |_| {}).await;
    let secret = secret.unwrap();
    let email = "dpop-retry@example.eu";
    let browser = app.registered_user(email, PASSWORD).await;
    let k1 = ClientKey::es256("k1");
    let k2 = ClientKey::es256("k2");
    let code_form = |code: &str, verifier: &str| {
        vec![
            ("grant_type".to_owned(), "authorization_code".to_owned()),
            ("code".to_owned(), code.to_owned()),
            ("redirect_uri".to_owned(), REDIRECT.to_owned()),
            ("code_verifier".to_owned(), verifier.to_owned()),
            ("client_id".to_owned(), client.id.clone()),
            ("client_secret".to_owned(), secret.clone()),
        ]
    };
    let refresh_form = |refresh: &Value| {
        vec![
            ("grant_type".to_owned(), "refresh_token".to_owned()),
            (
                "refresh_token".to_owned(),
                refresh.as_str().unwrap().to_owned(),
            ),
            ("client_id".to_owned(), client.id.clone()),
            ("client_secret".to_owned(), secret.clone()),
        ]
    };
    let send = |key: Option<&ClientKey>, form: &Vec<(String, String)>| {
        let pairs: Vec<(String, String)> = form.clone();
        let key = key.cloned();
        let app = &app;
        async move {
            let pairs: Vec<(&str, &str)> = pairs
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            match key {
                Some(key) => proved(app, &key, "/token", &pairs).await,
                None => {
                    let (status, _, body) = post_form(app, "/token", &pairs, None).await;
                    (status, body)
                }
            }
        }
    };
    let refused = |(status, body): (u16, Value), why: &str| {
        assert_eq!(
            (status, body["error"].as_str()),
            (400, Some("invalid_grant")),
            "{why}: {body}"
        );
    };

    // An unbound code redeemed with K1, presented again within the minute with K2 or
    // with no proof: not the client retrying (it would repeat its request), so a
    // replay: refused, and what the first redemption issued is revoked.
    for second in [Some(&k2), None] {
        let (code, verifier) = new_code(&browser, &rp, email).await;
        let form = code_form(&code, &verifier);
        let (status, first) = send(Some(&k1), &form).await;
        assert_eq!(status, 200, "{first}");
        refused(send(second, &form).await, "the code again with another key");
        refused(
            send(Some(&k1), &refresh_form(&first["refresh_token"])).await,
            "what the first redemption issued",
        );
    }
    // Redeemed without a proof, presented again with one: the same.
    let (code, verifier) = new_code(&browser, &rp, email).await;
    let form = code_form(&code, &verifier);
    let (status, first) = send(None, &form).await;
    assert_eq!(
        (status, first["token_type"].as_str()),
        (200, Some("Bearer"))
    );
    refused(send(Some(&k1), &form).await, "the code again with a proof");

    // The same request again (same key) is a retry: fresh tokens.
    let (code, verifier) = new_code(&browser, &rp, email).await;
    let form = code_form(&code, &verifier);
    assert_eq!(send(Some(&k1), &form).await.0, 200);
    let (status, retried) = send(Some(&k1), &form).await;
    assert_eq!(status, 200, "a retry with the same key: {retried}");

    // Refresh tokens: a second presentation with another key, or without the proof the
    // first one had, kills the family; with the same key it is a retry.
    for second in [Some(&k2), None] {
        let (code, verifier) = new_code(&browser, &rp, email).await;
        let (_, tokens) = send(Some(&k1), &code_form(&code, &verifier)).await;
        let form = refresh_form(&tokens["refresh_token"]);
        let (status, rotated) = send(Some(&k1), &form).await;
        assert_eq!(status, 200, "{rotated}");
        refused(
            send(second, &form).await,
            "the refresh token again with another key",
        );
        refused(
            send(Some(&k1), &refresh_form(&rotated["refresh_token"])).await,
            "the family is revoked",
        );
    }
    let (status, rotated) = send(Some(&k1), &refresh_form(&retried["refresh_token"])).await;
    assert_eq!(status, 200, "{rotated}");
    let (status, again) = send(Some(&k1), &refresh_form(&retried["refresh_token"])).await;
    assert_eq!(status, 200, "a refresh retried with the same key: {again}");
    let (status, body) = send(Some(&k1), &refresh_form(&again["refresh_token"])).await;
    assert_eq!(status, 200, "the family lives: {body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_proof_at_par_binds_the_code_of_a_signed_request_object() {
    let app = spawn_app(Backend::Embedded).await;
    let client_key = ClientKey::es256("client");
    let (rp, client, _) = register(&app, |c| c.jwks = Some(ClientKey::jwks(&[&client_key]))).await;
    let key = ClientKey::es256("dpop");
    let thief = ClientKey::es256("thief");
    let email = "dpop-jar@example.eu";
    let browser = app.registered_user(email, PASSWORD).await;
    let started = start(&rp, &[], None);
    let params: Vec<(String, String)> =
        serde_urlencoded::from_str(started.url.split_once('?').unwrap().1).unwrap();
    let push = |params: &[(String, String)], proof_key: &ClientKey| {
        let object = client_key.request_object(&app, &client.id, &app.base, params);
        let assertion = client_key.assertion(&app, &client.id, &app.base);
        let (app, client_id, proof_key) = (&app, client.id.clone(), proof_key.clone());
        async move {
            let form = [
                ("client_id", client_id.as_str()),
                ("request", object.as_str()),
                ("client_assertion_type", JWT_BEARER),
                ("client_assertion", assertion.as_str()),
            ];
            proved(app, &proof_key, "/par", &form).await
        }
    };

    // A request object naming another key than the proof's: refused.
    let mut naming_thief = params.clone();
    naming_thief.push(("dpop_jkt".into(), thief.thumbprint()));
    let (status, body) = push(&naming_thief, &key).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_dpop_proof")),
        "{body}"
    );

    // The object's parameters replace the outer ones; the proof's key binds the code all
    // the same (RFC 9449 10.1).
    let (status, pushed) = push(&params, &key).await;
    assert_eq!(status, 201, "{pushed}");
    let authorize = format!(
        "{}/authorize?{}",
        app.base,
        serde_urlencoded::to_string([
            ("client_id", client.id.as_str()),
            ("request_uri", pushed["request_uri"].as_str().unwrap()),
        ])
        .unwrap()
    );
    let back = follow(&browser, &authorize, email, PASSWORD).await;
    let code = query_param(&back, "code").unwrap_or_else(|| panic!("{back}"));
    let redeem = |proof_key: Option<&ClientKey>| {
        let assertion = client_key.assertion(&app, &client.id, &app.base);
        let (app, code, verifier) = (&app, code.clone(), started.verifier.secret().clone());
        let proof_key = proof_key.cloned();
        async move {
            let form = [
                ("grant_type", "authorization_code"),
                ("code", code.as_str()),
                ("redirect_uri", REDIRECT),
                ("code_verifier", verifier.as_str()),
                ("client_assertion_type", JWT_BEARER),
                ("client_assertion", assertion.as_str()),
            ];
            match proof_key {
                Some(k) => proved(app, &k, "/token", &form).await,
                None => {
                    let (status, _, body) = post_form(app, "/token", &form, None).await;
                    (status, body)
                }
            }
        }
    };
    let (status, body) = redeem(None).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_dpop_proof")),
        "a stolen code without the key: {body}"
    );
    let (status, body) = redeem(Some(&thief)).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_grant")),
        "a stolen code with another key: {body}"
    );
    let (status, body) = redeem(Some(&key)).await;
    assert_eq!(
        (status, body["token_type"].as_str()),
        (200, Some("DPoP")),
        "{body}"
    );
    assert_eq!(
        claims(body["access_token"].as_str().unwrap())["cnf"]["jkt"].as_str(),
        Some(key.thumbprint().as_str())
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn service_tokens_are_bound_to_the_key_that_proved_possession() {
    let app = spawn_app(Backend::Embedded).await;
    let key = ClientKey::es256("service");
    for require_dpop in [true, false] {
        let (_, service, secret) = register(&app, |c| {
            c.client_credentials = true;
            c.service_scopes = vec!["cpms:reports".into()];
            c.require_dpop = require_dpop;
        })
        .await;
        let secret = secret.unwrap();
        let form = [
            ("grant_type", "client_credentials"),
            ("client_id", service.id.as_str()),
            ("client_secret", secret.as_str()),
        ];
        let (status, _, body) = post_form(&app, "/token", &form, None).await;
        if require_dpop {
            assert_eq!(
                (status, body["error"].as_str()),
                (400, Some("invalid_dpop_proof")),
                "--require-dpop holds for client_credentials: {body}"
            );
        } else {
            assert_eq!(
                (status, body["token_type"].as_str()),
                (200, Some("Bearer")),
                "{body}"
            );
            assert!(
                claims(body["access_token"].as_str().unwrap())
                    .get("cnf")
                    .is_none()
            );
        }
        let (status, body) = proved(&app, &key, "/token", &form).await;
        assert_eq!(
            (status, body["token_type"].as_str()),
            (200, Some("DPoP")),
            "{body}"
        );
        assert_eq!(
            claims(body["access_token"].as_str().unwrap())["cnf"],
            json!({ "jkt": key.thumbprint() })
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forged_or_stale_nonce_is_no_nonce() {
    let app = spawn_app(Backend::Embedded).await;
    let (rp, _, secret) = register(&app, |_| {}).await;
    let secret = secret.unwrap();
    let key = ClientKey::es256("nonce");
    let started = crate::rp::start(&rp, &[], None);
    let params: Vec<(String, String)> =
        serde_urlencoded::from_str(started.url.split_once('?').unwrap().1).unwrap();
    let mut fields: Vec<(&str, &str)> = params
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    fields.push(("client_secret", &secret));
    let url = format!("{}/par", app.base);
    let push = |nonce: Option<&str>| {
        let proof = key.proof(&app, "POST", &url, nonce, None);
        let fields = fields.clone();
        let app = &app;
        async move { post_form(app, "/par", &fields, Some(&proof)).await }
    };
    let (_, headers, _) = push(None).await;
    let nonce = headers["dpop-nonce"].to_str().unwrap().to_owned();
    let (window, _) = nonce.split_once('.').unwrap();
    for forged in [
        format!("{window}.AAAAAAAAAAAAAAAAAAAAAAAA"),
        "x".into(),
        String::new(),
    ] {
        let (status, _, body) = push(Some(&forged)).await;
        assert_eq!(
            (status, body["error"].as_str()),
            (400, Some("use_dpop_nonce")),
            "{forged}: {body}"
        );
    }
    // A nonce lives its window and the next one, not longer.
    app.clock
        .advance(2 * idp::oidc::dpop::NONCE_WINDOW_SECONDS + 1);
    let (status, _, body) = push(Some(&nonce)).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("use_dpop_nonce")),
        "stale: {body}"
    );
    let fresh = app.provider.dpop_nonce();
    let (status, _, body) = push(Some(&fresh)).await;
    assert_eq!(status, 201, "{body}");
}
