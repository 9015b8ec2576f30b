//! The mobile app ("Manage my mobile devices"). A device enrols from a one-time link (shown
//! as a QR code): it sends a P-256 public key with a signature proving it holds the private
//! key, and receives a secret for offline codes. The device API authenticates every call
//! by a signature over the call, checked against the enrolled key.
//!
//! Signatures are ECDSA P-256 / SHA-256 in the fixed (r || s) form, public keys SEC1
//! uncompressed, both base64url. What is signed is spelled out by each `*_message` fn.

use ring::signature::{ECDSA_P256_SHA256_FIXED, UnparsedPublicKey};
use serde::{Deserialize, Serialize};

use crate::accounts::credentials::Factor;
use crate::accounts::{self, Account};
use crate::audit::{Line, Placeholder};
use crate::error::Error;
use crate::factors::{FactorOutcome, qr_svg};
use crate::links::{self, Purpose};
use crate::provider::Provider;
use crate::secrets::from_b64;
use crate::sessions::Session;

pub mod api;

pub use crate::accounts::credentials::Device;
pub use api::*;

const ENROLMENT_LIFETIME: std::time::Duration = std::time::Duration::from_secs(10 * 60);
pub(crate) use super::REQUEST_SECONDS;
pub const MAX_DEVICES: usize = 5;

/// What a device proves at enrolment: possession of the key, for this enrolment.
pub fn enrolment_message(token: &str) -> String {
    format!("enrol:{token}")
}

/// The order n of the P-256 group, big-endian.
const P256_ORDER: [u8; 32] = [
    0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xbc, 0xe6, 0xfa, 0xad, 0xa7, 0x17, 0x9e, 0x84, 0xf3, 0xb9, 0xca, 0xc2, 0xfc, 0x63, 0x25, 0x51,
];
/// n / 2 (rounded down), big-endian.
const P256_HALF_ORDER: [u8; 32] = [
    0x7f, 0xff, 0xff, 0xff, 0x80, 0x00, 0x00, 0x00, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xde, 0x73, 0x7d, 0x56, 0xd3, 0x8b, 0xcf, 0x42, 0x79, 0xdc, 0xe5, 0x61, 0x7e, 0x31, 0x92, 0xa8,
];

/// Whether the `s` half of a fixed `r || s` signature is at most n/2.
fn is_low_s(signature: &[u8]) -> bool {
    signature
        .get(32..64)
        .is_some_and(|s| s <= P256_HALF_ORDER.as_slice())
}

/// Rewrites a fixed `r || s` P-256 signature with `s > n/2` as `r || n − s`, the one form
/// `signature_valid` accepts (ring's signer gives either). Devices call this before sending.
pub fn to_low_s(signature: &mut [u8]) {
    if signature.len() != 64 || is_low_s(signature) {
        return;
    }
    let mut borrow = 0u16;
    for i in (0..32).rev() {
        let (n, s) = (
            u16::from(P256_ORDER[i]),
            u16::from(signature[32 + i]) + borrow,
        );
        let (digit, next) = if n >= s { (n - s, 0) } else { (n + 256 - s, 1) };
        signature[32 + i] = u8::try_from(digit).unwrap_or(0);
        borrow = next;
    }
}

