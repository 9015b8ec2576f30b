//! A self-hosted anti-robot check: the registration page gets a signed challenge and the
//! browser finds a nonce such that SHA-256(challenge ":" nonce) starts with `bits` zero
//! bits. No third-party service sees our users. Each challenge is accepted once, for 30
//! minutes, from the client address it was issued to.
//!
//! What it is: a price in CPU time on every attempt, about a second of a browser's time at
//! the base level, so a script creating accounts pays for each one. What it is not: a wall.
//! An attacker with many addresses, many cores or native code (several times faster than a
//! page's JavaScript) pays less per account; and people without JavaScript cannot pass it.
//!
//! The work adapts to load per client address (IPv6: per /64): every `robot_check_step`
//! challenges issued to one address within the hour add one bit (twice the work), at most
//! `robot_check_max_extra_bits` bits, so a hospital behind one NAT is slowed, never locked
//! out. The bits and the address are inside the signed challenge: a client can neither pick
//! an easier one nor bring one issued to another address.
//!
//! The functions are plain (store, config, address, bits) so other forms can demand work
//! too: `difficulty_for` (or bits of their own) → `issue` → `verify`.

use std::net::IpAddr;
use std::time::Duration;

use crate::config::Config;
use crate::keys::{KeyError, KeyRing};
use crate::secrets::{
    b64, constant_time_eq, from_b64, hmac_sha256, random_bytes, random_token, sha256, token_hash,
};
use crate::store::{Store, StoreError, keys};

const LIFETIME_SECONDS: i64 = 30 * 60;
const HOUR: Duration = Duration::from_secs(3600);
/// Marks the stored signing key as sealed with the master key (AES-256-GCM).
const SEALED: &[u8] = b"sealed:";

/// Why an anti-robot check failed; shown to the person (in the language of the request
/// being handled, English outside one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RobotCheckFailed {
    #[error("{}", ern_i18n::tr!("register-robot-malformed"))]
    Malformed,
    #[error("{}", ern_i18n::tr!("register-robot-expired"))]
    Expired,
    #[error("{}", ern_i18n::tr!("register-robot-unsolved"))]
    Unsolved,
    #[error("{}", ern_i18n::tr!("register-robot-reused"))]
    Reused,
    #[error("{}", ern_i18n::tr!("register-robot-other-address"))]
    OtherAddress,
}

/// The key that signs challenges, shared by every replica through the store and kept there
/// sealed with the master key. The first replica to start creates it; a key an earlier
/// version stored in clear is sealed in place (the same key, so challenges already issued,
/// and replicas not yet restarted, still agree).
pub async fn signing_key(store: &dyn Store, master: &KeyRing) -> Result<Vec<u8>, KeyError> {
    let name = keys::app_secret();
    // Another replica may create or seal it between our read and our write: read again.
    for _ in 0..5 {
        match store.get(&name).await? {
            Some(stored) => match stored.strip_prefix(SEALED) {
                Some(sealed) => {
                    let sealed = std::str::from_utf8(sealed).map_err(|_| {
                        KeyError::Key("the stored anti-robot key is damaged".into())
                    })?;
                    return master.open_sealed(sealed);
                }
                None => {
                    let sealed = [SEALED, master.seal(&stored)?.as_bytes()].concat();
                    if store
                        .compare_and_set(&name, Some(&stored), Some(&sealed), None)
                        .await?
                    {
                        tracing::warn!(
                            "the anti-robot key was stored in clear; it is now sealed with the master key"
                        );
                        return Ok(stored);
                    }
                }
            },
            None => {
                let fresh = random_bytes(32);
                let sealed = [SEALED, master.seal(&fresh)?.as_bytes()].concat();
                if store.put_if_absent(&name, &sealed, None).await? {
                    return Ok(fresh);
                }
            }
        }
    }
    Err(KeyError::Key(
        "the anti-robot key kept changing in the store".into(),
    ))
}

