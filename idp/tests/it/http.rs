//! HTTP hygiene: bad input gets a clear 4xx page (never a panic or a 500), cookies carry
//! the right flags, redirects stay on this site, pages carry protective headers.

use crate::app::{Backend, Browser, register_through_pages, sign_in, spawn_app, spawn_app_with};

const PASSWORD: &str = "plum sailor orbit lantern";

#[tokio::test]
async fn oversized_and_malformed_forms_get_clear_4xx_pages() {
    let app = spawn_app(Backend::Embedded).await;
    let browser = app.browser();
    let token = browser.get("/login").await.hidden("csrf_token");
    let huge = format!("csrf_token={token}&email={}", "a".repeat(100 * 1024));
    let too_large = browser
        .client
        .post(browser.url("/login"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(huge)
        .send()
        .await
        .unwrap();
    assert_eq!(too_large.status(), 413);
    assert!(too_large.text().await.unwrap().contains("Too much data"));

    let cases: [(&str, &[u8]); 5] = [
        ("application/json", b"{\"email\":\"a@b.eu\"}"),
        (
            "application/x-www-form-urlencoded",
            b"csrf_token=%ff%fe&email=x",
        ),
        ("application/x-www-form-urlencoded", b"\xff\xfe\x00garbage"),
        ("application/x-www-form-urlencoded", b"email=a&email=b"),
        ("text/plain", b""),
    ];
    for (content_type, body) in cases {
        let response = browser
            .client
            .post(browser.url("/login/password"))
            .header("content-type", content_type)
            .body(body.to_vec())
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        assert!(
            (400..500).contains(&status),
            "{content_type} {body:?}: {status}"
        );
        assert!(
            response.text().await.unwrap().contains("<h1>"),
            "a page, not a bare status"
        );
    }
    let duplicate = browser
        .post(
            "/login",
            &[
                ("csrf_token", &token),
                ("email", "a@b.eu"),
                ("email", "c@d.eu"),
            ],
        )
        .await;
    assert!(
        (400..500).contains(&duplicate.status) || duplicate.status == 200,
        "{}",
        duplicate.status
    );
    assert_eq!(browser.get("/no/such/page").await.status, 404);
    assert_eq!(
        browser.get("/healthz").await.status,
        200,
        "the server survived all of it"
    );
}

#[tokio::test]
async fn cookies_are_httponly_samesite_and_secure_behind_https() {
    let app = spawn_app(Backend::Embedded).await;
    register_through_pages(&app, "cookie@example.eu", PASSWORD).await;
    let browser = app.browser();
    let login = browser.get("/login").await;
    let csrf_cookie = login
        .headers
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csrf_cookie.starts_with("idp_csrf="), "{csrf_cookie}");
    assert!(
        csrf_cookie.contains("HttpOnly") && csrf_cookie.contains("SameSite=Strict"),
        "{csrf_cookie}"
    );
    let email_step = browser
        .submit(&login, &[("E-mail", "cookie@example.eu")])
        .await;
    let signed_in = browser.submit(&email_step, &[("Password", PASSWORD)]).await;
    let session = signed_in
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("idp_session="))
        .unwrap();
    assert!(
        session.contains("HttpOnly")
            && session.contains("SameSite=Lax")
            && session.contains("Path=/"),
        "{session}"
    );
    assert!(!session.contains("Secure"), "plain http in tests");

    let https = spawn_app_with(Backend::Embedded, |c| {
        c.issuer = "https://login.example.eu".into()
    })
    .await;
    let page = Browser::new(&https.base).get("/login").await;
    let cookie = page.headers.get("set-cookie").unwrap().to_str().unwrap();
    assert!(
        cookie.starts_with("__Host-idp_csrf=") && cookie.contains("Secure"),
        "{cookie}"
    );
}

#[tokio::test]
async fn after_sign_in_only_local_destinations_are_followed() {
    let app = spawn_app(Backend::Embedded).await;
    register_through_pages(&app, "next@example.eu", PASSWORD).await;
    for (next, expected) in [
        ("/account/password", "/account/password"),
        ("//evil.example/x", "/account"),
        ("https://evil.example/", "/account"),
        ("/\\evil.example", "/account"),
    ] {
        let browser = app.browser();
        let page = browser
            .get(&format!("/login?next={}", urlencode(next)))
            .await;
        let page = browser
            .submit(&page, &[("E-mail", "next@example.eu")])
            .await;
        let done = browser.submit(&page, &[("Password", PASSWORD)]).await;
        assert_eq!(done.status, 303);
        assert_eq!(done.location(), expected, "next={next}");
    }
}

