//! Signing keys: generated on first use, kept in the store so every replica signs with
//! and publishes the same keys, rotated on demand.
//!
//! Private keys are stored encrypted (AES-256-GCM) under a master key kept in
//! `<keys dir>/master.key` (created with mode 0600; a file readable by others is refused).
//! Replicas sharing a store must share that file. A rotated-out key stays published in
//! the JWKS until every token it signed has expired.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use aws_lc_rs::aead::{AES_256_GCM, AES_256_GCM_SIV, Aad, LessSafeKey, Nonce, UnboundKey};
use ring::rand::SystemRandom;
use ring::signature::{self, EcdsaKeyPair, Ed25519KeyPair, KeyPair};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::secrets::{b64, from_b64, random_bytes, random_token};
use crate::store::{Store, StoreError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Alg {
    RS256,
    ES256,
    EdDSA,
}

impl Alg {
    pub const ALL: [Alg; 3] = [Alg::RS256, Alg::ES256, Alg::EdDSA];

    pub fn name(self) -> &'static str {
        match self {
            Alg::RS256 => "RS256",
            Alg::ES256 => "ES256",
            Alg::EdDSA => "EdDSA",
        }
    }

    pub fn parse(name: &str) -> Option<Alg> {
        Alg::ALL.into_iter().find(|a| a.name() == name)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("master key {path}: {reason}")]
    Master { path: String, reason: String },
    #[error("the signing keys in the store were sealed with another master key: {0}")]
    SealedWithAnother(String),
    #[error("signing key: {0}")]
    Key(String),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredKey {
    kid: String,
    alg: Alg,
    created_at: i64,
    retired_at: Option<i64>,
    /// nonce || AES-256-GCM(PKCS#8 DER), base64url.
    sealed_private: String,
    /// The public half as a JWK (kid, alg, use included).
    public_jwk: Value,
}

/// A private key ready to sign. RSA goes through AWS-LC, which signs 2.3 times faster than
/// ring on CPUs with AVX-512 IFMA (and no slower elsewhere): an RS256 ID token is the
/// largest CPU cost of a code exchange.
pub enum SigningKey {
    Rsa(aws_lc_rs::rsa::KeyPair),
    Ec(EcdsaKeyPair),
    Ed(Ed25519KeyPair),
}

impl SigningKey {
    pub fn sign(&self, message: &[u8]) -> Result<Vec<u8>, KeyError> {
        let rng = SystemRandom::new();
        let failed = |_| KeyError::Key("signing failed".into());
        match self {
            SigningKey::Rsa(pair) => {
                let mut signature = vec![0u8; pair.public_modulus_len()];
                pair.sign(
                    &aws_lc_rs::signature::RSA_PKCS1_SHA256,
                    &aws_lc_rs::rand::SystemRandom::new(),
                    message,
                    &mut signature,
                )
                .map_err(|_| KeyError::Key("signing failed".into()))?;
                Ok(signature)
            }
            SigningKey::Ec(pair) => Ok(pair.sign(&rng, message).map_err(failed)?.as_ref().to_vec()),
            SigningKey::Ed(pair) => Ok(pair.sign(message).as_ref().to_vec()),
        }
    }
}

/// What `idp keys list` shows.
#[derive(Debug, Clone, Serialize)]
pub struct KeyInfo {
    pub kid: String,
    pub alg: &'static str,
    pub created_at: i64,
    pub retired_at: Option<i64>,
    pub active: bool,
    pub published: bool,
}

const INDEX: &str = "signing-keys";

/// Whether the store holds any signing key: a store some provider has started on.
pub(crate) async fn store_holds_keys(store: &dyn Store) -> crate::store::StoreResult<bool> {
    Ok(!store.set_members(INDEX).await?.is_empty())
}

fn key_record(kid: &str) -> String {
    format!("signing-key:{kid}")
}

fn active_pointer(alg: Alg) -> String {
    format!("signing-key-active:{}", alg.name())
}

pub struct KeyRing {
    store: Arc<dyn Store>,
    master: LessSafeKey,
    /// The master key as read, from which the code key is derived.
    master_bytes: Vec<u8>,
    /// Seals authorization codes (`seal_code`), derived at first use from the master key
    /// and a secret kept in the store (`code_cipher`).
    codes: tokio::sync::OnceCell<LessSafeKey>,
    /// How long a retired key stays published: the longest lifetime of a token we sign.
    publish_after_retirement: i64,
    parsed: Mutex<HashMap<String, Arc<SigningKey>>>,
    /// The key set as last read from the store (see `KEYS_FRESH`).
    snapshot: Mutex<Option<Arc<Snapshot>>>,
    /// SHA-256 of the tokens whose signature by one of our keys was checked: an access
    /// token is presented many times in its few minutes (userinfo), and its signature is
    /// as good each time (whether its key is still trusted, and its time, are checked at
    /// every presentation). At most [`VERIFIED_MAX`], forgotten all at once when full.
    verified: Mutex<std::collections::HashSet<[u8; 32]>>,
}

/// Tokens remembered as verified (32 bytes each, about 200 KiB in all).
const VERIFIED_MAX: usize = 4096;

/// How long a replica serves the key set it read (the active keys, the JWKS, the public
/// keys that verify our tokens) before reading it again: a rotation on any replica is
/// seen by every other within this, and an unknown `kid` is looked up at once.
pub const KEYS_FRESH: std::time::Duration = std::time::Duration::from_secs(2);

/// What the store held of the key set at one moment.
pub struct Snapshot {
    read_at: std::time::Instant,
    keys: Vec<StoredKey>,
    active: HashMap<&'static str, String>,
    /// When a retired key in the JWKS stops being published (the document changes then).
    valid_until: i64,
    /// The JWKS document and its entity tag, as served.
    pub jwks: Arc<(Vec<u8>, String)>,
}

/// One of our public keys, as [`KeyRing::public_key`] found it.
pub struct PublicKey(Found);

enum Found {
    InSnapshot(Arc<Snapshot>, usize),
    /// Not in the snapshot yet: read from the store (a rotation by another replica).
    Read(Box<StoredKey>),
}

impl PublicKey {
    fn stored(&self) -> &StoredKey {
        match &self.0 {
            Found::InSnapshot(snapshot, index) => &snapshot.keys[*index],
            Found::Read(key) => key,
        }
    }

    pub fn alg(&self) -> Alg {
        self.stored().alg
    }

    pub fn jwk(&self) -> &Value {
        &self.stored().public_jwk
    }
}

/// Creates `<dir>/master.key` (32 random bytes, mode 0600) unless it exists; returns the
/// bytes when this call created it, `None` when another process did first.
fn create_master_key(dir: &Path) -> Result<Option<Vec<u8>>, KeyError> {
    let path = dir.join("master.key");
    let error = |reason: String| KeyError::Master {
        path: path.display().to_string(),
        reason,
    };
    std::fs::create_dir_all(dir).map_err(|e| error(e.to_string()))?;
    // Written whole to a private temporary file, then linked into place: a concurrent
    // first start never reads half a key, and an existing key is never replaced.
    let temporary = dir.join(format!("master.key.{}.tmp", random_token(6)));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let key = random_bytes(32);
    let written = options
        .open(&temporary)
        .and_then(|mut file| file.write_all(&key).and_then(|()| file.sync_all()));
    let linked = written.and_then(|()| std::fs::hard_link(&temporary, &path));
    let _ = std::fs::remove_file(&temporary);
    match linked {
        Ok(()) => Ok(Some(key)),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(None),
        Err(e) => Err(error(e.to_string())),
    }
}

/// `<keys dir>/master.key` as a start found it, or made it.
pub struct MasterKeyFile {
    path: PathBuf,
    /// The key this process wrote, when it created the file.
    created: Option<Vec<u8>>,
}

/// Before anything is sealed: makes sure the master key fits the store, creating it only
/// when it is needed and the store has answered that it holds no signing key. Refused: a
/// master key that does not open the store's active keys, and a missing one while the
/// store holds keys (a new one would not open them either).
pub async fn prepare_master_key(
    store: &Arc<dyn Store>,
    dir: &Path,
) -> Result<MasterKeyFile, KeyError> {
    let path = dir.join("master.key");
    if path.exists() {
        let ring = KeyRing::open(Arc::clone(store), dir, 0)?;
        for alg in Alg::ALL {
            let Some(kid) = store.get(&active_pointer(alg)).await? else {
                continue;
            };
            let record = ring.record(&String::from_utf8_lossy(&kid)).await?;
            if record.is_some_and(|r| ring.open_sealed(&r.sealed_private).is_err()) {
                return Err(KeyError::SealedWithAnother(path.display().to_string()));
            }
        }
        return Ok(MasterKeyFile {
            path,
            created: None,
        });
    }
    if !store.set_members(INDEX).await?.is_empty() {
        return Err(KeyError::Master {
            path: path.display().to_string(),
            reason: "missing, and the store holds signing keys sealed with a master key: copy \
                     the master.key they were made with here (every replica shares one)"
                .into(),
        });
    }
    let created = create_master_key(dir)?;
    Ok(MasterKeyFile { path, created })
}

impl MasterKeyFile {
    /// After a failed start: removes the master key this process created, so that the next
    /// start is not left with a key nothing uses, unless a signing key may have been sealed
    /// with it meanwhile (the store holds one, or cannot say).
    pub async fn forget_if_unused(self, store: &dyn Store) {
        let Some(written) = self.created else {
            return;
        };
        if !store.set_members(INDEX).await.is_ok_and(|m| m.is_empty()) {
            return;
        }
        if std::fs::read(&self.path).is_ok_and(|bytes| bytes == written) {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Reads `<dir>/master.key`, creating it (32 random bytes, mode 0600) when missing.
fn load_master_key(dir: &Path) -> Result<Vec<u8>, KeyError> {
    let path = dir.join("master.key");
    let error = |reason: String| KeyError::Master {
        path: path.display().to_string(),
        reason,
    };
    if !path.exists() {
        create_master_key(dir)?;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path)
            .map_err(|e| error(e.to_string()))?
            .permissions()
            .mode();
        if mode & 0o077 != 0 {
            return Err(error(format!(
                "readable by others (mode {:o}); run: chmod 600 {}",
                mode & 0o777,
                path.display()
            )));
        }
    }
    let bytes = std::fs::read(&path).map_err(|e| error(e.to_string()))?;
    if bytes.len() != 32 {
        return Err(error("not a 32-byte key".into()));
    }
    Ok(bytes)
}

/// The cipher of the signing keys and TOTP secrets (`seal`): the master key itself.
fn master_cipher(master: &[u8]) -> Result<LessSafeKey, KeyError> {
    let unbound = UnboundKey::new(&AES_256_GCM, master)
        .map_err(|_| KeyError::Key("the master key is not a 32-byte key".into()))?;
    Ok(LessSafeKey::new(unbound))
}

/// What a sealed authorization code is bound to besides its key (AEAD associated data).
const CODE_PURPOSE: &[u8] = b"idp authorization code v1";

/// The store's half of the code key (32 random bytes, written once by the first replica
/// that seals a code).
const CODE_SALT: &str = "code-seal-salt";

/// A sealed code is padded to a multiple of this many bytes, so that its length tells
/// little (whether a second factor was used, a DPoP binding).
const CODE_BLOCK: usize = 64;

/// Codes longer than this are refused unread (an honest one is far shorter: the record of
/// a request with a nonce and a redirect URI at their limits).
const CODE_MAX_LEN: usize = 8192;

/// The cipher of authorization codes: AES-256-GCM-SIV (a repeated random nonce, after
/// billions of codes, reveals only that two codes are equal, never the key) under a key
/// derived (HKDF-SHA256) from the master key with a salt kept in the store, for this
/// purpose alone: nothing sealed for one use opens as another, and the master key alone,
/// without the store, cannot make a code (as it cannot make a token).
fn code_cipher(master: &[u8], salt: &[u8]) -> Result<LessSafeKey, KeyError> {
    use aws_lc_rs::hkdf;
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, salt).extract(master);
    let okm = prk
        .expand(&[CODE_PURPOSE], &AES_256_GCM_SIV)
        .map_err(|_| KeyError::Key("cannot derive the code key".into()))?;
    Ok(LessSafeKey::new(UnboundKey::from(okm)))
}

/// How the master key and the code key seal: URL-safe base64 of a random nonce, the
/// ciphertext and the tag, bound to `aad`.
fn seal_with(key: &LessSafeKey, aad: &[u8], mut buffer: Vec<u8>) -> Result<String, KeyError> {
    let nonce: [u8; 12] = random_bytes(12)
        .try_into()
        .map_err(|_| KeyError::Key("nonce".into()))?;
    key.seal_in_place_append_tag(
        Nonce::assume_unique_for_key(nonce),
        Aad::from(aad),
        &mut buffer,
    )
    .map_err(|_| KeyError::Key("encryption failed".into()))?;
    Ok(b64(&[nonce.as_slice(), &buffer].concat()))
}

/// What `seal_with` sealed in `sealed` (decoded from base64), or `None` when it was not
/// sealed by `key` for `aad`, or was altered.
fn open_with(key: &LessSafeKey, aad: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    let (nonce, cipher) = sealed.split_at_checked(12)?;
    let nonce = Nonce::try_assume_unique_for_key(nonce).ok()?;
    let mut buffer = cipher.to_vec();
    let plain = key.open_in_place(nonce, Aad::from(aad), &mut buffer).ok()?;
    Some(plain.to_vec())
}

fn generate(alg: Alg) -> Result<(Vec<u8>, Value), KeyError> {
    let failed = |e: &dyn std::fmt::Display| KeyError::Key(e.to_string());
    let rng = SystemRandom::new();
    match alg {
        Alg::RS256 => {
            use aws_lc_rs::encoding::AsDer;
            use aws_lc_rs::signature::KeyPair as _;
            let key = aws_lc_rs::rsa::KeyPair::generate(aws_lc_rs::rsa::KeySize::Rsa2048)
                .map_err(|e| failed(&e))?;
            let der = key.as_der().map_err(|e| failed(&e))?.as_ref().to_vec();
            let public = key.public_key();
            let jwk = json!({"kty": "RSA", "n": b64(public.modulus().big_endian_without_leading_zero()), "e": b64(public.exponent().big_endian_without_leading_zero())});
            Ok((der, jwk))
        }
        Alg::ES256 => {
            let der =
                EcdsaKeyPair::generate_pkcs8(&signature::ECDSA_P256_SHA256_FIXED_SIGNING, &rng)
                    .map_err(|_| KeyError::Key("EC generation failed".into()))?;
            let pair = EcdsaKeyPair::from_pkcs8(
                &signature::ECDSA_P256_SHA256_FIXED_SIGNING,
                der.as_ref(),
                &rng,
            )
            .map_err(|_| KeyError::Key("EC key rejected".into()))?;
            let point = pair.public_key().as_ref(); // 0x04 || x || y
            let (x, y) = point
                .get(1..)
                .map(|xy| xy.split_at(32))
                .ok_or_else(|| KeyError::Key("EC point".into()))?;
            Ok((
                der.as_ref().to_vec(),
                json!({"kty": "EC", "crv": "P-256", "x": b64(x), "y": b64(y)}),
            ))
        }
        Alg::EdDSA => {
            let der = Ed25519KeyPair::generate_pkcs8(&rng)
                .map_err(|_| KeyError::Key("Ed25519 generation failed".into()))?;
            let pair = Ed25519KeyPair::from_pkcs8(der.as_ref())
                .map_err(|_| KeyError::Key("Ed25519 key rejected".into()))?;
            Ok((
                der.as_ref().to_vec(),
                json!({"kty": "OKP", "crv": "Ed25519", "x": b64(pair.public_key().as_ref())}),
            ))
        }
    }
}

fn parse(alg: Alg, der: &[u8]) -> Result<SigningKey, KeyError> {
    let rejected = |_| KeyError::Key(format!("stored {} key rejected", alg.name()));
    Ok(match alg {
        Alg::RS256 => SigningKey::Rsa(
            aws_lc_rs::rsa::KeyPair::from_pkcs8(der)
                .map_err(|_| KeyError::Key("stored RS256 key rejected".into()))?,
        ),
        Alg::ES256 => SigningKey::Ec(
            EcdsaKeyPair::from_pkcs8(
                &signature::ECDSA_P256_SHA256_FIXED_SIGNING,
                der,
                &SystemRandom::new(),
            )
            .map_err(rejected)?,
        ),
        Alg::EdDSA => SigningKey::Ed(Ed25519KeyPair::from_pkcs8(der).map_err(rejected)?),
    })
}

impl KeyRing {
    /// Whether the signature of `token` is good: found good before (see `verified`), or
    /// now by `check`, which is then remembered.
    pub fn signature_good(&self, token: &str, check: impl FnOnce() -> bool) -> bool {
        let digest = crate::secrets::sha256(token.as_bytes());
        if self
            .verified
            .lock()
            .is_ok_and(|verified| verified.contains(&digest))
        {
            return true;
        }
        let good = check();
        if good && let Ok(mut verified) = self.verified.lock() {
            if verified.len() >= VERIFIED_MAX {
                verified.clear();
            }
            verified.insert(digest);
        }
        good
    }

    /// Makes sure every algorithm has an active key, so the JWKS that clients fetch at
    /// start-up already holds the keys they will see in tokens.
    /// The code key too, so that the first code waits for nothing.
    pub async fn ensure_all(&self, now: i64) -> Result<(), KeyError> {
        for alg in Alg::ALL {
            self.active(alg, now).await?;
        }
        self.code_key().await?;
        Ok(())
    }

    pub fn open(
        store: Arc<dyn Store>,
        keys_dir: &Path,
        publish_after_retirement: i64,
    ) -> Result<Self, KeyError> {
        let master = load_master_key(keys_dir)?;
        Ok(Self {
            store,
            master: master_cipher(&master)?,
            master_bytes: master,
            codes: tokio::sync::OnceCell::new(),
            publish_after_retirement,
            parsed: Mutex::new(HashMap::new()),
            snapshot: Mutex::new(None),
            verified: Mutex::new(std::collections::HashSet::new()),
        })
    }

    /// Encrypts a secret with the master key (also used for TOTP secrets).
    pub(crate) fn seal(&self, plain: &[u8]) -> Result<String, KeyError> {
        seal_with(&self.master, &[], plain.to_vec())
    }

    /// The code key, derived at first use (see `code_cipher`).
    async fn code_key(&self) -> Result<&LessSafeKey, KeyError> {
        self.codes
            .get_or_try_init(|| async {
                let fresh = random_bytes(32);
                let salt = if self.store.put_if_absent(CODE_SALT, &fresh, None).await? {
                    fresh
                } else {
                    self.store.get(CODE_SALT).await?.ok_or_else(|| {
                        KeyError::Key("the code salt vanished from the store".into())
                    })?
                };
                code_cipher(&self.master_bytes, &salt)
            })
            .await
    }

    /// Seals an authorization code's record: the code the client is given is the record
    /// itself, padded with spaces to a multiple of `CODE_BLOCK` (JSON ignores them), then
    /// encrypted and authenticated (URL-safe base64 of nonce, ciphertext, tag).
    pub async fn seal_code(&self, record: &[u8]) -> Result<String, KeyError> {
        let key = self.code_key().await?;
        let mut buffer = record.to_vec();
        buffer.resize(record.len().next_multiple_of(CODE_BLOCK), b' ');
        seal_with(key, CODE_PURPOSE, buffer)
    }

    /// The record sealed in `code` (padding included), or `None` for anything this
    /// deployment did not seal or that was altered.
    pub(crate) async fn open_code(&self, code: &str) -> Result<Option<Vec<u8>>, KeyError> {
        let key = self.code_key().await?;
        if code.len() > CODE_MAX_LEN {
            return Ok(None);
        }
        Ok(from_b64(code).and_then(|sealed| open_with(key, CODE_PURPOSE, &sealed)))
    }

    pub(crate) fn open_sealed(&self, sealed: &str) -> Result<Vec<u8>, KeyError> {
        let bytes =
            from_b64(sealed).ok_or_else(|| KeyError::Key("sealed key is not base64".into()))?;
        if bytes.len() < 12 {
            return Err(KeyError::Key("sealed key too short".into()));
        }
        open_with(&self.master, &[], &bytes).ok_or_else(|| {
            KeyError::Key(
                "cannot decrypt a signing key: is this the master.key the keys were made with?"
                    .into(),
            )
        })
    }

    async fn record(&self, kid: &str) -> Result<Option<StoredKey>, KeyError> {
        match self.store.get(&key_record(kid)).await? {
            Some(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|e| KeyError::Key(e.to_string())),
            None => Ok(None),
        }
    }

    async fn save(&self, key: &StoredKey) -> Result<(), KeyError> {
        let bytes = serde_json::to_vec(key).map_err(|e| KeyError::Key(e.to_string()))?;
        self.store.put(&key_record(&key.kid), &bytes, None).await?;
        self.store.set_add(INDEX, &key.kid).await?;
        Ok(())
    }

    async fn create(&self, alg: Alg, now: i64) -> Result<StoredKey, KeyError> {
        let (der, mut jwk) = tokio::task::spawn_blocking(move || generate(alg))
            .await
            .map_err(|e| KeyError::Key(e.to_string()))??;
        let kid = format!("{}-{}", alg.name().to_lowercase(), random_token(9));
        if let Some(map) = jwk.as_object_mut() {
            map.insert("kid".into(), json!(kid));
            map.insert("alg".into(), json!(alg.name()));
            map.insert("use".into(), json!("sig"));
        }
        let key = StoredKey {
            kid,
            alg,
            created_at: now,
            retired_at: None,
            sealed_private: self.seal(&der)?,
            public_jwk: jwk,
        };
        self.save(&key).await?;
        Ok(key)
    }

    /// The key that signs for `alg` now, created on first use. Replicas starting together
    /// agree on one through the compare-and-set of the active pointer.
    pub async fn active(&self, alg: Alg, now: i64) -> Result<(String, Arc<SigningKey>), KeyError> {
        if let Some(kid) = self.snapshot(now).await?.active.get(alg.name()).cloned() {
            return Ok((kid.clone(), self.signing_key(&kid).await?));
        }
        self.forget_snapshot();
        let pointer = active_pointer(alg);
        let kid = match self.store.get(&pointer).await? {
            Some(kid) => String::from_utf8_lossy(&kid).into_owned(),
            None => {
                let key = self.create(alg, now).await?;
                if self
                    .store
                    .compare_and_set(&pointer, None, Some(key.kid.as_bytes()), None)
                    .await?
                {
                    key.kid
                } else {
                    // Another replica won; drop ours, unpublished.
                    self.store.delete(&key_record(&key.kid)).await?;
                    self.store.set_remove(INDEX, &key.kid).await?;
                    let winner = self
                        .store
                        .get(&pointer)
                        .await?
                        .ok_or_else(|| KeyError::Key("no active key".into()))?;
                    String::from_utf8_lossy(&winner).into_owned()
                }
            }
        };
        Ok((kid.clone(), self.signing_key(&kid).await?))
    }

    async fn signing_key(&self, kid: &str) -> Result<Arc<SigningKey>, KeyError> {
        if let Some(key) = self.parsed.lock().ok().and_then(|m| m.get(kid).cloned()) {
            return Ok(key);
        }
        let record = self
            .record(kid)
            .await?
            .ok_or_else(|| KeyError::Key(format!("key {kid} is missing")))?;
        let key = Arc::new(parse(
            record.alg,
            &self.open_sealed(&record.sealed_private)?,
        )?);
        if let Ok(mut map) = self.parsed.lock() {
            map.insert(kid.to_owned(), key.clone());
        }
        Ok(key)
    }

    /// Makes a new key active for `alg`; the previous one signs no more but stays published.
    pub async fn rotate(&self, alg: Alg, now: i64) -> Result<String, KeyError> {
        let pointer = active_pointer(alg);
        let previous = self.store.get(&pointer).await?;
        let key = self.create(alg, now).await?;
        if !self
            .store
            .compare_and_set(
                &pointer,
                previous.as_deref(),
                Some(key.kid.as_bytes()),
                None,
            )
            .await?
        {
            self.store.delete(&key_record(&key.kid)).await?;
            self.store.set_remove(INDEX, &key.kid).await?;
            return Err(KeyError::Key(
                "another rotation happened at the same time; try again".into(),
            ));
        }
        if let Some(old) = previous {
            let old = String::from_utf8_lossy(&old).into_owned();
            if let Some(mut record) = self.record(&old).await? {
                record.retired_at = Some(now);
                self.save(&record).await?;
            }
        }
        self.forget_snapshot();
        Ok(key.kid)
    }

    fn forget_snapshot(&self) {
        if let Ok(mut snapshot) = self.snapshot.lock() {
            *snapshot = None;
        }
    }

    /// The key set, read from the store at most every `KEYS_FRESH`.
    pub async fn snapshot(&self, now: i64) -> Result<Arc<Snapshot>, KeyError> {
        let cached = self.snapshot.lock().ok().and_then(|s| s.clone());
        if let Some(snapshot) =
            cached.filter(|s| s.read_at.elapsed() < KEYS_FRESH && now < s.valid_until)
        {
            return Ok(snapshot);
        }
        let keys = self.all().await?;
        let mut active = HashMap::new();
        for alg in Alg::ALL {
            if let Some(kid) = self.store.get(&active_pointer(alg)).await? {
                active.insert(alg.name(), String::from_utf8_lossy(&kid).into_owned());
            }
        }
        let published: Vec<&Value> = keys
            .iter()
            .filter(|k| self.published(k, now))
            .map(|k| &k.public_jwk)
            .collect();
        let valid_until = keys
            .iter()
            .filter(|k| self.published(k, now))
            .filter_map(|k| k.retired_at)
            .map(|retired| retired.saturating_add(self.publish_after_retirement))
            .min()
            .unwrap_or(i64::MAX);
        let body = serde_json::to_vec(&json!({ "keys": published }))
            .map_err(|e| KeyError::Key(e.to_string()))?;
        let etag = format!("\"{}\"", &b64(&crate::secrets::sha256(&body))[..22]);
        let snapshot = Arc::new(Snapshot {
            read_at: std::time::Instant::now(),
            keys,
            active,
            valid_until,
            jwks: Arc::new((body, etag)),
        });
        if let Ok(mut slot) = self.snapshot.lock() {
            *slot = Some(snapshot.clone());
        }
        Ok(snapshot)
    }

    async fn all(&self) -> Result<Vec<StoredKey>, KeyError> {
        let mut keys = Vec::new();
        for kid in self.store.set_members(INDEX).await? {
            if let Some(key) = self.record(&kid).await? {
                keys.push(key);
            }
        }
        keys.sort_by_key(|k| (k.created_at, k.kid.clone()));
        Ok(keys)
    }

    fn published(&self, key: &StoredKey, now: i64) -> bool {
        key.retired_at
            .is_none_or(|retired| now < retired.saturating_add(self.publish_after_retirement))
    }

    /// The JSON Web Key Set: active keys and retired ones whose tokens may still be live.
    pub async fn jwks(&self, now: i64) -> Result<Value, KeyError> {
        let snapshot = self.snapshot(now).await?;
        serde_json::from_slice(&snapshot.jwks.0).map_err(|e| KeyError::Key(e.to_string()))
    }

    /// The public JWK for `kid`, when it is still published (to verify our own tokens). A
    /// `kid` the snapshot does not know is looked up in the store (a rotation elsewhere).
    /// A known key is a reference into the snapshot: nothing is copied per token.
    pub async fn public_key(&self, kid: &str, now: i64) -> Result<Option<PublicKey>, KeyError> {
        let snapshot = self.snapshot(now).await?;
        let known = match snapshot.keys.iter().position(|k| k.kid == kid) {
            Some(index) => Some(PublicKey(Found::InSnapshot(snapshot, index))),
            None => self
                .record(kid)
                .await?
                .map(|k| PublicKey(Found::Read(Box::new(k)))),
        };
        Ok(known.filter(|k| self.published(k.stored(), now)))
    }

    pub async fn list(&self, now: i64) -> Result<Vec<KeyInfo>, KeyError> {
        let mut active = Vec::new();
        for alg in Alg::ALL {
            if let Some(kid) = self.store.get(&active_pointer(alg)).await? {
                active.push(String::from_utf8_lossy(&kid).into_owned());
            }
        }
        Ok(self
            .all()
            .await?
            .into_iter()
            .map(|k| KeyInfo {
                active: active.contains(&k.kid),
                published: self.published(&k, now),
                kid: k.kid,
                alg: k.alg.name(),
                created_at: k.created_at,
                retired_at: k.retired_at,
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn ring(dir: &Path) -> KeyRing {
        let store: Arc<dyn Store> = Arc::new(crate::store::SqliteStore::open(dir).unwrap());
        KeyRing::open(store, dir, 0).unwrap()
    }

    #[tokio::test]
    async fn a_sealed_code_opens_only_as_a_code_and_only_under_its_keys() {
        let (here, elsewhere) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let (here, elsewhere) = (ring(here.path()), ring(elsewhere.path()));
        let record = b"{\"grant\":1}";
        let code = here.seal_code(record).await.unwrap();
        let opened = here.open_code(&code).await.unwrap().unwrap();
        assert_eq!(opened.len(), CODE_BLOCK, "padded");
        assert_eq!(opened.trim_ascii_end(), record);
        assert_eq!(
            elsewhere.open_code(&code).await.unwrap(),
            None,
            "another deployment"
        );
        // What the master key seals for other uses (signing keys, TOTP secrets) is no code,
        // nor the other way round.
        let secret = here.seal(record).unwrap();
        assert_eq!(here.open_code(&secret).await.unwrap(), None);
        assert!(here.open_sealed(&code).is_err());
        // Two codes of one record differ (a fresh nonce each).
        assert_ne!(code, here.seal_code(record).await.unwrap());
    }

    #[tokio::test]
    async fn the_master_key_alone_makes_no_code() {
        // Same master key, another store (so another salt): a code of one does not open
        // with the other.
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let first = ring(a.path());
        std::fs::copy(a.path().join("master.key"), b.path().join("master.key")).unwrap();
        let second = ring(b.path());
        let code = first.seal_code(b"{}").await.unwrap();
        assert!(first.open_code(&code).await.unwrap().is_some());
        assert_eq!(second.open_code(&code).await.unwrap(), None);
    }
}
