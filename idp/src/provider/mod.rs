//! The provider's application layer: every account flow as a plain async function over the
//! store, the clock, the password hasher and the mailer. The web layer only translates HTTP
//! to these calls and their outcomes to pages; tests call them directly too.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::accounts::password::{PasswordHasher, check_policy};
use crate::accounts::{self, Account, clean_name, normalize_email};
use crate::antirobot::{self, RobotCheckFailed};
use crate::clock::{Clock, format_utc};
use crate::config::Config;
use crate::error::Error;
use crate::keys::KeyRing;
use crate::links::{self, Purpose};
use crate::notify::{MailKind, Mailer, i18n::is_language};
use crate::secrets::token_hash;
use crate::store::Store;
use crate::throttle;

mod session;
mod sign_in;

pub use sign_in::{PasswordProved, Proof, SignInAttempt, SignInOutcome};

const REGISTRATION_LINK_LIFETIME: Duration = Duration::from_secs(24 * 3600);
/// How long after a mailed link did its work a retry of it is still told it is done:
/// long enough for a lost answer, short enough that an old link reveals nothing.
pub(crate) const LINK_RETRY_SECONDS: i64 = 10 * 60;

/// Messages per form field, shown next to the field.
pub type FieldErrors = BTreeMap<&'static str, String>;

