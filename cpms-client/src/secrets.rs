//! Random tokens, hashing of session ids, constant-time comparison.

use base64::Engine;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// `bytes` random bytes, base64url without padding. Falls back to nothing: if the system
/// has no randomness the process cannot run safely, so callers get an error path instead.
pub fn random_token(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    if let Err(e) = getrandom::fill(&mut buf) {
        // getrandom fails only when the OS has no entropy source at all.
        tracing::error!(error = %e, "no system randomness");
        std::process::abort();
    }
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buf)
}

/// The key under which a session or pending login is kept: a leaked memory dump does not
/// give usable cookie values.
pub fn hash_id(id: &str) -> [u8; 32] {
    Sha256::digest(id.as_bytes()).into()
}

pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && bool::from(a.ct_eq(b))
}
