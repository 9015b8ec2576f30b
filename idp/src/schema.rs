//! The store's schema version, so that replicas of different versions never misread each
//! other's records.
//!
//! The version is one record in the store (`schema-version`, a decimal number; absent: 0,
//! a store written before versions were kept). At start, before anything else is read or
//! written:
//! - a fresh store (no signing key, no shared secret: no provider ever started on it) gets
//!   [`CURRENT`];
//! - the same version: nothing to do;
//! - an older one is migrated step by step, by one process at a time: the one holding the
//!   `schema-migration` lease (written only when absent, with an expiry). Each step is
//!   idempotent, so a replica that dies half-way leaves the lease to expire and the next one
//!   runs the step again; each step ends with a compare-and-set of the version from N to
//!   N + 1, so two processes never both move it. Others wait until the version is current;
//! - a newer one is refused: this binary would drop fields it does not know. `/readyz` says
//!   the same while this replica runs, so a load balancer stops sending it traffic once a
//!   newer replica has migrated the store under it.

use std::time::{Duration, Instant};

use ern_catalogue::Catalogue;

use crate::store::{Store, StoreError, StoreResult, keys};

/// The schema this binary reads and writes. Raise it with a new step in [`step`].
pub const CURRENT: u32 = 4;

/// How long a migration lease lasts: a step must finish within it.
const LEASE: Duration = Duration::from_secs(300);

/// How long [`ensure`] asks again a store that is briefly unavailable.
const TRANSIENT: Duration = Duration::from_secs(5);

#[derive(Debug, thiserror::Error)]
pub enum SchemaError {
    #[error(
        "the store was written by a newer idp (schema {found}, this one knows {known}): upgrade this replica"
    )]
    Newer { found: u32, known: u32 },
    #[error("the store's schema version {0:?} is not a number: is this an idp store?")]
    Unreadable(String),
    #[error("{0}")]
    Store(#[from] StoreError),
}

/// What [`ensure`] found and did.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A store nothing had started on: the current version written.
    Fresh,
    /// Already at the current version.
    Current,
    /// Migrated from this version to the current one (by this process).
    Migrated { from: u32 },
    /// Another process migrated it while this one waited.
    MigratedByAnother,
}

/// The version recorded in `store` (0 when none is).
pub async fn read(store: &dyn Store) -> Result<u32, SchemaError> {
    match store.get(&keys::schema_version()).await? {
        None => Ok(0),
        Some(bytes) => {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            text.trim()
                .parse()
                .map_err(|_| SchemaError::Unreadable(text))
        }
    }
}

fn encoded(version: u32) -> Vec<u8> {
    version.to_string().into_bytes()
}

/// The value stored for `version` as compare-and-set expects it (0: absent).
fn stored(version: u32) -> Option<Vec<u8>> {
    (version > 0).then(|| encoded(version))
}

/// Refuses a store of a newer schema (for `/readyz` and the commands that only read).
pub async fn refuse_newer(store: &dyn Store) -> Result<u32, SchemaError> {
    let found = read(store).await?;
    if found > CURRENT {
        return Err(SchemaError::Newer {
            found,
            known: CURRENT,
        });
    }
    Ok(found)
}

/// Brings the store to [`CURRENT`] (see the module's text), or refuses a newer one.
///
/// A store that is briefly unavailable (SQLite busy under load, a Redis hiccup) is asked
/// again for up to [`TRANSIENT`]; the lease this call took is its own across those tries,
/// so a hiccup during a migration does not leave the others waiting for the lease to
/// expire. Longer outages are the caller's to wait out (`server::build` does).
pub async fn ensure(store: &dyn Store, catalogue: &Catalogue) -> Result<Outcome, SchemaError> {
    let holder = crate::secrets::random_token(12);
    let deadline = Instant::now() + TRANSIENT;
    let mut waited = false;
    loop {
        match attempt(store, catalogue, &holder, &mut waited).await {
            Err(SchemaError::Store(StoreError::Unavailable(_))) if Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(e) => {
                release(store, &holder).await;
                return Err(e);
            }
            Ok(outcome) => return Ok(outcome),
        }
    }
}

