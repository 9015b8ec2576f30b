//! The list of every account, for operators: newest first, or found by the beginning of an
//! e-mail address or a name ("Curie", "Marie Curie", "Curie Marie"), a page at a time.

use super::Account;
use crate::store::listing::{Entry, Listing, Page};
use crate::store::{Store, StoreResult, keys};

fn listing() -> Listing {
    Listing::new("accounts")
}

fn entry(account: &Account) -> Entry<'_> {
    Entry {
        id: &account.id,
        at: account.created_at,
        terms: vec![
            account.email.clone(),
            format!("{} {}", account.first_name, account.last_name),
            format!("{} {}", account.last_name, account.first_name),
        ],
    }
}

pub(super) async fn added(store: &dyn Store, account: &Account) -> StoreResult<()> {
    listing().add(store, &entry(account)).await
}

/// After an update: the account is found by its new name or address, not the old ones.
pub(super) async fn changed(
    store: &dyn Store,
    before: &Account,
    after: &Account,
) -> StoreResult<()> {
    let unchanged = before.email == after.email
        && before.first_name == after.first_name
        && before.last_name == after.last_name;
    if !unchanged {
        listing().remove(store, &entry(before)).await?;
        listing().add(store, &entry(after)).await?;
        // Two changes racing may apply their list updates in the other order: whatever
        // the record says now is listed (an older term may linger; the page shows the
        // record as it is).
        if let Some(now) = super::get(store, &after.id).await?
            && (now.email != after.email
                || now.first_name != after.first_name
                || now.last_name != after.last_name)
        {
            listing().add(store, &entry(&now)).await?;
        }
    }
    Ok(())
}

pub async fn removed(store: &dyn Store, account: &Account) -> StoreResult<()> {
    listing().remove(store, &entry(account)).await
}

/// A page of 25 accounts (newest first, or found by `search`), and the next page's cursor.
pub async fn page(
    store: &dyn Store,
    search: &str,
    cursor: Option<&str>,
) -> StoreResult<(Vec<Account>, Option<String>)> {
    let Page { ids, next } = listing().page(store, search, cursor, 25).await?;
    let mut accounts = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(account) = super::get(store, &id).await? {
            accounts.push(account);
        }
    }
    Ok((accounts, next))
}

/// Schema 1 → 2: lists every account (idempotent).
pub async fn migrate(store: &dyn Store) -> StoreResult<usize> {
    let prefix = keys::account("");
    let mut cursor = String::new();
    let mut count = 0;
    loop {
        let (found, next) = store.scan_keys(&prefix, &cursor, 500).await?;
        for key in found {
            if let Some(account) = super::get(store, key.trim_start_matches(&prefix)).await? {
                added(store, &account).await?;
                count += 1;
            }
        }
        if next.is_empty() {
            return Ok(count);
        }
        cursor = next;
    }
}
