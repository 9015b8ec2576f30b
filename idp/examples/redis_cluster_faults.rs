//! What a slot migration and a failover cost the Redis backend on a Redis Cluster, measured
//! (run by `scripts/redis-cluster-faults`; too heavy for the test suite).
//!
//! Starts six `redis-server --cluster-enabled yes` on loopback ports (three masters, one
//! replica each, no persistence), then, for each fault, runs a load of store operations
//! through `RedisStore` (the provider's own backend) from several tasks: a `put` of a new
//! key, an `incr` of the task's counter, a `get` of a key written earlier. Every operation
//! that fails is a request the provider would have answered 503. After the load, every
//! acknowledged write is read back: a missing key, a wrong value or a counter below its
//! acknowledged increments is a lost write.
//!
//! - migration: `redis-cli --cluster reshard` moves slots holding live keys from one
//!   master to another while the load runs;
//! - failover: a master is killed (SIGKILL) while the load runs; its replica is promoted
//!   after `cluster-node-timeout`.
//!
//! Settings (environment): FAULTS_SECONDS (load per fault, 20), FAULTS_WORKERS (16),
//! FAULTS_PAUSE_MS (between one task's rounds, 2), FAULTS_SLOTS (slots moved, 1000),
//! FAULTS_NODE_TIMEOUT_MS (cluster-node-timeout, 5000).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use idp::store::{RedisStore, Store};

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn redis_cli(args: &[String]) -> String {
    let out = Command::new("redis-cli")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("redis-cli (Debian: redis-tools)");
    let said =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "redis-cli {args:?}: {said}");
    said
}

fn node(port: u16, command: &[&str]) -> String {
    let mut args = vec!["-p".to_owned(), port.to_string()];
    args.extend(command.iter().map(|s| (*s).to_owned()));
    redis_cli(&args)
}

/// One line of `CLUSTER NODES`.
struct Node {
    id: String,
    port: u16,
    master: bool,
    master_of: Option<String>,
    slots: usize,
}

fn cluster_nodes(port: u16) -> Vec<Node> {
    node(port, &["CLUSTER", "NODES"])
        .lines()
        .filter_map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            let port = f.get(1)?.split(['@', ':']).nth(1)?.parse().ok()?;
            let slots = f[8..]
                .iter()
                .filter(|s| !s.starts_with('['))
                .map(|s| match s.split_once('-') {
                    Some((a, b)) => b.parse::<usize>().unwrap() - a.parse::<usize>().unwrap() + 1,
                    None => 1,
                })
                .sum();
            Some(Node {
                id: f[0].to_owned(),
                port,
                master: f[2].contains("master"),
                master_of: (f[3] != "-").then(|| f[3].to_owned()),
                slots,
            })
        })
        .collect()
}

struct Cluster {
    servers: HashMap<u16, Child>,
    ports: Vec<u16>,
    _dir: tempfile::TempDir,
}

