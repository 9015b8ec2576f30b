//! The HTTP edge: routes, middleware and pages. Handlers translate requests into calls on
//! [`Provider`] and outcomes into pages; no rule lives here.

mod access;
mod account;
mod admin;
mod assets;
mod auth;
mod cors;
mod devices;
mod dpop;
mod edge;
mod error;
mod forms;
mod language;
mod login;
mod logout;
pub mod metrics;
mod mfa;
mod oidc;
mod pages;
mod password;
mod recovery;
mod register;
pub mod request_log;
mod security_keys;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use tokio::net::TcpListener;

pub use error::PageError;

use crate::provider::Provider;

pub type AppState = Arc<Provider>;

/// No form of ours needs more; larger bodies get a 413 page before any parsing.
const MAX_BODY_BYTES: usize = 64 * 1024;

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(|| async { Redirect::to("/account") }))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/privacy", get(privacy))
        .route("/language", get(language::choose))
        .route("/static/{*path}", get(assets::serve))
        .route("/register", get(register::form).post(register::submit))
        .route(
            "/register/confirm",
            get(register::confirm_form).post(register::confirm_submit),
        )
        .route("/login", get(login::email_form).post(login::email_submit))
        .route("/login/password", post(login::password_submit))
        .route("/logout", get(logout::logout_get).post(logout::logout_post))
        .route("/.well-known/openid-configuration", get(oidc::discovery))
        .route("/jwks", get(oidc::jwks))
        .route(
            "/authorize",
            get(oidc::authorize_get).post(oidc::authorize_post),
        )
        .route("/authorize/resume", get(oidc::resume))
        .route("/authorize/cancel", post(oidc::cancel))
        .route(
            "/authorize/consent",
            get(oidc::consent_form).post(oidc::consent_submit),
        )
        .route("/login/second-factor", get(oidc::second_factor))
        .route("/token", post(oidc::token).options(cors::preflight))
        .route(
            "/userinfo",
            get(oidc::userinfo)
                .post(oidc::userinfo)
                .options(cors::preflight),
        )
        .route("/revoke", post(oidc::revoke).options(cors::preflight))
        .route("/par", post(oidc::par))
        .route("/introspect", post(oidc::introspect))
        .route(
            "/password/lost",
            get(password::lost_form).post(password::lost_submit),
        )
        .route(
            "/password/reset",
            get(password::reset_form).post(password::reset_submit),
        )
        .route("/access", get(access::my_requests))
        .route("/access/new", get(access::step_application))
        .route("/access/new/organisation", get(access::step_organisation))
        .route("/access/new/profile", get(access::step_profile))
        .route("/access/new/recap", get(access::step_recap))
        .route("/access/requests", post(access::submit))
        .route("/access/approvals", get(access::approvals))
        .route("/access/approvals/{id}", post(access::decide))
        .route("/access/grants/{id}/revoke", post(access::revoke))
        .route("/account", get(account::overview))
        .route(
            "/account/password",
            get(account::password_form).post(account::password_submit),
        )
        .route(
            "/account/applications/withdraw",
            post(account::withdraw_consent),
        )
        .route(
            "/account/applications/offline/revoke",
            post(account::revoke_offline),
        )
        .route("/account/phones", get(mfa::phones))
        .route("/account/phones/add", post(mfa::add_phone))
        .route("/account/phones/confirm", post(mfa::confirm_phone))
        .route("/account/phones/delete", post(mfa::delete_phone))
        .route("/account/sessions", get(account::sessions))
        .route("/account/history", get(account::history))
        .route("/account/mfa", post(account::set_require_mfa))
        .route("/account/devices", get(devices::devices))
        .route("/account/devices/add", post(devices::add_device))
        .route("/account/devices/delete", post(devices::delete_device))
        .route("/account/devices/panic", post(devices::panic))
        .route(
            "/account/secure",
            get(recovery::secure_form).post(recovery::secure_submit),
        )
        .route("/device/enrol", post(devices::api_enrol))
        .route("/device/requests", get(devices::api_requests))
        .route("/device/requests/{id}", post(devices::api_answer))
        .route(
            "/login/app",
            get(devices::app_start_form).post(devices::app_start),
        )
        .route("/login/app-qr", get(devices::app_qr))
        .route("/login/app-qr/verify", post(devices::app_qr_verify))
        .route("/login/app/wait", get(devices::app_wait))
        .route("/login/app/status", get(devices::app_status))
        .route(
            "/account/details",
            get(account::details).post(account::save_details),
        )
        .route("/account/email", post(account::change_email))
        .route(
            "/account/email/confirm",
            get(account::email_confirm_form).post(account::email_confirm),
        )
        .route("/account/delete", post(account::delete_account))
        .route("/login/verify", get(account::verify))
        .route("/account/sessions/end", post(account::end_session))
        .route(
            "/account/sessions/end-others",
            post(account::end_other_sessions),
        )
        .route("/account/security-keys", get(security_keys::keys))
        .route(
            "/account/security-keys/options",
            post(security_keys::key_options),
        )
        .route("/account/security-keys/add", post(security_keys::add_key))
        .route(
            "/account/security-keys/delete",
            post(security_keys::delete_key),
        )
        .route("/login/security-key", get(security_keys::key_form))
        .route(
            "/login/security-key/options",
            post(security_keys::key_sign_in_options),
        )
        .route(
            "/login/security-key/verify",
            post(security_keys::key_verify),
        )
        .route(
            "/login/passkey/options",
            post(security_keys::passkey_options),
        )
        .route("/login/passkey", post(security_keys::passkey_sign_in))
        .route(
            "/account/recovery-codes",
            get(security_keys::recovery_codes),
        )
        .route(
            "/account/recovery-codes/generate",
            post(security_keys::generate_codes),
        )
        .route(
            "/login/recovery-code",
            get(security_keys::recovery_code_form),
        )
        .route(
            "/login/recovery-code/verify",
            post(security_keys::recovery_code_verify),
        )
        .route("/account/tokens", get(mfa::tokens))
        .route("/account/tokens/start", post(mfa::start_token))
        .route("/account/tokens/confirm", post(mfa::confirm_token))
        .route("/account/tokens/delete", post(mfa::delete_token))
        .route("/login/token", get(mfa::token_form))
        .route("/login/token/verify", post(mfa::token_verify))
        .route("/login/sms", get(mfa::sms_form))
        .route("/login/sms/send", post(mfa::sms_send))
        .route("/login/sms/verify", post(mfa::sms_verify))
        .merge(admin::routes())
        .fallback(|| async { PageError::NotFound })
        // Each handler may take a body of this size at most (an extension, not a wrapper).
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn_with_state(state.clone(), edge::layer))
        .with_state(state)
}

