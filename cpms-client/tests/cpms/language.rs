//! The language of CPMS's pages: the browser's `Accept-Language`, then the choice made with
//! the selector on every page (the `cpms_lang` cookie), then the account's `locale` claim at
//! sign-in; and the language CPMS asks the provider's pages to speak (`ui_locales`).

use crate::provider::{account_with_phone, finish_at_provider, spawn_cpms, spawn_idp};
use crate::support::{Browser, Page, spawn_training};

/// GET `path` as a browser whose languages are `accept_language`.
async fn get_in(browser: &Browser, path: &str, accept_language: &str) -> Page {
    let response = browser
        .client
        .get(browser.url(path))
        .header("accept-language", accept_language)
        .send()
        .await
        .unwrap();
    Page {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        body: response.text().await.unwrap(),
    }
}

fn html_lang(page: &Page) -> &str {
    page.body
        .split_once("<html lang=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map_or("", |(lang, _)| lang)
}

/// The language selector's choice: `GET /language` with `lang` and the page's way back.
async fn choose(browser: &Browser, lang: &str, next: &str) -> Page {
    let query = serde_urlencoded::to_string([("lang", lang), ("next", next)]).unwrap();
    browser.get(&format!("/language?{query}")).await
}

#[tokio::test]
async fn pages_speak_the_browser_s_language_until_the_selector_chooses_another() {
    let dir = tempfile::tempdir().unwrap();
    let cpms = spawn_training(dir.path()).await;
    let browser = cpms.browser();

    // Nothing said, or only languages we do not speak: English.
    assert_eq!(html_lang(&browser.get("/").await), "en");
    assert_eq!(
        html_lang(&get_in(&browser, "/", "ja, zh;q=0.8").await),
        "en"
    );
    // The browser's most preferred language that we speak, error pages included.
    let start = get_in(&browser, "/", "ja, de-AT;q=0.9, en;q=0.5").await;
    assert_eq!(html_lang(&start), "de");
    assert!(
        start
            .body
            .contains(r#"<option value="de" lang="de" selected>Deutsch</option>"#),
        "the selector shows the page's language"
    );
    let missing = get_in(&browser, "/no-such-page", "fr").await;
    assert_eq!((missing.status, html_lang(&missing)), (404, "fr"));

    // The selector is on every page, labelled, and comes back to the page it is on.
    let form = browser.get("/training/login?from=test").await;
    let selector = form.form_with_action("/language");
    assert_eq!(selector.field_for_label("Language").0, "lang");
    let next = selector
        .hidden_fields()
        .into_iter()
        .find(|(name, _)| name == "next")
        .map(|(_, value)| value);
    assert_eq!(next.as_deref(), Some("/training/login?from=test"));
    let chosen = choose(&browser, "fr", "/training/login?from=test").await;
    assert_eq!(chosen.status, 303);
    assert_eq!(chosen.location(), "/training/login?from=test");
    assert_eq!(browser.cookie("cpms_lang").as_deref(), Some("fr"));
    // The choice wins over the browser's languages, on every page.
    assert_eq!(html_lang(&get_in(&browser, "/", "de").await), "fr");
    let refused = get_in(&browser, "/dashboard", "de").await;
    assert_eq!(refused.status, 303, "not signed in: to /login");

    // A language we do not speak changes nothing; a way back off this site goes home.
    let unknown = choose(&browser, "xx", "/training/login").await;
    assert_eq!(unknown.location(), "/training/login");
    assert_eq!(browser.cookie("cpms_lang").as_deref(), Some("fr"));
    for away in [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
    ] {
        let chosen = choose(&browser, "de", away).await;
        assert_eq!((chosen.status, chosen.location()), (303, "/"), "{away}");
    }
    assert_eq!(html_lang(&browser.get("/").await), "de");
    cpms.stop().await;
}

/// Follows the provider's redirects from `location` to the first page it shows.
async fn provider_page(browser: &Browser, idp_base: &str, mut location: String) -> Page {
    for _ in 0..5 {
        let page = browser.get(&location).await;
        if page.status == 200 {
            return page;
        }
        assert!(matches!(page.status, 302 | 303), "{}", page.text());
        location = match page.location() {
            l if l.starts_with('/') => format!("{idp_base}{l}"),
            l => l.to_owned(),
        };
    }
    panic!("the provider showed no page");
}

#[tokio::test]
async fn cpms_asks_the_provider_for_its_language_and_takes_the_account_s_at_sign_in() {
    let idp = spawn_idp().await;
    let dir = tempfile::tempdir().unwrap();
    let cpms = spawn_cpms(&idp, dir.path()).await;
    let account = account_with_phone(&idp).await;
    let browser = Browser::new(&cpms.base);

    // French chosen at CPMS: the provider is asked for French, and its pages speak it.
    choose(&browser, "fr", "/").await;
    let start = browser.get("/login").await;
    let authorize = start.location().to_owned();
    assert!(authorize.contains("ui_locales=fr"), "{authorize}");
    let sign_in = provider_page(&browser, &idp.base, authorize).await;
    assert_eq!(html_lang(&sign_in), "fr", "{}", sign_in.text());

    // English again, and a sign-in: the account's language ("en") is remembered.
    choose(&browser, "en", "/").await;
    let start = browser.get("/login").await;
    assert!(start.location().contains("ui_locales=en"));
    let callback = finish_at_provider(&idp, &cpms, &browser, start.location().to_owned()).await;
    assert_eq!(callback.status, 303, "{}", callback.text());
    assert_eq!(browser.cookie("cpms_lang").as_deref(), Some("en"));

    // The account's language becomes French at the provider: the next sign-in (the
    // provider's session still open) brings the `locale` claim, and CPMS follows it.
    idp.provider
        .update_details(&account, "Ada", "Neuro", "fr")
        .await
        .unwrap();
    let start = browser.get("/login").await;
    let callback = finish_at_provider(&idp, &cpms, &browser, start.location().to_owned()).await;
    assert_eq!(callback.status, 303, "{}", callback.text());
    assert_eq!(browser.cookie("cpms_lang").as_deref(), Some("fr"));
    let dashboard = browser.get("/dashboard").await;
    assert_eq!((dashboard.status, html_lang(&dashboard)), (200, "fr"));

    // Signing out asks the provider's pages for the same language.
    let token = browser.cookie("cpms_csrf").unwrap();
    let out = browser
        .post("/logout", &[("csrf_token", token.as_str())])
        .await;
    assert_eq!(out.status, 303, "{}", out.text());
    assert!(
        out.location().contains("ui_locales=fr"),
        "{}",
        out.location()
    );
}

#[tokio::test]
async fn a_sentence_around_a_link_is_translated_whole_and_the_link_kept() {
    let dir = tempfile::tempdir().unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let config = cpms_client::Config {
        listen: addr,
        public_url: format!("http://{addr}"),
        data_dir: dir.path().to_path_buf(),
        training: true,
        support_email: Some("help@cpms.example.eu".into()),
        ..cpms_client::Config::default()
    };
    let cpms = crate::support::spawn_on(listener, config).await;
    let start = cpms.browser().get("/").await;
    assert!(
        start.body.contains(
            "please contact ERN-CPMS via e-mail at \
             <a href=\"mailto:help@cpms.example.eu\">help@cpms.example.eu</a>.</p>"
        ),
        "{}",
        start.body
    );
    cpms.stop().await;
}
