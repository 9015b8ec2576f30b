//! Mobile phone numbers: normalisation to E.164, and the SMS text challenges that confirm
//! a number and serve as a second factor at sign-in.
//!
//! Challenges are 9 characters in groups of three (`K7F-Q2M-X9P`, as EU Login's), drawn
//! from the CSPRNG over an alphabet without look-alikes, stored only as a hash, valid five
//! minutes, killed after five wrong tries, and taken atomically when right.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::secrets::{constant_time_eq, random_bytes, token_hash};
use crate::store::{Store, StoreError};

pub const CHALLENGE_SECONDS: i64 = 5 * 60;
pub const MAX_TRIES: u32 = 5;
/// No 0/O, 1/I/L: easy to read on a phone and type on a keyboard.
const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Phone {
    /// E.164, e.g. `+32123456789`.
    pub number: String,
    pub verified: bool,
    pub added_at: i64,
}

/// `+32 123 45 67 89`, `0032 123...` -> `+32123456789`; `None` unless international.
pub fn normalize(input: &str) -> Option<String> {
    let compact: String = input
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')' | '/'))
        .collect();
    let digits = compact
        .strip_prefix('+')
        .or_else(|| compact.strip_prefix("00"))?;
    let valid = (8..=15).contains(&digits.len())
        && digits.chars().all(|c| c.is_ascii_digit())
        && !digits.starts_with('0');
    valid.then(|| format!("+{digits}"))
}

/// `+32123456789` -> `+32 ••• •• 67 89`: enough to recognise one's own number.
pub fn masked(number: &str) -> String {
    let visible: String = number
        .chars()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let prefix: String = number.chars().take(3).collect();
    format!(
        "{prefix} ••• {} {}",
        &visible[..2.min(visible.len())],
        &visible[2.min(visible.len())..]
    )
}

pub fn new_code() -> String {
    let bytes = random_bytes(9);
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect();
    // 256 % 31 != 0 gives a bias under 1 % per character; 9 characters keep > 44 bits.
    format!(
        "{}-{}-{}",
        chars[..3].iter().collect::<String>(),
        chars[3..6].iter().collect::<String>(),
        chars[6..].iter().collect::<String>()
    )
}

/// How a person types it back: case, spaces and dashes do not matter.
pub fn canonical(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Challenge {
    number: String,
    code_hash: String,
    expires_at: i64,
    tries: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Checked {
    /// Right: the challenge is used up. Carries the number it was sent to.
    Right(String),
    Wrong {
        tries_left: u32,
    },
    /// Expired, used, killed by too many tries, or never sent.
    NoChallenge,
}

/// Stores a new challenge under `key` (replacing any earlier one) and returns the code.
pub async fn issue(
    store: &dyn Store,
    key: &str,
    number: &str,
    now: i64,
) -> Result<String, StoreError> {
    let code = new_code();
    let challenge = Challenge {
        number: number.to_owned(),
        code_hash: token_hash(&canonical(&code)),
        expires_at: now + CHALLENGE_SECONDS,
        tries: 0,
    };
    let bytes = serde_json::to_vec(&challenge).map_err(|e| StoreError::Backend(e.to_string()))?;
    let ttl = Duration::from_secs(u64::try_from(CHALLENGE_SECONDS).unwrap_or(300));
    store.put(key, &bytes, Some(ttl)).await?;
    Ok(code)
}

/// Checks `typed` against the challenge under `key`. Counting a wrong try is a
/// compare-and-set, so concurrent guesses cannot get more than `MAX_TRIES` between them.
/// Checks `typed` against the challenge at `key`. A right answer consumes the challenge
/// unless `keep` (the caller then does its durable work first and calls `consume`, so a
/// retry after a lost answer finds the challenge still there).
pub async fn check(
    store: &dyn Store,
    key: &str,
    typed: &str,
    now: i64,
) -> Result<Checked, StoreError> {
    check_and(store, key, typed, now, true).await
}

/// `check`, leaving a rightly answered challenge in place for `consume`.
pub async fn check_keeping(
    store: &dyn Store,
    key: &str,
    typed: &str,
    now: i64,
) -> Result<Checked, StoreError> {
    check_and(store, key, typed, now, false).await
}

/// Consumes a challenge whose right answer has been acted on.
pub async fn consume(store: &dyn Store, key: &str) -> Result<(), StoreError> {
    store.delete(key).await?;
    Ok(())
}

async fn check_and(
    store: &dyn Store,
    key: &str,
    typed: &str,
    now: i64,
    consume_right: bool,
) -> Result<Checked, StoreError> {
    loop {
        let Some(current) = store.get(key).await? else {
            return Ok(Checked::NoChallenge);
        };
        let Ok(mut challenge) = serde_json::from_slice::<Challenge>(&current) else {
            return Ok(Checked::NoChallenge);
        };
        if challenge.expires_at <= now || challenge.tries >= MAX_TRIES {
            store
                .compare_and_set(key, Some(&current), None, None)
                .await?;
            return Ok(Checked::NoChallenge);
        }
        if constant_time_eq(
            token_hash(&canonical(typed)).as_bytes(),
            challenge.code_hash.as_bytes(),
        ) {
            if !consume_right {
                return Ok(Checked::Right(challenge.number));
            }
            // Right: consumed here, once, even if two submissions race.
            if store
                .compare_and_set(key, Some(&current), None, None)
                .await?
            {
                return Ok(Checked::Right(challenge.number));
            }
            continue;
        }
        challenge.tries += 1;
        let next =
            serde_json::to_vec(&challenge).map_err(|e| StoreError::Backend(e.to_string()))?;
        let ttl =
            Duration::from_secs(u64::try_from((challenge.expires_at - now).max(1)).unwrap_or(1));
        let written = if challenge.tries >= MAX_TRIES {
            store
                .compare_and_set(key, Some(&current), None, None)
                .await?
        } else {
            store
                .compare_and_set(key, Some(&current), Some(&next), Some(ttl))
                .await?
        };
        if written {
            return Ok(Checked::Wrong {
                tries_left: MAX_TRIES - challenge.tries,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_normalised_to_e164() {
        assert_eq!(
            normalize("+32 123 45 67 89").as_deref(),
            Some("+32123456789")
        );
        assert_eq!(
            normalize("0049 30 1234567").as_deref(),
            Some("+49301234567")
        );
        for bad in [
            "",
            "123456789",
            "+32",
            "+32 abc",
            "+0123456789",
            "+1234567890123456",
        ] {
            assert_eq!(normalize(bad), None, "{bad}");
        }
    }

    #[test]
    fn codes_are_three_groups_of_three_and_compare_loosely() {
        let code = new_code();
        assert_eq!(code.len(), 11);
        assert_eq!(code.matches('-').count(), 2);
        assert!(
            code.chars()
                .filter(|c| *c != '-')
                .all(|c| ALPHABET.contains(&(c as u8)))
        );
        assert_eq!(
            canonical(&code.to_lowercase().replace('-', " ")),
            canonical(&code)
        );
        assert_ne!(new_code(), new_code());
    }
}
