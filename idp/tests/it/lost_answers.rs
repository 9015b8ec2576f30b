//! Issue 10: a reply lost between the provider and Redis (the proxy of `faults.rs` lets
//! the command run and swallows its answer) in the middle of each single-use exchange.
//! The client sees a 503; its ordinary retry succeeds, nothing is half done, nothing is
//! usable twice.

use openidconnect::{AuthorizationCode, OAuth2TokenResponse, RefreshToken};
use ring::rand::SystemRandom;
use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair};

use crate::app::{
    Backend, Browser, MailLink, TestApp, register_form, sign_in, spawn_app_with, spawn_wrapping,
};
use crate::faults::{Matcher, RedisProxy};
use crate::one_by_one::OneByOne;
use crate::rp::{OidcClient, PASSWORD, follow, http, query_param, register, start};

/// A provider on the shared Redis, through a fault-injecting proxy.
async fn through_proxy() -> (RedisProxy, TestApp) {
    let proxy = RedisProxy::for_shared_redis();
    let url = proxy.secret_url();
    let app = spawn_app_with(Backend::Redis, |c| c.redis_url = Some(url)).await;
    (proxy, app)
}

fn lost(name: &str, key_fragment: &str) -> Matcher {
    Matcher::command(name).arg_contains(key_fragment)
}

async fn exchange(rp: &OidcClient, code: &str, verifier: &str) -> Result<RefreshToken, String> {
    rp.exchange_code(AuthorizationCode::new(code.to_owned()))
        .unwrap()
        .set_pkce_verifier(openidconnect::PkceCodeVerifier::new(verifier.to_owned()))
        .request_async(&http())
        .await
        .map(|t| t.refresh_token().unwrap().clone())
        .map_err(|e| format!("{e:?}"))
}

async fn refresh(rp: &OidcClient, token: &RefreshToken) -> Result<RefreshToken, String> {
    rp.exchange_refresh_token(token)
        .unwrap()
        .request_async(&http())
        .await
        .map(|t| t.refresh_token().unwrap().clone())
        .map_err(|e| format!("{e:?}"))
}

/// A new user signed in to a new client asking for offline access: its code and verifier.
async fn offline_code(app: &TestApp, email: &str) -> (OidcClient, String, String) {
    let browser = app.registered_user(email, PASSWORD).await;
    let (rp, _, _) = register(app, |_| {}).await;
    let started = start(&rp, &["offline_access"], None);
    let back = follow(&browser, &started.url, email, PASSWORD).await;
    let code = query_param(&back, "code").unwrap();
    (rp, code, started.verifier.secret().clone())
}

/// A provider on the shared Redis through the proxy whose store writes one by one, as a
/// Redis Cluster does (its swaps are then `EVALSHA`s of their own, not `EVAL`s in a
/// `MULTI`).
async fn through_proxy_one_by_one() -> (RedisProxy, TestApp) {
    let proxy = RedisProxy::for_shared_redis();
    let url = proxy.secret_url();
    let app = spawn_wrapping(
        Backend::Redis,
        |c| c.redis_url = Some(url),
        |store| std::sync::Arc::new(OneByOne(store)),
    )
    .await;
    (proxy, app)
}

