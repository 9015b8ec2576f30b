//! "Manage my mobile devices" and the device API (JSON, for the mobile app).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar};
use ern_i18n::tr;
use serde::Deserialize;
use serde_json::json;

use super::auth::{ClientInfo, SignedIn, session_cookie_name};
use super::forms::{CsrfForm, CsrfToken};
use super::pages::{DevicesPage, render};
use super::{AppState, PageError};
use crate::factors::app::{DeviceEnrolment, EnrolRequest, PanicOutcome};

async fn devices_page(
    state: &AppState,
    csrf: &str,
    user: &SignedIn,
    enrolment: Option<DeviceEnrolment>,
    notice: Option<&str>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let account = user.fresh_account(state).await?;
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
            can_add: state.may_add_factor(&account, &user.session),
            can_remove: state.refuse_weakening(&account, &user.session).is_none(),
            no_removal: state.why_no_removal(&account, &user.session),
            add_notice: state.add_notice(&account, &user.session),
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
    let outcome = state
        .delete_device(
            &user.account,
            (&user.session, &user.token),
            &form.id,
            &client.ip,
        )
        .await?;
    if let crate::factors::FactorOutcome::Deleted { others_signed_out } = outcome {
        let notice =
            super::mfa::with_others_signed_out(tr!("factors-device-deleted"), others_signed_out);
        devices_page(&state, &csrf, &user, None, Some(&notice), StatusCode::OK).await
    } else {
        let reason = super::mfa::refusal(outcome);
        devices_page(
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
        PanicOutcome::Done {
            devices,
            tokens,
            held_until,
        } => {
            let removal = Cookie::build(session_cookie_name(state.config.secure_cookies()))
                .path("/")
                .build();
            let mut paragraphs = vec![tr!(
                "factors-panic-done",
                devices = devices,
                tokens = tokens
            )];
            match held_until {
                Some(until) => paragraphs.push(tr!(
                    "factors-panic-held",
                    until = crate::clock::format_utc(until)
                )),
                None => paragraphs.push(tr!("factors-panic-mailed")),
            }
            let page = render(
                StatusCode::OK,
                &super::pages::MessagePage {
                    site_name: &state.config.site_name,
                    title: &tr!("factors-panic-done-title"),
                    paragraphs,
                    link: Some(("/login", &tr!("factors-sign-in"))),
                },
            );
            // The method this browser used last was probably the app: not offered first
            // any more, when there is no device left to answer it.
            let method = Cookie::build(super::login::METHOD_COOKIE).path("/").build();
            Ok((jar.remove(removal).remove(method), page).into_response())
        }
        PanicOutcome::WrongPassword => {
            let notice = tr!("factors-panic-wrong-password");
            devices_page(
                &state,
                &csrf,
                &user,
                None,
                Some(&notice),
                StatusCode::BAD_REQUEST,
            )
            .await
        }
        outcome @ (PanicOutcome::Held(_) | PanicOutcome::SecondFactorNeeded) => {
            let notice = match outcome {
                PanicOutcome::Held(reason) => reason,
                _ => tr!("factors-panic-confirm-first"),
            };
            devices_page(
                &state,
                &csrf,
                &user,
                None,
                Some(&notice),
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

// ---- sign-in with the app ----

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AppQuery {
    id: String,
    next: String,
}

fn wait_page(
    state: &AppState,
    app: &Option<String>,
    request_id: &str,
    number: u8,
    next: &str,
    message: Option<&str>,
    status: StatusCode,
) -> Response {
    let refresh_url = format!(
        "/login/app/wait?id={request_id}&{}",
        super::encode_pair("next", next)
    );
    let retry_url = format!("/login/app?{}", super::encode_pair("next", next));
    let status_url = format!("/login/app/status?id={request_id}");
    render(
        status,
        &super::pages::AppWaitPage {
            site_name: &state.config.site_name,
            app_name: app.as_deref(),
            waiting: message.is_none(),
            number,
            refresh_url: &refresh_url,
            status_url: &status_url,
            retry_url: &retry_url,
            message: message.unwrap_or_default(),
        },
    )
}

/// "Mobile App PIN Code": the page that offers to send the request. A GET sends nothing,
/// so a link from another site cannot push requests to someone's phone.
pub async fn app_start_form(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    _user: SignedIn,
    axum::extract::Query(q): axum::extract::Query<AppQuery>,
) -> Response {
    let app = super::login::requesting_app(&state, super::safe_next(&q.next)).await;
    app_start_page(
        &state,
        &app,
        &csrf,
        super::safe_next(&q.next),
        None,
        StatusCode::OK,
    )
}

fn app_start_page(
    state: &AppState,
    app: &Option<String>,
    csrf: &str,
    next: &str,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    render(
        status,
        &super::pages::AppStartPage {
            site_name: &state.config.site_name,
            app_name: app.as_deref(),
            csrf,
            next,
            error,
        },
    )
}

/// Sends the request (a form POST, CSRF-checked) and shows the number to pick in the app.
pub async fn app_start(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    CsrfForm(form): CsrfForm<AppQuery>,
) -> Result<Response, PageError> {
    use crate::factors::app::AppStart;
    let next = super::safe_next(&form.next);
    let app = super::login::requesting_app(&state, next).await;
    let refused =
        |message: &str, status| app_start_page(&state, &app, &csrf, next, Some(message), status);
    Ok(
        match state
            .start_app_approval(&user.account, &user.session, app.as_deref())
            .await?
        {
            AppStart::Started(request) => wait_page(
                &state,
                &app,
                &request.id,
                request.number,
                next,
                None,
                StatusCode::OK,
            ),
            AppStart::NoDevice => refused(&tr!("factors-app-no-device"), StatusCode::BAD_REQUEST),
            AppStart::AlreadyWaiting => {
                refused(&tr!("factors-app-already-waiting"), StatusCode::CONFLICT)
            }
            AppStart::TooMany => {
                refused(&tr!("factors-app-too-many"), StatusCode::TOO_MANY_REQUESTS)
            }
        },
    )
}

/// Whether the app has yet to answer (the waiting page's script asks every 2 s).
pub async fn app_status(
    State(state): State<AppState>,
    user: SignedIn,
    axum::extract::Query(q): axum::extract::Query<AppQuery>,
) -> Result<Response, PageError> {
    use crate::factors::app::ApprovalStatus;
    let pending = match state.app_approval(&q.id, &user.session).await? {
        Some(request) => {
            !state.is_expired(&request) && matches!(request.status, ApprovalStatus::Pending)
        }
        None => false,
    };
    let mut response = Json(json!({ "pending": pending })).into_response();
    response.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    Ok(response)
}

/// Where the waiting page goes once the app has answered (or by hand, without script).
pub async fn app_wait(
    State(state): State<AppState>,
    user: SignedIn,
    axum::extract::Query(q): axum::extract::Query<AppQuery>,
) -> Result<Response, PageError> {
    use crate::factors::app::ApprovalStatus;
    let next = super::safe_next(&q.next);
    let app = super::login::requesting_app(&state, next).await;
    let Some(request) = state.app_approval(&q.id, &user.session).await? else {
        return Ok(wait_page(
            &state,
            &app,
            "",
            0,
            next,
            Some(&tr!("factors-app-request-unknown")),
            StatusCode::GONE,
        ));
    };
    if state.is_expired(&request) {
        return Ok(wait_page(
            &state,
            &app,
            "",
            0,
            next,
            Some(&tr!("factors-app-request-expired")),
            StatusCode::GONE,
        ));
    }
    Ok(match request.status {
        ApprovalStatus::Pending => wait_page(
            &state,
            &app,
            &request.id,
            request.number,
            next,
            None,
            StatusCode::OK,
        ),
        ApprovalStatus::Approved { .. } => {
            if state
                .complete_app_approval(&user.token, &user.session, &request.id)
                .await?
            {
                axum::response::Redirect::to(next).into_response()
            } else {
                wait_page(
                    &state,
                    &app,
                    "",
                    0,
                    next,
                    Some(&tr!("factors-app-request-ended")),
                    StatusCode::GONE,
                )
            }
        }
        ApprovalStatus::Denied { reason } => {
            let message = if reason == crate::factors::app::WRONG_NUMBER {
                tr!("factors-app-refused-wrong-number")
            } else {
                tr!("factors-app-refused-denied")
            };
            wait_page(
                &state,
                &app,
                "",
                0,
                next,
                Some(&message),
                StatusCode::FORBIDDEN,
            )
        }
    })
}

// ---- device API: the app's inbox and its answers ----

fn device_call<'a>(
    headers: &'a axum::http::HeaderMap,
    method: &'a str,
    path: &'a str,
) -> Option<crate::factors::app::DeviceCall<'a>> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    Some(crate::factors::app::DeviceCall {
        device_id: header("x-device-id")?,
        timestamp: header("x-device-time")?.parse().ok()?,
        signature: header("x-device-signature")?,
        method,
        path,
    })
}

fn refusal(refusal: crate::factors::app::DeviceRefusal) -> Response {
    use crate::factors::app::DeviceRefusal as R;
    match refusal {
        R::Unauthenticated(why) => api_error(StatusCode::UNAUTHORIZED, why),
        R::NotFound => api_error(StatusCode::NOT_FOUND, "no such request"),
        R::Refused(why) => api_error(StatusCode::CONFLICT, why),
    }
}

pub async fn api_requests(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
) -> Result<Response, PageError> {
    let Some(call) = device_call(&headers, "GET", "/device/requests") else {
        return Ok(api_error(
            StatusCode::UNAUTHORIZED,
            "X-Device-Id, X-Device-Time and X-Device-Signature are needed",
        ));
    };
    let (account, _) = match state.authenticate_device(&call).await? {
        Ok(found) => found,
        Err(e) => return Ok(refusal(e)),
    };
    let pending = state.pending_requests(&account).await?;
    let list: Vec<serde_json::Value> = pending
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "choices": r.choices,
                "expires_at": r.expires_at,
                "site": state.config.site_name,
                "application": r.application,
            })
        })
        .collect();
    Ok(Json(json!({ "requests": list })).into_response())
}

