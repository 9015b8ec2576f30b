//! Signed-in sessions and pending sign-ins, in memory (a restart signs everyone out), keyed
//! by the SHA-256 of the random cookie value.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::profiles::Role;
use crate::secrets::{hash_id, random_token};

/// A session ends this long after sign-in, whatever happens.
pub const SESSION_LIFETIME: Duration = Duration::from_secs(10 * 60 * 60);
/// A sign-in must come back from the provider within this time.
pub const PENDING_LIFETIME: Duration = Duration::from_secs(10 * 60);

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

#[derive(Default)]
pub struct Sessions {
    // A std Mutex: held only for map operations, never across an await.
    sessions: Mutex<HashMap<[u8; 32], Stamped<Session>>>,
    pending: Mutex<HashMap<[u8; 32], Stamped<PendingLogin>>>,
    /// `jti`s of the logout tokens already acted on, kept beyond their expiry.
    logout_tokens: Mutex<HashMap<String, Instant>>,
}

/// Logout tokens live two minutes at the provider; remembered well beyond that.
const LOGOUT_TOKEN_MEMORY: Duration = Duration::from_secs(10 * 60);

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic while holding the lock cannot leave these maps half-updated.
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Sessions {
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

    pub fn put_pending(&self, pending: PendingLogin) -> String {
        let id = random_token(32);
        let mut map = lock(&self.pending);
        map.retain(|_, p| p.at.elapsed() < PENDING_LIFETIME);
        map.insert(
            hash_id(&id),
            Stamped {
                value: pending,
                at: Instant::now(),
            },
        );
        id
    }

    /// Takes the pending sign-in once: a second callback with the same cookie finds nothing.
    pub fn take_pending(&self, id: &str) -> Option<PendingLogin> {
        lock(&self.pending)
            .remove(&hash_id(id))
            .filter(|p| p.at.elapsed() < PENDING_LIFETIME)
            .map(|p| p.value)
    }
}
