//! "My account".

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use ern_i18n::tr;
use serde::Deserialize;

use super::auth::SignedIn;
use super::forms::{CsrfForm, CsrfToken};
use super::pages::{AccountPage, ChangePasswordPage, render};
use super::{AppState, PageError};
use crate::clock::format_utc;
use crate::notify::i18n::language_choices;
use crate::provider::{ChangePasswordOutcome, FieldErrors};

async fn overview_page(
    state: &AppState,
    csrf: &str,
    user: &SignedIn,
    notice: Option<&str>,
) -> Result<Response, PageError> {
    let applications = state
        .consents(&user.account.id)
        .await?
        .into_iter()
        .map(|(client, scopes)| (client.id, client.name, scopes.join(" ")))
        .collect();
    let offline = state
        .offline_grants(&user.account.id)
        .await?
        .into_iter()
        .map(|g| (g.client.id, g.client.name, format_utc(g.expires_at)))
        .collect();
    let language = language_choices()
        .iter()
        .find(|(code, _)| *code == user.account.language)
        .map_or(user.account.language.as_str(), |(_, name)| name);
    Ok(render(
        StatusCode::OK,
        &AccountPage {
            site_name: &state.config.site_name,
            csrf,
            name: &user.account.display_name(),
            email: &user.account.email,
            language,
            signed_in_since: &format_utc(user.session.auth_time),
            notice,
            applications,
            offline,
            require_mfa: user.account.require_mfa,
        },
    ))
}

pub async fn overview(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
) -> Result<Response, PageError> {
    overview_page(&state, &csrf, &user, None).await
}

