//! The authorization endpoint. `begin_authorization` runs the checks in order (each a small
//! function below); `decide_new` decides what the browser needs next (sign in, a second
//! factor, consent) and, when nothing, issues the code at once; a request that needs a
//! step is stored, and `continue_authorization` takes it up again after each step. A
//! request answered at once (single sign-on) is never stored: no browser can come back to
//! it, since no page ever named it.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::{Grant, OAuthError};
use crate::accounts::Account;
use crate::clients::{self, Acr, Client};
use crate::error::Error;
use crate::provider::Provider;
use crate::secrets::{random_token, token_hash};
use crate::sessions::Session;
use crate::store::keys;

mod checks;
use checks::*;

/// The parameters as sent (query string or form body), or as pushed (RFC 9126).
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct AuthorizationRequest {
    pub client_id: Option<String>,
    pub redirect_uri: Option<String>,
    pub response_type: Option<String>,
    pub scope: Option<String>,
    pub state: Option<String>,
    pub nonce: Option<String>,
    pub code_challenge: Option<String>,
    pub code_challenge_method: Option<String>,
    pub response_mode: Option<String>,
    pub prompt: Option<String>,
    pub max_age: Option<String>,
    pub login_hint: Option<String>,
    pub ui_locales: Option<String>,
    pub acr_values: Option<String>,
    pub request: Option<String>,
    pub request_uri: Option<String>,
    /// The thumbprint of the DPoP key the code will be bound to (RFC 9449 10).
    pub dpop_jkt: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResponseMode {
    Query,
    FormPost,
}

/// A validated request waiting for the browser to be signed in enough.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PendingAuthorization {
    pub id: String,
    pub client_id: String,
    pub redirect_uri: String,
    pub scopes: Vec<String>,
    pub state: Option<String>,
    pub nonce: Option<String>,
    pub code_challenge: Option<String>,
    pub response_mode: ResponseMode,
    pub prompt_none: bool,
    pub prompt_login: bool,
    /// With `prompt_login`: the sign-in the request came with (`Session::auth_mark`), which
    /// does not count; signing in again on the same session changes the mark.
    #[serde(default)]
    pub stale_sid: Option<String>,
    pub prompt_consent: bool,
    pub max_age: Option<i64>,
    pub login_hint: Option<String>,
    pub required_acr: Acr,
    pub created_at: i64,
    /// SHA-256 of the browser-binding cookie of the browser that sent the request: only
    /// that browser may continue it (a link to it sent to someone else is useless).
    #[serde(default)]
    pub browser: String,
    /// The account the request is being answered for (`account_tag`), once a session
    /// reached it: another account signing in on the same browser cannot take it over.
    #[serde(default)]
    pub account_id: Option<String>,
    /// With `prompt=consent`: the account (`account_tag`) that answered the consent screen
    /// for this request. Consent itself is recorded per account (`grant_consent`).
    #[serde(default)]
    pub consent_answered_by: Option<String>,
    /// Set once a code was issued for the request (the request stays on record).
    #[serde(default)]
    pub answered: Option<Answered>,
    #[serde(default)]
    pub dpop_jkt: Option<String>,
    /// The application's `ui_locales`, for the pages that can honour it.
    #[serde(default)]
    pub ui_locales: Option<String>,
}

/// The code a request was answered with (what its use mark is named by) and when.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Answered {
    /// `CodeRecord::mark_name`.
    #[serde(rename = "code_hash")]
    pub code_mark: String,
    pub at: i64,
    /// When the code expires (absent in requests answered by older versions, which
    /// stored their codes).
    #[serde(default)]
    pub expires_at: Option<i64>,
}

/// A pending request looked up for a browser.
#[derive(Debug)]
pub enum PendingLookup {
    Found(Box<PendingAuthorization>),
    /// Expired, finished, or never existed.
    Gone,
    /// It exists but another browser started it.
    OtherBrowser,
}

/// Where the answer goes back to the client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientRedirect {
    pub redirect_uri: String,
    pub mode: ResponseMode,
    pub params: Vec<(String, String)>,
}

