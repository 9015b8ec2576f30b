//! DPoP (RFC 9449): proofs of possession of a key, which bind access and refresh tokens
//! (and, through PAR or `dpop_jkt`, authorization codes) to that key, so that a copied
//! token is useless without it.
//!
//! A proof is checked for its form (`typ`, an asymmetric `alg`, a public `jwk`), its
//! signature by that key, the request it was made for (`htm`, `htu`), its age (`iat`),
//! the access token it accompanies (`ath`), a nonce where we ask for one, and is refused
//! a second time (`jti`, kept as long as the proof could be accepted). Nonces cost
//! nothing to keep: a nonce is a time window and its MAC under the provider's shared
//! secret, valid in its window and the next, on every replica.

use super::OAuthError;
use crate::error::Error;
use crate::jwt::{ClientAlg, Jws};
use crate::provider::Provider;
use crate::secrets::{b64, constant_time_eq, hmac_sha256, sha256};

/// A nonce is valid in the window it was made in and the next one.
pub const NONCE_WINDOW_SECONDS: i64 = 60;
/// A proof is accepted this long after its `iat` (and as far ahead, for skewed clocks).
pub const PROOF_MAX_AGE_SECONDS: i64 = 60;

/// What the proof must have been made for.
pub struct ProofFor<'a> {
    pub method: &'a str,
    /// The endpoint's URL, without query or fragment.
    pub url: &'a str,
    /// The access token presented with the proof (resource requests).
    pub access_token: Option<&'a str>,
    /// The authorization server's endpoints ask for a nonce; the resource (userinfo) not.
    pub nonce_required: bool,
}

/// A checked proof: the thumbprint of its key (RFC 7638), and its algorithm.
#[derive(Debug, Clone)]
pub struct Proof {
    pub jkt: String,
    pub alg: ClientAlg,
}

fn invalid(description: impl Into<String>) -> OAuthError {
    OAuthError::new("invalid_dpop_proof", description)
}

/// The same URL, compared as URLs (scheme and host case, default port), without query and
/// fragment (RFC 9449 4.3, step 9).
fn same_url(htu: &str, expected: &str) -> bool {
    let strip = |u: &str| {
        url::Url::parse(u).ok().map(|mut u| {
            u.set_query(None);
            u.set_fragment(None);
            u
        })
    };
    matches!((strip(htu), strip(expected)), (Some(a), Some(b)) if a == b)
}

impl Provider {
    fn nonce_for(&self, window: i64) -> String {
        let mac = hmac_sha256(self.secret(), format!("dpop-nonce|{window}").as_bytes());
        format!("{window}.{}", b64(&mac[..18]))
    }

    /// The nonce to hand out now (the `DPoP-Nonce` header).
    pub fn dpop_nonce(&self) -> String {
        self.nonce_for(self.now().div_euclid(NONCE_WINDOW_SECONDS))
    }

    fn nonce_is_current(&self, nonce: &str) -> bool {
        let Some((window, _)) = nonce.split_once('.') else {
            return false;
        };
        let Ok(window) = window.parse::<i64>() else {
            return false;
        };
        let now = self.now().div_euclid(NONCE_WINDOW_SECONDS);
        (window == now || window == now.saturating_sub(1))
            && constant_time_eq(self.nonce_for(window).as_bytes(), nonce.as_bytes())
    }

    /// Checks a DPoP proof for `target`. `Ok(Err(..))`: the OAuth error to answer with
    /// (`invalid_dpop_proof`, or `use_dpop_nonce` with the nonce in a header).
    pub async fn check_dpop(
        &self,
        proof: &str,
        target: &ProofFor<'_>,
    ) -> Result<Result<Proof, OAuthError>, Error> {
        let checked = match self.check_dpop_form(proof, target) {
            Ok(checked) => checked,
            Err(e) => return Ok(Err(e)),
        };
        let (jws, proof) = checked;
        let jti = jws.claim_str("jti").unwrap_or_default();
        let iat = jws.claim_i64("iat").unwrap_or_default();
        if !self
            .first_use(
                "dpop",
                &proof.jkt,
                jti,
                iat.saturating_add(PROOF_MAX_AGE_SECONDS),
            )
            .await?
        {
            return Ok(Err(invalid("this proof was used already (jti)")));
        }
        Ok(Ok(proof))
    }

    /// Everything but replay: form, signature, request, age, token, nonce.
    fn check_dpop_form(
        &self,
        proof: &str,
        target: &ProofFor<'_>,
    ) -> Result<(Jws, Proof), OAuthError> {
        let jws = Jws::parse(proof).map_err(|_| invalid("the DPoP proof is malformed"))?;
        if jws.header_str("typ") != Some("dpop+jwt") {
            return Err(invalid("the proof's typ must be dpop+jwt"));
        }
        let alg = jws.alg(&ClientAlg::ALL).ok_or_else(|| {
            invalid(format!(
                "the proof's alg must be one of {}",
                ClientAlg::names(&ClientAlg::ALL).join(", ")
            ))
        })?;
        let jwk = jws
            .header
            .get("jwk")
            .filter(|k| crate::jwt::is_public_key(k))
            .ok_or_else(|| invalid("the proof's jwk must be a public signing key"))?;
        if !jws.signed_by(alg, jwk) {
            return Err(invalid(
                "the proof's signature does not verify with its jwk",
            ));
        }
        let jkt =
            crate::jwt::thumbprint(jwk).ok_or_else(|| invalid("the proof's jwk is malformed"))?;
        match jws.claim_str("jti") {
            Some(jti) if !jti.is_empty() && jti.len() <= 200 => {}
            _ => return Err(invalid("the proof has no jti")),
        }
        if jws.claim_str("htm") != Some(target.method) {
            return Err(invalid(format!("htm must be {}", target.method)));
        }
        if !jws
            .claim_str("htu")
            .is_some_and(|u| same_url(u, target.url))
        {
            return Err(invalid(format!("htu must be {}", target.url)));
        }
        // `iat` comes from outside: no arithmetic on it may overflow (i64::MIN included).
        let now = self.now();
        match jws.claim_i64("iat") {
            Some(iat) if now.abs_diff(iat) <= PROOF_MAX_AGE_SECONDS.unsigned_abs() => {}
            Some(_) => return Err(invalid("the proof's iat is too far from now")),
            None => return Err(invalid("the proof has no iat")),
        }
        if let Some(token) = target.access_token {
            let expected = b64(&sha256(token.as_bytes()));
            if !jws
                .claim_str("ath")
                .is_some_and(|ath| constant_time_eq(ath.as_bytes(), expected.as_bytes()))
            {
                return Err(invalid(
                    "ath must be the hash of the access token presented",
                ));
            }
        }
        if target.nonce_required
            && !jws
                .claim_str("nonce")
                .is_some_and(|n| self.nonce_is_current(n))
        {
            return Err(OAuthError::new(
                "use_dpop_nonce",
                "the proof must carry the nonce from the DPoP-Nonce header",
            ));
        }
        Ok((jws, Proof { jkt, alg }))
    }
}
