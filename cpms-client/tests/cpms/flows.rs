//! Journeys through CPMS in training mode: first sign-in and preferences, who is offered
//! as an invitee, CSRF, data surviving a restart, and training mode's switch and banner.

use crate::matrix::{create_panel, set_preferences};
use crate::support::{Browser, spawn_training, training_sign_in};

const DE22: &str = "ERN-RND:DE:DE22";

#[tokio::test]
async fn first_sign_in_asks_for_preferences_and_only_members_with_them_are_offered() {
    let dir = tempfile::tempdir().unwrap();
    let cpms = spawn_training(dir.path()).await;
    let hp = cpms.browser();
    let first = training_sign_in(&hp, "hp").await;
    assert_eq!(
        first.location(),
        "/preferences",
        "first sign-in asks for preferences"
    );
    let form = hp.get("/preferences").await;
    let text = form.text();
    assert!(text.contains("My professional role"), "{text}");
    // As the seeds show it: a role chosen from a list, and a table of thematic areas with
    // a "None" row (issue 15).
    assert!(form.body.contains("<select id=\"professional_role\""));
    assert!(text.contains("[No value selected]"), "{text}");
    assert!(
        text.contains(
            "ERN-RND - Neurological Diseases ERN Thematic Areas I'm a specialist in: None"
        ),
        "{text}"
    );
    assert!(text.contains("Frontotemporal dementia"), "{text}");
    assert!(form.body.contains("Update ERN Preferences"));
    let both = hp
        .submit(
            &form,
            &[
                ("My professional role", "Neurologist"),
                ("None", "on"),
                ("Frontotemporal dementia", "on"),
            ],
        )
        .await;
    assert_eq!(both.status, 400);
    assert!(
        both.text()
            .contains("ERN-RND: tick \"None\" or thematic areas, not both."),
        "{}",
        both.text()
    );
    let no_role = hp
        .submit(&form, &[("My professional role", "Astronaut")])
        .await;
    assert!(
        no_role
            .text()
            .contains("Choose your professional role from the list."),
        "{}",
        no_role.text()
    );
    set_preferences(&hp, Some("Frontotemporal dementia")).await;
    // Second sign-in goes straight to the dashboard, listing the role as the seeds show it.
    let again = training_sign_in(&hp, "hp").await;
    assert_eq!(again.location(), "/dashboard");
    let dashboard = hp.get("/dashboard").await.text();
    assert!(
        dashboard.contains("CPMS | ERN-RND - Neurological Diseases | DE22 - Universitätsklinikum Tübingen USER: Hanna Physician ROLE: [\"HP\"]"),
        "{dashboard}"
    );

    // A member without preferences is never offered.
    let bonn = cpms.browser();
    assert_eq!(
        training_sign_in(&bonn, "hp-bonn").await.location(),
        "/preferences"
    );
    let id = create_panel(&hp, "Ataxia case", &[]).await;
    let panel = hp.get(&format!("/o/{DE22}/panels/{id}")).await;
    assert!(!panel.body.contains("Bernd Physician"), "{}", panel.text());
    let refused = hp
        .post_with_csrf(
            &format!("/o/{DE22}/panels/{id}/invite"),
            &[("member", "training:hp-bonn")],
        )
        .await;
    assert_eq!(refused.status, 400, "not offered, so not invitable");
    // Preferences without the panel's area: still not offered.
    set_preferences(&bonn, Some("Frontotemporal dementia")).await;
    let panel = hp.get(&format!("/o/{DE22}/panels/{id}")).await;
    assert!(!panel.body.contains("Bernd Physician"));
    // With the area: offered, invited, then takes part.
    set_preferences(&bonn, Some("Leukodystrophies")).await;
    let panel = hp.get(&format!("/o/{DE22}/panels/{id}")).await;
    assert!(
        panel.body.contains("Bernd Physician (Neurologist)"),
        "{}",
        panel.text()
    );
    let member = panel.option_value("Bernd Physician").unwrap();
    let invited = hp.submit(&panel, &[("Specialist", &member)]).await;
    assert_eq!(invited.status, 303, "{}", invited.text());
    let seen = bonn.get(&format!("/o/ERN-RND:DE:DE30/panels/{id}")).await;
    assert_eq!(seen.status, 200, "{}", seen.text());
    let commented = bonn
        .submit(&seen, &[("Comment", "MRI suggests leukodystrophy.")])
        .await;
    assert_eq!(commented.status, 303);
    let panel = hp.get(&format!("/o/{DE22}/panels/{id}")).await;
    assert!(
        panel
            .text()
            .contains("Bernd Physician : MRI suggests leukodystrophy."),
        "{}",
        panel.text()
    );

    // No profile: signed in, told so, with the link to request one.
    let newcomer = cpms.browser();
    assert_eq!(
        training_sign_in(&newcomer, "no-profile").await.location(),
        "/dashboard"
    );
    let page = newcomer.get("/dashboard").await;
    assert!(
        page.text().contains("You have no CPMS profile yet"),
        "{}",
        page.text()
    );
    assert!(page.body.contains("/access/new?application=CPMS"));
}

