//! Pages for second factors: "Manage my mobile phone numbers" and the sign-in steps
//! "Mobile phone" and "SMS text challenge".

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use ern_i18n::tr;
use serde::Deserialize;

use super::auth::{ClientInfo, SignedIn};
use super::forms::{CsrfForm, CsrfToken};
use super::pages::{PhonesPage, SmsSendPage, SmsVerifyPage, TokenVerifyPage, TokensPage, render};
use super::{AppState, PageError, safe_next};
use crate::factors::FactorOutcome;
use crate::factors::sms::shown;

fn too_many_sms() -> String {
    tr!("factors-too-many-sms")
}

struct PhonesView<'a> {
    pending: Option<&'a str>,
    notice: Option<&'a str>,
    error: Option<&'a str>,
    status: StatusCode,
}

async fn phones_page(
    state: &AppState,
    csrf: &str,
    user: &SignedIn,
    view: PhonesView<'_>,
) -> Result<Response, PageError> {
    // Re-read: the page shows the account as it is after the change.
    let account = user.fresh_account(state).await?;
    Ok(render(
        view.status,
        &PhonesPage {
            site_name: &state.config.site_name,
            csrf,
            phones: account
                .phones
                .iter()
                .map(|p| (p.number.clone(), shown(p), p.verified))
                .collect(),
            can_add: state.may_add_factor(&account, &user.session),
            can_remove: state.refuse_weakening(&account, &user.session).is_none(),
            no_removal: state.why_no_removal(&account, &user.session),
            add_notice: state.add_notice(&account, &user.session),
            confirm_by_sms: account.verified_phones().next().is_some(),
            pending: view.pending,
            notice: view.notice,
            error: view.error,
        },
    ))
}

fn plain(status: StatusCode) -> PhonesView<'static> {
    PhonesView {
        pending: None,
        notice: None,
        error: None,
        status,
    }
}

