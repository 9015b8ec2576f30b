//! Mail and SMS texts, from the Fluent catalogues (`i18n/locales/<code>/mail.ftl`), in the
//! language of the account they go to (its "E-mail language"), never the request's: a
//! mail caused by an approver's click reaches the requester in the requester's language.

use std::sync::LazyLock;

use ern_i18n::{FluentValue, LANGUAGES, Lang};

/// Whether `code` is one of the 24 languages, exactly as an account stores it ("fr").
pub fn is_language(code: &str) -> bool {
    LANGUAGES.iter().any(|(c, _)| *c == code)
}

/// The language of an account's stored code (English for an unknown one).
pub fn account_language(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or_default()
}

static CHOICE_NAMES: LazyLock<Vec<String>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .map(|(code, name)| format!("{name} ({code})"))
        .collect()
});

static CHOICES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .zip(CHOICE_NAMES.iter())
        .map(|((code, _), name)| (*code, name.as_str()))
        .collect()
});

/// The "E-mail language" choices: code and "Deutsch (de)" (the name in itself, then the
/// code, as EU Login lists them).
pub fn language_choices() -> &'static [(&'static str, &'static str)] {
    &CHOICES
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MailKind {
    ConfirmRegistration,
    AlreadyRegistered,
    ResetPassword,
    PasswordChanged,
    /// The count goes to the plural rules of the account's language.
    AccountLocked {
        minutes: u64,
    },
    SecurityChange,
    FactorsHeld,
    /// A factor added by a sign-in with a recovery code: the hold, and the link.
    FactorAddedWithCode,
    AccountSecured,
    ConfirmEmailChange,
    EmailChanged,
    AccountDeleted,
    AccessWaiting,
    AccessAccepted,
    AccessRejected,
    AccessRevoked,
}

impl MailKind {
    /// The catalogue keys of its subject and body.
    fn keys(self) -> (&'static str, &'static str) {
        match self {
            Self::ConfirmRegistration => (
                "mail-confirm-registration-subject",
                "mail-confirm-registration-body",
            ),
            Self::AlreadyRegistered => (
                "mail-already-registered-subject",
                "mail-already-registered-body",
            ),
            Self::ResetPassword => ("mail-reset-password-subject", "mail-reset-password-body"),
            Self::PasswordChanged => (
                "mail-password-changed-subject",
                "mail-password-changed-body",
            ),
            Self::AccountLocked { .. } => {
                ("mail-account-locked-subject", "mail-account-locked-body")
            }
            Self::SecurityChange => ("mail-security-change-subject", "mail-security-change-body"),
            Self::FactorsHeld => ("mail-factors-held-subject", "mail-factors-held-body"),
            Self::FactorAddedWithCode => (
                "mail-factor-added-with-code-subject",
                "mail-factor-added-with-code-body",
            ),
            Self::AccountSecured => ("mail-account-secured-subject", "mail-account-secured-body"),
            Self::ConfirmEmailChange => (
                "mail-confirm-email-change-subject",
                "mail-confirm-email-change-body",
            ),
            Self::EmailChanged => ("mail-email-changed-subject", "mail-email-changed-body"),
            Self::AccountDeleted => ("mail-account-deleted-subject", "mail-account-deleted-body"),
            Self::AccessWaiting => ("mail-access-waiting-subject", "mail-access-waiting-body"),
            Self::AccessAccepted => ("mail-access-accepted-subject", "mail-access-accepted-body"),
            Self::AccessRejected => ("mail-access-rejected-subject", "mail-access-rejected-body"),
            Self::AccessRevoked => ("mail-access-revoked-subject", "mail-access-revoked-body"),
        }
    }
}

