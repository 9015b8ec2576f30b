//! The message catalogues of `idp` and `cpms` and how a request's language is chosen.
//!
//! Every user-visible text lives in `i18n/locales/<code>/*.ftl` (Project Fluent, embedded in
//! the binary, each language parsed into a `fluent-bundle` at its first use, with its
//! plural rules). English is the
//! reference: a text missing in a language falls back to English, and the test
//! `catalogues` fails when any language lacks a key, has one English does not, or
//! breaks a placeholder.
//!
//! Pages are rendered inside [`scope`], which holds the request's language (chosen by
//! [`negotiate`]); templates translate with the `t` filters of [`filters`] and Rust code
//! with [`tr!`]. Outside a scope (mails, background work) the language is explicit:
//! [`t`] and [`t_args`].

use std::future::Future;
use std::sync::{LazyLock, OnceLock};

pub use fluent_bundle::FluentValue;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

pub mod filters;
mod negotiate;

pub use negotiate::{context_of, negotiate, parse_accept_language, preferred_language};

/// Every `.ftl` file, embedded in the binary (read from the source tree in debug builds).
#[derive(rust_embed::RustEmbed)]
#[folder = "locales"]
struct Locales;

/// One bundle per language, parsed at its first use: a provider whose pages are read in
/// three languages holds three (each about 1 MiB), not 24.
static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 24] = [const { OnceLock::new() }; 24];

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    BUNDLES[lang.0].get_or_init(|| {
        let mut bundle = FluentBundle::new_concurrent(vec![lang.identifier().clone()]);
        // No Unicode isolation marks around placeholders: texts go into HTML, mails and
        // SMS, where the marks would show as stray characters in some readers.
        bundle.set_use_isolating(false);
        let prefix = format!("{}/", lang.code());
        for file in Locales::iter().filter(|f| f.starts_with(&prefix)) {
            let Some(source) = Locales::get(&file) else {
                continue;
            };
            let text = String::from_utf8_lossy(&source.data).into_owned();
            // A file that does not parse keeps the messages it could read (the catalogue
            // test fails on any parse error, so this only guards a broken build).
            let resource = FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial);
            // A message defined twice keeps its first definition (the test rules it out).
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// The text `key` (or `key.attribute`) of `bundle` with `args`, if it has it.
fn lookup(
    bundle: &FluentBundle<FluentResource>,
    key: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let (id, attribute) = match key.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (key, None),
    };
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
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

const _: () = assert!(LANGUAGES.len() == 24, "one bundle slot per language");

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
    lookup(bundle(lang), key, None)
        .or_else(|| lookup(bundle(Lang::EN), key, None))
        .unwrap_or_else(|| key.to_owned())
}

/// The text `key` in `lang` with its placeholders filled from `args`.
pub fn t_args(lang: Lang, key: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    let args: FluentArgs = args
        .iter()
        .map(|(name, value)| (*name, value.clone()))
        .collect();
    lookup(bundle(lang), key, Some(&args))
        .or_else(|| lookup(bundle(Lang::EN), key, Some(&args)))
        .unwrap_or_else(|| key.to_owned())
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
    let mut codes: Vec<String> = Locales::iter()
        .filter_map(|f| f.split_once('/').map(|(code, _)| code.to_owned()))
        .collect();
    codes.sort();
    codes.dedup();
    codes
}
