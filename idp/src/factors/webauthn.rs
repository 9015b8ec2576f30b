//! "Security Key or Trusted Platform (TPM)" and passkeys: WebAuthn Level 3, with the
//! `webauthn_rp` crate (pure Rust). The relying party id is the issuer's host and the only
//! origin accepted is the issuer's own, so an assertion made for another site is useless
//! here (phishing-resistant).
//!
//! Every ceremony is single use, lives five minutes, and is bound to what started it: the
//! session (adding a key, the second factor) or the browser (passkey sign-in, before any
//! session). A key proves `amr` "hwk" with "user" (presence); with user verification (PIN or
//! biometrics) also "pin", and that is level "high". A sign counter that goes backwards
//! (a cloned key) is refused, recorded and mailed.

use crate::metrics::{Method, Proof};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use webauthn_rp::bin::{Decode, Encode};
use webauthn_rp::request::auth::{
    AllowedCredential, AllowedCredentials, AuthenticationVerificationOptions,
    SignatureCounterEnforcement,
};
use webauthn_rp::request::register::{
    PublicKeyCredentialUserEntity, RegistrationVerificationOptions, ResidentKeyRequirement,
    UserHandle64,
};
use webauthn_rp::request::{
    AsciiDomain, Credentials, PublicKeyCredentialDescriptor, RpId, UserVerificationRequirement,
};
use webauthn_rp::response::auth::error::AuthCeremonyErr;
use webauthn_rp::response::auth::ser_relaxed::{
    AuthenticationRelaxed, DiscoverableAuthenticationRelaxed64,
    NonDiscoverableAuthenticationRelaxed64,
};
use webauthn_rp::response::register::ser_relaxed::RegistrationRelaxed;
use webauthn_rp::response::register::{DynamicState, StaticState};
use webauthn_rp::response::{AuthTransports, CredentialId};
use webauthn_rp::{
    AuthenticatedCredential, DiscoverableAuthenticationServerState,
    DiscoverableCredentialRequestOptions, NonDiscoverableAuthenticationServerState,
    NonDiscoverableCredentialRequestOptions, PublicKeyCredentialCreationOptions,
    RegistrationServerState,
};

use super::FactorOutcome;
use crate::accounts::credentials::{Factor, SecurityKey};
use crate::accounts::{self, Account};
use crate::audit::{Line, Placeholder};
use crate::error::Error;
use crate::provider::Provider;
use crate::secrets::{b64, from_b64, token_hash};
use crate::sessions::{self, Session};
use crate::store::keys;

/// A ceremony's lifetime (the options say the same to the browser).
pub const CEREMONY_SECONDS: i64 = 5 * 60;
pub const MAX_KEYS: usize = 10;
const NAME_MAX: usize = 60;

/// What a ceremony is for, and what it is bound to.
#[derive(Debug, Clone, Copy)]
pub enum Purpose {
    /// Adding a key in My account, for a session.
    Register,
    /// The second factor after the password, for a session.
    SecondFactor,
    /// Sign-in without a password, for a browser.
    Passkey,
}

