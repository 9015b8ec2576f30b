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

/// Runs `idp` with `envs` (and the test's data directory), killed after `seconds`: a
/// command that should have been refused must not hang the test by serving.
fn idp_within(
    seconds: u64,
    data_dir: &std::path::Path,
    args: &[&str],
    envs: &[(&str, &str)],
) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_idp"));
    command
        .args(args)
        .env("IDP_DATA_DIR", data_dir)
        .env("IDP_KEYS_DIR", data_dir.join("keys"))
        .env("IDP_LISTEN", "127.0.0.1:0")
        .env_remove("IDP_REDIS_URL")
        .envs(envs.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("run idp");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
    while child.try_wait().unwrap().is_none() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let _ = child.kill();
    child.wait_with_output().unwrap()
}

#[test]
fn unknown_idp_variables_are_refused_naming_the_closest_setting() {
    let dir = tempfile::tempdir().unwrap();
    // A misspelt IDP_REDIS_URL: before, the command ran on an embedded store of its own.
    let out = idp_within(
        60,
        dir.path(),
        &["keys", "list"],
        &[("IDP_REDIS_ULR", "redis://127.0.0.1:6379/")],
    );
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("IDP_REDIS_ULR is not a setting; did you mean IDP_REDIS_URL?"),
        "{err}"
    );
    assert!(!dir.path().join("idp.sqlite3").exists(), "nothing started");
    assert!(!dir.path().join("keys/master.key").exists());

    let out = idp_within(
        10,
        dir.path(),
        &["config", "check"],
        &[("IDP_FROBNICATE", "1")],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("IDP_FROBNICATE is not a setting"),
        "{}",
        text(&out.stderr)
    );
    assert!(!text(&out.stderr).contains("did you mean"), "nothing close");

    // Variables that others read are not settings, and are not refused either.
    let file = dir.path().join("idp.toml");
    std::fs::write(&file, "").unwrap();
    let out = idp_within(
        10,
        dir.path(),
        &["config", "check"],
        &[
            ("IDP_CONFIG", file.to_str().unwrap()),
            ("IDP_TEST_REDIS_URL", "redis://127.0.0.1:6379/"),
            ("IDP_BIN", "target/release/idp"),
            ("IDP_PORT", "9003"),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn values_that_make_no_sense_are_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    for (variable, value, reason) in [
        ("IDP_SESSION_HOURS", "0", "session_hours = 0 makes no sense"),
        ("IDP_ACCESS_TOKEN_MINUTES", "0", "access_token_minutes = 0"),
        ("IDP_REFRESH_TOKEN_DAYS", "0", "refresh_token_days = 0"),
        ("IDP_LOGIN_LOCK_MINUTES", "0", "login_lock_minutes = 0"),
        ("IDP_FACTOR_HOLD_HOURS", "0", "factor_hold_hours = 0"),
        (
            "IDP_SMS_PER_NUMBER_PER_HOUR",
            "0",
            "sms_per_number_per_hour = 0",
        ),
        (
            "IDP_MAILS_PER_IP_PER_HOUR",
            "0",
            "mails_per_ip_per_hour = 0",
        ),
        ("IDP_ROBOT_CHECK_BITS", "0", "robot_check_bits = 0"),
        ("IDP_AUTHORIZATION_CODE_SECONDS", "3600", "at most 600"),
        (
            "IDP_ISSUER",
            "https://login.example.eu/idp",
            "must not have a path",
        ),
        (
            "IDP_ISSUER",
            "https://login.example.eu/?tenant=1",
            "must not have a query or fragment",
        ),
        (
            "IDP_ISSUER",
            "https://login.example.eu/#top",
            "must not have a query or fragment",
        ),
        (
            "IDP_ISSUER",
            "https://admin:pw@login.example.eu",
            "user name or password",
        ),
        ("IDP_MAIL_FROM", "not a mailbox", "is not a mailbox"),
        ("IDP_SMS_GATEWAY_TOKEN", "a-token", "sms_gateway_url is not"),
        ("IDP_LISTEN", "localhost:http", "LISTEN"),
    ] {
        // `keys list` opens the store and the keys: before, it ran with each of these.
        let out = idp_within(60, dir.path(), &["keys", "list"], &[(variable, value)]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{variable}={value}: {err}");
        assert!(err.contains(reason), "{variable}={value}: {err}");
        assert!(!err.contains("a-token"), "no secret in the message: {err}");
    }
    assert!(!dir.path().join("keys/master.key").exists());
}

#[test]
fn config_check_prints_the_effective_configuration_with_secrets_masked() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("idp.toml");
    std::fs::write(
        &file,
        "session_hours = 8\nsite_name = \"From the file\"\n\
         redis_url = \"redis://:redis-password@redis.internal:6379/0\"\n",
    )
    .unwrap();
    let smtp = dir.path().join("smtp-url");
    std::fs::write(&smtp, "smtps://mailer:smtp-password@mail.example.eu:465\n").unwrap();
    let out = idp_within(
        10,
        dir.path(),
        &["--config", file.to_str().unwrap(), "config", "check"],
        &[
            ("IDP_SITE_NAME", "From the environment"),
            ("IDP_SMTP_URL_FILE", smtp.to_str().unwrap()),
            (
                "IDP_SMS_GATEWAY_URL",
                "https://gw.example.eu/send?key=gateway-key",
            ),
            ("IDP_SMS_GATEWAY_TOKEN", "gateway-token"),
        ],
    );
    let shown = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    for line in [
        "session_hours = 8",                    // the file
        "site_name = \"From the environment\"", // the environment over the file
        "access_token_minutes = 10",            // a default
        "redis_url = \"redis://:***@redis.internal:6379/0\"",
        "smtp_url = \"smtps://mailer:***@mail.example.eu:465\"", // from the file, trimmed
        "sms_gateway_token = \"***\"",
        "sms_gateway_url = \"https://gw.example.eu/send?key=***\"",
        "# catalogue: unset",
    ] {
        assert!(
            shown.lines().any(|l| l == line),
            "{line:?} missing:\n{shown}"
        );
    }
    for secret in [
        "redis-password",
        "smtp-password",
        "gateway-token",
        "gateway-key",
    ] {
        assert!(!shown.contains(secret), "{secret} shown:\n{shown}");
    }

    // Any problem: non-zero, with the reason.
    let bad = idp_within(
        10,
        dir.path(),
        &["config", "check"],
        &[("IDP_SESSION_HOURS", "0")],
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("session_hours = 0"));
    let catalogue = dir.path().join("catalogue.toml");
    std::fs::write(&catalogue, "[nonsense]\n").unwrap();
    let bad = idp_within(
        10,
        dir.path(),
        &["config", "check"],
        &[("IDP_CATALOGUE", catalogue.to_str().unwrap())],
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        text(&bad.stderr).contains("line 1"),
        "{}",
        text(&bad.stderr)
    );

    let help = idp_within(10, dir.path(), &["config", "check", "--help"], &[]);
    assert_eq!(help.status.code(), Some(0));
    assert!(text(&help.stdout).contains("masked"));
    assert!(text(&idp_within(10, dir.path(), &["--help"], &[]).stdout).contains("config"));
}

#[test]
fn secrets_can_come_from_files_and_never_from_two_places() {
    let dir = tempfile::tempdir().unwrap();
    let redis_file = dir.path().join("redis-url");
    let prefix = crate::support::unique("from-file:");
    std::fs::write(&redis_file, format!("{}\n", crate::support::redis_url())).unwrap();
    // The store named by the file is the one used: no embedded store appears.
    let out = idp_within(
        60,
        dir.path(),
        &["keys", "list"],
        &[
            ("IDP_REDIS_URL_FILE", redis_file.to_str().unwrap()),
            ("IDP_REDIS_PREFIX", &prefix),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&out.stdout)
            .unwrap()
            .as_array()
            .map(Vec::len),
        Some(3),
        "one key per algorithm, in Redis"
    );
    assert!(!dir.path().join("idp.sqlite3").exists());

    let out = idp_within(
        10,
        dir.path(),
        &["config", "check"],
        &[
            ("IDP_REDIS_URL_FILE", redis_file.to_str().unwrap()),
            ("IDP_REDIS_URL", "redis://127.0.0.1:6379/"),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("IDP_REDIS_URL and IDP_REDIS_URL_FILE are both set"),
        "{}",
        text(&out.stderr)
    );
    let missing = dir.path().join("no-such-token");
    let out = idp_within(
        10,
        dir.path(),
        &["config", "check"],
        &[("IDP_SMS_GATEWAY_TOKEN_FILE", missing.to_str().unwrap())],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains(&format!(
            "IDP_SMS_GATEWAY_TOKEN_FILE: cannot read {}",
            missing.display()
        )),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_failed_start_leaves_no_master_key_and_a_foreign_one_is_refused() {
    // An unreachable store (a closed port): the command fails, no master.key is left.
    // (`idp serve` keeps trying instead, answering 503 meanwhile: see resilience.rs.)
    let dir = tempfile::tempdir().unwrap();
    let master = dir.path().join("keys/master.key");
    let closed = format!("redis://127.0.0.1:{}/", crate::support::free_redis_port());
    let started = std::time::Instant::now();
    let out = idp_within(
        60,
        dir.path(),
        &["keys", "list"],
        &[("IDP_REDIS_URL", &closed), ("IDP_STORE_WAIT_SECONDS", "1")],
    );
    assert!(
        out.status.code().is_some_and(|c| c != 0),
        "{}",
        text(&out.stderr)
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
    assert!(
        !master.exists(),
        "a master.key left behind by a failed start"
    );

    // A start that fails after the key was made (a bad catalogue) takes it away again.
    let catalogue = dir.path().join("catalogue.toml");
    std::fs::write(&catalogue, "[nonsense]\n").unwrap();
    let out = idp_within(
        60,
        dir.path(),
        &["keys", "list"],
        &[("IDP_CATALOGUE", catalogue.to_str().unwrap())],
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        !master.exists(),
        "a master.key left behind by a failed start"
    );

    // Keys sealed with one master key; another one in its place is refused and kept.
    let made = idp_within(60, dir.path(), &["keys", "list"], &[]);
    assert!(made.status.success(), "{}", text(&made.stderr));
    let foreign = [7u8; 32];
    std::fs::remove_file(&master).unwrap();
    std::fs::write(&master, foreign).unwrap();
    let mut permissions = std::fs::metadata(&master).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o600);
    std::fs::set_permissions(&master, permissions).unwrap();
    let out = idp_within(60, dir.path(), &["serve"], &[]);
    let err = text(&out.stderr);
    assert!(out.status.code().is_some_and(|c| c != 0), "{err}");
    assert!(
        err.contains(&format!(
            "the signing keys in the store were sealed with another master key: {}",
            master.display()
        )),
        "{err}"
    );
    assert_eq!(std::fs::read(&master).unwrap(), foreign, "left as it was");

    // And without any master key, none is made up: a new one would not open them either.
    std::fs::remove_file(&master).unwrap();
    let out = idp_within(60, dir.path(), &["serve"], &[]);
    let err = text(&out.stderr);
    assert!(out.status.code().is_some_and(|c| c != 0), "{err}");
    assert!(
        err.contains("missing, and the store holds signing keys"),
        "{err}"
    );
    assert!(!master.exists());
}

/// Issue 14: what the console does, the command line does too, logged alike.
#[test]
fn the_console_s_actions_work_from_the_command_line_and_are_logged() {
    let dir = tempfile::tempdir().unwrap();
    for n in 0..27 {
        let email = format!("helpdesk-{n:02}@example.eu");
        let added = idp(
            dir.path(),
            &[
                "user",
                "add",
                "--email",
                &email,
                "--first-name",
                "Grace",
                "--last-name",
                &format!("Hopper{n:02}"),
            ],
            None,
        );
        assert!(added.status.success(), "{}", text(&added.stderr));
    }
    let json = |out: &Output| -> serde_json::Value {
        assert!(out.status.success(), "{}", text(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    // Found 25 at a time, the next page from the printed cursor.
    let first = json(&idp(dir.path(), &["user", "find", "grace"], None));
    assert_eq!(first["accounts"].as_array().unwrap().len(), 25);
    let next = first["next"].as_str().expect("a next page").to_owned();
    let second = json(&idp(
        dir.path(),
        &["user", "find", "grace", "--after", &next],
        None,
    ));
    assert_eq!(second["accounts"].as_array().unwrap().len(), 2);
    assert!(second["next"].is_null());
    let one = json(&idp(dir.path(), &["user", "find", "hopper07"], None));
    assert_eq!(one["accounts"][0]["email"], "helpdesk-07@example.eu");

    let disabled = json(&idp(
        dir.path(),
        &["user", "disable", "helpdesk-07@example.eu"],
        None,
    ));
    assert_eq!(disabled["changed"], true);
    let shown = json(&idp(
        dir.path(),
        &["user", "show", "helpdesk-07@example.eu"],
        None,
    ));
    assert_eq!(shown["disabled"], true);
    assert!(
        shown["history"][0]["what"]
            .as_str()
            .unwrap()
            .contains("disabled by an administrator")
    );
    let refused = idp(
        dir.path(),
        &[
            "user",
            "remove-factor",
            "helpdesk-07@example.eu",
            "--phone",
            "+32123",
        ],
        None,
    );
    assert!(!refused.status.success());
    assert!(
        text(&refused.stderr).contains("no such factor"),
        "{}",
        text(&refused.stderr)
    );
    let missing = idp(dir.path(), &["user", "unlock", "nobody@example.eu"], None);
    assert!(text(&missing.stderr).contains("no account has the address"));

    let log = json(&idp(
        dir.path(),
        &["operators-log", "--search", "helpdesk-07"],
        None,
    ));
    let entry = &log["entries"][0];
    assert_eq!(entry["action"], "account disabled");
    assert!(
        entry["operator"]
            .as_str()
            .unwrap()
            .starts_with("command line")
    );
    let help = idp(dir.path(), &["user", "--help"], None);
    for word in [
        "find",
        "show",
        "unlock",
        "end-sessions",
        "remove-factor",
        "disable",
        "enable",
        "send-reset",
    ] {
        assert!(
            text(&help.stdout).contains(word),
            "{word} missing from user --help"
        );
    }
}
