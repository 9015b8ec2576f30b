//! The store contract, run against the embedded backend, a real `redis-server` and a
//! Redis Cluster of three masters (`redis_cluster.rs`).

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use idp::store::{SortedRange, Store, StoreError, Swap, Write, put_with_unique_index};

crate::on_every_store!(
    get_returns_what_put_wrote,
    get_many_answers_each_key_in_order,
    put_replaces_value_and_expiry,
    put_if_absent_writes_once,
    expired_records_are_absent,
    take_is_single_use,
    hundred_concurrent_takes_have_one_winner,
    thousand_concurrent_increments_count_a_thousand,
    counter_window_restarts_after_expiry,
    write_all_counts_in_the_counter_s_window,
    compare_and_set_swaps_only_on_match,
    concurrent_compare_and_set_loses_no_update,
    write_all_then_swap_swaps_only_on_match_and_once,
    put_all_if_absent_is_all_or_nothing,
    put_all_if_absent_refuses_keys_without_one_hash_tag,
    a_record_and_its_unique_index_are_written_or_neither,
    sets_add_remove_and_list,
    delete_reports_whether_something_was_there,
    ping_answers,
    ordered_sets_page_in_byte_order,
    ordered_sets_search_by_prefix,
    scan_finds_every_key_with_a_prefix,
);

async fn get_returns_what_put_wrote(store: Arc<dyn Store>) {
    assert_eq!(store.get("k").await.unwrap(), None);
    store.put("k", b"v1", None).await.unwrap();
    assert_eq!(store.get("k").await.unwrap().as_deref(), Some(&b"v1"[..]));
    store.put("binary", &[0, 255, 10, 13], None).await.unwrap();
    assert_eq!(
        store.get("binary").await.unwrap().as_deref(),
        Some(&[0u8, 255, 10, 13][..])
    );
}

/// Keys spread over the slots of a cluster (no hash tag), one asked twice, one missing,
/// one expired: every answer in the order asked.
async fn get_many_answers_each_key_in_order(store: Arc<dyn Store>) {
    assert!(store.get_many(&[]).await.unwrap().is_empty());
    for (key, value) in [("a", "1"), ("revoked:x", "2"), ("account:y", "3")] {
        store.put(key, value.as_bytes(), None).await.unwrap();
    }
    store
        .put("gone", b"4", Some(Duration::from_millis(50)))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(150)).await;
    let keys = ["account:y", "missing", "a", "gone", "revoked:x", "a"];
    let values = store.get_many(&keys).await.unwrap();
    let values: Vec<Option<&[u8]>> = values.iter().map(Option::as_deref).collect();
    let expected: [Option<&[u8]>; 6] = [Some(b"3"), None, Some(b"1"), None, Some(b"2"), Some(b"1")];
    assert_eq!(values, expected);
}

async fn put_replaces_value_and_expiry(store: Arc<dyn Store>) {
    store
        .put("k", b"short", Some(Duration::from_millis(150)))
        .await
        .unwrap();
    store.put("k", b"forever", None).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        store.get("k").await.unwrap().as_deref(),
        Some(&b"forever"[..])
    );
}

async fn put_if_absent_writes_once(store: Arc<dyn Store>) {
    assert!(store.put_if_absent("k", b"first", None).await.unwrap());
    assert!(!store.put_if_absent("k", b"second", None).await.unwrap());
    assert_eq!(
        store.get("k").await.unwrap().as_deref(),
        Some(&b"first"[..])
    );
}

async fn expired_records_are_absent(store: Arc<dyn Store>) {
    let ttl = Some(Duration::from_millis(150));
    store.put("k", b"v", ttl).await.unwrap();
    assert!(store.get("k").await.unwrap().is_some());
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(store.get("k").await.unwrap(), None);
    assert_eq!(store.take("k").await.unwrap(), None);
    assert!(
        store.put_if_absent("k", b"again", ttl).await.unwrap(),
        "an expired key is free"
    );
}

async fn take_is_single_use(store: Arc<dyn Store>) {
    store
        .put("code", b"secret", Some(Duration::from_secs(60)))
        .await
        .unwrap();
    assert_eq!(
        store.take("code").await.unwrap().as_deref(),
        Some(&b"secret"[..])
    );
    assert_eq!(store.take("code").await.unwrap(), None);
    assert_eq!(store.get("code").await.unwrap(), None);
}