#[derive(Debug)]
pub enum AuthorizeError {
    /// Unknown client or redirect URI: shown to the user, never redirected (no open redirect).
    Page(String),
    /// Everything else goes back to the client.
    Redirect(ClientRedirect),
}

#[derive(Debug)]
pub enum NextStep {
    SignIn {
        pending_id: String,
        login_hint: Option<String>,
    },
    SecondFactor {
        pending_id: String,
        required: Acr,
    },
    Consent {
        pending_id: String,
    },
    Respond(ClientRedirect),
}

/// Code records live this long at most in the store; the clock check is the rule.
const PENDING_LIFETIME: Duration = Duration::from_secs(30 * 60);

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct CodeRecord {
    pub grant: Grant,
    pub redirect_uri: String,
    pub nonce: Option<String>,
    pub code_challenge: Option<String>,
    pub expires_at: i64,
    /// The DPoP key the code is bound to, if the request named one.
    #[serde(default)]
    pub dpop_jkt: Option<String>,
    /// Names the code's use mark (`keys::code_used`): made in time order, so that the
    /// marks written together share a leaf of the store's key index. Codes sealed by
    /// older versions have none; their mark is named by the code's hash.
    #[serde(default)]
    pub id: Option<String>,
}

impl CodeRecord {
    /// What the use mark of `code`, which holds this record, is named by.
    pub(crate) fn mark_name(&self, code: &str) -> String {
        self.id.clone().unwrap_or_else(|| token_hash(code))
    }
}

/// The use mark (`keys::code_used`) of a code retired before it was redeemed (see
/// `retire_unredeemed_code`); a redeemed code's mark is what it led to (`Redeemed`).
pub(crate) const RETIRED_CODE: &[u8] = b"retired";

pub(super) fn error_redirect(
    pending: (&str, ResponseMode, Option<&str>),
    issuer: &str,
    error: OAuthError,
) -> AuthorizeError {
    let (redirect_uri, mode, state) = pending;
    let mut params = vec![
        ("error".to_owned(), error.error.to_owned()),
        ("error_description".to_owned(), error.description),
    ];
    if let Some(state) = state {
        params.push(("state".into(), state.to_owned()));
    }
    params.push(("iss".into(), issuer.to_owned()));
    AuthorizeError::Redirect(ClientRedirect {
        redirect_uri: redirect_uri.to_owned(),
        mode,
        params,
    })
}

/// How a pending request names the account it is bound to: a hash, so that the record
/// (kept until it expires, to answer retries) does not name an account that is deleted.
fn account_tag(account_id: &str) -> String {
    token_hash(&format!("pending-account|{account_id}"))
}

fn changed_meanwhile() -> AuthorizeError {
    AuthorizeError::Page(ern_i18n::tr!("oidc-changed-in-another-tab"))
}

impl Provider {
    /// Validates an authorization request (not stored yet: see `decide_new`), and returns
    /// it with its client. `current_sid`: the browser's session when the request arrived,
    /// if any. `browser_id`: the value of the browser-binding cookie (see
    /// `PendingAuthorization`).
    pub async fn begin_authorization(
        &self,
        request: &AuthorizationRequest,
        current_sid: Option<&str>,
        browser_id: &str,
    ) -> Result<Result<(PendingAuthorization, Client), AuthorizeError>, Error> {
        let client = match check_client(self, request).await? {
            Ok(client) => client,
            Err(e) => return Ok(Err(e)),
        };
        // A pushed request (RFC 9126): what the client pushed, once, and nothing else.
        if let Some(uri) = &request.request_uri {
            let Some(pushed) = self.take_pushed(&client.id, uri).await? else {
                return Ok(Err(AuthorizeError::Page(ern_i18n::tr!(
                    "oidc-request-used"
                ))));
            };
            return Ok(self
                .begin_for_client(&client, &pushed, current_sid, browser_id, true)
                .map(|pending| (pending, client)));
        }
        // A signed request object (RFC 9101): its parameters are the request.
        if request.request.is_some() {
            let opened = match self.open_request_object(&client, request).await {
                Ok(opened) => opened,
                Err(e) => {
                    // Only a registered return address of the outer request is trusted.
                    return Ok(Err(match check_redirect_uri(&client, request) {
                        Ok(uri) => error_redirect(
                            (&uri, ResponseMode::Query, request.state.as_deref()),
                            &self.config.issuer,
                            e,
                        ),
                        Err(_) => AuthorizeError::Page(ern_i18n::tr!(
                            "oidc-request-not-accepted",
                            app = client.name.as_str(),
                            reason = e.description.as_str()
                        )),
                    }));
                }
            };
            return Ok(self
                .begin_for_client(&client, &opened, current_sid, browser_id, false)
                .map(|pending| (pending, client)));
        }
        Ok(self
            .begin_for_client(&client, request, current_sid, browser_id, false)
            .map(|pending| (pending, client)))
    }