/// The header's value, or "" when absent.
fn header_of(headers: &reqwest::header::HeaderMap, name: &str) -> String {
    headers
        .get(name)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default()
}

#[tokio::test]
async fn pages_carry_protective_headers() {
    let app = spawn_app(Backend::Embedded).await;
    let page = app.browser().get("/login").await;
    let header = |name: &str| header_of(&page.headers, name);
    assert!(header("content-security-policy").contains("frame-ancestors 'none'"));
    assert!(header("content-security-policy").contains("script-src 'self'"));
    assert_eq!(header("x-frame-options"), "DENY");
    assert_eq!(
        header("referrer-policy"),
        "same-origin",
        "reset links must not leak via Referer"
    );
    assert_eq!(header("cache-control"), "no-store");
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert!(!header("x-request-id").is_empty());
}

/// Every answer passes the one edge layer (`web/edge.rs`): a path no route has, a body
/// over the limit, a JSON answer and an error page carry the same headers and a request id
/// of their own, and a well-formed incoming id is kept.
#[tokio::test]
async fn every_kind_of_answer_carries_the_headers_and_a_request_id() {
    let app = spawn_app(Backend::Embedded).await;
    let browser = app.browser();
    let token = browser.get("/login").await.hidden("csrf_token");
    let send = |request: reqwest::RequestBuilder| async move { request.send().await.unwrap() };
    let answers = [
        (
            "no route",
            send(browser.client.get(browser.url("/no/such/page"))).await,
        ),
        (
            "too large",
            send(
                browser
                    .client
                    .post(browser.url("/login"))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(format!(
                        "csrf_token={token}&email={}",
                        "a".repeat(100 * 1024)
                    )),
            )
            .await,
        ),
        (
            "JSON error",
            send(
                browser
                    .client
                    .post(browser.url("/token"))
                    .form(&[("grant_type", "x")]),
            )
            .await,
        ),
        ("JWKS", send(browser.client.get(browser.url("/jwks"))).await),
    ];
    let mut ids = std::collections::HashSet::new();
    for (what, answer) in &answers {
        let header = |name: &str| header_of(answer.headers(), name);
        assert!(
            header("content-security-policy").contains("frame-ancestors 'none'"),
            "{what}"
        );
        assert_eq!(header("x-frame-options"), "DENY", "{what}");
        assert_eq!(header("x-content-type-options"), "nosniff", "{what}");
        assert_eq!(header("referrer-policy"), "same-origin", "{what}");
        assert!(!header("cache-control").is_empty(), "{what}");
        let id = header("x-request-id");
        assert_eq!(id.len(), 12, "{what}: {id:?}");
        assert!(ids.insert(id), "{what}: a request id was given twice");
    }
    assert_eq!(answers[0].1.status(), 404);
    assert_eq!(answers[1].1.status(), 413);
    assert!(answers[2].1.status().is_client_error());
    assert!(
        answers[2].1.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    let kept = browser
        .client
        .get(browser.url("/healthz"))
        .header("x-request-id", "lb-4bf92f35.7")
        .send()
        .await
        .unwrap();
    assert_eq!(kept.headers()["x-request-id"], "lb-4bf92f35.7");
}

#[tokio::test]
async fn wrong_password_and_unknown_address_get_the_same_answer() {
    let app = spawn_app(Backend::Embedded).await;
    register_through_pages(&app, "same@example.eu", PASSWORD).await;
    let known = sign_in(&app.browser(), "same@example.eu", "wrong password guess").await;
    let unknown = sign_in(&app.browser(), "other@example.eu", "wrong password guess").await;
    assert_eq!(known.status, 401);
    assert_eq!(known.status, unknown.status);
    assert_eq!(
        known.text().replace("same@", "X@"),
        unknown.text().replace("other@", "X@")
    );
}

fn urlencode(value: &str) -> String {
    value
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
