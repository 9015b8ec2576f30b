//! A software security key for the tests: an ES256 WebAuthn authenticator ("none"
//! attestation) built from the specification with ring, whose every part can be made
//! wrong on purpose (origin, rp id, counter, user verification). It answers the options
//! the provider sends, as `PublicKeyCredential.toJSON()` would.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::SystemRandom;
use ring::signature::{ECDSA_P256_SHA256_ASN1_SIGNING, EcdsaKeyPair, KeyPair};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn unb64(text: &str) -> Vec<u8> {
    URL_SAFE_NO_PAD.decode(text).unwrap()
}

// ---- the little CBOR that WebAuthn needs (RFC 8949, definite lengths) ----

fn head(major: u8, value: u64) -> Vec<u8> {
    let m = major << 5;
    match value {
        0..=23 => vec![m | value as u8],
        24..=0xff => vec![m | 24, value as u8],
        0x100..=0xffff => [&[m | 25][..], &(value as u16).to_be_bytes()].concat(),
        _ => [&[m | 26][..], &(value as u32).to_be_bytes()].concat(),
    }
}

fn int(v: i64) -> Vec<u8> {
    if v >= 0 {
        head(0, v as u64)
    } else {
        head(1, (-1 - v) as u64)
    }
}

fn bytes(b: &[u8]) -> Vec<u8> {
    [head(2, b.len() as u64), b.to_vec()].concat()
}

fn text(t: &str) -> Vec<u8> {
    [head(3, t.len() as u64), t.as_bytes().to_vec()].concat()
}

fn map(entries: &[(Vec<u8>, Vec<u8>)]) -> Vec<u8> {
    let mut out = head(5, entries.len() as u64);
    for (k, v) in entries {
        out.extend_from_slice(k);
        out.extend_from_slice(v);
    }
    out
}

/// SubjectPublicKeyInfo of a P-256 point (what `response.publicKey` carries).
fn spki(point: &[u8]) -> Vec<u8> {
    let prefix = [
        0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08,
        0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00,
    ];
    [&prefix[..], point].concat()
}

pub struct SoftKey {
    pair: EcdsaKeyPair,
    pub credential_id: Vec<u8>,
    pub counter: u32,
    /// The origin the "browser" reports (the provider's, unless testing phishing).
    pub origin: String,
    /// The rp id the key signs for; `None`: the one the options name.
    pub rp_id: Option<String>,
    /// Whether the key checks a PIN or fingerprint (flag UV).
    pub user_verification: bool,
    /// The user handle the key stored at registration (for passkey answers).
    pub user_handle: Option<Vec<u8>>,
}

impl SoftKey {
    pub fn new(origin: &str) -> SoftKey {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, &rng).unwrap();
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, pkcs8.as_ref(), &rng)
            .unwrap();
        let mut credential_id = vec![0u8; 32];
        ring::rand::SecureRandom::fill(&rng, &mut credential_id).unwrap();
        SoftKey {
            pair,
            credential_id,
            counter: 0,
            origin: origin.to_owned(),
            rp_id: None,
            user_verification: true,
            user_handle: None,
        }
    }

    fn rp_id_hash(&self, options: &Value, path: &str) -> Vec<u8> {
        let named = options
            .pointer(path)
            .and_then(Value::as_str)
            .map(str::to_owned);
        let rp_id = self.rp_id.clone().or(named).unwrap_or_else(|| {
            url::Url::parse(&self.origin)
                .unwrap()
                .host_str()
                .unwrap()
                .to_owned()
        });
        Sha256::digest(rp_id.as_bytes()).to_vec()
    }

    fn flags(&self, attested: bool) -> u8 {
        let mut flags = 0x01; // UP
        if self.user_verification {
            flags |= 0x04;
        }
        if attested {
            flags |= 0x40;
        }
        flags
    }

    fn client_data(&self, kind: &str, options: &Value) -> Vec<u8> {
        serde_json::to_vec(&json!({
            "type": kind,
            "challenge": options["challenge"],
            "origin": self.origin,
            "crossOrigin": false,
        }))
        .unwrap()
    }

    /// `navigator.credentials.create` for `options` (the provider's JSON).
    pub fn create(&mut self, options: &Value) -> String {
        self.user_handle = options["user"]["id"].as_str().map(unb64);
        let point = self.pair.public_key().as_ref().to_vec();
        let cose = map(&[
            (int(1), int(2)),
            (int(3), int(-7)),
            (int(-1), int(1)),
            (int(-2), bytes(&point[1..33])),
            (int(-3), bytes(&point[33..65])),
        ]);
        self.counter += 1;
        let auth_data = [
            self.rp_id_hash(options, "/rp/id"),
            vec![self.flags(true)],
            self.counter.to_be_bytes().to_vec(),
            vec![0u8; 16],
            (self.credential_id.len() as u16).to_be_bytes().to_vec(),
            self.credential_id.clone(),
            cose,
        ]
        .concat();
        let attestation = map(&[
            (text("fmt"), text("none")),
            (text("attStmt"), map(&[])),
            (text("authData"), bytes(&auth_data)),
        ]);
        let client_data = self.client_data("webauthn.create", options);
        serde_json::to_string(&json!({
            "id": b64(&self.credential_id),
            "rawId": b64(&self.credential_id),
            "type": "public-key",
            "authenticatorAttachment": "cross-platform",
            "clientExtensionResults": {},
            "response": {
                "clientDataJSON": b64(&client_data),
                "attestationObject": b64(&attestation),
                "authenticatorData": b64(&auth_data),
                "publicKey": b64(&spki(&point)),
                "publicKeyAlgorithm": -7,
                "transports": ["usb"],
            },
        }))
        .unwrap()
    }

    /// `navigator.credentials.get` for `options`; the counter moves on by one.
    pub fn get(&mut self, options: &Value) -> String {
        self.counter += 1;
        self.assert_with_counter(options, self.counter)
    }

    /// An assertion with the counter given (a cloned key's is behind).
    pub fn assert_with_counter(&self, options: &Value, counter: u32) -> String {
        let auth_data = [
            self.rp_id_hash(options, "/rpId"),
            vec![self.flags(false)],
            counter.to_be_bytes().to_vec(),
        ]
        .concat();
        let client_data = self.client_data("webauthn.get", options);
        let signed = [auth_data.clone(), Sha256::digest(&client_data).to_vec()].concat();
        let signature = self.pair.sign(&SystemRandom::new(), &signed).unwrap();
        let mut response = json!({
            "clientDataJSON": b64(&client_data),
            "authenticatorData": b64(&auth_data),
            "signature": b64(signature.as_ref()),
        });
        response["userHandle"] = match &self.user_handle {
            Some(handle) => json!(b64(handle)),
            None => Value::Null,
        };
        serde_json::to_string(&json!({
            "id": b64(&self.credential_id),
            "rawId": b64(&self.credential_id),
            "type": "public-key",
            "authenticatorAttachment": "cross-platform",
            "clientExtensionResults": {},
            "response": response,
        }))
        .unwrap()
    }
}
