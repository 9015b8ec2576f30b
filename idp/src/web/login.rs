//! Sign in, in two steps as in EU Login: E-mail, then Password (and, later, the
//! verification method). Sign out.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar};
use serde::Deserialize;

use super::auth::{ClientInfo, session_cookie, session_token};
use super::forms::{CsrfForm, CsrfToken};
use super::pages::{LoginEmailPage, LoginPasswordPage, render};
use super::{AppState, PageError, encode, safe_next};
use crate::accounts::normalize_email;
use crate::clock::format_utc;
use crate::provider::{SignInAttempt, SignInOutcome};
use crate::throttle::Refusal;

/// The method this browser used last, offered first next time (not a secret).
pub(super) const METHOD_COOKIE: &str = "idp_method";

/// (value, title, hint): the title and hint are catalogue keys.
const METHODS: [(&str, &str, &str); 7] = [
    (
        "password",
        "login-method-password-title",
        "login-method-password-hint",
    ),
    ("sms", "login-method-sms-title", "login-method-sms-hint"),
    ("app", "login-method-app-title", "login-method-app-hint"),
    ("qr", "login-method-qr-title", "login-method-qr-hint"),
    (
        "token",
        "login-method-token-title",
        "login-method-token-hint",
    ),
    (
        "webauthn",
        "login-method-webauthn-title",
        "login-method-webauthn-hint",
    ),
    (
        "recovery",
        "login-method-recovery-title",
        "login-method-recovery-hint",
    ),
];

/// The methods in order, the last one used (from its cookie) first.
fn methods_for(jar: &CookieJar) -> Vec<(&'static str, &'static str, &'static str)> {
    let last = jar
        .get(METHOD_COOKIE)
        .map(|c| c.value().to_owned())
        .unwrap_or_default();
    let mut methods = METHODS.to_vec();
    methods.sort_by_key(|(value, _, _)| *value != last);
    methods
}

