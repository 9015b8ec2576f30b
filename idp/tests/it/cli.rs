//! The `idp` command as operators use it: help, `user add`, `outbox`, bad configuration.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use idp::config::Config;

use crate::app::{Backend, sign_in, spawn_with_config, test_config};

fn idp(data_dir: &std::path::Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_idp"))
        .args(args)
        .env("IDP_DATA_DIR", data_dir)
        .env("IDP_KEYS_DIR", data_dir.join("keys"))
        .env_remove("IDP_REDIS_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run idp");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn help_names_every_command_and_option() {
    let dir = tempfile::tempdir().unwrap();
    let help = idp(dir.path(), &["--help"], None);
    assert!(help.status.success());
    for word in ["serve", "user", "outbox", "--config", "IDP_REDIS_URL"] {
        assert!(
            text(&help.stdout).contains(word),
            "{word} missing from --help"
        );
    }
    let add = idp(dir.path(), &["user", "add", "--help"], None);
    for word in [
        "--email",
        "--first-name",
        "--last-name",
        "--language",
        "--admin",
        "--password-stdin",
    ] {
        assert!(
            text(&add.stdout).contains(word),
            "{word} missing from user add --help"
        );
    }
}

#[test]
fn bad_configuration_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_idp"))
        .arg("serve")
        .env("IDP_DATA_DIR", dir.path())
        .env("IDP_KEYS_DIR", dir.path().join("keys"))
        .env("IDP_LISTEN", "not-an-address")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).to_lowercase().contains("listen"),
        "{}",
        text(&out.stderr)
    );
    let file = dir.path().join("idp.toml");
    std::fs::write(&file, "listen = \"127.0.0.1:0\"\nunknown_key = 1\n").unwrap();
    let out = idp(
        dir.path(),
        &["--config", file.to_str().unwrap(), "serve"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("unknown_key"),
        "{}",
        text(&out.stderr)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn user_add_creates_accounts_that_can_sign_in() {
    let dir = tempfile::tempdir().unwrap();
    let added = idp(
        dir.path(),
        &[
            "user",
            "add",
            "--email",
            "Ada@Example.eu",
            "--first-name",
            "Ada",
            "--last-name",
            "Admin",
            "--admin",
            "--password-stdin",
        ],
        Some("plum sailor orbit lantern\n"),
    );
    assert!(added.status.success(), "{}", text(&added.stderr));
    let json: serde_json::Value = serde_json::from_slice(&added.stdout).unwrap();
    assert_eq!(json["email"], "ada@example.eu");
    assert_eq!(json["admin"], true);
    assert!(
        json["id"].as_str().is_some_and(|id| !id.contains('@')),
        "the id is not the e-mail"
    );

    let again = idp(
        dir.path(),
        &[
            "user",
            "add",
            "--email",
            "ada@example.eu",
            "--first-name",
            "Ada",
            "--last-name",
            "Twice",
            "--password-stdin",
        ],
        Some("velvet quarry nimbus thistle"),
    );
    assert!(!again.status.success());
    assert!(
        text(&again.stderr).contains("already exists"),
        "{}",
        text(&again.stderr)
    );

    let weak = idp(
        dir.path(),
        &[
            "user",
            "add",
            "--email",
            "weak@example.eu",
            "--first-name",
            "W",
            "--last-name",
            "K",
            "--password-stdin",
        ],
        Some("password1"),
    );
    assert!(!weak.status.success());
    assert!(
        text(&weak.stderr).contains("at least 10 characters"),
        "{}",
        text(&weak.stderr)
    );

    let linked = idp(
        dir.path(),
        &[
            "user",
            "add",
            "--email",
            "bob@example.eu",
            "--first-name",
            "Bob",
            "--last-name",
            "Link",
        ],
        None,
    );
    assert!(linked.status.success(), "{}", text(&linked.stderr));
    let json: serde_json::Value = serde_json::from_slice(&linked.stdout).unwrap();
    let link = json["set_password_link"].as_str().unwrap().to_owned();

    // The provider, on the same data directory, accepts both accounts.
    let config: Config = test_config(Backend::Embedded, dir.path().to_path_buf());
    let app = spawn_with_config(
        Config {
            issuer: "http://127.0.0.1:8080".into(),
            ..config
        },
        None,
    )
    .await;
    assert_eq!(
        sign_in(
            &app.browser(),
            "ada@example.eu",
            "plum sailor orbit lantern"
        )
        .await
        .status,
        303
    );
    let browser = app.browser();
    let path = link.trim_start_matches("http://127.0.0.1:8080");
    let form = browser.get(path).await;
    assert_eq!(form.status, 200, "{}", form.text());
    let done = browser
        .choose_password(&form, "velvet quarry nimbus thistle")
        .await;
    assert_eq!(done.status, 200);
    assert_eq!(
        sign_in(&browser, "bob@example.eu", "velvet quarry nimbus thistle")
            .await
            .status,
        303
    );

    let outbox = idp(dir.path(), &["outbox", "--to", "bob@example.eu"], None);
    assert!(
        text(&outbox.stdout).contains("your password was changed"),
        "{}",
        text(&outbox.stdout)
    );
}

#[test]
fn clients_are_added_listed_and_removed_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let keys = dir.path().join("keys");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_idp"))
            .args(args)
            .env("IDP_DATA_DIR", dir.path())
            .env("IDP_KEYS_DIR", &keys)
            .env_remove("IDP_REDIS_URL")
            .output()
            .unwrap()
    };
    let added = run(&[
        "client",
        "add",
        "--id",
        "cpms",
        "--name",
        "ERN-CPMS",
        "--redirect-uri",
        "https://cpms.example.eu/callback",
        "--post-logout-redirect-uri",
        "https://cpms.example.eu/",
        "--min-acr",
        "substantial",
    ]);
    assert!(added.status.success(), "{}", text(&added.stderr));
    let json: serde_json::Value = serde_json::from_slice(&added.stdout).unwrap();
    assert_eq!(json["client_id"], "cpms");
    assert_eq!(json["min_acr"], "substantial");
    assert!(
        json["client_secret"]
            .as_str()
            .is_some_and(|s| s.len() >= 32),
        "a generated secret, shown once"
    );

    let public = run(&[
        "client",
        "add",
        "--id",
        "app",
        "--public",
        "--redirect-uri",
        "http://127.0.0.1:9000/cb",
    ]);
    assert!(public.status.success(), "{}", text(&public.stderr));
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&public.stdout).unwrap()["client_secret"],
        serde_json::Value::Null
    );

    for (args, complaint) in [
        (
            vec![
                "client",
                "add",
                "--id",
                "bad",
                "--redirect-uri",
                "http://cpms.example.eu/cb",
            ],
            "must be https",
        ),
        (
            vec![
                "client",
                "add",
                "--id",
                "bad",
                "--secret",
                "short",
                "--redirect-uri",
                "https://x.eu/cb",
            ],
            "at least 32",
        ),
        (
            vec![
                "client",
                "add",
                "--id",
                "cpms",
                "--redirect-uri",
                "https://x.eu/cb",
            ],
            "exists already",
        ),
    ] {
        let out = run(&args);
        assert!(!out.status.success());
        assert!(
            text(&out.stderr).contains(complaint),
            "{}",
            text(&out.stderr)
        );
    }
    let listed: serde_json::Value =
        serde_json::from_slice(&run(&["client", "list"]).stdout).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 2);
    assert!(
        listed[0]["client_secret"].is_null(),
        "list never shows secrets"
    );
    assert!(run(&["client", "remove", "app"]).status.success());
    assert!(!run(&["client", "remove", "app"]).status.success());

    let keys_list: serde_json::Value =
        serde_json::from_slice(&run(&["keys", "list"]).stdout).unwrap();
    assert_eq!(
        keys_list.as_array().unwrap().len(),
        3,
        "one key per algorithm: {keys_list}"
    );
    let rotated = run(&["keys", "rotate", "--alg", "ES256"]);
    assert!(rotated.status.success(), "{}", text(&rotated.stderr));
    let keys_list: serde_json::Value =
        serde_json::from_slice(&run(&["keys", "list"]).stdout).unwrap();
    let es256: Vec<&serde_json::Value> = keys_list
        .as_array()
        .unwrap()
        .iter()
        .filter(|k| k["alg"] == "ES256")
        .collect();
    assert_eq!(es256.len(), 2);
    assert_eq!(es256.iter().filter(|k| k["active"] == true).count(), 1);
    assert!(
        es256.iter().all(|k| k["published"] == true),
        "the retired key is still published"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(keys.join("master.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        std::fs::set_permissions(
            keys.join("master.key"),
            std::fs::Permissions::from_mode(0o644),
        )
        .unwrap();
        let refused = run(&["keys", "list"]);
        assert!(!refused.status.success());
        assert!(
            text(&refused.stderr).contains("readable by others"),
            "{}",
            text(&refused.stderr)
        );
    }
}