#[tokio::test]
async fn forms_without_the_right_csrf_token_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let cpms = spawn_training(dir.path()).await;
    let hp = cpms.signed_in("hp").await;
    let no_token = hp
        .post("/preferences", &[("professional_role", "Neurologist")])
        .await;
    assert_eq!(no_token.status, 403);
    assert!(
        no_token.text().contains("This form has expired"),
        "{}",
        no_token.text()
    );
    let wrong = hp
        .post(
            "/preferences",
            &[
                ("professional_role", "Neurologist"),
                ("csrf_token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 403);
    let logout = hp.post("/logout", &[]).await;
    assert_eq!(logout.status, 403, "sign-out needs the token too");
    assert_eq!(hp.get("/dashboard").await.status, 200, "still signed in");
    // Another site's form, even with a token value guessed right, is refused by Origin.
    let token = hp.cookie("cpms_csrf").unwrap();
    let foreign = hp
        .client
        .post(hp.url("/logout"))
        .header("Origin", "http://evil.example")
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status().as_u16(), 403);
    // The training sign-in form is protected as well.
    let fresh = Browser::new(&cpms.base);
    let sign_in = fresh
        .post("/training/login", &[("account", "coordinator")])
        .await;
    assert_eq!(sign_in.status, 403);
    // With the token, sign-out works and ends the session.
    let out = hp.post_with_csrf("/logout", &[]).await;
    assert_eq!(out.status, 303);
    assert_eq!(out.location(), "/");
    assert_eq!(hp.get("/dashboard").await.location(), "/login");
}

#[tokio::test]
async fn data_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let cpms = spawn_training(dir.path()).await;
    let hp = cpms.signed_in("hp").await;
    set_preferences(&hp, Some("Leukodystrophies")).await;
    let id = create_panel(&hp, "Persistent panel", &[]).await;
    cpms.stop().await;
    // Only the training file exists: a training deployment never touches real data.
    assert!(dir.path().join("cpms-training.json").exists());
    assert!(!dir.path().join("cpms.json").exists());

    let cpms = spawn_training(dir.path()).await;
    let hp = cpms.browser();
    let signed_in = training_sign_in(&hp, "hp").await;
    assert_eq!(signed_in.location(), "/dashboard", "preferences were kept");
    let panels = hp.get(&format!("/o/{DE22}/panels")).await;
    assert!(
        panels.text().contains("Persistent panel"),
        "{}",
        panels.text()
    );
    assert_eq!(hp.get(&format!("/o/{DE22}/panels/{id}")).await.status, 200);
    let prefs = hp.get("/preferences").await;
    assert!(
        prefs
            .body
            .contains("<option value=\"Neurologist\" selected>Neurologist</option>")
    );
    cpms.stop().await;
}

