//! Languages outside the pages: mails and SMS in the account's language (whatever the
//! language of the page that caused them), the `locale` claim, and what discovery says.

use std::time::{Duration, Instant};

use openidconnect::{AuthorizationCode, OAuth2TokenResponse};
use serde_json::Value;

use crate::app::{Backend, TestApp, register_form, register_through_pages, sign_in, spawn_app};
use crate::rp::{PASSWORD, follow, http, query_param, register, start};

const CLAIRE: &str = "claire@chu-lyon.fr";

/// The SMS bodies written to the outbox for `to`, waiting up to 5 s for one.
async fn sms_to(app: &TestApp, to: &str) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let text =
            std::fs::read_to_string(app.data_dir.join("outbox/sms.jsonl")).unwrap_or_default();
        let bodies: Vec<String> = text
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter(|v| v["to"] == to)
            .filter_map(|v| v["body"].as_str().map(str::to_owned))
            .collect();
        if !bodies.is_empty() || Instant::now() > deadline {
            return bodies;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_french_account_gets_its_mails_and_sms_in_french_from_english_pages() {
    let app = spawn_app(Backend::Embedded).await;
    // Every page here is English (no language chosen, no Accept-Language).
    let sent = register_form(&app.browser(), CLAIRE, "fr").await;
    assert_eq!(sent.status, 200, "{}", sent.text());
    let confirm = &app.mails_to(CLAIRE, 1).await[0];
    assert!(
        confirm
            .subject
            .ends_with(": confirmez votre adresse électronique"),
        "{}",
        confirm.subject
    );
    let prefix = format!("{}/register/confirm?token=", app.base);
    assert!(
        confirm
            .body
            .starts_with("Madame, Monsieur Anna Müller,\n\n")
            && confirm
                .body
                .contains(&format!("ouvrez ce lien dans les 24 heures :\n\n{prefix}")),
        "paragraphs and the link on its own line:\n{}",
        confirm.body
    );
    let browser = app.browser();
    let form = browser.get(&confirm.link(&prefix).unwrap()).await;
    let done = browser.choose_password(&form, PASSWORD).await;
    assert_eq!(done.status, 200, "{}", done.text());

    let browser = app.browser();
    let lost = browser.get("/password/lost").await;
    assert!(lost.body.contains("<html lang=\"en\""), "an English page");
    browser.submit(&lost, &[("E-mail", CLAIRE)]).await;
    let mails = app.mails_to(CLAIRE, 2).await;
    let reset = mails.last().unwrap();
    assert!(
        reset
            .subject
            .ends_with(": choisissez un nouveau mot de passe"),
        "{}",
        reset.subject
    );
    assert!(
        reset
            .body
            .contains("Pour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure"),
        "{}",
        reset.body
    );

    // The SMS text challenge too, asked for from an English page.
    let browser = app.browser();
    assert_eq!(sign_in(&browser, CLAIRE, PASSWORD).await.status, 303);
    let english = browser.get("/language?lang=en&next=/account/phones").await;
    assert_eq!(english.status, 303);
    let phones = browser.get("/account/phones").await;
    assert!(phones.body.contains("<html lang=\"en\""), "an English page");
    let sent = browser
        .submit(&phones, &[("Mobile phone", "+32 123 45 67 89")])
        .await;
    assert_eq!(sent.status, 200, "{}", sent.text());
    let sms = sms_to(&app, "+32123456789").await;
    assert!(
        sms.first().is_some_and(|body| {
            body.contains(": votre code de confirmation SMS est ")
                && body.ends_with("Il est valable 5 minutes.")
        }),
        "{sms:?}"
    );
}

/// The `locale` claim of an ID token and of userinfo for `scopes`.
async fn locale_claims(app: &TestApp, email: &str, scopes: &[&str]) -> (Value, Value) {
    let (rp, _, _) = register(app, |_| {}).await;
    let started = start(&rp, scopes, None);
    let back = follow(&app.browser(), &started.url, email, PASSWORD).await;
    let code = query_param(&back, "code").expect("a code");
    let tokens = rp
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .expect("token exchange");
    let id_token = serde_json::to_value(tokens.extra_fields().id_token().unwrap()).unwrap();
    let payload = id_token.as_str().unwrap().split('.').nth(1).unwrap();
    let claims: Value = serde_json::from_slice(&idp::secrets::from_b64(payload).unwrap()).unwrap();
    let userinfo: Value = reqwest::Client::new()
        .get(format!("{}/userinfo", app.base))
        .bearer_auth(tokens.access_token().secret())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    (claims["locale"].clone(), userinfo["locale"].clone())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_locale_claim_is_the_account_s_language_with_the_profile_scope() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "anna@uni-tuebingen.de";
    register_through_pages(&app, email, PASSWORD).await;
    assert_eq!(
        locale_claims(&app, email, &["profile"]).await,
        (Value::from("en"), Value::from("en"))
    );

    let browser = app.browser();
    assert_eq!(sign_in(&browser, email, PASSWORD).await.status, 303);
    let details = browser.get("/account/details").await;
    let saved = browser
        .submit(
            &details,
            &[
                ("First name", "Anna"),
                ("Last name", "Müller"),
                ("E-mail language", "de"),
            ],
        )
        .await;
    assert_eq!(saved.status, 200, "{}", saved.text());
    assert_eq!(
        locale_claims(&app, email, &["profile", "email"]).await,
        (Value::from("de"), Value::from("de"))
    );
    assert_eq!(
        locale_claims(&app, email, &["email"]).await,
        (Value::Null, Value::Null),
        "no locale without the profile scope"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discovery_lists_the_24_languages_and_the_locale_claim() {
    let app = spawn_app(Backend::Embedded).await;
    let doc: Value = reqwest::get(format!("{}/.well-known/openid-configuration", app.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let locales: Vec<&str> = doc["ui_locales_supported"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(locales.len(), 24, "{locales:?}");
    for code in ["bg", "de", "en", "fr", "ga", "mt", "sv"] {
        assert!(locales.contains(&code), "{code} in {locales:?}");
    }
    assert!(
        doc["claims_supported"]
            .as_array()
            .unwrap()
            .contains(&Value::from("locale"))
    );
}
