//! Issue 14: compose.yaml, the Dockerfile and .dockerignore, checked as files (no container
//! engine runs here). compose.yaml is parsed as YAML (anchors and merge keys applied, as
//! Compose does), and its rules checked on the structure: every service restarts and has a
//! healthcheck, every image is pinned, the replicas' issuer is the load balancer's URL, the
//! forwarded-for header is trusted from the balancer only, no secret is in the environment,
//! volumes are declared. `cluster.rs` runs the same topology for real.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_yaml_ng::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn compose() -> Value {
    let text = std::fs::read_to_string(root().join("compose.yaml")).unwrap();
    let mut value: Value = serde_yaml_ng::from_str(&text).expect("compose.yaml is YAML");
    value.apply_merge().expect("merge keys");
    value
}

fn str_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        other => panic!("not a scalar: {other:?}"),
    }
}

/// A service's environment as a map, from either of Compose's two forms.
fn environment(service: &Value) -> BTreeMap<String, String> {
    match service.get("environment") {
        None => BTreeMap::new(),
        Some(Value::Mapping(map)) => map.iter().map(|(k, v)| (str_of(k), str_of(v))).collect(),
        Some(Value::Sequence(list)) => list
            .iter()
            .map(|item| {
                let item = str_of(item);
                let (k, v) = item.split_once('=').unwrap_or((&item, ""));
                (k.to_owned(), v.to_owned())
            })
            .collect(),
        Some(other) => panic!("environment: {other:?}"),
    }
}

fn strings(value: Option<&Value>) -> Vec<String> {
    match value {
        None => Vec::new(),
        Some(Value::Sequence(list)) => list.iter().map(str_of).collect(),
        Some(other) => vec![str_of(other)],
    }
}