#[tokio::test]
async fn training_mode_shows_its_banner_and_only_exactly_one_turns_it_on() {
    let dir = tempfile::tempdir().unwrap();
    let cpms = spawn_training(dir.path()).await;
    let landing = Browser::new(&cpms.base).get("/").await;
    assert!(landing.text().contains("TRAINING MODE is on"));
    // The seeds' items, in the product's words (issue 15).
    for item in [
        "To create an account, click here.",
        "To request authorisation to use CPMS, click here.",
        "Supported Browsers",
        "Help & Support",
        "please contact the Coordinator of your ERN",
    ] {
        assert!(landing.text().contains(item), "{item}: {}", landing.text());
    }
    assert!(
        landing
            .text()
            .contains("To use non-eulogin users (test only)")
    );
    let hp = cpms.signed_in("hp").await;
    for path in [
        "/dashboard",
        "/preferences",
        "/o/ERN-RND:DE:DE22/kpis",
        "/nowhere",
    ] {
        let page = hp.get(path).await;
        assert!(
            page.text()
                .contains("TRAINING MODE is on: not for patient data"),
            "{path}"
        );
    }

    // The binary: anything but "1" exits 2 naming the variable.
    for value in ["true", "yes", "0", ""] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_cpms"))
            .arg("serve")
            .env("CPMS_TRAINING", value)
            .env("CPMS_CLIENT_SECRET", "a-long-enough-secret")
            .env("CPMS_DATA_DIR", dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "CPMS_TRAINING={value:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("CPMS_TRAINING"));
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cpms"))
        .arg("serve")
        .env_remove("CPMS_CLIENT_SECRET")
        .env_remove("CPMS_TRAINING")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("CPMS_CLIENT_SECRET"));
    let help = std::process::Command::new(env!("CARGO_BIN_EXE_cpms"))
        .args(["serve", "--help"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&help.stdout).contains("CPMS_TRAINING"));
}

/// The Set-Cookie header for cookie `name` in `page`.
fn set_cookie(page: &reqwest::Response, name: &str) -> String {
    page.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .unwrap_or_else(|| panic!("no cookie {name}"))
        .to_owned()
}

#[tokio::test]
async fn session_cookies_are_http_only_lax_and_secure_behind_https() {
    for (public_url, prefix, secure) in [
        (None, "cpms_", false),
        (Some("https://cpms.example.eu"), "__Host-cpms_", true),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let config = cpms_client::Config {
            listen: addr,
            public_url: public_url.map_or(format!("http://{addr}"), str::to_owned),
            data_dir: dir.path().to_path_buf(),
            training: true,
            ..cpms_client::Config::default()
        };
        let cpms = crate::support::spawn_on(listener, config).await;
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let landing = client.get(format!("{}/", cpms.base)).send().await.unwrap();
        let csrf = set_cookie(&landing, &format!("{prefix}csrf"));
        assert!(
            csrf.contains("HttpOnly") && csrf.contains("SameSite=Strict"),
            "{csrf}"
        );
        assert_eq!(csrf.contains("Secure"), secure, "{csrf}");
        let token = csrf.split(';').next().unwrap().split_once('=').unwrap().1;
        let signed_in = client
            .post(format!("{}/training/login", cpms.base))
            .header("cookie", format!("{prefix}csrf={token}"))
            .form(&[("csrf_token", token), ("account", "hp")])
            .send()
            .await
            .unwrap();
        assert_eq!(signed_in.status().as_u16(), 303);
        let session = set_cookie(&signed_in, &format!("{prefix}session"));
        assert!(
            session.contains("HttpOnly") && session.contains("SameSite=Lax"),
            "{session}"
        );
        assert_eq!(session.contains("Secure"), secure, "{session}");
        assert!(session.contains("Path=/"), "{session}");
        let chosen = client
            .get(format!("{}/language?lang=de&next=/", cpms.base))
            .send()
            .await
            .unwrap();
        let lang = set_cookie(&chosen, "cpms_lang");
        assert!(
            lang.starts_with("cpms_lang=de;")
                && lang.contains("HttpOnly")
                && lang.contains("SameSite=Lax")
                && lang.contains("Max-Age="),
            "{lang}"
        );
        assert_eq!(lang.contains("Secure"), secure, "{lang}");
        cpms.stop().await;
    }
}

/// The permission bits of `path` in octal (`"600"`, `"700"`, ...).
pub fn mode(path: &std::path::Path) -> String {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode();
    format!("{:o}", mode & 0o777)
}

#[tokio::test]
async fn data_files_and_directories_are_private_to_the_cpms_user() {
    let dir = tempfile::tempdir().unwrap();
    // Two levels CPMS has to create itself.
    let deployment = dir.path().join("deployment");
    let data_dir = deployment.join("data");
    let cpms = spawn_training(&data_dir).await;
    let hp = cpms.signed_in("hp").await;
    set_preferences(&hp, Some("Leukodystrophies")).await;
    create_panel(&hp, "Private panel", &[]).await;
    cpms.stop().await;
    let file = data_dir.join("cpms-training.json");
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("Private panel")
    );
    assert_eq!(mode(&file), "600", "the data file");
    assert_eq!(mode(&data_dir), "700", "the data directory");
    assert_eq!(mode(&deployment), "700", "a parent CPMS created");
    // Every write went through a temporary file, renamed over the data file: none is left,
    // and the file's mode above is the one the temporary file was created with.
    let names: Vec<String> = std::fs::read_dir(&data_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["cpms-training.json"]);
}

