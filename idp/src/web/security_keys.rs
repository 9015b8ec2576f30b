//! Pages for security keys and passkeys: "Manage my security keys and passkeys", the
//! second factor "Security Key or Trusted Platform (TPM)", and "Sign in with a passkey";
//! and for recovery codes ("My recovery codes", the sign-in step "Recovery code").
//! The browser talks to the key (static/webauthn.js): it fetches a ceremony's options as
//! JSON from `.../options` (a CSRF-checked POST) and posts the key's answer with the form.

use axum::Json;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use ern_i18n::tr;
use serde::Deserialize;
use serde_json::json;

use super::auth::{ClientInfo, SignedIn, session_cookie, session_token};
use super::forms::{CsrfForm, CsrfToken};
use super::pages::{
    KeyRow, RecoveryCodeVerifyPage, RecoveryCodesPage, SecurityKeyVerifyPage, SecurityKeysPage,
    render,
};
use super::{AppState, PageError, safe_next};
use crate::clock::format_utc;
use crate::factors::FactorOutcome;
use crate::factors::webauthn::{KeyOutcome, PasskeyOutcome};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct KeyForm {
    id: String,
    name: String,
    response: String,
    next: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NextQuery {
    next: String,
}

/// A ceremony's options, never cached.
fn options_json(options: String) -> Response {
    let mut response = ([(header::CONTENT_TYPE, "application/json")], options).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Why no ceremony can start, for the script to show.
fn refused(status: StatusCode, message: &str) -> Response {
    (status, Json(json!({ "message": message }))).into_response()
}

async fn keys_page(
    state: &AppState,
    csrf: &str,
    user: &SignedIn,
    notice: Option<&str>,
    error: Option<&str>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let account = user.fresh_account(state).await?;
    Ok(render(
        status,
        &SecurityKeysPage {
            site_name: &state.config.site_name,
            csrf,
            keys: account
                .security_keys
                .iter()
                .map(|k| KeyRow {
                    id: k.id.clone(),
                    name: k.name.clone(),
                    added: format_utc(k.added_at),
                    last_used: k
                        .last_used
                        .map_or_else(|| tr!("factors-keys-never-used"), format_utc),
                })
                .collect(),
            can_add: state.may_add_factor(&account, &user.session),
            can_remove: state.refuse_weakening(&account, &user.session).is_none(),
            no_removal: state.why_no_removal(&account, &user.session),
            add_notice: state.add_notice(&account, &user.session),
            notice,
            error,
        },
    ))
}

pub async fn keys(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
) -> Result<Response, PageError> {
    keys_page(&state, &csrf, &user, None, None, StatusCode::OK).await
}

pub async fn key_options(
    State(state): State<AppState>,
    user: SignedIn,
    CsrfForm(_): CsrfForm<KeyForm>,
) -> Result<Response, PageError> {
    Ok(
        match state
            .begin_key_registration(&user.account, &user.session)
            .await?
        {
            Ok(options) => options_json(options),
            Err(FactorOutcome::Refused(reason)) => refused(StatusCode::FORBIDDEN, &reason),
            Err(_) => refused(StatusCode::FORBIDDEN, &tr!("factors-confirm-current-first")),
        },
    )
}

pub async fn add_key(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    CsrfForm(form): CsrfForm<KeyForm>,
) -> Result<Response, PageError> {
    let outcome = state
        .finish_key_registration(&user.account, &user.session, &form.name, &form.response)
        .await?;
    let notice = match &outcome {
        FactorOutcome::Confirmed(name) => tr!("factors-key-added", name = name.as_str()),
        _ => String::new(),
    };
    outcome_page(
        &state,
        &csrf,
        &user,
        outcome,
        &notice,
        StatusCode::BAD_REQUEST,
    )
    .await
}

/// "Manage my security keys and passkeys" after a change: `notice` when it was done, the
/// reason when it was refused, with `refused` (an add's refusal is about what was sent, a
/// 400; a removal's about who asks, a 403, as for the other factors).
async fn outcome_page(
    state: &AppState,
    csrf: &str,
    user: &SignedIn,
    outcome: FactorOutcome,
    notice: &str,
    refused: StatusCode,
) -> Result<Response, PageError> {
    let (error, status) = match outcome {
        FactorOutcome::Confirmed(_) => {
            return keys_page(state, csrf, user, Some(notice), None, StatusCode::OK).await;
        }
        FactorOutcome::Deleted { others_signed_out } => {
            let notice = super::mfa::with_others_signed_out(notice.to_owned(), others_signed_out);
            return keys_page(state, csrf, user, Some(&notice), None, StatusCode::OK).await;
        }
        FactorOutcome::Refused(reason) => (reason, refused),
        _ => (tr!("factors-confirm-current-first"), StatusCode::FORBIDDEN),
    };
    keys_page(state, csrf, user, None, Some(&error), status).await
}

pub async fn delete_key(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    CsrfForm(form): CsrfForm<KeyForm>,
) -> Result<Response, PageError> {
    let outcome = state
        .delete_key(&user.account, (&user.session, &user.token), &form.id)
        .await?;
    let notice = tr!("factors-key-deleted");
    outcome_page(
        &state,
        &csrf,
        &user,
        outcome,
        &notice,
        StatusCode::FORBIDDEN,
    )
    .await
}

// ---- the second factor ----

async fn verify_page(
    state: &AppState,
    csrf: &str,
    next: &str,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    let app = super::login::requesting_app(state, next).await;
    render(
        status,
        &SecurityKeyVerifyPage {
            site_name: &state.config.site_name,
            csrf,
            next,
            app_name: app.as_deref(),
            error,
        },
    )
}

pub async fn key_form(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    Query(q): Query<NextQuery>,
) -> Response {
    let next = safe_next(&q.next);
    if user.account.security_keys.is_empty() {
        let error = tr!("factors-key-none-add");
        return verify_page(&state, &csrf, next, Some(&error), StatusCode::FORBIDDEN).await;
    }
    verify_page(&state, &csrf, next, None, StatusCode::OK).await
}

pub async fn key_sign_in_options(
    State(state): State<AppState>,
    user: SignedIn,
    CsrfForm(form): CsrfForm<KeyForm>,
) -> Result<Response, PageError> {
    // An application that asks for "high" needs the key to verify the user.
    let high = super::login::requested_level(&state, safe_next(&form.next)).await
        == Some(crate::clients::Acr::High);
    Ok(
        match state
            .begin_key_sign_in(&user.account, &user.session, high)
            .await?
        {
            Some(options) => options_json(options),
            None => refused(StatusCode::FORBIDDEN, &tr!("factors-key-none")),
        },
    )
}

pub async fn key_verify(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    CsrfForm(form): CsrfForm<KeyForm>,
) -> Result<Response, PageError> {
    let next = safe_next(&form.next);
    let outcome = state
        .verify_key_sign_in(&user.token, &user.session, &user.account, &form.response)
        .await?;
    Ok(match outcome {
        KeyOutcome::Verified { .. } => Redirect::to(next).into_response(),
        KeyOutcome::Expired => {
            let error = tr!("factors-key-expired");
            verify_page(&state, &csrf, next, Some(&error), StatusCode::BAD_REQUEST).await
        }
        KeyOutcome::Refused => {
            let error = tr!("factors-key-refused");
            verify_page(&state, &csrf, next, Some(&error), StatusCode::UNAUTHORIZED).await
        }
        KeyOutcome::Cloned => {
            let error = tr!("factors-key-cloned");
            verify_page(&state, &csrf, next, Some(&error), StatusCode::UNAUTHORIZED).await
        }
    })
}

// ---- passkeys: signing in without a password ----

pub async fn passkey_options(
    State(state): State<AppState>,
    jar: CookieJar,
    CsrfForm(_): CsrfForm<KeyForm>,
) -> Result<Response, PageError> {
    let (browser_id, jar) = super::auth::browser_id(&state, jar);
    let options = state.begin_passkey(&browser_id).await?;
    Ok((jar, options_json(options)).into_response())
}

pub async fn passkey_sign_in(
    State(state): State<AppState>,
    jar: CookieJar,
    client: ClientInfo,
    CsrfForm(form): CsrfForm<KeyForm>,
) -> Result<Response, PageError> {
    let next = safe_next(&form.next).to_owned();
    let Some(browser_id) = super::auth::current_browser_id(&jar) else {
        return Ok(Redirect::to("/login").into_response());
    };
    let outcome = state
        .verify_passkey(&browser_id, &form.response, &client.ip)
        .await?;
    let code = match outcome {
        PasskeyOutcome::SignedIn(account, key_id) => {
            let current = session_token(&state, &jar);
            let opened = state
                .passkey_session(
                    &account,
                    &key_id,
                    current.as_deref(),
                    &client.ip,
                    &client.user_agent,
                    &browser_id,
                )
                .await?;
            match opened {
                // The key was removed, or the account disabled or deleted, meanwhile.
                None => "refused",
                Some(new) => {
                    // As after a password: a renewed session replaced the old cookie's;
                    // another account's session ends.
                    if let Some(old) = current {
                        state.sign_out(&old).await?;
                    }
                    let jar = jar.add(session_cookie(&state, new.token));
                    let jar =
                        super::language::remember_account_language(jar, &account.language, &state);
                    let jar = super::login::remember_method(
                        jar,
                        "webauthn",
                        state.config.secure_cookies(),
                    );
                    return Ok((jar, Redirect::to(&next)).into_response());
                }
            }
        }
        PasskeyOutcome::Expired => "expired",
        PasskeyOutcome::Refused => "refused",
        PasskeyOutcome::Cloned => "cloned",
    };
    // A code, not the text: nobody can make our page say what they like.
    let target = format!(
        "/login?{}&passkey={code}",
        super::encode_pair("next", &next)
    );
    Ok(Redirect::to(&target).into_response())
}

/// What the e-mail page says after a passkey sign-in failed (`passkey=` code).
pub fn passkey_message(code: &str) -> Option<String> {
    match code {
        "expired" => Some(tr!("factors-passkey-expired")),
        "refused" => Some(tr!("factors-passkey-refused")),
        "cloned" => Some(tr!("factors-passkey-cloned")),
        _ => None,
    }
}

// ---- recovery codes ----

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    code: String,
}

async fn codes_page(
    state: &AppState,
    csrf: &str,
    user: &SignedIn,
    (codes, others_signed_out): (Vec<String>, bool),
    error: Option<&str>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let account = user.fresh_account(state).await?;
    Ok(render(
        status,
        &RecoveryCodesPage {
            site_name: &state.config.site_name,
            csrf,
            codes,
            others_signed_out,
            left: account.recovery_codes.len(),
            generated: account.recovery_codes_at.map(format_utc),
            refused: state.why_no_new_codes(&account, &user.session),
            error,
        },
    ))
}

pub async fn recovery_codes(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
) -> Result<Response, PageError> {
    codes_page(
        &state,
        &csrf,
        &user,
        (Vec::new(), false),
        None,
        StatusCode::OK,
    )
    .await
}

pub async fn generate_codes(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    CsrfForm(_): CsrfForm<CodeForm>,
) -> Result<Response, PageError> {
    match state
        .generate_recovery_codes(&user.account, (&user.session, &user.token))
        .await?
    {
        Ok(made) => {
            let mut response = codes_page(&state, &csrf, &user, made, None, StatusCode::OK).await?;
            response
                .headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            Ok(response)
        }
        Err(FactorOutcome::Refused(reason)) => {
            codes_page(
                &state,
                &csrf,
                &user,
                (Vec::new(), false),
                Some(&reason),
                StatusCode::FORBIDDEN,
            )
            .await
        }
        Err(_) => {
            let reason = tr!("factors-confirm-current-first");
            codes_page(
                &state,
                &csrf,
                &user,
                (Vec::new(), false),
                Some(&reason),
                StatusCode::FORBIDDEN,
            )
            .await
        }
    }
}

fn code_verify_page(
    state: &AppState,
    csrf: &str,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    render(
        status,
        &RecoveryCodeVerifyPage {
            site_name: &state.config.site_name,
            csrf,
            error,
        },
    )
}

pub async fn recovery_code_form(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    _user: SignedIn,
) -> Response {
    code_verify_page(&state, &csrf, None, StatusCode::OK)
}

/// A recovery code leads to My account only, whatever the sign-in was for.
pub async fn recovery_code_verify(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response, PageError> {
    Ok(
        match state
            .verify_recovery_code(&user.token, &user.session, &user.account, &form.code)
            .await?
        {
            FactorOutcome::Confirmed(_) => Redirect::to("/account").into_response(),
            FactorOutcome::Refused(reason) => {
                code_verify_page(&state, &csrf, Some(&reason), StatusCode::UNAUTHORIZED)
            }
            FactorOutcome::TooManySms => code_verify_page(
                &state,
                &csrf,
                Some(&tr!("factors-too-many-codes")),
                StatusCode::TOO_MANY_REQUESTS,
            ),
            _ => code_verify_page(
                &state,
                &csrf,
                Some(&tr!("factors-please-try-again")),
                StatusCode::BAD_REQUEST,
            ),
        },
    )
}
