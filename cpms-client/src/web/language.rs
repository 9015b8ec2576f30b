//! The language of every CPMS page, as the provider chooses its own: per request
//! (`ern_i18n::negotiate`: this browser's choice in the `cpms_lang` cookie, else its
//! `Accept-Language`, else English), held for the handler and its error page
//! (`ern_i18n::scope`), changed by the selector on every page (`GET /language`) and by the
//! `locale` claim of the account that signs in.

use axum::extract::{Query, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use ern_i18n::Lang;
use serde::Deserialize;

use super::AppState;

/// The language this browser chose: with the selector, or its account's at sign-in.
pub const LANG_COOKIE: &str = "cpms_lang";

/// Runs the request's handler (and the error page around it) in its language.
pub async fn layer(request: Request, next: Next) -> Response {
    let context = ern_i18n::context_of(
        request.method(),
        request.uri(),
        request.headers(),
        &[LANG_COOKIE],
    );
    ern_i18n::scope(context, next.run(request)).await
}

/// Remembers `lang` as this browser's choice. `permanent` asks for 20 years; browsers
/// keep a cookie at most 400 days, like the provider's.
pub fn remember(jar: CookieJar, lang: Lang, secure: bool) -> CookieJar {
    jar.add(
        Cookie::build((LANG_COOKIE, lang.code()))
            .path("/")
            .http_only(true)
            .secure(secure)
            .same_site(SameSite::Lax)
            .permanent()
            .build(),
    )
}

/// The language we speak of an OpenID Connect `locale` claim (a BCP 47 tag, `fr-BE`; some
/// providers write `fr_BE`).
pub fn of_locale(locale: Option<&str>) -> Option<Lang> {
    locale.and_then(ern_i18n::preferred_language)
}

/// A path on this site to go back to, else the start page: only `/…`, never `//host` or
/// `/\host` (which browsers read as another site), and nothing but visible ASCII (a query
/// arrives percent-encoded), so the `Location` is exactly what was checked.
fn local_path(next: &str) -> &str {
    let local = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && next.bytes().all(|b| b.is_ascii_graphic());
    if local { next } else { "/" }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Choice {
    lang: String,
    next: String,
}

/// `GET /language?lang=de&next=/dashboard`: the selector. Back to `next` (on this site
/// only) in the chosen language; an unknown language changes nothing.
pub async fn choose(
    State(state): State<AppState>,
    jar: CookieJar,
    Query(choice): Query<Choice>,
) -> Response {
    let back = Redirect::to(local_path(&choice.next));
    match Lang::from_code(&choice.lang) {
        Some(lang) => (remember(jar, lang, state.config.secure_cookies()), back).into_response(),
        None => back.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_on_this_site_are_ways_back() {
        for good in ["/", "/dashboard", "/o/ERN-RND:DE:DE22/panels?x=%2F%2Fy"] {
            assert_eq!(local_path(good), good);
        }
        for bad in [
            "",
            "dashboard",
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/ /evil.example",
            "https://evil.example/",
            "/é",
        ] {
            assert_eq!(local_path(bad), "/", "{bad:?}");
        }
    }

    #[test]
    fn a_locale_claim_in_a_language_we_speak_is_followed() {
        assert_eq!(of_locale(Some("fr-BE")), Lang::from_code("fr"));
        assert_eq!(of_locale(Some("de_AT")), Lang::from_code("de"));
        assert_eq!(of_locale(Some("mt")), Lang::from_code("mt"));
        assert_eq!(of_locale(Some("ja-JP")), None);
        assert_eq!(of_locale(Some("")), None);
        assert_eq!(of_locale(None), None);
    }
}
