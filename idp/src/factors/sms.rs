//! Mobile phone numbers: normalisation to E.164, and the SMS text challenges that confirm
//! a number and serve as a second factor at sign-in.
//!
//! Challenges are 9 characters in groups of three (`K7F-Q2M-X9P`, as EU Login's), drawn
//! from the CSPRNG over an alphabet without look-alikes, stored only as a hash, valid five
//! minutes, killed after five wrong tries, and taken atomically when right.

use crate::metrics::{Method, Proof};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::FactorOutcome;
use crate::accounts::credentials::Factor;
use crate::accounts::{self, Account};
use crate::audit::{Line, Placeholder};
use crate::clock::format_utc;
use crate::error::Error;
use crate::provider::Provider;
use crate::secrets::{constant_time_eq, random_bytes, token_hash};
use crate::sessions::{self, Session};
use crate::store::keys;
use crate::store::{Store, StoreError};
use crate::throttle;

pub const CHALLENGE_SECONDS: i64 = 5 * 60;
pub const MAX_TRIES: u32 = 5;
/// No 0/O, 1/I/L: easy to read on a phone and type on a keyboard.
const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

pub use crate::accounts::credentials::Phone;

/// `+32 123 45 67 89`, `0032 123...` -> `+32123456789`; `None` unless international.
pub fn normalize(input: &str) -> Option<String> {
    let compact: String = input
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')' | '/'))
        .collect();
    let digits = compact
        .strip_prefix('+')
        .or_else(|| compact.strip_prefix("00"))?;
    let valid = (8..=15).contains(&digits.len())
        && digits.chars().all(|c| c.is_ascii_digit())
        && !digits.starts_with('0');
    valid.then(|| format!("+{digits}"))
}

/// How a stored number (E.164) is shown: grouped as people write it in its country,
/// `+32470123456` -> `+32 470 12 34 56`, `+491701234567` -> `+49 170 1234567`, by the
/// numbering plans of libphonenumber's metadata. A number outside every plan is shown as
/// stored.
pub fn grouped(number: &str) -> String {
    match phonenumber::parse(None, number) {
        Ok(parsed) => parsed
            .format()
            .mode(phonenumber::Mode::International)
            .to_string(),
        Err(_) => number.to_owned(),
    }
}

/// How a phone of an account is shown: as its owner typed it when that was the
/// international format in groups (`+32 123 45 67 89`), else `grouped`.
pub fn shown(phone: &Phone) -> String {
    display_form(&phone.typed, &phone.number)
}

/// `typed` with its spaces tidied when it is `number` written in groups, else `number`
/// grouped by its country's plan.
fn display_form(typed: &str, number: &str) -> String {
    let tidy = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    let in_groups = tidy.starts_with('+') && tidy.contains(' ');
    if in_groups && normalize(&tidy).as_deref() == Some(number) {
        tidy
    } else {
        grouped(number)
    }
}

/// How `number` of `account` is shown (`shown`), also when the account lacks it.
pub fn shown_in(account: &Account, number: &str) -> String {
    account
        .phones
        .iter()
        .find(|p| p.number == number)
        .map_or_else(|| grouped(number), shown)
}

/// `+32123456789` -> `+32 ••• •• 67 89`: enough to recognise one's own number.
pub fn masked(number: &str) -> String {
    let visible: String = number
        .chars()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let prefix: String = number.chars().take(3).collect();
    format!(
        "{prefix} ••• {} {}",
        &visible[..2.min(visible.len())],
        &visible[2.min(visible.len())..]
    )
}

pub fn new_code() -> String {
    let bytes = random_bytes(9);
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect();
    // 256 % 31 != 0 gives a bias under 1 % per character; 9 characters keep > 44 bits.
    format!(
        "{}-{}-{}",
        chars[..3].iter().collect::<String>(),
        chars[3..6].iter().collect::<String>(),
        chars[6..].iter().collect::<String>()
    )
}