impl Cluster {
    fn start(node_timeout_ms: u64) -> Cluster {
        let dir = tempfile::tempdir().unwrap();
        let mut servers = HashMap::new();
        let mut ports = Vec::new();
        for _ in 0..6 {
            let (port, bus) = (free_port(), free_port());
            let child = Command::new("redis-server")
                .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
                .args(["--save", "", "--appendonly", "no"])
                .args([
                    "--cluster-enabled",
                    "yes",
                    "--cluster-port",
                    &bus.to_string(),
                ])
                .arg("--cluster-config-file")
                .arg(dir.path().join(format!("nodes-{port}.conf")))
                .args(["--cluster-node-timeout", &node_timeout_ms.to_string()])
                .arg("--dir")
                .arg(dir.path())
                .stdout(Stdio::null())
                .spawn()
                .expect("redis-server");
            servers.insert(port, child);
            ports.push(port);
        }
        for port in &ports {
            while Command::new("redis-cli")
                .args(["-p", &port.to_string(), "PING"])
                .output()
                .map_or(true, |o| {
                    !String::from_utf8_lossy(&o.stdout).contains("PONG")
                })
            {
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        let mut create = vec!["--cluster".to_owned(), "create".to_owned()];
        create.extend(ports.iter().map(|p| format!("127.0.0.1:{p}")));
        create.extend(["--cluster-replicas", "1", "--cluster-yes"].map(String::from));
        redis_cli(&create);
        let cluster = Cluster {
            servers,
            ports,
            _dir: dir,
        };
        cluster.wait_until_healthy();
        cluster
    }

    fn alive(&self) -> Vec<u16> {
        self.ports
            .iter()
            .copied()
            .filter(|p| self.servers.contains_key(p))
            .collect()
    }

    /// Every live node says `cluster_state:ok` and every live replica's link is up.
    fn wait_until_healthy(&self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let ok = self.alive().iter().all(|p| {
                node(*p, &["CLUSTER", "INFO"]).contains("cluster_state:ok") && {
                    let info = node(*p, &["INFO", "replication"]);
                    info.contains("role:master") || info.contains("master_link_status:up")
                }
            });
            if ok {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the cluster never became healthy"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn nodes(&self) -> Vec<Node> {
        cluster_nodes(self.alive()[0])
    }

    fn urls(&self) -> Vec<String> {
        self.ports
            .iter()
            .map(|p| format!("redis://127.0.0.1:{p}/"))
            .collect()
    }

    fn kill(&mut self, port: u16) {
        if let Some(mut child) = self.servers.remove(&port) {
            child.kill().ok();
            child.wait().ok();
        }
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        for child in self.servers.values_mut() {
            child.kill().ok();
            child.wait().ok();
        }
    }
}

/// What the load saw.
#[derive(Default)]
struct Tally {
    ok: u64,
    failed: u64,
    failures: Vec<Duration>,
    stale_reads: u64,
    slowest: Duration,
    acked_keys: Vec<(String, String)>,
    acked_increments: HashMap<String, u64>,
    /// Operations done and failed in each second of the load.
    per_second: Vec<(u64, u64)>,
}

impl Tally {
    fn count(&mut self, at: Duration, ok: bool) {
        let second = usize::try_from(at.as_secs()).unwrap_or(usize::MAX);
        if self.per_second.len() <= second {
            self.per_second.resize(second + 1, (0, 0));
        }
        if ok {
            self.ok += 1;
            self.per_second[second].0 += 1;
        } else {
            self.failed += 1;
            self.failures.push(at);
            self.per_second[second].1 += 1;
        }
    }
}

async fn load(store: Arc<dyn Store>, name: &str, workers: u64, seconds: u64, pause: u64) -> Tally {
    let start = Instant::now();
    let tally = Arc::new(Mutex::new(Tally::default()));
    let tasks: Vec<_> = (0..workers)
        .map(|w| {
            let (store, tally, name) = (store.clone(), tally.clone(), name.to_owned());
            tokio::spawn(async move {
                let counter = format!("{name}:counter:{w}");
                let mut mine: Vec<(String, String)> = Vec::new();
                let mut seq = 0u64;
                while start.elapsed() < Duration::from_secs(seconds) {
                    seq += 1;
                    let key = format!("{name}:key:{w}:{seq}");
                    let value = format!("{w}.{seq}");
                    let began = Instant::now();
                    let put = store.put(&key, value.as_bytes(), None).await;
                    let incr = store.incr(&counter, Duration::from_secs(3600)).await;
                    let read = match mine.get((seq as usize * 7919) % mine.len().max(1)) {
                        Some((k, v)) => Some((store.get(k).await, v.clone())),
                        None => None,
                    };
                    let took = began.elapsed();
                    {
                        let mut t = tally.lock().unwrap();
                        t.slowest = t.slowest.max(took);
                        let at = start.elapsed();
                        t.count(at, put.is_ok());
                        if put.is_ok() {
                            mine.push((key.clone(), value.clone()));
                            t.acked_keys.push((key, value));
                        }
                        t.count(at, incr.is_ok());
                        if incr.is_ok() {
                            *t.acked_increments.entry(counter.clone()).or_default() += 1;
                        }
                        if let Some((got, want)) = read {
                            t.count(at, got.is_ok());
                            if got.is_ok_and(|got| got.as_deref() != Some(want.as_bytes())) {
                                t.stale_reads += 1;
                            }
                        }
                    }
                    tokio::time::sleep(Duration::from_millis(pause)).await;
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    Arc::try_unwrap(tally)
        .ok()
        .expect("tasks ended")
        .into_inner()
        .unwrap()
}

/// A read that waits out the cluster settling (a few seconds at most).
async fn read_back(store: &dyn Store, key: &str) -> Option<Vec<u8>> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        match store.get(key).await {
            Ok(value) => return value,
            Err(e) if Instant::now() > deadline => panic!("cannot read {key} back: {e}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

/// Reads every acknowledged write back; returns (lost keys, lost increments).
async fn verify(store: &dyn Store, tally: &Tally) -> (u64, u64) {
    let mut lost_keys = 0;
    for (key, value) in &tally.acked_keys {
        if read_back(store, key).await.as_deref() != Some(value.as_bytes()) {
            lost_keys += 1;
        }
    }
    let mut lost_increments = 0;
    for (counter, acked) in &tally.acked_increments {
        let now: u64 = read_back(store, counter)
            .await
            .and_then(|v| String::from_utf8(v).ok()?.parse().ok())
            .unwrap_or(0);
        lost_increments += acked.saturating_sub(now);
    }
    (lost_keys, lost_increments)
}

fn ms(d: Duration) -> u128 {
    d.as_millis()
}

async fn report(what: &str, fault_at: Duration, store: &dyn Store, tally: &Tally) {
    let (lost_keys, lost_increments) = verify(store, tally).await;
    let total = tally.ok + tally.failed;
    let window = match (tally.failures.iter().min(), tally.failures.iter().max()) {
        (Some(first), Some(last)) => format!(
            "from {} ms to {} ms after the fault began ({} ms)",
            ms(first.saturating_sub(fault_at)),
            ms(last.saturating_sub(fault_at)),
            ms(*last - *first)
        ),
        _ => "none".into(),
    };
    println!("== {what}");
    println!(
        "   store operations: {total}, failed (503): {} ({:.2} %), failures {window}",
        tally.failed,
        100.0 * tally.failed as f64 / total.max(1) as f64
    );
    println!(
        "   slowest round (put + incr + get): {} ms; reads that missed an acknowledged write: {}",
        ms(tally.slowest),
        tally.stale_reads
    );
    let seconds: Vec<String> = tally
        .per_second
        .iter()
        .map(|(ok, failed)| format!("{ok}/{failed}"))
        .collect();
    println!(
        "   done/failed in each second (the fault at {} s): {}",
        fault_at.as_secs(),
        seconds.join(" ")
    );
    println!(
        "   acknowledged writes read back: {} keys, {} increments; lost: {lost_keys} keys, {lost_increments} increments",
        tally.acked_keys.len(),
        tally.acked_increments.values().sum::<u64>()
    );
}

#[tokio::main]
async fn main() {
    let seconds = env_u64("FAULTS_SECONDS", 20);
    let workers = env_u64("FAULTS_WORKERS", 16);
    let pause = env_u64("FAULTS_PAUSE_MS", 2);
    let slots = env_u64("FAULTS_SLOTS", 1000);
    let node_timeout = env_u64("FAULTS_NODE_TIMEOUT_MS", 5000);
    let fault_after = Duration::from_secs(seconds / 4);

    let mut cluster = Cluster::start(node_timeout);
    println!(
        "a Redis Cluster of 3 masters and 3 replicas on loopback (cluster-node-timeout {node_timeout} ms, no persistence); \
         {workers} tasks, each round a put, an incr and a get, {pause} ms apart, {seconds} s per fault"
    );
    let urls = cluster.urls();
    let nodes: Vec<&str> = urls.iter().map(String::as_str).collect();
    let store: Arc<dyn Store> = Arc::new(RedisStore::connect_cluster(&nodes, "faults:").unwrap());

    // 1. Slots with live keys move from one master to another under the load.
    let running = tokio::spawn(load(store.clone(), "migration", workers, seconds, pause));
    tokio::time::sleep(fault_after).await;
    let masters: Vec<Node> = cluster.nodes().into_iter().filter(|n| n.master).collect();
    let (from, to) = (&masters[0], &masters[1]);
    let keys_before = node(from.port, &["DBSIZE"]);
    let began = Instant::now();
    redis_cli(&[
        "--cluster".into(),
        "reshard".into(),
        format!("127.0.0.1:{}", from.port),
        "--cluster-from".into(),
        from.id.clone(),
        "--cluster-to".into(),
        to.id.clone(),
        "--cluster-slots".into(),
        slots.to_string(),
        "--cluster-yes".into(),
    ]);
    let moved_in = began.elapsed();
    let tally = running.await.unwrap();
    println!(
        "moved {slots} slots (of {} on the master, which held {} keys) in {} ms",
        from.slots,
        keys_before.trim(),
        ms(moved_in)
    );
    report("slot migration", fault_after, store.as_ref(), &tally).await;

    // 2. A master dies; its replica is promoted.
    cluster.wait_until_healthy();
    let running = tokio::spawn(load(store.clone(), "failover", workers, seconds, pause));
    tokio::time::sleep(fault_after).await;
    let victim = cluster
        .nodes()
        .into_iter()
        .find(|n| n.master && n.slots > 0)
        .unwrap();
    let replica = cluster
        .nodes()
        .into_iter()
        .find(|n| n.master_of.as_deref() == Some(victim.id.as_str()))
        .expect("the master has a replica");
    // Another master, to see when the whole cluster refuses (`cluster_state:fail`, with the
    // default `cluster-require-full-coverage yes`: once the dead master is marked failed,
    // until its replica takes over).
    let witness = cluster
        .nodes()
        .into_iter()
        .find(|n| n.master && n.slots > 0 && n.id != victim.id)
        .expect("another master");
    let mut refusing: Option<(Duration, Duration)> = None;
    let killed_at = Instant::now();
    cluster.kill(victim.port);
    let promoted = loop {
        if node(witness.port, &["CLUSTER", "INFO"]).contains("cluster_state:fail") {
            let now = killed_at.elapsed();
            refusing = Some(refusing.map_or((now, now), |(first, _)| (first, now)));
        }
        let now_master = cluster_nodes(replica.port)
            .into_iter()
            .any(|n| n.id == replica.id && n.master && n.slots > 0);
        if now_master && node(replica.port, &["CLUSTER", "INFO"]).contains("cluster_state:ok") {
            break killed_at.elapsed();
        }
        assert!(
            killed_at.elapsed() < Duration::from_secs(120),
            "no failover"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let tally = running.await.unwrap();
    println!(
        "killed the master on port {} ({} slots); its replica served them {} ms later",
        victim.port,
        victim.slots,
        ms(promoted)
    );
    match refusing {
        Some((first, last)) => println!(
            "the other masters refused every command (cluster_state:fail) from {} ms to {} ms \
             after the kill",
            ms(first),
            ms(last)
        ),
        None => println!("the other masters never refused (cluster_state stayed ok)"),
    }
    report("failover", fault_after, store.as_ref(), &tally).await;
}
