//! Who is asking, and may they: the session cookie, the `User` extractor (signed in, or a
//! redirect to /login) and the `Authorised<R>` extractor that decides every
//! `/o/{org}/...` page by the profiles the user holds at `{org}` before any handler runs.

use std::marker::PhantomData;
use std::time::Instant;

use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;
use axum::http::{Extensions, HeaderMap};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

use super::forms::CsrfToken;
use super::{AppState, PageError, Refusal};
use crate::oidc::OidcError;
use crate::profiles::{Profile, roles_from_claims};
use crate::rules::{Rule, Viewer, granted, profiles_at};
use crate::sessions::Session;

pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-cpms_session"
    } else {
        "cpms_session"
    }
}

pub fn pending_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-cpms_login"
    } else {
        "cpms_login"
    }
}

/// A session or pending-login cookie: HttpOnly, SameSite=Lax (the provider's redirect to
/// /callback is a cross-site navigation), Secure when CPMS is served over https.
pub fn cookie(name: &'static str, value: String, secure: bool) -> Cookie<'static> {
    Cookie::build((name, value))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .build()
}

pub fn removal(name: &'static str, secure: bool) -> Cookie<'static> {
    let mut c = cookie(name, String::new(), secure);
    c.make_removal();
    c
}

/// The session behind the request's cookie, with the cookie value.
pub fn current_session(state: &AppState, headers: &HeaderMap) -> Option<(String, Session)> {
    let jar = CookieJar::from_headers(headers);
    let id = jar
        .get(session_cookie_name(state.config.secure_cookies()))?
        .value()
        .to_owned();
    let session = state.sessions.get(&id)?;
    Some((id, session))
}

/// What every page shows around its content.
#[derive(Clone, Debug)]
pub struct Chrome {
    pub training: bool,
    pub user: Option<String>,
    pub csrf: String,
}

impl Chrome {
    pub fn for_request(state: &AppState, headers: &HeaderMap, extensions: &Extensions) -> Chrome {
        Chrome {
            training: state.config.training,
            user: current_session(state, headers).map(|(_, s)| s.name),
            csrf: extensions
                .get::<CsrfToken>()
                .map(|t| t.0.clone())
                .unwrap_or_default(),
        }
    }
}

impl FromRequestParts<AppState> for Chrome {
    type Rejection = PageError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        Ok(Chrome::for_request(
            state,
            &parts.headers,
            &parts.extensions,
        ))
    }
}

/// A signed-in user (any profile, or none); without a session, a redirect to /login.
pub struct User {
    pub session_id: String,
    pub session: Session,
    pub chrome: Chrome,
}

impl FromRequestParts<AppState> for User {
    type Rejection = PageError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let (session_id, session) =
            current_session(state, &parts.headers).ok_or(PageError::NotSignedIn)?;
        let session = fresh(state, &session_id, session).await?;
        Ok(User {
            session_id,
            session,
            chrome: Chrome::for_request(state, &parts.headers, &parts.extensions),
        })
    }
}

