//! The README's first command: the demo starts, serves, and shows mails on its console.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::time::Duration;

use support::Demo;

fn field(body: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    body.split(&marker)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn the_demo_serves_and_prints_the_confirmation_mail() {
    let dir = tempfile::tempdir().unwrap();
    let mut demo = Demo::start(dir.path());
    let (base, cpms) = (demo.idp.clone(), demo.cpms.clone());

    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let page = browser
        .get(format!("{base}/register"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let challenge = field(&page, "robot_challenge");
    let nonce = idp::antirobot::solve(&challenge);
    let sent = browser
        .post(format!("{base}/register"))
        .form(&[
            ("csrf_token", field(&page, "csrf_token").as_str()),
            ("first_name", "Demo"),
            ("last_name", "User"),
            ("email", "demo@example.eu"),
            ("confirm_email", "demo@example.eu"),
            ("language", "en"),
            ("privacy", "yes"),
            ("robot_challenge", challenge.as_str()),
            ("robot_nonce", nonce.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), 200);

    let line = demo.wait_for_line(
        &format!("{base}/register/confirm?token="),
        Duration::from_secs(10),
    );
    let start = line
        .find(&format!("{base}/register/confirm?token="))
        .unwrap();
    let link = line[start..].trim().to_owned();
    let seen = &demo.printed;
    for printed in [format!("{cpms}/"), format!("{base}/register")] {
        assert!(
            seen.iter().any(|l| l.contains(&printed)),
            "{printed} not printed: {seen:?}"
        );
    }
    assert!(seen.iter().any(|l| l.contains("coordinator@ern-demo.eu")));

    // CPMS runs beside the provider, registered as its client: its login goes there.
    let landing = browser.get(format!("{cpms}/")).send().await.unwrap();
    assert!(landing.text().await.unwrap().contains("Login via EU Login"));
    let login = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap()
        .get(format!("{cpms}/login"))
        .send()
        .await
        .unwrap();
    let to = login.headers()["location"].to_str().unwrap().to_owned();
    assert!(to.starts_with(&format!("{base}/authorize?")), "{to}");
    let authorize = browser.get(&to).send().await.unwrap();
    assert_eq!(
        authorize.status(),
        200,
        "the provider knows the CPMS client"
    );
    let page = authorize.text().await.unwrap();
    assert!(
        page.contains("<strong>ERN-CPMS</strong> requires you to authenticate"),
        "{page}"
    );
    let form = browser.get(&link).send().await.unwrap();
    assert_eq!(form.status(), 200, "the printed link works");
    assert!(
        dir.path().join("data/idp.sqlite3").exists(),
        "embedded store in ./data"
    );
}
