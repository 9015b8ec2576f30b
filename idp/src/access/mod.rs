//! The access-request workflow (the "SaaS Authorization System"): a person asks for a
//! profile at an organisation of an application; the network's Coordinator (or an
//! administrator) accepts or rejects; accepted requests are the grants released to the
//! application's client as the `roles` claim, until revoked.

use ern_i18n::tr;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::accounts::{self, Account};
use crate::clients::Acr;
use crate::error::Error;
use crate::notify::i18n::MailKind;
use crate::provider::Provider;
use crate::secrets::random_hex;
use crate::store::Store;

pub mod lists;

use lists::keys;
pub use lists::{Kind, Scope};

/// As the seeds show it: "25 records per page".
pub const PAGE_SIZE: usize = 25;

/// Comments and reasons are free text, kept short.
pub const MAX_TEXT: usize = 1000;
/// Access requests one person may send per hour.
pub const MAX_REQUESTS_PER_HOUR: u64 = 10;

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pending,
    Approved,
    Rejected,
    Revoked,
}

impl Status {
    /// The key of the status's name in the catalogue.
    pub fn key(self) -> &'static str {
        match self {
            Status::Pending => "access-status-pending",
            Status::Approved => "access-status-approved",
            Status::Rejected => "access-status-rejected",
            Status::Revoked => "access-status-revoked",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct AccessRequest {
    pub id: String,
    pub account_id: String,
    pub application: String,
    /// `NETWORK:COUNTRY:CODE`, see [`ern_catalogue::Organisation::id`].
    pub organisation: String,
    pub network: String,
    pub profiles: Vec<String>,
    pub comment: String,
    pub status: Status,
    pub created_at: i64,
    #[serde(default)]
    pub decided_at: Option<i64>,
    /// Account id of the approver, or `cli` for grants made by an operator.
    #[serde(default)]
    pub decided_by: Option<String>,
    #[serde(default)]
    pub reason: Option<String>,
    /// Four eyes: a request for an approving profile (Coordinator) is accepted by two
    /// different approvers; this is the first one, while the request is still pending.
    #[serde(default)]
    pub first_approval: Option<String>,
    /// What the lists find it by (the requester's name and e-mail, the organisation), as
    /// they were when it was filed: kept so that it leaves the lists by the same words.
    #[serde(default)]
    pub search_terms: Vec<String>,
}

/// What someone asks for at the last step of the wizard.
#[derive(Debug, Clone, Default)]
pub struct NewRequest {
    pub application: String,
    pub organisation: String,
    pub profiles: Vec<String>,
    pub comment: String,
}

#[derive(Debug, PartialEq, Eq)]
pub enum SubmitOutcome {
    Submitted(Box<AccessRequest>),
    /// The request cannot be taken as it is; the message says why.
    Refused(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Accept,
    Reject,
}

#[derive(Debug, PartialEq, Eq)]
pub enum DecideOutcome {
    Done(Box<AccessRequest>),
    /// Accepted once; a second, different approver must accept it too (four eyes).
    FirstApproval(Box<AccessRequest>),
    NotAllowed,
    /// Deciding needs a sign-in with a second factor (`acr` substantial or more).
    SecondFactorNeeded,
    NotFound,
    /// Someone else decided first, or the request is no longer in the state the action needs.
    AlreadyDecided,
    Refused(String),
}

pub async fn get(store: &dyn Store, id: &str) -> Result<Option<AccessRequest>, Error> {
    let Some(bytes) = store.get(&keys::request(id)).await? else {
        return Ok(None);
    };
    serde_json::from_slice(&bytes)
        .map(Some)
        .map_err(|e| Error::Internal(format!("access request {id}: {e}")))
}

async fn load_all(store: &dyn Store, ids: Vec<String>) -> Result<Vec<AccessRequest>, Error> {
    let mut found = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(request) = get(store, &id).await? {
            found.push(request);
        }
    }
    found.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(a.id.cmp(&b.id)));
    Ok(found)
}

/// Everything a person asked for, newest first.
pub async fn requests_of(store: &dyn Store, account_id: &str) -> Result<Vec<AccessRequest>, Error> {
    let ids = store.set_members(&keys::requests_of(account_id)).await?;
    load_all(store, ids).await
}

fn encode(request: &AccessRequest) -> Result<Vec<u8>, Error> {
    serde_json::to_vec(request).map_err(|e| Error::Internal(e.to_string()))
}

/// Checks a request against the catalogue and what the person already has or asked for;
/// `Err` says why not, in the language of the request (English on the command line).
fn check_new(
    provider: &Provider,
    new: &NewRequest,
    existing: &[AccessRequest],
) -> Result<(String, Vec<String>, String), String> {
    let catalogue = &provider.organisations;
    let Some(application) = catalogue.application(&new.application) else {
        return Err(tr!("access-select-application"));
    };
    let Some(organisation) = catalogue.organisation(&new.organisation) else {
        return Err(tr!("access-select-institution"));
    };
    let mut profiles: Vec<String> = Vec::new();
    for p in &new.profiles {
        if !application.profiles.contains(p) {
            return Err(tr!(
                "access-not-a-profile",
                profile = p.as_str(),
                application = application.code.as_str()
            ));
        }
        if !profiles.contains(p) {
            profiles.push(p.clone());
        }
    }
    if profiles.is_empty() {
        return Err(tr!("access-select-profile"));
    }
    let comment = new.comment.trim().to_owned();
    if comment.chars().count() > MAX_TEXT
        || comment
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r')
    {
        return Err(tr!("access-comment-too-long", max = MAX_TEXT));
    }
    let same_place = |r: &&AccessRequest| {
        r.application == application.code && r.organisation == organisation.id()
    };
    if existing
        .iter()
        .filter(same_place)
        .any(|r| r.status == Status::Pending)
    {
        return Err(tr!(
            "access-already-pending",
            organisation = organisation.label()
        ));
    }
    if let Some(held) = existing
        .iter()
        .filter(same_place)
        .filter(|r| r.status == Status::Approved)
        .flat_map(|r| r.profiles.iter())
        .find(|p| profiles.contains(p))
    {
        return Err(tr!(
            "access-already-held",
            profile = held.as_str(),
            organisation = organisation.label()
        ));
    }
    Ok((organisation.id(), profiles, comment))
}

/// The organisations (ids) where the person has a pending or accepted request:
/// the wizard marks them "(request submitted)".
pub fn submitted_organisations(requests: &[AccessRequest], application: &str) -> Vec<String> {
    requests
        .iter()
        .filter(|r| r.application == application)
        .filter(|r| matches!(r.status, Status::Pending | Status::Approved))
        .map(|r| r.organisation.clone())
        .collect()
}

/// The "Status" of `profile` at `organisation` on the wizard's profile step, for the
/// requester (a key of the catalogue): `active` (it can be requested), or what the
/// requester already did with it.
pub fn profile_status(
    requests: &[AccessRequest],
    application: &str,
    organisation: &str,
    profile: &str,
) -> &'static str {
    let mine = |status: Status| {
        requests.iter().any(|r| {
            r.status == status
                && r.application == application
                && r.organisation == organisation
                && r.profiles.iter().any(|p| p == profile)
        })
    };
    if mine(Status::Approved) {
        "access-profile-granted"
    } else if mine(Status::Pending) {
        "access-profile-submitted"
    } else {
        "access-profile-active"
    }
}