/// Reads the profiles again from the provider once they are older than `roles_max_age`,
/// so a revoked grant stops opening pages within that time. A refused refresh (the
/// provider's session ended, the grant family was revoked) ends the CPMS session; a
/// provider that cannot be reached leaves the current profiles in place until it can.
async fn fresh(state: &AppState, id: &str, session: Session) -> Result<Session, PageError> {
    let max_age = state.config.roles_max_age;
    if session.refresh_token.is_none() || session.roles_read.elapsed() < max_age {
        return Ok(session);
    }
    let lock = session.refreshing.clone();
    let _refreshing = lock.lock().await;
    // Another request of this session may have refreshed while this one waited.
    let current = state.sessions.get(id).ok_or(PageError::NotSignedIn)?;
    if current.roles_read > session.roles_read || current.roles_read.elapsed() < max_age {
        return Ok(current);
    }
    let Some(refresh_token) = current.refresh_token.clone() else {
        return Ok(current);
    };
    match state.oidc.refresh(&refresh_token, &current.member).await {
        Ok(refreshed) => {
            state.metrics.token_refresh("ok");
            let mut renewed = current;
            renewed.roles = roles_from_claims(&refreshed.roles);
            renewed.id_token = Some(refreshed.id_token);
            renewed.refresh_token = refreshed.refresh_token.or(Some(refresh_token));
            renewed.roles_read = Instant::now();
            let stored = renewed.clone();
            state.sessions.update(id, move |s| *s = stored);
            // The member directory (panel candidates, assignees, the KPIs' count) holds the
            // profiles as now read, not as at sign-in: a revoked one leaves it here.
            // Compared first: most refreshes change nothing, and an update copies the data.
            let changed = state
                .data
                .read(|data| {
                    data.members
                        .get(&renewed.member)
                        .is_some_and(|m| m.roles != renewed.roles)
                })
                .await;
            if changed {
                let (member, roles) = (renewed.member.clone(), renewed.roles.clone());
                let listed = state
                    .data
                    .update(move |data| {
                        if let Some(listed) = data.members.get_mut(&member) {
                            listed.roles = roles;
                        }
                    })
                    .await;
                if let Err(e) = listed {
                    tracing::warn!(error = %e, "the member directory keeps the profiles of the sign-in");
                }
            }
            Ok(renewed)
        }
        Err(OidcError::Refused(why)) => {
            tracing::info!(member = %current.member, %why, "the provider refused the refresh: CPMS session ended");
            state.metrics.token_refresh("refused");
            state.sessions.remove(id);
            Err(PageError::NotSignedIn)
        }
        Err(e) => {
            tracing::warn!(error = %e, "profiles could not be read again; keeping the current ones");
            state.metrics.token_refresh("unavailable");
            Ok(current)
        }
    }
}

/// A signed-in user holding, at the organisation `{org}` of the path, one of the profiles
/// rule `R` allows. Anything else never reaches the handler: no session -> /login; no such
/// profile there -> 403 naming the profiles needed and held.
pub struct Authorised<R: Rule> {
    pub user: User,
    /// The organisation id from the path, e.g. `ERN-RND:DE:DE22`.
    pub organisation: String,
    pub organisation_label: String,
    pub network: String,
    /// The user's profiles at the organisation that `R` accepts (never empty).
    pub profiles: Vec<Profile>,
    _rule: PhantomData<R>,
}

impl<R: Rule> Authorised<R> {
    pub fn viewer(&self) -> Viewer<'_> {
        Viewer {
            member: &self.user.session.member,
            organisation: &self.organisation,
            network: &self.network,
            profiles: &self.profiles,
        }
    }

    pub fn has(&self, profile: Profile) -> bool {
        self.profiles.contains(&profile)
    }

    /// A 403 for one object (a panel) the profile fits but the user may not touch.
    pub fn refuse(&self, reason: String) -> PageError {
        PageError::NotAllowed(Box::new(Refusal {
            page: R::PAGE,
            organisation: self.organisation_label.clone(),
            needed: R::ALLOWED.to_vec(),
            held: self.profiles.clone(),
            reason: Some(reason),
        }))
    }
}

pub fn organisation_label(state: &AppState, organisation: &str) -> String {
    match state.catalogue.organisation(organisation) {
        Some(org) => match state.catalogue.network(&org.network) {
            Some(network) => format!("{} | {}", network.label(), org.label()),
            None => org.label(),
        },
        None => organisation.to_owned(),
    }
}

impl<R: Rule> FromRequestParts<AppState> for Authorised<R> {
    type Rejection = PageError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let user = User::from_request_parts(parts, state).await?;
        let params = RawPathParams::from_request_parts(parts, state)
            .await
            .map_err(|_| PageError::NotFound)?;
        let organisation = params
            .iter()
            .find(|(name, _)| *name == "org")
            .map(|(_, value)| value.to_owned())
            .ok_or(PageError::NotFound)?;
        let held = profiles_at(&user.session.roles, &organisation);
        let profiles = granted(&held, R::ALLOWED);
        let organisation_label = organisation_label(state, &organisation);
        if profiles.is_empty() {
            tracing::info!(member = %user.session.member, %organisation, page = R::PAGE, "refused by profile");
            return Err(PageError::NotAllowed(Box::new(Refusal {
                page: R::PAGE,
                organisation: organisation_label,
                needed: R::ALLOWED.to_vec(),
                held,
                reason: None,
            })));
        }
        let network = organisation
            .split(':')
            .next()
            .unwrap_or_default()
            .to_owned();
        Ok(Authorised {
            user,
            organisation,
            organisation_label,
            network,
            profiles,
            _rule: PhantomData,
        })
    }
}
