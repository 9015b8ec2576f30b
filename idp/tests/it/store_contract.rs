//! The store contract, run against the embedded backend, a real `redis-server` and a
//! Redis Cluster of three masters (`redis_cluster.rs`).

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use idp::store::{Store, StoreError, put_with_unique_index};

crate::on_every_store!(
    get_returns_what_put_wrote,
    put_replaces_value_and_expiry,
    put_if_absent_writes_once,
    expired_records_are_absent,
    take_is_single_use,
    hundred_concurrent_takes_have_one_winner,
    thousand_concurrent_increments_count_a_thousand,
    counter_window_restarts_after_expiry,
    compare_and_set_swaps_only_on_match,
    concurrent_compare_and_set_loses_no_update,
    put_all_if_absent_is_all_or_nothing,
    put_all_if_absent_refuses_keys_without_one_hash_tag,
    a_record_and_its_unique_index_are_written_or_neither,
    sets_add_remove_and_list,
    delete_reports_whether_something_was_there,
    ping_answers,
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
/// records are gone again.
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
}

async fn sets_add_remove_and_list(store: Arc<dyn Store>) {
    assert!(store.set_members("s").await.unwrap().is_empty());
    assert!(store.set_add("s", "one").await.unwrap());
    assert!(!store.set_add("s", "one").await.unwrap());
    assert!(store.set_add("s", "two").await.unwrap());
    let mut members = store.set_members("s").await.unwrap();
    members.sort();
    assert_eq!(members, ["one", "two"]);
    assert!(store.set_remove("s", "one").await.unwrap());
    assert!(!store.set_remove("s", "one").await.unwrap());
    assert_eq!(store.set_members("s").await.unwrap(), ["two"]);
}

async fn delete_reports_whether_something_was_there(store: Arc<dyn Store>) {
    store.put("k", b"v", None).await.unwrap();
    assert!(store.delete("k").await.unwrap());
    assert!(!store.delete("k").await.unwrap());
}

async fn ping_answers(store: Arc<dyn Store>) {
    store.ping().await.unwrap();
}
