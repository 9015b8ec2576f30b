//! Where access requests are found again: one record per request, and indexes that answer
//! each question directly, so that a page costs the same with a million requests as with
//! a thousand:
//! - the requests of one person (a set: a person has few);
//! - the pending requests, and the grants, of an application in one network and in all
//!   networks ([`Listing`]s: pages of 25, newest first, searchable by the requester's
//!   name or e-mail and the organisation);
//! - the approvers (holders of an approving profile) of an application in a network (a
//!   set: a network has few), whom a new request is mailed to.

use ern_catalogue::Catalogue;

use super::{AccessRequest, Status};
use crate::accounts::Account;
use crate::error::Error;
use crate::store::listing::{Entry, Listing, Page, each};
use crate::store::{Store, StoreResult, Write};

pub mod keys {
    pub fn request(id: &str) -> String {
        format!("access:request:{id}")
    }
    /// The prefix of every request record (for migrations).
    pub const REQUEST_PREFIX: &str = "access:request:";
    pub fn requests_of(account_id: &str) -> String {
        format!("access:requests_of:{account_id}")
    }
    /// One open (pending) request per person, application and organisation.
    pub fn open(account_id: &str, application: &str, organisation: &str) -> String {
        format!("access:open:{account_id}:{application}:{organisation}")
    }
    pub fn approvers(application: &str, network: &str) -> String {
        format!("access:approvers:{application}:{network}")
    }
    /// Schema 1's unordered indexes, emptied by the migration to schema 2.
    pub fn old_pending(network: &str) -> String {
        format!("access:pending:{network}")
    }
    pub fn old_granted(network: &str) -> String {
        format!("access:granted:{network}")
    }
}

/// Which requests a list holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Pending,
    Granted,
}

/// One network, or all of them (administrators).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope<'a> {
    All,
    Network(&'a str),
}

fn listing(kind: Kind, application: &str, scope: Scope<'_>) -> Listing {
    let kind = match kind {
        Kind::Pending => "pending",
        Kind::Granted => "granted",
    };
    match scope {
        // `network:` and `all-networks` cannot collide: a network code has no such prefix.
        Scope::All => Listing::new(format!("access:{kind}:{application}:all-networks")),
        Scope::Network(n) => Listing::new(format!("access:{kind}:{application}:network:{n}")),
    }
}

/// The words a request is found by: who asked, and for which organisation.
pub fn search_terms(
    requester: &Account,
    organisation_name: &str,
    organisation_code: &str,
) -> Vec<String> {
    vec![
        requester.email.clone(),
        format!("{} {}", requester.first_name, requester.last_name),
        format!("{} {}", requester.last_name, requester.first_name),
        organisation_name.to_owned(),
        organisation_code.to_owned(),
    ]
}

fn entry(request: &AccessRequest) -> Entry<'_> {
    Entry {
        id: &request.id,
        at: request.created_at,
        terms: request.search_terms.clone(),
    }
}

/// The members that hold `request` in the lists of `kind`, for its network and for all
/// networks (ordered set, member).
fn members(kind: Kind, request: &AccessRequest) -> Vec<(String, String)> {
    let entry = entry(request);
    [Scope::Network(&request.network), Scope::All]
        .into_iter()
        .flat_map(|scope| listing(kind, &request.application, scope).members(&entry))
        .collect()
}

async fn add(store: &dyn Store, kind: Kind, request: &AccessRequest) -> StoreResult<()> {
    let members = members(kind, request);
    store.write_all(&each(&members, Write::SortedAdd)).await
}

async fn remove(store: &dyn Store, kind: Kind, request: &AccessRequest) -> StoreResult<()> {
    let members = members(kind, request);
    store.write_all(&each(&members, Write::SortedRemove)).await
}

/// The indexes of a request just filed (pending), in one `write_all`. Public for the scale
/// benchmark, which fills a store with requests the way `Provider::file_request` writes
/// them.
pub async fn filed(store: &dyn Store, request: &AccessRequest) -> StoreResult<()> {
    let requests_of = keys::requests_of(&request.account_id);
    let members = members(Kind::Pending, request);
    let mut writes = vec![Write::SetAdd(&requests_of, &request.id)];
    writes.extend(each(&members, Write::SortedAdd));
    store.write_all(&writes).await
}