/// The profiles that make their holder an approver in a network.
fn approving_profiles(provider: &Provider, application: &str) -> Vec<String> {
    approving_profiles_in(&provider.organisations, application)
}

fn approving_profiles_in(catalogue: &ern_catalogue::Catalogue, application: &str) -> Vec<String> {
    catalogue
        .application(application)
        .map(|a| {
            a.profiles
                .iter()
                .filter(|p| catalogue.profile(p).is_some_and(|p| p.approves))
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

/// Whether `request` gives a profile that approves others (four eyes; approvers' list).
/// A grant at a network's Guest Access approves nothing, whatever its profile: its holder
/// is a guest, as CPMS shows them.
fn gives_approving(catalogue: &ern_catalogue::Catalogue, request: &AccessRequest) -> bool {
    let approving = approving_profiles_in(catalogue, &request.application);
    !ern_catalogue::is_guest_organisation(&request.organisation)
        && request.profiles.iter().any(|p| approving.contains(p))
}

/// Whether `account` may decide requests for `application` in `network`: administrators
/// everywhere, holders of an approving profile (Coordinator) in their own network.
pub async fn may_approve(
    provider: &Provider,
    account: &Account,
    application: &str,
    network: &str,
) -> Result<bool, Error> {
    if account.is_admin {
        return Ok(true);
    }
    may_approve_holding(provider, &account.id, application, network).await
}

/// Whether an accepted request among `held` gives an approving profile for `application`
/// in `network`.
fn holds_approving(
    held: &[AccessRequest],
    approving: &[String],
    application: &str,
    network: &str,
) -> bool {
    held.iter().any(|r| {
        r.status == Status::Approved
            && r.application == application
            && r.network == network
            && !ern_catalogue::is_guest_organisation(&r.organisation)
            && r.profiles.iter().any(|p| approving.contains(p))
    })
}

/// Whether the holder of `account_id` still holds an approving grant for `application` in
/// `network` (after one of theirs was revoked).
async fn may_approve_holding(
    provider: &Provider,
    account_id: &str,
    application: &str,
    network: &str,
) -> Result<bool, Error> {
    let approving = approving_profiles(provider, application);
    let held = requests_of(provider.store.as_ref(), account_id).await?;
    Ok(holds_approving(&held, &approving, application, network))
}

/// The networks whose requests `account` may decide (all of them for administrators).
pub async fn approver_networks(
    provider: &Provider,
    account: &Account,
) -> Result<Vec<(String, String)>, Error> {
    let mut networks: Vec<(String, String)> = Vec::new();
    let held = requests_of(provider.store.as_ref(), &account.id).await?;
    for application in &provider.organisations.applications {
        let approving = approving_profiles(provider, &application.code);
        for network in &provider.organisations.networks {
            let allowed = account.is_admin
                || holds_approving(&held, &approving, &application.code, &network.code);
            let pair = (application.code.clone(), network.code.clone());
            if allowed && !networks.contains(&pair) {
                networks.push(pair);
            }
        }
    }
    Ok(networks)
}

impl Provider {
    /// Files a request; one pending request per person, application and organisation.
    pub async fn submit_access_request(
        &self,
        account: &Account,
        new: &NewRequest,
    ) -> Result<SubmitOutcome, Error> {
        // Each request mails the network's Coordinators: a cap keeps that from becoming spam.
        let sent = self
            .store
            .incr(
                &crate::store::keys::counter("access-requests", &account.id),
                std::time::Duration::from_secs(3600),
            )
            .await?;
        if sent > MAX_REQUESTS_PER_HOUR {
            return Ok(SubmitOutcome::Refused(tr!(
                "access-too-many-requests",
                count = MAX_REQUESTS_PER_HOUR
            )));
        }
        let request = match self.file_request(account, new).await? {
            Ok(request) => request,
            Err(message) => return Ok(SubmitOutcome::Refused(message)),
        };
        self.notify_approvers(account, &request).await?;
        Ok(SubmitOutcome::Submitted(Box::new(request)))
    }

    /// Checks a request and writes it as pending, with its indexes; `Err` says why not.
    async fn file_request(
        &self,
        account: &Account,
        new: &NewRequest,
    ) -> Result<Result<AccessRequest, String>, Error> {
        let existing = requests_of(self.store.as_ref(), &account.id).await?;
        let (organisation, profiles, comment) = match check_new(self, new, &existing) {
            Ok(checked) => checked,
            Err(message) => return Ok(Err(message)),
        };
        let network = organisation
            .split(':')
            .next()
            .unwrap_or_default()
            .to_owned();
        let mut request = AccessRequest {
            id: random_hex(12),
            account_id: account.id.clone(),
            application: new.application.clone(),
            organisation,
            network,
            profiles,
            comment,
            status: Status::Pending,
            created_at: self.now(),
            decided_at: None,
            decided_by: None,
            reason: None,
            first_approval: None,
            search_terms: Vec::new(),
        };
        if let Some(org) = self.organisations.organisation(&request.organisation) {
            request.search_terms = lists::search_terms(account, &org.name, &org.code);
        }
        let open = keys::open(&account.id, &request.application, &request.organisation);
        let bytes = encode(&request)?;
        // The request, then the open marker that makes it the only one: two submissions
        // racing file one request (two keys that cannot share a Redis Cluster slot).
        let written = crate::store::put_with_unique_index(
            self.store.as_ref(),
            (&keys::request(&request.id), &bytes),
            (&open, request.id.as_bytes()),
        )
        .await?;
        if !written {
            return Ok(Err(tr!("access-already-pending-here")));
        }
        lists::filed(self.store.as_ref(), &request).await?;
        Ok(Ok(request))
    }

    /// Accepts or rejects a pending request. The rules: only the network's Coordinators
    /// and administrators decide; nobody decides their own request, administrators
    /// included (an operator grants from the command line); deciding needs a sign-in
    /// with a second factor (`approver_acr`); a request for an approving profile needs
    /// two different approvers to accept it (four eyes), one rejection ends it.
    pub async fn decide_access_request(
        &self,
        approver: &Account,
        approver_acr: Acr,
        id: &str,
        decision: Decision,
        reason: &str,
    ) -> Result<DecideOutcome, Error> {
        let Some(request) = get(self.store.as_ref(), id).await? else {
            return Ok(DecideOutcome::NotFound);
        };
        if !may_approve(self, approver, &request.application, &request.network).await?
            || request.account_id == approver.id
        {
            return Ok(DecideOutcome::NotAllowed);
        }
        if approver_acr < Acr::Substantial {
            return Ok(DecideOutcome::SecondFactorNeeded);
        }
        let reason = match clean_reason(reason, decision == Decision::Reject) {
            Ok(reason) => reason,
            Err(message) => return Ok(DecideOutcome::Refused(message)),
        };
        if decision == Decision::Accept && self.needs_four_eyes(&request) {
            match request.first_approval.as_deref() {
                None => return self.first_approval(request, &approver.id).await,
                Some(first) if first == approver.id => {
                    return Ok(DecideOutcome::Refused(tr!("access-accepted-already")));
                }
                Some(first) => {
                    // The first approval counts only while its author could still give it:
                    // one whose grant was revoked, or whose account was disabled or
                    // deleted, since, leaves this acceptance the first.
                    if !self.still_approves(first, &request).await? {
                        return self.first_approval(request, &approver.id).await;
                    }
                }
            }
        }
        let status = match decision {
            Decision::Accept => Status::Approved,
            Decision::Reject => Status::Rejected,
        };
        self.transition(request, Status::Pending, status, &approver.id, reason)
            .await
    }

    /// Ends a grant; the profile disappears from the client's next tokens. Needs a
    /// sign-in with a second factor, as deciding does; a grant that approves others
    /// (Coordinator) is revoked by an administrator only.
    pub async fn revoke_access(
        &self,
        approver: &Account,
        approver_acr: Acr,
        id: &str,
        reason: &str,
    ) -> Result<DecideOutcome, Error> {
        let Some(request) = get(self.store.as_ref(), id).await? else {
            return Ok(DecideOutcome::NotFound);
        };
        if !may_approve(self, approver, &request.application, &request.network).await? {
            return Ok(DecideOutcome::NotAllowed);
        }
        if approver_acr < Acr::Substantial {
            return Ok(DecideOutcome::SecondFactorNeeded);
        }
        // Giving a profile that approves others takes two approvers; taking one away is for
        // an administrator (or an operator), so that one Coordinator cannot remove the
        // network's others (nor two remove each other at once).
        if self.needs_four_eyes(&request) && !approver.is_admin {
            return Ok(DecideOutcome::Refused(tr!("access-revoke-approver-admin")));
        }
        let reason = match clean_reason(reason, true) {
            Ok(reason) => reason,
            Err(message) => return Ok(DecideOutcome::Refused(message)),
        };
        self.transition(
            request,
            Status::Approved,
            Status::Revoked,
            &approver.id,
            reason,
        )
        .await
    }

    /// Revokes a grant on the operator's authority (the CLI).
    pub async fn revoke_as_operator(&self, id: &str, reason: &str) -> Result<DecideOutcome, Error> {
        let Some(request) = get(self.store.as_ref(), id).await? else {
            return Ok(DecideOutcome::NotFound);
        };
        let reason = match clean_reason(reason, true) {
            Ok(reason) => reason,
            Err(message) => return Ok(DecideOutcome::Refused(message)),
        };
        self.transition(
            request,
            Status::Approved,
            Status::Revoked,
            "operator",
            reason,
        )
        .await
    }

    /// Grants profiles directly (the operator's CLI bootstraps the first Coordinators).
    pub async fn grant_access(
        &self,
        account: &Account,
        application: &str,
        organisation: &str,
        profiles: Vec<String>,
    ) -> Result<SubmitOutcome, Error> {
        let new = NewRequest {
            application: application.into(),
            organisation: organisation.into(),
            profiles,
            comment: "granted by an operator".into(),
        };
        // Filed and accepted at once: no rate limit, no "waits for your decision" mail.
        let request = match self.file_request(account, &new).await? {
            Ok(request) => request,
            Err(message) => return Ok(SubmitOutcome::Refused(message)),
        };
        match self
            .transition(request, Status::Pending, Status::Approved, "cli", None)
            .await?
        {
            DecideOutcome::Done(request) => Ok(SubmitOutcome::Submitted(request)),
            other => Ok(SubmitOutcome::Refused(format!("not granted: {other:?}"))),
        }
    }

    /// Whether accepting `request` needs two approvers: it gives an approving profile.
    fn needs_four_eyes(&self, request: &AccessRequest) -> bool {
        gives_approving(&self.organisations, request)
    }

    /// Whether the account `approver_id` exists and [`Self::approves_now`].
    async fn still_approves(
        &self,
        approver_id: &str,
        request: &AccessRequest,
    ) -> Result<bool, Error> {
        match accounts::get(self.store.as_ref(), approver_id).await? {
            Some(approver) => self.approves_now(&approver, request).await,
            None => Ok(false),
        }
    }

    /// Whether `approver` is not disabled and may decide `request` now (the approvers'
    /// index and a first approval may be older than a revocation or a disabling).
    async fn approves_now(
        &self,
        approver: &Account,
        request: &AccessRequest,
    ) -> Result<bool, Error> {
        Ok(!approver.disabled
            && may_approve(self, approver, &request.application, &request.network).await?)
    }

    /// Records the first of two acceptances (compare-and-set: of two approvers racing to
    /// be first, one is, and the other is told the request changed and looks again).
    async fn first_approval(
        &self,
        request: AccessRequest,
        approver_id: &str,
    ) -> Result<DecideOutcome, Error> {
        if request.status != Status::Pending {
            return Ok(DecideOutcome::AlreadyDecided);
        }
        let mut after = request.clone();
        after.first_approval = Some(approver_id.to_owned());
        if !self.replace_request(&request, &after).await? {
            return Ok(DecideOutcome::AlreadyDecided);
        }
        Ok(DecideOutcome::FirstApproval(Box::new(after)))
    }

    /// Replaces `before` by `after` only if the stored request is still `before`.
    async fn replace_request(
        &self,
        before: &AccessRequest,
        after: &AccessRequest,
    ) -> Result<bool, Error> {
        Ok(self
            .store
            .compare_and_set(
                &keys::request(&before.id),
                Some(&encode(before)?),
                Some(&encode(after)?),
                None,
            )
            .await?)
    }

    /// Moves a request from `from` to `to` with compare-and-set, so two approvers acting
    /// at once cannot both decide it; then updates the indexes and tells the requester.
    async fn transition(
        &self,
        request: AccessRequest,
        from: Status,
        to: Status,
        by: &str,
        reason: Option<String>,
    ) -> Result<DecideOutcome, Error> {
        if request.status != from {
            return Ok(DecideOutcome::AlreadyDecided);
        }
        let mut after = request.clone();
        after.status = to;
        after.decided_at = Some(self.now());
        after.decided_by = Some(by.to_owned());
        after.reason = reason;
        if !self.replace_request(&request, &after).await? {
            return Ok(DecideOutcome::AlreadyDecided);
        }
        let approving = self.needs_four_eyes(&after);
        let still_approves = approving
            && to == Status::Revoked
            && may_approve_holding(self, &after.account_id, &after.application, &after.network)
                .await?;
        lists::moved(self.store.as_ref(), from, &after, approving, still_approves).await?;
        if by != "cli" {
            self.tell_requester(&after).await?;
        }
        Ok(DecideOutcome::Done(Box::new(after)))
    }

    async fn tell_requester(&self, request: &AccessRequest) -> Result<(), Error> {
        let Some(account) = accounts::get(self.store.as_ref(), &request.account_id).await? else {
            return Ok(());
        };
        let kind = match request.status {
            Status::Approved => MailKind::AccessAccepted,
            Status::Rejected => MailKind::AccessRejected,
            Status::Revoked => MailKind::AccessRevoked,
            Status::Pending => return Ok(()),
        };
        let (profiles, organisation) = self.requested(request);
        self.mail_account(
            &account,
            kind,
            &[
                ("profiles", &profiles),
                ("organisation", &organisation),
                ("application", &request.application),
                ("reason", request.reason.as_deref().unwrap_or_default()),
                ("requests_link", &self.url("/access")),
            ],
        );
        Ok(())
    }

    /// The profiles ("HP, Researcher") and the organisation ("ERN-RND · Germany · DE22 -
    /// Universitätsklinikum Tübingen") a request is for, as its mails name them.
    fn requested(&self, request: &AccessRequest) -> (String, String) {
        (
            request.profiles.join(", "),
            self.organisation_label(&request.organisation),
        )
    }

    /// Tells the network's approvers (holders of an approving profile) a request waits.
    async fn notify_approvers(
        &self,
        requester: &Account,
        request: &AccessRequest,
    ) -> Result<(), Error> {
        let approvers =
            lists::approvers(self.store.as_ref(), &request.application, &request.network).await?;
        for approver_id in approvers {
            if approver_id == requester.id {
                continue;
            }
            let Some(approver) = accounts::get(self.store.as_ref(), &approver_id).await? else {
                continue;
            };
            // The list is an index written after decisions: it may still name someone
            // disabled since, or whose approving grant went (two revoked at once, a fault
            // between a revocation and the index). They are told nothing of the requester.
            if !self.approves_now(&approver, request).await? {
                continue;
            }
            let who = format!("{} <{}>", requester.display_name(), requester.email);
            let (profiles, organisation) = self.requested(request);
            self.mail_account(
                &approver,
                MailKind::AccessWaiting,
                &[
                    ("requester", &who),
                    ("profiles", &profiles),
                    ("organisation", &organisation),
                    ("application", &request.application),
                    ("approvals_link", &self.url("/access/approvals")),
                ],
            );
        }
        Ok(())
    }

    /// "ERN-RND · Germany · DE22 - Universitätsklinikum Tübingen", or the id if unknown.
    pub fn organisation_label(&self, id: &str) -> String {
        match self.organisations.organisation(id) {
            Some(o) => format!(
                "{} · {} · {}",
                o.network,
                self.organisations
                    .country_name(&o.country)
                    .unwrap_or(&o.country),
                o.label()
            ),
            None => id.to_owned(),
        }
    }

    /// The `roles` claim for `client_id`: the profiles granted for the application that
    /// client serves, and nothing from other applications.
    pub async fn roles_claim(&self, account_id: &str, client_id: &str) -> Result<Value, Error> {
        let Some(application) = self.organisations.application_for_client(client_id) else {
            return Ok(json!([]));
        };
        let mut roles = Vec::new();
        for request in requests_of(self.store.as_ref(), account_id).await? {
            if request.status != Status::Approved || request.application != application.code {
                continue;
            }
            let Some(org) = self.organisations.organisation(&request.organisation) else {
                continue;
            };
            for profile in &request.profiles {
                roles.push(json!({
                    "organisation": org.id(),
                    "network": org.network,
                    "country": org.country,
                    "code": org.code,
                    "name": org.name,
                    "profile": profile,
                }));
            }
        }
        Ok(Value::Array(roles))
    }
}

/// Removes every request of a deleted account, and its place in the networks' lists.
pub async fn forget_account(store: &dyn Store, account_id: &str) -> Result<(), Error> {
    for request in requests_of(store, account_id).await? {
        lists::forget(store, &request).await?;
    }
    store
        .delete(&crate::store::keys::counter("access-requests", account_id))
        .await?;
    Ok(())
}

fn clean_reason(reason: &str, required: bool) -> Result<Option<String>, String> {
    let reason = reason.trim();
    if reason.chars().count() > MAX_TEXT {
        return Err(tr!("access-reason-too-long", max = MAX_TEXT));
    }
    if reason.is_empty() {
        return if required {
            Err(tr!("access-reason-needed"))
        } else {
            Ok(None)
        };
    }
    Ok(Some(reason.to_owned()))
}