/// The store key (the provider's prefix taken off) of the first command seen that
/// `matcher` selects: a script's key is its third argument (script, key count, key).
fn key_seen(proxy: &RedisProxy, matcher: &Matcher, app: &TestApp) -> String {
    let command = proxy
        .commands()
        .into_iter()
        .find(|c| matcher.matches(c))
        .expect("the command was seen");
    let at = if command.name.starts_with("EVAL") {
        2
    } else {
        0
    };
    let key = String::from_utf8(command.args[at].clone()).unwrap();
    key.strip_prefix(&app.provider.config.redis_prefix)
        .unwrap()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn codes_and_refresh_tokens_survive_a_lost_answer() {
    // On one server the swap is an `EVAL` in the exchange's `MULTI`: its reply is swallowed
    // after the `EXEC` went to Redis with it, so the whole transaction ran.
    let (proxy, app) = through_proxy().await;
    survive_lost_answers(&proxy, &app, "EVAL").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn codes_and_refresh_tokens_survive_a_lost_answer_when_writes_go_one_by_one() {
    let (proxy, app) = through_proxy_one_by_one().await;
    survive_lost_answers(&proxy, &app, "EVALSHA").await;
}

async fn survive_lost_answers(proxy: &RedisProxy, app: &TestApp, swap: &str) {
    let email = "lost-token@example.eu";
    let (rp, code, verifier) = offline_code(app, email).await;

    // The code is marked redeemed in Redis, but the answer is lost.
    proxy.clear_log();
    proxy.drop_reply_of(lost(swap, ":code-used:"));
    let failed = exchange(&rp, &code, &verifier).await;
    assert!(proxy.fired(), "{:?}", proxy.commands_seen());
    assert!(failed.is_err(), "{failed:?}");
    let mark = key_seen(proxy, &lost(swap, ":code-used:"), app);
    assert!(
        app.provider.store.get(&mark).await.unwrap().is_some(),
        "the mark landed although its answer was lost"
    );
    let first = exchange(&rp, &code, &verifier)
        .await
        .expect("the retry gets tokens");

    // A refresh whose mark lands and whose answer is lost; then one cut before it runs.
    proxy.drop_reply_of(lost(swap, ":refresh:"));
    assert!(refresh(&rp, &first).await.is_err());
    assert!(proxy.fired());
    let second = refresh(&rp, &first).await.expect("the retry is served");
    proxy.cut_before(lost(swap, ":refresh:"));
    assert!(refresh(&rp, &second).await.is_err());
    let third = refresh(&rp, &second).await.expect("and again");
    let fourth = refresh(&rp, &third).await.expect("the family lives");

    // Nothing is usable twice: the token used before is a copy now, and kills the family.
    let replay = refresh(&rp, &second).await;
    assert!(replay.is_err(), "{replay:?}");
    assert!(refresh(&rp, &fourth).await.is_err(), "family revoked");
}

/// On one Redis server a code exchange's writes and the code's mark go in one `MULTI`/`EXEC`:
/// cut before any of them, the exchange leaves nothing (no family indexed, no pointer),
/// and the client's retry of the code works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_one_redis_server_an_exchange_cut_part_way_leaves_nothing() {
    use idp::store::keys;
    let (proxy, app) = through_proxy().await;
    let email = "cut-whole@example.eu";
    let (rp, code, verifier) = offline_code(&app, email).await;
    let store = app.provider.store.as_ref();
    let account = app.account(email).await;
    let index = keys::account_grants(&account.id);

    proxy.clear_log();
    proxy.cut_before(Matcher::command("SET").arg_contains(":refresh:"));
    assert!(exchange(&rp, &code, &verifier).await.is_err());
    assert_eq!(proxy.fired_count(), 1, "{:?}", proxy.commands_seen());
    let seen = proxy.commands_seen();
    let multi = seen.iter().position(|c| c == "MULTI");
    let pointer = seen.iter().position(|c| c == "SET");
    assert!(
        multi.is_some() && pointer.is_some() && multi < pointer,
        "the family's pointer went first, in the transaction: {seen:?}"
    );
    let pointer = key_seen(
        &proxy,
        &Matcher::command("SET").arg_contains(":refresh-family:"),
        &app,
    );
    assert_eq!(store.get(&pointer).await.unwrap(), None, "no pointer");
    assert!(store.set_members(&index).await.unwrap().is_empty());
    let tokens = exchange(&rp, &code, &verifier).await.expect("the retry");
    assert!(refresh(&rp, &tokens).await.is_ok());
    assert_eq!(app.offline_apps(&account.id).await, 1);
}

/// A code exchange cut off between a new family's pointer and its first token, as on a
/// Redis Cluster, which makes the writes one after another (a crash of the provider
/// between two of them, or a connection lost): the account's index keeps the family while
/// its pointer lives, so revoking all grants finds it; the client's retry of the code
/// works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_exchange_cut_before_its_token_leaves_a_family_that_revoking_finds() {
    use idp::store::keys;
    let (proxy, app) = through_proxy_one_by_one().await;
    let email = "cut-token@example.eu";
    let (rp, code, verifier) = offline_code(&app, email).await;

    let store = app.provider.store.as_ref();
    let account = app.account(email).await;
    let index = keys::account_grants(&account.id);

    // Cut before the family's pointer: nothing is indexed (the pointer comes first).
    proxy.cut_before(Matcher::command("SET").arg_contains(":refresh-family:"));
    assert!(exchange(&rp, &code, &verifier).await.is_err());
    assert_eq!(proxy.fired_count(), 1, "{:?}", proxy.commands_seen());
    assert!(store.set_members(&index).await.unwrap().is_empty());

    // Cut before the token: the family is indexed, with its pointer.
    proxy.cut_before(Matcher::command("SET").arg_contains(":refresh:"));
    assert!(exchange(&rp, &code, &verifier).await.is_err());
    assert_eq!(proxy.fired_count(), 2, "{:?}", proxy.commands_seen());
    let indexed = store.set_members(&index).await.unwrap();
    assert_eq!(indexed.len(), 1, "the family was indexed: {indexed:?}");
    let family = indexed[0].split(':').next().unwrap().to_owned();
    assert!(
        store
            .get(&keys::refresh_family(&family))
            .await
            .unwrap()
            .is_some(),
        "its pointer"
    );

    // Listed, it is not an application yet, but it stays indexed; revoking finds it.
    assert_eq!(app.offline_apps(&account.id).await, 0);
    assert_eq!(store.set_members(&index).await.unwrap(), indexed);
    app.provider
        .revoke_grants(&account.id, idp::oidc::grants::Revoke::All)
        .await
        .unwrap();
    assert!(store.set_members(&index).await.unwrap().is_empty());
    assert!(
        store
            .get(&keys::refresh_family(&family))
            .await
            .unwrap()
            .is_none()
    );

    // The code was never marked used: the client's retry gets tokens.
    let tokens = exchange(&rp, &code, &verifier).await.expect("the retry");
    assert!(refresh(&rp, &tokens).await.is_ok());
    assert_eq!(app.offline_apps(&account.id).await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registration_and_reset_links_survive_a_lost_answer() {
    let (proxy, app) = through_proxy().await;
    let email = "lost-link@example.eu";
    let browser = app.browser();
    register_form(&browser, email, "en").await;
    let link =
        app.mails_to(email, 1).await[0].link_to(&format!("{}/register/confirm?token=", app.base));
    let form = browser.get(&link).await;
    // The account and then its e-mail index are written (`SET NX` each, two keys a Redis
    // Cluster keeps in two slots); the index's answer is lost.
    proxy.drop_reply_of(lost("SET", ":account-email:"));
    let failed = browser.choose_password(&form, PASSWORD).await;
    assert_eq!(failed.status, 503, "{}", failed.text());
    assert!(proxy.fired());
    let retried = browser.choose_password(&form, PASSWORD).await;
    assert_eq!(retried.status, 200, "{}", retried.text());
    assert!(retried.text().contains("Your account is ready"));
    assert_eq!(sign_in(&app.browser(), email, PASSWORD).await.status, 303);

    // A crash between the two writes (cut before the index is written): the retry finds
    // the account and writes the index it lacked, so the address signs in.
    let other = "lost-index@example.eu";
    let second = app.browser();
    register_form(&second, other, "en").await;
    let link =
        app.mails_to(other, 1).await[0].link_to(&format!("{}/register/confirm?token=", app.base));
    let form = second.get(&link).await;
    proxy.cut_before(lost("SET", ":account-email:"));
    let failed = second.choose_password(&form, PASSWORD).await;
    assert_eq!(failed.status, 503, "{}", failed.text());
    assert!(proxy.fired());
    let retried = second.choose_password(&form, PASSWORD).await;
    assert_eq!(retried.status, 200, "{}", retried.text());
    assert_eq!(sign_in(&app.browser(), other, PASSWORD).await.status, 303);
    let account = app.account(email).await;

    // A reset: the new password is written (compare-and-set on the account), the answer
    // lost; the retry is told it is done, and only the new password works.
    let lost_page = browser.get("/password/lost").await;
    browser.submit(&lost_page, &[("E-mail", email)]).await;
    let reset = loop {
        let mails = app.mails_to(email, 2).await;
        if let Some(link) = mails
            .iter()
            .find_map(|m| m.link(&format!("{}/password/reset?token=", app.base)))
        {
            break link;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    let form = browser.get(&reset).await;
    let new_password = "quartz meadow violin harbour";
    proxy.drop_reply_of(lost("EVALSHA", &format!(":account:{}", account.id)));
    let failed = browser.choose_password(&form, new_password).await;
    assert_eq!(failed.status, 503, "{}", failed.text());
    assert!(proxy.fired());
    let retried = browser.choose_password(&form, new_password).await;
    assert!(
        retried.text().contains("Your new password is set"),
        "{}",
        retried.text()
    );
    assert_eq!(sign_in(&app.browser(), email, PASSWORD).await.status, 401);
    assert_eq!(
        sign_in(&app.browser(), email, new_password).await.status,
        303
    );
    // Used: the link neither shows its form nor sets another password.
    assert_eq!(browser.get(&reset).await.status, 410);
    let other = browser
        .choose_password(&form, "another passphrase entirely")
        .await;
    assert!(other.status >= 400, "{}", other.text());
}

/// The SMS text challenge written to the outbox for `number`, the newest.
async fn sms_code(app: &TestApp, number: &str, at_least: usize) -> String {
    for _ in 0..100 {
        let text =
            std::fs::read_to_string(app.data_dir.join("outbox/sms.jsonl")).unwrap_or_default();
        let bodies: Vec<String> = text
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|v| v["to"] == number)
            .map(|v| v["body"].as_str().unwrap_or_default().to_owned())
            .collect();
        if bodies.len() >= at_least {
            let body = bodies.last().unwrap();
            return body
                .split("challenge is ")
                .nth(1)
                .unwrap()
                .split('.')
                .next()
                .unwrap()
                .to_owned();
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no SMS to {number}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_sms_challenge_survives_a_lost_answer() {
    let (proxy, app) = through_proxy().await;
    let email = "lost-sms@example.eu";
    let owner = app.registered_user(email, PASSWORD).await;
    let phones = owner.get("/account/phones").await;
    let sent = owner
        .submit(&phones, &[("Mobile phone", "+32 123 45 67 89")])
        .await;
    let code = sms_code(&app, "+32123456789", 1).await;
    let confirmed = owner.submit(&sent, &[("SMS text challenge", &code)]).await;
    assert!(
        confirmed.text().contains("is confirmed"),
        "{}",
        confirmed.text()
    );

    // Sign in with Mobile Phone + SMS; the challenge is consumed in Redis, the answer lost.
    let browser: Browser = app.browser();
    let login = browser.get("/login").await;
    let password = browser.submit(&login, &[("E-mail", email)]).await;
    let chosen = browser
        .submit(
            &password,
            &[("Password", PASSWORD), ("Mobile Phone + SMS", "sms")],
        )
        .await;
    let mobile = browser.get(chosen.location()).await;
    let challenge = browser
        .submit(&mobile, &[("Mobile phone", "+32 123 45 67 89")])
        .await;
    let code = sms_code(&app, "+32123456789", 2).await;
    proxy.drop_reply_of(lost("DEL", ":sms-challenge:sign-in:"));
    let failed = browser
        .submit(&challenge, &[("SMS text challenge", &code)])
        .await;
    assert_eq!(failed.status, 503, "{}", failed.text());
    assert!(proxy.fired());
    let retried = browser
        .submit(&challenge, &[("SMS text challenge", &code)])
        .await;
    assert_eq!(retried.status, 303, "{}", retried.text());
    let (session, _) = app
        .provider
        .session(&browser.cookie("idp_session").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(session.methods, ["pwd", "sms"]);
    // Not usable by another sign-in.
    let other = app.browser();
    assert_eq!(sign_in(&other, email, PASSWORD).await.status, 303);
    let csrf = other.get("/account").await.hidden("csrf_token");
    let stolen = other
        .post(
            "/login/sms/verify",
            &[("csrf_token", &csrf), ("code", &code), ("next", "/account")],
        )
        .await;
    assert_eq!(stolen.status, 401, "{}", stolen.text());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_enrolment_survives_a_lost_answer() {
    let (proxy, app) = through_proxy().await;
    let email = "lost-device@example.eu";
    let browser = app.registered_user(email, PASSWORD).await;
    let link = crate::devices::enrolment_link(&browser).await;
    let token = link.split("token=").nth(1).unwrap().to_owned();
    let rng = SystemRandom::new();
    let key = |rng: &SystemRandom| {
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, rng).unwrap();
        EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), rng).unwrap()
    };
    let enrol = |pair: &EcdsaKeyPair| {
        let mut proof = pair
            .sign(
                &rng,
                idp::factors::app::enrolment_message(&token).as_bytes(),
            )
            .unwrap()
            .as_ref()
            .to_vec();
        idp::factors::app::to_low_s(&mut proof);
        serde_json::json!({
            "token": token,
            "name": "My phone",
            "public_key": idp::secrets::b64(pair.public_key().as_ref()),
            "proof": idp::secrets::b64(&proof),
        })
    };
    let post = |body: serde_json::Value| {
        let url = format!("{}/device/enrol", app.base);
        async move {
            let response = reqwest::Client::new()
                .post(url)
                .json(&body)
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            (status, response.text().await.unwrap())
        }
    };
    let device = key(&rng);
    let request = enrol(&device);
    // The device is added to the account in Redis, the answer lost.
    proxy.drop_reply_of(lost("EVALSHA", ":account:"));
    let (status, body) = post(request.clone()).await;
    assert_eq!(status, 503, "{body}");
    assert!(proxy.fired());
    let (status, first) = post(request.clone()).await;
    assert_eq!(status, 200, "{first}");
    let (status, again) = post(request).await;
    assert_eq!(status, 200, "the same answer: {again}");
    let first: serde_json::Value = serde_json::from_str(&first).unwrap();
    let again: serde_json::Value = serde_json::from_str(&again).unwrap();
    assert_eq!(first["device_id"], again["device_id"]);
    assert_eq!(first["secret"], again["secret"]);
    // Another key cannot use the link, and the account has the one device.
    let (status, _) = post(enrol(&key(&rng))).await;
    assert_eq!(status, 400);
    // A copy of the request replayed long after gets nothing (not the device's secret).
    app.clock.advance(11 * 60);
    let (status, late) = post(enrol(&device)).await;
    assert_eq!(status, 400, "{late}");
    assert!(!late.contains("secret"), "{late}");
    let account = app.account(email).await;
    assert_eq!(account.devices.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_last_sign_in_step_survives_a_lost_answer() {
    let (proxy, app) = through_proxy().await;
    let email = "lost-resume@example.eu";
    crate::app::register_through_pages(&app, email, PASSWORD).await;
    let (rp, _, _) = register(&app, |_| {}).await;
    let started = start(&rp, &[], None);
    // Not signed in: /authorize sends the browser to sign in, which leads back to the
    // request's last step.
    let browser = app.browser();
    let to_login = browser.get(&started.url).await;
    let login = browser.get(to_login.location()).await;
    let password = browser.submit(&login, &[("E-mail", email)]).await;
    let signed_in = browser.submit(&password, &[("Password", PASSWORD)]).await;
    assert_eq!(signed_in.status, 303, "{}", signed_in.text());
    let resume = signed_in.location().to_owned();
    assert!(resume.starts_with("/authorize/resume?id="), "{resume}");
    // The request is marked answered (compare-and-set), the answer lost.
    proxy.drop_reply_of(lost("EVALSHA", ":authorization:"));
    let failed = browser.get(&resume).await;
    assert_eq!(failed.status, 503, "{}", failed.text());
    assert!(proxy.fired());
    let retried = browser.get(&resume).await;
    assert_eq!(retried.status, 303, "{}", retried.text());
    let code = query_param(retried.location(), "code").expect("a code");
    let verifier = started.verifier.secret().clone();
    assert!(exchange(&rp, &code, &verifier).await.is_ok());
    // Done now: coming back gets no other code.
    let again = browser.get(&resume).await;
    assert!(
        !again.location().contains("code="),
        "{} {}",
        again.status,
        again.location()
    );
}
