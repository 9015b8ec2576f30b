//! The language of every page: chosen per request (`ern_i18n::negotiate`), held for the
//! request's handler and its error page (`ern_i18n::scope`), changed by the selector on
//! every page (`GET /language`).

use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use ern_i18n::Lang;
use serde::Deserialize;

use super::AppState;

/// The language this browser chose: with the selector, or its account's at sign-in.
pub const LANG_COOKIE: &str = "idp_lang";
/// The `ui_locales` language of the application's request this browser is in the middle
/// of (set at `/authorize`, for this browser session only).
pub const UI_LOCALES_COOKIE: &str = "idp_ui_lang";

fn cookie(name: &'static str, lang: Lang, secure: bool, lasting: bool) -> Cookie<'static> {
    let mut cookie = Cookie::build((name, lang.code()))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax);
    if lasting {
        cookie = cookie.max_age(time::Duration::days(400));
    }
    cookie.build()
}

/// Remembers `lang` as this browser's choice (the selector; an account's language when
/// its owner signs in or changes it).
pub fn remember(jar: CookieJar, lang: Lang, secure: bool) -> CookieJar {
    jar.add(cookie(LANG_COOKIE, lang, secure, true))
}

/// Remembers an account's language (an e-mail language code) as this browser's choice,
/// when we speak it.
pub fn remember_account_language(jar: CookieJar, language: &str, state: &AppState) -> CookieJar {
    match Lang::from_code(language) {
        Some(lang) => remember(jar, lang, state.config.secure_cookies()),
        None => jar,
    }
}

/// Remembers the `ui_locales` of an application's request for this browser session, or
/// forgets the last one when this request has none we speak.
pub fn follow_ui_locales(jar: CookieJar, ui_locales: Option<&str>, secure: bool) -> CookieJar {
    match ui_locales.and_then(ern_i18n::preferred_language) {
        Some(lang) => jar.add(cookie(UI_LOCALES_COOKIE, lang, secure, false)),
        None if jar.get(UI_LOCALES_COOKIE).is_some() => {
            jar.remove(Cookie::build(UI_LOCALES_COOKIE).path("/").build())
        }
        None => jar,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Choice {
    lang: String,
    next: String,
}

/// `GET /language?lang=de&next=/account`: the selector. Back to `next` (on this site
/// only) in the chosen language; an unknown language changes nothing.
pub async fn choose(
    State(state): State<AppState>,
    jar: CookieJar,
    Query(choice): Query<Choice>,
) -> Response {
    let back = Redirect::to(super::safe_next(&choice.next));
    match Lang::from_code(&choice.lang) {
        Some(lang) => (remember(jar, lang, state.config.secure_cookies()), back).into_response(),
        None => back.into_response(),
    }
}
