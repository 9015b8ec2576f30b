//! Password rules and hashing.
//!
//! Hashes are argon2id PHC strings with OWASP's parameters (m=19456 KiB, t=2, p=1); a hash
//! made with other parameters is upgraded at the next successful sign-in. Hashing runs on
//! a fixed pool of threads, each reusing one 19 MiB buffer while sign-ins keep coming and
//! giving it back to the system after [`IDLE`] without one, behind a bounded queue: a flood
//! of sign-ins is refused (503) instead of exhausting memory.

use std::sync::Arc;
use std::time::Duration;

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender, TrySendError, bounded};

use argon2::password_hash::phc::{Output, ParamsString, PasswordHash, Salt};
use argon2::{Algorithm, Argon2, Block, Params, Version};

use super::hash_memory::HashMemory;
use tokio::sync::oneshot;

pub const MIN_LENGTH: usize = 10;
/// Long enough for any passphrase, short enough to bound the hashing input.
pub const MAX_LENGTH: usize = 256;

/// What is wrong with a new password; shown to the person (in the language of the request
/// being handled, English outside one, e.g. in the `idp user add` command).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    #[error("{}", ern_i18n::tr!("password-too-short", count = MIN_LENGTH))]
    TooShort,
    #[error("{}", ern_i18n::tr!("password-too-long", count = MAX_LENGTH))]
    TooLong,
    #[error("{}", ern_i18n::tr!("password-is-email"))]
    IsEmail,
    /// With the key of a piece of advice (`password-advice-…`).
    #[error("{}", ern_i18n::tr!("password-guessable", advice = ern_i18n::tr!(.0)))]
    Guessable(&'static str),
}

/// The key of zxcvbn's suggestion (its own texts are English only).
fn advice(suggestion: zxcvbn::feedback::Suggestion) -> &'static str {
    use zxcvbn::feedback::Suggestion as S;
    match suggestion {
        S::UseAFewWordsAvoidCommonPhrases => "password-advice-few-words",
        S::NoNeedForSymbolsDigitsOrUppercaseLetters => "password-advice-no-symbols-needed",
        S::AddAnotherWordOrTwo => "password-advice-another-word",
        S::CapitalizationDoesntHelpVeryMuch => "password-advice-capitals",
        S::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => "password-advice-all-uppercase",
        S::ReversedWordsArentMuchHarderToGuess => "password-advice-reversed",
        S::PredictableSubstitutionsDontHelpVeryMuch => "password-advice-substitutions",
        S::UseALongerKeyboardPatternWithMoreTurns => "password-advice-keyboard",
        S::AvoidRepeatedWordsAndCharacters => "password-advice-repeats",
        S::AvoidSequences => "password-advice-sequences",
        S::AvoidRecentYears => "password-advice-recent-years",
        S::AvoidYearsThatAreAssociatedWithYou => "password-advice-your-years",
        S::AvoidDatesAndYearsThatAreAssociatedWithYou => "password-advice-your-dates",
    }
}