async fn hundred_concurrent_takes_have_one_winner(store: Arc<dyn Store>) {
    store
        .put("code", b"once", Some(Duration::from_secs(60)))
        .await
        .unwrap();
    let tasks: Vec<_> = (0..100)
        .map(|_| {
            let store = Arc::clone(&store);
            tokio::spawn(async move { store.take("code").await.unwrap() })
        })
        .collect();
    let mut winners = 0;
    for task in tasks {
        if task.await.unwrap().is_some() {
            winners += 1;
        }
    }
    assert_eq!(winners, 1);
}

async fn thousand_concurrent_increments_count_a_thousand(store: Arc<dyn Store>) {
    let tasks: Vec<_> = (0..1000)
        .map(|_| {
            let store = Arc::clone(&store);
            tokio::spawn(async move { store.incr("hits", Duration::from_secs(600)).await.unwrap() })
        })
        .collect();
    let mut seen = BTreeSet::new();
    for task in tasks {
        seen.insert(task.await.unwrap());
    }
    assert_eq!(
        seen,
        (1..=1000).collect::<BTreeSet<u64>>(),
        "every increment saw its own count"
    );
    assert_eq!(
        store.get("hits").await.unwrap().as_deref(),
        Some(&b"1000"[..])
    );
}

/// `Write::Incr` counts as `incr` does, with the other writes: from one, within its window.
async fn write_all_counts_in_the_counter_s_window(store: Arc<dyn Store>) {
    let window = Duration::from_millis(300);
    for _ in 0..2 {
        store
            .write_all(&[Write::Put("with", b"v", None), Write::Incr("hits", window)])
            .await
            .unwrap();
    }
    assert_eq!(store.get("hits").await.unwrap().as_deref(), Some(&b"2"[..]));
    assert_eq!(store.incr("hits", window).await.unwrap(), 3);
    tokio::time::sleep(Duration::from_millis(450)).await;
    store
        .write_all(&[Write::Incr("hits", window)])
        .await
        .unwrap();
    assert_eq!(
        store.get("hits").await.unwrap().as_deref(),
        Some(&b"1"[..]),
        "a new window starts at one"
    );
}

fn swap<'a>(key: &'a str, expected: &'a [u8], new: &'a [u8]) -> Swap<'a> {
    Swap {
        key,
        expected: Some(expected),
        new: Some(new),
        ttl: Some(Duration::from_secs(60)),
    }
}

/// As a code exchange uses it: the new tokens written and the code marked redeemed, by
/// compare-and-set; of many tries at once, one marks it.
async fn write_all_then_swap_swaps_only_on_match_and_once(store: Arc<dyn Store>) {
    store.put("code", b"fresh", None).await.unwrap();
    let writes = [
        Write::Put("token-1", b"t1", None),
        Write::SetAdd("family", "token-1"),
    ];
    assert!(
        store
            .write_all_then_swap(&writes, swap("code", b"fresh", b"redeemed-1"))
            .await
            .unwrap()
    );
    assert_eq!(
        store.get("token-1").await.unwrap().as_deref(),
        Some(&b"t1"[..])
    );
    assert_eq!(store.set_members("family").await.unwrap(), vec!["token-1"]);
    assert_eq!(
        store.get("code").await.unwrap().as_deref(),
        Some(&b"redeemed-1"[..])
    );
    let writes = [Write::Put("token-2", b"t2", None)];
    assert!(
        !store
            .write_all_then_swap(&writes, swap("code", b"fresh", b"redeemed-2"))
            .await
            .unwrap(),
        "the code was no longer fresh"
    );
    assert_eq!(
        store.get("code").await.unwrap().as_deref(),
        Some(&b"redeemed-1"[..])
    );

    store.put("race", b"fresh", None).await.unwrap();
    let tasks: Vec<_> = (0..20)
        .map(|n| {
            let store = Arc::clone(&store);
            tokio::spawn(async move {
                let (key, mark) = (format!("racer-{n}"), format!("won-by-{n}"));
                let writes = [Write::Put(&key, b"t", None)];
                store
                    .write_all_then_swap(&writes, swap("race", b"fresh", mark.as_bytes()))
                    .await
                    .unwrap()
            })
        })
        .collect();
    let mut winners = 0;
    for task in tasks {
        winners += usize::from(task.await.unwrap());
    }
    assert_eq!(winners, 1);
}

