//! A self-hosted anti-robot check: the registration page gets a signed challenge and the
//! browser finds a nonce such that SHA-256(challenge ":" nonce) starts with `bits` zero
//! bits. Cheap for one person, costly for a script creating thousands of accounts, and no
//! third-party service sees our users. Each challenge is accepted once, for 30 minutes.

use std::time::Duration;

use crate::secrets::{
    b64, constant_time_eq, from_b64, hmac_sha256, random_token, sha256, token_hash,
};
use crate::store::{Store, StoreError, keys};

const LIFETIME_SECONDS: i64 = 30 * 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RobotCheckFailed {
    #[error("The anti-robot check is missing or malformed.")]
    Malformed,
    #[error("The anti-robot check has expired; please try again.")]
    Expired,
    #[error("The anti-robot check was not solved.")]
    Unsolved,
    #[error("The anti-robot check was already used; please try again.")]
    Reused,
}

/// `<issued>.<bits>.<random>.<mac>`: the server keeps nothing until it is answered.
pub fn issue(secret: &[u8], now: i64, bits: u8) -> String {
    let body = format!("{now}.{bits}.{}", random_token(12));
    let mac = b64(&hmac_sha256(
        secret,
        format!("robot-check|{body}").as_bytes(),
    ));
    format!("{body}.{mac}")
}

fn leading_zero_bits(hash: &[u8]) -> u32 {
    let mut bits = 0;
    for byte in hash {
        if *byte == 0 {
            bits += 8;
        } else {
            return bits + byte.leading_zeros();
        }
    }
    bits
}

pub fn is_solution(challenge: &str, nonce: &str, bits: u8) -> bool {
    leading_zero_bits(&sha256(format!("{challenge}:{nonce}").as_bytes())) >= u32::from(bits)
}

/// Finds a nonce (what the page's script does); used by tests and the load tool.
pub fn solve(challenge: &str) -> String {
    let bits = challenge
        .split('.')
        .nth(1)
        .and_then(|b| b.parse().ok())
        .unwrap_or(0);
    (0u64..)
        .map(|n| n.to_string())
        .find(|n| is_solution(challenge, n, bits))
        .unwrap_or_default()
}

pub async fn verify(
    store: &dyn Store,
    secret: &[u8],
    now: i64,
    min_bits: u8,
    challenge: &str,
    nonce: &str,
) -> Result<Result<(), RobotCheckFailed>, StoreError> {
    let parts: Vec<&str> = challenge.split('.').collect();
    let [issued, bits, random, mac] = parts.as_slice() else {
        return Ok(Err(RobotCheckFailed::Malformed));
    };
    let body = format!("{issued}.{bits}.{random}");
    let expected = hmac_sha256(secret, format!("robot-check|{body}").as_bytes());
    let mac_ok = from_b64(mac).is_some_and(|m| constant_time_eq(&m, &expected));
    let (Ok(issued), Ok(bits)) = (issued.parse::<i64>(), bits.parse::<u8>()) else {
        return Ok(Err(RobotCheckFailed::Malformed));
    };
    if !mac_ok || bits < min_bits || nonce.len() > 32 {
        return Ok(Err(RobotCheckFailed::Malformed));
    }
    if now - issued > LIFETIME_SECONDS || issued > now + 60 {
        return Ok(Err(RobotCheckFailed::Expired));
    }
    // An empty answer is no answer, even where it happens to hash to enough zero bits.
    let well_formed = !nonce.is_empty() && nonce.chars().all(|c| c.is_ascii_digit());
    if !well_formed || !is_solution(challenge, nonce, bits) {
        return Ok(Err(RobotCheckFailed::Unsolved));
    }
    let first_use = store
        .put_if_absent(
            &keys::used_challenge(&token_hash(challenge)),
            b"1",
            Some(Duration::from_secs(LIFETIME_SECONDS.unsigned_abs() + 60)),
        )
        .await?;
    Ok(if first_use {
        Ok(())
    } else {
        Err(RobotCheckFailed::Reused)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn solutions_have_the_required_zero_bits_and_forged_ones_do_not() {
        let challenge = issue(b"k", 1000, 8);
        let nonce = solve(&challenge);
        assert!(is_solution(&challenge, &nonce, 8));
        let wrong = (0u64..)
            .map(|n| n.to_string())
            .find(|n| !is_solution(&challenge, n, 8))
            .unwrap_or_default();
        assert!(!is_solution(&challenge, &wrong, 8));
        assert_eq!(leading_zero_bits(&[0, 0b0001_0000]), 11);
    }
}
