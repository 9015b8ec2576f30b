//! Redis Cluster: a cluster of three masters started from `redis-server --cluster-enabled
//! yes` on loopback ports (once per test binary), the store contract run against it
//! (`store_contract.rs`, through `on_every_store!`), and the provider on it end to end: two
//! real `idp serve` replicas sign in, exchange a code and refresh, with the records spread
//! over the three masters.
//!
//! (`cluster.rs` is something else: several provider replicas behind nginx.)

use std::process::Command;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use idp::store::{RedisStore, Store, StoreError};
use openidconnect::{AuthorizationCode, OAuth2TokenResponse, TokenResponse};

use crate::app::{Browser, sign_in};
use crate::process::{Idp, text};
use crate::rp::{PASSWORD, REDIRECT, follow, http, query_param, rp_at, start};
use crate::support::{free_redis_port as free_port, spawn_redis_with, unique, wait_for_redis};

static NODES: OnceLock<Vec<u16>> = OnceLock::new();

/// The ports of the cluster's masters on the loopback: `IDP_TEST_REDIS_CLUSTER_URL`'s when
/// set (a running cluster, its masters' URLs separated by commas), otherwise three masters
/// started on first use.
pub fn ports() -> &'static [u16] {
    NODES.get_or_init(|| match std::env::var("IDP_TEST_REDIS_CLUSTER_URL") {
        Ok(urls) => urls
            .split(',')
            .map(|url| {
                let url = url::Url::parse(url.trim()).expect("IDP_TEST_REDIS_CLUSTER_URL");
                url.port().unwrap_or(6379)
            })
            .collect(),
        Err(_) => start_cluster(&[]),
    })
}

/// The cluster as `redis_url` takes it: every master, separated by commas.
pub fn nodes() -> String {
    ports()
        .iter()
        .map(|port| format!("redis://127.0.0.1:{port}/"))
        .collect::<Vec<_>>()
        .join(",")
}

/// A store on the cluster, under a prefix of its own.
pub fn store() -> Arc<dyn Store> {
    let urls = nodes();
    let nodes: Vec<&str> = urls.split(',').collect();
    Arc::new(RedisStore::connect_cluster(&nodes, &unique("test-")).expect("cluster store"))
}

/// Three masters on loopback ports, started with `extra` arguments each.
fn start_cluster(extra: &'static [&'static str]) -> Vec<u16> {
    // As for the single server (support.rs): the servers are spawned from a thread that
    // lives as long as the test binary, so they die with it (PDEATHSIG), even on a panic.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut children = Vec::new();
        let mut ports = Vec::new();
        for _ in 0..3 {
            let (port, bus) = (free_port(), free_port());
            let config = dir.path().join(format!("nodes-{port}.conf"));
            let mut args = vec![
                "--cluster-enabled".to_owned(),
                "yes".to_owned(),
                "--cluster-port".to_owned(),
                bus.to_string(),
                "--cluster-config-file".to_owned(),
                config.to_string_lossy().into_owned(),
                "--cluster-node-timeout".to_owned(),
                "2000".to_owned(),
                "--dir".to_owned(),
                dir.path().to_string_lossy().into_owned(),
            ];
            args.extend(extra.iter().map(|arg| (*arg).to_owned()));
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            children.push(spawn_redis_with(port, &args));
            ports.push(port);
        }
        for port in &ports {
            wait_for_redis(*port);
        }
        create_cluster(&ports);
        tx.send(ports).ok();
        let _kept = (dir, children);
        loop {
            std::thread::park();
        }
    });
    rx.recv()
        .expect("the Redis Cluster could not be started (see the message above)")
}