/// On the embedded store the writes and the swap are one transaction: a swap that does
/// not happen leaves nothing written, so a code exchange that lost a race has nothing to
/// undo there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_the_embedded_store_a_swap_that_fails_writes_nothing() {
    let (store, _dir) = crate::support::sqlite_store();
    store.put("code", b"redeemed", None).await.unwrap();
    let writes = [
        Write::Put("token", b"t", None),
        Write::SetAdd("family", "token"),
    ];
    assert!(
        !store
            .write_all_then_swap(&writes, swap("code", b"fresh", b"redeemed-again"))
            .await
            .unwrap()
    );
    assert_eq!(store.get("token").await.unwrap(), None);
    assert!(store.set_members("family").await.unwrap().is_empty());
    assert_eq!(
        store.get("code").await.unwrap().as_deref(),
        Some(&b"redeemed"[..])
    );
}

/// `total_reads_processed` of a Redis server: how many times it read from its clients.
/// (`::redis`: the crate; `redis` here is the module of this file's tests on one server.)
async fn reads_processed(admin: &mut ::redis::aio::MultiplexedConnection) -> u64 {
    let info: String = ::redis::cmd("INFO")
        .arg("stats")
        .query_async(admin)
        .await
        .unwrap();
    info.lines()
        .find_map(|line| line.strip_prefix("total_reads_processed:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("INFO stats has total_reads_processed")
}

/// `CONFIG SET maxmemory bytes` (0: no limit; 1: every write refused, out of memory).
async fn set_maxmemory(admin: &mut ::redis::aio::MultiplexedConnection, bytes: u64) {
    ::redis::cmd("CONFIG")
        .arg("SET")
        .arg("maxmemory")
        .arg(bytes)
        .query_async::<()>(admin)
        .await
        .unwrap();
}

/// Waits until Redis itself holds a transaction of `queued` commands (another client's,
/// `multi=` in `CLIENT LIST`): what was sent before `EXEC` has been queued, not only sent.
async fn until_redis_queued(admin: &mut ::redis::aio::MultiplexedConnection, queued: usize) {
    let wanted = format!(" multi={queued} ");
    for _ in 0..500 {
        let clients: String = ::redis::cmd("CLIENT")
            .arg("LIST")
            .query_async(admin)
            .await
            .unwrap();
        if clients.contains(&wanted) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(2)).await;
    }
    panic!("no transaction of {queued} commands queued in Redis");
}

/// On one Redis server a `write_all` (and a `write_all_then_swap`) is one `MULTI`/`EXEC`
/// sent at once: one round trip however many writes (the server reads once, not once per
/// write), and a write refused while queued (out of memory) makes none of them. One after
/// another, the `DEL` below (allowed when out of memory) would have been made. Out of
/// memory is a store fault (503), and removals alone are still made.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_one_redis_server_writes_go_at_once_and_all_or_none() {
    let server = crate::support::RedisServer::start(crate::support::free_redis_port());
    let store = idp::store::RedisStore::connect(&server.url(), "t:").unwrap();
    let client = ::redis::Client::open(server.url()).unwrap();
    let mut admin = client.get_multiplexed_async_connection().await.unwrap();
    for key in ["kept", "kept-too"] {
        store.put(key, b"v", None).await.unwrap();
    }
    store.put("code", b"fresh", None).await.unwrap();
    store.put("fresh-code", b"fresh", None).await.unwrap();

    let before = reads_processed(&mut admin).await;
    store
        .write_all(&[
            Write::Put("a", b"1", Some(Duration::from_secs(60))),
            Write::SetAdd("set", "m"),
            Write::SortedAdd("sorted", "m"),
            Write::Incr("hits", Duration::from_secs(60)),
            Write::Delete("gone"),
        ])
        .await
        .unwrap();
    let after = reads_processed(&mut admin).await;
    assert_eq!(
        after - before,
        2,
        "one read for five writes, one for INFO itself"
    );
    assert_eq!(store.get("a").await.unwrap().as_deref(), Some(&b"1"[..]));
    assert!(store.set_contains("set", "m").await.unwrap());
    assert_eq!(store.get("hits").await.unwrap().as_deref(), Some(&b"1"[..]));

    let before = reads_processed(&mut admin).await;
    let writes = [
        Write::Put("token", b"t", None),
        Write::SetAdd("family", "token"),
    ];
    assert!(
        store
            .write_all_then_swap(&writes, swap("code", b"fresh", b"redeemed"))
            .await
            .unwrap()
    );
    let after = reads_processed(&mut admin).await;
    assert_eq!(after - before, 2, "the writes and the swap in one read");
    assert!(
        !store
            .write_all_then_swap(&writes, swap("code", b"fresh", b"again"))
            .await
            .unwrap()
    );

    set_maxmemory(&mut admin, 1).await;
    let refused = store
        .write_all(&[Write::Delete("kept"), Write::Put("new", b"v", None)])
        .await;
    let refused_swap = store
        .write_all_then_swap(
            &[Write::Put("token-3", b"t", None)],
            swap("fresh-code", b"fresh", b"redeemed"),
        )
        .await;
    let refused_alone = store.put("alone", b"v", None).await;
    // Removals alone still go through (one by one: Redis makes a `DEL` sent alone).
    let removed = store.write_all(&[Write::Delete("kept-too")]).await;
    set_maxmemory(&mut admin, 0).await;
    for result in [refused, refused_swap.map(|_| ()), refused_alone] {
        assert!(
            matches!(result, Err(StoreError::Unavailable(_))),
            "a Redis out of memory is a store fault (503): {result:?}"
        );
    }
    assert_eq!(store.get("kept").await.unwrap().as_deref(), Some(&b"v"[..]));
    assert_eq!(store.get("new").await.unwrap(), None);
    assert_eq!(store.get("token-3").await.unwrap(), None);
    assert_eq!(
        store.get("fresh-code").await.unwrap().as_deref(),
        Some(&b"fresh"[..])
    );
    assert_eq!(store.get("alone").await.unwrap(), None);
    removed.expect("removals alone are made when Redis is full");
    assert_eq!(store.get("kept-too").await.unwrap(), None);
}

