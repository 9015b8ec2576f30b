//! Whether a replica may serve (`/readyz`): the store answers, its schema is not newer
//! than this replica's (`crate::schema`), and the replica's clock agrees with the store's.
//!
//! Every time-based rule (code and link expiry, lockouts, the retry grace, token `exp`)
//! compares times written by one replica with the clock of another. A replica whose clock
//! is off by more than `CLOCK_TOLERANCE_SECONDS` from the store's (Redis `TIME`, the one
//! clock all replicas share) makes those rules wrong for everyone — a minute and a half
//! ahead, it finds every fresh code expired — so it says so in `/readyz` (the load balancer
//! then stops sending it traffic) and in the log. The embedded store has no clock apart
//! from ours.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::provider::Provider;

/// Codes live 60 s and the retry grace is 60 s: 10 s of disagreement changes no outcome
/// that matters, and NTP keeps real servers within milliseconds.
pub const CLOCK_TOLERANCE_SECONDS: i64 = 10;

/// Logged once when the clocks start to disagree, once when they agree again.
static SKEWED: AtomicBool = AtomicBool::new(false);

pub async fn check(provider: &Provider) -> Result<(), String> {
    if let Err(e) = provider.store.ping().await {
        tracing::debug!(error = %e, "readiness: the store does not answer");
        return Err("the store does not answer".into());
    }
    // A newer replica migrated the store under this one: it must not write any more.
    match crate::schema::refuse_newer(provider.store.as_ref()).await {
        Ok(_) => {}
        Err(e @ crate::schema::SchemaError::Newer { .. }) => return Err(e.to_string()),
        Err(e) => {
            tracing::debug!(error = %e, "readiness: the schema version cannot be read");
            return Err("the store's schema version cannot be read".into());
        }
    }
    let Ok(Some(store_now)) = provider.store.server_time().await else {
        return Ok(());
    };
    let skew = provider.now() - store_now;
    let off = skew.abs() > CLOCK_TOLERANCE_SECONDS;
    if off != SKEWED.swap(off, Ordering::Relaxed) {
        if off {
            tracing::error!(
                skew_seconds = skew,
                tolerance = CLOCK_TOLERANCE_SECONDS,
                "this replica's clock disagrees with the store's; not ready until it is fixed (NTP)"
            );
        } else {
            tracing::info!(
                skew_seconds = skew,
                "this replica's clock agrees with the store's again"
            );
        }
    }
    if off {
        return Err(format!(
            "this replica's clock is {skew} s off the store's (tolerance {CLOCK_TOLERANCE_SECONDS} s)"
        ));
    }
    Ok(())
}
