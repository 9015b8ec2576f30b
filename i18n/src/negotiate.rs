//! Which language a request is answered in.
//!
//! In order: the language this browser chose (the selector on every page, or the
//! account's language, written to the same cookie at sign-in and when the account's
//! language changes), then the `ui_locales` of the application's request this browser is
//! in the middle of, then the browser's `Accept-Language`, then English.

use crate::{Context, Lang};

/// A request's language and place (for [`crate::scope`]): the first of `cookies` (in
/// order of precedence) holding a language we speak, else `Accept-Language`, else English;
/// "here" is the path and query of a GET (a page a GET shows again), for other methods
/// those of the page that sent the form (`Referer`), else "/".
pub fn context_of(
    method: &http::Method,
    uri: &http::Uri,
    headers: &http::HeaderMap,
    cookies: &[&str],
) -> Context {
    let chosen = cookies.iter().find_map(|name| {
        headers
            .get_all(http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .filter(|(n, _)| n == name)
            .find_map(|(_, value)| Lang::from_code(value))
    });
    let accept = headers
        .get(http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let lang = chosen.unwrap_or_else(|| negotiate(None, None, accept));
    let here = if method == http::Method::GET {
        uri.path_and_query().map_or("/", |p| p.as_str()).to_owned()
    } else {
        // A POST's page has no address a GET shows again: back to the page whose form was
        // sent (its path and query only; `/language` checks it is a path on this site).
        headers
            .get(http::header::REFERER)
            .and_then(|v| v.to_str().ok())
            .and_then(|r| r.parse::<http::Uri>().ok())
            .and_then(|r| r.path_and_query().map(|p| p.as_str().to_owned()))
            .filter(|p| p.starts_with('/'))
            .unwrap_or_else(|| "/".to_owned())
    };
    Context { lang, here }
}

/// The language for a request: `chosen` (the `lang` cookie), `ui_locales` (the pending
/// request's, as a BCP 47 list), `accept_language` (the header).
pub fn negotiate(
    chosen: Option<&str>,
    ui_locales: Option<&str>,
    accept_language: Option<&str>,
) -> Lang {
    chosen
        .and_then(Lang::from_code)
        .or_else(|| ui_locales.and_then(preferred_language))
        .or_else(|| accept_language.and_then(parse_accept_language))
        .unwrap_or_default()
}

/// The first language of an OpenID Connect `ui_locales` (BCP 47 tags in order of
/// preference, e.g. `fr-BE en`) that we speak.
pub fn preferred_language(ui_locales: &str) -> Option<Lang> {
    ui_locales.split_whitespace().find_map(primary)
}

/// The language we speak that an `Accept-Language` header prefers most
/// (`de-AT,de;q=0.9,en;q=0.5`): highest quality first, then the header's order; `q=0`
/// means "not this one"; `*` and malformed entries are skipped.
pub fn parse_accept_language(header: &str) -> Option<Lang> {
    let mut ranked: Vec<(u16, usize, Lang)> = header
        .split(',')
        .enumerate()
        .filter_map(|(position, entry)| {
            let mut parts = entry.split(';');
            let lang = primary(parts.next()?.trim())?;
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), quality)?;
            (quality > 0).then_some((quality, position, lang))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.first().map(|(_, _, lang)| *lang)
}

/// A quality value ("0.8") in thousandths, or `None` when malformed.
fn quality(q: &str) -> Option<u16> {
    let value: f32 = q.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&value)
        .then_some((value * 1000.0).round() as u16)
}

/// The language of a BCP 47 tag's primary subtag ("fr" of "fr-BE").
fn primary(tag: &str) -> Option<Lang> {
    let subtag = tag.split(['-', '_']).next()?;
    (subtag.len() == 2).then(|| Lang::from_code(subtag))?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_s_cookies_in_order_then_its_accept_language() {
        let mut headers = http::HeaderMap::new();
        headers.insert(
            http::header::ACCEPT_LANGUAGE,
            "de".parse().unwrap_or_else(|_| unreachable!()),
        );
        let get = http::Method::GET;
        let uri: http::Uri = "/login?next=%2Faccount"
            .parse()
            .unwrap_or_else(|_| unreachable!());
        let context = context_of(&get, &uri, &headers, &["a", "b"]);
        assert_eq!(
            (context.lang.code(), context.here.as_str()),
            ("de", "/login?next=%2Faccount")
        );
        headers.insert(
            http::header::COOKIE,
            "x=1; b=sv; a=zz".parse().unwrap_or_else(|_| unreachable!()),
        );
        assert_eq!(
            context_of(&get, &uri, &headers, &["a", "b"]).lang.code(),
            "sv"
        );
        headers.append(
            http::header::COOKIE,
            "a=fi".parse().unwrap_or_else(|_| unreachable!()),
        );
        assert_eq!(
            context_of(&get, &uri, &headers, &["a", "b"]).lang.code(),
            "fi"
        );
        let post = context_of(&http::Method::POST, &uri, &headers, &[]);
        assert_eq!((post.lang.code(), post.here.as_str()), ("de", "/"));
        let form = "https://idp.example/login?next=%2Fauthorize%2Fresume%3Fid%3Dx";
        headers.insert(
            http::header::REFERER,
            form.parse().unwrap_or_else(|_| unreachable!()),
        );
        let post = context_of(&http::Method::POST, &uri, &headers, &[]);
        assert_eq!(post.here, "/login?next=%2Fauthorize%2Fresume%3Fid%3Dx");
    }

    fn code(lang: Option<Lang>) -> Option<&'static str> {
        lang.map(Lang::code)
    }

    #[test]
    fn accept_language_by_quality_then_order() {
        assert_eq!(
            code(parse_accept_language("de-AT,de;q=0.9,en;q=0.5")),
            Some("de")
        );
        assert_eq!(
            code(parse_accept_language("en;q=0.5, fr;q=0.8")),
            Some("fr")
        );
        assert_eq!(code(parse_accept_language("ja, pt-BR;q=0.3")), Some("pt"));
        assert_eq!(code(parse_accept_language("fr;q=0, nl")), Some("nl"));
        assert_eq!(code(parse_accept_language("fr;q=0")), None);
        assert_eq!(code(parse_accept_language("*, zz, ;q=, de;q=2")), None);
        assert_eq!(code(parse_accept_language("")), None);
    }

    #[test]
    fn the_choice_comes_first_then_ui_locales_then_the_browser() {
        assert_eq!(negotiate(Some("sv"), Some("fr"), Some("de")).code(), "sv");
        assert_eq!(
            negotiate(Some("xx"), Some("ja fr-BE"), Some("de")).code(),
            "fr"
        );
        assert_eq!(negotiate(None, Some("ja"), Some("de-DE")).code(), "de");
        assert_eq!(negotiate(None, None, None).code(), "en");
    }
}
