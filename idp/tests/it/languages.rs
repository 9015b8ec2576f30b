//! The language of the pages: the browser's `Accept-Language`, overridden by an
//! application's `ui_locales`, overridden by the language chosen with the selector or the
//! account's own; `<html lang>` says which; every page offers the selector.

use ern_i18n::{Lang, t};
use reqwest::header::{ACCEPT_LANGUAGE, HeaderMap, HeaderValue};

use crate::app::{Backend, Browser, Page, TestApp, register_through_pages, spawn_app};
use crate::rp::{PASSWORD, register, start};

fn lang(code: &str) -> Lang {
    Lang::from_code(code).expect("a language we speak")
}

/// A browser whose `Accept-Language` is `accept`.
fn browser(app: &TestApp, accept: &str) -> Browser {
    let mut headers = HeaderMap::new();
    headers.insert(
        ACCEPT_LANGUAGE,
        HeaderValue::from_str(accept).expect("header"),
    );
    Browser::with_headers(&app.base, headers)
}

/// The page is in `code`: `<html lang>` and the footer's tagline say so.
fn assert_in(page: &Page, code: &str) {
    assert!(
        page.body.contains(&format!("<html lang=\"{code}\">")),
        "not in {code}: {}",
        &page.body[..page.body.len().min(300)]
    );
    assert!(
        page.body.contains(&t(lang(code), "footer-privacy")),
        "the footer is not in {code}"
    );
}

/// Signs in through the pages in `code`, finding the fields by their labels in it.
async fn sign_in_speaking(b: &Browser, code: &str, email: &str) {
    let (email_label, password_label) = (
        t(lang(code), "login-email-label"),
        t(lang(code), "login-password-label"),
    );
    let page = b.get("/login").await;
    let page = b.submit(&page, &[(email_label.as_str(), email)]).await;
    assert_eq!(page.status, 200, "{}", page.text());
    let done = b
        .submit(&page, &[(password_label.as_str(), PASSWORD)])
        .await;
    assert_eq!(done.status, 303, "{}", done.text());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_catalogues_differ_from_english_where_the_journeys_look() {
    // The French and German journeys would pass in English if these fell back.
    for code in ["fr", "de"] {
        for key in ["footer-privacy", "site-tagline", "language-label"] {
            assert_ne!(t(lang(code), key), t(Lang::EN, key), "{code} {key}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_follow_the_browser_until_a_language_is_chosen() {
    let app = spawn_app(Backend::Embedded).await;
    let b = browser(&app, "ja, de-AT;q=0.9, en;q=0.5");
    for path in [
        "/login",
        "/register",
        "/privacy",
        "/password/lost",
        "/no-such-page",
    ] {
        let page = b.get(path).await;
        assert_in(&page, "de");
        // Every page offers the 24 languages, the current one selected.
        assert!(
            page.body.matches("<option value=\"").count() >= 24,
            "{path}"
        );
        assert!(
            page.body
                .contains("<option value=\"de\" lang=\"de\" selected>"),
            "{path}"
        );
    }
    // The selector: back to the page, in the chosen language, from then on.
    let chosen = b.get("/language?lang=fr&next=%2Fregister").await;
    assert_eq!(chosen.status, 303);
    assert_eq!(chosen.location(), "/register");
    let set = chosen.headers[reqwest::header::SET_COOKIE]
        .to_str()
        .unwrap();
    assert!(set.starts_with("idp_lang=fr;"), "{set}");
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Lax"),
        "{set}"
    );
    assert_in(&b.get("/register").await, "fr");
    assert_in(&b.get("/login").await, "fr");
    // An unknown language changes nothing; the way back never leaves the site.
    let unknown = b.get("/language?lang=xx&next=%2Flogin").await;
    assert_eq!(unknown.status, 303);
    assert_in(&b.get("/login").await, "fr");
    for next in [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example",
    ] {
        let away = b
            .get(&format!(
                "/language?{}",
                serde_urlencoded::to_string([("lang", "de"), ("next", next)]).unwrap()
            ))
            .await;
        assert_eq!(away.status, 303);
        assert!(away.location().starts_with('/') && !away.location().starts_with("//"));
        assert!(
            !away.location().contains("evil"),
            "{next} -> {}",
            away.location()
        );
    }
    // No Accept-Language at all: English.
    assert_in(&app.browser().get("/login").await, "en");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_application_s_ui_locales_beat_the_browser_but_not_a_choice() {
    let app = spawn_app(Backend::Embedded).await;
    let (rp, _, _) = register(&app, |_| {}).await;
    let authorize = |ui_locales: &str| {
        format!(
            "{}&{}",
            start(&rp, &[], None).url,
            serde_urlencoded::to_string([("ui_locales", ui_locales)]).unwrap()
        )
    };
    let b = browser(&app, "de");
    let to_login = b.get(&authorize("xx sv-FI en")).await;
    assert_in(&b.get(to_login.location()).await, "sv");
    // A later request without ui_locales: the browser's language again.
    let to_login = b.get(&start(&rp, &[], None).url).await;
    assert_in(&b.get(to_login.location()).await, "de");
    // A language chosen with the selector wins over the application's.
    b.get("/language?lang=it&next=%2Flogin").await;
    let to_login = b.get(&authorize("sv")).await;
    assert_in(&b.get(to_login.location()).await, "it");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_account_s_language_follows_its_owner_to_every_browser() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "lingua@example.eu";
    register_through_pages(&app, email, PASSWORD).await;
    // The account speaks English (chosen at registration); a Dutch browser signs in.
    let b = browser(&app, "nl");
    assert_in(&b.get("/login").await, "nl");
    sign_in_speaking(&b, "nl", email).await;
    assert_in(&b.get("/account").await, "en");
    // Its owner changes the account's language: the page answers in it at once, and the
    // next browser they sign in with follows.
    let details = b.get("/account/details").await;
    let saved = b
        .submit(
            &details,
            &[
                ("First name", "Anna"),
                ("Last name", "Müller"),
                ("E-mail language", "pl"),
            ],
        )
        .await;
    assert_in(&saved, "pl");
    assert_eq!(saved.status, 200, "{}", saved.text());
    assert_in(&saved, "pl");
    assert_in(&b.get("/account").await, "pl");
    let other = browser(&app, "fi");
    sign_in_speaking(&other, "fi", email).await;
    assert_in(&other.get("/account").await, "pl");
}
