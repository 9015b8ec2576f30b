//! What operators do for people, clients and keys, from the console (`/admin`) or from the
//! command line: the same functions behind both. Every action is written to the operators'
//! log ([`log`]); one that concerns a person also goes to their security history, which
//! is mailed to them as every change is ("... by an administrator").

pub mod cli;
pub mod log;

use crate::accounts::{self, Account};
use crate::clients::{self, Client, NewClient};
use crate::error::Error;
use crate::keys::Alg;
use crate::provider::{LostPasswordOutcome, Provider};
use crate::secrets::token_hash;
use crate::store::keys;
use ern_i18n::tr;

/// The most redirect URIs the console sets for one client.
const MAX_REDIRECT_URIS: usize = 20;

fn no_such_client(id: &str) -> Refused {
    tr!("admin-no-such-client", id = id)
}

/// Who acts, and from where.
#[derive(Debug, Clone)]
pub struct Operator {
    pub name: String,
    pub ip: String,
}

impl Operator {
    /// An administrator in the console.
    pub fn console(account: &Account, ip: &str) -> Self {
        Operator {
            name: account.email.clone(),
            ip: ip.to_owned(),
        }
    }

    /// Someone with access to the server (`idp user ...`, `idp client ...`).
    pub fn command_line() -> Self {
        let user = std::env::var("USER").unwrap_or_default();
        Operator {
            name: if user.is_empty() {
                "command line".into()
            } else {
                format!("command line ({user})")
            },
            ip: "local".into(),
        }
    }
}

/// A second factor an operator removes (the helpdesk case "I lost my phone").
pub use crate::accounts::credentials::Factor;

/// The reason a client change was refused, for the operator (in the console's language;
/// English on the command line).
pub type Refused = String;

impl Provider {
    async fn operator_did(&self, op: &Operator, action: &str, target: &str) -> Result<(), Error> {
        log::record(
            self.store.as_ref(),
            self.now(),
            &op.name,
            action,
            target,
            &op.ip,
        )
        .await?;
        Ok(())
    }

    /// Logs an action on a person, and tells them.
    async fn did_to(&self, op: &Operator, account: &Account, action: &str) -> Result<(), Error> {
        self.operator_did(op, action, &account.email).await?;
        self.security_event(account, &format!("{action} by an administrator"), &op.ip)
            .await
    }

    /// Until when the account is locked after wrong passwords, if it is.
    pub async fn locked_until(&self, account: &Account) -> Result<Option<i64>, Error> {
        let subject = token_hash(&account.email);
        let until = self
            .store
            .get(&keys::login_lock(&subject))
            .await?
            .and_then(|b| String::from_utf8(b).ok())
            .and_then(|s| s.parse::<i64>().ok());
        Ok(until.filter(|u| *u > self.now()))
    }

    /// Lifts a lock after wrong passwords, and the slow-down and count that lead to it.
    pub async fn admin_unlock(&self, op: &Operator, account: &Account) -> Result<(), Error> {
        let subject = token_hash(&account.email);
        for key in [
            keys::login_lock(&subject),
            keys::login_wait(&subject),
            keys::counter("login-fail", &subject),
        ] {
            self.store.delete(&key).await?;
        }
        self.did_to(op, account, "account unlocked").await
    }

    /// Ends every session of the account and revokes what applications were given.
    pub async fn admin_end_sessions(&self, op: &Operator, account: &Account) -> Result<(), Error> {
        self.end_sessions(&account.id, None).await?;
        self.did_to(op, account, "all sessions ended").await
    }

    /// Removes one second factor; false when the account has no such factor.
    pub async fn admin_remove_factor(
        &self,
        op: &Operator,
        account: &Account,
        factor: &Factor,
    ) -> Result<bool, Error> {
        // What the history says, or `None` when the account has no such factor.
        let what = match factor {
            Factor::Phone(number) => {
                account.phones.iter().any(|p| &p.number == number).then(|| {
                    format!(
                        "mobile phone number {} removed",
                        crate::factors::sms::shown_in(account, number)
                    )
                })
            }
            Factor::Device(id) => account
                .devices
                .iter()
                .find(|d| &d.id == id)
                .map(|d| format!("mobile device \"{}\" removed", d.name)),
            Factor::Token(id) => account
                .tokens
                .iter()
                .any(|t| &t.id == id)
                .then(|| "token removed".to_owned()),
            Factor::SecurityKey(id) => account
                .security_keys
                .iter()
                .find(|k| &k.id == id)
                .map(|k| format!("security key \"{}\" removed", k.name)),
        };
        let Some(what) = what else {
            return Ok(false);
        };
        // As after a PANIC with the password alone: when no second factor remains, the
        // account is put on hold in the same write (the password alone adds none, changes
        // no e-mail address until it ends), so someone holding only a stolen password who
        // talks the helpdesk into removing "their lost phone" cannot enrol their own. The
        // owner's mailbox gets the link that stops a thief. Links mailed before die, every
        // session ends (a thief's session that used the phone too).
        let held_until = self.factor_hold_end();
        let mut held = false;
        let updated = accounts::update(self.store.as_ref(), &account.id, |a| {
            a.remove_factor(factor);
            a.link_epoch = a.link_epoch.wrapping_add(1);
            held = !a.has_second_factor();
            if held {
                a.factor_hold_until = Some(held_until);
                a.factor_hold_by_code = false;
            }
        })
        .await?;
        let Some(updated) = updated else {
            return Ok(false);
        };
        match factor {
            Factor::Device(id) => {
                self.store.delete(&format!("device:{id}")).await?;
            }
            Factor::SecurityKey(id) => {
                self.store.delete(&keys::webauthn_credential(id)).await?;
            }
            Factor::Phone(_) | Factor::Token(_) => {}
        }
        self.forget_factor_attempts(&account.id).await?;
        self.end_sessions(&account.id, None).await?;
        self.did_to(op, account, &what).await?;
        if held {
            let link = self.secure_account_link(&account.id).await?;
            self.mail_factor_hold(&updated, &op.ip, held_until, &link);
        }
        Ok(true)
    }