/// A write that fails while `EXEC` runs (a set's command on a key holding a string) is
/// reported, not taken for a success, and as a fault to fix (500), not a store fault:
/// retrying would fail the same way. (Redis has made the transaction's other writes:
/// it does not roll back.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_one_redis_server_a_write_failing_inside_exec_is_a_backend_error() {
    let server = crate::support::RedisServer::start(crate::support::free_redis_port());
    let store = idp::store::RedisStore::connect(&server.url(), "t:").unwrap();
    store.put("string", b"s", None).await.unwrap();
    let result = store
        .write_all(&[Write::Put("a", b"1", None), Write::SetAdd("string", "m")])
        .await;
    assert!(
        matches!(&result, Err(StoreError::Backend(why)) if why.contains("WRONGTYPE")),
        "{result:?}"
    );
    let swapped = store
        .write_all_then_swap(&[Write::SetAdd("string", "m")], swap("string", b"s", b"t"))
        .await;
    assert!(
        matches!(&swapped, Err(StoreError::Backend(why)) if why.contains("WRONGTYPE")),
        "{swapped:?}"
    );
}

/// Runs `transaction` (two commands queued) with its `EXEC` held back by the proxy until
/// Redis has queued the commands and memory has run out; memory back afterwards.
async fn with_exec_refused<T: Send + 'static>(
    proxy: &crate::faults::RedisProxy,
    admin: &mut ::redis::aio::MultiplexedConnection,
    transaction: impl std::future::Future<Output = T> + Send + 'static,
) -> T {
    let hold = proxy.hold_before("EXEC");
    let running = tokio::spawn(transaction);
    hold.reached().await;
    until_redis_queued(admin, 2).await;
    set_maxmemory(admin, 1).await;
    hold.release();
    let result = running.await.unwrap();
    set_maxmemory(admin, 0).await;
    result
}

