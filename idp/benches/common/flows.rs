//! What a browser and a relying party do, as the benchmarks drive them: a password sign-in
//! and a single-sign-on round trip.

use std::time::{Duration, Instant};

use base64::Engine;
use sha2::{Digest, Sha256};

use super::{PASSWORD, Server, field};

/// The relying party the benchmarks register (`add_client`).
pub const CLIENT_ID: &str = "bench";
pub const REDIRECT: &str = "http://127.0.0.1:9/callback";
pub const SECRET: &str = "bench-secret-bench-secret-bench-secret-0000";

/// A new browser: its own cookies, redirects not followed.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// A sign-in as a browser makes it: GET /login, POST the e-mail, POST the password (and
/// the verification method, when given). Returns the latency of the password step (argon2id
/// verify, the session written) and its answer (303 when signed in); an earlier step that
/// is not answered 200 ends it there, with that step's answer (a server shedding load
/// answers 503 at any step).
pub async fn sign_in(
    browser: &reqwest::Client,
    base: &str,
    email: &str,
    method: Option<&str>,
) -> Result<(Duration, reqwest::Response), reqwest::Error> {
    let started = Instant::now();
    let login = browser.get(format!("{base}/login")).send().await?;
    if login.status() != 200 {
        return Ok((started.elapsed(), login));
    }
    let page = login.text().await?;
    let csrf = field(&page, "csrf_token");
    let started = Instant::now();
    let email_step = browser
        .post(format!("{base}/login"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", email),
            ("next", "/account"),
        ])
        .send()
        .await?;
    if email_step.status() != 200 {
        return Ok((started.elapsed(), email_step));
    }
    let mut form = vec![
        ("csrf_token", csrf.as_str()),
        ("email", email),
        ("password", PASSWORD),
        ("next", "/account"),
    ];
    if let Some(method) = method {
        form.push(("method", method));
    }
    let started = Instant::now();
    let response = browser
        .post(format!("{base}/login/password"))
        .form(&form)
        .send()
        .await?;
    Ok((started.elapsed(), response))
}

/// A new browser signed in with the password alone as `email`.
pub async fn signed_in(base: &str, email: &str) -> reqwest::Client {
    let browser = browser();
    let (_, done) = sign_in(&browser, base, email, None).await.unwrap();
    assert_eq!(done.status(), 303, "bench sign-in of {email}");
    browser
}

/// Registers [`CLIENT_ID`] (first party: no consent page) with `idp client add`.
pub fn add_client(server: &Server) {
    server.run(&[
        "client",
        "add",
        "--id",
        CLIENT_ID,
        "--secret",
        SECRET,
        "--redirect-uri",
        REDIRECT,
        "--first-party",
    ]);
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn rand_bytes() -> [u8; 32] {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).unwrap();
    bytes
}

/// Authorize (session present: straight to a code) and redeem the code; the token response.
pub async fn sso_round_trip(
    base: &str,
    browser: &reqwest::Client,
    http: &reqwest::Client,
) -> Option<serde_json::Value> {
    let verifier = b64(&rand_bytes());
    let challenge = b64(&Sha256::digest(verifier.as_bytes()));
    let url = format!(
        "{base}/authorize?response_type=code&client_id={CLIENT_ID}&redirect_uri={}&scope=openid%20email&state=s&nonce=n&code_challenge={challenge}&code_challenge_method=S256",
        "http%3A%2F%2F127.0.0.1%3A9%2Fcallback"
    );
    let answer = browser.get(url).send().await.ok()?;
    let location = answer.headers().get("location")?.to_str().ok()?.to_owned();
    let code = location
        .split("code=")
        .nth(1)?
        .split('&')
        .next()?
        .to_owned();
    let tokens = http
        .post(format!("{base}/token"))
        .basic_auth(CLIENT_ID, Some(SECRET))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", REDIRECT),
            ("code_verifier", verifier.as_str()),
        ])
        .send()
        .await
        .ok()?;
    if !tokens.status().is_success() {
        return None;
    }
    tokens.json().await.ok()
}