    /// Runs every check of an authorization request for `client`, as for a pushed one.
    pub(super) fn check_request(
        client: &Client,
        request: &AuthorizationRequest,
    ) -> Result<(), OAuthError> {
        if check_redirect_uri(client, request).is_err() {
            return Err(OAuthError::new(
                "invalid_request",
                "redirect_uri is missing or not registered",
            ));
        }
        check_response_mode(request)?;
        check_lengths(request)?;
        check_no_request_objects(request)?;
        check_response_type(request)?;
        check_scope(request)?;
        check_pkce(client, request)?;
        check_prompt(request)?;
        check_max_age(request)?;
        Ok(())
    }

    fn begin_for_client(
        &self,
        client: &Client,
        request: &AuthorizationRequest,
        current_sid: Option<&str>,
        browser_id: &str,
        pushed: bool,
    ) -> Result<PendingAuthorization, AuthorizeError> {
        let redirect_uri = check_redirect_uri(client, request)?;
        let state = request.state.as_deref();
        let to_client =
            |mode, e| error_redirect((&redirect_uri, mode, state), &self.config.issuer, e);
        let mode = check_response_mode(request).map_err(|e| to_client(ResponseMode::Query, e))?;
        if client.require_par && !pushed {
            return Err(to_client(
                mode,
                OAuthError::new(
                    "invalid_request",
                    "this client must push its authorization requests first (PAR)",
                ),
            ));
        }
        let checked = (|| {
            check_lengths(request)?;
            check_no_request_objects(request)?;
            check_response_type(request)?;
            let scopes = check_scope(request)?;
            let challenge = check_pkce(client, request)?;
            let prompt = check_prompt(request)?;
            let max_age = check_max_age(request)?;
            Ok::<_, OAuthError>((scopes, challenge, prompt, max_age))
        })();
        let (scopes, code_challenge, prompt, max_age) = checked.map_err(|e| to_client(mode, e))?;
        Ok(PendingAuthorization {
            id: random_token(24),
            client_id: client.id.clone(),
            redirect_uri: redirect_uri.clone(),
            scopes,
            state: request.state.clone(),
            nonce: request.nonce.clone(),
            code_challenge,
            response_mode: mode,
            prompt_none: prompt.none,
            // max_age=0 means "sign in again", as prompt=login does.
            prompt_login: prompt.login || max_age == Some(0),
            stale_sid: current_sid.map(str::to_owned),
            prompt_consent: prompt.consent,
            max_age,
            login_hint: request.login_hint.clone(),
            required_acr: required_acr(client, request),
            created_at: self.now(),
            browser: token_hash(browser_id),
            account_id: None,
            consent_answered_by: None,
            answered: None,
            dpop_jkt: request.dpop_jkt.clone(),
            ui_locales: request.ui_locales.clone(),
        })
    }

    /// Replaces `before` by `after` only if the stored request is still `before` (a tab
    /// holding an old copy cannot write a finished or changed request back). False: it
    /// changed meanwhile.
    async fn replace_pending(
        &self,
        before: &PendingAuthorization,
        after: &PendingAuthorization,
    ) -> Result<bool, Error> {
        let encode = |p| serde_json::to_vec(p).map_err(|e| Error::Internal(e.to_string()));
        Ok(self
            .store
            .compare_and_set(
                &keys::pending_authorization(&before.id),
                Some(&encode(before)?),
                Some(&encode(after)?),
                Some(PENDING_LIFETIME),
            )
            .await?)
    }

