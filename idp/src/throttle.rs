//! Attempt limits and rate limits. Every counter lives in the store, so a limit reached
//! through one replica holds on all of them.
//!
//! Failed passwords are counted per e-mail address (hashed), whether or not an account
//! exists, so the answers never reveal which addresses have accounts.

use std::time::Duration;

use crate::config::Config;
use crate::store::{Store, StoreError, Write, keys};

const HOUR: Duration = Duration::from_secs(3600);
/// The slow-down between failed passwords never exceeds this.
const MAX_WAIT_SECONDS: i64 = 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Locked after too many failures; unlocks by itself at `until`.
    Locked { until: i64 },
    /// Slowed down: the next attempt is allowed in `seconds`.
    Wait { seconds: i64 },
    /// Too many failures from this client address: attempts from it must carry a solved
    /// anti-robot check (they are slowed, never refused outright).
    RobotCheckNeeded,
    /// The account was disabled by an operator (said only after the right password).
    Disabled,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterFailure {
    Counted,
    /// This failure locked the subject; the owner should be told.
    LockedNow {
        until: i64,
    },
}

fn read_i64(bytes: Option<Vec<u8>>) -> Option<i64> {
    bytes
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|s| s.parse().ok())
}

fn seconds(n: i64) -> Duration {
    Duration::from_secs(u64::try_from(n.max(1)).unwrap_or(1))
}

/// A password attempt that may be checked: the number it reserved among the failures
/// counted against its subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attempt {
    pub number: u64,
}

/// Whether a password attempt for `subject` may be checked at all, at `now` (the client
/// address has its own rule: `address_is_noisy`).
///
/// The attempt is counted (reserved) here, before the password is hashed, in one atomic
/// increment: of forty guesses sent at once only the first `login_lock_after` are checked
/// at all, whatever the timing. A right password clears the count afterwards.
pub async fn check_login(
    store: &dyn Store,
    config: &Config,
    now: i64,
    subject: &str,
) -> Result<Result<Attempt, Refusal>, StoreError> {
    if let Some(refusal) = check_limits(store, now, subject).await? {
        return Ok(Err(refusal));
    }
    let lock_for = lock_seconds(config);
    let number = store
        .incr(&keys::counter("login-fail", subject), seconds(lock_for))
        .await?;
    if number > config.login_lock_after {
        // Earlier attempts are still being checked; one of them will set the lock if
        // it was wrong. This one is not checked.
        return Ok(Err(Refusal::Locked {
            until: now.saturating_add(lock_for),
        }));
    }
    Ok(Ok(Attempt { number }))
}

fn lock_seconds(config: &Config) -> i64 {
    i64::try_from(config.login_lock_minutes.saturating_mul(60)).unwrap_or(i64::MAX)
}

async fn check_limits(
    store: &dyn Store,
    now: i64,
    subject: &str,
) -> Result<Option<Refusal>, StoreError> {
    let lock = store.get(&keys::login_lock(subject)).await?;
    if let Some(until) = read_i64(lock.clone()) {
        if until > now {
            return Ok(Some(Refusal::Locked { until }));
        }
        // The lock is over by our clock (the store's expiry only collects garbage): the
        // count it kept full starts again. Only the first to see it resets it.
        let lock_key = keys::login_lock(subject);
        if store
            .compare_and_set(&lock_key, lock.as_deref(), None, None)
            .await?
        {
            store.delete(&keys::counter("login-fail", subject)).await?;
        }
    }
    if let Some(until) = read_i64(store.get(&keys::login_wait(subject)).await?)
        && until > now
    {
        return Ok(Some(Refusal::Wait {
            seconds: until - now,
        }));
    }
    Ok(None)
}

/// Whether `ip` failed `login_failures_per_ip_per_hour` sign-ins in the hour. Such an
/// address is not locked out (a hospital behind one NAT shares it): its attempts must
/// carry a solved anti-robot check, whose cost grows with its load (`antirobot`), so a
/// script pays for every guess and people pay a second or two.
pub async fn address_is_noisy(
    store: &dyn Store,
    config: &Config,
    ip: &str,
) -> Result<bool, StoreError> {
    let from_ip = read_i64(store.get(&keys::counter("login-fail-ip", ip)).await?).unwrap_or(0);
    Ok(from_ip >= i64::try_from(config.login_failures_per_ip_per_hour).unwrap_or(i64::MAX))
}