/// One pass of [`ensure`]; `Ok` only once the version is current.
async fn attempt(
    store: &dyn Store,
    catalogue: &Catalogue,
    holder: &str,
    waited: &mut bool,
) -> Result<Outcome, SchemaError> {
    loop {
        let found = refuse_newer(store).await?;
        if found == CURRENT {
            return Ok(if *waited {
                Outcome::MigratedByAnother
            } else {
                Outcome::Current
            });
        }
        if found == 0 && is_fresh(store).await? {
            if store
                .compare_and_set(&keys::schema_version(), None, Some(&encoded(CURRENT)), None)
                .await?
            {
                tracing::info!(schema = CURRENT, "a new store: schema version written");
                return Ok(Outcome::Fresh);
            }
            continue;
        }
        let lease = keys::schema_migration();
        let taken = store
            .put_if_absent(&lease, holder.as_bytes(), Some(LEASE))
            .await?
            || store.get(&lease).await?.as_deref() == Some(holder.as_bytes());
        if !taken {
            if !*waited {
                tracing::info!(
                    found,
                    current = CURRENT,
                    "another process is migrating the store; waiting for it"
                );
            }
            *waited = true;
            tokio::time::sleep(Duration::from_millis(250)).await;
            continue;
        }
        let migrated = migrate(store, catalogue, holder).await?;
        release(store, holder).await;
        match migrated {
            Some(from) => return Ok(Outcome::Migrated { from }),
            None => continue,
        }
    }
}

/// Gives the lease back when this call holds it (a failed step is run again by the next
/// start; should this fail too, the lease expires).
async fn release(store: &dyn Store, holder: &str) {
    let _ = store
        .compare_and_set(
            &keys::schema_migration(),
            Some(holder.as_bytes()),
            None,
            None,
        )
        .await;
}

/// Under the lease: every step from the version found to the current one. `None` when the
/// version moved under us (a lease that expired while its holder still ran).
async fn migrate(
    store: &dyn Store,
    catalogue: &Catalogue,
    holder: &str,
) -> Result<Option<u32>, SchemaError> {
    let from = refuse_newer(store).await?;
    for version in from..CURRENT {
        tracing::info!(
            from = version,
            to = version + 1,
            "migrating the store's schema"
        );
        step(store, catalogue, version).await?;
        let moved = store
            .compare_and_set(
                &keys::schema_version(),
                stored(version).as_deref(),
                Some(&encoded(version + 1)),
                None,
            )
            .await?;
        if !moved {
            tracing::warn!(
                lease = holder,
                "the schema version moved during a migration step"
            );
            return Ok(None);
        }
    }
    tracing::info!(from, to = CURRENT, "the store's schema is migrated");
    Ok(Some(from))
}

/// Turns schema `from` into `from + 1`. Must be idempotent (see the module's text).
async fn step(store: &dyn Store, catalogue: &Catalogue, from: u32) -> StoreResult<()> {
    match from {
        // Schema 0, a store written before versions were kept, has schema 1's layout: the
        // version is all it lacks.
        0 => Ok(()),
        // Schema 2 keeps ordered, searchable lists (accounts; access requests per network)
        // where schema 1 kept unordered sets read whole.
        1 => {
            let accounts = crate::accounts::list::migrate(store).await?;
            let requests = crate::access::lists::migrate(store, catalogue)
                .await
                .map_err(|e| match e {
                    crate::error::Error::Store(e) => e,
                    other => StoreError::Backend(other.to_string()),
                })?;
            tracing::info!(accounts, requests, "accounts and access requests listed");
            Ok(())
        }
        // Schema 3 seals authorization codes instead of storing them: a replica of schema
        // 2 could not redeem the codes of this one, nor this one its codes. Nothing to
        // rewrite; the version moves so that the older replicas leave the load balancer
        // (`/readyz`) at once. Codes they issued in their last minute are refused (the
        // client's sign-in starts again; a signed-in browser passes straight through).
        2 => Ok(()),
        // Schema 4 names a code's use mark and a refresh token's record in time order
        // (`CodeRecord::mark_name`, `oidc::token::refresh_handle`) where schema 3 named
        // them by hashes alone: a replica of schema 3 would find no record for this one's
        // refresh tokens, and would mark this one's codes used under another name, so a
        // code could be redeemed once on each. Nothing to rewrite (what schema 3 issued
        // keeps its names and still works); the version moves so that the older replicas
        // leave the load balancer at once.
        3 => Ok(()),
        _ => Err(StoreError::Backend(format!(
            "no migration from schema {from}"
        ))),
    }
}

/// No provider has started on the store: no signing key and no shared secret.
async fn is_fresh(store: &dyn Store) -> StoreResult<bool> {
    Ok(!crate::keys::store_holds_keys(store).await?
        && store.get(&keys::app_secret()).await?.is_none())
}
