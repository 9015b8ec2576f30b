//! Journey 1 and the start of journey 4: create an account, confirm by mail, set the
//! password, sign in and out, lose and reset the password, change it.

use crate::app::{
    Backend, MailLink, TestApp, register_form, register_through_pages, sign_in, spawn_app,
};

const PASSWORD: &str = "plum sailor orbit lantern";
const NEW_PASSWORD: &str = "velvet quarry nimbus thistle";

crate::on_both_backends!(
    create_account_confirm_by_mail_and_sign_in,
    registration_errors_are_per_field_and_keep_the_input,
    registering_an_existing_address_reveals_nothing_on_the_page,
    confirmation_link_works_once,
    confirmation_link_expires_after_a_day,
    forged_confirmation_link_is_refused,
    weak_passwords_are_refused_with_a_reason,
    mails_use_the_chosen_language,
    sign_out_ends_the_session,
    sign_in_renews_the_session_id,
    lost_password_resets_and_ends_every_session,
    reset_link_expires_after_an_hour,
    lost_password_for_unknown_address_looks_the_same,
    change_password_needs_the_current_one_and_signs_out_other_browsers,
    account_pages_need_a_session,
);

pub(crate) async fn create_account_confirm_by_mail_and_sign_in(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.browser();
    let page = browser.get("/register").await;
    for label in [
        "First name",
        "Last name",
        "E-mail",
        "Confirm e-mail",
        "E-mail language",
        "By checking this box",
    ] {
        page.field_for_label(label);
    }
    let sent = register_form(&browser, "anna@uni-tuebingen.de", "en").await;
    assert_eq!(sent.status, 200);
    assert!(
        sent.text().contains("Check your mailbox"),
        "{}",
        sent.text()
    );

    let mails = app.mails_to("anna@uni-tuebingen.de", 1).await;
    assert_eq!(mails.len(), 1);
    assert!(
        mails[0].subject.contains("confirm your e-mail address"),
        "{}",
        mails[0].subject
    );
    let link = mails[0].link_to(&format!("{}/register/confirm?token=", app.base));
    let form = browser.get(&link).await;
    assert_eq!(form.status, 200);
    assert!(form.text().contains("anna@uni-tuebingen.de"));
    let done = browser.choose_password(&form, PASSWORD).await;
    assert!(
        done.text().contains("Your account is ready"),
        "{}",
        done.text()
    );

    let signed_in = sign_in(&browser, "Anna@Uni-Tuebingen.de", PASSWORD).await;
    assert_eq!(signed_in.status, 303);
    assert_eq!(signed_in.location(), "/account");
    let account = browser.get("/account").await;
    assert_eq!(account.status, 200);
    assert!(account.text().contains("Anna Müller"), "{}", account.text());
    assert!(account.text().contains("English (en)"));
}

async fn registration_errors_are_per_field_and_keep_the_input(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.browser();
    let page = browser.get("/register").await;
    let result = browser
        .submit(
            &page.robot_check_solved(),
            &[
                ("First name", "Anna"),
                ("Last name", ""),
                ("E-mail", "anna@uni-tuebingen.de"),
                ("Confirm e-mail", "anna@uni-tuebingen.com"),
                ("E-mail language", "en"),
            ],
        )
        .await;
    assert_eq!(result.status, 400);
    let text = result.text();
    assert!(text.contains("Enter your last name"), "{text}");
    assert!(
        text.contains("The two e-mail addresses are not the same"),
        "{text}"
    );
    assert!(
        text.contains("You must acknowledge the privacy statement"),
        "{text}"
    );
    assert!(result.body.contains("value=\"Anna\""), "first name kept");
    assert!(
        result.body.contains("value=\"anna@uni-tuebingen.de\""),
        "e-mail kept"
    );
    assert!(
        app.mails_to("anna@uni-tuebingen.de", 0).await.is_empty(),
        "no mail for an invalid form"
    );
}

pub(crate) async fn registering_an_existing_address_reveals_nothing_on_the_page(backend: Backend) {
    let app = spawn_app(backend).await;
    register_through_pages(&app, "existing@example.eu", PASSWORD).await;
    let fresh = register_form(&app.browser(), "new@example.eu", "en").await;
    let again = register_form(&app.browser(), "existing@example.eu", "en").await;
    assert_eq!(fresh.status, again.status);
    assert_eq!(
        fresh.text().replace("new@example.eu", "ADDRESS"),
        again.text().replace("existing@example.eu", "ADDRESS"),
        "the page must not tell whether the address has an account"
    );
    let mails = app.mails_to("existing@example.eu", 2).await;
    assert_eq!(mails.len(), 2);
    assert!(
        mails[1].subject.contains("you already have an account"),
        "{}",
        mails[1].subject
    );
    assert!(
        !mails[1].body.contains("/register/confirm"),
        "no second account can be made"
    );
}

