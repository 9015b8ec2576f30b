//! Signed request objects (RFC 9101) by value at /authorize and through PAR: the signed
//! parameters are the request, and an unsigned, foreign, stale or misdirected object is
//! refused with `invalid_request_object`.

use serde_json::{Value, json};

use crate::app::{Backend, spawn_app};
use crate::jose::{ClientKey, JWT_BEARER, REQUEST_OBJECT_TYP, jti, post_form, unsigned};
use crate::rp::{PASSWORD, REDIRECT, follow, query_param, register, start};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_signed_parameters_are_the_request() {
    let app = spawn_app(Backend::Embedded).await;
    let key = ClientKey::es256("jar");
    let stranger = ClientKey::es256("jar");
    let (rp, client, _) = register(&app, |c| c.jwks = Some(ClientKey::jwks(&[&key]))).await;
    let email = "jar@example.eu";
    let browser = app.registered_user(email, PASSWORD).await;
    let started = start(&rp, &[], None);
    let params: Vec<(String, String)> =
        serde_urlencoded::from_str(started.url.split_once('?').unwrap().1).unwrap();
    let now = app.provider.now();
    let object_claims = |aud: &str, exp: i64| {
        let mut claims =
            json!({"iss": client.id, "aud": aud, "exp": exp, "iat": now, "jti": jti()});
        for (k, v) in &params {
            claims[k] = json!(v);
        }
        claims["state"] = json!("signed-state");
        claims
    };
    let authorize = |object: &str| {
        format!(
            "{}/authorize?{}",
            app.base,
            serde_urlencoded::to_string([
                ("client_id", client.id.as_str()),
                ("request", object),
                ("redirect_uri", REDIRECT),
                ("state", "outer-state"),
            ])
            .unwrap()
        )
    };
    let discovery: Value = reqwest::get(format!("{}/.well-known/openid-configuration", app.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(discovery["request_parameter_supported"], true);

    for (why, object) in [
        ("unsigned", unsigned(&object_claims(&app.base, now + 300))),
        (
            "another key",
            stranger.sign(
                Some(REQUEST_OBJECT_TYP),
                true,
                false,
                &object_claims(&app.base, now + 300),
            ),
        ),
        (
            "another audience",
            key.sign(
                None,
                true,
                false,
                &object_claims("https://other.example", now + 300),
            ),
        ),
        (
            "expired",
            key.sign(
                Some(REQUEST_OBJECT_TYP),
                true,
                false,
                &object_claims(&app.base, now - 60),
            ),
        ),
        ("without exp", {
            let mut c = object_claims(&app.base, 0);
            c.as_object_mut().unwrap().remove("exp");
            key.sign(Some(REQUEST_OBJECT_TYP), true, false, &c)
        }),
        // RFC 9101 10.8: only a JWT typed as a request object is one (a client
        // assertion, typed JWT or not at all, cannot be passed off as one).
        (
            "typ JWT",
            key.sign(
                Some("JWT"),
                true,
                false,
                &object_claims(&app.base, now + 300),
            ),
        ),
        (
            "no typ",
            key.sign(None, true, false, &object_claims(&app.base, now + 300)),
        ),
        ("exp i64::MAX", {
            let mut c = object_claims(&app.base, 0);
            c["exp"] = json!(i64::MAX);
            key.sign(Some(REQUEST_OBJECT_TYP), true, false, &c)
        }),
    ] {
        let page = browser.get(&authorize(&object)).await;
        assert_eq!(
            query_param(page.location(), "error").as_deref(),
            Some("invalid_request_object"),
            "{why}: {} {}",
            page.status,
            page.location()
        );
        // The refusal goes to the registered address with the outer state only.
        assert_eq!(
            query_param(page.location(), "state").as_deref(),
            Some("outer-state")
        );
    }

    let object = key.sign(
        Some(REQUEST_OBJECT_TYP),
        true,
        false,
        &object_claims(&app.base, now + 300),
    );
    let back = follow(&browser, &authorize(&object), email, PASSWORD).await;
    assert!(query_param(&back, "code").is_some(), "{back}");
    assert_eq!(
        query_param(&back, "state").as_deref(),
        Some("signed-state"),
        "the parameters outside the object are ignored"
    );

    // Through PAR: the pushed request is the object's.
    let assertion = key.assertion(&app, &client.id, &app.base);
    let object = key.sign(
        Some(REQUEST_OBJECT_TYP),
        true,
        false,
        &object_claims(&app.base, now + 300),
    );
    let (status, _, pushed) = crate::jose::post_form(
        &app,
        "/par",
        &[
            ("client_id", &client.id),
            ("request", &object),
            ("client_assertion_type", crate::jose::JWT_BEARER),
            ("client_assertion", &assertion),
        ],
        None,
    )
    .await;
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
        query_param(&back, "state").as_deref(),
        Some("signed-state"),
        "{back}"
    );

    // A client without keys cannot sign one.
    let (plain_rp, plain, _) = register(&app, |_| {}).await;
    let _ = plain_rp;
    let mut claims = object_claims(&app.base, now + 300);
    claims["iss"] = json!(plain.id);
    claims["client_id"] = json!(plain.id);
    let url = format!(
        "{}/authorize?{}",
        app.base,
        serde_urlencoded::to_string([
            ("client_id", plain.id.as_str()),
            (
                "request",
                key.sign(Some(REQUEST_OBJECT_TYP), true, false, &claims)
                    .as_str()
            ),
            ("redirect_uri", REDIRECT),
        ])
        .unwrap()
    );
    let page = browser.get(&url).await;
    assert_eq!(
        query_param(page.location(), "error").as_deref(),
        Some("invalid_request_object")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_object_is_no_client_assertion() {
    let app = spawn_app(Backend::Embedded).await;
    let key = ClientKey::es256("jar");
    let (_, client, _) = register(&app, |c| c.jwks = Some(ClientKey::jwks(&[&key]))).await;
    let now = app.provider.now();
    // Everything a client assertion needs, but typed as a request object: a request
    // object seen by someone (it travels through the browser when sent by value) must
    // not authenticate the client.
    let claims = json!({
        "iss": client.id, "sub": client.id, "client_id": client.id, "aud": app.base,
        "jti": jti(), "iat": now, "exp": now + 60,
        "response_type": "code", "scope": "openid", "redirect_uri": REDIRECT,
    });
    let introspect = |assertion: String| {
        let app = &app;
        async move {
            post_form(
                app,
                "/introspect",
                &[
                    ("token", "anything"),
                    ("client_assertion_type", JWT_BEARER),
                    ("client_assertion", &assertion),
                ],
                None,
            )
            .await
        }
    };
    let (status, _, body) =
        introspect(key.sign(Some(REQUEST_OBJECT_TYP), true, false, &claims)).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (401, Some("invalid_client")),
        "{body}"
    );
    assert!(
        body["error_description"].as_str().unwrap().contains("typ"),
        "{body}"
    );
    // The same claims typed JWT (or untyped) authenticate.
    let mut fresh = claims.clone();
    fresh["jti"] = json!(jti());
    let (status, _, body) = introspect(key.sign(Some("JWT"), true, false, &fresh)).await;
    assert_eq!(
        (status, body["active"].as_bool()),
        (200, Some(false)),
        "{body}"
    );
}
