//! CPMS against the real provider, both in this process over loopback: sign-in with
//! Mobile Phone + SMS (the SMS read from the provider's outbox), RP-initiated logout,
//! back-channel logout when the provider session ends, and forged logout tokens refused.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use cpms_client::{AppState, Config, Secret};
use idp::clients::{Acr, NewClient};
use idp::keys::Alg;
use idp::provider::Provider;
use serde_json::{Value, json};
use tokio::net::TcpListener;

use crate::support::{Browser, Cpms, Page, spawn_app, spawn_on};

const EMAIL: &str = "ada.neuro@example.eu";
const PASSWORD: &str = "plum sailor orbit lantern";
const NUMBER: &str = "+32 123 45 67 89";
const E164: &str = "+32123456789";
pub const SECRET: &str = "cpms-client-secret-for-tests-0123456789";

pub struct Idp {
    pub base: String,
    pub provider: Arc<Provider>,
    data_dir: PathBuf,
    _dir: tempfile::TempDir,
    _shutdown: tokio::sync::oneshot::Sender<()>,
}

pub async fn spawn_idp() -> Idp {
    spawn_idp_on(TcpListener::bind("127.0.0.1:0").await.unwrap()).await
}

pub async fn spawn_idp_on(listener: TcpListener) -> Idp {
    let issuer = format!("http://{}", listener.local_addr().unwrap());
    spawn_idp_as(listener, issuer).await
}

/// The provider on `listener`, calling itself `issuer` (another address that forwards to
/// it, e.g. a proxy counting requests).
pub async fn spawn_idp_as(listener: TcpListener, issuer: String) -> Idp {
    let dir = tempfile::tempdir().unwrap();
    let addr = listener.local_addr().unwrap();
    let config = idp::config::Config {
        listen: addr,
        issuer: issuer.clone(),
        data_dir: dir.path().to_path_buf(),
        keys_dir: dir.path().join("keys"),
        robot_check_bits: 6,
        password_hash_threads: 2,
        ..idp::config::Config::default()
    };
    let provider = idp::server::build(config, Arc::new(idp::clock::SystemClock))
        .await
        .unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let state = provider.clone();
    tokio::spawn(async move {
        idp::web::serve(state, listener, async {
            let _ = rx.await;
        })
        .await
        .unwrap();
    });
    Idp {
        base: issuer,
        provider,
        data_dir: dir.path().to_path_buf(),
        _dir: dir,
        _shutdown: tx,
    }
}

/// CPMS on a free port, registered at the provider as client `cpms` (min_acr substantial,
/// back-channel logout, post-logout redirect to its start page).
pub async fn spawn_cpms(idp: &Idp, data_dir: &Path) -> Cpms {
    spawn_cpms_with(idp, data_dir, |_| {}).await.0
}

/// [`spawn_cpms`] with settings changed by `adjust`; also returns CPMS's state.
pub async fn spawn_cpms_with(
    idp: &Idp,
    data_dir: &Path,
    adjust: impl FnOnce(&mut Config),
) -> (Cpms, AppState) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    idp::clients::add(
        idp.provider.store.as_ref(),
        NewClient {
            id: "cpms".into(),
            name: Some("ERN-CPMS".into()),
            secret: Some(SECRET.into()),
            redirect_uris: vec![format!("{base}/callback")],
            post_logout_redirect_uris: vec![format!("{base}/")],
            backchannel_logout_uri: Some(format!("{base}/backchannel-logout")),
            first_party: true,
            min_acr: Some(Acr::Substantial),
            ..Default::default()
        },
    )
    .await
    .unwrap()
    .unwrap();
    let mut config = Config {
        listen: listener.local_addr().unwrap(),
        public_url: base,
        issuer: idp.base.clone(),
        client_id: "cpms".into(),
        client_secret: Some(Secret::new(SECRET)),
        data_dir: data_dir.to_path_buf(),
        catalogue: None,
        training: false,
        // Profiles are read again at every request: revocation shows at once.
        roles_max_age: std::time::Duration::ZERO,
        ..Config::default()
    };
    adjust(&mut config);
    spawn_app(listener, config).await
}