async fn confirmation_link_works_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.browser();
    register_form(&browser, "once@example.eu", "en").await;
    let link = app.mails_to("once@example.eu", 1).await[0]
        .link_to(&format!("{}/register/confirm?token=", app.base));
    let form = browser.get(&link).await;
    let done = browser.choose_password(&form, PASSWORD).await;
    assert_eq!(done.status, 200);
    assert_eq!(
        browser.get(&link).await.status,
        410,
        "a used link no longer shows the form"
    );
    // The same form sent again (a retry after a lost answer) is told the account is
    // ready, and changes nothing.
    let replay = browser.choose_password(&form, NEW_PASSWORD).await;
    assert_eq!(replay.status, 200, "{}", replay.text());
    assert_eq!(
        sign_in(&browser, "once@example.eu", NEW_PASSWORD)
            .await
            .status,
        401,
        "replay set nothing"
    );
}

async fn confirmation_link_expires_after_a_day(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.browser();
    register_form(&browser, "late@example.eu", "en").await;
    let link = app.mails_to("late@example.eu", 1).await[0]
        .link_to(&format!("{}/register/confirm?token=", app.base));
    let form = browser.get(&link).await;
    assert_eq!(form.status, 200);
    app.clock.advance(24 * 3600 + 1);
    assert_eq!(browser.get(&link).await.status, 410);
    let late = browser.choose_password(&form, PASSWORD).await;
    assert_eq!(late.status, 410);
}

async fn forged_confirmation_link_is_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.browser();
    for token in ["", "AAAA", &"x".repeat(43), &"y".repeat(5000)] {
        let page = browser
            .get(&format!("/register/confirm?token={token}"))
            .await;
        assert_eq!(page.status, 410, "token {token:.10}");
    }
}

async fn weak_passwords_are_refused_with_a_reason(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.browser();
    register_form(&browser, "weak@example.eu", "en").await;
    let link = app.mails_to("weak@example.eu", 1).await[0]
        .link_to(&format!("{}/register/confirm?token=", app.base));
    let form = browser.get(&link).await;
    for (password, reason) in [
        ("short", "at least 10 characters"),
        ("weak@example.eu", "must not be your e-mail"),
        ("password123", "too common"),
        ("Anna Müller 1", "too common"),
    ] {
        let page = browser
            .submit(
                &form,
                &[
                    ("New password", password),
                    ("Confirm new password", password),
                ],
            )
            .await;
        assert_eq!(page.status, 400, "{password}");
        assert!(page.text().contains(reason), "{password}: {}", page.text());
    }
    let mismatch = browser
        .submit(
            &form,
            &[
                ("New password", PASSWORD),
                ("Confirm new password", NEW_PASSWORD),
            ],
        )
        .await;
    assert!(
        mismatch
            .text()
            .contains("The two passwords are not the same")
    );
    // The error is tied to its field and summed up, linked, at the top (WCAG 3.3.1).
    assert!(
        mismatch
            .body
            .contains("<h2 id=\"error-summary-title\">There is a problem</h2>")
    );
    assert!(
        mismatch
            .body
            .contains("<a href=\"#confirm_password\">The two passwords are not the same")
    );
    assert!(
        mismatch
            .body
            .contains("aria-invalid=\"true\" aria-describedby=\"confirm_password-error\"")
    );
    assert!(
        mismatch
            .body
            .contains("<p class=\"error\" id=\"confirm_password-error\">")
    );
    assert_eq!(
        browser.get(&link).await.status,
        200,
        "refused attempts do not use up the link"
    );
}

async fn mails_use_the_chosen_language(backend: Backend) {
    let app = spawn_app(backend).await;
    register_form(&app.browser(), "claire@chu-lyon.fr", "fr").await;
    register_form(&app.browser(), "jan@umcg.nl", "nl").await;
    let french = &app.mails_to("claire@chu-lyon.fr", 1).await[0];
    assert!(
        french.body.contains("ouvrez ce lien dans les 24 heures"),
        "{}",
        french.body
    );
    let dutch = &app.mails_to("jan@umcg.nl", 1).await[0];
    assert!(
        dutch.body.contains("Open binnen 24 uur deze link"),
        "{}",
        dutch.body
    );
}

