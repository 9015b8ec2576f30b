//! Recovery codes: ten single-use codes, shown once in My account, kept only as keyed
//! hashes (HMAC under the replicas' shared secret, so a copy of the store alone cannot be
//! searched offline). "Generate" replaces the whole set. A code proves a second factor
//! only far enough to reach My account and enrol a new one (the session gains "rec",
//! which no application's level counts: see `Session::acr`); every use is recorded and
//! mailed with the number left.

use crate::metrics::{Method, Proof};
use std::sync::atomic::{AtomicBool, Ordering};

use super::FactorOutcome;
use crate::accounts::{self, Account};
use crate::audit::{Line, Placeholder};
use crate::clients::Acr;
use crate::error::Error;
use crate::provider::Provider;
use crate::secrets::{b64, constant_time_eq, hmac_sha256, random_bytes};
use crate::sessions::{self, Session};
use crate::throttle;

pub const CODES: usize = 10;
/// No 0/O, 1/I/L: easy to read from paper and to type.
const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const CODE_CHARS: usize = 10;

/// What was typed, as stored: upper case, without spaces or dashes.
fn normalize(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

fn new_code() -> String {
    // Rejection sampling: only bytes below a multiple of the alphabet's size, no bias.
    let limit = 256 - 256 % ALPHABET.len();
    let mut raw = String::new();
    while raw.len() < CODE_CHARS {
        for b in random_bytes(CODE_CHARS) {
            if usize::from(b) < limit && raw.len() < CODE_CHARS {
                raw.push(ALPHABET[usize::from(b) % ALPHABET.len()] as char);
            }
        }
    }
    format!("{}-{}", &raw[..5], &raw[5..])
}

/// A code of a set does not make the next set directly: only a sign-in that proved a
/// factor other than a recovery code may make one (the owner who lost everything adds a
/// factor with the code, then signs in with it). A session signed in with a code may add
/// a factor (that is what codes are for), but that factor puts the account on hold
/// (`crate::recovery`): no set is made, by anyone, until the hold ends, and the owner's
/// mailbox has the link that takes it all back.
pub fn may_replace_codes(session: &Session) -> bool {
    session.acr() != Acr::Low
}

impl Provider {
    /// Why this session may not make a set whatever it confirms first, if so: the account
    /// has no second factor, is on hold, or the session proved only a code. (A session
    /// that only needs to confirm a factor again is not refused here.)
    pub fn why_no_new_codes(&self, account: &Account, session: &Session) -> Option<String> {
        if !account.has_second_factor() {
            return Some(ern_i18n::tr!("factors-codes-add-first"));
        }
        if let Some(reason) = self.hold_reason(account) {
            return Some(reason);
        }
        (!may_replace_codes(session)).then(|| ern_i18n::tr!("factors-codes-need-real-factor"))
    }

    fn recovery_hash(&self, account_id: &str, code: &str) -> String {
        b64(&hmac_sha256(
            self.secret(),
            format!("recovery-code|{account_id}|{}", normalize(code)).as_bytes(),
        ))
    }

    /// A new set of recovery codes (the old one stops working), shown to the user once,
    /// and whether the other sessions were ended. A set that replaces one (used up or not)
    /// is handled as a factor's removal (`after_factor_removed`): every other session of
    /// the account ends, device enrolment links mailed before die (`link_epoch`), and
    /// enrolments begun and not finished are dropped. Whoever signed in with a code of
    /// the old set, or holds one, may be why it is replaced; and such a session may not
    /// make a set at all (`may_replace_codes`).
    pub async fn generate_recovery_codes(
        &self,
        account: &Account,
        (session, session_token): (&Session, &str),
    ) -> Result<Result<(Vec<String>, bool), FactorOutcome>, Error> {
        if let Some(reason) = self.why_no_new_codes(account, session) {
            return Ok(Err(FactorOutcome::Refused(reason)));
        }
        if let Some(refused) = self.refuse_weakening(account, session) {
            return Ok(Err(refused));
        }
        let codes: Vec<String> = (0..CODES).map(|_| new_code()).collect();
        let hashes: Vec<String> = codes
            .iter()
            .map(|c| self.recovery_hash(&account.id, c))
            .collect();
        let now = self.now();
        let replaced = AtomicBool::new(false);
        accounts::update(self.store.as_ref(), &account.id, |a| {
            let replacing = a.recovery_codes_at.is_some();
            replaced.store(replacing, Ordering::SeqCst);
            a.recovery_codes = hashes.clone();
            a.recovery_codes_at = Some(now);
            if replacing {
                // As when a factor is removed: device enrolment links mailed before die.
                a.link_epoch = a.link_epoch.wrapping_add(1);
            }
        })
        .await?;
        let replaced = replaced.load(Ordering::SeqCst);
        if replaced {
            // A code of the old set is gone as a factor is: whoever signed in with one
            // keeps no session, and no enrolment begun with it.
            self.after_factor_removed(account, session_token).await?;
        }
        self.security_event(account, Line::new("history-codes-generated"), &session.ip)
            .await?;
        Ok(Ok((codes, replaced)))
    }

    /// Signs the session in with a recovery code, which is used up. `Confirmed(n)`: `n`
    /// codes are left.
    pub async fn verify_recovery_code(
        &self,
        session_token: &str,
        session: &Session,
        account: &Account,
        typed: &str,
    ) -> Result<FactorOutcome, Error> {
        let store = self.store.as_ref();
        // A code moves no `auth_time` (it is no sign-in), so on a session whose password
        // is older than a code's use it would give nothing: refused before it is used up
        // (and before it counts as a guess). A stolen cookie and a stolen code are not a
        // recent sign-in either.
        if self.now() - session.auth_time > crate::recovery::RECENT_SECONDS {
            return Ok(FactorOutcome::Refused(ern_i18n::tr!(
                "factors-code-sign-in-again"
            )));
        }
        if !throttle::reserve_second_factor_guess(store, "recovery", &account.id).await? {
            crate::metrics::second_factor(Method::RecoveryCode, Proof::TooMany);
            return Ok(FactorOutcome::TooManySms);
        }
        let hash = self.recovery_hash(&account.id, typed);
        let used = AtomicBool::new(false);
        // Removed in the same compare-and-set that reads the set: two uses of one code
        // at once, one wins.
        let after = accounts::update(store, &account.id, |a| {
            let before = a.recovery_codes.len();
            a.recovery_codes
                .retain(|h| !constant_time_eq(h.as_bytes(), hash.as_bytes()));
            used.store(a.recovery_codes.len() < before, Ordering::SeqCst);
        })
        .await?;
        let Some(after) = after.filter(|_| used.load(Ordering::SeqCst)) else {
            crate::metrics::second_factor(Method::RecoveryCode, Proof::Wrong);
            return Ok(FactorOutcome::Refused(ern_i18n::tr!("factors-code-wrong")));
        };
        throttle::clear_second_factor_guesses(store, "recovery", &account.id).await?;
        sessions::add_recovery_code(store, session_token, self.now()).await?;
        crate::metrics::second_factor(Method::RecoveryCode, Proof::Ok);
        let left = after.recovery_codes.len();
        let what = Line::new("history-code-used").with(Placeholder::Count, left);
        self.security_event(account, what, &session.ip).await?;
        Ok(FactorOutcome::Confirmed(left.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_readable_and_typed_loosely() {
        let code = new_code();
        assert_eq!(code.len(), 11);
        assert!(
            code.chars()
                .all(|c| c == '-' || ALPHABET.contains(&(c as u8)))
        );
        assert_eq!(normalize(" abcde-fghjk "), "ABCDEFGHJK");
    }
}