impl Purpose {
    fn name(self) -> &'static str {
        match self {
            Purpose::Register => "register",
            Purpose::SecondFactor => "second-factor",
            Purpose::Passkey => "passkey",
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Ceremony {
    /// The server state (webauthn_rp's binary form), base64url.
    state: String,
    expires_at: i64,
}

/// How a key's use came out.
#[derive(Debug, PartialEq, Eq)]
pub enum KeyOutcome {
    /// The session now carries the key's methods.
    Verified { user_verified: bool },
    /// No ceremony, or it expired or was used: start again.
    Expired,
    /// The answer is not a valid assertion of a key of this account, for this site.
    Refused,
    /// The sign counter went backwards: the key may have been cloned.
    Cloned,
}

/// The account a passkey signed in, or why not.
#[derive(Debug)]
pub enum PasskeyOutcome {
    /// The account, and the id of the key that signed.
    SignedIn(Box<Account>, String),
    Expired,
    Refused,
    Cloned,
}

/// How a key's use counts in the metrics.
fn proof(outcome: &KeyOutcome) -> Proof {
    match outcome {
        KeyOutcome::Verified { .. } => Proof::Ok,
        KeyOutcome::Expired => Proof::Expired,
        KeyOutcome::Refused => Proof::Wrong,
        KeyOutcome::Cloned => Proof::Cloned,
    }
}

/// The rp id: the issuer's host (a domain, or `localhost`).
fn rp_id(issuer: &str) -> Result<RpId, Error> {
    let host = url::Url::parse(issuer)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .ok_or_else(|| Error::Internal("the issuer has no host".into()))?;
    AsciiDomain::try_from(host)
        .map(RpId::Domain)
        .map_err(|e| Error::Internal(format!("the issuer's host is no WebAuthn rp id: {e}")))
}

/// The one origin accepted: the issuer's scheme, host and port.
fn origin(issuer: &str) -> String {
    url::Url::parse(issuer).map_or_else(|_| issuer.to_owned(), |u| u.origin().ascii_serialization())
}

/// The history line of a key refused as a copy.
fn cloned(key: &SecurityKey) -> Line {
    Line::new("history-key-cloned").with(Placeholder::Name, &*key.name)
}

fn internal(e: impl std::fmt::Display) -> Error {
    Error::Internal(format!("webauthn: {e}"))
}

/// What the user calls a key: trimmed, printable, at most 60 characters.
pub fn clean_name(name: &str) -> Option<String> {
    let name: String = name
        .trim()
        .chars()
        .filter(|c| !crate::accounts::unprintable(*c))
        .collect();
    (!name.is_empty() && name.chars().count() <= NAME_MAX).then_some(name)
}

/// Whether the authenticator data of an assertion says the user was verified (flag UV).
fn uv_flag(authenticator_data: &[u8]) -> bool {
    authenticator_data
        .get(32)
        .is_some_and(|flags| flags & 0x04 != 0)
}

type StoredKey = StaticState<
    webauthn_rp::response::register::CompressedPubKey<[u8; 32], [u8; 32], [u8; 48], Vec<u8>>,
>;

fn decode_key(key: &SecurityKey) -> Result<(Vec<u8>, StoredKey, DynamicState), Error> {
    let id = from_b64(&key.id).ok_or_else(|| internal("stored credential id"))?;
    let static_state = from_b64(&key.static_state)
        .and_then(|b| StoredKey::decode(b.as_slice()).ok())
        .ok_or_else(|| internal("stored static state"))?;
    let dynamic_state = from_b64(&key.dynamic_state)
        .and_then(|b| <[u8; 7]>::try_from(b.as_slice()).ok())
        .and_then(|b| DynamicState::decode(b).ok())
        .ok_or_else(|| internal("stored dynamic state"))?;
    Ok((id, static_state, dynamic_state))
}

fn encode_dynamic(state: DynamicState) -> Result<String, Error> {
    state.encode().map(|b| b64(&b)).map_err(internal)
}

impl Provider {
    async fn save_ceremony(
        &self,
        purpose: Purpose,
        binding: &str,
        state: Vec<u8>,
    ) -> Result<(), Error> {
        let ceremony = Ceremony {
            state: b64(&state),
            expires_at: self.now() + CEREMONY_SECONDS,
        };
        let bytes = serde_json::to_vec(&ceremony).map_err(internal)?;
        self.store
            .put(
                &keys::webauthn_ceremony(purpose.name(), &token_hash(binding)),
                &bytes,
                Some(Duration::from_secs(CEREMONY_SECONDS.unsigned_abs())),
            )
            .await?;
        Ok(())
    }

    /// The ceremony `purpose` started for `binding`, taken (single use), while it lives.
    async fn take_ceremony(
        &self,
        purpose: Purpose,
        binding: &str,
    ) -> Result<Option<Vec<u8>>, Error> {
        let key = keys::webauthn_ceremony(purpose.name(), &token_hash(binding));
        let Some(bytes) = self.store.take(&key).await? else {
            return Ok(None);
        };
        let Ok(ceremony) = serde_json::from_slice::<Ceremony>(&bytes) else {
            return Ok(None);
        };
        if ceremony.expires_at <= self.now() {
            return Ok(None);
        }
        Ok(from_b64(&ceremony.state))
    }

    /// The account's WebAuthn user handle, made (and indexed) at its first key. Two
    /// requests at once agree on one: it is set only where none is, in one write.
    async fn user_handle(&self, account: &Account) -> Result<UserHandle64, Error> {
        let decode = |text: &str| {
            from_b64(text)
                .and_then(|b| <[u8; 64]>::try_from(b.as_slice()).ok())
                .and_then(|b| UserHandle64::decode(b).ok())
        };
        if let Some(handle) = account.webauthn_user.as_deref().and_then(decode) {
            return Ok(handle);
        }
        let candidate = b64(UserHandle64::new().as_ref());
        let stored = accounts::update(self.store.as_ref(), &account.id, |a| {
            a.webauthn_user.get_or_insert_with(|| candidate.clone());
        })
        .await?
        .and_then(|a| a.webauthn_user)
        .ok_or_else(|| internal("the account is gone"))?;
        self.store
            .put(&keys::webauthn_user(&stored), account.id.as_bytes(), None)
            .await?;
        decode(&stored).ok_or_else(|| internal("stored user handle"))
    }

    /// "Add a security key or passkey": the options for `navigator.credentials.create`
    /// (JSON), or why not.
    pub async fn begin_key_registration(
        &self,
        account: &Account,
        session: &Session,
    ) -> Result<Result<String, FactorOutcome>, Error> {
        if let Some(refused) = self.refuse_adding(account, session) {
            return Ok(Err(refused));
        }
        if account.security_keys.len() >= MAX_KEYS {
            return Ok(Err(FactorOutcome::Refused(ern_i18n::tr!(
                "factors-keys-max",
                count = MAX_KEYS
            ))));
        }
        let handle = self.user_handle(account).await?;
        let rp_id = rp_id(&self.config.issuer)?;
        let exclude: Vec<PublicKeyCredentialDescriptor<Vec<u8>>> = account
            .security_keys
            .iter()
            .filter_map(|k| from_b64(&k.id))
            .filter_map(|id| CredentialId::try_from(id).ok())
            .map(|id| PublicKeyCredentialDescriptor {
                id,
                transports: AuthTransports::ALL,
            })
            .collect();
        let display = account.display_name();
        let user = PublicKeyCredentialUserEntity {
            name: account.email.as_str().try_into().map_err(internal)?,
            id: &handle,
            display_name: display.as_str().try_into().ok(),
        };
        let mut options = PublicKeyCredentialCreationOptions::second_factor(&rp_id, user, exclude);
        // A key that can also be a passkey, and user verification where it has any.
        options.authenticator_selection.resident_key = ResidentKeyRequirement::Preferred;
        options.authenticator_selection.user_verification = UserVerificationRequirement::Preferred;
        let (server, client) = options.start_ceremony().map_err(internal)?;
        let state = server.encode().map_err(internal)?;
        self.save_ceremony(Purpose::Register, &session.sid, state)
            .await?;
        serde_json::to_string(&client).map(Ok).map_err(internal)
    }

    /// Finishes adding a key: the browser's answer (`PublicKeyCredential.toJSON()`).
    pub async fn finish_key_registration(
        &self,
        account: &Account,
        session: &Session,
        name: &str,
        response: &str,
    ) -> Result<FactorOutcome, Error> {
        let Some(name) = clean_name(name) else {
            return Ok(FactorOutcome::Refused(ern_i18n::tr!(
                "factors-key-name-length",
                count = NAME_MAX
            )));
        };
        if let Some(refused) = self.refuse_adding(account, session) {
            return Ok(refused);
        }
        let Some(state) = self.take_ceremony(Purpose::Register, &session.sid).await? else {
            return Ok(FactorOutcome::Refused(ern_i18n::tr!(
                "factors-key-request-expired"
            )));
        };
        let server = RegistrationServerState::<64>::decode(state.as_slice()).map_err(internal)?;
        // The browser's `PublicKeyCredential.toJSON()`; members we do not use are ignored.
        let Ok(RegistrationRelaxed(registration)) = serde_json::from_str(response) else {
            return Ok(FactorOutcome::Refused(ern_i18n::tr!(
                "factors-key-malformed"
            )));
        };
        let rp_id = rp_id(&self.config.issuer)?;
        let origins = [origin(&self.config.issuer)];
        let verify_options = RegistrationVerificationOptions::<String, String> {
            allowed_origins: &origins,
            ..Default::default()
        };
        let credential = match server.verify(&rp_id, &registration, &verify_options) {
            Ok(credential) => credential,
            Err(e) => {
                tracing::info!(account = %account.id, error = %e, "security key registration refused");
                return Ok(FactorOutcome::Refused(ern_i18n::tr!(
                    "factors-key-unverified"
                )));
            }
        };
        let id = b64(credential.id().as_ref());
        let static_state = credential.static_state().encode().map_err(internal)?;
        let key = SecurityKey {
            id: id.clone(),
            name: name.clone(),
            added_at: self.now(),
            last_used: None,
            static_state: b64(&static_state),
            dynamic_state: encode_dynamic(credential.dynamic_state())?,
        };
        // One credential, one account: a key registered elsewhere proves nothing here.
        if !self.claim_credential(&id, &account.id).await? {
            return Ok(FactorOutcome::Refused(ern_i18n::tr!(
                "factors-key-registered"
            )));
        }
        let added = Factor::SecurityKey(id.clone());
        let secure_link = self
            .link_if_added_under_code(account, session, added)
            .await?;
        let hold_until = self.factor_hold_end();
        // A hold set meanwhile (PANIC, another factor added with a code) wins.
        let updated = accounts::update(self.store.as_ref(), &account.id, |a| {
            if self.factor_hold(a).is_none() {
                a.security_keys.push(key.clone());
                if secure_link.is_some() {
                    a.factor_hold_until = Some(hold_until);
                    a.factor_hold_by_code = true;
                }
            }
        })
        .await?;
        if !updated
            .as_ref()
            .is_some_and(|a| a.security_keys.iter().any(|k| k.id == id))
        {
            self.store.delete(&keys::webauthn_credential(&id)).await?;
            let reason = updated.as_ref().and_then(|a| self.hold_reason(a));
            return Ok(reason.map_or(FactorOutcome::NoAccount, FactorOutcome::Refused));
        }
        // A key can sign in without the password (a passkey), and a reset does not remove
        // it: added by the password alone, or with a recovery code, the owner gets the way
        // to take it back.
        if let Some(link) = secure_link {
            let what = Line::new("history-key-added").with(Placeholder::Name, &*name);
            let under_code = Some((hold_until, link.as_str()));
            self.factor_added(account, what, under_code, &session.ip)
                .await?;
        } else if crate::recovery::recent_real_factor(session, self.now()) {
            let what = Line::new("history-key-added").with(Placeholder::Name, &*name);
            self.security_event(account, what, &session.ip).await?;
        } else {
            // The link goes to the mailbox only: the history is read by whoever holds the
            // password, who must not be able to use it.
            let link = self.secure_account_link(&account.id).await?;
            let recorded =
                Line::new("history-key-added-password-only").with(Placeholder::Name, &*name);
            let mailed = Line::new("history-key-added-password-only-mailed")
                .with(Placeholder::Name, &*name)
                .with(Placeholder::Link, link);
            self.security_event_mailing(account, recorded, mailed, &session.ip)
                .await?;
        }
        Ok(FactorOutcome::Confirmed(name))
    }

    /// Records that credential `id` belongs to `account_id`; false when a live account
    /// holds it. An entry left by an account or key that is gone is taken over.
    async fn claim_credential(&self, id: &str, account_id: &str) -> Result<bool, Error> {
        let key = keys::webauthn_credential(id);
        if self
            .store
            .put_if_absent(&key, account_id.as_bytes(), None)
            .await?
        {
            return Ok(true);
        }
        let Some(owner) = self.store.get(&key).await? else {
            return Ok(self
                .store
                .put_if_absent(&key, account_id.as_bytes(), None)
                .await?);
        };
        let owner = String::from_utf8_lossy(&owner).into_owned();
        if owner == account_id {
            return Ok(!accounts::get(self.store.as_ref(), account_id)
                .await?
                .is_some_and(|a| a.security_keys.iter().any(|k| k.id == id)));
        }
        let held = accounts::get(self.store.as_ref(), &owner)
            .await?
            .is_some_and(|a| a.security_keys.iter().any(|k| k.id == id));
        if held {
            return Ok(false);
        }
        Ok(self
            .store
            .compare_and_set(
                &key,
                Some(owner.as_bytes()),
                Some(account_id.as_bytes()),
                None,
            )
            .await?)
    }

    /// Deletes a key (a recent second factor needed, as for every factor).
    pub async fn delete_key(
        &self,
        account: &Account,
        (session, session_token): (&Session, &str),
        id: &str,
    ) -> Result<FactorOutcome, Error> {
        if let Some(refused) = self.refuse_weakening(account, session) {
            return Ok(refused);
        }
        let Some(key) = account.security_keys.iter().find(|k| k.id == id) else {
            // Maybe a retry whose first attempt removed it and failed before the rest: its
            // sign-in index goes too, if it is still this account's, and the retry is
            // answered as the first attempt would have been (as for tokens and devices).
            self.store
                .compare_and_set(
                    &keys::webauthn_credential(id),
                    Some(account.id.as_bytes()),
                    None,
                    None,
                )
                .await?;
            self.after_factor_removed(account, session_token).await?;
            return Ok(FactorOutcome::Deleted {
                others_signed_out: true,
            });
        };
        let removal = self.remove_in_write(&account.id, session, |a| {
            let before = a.security_keys.len();
            a.security_keys.retain(|k| k.id != id);
            a.security_keys.len() < before
        });
        if let Some(refused) = removal.await? {
            return Ok(refused);
        }
        self.store.delete(&keys::webauthn_credential(id)).await?;
        let what = Line::new("history-key-deleted").with(Placeholder::Name, &*key.name);
        self.security_event(account, what, &session.ip).await?;
        self.after_factor_removed(account, session_token).await?;
        Ok(FactorOutcome::Deleted {
            others_signed_out: true,
        })
    }

    /// The second factor after the password: options for `navigator.credentials.get`
    /// naming this account's keys; `None` when it has none.
    pub async fn begin_key_sign_in(
        &self,
        account: &Account,
        session: &Session,
        require_uv: bool,
    ) -> Result<Option<String>, Error> {
        let allowed: Vec<AllowedCredential> = account
            .security_keys
            .iter()
            .filter_map(|k| from_b64(&k.id))
            .filter_map(|id| CredentialId::try_from(id).ok())
            .map(|id| {
                AllowedCredential::from(PublicKeyCredentialDescriptor {
                    id,
                    transports: AuthTransports::ALL,
                })
            })
            .collect();
        if allowed.is_empty() {
            return Ok(None);
        }
        let rp_id = rp_id(&self.config.issuer)?;
        let mut list = AllowedCredentials::with_capacity(allowed.len());
        for credential in allowed {
            list.push(credential);
        }
        let Ok(mut options) = NonDiscoverableCredentialRequestOptions::second_factor(&rp_id, list)
        else {
            return Ok(None);
        };
        // For "high" the key must verify the user; otherwise where it can.
        options.options().user_verification = if require_uv {
            UserVerificationRequirement::Required
        } else {
            UserVerificationRequirement::Preferred
        };
        let (server, client) = options.start_ceremony().map_err(internal)?;
        let state = server.encode().map_err(internal)?;
        self.save_ceremony(Purpose::SecondFactor, &session.sid, state)
            .await?;
        serde_json::to_string(&client).map(Some).map_err(internal)
    }

    /// Checks the assertion of one of the account's keys against the ceremony of this
    /// session; on success the session gains "hwk", "user" and, verified, "pin".
    pub async fn verify_key_sign_in(
        &self,
        session_token: &str,
        session: &Session,
        account: &Account,
        response: &str,
    ) -> Result<KeyOutcome, Error> {
        let outcome = self
            .check_key_sign_in(session_token, session, account, response)
            .await;
        if let Ok(outcome) = &outcome {
            crate::metrics::second_factor(Method::SecurityKey, proof(outcome));
        }
        outcome
    }

    async fn check_key_sign_in(
        &self,
        session_token: &str,
        session: &Session,
        account: &Account,
        response: &str,
    ) -> Result<KeyOutcome, Error> {
        let Some(state) = self
            .take_ceremony(Purpose::SecondFactor, &session.sid)
            .await?
        else {
            return Ok(KeyOutcome::Expired);
        };
        let server =
            NonDiscoverableAuthenticationServerState::decode(state.as_slice()).map_err(internal)?;
        let Ok(AuthenticationRelaxed(authentication)) =
            serde_json::from_str::<NonDiscoverableAuthenticationRelaxed64>(response)
        else {
            return Ok(KeyOutcome::Refused);
        };
        let raw_id = b64(authentication.raw_id().as_ref());
        let Some(key) = account.security_keys.iter().find(|k| k.id == raw_id) else {
            return Ok(KeyOutcome::Refused);
        };
        let handle = self.user_handle(account).await?;
        let rp_id = rp_id(&self.config.issuer)?;
        let outcome = self
            .check_assertion(account, key, &handle, &session.ip, |cred, options| {
                server.verify(&rp_id, &authentication, cred, options)
            })
            .await?;
        let KeyOutcome::Verified { user_verified: uv } = outcome else {
            return Ok(outcome);
        };
        // Only now is the authenticator data known to be the key's.
        let uv = uv && uv_flag(authentication.response().authenticator_data());
        let mut methods = vec!["hwk", "user"];
        if uv {
            methods.extend(["pin", sessions::VERIFIED_KEY]);
        }
        for method in methods {
            sessions::add_method(self.store.as_ref(), session_token, self.now(), method).await?;
        }
        Ok(outcome)
    }

    /// Passkey sign-in: options for a discoverable credential with user verification,
    /// bound to this browser.
    pub async fn begin_passkey(&self, browser_id: &str) -> Result<String, Error> {
        let rp_id = rp_id(&self.config.issuer)?;
        let (server, client) = DiscoverableCredentialRequestOptions::passkey(&rp_id)
            .start_ceremony()
            .map_err(internal)?;
        let state = server.encode().map_err(internal)?;
        self.save_ceremony(Purpose::Passkey, browser_id, state)
            .await?;
        serde_json::to_string(&client).map_err(internal)
    }

    /// The account whose passkey answered this browser's ceremony (user verified).
    pub async fn verify_passkey(
        &self,
        browser_id: &str,
        response: &str,
        ip: &str,
    ) -> Result<PasskeyOutcome, Error> {
        let Some(state) = self.take_ceremony(Purpose::Passkey, browser_id).await? else {
            crate::metrics::second_factor(Method::Passkey, Proof::Expired);
            return Ok(PasskeyOutcome::Expired);
        };
        let server =
            DiscoverableAuthenticationServerState::decode(state.as_slice()).map_err(internal)?;
        let Ok(AuthenticationRelaxed(authentication)) =
            serde_json::from_str::<DiscoverableAuthenticationRelaxed64>(response)
        else {
            crate::metrics::second_factor(Method::Passkey, Proof::Wrong);
            return Ok(PasskeyOutcome::Refused);
        };
        let handle = b64(authentication.response().user_handle().as_ref());
        let Some(account_id) = self.store.get(&keys::webauthn_user(&handle)).await? else {
            crate::metrics::second_factor(Method::Passkey, Proof::Wrong);
            return Ok(PasskeyOutcome::Refused);
        };
        let account_id = String::from_utf8_lossy(&account_id).into_owned();
        let Some(account) = accounts::get(self.store.as_ref(), &account_id).await? else {
            crate::metrics::second_factor(Method::Passkey, Proof::Wrong);
            return Ok(PasskeyOutcome::Refused);
        };
        let raw_id = b64(authentication.raw_id().as_ref());
        let Some(key) = account.security_keys.iter().find(|k| k.id == raw_id) else {
            crate::metrics::second_factor(Method::Passkey, Proof::Wrong);
            return Ok(PasskeyOutcome::Refused);
        };
        let user = self.user_handle(&account).await?;
        let rp_id = rp_id(&self.config.issuer)?;
        let outcome = self
            .check_assertion(&account, key, &user, ip, |cred, options| {
                server.verify(&rp_id, &authentication, cred, options)
            })
            .await?;
        crate::metrics::second_factor(Method::Passkey, proof(&outcome));
        Ok(match outcome {
            // The ceremony required user verification (the library checked the flag).
            KeyOutcome::Verified { .. } if account.disabled => PasskeyOutcome::Refused,
            KeyOutcome::Verified { .. } => PasskeyOutcome::SignedIn(Box::new(account), raw_id),
            KeyOutcome::Cloned => PasskeyOutcome::Cloned,
            KeyOutcome::Expired => PasskeyOutcome::Expired,
            KeyOutcome::Refused => PasskeyOutcome::Refused,
        })
    }

    /// Runs `verify` on the stored credential `key`; records a cloned key, and the new
    /// counter and last use of a good one.
    async fn check_assertion<F>(
        &self,
        account: &Account,
        key: &SecurityKey,
        handle: &UserHandle64,
        ip: &str,
        verify: F,
    ) -> Result<KeyOutcome, Error>
    where
        F: FnOnce(
            &mut AuthenticatedCredential<
                '_,
                '_,
                64,
                webauthn_rp::response::register::CompressedPubKey<
                    [u8; 32],
                    [u8; 32],
                    [u8; 48],
                    Vec<u8>,
                >,
            >,
            &AuthenticationVerificationOptions<'_, '_, String, String>,
        ) -> Result<bool, AuthCeremonyErr>,
    {
        let (id, static_state, dynamic_state) = decode_key(key)?;
        let credential_id = CredentialId::try_from(id.as_slice()).map_err(internal)?;
        let mut credential =
            AuthenticatedCredential::new(credential_id, handle, static_state, dynamic_state)
                .map_err(internal)?;
        let origins = [origin(&self.config.issuer)];
        let options = AuthenticationVerificationOptions::<String, String> {
            allowed_origins: &origins,
            sig_counter_enforcement: SignatureCounterEnforcement::Fail,
            update_uv: true,
            ..Default::default()
        };
        match verify(&mut credential, &options) {
            Ok(_) => {}
            Err(AuthCeremonyErr::SignatureCounter) => {
                self.security_event(account, cloned(key), ip).await?;
                tracing::warn!(account = %account.id, key = %key.id, "security key counter went backwards");
                return Ok(KeyOutcome::Cloned);
            }
            Err(e) => {
                tracing::info!(account = %account.id, error = %e, "security key assertion refused");
                return Ok(KeyOutcome::Refused);
            }
        }
        let dynamic = encode_dynamic(credential.dynamic_state())?;
        let counter = credential.dynamic_state().sign_count;
        let now = self.now();
        let id = key.id.clone();
        let raced = AtomicBool::new(false);
        // The counter is compared again with the stored one in the write itself: of two
        // assertions with the same counter at once, the second is a copy.
        accounts::update(self.store.as_ref(), &account.id, |a| {
            raced.store(false, Ordering::SeqCst);
            if let Some(k) = a.security_keys.iter_mut().find(|k| k.id == id) {
                let stored = from_b64(&k.dynamic_state)
                    .and_then(|b| <[u8; 7]>::try_from(b.as_slice()).ok())
                    .and_then(|b| DynamicState::decode(b).ok())
                    .map_or(0, |d| d.sign_count);
                if counter != 0 && stored >= counter {
                    raced.store(true, Ordering::SeqCst);
                    return;
                }
                k.dynamic_state = dynamic.clone();
                k.last_used = Some(now);
            }
        })
        .await?;
        if raced.load(Ordering::SeqCst) {
            self.security_event(account, cloned(key), ip).await?;
            return Ok(KeyOutcome::Cloned);
        }
        Ok(KeyOutcome::Verified {
            user_verified: true,
        })
    }
}