    /// Disables (every session ends, tokens are revoked, sign-in is refused) or enables
    /// the account; false when it already was so.
    pub async fn admin_set_disabled(
        &self,
        op: &Operator,
        account: &Account,
        disabled: bool,
    ) -> Result<bool, Error> {
        let mut changed = false;
        accounts::update(self.store.as_ref(), &account.id, |a| {
            changed = a.disabled != disabled;
            a.disabled = disabled;
            if disabled {
                // Links mailed before (a reset, an e-mail change, an enrolment) die.
                a.link_epoch = a.link_epoch.wrapping_add(1);
            }
        })
        .await?;
        if !changed {
            return Ok(false);
        }
        if disabled {
            self.end_sessions(&account.id, None).await?;
        }
        let action = if disabled {
            "account disabled"
        } else {
            "account enabled"
        };
        self.did_to(op, account, action).await?;
        Ok(true)
    }

    /// Sends the "Lost your password?" mail, as if the person had asked (same limits).
    pub async fn admin_send_reset(&self, op: &Operator, account: &Account) -> Result<bool, Error> {
        let sent = matches!(
            self.lost_password(&account.email, &op.ip).await?,
            LostPasswordOutcome::MailSentIfKnown
        );
        if sent {
            self.did_to(op, account, "password-reset mail sent").await?;
        }
        Ok(sent)
    }

    pub async fn admin_add_client(
        &self,
        op: &Operator,
        new: NewClient,
    ) -> Result<Result<(Client, Option<String>), Refused>, Error> {
        let added = clients::add(self.store.as_ref(), new).await?;
        if let Ok((client, _)) = &added {
            self.operator_did(op, "client added", &client.id).await?;
        }
        Ok(added)
    }

    /// Replaces a client's redirect URIs (each checked as at registration).
    pub async fn admin_set_redirect_uris(
        &self,
        op: &Operator,
        id: &str,
        uris: Vec<String>,
    ) -> Result<Result<Client, Refused>, Error> {
        if uris.is_empty() {
            return Ok(Err(tr!("admin-uris-none")));
        }
        if uris.len() > MAX_REDIRECT_URIS {
            return Ok(Err(tr!("admin-uris-too-many", max = MAX_REDIRECT_URIS)));
        }
        for uri in &uris {
            if let Err(e) = clients::check_uri(uri) {
                return Ok(Err(e));
            }
        }
        let Some(current) = clients::get(self.store.as_ref(), id).await? else {
            return Ok(Err(no_such_client(id)));
        };
        if current.sector.is_some() || current.fapi2 {
            return Ok(Err(tr!("admin-uris-checked", id = id)));
        }
        let before = current.redirect_uris.join(" ");
        let Some(client) = clients::update(self.store.as_ref(), id, |c| {
            c.redirect_uris = uris.clone();
        })
        .await?
        else {
            return Ok(Err(no_such_client(id)));
        };
        let action = format!(
            "client redirect URIs changed from {before} to {}",
            client.redirect_uris.join(" ")
        );
        self.operator_did(op, &action, id).await?;
        Ok(Ok(client))
    }

    /// A new secret for a confidential client (the old one stops working at once); shown
    /// once, to the operator.
    pub async fn admin_rotate_secret(
        &self,
        op: &Operator,
        id: &str,
    ) -> Result<Result<String, Refused>, Error> {
        let Some(client) = clients::get(self.store.as_ref(), id).await? else {
            return Ok(Err(no_such_client(id)));
        };
        if client.secret_hash.is_none() {
            return Ok(Err(tr!("admin-no-secret", id = id)));
        }
        let secret = crate::secrets::random_token(32);
        let hash = crate::secrets::b64(&crate::secrets::sha256(secret.as_bytes()));
        if clients::update(self.store.as_ref(), id, |c| {
            c.secret_hash = Some(hash.clone())
        })
        .await?
        .is_none()
        {
            return Ok(Err(no_such_client(id)));
        }
        self.operator_did(op, "client secret rotated", id).await?;
        Ok(Ok(secret))
    }

    pub async fn admin_remove_client(&self, op: &Operator, id: &str) -> Result<bool, Error> {
        let removed = clients::remove(self.store.as_ref(), id).await?;
        if removed {
            self.operator_did(op, "client removed", id).await?;
        }
        Ok(removed)
    }

    /// A new signing key for `alg`; the previous one stays published while tokens it
    /// signed may live.
    pub async fn admin_rotate_key(&self, op: &Operator, alg: Alg) -> Result<String, Error> {
        let kid = self
            .keys
            .rotate(alg, self.now())
            .await
            .map_err(|e| Error::Internal(e.to_string()))?;
        self.operator_did(op, &format!("{} signing key rotated", alg.name()), &kid)
            .await?;
        Ok(kid)
    }
}