/// Remembers `method` as this browser's last one.
pub(super) fn remember_method(jar: CookieJar, method: &str, secure: bool) -> CookieJar {
    jar.add(
        Cookie::build((METHOD_COOKIE, method.to_owned()))
            .path("/")
            .http_only(true)
            .secure(secure)
            .same_site(axum_extra::extract::cookie::SameSite::Lax)
            .max_age(time::Duration::days(400))
            .build(),
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginQuery {
    next: String,
    email: String,
    /// Why a passkey sign-in failed (a code, see `security_keys::passkey_message`).
    passkey: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EmailForm {
    email: String,
    next: String,
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct PasswordForm {
    email: String,
    password: String,
    next: String,
    /// "Choose your verification method": `password` or `sms`.
    method: String,
    /// "Mobile phone", shown under "Mobile Phone + SMS": the challenge is sent at once.
    phone: String,
    /// The anti-robot check, when the page carried one.
    robot_challenge: String,
    robot_nonce: String,
}

pub async fn email_form(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    Query(q): Query<LoginQuery>,
) -> Response {
    let app = requesting_app(&state, safe_next(&q.next)).await;
    render(
        StatusCode::OK,
        &LoginEmailPage {
            site_name: &state.config.site_name,
            app_name: app.as_deref(),
            csrf: &csrf,
            next: safe_next(&q.next),
            email: &q.email,
            error: super::security_keys::passkey_message(&q.passkey).as_deref(),
            notice: None,
            register_href: register_href(safe_next(&q.next)),
        },
    )
}

/// "Create an account" from a sign-in an application started carries it along.
fn register_href(next: &str) -> String {
    if next.starts_with("/authorize/resume?") {
        format!("/register?{}", super::encode_pair("next", next))
    } else {
        "/register".into()
    }
}

/// The password page; it carries an anti-robot challenge when `ip` failed many sign-ins.
#[allow(clippy::too_many_arguments)]
async fn password_page(
    state: &AppState,
    csrf: &str,
    email: &str,
    next: &str,
    error: Option<&str>,
    status: StatusCode,
    jar: &CookieJar,
    ip: &str,
) -> Result<Response, PageError> {
    let next = safe_next(next);
    let app = requesting_app(state, next).await;
    let noisy = crate::throttle::address_is_noisy(state.store.as_ref(), &state.config, ip)
        .await
        .map_err(crate::error::Error::from)?;
    let robot_challenge = match noisy {
        true => Some(state.robot_challenge(ip).await?),
        false => None,
    };
    Ok(render(
        status,
        &LoginPasswordPage {
            site_name: &state.config.site_name,
            app_name: app.as_deref(),
            csrf,
            next,
            next_encoded: &encode(next),
            email,
            error,
            methods: methods_for(jar),
            // The last method is remembered only after a sign-in: this browser was here.
            returning: jar.get(METHOD_COOKIE).is_some(),
            robot_challenge,
        },
    ))
}

pub async fn email_submit(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    client: ClientInfo,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<EmailForm>,
) -> Result<Response, PageError> {
    Ok(match normalize_email(&form.email) {
        Some(email) => {
            password_page(
                &state,
                &csrf,
                &email,
                &form.next,
                None,
                StatusCode::OK,
                &jar,
                &client.ip,
            )
            .await?
        }
        None => render(
            StatusCode::BAD_REQUEST,
            &LoginEmailPage {
                site_name: &state.config.site_name,
                app_name: None,
                csrf: &csrf,
                next: safe_next(&form.next),
                email: &form.email,
                error: Some(&ern_i18n::tr!("login-email-invalid")),
                notice: None,
                register_href: register_href(safe_next(&form.next)),
            },
        ),
    })
}

pub async fn password_submit(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    client: ClientInfo,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> Result<Response, PageError> {
    // A long-lived random id for this browser, to tell the owner of sign-ins from new ones.
    let (browser_id, jar) = super::auth::browser_id(&state, jar);
    let current = session_token(&state, &jar);
    // To the end: a client that hangs up cannot separate the session's write from the
    // checks after it (`Provider::sign_in_proved`).
    let outcome = {
        let (form, client) = (form.clone(), client.clone());
        let (browser_id, current) = (browser_id.clone(), current.clone());
        super::edge::to_the_end(&state, move |provider| async move {
            provider
                .sign_in(&SignInAttempt {
                    email: &form.email,
                    password: &form.password,
                    ip: &client.ip,
                    user_agent: &client.user_agent,
                    browser_id: &browser_id,
                    robot: Some((&form.robot_challenge, &form.robot_nonce)),
                    current: current.as_deref(),
                })
                .await
        })
        .await?
    };
    let (status, message) = match outcome {
        SignInOutcome::SignedIn(new, language) => {
            // A new identifier at every sign-in: a session id planted before sign-in is useless.
            // Signing in again to the same account renewed the session under the new value
            // (the old one is gone, nobody is logged out); another account's session ends.
            if let Some(old) = session_token(&state, &jar) {
                state.sign_out(&old).await?;
            }
            let jar = jar.add(session_cookie(&state, new.token));
            let jar = super::language::remember_account_language(jar, &language, &state);
            let next = safe_next(&form.next);
            if form.method == "sms" && !form.phone.trim().is_empty() {
                // The seeds' page: "Mobile phone" typed beside the password.
                let jar = remember_method(jar, "sms", state.config.secure_cookies());
                let sms = super::mfa::SmsRequest {
                    phone: &form.phone,
                    next,
                    ip: &client.ip,
                };
                let account = crate::accounts::get(state.store.as_ref(), &new.session.account_id)
                    .await
                    .map_err(crate::error::Error::from)?
                    .ok_or(PageError::NotFound)?;
                let page =
                    super::mfa::sms_sent_page(&state, &csrf, &account, &new.session, &sms).await?;
                return Ok((jar, page).into_response());
            }
            let to = match form.method.as_str() {
                // The second factor upgrades the session just opened.
                "sms" => format!("/login/sms?{}", super::encode_pair("next", next)),
                "token" => format!("/login/token?{}", super::encode_pair("next", next)),
                "app" => format!("/login/app?{}", super::encode_pair("next", next)),
                "qr" => format!("/login/app-qr?{}", super::encode_pair("next", next)),
                "webauthn" => format!("/login/security-key?{}", super::encode_pair("next", next)),
                // A recovery code leads to My account only.
                "recovery" => "/login/recovery-code".to_owned(),
                _ => next.to_owned(),
            };
            // A recovery code is for once, not the method to offer first next time.
            let method = METHODS
                .iter()
                .find(|(v, _, _)| *v == form.method && *v != "recovery")
                .map_or("password", |(v, _, _)| *v);
            let jar = remember_method(jar, method, state.config.secure_cookies());
            return Ok((jar, Redirect::to(&to)).into_response());
        }
        SignInOutcome::WrongCredentials => (
            StatusCode::UNAUTHORIZED,
            ern_i18n::tr!("login-wrong-credentials"),
        ),
        SignInOutcome::Refused(Refusal::Disabled) => (
            StatusCode::FORBIDDEN,
            ern_i18n::tr!("login-account-disabled"),
        ),
        SignInOutcome::Refused(Refusal::Locked { until }) => (
            StatusCode::TOO_MANY_REQUESTS,
            ern_i18n::tr!("login-account-locked", until = format_utc(until)),
        ),
        SignInOutcome::Refused(Refusal::Wait { seconds }) => (
            StatusCode::TOO_MANY_REQUESTS,
            ern_i18n::tr!("login-too-many-wrong-passwords", count = seconds),
        ),
        SignInOutcome::Refused(Refusal::RobotCheckNeeded) => (
            StatusCode::TOO_MANY_REQUESTS,
            ern_i18n::tr!("login-robot-check-needed"),
        ),
    };
    let email = normalize_email(&form.email).unwrap_or_default();
    password_page(
        &state,
        &csrf,
        &email,
        &form.next,
        Some(&message),
        status,
        &jar,
        &client.ip,
    )
    .await
}

/// The application's name when one started the sign-in ("X requires you to authenticate").
/// The level the application's request behind `next` asks for, if there is one.
pub(super) async fn requested_level(state: &AppState, next: &str) -> Option<crate::clients::Acr> {
    let id = next.strip_prefix("/authorize/resume?id=")?;
    let pending = state.pending_authorization(id).await.ok()??;
    Some(pending.required_acr)
}

pub(super) async fn requesting_app(state: &AppState, next: &str) -> Option<String> {
    let id = next.strip_prefix("/authorize/resume?id=")?;
    let pending = state.pending_authorization(id).await.ok()??;
    crate::clients::get(state.store.as_ref(), &pending.client_id)
        .await
        .ok()?
        .map(|c| c.name)
}
