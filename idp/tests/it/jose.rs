//! The client's side of JOSE, with the `jsonwebtoken` crate as a relying party would use
//! it: keys (ES256, EdDSA), their public JWKs, `private_key_jwt` assertions (RFC 7523),
//! DPoP proofs (RFC 9449) and signed request objects (RFC 9101).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, EncodingKey, Header, jwk::Jwk};
use ring::rand::SystemRandom;
use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, Ed25519KeyPair, KeyPair};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::app::TestApp;

pub const JWT_BEARER: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
/// RFC 9101 10.8: the `typ` of a request object.
pub const REQUEST_OBJECT_TYP: &str = "oauth-authz-req+jwt";

#[derive(Clone)]
pub struct ClientKey {
    pub kid: String,
    pub alg: Algorithm,
    encoding: EncodingKey,
    /// The public key as a JWK.
    pub jwk: Value,
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn jti() -> String {
    crate::support::unique("jti-")
}

impl ClientKey {
    pub fn es256(kid: &str) -> ClientKey {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).unwrap();
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng)
            .unwrap();
        let point = pair.public_key().as_ref();
        ClientKey {
            kid: kid.into(),
            alg: Algorithm::ES256,
            encoding: EncodingKey::from_ec_der(pkcs8.as_ref()),
            jwk: json!({
                "kty": "EC", "crv": "P-256", "kid": kid, "use": "sig",
                "x": b64(&point[1..33]), "y": b64(&point[33..65]),
            }),
        }
    }

    pub fn ed25519(kid: &str) -> ClientKey {
        let rng = SystemRandom::new();
        let pkcs8 = Ed25519KeyPair::generate_pkcs8(&rng).unwrap();
        let pair = Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).unwrap();
        ClientKey {
            kid: kid.into(),
            alg: Algorithm::EdDSA,
            encoding: EncodingKey::from_ed_der(pkcs8.as_ref()),
            jwk: json!({
                "kty": "OKP", "crv": "Ed25519", "kid": kid,
                "x": b64(pair.public_key().as_ref()),
            }),
        }
    }

    /// An RSA key (2048 bits) that signs PS256 (`as_alg` for RS256).
    pub fn rsa(kid: &str) -> ClientKey {
        use rsa::pkcs1::EncodeRsaPrivateKey;
        use rsa::traits::PublicKeyParts;
        let key = rsa::RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048).unwrap();
        let der = key.to_pkcs1_der().unwrap();
        ClientKey {
            kid: kid.into(),
            alg: Algorithm::PS256,
            encoding: EncodingKey::from_rsa_der(der.as_bytes()),
            jwk: json!({
                "kty": "RSA", "kid": kid, "use": "sig",
                "n": b64(&key.n().to_bytes_be()), "e": b64(&key.e().to_bytes_be()),
            }),
        }
    }

    /// The same key, signing with another algorithm of its type.
    pub fn as_alg(&self, alg: Algorithm) -> ClientKey {
        ClientKey {
            alg,
            ..self.clone()
        }
    }

    pub fn jwks(keys: &[&ClientKey]) -> Value {
        json!({ "keys": keys.iter().map(|k| k.jwk.clone()).collect::<Vec<_>>() })
    }

    /// The RFC 7638 thumbprint of the public key (what `cnf.jkt` must be).
    pub fn thumbprint(&self) -> String {
        let members: Vec<&str> = match self.jwk["kty"].as_str().unwrap() {
            "EC" => vec!["crv", "kty", "x", "y"],
            "RSA" => vec!["e", "kty", "n"],
            _ => vec!["crv", "kty", "x"],
        };
        let canonical = members
            .iter()
            .map(|m| format!("\"{m}\":\"{}\"", self.jwk[m].as_str().unwrap()))
            .collect::<Vec<_>>()
            .join(",");
        b64(&Sha256::digest(format!("{{{canonical}}}").as_bytes()))
    }

    pub fn sign(
        &self,
        typ: Option<&str>,
        with_kid: bool,
        embed_jwk: bool,
        claims: &Value,
    ) -> String {
        let mut header = Header::new(self.alg);
        header.typ = typ.map(str::to_owned);
        if with_kid {
            header.kid = Some(self.kid.clone());
        }
        if embed_jwk {
            let mut public = self.jwk.clone();
            public.as_object_mut().unwrap().remove("kid");
            header.jwk = Some(serde_json::from_value::<Jwk>(public).unwrap());
        }
        jsonwebtoken::encode(&header, claims, &self.encoding).unwrap()
    }

    /// A `private_key_jwt` client assertion for `client_id`, audience `aud`.
    pub fn assertion(&self, app: &TestApp, client_id: &str, aud: &str) -> String {
        let now = app.provider.now();
        self.sign(
            None,
            true,
            false,
            &json!({
                "iss": client_id, "sub": client_id, "aud": aud,
                "jti": jti(), "iat": now, "exp": now + 60,
            }),
        )
    }

    /// A signed request object (RFC 9101) of `client_id` for `aud`, carrying `params`.
    pub fn request_object(
        &self,
        app: &TestApp,
        client_id: &str,
        aud: &str,
        params: &[(String, String)],
    ) -> String {
        let now = app.provider.now();
        let mut claims = json!({
            "iss": client_id, "aud": aud, "exp": now + 300, "iat": now, "jti": jti(),
        });
        for (k, v) in params {
            claims[k] = json!(v);
        }
        claims["client_id"] = json!(client_id);
        self.sign(Some(REQUEST_OBJECT_TYP), true, false, &claims)
    }

    /// A DPoP proof for `method` `url`, with the server's nonce and, for a resource, the
    /// access token's hash.
    pub fn proof(
        &self,
        app: &TestApp,
        method: &str,
        url: &str,
        nonce: Option<&str>,
        access_token: Option<&str>,
    ) -> String {
        let mut claims = json!({
            "jti": jti(), "htm": method, "htu": url, "iat": app.provider.now(),
        });
        if let Some(nonce) = nonce {
            claims["nonce"] = json!(nonce);
        }
        if let Some(token) = access_token {
            claims["ath"] = json!(b64(&Sha256::digest(token.as_bytes())));
        }
        self.sign(Some("dpop+jwt"), false, true, &claims)
    }
}

/// The claims of a JWT, read without verifying (the tests check what the server wrote).
pub fn claims(token: &str) -> Value {
    let payload = token.split('.').nth(1).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
}

pub fn header(token: &str) -> Value {
    let header = token.split('.').next().unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(header).unwrap()).unwrap()
}

/// A JWT with `alg: none` (which must never be accepted).
pub fn unsigned(claims: &Value) -> String {
    format!(
        "{}.{}.",
        b64(br#"{"alg":"none","typ":"JWT"}"#),
        b64(&serde_json::to_vec(claims).unwrap())
    )
}

/// POSTs a form to `path`, with a DPoP header when given; (status, headers, JSON body).
pub async fn post_form(
    app: &TestApp,
    path: &str,
    form: &[(&str, &str)],
    dpop: Option<&str>,
) -> (u16, reqwest::header::HeaderMap, Value) {
    let mut request = reqwest::Client::new()
        .post(format!("{}{path}", app.base))
        .form(form);
    if let Some(proof) = dpop {
        request = request.header("DPoP", proof);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    (
        status,
        headers,
        response.json().await.unwrap_or(Value::Null),
    )
}
