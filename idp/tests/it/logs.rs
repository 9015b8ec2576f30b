//! Issue 14: the log as an operator collects it. A real `idp serve` with
//! `IDP_LOG_FORMAT=json`, its standard output and error in a file, through a whole
//! journey (registration, a wrong password, an OpenID Connect code flow with userinfo and
//! a refresh, a password reset, an error page); then the whole log is searched for every
//! secret the journey handled, and every line must be JSON, one access line per request.

use std::collections::BTreeSet;

use openidconnect::core::CoreUserInfoClaims;
use openidconnect::{AuthorizationCode, OAuth2TokenResponse, TokenResponse};

use crate::app::{Browser, MailLink, read_mails, register_form, sign_in};
use crate::process::{Idp, text};
use crate::rp::{follow, http, query_param, rp_at, start};

const EMAIL: &str = "logged@example.eu";
const PASSWORD: &str = "quiet harbour velvet compass";
const WRONG: &str = "wrong guess lantern 77";
const NEW_PASSWORD: &str = "amber glacier ninety ferns";

/// Every cookie value the browser holds that is a secret (ids and tokens; not a remembered
/// choice such as `password`).
fn cookies(browser: &Browser) -> Vec<String> {
    use reqwest::cookie::CookieStore;
    let Some(header) = browser.jar.cookies(&browser.base.parse().unwrap()) else {
        return Vec::new();
    };
    header
        .to_str()
        .unwrap()
        .split("; ")
        .filter_map(|kv| kv.split_once('=').map(|(_, v)| v.to_owned()))
        .filter(|v| v.len() >= 16)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_journey_leaves_no_secret_in_the_json_log() {
    let dir = tempfile::tempdir().unwrap();
    let idp = Idp::new(&dir.path().join("data"), &dir.path().join("keys"))
        .env("IDP_LOG_FORMAT", "json")
        .env("IDP_TRUST_FORWARDED_FOR", "true");
    let log = dir.path().join("idp.log");
    let mut server = idp.serve(&log);
    let base = server.base.clone();
    let mut secrets: Vec<(&str, String)> = vec![
        ("the password", PASSWORD.into()),
        ("a wrong password", WRONG.into()),
        ("the new password", NEW_PASSWORD.into()),
    ];

    // A client registered while the server runs.
    let client_secret = idp.add_client("logs-rp");
    secrets.push(("the client secret", client_secret.clone()));

    // "Create an account", the confirmation link, the password.
    let browser = Browser::new(&base);
    let sent = register_form(&browser, EMAIL, "en").await;
    assert_eq!(sent.status, 200, "{}", sent.text());
    let mails = read_mails(&idp.data_dir, EMAIL, 1).await;
    let link = mails[0].link_to(&format!("{base}/register/confirm?token="));
    secrets.push((
        "the confirmation link's token",
        query_param(&link, "token").unwrap(),
    ));
    let form = browser.get(&link).await;
    let done = browser.choose_password(&form, PASSWORD).await;
    assert!(
        done.text().contains("Your account is ready"),
        "{}",
        done.text()
    );

    // A wrong password from another browser, behind the proxy.
    let stranger = Browser::new(&base);
    assert_eq!(sign_in(&stranger, EMAIL, WRONG).await.status, 401);

    // The code flow, userinfo, a refresh.
    let rp = rp_at(&base, "logs-rp", Some(client_secret)).await;
    let started = start(&rp, &["email", "profile"], None);
    secrets.push(("the PKCE verifier", started.verifier.secret().clone()));
    let back = follow(&browser, &started.url, EMAIL, PASSWORD).await;
    let code = query_param(&back, "code").expect("a code");
    secrets.push(("the authorization code", code.clone()));
    secrets.extend(cookies(&browser).into_iter().map(|c| ("a cookie", c)));
    let tokens = rp
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .expect("token exchange");
    secrets.push(("the access token", tokens.access_token().secret().clone()));
    secrets.push(("the ID token", tokens.id_token().unwrap().to_string()));
    let refresh = tokens.refresh_token().expect("a refresh token").clone();
    secrets.push(("the refresh token", refresh.secret().clone()));
    let _: CoreUserInfoClaims = rp
        .user_info(tokens.access_token().clone(), None)
        .unwrap()
        .request_async(&http())
        .await
        .expect("userinfo");
    let refreshed = rp
        .exchange_refresh_token(&refresh)
        .unwrap()
        .request_async(&http())
        .await
        .expect("refresh");
    secrets.push((
        "the refreshed access token",
        refreshed.access_token().secret().clone(),
    ));
    secrets.push((
        "the rotated refresh token",
        refreshed.refresh_token().unwrap().secret().clone(),
    ));

    // "Lost your password?", the reset link, the new password, a sign-in with it.
    let lost = browser.get("/password/lost").await;
    let sent = browser.submit(&lost, &[("E-mail", EMAIL)]).await;
    assert!(
        sent.text().contains("Check your mailbox"),
        "{}",
        sent.text()
    );
    let mails = read_mails(&idp.data_dir, EMAIL, 2).await;
    let link = mails
        .last()
        .unwrap()
        .link_to(&format!("{base}/password/reset?token="));
    secrets.push((
        "the reset link's token",
        query_param(&link, "token").unwrap(),
    ));
    let form = browser.get(&link).await;
    let done = browser.choose_password(&form, NEW_PASSWORD).await;
    assert!(
        done.text().contains("Your new password is set"),
        "{}",
        done.text()
    );
    assert_eq!(sign_in(&browser, EMAIL, NEW_PASSWORD).await.status, 303);
    secrets.extend(cookies(&browser).into_iter().map(|c| ("a cookie", c)));
    secrets.extend(cookies(&stranger).into_iter().map(|c| ("a cookie", c)));

    // Request ids: a well-formed one is kept, returned, and shown on the error page; a
    // malformed one is replaced.
    let client = reqwest::Client::new();
    let missing = client
        .get(format!("{base}/no/such/page?token=sensitive-query-value"))
        .header("x-request-id", "lb-4bf92f35.77")
        .header("x-forwarded-for", "198.51.100.7, 203.0.113.9")
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
    assert_eq!(missing.headers()["x-request-id"], "lb-4bf92f35.77");
    assert!(missing.text().await.unwrap().contains("lb-4bf92f35.77"));
    let replaced = client
        .get(format!("{base}/login"))
        .header("x-request-id", "no spaces\"allowed")
        .send()
        .await
        .unwrap();
    let given = replaced.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(given.len() >= 8 && !given.contains(' '), "{given:?}");
    secrets.push(("a query string", "sensitive-query-value".into()));

    server.stop();
    let whole = std::fs::read_to_string(&log).unwrap();
    for (what, secret) in &secrets {
        assert!(secret.len() >= 8, "{what} is too short to search for");
        assert!(
            !whole.contains(secret.as_str()),
            "{what} ({secret}) is in the log:\n{whole}"
        );
    }

    // Every line is a JSON object; the access lines carry their fields and no query.
    let mut routes = BTreeSet::new();
    let mut ids = BTreeSet::new();
    let mut access_lines = 0;
    for line in whole.lines().filter(|l| !l.trim().is_empty()) {
        let value: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        assert!(value.is_object(), "{line}");
        assert!(!line.contains('\u{1b}'), "a colour code: {line}");
        if value["target"] != "access" {
            continue;
        }
        access_lines += 1;
        for field in ["method", "route", "request_id", "client"] {
            assert!(value[field].is_string(), "{field} in {line}");
        }
        assert!(value["status"].is_u64(), "{line}");
        assert!(value["duration_ms"].is_number(), "{line}");
        let route = value["route"].as_str().unwrap();
        assert!(!route.contains('?'), "a query in {line}");
        routes.insert(format!("{} {route}", value["method"].as_str().unwrap()));
        ids.insert(value["request_id"].as_str().unwrap().to_owned());
        if value["request_id"] == "lb-4bf92f35.77" {
            assert_eq!(value["route"], "(no route)", "{line}");
            assert_eq!(value["status"], 404);
            assert_eq!(value["client"], "203.0.113.9", "the proxy's entry, trusted");
        }
    }
    for expected in [
        "GET /register/confirm",
        "POST /login/password",
        "GET /authorize",
        "POST /token",
        "GET /userinfo",
        "GET /password/reset",
        "POST /password/reset",
        "GET /readyz",
    ] {
        assert!(
            routes.contains(expected),
            "no access line for {expected}: {routes:?}"
        );
    }
    assert!(ids.contains("lb-4bf92f35.77") && ids.contains(&given));
    assert_eq!(ids.len(), access_lines, "one id per request");
}

#[test]
fn text_logs_written_to_a_file_have_no_colour_codes() {
    let dir = tempfile::tempdir().unwrap();
    let idp =
        Idp::new(&dir.path().join("data"), &dir.path().join("keys")).env("IDP_LOG_FORMAT", "text");
    let log = dir.path().join("idp.log");
    let mut server = idp.serve(&log);
    assert_eq!(server.status("/nowhere"), Some(404));
    server.stop();
    let whole = std::fs::read_to_string(&log).unwrap();
    assert!(whole.contains("route=\"/readyz\" status=200"), "{whole}");
    assert!(whole.contains("route=\"(no route)\" status=404"), "{whole}");
    assert!(
        !whole.contains('\u{1b}'),
        "colour codes in a file:\n{whole}"
    );

    let refused = idp.run(&["config", "check"], None);
    assert!(refused.status.success());
    let wrong = idp
        .clone()
        .env("IDP_LOG_FORMAT", "yaml")
        .run(&["config", "check"], None);
    assert_eq!(wrong.status.code(), Some(2));
    let said = text(&wrong.stderr);
    assert!(
        said.to_lowercase().contains("log_format") && said.contains("json"),
        "{said}"
    );
}
