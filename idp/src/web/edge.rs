//! The one layer every routed request passes through. It does, outermost first:
//!
//! 1. the request id and the access line (`request_log`),
//! 2. a deadline: a request not answered in 30 s gets a 503 page,
//! 3. the security headers on every answer,
//! 4. the language of the request (`language`), for the handler and its error page,
//! 5. error pages rendered from the `PageError`s handlers return,
//! 6. the browser's CSRF value for the page's forms (`forms::CsrfSlot`).
//!
//! One layer rather than six: each axum middleware boxes the request's future and clones
//! the service stack beneath it, and six of them were about a third of the CPU of a small
//! JSON answer (JWKS, discovery).

use std::time::{Duration, Instant};

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tracing::Instrument;

use super::forms::CsrfSlot;
use super::{AppState, PageError, auth, error, language, pages, request_log};

/// How long a request may take before it is answered with a 503.
pub(crate) const DEADLINE: Duration = Duration::from_secs(30);

pub async fn layer(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let started = Instant::now();
    let request_id = request_log::id_for(request.headers());
    let method = request.method().clone();
    let route = request.extensions().get::<MatchedPath>().cloned();
    let client = auth::client_address(
        request.headers(),
        request.extensions(),
        state.config.trust_forwarded_for,
    );
    let secure = state.config.secure_cookies();
    let csrf = CsrfSlot::for_request(request.headers(), secure);
    let extensions = request.extensions_mut();
    extensions.insert(request_log::RequestId(request_id.clone()));
    extensions.insert(csrf.clone());
    let context = ern_i18n::context_of(
        request.method(),
        request.uri(),
        request.headers(),
        &[language::LANG_COOKIE, language::UI_LOCALES_COOKIE],
    );
    let served = async {
        let response = match tokio::time::timeout(DEADLINE, next.run(request)).await {
            Ok(response) => response,
            Err(_) => PageError::Unavailable.into_response(),
        };
        render_error_page(&state, &request_id, response)
    };
    // Every line logged while serving the request carries its id, the one the error page
    // shows, so a failure is one log line a helpdesk can find.
    let span = tracing::info_span!("request", %request_id);
    let mut response = ern_i18n::scope(context, served).instrument(span).await;
    csrf.set_cookie_if_made(&mut response, secure);
    security_headers(response.headers_mut());
    request_log::tag(&mut response, &request_id);
    request_log::log(
        &method,
        route.as_ref().map(MatchedPath::as_str),
        response.status(),
        started,
        &request_id,
        &client,
    );
    response
}

/// Renders a `PageError` a handler returned as a page naming the request's id; a 503
/// says when to come back.
fn render_error_page(state: &AppState, request_id: &str, mut response: Response) -> Response {
    if let Some(page) = response.extensions_mut().remove::<error::ErrorPage>() {
        let status = response.status();
        response = pages::render(
            status,
            &pages::ErrorPage {
                site_name: &state.config.site_name,
                title: page.title,
                message: &page.message,
                request_id,
            },
        );
    }
    if response.status() == StatusCode::SERVICE_UNAVAILABLE
        && !response.headers().contains_key(header::RETRY_AFTER)
    {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    }
    response
}

/// Pages hold secrets (CSRF tokens, links with tokens): never cached, framed or leaked
/// through the Referer header. Scripts and styles come only from our own /static. A
/// handler's own value (JWKS's `Cache-Control`) is kept.
fn security_headers(headers: &mut HeaderMap) {
    // Room for these five and the request id at once: growing the map header by header
    // was ~3 % of a small JSON answer's CPU.
    headers.reserve(6);
    let mut set = |name, value: &'static str| {
        headers
            .entry(name)
            .or_insert(HeaderValue::from_static(value));
    };
    set(
        header::CONTENT_SECURITY_POLICY,
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; \
         frame-ancestors 'none'; base-uri 'none'",
    );
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::X_FRAME_OPTIONS, "DENY");
    // Not "no-referrer": with it, browsers send `Origin: null` on our own form posts and
    // the CSRF origin check refuses them. "same-origin" still keeps URLs (which may carry
    // link tokens) from other sites.
    set(header::REFERRER_POLICY, "same-origin");
    set(header::CACHE_CONTROL, "no-store");
}

/// Runs `work` on the provider in a task of its own, within the request's [`DEADLINE`]: a
/// client that hangs up drops its handler, not the work, whose steps then run to the end
/// together (a session's write and the check after it, a deletion's last sweep); the
/// deadline still bounds how long the task lives, as it bounds the request.
pub(crate) async fn to_the_end<T, Fut>(
    state: &AppState,
    work: impl FnOnce(AppState) -> Fut,
) -> Result<T, crate::error::Error>
where
    T: Send + 'static,
    Fut: std::future::Future<Output = Result<T, crate::error::Error>> + Send + 'static,
{
    let task = tokio::spawn(tokio::time::timeout(DEADLINE, work(state.clone())));
    match task.await {
        Ok(Ok(outcome)) => outcome,
        Ok(Err(_)) => Err(crate::store::StoreError::Unavailable(
            "the request's work outlived its deadline".into(),
        )
        .into()),
        Err(e) => Err(crate::error::Error::Internal(format!(
            "the request's task failed: {e}"
        ))),
    }
}
