//! The device API and "Mobile App PIN Code": push approval with number matching, each
//! device call signed by the enrolled key.

use crate::metrics::{Method, Proof};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::{Device, REQUEST_SECONDS, device_key, signature_valid};
use crate::accounts::{self, Account};
use crate::audit::{Line, Placeholder};
use crate::error::Error;
use crate::provider::Provider;
use crate::sessions::Session;
use crate::store::keys;

const CLOCK_SKEW_SECONDS: i64 = 60;

/// Why a request was denied (`ApprovalStatus::Denied`, as the device API reports it):
/// a wrong number picked, or "deny".
pub const WRONG_NUMBER: &str = "a wrong number was picked in the app";
pub const DENIED_IN_APP: &str = "the sign-in was denied in the app";

/// What a device signs to authenticate a call: method, path and its clock.
pub fn call_message(method: &str, path: &str, timestamp: i64) -> String {
    format!("{method} {path} {timestamp}")
}

/// What a device signs to answer a sign-in request.
pub fn answer_message(request_id: &str, decision: &str, pick: u8) -> String {
    format!("answer:{request_id}:{decision}:{pick}")
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ApprovalStatus {
    Pending,
    Approved { device_id: String },
    Denied { reason: String },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ApprovalRequest {
    pub id: String,
    pub account_id: String,
    /// The session that asked: only it may complete.
    pub sid: String,
    /// Shown on the sign-in page; the user picks it in the app (against push fatigue).
    pub number: u8,
    /// What the app offers: the number and two others, shuffled.
    pub choices: [u8; 3],
    pub expires_at: i64,
    pub status: ApprovalStatus,
    /// The application being signed in to, shown by the app with the site's name.
    #[serde(default)]
    pub application: Option<String>,
}

/// The app's answer to a sign-in request, signed over `answer_message`.
#[derive(Clone, Copy)]
pub struct AppAnswer<'a> {
    pub request_id: &'a str,
    pub decision: &'a str,
    pub pick: u8,
    pub signature: &'a str,
}

/// A device call's credentials (HTTP headers `X-Device-Id`, `X-Device-Time`,
/// `X-Device-Signature`).
pub struct DeviceCall<'a> {
    pub device_id: &'a str,
    pub timestamp: i64,
    pub signature: &'a str,
    pub method: &'a str,
    pub path: &'a str,
}