/// True when `signature` over `message` verifies with `public_key` and is in low-S form.
/// ECDSA is malleable: whenever `(r, s)` verifies, so does `(r, n − s)`. Accepting only
/// `s <= n/2` leaves one valid encoding per signature, so a captured call cannot be sent
/// again with its `s` flipped past the replay record, which is keyed on the signature bytes.
pub fn signature_valid(public_key: &str, message: &[u8], signature: &str) -> bool {
    match (from_b64(public_key), from_b64(signature)) {
        (Some(key), Some(signature))
            if key.len() == 65 && key[0] == 4 && signature.len() == 64 && is_low_s(&signature) =>
        {
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
    #[serde(default)]
    epoch: u32,
    /// The session that asked for the link: the link works only while it is signed in.
    #[serde(default)]
    sid: String,
    /// That session proved no second factor but a recovery code: the device puts the
    /// account on hold (`Provider::adds_under_code`).
    #[serde(default)]
    by_code: bool,
}

pub struct DeviceEnrolment {
    pub link: String,
    pub qr_svg: String,
}

#[derive(Debug, PartialEq, Eq)]
pub enum PanicOutcome {
    /// `held_until`: set when the password alone did it (see `recovery`).
    Done {
        devices: usize,
        tokens: usize,
        held_until: Option<i64>,
    },
    WrongPassword,
    SecondFactorNeeded,
    /// Refused while the account is on hold and keeps another factor: why.
    Held(String),
}

impl Provider {
    /// "Add a device": a one-time enrolment link (10 minutes), also as a QR code.
    pub async fn begin_device_enrolment(
        &self,
        account: &Account,
        session: &Session,
    ) -> Result<Option<DeviceEnrolment>, Error> {
        if !self.may_add_factor(account, session) {
            return Ok(None);
        }
        let pending = PendingEnrolment {
            account_id: account.id.clone(),
            epoch: account.link_epoch,
            sid: session.sid.clone(),
            by_code: self.adds_under_code(account, session),
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
        let unprintable = name.chars().any(crate::accounts::unprintable);
        if name.is_empty() || name.chars().count() > 50 || unprintable {
            return Ok(Err("the device name must have 1 to 50 characters".into()));
        }
        if !signature_valid(
            &request.public_key,
            enrolment_message(&request.token).as_bytes(),
            &request.proof,
        ) {
            return Ok(Err("the proof of the device key does not verify".into()));
        }
        // The device is written first, under an id derived from the link, and the link
        // consumed after: a retry after a lost answer (same link, same key) gets the same
        // answer back instead of "already used".
        let invalid = || {
            Ok(Err(
                "the enrolment link is invalid, expired or already used".into(),
            ))
        };
        let id = device_id_for_link(&request.token);
        // Done already (the link may be consumed by now): the same answer, same key only.
        if let Some(account_id) = self.store.get(&device_key(&id)).await?
            && let Some(account) =
                accounts::get(self.store.as_ref(), &String::from_utf8_lossy(&account_id)).await?
            && let Some(made) = account.devices.iter().find(|d| d.id == id)
        {
            return self.enrolled_again(&account, made, request).await;
        }
        let pending: Option<PendingEnrolment> = links::peek(
            self.store.as_ref(),
            Purpose::DeviceEnrolment,
            &request.token,
            self.now(),
        )
        .await?;
        let Some(pending) = pending else {
            return invalid();
        };
        let Some(account) = accounts::get(self.store.as_ref(), &pending.account_id).await? else {
            return Ok(Err("the account no longer exists".into()));
        };
        if let Some(made) = account.devices.iter().find(|d| d.id == id) {
            return self.enrolled_again(&account, made, request).await;
        }
        // PANIC, a reset or an e-mail change since the link was made kills it; and the
        // account may have been put on hold since.
        if account.link_epoch != pending.epoch || self.factor_hold(&account).is_some() {
            return invalid();
        }
        // The session that asked for it must still be signed in: one ended since (a new
        // set of recovery codes, a factor removed, "end all") takes its links along, even
        // one made in the moment between the account's write and the sessions' end. (A
        // retry of an enrolment done already is answered above, whatever became of it.)
        if pending.sid.is_empty()
            || !crate::sessions::is_live(self.store.as_ref(), self.now(), &pending.sid).await?
        {
            return invalid();
        }
        if account.devices.len() >= MAX_DEVICES {
            return Ok(Err(format!(
                "an account can have at most {MAX_DEVICES} devices"
            )));
        }
        let secret = crate::secrets::random_bytes(32);
        let device = Device {
            id: id.clone(),
            name: name.to_owned(),
            public_key: request.public_key.clone(),
            sealed_secret: self.keys.seal(&secret)?,
            added_at: self.now(),
        };
        let added = Factor::Device(id.clone());
        let secure_link = match pending.by_code {
            true => Some(
                self.secure_account_link_taking(&account.id, Some(added))
                    .await?,
            ),
            false => None,
        };
        let hold_until = self.factor_hold_end();
        let epoch = pending.epoch;
        let Some(updated) = accounts::update(self.store.as_ref(), &account.id, |a| {
            let fresh = a.link_epoch == epoch && self.factor_hold(a).is_none();
            if fresh && !a.devices.iter().any(|d| d.id == device.id) {
                a.devices.push(device.clone());
                if secure_link.is_some() {
                    a.factor_hold_until = Some(hold_until);
                    a.factor_hold_by_code = true;
                }
            }
        })
        .await?
        else {
            return Ok(Err("the account no longer exists".into()));
        };
        match updated.devices.iter().find(|d| d.id == id) {
            // Ours, or a concurrent try's with the same key.
            Some(made) if made.sealed_secret != device.sealed_secret => {
                return self.enrolled_again(&updated, made, request).await;
            }
            Some(_) => {}
            None => return invalid(),
        }
        // Told before the rest: a retry after a fault from here on is answered by
        // `enrolled_again`, which tells nobody.
        let what = Line::new("history-device-added").with(Placeholder::Name, name);
        let under_code = secure_link.as_deref().map(|link| (hold_until, link));
        self.factor_added(&account, what, under_code, ip).await?;
        self.store
            .put(&device_key(&device.id), account.id.as_bytes(), None)
            .await?;
        self.consume_enrolment_link(&request.token).await;
        Ok(Ok(Enrolled {
            device_id: device.id,
            secret: crate::secrets::b64(&secret),
        }))
    }

    /// The answer to a retry of an enrolment that was done: the same device and secret,
    /// for the same key only.
    async fn enrolled_again(
        &self,
        account: &Account,
        made: &Device,
        request: &EnrolRequest,
    ) -> Result<Result<Enrolled, String>, Error> {
        // The same device (key, and a fresh proof checked before), shortly after: a
        // copied request replayed later gets nothing. (A hold set before the device was
        // added would have stopped it; one set after it, by a PANIC or by a removal, took
        // the device away. One that its own addition set, under a recovery code, does not
        // burn its secret.)
        let recent = self.now() - made.added_at
            <= i64::try_from(ENROLMENT_LIFETIME.as_secs()).unwrap_or(600);
        if made.public_key != request.public_key || !recent {
            return Ok(Err(
                "the enrolment link is invalid, expired or already used".into(),
            ));
        }
        self.store
            .put(&device_key(&made.id), account.id.as_bytes(), None)
            .await?;
        self.consume_enrolment_link(&request.token).await;
        let secret = self.keys.open_sealed(&made.sealed_secret)?;
        Ok(Ok(Enrolled {
            device_id: made.id.clone(),
            secret: crate::secrets::b64(&secret),
        }))
    }

    async fn consume_enrolment_link(&self, token: &str) {
        let taken = links::take::<serde_json::Value>(
            self.store.as_ref(),
            Purpose::DeviceEnrolment,
            token,
            self.now(),
        )
        .await;
        if let Err(e) = taken {
            tracing::warn!(error = %e, "a used enrolment link could not be consumed; it expires by itself");
        }
    }

    pub async fn delete_device(
        &self,
        account: &Account,
        (session, session_token): (&Session, &str),
        id: &str,
        ip: &str,
    ) -> Result<FactorOutcome, Error> {
        if let Some(refused) = self.refuse_weakening(account, session) {
            return Ok(refused);
        }
        let name = account
            .devices
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.name.clone());
        let removal = self.remove_in_write(&account.id, session, |a| {
            let before = a.devices.len();
            a.devices.retain(|d| d.id != id);
            a.devices.len() < before
        });
        if let Some(refused) = removal.await? {
            return Ok(refused);
        }
        // Only a device of this account (the id comes from the form), even when a first
        // attempt took it from the account and failed before this.
        let owner = account.id.as_bytes();
        self.store
            .compare_and_set(&device_key(id), Some(owner), None, None)
            .await?;
        if let Some(name) = name {
            let what = Line::new("history-device-deleted").with(Placeholder::Name, name);
            self.security_event(account, what, ip).await?;
        }
        // Also for a device already gone: maybe a retry whose first attempt removed it.
        self.after_factor_removed(account, session_token).await?;
        Ok(FactorOutcome::Deleted {
            others_signed_out: true,
        })
    }

    /// "Delete all my devices (PANIC)": for a lost or stolen phone. Every device and token
    /// goes at once and every session ends (this one too), and the owner is mailed. It needs
    /// the password; and, when the account keeps another factor (a confirmed phone), a
    /// recent second factor other than a recovery code, so a stolen password (with a
    /// stolen code) cannot strip the account. While the account is on hold it is done as
    /// with the password alone: the hold moves on, and the owner gets the link again.
    pub async fn panic_delete_devices(
        &self,
        account: &Account,
        session: &Session,
        password: &str,
        ip: &str,
    ) -> Result<PanicOutcome, Error> {
        if !self.current_password_matches(account, password, ip).await? {
            return Ok(PanicOutcome::WrongPassword);
        }
        let keeps_a_factor =
            account.verified_phones().next().is_some() || !account.security_keys.is_empty();
        let proved = crate::recovery::recent_real_factor(session, self.now())
            && self.factor_hold(account).is_none();
        if keeps_a_factor && !proved {
            return Ok(match self.hold_reason(account) {
                Some(reason) => PanicOutcome::Held(reason),
                None => PanicOutcome::SecondFactorNeeded,
            });
        }
        let (devices, tokens) = (account.devices.len(), account.tokens.len());
        // With the password alone, the owner gets the hold and the link to stop a thief.
        // The hold is set in the same write that removes the factors: there is no moment
        // without factors and without hold in which the password alone could add one.
        let hold = !proved && devices + tokens > 0;
        let secure_link = match hold {
            true => Some(self.secure_account_link(&account.id).await?),
            false => None,
        };
        let held_until = hold.then(|| self.factor_hold_end());
        accounts::update(self.store.as_ref(), &account.id, |a| {
            a.devices.clear();
            a.tokens.clear();
            // Enrolment links issued before die with the devices.
            a.link_epoch = a.link_epoch.wrapping_add(1);
            if held_until.is_some() {
                a.factor_hold_until = held_until;
                a.factor_hold_by_code = false;
            }
        })
        .await?;
        for device in &account.devices {
            self.store.delete(&device_key(&device.id)).await?;
        }
        self.forget_factor_attempts(&account.id).await?;
        self.end_sessions(&account.id, None).await?;
        let what = Line::new("history-panic")
            .with(Placeholder::Devices, devices)
            .with(Placeholder::Tokens, tokens);
        match (held_until, secure_link) {
            (Some(until), Some(link)) => {
                crate::audit::record(self.store.as_ref(), &account.id, self.now(), what, ip)
                    .await?;
                self.mail_factor_hold(account, ip, until, &link);
            }
            _ => self.security_event(account, what, ip).await?,
        }
        Ok(PanicOutcome::Done {
            devices,
            tokens,
            held_until,
        })
    }
}

/// The id of the device an enrolment link enrols (derived from its secret token).
pub(crate) fn device_id_for_link(token: &str) -> String {
    let digest = crate::secrets::sha256(format!("device-from-link|{token}").as_bytes());
    crate::secrets::b64(&digest[..12])
}

pub(crate) fn device_key(device_id: &str) -> String {
    format!("device:{device_id}")
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
            let mut signature = pair.sign(&rng, m.as_bytes()).unwrap().as_ref().to_vec();
            to_low_s(&mut signature);
            crate::secrets::b64(&signature)
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

    /// `r || n − s`, by a subtraction written independently of `to_low_s`.
    fn flipped(signature: &[u8]) -> Vec<u8> {
        let mut out = signature.to_vec();
        let mut carry = 0i32;
        for i in (0..32).rev() {
            let mut digit = i32::from(P256_ORDER[i]) - i32::from(signature[32 + i]) - carry;
            carry = i32::from(digit < 0);
            if digit < 0 {
                digit += 256;
            }
            out[32 + i] = u8::try_from(digit).unwrap();
        }
        assert_eq!(carry, 0, "s < n");
        out
    }

    #[test]
    fn only_the_low_s_form_of_a_signature_is_accepted() {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).unwrap();
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng)
            .unwrap();
        let public = crate::secrets::b64(pair.public_key().as_ref());
        let (mut saw_high, mut saw_low) = (false, false);
        for i in 0..64 {
            let message = format!("GET /device/requests {i}");
            let raw = pair
                .sign(&rng, message.as_bytes())
                .unwrap()
                .as_ref()
                .to_vec();
            // Both forms are mathematically valid ECDSA signatures: ring accepts either.
            for form in [raw.clone(), flipped(&raw)] {
                assert!(
                    UnparsedPublicKey::new(&ECDSA_P256_SHA256_FIXED, pair.public_key().as_ref())
                        .verify(message.as_bytes(), &form)
                        .is_ok()
                );
            }
            let mut low = raw.clone();
            to_low_s(&mut low);
            let high = flipped(&low);
            if raw == low {
                saw_low = true;
            } else {
                saw_high = true;
                assert_eq!(raw, high, "to_low_s computes n - s");
            }
            assert!(low[32..] <= P256_HALF_ORDER[..] && high[32..] > P256_HALF_ORDER[..]);
            assert!(signature_valid(
                &public,
                message.as_bytes(),
                &crate::secrets::b64(&low)
            ));
            assert!(
                !signature_valid(&public, message.as_bytes(), &crate::secrets::b64(&high)),
                "the malleated (r, n - s) twin is refused"
            );
        }
        // ring's signer gives high-S about half of the time: devices must normalise.
        assert!(saw_high && saw_low);
    }
}