pub async fn phones(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
) -> Result<Response, PageError> {
    phones_page(&state, &csrf, &user, plain(StatusCode::OK)).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PhoneForm {
    phone: String,
    number: String,
    code: String,
    next: String,
}

async fn after(
    state: &AppState,
    csrf: &str,
    user: &SignedIn,
    outcome: FactorOutcome,
) -> Result<Response, PageError> {
    match outcome {
        FactorOutcome::ChallengeSent(number) => {
            let notice = tr!("factors-sms-sent", number = number.as_str());
            let view = PhonesView {
                pending: Some(&number),
                notice: Some(&notice),
                error: None,
                status: StatusCode::OK,
            };
            phones_page(state, csrf, user, view).await
        }
        FactorOutcome::Confirmed(number) => {
            let notice = tr!("factors-phone-added", number = number.as_str());
            let view = PhonesView {
                pending: None,
                notice: Some(&notice),
                error: None,
                status: StatusCode::OK,
            };
            phones_page(state, csrf, user, view).await
        }
        FactorOutcome::Deleted { others_signed_out } => {
            let notice = with_others_signed_out(tr!("factors-phone-deleted"), others_signed_out);
            let view = PhonesView {
                pending: None,
                notice: Some(&notice),
                error: None,
                status: StatusCode::OK,
            };
            phones_page(state, csrf, user, view).await
        }
        FactorOutcome::Refused(reason) => {
            let view = PhonesView {
                pending: None,
                notice: None,
                error: Some(&reason),
                status: StatusCode::BAD_REQUEST,
            };
            phones_page(state, csrf, user, view).await
        }
        FactorOutcome::SecondFactorNeeded => {
            // Only a step-up that lapsed (or a forged form) gets here: the page offered
            // no form without one.
            let reason = tr!("factors-confirm-recent");
            let view = PhonesView {
                error: Some(&reason),
                ..plain(StatusCode::FORBIDDEN)
            };
            phones_page(state, csrf, user, view).await
        }
        FactorOutcome::TooManySms => Err(PageError::TooManyRequests(too_many_sms())),
        FactorOutcome::NoAccount => Err(PageError::NotFound),
    }
}

pub async fn add_phone(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    client: ClientInfo,
    user: SignedIn,
    CsrfForm(form): CsrfForm<PhoneForm>,
) -> Result<Response, PageError> {
    let outcome = state
        .add_phone(&user.account, &user.session, &form.phone, &client.ip)
        .await?;
    after(&state, &csrf, &user, outcome).await
}

pub async fn confirm_phone(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    client: ClientInfo,
    user: SignedIn,
    CsrfForm(form): CsrfForm<PhoneForm>,
) -> Result<Response, PageError> {
    let outcome = state
        .confirm_phone(&user.account, &user.session, &form.code, &client.ip)
        .await?;
    after(&state, &csrf, &user, outcome).await
}

/// A deletion's notice, told when every other session ended with the factor
/// (`Provider::end_sessions_after_factor_removed`).
pub(super) fn with_others_signed_out(notice: String, others_signed_out: bool) -> String {
    if others_signed_out {
        format!("{notice} {}", tr!("account-other-sessions-ended"))
    } else {
        notice
    }
}

pub async fn delete_phone(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    client: ClientInfo,
    user: SignedIn,
    CsrfForm(form): CsrfForm<PhoneForm>,
) -> Result<Response, PageError> {
    let outcome = state
        .delete_phone(
            &user.account,
            (&user.session, &user.token),
            &form.number,
            &client.ip,
        )
        .await?;
    // Refused here means the hold, or a recovery code that is not enough: forbidden, as
    // for the other factors (a phone being added is refused for its input: 400).
    if let FactorOutcome::Refused(reason) = outcome {
        let view = PhonesView {
            error: Some(&reason),
            ..plain(StatusCode::FORBIDDEN)
        };
        return phones_page(&state, &csrf, &user, view).await;
    }
    after(&state, &csrf, &user, outcome).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NextQuery {
    next: String,
}

pub async fn sms_form(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    _user: SignedIn,
    Query(q): Query<NextQuery>,
) -> Response {
    let app = super::login::requesting_app(&state, safe_next(&q.next)).await;
    render(
        StatusCode::OK,
        &SmsSendPage {
            site_name: &state.config.site_name,
            app_name: app.as_deref(),
            csrf: &csrf,
            next: safe_next(&q.next),
            error: None,
        },
    )
}

pub async fn sms_send(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    client: ClientInfo,
    user: SignedIn,
    CsrfForm(form): CsrfForm<PhoneForm>,
) -> Result<Response, PageError> {
    let sms = SmsRequest {
        phone: &form.phone,
        next: safe_next(&form.next),
        ip: &client.ip,
    };
    sms_sent_page(&state, &csrf, &user.account, &user.session, &sms).await
}

/// A sign-in's "Mobile phone", typed on the SMS page or on the password page.
pub(super) struct SmsRequest<'a> {
    pub phone: &'a str,
    pub next: &'a str,
    pub ip: &'a str,
}

/// Sends the sign-in's SMS text challenge to `sms.phone` and shows the page to type it
/// in, or the "Mobile phone" page again saying why not.
pub(super) async fn sms_sent_page(
    state: &AppState,
    csrf: &str,
    account: &crate::accounts::Account,
    session: &crate::sessions::Session,
    sms: &SmsRequest<'_>,
) -> Result<Response, PageError> {
    let next = sms.next;
    let app = super::login::requesting_app(state, next).await;
    let send_page = |error: &str, status| {
        render(
            status,
            &SmsSendPage {
                site_name: &state.config.site_name,
                app_name: app.as_deref(),
                csrf,
                next,
                error: Some(error),
            },
        )
    };
    Ok(
        match state
            .send_sign_in_sms(account, session, sms.phone, sms.ip)
            .await?
        {
            FactorOutcome::ChallengeSent(number) => render(
                StatusCode::OK,
                &SmsVerifyPage {
                    site_name: &state.config.site_name,
                    app_name: app.as_deref(),
                    csrf,
                    next,
                    number: &number,
                    error: None,
                },
            ),
            FactorOutcome::Refused(reason) => send_page(&reason, StatusCode::BAD_REQUEST),
            FactorOutcome::TooManySms => send_page(&too_many_sms(), StatusCode::TOO_MANY_REQUESTS),
            _ => send_page(&tr!("factors-please-try-again"), StatusCode::BAD_REQUEST),
        },
    )
}

pub async fn sms_verify(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    CsrfForm(form): CsrfForm<PhoneForm>,
) -> Result<Response, PageError> {
    let next = safe_next(&form.next);
    let app = super::login::requesting_app(&state, next).await;
    Ok(
        match state
            .verify_sign_in_sms(&user.token, &user.session, &form.code)
            .await?
        {
            FactorOutcome::Confirmed(_) => Redirect::to(next).into_response(),
            FactorOutcome::Refused(reason) => render(
                StatusCode::UNAUTHORIZED,
                &SmsVerifyPage {
                    site_name: &state.config.site_name,
                    app_name: app.as_deref(),
                    csrf: &csrf,
                    next,
                    number: &form.number,
                    error: Some(&reason),
                },
            ),
            _ => render(
                StatusCode::BAD_REQUEST,
                &SmsVerifyPage {
                    site_name: &state.config.site_name,
                    app_name: app.as_deref(),
                    csrf: &csrf,
                    next,
                    number: &form.number,
                    error: Some(&tr!("factors-please-try-again")),
                },
            ),
        },
    )
}

// ---- tokens ----

async fn tokens_page(
    state: &AppState,
    csrf: &str,
    user: &SignedIn,
    notice: Option<&str>,
    error: Option<&str>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let account = user.fresh_account(state).await?;
    let enrolment = state
        .pending_token_enrolment(&account, &user.session)
        .await?;
    Ok(render(
        status,
        &TokensPage {
            site_name: &state.config.site_name,
            csrf,
            tokens: account
                .tokens
                .iter()
                .map(|t| (t.id.clone(), crate::clock::format_utc(t.added_at)))
                .collect(),
            can_add: state.may_add_factor(&account, &user.session),
            can_remove: state.refuse_weakening(&account, &user.session).is_none(),
            no_removal: state.why_no_removal(&account, &user.session),
            add_notice: state.add_notice(&account, &user.session),
            enrolment,
            notice,
            error,
        },
    ))
}

pub async fn tokens(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
) -> Result<Response, PageError> {
    tokens_page(&state, &csrf, &user, None, None, StatusCode::OK).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenForm {
    id: String,
    code: String,
    next: String,
}

pub async fn start_token(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    CsrfForm(_): CsrfForm<TokenForm>,
) -> Result<Response, PageError> {
    match state
        .begin_token_enrolment(&user.account, &user.session)
        .await?
    {
        Some(_) => tokens_page(&state, &csrf, &user, None, None, StatusCode::OK).await,
        None => tokens_page(&state, &csrf, &user, None, None, StatusCode::FORBIDDEN).await,
    }
}

pub async fn confirm_token(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    client: ClientInfo,
    user: SignedIn,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> Result<Response, PageError> {
    let (reason, status) = match state
        .confirm_token(&user.account, &user.session, &form.code, &client.ip)
        .await?
    {
        FactorOutcome::Confirmed(_) => {
            let notice = tr!("factors-token-added");
            return tokens_page(&state, &csrf, &user, Some(&notice), None, StatusCode::OK).await;
        }
        FactorOutcome::SecondFactorNeeded => {
            (Some(tr!("factors-confirm-recent")), StatusCode::FORBIDDEN)
        }
        FactorOutcome::Refused(reason) => (Some(reason), StatusCode::BAD_REQUEST),
        _ => (None, StatusCode::BAD_REQUEST),
    };
    tokens_page(&state, &csrf, &user, None, reason.as_deref(), status).await
}

pub async fn delete_token(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    client: ClientInfo,
    user: SignedIn,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> Result<Response, PageError> {
    match state
        .delete_token(
            &user.account,
            (&user.session, &user.token),
            &form.id,
            &client.ip,
        )
        .await?
    {
        FactorOutcome::Deleted { others_signed_out } => {
            let notice = with_others_signed_out(tr!("factors-token-deleted"), others_signed_out);
            tokens_page(&state, &csrf, &user, Some(&notice), None, StatusCode::OK).await
        }
        other => {
            let reason = refusal(other);
            tokens_page(
                &state,
                &csrf,
                &user,
                None,
                Some(&reason),
                StatusCode::FORBIDDEN,
            )
            .await
        }
    }
}

/// Why a removal was refused: the hold, or a step-up that lapsed or was never made (the
/// page offers no removal without one; a forged form gets here).
pub(super) fn refusal(outcome: FactorOutcome) -> String {
    match outcome {
        FactorOutcome::Refused(reason) => reason,
        _ => tr!("factors-confirm-recent"),
    }
}

pub async fn token_form(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    _user: SignedIn,
    Query(q): Query<NextQuery>,
) -> Response {
    let app = super::login::requesting_app(&state, safe_next(&q.next)).await;
    render(
        StatusCode::OK,
        &TokenVerifyPage {
            site_name: &state.config.site_name,
            app_name: app.as_deref(),
            csrf: &csrf,
            next: safe_next(&q.next),
            error: None,
        },
    )
}

pub async fn token_verify(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> Result<Response, PageError> {
    let next = safe_next(&form.next);
    let app = super::login::requesting_app(&state, next).await;
    let page = |error: &str, status| {
        render(
            status,
            &TokenVerifyPage {
                site_name: &state.config.site_name,
                app_name: app.as_deref(),
                csrf: &csrf,
                next,
                error: Some(error),
            },
        )
    };
    Ok(
        match state
            .verify_token(&user.token, &user.session, &form.code)
            .await?
        {
            FactorOutcome::Confirmed(_) => Redirect::to(next).into_response(),
            FactorOutcome::Refused(reason) => page(&reason, StatusCode::UNAUTHORIZED),
            FactorOutcome::TooManySms => page(
                &tr!("factors-too-many-codes"),
                StatusCode::TOO_MANY_REQUESTS,
            ),
            _ => page(&tr!("factors-please-try-again"), StatusCode::BAD_REQUEST),
        },
    )
}
