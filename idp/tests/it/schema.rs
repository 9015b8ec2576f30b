//! Issue 14: the store's schema version. A fresh store gets the current one; a start on
//! the same version changes nothing; an older store is migrated once, however many
//! replicas start at once; a newer one is refused at start (and by `/readyz` of a replica
//! already running), with the message an operator needs.

use idp::schema::{self, CURRENT, Outcome};
use idp::store::keys;

use crate::app::{Backend, spawn_app, test_config};
use crate::process::{Idp, text};

crate::on_both_backends!(
    a_fresh_store_gets_the_current_version_and_a_restart_keeps_it,
    an_older_store_is_migrated_once_across_replicas,
    a_newer_store_is_refused_at_start_and_by_readyz,
);

async fn a_fresh_store_gets_the_current_version_and_a_restart_keeps_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let store = app.provider.store.as_ref();
    assert_eq!(schema::read(store).await.unwrap(), CURRENT);
    // The same version: nothing to do, and a second replica starts on it.
    assert_eq!(
        schema::ensure(store, &catalogue()).await.unwrap(),
        Outcome::Current
    );
    let mut config = test_config(backend, app.data_dir.clone());
    config.redis_prefix = app.provider.config.redis_prefix.clone();
    let again = idp::server::build(config, app.clock.clone()).await;
    assert!(again.is_ok(), "{:?}", again.err().map(|e| e.to_string()));
    assert_eq!(schema::read(store).await.unwrap(), CURRENT);
}

pub(crate) async fn an_older_store_is_migrated_once_across_replicas(backend: Backend) {
    let app = spawn_app(backend).await;
    let store = app.provider.store.clone();
    // A store written before versions were kept: data, and no version.
    assert!(store.delete(&keys::schema_version()).await.unwrap());
    assert_eq!(schema::read(store.as_ref()).await.unwrap(), 0);
    // Four replicas start at once: one migrates, the others find it done or wait for it.
    let starts: Vec<_> = (0..4)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move { schema::ensure(store.as_ref(), &catalogue()).await.unwrap() })
        })
        .collect();
    let mut outcomes = Vec::new();
    for start in starts {
        outcomes.push(start.await.unwrap());
    }
    let migrations = outcomes
        .iter()
        .filter(|o| matches!(o, Outcome::Migrated { from: 0 }))
        .count();
    assert_eq!(migrations, 1, "{outcomes:?}");
    assert!(
        outcomes.iter().all(|o| matches!(
            o,
            Outcome::Migrated { .. } | Outcome::Current | Outcome::MigratedByAnother
        )),
        "{outcomes:?}"
    );
    assert_eq!(schema::read(store.as_ref()).await.unwrap(), CURRENT);
    assert!(
        store
            .get(&keys::schema_migration())
            .await
            .unwrap()
            .is_none(),
        "the lease is given back"
    );
}

async fn a_newer_store_is_refused_at_start_and_by_readyz(backend: Backend) {
    let app = spawn_app(backend).await;
    let newer = (CURRENT + 1).to_string();
    app.provider
        .store
        .put(&keys::schema_version(), newer.as_bytes(), None)
        .await
        .unwrap();
    let expected = format!(
        "the store was written by a newer idp (schema {}, this one knows {CURRENT}): upgrade this replica",
        CURRENT + 1
    );
    // A replica already running stops being ready: the load balancer takes it out.
    let ready = app.browser().get("/readyz").await;
    assert_eq!(ready.status, 503);
    assert!(ready.body.contains(&expected), "{}", ready.body);
    // A replica starting on it is refused, and says why.
    let mut config = test_config(backend, app.data_dir.clone());
    config.redis_prefix = app.provider.config.redis_prefix.clone();
    let refused = idp::server::build(config, app.clock.clone()).await;
    let message = refused.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(message.contains(&expected), "{message}");
    assert_eq!(
        schema::read(app.provider.store.as_ref()).await.unwrap(),
        CURRENT + 1,
        "left as it was"
    );
}

#[test]
fn idp_serve_refuses_a_store_of_a_newer_schema() {
    let dir = tempfile::tempdir().unwrap();
    let idp = Idp::new(&dir.path().join("data"), &dir.path().join("keys"));
    let made = idp.run(&["keys", "list"], None);
    assert!(made.status.success(), "{}", text(&made.stderr));
    let sqlite = write_version(&dir.path().join("data/idp.sqlite3"), CURRENT + 1);
    assert!(sqlite, "the version written");
    let out = idp
        .command(&["serve"])
        .env("IDP_LISTEN", "127.0.0.1:0")
        .output()
        .unwrap();
    let err = text(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(
        err.contains(&format!(
            "the store was written by a newer idp (schema {}, this one knows {CURRENT}): upgrade this replica",
            CURRENT + 1
        )),
        "{err}"
    );
}

/// Writes a schema version into the SQLite file, as a newer idp would have.
fn write_version(path: &std::path::Path, version: u32) -> bool {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let dir = path.parent().unwrap();
        let store = idp::store::SqliteStore::open(dir).unwrap();
        use idp::store::Store;
        store
            .put(
                &keys::schema_version(),
                version.to_string().as_bytes(),
                None,
            )
            .await
            .is_ok()
    })
}

fn catalogue() -> ern_catalogue::Catalogue {
    ern_catalogue::Catalogue::builtin().unwrap()
}