    /// Stores a new request before the browser is sent to a step. The client is known and
    /// the redirect URI checked: the protocol's answer for a fault on our side goes back to
    /// it (RFC 6749 4.1.2.1).
    async fn store_new(&self, pending: &PendingAuthorization) -> Result<(), AuthorizeError> {
        self.save_pending(pending).await.map_err(|e| {
            tracing::warn!(code = e.code(), error = %e, "authorization request not stored");
            self.try_again_later(pending)
        })
    }

    /// `temporarily_unavailable`, sent back to the client of a checked request.
    fn try_again_later(&self, pending: &PendingAuthorization) -> AuthorizeError {
        error_redirect(
            (
                &pending.redirect_uri,
                pending.response_mode,
                pending.state.as_deref(),
            ),
            &self.config.issuer,
            OAuthError::new("temporarily_unavailable", "please try again"),
        )
    }

    async fn save_pending(&self, pending: &PendingAuthorization) -> Result<(), Error> {
        let bytes = serde_json::to_vec(pending).map_err(|e| Error::Internal(e.to_string()))?;
        self.store
            .put(
                &keys::pending_authorization(&pending.id),
                &bytes,
                Some(PENDING_LIFETIME),
            )
            .await?;
        Ok(())
    }

    pub async fn pending_authorization(
        &self,
        id: &str,
    ) -> Result<Option<PendingAuthorization>, Error> {
        if id.len() > 64 {
            return Ok(None);
        }
        let Some(bytes) = self.store.get(&keys::pending_authorization(id)).await? else {
            return Ok(None);
        };
        let pending: Option<PendingAuthorization> = serde_json::from_slice(&bytes).ok();
        let lifetime = i64::try_from(PENDING_LIFETIME.as_secs()).unwrap_or(i64::MAX);
        Ok(pending.filter(|p| self.now() - p.created_at < lifetime))
    }

    /// The pending request `id`, if `browser_id` (the browser-binding cookie) is the one
    /// of the browser that started it. Every step that continues a request comes here.
    pub async fn pending_for_browser(
        &self,
        id: &str,
        browser_id: Option<&str>,
    ) -> Result<PendingLookup, Error> {
        let Some(pending) = self.pending_authorization(id).await? else {
            return Ok(PendingLookup::Gone);
        };
        let same_browser = browser_id.is_some_and(|b| {
            crate::secrets::constant_time_eq(token_hash(b).as_bytes(), pending.browser.as_bytes())
        });
        if same_browser {
            Ok(PendingLookup::Found(Box::new(pending)))
        } else {
            Ok(PendingLookup::OtherBrowser)
        }
    }

    /// What the browser needs next for a stored `pending`, given its session (if any).
    pub async fn continue_authorization(
        &self,
        pending: &PendingAuthorization,
        session: Option<&(Session, Account)>,
    ) -> Result<Result<NextStep, AuthorizeError>, Error> {
        let Some(client) = clients::get(self.store.as_ref(), &pending.client_id).await? else {
            return Ok(Err(AuthorizeError::Page(ern_i18n::tr!(
                "oidc-application-gone"
            ))));
        };
        self.decide(pending, &client, session, true).await
    }

    /// What the browser needs next for a request `begin_authorization` just checked. It
    /// is stored only when the browser has a step to take (its pages carry its id).
    pub async fn decide_new(
        &self,
        pending: &PendingAuthorization,
        client: &Client,
        session: Option<&(Session, Account)>,
    ) -> Result<Result<NextStep, AuthorizeError>, Error> {
        self.decide(pending, client, session, false).await
    }