/// `source:target[:mode]` of every volume of a service.
fn volumes(service: &Value) -> Vec<(String, String)> {
    strings(service.get("volumes"))
        .iter()
        .map(|v| {
            let mut parts = v.split(':');
            (
                parts.next().unwrap_or_default().to_owned(),
                parts.next().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// An image reference with a tag other than `latest` (or a digest).
fn pinned(image: &str) -> bool {
    if image.contains("@sha256:") {
        return true;
    }
    let name = image.rsplit('/').next().unwrap_or(image);
    matches!(name.split_once(':'), Some((_, tag)) if !tag.is_empty() && tag != "latest")
}

/// Settings that are secrets: never set directly, only through their `_FILE`.
fn is_secret_name(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    !upper.ends_with("_FILE")
        && [
            "SECRET",
            "PASSWORD",
            "TOKEN",
            "PRIVATE_KEY",
            "IDP_REDIS_URL",
        ]
        .iter()
        .any(|word| upper.contains(word))
}

#[test]
fn every_service_restarts_has_a_healthcheck_and_a_pinned_image() {
    let compose = compose();
    let services = compose["services"].as_mapping().expect("services");
    assert!(
        services.len() >= 6,
        "redis, mailpit, two replicas, lb, cpms"
    );
    for (name, service) in services {
        let name = str_of(name);
        let restart = service.get("restart").map(str_of).unwrap_or_default();
        assert!(
            ["always", "unless-stopped", "on-failure"]
                .iter()
                .any(|p| restart.starts_with(p)),
            "{name}: restart policy {restart:?}"
        );
        let test = strings(service.get("healthcheck").and_then(|h| h.get("test")));
        assert!(
            test.len() >= 2 && test[0] != "NONE",
            "{name}: healthcheck {test:?}"
        );
        let image = service
            .get("image")
            .map(str_of)
            .unwrap_or_else(|| panic!("{name}: no image"));
        assert!(pinned(&image), "{name}: image {image:?} is not pinned");
    }
}

#[test]
fn the_replicas_serve_the_balancers_url_and_trust_forwarded_for_from_it_only() {
    let compose = compose();
    let services = compose["services"].as_mapping().unwrap();
    let replicas: Vec<(String, &Value)> = services
        .iter()
        .map(|(k, v)| (str_of(k), v))
        .filter(|(_, s)| {
            environment(s).contains_key("IDP_ISSUER")
                && strings(s.get("entrypoint"))
                    .first()
                    .is_none_or(|e| e == "idp")
        })
        .collect();
    assert!(replicas.len() >= 2, "two replicas at least");

    // The balancer: the nginx service, its configuration mounted from the repository.
    let (lb_name, lb) = services
        .iter()
        .map(|(k, v)| (str_of(k), v))
        .find(|(_, s)| {
            s.get("image")
                .map(str_of)
                .is_some_and(|i| i.starts_with("nginx:"))
        })
        .expect("a load balancer (nginx)");
    let conf_source = volumes(lb)
        .into_iter()
        .find(|(_, target)| target == "/etc/nginx/nginx.conf")
        .map(|(source, _)| source)
        .expect("the balancer's nginx.conf is mounted");
    let conf = std::fs::read_to_string(root().join(&conf_source)).unwrap();
    let directive = |line: &str, name: &str| -> Option<String> {
        let line = line.trim();
        line.strip_prefix(name)
            .filter(|rest| rest.starts_with(' '))
            .map(|rest| rest.trim().trim_end_matches(';').trim().to_owned())
    };
    let listens: Vec<String> = conf
        .lines()
        .filter_map(|l| directive(l, "listen"))
        .collect();
    assert_eq!(listens.len(), 1, "one public address: {listens:?}");
    let lb_listen: std::net::SocketAddr = listens[0].parse().unwrap();
    // The balancer's URL: its address, or `localhost` for a loopback one (WebAuthn needs
    // a host name), on its port.
    let is_lb_url = |url: &str| {
        let Ok(url) = url::Url::parse(url) else {
            return false;
        };
        let host_matches = match url.host_str() {
            Some("localhost") => lb_listen.ip().is_loopback(),
            Some(host) => host == lb_listen.ip().to_string(),
            None => false,
        };
        url.scheme() == "http"
            && host_matches
            && url.port() == Some(lb_listen.port())
            && url.path() == "/"
    };
    let upstreams: BTreeSet<String> = conf
        .lines()
        .filter_map(|l| directive(l, "server"))
        // `server {` opens a server block; `server ADDRESS;` names an upstream.
        .filter(|s| !s.starts_with('{'))
        .map(|s| s.split_whitespace().next().unwrap_or_default().to_owned())
        .collect();
    let forwarded: Vec<String> = conf
        .lines()
        .filter_map(|l| directive(l, "proxy_set_header"))
        .filter(|v| v.starts_with("X-Forwarded-For "))
        .collect();
    assert!(
        forwarded == ["X-Forwarded-For $remote_addr"]
            || forwarded == ["X-Forwarded-For $proxy_add_x_forwarded_for"],
        "{lb_name} sets X-Forwarded-For to the address that reached it: {forwarded:?}"
    );

    let mut listening = BTreeSet::new();
    let mut stores = BTreeSet::new();
    let mut issuers = BTreeSet::new();
    for (name, replica) in &replicas {
        let env = environment(replica);
        assert!(
            is_lb_url(&env["IDP_ISSUER"]),
            "{name}: the issuer {} is the balancer's URL ({lb_listen})",
            env["IDP_ISSUER"]
        );
        issuers.insert(env["IDP_ISSUER"].clone());
        assert_eq!(
            env.get("IDP_TRUST_FORWARDED_FOR").map(String::as_str),
            Some("true"),
            "{name}: per-address limits need the real client address"
        );
        let listen: std::net::SocketAddr = env["IDP_LISTEN"].parse().unwrap();
        assert!(
            listen.ip().is_loopback(),
            "{name}: listens on {listen}: only the balancer may reach a replica that trusts X-Forwarded-For"
        );
        assert!(replica.get("ports").is_none(), "{name} publishes no port");
        assert!(
            listening.insert(listen.to_string()),
            "{name}: a port of its own"
        );
        stores.insert(
            env.get("IDP_REDIS_URL_FILE")
                .cloned()
                .expect("the shared Redis"),
        );
        let test = strings(replica["healthcheck"].get("test")).join(" ");
        assert!(test.contains("idp health"), "{name}: healthcheck {test}");
        assert!(
            volumes(replica)
                .iter()
                .any(|(source, target)| source == "idp-keys" && target == "/var/lib/idp/keys"),
            "{name}: the shared keys volume (one master.key for every replica)"
        );
    }
    assert_eq!(
        listening, upstreams,
        "the balancer sends to the replicas, all of them"
    );
    assert_eq!(stores.len(), 1, "one store for every replica");
    assert_eq!(issuers.len(), 1, "one issuer for every replica");
    // No other service trusts the header, and every service runs on the host's network,
    // where the replicas' loopback addresses are out of other hosts' reach.
    for (name, service) in services {
        let name = str_of(name);
        if !replicas.iter().any(|(r, _)| *r == name) {
            assert!(
                !environment(service).contains_key("IDP_TRUST_FORWARDED_FOR"),
                "{name}"
            );
        }
        assert_eq!(
            service.get("network_mode").map(str_of).as_deref(),
            Some("host"),
            "{name}"
        );
    }
    // CPMS signs in at the same issuer.
    let cpms = services
        .iter()
        .find(|(_, s)| environment(s).contains_key("CPMS_ISSUER"))
        .map(|(_, s)| environment(s))
        .expect("cpms");
    assert!(
        issuers.contains(&cpms["CPMS_ISSUER"]),
        "{}",
        cpms["CPMS_ISSUER"]
    );
}

#[test]
fn secrets_come_from_files_and_redis_keeps_what_it_acknowledged() {
    let compose = compose();
    let services = compose["services"].as_mapping().unwrap();
    let declared: BTreeMap<String, String> = compose["secrets"]
        .as_mapping()
        .expect("top-level secrets")
        .iter()
        .map(|(k, v)| (str_of(k), v.get("file").map(str_of).expect("a file secret")))
        .collect();
    for (name, service) in services {
        let name = str_of(name);
        let granted = strings(service.get("secrets"));
        for secret in &granted {
            assert!(
                declared.contains_key(secret),
                "{name}: secret {secret} is declared"
            );
        }
        for (variable, value) in environment(service) {
            assert!(
                !is_secret_name(&variable),
                "{name}: {variable} holds a secret in plain text; use {variable}_FILE"
            );
            assert!(
                !value.contains("${"),
                "{name}: {variable} comes from the shell: {value}"
            );
            if let Ok(url) = url::Url::parse(&value) {
                assert!(
                    url.password().is_none(),
                    "{name}: {variable} has a password in it"
                );
            }
            if variable.ends_with("_FILE") {
                let secret = value
                    .strip_prefix("/run/secrets/")
                    .unwrap_or_else(|| panic!("{name}: {variable} is not a secret: {value}"));
                assert!(
                    granted.iter().any(|g| g == secret),
                    "{name}: {secret} not granted"
                );
            }
        }
    }
    for file in declared.values() {
        assert!(
            file.starts_with("./secrets/"),
            "secret files live in secrets/: {file}"
        );
    }
    let gitignore = std::fs::read_to_string(root().join(".gitignore")).unwrap();
    assert!(
        gitignore.lines().any(|l| l.trim() == "secrets/"),
        "secrets/ is never committed"
    );

    let redis = services
        .iter()
        .map(|(_, s)| s)
        .find(|s| {
            s.get("image")
                .map(str_of)
                .is_some_and(|i| i.starts_with("redis:"))
        })
        .expect("redis");
    let command = strings(redis.get("command")).join(" ");
    assert!(command.contains("--appendonly yes"), "{command}");
    assert!(
        command.contains("requirepass") && command.contains("/run/secrets/"),
        "{command}"
    );
    assert!(volumes(redis).iter().any(|(_, target)| target == "/data"));
    let health = strings(redis["healthcheck"].get("test")).join(" ");
    assert!(
        health.contains("REDISCLI_AUTH"),
        "the healthcheck authenticates: {health}"
    );
}

#[test]
fn named_volumes_are_declared_and_the_build_context_is_lean() {
    let compose = compose();
    let declared: BTreeSet<String> = compose["volumes"]
        .as_mapping()
        .expect("top-level volumes")
        .keys()
        .map(str_of)
        .collect();
    let mut used = BTreeSet::new();
    for (name, service) in compose["services"].as_mapping().unwrap() {
        for (source, target) in volumes(service) {
            assert!(target.starts_with('/'), "{}: {target}", str_of(name));
            if source.starts_with("./") || source.starts_with('/') {
                assert!(
                    root().join(&source).exists(),
                    "{source} is in the repository"
                );
            } else {
                assert!(declared.contains(&source), "{source} is declared");
                used.insert(source);
            }
        }
    }
    assert_eq!(used, declared, "every declared volume is used");
    for expected in ["redis-data", "idp-keys", "cpms-data"] {
        assert!(declared.contains(expected), "{expected}");
    }

    let ignore = std::fs::read_to_string(root().join(".dockerignore")).expect(".dockerignore");
    let entries: BTreeSet<&str> = ignore
        .lines()
        .map(|l| l.trim().trim_end_matches('/'))
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    for expected in ["target", ".git", "keys", "secrets", "data"] {
        assert!(entries.contains(expected), ".dockerignore lacks {expected}");
    }

    let dockerfile = std::fs::read_to_string(root().join("Dockerfile")).unwrap();
    for line in dockerfile.lines().filter(|l| l.starts_with("FROM ")) {
        let image = line.split_whitespace().nth(1).unwrap();
        assert!(pinned(image), "{line}");
    }
    assert!(dockerfile.contains("HEALTHCHECK") && dockerfile.contains("\"idp\", \"health\""));
    assert!(dockerfile.contains("IDP_KEYS_DIR=/var/lib/idp/keys"));
}