/// At least 10 characters, no composition rules, not the e-mail, not guessable (zxcvbn
/// score of at least 3, with the person's own details counted as known to an attacker).
pub fn check_policy(password: &str, email: &str, personal: &[&str]) -> Result<(), PasswordProblem> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(PasswordProblem::TooShort);
    }
    if length > MAX_LENGTH {
        return Err(PasswordProblem::TooLong);
    }
    if password.trim().eq_ignore_ascii_case(email.trim()) {
        return Err(PasswordProblem::IsEmail);
    }
    // The full name counts too: "Anna Müller 1" must be recognised as the name plus a digit.
    let full_name = [personal.join(" "), personal.concat()];
    let mut known: Vec<&str> = personal.to_vec();
    known.extend(full_name.iter().map(String::as_str));
    known.push(email);
    if let Some((local, _)) = email.split_once('@') {
        known.push(local);
    }
    let estimate = zxcvbn::zxcvbn(password, &known);
    if u8::from(estimate.score()) < 3 {
        let advice = estimate
            .feedback()
            .and_then(|f| f.suggestions().first().copied())
            .map_or("password-advice-default", advice);
        return Err(PasswordProblem::Guessable(advice));
    }
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum HashError {
    #[error("too many password checks are waiting")]
    Busy,
    /// The system could not give a hashing thread its memory just then.
    #[error("no memory for a password hash")]
    NoMemory,
    #[error("password hashing failed: {0}")]
    Failed(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verified {
    No,
    Yes,
    /// Correct, and the stored hash should be replaced by one with current parameters.
    YesRehash,
}

enum Job {
    Hash {
        password: String,
        reply: oneshot::Sender<Result<String, HashError>>,
    },
    Verify {
        stored: String,
        known: bool,
        password: String,
        reply: oneshot::Sender<Result<Verified, HashError>>,
    },
}

/// A fixed pool of hashing threads fed by a bounded queue. Each thread owns one argon2
/// memory buffer and reuses it, so memory stays at `threads` x 19 MiB however many
/// sign-ins arrive: a full queue is refused at once (`Busy`), never buffered. A thread
/// that has had no work for [`IDLE`] gives its buffer back, so an idle provider holds
/// none (allocating it again costs ~2 ms, once per burst of sign-ins).
#[derive(Clone)]
pub struct PasswordHasher {
    jobs: Sender<Job>,
    /// Verified when the account does not exist, so timing does not tell.
    dummy_hash: Arc<str>,
}

fn argon2(params: Params) -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The first `count` blocks of `memory`, made (again) when it has fewer; an error when the
/// system cannot give them.
fn blocks_for(memory: &mut Option<HashMemory>, count: usize) -> Result<&mut [Block], HashError> {
    if memory.as_ref().is_some_and(|m| m.len() < count) {
        *memory = None; // Given back before the bigger one is made.
    }
    if memory.is_none() {
        *memory = Some(HashMemory::new(count).ok_or(HashError::NoMemory)?);
    }
    Ok(memory
        .as_mut()
        .map_or(&mut [], |m| &mut m.blocks()[..count]))
}

/// Hashes with `memory` as argon2's working memory (made when the parameters need more).
fn hash_with(
    memory: &mut Option<HashMemory>,
    params: &Params,
    password: &str,
) -> Result<String, HashError> {
    let failed = |e: &dyn std::fmt::Display| HashError::Failed(e.to_string());
    let salt = crate::secrets::random_bytes(16);
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    argon2(params.clone())
        .hash_password_into_with_memory(
            password.as_bytes(),
            &salt,
            &mut out,
            blocks_for(memory, params.block_count())?,
        )
        .map_err(|e| failed(&e))?;
    let phc = PasswordHash {
        algorithm: argon2::ARGON2ID_IDENT,
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(params).map_err(|e| failed(&e))?,
        salt: Some(Salt::new(&salt).map_err(|e| failed(&e))?),
        hash: Some(Output::new(&out).map_err(|e| failed(&e))?),
    };
    Ok(phc.to_string())
}

/// Verifies against any argon2 PHC string (argon2id, argon2i, argon2d, older parameters);
/// an error only when no memory could be had for the hash.
fn verify_with(
    memory: &mut Option<HashMemory>,
    current: &Params,
    stored: &str,
    password: &str,
) -> Result<Verified, HashError> {
    let Ok(parsed) = PasswordHash::new(stored) else {
        return Ok(Verified::No);
    };
    let (Ok(algorithm), Ok(params), Some(salt), Some(expected)) = (
        Algorithm::try_from(parsed.algorithm.as_str()),
        Params::try_from(&parsed),
        parsed.salt.as_ref(),
        parsed.hash.as_ref(),
    ) else {
        return Ok(Verified::No);
    };
    let version = parsed
        .version
        .and_then(|v| Version::try_from(v).ok())
        .unwrap_or_default();
    if params.block_count() > 1 << 20 {
        return Ok(Verified::No); // A stored hash asking for over 1 GiB is not ours.
    }
    let mut out = vec![0u8; expected.as_bytes().len()];
    let ok = Argon2::new(algorithm, version, params.clone())
        .hash_password_into_with_memory(
            password.as_bytes(),
            salt.as_ref(),
            &mut out,
            blocks_for(memory, params.block_count())?,
        )
        .is_ok()
        && crate::secrets::constant_time_eq(&out, expected.as_bytes());
    let up_to_date = algorithm == Algorithm::Argon2id
        && version == Version::V0x13
        && params.m_cost() == current.m_cost()
        && params.t_cost() == current.t_cost()
        && params.p_cost() == current.p_cost();
    Ok(match (ok, up_to_date) {
        (false, _) => Verified::No,
        (true, true) => Verified::Yes,
        (true, false) => Verified::YesRehash,
    })
}

/// How long a hashing thread keeps its buffer without work.
pub const IDLE: Duration = Duration::from_secs(1);

fn worker(jobs: Receiver<Job>, params: Params) {
    let mut memory = None;
    loop {
        let job = if memory.is_none() {
            jobs.recv().map_err(|_| RecvTimeoutError::Disconnected)
        } else {
            jobs.recv_timeout(IDLE)
        };
        if job.is_ok() {
            crate::metrics::password_hash_queue(-1.0);
        }
        match job {
            Err(RecvTimeoutError::Timeout) => {
                // No sign-in for a while: the 19 MiB go back to the system (the buffer
                // is a mapping of its own, see `super::hash_memory`).
                memory = None;
            }
            Ok(Job::Hash { password, reply }) => {
                let _ = reply.send(hash_with(&mut memory, &params, &password));
            }
            Ok(Job::Verify {
                stored,
                known,
                password,
                reply,
            }) => {
                let verified = verify_with(&mut memory, &params, &stored, &password);
                let _ = reply.send(verified.map(|v| if known { v } else { Verified::No }));
            }
            // Every sender is gone: the provider was dropped.
            Err(RecvTimeoutError::Disconnected) => return,
        }
        if memory
            .as_ref()
            .is_some_and(|m| m.len() > params.block_count())
        {
            // An old hash needed more memory; give it back.
            memory = None;
        }
    }
}

impl PasswordHasher {
    pub fn new(threads: usize, queue: usize) -> Result<Self, HashError> {
        // Before large heap buffers are freed, or glibc has raised its thresholds.
        crate::memory::tune_allocator();
        let params = Params::DEFAULT;
        let dummy = hash_with(&mut None, &params, &crate::secrets::random_token(24))?;
        let (jobs, receiver) = bounded(queue);
        for n in 0..threads.max(1) {
            let (receiver, params) = (receiver.clone(), params.clone());
            std::thread::Builder::new()
                .name(format!("argon2-{n}"))
                .spawn(move || worker(receiver, params))
                .map_err(|e| HashError::Failed(format!("cannot start hashing thread: {e}")))?;
        }
        Ok(Self {
            jobs,
            dummy_hash: dummy.into(),
        })
    }

    fn submit(&self, job: Job) -> Result<(), HashError> {
        // Counted as waiting before it can be taken, so the gauge never goes below zero.
        crate::metrics::password_hash_queue(1.0);
        self.jobs.try_send(job).map_err(|e| {
            crate::metrics::password_hash_queue(-1.0);
            match e {
                TrySendError::Full(_) => {
                    crate::metrics::password_hash_refused();
                    HashError::Busy
                }
                TrySendError::Disconnected(_) => {
                    HashError::Failed("hashing threads stopped".into())
                }
            }
        })
    }

    pub async fn hash(&self, password: &str) -> Result<String, HashError> {
        let (reply, answer) = oneshot::channel();
        self.submit(Job::Hash {
            password: password.to_owned(),
            reply,
        })?;
        answer
            .await
            .map_err(|_| HashError::Failed("hashing thread stopped".into()))?
    }

    /// Checks `password` against `stored` (the dummy hash when `None`, always failing).
    pub async fn verify(
        &self,
        stored: Option<&str>,
        password: &str,
    ) -> Result<Verified, HashError> {
        let (reply, answer) = oneshot::channel();
        self.submit(Job::Verify {
            stored: stored.map_or_else(|| self.dummy_hash.to_string(), str::to_owned),
            known: stored.is_some(),
            password: password.to_owned(),
            reply,
        })?;
        answer
            .await
            .map_err(|_| HashError::Failed("hashing thread stopped".into()))?
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// Every piece of zxcvbn's advice has its own text in the catalogue (no key shown
    /// raw, none falling back to zxcvbn's English), and the problems read as sentences
    /// outside a request (the `idp user add` command), counts and advice filled in.
    #[test]
    fn problems_read_from_the_catalogue() {
        use zxcvbn::feedback::Suggestion as S;
        let all = [
            S::UseAFewWordsAvoidCommonPhrases,
            S::NoNeedForSymbolsDigitsOrUppercaseLetters,
            S::AddAnotherWordOrTwo,
            S::CapitalizationDoesntHelpVeryMuch,
            S::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase,
            S::ReversedWordsArentMuchHarderToGuess,
            S::PredictableSubstitutionsDontHelpVeryMuch,
            S::UseALongerKeyboardPatternWithMoreTurns,
            S::AvoidRepeatedWordsAndCharacters,
            S::AvoidSequences,
            S::AvoidRecentYears,
            S::AvoidYearsThatAreAssociatedWithYou,
            S::AvoidDatesAndYearsThatAreAssociatedWithYou,
        ];
        for suggestion in all {
            let text = ern_i18n::t(ern_i18n::Lang::EN, advice(suggestion));
            assert_eq!(text, suggestion.to_string(), "{suggestion:?}");
        }
        assert_eq!(
            PasswordProblem::TooShort.to_string(),
            "Your password must have at least 10 characters."
        );
        assert_eq!(
            PasswordProblem::Guessable("password-advice-default").to_string(),
            "This password is too common or easy to guess. Add a few more uncommon words."
        );
    }

    #[test]
    fn policy_refuses_short_email_and_common_passwords() {
        assert_eq!(
            check_policy("short", "a@b.eu", &[]),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(
            check_policy("alice@example.eu", "alice@example.eu", &[]),
            Err(PasswordProblem::IsEmail)
        );
        assert!(matches!(
            check_policy("password123", "a@b.eu", &[]),
            Err(PasswordProblem::Guessable(_))
        ));
        assert!(matches!(
            check_policy("qwertyuiop", "a@b.eu", &[]),
            Err(PasswordProblem::Guessable(_))
        ));
        assert!(matches!(
            check_policy(
                "mario.rossi1",
                "mario.rossi@example.it",
                &["Mario", "Rossi"]
            ),
            Err(PasswordProblem::Guessable(_))
        ));
        assert_eq!(
            check_policy(&"x".repeat(300), "a@b.eu", &[]),
            Err(PasswordProblem::TooLong)
        );
    }

    #[test]
    fn policy_accepts_long_passphrases_without_composition_rules() {
        check_policy("plum sailor orbit lantern", "a@b.eu", &[]).unwrap();
        check_policy("Tübingen-Kaffee-Nebel-42", "a@b.eu", &[]).unwrap();
    }

    #[tokio::test]
    async fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let hasher = PasswordHasher::new(2, 4).unwrap();
        let phc = hasher.hash("plum sailor orbit lantern").await.unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        // Our PHC strings are standard: argon2's own verifier accepts them.
        use argon2::password_hash::PasswordVerifier as _;
        let parsed = PasswordHash::new(&phc).unwrap();
        assert!(
            Argon2::default()
                .verify_password(b"plum sailor orbit lantern", &parsed)
                .is_ok()
        );
        assert!(
            Argon2::default()
                .verify_password(b"plum sailor orbit lanterN", &parsed)
                .is_err()
        );
        assert_eq!(
            hasher
                .verify(Some(&phc), "plum sailor orbit lantern")
                .await
                .unwrap(),
            Verified::Yes
        );
        assert_eq!(
            hasher
                .verify(Some(&phc), "plum sailor orbit lanterN")
                .await
                .unwrap(),
            Verified::No
        );
        assert_eq!(hasher.verify(None, "anything").await.unwrap(), Verified::No);
        assert_eq!(
            hasher.verify(Some("not a hash"), "anything").await.unwrap(),
            Verified::No
        );
    }

    #[tokio::test]
    async fn weaker_hashes_ask_for_a_rehash() {
        use argon2::password_hash::PasswordHasher as _;
        let weak = Argon2::from(Params::new(8192, 1, 1, None).unwrap())
            .hash_password(b"plum sailor orbit lantern")
            .unwrap()
            .to_string();
        let argon2i = Argon2::new(Algorithm::Argon2i, Version::V0x13, Params::DEFAULT)
            .hash_password(b"plum sailor orbit lantern")
            .unwrap()
            .to_string();
        let hasher = PasswordHasher::new(2, 4).unwrap();
        assert_eq!(
            hasher
                .verify(Some(&weak), "plum sailor orbit lantern")
                .await
                .unwrap(),
            Verified::YesRehash
        );
        let argon2i_result = hasher
            .verify(Some(&argon2i), "plum sailor orbit lantern")
            .await;
        assert_eq!(argon2i_result.unwrap(), Verified::YesRehash);
        let wrong = hasher
            .verify(Some(&weak), "plum sailor orbit lanterN")
            .await;
        assert_eq!(wrong.unwrap(), Verified::No);
    }

    #[tokio::test]
    async fn a_full_queue_is_refused_not_buffered() {
        let hasher = PasswordHasher::new(1, 1).unwrap();
        let jobs: Vec<_> = (0..8)
            .map(|_| {
                let hasher = hasher.clone();
                tokio::spawn(async move { hasher.hash("plum sailor orbit lantern").await })
            })
            .collect();
        let mut busy = 0;
        for job in jobs {
            if matches!(job.await.unwrap(), Err(HashError::Busy)) {
                busy += 1;
            }
        }
        assert!(
            busy >= 1,
            "with one thread and one waiting place, some of 8 must be refused"
        );
    }
}
