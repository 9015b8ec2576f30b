//! Mail texts per language, from `templates/i18n/<code>.toml` (embedded in the binary).
//! A missing language or text falls back to English.

use std::collections::HashMap;

use figment::Figment;
use figment::providers::{Format, Toml};
use rust_embed::RustEmbed;
use serde::Deserialize;

#[derive(RustEmbed)]
#[folder = "../templates/i18n"]
struct Catalogues;

/// The 24 official languages of the EU, offered as "E-mail language".
pub const LANGUAGES: &[(&str, &str)] = &[
    ("bg", "български (bg)"),
    ("cs", "čeština (cs)"),
    ("da", "dansk (da)"),
    ("de", "Deutsch (de)"),
    ("et", "eesti keel (et)"),
    ("el", "ελληνικά (el)"),
    ("en", "English (en)"),
    ("es", "español (es)"),
    ("fr", "français (fr)"),
    ("ga", "Gaeilge (ga)"),
    ("hr", "hrvatski (hr)"),
    ("it", "italiano (it)"),
    ("lv", "latviešu valoda (lv)"),
    ("lt", "lietuvių kalba (lt)"),
    ("hu", "magyar (hu)"),
    ("mt", "Malti (mt)"),
    ("nl", "Nederlands (nl)"),
    ("pl", "polski (pl)"),
    ("pt", "português (pt)"),
    ("ro", "română (ro)"),
    ("sk", "slovenčina (sk)"),
    ("sl", "slovenščina (sl)"),
    ("fi", "suomi (fi)"),
    ("sv", "svenska (sv)"),
];

pub fn is_language(code: &str) -> bool {
    LANGUAGES.iter().any(|(c, _)| *c == code)
}

/// The first language of an OpenID Connect `ui_locales` (BCP 47 tags, in order of
/// preference, e.g. `fr-BE en`) that we have: its primary subtag, or `None`.
pub fn preferred_language(ui_locales: &str) -> Option<&'static str> {
    ui_locales.split_whitespace().find_map(|tag| {
        let primary = tag.split('-').next()?.to_ascii_lowercase();
        LANGUAGES
            .iter()
            .find(|(code, _)| *code == primary)
            .map(|(code, _)| *code)
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MailKind {
    ConfirmRegistration,
    AlreadyRegistered,
    ResetPassword,
    PasswordChanged,
    AccountLocked,
    SecurityChange,
    AccessWaiting,
    AccessAccepted,
    AccessRejected,
    AccessRevoked,
    FactorsHeld,
    AccountSecured,
}

impl MailKind {
    const ALL: [MailKind; 12] = [
        Self::ConfirmRegistration,
        Self::AlreadyRegistered,
        Self::ResetPassword,
        Self::PasswordChanged,
        Self::AccountLocked,
        Self::SecurityChange,
        Self::AccessWaiting,
        Self::AccessAccepted,
        Self::AccessRejected,
        Self::AccessRevoked,
        Self::FactorsHeld,
        Self::AccountSecured,
    ];

    fn key(self) -> &'static str {
        match self {
            Self::ConfirmRegistration => "confirm_registration",
            Self::AlreadyRegistered => "already_registered",
            Self::ResetPassword => "reset_password",
            Self::PasswordChanged => "password_changed",
            Self::AccountLocked => "account_locked",
            Self::SecurityChange => "security_change",
            Self::AccessWaiting => "access_waiting",
            Self::AccessAccepted => "access_accepted",
            Self::AccessRejected => "access_rejected",
            Self::AccessRevoked => "access_revoked",
            Self::FactorsHeld => "factors_held",
            Self::AccountSecured => "account_secured",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
struct Text {
    subject: String,
    body: String,
}

pub struct MailCatalogue {
    languages: HashMap<String, HashMap<String, Text>>,
}

#[derive(Debug, thiserror::Error)]
#[error("mail catalogue {file}: {reason}")]
pub struct CatalogueError {
    file: String,
    reason: String,
}

impl MailCatalogue {
    /// Loads every embedded catalogue; English must hold every text.
    pub fn load() -> Result<Self, CatalogueError> {
        let mut languages = HashMap::new();
        for file in Catalogues::iter() {
            let Some(code) = file.strip_suffix(".toml") else {
                continue;
            };
            let error = |reason: String| CatalogueError {
                file: file.to_string(),
                reason,
            };
            let bytes = Catalogues::get(&file).ok_or_else(|| error("unreadable".into()))?;
            let text = std::str::from_utf8(&bytes.data).map_err(|e| error(e.to_string()))?;
            let texts: HashMap<String, Text> = Figment::from(Toml::string(text))
                .extract()
                .map_err(|e| error(e.to_string()))?;
            languages.insert(code.to_owned(), texts);
        }
        let english = languages.get("en").ok_or_else(|| CatalogueError {
            file: "en.toml".into(),
            reason: "missing".into(),
        })?;
        for kind in MailKind::ALL {
            if !english.contains_key(kind.key()) {
                return Err(CatalogueError {
                    file: "en.toml".into(),
                    reason: format!("no [{}]", kind.key()),
                });
            }
        }
        Ok(Self { languages })
    }

    /// Subject and body in `language` (English when not translated), placeholders filled.
    pub fn render(
        &self,
        kind: MailKind,
        language: &str,
        values: &[(&str, &str)],
    ) -> (String, String) {
        let text = self
            .languages
            .get(language)
            .and_then(|l| l.get(kind.key()))
            .or_else(|| self.languages.get("en").and_then(|l| l.get(kind.key())));
        let Some(text) = text else {
            return (String::new(), String::new());
        };
        let fill = |template: &str| {
            values.iter().fold(template.to_owned(), |acc, (k, v)| {
                acc.replace(&format!("{{{k}}}"), v)
            })
        };
        (fill(&text.subject), fill(text.body.trim_start()))
    }
}
