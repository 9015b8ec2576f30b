//! Sessions: opening one at a sign-in (and telling the owner of a new browser), looking
//! one up behind a cookie, listing and ending them.

use std::time::Duration;

use super::Provider;
use crate::accounts::{self, Account};
use crate::error::Error;
use crate::oidc::grants::Revoke;
use crate::secrets::token_hash;
use crate::sessions::{self, NewSession, Session};
use crate::store::{Write, keys};

impl Provider {
    /// Opens (or, in a browser already signed in to this account, renews) a session
    /// proved by `methods`, and tells the owner about a browser never seen before. `also`
    /// (what the proof itself clears) is written with the session: one commit on the
    /// embedded store.
    #[allow(clippy::too_many_arguments)]
    pub(crate) async fn open_session(
        &self,
        account: &Account,
        methods: Vec<String>,
        current: Option<&str>,
        ip: &str,
        user_agent: &str,
        browser_id: &str,
        also: &[Write<'_>],
    ) -> Result<NewSession, Error> {
        let store = self.store.as_ref();
        let lifetime = Duration::from_secs(self.config.session_hours.saturating_mul(3600));
        let news = self
            .new_browser(account, browser_id, user_agent, ip)
            .await?;
        let mut writes = also.to_vec();
        if let Some(news) = &news {
            if let Some((_, line)) = &news.news {
                // Told before anything is written: a client that hangs up while the session
                // is committed drops this request, but not the write, which makes the
                // browser known; told after, the owner would never hear of it. A write that
                // fails then tells twice (the next attempt is news again), never not at all.
                self.mail_security_change(account, line, ip);
            }
            writes.extend(news.writes());
        }
        // Signing in again in a browser already signed in to this account is no logout:
        // the session (and its sid, which applications know) lives on, renewed.
        let renewed = match current {
            Some(token) => match sessions::load(store, self.now(), token).await? {
                Some(old) if old.account_id == account.id => {
                    let methods = methods.clone();
                    let now = self.now();
                    sessions::renew(
                        store, token, now, lifetime, methods, ip, user_agent, &writes,
                    )
                    .await?
                }
                _ => None,
            },
            None => None,
        };
        let session = match renewed {
            Some(session) => session,
            None => {
                sessions::create(
                    store,
                    self.now(),
                    lifetime,
                    &account.id,
                    methods,
                    ip,
                    user_agent,
                    &writes,
                )
                .await?
            }
        };
        // Every eighth session opened looks at the account's sessions past their time.
        // The session is written by now: a fault here is logged, the sign-in goes on.
        if self.sessions_opened.due()
            && let Err(e) = sessions::prune(store, &account.id, self.now()).await
        {
            tracing::warn!(account = %account.id, error = %e, "looking at sessions past their time failed");
        }
        Ok(session)
    }

    /// What a sign-in from `browser_id` writes about the browser: for one never seen
    /// before, its joining the account's known ones, and, unless it is the account's first,
    /// the line of history that tells the owner (`None` for a known browser). Nothing is
    /// written here but the account's marker, so a sign-in cut short before its session's
    /// write leaves the browser unknown: its next sign-in tells.
    async fn new_browser(
        &self,
        account: &Account,
        browser_id: &str,
        user_agent: &str,
        ip: &str,
    ) -> Result<Option<NewBrowser>, Error> {
        let store = self.store.as_ref();
        let known = keys::known_browsers(&account.id);
        let browser = token_hash(browser_id);
        if store.set_contains(&known, &browser).await? {
            return Ok(None);
        }
        // The first browser of an account is no news; later ones are. A marker says the
        // first has been seen, in one read instead of reading the whole, ever-growing set.
        // Of sign-ins at once before it exists, the one that sets it is the first, if the
        // account knows no browser yet (one known before the marker existed makes this
        // one news).
        let marker = keys::browsers_seen(&account.id);
        let first = store.get(&marker).await?.is_none()
            && store.put_if_absent(&marker, b"1", None).await?
            && store.set_members(&known).await?.is_empty();
        // The browser joins in the session's write, after the line of history: a fault
        // between (a Redis Cluster writes them one after another) tells the owner twice,
        // never not at all; so do two sign-ins from one new browser at once.
        let news = if first {
            None
        } else {
            let browser_name: String = user_agent.chars().take(80).collect();
            let line = crate::audit::Line::new("login-history-new-browser")
                .with(crate::audit::Placeholder::Browser, browser_name);
            let history =
                crate::audit::Entry::prepare(store, &account.id, self.now(), line.clone(), ip)
                    .await?;
            Some((history, line))
        };
        Ok(Some(NewBrowser {
            join: (known, browser),
            news,
        }))
    }

    /// Opens the session a verified passkey proved (`key_id`), kept only if that key is
    /// still the account's, and the account enabled, once it is written (see
    /// [`Self::confirm_session`]): "Secure my account" clears the keys and ends the
    /// sessions while a sign-in with one of them may be on its way.
    pub async fn passkey_session(
        &self,
        account: &Account,
        key_id: &str,
        current: Option<&str>,
        ip: &str,
        user_agent: &str,
        browser_id: &str,
    ) -> Result<Option<NewSession>, Error> {
        let methods = ["hwk", "user", "pin", sessions::VERIFIED_KEY]
            .map(str::to_owned)
            .to_vec();
        let session = self
            .open_session(account, methods, current, ip, user_agent, browser_id, &[])
            .await?;
        let key_kept = |now: &Account| now.security_keys.iter().any(|k| k.id == key_id);
        let confirmed = self
            .confirm_session(&account.id, &session, key_kept)
            .await?;
        Ok((confirmed == Confirmed::Stands).then_some(session))
    }

    /// Ends `session`, just written, unless its account, read again now, is enabled and
    /// `still` holds of it (the proof that opened it is still the account's). A reset, a
    /// password change, "Secure my account", a disabling or a deletion changes the account
    /// first and then ends the sessions it finds; a session listed with the account before
    /// this read is found by them or ended here, whichever comes second.
    pub(crate) async fn confirm_session(
        &self,
        account_id: &str,
        session: &NewSession,
        still: impl Fn(&Account) -> bool,
    ) -> Result<Confirmed, Error> {
        let store = self.store.as_ref();
        let now = accounts::get(store, account_id).await?;
        let confirmed = match &now {
            Some(account) if account.disabled => Confirmed::Disabled,
            Some(account) if still(account) => return Ok(Confirmed::Stands),
            Some(_) => Confirmed::Withdrawn,
            None => Confirmed::Deleted,
        };
        sessions::end(store, &session.token).await?;
        if confirmed == Confirmed::Deleted {
            // Its session's write brought back what the deletion had removed.
            accounts::deletion::forget_sign_ins(store, account_id).await?;
        }
        tracing::warn!(
            account = %account_id,
            outcome = ?confirmed,
            "a sign-in ended as it was made: its proof was withdrawn, or the account \
             disabled or deleted, while it was checked"
        );
        Ok(confirmed)
    }

    /// The session behind a cookie value and its account, if both are live.
    pub async fn session(&self, token: &str) -> Result<Option<(Session, Account)>, Error> {
        let Some(session) = sessions::load(self.store.as_ref(), self.now(), token).await? else {
            return Ok(None);
        };
        sessions::touch(self.store.as_ref(), token, &session, self.now()).await?;
        let account = accounts::get(self.store.as_ref(), &session.account_id).await?;
        // A disabled account's sessions were ended; one that raced the disabling ends here.
        Ok(account.filter(|a| !a.disabled).map(|a| (session, a)))
    }

    /// "Display my sessions": each live session, newest activity first, with the
    /// applications it signed in to.
    pub async fn sessions_of(
        &self,
        account_id: &str,
    ) -> Result<Vec<(Session, Vec<String>)>, Error> {
        let mut list = Vec::new();
        for (_, session) in
            sessions::list_for_account(self.store.as_ref(), account_id, self.now()).await?
        {
            let mut names = Vec::new();
            for client_id in self
                .store
                .set_members(&keys::session_clients(&session.sid))
                .await?
            {
                if let Some(client) = crate::clients::get(self.store.as_ref(), &client_id).await? {
                    names.push(client.name);
                }
            }
            names.sort();
            list.push((session, names));
        }
        Ok(list)
    }

    /// Ends one of the account's sessions by its public id.
    pub async fn end_session_of(&self, account_id: &str, sid: &str) -> Result<bool, Error> {
        match sessions::end_by_sid(self.store.as_ref(), account_id, sid).await? {
            Some(session) => {
                self.backchannel_logout(&session).await?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Ends the session behind a cookie value and tells the relying parties it signed in to.
    pub async fn sign_out(&self, token: &str) -> Result<(), Error> {
        if let Some(session) = sessions::end(self.store.as_ref(), token).await? {
            self.backchannel_logout(&session).await?;
        }
        Ok(())
    }

    /// Ends every session of the account but `keep` (a cookie value), telling the clients,
    /// and revokes what applications were given, offline access included: this is what a
    /// password reset or change, PANIC and "end all other sessions" mean. Only the tokens
    /// bound to the kept session survive.
    pub async fn end_sessions(&self, account_id: &str, keep: Option<&str>) -> Result<(), Error> {
        let kept = match keep {
            Some(token) => sessions::load(self.store.as_ref(), self.now(), token).await?,
            None => None,
        };
        for session in sessions::end_all(self.store.as_ref(), account_id, keep).await? {
            self.backchannel_logout(&session).await?;
        }
        let which = match &kept {
            Some(session) => Revoke::AllBut { sid: &session.sid },
            None => Revoke::All,
        };
        self.revoke_grants(account_id, which).await?;
        Ok(())
    }
}

/// What a sign-in from a browser never seen before writes: its joining the account's known
/// browsers, after the line of history that tells (none for the account's first browser).
struct NewBrowser {
    join: (String, String),
    news: Option<(crate::audit::Entry, crate::audit::Line)>,
}

impl NewBrowser {
    fn writes(&self) -> Vec<Write<'_>> {
        let mut writes = match &self.news {
            Some((history, _)) => history.writes(),
            None => Vec::new(),
        };
        writes.push(Write::SetAdd(&self.join.0, &self.join.1));
        writes
    }
}

/// What [`Provider::confirm_session`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Confirmed {
    Stands,
    /// The account was disabled meanwhile.
    Disabled,
    /// The proof is no longer the account's (a new password, a key removed).
    Withdrawn,
    /// The account was deleted meanwhile.
    Deleted,
}
