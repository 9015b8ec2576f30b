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

fn jwk_str<'a>(jwk: &'a Value, field: &str) -> Option<&'a str> {
    jwk.get(field).and_then(Value::as_str)
}

/// The algorithms accepted on JWTs that clients sign: `private_key_jwt` assertions, DPoP
/// proofs, request objects. Never `none`, never a MAC (a shared secret is not a key).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientAlg {
    RS256,
    PS256,
    ES256,
    EdDSA,
}

impl ClientAlg {
    pub const ALL: [ClientAlg; 4] = [
        ClientAlg::RS256,
        ClientAlg::PS256,
        ClientAlg::ES256,
        ClientAlg::EdDSA,
    ];
    /// What the FAPI 2.0 Security Profile (5.4) allows: not RSASSA-PKCS1-v1_5.
    pub const FAPI: [ClientAlg; 3] = [ClientAlg::PS256, ClientAlg::ES256, ClientAlg::EdDSA];

    pub fn name(self) -> &'static str {
        match self {
            ClientAlg::RS256 => "RS256",
            ClientAlg::PS256 => "PS256",
            ClientAlg::ES256 => "ES256",
            ClientAlg::EdDSA => "EdDSA",
        }
    }

    pub fn parse(name: &str) -> Option<ClientAlg> {
        ClientAlg::ALL.into_iter().find(|a| a.name() == name)
    }

    pub fn names(algs: &[ClientAlg]) -> Vec<&'static str> {
        algs.iter().map(|a| a.name()).collect()
    }

    /// Whether `jwk` is a key of the type this algorithm uses, meant for signatures.
    pub fn fits(self, jwk: &Value) -> bool {
        let kind = match self {
            ClientAlg::RS256 | ClientAlg::PS256 => jwk_str(jwk, "kty") == Some("RSA"),
            ClientAlg::ES256 => {
                jwk_str(jwk, "kty") == Some("EC") && jwk_str(jwk, "crv") == Some("P-256")
            }
            ClientAlg::EdDSA => {
                jwk_str(jwk, "kty") == Some("OKP") && jwk_str(jwk, "crv") == Some("Ed25519")
            }
        };
        kind && jwk_str(jwk, "use").is_none_or(|u| u == "sig")
            && jwk_str(jwk, "alg").is_none_or(|a| a == self.name())
    }
}

impl From<Alg> for ClientAlg {
    fn from(alg: Alg) -> Self {
        match alg {
            Alg::RS256 => ClientAlg::RS256,
            Alg::ES256 => ClientAlg::ES256,
            Alg::EdDSA => ClientAlg::EdDSA,
        }
    }
}

fn check_signature(alg: ClientAlg, jwk: &Value, message: &[u8], signature: &[u8]) -> bool {
    let rsa = |params: &signature::RsaParameters| match (jwk_bytes(jwk, "n"), jwk_bytes(jwk, "e")) {
        (Some(n), Some(e)) => RsaPublicKeyComponents { n, e }
            .verify(params, message, signature)
            .is_ok(),
        _ => false,
    };
    match alg {
        ClientAlg::RS256 => rsa(&signature::RSA_PKCS1_2048_8192_SHA256),
        ClientAlg::PS256 => rsa(&signature::RSA_PSS_2048_8192_SHA256),
        ClientAlg::ES256 => match (jwk_bytes(jwk, "x"), jwk_bytes(jwk, "y")) {
            (Some(x), Some(y)) => {
                let point = [&[4u8][..], &x, &y].concat();
                UnparsedPublicKey::new(&signature::ECDSA_P256_SHA256_FIXED, point)
                    .verify(message, signature)
                    .is_ok()
            }
            _ => false,
        },
        ClientAlg::EdDSA => jwk_bytes(jwk, "x").is_some_and(|x| {
            UnparsedPublicKey::new(&signature::ED25519, x)
                .verify(message, signature)
                .is_ok()
        }),
    }
}

/// A key's members that only a private (or symmetric) key has.
const PRIVATE_MEMBERS: [&str; 7] = ["d", "p", "q", "dp", "dq", "qi", "k"];

/// Whether `jwk` has a member only a private (or symmetric) key has.
pub fn has_private_members(jwk: &Value) -> bool {
    PRIVATE_MEMBERS.iter().any(|m| jwk.get(m).is_some())
}

/// Whether `jwk` is a public key of a type we verify (RSA, EC P-256, OKP Ed25519), with
/// no private part.
pub fn is_public_key(jwk: &Value) -> bool {
    jwk.is_object() && !has_private_members(jwk) && ClientAlg::ALL.iter().any(|a| a.fits(jwk))
}

/// The JWK SHA-256 thumbprint (RFC 7638) of a public key, base64url.
pub fn thumbprint(jwk: &Value) -> Option<String> {
    let members: &[&str] = match jwk_str(jwk, "kty")? {
        "RSA" => &["e", "kty", "n"],
        "EC" => &["crv", "kty", "x", "y"],
        "OKP" => &["crv", "kty", "x"],
        _ => return None,
    };
    // Lexicographic order, no whitespace: serde_json's map keeps the order given here.
    let mut canonical = serde_json::Map::new();
    for member in members {
        canonical.insert((*member).to_owned(), json!(jwk_str(jwk, member)?));
    }
    let bytes = serde_json::to_vec(&Value::Object(canonical)).ok()?;
    Some(b64(&crate::secrets::sha256(&bytes)))
}