    /// The decision for `pending`; `stored`: whether the store holds it (else it is
    /// stored here, bound to the account when one is known, before any step is asked).
    async fn decide(
        &self,
        pending: &PendingAuthorization,
        client: &Client,
        session: Option<&(Session, Account)>,
        stored: bool,
    ) -> Result<Result<NextStep, AuthorizeError>, Error> {
        let back = |e| {
            error_redirect(
                (
                    &pending.redirect_uri,
                    pending.response_mode,
                    pending.state.as_deref(),
                ),
                &self.config.issuer,
                e,
            )
        };
        let now = self.now();
        let signed_in_enough = session.filter(|(s, _)| {
            let fresh_for_prompt = !pending.prompt_login
                || (s.auth_time >= pending.created_at
                    && pending.stale_sid.as_deref() != Some(s.auth_mark().as_str()));
            let fresh_for_max_age = pending.max_age.is_none_or(|max| now - s.auth_time <= max);
            fresh_for_prompt && fresh_for_max_age
        });
        let Some((session, account)) = signed_in_enough else {
            if pending.prompt_none {
                return Ok(Err(back(OAuthError::new(
                    "login_required",
                    "the user is not signed in",
                ))));
            }
            if !stored && let Err(e) = self.store_new(pending).await {
                return Ok(Err(e));
            }
            return Ok(Ok(NextStep::SignIn {
                pending_id: pending.id.clone(),
                login_hint: pending.login_hint.clone(),
            }));
        };
        // The first account to reach the request owns it. `stored_copy`: the request as the
        // store holds it now (or will), for the compare-and-set that finishes it.
        let mut stored_copy = pending.clone();
        let tag = account_tag(&account.id);
        match &pending.account_id {
            Some(owner) if *owner != tag => {
                return Ok(Err(AuthorizeError::Page(ern_i18n::tr!(
                    "oidc-other-account"
                ))));
            }
            Some(_) => {}
            None => {
                let mut bound = pending.clone();
                bound.account_id = Some(tag.clone());
                if stored && !self.replace_pending(pending, &bound).await? {
                    return Ok(Err(changed_meanwhile()));
                }
                stored_copy = bound;
            }
        }
        let required = if account.require_mfa {
            pending.required_acr.max(Acr::Substantial)
        } else {
            pending.required_acr
        };
        if session.acr() < required {
            if pending.prompt_none {
                return Ok(Err(back(OAuthError::new(
                    "interaction_required",
                    "a stronger sign-in is needed",
                ))));
            }
            if !stored && let Err(e) = self.store_new(&stored_copy).await {
                return Ok(Err(e));
            }
            return Ok(Ok(NextStep::SecondFactor {
                pending_id: pending.id.clone(),
                required,
            }));
        }
        let answered_here = pending.consent_answered_by.as_deref() == Some(tag.as_str());
        let consent_needed = !client.first_party
            && !answered_here
            && (pending.prompt_consent
                || !self
                    .has_consent(&account.id, &client.id, &pending.scopes)
                    .await?);
        if consent_needed {
            if pending.prompt_none {
                return Ok(Err(back(OAuthError::new(
                    "consent_required",
                    "the user has not allowed this application",
                ))));
            }
            if !stored && let Err(e) = self.store_new(&stored_copy).await {
                return Ok(Err(e));
            }
            return Ok(Ok(NextStep::Consent {
                pending_id: pending.id.clone(),
            }));
        }
        // Finished. The code is sealed (nothing is written for it: it carries its own
        // record), then the request, if stored, marked answered with it by
        // compare-and-set on the stored copy (bound to this account): two tabs cannot
        // both finish it. The same browser coming back while the code it was given is
        // unredeemed and alive (its answer was lost: a replica killed, the store
        // restarted) gets a new code, and the old one is retired; after that, it is done.
        if let Some(done) = &pending.answered
            && !self.retire_unredeemed_code(done).await?
        {
            return Ok(Err(AuthorizeError::Page(ern_i18n::tr!(
                "oidc-already-completed"
            ))));
        }
        let (code, expires_at, code_mark) = match self.issue_code(client, session, pending).await {
            Ok(issued) => issued,
            Err(e) if !stored => {
                tracing::warn!(code = e.code(), error = %e, "authorization code not sealed");
                return Ok(Err(self.try_again_later(pending)));
            }
            Err(e) => return Err(e),
        };
        let mut after = stored_copy.clone();
        after.answered = Some(Answered {
            code_mark,
            at: self.now(),
            expires_at: Some(expires_at),
        });
        // Lost to another tab: the code was never given out, and dies with this answer.
        if stored && !self.replace_pending(&stored_copy, &after).await? {
            return Ok(Err(changed_meanwhile()));
        }
        let mut params = vec![("code".to_owned(), code)];
        if let Some(state) = &pending.state {
            params.push(("state".into(), state.clone()));
        }
        // RFC 9207: tells the client which provider answered (defeats mix-up attacks).
        params.push(("iss".into(), self.config.issuer.clone()));
        Ok(Ok(NextStep::Respond(ClientRedirect {
            redirect_uri: pending.redirect_uri.clone(),
            mode: pending.response_mode,
            params,
        })))
    }