/// A wrong password for the `attempt` that `check_login` reserved (already counted).
pub async fn record_login_failure(
    store: &dyn Store,
    config: &Config,
    now: i64,
    subject: &str,
    ip: &str,
    attempt: Attempt,
) -> Result<AfterFailure, StoreError> {
    let lock_for = lock_seconds(config);
    store
        .incr(&keys::counter("login-fail-ip", ip), HOUR)
        .await?;
    let failures = attempt.number;
    if failures >= config.login_lock_after {
        let until = now.saturating_add(lock_for);
        store
            .put(
                &keys::login_lock(subject),
                until.to_string().as_bytes(),
                Some(seconds(lock_for)),
            )
            .await?;
        // The count stays (it expires with the lock): an attempt that passed the lock
        // check just before the lock was set still finds it full.
        store.delete(&keys::login_wait(subject)).await?;
        return Ok(AfterFailure::LockedNow { until });
    }
    if failures >= config.login_slowdown_after {
        let exponent = u32::try_from(failures - config.login_slowdown_after).unwrap_or(u32::MAX);
        let wait = 2i64
            .checked_pow(exponent)
            .unwrap_or(MAX_WAIT_SECONDS)
            .min(MAX_WAIT_SECONDS);
        let until = now.saturating_add(wait);
        store
            .put(
                &keys::login_wait(subject),
                until.to_string().as_bytes(),
                Some(seconds(wait)),
            )
            .await?;
    }
    Ok(AfterFailure::Counted)
}

/// What a right password clears: the failures counted against the subject, and the wait
/// they imposed. Written by [`Cleared::now`], or with the writes that follow the password
/// (a sign-in's session) in one [`Store::write_all`].
#[must_use = "a right password must clear the failures, or the next attempts count them"]
pub struct Cleared {
    failures: String,
    wait: String,
}

impl Cleared {
    pub fn writes(&self) -> [Write<'_>; 2] {
        [Write::Delete(&self.failures), Write::Delete(&self.wait)]
    }

    pub async fn now(self, store: &dyn Store) -> Result<(), StoreError> {
        store.write_all(&self.writes()).await
    }
}

/// A correct password for `subject`: see [`Cleared`].
pub fn login_success(subject: &str) -> Cleared {
    Cleared {
        failures: keys::counter("login-fail", subject),
        wait: keys::login_wait(subject),
    }
}

/// Counts one mail (registration, reset) to `address` requested from `ip`; false when
/// either limit for the hour is exceeded, in which case no mail is sent.
pub async fn allow_mail(
    store: &dyn Store,
    config: &Config,
    address: &str,
    ip: &str,
) -> Result<bool, StoreError> {
    let to_address = store.incr(&keys::counter("mail-to", address), HOUR).await?;
    let from_ip = store.incr(&keys::counter("mail-from-ip", ip), HOUR).await?;
    Ok(to_address <= config.mails_per_address_per_hour && from_ip <= config.mails_per_ip_per_hour)
}

/// Counts one SMS for `account`, to `number`, asked from `ip`; false when any hourly limit
/// is exceeded (then nothing is sent), so the service cannot be used to pump SMS.
pub async fn allow_sms(
    store: &dyn Store,
    config: &Config,
    account: &str,
    number: &str,
    ip: &str,
) -> Result<bool, StoreError> {
    let per_account = store
        .incr(&keys::counter("sms-account", account), HOUR)
        .await?;
    let per_number = store
        .incr(&keys::counter("sms-number", number), HOUR)
        .await?;
    let per_ip = store.incr(&keys::counter("sms-ip", ip), HOUR).await?;
    Ok(per_account <= config.sms_per_account_per_hour
        && per_number <= config.sms_per_number_per_hour
        && per_ip <= config.sms_per_ip_per_hour)
}

/// Guesses at a second factor (`kind`: `otp` for tokens, `ocra` for Mobile App QR Code)
/// allowed per account in `SECOND_FACTOR_WINDOW`, whichever question or device they answer.
pub const SECOND_FACTOR_GUESSES: u64 = 5;
pub const SECOND_FACTOR_WINDOW: Duration = Duration::from_secs(15 * 60);

/// Reserves one guess at the account's second factor of `kind` before it is checked, in
/// one atomic increment: of guesses sent at once, or spread over many new questions, at
/// most `SECOND_FACTOR_GUESSES` per window are checked at all. False: refuse unchecked.
pub async fn reserve_second_factor_guess(
    store: &dyn Store,
    kind: &str,
    account_id: &str,
) -> Result<bool, StoreError> {
    let key = keys::counter(&format!("{kind}-fail"), account_id);
    Ok(store.incr(&key, SECOND_FACTOR_WINDOW).await? <= SECOND_FACTOR_GUESSES)
}

/// A right answer clears the guesses counted against the account.
pub async fn clear_second_factor_guesses(
    store: &dyn Store,
    kind: &str,
    account_id: &str,
) -> Result<(), StoreError> {
    store
        .delete(&keys::counter(&format!("{kind}-fail"), account_id))
        .await?;
    Ok(())
}