/// `EXEC` itself refused, its commands queued without a complaint: the server filled up
/// (or turned into a replica) between `MULTI` and `EXEC`. A proxy holds `EXEC` back while
/// the test fills Redis's memory. The refusal (`EXECABORT` for out of memory) is a store
/// fault (503), not a backend error (500), and nothing was written.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_one_redis_server_exec_refused_after_the_writes_queued_is_a_store_fault() {
    let server = crate::support::RedisServer::start(crate::support::free_redis_port());
    let proxy = crate::faults::RedisProxy::start(server.port);
    let store = Arc::new(idp::store::RedisStore::connect(&proxy.url(), "t:").unwrap());
    let client = ::redis::Client::open(server.url()).unwrap();
    let mut admin = client.get_multiplexed_async_connection().await.unwrap();
    store.put("code", b"fresh", None).await.unwrap();

    let refused = with_exec_refused(&proxy, &mut admin, {
        let store = store.clone();
        async move {
            store
                .write_all(&[Write::Put("a", b"1", None), Write::SetAdd("set", "m")])
                .await
        }
    })
    .await;
    let refused_swap = with_exec_refused(&proxy, &mut admin, {
        let store = store.clone();
        async move {
            store
                .write_all_then_swap(
                    &[Write::Put("token", b"t", None)],
                    swap("code", b"fresh", b"redeemed"),
                )
                .await
                .map(|_| ())
        }
    })
    .await;

    // The writes were queued before memory ran out: EXEC itself was refused (not a write
    // while queued, which is another path to the same answer).
    for result in [refused, refused_swap] {
        assert!(
            matches!(&result, Err(StoreError::Unavailable(why)) if why.contains("because of: OOM")),
            "EXEC refused for want of memory is a store fault (503): {result:?}"
        );
    }
    assert_eq!(store.get("a").await.unwrap(), None);
    assert!(!store.set_contains("set", "m").await.unwrap());
    assert_eq!(store.get("token").await.unwrap(), None);
    assert_eq!(
        store.get("code").await.unwrap().as_deref(),
        Some(&b"fresh"[..])
    );
    // The transactions' commands did reach Redis queued, EXEC after them.
    assert!(proxy.saw("MULTI") && proxy.saw("EXEC"));
}

/// On one Redis server every write goes in a transaction: a user an ACL keeps from them
/// (`-@transaction`) is not ready (`ping`, which `/readyz` asks), and a provider does not
/// start on it, saying why, instead of failing every request that writes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redis_user_kept_from_transactions_is_refused_at_start() {
    let server = crate::support::RedisServer::start(crate::support::free_redis_port());
    let (limited, refused) = ping_as(&server, "limited", "-@transaction").await;
    assert!(
        matches!(&refused, Err(StoreError::Backend(e)) if e.contains("MULTI")),
        "{refused:?}"
    );
    idp::store::RedisStore::connect(&server.url(), "t:")
        .unwrap()
        .ping()
        .await
        .expect("the default user may");
    // A user kept from GETDEL (a link's single use) is named for that instead.
    let (_, refused) = ping_as(&server, "no-getdel", "-getdel").await;
    assert!(
        matches!(&refused, Err(StoreError::Backend(e)) if e.contains("GETDEL") && !e.contains("MULTI")),
        "{refused:?}"
    );

    let dir = tempfile::tempdir().unwrap();
    let mut config = crate::app::test_config(crate::app::Backend::Redis, dir.path().into());
    config.redis_url = Some(idp::config::Secret::new(limited));
    let clock = Arc::new(idp::clock::ManualClock::new());
    let started = idp::server::build(config, clock).await;
    let error = started.err().expect("no provider on that user").to_string();
    assert!(error.contains("MULTI"), "{error}");
}

/// Makes a Redis user allowed everything but `denied` (an ACL rule) and pings `server` as
/// it: its URL and the answer.
async fn ping_as(
    server: &crate::support::RedisServer,
    user: &str,
    denied: &str,
) -> (String, Result<(), StoreError>) {
    let client = ::redis::Client::open(server.url()).unwrap();
    let mut admin = client.get_multiplexed_async_connection().await.unwrap();
    ::redis::cmd("ACL")
        .arg(&["SETUSER", user, "on", ">pass", "~*", "+@all", denied])
        .query_async::<()>(&mut admin)
        .await
        .unwrap();
    let url = format!("redis://{user}:pass@127.0.0.1:{}/", server.port);
    let answer = idp::store::RedisStore::connect(&url, "t:")
        .unwrap()
        .ping()
        .await;
    (url, answer)
}

