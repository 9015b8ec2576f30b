//! Signing in with a password, in two steps: the password checked under the attempt
//! limits ([`Provider::prove_password`]), then the session ([`Provider::sign_in_proved`]),
//! which stands only if the password checked is still the account's once it is written.
//!
//! The hash takes tens of milliseconds, and longer in a queue. A password reset or change,
//! a disabling or a deletion that lands meanwhile ends the sessions it finds; a session
//! written after it would have outlived it, opened by a password that no longer opens the
//! account (a thief signing in over and over while the owner resets the password). So the
//! account is read again after the session is written: the session is listed with the
//! account before that read, so whichever of the two comes second ends it.

use super::Provider;
use super::session::Confirmed;
use crate::accounts::password::Verified;
use crate::accounts::{self, Account, normalize_email};
use crate::antirobot;
use crate::clock::format_utc;
use crate::error::Error;
use crate::notify::MailKind;
use crate::reauth::PasswordCheck;
use crate::secrets::token_hash;
use crate::sessions::NewSession;
use crate::throttle::{self, AfterFailure, Cleared, Refusal};

/// A sign-in as the password form sends it.
#[derive(Debug, Clone, Copy)]
pub struct SignInAttempt<'a> {
    pub email: &'a str,
    pub password: &'a str,
    pub ip: &'a str,
    pub user_agent: &'a str,
    /// The browser's long-lived id (`idp_browser`), to tell new browsers.
    pub browser_id: &'a str,
    /// The anti-robot challenge and its solution, which an address with many failed
    /// sign-ins must send (checked before anything is counted).
    pub robot: Option<(&'a str, &'a str)>,
    /// The session cookie the browser already holds, if any.
    pub current: Option<&'a str>,
}

pub enum SignInOutcome {
    /// The new session, and the account's language (for this browser's pages).
    SignedIn(Box<NewSession>, String),
    WrongCredentials,
    Refused(Refusal),
}

/// A right password for an account that is not disabled, not acted on yet.
pub struct PasswordProved {
    /// The account as it was read before the hash.
    account: Account,
    verified: Verified,
    cleared: Cleared,
}

/// What [`Provider::prove_password`] found.
pub enum Proof {
    Proved(Box<PasswordProved>),
    /// The sign-in ends here (wrong, refused, or a disabled account).
    Ended(SignInOutcome),
}

impl Provider {
    /// Checks e-mail and password under the attempt limits and opens a new session (or
    /// renews the browser's session of the same account).
    pub async fn sign_in(&self, attempt: &SignInAttempt<'_>) -> Result<SignInOutcome, Error> {
        let outcome = match self.prove_password(attempt).await {
            Ok(Proof::Proved(proved)) => self.sign_in_proved(*proved, attempt).await,
            Ok(Proof::Ended(outcome)) => Ok(outcome),
            Err(e) => Err(e),
        };
        crate::metrics::sign_in(&outcome);
        outcome
    }

    /// The first step of [`Self::sign_in`]: the anti-robot check when the address is
    /// noisy, then the password under the attempt limits.
    pub async fn prove_password(&self, attempt: &SignInAttempt<'_>) -> Result<Proof, Error> {
        let SignInAttempt {
            email,
            password,
            ip,
            robot,
            ..
        } = *attempt;
        let email = normalize_email(email).unwrap_or_else(|| email.trim().to_lowercase());
        let subject = token_hash(&email);
        let store = self.store.as_ref();
        if throttle::address_is_noisy(store, &self.config, ip).await? {
            let (challenge, nonce) = robot.unwrap_or_default();
            let solved = antirobot::verify(
                store,
                &self.secret,
                self.now(),
                ip,
                self.config.robot_check_bits,
                challenge,
                nonce,
            )
            .await?;
            if solved.is_err() {
                return Ok(Proof::Ended(SignInOutcome::Refused(
                    Refusal::RobotCheckNeeded,
                )));
            }
        }
        let account = accounts::find_by_email(store, &email).await?;
        let stored = account.as_ref().and_then(|a| a.password_hash.as_deref());
        let (verified, cleared) = match self.check_password(&subject, stored, password, ip).await? {
            PasswordCheck::Right(verified, cleared) => (verified, cleared),
            PasswordCheck::Refused(refusal) => {
                return Ok(Proof::Ended(SignInOutcome::Refused(refusal)));
            }
            PasswordCheck::Wrong(after) => {
                if let AfterFailure::LockedNow { until } = after {
                    if let Some(owner) = &account {
                        let minutes = self.config.login_lock_minutes;
                        let until = format_utc(until);
                        self.mail_account(
                            owner,
                            MailKind::AccountLocked { minutes },
                            &[("until", &until)],
                        );
                        let what = crate::audit::Line::new("login-history-locked");
                        crate::audit::record(store, &owner.id, self.now(), what, ip).await?;
                    }
                    return Ok(Proof::Ended(SignInOutcome::Refused(Refusal::Locked {
                        until,
                    })));
                }
                return Ok(Proof::Ended(SignInOutcome::WrongCredentials));
            }
        };
        let Some(account) = account else {
            // Not reached: without an account the dummy hash is checked, and counts wrong.
            cleared.now(store).await?;
            return Ok(Proof::Ended(SignInOutcome::WrongCredentials));
        };
        // Said only after the right password: it tells nothing to someone guessing.
        if account.disabled {
            cleared.now(store).await?;
            return Ok(Proof::Ended(SignInOutcome::Refused(Refusal::Disabled)));
        }
        Ok(Proof::Proved(Box::new(PasswordProved {
            account,
            verified,
            cleared,
        })))
    }

    /// The second step of [`Self::sign_in`]: the session (with the failures cleared), kept
    /// only if the account still has the password that was checked and is still enabled
    /// once it is written (see the module's documentation).
    pub async fn sign_in_proved(
        &self,
        proved: PasswordProved,
        attempt: &SignInAttempt<'_>,
    ) -> Result<SignInOutcome, Error> {
        let PasswordProved {
            account,
            verified,
            cleared,
        } = proved;
        let store = self.store.as_ref();
        let mut proven_hash = account.password_hash.clone();
        if verified == Verified::YesRehash {
            let hash = self.hasher.hash(attempt.password).await?;
            // Over the hash that was checked only: a new password set meanwhile stays.
            let updated = accounts::update(store, &account.id, |a| {
                if a.password_hash == account.password_hash {
                    a.password_hash = Some(hash.clone());
                }
            })
            .await?;
            if updated.and_then(|a| a.password_hash).as_deref() == Some(hash.as_str()) {
                proven_hash = Some(hash);
            }
        }
        let session = self
            .open_session(
                &account,
                vec!["pwd".into()],
                attempt.current,
                attempt.ip,
                attempt.user_agent,
                attempt.browser_id,
                &cleared.writes(),
            )
            .await?;
        let same_password = |now: &Account| now.password_hash == proven_hash;
        match self
            .confirm_session(&account.id, &session, same_password)
            .await?
        {
            Confirmed::Stands => {}
            Confirmed::Disabled => return Ok(SignInOutcome::Refused(Refusal::Disabled)),
            Confirmed::Withdrawn | Confirmed::Deleted => {
                return Ok(SignInOutcome::WrongCredentials);
            }
        }
        tracing::info!(account = %account.id, "signed in");
        Ok(SignInOutcome::SignedIn(Box::new(session), account.language))
    }
}