/// `redis-cli --cluster create` (the slots split in three), then waits until every node
/// says `cluster_state:ok`.
fn create_cluster(ports: &[u16]) {
    let out = Command::new("redis-cli")
        .arg("--cluster")
        .arg("create")
        .args(ports.iter().map(|port| format!("127.0.0.1:{port}")))
        .args(["--cluster-replicas", "0", "--cluster-yes"])
        .output()
        .unwrap_or_else(|err| {
            panic!("the Redis Cluster tests need `redis-cli` (Debian: redis-tools): {err}")
        });
    assert!(
        out.status.success(),
        "redis-cli --cluster create: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    for port in ports {
        while !cluster_info(*port).contains("cluster_state:ok") {
            assert!(
                Instant::now() < deadline,
                "the cluster is not ok on port {port}: {}",
                cluster_info(*port)
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

/// A command to one node, not through the cluster (`CLUSTER INFO`, `DBSIZE`).
fn ask_node<T: redis::FromRedisValue>(port: u16, command: &[&str]) -> redis::RedisResult<T> {
    let client = redis::Client::open(format!("redis://127.0.0.1:{port}/"))?;
    let mut conn = client.get_connection_with_timeout(Duration::from_secs(2))?;
    let mut cmd = redis::cmd(command[0]);
    cmd.arg(&command[1..]);
    cmd.query(&mut conn)
}

fn cluster_info(port: u16) -> String {
    ask_node(port, &["CLUSTER", "INFO"]).unwrap_or_else(|e| e.to_string())
}

/// How many keys under `prefix` each master of `ports` holds.
fn keys_per_node(ports: &[u16], prefix: &str) -> Vec<usize> {
    ports
        .iter()
        .map(|port| {
            let keys: Vec<String> = ask_node(*port, &["KEYS", &format!("{prefix}*")]).unwrap();
            keys.len()
        })
        .collect()
}

fn json(out: &std::process::Output) -> serde_json::Value {
    assert!(out.status.success(), "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Two `idp serve` replicas on the cluster, configured as an operator does
/// (`IDP_REDIS_URL` with the nodes, `IDP_REDIS_CLUSTER=true`): an account and a client
/// added with the commands, a sign-in at one replica, the code redeemed at the other,
/// the refresh token rotated at each, the spent one refused; the records are spread over
/// all three masters.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_idp_serve_replicas_on_a_redis_cluster_sign_in_exchange_and_refresh() {
    let dir = tempfile::tempdir().unwrap();
    let prefix = unique("serve-") + ":";
    let idp = |name: &str| {
        Idp::new(&dir.path().join(name), &dir.path().join("keys"))
            .env("IDP_REDIS_URL", &nodes())
            .env("IDP_REDIS_CLUSTER", "true")
            .env("IDP_REDIS_PREFIX", &prefix)
    };
    let (one, two) = (idp("one"), idp("two"));
    let email = "cluster@example.eu";
    json(&one.run(
        &[
            "user",
            "add",
            "--email",
            email,
            "--first-name",
            "Cluster",
            "--last-name",
            "User",
            "--password-stdin",
        ],
        Some(PASSWORD),
    ));
    let client = json(&two.run(
        &[
            "client",
            "add",
            "--id",
            "cluster-rp",
            "--first-party",
            "--redirect-uri",
            REDIRECT,
        ],
        None,
    ));
    let secret = client["client_secret"].as_str().unwrap().to_owned();
    let mut first = tokio::task::block_in_place(|| one.serve(&dir.path().join("one.log")));
    let mut second = tokio::task::block_in_place(|| two.serve(&dir.path().join("two.log")));
    assert!(
        first.log_text().contains("Redis Cluster"),
        "{}",
        first.log_text()
    );

    // Signed in at the first replica; the code redeemed at the second.
    let browser = Browser::new(&first.base);
    assert_eq!(sign_in(&browser, email, PASSWORD).await.status, 303);
    let at_first = rp_at(&first.base, "cluster-rp", Some(secret.clone())).await;
    let at_second = rp_at(&second.base, "cluster-rp", Some(secret)).await;
    let started = start(&at_first, &["email", "offline_access"], None);
    let back = follow(&browser, &started.url, email, PASSWORD).await;
    let code = query_param(&back, "code").expect("a code");
    let tokens = at_second
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(started.verifier)
        .request_async(&http())
        .await
        .expect("the code redeemed at the other replica");
    let claims = tokens
        .id_token()
        .unwrap()
        .claims(&at_second.id_token_verifier(), &started.nonce)
        .unwrap();
    assert_eq!(claims.email().map(|e| e.as_str()), Some(email));

    // Rotated at each replica in turn; the spent token is refused.
    let spent = tokens.refresh_token().expect("a refresh token").clone();
    let rotated = at_first
        .exchange_refresh_token(&spent)
        .unwrap()
        .request_async(&http())
        .await
        .expect("refreshed at the first replica");
    let again = at_second
        .exchange_refresh_token(rotated.refresh_token().expect("rotated"))
        .unwrap()
        .request_async(&http())
        .await
        .expect("refreshed at the second replica");
    assert!(again.refresh_token().is_some());
    assert!(
        at_second
            .exchange_refresh_token(&spent)
            .unwrap()
            .request_async(&http())
            .await
            .is_err(),
        "a spent refresh token is refused"
    );

    // Sharded for real: every master holds some of this provider's records.
    let spread = keys_per_node(ports(), &prefix);
    assert!(spread.iter().all(|n| *n > 0), "keys per master: {spread:?}");
    first.stop();
    second.stop();
}

/// The journeys that write several records that must stay unique (an account and its
/// e-mail; an access request and its open marker), the schema migrations (the one to schema
/// 2 finds schema 1's records with `scan_keys`: on a cluster, a scan of every master), and
/// the token rules, in-process on the cluster: one test each, named after the journey.
macro_rules! on_the_cluster {
    ($($module:ident::$name:ident),* $(,)?) => {
        mod journeys {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    crate::$module::$name(crate::app::Backend::RedisCluster).await;
                }
            )*
        }
    };
}

on_the_cluster!(
    accounts::create_account_confirm_by_mail_and_sign_in,
    accounts::registering_an_existing_address_reveals_nothing_on_the_page,
    access::the_wizard_files_a_request_the_coordinator_accepts_and_the_requester_is_told,
    schema::an_older_store_is_migrated_once_across_replicas,
    access_lists::a_schema_1_store_is_listed_by_the_migration,
    oidc::a_replayed_code_fails_and_revokes_what_it_issued,
    oidc::a_reused_refresh_token_kills_its_family,
);

/// Several servers without `redis_cluster`, or a prefix with a brace (it would decide every
/// key's slot), are refused before anything starts; the nodes are shown masked.
#[test]
fn a_cluster_configuration_that_cannot_work_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let idp = Idp::new(&dir.path().join("data"), &dir.path().join("keys"));
    let two = "redis://:secret-pw@127.0.0.1:7000/, redis://:secret-pw@127.0.0.1:7001/";
    let cases = [
        (
            idp.clone().env("IDP_REDIS_URL", two),
            "set redis_cluster = true",
        ),
        (
            idp.clone().env("IDP_REDIS_CLUSTER", "true"),
            "redis_cluster = true needs redis_url",
        ),
        (
            idp.clone()
                .env("IDP_REDIS_URL", two)
                .env("IDP_REDIS_CLUSTER", "true")
                .env("IDP_REDIS_PREFIX", "idp{x}:"),
            "holds a brace",
        ),
    ];
    for (idp, said) in cases {
        let out = idp.run(&["config", "check"], None);
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stdout));
        assert!(text(&out.stderr).contains(said), "{}", text(&out.stderr));
    }
    let fine = idp
        .env("IDP_REDIS_URL", two)
        .env("IDP_REDIS_CLUSTER", "true")
        .run(&["config", "check"], None);
    assert!(fine.status.success(), "{}", text(&fine.stderr));
    // Shown with each node's password masked.
    let shown = text(&fine.stdout);
    assert!(
        shown.contains("redis://:***@127.0.0.1:7000/,redis://:***@127.0.0.1:7001/")
            && !shown.contains("secret-pw"),
        "{shown}"
    );
}

