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
            // Told before anything is written: a client that hangs up while the session is
            // committed drops this request, but not the write, which may make the browser
            // known; told after, the owner would never hear of it. A write that fails then
            // tells twice (the next attempt is news again), never not at all.
            self.mail_security_change(account, &news.line, ip);
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
        Ok(session)
    }

    /// What a sign-in from a browser never seen before writes to tell the owner (`None`
    /// for a known browser, and for an account's first: no news).
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
        let marker = keys::browsers_seen(&account.id);
        let join = match store.get(&marker).await? {
            // The browser joins in the session's write, after the line of history: a fault
            // between (Redis writes them one after another) tells the owner twice, never
            // not at all; so do two sign-ins from one new browser at once.
            Some(_) => Some((known, browser)),
            None => {
                // An account's first sign-ins (or its first since the marker exists): the
                // browser joins at once, so that of two browsers signing in together, one
                // alone is the first, and the other is news.
                let added = store.set_add(&known, &browser).await?;
                let first = added && store.set_members(&known).await?.len() == 1;
                store.put(&marker, b"1", None).await?;
                if first || !added {
                    // No news, or a sign-in from this same browser just added it and tells.
                    return Ok(None);
                }
                None
            }
        };
        let browser_name: String = user_agent.chars().take(80).collect();
        let line = crate::audit::Line::new("login-history-new-browser")
            .with(crate::audit::Placeholder::Browser, browser_name);
        let history =
            crate::audit::Entry::prepare(store, &account.id, self.now(), line.clone(), ip).await?;
        Ok(Some(NewBrowser {
            join,
            history,
            line,
        }))
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

/// A sign-in from a new browser: the line of history that tells, and the browser's joining
/// the account's known ones (when not joined already).
struct NewBrowser {
    join: Option<(String, String)>,
    history: crate::audit::Entry,
    line: crate::audit::Line,
}

impl NewBrowser {
    fn writes(&self) -> Vec<Write<'_>> {
        let mut writes = self.history.writes();
        if let Some((known, browser)) = &self.join {
            writes.push(Write::SetAdd(known, browser));
        }
        writes
    }
}