/// How a person types it back: case, spaces and dashes do not matter.
pub fn canonical(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Challenge {
    number: String,
    code_hash: String,
    expires_at: i64,
    tries: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Checked {
    /// Right: the challenge is used up. Carries the number it was sent to.
    Right(String),
    Wrong {
        tries_left: u32,
    },
    /// Expired, used, killed by too many tries, or never sent.
    NoChallenge,
}

/// Stores a new challenge under `key` (replacing any earlier one) and returns the code.
pub async fn issue(
    store: &dyn Store,
    key: &str,
    number: &str,
    now: i64,
) -> Result<String, StoreError> {
    let code = new_code();
    let challenge = Challenge {
        number: number.to_owned(),
        code_hash: token_hash(&canonical(&code)),
        expires_at: now + CHALLENGE_SECONDS,
        tries: 0,
    };
    let bytes = serde_json::to_vec(&challenge).map_err(|e| StoreError::Backend(e.to_string()))?;
    let ttl = Duration::from_secs(u64::try_from(CHALLENGE_SECONDS).unwrap_or(300));
    store.put(key, &bytes, Some(ttl)).await?;
    Ok(code)
}

/// Checks `typed` against the challenge under `key`. Counting a wrong try is a
/// compare-and-set, so concurrent guesses cannot get more than `MAX_TRIES` between them.
/// Checks `typed` against the challenge at `key`. A right answer consumes the challenge
/// unless `keep` (the caller then does its durable work first and calls `consume`, so a
/// retry after a lost answer finds the challenge still there).
pub async fn check(
    store: &dyn Store,
    key: &str,
    typed: &str,
    now: i64,
) -> Result<Checked, StoreError> {
    check_and(store, key, typed, now, true).await
}

/// `check`, leaving a rightly answered challenge in place for `consume`.
pub async fn check_keeping(
    store: &dyn Store,
    key: &str,
    typed: &str,
    now: i64,
) -> Result<Checked, StoreError> {
    check_and(store, key, typed, now, false).await
}

/// Consumes a challenge whose right answer has been acted on.
pub async fn consume(store: &dyn Store, key: &str) -> Result<(), StoreError> {
    store.delete(key).await?;
    Ok(())
}

async fn check_and(
    store: &dyn Store,
    key: &str,
    typed: &str,
    now: i64,
    consume_right: bool,
) -> Result<Checked, StoreError> {
    loop {
        let Some(current) = store.get(key).await? else {
            return Ok(Checked::NoChallenge);
        };
        let Ok(mut challenge) = serde_json::from_slice::<Challenge>(&current) else {
            return Ok(Checked::NoChallenge);
        };
        if challenge.expires_at <= now || challenge.tries >= MAX_TRIES {
            store
                .compare_and_set(key, Some(&current), None, None)
                .await?;
            return Ok(Checked::NoChallenge);
        }
        if constant_time_eq(
            token_hash(&canonical(typed)).as_bytes(),
            challenge.code_hash.as_bytes(),
        ) {
            if !consume_right {
                return Ok(Checked::Right(challenge.number));
            }
            // Right: consumed here, once, even if two submissions race.
            if store
                .compare_and_set(key, Some(&current), None, None)
                .await?
            {
                return Ok(Checked::Right(challenge.number));
            }
            continue;
        }
        challenge.tries += 1;
        let next =
            serde_json::to_vec(&challenge).map_err(|e| StoreError::Backend(e.to_string()))?;
        let ttl =
            Duration::from_secs(u64::try_from((challenge.expires_at - now).max(1)).unwrap_or(1));
        let written = if challenge.tries >= MAX_TRIES {
            store
                .compare_and_set(key, Some(&current), None, None)
                .await?
        } else {
            store
                .compare_and_set(key, Some(&current), Some(&next), Some(ttl))
                .await?
        };
        if written {
            return Ok(Checked::Wrong {
                tries_left: MAX_TRIES - challenge.tries,
            });
        }
    }
}

/// How many numbers an account may have.
pub const MAX_PHONES: usize = 5;

/// What the user is told when an SMS text challenge is not accepted.
fn challenge_refusal(checked: &Checked) -> FactorOutcome {
    FactorOutcome::Refused(match checked {
        Checked::Wrong { tries_left } => ern_i18n::tr!("factors-sms-wrong", count = *tries_left),
        _ => ern_i18n::tr!("factors-sms-expired"),
    })
}

impl Provider {
    /// Sends `code` to `number` in `language` (the account's).
    async fn send_code(&self, number: &str, code: &str, language: &str) -> Result<(), Error> {
        let body = crate::notify::i18n::sms_challenge(
            crate::notify::i18n::account_language(language),
            &self.config.site_name,
            code,
            (CHALLENGE_SECONDS / 60).unsigned_abs(),
        );
        self.sms
            .send(number, &body, &format_utc(self.now()))
            .await
            .map_err(|e| Error::Upstream(e.to_string()))
    }

    /// "Add a mobile phone number": the number is kept unconfirmed and an SMS text
    /// challenge is sent to it.
    pub async fn add_phone(
        &self,
        account: &Account,
        session: &Session,
        input: &str,
        ip: &str,
    ) -> Result<FactorOutcome, Error> {
        if let Some(refused) = self.refuse_adding(account, session) {
            return Ok(refused);
        }
        let Some(number) = normalize(input) else {
            return Ok(FactorOutcome::Refused(ern_i18n::tr!(
                "factors-phone-format"
            )));
        };
        if account.phones.len() >= MAX_PHONES && !account.phones.iter().any(|p| p.number == number)
        {
            return Ok(FactorOutcome::Refused(ern_i18n::tr!(
                "factors-phones-max",
                count = MAX_PHONES
            )));
        }
        if account
            .phones
            .iter()
            .any(|p| p.number == number && p.verified)
        {
            return Ok(FactorOutcome::Refused(ern_i18n::tr!(
                "factors-phone-already-confirmed"
            )));
        }
        if !throttle::allow_sms(self.store.as_ref(), &self.config, &account.id, &number, ip).await?
        {
            return Ok(FactorOutcome::TooManySms);
        }
        let now = self.now();
        accounts::update(self.store.as_ref(), &account.id, |a| {
            if !a.phones.iter().any(|p| p.number == number) {
                a.phones.push(Phone {
                    number: number.clone(),
                    typed: input.split_whitespace().collect::<Vec<_>>().join(" "),
                    verified: false,
                    added_at: now,
                });
            }
        })
        .await?;
        let code = issue(
            self.store.as_ref(),
            &keys::sms_challenge("confirm", &account.id),
            &number,
            now,
        )
        .await?;
        self.send_code(&number, &code, &account.language).await?;
        Ok(FactorOutcome::ChallengeSent(display_form(input, &number)))
    }

    /// The SMS text challenge that confirms the number added last, from a session that
    /// may add a factor to the account (as the one that added it had to). Confirmed by a
    /// session that proved only a recovery code, the phone puts the account on hold in the
    /// same write (`adds_under_code`).
    pub async fn confirm_phone(
        &self,
        account: &Account,
        session: &Session,
        typed: &str,
        ip: &str,
    ) -> Result<FactorOutcome, Error> {
        if let Some(refused) = self.refuse_adding(account, session) {
            return Ok(refused);
        }
        // Confirmed first, consumed after: a retry after a lost answer finds the challenge.
        let key = keys::sms_challenge("confirm", &account.id);
        match check_keeping(self.store.as_ref(), &key, typed, self.now()).await? {
            Checked::Right(number) => {
                let added = Factor::Phone(number.clone());
                let secure_link = self
                    .link_if_added_under_code(account, session, added)
                    .await?;
                let hold_until = self.factor_hold_end();
                // Checked again in the write itself: a hold set meanwhile (PANIC, another
                // factor added with a code) wins, and so does what moved `link_epoch` since
                // this request read the account (a new set of recovery codes, a factor
                // removed: they drop this challenge, but maybe only after it was read here).
                let epoch = account.link_epoch;
                let updated = accounts::update(self.store.as_ref(), &account.id, |a| {
                    if self.factor_hold(a).is_none() && a.link_epoch == epoch {
                        for phone in a.phones.iter_mut().filter(|p| p.number == number) {
                            phone.verified = true;
                        }
                        if secure_link.is_some() {
                            a.factor_hold_until = Some(hold_until);
                            a.factor_hold_by_code = true;
                        }
                    }
                })
                .await?;
                let Some(updated) = updated else {
                    consume(self.store.as_ref(), &key).await?;
                    return Ok(FactorOutcome::NoAccount);
                };
                if !updated
                    .phones
                    .iter()
                    .any(|p| p.number == number && p.verified)
                {
                    consume(self.store.as_ref(), &key).await?;
                    return Ok(match self.hold_reason(&updated) {
                        Some(reason) => FactorOutcome::Refused(reason),
                        None => challenge_refusal(&Checked::NoChallenge),
                    });
                }
                tracing::info!(account = %account.id, "mobile phone confirmed");
                let shown = shown_in(&updated, &number);
                let what = Line::new("history-phone-added").with(Placeholder::Number, &*shown);
                // Told before the challenge is consumed: a fault in between leaves a retry
                // that finds it (and, under a code, the hold), not a phone nobody was told of.
                let under_code = secure_link.as_deref().map(|link| (hold_until, link));
                self.factor_added(account, what, under_code, ip).await?;
                consume(self.store.as_ref(), &key).await?;
                Ok(FactorOutcome::Confirmed(shown))
            }
            other => Ok(challenge_refusal(&other)),
        }
    }

    pub async fn delete_phone(
        &self,
        account: &Account,
        (session, session_token): (&Session, &str),
        number: &str,
        ip: &str,
    ) -> Result<FactorOutcome, Error> {
        let present = account.phones.iter().find(|p| p.number == number);
        if present.is_some_and(|p| p.verified)
            && let Some(refused) = self.refuse_weakening(account, session)
        {
            return Ok(refused);
        }
        // Decided again on the account as written, not as read: a number confirmed
        // meanwhile stays unless this session may remove confirmed ones (and the account
        // is not on hold).
        let (mut allowed, mut removed_confirmed, mut kept_confirmed) = (false, false, false);
        let mut refused = None;
        accounts::update(self.store.as_ref(), &account.id, |a| {
            refused = self.refuse_weakening(a, session);
            allowed = refused.is_none();
            (removed_confirmed, kept_confirmed) = (false, false);
            a.phones.retain(|p| {
                if p.number != number {
                    return true;
                }
                if p.verified && !allowed {
                    kept_confirmed = true;
                    return true;
                }
                removed_confirmed |= p.verified;
                false
            });
            if removed_confirmed {
                a.link_epoch = a.link_epoch.wrapping_add(1);
            }
        })
        .await?;
        if kept_confirmed {
            return Ok(refused.unwrap_or(FactorOutcome::SecondFactorNeeded));
        }
        if removed_confirmed {
            let what = Line::new("history-phone-deleted")
                .with(Placeholder::Number, shown_in(account, number));
            self.security_event(account, what, ip).await?;
        }
        // A number already gone may be a retry whose first attempt removed it.
        let others_signed_out = removed_confirmed || (present.is_none() && allowed);
        if others_signed_out {
            self.after_factor_removed(account, session_token).await?;
        }
        Ok(FactorOutcome::Deleted { others_signed_out })
    }

    /// Whether `number` is still one of the account's confirmed phones.
    async fn still_a_phone_of(&self, account_id: &str, number: &str) -> Result<bool, Error> {
        let account = accounts::get(self.store.as_ref(), account_id).await?;
        Ok(account.is_some_and(|a| a.verified_phones().any(|p| p == number)))
    }

    /// Sign-in step "Mobile phone": sends the SMS text challenge to one of the account's
    /// confirmed numbers.
    pub async fn send_sign_in_sms(
        &self,
        account: &Account,
        session: &Session,
        input: &str,
        ip: &str,
    ) -> Result<FactorOutcome, Error> {
        let Some(number) = normalize(input) else {
            return Ok(FactorOutcome::Refused(ern_i18n::tr!(
                "factors-phone-format"
            )));
        };
        if !account.verified_phones().any(|p| p == number) {
            return Ok(FactorOutcome::Refused(ern_i18n::tr!(
                "factors-phone-not-yours"
            )));
        }
        if !throttle::allow_sms(self.store.as_ref(), &self.config, &account.id, &number, ip).await?
        {
            return Ok(FactorOutcome::TooManySms);
        }
        let key = keys::sms_challenge("sign-in", &session.sid);
        let code = issue(self.store.as_ref(), &key, &number, self.now()).await?;
        self.send_code(&number, &code, &account.language).await?;
        Ok(FactorOutcome::ChallengeSent(shown_in(account, &number)))
    }

    /// Sign-in step "SMS text challenge": right, and the session gains `sms`.
    pub async fn verify_sign_in_sms(
        &self,
        session_token: &str,
        session: &Session,
        typed: &str,
    ) -> Result<FactorOutcome, Error> {
        // The challenge belongs to this session (its key names the session): the method is
        // added to the session first, then the challenge consumed, so a retry after a lost
        // answer either finds the challenge again or finds the session already upgraded.
        let key = keys::sms_challenge("sign-in", &session.sid);
        let mut checked = check_keeping(self.store.as_ref(), &key, typed, self.now()).await?;
        if let Checked::Right(number) = &checked
            && !self.still_a_phone_of(&session.account_id, number).await?
        {
            // The phone was removed after the code went to it: the code is void.
            consume(self.store.as_ref(), &key).await?;
            checked = Checked::NoChallenge;
        }
        crate::metrics::second_factor(
            Method::Sms,
            match &checked {
                Checked::Right(_) => Proof::Ok,
                Checked::Wrong { .. } => Proof::Wrong,
                Checked::NoChallenge => Proof::Expired,
            },
        );
        match checked {
            Checked::Right(number) => {
                sessions::add_method(self.store.as_ref(), session_token, self.now(), "sms").await?;
                consume(self.store.as_ref(), &key).await?;
                tracing::info!(account = %session.account_id, "second factor: sms");
                Ok(FactorOutcome::Confirmed(number))
            }
            Checked::NoChallenge if session.methods.iter().any(|m| m == "sms") => {
                Ok(FactorOutcome::Confirmed(String::new()))
            }
            other => Ok(challenge_refusal(&other)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_normalised_to_e164() {
        assert_eq!(
            normalize("+32 123 45 67 89").as_deref(),
            Some("+32123456789")
        );
        assert_eq!(
            normalize("0049 30 1234567").as_deref(),
            Some("+49301234567")
        );
        for bad in [
            "",
            "123456789",
            "+32",
            "+32 abc",
            "+0123456789",
            "+1234567890123456",
        ] {
            assert_eq!(normalize(bad), None, "{bad}");
        }
    }

    #[test]
    fn numbers_are_shown_grouped_as_people_write_them() {
        for (stored, shown) in [
            ("+32470123456", "+32 470 12 34 56"),
            ("+491701234567", "+49 170 1234567"),
            ("+33612345678", "+33 6 12 34 56 78"),
            ("+393471234567", "+39 347 123 4567"),
            ("+447700900123", "+44 7700 900123"),
            ("+35312345678", "+353 1 234 5678"),
        ] {
            assert_eq!(grouped(stored), shown, "{stored}");
            assert_eq!(normalize(&grouped(stored)).as_deref(), Some(stored));
        }
        // As typed when typed in groups; else grouped by the plan.
        assert_eq!(
            display_form("  +32 123  45 67 89 ", "+32123456789"),
            "+32 123 45 67 89"
        );
        assert_eq!(
            display_form("+32470123456", "+32470123456"),
            "+32 470 12 34 56"
        );
        assert_eq!(
            display_form("0032 470 12 34 56", "+32470123456"),
            "+32 470 12 34 56"
        );
        assert_eq!(
            display_form("+32 470 12 34 56", "+32999999999"),
            grouped("+32999999999")
        );
        // Not in any numbering plan (no country code 999): shown as stored, never lost.
        assert_eq!(grouped("+99912345678"), "+99912345678");
        assert_eq!(grouped("not a number"), "not a number");
    }

    #[test]
    fn codes_are_three_groups_of_three_and_compare_loosely() {
        let code = new_code();
        assert_eq!(code.len(), 11);
        assert_eq!(code.matches('-').count(), 2);
        assert!(
            code.chars()
                .filter(|c| *c != '-')
                .all(|c| ALPHABET.contains(&(c as u8)))
        );
        assert_eq!(
            canonical(&code.to_lowercase().replace('-', " ")),
            canonical(&code)
        );
        assert_ne!(new_code(), new_code());
    }
}