async fn sign_out_ends_the_session(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.registered_user("out@example.eu", PASSWORD).await;
    let token = browser.cookie("idp_session").expect("session cookie");
    let account = browser.get("/account").await;
    let out = browser
        .submit(&account.form_with_action("/logout"), &[])
        .await;
    assert_eq!(out.status, 303);
    assert_eq!(browser.get("/account").await.status, 303, "signed out");
    // The old cookie value, replayed by someone who copied it, is dead too.
    let replay = app
        .browser()
        .client
        .get(format!("{}/account", app.base))
        .header("cookie", format!("idp_session={token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(replay.status(), 303);
}

async fn sign_in_renews_the_session_id(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.registered_user("renew@example.eu", PASSWORD).await;
    let first = browser.cookie("idp_session").unwrap();
    assert_eq!(
        sign_in(&browser, "renew@example.eu", PASSWORD).await.status,
        303
    );
    let second = browser.cookie("idp_session").unwrap();
    assert_ne!(first, second);
    assert!(
        app.provider.session(&first).await.unwrap().is_none(),
        "the previous session ended"
    );
    assert!(app.provider.session(&second).await.unwrap().is_some());
}

async fn lost_password_resets_and_ends_every_session(backend: Backend) {
    let app = spawn_app(backend).await;
    let elsewhere = app.registered_user("lost@example.eu", PASSWORD).await;
    let browser = app.browser();
    let login = sign_in(&browser, "lost@example.eu", "not the password at all").await;
    assert_eq!(login.status, 401);
    let lost = browser.get("/password/lost").await;
    let sent = browser
        .submit(&lost, &[("E-mail", "lost@example.eu")])
        .await;
    assert!(sent.text().contains("Check your mailbox"));
    let mails = app.mails_to("lost@example.eu", 2).await;
    let link = mails
        .last()
        .unwrap()
        .link_to(&format!("{}/password/reset?token=", app.base));
    let form = browser.get(&link).await;
    assert_eq!(form.status, 200);
    let done = browser.choose_password(&form, NEW_PASSWORD).await;
    assert!(
        done.text().contains("Your new password is set"),
        "{}",
        done.text()
    );
    assert_eq!(
        elsewhere.get("/account").await.status,
        303,
        "every session ended"
    );
    assert_eq!(
        sign_in(&browser, "lost@example.eu", PASSWORD).await.status,
        401
    );
    assert_eq!(
        sign_in(&browser, "lost@example.eu", NEW_PASSWORD)
            .await
            .status,
        303
    );
    assert_eq!(browser.get(&link).await.status, 410, "the link works once");
    let mails = app.mails_to("lost@example.eu", 3).await;
    assert!(
        mails
            .iter()
            .any(|m| m.subject.contains("your password was changed"))
    );
}

async fn reset_link_expires_after_an_hour(backend: Backend) {
    let app = spawn_app(backend).await;
    register_through_pages(&app, "hour@example.eu", PASSWORD).await;
    let browser = app.browser();
    let lost = browser.get("/password/lost").await;
    browser
        .submit(&lost, &[("E-mail", "hour@example.eu")])
        .await;
    let link = app.mails_to("hour@example.eu", 2).await[1]
        .link_to(&format!("{}/password/reset?token=", app.base));
    let form = browser.get(&link).await;
    app.clock.advance(3601);
    let late = browser.choose_password(&form, NEW_PASSWORD).await;
    assert_eq!(late.status, 410);
    assert_eq!(
        sign_in(&browser, "hour@example.eu", PASSWORD).await.status,
        303,
        "password unchanged"
    );
}

async fn lost_password_for_unknown_address_looks_the_same(backend: Backend) {
    let app = spawn_app(backend).await;
    register_through_pages(&app, "known@example.eu", PASSWORD).await;
    let browser = app.browser();
    let lost = browser.get("/password/lost").await;
    let known = browser
        .submit(&lost, &[("E-mail", "known@example.eu")])
        .await;
    let unknown = browser
        .submit(&lost, &[("E-mail", "nobody@example.eu")])
        .await;
    assert_eq!(known.status, unknown.status);
    assert_eq!(
        known.text().replace("known@", "X@"),
        unknown.text().replace("nobody@", "X@")
    );
    assert!(app.mails_to("nobody@example.eu", 0).await.is_empty());
}

async fn change_password_needs_the_current_one_and_signs_out_other_browsers(backend: Backend) {
    let app = spawn_app(backend).await;
    let browser = app.registered_user("change@example.eu", PASSWORD).await;
    let other = app.browser();
    assert_eq!(
        sign_in(&other, "change@example.eu", PASSWORD).await.status,
        303
    );
    let form = browser.get("/account/password").await;
    assert_eq!(form.status, 200);
    let wrong = browser
        .submit(
            &form,
            &[
                ("Current password", "wrong guess here"),
                ("New password", NEW_PASSWORD),
                ("Confirm new password", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(wrong.status, 400);
    assert!(wrong.text().contains("This is not your current password"));
    let done = browser
        .submit(
            &form,
            &[
                ("Current password", PASSWORD),
                ("New password", NEW_PASSWORD),
                ("Confirm new password", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(done.status, 200, "{}", done.text());
    assert!(done.text().contains("Your password has been changed"));
    assert_eq!(
        browser.get("/account").await.status,
        200,
        "this browser stays signed in"
    );
    assert_eq!(
        other.get("/account").await.status,
        303,
        "other browsers are signed out"
    );
    assert_eq!(
        sign_in(&app.browser(), "change@example.eu", NEW_PASSWORD)
            .await
            .status,
        303
    );
    let changed = |m: &crate::app::Mail| m.subject.contains("your password was changed");
    let mails = crate::app::mails_until(&app.data_dir, "change@example.eu", changed).await;
    assert!(mails.iter().any(changed));
}

async fn account_pages_need_a_session(backend: Backend) {
    let app: TestApp = spawn_app(backend).await;
    let browser = app.browser();
    for path in ["/account", "/account/password"] {
        let page = browser.get(path).await;
        assert_eq!(page.status, 303, "{path}");
        assert_eq!(
            page.location(),
            format!("/login?next={}", path.replace('/', "%2F"))
        );
    }
    let forged = app
        .browser()
        .client
        .get(format!("{}/account", app.base))
        .header("cookie", "idp_session=forged-session-value")
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 303);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn personal_data_and_a_new_e_mail_address_confirmed_by_mail() {
    use crate::app::read_mails;
    let app = spawn_app(Backend::Embedded).await;
    let browser = app.registered_user("old@example.eu", PASSWORD).await;
    register_through_pages(&app, "taken@example.eu", PASSWORD).await;
    let page = browser.get("/account/details").await;
    let saved = browser
        .submit(
            &page,
            &[
                ("First name", "Anna-Lena"),
                ("Last name", "Müller"),
                ("E-mail language", "fr"),
            ],
        )
        .await;
    // The page answers at once in the account's new language...
    let french = ern_i18n::Lang::from_code("fr").unwrap();
    assert!(
        saved
            .text()
            .contains(&ern_i18n::t(french, "account-details-saved")),
        "{}",
        saved.text()
    );
    // ... and this browser's owner reads English with the selector (mails stay French).
    browser.get("/language?lang=en&next=%2F").await;
    let saved = browser.get("/account/details").await;
    assert!(
        browser
            .get("/account")
            .await
            .text()
            .contains("Anna-Lena Müller")
    );

    let wrong = browser
        .submit(
            &saved,
            &[
                ("New e-mail", "new@example.eu"),
                ("Password", "not the password"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 400);
    let sent = browser
        .submit(
            &saved,
            &[("New e-mail", "new@example.eu"), ("Password", PASSWORD)],
        )
        .await;
    assert!(
        sent.text().contains("We sent a link to new@example.eu"),
        "{}",
        sent.text()
    );
    let link = read_mails(&app.data_dir, "new@example.eu", 1).await[0]
        .link_to(&format!("{}/account/email/confirm?token=", app.base));
    let confirm = app.browser().get(&link).await;
    assert_eq!(
        confirm.status, 200,
        "opening the link changes nothing by itself"
    );
    assert_eq!(
        sign_in(&app.browser(), "old@example.eu", PASSWORD)
            .await
            .status,
        303
    );
    let done = app.browser().submit(&confirm, &[]).await;
    assert_eq!(
        done.status, 403,
        "the form needs the browser that opened the link (CSRF)"
    );
    let opener = app.browser();
    let confirm = opener.get(&link).await;
    let done = opener.submit(&confirm, &[]).await;
    assert!(
        done.text()
            .contains("Your e-mail address is now new@example.eu"),
        "{}",
        done.text()
    );
    assert_eq!(
        sign_in(&app.browser(), "new@example.eu", PASSWORD)
            .await
            .status,
        303
    );
    assert_eq!(
        sign_in(&app.browser(), "old@example.eu", PASSWORD)
            .await
            .status,
        401
    );
    let old_mails = read_mails(&app.data_dir, "old@example.eu", 2).await;
    // In French: the account's e-mail language since the save above.
    assert!(old_mails.iter().any(|m| {
        m.subject
            .contains("l'adresse électronique de votre compte a été modifiée")
    }));
    assert_eq!(
        opener.submit(&confirm, &[]).await.status,
        410,
        "the link works once"
    );

    // An address that belongs to another account cannot be taken.
    let page = browser.get("/account/details").await;
    let sent = browser
        .submit(
            &page,
            &[("New e-mail", "taken@example.eu"), ("Password", PASSWORD)],
        )
        .await;
    assert_eq!(sent.status, 200);
    let link = read_mails(&app.data_dir, "taken@example.eu", 2)
        .await
        .iter()
        .rev()
        .find_map(|m| m.link(&format!("{}/account/email/confirm?token=", app.base)))
        .unwrap();
    let confirm = opener.get(&link).await;
    let refused = opener.submit(&confirm, &[]).await;
    assert!(
        refused.text().contains("Another account uses this address"),
        "{}",
        refused.text()
    );
    assert_eq!(
        sign_in(&app.browser(), "taken@example.eu", PASSWORD)
            .await
            .status,
        303,
        "the other account is untouched"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lost_your_password_keeps_the_address_typed() {
    let app = spawn_app(Backend::Embedded).await;
    let browser = app.browser();
    let login = browser.get("/login").await;
    let password = browser
        .submit(&login, &[("E-mail", "someone+tag@example.eu")])
        .await;
    let href = password
        .body
        .split("href=\"")
        .find(|h| h.starts_with("/password/lost"))
        .and_then(|h| h.split('"').next())
        .unwrap()
        .replace("&amp;", "&");
    assert_eq!(href, "/password/lost?email=someone%2Btag%40example.eu");
    let lost = browser.get(&href).await;
    assert!(
        lost.body.contains("value=\"someone+tag@example.eu\""),
        "{}",
        lost.text()
    );
}

/// "Create an account" in the seeds' order, the anti-robot check shown as progress that
/// the page's script completes, not as a field to type into (issue 15).
#[tokio::test]
async fn the_registration_form_follows_the_seeds_and_shows_the_robot_check_as_progress() {
    let app = spawn_app(Backend::Embedded).await;
    let page = app.browser().get("/register").await;
    let text = page.text();
    let order = [
        "First name",
        "Last name",
        "E-mail",
        "Confirm e-mail",
        "E-mail language",
        "Anti-robot check",
        "By checking this box",
        "Create an account",
    ];
    // Each after the one before, from the heading on.
    let mut from = text.find("Create an account").unwrap_or(0) + 1;
    for label in order {
        let at = text[from..]
            .find(label)
            .unwrap_or_else(|| panic!("{label:?} is not after the fields before it: {text}"));
        from += at + label.len();
    }
    assert!(page.body.contains("<progress id=\"robot-progress\""));
    assert!(
        page.body
            .contains("<input type=\"hidden\" id=\"robot_nonce\" name=\"robot_nonce\" value=\"\">")
    );
    assert!(!page.body.contains("<label for=\"robot_nonce\""));
    let script = app.browser().get("/static/robot-check.js").await;
    assert!(
        script
            .body
            .contains("Checking that you are not a robot\\u2026 done")
    );
}

/// Destructive actions are danger buttons in a section of their own, apart from ordinary
/// ones: "Delete my account" is the last thing on My account, far from "Sign out"; "Delete
/// all my devices (PANIC)" likewise on the devices page (issue 15).
#[tokio::test]
async fn destructive_actions_are_red_and_apart() {
    let app = spawn_app(Backend::Embedded).await;
    let browser = app
        .registered_user("apart@example.eu", "plum sailor orbit lantern")
        .await;
    // Where `what` stands on `page`: it must be there.
    let at = |page: &str, what: &str| page.find(what).unwrap_or_else(|| panic!("no {what}"));
    let zone = "<section class=\"danger-zone\"";
    let account = browser.get("/account").await.body;
    let sign_out = at(&account, ">Sign out</button>");
    let danger = at(&account, zone);
    let delete = at(
        &account,
        "<button type=\"submit\" class=\"danger\">Delete my account</button>",
    );
    assert!(
        sign_out < danger && danger < delete,
        "Sign out first, apart"
    );
    assert!(
        !account[sign_out..danger].contains("Delete my account"),
        "nothing about deleting the account next to Sign out"
    );
    let devices = browser.get("/account/devices").await.body;
    let danger = at(&devices, zone);
    let panic = at(
        &devices,
        "<button type=\"submit\" class=\"danger\">Delete all my devices (PANIC)</button>",
    );
    assert!(danger < panic);
    assert!(
        devices[..danger].contains("Back to My account"),
        "the ordinary way out comes before the danger zone"
    );
    let css = app.browser().get("/static/style.css").await.body;
    assert!(css.contains("button.danger { background: #b00020;"), "red");
}