    /// Retires the code a request was answered with if it is alive and unredeemed: its
    /// use mark is created as "retired" (compare-and-set from absent: a redemption racing
    /// this wins). True when it was. A request answered by an older version (its code was
    /// stored, not sealed, and may have been redeemed) is not answered again.
    async fn retire_unredeemed_code(&self, answered: &Answered) -> Result<bool, Error> {
        let Some(expires_at) = answered.expires_at else {
            return Ok(false);
        };
        let remaining = expires_at - self.now();
        if remaining <= 0 {
            return Ok(false);
        }
        // Kept a minute past the code's end, for replicas whose clocks run behind.
        let ttl = Duration::from_secs(u64::try_from(remaining).unwrap_or(0) + 60);
        Ok(self
            .store
            .compare_and_set(
                &keys::code_used(&answered.code_mark),
                None,
                Some(RETIRED_CODE),
                Some(ttl),
            )
            .await?)
    }

    /// A new code for the request, when it expires and what its use mark is named by
    /// (`CodeRecord::mark_name`). The code is its own record,
    /// sealed (`KeyRing::seal_code`); only its use is written, at the token endpoint,
    /// together with the tokens it is exchanged for (see `exchange`).
    async fn issue_code(
        &self,
        client: &Client,
        session: &Session,
        pending: &PendingAuthorization,
    ) -> Result<(String, i64, String), Error> {
        let mut lifetime = self.config.authorization_code_seconds.max(1);
        if client.fapi2 {
            // FAPI 2.0 Security Profile 5.3.2.1: a code lives 60 seconds at most.
            lifetime = lifetime.min(60);
        }
        let expires_at = self.now() + i64::try_from(lifetime).unwrap_or(60);
        let record = CodeRecord {
            grant: Grant::from_session(client, session, pending.scopes.clone()),
            redirect_uri: pending.redirect_uri.clone(),
            nonce: pending.nonce.clone(),
            code_challenge: pending.code_challenge.clone(),
            expires_at,
            dpop_jkt: pending.dpop_jkt.clone(),
            id: Some(crate::secrets::ordered_token(16)),
        };
        let bytes = serde_json::to_vec(&record).map_err(|e| Error::Internal(e.to_string()))?;
        let code = self.keys.seal_code(&bytes).await.map_err(Error::from)?;
        let mark = record.mark_name(&code);
        Ok((code, expires_at, mark))
    }

    /// The user's answer on the consent screen for a request this browser started
    /// (`pending_for_browser`).
    pub async fn answer_consent(
        &self,
        mut pending: PendingAuthorization,
        account: &Account,
        allow: bool,
    ) -> Result<Result<PendingAuthorization, AuthorizeError>, Error> {
        let tag = account_tag(&account.id);
        if pending.account_id.as_deref().is_some_and(|a| a != tag) {
            return Ok(Err(AuthorizeError::Page(ern_i18n::tr!(
                "oidc-other-account"
            ))));
        }
        if !allow {
            self.store
                .delete(&keys::pending_authorization(&pending.id))
                .await?;
            let denied = OAuthError::new("access_denied", "the user did not allow the request");
            let state = pending.state.as_deref();
            return Ok(Err(error_redirect(
                (&pending.redirect_uri, pending.response_mode, state),
                &self.config.issuer,
                denied,
            )));
        }
        // Consent belongs to the account; the request only remembers who answered, for
        // prompt=consent.
        self.grant_consent(&account.id, &pending.client_id, &pending.scopes)
            .await?;
        let before = pending.clone();
        pending.consent_answered_by = Some(tag);
        if !self.replace_pending(&before, &pending).await? {
            return Ok(Err(changed_meanwhile()));
        }
        Ok(Ok(pending))
    }
}

#[cfg(test)]
mod tests;
