//! Signed-in sessions and pending sign-ins, in memory (a restart signs everyone out), keyed
//! by the SHA-256 of the random cookie value.

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::profiles::Role;
use crate::secrets::{hash_id, random_token};

/// A session ends this long after sign-in, whatever happens.
pub const SESSION_LIFETIME: Duration = Duration::from_secs(10 * 60 * 60);
/// A sign-in must come back from the provider within this time.
pub const PENDING_LIFETIME: Duration = Duration::from_secs(10 * 60);
/// At most this many sign-ins wait for the provider's answer (about 300 bytes each).
pub const MAX_PENDING_LOGINS: usize = 10_000;

#[derive(Clone)]
pub struct Session {
    /// The member id: the provider's `sub`, or `training:NAME`.
    pub member: String,
    pub name: String,
    pub email: String,
    pub roles: Vec<Role>,
    /// The provider's session id (`sid` of the ID token), for back-channel logout.
    pub sid: Option<String>,
    /// The raw ID token, sent back as `id_token_hint` at sign-out.
    pub id_token: Option<String>,
    /// A training-account session: works on the training data only.
    pub training: bool,
    /// Renews `roles` from the provider (and dies with the provider's session).
    pub refresh_token: Option<String>,
    /// When `roles` were last read from the provider.
    pub roles_read: Instant,
    /// Held while a refresh is in flight, so one session never presents the same refresh
    /// token twice (the provider would take the second use for theft and revoke them all).
    pub refreshing: std::sync::Arc<tokio::sync::Mutex<()>>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("member", &self.member)
            .field("roles", &self.roles)
            .field("training", &self.training)
            .finish_non_exhaustive()
    }
}

/// What `/callback` needs to finish a sign-in started by `/login`.
pub struct PendingLogin {
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

struct Stamped<T> {
    value: T,
    at: Instant,
}

/// Pending sign-ins, at most `max`. `/login` needs no session, so anyone can add one: when
/// full, the oldest gives way to the new one rather than refusing sign-ins (a flood then has
/// to outpace people at the provider to cost them their sign-in, instead of locking everyone
/// out for ten minutes). Every entry lives as long, so age order is expiry order: expired
/// ones leave from the front, and no operation looks at more than it removes.
struct PendingLogins {
    max: usize,
    next: u64,
    /// Entries by age: sequence number -> (key, start).
    by_age: BTreeMap<u64, ([u8; 32], Instant)>,
    by_key: HashMap<[u8; 32], (u64, PendingLogin)>,
    /// Live sign-ins pushed out by newer ones since start.
    evicted: u64,
}

impl PendingLogins {
    fn new(max: usize) -> Self {
        PendingLogins {
            max: max.max(1),
            next: 0,
            by_age: BTreeMap::new(),
            by_key: HashMap::new(),
            evicted: 0,
        }
    }

    fn pop_oldest(&mut self) {
        if let Some((_, (key, _))) = self.by_age.pop_first() {
            self.by_key.remove(&key);
        }
    }

    fn insert(&mut self, key: [u8; 32], pending: PendingLogin, now: Instant) {
        while self
            .by_age
            .first_key_value()
            .is_some_and(|(_, (_, at))| now.saturating_duration_since(*at) >= PENDING_LIFETIME)
        {
            self.pop_oldest();
        }
        while self.by_key.len() >= self.max {
            self.pop_oldest();
            self.evicted += 1;
            if self.evicted % 1000 == 1 {
                tracing::warn!(
                    max = self.max,
                    evicted = self.evicted,
                    "pending sign-ins full: the oldest give way (a flood of /login?)"
                );
            }
        }
        self.next += 1;
        self.by_age.insert(self.next, (key, now));
        self.by_key.insert(key, (self.next, pending));
    }

    fn take(&mut self, key: &[u8; 32], now: Instant) -> Option<PendingLogin> {
        let (seq, pending) = self.by_key.remove(key)?;
        let (_, at) = self.by_age.remove(&seq)?;
        (now.saturating_duration_since(at) < PENDING_LIFETIME).then_some(pending)
    }