/// Subject and body of `kind` in `lang`, placeholders filled from `values` (texts) and
/// the kind's own counts. A non-empty `reason` (an approver's comment) becomes its own
/// quoted paragraph. The body ends with a line break, as a text mail does.
pub fn render(kind: MailKind, lang: Lang, values: &[(&'static str, &str)]) -> (String, String) {
    let texts: Vec<(&'static str, String)> = values
        .iter()
        .map(|&(name, value)| match name {
            "reason" if !value.is_empty() => {
                let quoted = ern_i18n::t_args(
                    lang,
                    "mail-access-reason",
                    &[("reason", FluentValue::from(value))],
                );
                (name, format!("\n\n{quoted}"))
            }
            _ => (name, value.to_owned()),
        })
        .collect();
    let mut args: Vec<(&'static str, FluentValue<'_>)> = texts
        .iter()
        .map(|(name, value)| (*name, FluentValue::from(value.as_str())))
        .collect();
    if let MailKind::AccountLocked { minutes } = kind {
        args.push(("minutes", FluentValue::from(minutes)));
    }
    let (subject, body) = kind.keys();
    (
        ern_i18n::t_args(lang, subject, &args),
        format!("{}\n", ern_i18n::t_args(lang, body, &args)),
    )
}

/// The SMS text challenge: `code`, valid `minutes`, from `site`.
pub fn sms_challenge(lang: Lang, site: &str, code: &str, minutes: u64) -> String {
    ern_i18n::t_args(
        lang,
        "sms-challenge",
        &[
            ("site", FluentValue::from(site)),
            ("code", FluentValue::from(code)),
            ("minutes", FluentValue::from(minutes)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [MailKind; 16] = [
        MailKind::ConfirmRegistration,
        MailKind::AlreadyRegistered,
        MailKind::ResetPassword,
        MailKind::PasswordChanged,
        MailKind::AccountLocked { minutes: 15 },
        MailKind::SecurityChange,
        MailKind::FactorsHeld,
        MailKind::FactorAddedWithCode,
        MailKind::AccountSecured,
        MailKind::ConfirmEmailChange,
        MailKind::EmailChanged,
        MailKind::AccountDeleted,
        MailKind::AccessWaiting,
        MailKind::AccessAccepted,
        MailKind::AccessRejected,
        MailKind::AccessRevoked,
    ];

    /// Every placeholder a mail may use, as the provider fills them.
    const VALUES: &[(&str, &str)] = &[
        ("site", "EU Login"),
        ("first_name", "Anna-Lena"),
        ("last_name", "Müller"),
        ("reset_link", "https://idp.example/password/lost"),
        ("link", "https://idp.example/register/confirm?token=abc"),
        ("login_link", "https://idp.example/login"),
        ("when", "2026-03-01 14:05 UTC"),
        ("until", "2026-03-01 14:20 UTC"),
        ("ip", "192.0.2.7"),
        ("what", "token added"),
        ("new_email", "new@example.eu"),
        ("old_email", "old@example.eu"),
        ("requester", "Jan Jansen <jan@umcg.nl>"),
        ("profiles", "HP"),
        (
            "organisation",
            "ERN-RND · Germany · DE22 - Universitätsklinikum Tübingen",
        ),
        ("application", "CPMS"),
        ("reason", ""),
        ("approvals_link", "https://idp.example/access/approvals"),
        ("requests_link", "https://idp.example/access"),
    ];

    fn lang(code: &str) -> Lang {
        Lang::from_code(code).unwrap_or_default()
    }

    #[test]
    fn every_mail_renders_whole_in_english_and_french() {
        for code in ["en", "fr"] {
            for kind in ALL {
                let (subject, body) = render(kind, lang(code), VALUES);
                // A missing placeholder makes the lookup fail, which shows the key instead.
                assert!(
                    subject.starts_with("EU Login"),
                    "{code} {kind:?}: {subject}"
                );
                assert!(
                    !body.contains("mail-") && !body.contains('{'),
                    "{code} {kind:?}: {body}"
                );
                assert!(body.ends_with('\n') && !body.ends_with("\n\n"), "{kind:?}");
            }
        }
    }

    #[test]
    fn bodies_keep_their_paragraphs_and_links_on_their_own_lines() {
        let (subject, body) = render(MailKind::ConfirmRegistration, Lang::EN, VALUES);
        assert_eq!(subject, "EU Login: confirm your e-mail address");
        assert_eq!(
            body,
            "Dear Anna-Lena Müller,\n\nSomeone, probably you, asked to create an account on EU \
             Login with this e-mail address.\n\nTo confirm the address and choose your password, \
             open this link within 24 hours:\n\nhttps://idp.example/register/confirm?token=abc\n\n\
             The link works once. If you did not ask for an account, ignore this mail: no account \
             is created without it.\n"
        );
        let (_, french) = render(MailKind::ConfirmRegistration, lang("fr"), VALUES);
        assert!(
            french.starts_with("Madame, Monsieur Anna-Lena Müller,\n\n"),
            "{french}"
        );
        assert!(french.contains(":\n\nhttps://idp.example/register/confirm?token=abc\n\n"));
    }

    #[test]
    fn a_reason_is_its_own_quoted_paragraph_and_none_leaves_no_trace() {
        let mut values = VALUES.to_vec();
        let (_, without) = render(MailKind::AccessRejected, Lang::EN, &values);
        assert!(
            without.contains("has been rejected.\n\nYour requests: "),
            "{without}"
        );
        values.retain(|(name, _)| *name != "reason");
        values.push(("reason", "Please ask your coordinator first."));
        let (_, with) = render(MailKind::AccessRejected, Lang::EN, &values);
        assert!(
            with.contains(
                "Your access request for HP at ERN-RND · Germany · DE22 - Universitätsklinikum \
                 Tübingen (CPMS) has been rejected.\n\n“Please ask your coordinator first.”\n\n\
                 Your requests: "
            ),
            "{with}"
        );
        let (_, french) = render(MailKind::AccessRejected, lang("fr"), &values);
        assert!(
            french.contains("« Please ask your coordinator first. »"),
            "{french}"
        );
    }

    #[test]
    fn counts_follow_the_plural_rules() {
        let subject =
            |code: &str, minutes| render(MailKind::AccountLocked { minutes }, lang(code), VALUES).0;
        assert_eq!(
            subject("en", 15),
            "EU Login: your account is locked for 15 minutes"
        );
        assert_eq!(
            subject("en", 1),
            "EU Login: your account is locked for 1 minute"
        );
        assert!(subject("fr", 1).ends_with("bloqué pour 1 minute"));
        assert!(subject("fr", 30).ends_with("bloqué pour 30 minutes"));
        assert_eq!(
            sms_challenge(Lang::EN, "EU Login", "123 456 789", 5),
            "EU Login: your SMS text challenge is 123 456 789. It is valid for 5 minutes."
        );
        assert!(sms_challenge(Lang::EN, "EU Login", "1", 1).ends_with("valid for 1 minute."));
        assert!(sms_challenge(lang("fr"), "EU Login", "1", 5).contains("valable 5 minutes"));
    }

    #[test]
    fn the_e_mail_languages_are_the_24_with_their_codes() {
        let choices = language_choices();
        assert_eq!(choices.len(), 24);
        assert!(choices.contains(&("de", "Deutsch (de)")));
        assert!(choices.contains(&("ga", "Gaeilge (ga)")));
        assert!(is_language("fr") && !is_language("FR") && !is_language("xx"));
        assert_eq!(account_language("xx"), Lang::EN);
        assert_eq!(account_language("sv").code(), "sv");
    }
}