#[test]
fn access_grant_bootstraps_a_coordinator_and_refuses_what_the_catalogue_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let added = idp(
        dir.path(),
        &[
            "user",
            "add",
            "--email",
            "first.coordinator@example.eu",
            "--first-name",
            "Ada",
            "--last-name",
            "Coord",
            "--password-stdin",
        ],
        Some("plum sailor orbit lantern\n"),
    );
    assert!(added.status.success(), "{}", text(&added.stderr));
    let granted = idp(
        dir.path(),
        &[
            "access",
            "grant",
            "--email",
            "first.coordinator@example.eu",
            "--organisation",
            "ERN-RND:DE:DE22",
            "--profile",
            "Coordinator",
        ],
        None,
    );
    assert!(granted.status.success(), "{}", text(&granted.stderr));
    let request: serde_json::Value = serde_json::from_slice(&granted.stdout).unwrap();
    assert_eq!(request["status"], "approved");
    assert_eq!(request["profiles"], serde_json::json!(["Coordinator"]));
    let listed = idp(
        dir.path(),
        &["access", "list", "--network", "ERN-RND"],
        None,
    );
    assert!(text(&listed.stdout).contains(request["id"].as_str().unwrap()));

    for (args, expected) in [
        (
            vec![
                "--organisation",
                "ERN-RND:DE:XX99",
                "--profile",
                "Coordinator",
            ],
            "Select an organisation",
        ),
        (
            vec!["--organisation", "ERN-RND:DE:DE22", "--profile", "Chief"],
            "not an access profile",
        ),
        (
            vec![
                "--organisation",
                "ERN-RND:DE:DE22",
                "--profile",
                "Coordinator",
            ],
            "already hold",
        ),
    ] {
        let mut full = vec!["access", "grant", "--email", "first.coordinator@example.eu"];
        full.extend(args);
        let refused = idp(dir.path(), &full, None);
        assert!(!refused.status.success());
        assert!(
            text(&refused.stderr).contains(expected),
            "{}",
            text(&refused.stderr)
        );
    }
    let revoked = idp(
        dir.path(),
        &[
            "access",
            "revoke",
            request["id"].as_str().unwrap(),
            "--reason",
            "rotation",
        ],
        None,
    );
    assert!(revoked.status.success(), "{}", text(&revoked.stderr));
    assert!(text(&revoked.stdout).contains("\"revoked\""));
}

#[test]
fn a_bad_catalogue_is_refused_at_start_with_its_line_and_reason() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("catalogue.toml");
    let good = ern_catalogue::BUILTIN.replace(
        "  \"DE22 - Universitätsklinikum Tübingen\",",
        "  \"DE22 Universitätsklinikum Tübingen\",",
    );
    assert_ne!(good, ern_catalogue::BUILTIN);
    std::fs::write(&file, &good).unwrap();
    let line = good
        .lines()
        .position(|l| l.contains("DE22 Universitätsklinikum"))
        .unwrap()
        + 1;
    let out = Command::new(env!("CARGO_BIN_EXE_idp"))
        .arg("serve")
        .env("IDP_DATA_DIR", dir.path())
        .env("IDP_KEYS_DIR", dir.path().join("keys"))
        .env("IDP_LISTEN", "127.0.0.1:0")
        .env("IDP_CATALOGUE", &file)
        .env_remove("IDP_REDIS_URL")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains(&format!("line {line}:")), "{err}");
    assert!(err.contains("CODE - Name"), "{err}");
}