    fn len(&self) -> usize {
        self.by_key.len()
    }
}

pub struct Sessions {
    // A std Mutex: held only for map operations, never across an await.
    sessions: Mutex<HashMap<[u8; 32], Stamped<Session>>>,
    pending: Mutex<PendingLogins>,
    /// `jti`s of the logout tokens already acted on, kept beyond their expiry.
    logout_tokens: Mutex<HashMap<String, Instant>>,
}

impl Default for Sessions {
    fn default() -> Self {
        Sessions::new(MAX_PENDING_LOGINS)
    }
}

/// Logout tokens live two minutes at the provider; remembered well beyond that.
const LOGOUT_TOKEN_MEMORY: Duration = Duration::from_secs(10 * 60);

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic while holding the lock cannot leave these maps half-updated.
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Sessions {
    /// No sessions yet; at most `max_pending_logins` sign-ins waiting for the provider.
    pub fn new(max_pending_logins: usize) -> Self {
        Sessions {
            sessions: Mutex::default(),
            pending: Mutex::new(PendingLogins::new(max_pending_logins)),
            logout_tokens: Mutex::default(),
        }
    }

    /// Starts a session; returns the cookie value.
    pub fn create(&self, session: Session) -> String {
        let id = random_token(32);
        let mut map = lock(&self.sessions);
        map.retain(|_, s| s.at.elapsed() < SESSION_LIFETIME);
        map.insert(
            hash_id(&id),
            Stamped {
                value: session,
                at: Instant::now(),
            },
        );
        id
    }

    pub fn get(&self, id: &str) -> Option<Session> {
        let map = lock(&self.sessions);
        map.get(&hash_id(id))
            .filter(|s| s.at.elapsed() < SESSION_LIFETIME)
            .map(|s| s.value.clone())
    }

    /// Changes a live session in place; false when it has ended meanwhile.
    pub fn update(&self, id: &str, change: impl FnOnce(&mut Session)) -> bool {
        let mut map = lock(&self.sessions);
        match map
            .get_mut(&hash_id(id))
            .filter(|s| s.at.elapsed() < SESSION_LIFETIME)
        {
            Some(stamped) => {
                change(&mut stamped.value);
                true
            }
            None => false,
        }
    }

    pub fn remove(&self, id: &str) -> Option<Session> {
        lock(&self.sessions).remove(&hash_id(id)).map(|s| s.value)
    }

    /// Ends every session signed in through the provider session `sid`; returns how many.
    pub fn end_sid(&self, sid: &str) -> usize {
        let mut map = lock(&self.sessions);
        let before = map.len();
        map.retain(|_, s| s.value.sid.as_deref() != Some(sid));
        before - map.len()
    }

    /// Ends every session of a member (used when a back-channel token names no sid).
    pub fn end_member(&self, member: &str) -> usize {
        let mut map = lock(&self.sessions);
        let before = map.len();
        map.retain(|_, s| s.value.member != member || s.value.training);
        before - map.len()
    }

    /// True the first time a logout token's `jti` is seen: a replayed token is refused.
    pub fn first_use_of_logout_token(&self, jti: &str) -> bool {
        let mut seen = lock(&self.logout_tokens);
        seen.retain(|_, at| at.elapsed() < LOGOUT_TOKEN_MEMORY);
        seen.insert(jti.to_owned(), Instant::now()).is_none()
    }

    /// Keeps a sign-in until the provider's answer; returns the cookie value. When
    /// [`MAX_PENDING_LOGINS`] (or the configured bound) are waiting, the oldest is dropped.
    pub fn put_pending(&self, pending: PendingLogin) -> String {
        let id = random_token(32);
        lock(&self.pending).insert(hash_id(&id), pending, Instant::now());
        id
    }

    /// Takes the pending sign-in once: a second callback with the same cookie finds nothing.
    pub fn take_pending(&self, id: &str) -> Option<PendingLogin> {
        lock(&self.pending).take(&hash_id(id), Instant::now())
    }

    /// How many sign-ins are waiting for the provider's answer (expired ones included until
    /// the next sign-in starts).
    pub fn pending_count(&self) -> usize {
        lock(&self.pending).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending(n: usize) -> PendingLogin {
        PendingLogin {
            state: format!("state-{n}"),
            nonce: String::new(),
            pkce_verifier: String::new(),
        }
    }

    fn key(n: usize) -> [u8; 32] {
        hash_id(&n.to_string())
    }

    #[test]
    fn pending_logins_are_bounded_oldest_first_and_expire_in_order() {
        let start = Instant::now();
        let mut logins = PendingLogins::new(3);
        for n in 0..5 {
            logins.insert(key(n), pending(n), start);
            assert!(logins.len() <= 3);
        }
        assert_eq!(logins.evicted, 2);
        assert!(logins.take(&key(0), start).is_none(), "the oldest gave way");
        assert!(logins.take(&key(1), start).is_none());
        assert_eq!(logins.take(&key(2), start).unwrap().state, "state-2");
        assert!(logins.take(&key(2), start).is_none(), "taken once");
        // One more a minute later, then ten minutes after the first ones: those expired
        // (and leave at the next insert), the later one is still good.
        let later = start + Duration::from_secs(60);
        logins.insert(key(5), pending(5), later);
        let expired = start + PENDING_LIFETIME;
        assert!(logins.take(&key(3), expired).is_none(), "expired");
        logins.insert(key(6), pending(6), expired);
        assert_eq!(logins.len(), 2, "4 expired and left from the front");
        assert_eq!(logins.take(&key(5), expired).unwrap().state, "state-5");
        assert_eq!(logins.by_age.len(), logins.by_key.len());
    }
}