/// A Redis older than 6.2 (here one that lost `GETDEL`, as 6.0 never had it) is refused at
/// start with the version it needs, rather than failing the first sign-in.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redis_older_than_6_2_is_refused_at_start() {
    let port = crate::support::free_redis_port();
    let mut old = crate::support::spawn_redis_with(port, &["--rename-command", "GETDEL", ""]);
    crate::support::wait_for_redis(port);
    let url = format!("redis://127.0.0.1:{port}/");
    let refused = idp::store::RedisStore::connect(&url, "t:")
        .unwrap()
        .ping()
        .await;
    assert!(
        matches!(&refused, Err(StoreError::Backend(e)) if e.contains("6.2")),
        "{refused:?}"
    );
    let dir = tempfile::tempdir().unwrap();
    let mut config = crate::app::test_config(crate::app::Backend::Redis, dir.path().into());
    config.redis_url = Some(idp::config::Secret::new(url));
    let clock = Arc::new(idp::clock::ManualClock::new());
    let started = idp::server::build(config, clock).await;
    let error = started
        .err()
        .expect("no provider on that server")
        .to_string();
    let _ = (old.kill(), old.wait());
    assert!(error.contains("Redis 6.2 or later"), "{error}");
}

async fn counter_window_restarts_after_expiry(store: Arc<dyn Store>) {
    let window = Duration::from_millis(200);
    assert_eq!(store.incr("c", window).await.unwrap(), 1);
    assert_eq!(store.incr("c", window).await.unwrap(), 2);
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(store.incr("c", window).await.unwrap(), 1);
}

async fn compare_and_set_swaps_only_on_match(store: Arc<dyn Store>) {
    assert!(
        store
            .compare_and_set("k", None, Some(b"a"), None)
            .await
            .unwrap()
    );
    assert!(
        !store
            .compare_and_set("k", None, Some(b"b"), None)
            .await
            .unwrap(),
        "not absent"
    );
    assert!(
        !store
            .compare_and_set("k", Some(b"x"), Some(b"b"), None)
            .await
            .unwrap()
    );
    assert!(
        store
            .compare_and_set("k", Some(b"a"), Some(b"b"), None)
            .await
            .unwrap()
    );
    assert_eq!(store.get("k").await.unwrap().as_deref(), Some(&b"b"[..]));
    assert!(
        store
            .compare_and_set("k", Some(b"b"), None, None)
            .await
            .unwrap(),
        "delete on match"
    );
    assert_eq!(store.get("k").await.unwrap(), None);
}