/// Serves until `shutdown` resolves, then finishes the requests in flight.
pub async fn serve(
    state: AppState,
    listener: TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}

/// What `idp serve` answers while the provider is not built yet (the store not reachable
/// at start): `/healthz` alive, everything else 503 with `Retry-After`, so that no
/// connection waits unanswered and a load balancer sends traffic elsewhere. Once `ready`
/// holds the real router, every request goes straight to it (a service, not a router
/// around it: no second routing and no second boxed future per request).
#[derive(Clone)]
pub struct Starting {
    ready: Arc<std::sync::OnceLock<Router>>,
    not_ready: Router,
}

pub fn starting(ready: Arc<std::sync::OnceLock<Router>>, trust_forwarded_for: bool) -> Starting {
    Starting {
        ready,
        not_ready: Router::new().fallback(move |request: Request| async move {
            not_ready(&request, trust_forwarded_for)
        }),
    }
}

impl tower::Service<Request> for Starting {
    type Response = Response;
    type Error = std::convert::Infallible;
    type Future = axum::routing::future::RouteFuture<std::convert::Infallible>;

    fn poll_ready(
        &mut self,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Self::Error>> {
        std::task::Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let router = self.ready.get().unwrap_or(&self.not_ready);
        tower::Service::call(&mut router.clone(), request)
    }
}

/// The answer before the provider is built; logged as the real router logs its own.
fn not_ready(request: &Request, trust_forwarded_for: bool) -> Response {
    let started = std::time::Instant::now();
    let request_id = request_log::id_for(request.headers());
    let client = auth::client_address(request.headers(), request.extensions(), trust_forwarded_for);
    let (route, mut response) = if request.uri().path() == "/healthz" {
        ("/healthz", (StatusCode::OK, "alive").into_response())
    } else {
        let response = (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::RETRY_AFTER, "5")],
            "not ready: starting, the store is not reachable yet",
        )
            .into_response();
        ("(starting)", response)
    };
    request_log::tag(&mut response, &request_id);
    request_log::log(
        request.method(),
        Some(route),
        response.status(),
        started,
        &request_id,
        &client,
    );
    response
}

async fn readyz(State(state): State<AppState>) -> Response {
    match state.is_ready().await {
        Ok(()) => (StatusCode::OK, "ready").into_response(),
        Err(why) => (StatusCode::SERVICE_UNAVAILABLE, format!("not ready: {why}")).into_response(),
    }
}

async fn privacy(State(state): State<AppState>) -> Response {
    pages::render(
        StatusCode::OK,
        &pages::PrivacyPage {
            site_name: &state.config.site_name,
        },
    )
}

/// `name=value`, percent-encoded for a query string.
pub(crate) fn encode_pair(name: &str, value: &str) -> String {
    serde_urlencoded::to_string([(name, value)]).unwrap_or_default()
}

/// Percent-encodes a value for a query string.
pub(crate) fn encode(value: &str) -> String {
    serde_urlencoded::to_string([("v", value)])
        .map(|s| s[2..].to_owned())
        .unwrap_or_default()
}

/// Only a path on this site may be a post-sign-in destination (no open redirect).
///
/// The target is parsed as a URL relative to this site, as a browser would (which drops
/// TAB and newlines and reads `\` as `/`), and kept only when it stays on this site's
/// origin and reads exactly as the parser writes it back, so what we check is what the
/// browser follows. Every `next` goes through here.
pub(crate) fn safe_next(next: &str) -> &str {
    const FALLBACK: &str = "/account";
    // Any fixed origin will do: only whether the target leaves it matters.
    let Ok(base) = url::Url::parse("http://idp.invalid/") else {
        return FALLBACK;
    };
    if !next.starts_with('/') {
        return FALLBACK;
    }
    let Ok(target) = base.join(next) else {
        return FALLBACK;
    };
    let same_origin = target.origin() == base.origin();
    let canonical = &target[url::Position::BeforePath..] == next;
    if same_origin && canonical {
        next
    } else {
        FALLBACK
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_same_site_paths_are_destinations() {
        for good in [
            "/account",
            "/authorize/resume?id=abc_-12",
            "/login/verify?next=%2Faccount",
        ] {
            assert_eq!(safe_next(good), good);
        }
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "/\tevil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "https://evil.example/",
            "evil.example",
            "/%09/evil.example/../..",
            "",
            "/ /evil.example",
        ] {
            assert_eq!(safe_next(bad), "/account", "{bad:?}");
        }
    }
}
