//! Password rules and hashing.
//!
//! Hashes are argon2id PHC strings with OWASP's parameters (m=19456 KiB, t=2, p=1); a hash
//! made with other parameters is upgraded at the next successful sign-in. Hashing runs on
//! the blocking pool behind a semaphore: at most `threads` hashes (19 MiB each) at once and
//! at most `queue` waiting, so a flood of sign-ins is refused instead of exhausting memory.

use std::sync::Arc;

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher as _, PasswordVerifier as _};
use argon2::{Argon2, Params};
use tokio::sync::Semaphore;

pub const MIN_LENGTH: usize = 10;
/// Long enough for any passphrase, short enough to bound the hashing input.
pub const MAX_LENGTH: usize = 256;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    #[error("Your password must have at least {MIN_LENGTH} characters.")]
    TooShort,
    #[error("Your password must have at most {MAX_LENGTH} characters.")]
    TooLong,
    #[error("Your password must not be your e-mail address.")]
    IsEmail,
    #[error("This password is too common or easy to guess. {0}")]
    Guessable(String),
}

/// At least 10 characters, no composition rules, not the e-mail, not guessable (zxcvbn
/// score of at least 3, with the person's own details counted as known to an attacker).
pub fn check_policy(password: &str, email: &str, personal: &[&str]) -> Result<(), PasswordProblem> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(PasswordProblem::TooShort);
    }
    if length > MAX_LENGTH {
        return Err(PasswordProblem::TooLong);
    }
    if password.trim().eq_ignore_ascii_case(email.trim()) {
        return Err(PasswordProblem::IsEmail);
    }
    // The full name counts too: "Anna Müller 1" must be recognised as the name plus a digit.
    let full_name = [personal.join(" "), personal.concat()];
    let mut known: Vec<&str> = personal.to_vec();
    known.extend(full_name.iter().map(String::as_str));
    known.push(email);
    if let Some((local, _)) = email.split_once('@') {
        known.push(local);
    }
    let estimate = zxcvbn::zxcvbn(password, &known);
    if u8::from(estimate.score()) < 3 {
        let advice = estimate
            .feedback()
            .and_then(|f| f.suggestions().first().map(ToString::to_string))
            .unwrap_or_else(|| "Add a few more uncommon words.".into());
        return Err(PasswordProblem::Guessable(advice));
    }
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum HashError {
    #[error("too many password checks are waiting")]
    Busy,
    #[error("password hashing failed: {0}")]
    Failed(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verified {
    No,
    Yes,
    /// Correct, and the stored hash should be replaced by one with current parameters.
    YesRehash,
}

#[derive(Clone)]
pub struct PasswordHasher {
    params: Params,
    running: Arc<Semaphore>,
    waiting: Arc<Semaphore>,
    /// Verified when the account does not exist, so timing does not tell.
    dummy_hash: Arc<str>,
}

impl PasswordHasher {
    pub fn new(threads: usize, queue: usize) -> Result<Self, HashError> {
        let params = Params::DEFAULT;
        let dummy = Argon2::from(params.clone())
            .hash_password(crate::secrets::random_token(24).as_bytes())
            .map_err(|e| HashError::Failed(e.to_string()))?
            .to_string();
        Ok(Self {
            params,
            running: Arc::new(Semaphore::new(threads)),
            waiting: Arc::new(Semaphore::new(threads + queue)),
            dummy_hash: dummy.into(),
        })
    }

    async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce(Params) -> T + Send + 'static,
    ) -> Result<T, HashError> {
        let _place = self
            .waiting
            .clone()
            .try_acquire_owned()
            .map_err(|_| HashError::Busy)?;
        let running = self
            .running
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| HashError::Busy)?;
        let params = self.params.clone();
        tokio::task::spawn_blocking(move || {
            let _running = running;
            job(params)
        })
        .await
        .map_err(|e| HashError::Failed(e.to_string()))
    }

    pub async fn hash(&self, password: &str) -> Result<String, HashError> {
        let password = password.to_owned();
        self.run(move |params| {
            Argon2::from(params)
                .hash_password(password.as_bytes())
                .map(|h| h.to_string())
                .map_err(|e| HashError::Failed(e.to_string()))
        })
        .await?
    }

    /// Checks `password` against `stored` (the dummy hash when `None`, always failing).
    pub async fn verify(
        &self,
        stored: Option<&str>,
        password: &str,
    ) -> Result<Verified, HashError> {
        let known = stored.is_some();
        let stored = stored.map_or_else(|| self.dummy_hash.to_string(), str::to_owned);
        let password = password.to_owned();
        self.run(move |params| {
            let Ok(parsed) = PasswordHash::new(&stored) else {
                return Verified::No;
            };
            let ok = Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok();
            if !(ok && known) {
                return Verified::No;
            }
            let current = parsed.algorithm.as_str() == "argon2id"
                && Params::try_from(&parsed).is_ok_and(|p| {
                    p.m_cost() == params.m_cost()
                        && p.t_cost() == params.t_cost()
                        && p.p_cost() == params.p_cost()
                });
            if current {
                Verified::Yes
            } else {
                Verified::YesRehash
            }
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn policy_refuses_short_email_and_common_passwords() {
        assert_eq!(
            check_policy("short", "a@b.eu", &[]),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(
            check_policy("alice@example.eu", "alice@example.eu", &[]),
            Err(PasswordProblem::IsEmail)
        );
        assert!(matches!(
            check_policy("password123", "a@b.eu", &[]),
            Err(PasswordProblem::Guessable(_))
        ));
        assert!(matches!(
            check_policy("qwertyuiop", "a@b.eu", &[]),
            Err(PasswordProblem::Guessable(_))
        ));
        assert!(matches!(
            check_policy(
                "mario.rossi1",
                "mario.rossi@example.it",
                &["Mario", "Rossi"]
            ),
            Err(PasswordProblem::Guessable(_))
        ));
        assert_eq!(
            check_policy(&"x".repeat(300), "a@b.eu", &[]),
            Err(PasswordProblem::TooLong)
        );
    }

    #[test]
    fn policy_accepts_long_passphrases_without_composition_rules() {
        check_policy("plum sailor orbit lantern", "a@b.eu", &[]).unwrap();
        check_policy("Tübingen-Kaffee-Nebel-42", "a@b.eu", &[]).unwrap();
    }

    #[tokio::test]
    async fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let hasher = PasswordHasher::new(2, 4).unwrap();
        let phc = hasher.hash("plum sailor orbit lantern").await.unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert_eq!(
            hasher
                .verify(Some(&phc), "plum sailor orbit lantern")
                .await
                .unwrap(),
            Verified::Yes
        );
        assert_eq!(
            hasher
                .verify(Some(&phc), "plum sailor orbit lanterN")
                .await
                .unwrap(),
            Verified::No
        );
        assert_eq!(hasher.verify(None, "anything").await.unwrap(), Verified::No);
        assert_eq!(
            hasher.verify(Some("not a hash"), "anything").await.unwrap(),
            Verified::No
        );
    }

    #[tokio::test]
    async fn weaker_hashes_ask_for_a_rehash() {
        let weak = Argon2::from(Params::new(8192, 1, 1, None).unwrap())
            .hash_password(b"plum sailor orbit lantern")
            .unwrap()
            .to_string();
        let hasher = PasswordHasher::new(2, 4).unwrap();
        assert_eq!(
            hasher
                .verify(Some(&weak), "plum sailor orbit lantern")
                .await
                .unwrap(),
            Verified::YesRehash
        );
    }

    #[tokio::test]
    async fn a_full_queue_is_refused_not_buffered() {
        let hasher = PasswordHasher::new(1, 1).unwrap();
        let jobs: Vec<_> = (0..8)
            .map(|_| {
                let hasher = hasher.clone();
                tokio::spawn(async move { hasher.hash("plum sailor orbit lantern").await })
            })
            .collect();
        let mut busy = 0;
        for job in jobs {
            if matches!(job.await.unwrap(), Err(HashError::Busy)) {
                busy += 1;
            }
        }
        assert!(
            busy >= 1,
            "with one thread and one waiting place, some of 8 must be refused"
        );
    }
}