#[derive(Deserialize)]
pub struct Answer {
    decision: String,
    pick: u8,
    signature: String,
}

pub async fn api_answer(
    State(state): State<AppState>,
    client: ClientInfo,
    axum::extract::Path(id): axum::extract::Path<String>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, PageError> {
    let path = format!("/device/requests/{id}");
    let Some(call) = device_call(&headers, "POST", &path) else {
        return Ok(api_error(
            StatusCode::UNAUTHORIZED,
            "X-Device-Id, X-Device-Time and X-Device-Signature are needed",
        ));
    };
    let Ok(answer) = serde_json::from_slice::<Answer>(&body) else {
        return Ok(api_error(
            StatusCode::BAD_REQUEST,
            "expected JSON {decision, pick, signature}",
        ));
    };
    let (account, device) = match state.authenticate_device(&call).await? {
        Ok(found) => found,
        Err(e) => return Ok(refusal(e)),
    };
    Ok(
        match state
            .answer_request(
                &account,
                &device,
                &crate::factors::app::AppAnswer {
                    request_id: &id,
                    decision: &answer.decision,
                    pick: answer.pick,
                    signature: &answer.signature,
                },
                &client.ip,
            )
            .await?
        {
            Ok(status) => Json(json!({ "status": status })).into_response(),
            Err(e) => refusal(e),
        },
    )
}

// ---- "Mobile App QR Code" ----

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct QrForm {
    code: String,
    next: String,
}

pub async fn app_qr(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    axum::extract::Query(q): axum::extract::Query<AppQuery>,
) -> Result<Response, PageError> {
    let next = super::safe_next(&q.next);
    let app = super::login::requesting_app(&state, next).await;
    let qr = state.start_app_qr(&user.account, &user.session).await?;
    let error = qr.is_none().then(|| tr!("factors-app-no-device"));
    Ok(render(
        if qr.is_some() {
            StatusCode::OK
        } else {
            StatusCode::BAD_REQUEST
        },
        &super::pages::AppQrPage {
            site_name: &state.config.site_name,
            app_name: app.as_deref(),
            csrf: &csrf,
            next,
            next_encoded: &super::encode(next),
            qr,
            error: error.as_deref(),
        },
    ))
}

pub async fn app_qr_verify(
    State(state): State<AppState>,
    CsrfToken(csrf): CsrfToken,
    user: SignedIn,
    CsrfForm(form): CsrfForm<QrForm>,
) -> Result<Response, PageError> {
    let next = super::safe_next(&form.next);
    let app = super::login::requesting_app(&state, next).await;
    Ok(
        match state
            .verify_app_qr(&user.token, &user.session, &form.code)
            .await?
        {
            Ok(()) => axum::response::Redirect::to(next).into_response(),
            Err(reason) => render(
                StatusCode::UNAUTHORIZED,
                &super::pages::AppQrPage {
                    site_name: &state.config.site_name,
                    app_name: app.as_deref(),
                    csrf: &csrf,
                    next,
                    next_encoded: &super::encode(next),
                    qr: None,
                    error: Some(&reason),
                },
            ),
        },
    )
}