async fn concurrent_compare_and_set_loses_no_update(store: Arc<dyn Store>) {
    store.put("n", b"0", None).await.unwrap();
    let tasks: Vec<_> = (0..20)
        .map(|_| {
            let store = Arc::clone(&store);
            tokio::spawn(async move {
                loop {
                    let cur = store.get("n").await.unwrap().unwrap();
                    let n: u64 = String::from_utf8(cur.clone()).unwrap().parse().unwrap();
                    let next = (n + 1).to_string();
                    if store
                        .compare_and_set("n", Some(&cur), Some(next.as_bytes()), None)
                        .await
                        .unwrap()
                    {
                        break;
                    }
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    assert_eq!(store.get("n").await.unwrap().as_deref(), Some(&b"20"[..]));
}

/// Keys written together share a hash tag (`{t}`): one slot on a Redis Cluster.
async fn put_all_if_absent_is_all_or_nothing(store: Arc<dyn Store>) {
    assert!(
        store
            .put_all_if_absent(&[("a:{t}", b"1"), ("b:{t}", b"2")])
            .await
            .unwrap()
    );
    assert!(
        !store
            .put_all_if_absent(&[("c:{t}", b"3"), ("b:{t}", b"x")])
            .await
            .unwrap()
    );
    assert_eq!(
        store.get("c:{t}").await.unwrap(),
        None,
        "nothing written when one key exists"
    );
    assert_eq!(
        store.get("b:{t}").await.unwrap().as_deref(),
        Some(&b"2"[..])
    );
}

/// Keys that a Redis Cluster could put in two slots are refused by every backend, so that
/// a caller that would fail on a cluster fails on the embedded store too.
async fn put_all_if_absent_refuses_keys_without_one_hash_tag(store: Arc<dyn Store>) {
    for keys in [
        ["a", "b"],
        ["a:{t}", "b"],
        ["a:{t}", "b:{u}"],
        ["a:{}", "b:{}"],
    ] {
        let refused = store
            .put_all_if_absent(&[(keys[0], b"1"), (keys[1], b"2")])
            .await;
        assert!(
            matches!(refused, Err(StoreError::Backend(_))),
            "{keys:?}: {refused:?}"
        );
        assert_eq!(store.get(keys[0]).await.unwrap(), None, "nothing written");
    }
    assert!(store.put_all_if_absent(&[("alone", b"1")]).await.unwrap());
}

/// `put_with_unique_index`, for a record and an index entry in two slots (an account and
/// its e-mail): of concurrent writers claiming one index entry, one wins and the others'
/// records are gone again; a retry completes a half-done write.
async fn a_record_and_its_unique_index_are_written_or_neither(store: Arc<dyn Store>) {
    let tasks: Vec<_> = (0..20)
        .map(|n| {
            let store = Arc::clone(&store);
            tokio::spawn(async move {
                let record = format!("record:{n}");
                let written = put_with_unique_index(
                    store.as_ref(),
                    (&record, b"body"),
                    ("index:the-one", record.as_bytes()),
                )
                .await
                .unwrap();
                (record, written)
            })
        })
        .collect();
    let mut winners = Vec::new();
    for task in tasks {
        let (record, written) = task.await.unwrap();
        let kept = store.get(&record).await.unwrap();
        assert_eq!(kept.is_some(), written, "{record}: kept only by the winner");
        if written {
            winners.push(record);
        }
    }
    assert_eq!(winners.len(), 1, "{winners:?}");
    assert_eq!(
        store.get("index:the-one").await.unwrap().as_deref(),
        Some(winners[0].as_bytes())
    );

    // A retry of the same write completes what a first try left: the record alone (a crash
    // between the two writes), or both (a lost answer).
    store.put("record:retried", b"body", None).await.unwrap();
    for _ in 0..2 {
        assert!(
            put_with_unique_index(
                store.as_ref(),
                ("record:retried", b"body"),
                ("index:retried", b"record:retried"),
            )
            .await
            .unwrap()
        );
        assert_eq!(
            store.get("index:retried").await.unwrap().as_deref(),
            Some(&b"record:retried"[..])
        );
    }
    // Another record's index entry: refused, and the record left behind by a first try
    // removed too.
    store.put("record:late", b"body", None).await.unwrap();
    assert!(
        !put_with_unique_index(
            store.as_ref(),
            ("record:late", b"body"),
            ("index:retried", b"record:late"),
        )
        .await
        .unwrap()
    );
    assert_eq!(store.get("record:late").await.unwrap(), None);
}

async fn sets_add_remove_and_list(store: Arc<dyn Store>) {
    assert!(store.set_members("s").await.unwrap().is_empty());
    assert!(store.set_add("s", "one").await.unwrap());
    assert!(!store.set_add("s", "one").await.unwrap());
    assert!(store.set_add("s", "two").await.unwrap());
    assert!(store.set_contains("s", "one").await.unwrap());
    assert!(!store.set_contains("s", "three").await.unwrap());
    assert!(!store.set_contains("no-such-set", "one").await.unwrap());
    let mut members = store.set_members("s").await.unwrap();
    members.sort();
    assert_eq!(members, ["one", "two"]);
    assert!(store.set_remove("s", "one").await.unwrap());
    assert!(!store.set_remove("s", "one").await.unwrap());
    assert_eq!(store.set_members("s").await.unwrap(), ["two"]);
    assert!(!store.set_contains("s", "one").await.unwrap());
}

async fn delete_reports_whether_something_was_there(store: Arc<dyn Store>) {
    store.put("k", b"v", None).await.unwrap();
    assert!(store.delete("k").await.unwrap());
    assert!(!store.delete("k").await.unwrap());
}

async fn ping_answers(store: Arc<dyn Store>) {
    store.ping().await.unwrap();
}

fn range<'a>(
    prefix: &'a str,
    after: Option<&'a str>,
    limit: usize,
    descending: bool,
) -> SortedRange<'a> {
    SortedRange {
        prefix,
        after,
        limit,
        descending,
    }
}

async fn ordered_sets_page_in_byte_order(store: Arc<dyn Store>) {
    for member in ["b", "a", "c", "ab", "é", "B"] {
        assert!(store.sorted_add("z", member).await.unwrap());
    }
    assert!(!store.sorted_add("z", "a").await.unwrap(), "added once");
    let all = store
        .sorted_range("z", &range("", None, 10, false))
        .await
        .unwrap();
    assert_eq!(all, ["B", "a", "ab", "b", "c", "é"], "byte order");
    let first = store
        .sorted_range("z", &range("", None, 2, false))
        .await
        .unwrap();
    assert_eq!(first, ["B", "a"]);
    let second = store
        .sorted_range("z", &range("", Some("a"), 2, false))
        .await
        .unwrap();
    assert_eq!(
        second,
        ["ab", "b"],
        "the next page starts after the last one"
    );
    let newest = store
        .sorted_range("z", &range("", None, 2, true))
        .await
        .unwrap();
    assert_eq!(newest, ["é", "c"]);
    let older = store
        .sorted_range("z", &range("", Some("c"), 10, true))
        .await
        .unwrap();
    assert_eq!(older, ["b", "ab", "a", "B"]);
    assert!(store.sorted_remove("z", "ab").await.unwrap());
    assert!(!store.sorted_remove("z", "ab").await.unwrap());
    let rest = store
        .sorted_range("z", &range("a", None, 10, false))
        .await
        .unwrap();
    assert_eq!(rest, ["a"]);
    assert!(
        store
            .sorted_range("none", &range("", None, 10, false))
            .await
            .unwrap()
            .is_empty()
    );
}

async fn ordered_sets_search_by_prefix(store: Arc<dyn Store>) {
    for member in [
        "mar\u{1f}1",
        "marie\u{1f}2",
        "mark\u{1f}3",
        "mas\u{1f}4",
        "ma\u{1f}5",
        "n\u{1f}6",
    ] {
        store.sorted_add("names", member).await.unwrap();
    }
    let mar = store
        .sorted_range("names", &range("mar", None, 10, false))
        .await
        .unwrap();
    assert_eq!(mar, ["mar\u{1f}1", "marie\u{1f}2", "mark\u{1f}3"]);
    let page = store
        .sorted_range("names", &range("mar", Some("marie\u{1f}2"), 10, false))
        .await
        .unwrap();
    assert_eq!(page, ["mark\u{1f}3"]);
    let before_prefix = store
        .sorted_range("names", &range("mar", Some("a"), 10, false))
        .await
        .unwrap();
    assert_eq!(
        before_prefix.len(),
        3,
        "a cursor before the prefix starts at the prefix"
    );
    let down = store
        .sorted_range("names", &range("mar", None, 2, true))
        .await
        .unwrap();
    assert_eq!(down, ["mark\u{1f}3", "marie\u{1f}2"]);
    let down_after = store
        .sorted_range("names", &range("mar", Some("zzz"), 10, true))
        .await
        .unwrap();
    assert_eq!(
        down_after.len(),
        3,
        "a cursor beyond the prefix starts at its end"
    );
    let none = store
        .sorted_range("names", &range("x", None, 10, false))
        .await
        .unwrap();
    assert!(none.is_empty());
}

async fn scan_finds_every_key_with_a_prefix(store: Arc<dyn Store>) {
    for i in 0..25 {
        store.put(&format!("scan:a:{i}"), b"v", None).await.unwrap();
    }
    store.put("scan:b:1", b"v", None).await.unwrap();
    store.put("scan*x", b"v", None).await.unwrap();
    // Every page to the end: Redis's SCAN may answer a page with no key and a cursor to
    // go on with (it did under the full suite, with other tests' keys in the database).
    let scan_all = |prefix: &'static str, count: usize| {
        let store = store.clone();
        async move {
            let mut found = BTreeSet::new();
            let mut cursor = String::new();
            for _ in 0..10_000 {
                let (keys, next) = store.scan_keys(prefix, &cursor, count).await.unwrap();
                found.extend(keys);
                if next.is_empty() {
                    return found;
                }
                cursor = next;
            }
            panic!("the scan of {prefix:?} does not end");
        }
    };
    let expected: BTreeSet<String> = (0..25).map(|i| format!("scan:a:{i}")).collect();
    assert_eq!(scan_all("scan:a:", 7).await, expected);
    let glob: Vec<String> = scan_all("scan*", 100).await.into_iter().collect();
    assert_eq!(glob, ["scan*x"], "the prefix is not a pattern");
}
