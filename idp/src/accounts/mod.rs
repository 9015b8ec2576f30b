//! Accounts: the record, its e-mail index, and validation of what people type.

pub mod credentials;
pub mod deletion;
pub mod details;
pub mod hash_memory;
pub mod list;
pub mod password;

use serde::{Deserialize, Serialize};

use crate::store::{Store, StoreError, keys};

/// `Default` gives a new account no factors and no settings; constructors name the rest.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Account {
    /// Stable, random, never the e-mail (it becomes the OIDC `sub`).
    pub id: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    /// Language of the mails, e.g. `en`.
    pub language: String,
    /// argon2id PHC string; `None` until a password has been set.
    pub password_hash: Option<String>,
    pub created_at: i64,
    #[serde(default)]
    pub is_admin: bool,
    /// Mobile phone numbers; only verified ones serve as a second factor.
    #[serde(default)]
    pub phones: Vec<credentials::Phone>,
    /// OATH TOTP tokens (authenticator apps, hardware tokens).
    #[serde(default)]
    pub tokens: Vec<credentials::OtpToken>,
    /// Enrolled mobile app installations.
    #[serde(default)]
    pub devices: Vec<credentials::Device>,
    /// Security keys and passkeys.
    #[serde(default)]
    pub security_keys: Vec<credentials::SecurityKey>,
    /// The WebAuthn user handle (64 random bytes, base64url), made at the first key.
    #[serde(default)]
    pub webauthn_user: Option<String>,
    /// Recovery codes not used yet, as keyed hashes (never the codes themselves).
    #[serde(default)]
    pub recovery_codes: Vec<String>,
    /// When the current set of recovery codes was made.
    #[serde(default)]
    pub recovery_codes_at: Option<i64>,
    /// Disabled by an operator: no sign-in, no session, no token until enabled again.
    #[serde(default)]
    pub disabled: bool,
    /// "Always require multi-factor authentication": Password alone is never enough.
    #[serde(default)]
    pub require_mfa: bool,
    /// Set when second factors were removed by a sign-in that proved none (PANIC with the
    /// password alone): until then the password alone cannot add a second factor, so a
    /// stolen password cannot swap the owner's factors for the thief's (see `recovery`).
    #[serde(default)]
    pub factor_hold_until: Option<i64>,
    /// The hold was set by a factor added with a recovery code (not by a PANIC or an
    /// operator's removal with no factor left): what the pages and refusals say.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub factor_hold_by_code: bool,
    /// Every mailed link names the epoch it was issued in; bumping it (e-mail change,
    /// password reset, PANIC) kills every outstanding link of the account at once.
    #[serde(default)]
    pub link_epoch: u32,
    /// SHA-256 of the reset link that set the current password: a retry of that reset
    /// after a lost answer is told it is done (when it sends the same password).
    #[serde(default)]
    pub reset_by: Option<String>,
}

impl Account {
    pub fn verified_phones(&self) -> impl Iterator<Item = &str> {
        self.phones
            .iter()
            .filter(|p| p.verified)
            .map(|p| p.number.as_str())
    }

    /// Whether the account has a second factor (then changing factors needs one).
    pub fn has_second_factor(&self) -> bool {
        self.verified_phones().next().is_some()
            || !self.tokens.is_empty()
            || !self.devices.is_empty()
            || !self.security_keys.is_empty()
    }

    pub fn display_name(&self) -> String {
        self.name().to_string()
    }

    /// The name shown for the account ("first last"), written where it goes without a
    /// `String` of its own (`display_name` makes one).
    pub fn name(&self) -> Name<'_> {
        Name(self)
    }
}

/// [`Account::name`].
pub struct Name<'a>(&'a Account);

impl std::fmt::Display for Name<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.0.first_name, self.0.last_name)
    }
}

/// As a JSON string (the `name` claim), written as it is formatted.
impl Serialize for Name<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Lower-cases and checks an address: one `@`, a dotted domain, no spaces, RFC 5321 lengths.
pub fn normalize_email(input: &str) -> Option<String> {
    let email = input.trim().to_lowercase();
    let (local, domain) = email.split_once('@')?;
    let valid = !local.is_empty()
        && local.len() <= 64
        && email.len() <= 254
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !domain.contains('@')
        && email
            .chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && c != '<' && c != '>');
    valid.then_some(email)
}

/// A name as typed, trimmed: 1 to 100 characters, none of them [`unprintable`].
pub fn clean_name(input: &str) -> Option<String> {
    let name = input.trim();
    let ok = !name.is_empty() && name.chars().count() <= 100 && !name.chars().any(unprintable);
    ok.then(|| name.to_owned())
}