/// Longer tokens are refused unread.
const MAX_TOKEN_LENGTH: usize = 16 * 1024;

/// A compact JWS signed by someone else, parsed but not yet verified.
#[derive(Debug)]
pub struct Jws {
    pub header: Value,
    pub claims: Value,
    input: String,
    signature: Vec<u8>,
}

impl Jws {
    pub fn parse(token: &str) -> Result<Jws, JwtError> {
        if token.len() > MAX_TOKEN_LENGTH {
            return Err(JwtError::Malformed);
        }
        let mut parts = token.split('.');
        let (Some(header), Some(payload), Some(signature), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(JwtError::Malformed);
        };
        let decode = |s: &str| from_b64(s).and_then(|b| serde_json::from_slice::<Value>(&b).ok());
        let header_json = decode(header)
            .filter(Value::is_object)
            .ok_or(JwtError::Malformed)?;
        let claims = decode(payload)
            .filter(Value::is_object)
            .ok_or(JwtError::Malformed)?;
        // RFC 7515 4.1.11: a critical extension we do not know must be refused.
        if header_json.get("crit").is_some() {
            return Err(JwtError::Malformed);
        }
        Ok(Jws {
            header: header_json,
            claims,
            input: format!("{header}.{payload}"),
            signature: from_b64(signature).ok_or(JwtError::Malformed)?,
        })
    }

    /// The header's algorithm, if it is one of `allowed`.
    pub fn alg(&self, allowed: &[ClientAlg]) -> Option<ClientAlg> {
        self.header_str("alg")
            .and_then(ClientAlg::parse)
            .filter(|a| allowed.contains(a))
    }

    pub fn header_str(&self, name: &str) -> Option<&str> {
        jwk_str(&self.header, name)
    }

    pub fn claim_str(&self, name: &str) -> Option<&str> {
        jwk_str(&self.claims, name)
    }

    pub fn claim_i64(&self, name: &str) -> Option<i64> {
        self.claims.get(name).and_then(Value::as_i64)
    }

    /// Whether the signature is `jwk`'s under `alg` (which the key must fit).
    pub fn signed_by(&self, alg: ClientAlg, jwk: &Value) -> bool {
        alg.fits(jwk) && check_signature(alg, jwk, self.input.as_bytes(), &self.signature)
    }
}

/// The header members [`verify`] reads; the others are ignored. Borrowed from the decoded
/// header, so a token checked per request allocates nothing for it. A member with a JSON
/// escape cannot be borrowed and makes the token malformed: we never write one.
#[derive(serde::Deserialize)]
struct OurHeader<'a> {
    kid: Option<&'a str>,
    alg: Option<&'a str>,
    typ: Option<&'a str>,
}

/// Whether `json` is an object (its first byte after white space is `{`): a struct's
/// derived `Deserialize` takes an array too, which no token of ours holds.
fn is_object(json: &[u8]) -> bool {
    json.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

/// What [`verify`] needs of a token's claims: when it expires. A caller that reads a few
/// known claims per request parses them into a struct of its own rather than a `Value`.
pub trait Claims: serde::de::DeserializeOwned {
    fn exp(&self) -> Option<i64>;
}

impl Claims for Value {
    fn exp(&self) -> Option<i64> {
        self.get("exp").and_then(Value::as_i64)
    }
}

/// The claims of a token we signed, checking signature, `typ` and (unless
/// `allow_expired`) `exp` against `now`.
pub async fn verify<C: Claims>(
    keys: &KeyRing,
    token: &str,
    typ: &str,
    now: i64,
    allow_expired: bool,
) -> Result<C, JwtError> {
    let mut parts = token.split('.');
    let (Some(header), Some(payload), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(JwtError::Malformed);
    };
    let header_bytes = from_b64(header)
        .filter(|b| is_object(b))
        .ok_or(JwtError::Malformed)?;
    let header_json: OurHeader<'_> =
        serde_json::from_slice(&header_bytes).map_err(|_| JwtError::Malformed)?;
    let claims = from_b64(payload)
        .filter(|b| is_object(b))
        .and_then(|b| serde_json::from_slice::<C>(&b).ok())
        .ok_or(JwtError::Malformed)?;
    let kid = header_json.kid.ok_or(JwtError::UnknownKey)?;
    let key = keys
        .public_key(kid, now)
        .await
        .map_err(|e| match e {
            KeyError::Store(crate::store::StoreError::Unavailable(m)) => JwtError::Unavailable(m),
            other => JwtError::Keys(other.to_string()),
        })?
        .ok_or(JwtError::UnknownKey)?;
    let alg = key.alg();
    if header_json.alg != Some(alg.name()) {
        return Err(JwtError::BadSignature);
    }
    // The key is still ours and trusted (above); its signature of these bytes, once
    // checked, stays good.
    let checked = keys.signature_good(token, || {
        let Some(signature) = from_b64(signature) else {
            return false;
        };
        check_signature(
            alg.into(),
            key.jwk(),
            &token.as_bytes()[..header.len() + 1 + payload.len()],
            &signature,
        )
    });
    if !checked {
        return Err(JwtError::BadSignature);
    }
    if header_json.typ != Some(typ) {
        return Err(JwtError::WrongType);
    }
    let exp = claims.exp().ok_or(JwtError::Malformed)?;
    if !allow_expired && exp <= now {
        return Err(JwtError::Expired);
    }
    Ok(claims)
}
