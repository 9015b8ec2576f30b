//! Compact JWS: signing with our keys and verifying tokens we issued. Only the algorithms
//! we sign with are accepted, and the header's `alg` must be the key's (no `none`, no
//! algorithm confusion).

use ring::signature::{self, RsaPublicKeyComponents, UnparsedPublicKey};
use serde_json::{Value, json};

use crate::keys::{Alg, KeyError, KeyRing, SigningKey};
use crate::secrets::{b64, from_b64};

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum JwtError {
    #[error("malformed token")]
    Malformed,
    #[error("unknown or unpublished key")]
    UnknownKey,
    #[error("bad signature")]
    BadSignature,
    #[error("wrong token type")]
    WrongType,
    #[error("expired")]
    Expired,
    #[error("key store: {0}")]
    Keys(String),
    /// The keys could not be read now (the store is unreachable): no verdict on the token.
    #[error("keys unavailable: {0}")]
    Unavailable(String),
}

impl From<JwtError> for crate::error::Error {
    fn from(e: JwtError) -> Self {
        match e {
            JwtError::Unavailable(m) => {
                crate::error::Error::Store(crate::store::StoreError::Unavailable(m))
            }
            other => crate::error::Error::Internal(other.to_string()),
        }
    }
}

pub fn sign(
    key: &SigningKey,
    alg: Alg,
    kid: &str,
    typ: &str,
    claims: &Value,
) -> Result<String, KeyError> {
    let header = json!({"alg": alg.name(), "kid": kid, "typ": typ});
    let encode = |v: &Value| {
        serde_json::to_vec(v)
            .map(|b| b64(&b))
            .map_err(|e| KeyError::Key(e.to_string()))
    };
    let input = format!("{}.{}", encode(&header)?, encode(claims)?);
    let signature = key.sign(input.as_bytes())?;
    Ok(format!("{input}.{}", b64(&signature)))
}

fn jwk_bytes(jwk: &Value, field: &str) -> Option<Vec<u8>> {
    jwk.get(field).and_then(Value::as_str).and_then(from_b64)
}

fn check_signature(alg: Alg, jwk: &Value, message: &[u8], signature: &[u8]) -> bool {
    match alg {
        Alg::RS256 => match (jwk_bytes(jwk, "n"), jwk_bytes(jwk, "e")) {
            (Some(n), Some(e)) => RsaPublicKeyComponents { n, e }
                .verify(&signature::RSA_PKCS1_2048_8192_SHA256, message, signature)
                .is_ok(),
            _ => false,
        },
        Alg::ES256 => match (jwk_bytes(jwk, "x"), jwk_bytes(jwk, "y")) {
            (Some(x), Some(y)) => {
                let point = [&[4u8][..], &x, &y].concat();
                UnparsedPublicKey::new(&signature::ECDSA_P256_SHA256_FIXED, point)
                    .verify(message, signature)
                    .is_ok()
            }
            _ => false,
        },
        Alg::EdDSA => jwk_bytes(jwk, "x").is_some_and(|x| {
            UnparsedPublicKey::new(&signature::ED25519, x)
                .verify(message, signature)
                .is_ok()
        }),
    }
}

/// The header and claims of a token we signed, checking signature, `typ` and (unless
/// `allow_expired`) `exp` against `now`.
pub async fn verify(
    keys: &KeyRing,
    token: &str,
    typ: &str,
    now: i64,
    allow_expired: bool,
) -> Result<Value, JwtError> {
    let mut parts = token.split('.');
    let (Some(header), Some(payload), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(JwtError::Malformed);
    };
    let decode = |s: &str| from_b64(s).and_then(|b| serde_json::from_slice::<Value>(&b).ok());
    let header_json = decode(header).ok_or(JwtError::Malformed)?;
    let claims = decode(payload).ok_or(JwtError::Malformed)?;
    let signature = from_b64(signature).ok_or(JwtError::Malformed)?;
    let kid = header_json
        .get("kid")
        .and_then(Value::as_str)
        .ok_or(JwtError::UnknownKey)?;
    let (alg, jwk) = keys
        .public_key(kid, now)
        .await
        .map_err(|e| match e {
            KeyError::Store(crate::store::StoreError::Unavailable(m)) => JwtError::Unavailable(m),
            other => JwtError::Keys(other.to_string()),
        })?
        .ok_or(JwtError::UnknownKey)?;
    if header_json.get("alg").and_then(Value::as_str) != Some(alg.name()) {
        return Err(JwtError::BadSignature);
    }
    if !check_signature(
        alg,
        &jwk,
        format!("{header}.{payload}").as_bytes(),
        &signature,
    ) {
        return Err(JwtError::BadSignature);
    }
    if header_json.get("typ").and_then(Value::as_str) != Some(typ) {
        return Err(JwtError::WrongType);
    }
    let exp = claims
        .get("exp")
        .and_then(Value::as_i64)
        .ok_or(JwtError::Malformed)?;
    if !allow_expired && exp <= now {
        return Err(JwtError::Expired);
    }
    Ok(claims)
}
