//! Static files (CSS, the anti-robot script), embedded in the binary.

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rust_embed::RustEmbed;

use super::PageError;

#[derive(RustEmbed)]
#[folder = "../templates/static"]
struct Assets;

pub async fn serve(Path(path): Path<String>) -> Response {
    let Some(file) = Assets::get(&path) else {
        return PageError::NotFound.into_response();
    };
    let mime = file.metadata.mimetype().to_owned();
    let mut response = (StatusCode::OK, file.data.into_owned()).into_response();
    if let Ok(value) = HeaderValue::from_str(&mime) {
        response.headers_mut().insert(header::CONTENT_TYPE, value);
    }
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    response
}