/// How a client address is counted: IPv4 as it is, IPv6 by its /64 (what one subscriber
/// gets, and where privacy addresses rotate).
pub fn address_group(ip: &str) -> String {
    match ip.parse::<IpAddr>() {
        Ok(IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Ok(IpAddr::V6(v6)) => v6.to_canonical().to_string(),
        Ok(IpAddr::V4(v4)) => v4.to_string(),
        Err(_) => ip.to_owned(),
    }
}

fn counter_key(ip: &str) -> String {
    keys::counter("robot-challenges", &address_group(ip))
}

/// The bits demanded once `issued` challenges went to an address this hour: the base, one
/// more per `robot_check_step`, at most `robot_check_max_extra_bits` more.
pub fn bits_after(config: &Config, issued: u64) -> u8 {
    let extra = issued / config.robot_check_step.max(1);
    let extra = u8::try_from(extra)
        .unwrap_or(u8::MAX)
        .min(config.robot_check_max_extra_bits);
    config.robot_check_bits.saturating_add(extra)
}

/// The bits the next challenge for `ip` will demand (nothing is counted).
pub async fn difficulty_for(
    store: &dyn Store,
    config: &Config,
    ip: &str,
) -> Result<u8, StoreError> {
    let issued = store
        .get(&counter_key(ip))
        .await?
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Ok(bits_after(config, issued))
}

/// Counts a challenge for `ip` and issues it at the difficulty that address has earned.
pub async fn issue_for(
    store: &dyn Store,
    config: &Config,
    secret: &[u8],
    now: i64,
    ip: &str,
) -> Result<String, StoreError> {
    let issued = store.incr(&counter_key(ip), HOUR).await?;
    Ok(issue(
        secret,
        now,
        bits_after(config, issued.saturating_sub(1)),
        ip,
    ))
}

/// Ties a challenge to the client address (group) it was issued to, without showing it.
fn address_tag(secret: &[u8], ip: &str) -> String {
    let mac = hmac_sha256(
        secret,
        format!("robot-address|{}", address_group(ip)).as_bytes(),
    );
    b64(&mac[..8])
}

/// `<issued>.<bits>.<address tag>.<random>.<mac>`: the server keeps nothing until it is
/// answered.
pub fn issue(secret: &[u8], now: i64, bits: u8, ip: &str) -> String {
    let body = format!(
        "{now}.{bits}.{}.{}",
        address_tag(secret, ip),
        random_token(12)
    );
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

/// Accepts a solved challenge once: signed by us, for this client address, of at least
/// `min_bits` (what the server demands at the least now), not expired, not used before.
pub async fn verify(
    store: &dyn Store,
    secret: &[u8],
    now: i64,
    ip: &str,
    min_bits: u8,
    challenge: &str,
    nonce: &str,
) -> Result<Result<(), RobotCheckFailed>, StoreError> {
    let parts: Vec<&str> = challenge.split('.').collect();
    let [issued, bits, address, random, mac] = parts.as_slice() else {
        return Ok(Err(RobotCheckFailed::Malformed));
    };
    let body = format!("{issued}.{bits}.{address}.{random}");
    let expected = hmac_sha256(secret, format!("robot-check|{body}").as_bytes());
    let mac_ok = from_b64(mac).is_some_and(|m| constant_time_eq(&m, &expected));
    let (Ok(issued), Ok(bits)) = (issued.parse::<i64>(), bits.parse::<u8>()) else {
        return Ok(Err(RobotCheckFailed::Malformed));
    };
    if !mac_ok || bits < min_bits || nonce.len() > 32 {
        return Ok(Err(RobotCheckFailed::Malformed));
    }
    if !constant_time_eq(address.as_bytes(), address_tag(secret, ip).as_bytes()) {
        return Ok(Err(RobotCheckFailed::OtherAddress));
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
        let challenge = issue(b"k", 1000, 8, "192.0.2.1");
        let nonce = solve(&challenge);
        assert!(is_solution(&challenge, &nonce, 8));
        let wrong = (0u64..)
            .map(|n| n.to_string())
            .find(|n| !is_solution(&challenge, n, 8))
            .unwrap_or_default();
        assert!(!is_solution(&challenge, &wrong, 8));
        assert_eq!(leading_zero_bits(&[0, 0b0001_0000]), 11);
    }

    #[test]
    fn one_more_bit_per_step_up_to_the_cap() {
        let config = Config {
            robot_check_bits: 20,
            robot_check_step: 10,
            robot_check_max_extra_bits: 3,
            ..Config::default()
        };
        let bits: Vec<u8> = [0, 9, 10, 19, 20, 29, 30, 1_000, u64::MAX]
            .into_iter()
            .map(|issued| bits_after(&config, issued))
            .collect();
        assert_eq!(bits, [20, 20, 21, 21, 22, 22, 23, 23, 23]);
    }

    #[test]
    fn ipv6_addresses_count_by_their_slash_64() {
        assert_eq!(address_group("192.0.2.7"), "192.0.2.7");
        assert_eq!(
            address_group("2001:db8:1:2::1"),
            address_group("2001:db8:1:2:aaaa:bbbb:cccc:dddd")
        );
        assert_ne!(
            address_group("2001:db8:1:2::1"),
            address_group("2001:db8:1:3::1")
        );
        assert_eq!(address_group("::ffff:192.0.2.7"), "192.0.2.7");
    }
}
