//! The message catalogues of `idp` and `cpms` and how a request's language is chosen.
//!
//! Every user-visible text lives in `i18n/locales/<code>/*.ftl` (Project Fluent, loaded at
//! compile time by `fluent-templates`, with each language's plural rules). English is the
//! reference: a text missing in a language falls back to English, and the test
//! `catalogues` fails when any language lacks a key, has one English does not, or
//! breaks a placeholder.
//!
//! Pages are rendered inside [`scope`], which holds the request's language (chosen by
//! [`negotiate`]); templates translate with the `t` filters of [`filters`] and Rust code
//! with [`tr!`]. Outside a scope (mails, background work) the language is explicit:
//! [`t`] and [`t_args`].

use std::borrow::Cow;
use std::collections::HashMap;
use std::future::Future;
use std::sync::LazyLock;

pub use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

pub mod filters;
mod negotiate;

pub use negotiate::{context_of, negotiate, parse_accept_language, preferred_language};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // No Unicode isolation marks around placeholders: texts go into HTML, mails and
        // SMS, where the marks would show as stray characters in some readers.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The 24 official languages of the EU: code and name in the language itself, in the
/// order EU Login lists them (by the name in its own language).
pub const LANGUAGES: &[(&str, &str)] = &[
    ("bg", "български"),
    ("cs", "čeština"),
    ("da", "dansk"),
    ("de", "Deutsch"),
    ("et", "eesti keel"),
    ("el", "ελληνικά"),
    ("en", "English"),
    ("es", "español"),
    ("fr", "français"),
    ("ga", "Gaeilge"),
    ("hr", "hrvatski"),
    ("it", "italiano"),
    ("lv", "latviešu valoda"),
    ("lt", "lietuvių kalba"),
    ("hu", "magyar"),
    ("mt", "Malti"),
    ("nl", "Nederlands"),
    ("pl", "polski"),
    ("pt", "português"),
    ("ro", "română"),
    ("sk", "slovenčina"),
    ("sl", "slovenščina"),
    ("fi", "suomi"),
    ("sv", "svenska"),
];

/// One of [`LANGUAGES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(usize);

static IDENTIFIERS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .map(|(code, _)| code.parse().unwrap_or_default())
        .collect()
});

impl Lang {
    pub const EN: Lang = Lang(6);

    /// The language of an ISO 639-1 code we speak (`"fr"`), or `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        LANGUAGES
            .iter()
            .position(|(c, _)| c.eq_ignore_ascii_case(code))
            .map(Lang)
    }

    /// The ISO 639-1 code, as `<html lang>` and `ui_locales` write it.
    pub fn code(self) -> &'static str {
        LANGUAGES[self.0].0
    }

    /// The language's name in itself ("Deutsch").
    pub fn name(self) -> &'static str {
        LANGUAGES[self.0].1
    }

    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LANGUAGES.len()).map(Lang)
    }

    fn identifier(self) -> &'static LanguageIdentifier {
        &IDENTIFIERS[self.0]
    }
}

impl Default for Lang {
    fn default() -> Self {
        Lang::EN
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The text `key` in `lang` (English when the language lacks it; the key itself when
/// English does too, which the catalogue test rules out).
pub fn t(lang: Lang, key: &str) -> String {
    LOCALES
        .try_lookup(lang.identifier(), key)
        .unwrap_or_else(|| key.to_owned())
}

/// The text `key` in `lang` with its placeholders filled from `args`.
pub fn t_args(lang: Lang, key: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
        .iter()
        .map(|(name, value)| (Cow::Borrowed(*name), owned(value)))
        .collect();
    LOCALES
        .try_lookup_with_args(lang.identifier(), key, &args)
        .unwrap_or_else(|| key.to_owned())
}

fn owned(value: &FluentValue<'_>) -> FluentValue<'static> {
    match value {
        FluentValue::String(s) => FluentValue::String(Cow::Owned(s.to_string())),
        FluentValue::Number(n) => FluentValue::Number(n.clone()),
        _ => FluentValue::None,
    }
}

/// What a request's pages need to know besides their own fields: its language and the
/// path it was made to (for the language selector's way back).
#[derive(Debug, Clone, Default)]
pub struct Context {
    pub lang: Lang,
    /// The request's path and query, when it is a page a GET can show again.
    pub here: String,
}

tokio::task_local! {
    static CURRENT: Context;
}

/// Runs `future` (a request's handler) with `context` as its language and place.
pub async fn scope<F: Future>(context: Context, future: F) -> F::Output {
    CURRENT.scope(context, future).await
}

/// The language of the request being handled (English outside [`scope`]).
pub fn current() -> Lang {
    CURRENT.try_with(|c| c.lang).unwrap_or_default()
}

/// The path and query of the request being handled ("/" outside [`scope`]).
pub fn here() -> String {
    CURRENT
        .try_with(|c| c.here.clone())
        .ok()
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "/".to_owned())
}

/// A text in the language of the request being handled:
/// `tr!("wait-seconds", count = 3)`.
#[macro_export]
macro_rules! tr {
    ($key:expr) => {
        $crate::t($crate::current(), $key)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::t_args(
            $crate::current(),
            $key,
            &[$((stringify!($name), $crate::FluentValue::from($value))),+],
        )
    };
}

/// Every language the catalogues ship (the directories of `locales/`), for tests.
pub fn shipped() -> Vec<String> {
    LOCALES.locales().map(|l| l.to_string()).collect()
}
