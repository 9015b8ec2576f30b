//! What an account holds of its second factors: the records each method keeps. The
//! methods themselves live in `factors`, one module each.

use serde::{Deserialize, Serialize};

/// One second factor of an account, named: a phone by its number, the others by their id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Factor {
    Phone(String),
    Device(String),
    Token(String),
    SecurityKey(String),
}

impl super::Account {
    /// Takes `factor` from the account's records (nothing when it is not there).
    pub fn remove_factor(&mut self, factor: &Factor) {
        match factor {
            Factor::Phone(number) => self.phones.retain(|p| &p.number != number),
            Factor::Device(id) => self.devices.retain(|d| &d.id != id),
            Factor::Token(id) => self.tokens.retain(|t| &t.id != id),
            Factor::SecurityKey(id) => self.security_keys.retain(|k| &k.id != id),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Phone {
    /// E.164, e.g. `+32123456789`.
    pub number: String,
    /// As its owner typed it (`+32 123 45 67 89`), to show it so; empty on records from
    /// before it was kept (see `factors::sms::shown`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub typed: String,
    pub verified: bool,
    pub added_at: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct OtpToken {
    pub id: String,
    /// The shared secret, sealed with the master key.
    pub sealed_secret: String,
    /// The last time step accepted: a step is never accepted twice.
    pub last_step: i64,
    pub added_at: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Device {
    pub id: String,
    pub name: String,
    /// SEC1 uncompressed P-256 point, base64url.
    pub public_key: String,
    /// The secret for offline codes (Mobile App QR Code), sealed with the master key.
    pub sealed_secret: String,
    pub added_at: i64,
}

/// A security key or passkey (WebAuthn), as the ceremony left it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct SecurityKey {
    /// The credential id, base64url.
    pub id: String,
    pub name: String,
    pub added_at: i64,
    #[serde(default)]
    pub last_used: Option<i64>,
    /// The public key and what never changes (webauthn_rp's binary form), base64url.
    pub static_state: String,
    /// Sign counter, backup and user-verification state, base64url; updated at each use.
    pub dynamic_state: String,
}
