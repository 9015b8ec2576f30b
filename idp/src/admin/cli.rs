//! The console's actions on the command line: `idp user find|show|unlock|end-sessions|
//! remove-factor|disable|enable|send-reset`, `idp client set-redirect-uris|rotate-secret`,
//! `idp operators-log`. Each prints JSON and is logged as the console's are.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::{Factor, Operator};
use crate::accounts::{self, Account};
use crate::clock::format_utc;
use crate::provider::Provider;
use crate::store::listing::{cursor_of, cursor_word};

#[derive(Subcommand)]
pub enum UserAdmin {
    /// Find accounts by the beginning of an e-mail address or a name, 25 at a time.
    Find {
        /// E.g. "marie", "curie", "marie curie" or "marie.curie@"; empty: newest first.
        #[arg(default_value = "")]
        query: String,
        /// Where the page starts: the `next` printed with the previous page.
        #[arg(long)]
        after: Option<String>,
    },
    /// Show an account: status, lock, second factors, sessions, security history.
    Show(Target),
    /// Lift a lock after wrong passwords.
    Unlock(Target),
    /// End every session of the account and revoke what applications were given.
    EndSessions(Target),
    /// Remove a lost or stolen second factor (its id is in `idp user show`).
    RemoveFactor {
        #[command(flatten)]
        target: Target,
        #[arg(long, group = "factor", required = true)]
        phone: Option<String>,
        #[arg(long, group = "factor")]
        device: Option<String>,
        #[arg(long, group = "factor")]
        token: Option<String>,
        #[arg(long, group = "factor")]
        security_key: Option<String>,
    },
    /// Disable the account: sign-in refused, sessions ended, tokens revoked.
    Disable(Target),
    /// Enable a disabled account again.
    Enable(Target),
    /// Mail the account a link to choose a new password.
    SendReset(Target),
}

#[derive(Args)]
pub struct Target {
    /// The account's e-mail address.
    pub email: String,
}

async fn account(provider: &Provider, email: &str) -> Result<Account, String> {
    let email = accounts::normalize_email(email)
        .ok_or_else(|| format!("{email:?} is not an e-mail address"))?;
    accounts::find_by_email(provider.store.as_ref(), &email)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no account has the address {email}"))
}

fn summary(a: &Account) -> Value {
    json!({
        "id": a.id,
        "email": a.email,
        "name": a.display_name(),
        "created_at": format_utc(a.created_at),
        "disabled": a.disabled,
        "administrator": a.is_admin,
    })
}

async fn details(provider: &Provider, a: &Account) -> Result<Value, String> {
    let sessions = provider
        .sessions_of(&a.id)
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .map(|(s, apps)| {
            json!({"ip": s.ip, "user_agent": s.user_agent, "signed_in": format_utc(s.created_at), "applications": apps})
        })
        .collect::<Vec<_>>();
    let history = crate::audit::list(provider.store.as_ref(), &a.id)
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .take(50)
        .map(|e| json!({"at": format_utc(e.at), "what": e.what, "ip": e.ip}))
        .collect::<Vec<_>>();
    let locked = provider
        .locked_until(a)
        .await
        .map_err(|e| e.to_string())?
        .map(format_utc);
    let mut value = summary(a);
    value["locked_until"] = json!(locked);
    value["phones"] = json!(
        a.phones
            .iter()
            .map(|p| json!({"number": p.number, "confirmed": p.verified}))
            .collect::<Vec<_>>()
    );
    value["devices"] = json!(
        a.devices
            .iter()
            .map(|d| json!({"id": d.id, "name": d.name}))
            .collect::<Vec<_>>()
    );
    value["tokens"] = json!(
        a.tokens
            .iter()
            .map(|t| json!({"id": t.id}))
            .collect::<Vec<_>>()
    );
    value["security_keys"] = json!(
        a.security_keys
            .iter()
            .map(|k| json!({"id": k.id, "name": k.name}))
            .collect::<Vec<_>>()
    );
    value["sessions"] = json!(sessions);
    value["history"] = json!(history);
    Ok(value)
}

/// Runs one `idp user` operator command; the JSON to print.
pub async fn run_user(provider: &Provider, command: UserAdmin) -> Result<Value, String> {
    let op = Operator::command_line();
    let e = |e: crate::error::Error| e.to_string();
    match command {
        UserAdmin::Find { query, after } => {
            let after = after.as_deref().map(cursor_of);
            let (found, next) =
                accounts::list::page(provider.store.as_ref(), &query, after.as_deref())
                    .await
                    .map_err(|e| e.to_string())?;
            let next = next.as_deref().map(cursor_word);
            Ok(json!({"accounts": found.iter().map(summary).collect::<Vec<_>>(), "next": next}))
        }
        UserAdmin::Show(t) => details(provider, &account(provider, &t.email).await?).await,
        UserAdmin::Unlock(t) => {
            let a = account(provider, &t.email).await?;
            provider.admin_unlock(&op, &a).await.map_err(e)?;
            Ok(json!({"unlocked": a.email}))
        }
        UserAdmin::EndSessions(t) => {
            let a = account(provider, &t.email).await?;
            provider.admin_end_sessions(&op, &a).await.map_err(e)?;
            Ok(json!({"sessions_ended": a.email}))
        }
        UserAdmin::RemoveFactor {
            target,
            phone,
            device,
            token,
            security_key,
        } => {
            let a = account(provider, &target.email).await?;
            let factor = match (phone, device, token, security_key) {
                (Some(p), ..) => Factor::Phone(p),
                (_, Some(d), ..) => Factor::Device(d),
                (_, _, Some(t), _) => Factor::Token(t),
                (_, _, _, Some(k)) => Factor::SecurityKey(k),
                _ => return Err("name the factor to remove".into()),
            };
            if provider
                .admin_remove_factor(&op, &a, &factor)
                .await
                .map_err(e)?
            {
                Ok(json!({"removed": format!("{factor:?}"), "from": a.email}))
            } else {
                Err(format!(
                    "{} has no such factor (see idp user show)",
                    a.email
                ))
            }
        }
        UserAdmin::Disable(t) => set_disabled(provider, &op, &t.email, true).await,
        UserAdmin::Enable(t) => set_disabled(provider, &op, &t.email, false).await,
        UserAdmin::SendReset(t) => {
            let a = account(provider, &t.email).await?;
            if provider.admin_send_reset(&op, &a).await.map_err(e)? {
                Ok(json!({"reset_mail_sent": a.email}))
            } else {
                Err(format!(
                    "{} was sent too many mails lately; try later",
                    a.email
                ))
            }
        }
    }
}

async fn set_disabled(
    provider: &Provider,
    op: &Operator,
    email: &str,
    disabled: bool,
) -> Result<Value, String> {
    let a = account(provider, email).await?;
    let changed = provider
        .admin_set_disabled(op, &a, disabled)
        .await
        .map_err(|e| e.to_string())?;
    Ok(json!({"email": a.email, "disabled": disabled, "changed": changed}))
}

/// `idp operators-log`: a page of the operators' log.
pub async fn run_log(
    provider: &Provider,
    search: &str,
    after: Option<&str>,
) -> Result<Value, String> {
    let after = after.map(cursor_of);
    let (entries, next) = super::log::page(provider.store.as_ref(), search, after.as_deref())
        .await
        .map_err(|e| e.to_string())?;
    let next = next.as_deref().map(cursor_word);
    Ok(
        json!({"entries": entries.iter().map(|e| json!({"at": format_utc(e.at), "operator": e.operator, "action": e.action, "target": e.target, "from": e.ip})).collect::<Vec<_>>(), "next": next}),
    )
}