pub async fn password_form(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    _user: SignedIn,
) -> Response {
    render(
        StatusCode::OK,
        &ChangePasswordPage {
            site_name: &state.config.site_name,
            csrf: &csrf,
            errors: &FieldErrors::new(),
        },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ChangeForm {
    current_password: String,
    password: String,
    confirm_password: String,
}

pub async fn password_submit(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    client: super::auth::ClientInfo,
    user: SignedIn,
    CsrfForm(form): CsrfForm<ChangeForm>,
) -> Result<Response, PageError> {
    let outcome = state
        .change_password(
            &user.account,
            &form.current_password,
            &form.password,
            &form.confirm_password,
            &user.token,
            &client.ip,
        )
        .await?;
    Ok(match outcome {
        ChangePasswordOutcome::Done => {
            overview_page(&state, &csrf, &user, Some(&tr!("account-password-changed"))).await?
        }
        ChangePasswordOutcome::Invalid(errors) => render(
            StatusCode::BAD_REQUEST,
            &ChangePasswordPage {
                site_name: &state.config.site_name,
                csrf: &csrf,
                errors: &errors,
            },
        ),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct WithdrawForm {
    client_id: String,
}

pub async fn withdraw_consent(
    State(state): State<AppState>,
    user: SignedIn,
    CsrfForm(form): CsrfForm<WithdrawForm>,
) -> Result<Response, PageError> {
    state
        .withdraw_consent(&user.account.id, &form.client_id)
        .await?;
    Ok(axum::response::IntoResponse::into_response(
        axum::response::Redirect::to("/account"),
    ))
}

/// "Revoke" on an application holding offline access: its tokens die, and it must ask
/// for offline access again.
pub async fn revoke_offline(
    State(state): State<AppState>,
    user: SignedIn,
    CsrfForm(form): CsrfForm<WithdrawForm>,
) -> Result<Response, PageError> {
    state
        .revoke_offline_access(&user.account.id, &form.client_id)
        .await?;
    Ok(axum::response::IntoResponse::into_response(
        axum::response::Redirect::to("/account"),
    ))
}

/// "Chrome on Linux" from a User-Agent header; the raw text when unknown.
pub(super) fn describe_browser(user_agent: &str) -> String {
    let browser = [
        ("Edg/", "Edge"),
        ("Firefox/", "Firefox"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ]
    .iter()
    .find(|(marker, _)| user_agent.contains(marker))
    .map(|(_, name)| *name);
    let system = [
        ("Android", "Android"),
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Windows", "Windows"),
        ("Mac OS", "macOS"),
        ("Linux", "Linux"),
    ]
    .iter()
    .find(|(marker, _)| user_agent.contains(marker))
    .map(|(_, name)| *name);
    match (browser, system) {
        (Some(b), Some(s)) => tr!("account-browser-on-system", browser = b, system = s),
        (Some(b), None) => b.to_owned(),
        _ => user_agent.chars().take(60).collect(),
    }
}

async fn sessions_page(
    state: &AppState,
    csrf: &str,
    user: &SignedIn,
    notice: Option<&str>,
) -> Result<Response, PageError> {
    let rows = state
        .sessions_of(&user.account.id)
        .await?
        .into_iter()
        .map(|(session, applications)| super::pages::SessionRow {
            current: session.sid == user.session.sid,
            browser: describe_browser(&session.user_agent),
            ip: session.ip.clone(),
            started: format_utc(session.created_at),
            last_activity: format_utc(session.last_seen.max(session.auth_time)),
            applications,
            sid: session.sid,
        })
        .collect();
    Ok(render(
        StatusCode::OK,
        &super::pages::SessionsPage {
            site_name: &state.config.site_name,
            csrf,
            rows,
            notice,
        },
    ))
}

pub async fn sessions(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
) -> Result<Response, PageError> {
    sessions_page(&state, &csrf, &user, None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SessionForm {
    sid: String,
}

pub async fn end_session(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    CsrfForm(form): CsrfForm<SessionForm>,
) -> Result<Response, PageError> {
    let ended = state.end_session_of(&user.account.id, &form.sid).await?;
    let notice = if ended {
        tr!("account-session-ended")
    } else {
        tr!("account-session-already-ended")
    };
    sessions_page(&state, &csrf, &user, Some(&notice)).await
}

pub async fn end_other_sessions(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    CsrfForm(_): CsrfForm<SessionForm>,
) -> Result<Response, PageError> {
    state
        .end_sessions(&user.account.id, Some(&user.token))
        .await?;
    let notice = tr!("account-other-sessions-ended");
    sessions_page(&state, &csrf, &user, Some(&notice)).await
}

pub async fn history(State(state): State<AppState>, user: SignedIn) -> Result<Response, PageError> {
    let events = crate::audit::list(state.store.as_ref(), &user.account.id)
        .await?
        .into_iter()
        .map(|e| (format_utc(e.at), e.shown(ern_i18n::current()), e.ip))
        .collect();
    Ok(render(
        StatusCode::OK,
        &super::pages::HistoryPage {
            site_name: &state.config.site_name,
            events,
        },
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MfaForm {
    /// Present when the box is checked.
    require_mfa: Option<String>,
}

pub async fn set_require_mfa(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    client: super::auth::ClientInfo,
    user: SignedIn,
    CsrfForm(form): CsrfForm<MfaForm>,
) -> Result<Response, PageError> {
    let on = form.require_mfa.is_some();
    let outcome = state
        .set_require_mfa(&user.account, &user.session, on, &client.ip)
        .await?;
    let notice = match outcome {
        crate::factors::FactorOutcome::Confirmed(_) if on => tr!("account-mfa-on"),
        crate::factors::FactorOutcome::Confirmed(_) => tr!("account-mfa-off"),
        crate::factors::FactorOutcome::Refused(reason) => reason,
        _ => tr!("account-mfa-confirm-first"),
    };
    let account = crate::accounts::get(state.store.as_ref(), &user.account.id).await?;
    let user = SignedIn {
        account: account.unwrap_or(user.account),
        ..user
    };
    overview_page(&state, &csrf, &user, Some(&notice)).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NextQuery {
    next: String,
}

/// "Choose your verification method" for a session that must still prove a second factor.
pub async fn verify(
    State(state): State<AppState>,
    user: SignedIn,
    axum::extract::Query(q): axum::extract::Query<NextQuery>,
) -> Response {
    let next = super::safe_next(&q.next);
    render(
        StatusCode::OK,
        &super::pages::VerifyPage {
            site_name: &state.config.site_name,
            has_phone: user.account.verified_phones().next().is_some(),
            has_token: !user.account.tokens.is_empty(),
            has_device: !user.account.devices.is_empty(),
            has_key: !user.account.security_keys.is_empty(),
            has_codes: !user.account.recovery_codes.is_empty(),
            next_encoded: &super::encode(next),
        },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeleteForm {
    password: String,
}

pub async fn delete_account(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    jar: axum_extra::extract::cookie::CookieJar,
    user: SignedIn,
    CsrfForm(form): CsrfForm<DeleteForm>,
) -> Result<Response, PageError> {
    use crate::accounts::deletion::DeleteOutcome;
    // To the end: a client that hangs up cannot stop a deletion between its two sweeps.
    let (account, session) = (user.account.clone(), user.session.clone());
    let deleted = super::edge::to_the_end(&state, move |provider| async move {
        provider
            .delete_account(&account, &session, &form.password)
            .await
    })
    .await?;
    match deleted {
        DeleteOutcome::Deleted => {
            let name = super::auth::session_cookie_name(state.config.secure_cookies());
            let removal = axum_extra::extract::cookie::Cookie::build(name)
                .path("/")
                .build();
            let page = render(
                StatusCode::OK,
                &super::pages::MessagePage {
                    site_name: &state.config.site_name,
                    title: &tr!("account-deleted-title"),
                    paragraphs: vec![tr!("account-deleted-text")],
                    link: Some(("/register", &tr!("account-create"))),
                },
            );
            Ok(axum::response::IntoResponse::into_response((
                jar.remove(removal),
                page,
            )))
        }
        DeleteOutcome::WrongPassword => {
            let notice = tr!("account-delete-wrong-password");
            let mut page = overview_page(&state, &csrf, &user, Some(&notice)).await?;
            *page.status_mut() = StatusCode::BAD_REQUEST;
            Ok(page)
        }
        DeleteOutcome::Refused(reason) => {
            let mut page = overview_page(&state, &csrf, &user, Some(&reason)).await?;
            *page.status_mut() = StatusCode::FORBIDDEN;
            Ok(page)
        }
        DeleteOutcome::SecondFactorNeeded => {
            let notice = tr!("account-delete-confirm-first");
            let mut page = overview_page(&state, &csrf, &user, Some(&notice)).await?;
            *page.status_mut() = StatusCode::FORBIDDEN;
            Ok(page)
        }
    }
}

async fn details_page(
    state: &AppState,
    csrf: &str,
    user: &SignedIn,
    notice: Option<&str>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let account = user.fresh_account(state).await?;
    Ok(render(
        status,
        &super::pages::DetailsPage {
            site_name: &state.config.site_name,
            csrf,
            first_name: &account.first_name,
            last_name: &account.last_name,
            language: &account.language,
            email: &account.email,
            languages: language_choices(),
            notice,
        },
    ))
}

pub async fn details(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
) -> Result<Response, PageError> {
    details_page(&state, &csrf, &user, None, StatusCode::OK).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DetailsForm {
    first_name: String,
    last_name: String,
    language: String,
    new_email: String,
    password: String,
    token: String,
}

fn details_notice(outcome: &crate::accounts::details::DetailsOutcome) -> (String, StatusCode) {
    use crate::accounts::details::DetailsOutcome as D;
    match outcome {
        D::Saved => (tr!("account-details-saved"), StatusCode::OK),
        D::EmailLinkSent(email) => (
            tr!("account-details-link-sent", email = email.as_str()),
            StatusCode::OK,
        ),
        D::EmailChanged(email) => (
            tr!("account-details-email-changed", email = email.as_str()),
            StatusCode::OK,
        ),
        D::Invalid(reason) => (reason.clone(), StatusCode::BAD_REQUEST),
        D::WrongPassword => (
            tr!("account-details-wrong-password"),
            StatusCode::BAD_REQUEST,
        ),
        D::SecondFactorNeeded => (
            tr!("account-details-email-confirm-first"),
            StatusCode::FORBIDDEN,
        ),
        D::Refused(reason) => (reason.clone(), StatusCode::FORBIDDEN),
        D::LinkInvalid => (tr!("account-details-link-invalid"), StatusCode::GONE),
    }
}

pub async fn save_details(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    jar: axum_extra::extract::CookieJar,
    user: SignedIn,
    CsrfForm(form): CsrfForm<DetailsForm>,
) -> Result<Response, PageError> {
    let outcome = state
        .update_details(
            &user.account,
            &form.first_name,
            &form.last_name,
            &form.language,
        )
        .await?;
    // A new language shows at once, on this page too, and stays this browser's choice.
    let chosen = match outcome {
        crate::accounts::details::DetailsOutcome::Saved => {
            ern_i18n::Lang::from_code(&form.language)
        }
        _ => None,
    };
    let Some(lang) = chosen else {
        let (notice, status) = details_notice(&outcome);
        return details_page(&state, &csrf, &user, Some(&notice), status).await;
    };
    let jar = super::language::remember(jar, lang, state.config.secure_cookies());
    let context = ern_i18n::Context {
        lang,
        here: ern_i18n::here(),
    };
    let page = ern_i18n::scope(context, async {
        let (notice, status) = details_notice(&outcome);
        details_page(&state, &csrf, &user, Some(&notice), status).await
    })
    .await?;
    Ok(axum::response::IntoResponse::into_response((jar, page)))
}

pub async fn change_email(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    client: super::auth::ClientInfo,
    user: SignedIn,
    CsrfForm(form): CsrfForm<DetailsForm>,
) -> Result<Response, PageError> {
    let outcome = state
        .request_email_change(
            &user.account,
            &user.session,
            &form.new_email,
            &form.password,
            &client.ip,
        )
        .await?;
    let (notice, status) = details_notice(&outcome);
    details_page(&state, &csrf, &user, Some(&notice), status).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenQuery {
    token: String,
}

pub async fn email_confirm_form(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    axum::extract::Query(q): axum::extract::Query<TokenQuery>,
) -> Response {
    render(
        StatusCode::OK,
        &super::pages::EmailConfirmPage {
            site_name: &state.config.site_name,
            csrf: &csrf,
            token: &q.token,
        },
    )
}

pub async fn email_confirm(
    State(state): State<AppState>,
    client: super::auth::ClientInfo,
    CsrfForm(form): CsrfForm<DetailsForm>,
) -> Result<Response, PageError> {
    let outcome = state.confirm_email_change(&form.token, &client.ip).await?;
    let (notice, status) = details_notice(&outcome);
    Ok(render(
        status,
        &super::pages::MessagePage {
            site_name: &state.config.site_name,
            title: &tr!("account-email-title"),
            paragraphs: vec![notice],
            link: Some(("/account", &tr!("account-go"))),
        },
    ))
}