/// Every key under `prefix`, scanned through `store` to the end (an error as it came).
async fn scan_all(store: &dyn Store, prefix: &str) -> Result<Vec<String>, StoreError> {
    let (mut found, mut cursor) = (Vec::new(), String::new());
    loop {
        let (keys, next) = store.scan_keys(prefix, &cursor, 7).await?;
        found.extend(keys);
        if next.is_empty() {
            found.sort();
            return Ok(found);
        }
        cursor = next;
    }
}

/// A cluster whose nodes announce a hostname (`localhost`) and ask clients to use it
/// (`cluster-preferred-endpoint-type hostname`), as on Kubernetes: the client knows its
/// nodes as `localhost:<port>`, not by the IPs `CLUSTER NODES` lists. A scan (the schema
/// migration's) still reaches every master and finds every key once. A slot moved behind
/// the client's back does not change that (the step's keyed `EXISTS` is answered `MOVED`
/// and the client follows); a step that another master runs anyway (a slot being migrated
/// answers `ASK`) is refused as temporary (503), never taken for the intended master's
/// keys. This cluster is the test's own: it moves slots.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_cluster_announcing_hostnames_a_scan_finds_every_key_once() {
    let ports = start_cluster(&[
        "--cluster-announce-hostname",
        "localhost",
        "--cluster-preferred-endpoint-type",
        "hostname",
    ]);
    // Each slot range's master is given to clients as `localhost`, not as an IP.
    let slots: Vec<redis::Value> = ask_node(ports[0], &["CLUSTER", "SLOTS"]).unwrap();
    for range in &slots {
        let endpoint = match range {
            redis::Value::Array(range) => match range.get(2) {
                Some(redis::Value::Array(master)) => master.first(),
                _ => None,
            },
            _ => None,
        };
        assert_eq!(
            endpoint,
            Some(&redis::Value::BulkString(b"localhost".to_vec())),
            "{slots:?}"
        );
    }
    let urls: Vec<String> = ports
        .iter()
        .map(|port| format!("redis://127.0.0.1:{port}/"))
        .collect();
    let urls: Vec<&str> = urls.iter().map(String::as_str).collect();
    let prefix = unique("hostnames-");
    let store = RedisStore::connect_cluster(&urls, &prefix).unwrap();
    let mut written: Vec<String> = (0..60).map(|i| format!("scan:{i:02}")).collect();
    written.sort();
    for key in &written {
        store.put(key, b"v", None).await.unwrap();
    }
    let spread = keys_per_node(&ports, &prefix);
    assert!(spread.iter().all(|n| *n > 0), "keys per master: {spread:?}");
    assert_eq!(scan_all(&store, "scan:").await.unwrap(), written);

    // Slot 0 moves from the master serving it to the one serving slot 5461, behind the
    // store's back: its view still says the first.
    let nodes: String = ask_node(ports[0], &["CLUSTER", "NODES"]).unwrap();
    let owner = |slot: u16| -> String {
        let serves = |range: &str| match range.split_once('-') {
            Some((a, b)) => {
                a.parse().is_ok_and(|a: u16| a <= slot) && b.parse().is_ok_and(|b: u16| slot <= b)
            }
            None => range.parse() == Ok(slot),
        };
        let line = nodes
            .lines()
            .find(|line| line.split_whitespace().skip(8).any(serves));
        line.and_then(|line| line.split_whitespace().next())
            .unwrap()
            .to_owned()
    };
    let (from, to) = (owner(0), owner(5461));
    assert_ne!(from, to);
    let ids: Vec<String> = ports
        .iter()
        .map(|port| ask_node(*port, &["CLUSTER", "MYID"]).unwrap())
        .collect();
    let port_of = |id: &str| ports[ids.iter().position(|i| i == id).unwrap()];
    // Only an empty slot moves this way: a key of the test in slot 0 (one run in ~270) goes.
    let in_slot: Vec<String> =
        ask_node(port_of(&from), &["CLUSTER", "GETKEYSINSLOT", "0", "100"]).unwrap();
    for key in in_slot {
        let key = key.strip_prefix(&prefix).unwrap();
        assert!(store.delete(key).await.unwrap());
        written.retain(|k| k != key);
    }
    // The new owner first, then the old one, then the rest (the cluster's own order). While
    // both claim the slot, the higher config epoch wins: `redis-cli --cluster create` gave
    // the master of slot 5461 a higher one than the master of slot 0.
    let mut order = vec![port_of(&to), port_of(&from)];
    order.extend(
        ports
            .iter()
            .filter(|p| !order.contains(p))
            .copied()
            .collect::<Vec<_>>(),
    );
    for port in order {
        let done: String = ask_node(port, &["CLUSTER", "SETSLOT", "0", "NODE", &to]).unwrap();
        assert_eq!(done, "OK");
    }
    // The step for slot 0's new master goes by the stale view to the old one; its EXISTS
    // there is answered MOVED, the client learns the move and sends the step on.
    assert_eq!(scan_all(&store, "scan:").await.unwrap(), written);

    // Slot 1, now the old master's lowest, is being migrated to the third master: the old
    // master sends the step on to the importing one (ASK), whose keys are not the old
    // master's. Refused (503) until the migration is over.
    let third = ids
        .iter()
        .find(|id| **id != from && **id != to)
        .unwrap_or_else(|| panic!("three masters: {ids:?}, {nodes}"));
    let setslot = |port: u16, args: &[&str]| {
        let done: String = ask_node(port, &[&["CLUSTER", "SETSLOT", "1"], args].concat()).unwrap();
        assert_eq!(done, "OK");
    };
    setslot(port_of(third), &["IMPORTING", &from]);
    setslot(port_of(&from), &["MIGRATING", third]);
    let refused = scan_all(&store, "scan:").await;
    assert!(
        matches!(refused, Err(StoreError::Unavailable(ref why)) if why.contains("was run by")),
        "a step run by the importing master: {refused:?}"
    );
    setslot(port_of(third), &["STABLE"]);
    setslot(port_of(&from), &["STABLE"]);
    assert_eq!(scan_all(&store, "scan:").await.unwrap(), written);
}
