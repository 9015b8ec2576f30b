//! DPoP (RFC 9449) over real HTTP: tokens bound to the key that proved possession, the
//! nonce round trip, userinfo refusing a bound token as Bearer or with a proof for
//! another request, key or token, replayed proofs, and a code bound through PAR.

use serde_json::Value;

use crate::app::{Backend, TestApp, spawn_app};
use crate::jose::{ClientKey, claims, jti, post_form};
use crate::private_key_jwt::code_for;
use crate::rp::{REDIRECT, register};

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

async fn userinfo(app: &TestApp, authorization: &str, dpop: Option<&str>) -> (u16, String, Value) {
    let mut request = reqwest::Client::new()
        .get(format!("{}/userinfo", app.base))
        .header("Authorization", authorization);
    if let Some(proof) = dpop {
        request = request.header("DPoP", proof);
    }
    let response = request.send().await.unwrap();
    let challenge = response
        .headers()
        .get("www-authenticate")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
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
    let (status, _, body) = userinfo(&app, &format!("Bearer {access}"), None).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (401, Some("invalid_token")),
        "{body}"
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

    // The refresh token is bound too: without a proof, or with another key, nothing.
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
        "{body}"
    );
    let (status, body) = with_nonce(&app, &thief, "/token", &refresh_form).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_grant")),
        "{body}"
    );
    let (status, body) = with_nonce(&app, &key, "/token", &refresh_form).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["token_type"], "DPoP");

    // Introspection tells a resource server which key the token is bound to.
    let access = body["access_token"].as_str().unwrap();
    let (status, _, body) = post_form(
        &app,
        "/introspect",
        &[
            ("token", access),
            ("client_id", &client.id),
            ("client_secret", &secret),
        ],
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["token_type"], "DPoP");
    assert_eq!(body["cnf"]["jkt"].as_str(), Some(key.thumbprint().as_str()));
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