#[derive(Debug, Default, Clone, Deserialize)]
pub struct Registration {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub confirm_email: String,
    pub language: String,
    /// Present when the privacy-statement box is checked.
    pub privacy: Option<String>,
    pub robot_challenge: String,
    pub robot_nonce: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PendingRegistration {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub language: String,
}

#[derive(Debug)]
pub enum RegisterOutcome {
    /// A mail is on its way (a link, or "you already have an account"): the same page either way.
    MailSent,
    Invalid(FieldErrors),
    TooManyMails,
}

#[derive(Debug)]
pub enum SetPasswordOutcome {
    Done(Box<Account>),
    Invalid(FieldErrors),
    /// Unknown, expired or already used link.
    LinkInvalid,
    /// The address got an account in the meantime (a second link for it was used first).
    AlreadyRegistered,
}

#[derive(Debug)]
pub enum LostPasswordOutcome {
    /// Same outcome whether or not the address has an account.
    MailSentIfKnown,
    Invalid(FieldErrors),
    TooManyMails,
}

pub enum ChangePasswordOutcome {
    Done,
    Invalid(FieldErrors),
}

pub struct Provider {
    pub config: Config,
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub keys: KeyRing,
    pub(crate) hasher: PasswordHasher,
    mailer: Mailer,
    /// Applications, networks, institutions and profiles that access can be requested for.
    pub organisations: ern_catalogue::Catalogue,
    /// Shared by every replica (kept in the store, sealed): signs anti-robot challenges.
    secret: Vec<u8>,
    /// Sends back-channel logout tokens to relying parties.
    pub(crate) http: reqwest::Client,
    pub(crate) sms: crate::notify::sms::SmsSender,
    /// Keys fetched from clients' `jwks_uri`.
    pub(crate) client_jwks: crate::oidc::client_keys::JwksCache,
    /// The discovery document as served, with its entity tag (it changes with the binary
    /// and the configuration only).
    pub(crate) discovery: std::sync::OnceLock<std::sync::Arc<(Vec<u8>, String)>>,
    /// Refresh-token families born and sessions opened in this process: every
    /// [`crate::store::due::EVERY`]th looks at its account's due ones.
    pub(crate) families_born: crate::store::due::Upkeep,
    pub(crate) sessions_opened: crate::store::due::Upkeep,
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("{0}")]
    Store(#[from] crate::store::StoreError),
    #[error("{0}")]
    Mail(#[from] crate::notify::MailError),
    #[error("{0}")]
    Hasher(#[from] crate::accounts::password::HashError),
    #[error("{0}")]
    Keys(#[from] crate::keys::KeyError),
    #[error("organisation catalogue: {0}")]
    Organisations(#[from] ern_catalogue::CatalogueError),
    #[error("HTTP client: {0}")]
    Http(String),
    #[error("SMS transport: {0}")]
    Sms(String),
}

impl Provider {
    pub async fn start(
        config: Config,
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, StartError> {
        let mailer = match &config.smtp_url {
            Some(url) => Mailer::smtp(url.expose(), &config.mail_from)?,
            None => Mailer::outbox(
                config.outbox_dir().join("mail"),
                &config.mail_from,
                config.outbox_echo,
            )?,
        };
        let organisations = ern_catalogue::Catalogue::load_or_builtin(config.catalogue.as_deref())?;
        // A retired key stays published as long as a token it signed can live.
        let token_lifetime =
            i64::try_from(config.access_token_minutes.saturating_mul(60)).unwrap_or(i64::MAX);
        let keys = KeyRing::open(
            Arc::clone(&store),
            &config.keys_dir,
            token_lifetime.saturating_add(300),
        )?;
        keys.ensure_all(clock.now()).await?;
        let secret = antirobot::signing_key(store.as_ref(), &keys).await?;
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| StartError::Http(e.to_string()))?;
        let sms = match &config.sms_gateway_url {
            Some(url) => crate::notify::sms::SmsSender::gateway(crate::notify::sms::Gateway {
                url: url.clone(),
                token: config.sms_gateway_token.clone(),
                body_template: config.sms_gateway_body.clone(),
                timeout: Duration::from_millis(config.sms_gateway_timeout_ms.max(1)),
            }),
            None => crate::notify::sms::SmsSender::outbox(config.outbox_dir()),
        }
        .map_err(|e| StartError::Sms(e.to_string()))?;
        Ok(Self {
            keys,
            http,
            sms,
            client_jwks: Default::default(),
            discovery: std::sync::OnceLock::new(),
            families_born: Default::default(),
            sessions_opened: Default::default(),
            hasher: PasswordHasher::new(config.password_hash_threads, config.password_hash_queue)?,
            organisations,
            mailer,
            secret,
            config,
            store,
            clock,
        })
    }

    /// The secret every replica shares (kept sealed in the store), for MACs.
    pub(crate) fn secret(&self) -> &[u8] {
        &self.secret
    }

    pub fn now(&self) -> i64 {
        self.clock.now()
    }

    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{path}", self.config.issuer)
    }

    /// `Ok` when this replica can serve: the store answers, and its clock agrees with the
    /// store's (see `readiness`); otherwise why not, for `/readyz` and the log.
    pub async fn is_ready(&self) -> Result<(), String> {
        crate::readiness::check(self).await
    }

    /// A challenge for the "Create an account" page, as hard as `ip` has earned.
    pub async fn robot_challenge(&self, ip: &str) -> Result<String, Error> {
        Ok(antirobot::issue_for(
            self.store.as_ref(),
            &self.config,
            &self.secret,
            self.now(),
            ip,
        )
        .await?)
    }

    /// Sends in the background so that response times do not reveal whether a mail went out.
    /// `language`: the code of the account's "E-mail language", which the mail is written in.
    fn send_mail(&self, to: &str, language: &str, kind: MailKind, values: &[(&'static str, &str)]) {
        let mut values = values.to_vec();
        values.push(("site", &self.config.site_name));
        let lang = crate::notify::i18n::account_language(language);
        let (subject, body) = crate::notify::i18n::render(kind, lang, &values);
        let mailer = self.mailer.clone();
        let to = to.to_owned();
        tokio::spawn(async move {
            if let Err(e) = mailer.send(&to, &subject, &body).await {
                tracing::error!(error = %e, ?kind, "mail not sent");
            }
        });
    }

    /// Records a security-relevant change in the account's history and mails the owner.
    pub(crate) async fn security_event(
        &self,
        account: &Account,
        what: impl Into<crate::audit::Line>,
        ip: &str,
    ) -> Result<(), Error> {
        let what = what.into();
        self.security_event_mailing(account, what.clone(), what, ip)
            .await
    }

    /// [`Self::security_event`] with a mail that says more than the history keeps (a link
    /// only the mailbox may see).
    pub(crate) async fn security_event_mailing(
        &self,
        account: &Account,
        recorded: crate::audit::Line,
        mailed: crate::audit::Line,
        ip: &str,
    ) -> Result<(), Error> {
        crate::audit::record(self.store.as_ref(), &account.id, self.now(), &recorded, ip).await?;
        self.mail_security_change(account, &mailed, ip);
        Ok(())
    }

    /// The mail of a security event whose line of history is written.
    pub(crate) fn mail_security_change(
        &self,
        account: &Account,
        what: &crate::audit::Line,
        ip: &str,
    ) {
        let when = format_utc(self.now());
        // In the mail's language, the account's.
        let lang = ern_i18n::Lang::from_code(&account.language).unwrap_or_default();
        self.mail_account(
            account,
            MailKind::SecurityChange,
            &[("when", &when), ("ip", ip), ("what", &what.text(lang))],
        );
    }

    pub(crate) fn mail_account(
        &self,
        account: &Account,
        kind: MailKind,
        extra: &[(&'static str, &str)],
    ) {
        self.mail_account_at(account, &account.email, kind, extra);
    }

    /// A mail to the account's holder at `to` (an address not yet theirs, when it is to
    /// be confirmed), in their language, with their name and the reset link.
    pub(crate) fn mail_account_at(
        &self,
        account: &Account,
        to: &str,
        kind: MailKind,
        extra: &[(&'static str, &str)],
    ) {
        let reset_link = self.url("/password/lost");
        let mut values = vec![
            ("first_name", account.first_name.as_str()),
            ("last_name", account.last_name.as_str()),
            ("reset_link", reset_link.as_str()),
        ];
        values.extend_from_slice(extra);
        self.send_mail(to, &account.language, kind, &values);
    }

    pub async fn register(&self, form: &Registration, ip: &str) -> Result<RegisterOutcome, Error> {
        let mut errors = FieldErrors::new();
        let first_name = clean_name(&form.first_name);
        let last_name = clean_name(&form.last_name);
        if first_name.is_none() {
            errors.insert("first_name", ern_i18n::tr!("register-first-name-invalid"));
        }
        if last_name.is_none() {
            errors.insert("last_name", ern_i18n::tr!("register-last-name-invalid"));
        }
        let email = normalize_email(&form.email);
        match &email {
            None => {
                errors.insert("email", ern_i18n::tr!("register-email-invalid"));
            }
            Some(email) if normalize_email(&form.confirm_email).as_ref() != Some(email) => {
                errors.insert("confirm_email", ern_i18n::tr!("register-emails-differ"));
            }
            Some(_) => {}
        }
        if !is_language(&form.language) {
            errors.insert("language", ern_i18n::tr!("register-language-invalid"));
        }
        if form.privacy.is_none() {
            errors.insert("privacy", ern_i18n::tr!("register-privacy-required"));
        }
        if errors.is_empty() {
            // The challenge carries the bits demanded of this address when it was issued
            // (signed); the base level is the least any challenge may demand.
            let robot = antirobot::verify(
                self.store.as_ref(),
                &self.secret,
                self.now(),
                ip,
                self.config.robot_check_bits,
                &form.robot_challenge,
                &form.robot_nonce,
            )
            .await?;
            if let Err(failure) = robot {
                errors.insert("robot", failure.to_string());
            }
        }
        let (Some(first_name), Some(last_name), Some(email), true) =
            (first_name, last_name, email, errors.is_empty())
        else {
            return Ok(RegisterOutcome::Invalid(errors));
        };
        if !throttle::allow_mail(self.store.as_ref(), &self.config, &token_hash(&email), ip).await?
        {
            return Ok(RegisterOutcome::TooManyMails);
        }
        if let Some(existing) = accounts::find_by_email(self.store.as_ref(), &email).await? {
            let login = self.url("/login");
            self.mail_account(
                &existing,
                MailKind::AlreadyRegistered,
                &[("login_link", &login)],
            );
            return Ok(RegisterOutcome::MailSent);
        }
        let pending = PendingRegistration {
            first_name,
            last_name,
            email,
            language: form.language.clone(),
        };
        let token = links::issue(
            self.store.as_ref(),
            Purpose::ConfirmRegistration,
            &pending,
            self.now(),
            REGISTRATION_LINK_LIFETIME,
        )
        .await?;
        let link = self.url(&format!("/register/confirm?token={token}"));
        self.send_mail(
            &pending.email,
            &pending.language,
            MailKind::ConfirmRegistration,
            &[
                ("first_name", &pending.first_name),
                ("last_name", &pending.last_name),
                ("link", &link),
            ],
        );
        Ok(RegisterOutcome::MailSent)
    }

    pub async fn pending_registration(
        &self,
        token: &str,
    ) -> Result<Option<PendingRegistration>, Error> {
        Ok(links::peek(
            self.store.as_ref(),
            Purpose::ConfirmRegistration,
            token,
            self.now(),
        )
        .await?)
    }

    /// Checks a new password against the policy and its confirmation, then hashes it.
    pub(crate) async fn new_password_hash(
        &self,
        password: &str,
        confirm: &str,
        email: &str,
        names: &[&str],
    ) -> Result<Result<String, FieldErrors>, Error> {
        let errors = self.check_new_password(password, confirm, email, names);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        Ok(Ok(self.hasher.hash(password).await?))
    }

    fn check_new_password(
        &self,
        password: &str,
        confirm: &str,
        email: &str,
        names: &[&str],
    ) -> FieldErrors {
        let mut errors = FieldErrors::new();
        if let Err(problem) = check_policy(password, email, names) {
            errors.insert("password", problem.to_string());
        } else if password != confirm {
            errors.insert("confirm_password", ern_i18n::tr!("password-mismatch"));
        }
        errors
    }

    /// Sets the first password from a confirmation link and creates the account.
    pub async fn complete_registration(
        &self,
        token: &str,
        password: &str,
        confirm: &str,
    ) -> Result<SetPasswordOutcome, Error> {
        // The account is written before the link is consumed, under an id derived from the
        // link: a retry after a lost answer (or a crash between the two) finds the account
        // the first try made, and says it is ready.
        let id = accounts::account_id_for_link(token);
        if token.len() <= 100
            && let Some(made) = accounts::get(self.store.as_ref(), &id)
                .await?
                .filter(|a| self.now() - a.created_at <= LINK_RETRY_SECONDS)
        {
            // Written again: the e-mail index (and the list) may be what the first try did
            // not get to.
            if !accounts::create(self.store.as_ref(), &made).await? {
                return Ok(SetPasswordOutcome::AlreadyRegistered);
            }
            self.consume_link(Purpose::ConfirmRegistration, token).await;
            return Ok(SetPasswordOutcome::Done(Box::new(made)));
        }
        let Some(pending) = self.pending_registration(token).await? else {
            return Ok(SetPasswordOutcome::LinkInvalid);
        };
        let names = [pending.first_name.as_str(), pending.last_name.as_str()];
        let hash = match self
            .new_password_hash(password, confirm, &pending.email, &names)
            .await?
        {
            Ok(hash) => hash,
            Err(errors) => return Ok(SetPasswordOutcome::Invalid(errors)),
        };
        let account = Account {
            id,
            email: pending.email,
            first_name: pending.first_name,
            last_name: pending.last_name,
            language: pending.language,
            password_hash: Some(hash),
            created_at: self.now(),
            is_admin: false,
            ..Account::default()
        };
        if !accounts::create(self.store.as_ref(), &account).await? {
            // Two tries at once: the other one made it.
            if let Some(made) = accounts::get(self.store.as_ref(), &account.id)
                .await?
                .filter(|a| self.now() - a.created_at <= LINK_RETRY_SECONDS)
            {
                return Ok(SetPasswordOutcome::Done(Box::new(made)));
            }
            return Ok(SetPasswordOutcome::AlreadyRegistered);
        }
        self.consume_link(Purpose::ConfirmRegistration, token).await;
        tracing::info!(account = %account.id, "account created");
        Ok(SetPasswordOutcome::Done(Box::new(account)))
    }

    /// Consumes a link whose work is done and durable. A fault here is harmless (the
    /// link's work is idempotent, and it expires), so it is logged, not returned.
    pub(crate) async fn consume_link(&self, purpose: Purpose, token: &str) {
        if let Err(e) =
            links::take::<serde_json::Value>(self.store.as_ref(), purpose, token, self.now()).await
        {
            tracing::warn!(error = %e, ?purpose, "a used link could not be consumed; it expires by itself");
        }
    }

    async fn set_password_hash(
        &self,
        account_id: &str,
        hash: String,
    ) -> Result<Option<Account>, Error> {
        Ok(accounts::update(self.store.as_ref(), account_id, |a| {
            a.password_hash = Some(hash.clone())
        })
        .await?)
    }

    /// Changes the password of a signed-in account; other sessions end, this one stays.
    pub async fn change_password(
        &self,
        account: &Account,
        current: &str,
        new: &str,
        confirm: &str,
        session_token: &str,
        ip: &str,
    ) -> Result<ChangePasswordOutcome, Error> {
        if !self.current_password_matches(account, current, ip).await? {
            let mut errors = FieldErrors::new();
            errors.insert("current_password", ern_i18n::tr!("password-not-current"));
            return Ok(ChangePasswordOutcome::Invalid(errors));
        }
        let names = [account.first_name.as_str(), account.last_name.as_str()];
        let hash = match self
            .new_password_hash(new, confirm, &account.email, &names)
            .await?
        {
            Ok(hash) => hash,
            Err(errors) => return Ok(ChangePasswordOutcome::Invalid(errors)),
        };
        if let Some(account) = self.set_password_hash(&account.id, hash).await? {
            self.end_sessions(&account.id, Some(session_token)).await?;
            let when = format_utc(self.now());
            self.mail_account(&account, MailKind::PasswordChanged, &[("when", &when)]);
            crate::audit::record(
                self.store.as_ref(),
                &account.id,
                self.now(),
                crate::audit::Line::new("password-history-changed"),
                ip,
            )
            .await?;
        }
        Ok(ChangePasswordOutcome::Done)
    }

    /// Creates an account directly (the `idp user add` command), with or without a password.
    pub async fn create_account(
        &self,
        email: &str,
        first_name: &str,
        last_name: &str,
        language: &str,
        password: Option<&str>,
        is_admin: bool,
    ) -> Result<Result<Account, String>, Error> {
        let Some(email) = normalize_email(email) else {
            return Ok(Err(format!("invalid e-mail address: {email}")));
        };
        let (Some(first_name), Some(last_name)) = (clean_name(first_name), clean_name(last_name))
        else {
            return Ok(Err("first and last name must be 1 to 100 characters".into()));
        };
        if !is_language(language) {
            return Ok(Err(format!("unknown language code: {language}")));
        }
        let password_hash = match password {
            Some(password) => {
                if let Err(problem) = check_policy(password, &email, &[&first_name, &last_name]) {
                    return Ok(Err(problem.to_string()));
                }
                Some(self.hasher.hash(password).await?)
            }
            None => None,
        };
        let account = Account {
            id: accounts::new_account_id(),
            email,
            first_name,
            last_name,
            language: language.to_owned(),
            password_hash,
            created_at: self.now(),
            is_admin,
            ..Account::default()
        };
        if !accounts::create(self.store.as_ref(), &account).await? {
            return Ok(Err(format!(
                "an account with the e-mail {} already exists",
                account.email
            )));
        }
        Ok(Ok(account))
    }

    /// A reset link for an account (printed by `idp user add` when no password was given).
    pub async fn password_link(&self, account: &Account) -> Result<String, Error> {
        self.reset_link(account, REGISTRATION_LINK_LIFETIME).await
    }
}

impl From<RobotCheckFailed> for FieldErrors {
    fn from(failure: RobotCheckFailed) -> Self {
        let mut errors = FieldErrors::new();
        errors.insert("robot", failure.to_string());
        errors
    }
}