#[tokio::test]
async fn a_data_file_with_numeric_panel_ids_keeps_working() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cpms-training.json");
    // As CPMS wrote it when panel ids were sequential numbers.
    let old = serde_json::json!({
        "members": {},
        "panels": [{
            "id": 7, "network": "ERN-RND", "title": "Panel from before",
            "case_summary": "Older case", "thematic_area": "Leukodystrophies",
            "lead": "training:hp", "lead_organisation": DE22,
            "invited": [], "comments": [], "outcome": null, "created_at": 1
        }],
        "assistance": [],
        "next_id": 7
    });
    std::fs::write(&file, serde_json::to_vec(&old).unwrap()).unwrap();
    let cpms = spawn_training(dir.path()).await;
    let hp = cpms.signed_in("hp").await;
    let panel = hp.get(&format!("/o/{DE22}/panels/7")).await;
    assert_eq!(panel.status, 200, "{}", panel.text());
    assert!(panel.text().contains("Panel from before"));
    let commented = hp
        .post_with_csrf(
            &format!("/o/{DE22}/panels/7/comment"),
            &[("comment", "Still here.")],
        )
        .await;
    assert_eq!(commented.status, 303, "{}", commented.text());
    assert_eq!(commented.location(), format!("/o/{DE22}/panels/7"));
    let new = create_panel(&hp, "Panel from now", &[]).await;
    assert_ne!(new, "8", "new panels get random ids");
    let list = hp.get(&format!("/o/{DE22}/panels")).await.text();
    let (now, before) = (
        list.find("Panel from now").unwrap(),
        list.find("Panel from before").unwrap(),
    );
    assert!(now < before, "newest first: {list}");
    cpms.stop().await;
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(saved["panels"][0]["id"], "7");
    assert_eq!(saved["panels"][0]["comments"][0]["text"], "Still here.");
}

/// Runs `cpms serve` with only `envs` among the `CPMS_*` variables, killed after `seconds`
/// (a start that should have been refused must not hang the test by serving) or once
/// `probe` (an address) answers `GET /healthz`; returns the output and that answer.
fn cpms_within(
    seconds: u64,
    envs: &[(&str, &str)],
    probe: Option<std::net::SocketAddr>,
) -> (std::process::Output, Option<String>) {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_cpms"));
    command.arg("serve");
    for (name, _) in std::env::vars() {
        if name.starts_with("CPMS_") {
            command.env_remove(name);
        }
    }
    let mut child = command
        .envs(envs.iter().copied())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
    let mut status = None;
    while child.try_wait().unwrap().is_none() && std::time::Instant::now() < deadline {
        if let Some(answer) = probe.and_then(healthz) {
            status = Some(answer);
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = child.kill();
    (child.wait_with_output().unwrap(), status)
}

/// The status line of `GET /healthz` at `address`, when something answers there.
fn healthz(address: std::net::SocketAddr) -> Option<String> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(address).ok()?;
    stream
        .write_all(b"GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n")
        .ok()?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).ok()?;
    answer.lines().next().map(str::to_owned)
}

fn free_address() -> std::net::SocketAddr {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
}

#[test]
fn unknown_cpms_variables_and_senseless_urls_are_refused_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    for (envs, expected) in [
        (
            vec![("CPMS_CLIENT_SECRT", "a-long-enough-secret")],
            "CPMS_CLIENT_SECRT: is not a setting; did you mean CPMS_CLIENT_SECRET?",
        ),
        (
            vec![("CPMS_PUBLICURL", "https://cpms.example.eu")],
            "did you mean CPMS_PUBLIC_URL?",
        ),
        (
            vec![("CPMS_PUBLIC_URL", "https://example.eu/cpms")],
            "CPMS_PUBLIC_URL: must not have a path",
        ),
        (
            vec![("CPMS_ISSUER", "https://user:pw@login.example.eu")],
            "CPMS_ISSUER: must not hold a user name or password",
        ),
        (
            vec![("CPMS_LOG_FORMAT", "yaml")],
            "CPMS_LOG_FORMAT: \"text\" or \"json\"",
        ),
    ] {
        let mut envs = envs;
        envs.extend([
            ("CPMS_CLIENT_SECRET", "a-long-enough-secret"),
            ("CPMS_DATA_DIR", data),
            ("CPMS_LISTEN", "127.0.0.1:0"),
        ]);
        let (out, _) = cpms_within(20, &envs, None);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{envs:?}: {err}");
        assert!(err.contains(expected), "{envs:?}: {err}");
    }
}