/// The indexes after `after` left `from`; `approving` says whether it gives a profile that
/// approves others (its holder then joins the network's approvers), `still_approves`
/// whether its holder, once it is revoked, holds another such grant there.
pub(super) async fn moved(
    store: &dyn Store,
    from: Status,
    after: &AccessRequest,
    approving: bool,
    still_approves: bool,
) -> StoreResult<()> {
    // One `write_all` (one transaction on the embedded store), in the order the writes
    // were made one by one before.
    let pending = members(Kind::Pending, after);
    let granted = members(Kind::Granted, after);
    let open = keys::open(&after.account_id, &after.application, &after.organisation);
    let approvers = keys::approvers(&after.application, &after.network);
    let mut writes = Vec::new();
    if from == Status::Pending {
        writes.extend(each(&pending, Write::SortedRemove));
        writes.push(Write::Delete(&open));
    }
    match after.status {
        Status::Approved => {
            writes.extend(each(&granted, Write::SortedAdd));
            if approving {
                writes.push(Write::SetAdd(&approvers, &after.account_id));
            }
        }
        Status::Revoked => {
            writes.extend(each(&granted, Write::SortedRemove));
            if approving && !still_approves {
                writes.push(Write::SetRemove(&approvers, &after.account_id));
            }
        }
        Status::Pending | Status::Rejected => {}
    }
    store.write_all(&writes).await
}

/// Takes a deleted account's request out of every index (the record goes too).
pub(super) async fn forget(store: &dyn Store, request: &AccessRequest) -> StoreResult<()> {
    remove(store, Kind::Pending, request).await?;
    remove(store, Kind::Granted, request).await?;
    store
        .set_remove(
            &keys::approvers(&request.application, &request.network),
            &request.account_id,
        )
        .await?;
    store
        .delete(&keys::open(
            &request.account_id,
            &request.application,
            &request.organisation,
        ))
        .await?;
    store.delete(&keys::request(&request.id)).await?;
    store
        .set_remove(&keys::requests_of(&request.account_id), &request.id)
        .await?;
    Ok(())
}

/// The accounts that approve requests for `application` in `network`.
pub async fn approvers(
    store: &dyn Store,
    application: &str,
    network: &str,
) -> StoreResult<Vec<String>> {
    store
        .set_members(&keys::approvers(application, network))
        .await
}

/// A page of 25 requests of `kind` (newest first, or those found by `search`), and the
/// cursor of the next page. Rows whose record is gone, or whose status moved on since the
/// index was read, are left out.
pub async fn page(
    store: &dyn Store,
    kind: Kind,
    application: &str,
    scope: Scope<'_>,
    search: &str,
    cursor: Option<&str>,
) -> Result<(Vec<AccessRequest>, Option<String>), Error> {
    let Page { ids, next } = listing(kind, application, scope)
        .page(store, search, cursor, super::PAGE_SIZE)
        .await?;
    let mut rows = Vec::with_capacity(ids.len());
    for id in ids {
        let Some(request) = super::get(store, &id).await? else {
            continue;
        };
        let current = match kind {
            Kind::Pending => request.status == Status::Pending,
            Kind::Granted => request.status == Status::Approved,
        };
        if current {
            rows.push(request);
        }
    }
    Ok((rows, next))
}

/// Schema 1 → 2: every request gets its search terms and its place in the lists, and the
/// old unordered indexes are emptied. Idempotent (adding twice changes nothing), so a
/// migration that died half-way is simply run again.
pub async fn migrate(store: &dyn Store, catalogue: &Catalogue) -> Result<usize, Error> {
    let mut cursor = String::new();
    let mut count = 0;
    loop {
        let (found, next) = store.scan_keys(keys::REQUEST_PREFIX, &cursor, 500).await?;
        for key in found {
            let id = key.trim_start_matches(keys::REQUEST_PREFIX);
            let Some(mut request) = super::get(store, id).await? else {
                continue;
            };
            if request.search_terms.is_empty() {
                let (name, code) = catalogue
                    .organisation(&request.organisation)
                    .map(|o| (o.name, o.code))
                    .unwrap_or_default();
                if let Some(account) = crate::accounts::get(store, &request.account_id).await? {
                    request.search_terms = search_terms(&account, &name, &code);
                    store
                        .put(&keys::request(id), &super::encode(&request)?, None)
                        .await?;
                }
            }
            match request.status {
                Status::Pending => add(store, Kind::Pending, &request).await?,
                Status::Approved => {
                    add(store, Kind::Granted, &request).await?;
                    if super::gives_approving(catalogue, &request) {
                        store
                            .set_add(
                                &keys::approvers(&request.application, &request.network),
                                &request.account_id,
                            )
                            .await?;
                    }
                }
                Status::Rejected | Status::Revoked => {}
            }
            store
                .set_remove(&keys::old_pending(&request.network), id)
                .await?;
            store
                .set_remove(&keys::old_granted(&request.network), id)
                .await?;
            count += 1;
        }
        if next.is_empty() {
            return Ok(count);
        }
        cursor = next;
    }
}
