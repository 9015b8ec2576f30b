//! "Manage my mobile devices" and the device API (JSON, for the mobile app).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar};
use serde::Deserialize;
use serde_json::json;

use super::auth::{ClientInfo, SignedIn, session_cookie_name};
use super::forms::{CsrfForm, CsrfToken};
use super::pages::{DevicesPage, render};
use super::{AppState, PageError};
use crate::devices::{DeviceEnrolment, EnrolRequest, PanicOutcome};

async fn devices_page(
    state: &AppState,
    csrf: &str,
    user: &SignedIn,
    enrolment: Option<DeviceEnrolment>,
    notice: Option<&str>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let account = crate::accounts::get(state.store.as_ref(), &user.account.id)
        .await?
        .unwrap_or_else(|| user.account.clone());
    Ok(render(
        status,
        &DevicesPage {
            site_name: &state.config.site_name,
            csrf,
            devices: account
                .devices
                .iter()
                .map(|d| {
                    (
                        d.id.clone(),
                        d.name.clone(),
                        crate::clock::format_utc(d.added_at),
                    )
                })
                .collect(),
            can_change: state.may_change_factors(&account, &user.session),
            enrolment,
            notice,
        },
    ))
}

pub async fn devices(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
) -> Result<Response, PageError> {
    devices_page(&state, &csrf, &user, None, None, StatusCode::OK).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeviceForm {
    id: String,
    password: String,
}

pub async fn add_device(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    CsrfForm(_): CsrfForm<DeviceForm>,
) -> Result<Response, PageError> {
    match state
        .begin_device_enrolment(&user.account, &user.session)
        .await?
    {
        Some(enrolment) => {
            devices_page(&state, &csrf, &user, Some(enrolment), None, StatusCode::OK).await
        }
        None => devices_page(&state, &csrf, &user, None, None, StatusCode::FORBIDDEN).await,
    }
}

pub async fn delete_device(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    client: ClientInfo,
    user: SignedIn,
    CsrfForm(form): CsrfForm<DeviceForm>,
) -> Result<Response, PageError> {
    if state
        .delete_device(&user.account, &user.session, &form.id, &client.ip)
        .await?
    {
        devices_page(
            &state,
            &csrf,
            &user,
            None,
            Some("The device was deleted."),
            StatusCode::OK,
        )
        .await
    } else {
        devices_page(&state, &csrf, &user, None, None, StatusCode::FORBIDDEN).await
    }
}

pub async fn panic(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    client: ClientInfo,
    jar: CookieJar,
    user: SignedIn,
    CsrfForm(form): CsrfForm<DeviceForm>,
) -> Result<Response, PageError> {
    match state
        .panic_delete_devices(&user.account, &user.session, &form.password, &client.ip)
        .await?
    {
        PanicOutcome::Done { devices, tokens } => {
            let removal = Cookie::build(session_cookie_name(state.config.secure_cookies()))
                .path("/")
                .build();
            let page = render(
                StatusCode::OK,
                &super::pages::MessagePage {
                    site_name: &state.config.site_name,
                    title: "All your devices were deleted",
                    paragraphs: vec![
                        format!(
                            "{devices} mobile device(s) and {tokens} token(s) were deleted and every session was ended."
                        ),
                        "We sent you a mail about it. Sign in again to add a new device.".into(),
                    ],
                    link: Some(("/login", "Sign in")),
                },
            );
            Ok((jar.remove(removal), page).into_response())
        }
        PanicOutcome::WrongPassword => {
            devices_page(
                &state,
                &csrf,
                &user,
                None,
                Some("This is not your password: nothing was deleted."),
                StatusCode::BAD_REQUEST,
            )
            .await
        }
        PanicOutcome::SecondFactorNeeded => {
            let notice = "Your account keeps a confirmed mobile phone number: first confirm with Mobile Phone + SMS.";
            devices_page(
                &state,
                &csrf,
                &user,
                None,
                Some(notice),
                StatusCode::FORBIDDEN,
            )
            .await
        }
    }
}

/// Device API errors: `{"error": "..."}` with a 4xx status.
fn api_error(status: StatusCode, reason: &str) -> Response {
    (status, Json(json!({ "error": reason }))).into_response()
}

pub async fn api_enrol(
    State(state): State<AppState>,
    client: ClientInfo,
    body: axum::body::Bytes,
) -> Result<Response, PageError> {
    let Ok(request) = serde_json::from_slice::<EnrolRequest>(&body) else {
        return Ok(api_error(
            StatusCode::BAD_REQUEST,
            "expected JSON {token, name, public_key, proof}",
        ));
    };
    Ok(match state.enrol_device(&request, &client.ip).await? {
        Ok(enrolled) => Json(enrolled).into_response(),
        Err(reason) => api_error(StatusCode::BAD_REQUEST, &reason),
    })
}