#[test]
fn the_cpms_client_secret_can_come_from_a_file_but_not_from_two_places() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    let secret = dir.path().join("client-secret");
    std::fs::write(&secret, "a-long-enough-secret-from-a-file\n").unwrap();
    let secret = secret.to_str().unwrap();

    // Without CPMS_CLIENT_SECRET, the file's secret lets CPMS start.
    let address = free_address();
    let listen = address.to_string();
    let (out, answer) = cpms_within(
        30,
        &[
            ("CPMS_CLIENT_SECRET_FILE", secret),
            ("CPMS_DATA_DIR", data),
            ("CPMS_LISTEN", &listen),
        ],
        Some(address),
    );
    assert_eq!(
        answer.as_deref(),
        Some("HTTP/1.0 200 OK"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    for (envs, expected) in [
        (
            vec![
                ("CPMS_CLIENT_SECRET_FILE", secret),
                ("CPMS_CLIENT_SECRET", "another-long-enough-secret"),
            ],
            "CPMS_CLIENT_SECRET is set too".to_owned(),
        ),
        (
            vec![("CPMS_CLIENT_SECRET_FILE", "/nonexistent/client-secret")],
            "CPMS_CLIENT_SECRET_FILE: cannot read /nonexistent/client-secret".to_owned(),
        ),
    ] {
        let mut envs = envs;
        envs.extend([("CPMS_DATA_DIR", data), ("CPMS_LISTEN", "127.0.0.1:0")]);
        let (out, _) = cpms_within(20, &envs, None);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{envs:?}: {err}");
        assert!(err.contains(&expected), "{envs:?}: {err}");
        assert!(
            !err.contains("another-long-enough"),
            "no secret shown: {err}"
        );
    }
}

/// `CPMS_LOG_FORMAT=json`: every line of standard error is a JSON object; each request has
/// one `access` line with its route's template (never the query: `/callback` carries the
/// code) and its request id, the caller's `X-Request-Id` when well formed, returned and
/// shown on the error page.
#[test]
fn json_logs_have_one_access_line_per_request_and_keep_the_request_id() {
    use std::io::{Read, Write};
    let dir = tempfile::tempdir().unwrap();
    let address = free_address();
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_cpms"));
    for (name, _) in std::env::vars() {
        if name.starts_with("CPMS_") {
            command.env_remove(name);
        }
    }
    let mut child = command
        .arg("serve")
        .env("CPMS_TRAINING", "1")
        .env("CPMS_LOG_FORMAT", "json")
        .env("CPMS_LISTEN", address.to_string())
        .env("CPMS_DATA_DIR", dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while healthz(address).is_none() {
        assert!(std::time::Instant::now() < deadline, "cpms did not start");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    stream
        .write_all(
            b"GET /no/such/page?code=sensitive-code-value HTTP/1.0\r\nHost: localhost\r\n\
              X-Request-Id: cpms-req-42\r\n\r\n",
        )
        .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.0 404"), "{answer}");
    assert!(
        answer.to_lowercase().contains("x-request-id: cpms-req-42"),
        "{answer}"
    );
    assert!(
        answer.contains("<code>cpms-req-42</code>"),
        "shown on the page: {answer}"
    );
    let _ = child.kill();
    let out = child.wait_with_output().unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(!log.contains("sensitive-code-value"), "{log}");
    let mut found = false;
    for line in log.lines().filter(|l| !l.trim().is_empty()) {
        let value: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        if value["target"] == "access" && value["request_id"] == "cpms-req-42" {
            assert_eq!(value["route"], "(no route)", "{line}");
            assert_eq!(value["status"], 404, "{line}");
            assert_eq!(value["method"], "GET", "{line}");
            assert!(value["duration_ms"].is_number(), "{line}");
            assert_eq!(value["client"], "127.0.0.1", "{line}");
            found = true;
        }
    }
    assert!(found, "no access line: {log}");
}
