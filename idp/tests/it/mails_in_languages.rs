//! Languages outside the pages: mails and SMS in the account's language (whatever the
//! language of the page that caused them), and the `locale` claim.

use openidconnect::core::CoreUserInfoClaims;
use openidconnect::{LanguageTag, OAuth2TokenResponse, TokenResponse};

use crate::app::{Backend, TestApp, register_form, register_through_pages, sign_in, spawn_app};
use crate::mfa::sms_to;
use crate::rp::{PASSWORD, follow, http, redeem, register, start};

const CLAIRE: &str = "claire@chu-lyon.fr";

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
    let sms = sms_to(&app, "+32123456789", 1).await;
    assert!(
        sms.first().is_some_and(|body| {
            body.contains(": votre code de confirmation SMS est ")
                && body.ends_with("Il est valable 5 minutes.")
        }),
        "{sms:?}"
    );
}

/// The `locale` claim of an ID token and of userinfo for `scopes`.
async fn locale_claims(
    app: &TestApp,
    email: &str,
    scopes: &[&str],
) -> (Option<String>, Option<String>) {
    let (rp, _, _) = register(app, |_| {}).await;
    let started = start(&rp, scopes, None);
    let back = follow(&app.browser(), &started.url, email, PASSWORD).await;
    let tokens = redeem(&rp, started.verifier, &back).await;
    let claims = tokens
        .id_token()
        .expect("an ID token")
        .claims(&rp.id_token_verifier(), &started.nonce)
        .expect("a valid ID token");
    let userinfo: CoreUserInfoClaims = rp
        .user_info(tokens.access_token().clone(), None)
        .unwrap()
        .request_async(&http())
        .await
        .expect("userinfo");
    let locale = |tag: Option<&LanguageTag>| tag.map(|t| t.as_ref().to_owned());
    (locale(claims.locale()), locale(userinfo.locale()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_locale_claim_is_the_account_s_language_with_the_profile_scope() {
    let app = spawn_app(Backend::Embedded).await;
    let email = "anna@uni-tuebingen.de";
    register_through_pages(&app, email, PASSWORD).await;
    assert_eq!(
        locale_claims(&app, email, &["profile"]).await,
        (Some("en".into()), Some("en".into()))
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
        (Some("de".into()), Some("de".into()))
    );
    assert_eq!(
        locale_claims(&app, email, &["email"]).await,
        (None, None),
        "no locale without the profile scope"
    );
}
