//! The mobile app ("Manage my mobile devices"). A device enrols from a one-time link (shown
//! as a QR code): it sends a P-256 public key with a signature proving it holds the private
//! key, and receives a secret for offline codes. The device API authenticates every call
//! by a signature over the call, checked against the enrolled key.
//!
//! Signatures are ECDSA P-256 / SHA-256 in the fixed (r || s) form, public keys SEC1
//! uncompressed, both base64url. What is signed is spelled out by each `*_message` fn.

use ring::signature::{ECDSA_P256_SHA256_FIXED, UnparsedPublicKey};
use serde::{Deserialize, Serialize};

use crate::accounts::{self, Account};
use crate::error::Error;
use crate::links::{self, Purpose};
use crate::mfa::qr_svg;
use crate::provider::Provider;
use crate::secrets::{from_b64, random_token};
use crate::sessions::Session;

const ENROLMENT_LIFETIME: std::time::Duration = std::time::Duration::from_secs(10 * 60);
pub const MAX_DEVICES: usize = 5;

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

/// What a device proves at enrolment: possession of the key, for this enrolment.
pub fn enrolment_message(token: &str) -> String {
    format!("enrol:{token}")
}

/// True when `signature` over `message` verifies with `public_key`.
pub fn signature_valid(public_key: &str, message: &[u8], signature: &str) -> bool {
    match (from_b64(public_key), from_b64(signature)) {
        (Some(key), Some(signature)) if key.len() == 65 && key[0] == 4 && signature.len() == 64 => {
            UnparsedPublicKey::new(&ECDSA_P256_SHA256_FIXED, key)
                .verify(message, &signature)
                .is_ok()
        }
        _ => false,
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct EnrolRequest {
    pub token: String,
    pub name: String,
    pub public_key: String,
    /// Signature over `enrolment_message(token)`.
    pub proof: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Enrolled {
    pub device_id: String,
    /// base64url; kept by the device for "Mobile App QR Code".
    pub secret: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct PendingEnrolment {
    account_id: String,
}

pub struct DeviceEnrolment {
    pub link: String,
    pub qr_svg: String,
}

#[derive(Debug, PartialEq, Eq)]
pub enum PanicOutcome {
    Done { devices: usize, tokens: usize },
    WrongPassword,
    SecondFactorNeeded,
}

impl Provider {
    /// "Add a device": a one-time enrolment link (10 minutes), also as a QR code.
    pub async fn begin_device_enrolment(
        &self,
        account: &Account,
        session: &Session,
    ) -> Result<Option<DeviceEnrolment>, Error> {
        if !self.may_change_factors(account, session) {
            return Ok(None);
        }
        let pending = PendingEnrolment {
            account_id: account.id.clone(),
        };
        let token = links::issue(
            self.store.as_ref(),
            Purpose::DeviceEnrolment,
            &pending,
            self.now(),
            ENROLMENT_LIFETIME,
        )
        .await?;
        let link = self.url(&format!("/device/enrol?token={token}"));
        Ok(Some(DeviceEnrolment {
            qr_svg: qr_svg(&link)?,
            link,
        }))
    }

    /// The device's side of enrolment (device API). `Err` is a reason for the device.
    pub async fn enrol_device(
        &self,
        request: &EnrolRequest,
        ip: &str,
    ) -> Result<Result<Enrolled, String>, Error> {
        let name = request.name.trim();
        if name.is_empty() || name.chars().count() > 50 || name.chars().any(char::is_control) {
            return Ok(Err("the device name must have 1 to 50 characters".into()));
        }
        if !signature_valid(
            &request.public_key,
            enrolment_message(&request.token).as_bytes(),
            &request.proof,
        ) {
            return Ok(Err("the proof of the device key does not verify".into()));
        }
        let pending: Option<PendingEnrolment> = links::take(
            self.store.as_ref(),
            Purpose::DeviceEnrolment,
            &request.token,
            self.now(),
        )
        .await?;
        let Some(pending) = pending else {
            return Ok(Err(
                "the enrolment link is invalid, expired or already used".into(),
            ));
        };
        let Some(account) = accounts::get(self.store.as_ref(), &pending.account_id).await? else {
            return Ok(Err("the account no longer exists".into()));
        };
        if account.devices.len() >= MAX_DEVICES {
            return Ok(Err(format!(
                "an account can have at most {MAX_DEVICES} devices"
            )));
        }
        let secret = crate::secrets::random_bytes(32);
        let device = Device {
            id: random_token(12),
            name: name.to_owned(),
            public_key: request.public_key.clone(),
            sealed_secret: self.keys.seal(&secret)?,
            added_at: self.now(),
        };
        accounts::update(self.store.as_ref(), &account.id, |a| {
            a.devices.push(device.clone())
        })
        .await?;
        self.security_event(&account, &format!("mobile device \"{name}\" added"), ip)
            .await?;
        Ok(Ok(Enrolled {
            device_id: device.id,
            secret: crate::secrets::b64(&secret),
        }))
    }

    pub async fn delete_device(
        &self,
        account: &Account,
        session: &Session,
        id: &str,
        ip: &str,
    ) -> Result<bool, Error> {
        if !self.may_change_factors(account, session) {
            return Ok(false);
        }
        let name = account
            .devices
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.name.clone());
        accounts::update(self.store.as_ref(), &account.id, |a| {
            a.devices.retain(|d| d.id != id)
        })
        .await?;
        if let Some(name) = name {
            self.security_event(account, &format!("mobile device \"{name}\" deleted"), ip)
                .await?;
        }
        Ok(true)
    }

    /// "Delete all my devices (PANIC)": for a lost or stolen phone. Every device and token
    /// goes at once and every session ends (this one too), and the owner is mailed. It needs
    /// the password; and, when the account keeps another factor (a confirmed phone), a
    /// recent second factor, so a stolen password cannot strip the account.
    pub async fn panic_delete_devices(
        &self,
        account: &Account,
        session: &Session,
        password: &str,
        ip: &str,
    ) -> Result<PanicOutcome, Error> {
        if self
            .hasher
            .verify(account.password_hash.as_deref(), password)
            .await?
            == crate::accounts::password::Verified::No
        {
            return Ok(PanicOutcome::WrongPassword);
        }
        let keeps_a_factor = account.verified_phones().next().is_some();
        if keeps_a_factor && !self.may_change_factors(account, session) {
            return Ok(PanicOutcome::SecondFactorNeeded);
        }
        let (devices, tokens) = (account.devices.len(), account.tokens.len());
        accounts::update(self.store.as_ref(), &account.id, |a| {
            a.devices.clear();
            a.tokens.clear();
        })
        .await?;
        self.end_sessions(&account.id, None).await?;
        let what = format!(
            "PANIC: all mobile devices ({devices}) and tokens ({tokens}) deleted, every session ended"
        );
        self.security_event(account, &what, ip).await?;
        Ok(PanicOutcome::Done { devices, tokens })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use ring::rand::SystemRandom;
    use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair};

    #[test]
    fn only_the_key_holder_signs_for_a_key() {
        let rng = SystemRandom::new();
        let make = || {
            let pkcs8 =
                EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).unwrap();
            EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng)
                .unwrap()
        };
        let (mine, other) = (make(), make());
        let public = crate::secrets::b64(mine.public_key().as_ref());
        let sign = |pair: &EcdsaKeyPair, m: &str| {
            crate::secrets::b64(pair.sign(&rng, m.as_bytes()).unwrap().as_ref())
        };
        assert!(signature_valid(
            &public,
            b"enrol:t",
            &sign(&mine, "enrol:t")
        ));
        assert!(
            !signature_valid(&public, b"enrol:t", &sign(&other, "enrol:t")),
            "another key"
        );
        assert!(
            !signature_valid(&public, b"enrol:u", &sign(&mine, "enrol:t")),
            "another message"
        );
        assert!(!signature_valid(
            "garbage",
            b"enrol:t",
            &sign(&mine, "enrol:t")
        ));
    }
}