#[derive(Debug, PartialEq, Eq)]
pub enum DeviceRefusal {
    /// Unknown device, bad or replayed signature, clock too far off.
    Unauthenticated(&'static str),
    NotFound,
    Refused(&'static str),
}

/// Sign-in requests sent to an account's app per hour, at most (push bombing).
pub const APP_REQUESTS_PER_HOUR: u64 = 10;

/// How "Mobile App PIN Code" started.
#[derive(Debug)]
pub enum AppStart {
    Started(Box<ApprovalRequest>),
    NoDevice,
    /// Another sign-in's request is still waiting on the app: one at a time per account.
    AlreadyWaiting,
    TooMany,
}

/// The account's one waiting request (its id), so that no second one is sent meanwhile.
pub(crate) fn app_pending_key(account_id: &str) -> String {
    format!("app-pending:{account_id}")
}

fn random_number(range: std::ops::RangeInclusive<u8>) -> u8 {
    let span = u16::from(*range.end() - *range.start()) + 1;
    let bytes = crate::secrets::random_bytes(2);
    let value = u16::from_be_bytes([bytes[0], bytes[1]]) % span;
    *range.start() + u8::try_from(value).unwrap_or(0)
}

impl Provider {
    /// Withdraws the account's waiting request, if any: its record (so that no device
    /// lists or answers it any more), its place among the account's requests, its slot.
    pub(crate) async fn drop_waiting_app_request(&self, account_id: &str) -> Result<(), Error> {
        if let Some(id) = self.store.take(&app_pending_key(account_id)).await? {
            let id = String::from_utf8_lossy(&id);
            self.store.delete(&keys::app_request(&id)).await?;
            self.store
                .set_remove(&keys::account_app_requests(account_id), &id)
                .await?;
        }
        Ok(())
    }

    async fn load_request(&self, id: &str) -> Result<Option<(Vec<u8>, ApprovalRequest)>, Error> {
        if id.is_empty() || id.len() > 64 {
            return Ok(None);
        }
        let Some(bytes) = self.store.get(&keys::app_request(id)).await? else {
            return Ok(None);
        };
        Ok(serde_json::from_slice(&bytes).ok().map(|r| (bytes, r)))
    }

    /// Starts "Mobile App PIN Code" for this session; `None` when the account has no device.
    /// Against push bombing: one waiting request per account at a time (a reload of the
    /// same sign-in gets its own request back, sending nothing), and at most
    /// `APP_REQUESTS_PER_HOUR`; the caller creates requests only from a POST.
    pub async fn start_app_approval(
        &self,
        account: &Account,
        session: &Session,
        application: Option<&str>,
    ) -> Result<AppStart, Error> {
        if account.devices.is_empty() {
            return Ok(AppStart::NoDevice);
        }
        let slot = app_pending_key(&account.id);
        if let Some(waiting) = self.waiting_request(&slot, session).await? {
            return Ok(waiting);
        }
        let number = random_number(10..=99);
        let mut choices = vec![number];
        while choices.len() < 3 {
            let other = random_number(10..=99);
            if !choices.contains(&other) {
                choices.push(other);
            }
        }
        // Rotate by a random amount so the right one is not always first.
        choices.rotate_left(usize::from(random_number(0..=2)));
        let request = ApprovalRequest {
            // Typed and passed on command lines: hexadecimal, see `random_hex`.
            id: crate::secrets::random_hex(12),
            account_id: account.id.clone(),
            sid: session.sid.clone(),
            number,
            choices: [choices[0], choices[1], choices[2]],
            expires_at: self.now() + REQUEST_SECONDS,
            status: ApprovalStatus::Pending,
            application: application.map(str::to_owned),
        };
        let bytes = serde_json::to_vec(&request).map_err(|e| Error::Internal(e.to_string()))?;
        let ttl = Duration::from_secs(u64::try_from(REQUEST_SECONDS * 3).unwrap_or(360));
        // The record first, then the account's slot: of two sign-ins starting at once one
        // takes the slot (and only then counts against the hourly limit); a reload of the
        // same sign-in finds its request through the slot.
        let record = keys::app_request(&request.id);
        self.store.put(&record, &bytes, Some(ttl)).await?;
        if !self
            .store
            .put_if_absent(&slot, request.id.as_bytes(), Some(ttl))
            .await?
        {
            self.store.delete(&record).await?;
            let waiting = self.waiting_request(&slot, session).await?;
            return Ok(waiting.unwrap_or(AppStart::AlreadyWaiting));
        }
        let sent = self
            .store
            .incr(
                &keys::counter("app-requests", &account.id),
                Duration::from_secs(3600),
            )
            .await?;
        if sent > APP_REQUESTS_PER_HOUR {
            self.store.delete(&record).await?;
            self.store
                .compare_and_set(&slot, Some(request.id.as_bytes()), None, None)
                .await?;
            return Ok(AppStart::TooMany);
        }
        self.store
            .set_add(&keys::account_app_requests(&account.id), &request.id)
            .await?;
        Ok(AppStart::Started(Box::new(request)))
    }

    /// What the account's slot holds for `session`: its own waiting request (`Started`),
    /// another sign-in's (`AlreadyWaiting`), or `None` when nothing waits any more (the
    /// slot is then freed, unless someone took it meanwhile).
    async fn waiting_request(
        &self,
        slot: &str,
        session: &Session,
    ) -> Result<Option<AppStart>, Error> {
        let Some(current) = self.store.get(slot).await? else {
            return Ok(None);
        };
        let id = String::from_utf8_lossy(&current).into_owned();
        match self.load_request(&id).await? {
            Some((_, waiting))
                if waiting.status == ApprovalStatus::Pending && !self.is_expired(&waiting) =>
            {
                if waiting.sid == session.sid {
                    Ok(Some(AppStart::Started(Box::new(waiting))))
                } else {
                    Ok(Some(AppStart::AlreadyWaiting))
                }
            }
            _ => {
                self.store
                    .compare_and_set(slot, Some(&current), None, None)
                    .await?;
                Ok(None)
            }
        }
    }

    /// The request as the waiting page sees it (only the session that asked).
    pub async fn app_approval(
        &self,
        id: &str,
        session: &Session,
    ) -> Result<Option<ApprovalRequest>, Error> {
        Ok(self
            .load_request(id)
            .await?
            .map(|(_, r)| r)
            .filter(|r| r.sid == session.sid))
    }

    pub fn is_expired(&self, request: &ApprovalRequest) -> bool {
        request.expires_at <= self.now()
    }

    /// Completes an approved request: the session gains `swk` and `pin`. Once.
    pub async fn complete_app_approval(
        &self,
        session_token: &str,
        session: &Session,
        id: &str,
    ) -> Result<bool, Error> {
        let Some((bytes, request)) = self.load_request(id).await? else {
            return Ok(false);
        };
        let ApprovalStatus::Approved { device_id } = &request.status else {
            crate::metrics::second_factor(Method::AppPush, Proof::Expired);
            return Ok(false);
        };
        // The device that approved must still be the account's: one removed since (lost,
        // stolen) proves nothing, whatever it answered before its removal.
        let still_its = accounts::get(self.store.as_ref(), &session.account_id)
            .await?
            .is_some_and(|a| a.devices.iter().any(|d| d.id == *device_id));
        if request.sid != session.sid {
            crate::metrics::second_factor(Method::AppPush, Proof::Expired);
            return Ok(false);
        }
        // Spent whether it is taken or refused: an approval from a device removed since, or
        // past its time, is refused once, and a reload finds it gone (and is not counted
        // again) rather than refused anew.
        if !self
            .store
            .compare_and_set(&keys::app_request(id), Some(&bytes), None, None)
            .await?
        {
            crate::metrics::second_factor(Method::AppPush, Proof::Expired);
            return Ok(false);
        }
        self.store
            .set_remove(&keys::account_app_requests(&request.account_id), id)
            .await?;
        if !still_its || self.is_expired(&request) {
            crate::metrics::second_factor(Method::AppPush, Proof::Expired);
            return Ok(false);
        }
        crate::sessions::add_method(self.store.as_ref(), session_token, self.now(), "swk").await?;
        crate::sessions::add_method(self.store.as_ref(), session_token, self.now(), "pin").await?;
        tracing::info!(account = %request.account_id, "second factor: mobile app");
        crate::metrics::second_factor(Method::AppPush, Proof::Ok);
        Ok(true)
    }

    /// Authenticates a device API call: a known device, its key's signature over the call,
    /// a clock within a minute of ours, and no replay of the same signed call.
    pub async fn authenticate_device(
        &self,
        call: &DeviceCall<'_>,
    ) -> Result<Result<(Account, Device), DeviceRefusal>, Error> {
        let refuse = |why| Ok(Err(DeviceRefusal::Unauthenticated(why)));
        if (call.timestamp - self.now()).abs() > CLOCK_SKEW_SECONDS {
            return refuse("the device clock is too far from ours");
        }
        let Some(account_id) = self.store.get(&device_key(call.device_id)).await? else {
            return refuse("unknown device");
        };
        let Some(account) =
            accounts::get(self.store.as_ref(), &String::from_utf8_lossy(&account_id)).await?
        else {
            return refuse("unknown device");
        };
        let Some(device) = account
            .devices
            .iter()
            .find(|d| d.id == call.device_id)
            .cloned()
        else {
            return refuse("unknown device");
        };
        let message = call_message(call.method, call.path, call.timestamp);
        if !signature_valid(&device.public_key, message.as_bytes(), call.signature) {
            return refuse("bad signature");
        }
        let replay_key = format!("device-call:{}", crate::secrets::token_hash(call.signature));
        let ttl = Duration::from_secs(u64::try_from(CLOCK_SKEW_SECONDS * 3).unwrap_or(180));
        if !self
            .store
            .put_if_absent(&replay_key, b"1", Some(ttl))
            .await?
        {
            return refuse("this call was already made");
        }
        Ok(Ok((account, device)))
    }

    /// The pending sign-in requests of the device's account (the app's inbox).
    pub async fn pending_requests(&self, account: &Account) -> Result<Vec<ApprovalRequest>, Error> {
        let mut pending = Vec::new();
        for id in self
            .store
            .set_members(&keys::account_app_requests(&account.id))
            .await?
        {
            match self.load_request(&id).await? {
                Some((_, r)) if r.status == ApprovalStatus::Pending && !self.is_expired(&r) => {
                    pending.push(r)
                }
                Some(_) => {}
                None => {
                    self.store
                        .set_remove(&keys::account_app_requests(&account.id), &id)
                        .await?;
                }
            }
        }
        Ok(pending)
    }

    /// The app's answer: `approve` with the picked number, or `deny`; signed by the device
    /// for this request. A wrong pick denies the request and is recorded.
    pub async fn answer_request(
        &self,
        account: &Account,
        device: &Device,
        answer: &AppAnswer<'_>,
        ip: &str,
    ) -> Result<Result<ApprovalStatus, DeviceRefusal>, Error> {
        let AppAnswer {
            request_id: id,
            decision,
            pick,
            signature,
        } = *answer;
        if !signature_valid(
            &device.public_key,
            answer_message(id, decision, pick).as_bytes(),
            signature,
        ) {
            return Ok(Err(DeviceRefusal::Unauthenticated(
                "the answer is not signed by this device for this request",
            )));
        }
        let Some((bytes, mut request)) = self.load_request(id).await? else {
            return Ok(Err(DeviceRefusal::NotFound));
        };
        if request.account_id != account.id {
            return Ok(Err(DeviceRefusal::NotFound));
        }
        if request.status != ApprovalStatus::Pending || self.is_expired(&request) {
            return Ok(Err(DeviceRefusal::Refused(
                "the request is no longer pending",
            )));
        }
        request.status = match decision {
            "approve" if pick == request.number => ApprovalStatus::Approved {
                device_id: device.id.clone(),
            },
            "approve" => ApprovalStatus::Denied {
                reason: WRONG_NUMBER.into(),
            },
            "deny" => ApprovalStatus::Denied {
                reason: DENIED_IN_APP.into(),
            },
            _ => {
                return Ok(Err(DeviceRefusal::Refused(
                    "decision must be approve or deny",
                )));
            }
        };
        let next = serde_json::to_vec(&request).map_err(|e| Error::Internal(e.to_string()))?;
        let ttl = Duration::from_secs(u64::try_from(REQUEST_SECONDS * 3).unwrap_or(360));
        if !self
            .store
            .compare_and_set(&keys::app_request(id), Some(&bytes), Some(&next), Some(ttl))
            .await?
        {
            return Ok(Err(DeviceRefusal::Refused(
                "the request is no longer pending",
            )));
        }
        if let ApprovalStatus::Denied { reason } = &request.status {
            crate::metrics::second_factor(Method::AppPush, Proof::Denied);
            let what = if reason == WRONG_NUMBER {
                "history-app-denied-wrong-number"
            } else {
                "history-app-denied"
            };
            let what = Line::new(what).with(Placeholder::Name, &*device.name);
            self.security_event(account, what, ip).await?;
        }
        Ok(Ok(request.status))
    }
}