/// A control character, or one that changes the direction of the text around it (U+061C,
/// U+200E/F, U+202A-E, U+2066-9): a name holding one could reverse the rest of a mail's
/// or a history line's sentence, a link included.
pub fn unprintable(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn decode(bytes: &[u8]) -> Result<Account, StoreError> {
    serde_json::from_slice(bytes).map_err(|e| StoreError::Backend(format!("corrupt account: {e}")))
}

fn encode(account: &Account) -> Result<Vec<u8>, StoreError> {
    serde_json::to_vec(account).map_err(|e| StoreError::Backend(e.to_string()))
}

pub async fn get(store: &dyn Store, id: &str) -> Result<Option<Account>, StoreError> {
    from_stored(store.get(&keys::account(id)).await?)
}

/// The account in what was read at `keys::account` (batched with other reads).
pub(crate) fn from_stored(bytes: Option<Vec<u8>>) -> Result<Option<Account>, StoreError> {
    bytes.map(|b| decode(&b)).transpose()
}

pub async fn find_by_email(store: &dyn Store, email: &str) -> Result<Option<Account>, StoreError> {
    match store.get(&keys::account_by_email(email)).await? {
        Some(id) => get(store, &String::from_utf8_lossy(&id)).await,
        None => Ok(None),
    }
}

/// Writes the account, then claims its e-mail for it (the two keys live in different Redis
/// Cluster slots: `store::put_with_unique_index`); false, and nothing left behind, when the
/// e-mail is another account's. Written again, the same account completes what a first try
/// left half done (true).
pub async fn create(store: &dyn Store, account: &Account) -> Result<bool, StoreError> {
    let record = encode(account)?;
    let account_key = keys::account(&account.id);
    let email_key = keys::account_by_email(&account.email);
    let created = crate::store::put_with_unique_index(
        store,
        (&account_key, &record),
        (&email_key, account.id.as_bytes()),
    )
    .await?;
    if created {
        list::added(store, account).await?;
    }
    Ok(created)
}

/// Applies `change` with compare-and-set, retrying when another writer got there first.
pub async fn update(
    store: &dyn Store,
    id: &str,
    mut change: impl FnMut(&mut Account) + Send,
) -> Result<Option<Account>, StoreError> {
    let key = keys::account(id);
    loop {
        let Some(current) = store.get(&key).await? else {
            return Ok(None);
        };
        let before = decode(&current)?;
        let mut account = before.clone();
        change(&mut account);
        let next = encode(&account)?;
        if store
            .compare_and_set(&key, Some(&current), Some(&next), None)
            .await?
        {
            list::changed(store, &before, &account).await?;
            return Ok(Some(account));
        }
    }
}

pub fn new_account_id() -> String {
    crate::secrets::random_token(16)
}

/// The id of the account a registration link creates: derived from the link's secret
/// token (so as unguessable as it), so that a retry of the same link after a lost answer
/// finds the account the first try made instead of failing or making a second one.
pub fn account_id_for_link(token: &str) -> String {
    let digest = crate::secrets::sha256(format!("account-from-link|{token}").as_bytes());
    crate::secrets::b64(&digest[..16])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_would_turn_the_text_around_them_are_refused() {
        assert_eq!(
            clean_name("  Anna-Lena Müller "),
            Some("Anna-Lena Müller".into())
        );
        assert_eq!(
            clean_name("محمد"),
            Some("محمد".into()),
            "right-to-left letters are names"
        );
        for bad in [
            "Eve\u{202E}kcilc",
            "\u{2066}Eve",
            "Eve\u{200F}",
            "Eve\u{061C}",
            "Eve\nEve",
        ] {
            assert_eq!(clean_name(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            normalize_email("  Anna.Muller@Uni-Tuebingen.DE "),
            Some("anna.muller@uni-tuebingen.de".into())
        );
        for bad in [
            "",
            "anna",
            "anna@",
            "@x.eu",
            "anna@localhost",
            "a b@x.eu",
            "a@x..eu",
            "a@b@x.eu",
            "a@x.eu.",
        ] {
            assert_eq!(normalize_email(bad), None, "{bad:?}");
        }
        assert_eq!(normalize_email(&format!("{}@x.eu", "a".repeat(65))), None);
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(clean_name("  Anna "), Some("Anna".into()));
        assert_eq!(clean_name("   "), None);
        assert_eq!(clean_name("a\nb"), None);
        assert_eq!(clean_name(&"é".repeat(101)), None);
    }
}