async fn sms_codes(idp: &Idp, at_least: usize) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let text =
            std::fs::read_to_string(idp.data_dir.join("outbox/sms.jsonl")).unwrap_or_default();
        let codes: Vec<String> = text
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter(|v| v["to"] == E164)
            .filter_map(|v| {
                let body = v["body"].as_str()?.to_owned();
                Some(
                    body.split("challenge is ")
                        .nth(1)?
                        .split('.')
                        .next()?
                        .to_owned(),
                )
            })
            .collect();
        if codes.len() >= at_least || Instant::now() > deadline {
            return codes;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// An account with a confirmed mobile phone, made as the provider's own tests do.
pub async fn account_with_phone(idp: &Idp) -> idp::accounts::Account {
    let account = idp
        .provider
        .create_account(EMAIL, "Ada", "Neuro", "en", Some(PASSWORD), false)
        .await
        .unwrap()
        .unwrap();
    let browser = Browser::new(&idp.base);
    let login = browser.get("/login").await;
    let password = browser.submit(&login, &[("E-mail", EMAIL)]).await;
    let done = browser.submit(&password, &[("Password", PASSWORD)]).await;
    assert_eq!(done.status, 303, "{}", done.text());
    let phones = browser.get("/account/phones").await;
    let sent = browser.submit(&phones, &[("Mobile phone", NUMBER)]).await;
    assert_eq!(sent.status, 200, "{}", sent.text());
    let code = sms_codes(idp, 1).await.pop().unwrap();
    let confirmed = browser
        .submit(&sent, &[("SMS text challenge", &code)])
        .await;
    assert!(
        confirmed.text().contains("is confirmed"),
        "{}",
        confirmed.text()
    );
    account
}

fn absolute(base: &str, location: &str) -> String {
    if location.starts_with('/') {
        format!("{base}{location}")
    } else {
        location.to_owned()
    }
}

/// From CPMS's "Login via EU Login" through the provider's pages (E-mail, Password,
/// Mobile Phone + SMS) back to CPMS's /callback; returns the callback's answer.
pub async fn sign_in_through_provider(idp: &Idp, cpms: &Cpms, browser: &Browser) -> Page {
    let landing = browser.get(&format!("{}/", cpms.base)).await;
    assert!(
        landing.body.contains("href=\"/login\""),
        "Login via EU Login"
    );
    let start = browser.get(&format!("{}/login", cpms.base)).await;
    assert_eq!(start.status, 303, "{}", start.text());
    let authorize = start.location().to_owned();
    assert!(
        authorize.starts_with(&format!("{}/authorize?", idp.base)),
        "{authorize}"
    );
    for expected in [
        "code_challenge_method=S256",
        "nonce=",
        "state=",
        "acr_values=substantial",
        "roles",
    ] {
        assert!(authorize.contains(expected), "{expected} in {authorize}");
    }
    finish_at_provider(idp, cpms, browser, authorize).await
}

/// From the provider's authorization URL through its pages (E-mail, Password, Mobile
/// Phone + SMS; none when the browser is still signed in there) back to CPMS's /callback;
/// returns the callback's answer.
pub async fn finish_at_provider(
    idp: &Idp,
    cpms: &Cpms,
    browser: &Browser,
    authorize: String,
) -> Page {
    let provider = browser.at(&idp.base);
    let mut location = authorize;
    let mut page;
    loop {
        if location.starts_with(&format!("{}/callback", cpms.base)) {
            return browser.get(&location).await;
        }
        page = browser.get(&location).await;
        if page.status == 200 {
            break;
        }
        assert!(
            matches!(page.status, 302 | 303),
            "{} {}",
            page.status,
            page.text()
        );
        location = absolute(&idp.base, page.location());
    }
    let password = provider.submit(&page, &[("E-mail", EMAIL)]).await;
    assert_eq!(password.status, 200, "{}", password.text());
    let chosen = provider
        .submit(
            &password,
            &[("Password", PASSWORD), ("Mobile Phone + SMS", "sms")],
        )
        .await;
    assert_eq!(chosen.status, 303, "{}", chosen.text());
    let mobile = provider.get(&absolute(&idp.base, chosen.location())).await;
    let before = sms_codes(idp, 0).await.len();
    let challenge = provider.submit(&mobile, &[("Mobile phone", NUMBER)]).await;
    assert_eq!(challenge.status, 200, "{}", challenge.text());
    let code = sms_codes(idp, before + 1).await.pop().unwrap();
    let done = provider
        .submit(&challenge, &[("SMS text challenge", &code)])
        .await;
    let mut location = absolute(&idp.base, done.location());
    for _ in 0..5 {
        if location.starts_with(&format!("{}/callback", cpms.base)) {
            return browser.get(&location).await;
        }
        let next = browser.get(&location).await;
        assert!(
            matches!(next.status, 302 | 303),
            "{} {}",
            next.status,
            next.text()
        );
        location = absolute(&idp.base, next.location());
    }
    panic!("never came back to CPMS: {location}");
}

/// Waits up to 5 s for CPMS to send this browser to /login (session ended).
async fn signed_out_of_cpms(cpms: &Cpms, browser: &Browser) -> bool {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let page = browser.get(&format!("{}/dashboard", cpms.base)).await;
        if page.status == 303 && page.location() == "/login" {
            return true;
        }
        if Instant::now() > deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

pub async fn sign_logout_token(idp: &Idp, claims: &Value) -> String {
    let now = idp::clock::Clock::now(&idp::clock::SystemClock);
    let (kid, key) = idp.provider.keys.active(Alg::RS256, now).await.unwrap();
    idp::jwt::sign(&key, Alg::RS256, &kid, "logout+jwt", claims).unwrap()
}

pub async fn post_logout_token(cpms: &Cpms, token: &str) -> u16 {
    Browser::new(&cpms.base)
        .post("/backchannel-logout", &[("logout_token", token)])
        .await
        .status
}

#[tokio::test]
async fn sign_in_through_the_provider_then_sign_out_both_ways() {
    let idp = spawn_idp().await;
    let dir = tempfile::tempdir().unwrap();
    // CPMS starts first and discovers the provider lazily; here the provider is up.
    let cpms = spawn_cpms(&idp, dir.path()).await;
    account_with_phone(&idp).await;

    // 1. Sign-in: two factors, back at CPMS, signed in (no roles yet: told so).
    let browser = Browser::new(&cpms.base);
    let callback = sign_in_through_provider(&idp, &cpms, &browser).await;
    assert_eq!(callback.status, 303, "{}", callback.text());
    assert_eq!(callback.location(), "/dashboard");
    let dashboard = browser.get("/dashboard").await;
    assert_eq!(dashboard.status, 200);
    assert!(
        dashboard.text().contains("Ada Neuro"),
        "{}",
        dashboard.text()
    );
    assert!(dashboard.text().contains("You have no CPMS profile yet"));
    // The sign-in wrote the real data file: private to CPMS's user.
    assert_eq!(crate::flows::mode(&dir.path().join("cpms.json")), "600");
    // The pending sign-in is single use: replaying the callback is refused.
    assert_eq!(browser.get("/callback?code=x&state=y").await.status, 403);
    assert_eq!(
        browser.get("/dashboard").await.status,
        200,
        "still signed in"
    );

    // Not a training deployment: no test accounts, no banner.
    assert_eq!(browser.get("/training/login").await.status, 404);
    let landing = browser.get("/").await.text();
    assert!(!landing.contains("TRAINING MODE") && !landing.contains("non-eulogin"));

    // 2. Forged logout tokens are refused (400) and end nothing.
    let now = idp::clock::Clock::now(&idp::clock::SystemClock);
    let claims = |aud: &str, sid: &str| {
        json!({
            "iss": idp.base, "aud": aud, "iat": now, "exp": now + 120,
            "jti": format!("jti-{aud}-{sid}"), "sub": "someone", "sid": sid,
            "events": { "http://schemas.openid.net/event/backchannel-logout": {} },
        })
    };
    let wrong_aud = sign_logout_token(&idp, &claims("another-app", "s1")).await;
    assert_eq!(post_logout_token(&cpms, &wrong_aud).await, 400);
    let good = sign_logout_token(&idp, &claims("cpms", "unknown-sid")).await;
    let mut parts: Vec<&str> = good.split('.').collect();
    let other = sign_logout_token(&idp, &claims("cpms", "other")).await;
    let other_signature = other.rsplit('.').next().unwrap().to_owned();
    parts[2] = &other_signature;
    assert_eq!(
        post_logout_token(&cpms, &parts.join(".")).await,
        400,
        "wrong signature"
    );
    let mut no_event = claims("cpms", "s2");
    no_event.as_object_mut().unwrap().remove("events");
    let no_event = sign_logout_token(&idp, &no_event).await;
    assert_eq!(post_logout_token(&cpms, &no_event).await, 400, "no event");
    let mut with_nonce = claims("cpms", "s3");
    with_nonce["nonce"] = json!("n");
    let with_nonce = sign_logout_token(&idp, &with_nonce).await;
    assert_eq!(post_logout_token(&cpms, &with_nonce).await, 400, "nonce");
    assert_eq!(post_logout_token(&cpms, "not.a.jwt").await, 400);
    assert_eq!(
        post_logout_token(&cpms, &good).await,
        200,
        "a valid token is accepted"
    );
    assert_eq!(
        post_logout_token(&cpms, &good).await,
        400,
        "the same token a second time is a replay"
    );
    let mut no_jti = claims("cpms", "s4");
    no_jti.as_object_mut().unwrap().remove("jti");
    let no_jti = sign_logout_token(&idp, &no_jti).await;
    assert_eq!(post_logout_token(&cpms, &no_jti).await, 400, "no jti");
    assert_eq!(
        browser.get("/dashboard").await.status,
        200,
        "still signed in"
    );

    // 3. The provider session ends (the user signs out at the provider): back-channel
    //    logout ends the CPMS session.
    let account_page = browser.get(&format!("{}/account", idp.base)).await;
    assert_eq!(account_page.status, 200, "{}", account_page.text());
    let form = account_page.form_with_action("/logout");
    let fields = form.hidden_fields();
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let out = browser
        .post(&format!("{}/logout", idp.base), &borrowed)
        .await;
    assert_eq!(out.status, 303, "{}", out.text());
    assert!(
        signed_out_of_cpms(&cpms, &browser).await,
        "back-channel logout ended the CPMS session"
    );

    // 4. RP-initiated logout: CPMS ends its session and sends the browser to the
    //    provider's end_session_endpoint with id_token_hint and post_logout_redirect_uri.
    let callback = sign_in_through_provider(&idp, &cpms, &browser).await;
    assert_eq!(callback.status, 303, "{}", callback.text());
    assert_eq!(browser.get("/dashboard").await.status, 200);
    let out = browser.post_with_csrf("/logout", &[]).await;
    assert_eq!(out.status, 303);
    let end_session = out.location().to_owned();
    assert!(
        end_session.starts_with(&format!("{}/logout?", idp.base)),
        "{end_session}"
    );
    assert!(end_session.contains("id_token_hint="), "{end_session}");
    let home = format!("{}/", cpms.base);
    let encoded: String = serde_urlencoded::to_string([("p", home.as_str())]).unwrap();
    assert!(
        end_session.contains(&encoded.replacen("p=", "post_logout_redirect_uri=", 1)),
        "{end_session}"
    );
    assert_eq!(
        browser.get("/dashboard").await.location(),
        "/login",
        "CPMS session ended at once"
    );
    // CPMS holds this very session's ID token: the provider signs out at once, without a
    // second question, and sends the browser back to CPMS (RP-Initiated Logout 1.0).
    let back = browser.get(&end_session).await;
    assert_eq!(back.status, 303, "{}", back.text());
    assert_eq!(
        back.location(),
        home,
        "the provider sends the browser back to CPMS"
    );
    assert_eq!(
        browser.get(&format!("{}/account", idp.base)).await.status,
        303,
        "signed out of the provider too"
    );
}

#[tokio::test]
async fn cpms_started_before_the_provider_discovers_it_later() {
    // CPMS points at a port where nothing listens yet: /login is a clear 503, not a crash.
    let probe = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let idp_addr = probe.local_addr().unwrap();
    drop(probe);
    let dir = tempfile::tempdir().unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let cpms = spawn_on(
        listener,
        Config {
            listen: "127.0.0.1:0".parse().unwrap(),
            public_url: base,
            issuer: format!("http://{idp_addr}"),
            client_secret: Some(Secret::new(SECRET)),
            data_dir: dir.path().to_path_buf(),
            ..Config::default()
        },
    )
    .await;
    let browser = cpms.browser();
    let page = browser.get("/login").await;
    assert_eq!(page.status, 503, "{}", page.text());
    assert!(page.text().contains("try again"));
    assert_eq!(post_logout_token(&cpms, "a.b.c").await, 400);
    assert_eq!(browser.get("/readyz").await.status, 503);
    assert_eq!(browser.get("/healthz").await.status, 200);
    // The provider comes up on its address: the next /login discovers it.
    let idp = spawn_idp_on(TcpListener::bind(idp_addr).await.unwrap()).await;
    assert_eq!(idp.base, format!("http://{idp_addr}"));
    assert_eq!(browser.get("/readyz").await.status, 200);
    let page = browser.get("/login").await;
    assert_eq!(page.status, 303, "{}", page.text());
    assert!(
        page.location()
            .starts_with(&format!("{}/authorize?", idp.base))
    );
}

#[tokio::test]
async fn profiles_granted_at_the_provider_decide_the_cpms_pages() {
    let idp = spawn_idp().await;
    let dir = tempfile::tempdir().unwrap();
    let cpms = spawn_cpms(&idp, dir.path()).await;
    let account = account_with_phone(&idp).await;
    for (organisation, profile) in [("ERN-RND:DE:DE22", "HP"), ("ERN-RND:DE:0000", "HP")] {
        let granted = idp
            .provider
            .grant_access(&account, "CPMS", organisation, vec![profile.into()])
            .await
            .unwrap();
        assert!(
            matches!(granted, idp::access::SubmitOutcome::Submitted(_)),
            "{granted:?}"
        );
    }
    let browser = Browser::new(&cpms.base);
    let callback = sign_in_through_provider(&idp, &cpms, &browser).await;
    assert_eq!(callback.status, 303, "{}", callback.text());
    assert_eq!(
        callback.location(),
        "/preferences",
        "first sign-in with a profile"
    );
    let dashboard = browser.get("/dashboard").await.text();
    assert!(
        dashboard.contains("CPMS | ERN-RND - Neurological Diseases | DE22 - Universitätsklinikum Tübingen USER: Ada Neuro ROLE: [\"HP\"]"),
        "{dashboard}"
    );
    assert!(dashboard.contains("0000 Guest Access"), "{dashboard}");
    assert_eq!(
        browser.get("/o/ERN-RND:DE:DE22/panels/new").await.status,
        200
    );
    assert_eq!(browser.get("/o/ERN-RND:DE:DE22/kpis").await.status, 403);
    assert_eq!(browser.get("/o/ERN-RND:DE:DE30/panels").await.status, 403);
    assert_eq!(browser.get("/o/ERN-RND:DE:0000/panels").await.status, 200);
    let guest = browser.get("/o/ERN-RND:DE:0000/panels/new").await;
    assert_eq!(
        guest.status, 403,
        "a guest organisation gives Guest access only"
    );
    assert!(
        guest.text().contains("Your profiles there Guest access"),
        "{}",
        guest.text()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_profile_stops_opening_cpms_pages_at_the_next_refresh() {
    let idp = spawn_idp().await;
    let dir = tempfile::tempdir().unwrap();
    let cpms = spawn_cpms(&idp, dir.path()).await;
    let account = account_with_phone(&idp).await;
    let granted = idp
        .provider
        .grant_access(&account, "CPMS", "ERN-RND:DE:DE22", vec!["HP".into()])
        .await
        .unwrap();
    let idp::access::SubmitOutcome::Submitted(grant) = granted else {
        panic!("{granted:?}")
    };
    let browser = Browser::new(&cpms.base);
    let callback = sign_in_through_provider(&idp, &cpms, &browser).await;
    assert_eq!(callback.status, 303, "{}", callback.text());
    // Several pages in a row: each refresh rotates the refresh token, and CPMS keeps up.
    for _ in 0..3 {
        assert_eq!(browser.get("/o/ERN-RND:DE:DE22/panels").await.status, 200);
    }
    // Pages asked for at once (tabs, reloads): one refresh at a time, so the provider never
    // sees a rotated-out refresh token and the session survives.
    let panels = "/o/ERN-RND:DE:DE22/panels";
    let (a, b, c, d) = tokio::join!(
        browser.get(panels),
        browser.get(panels),
        browser.get(panels),
        browser.get(panels)
    );
    for page in [a, b, c, d] {
        assert_eq!(page.status, 200, "{}", page.text());
    }
    assert_eq!(browser.get("/o/ERN-RND:DE:DE22/panels").await.status, 200);
    let revoked = idp
        .provider
        .revoke_as_operator(&grant.id, "left the hospital")
        .await
        .unwrap();
    assert!(matches!(revoked, idp::access::DecideOutcome::Done(_)));
    let refused = browser.get("/o/ERN-RND:DE:DE22/panels").await;
    assert_eq!(refused.status, 403, "{}", refused.text());
    assert!(
        browser
            .get("/dashboard")
            .await
            .text()
            .contains("You have no CPMS profile yet"),
        "the dashboard no longer lists the revoked profile"
    );
    // Nor does the member directory (panel candidates, assignees): read from its file.
    let file: Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("cpms.json")).unwrap()).unwrap();
    let members = file["members"].as_object().expect("members");
    assert_eq!(members.len(), 1, "{file}");
    for member in members.values() {
        assert_eq!(member["roles"], json!([]), "{member}");
    }
}
