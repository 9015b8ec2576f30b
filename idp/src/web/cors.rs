//! CORS for browser applications (public clients: single-page apps). Discovery and the
//! JWKS are public documents: any origin may read them. The token, userinfo and
//! revocation endpoints answer a script only from an origin registered for the client
//! concerned (`idp client add --web-origin`); preflights are answered for registered
//! origins only. No credentials (cookies) are ever allowed across origins.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::AppState;
use crate::clients;

fn origin(headers: &HeaderMap) -> Option<&str> {
    headers.get(header::ORIGIN).and_then(|v| v.to_str().ok())
}

/// Lets any origin read a public document.
pub fn public(response: &mut Response) {
    response.headers_mut().insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
}

fn allow_origin(response: &mut Response, origin: &str) {
    if let Ok(value) = HeaderValue::from_str(origin) {
        let headers = response.headers_mut();
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, value);
        headers.append(header::VARY, HeaderValue::from_static("Origin"));
        // A script needs the nonce to make its next DPoP proof.
        headers.insert(
            header::ACCESS_CONTROL_EXPOSE_HEADERS,
            HeaderValue::from_static("DPoP-Nonce, WWW-Authenticate"),
        );
    }
}

/// Lets the request's origin read `response` when it is registered for the client
/// `client_id` names. `client_id` runs only when an `Origin` asks: most requests come
/// from servers, and finding the client may mean parsing a form or decoding a token.
pub async fn for_client(
    state: &AppState,
    headers: &HeaderMap,
    client_id: impl FnOnce() -> Option<String>,
    mut response: Response,
) -> Response {
    let Some(origin) = origin(headers) else {
        return response;
    };
    let Some(client_id) = client_id() else {
        return response;
    };
    if let Ok(Some(client)) = clients::get(state.store.as_ref(), &client_id).await
        && client.web_origins.iter().any(|o| o == origin)
    {
        allow_origin(&mut response, origin);
    }
    response
}

/// `OPTIONS` on the token, userinfo and revocation endpoints: the body (and so the
/// client) is not known yet, so an origin some client registered is allowed; the actual
/// answer is then readable only by the client's own origins (`for_client`).
pub async fn preflight(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(origin) = origin(&headers) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let registered = match clients::list(state.store.as_ref()).await {
        Ok(list) => list
            .iter()
            .any(|c| c.web_origins.iter().any(|o| o == origin)),
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    if !registered {
        return StatusCode::FORBIDDEN.into_response();
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    allow_origin(&mut response, origin);
    let headers = response.headers_mut();
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("GET, POST"),
    );
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("authorization, content-type, dpop"),
    );
    headers.insert(
        header::ACCESS_CONTROL_MAX_AGE,
        HeaderValue::from_static("600"),
    );
    response
}

/// The client an access token was issued to, read without verifying it: only to decide
/// who may read the answer (the handler verifies the token).
pub fn token_client(token: &str) -> Option<String> {
    use base64::Engine;
    let payload = token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .ok()?;
    let claims: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    claims.get("client_id")?.as_str().map(str::to_owned)
}
