//! The provider served in-process on a loopback port, with a manual clock, and a small
//! label-driven browser (cookie jar, no automatic redirects) to drive its pages.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use idp::clock::ManualClock;
use idp::config::{Config, Secret};
use idp::provider::Provider;
use tokio::net::TcpListener;

use crate::support::{redis_url, unique};

#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Embedded,
    Redis,
    /// The three-master Redis Cluster of `redis_cluster.rs`.
    RedisCluster,
}

pub struct TestApp {
    pub base: String,
    pub clock: Arc<ManualClock>,
    pub provider: Arc<Provider>,
    pub data_dir: PathBuf,
    _dir: Option<tempfile::TempDir>,
    _shutdown: tokio::sync::oneshot::Sender<()>,
}

/// Settings for tests: a cheap anti-robot check, and everything else as in production.
pub fn test_config(backend: Backend, data_dir: PathBuf) -> Config {
    // Each test provider has its own keys (never the working directory's ./keys).
    let keys_dir = data_dir.join("keys");
    let mut config = Config {
        data_dir,
        keys_dir,
        robot_check_bits: 6,
        password_hash_threads: 2,
        ..Config::default()
    };
    match backend {
        Backend::Embedded => {}
        Backend::Redis => config.redis_url = Some(Secret::new(redis_url())),
        Backend::RedisCluster => {
            config.redis_url = Some(Secret::new(crate::redis_cluster::nodes()));
            config.redis_cluster = true;
        }
    }
    if config.redis_url.is_some() {
        config.redis_prefix = unique("app-") + ":";
    }
    config
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, |_| {}).await
}

pub async fn spawn_app_with(backend: Backend, adjust: impl FnOnce(&mut Config)) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut config = test_config(backend, dir.path().to_path_buf());
    adjust(&mut config);
    spawn_with_config(config, Some(dir)).await
}

pub async fn spawn_with_config(mut config: Config, dir: Option<tempfile::TempDir>) -> TestApp {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    config.listen = addr;
    if config.issuer == Config::default().issuer {
        config.issuer = format!("http://{addr}");
    }
    let clock = Arc::new(ManualClock::new());
    let provider = idp::server::build(config.clone(), clock.clone())
        .await
        .expect("provider starts");
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let state = provider.clone();
    tokio::spawn(async move {
        idp::web::serve(state, listener, async {
            let _ = rx.await;
        })
        .await
        .expect("server runs");
    });
    TestApp {
        base: format!("http://{addr}"),
        clock,
        provider,
        data_dir: config.data_dir.clone(),
        _dir: dir,
        _shutdown: tx,
    }
}

impl TestApp {
    pub fn clock_now(&self) -> i64 {
        idp::clock::Clock::now(self.clock.as_ref())
    }

    /// Another provider process sharing this one's store (same Redis and prefix).
    pub async fn replica(&self) -> TestApp {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut config = self.provider.config.clone();
        config.data_dir = dir.path().to_path_buf();
        config.issuer = Config::default().issuer;
        spawn_with_config(config, Some(dir)).await
    }

    pub fn browser(&self) -> Browser {
        Browser::new(&self.base)
    }

    /// The account registered under `email` (it must exist).
    pub async fn account(&self, email: &str) -> idp::accounts::Account {
        idp::accounts::find_by_email(self.provider.store.as_ref(), email)
            .await
            .expect("the store answers")
            .unwrap_or_else(|| panic!("no account {email}"))
    }

    /// How many applications the account's "offline access" list shows.
    pub async fn offline_apps(&self, account_id: &str) -> usize {
        let grants = self.provider.offline_grants(account_id).await;
        grants.expect("the store answers").len()
    }

    /// Mails written to the outbox for `to`, oldest first, waiting up to 5 s for `at_least`.
    pub async fn mails_to(&self, to: &str, at_least: usize) -> Vec<Mail> {
        read_mails(&self.data_dir, to, at_least).await
    }

    /// Signs a fresh account in through the pages; returns the signed-in browser.
    pub async fn registered_user(&self, email: &str, password: &str) -> Browser {
        register_through_pages(self, email, password).await;
        let browser = self.browser();
        let page = sign_in(&browser, email, password).await;
        assert_eq!(
            page.status,
            303,
            "sign-in after registration: {}",
            page.text()
        );
        browser
    }
}

pub use idp::notify::outbox::OutboxMail as Mail;

/// A link in a mail, which the test needs to find.
pub trait MailLink {
    fn link_to(&self, prefix: &str) -> String;
}

impl MailLink for Mail {
    fn link_to(&self, prefix: &str) -> String {
        self.link(prefix)
            .unwrap_or_else(|| panic!("no link {prefix} in mail:\n{}", self.body))
    }
}

/// The mails to `to` once one of them satisfies `wanted` (waiting up to 15 s: mails are
/// written after the answer, later still on a loaded machine); all of them either way.
pub async fn mails_until(
    data_dir: &std::path::Path,
    to: &str,
    wanted: impl Fn(&Mail) -> bool,
) -> Vec<Mail> {
    let dir = data_dir.join("outbox/mail");
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let mails = idp::notify::outbox::read(&dir, Some(to));
        if mails.iter().any(&wanted) || Instant::now() > deadline {
            return mails;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Mails written to the outbox of `data_dir` for `to`, oldest first, waiting up to 5 s
/// until there are `at_least`.
pub async fn read_mails(data_dir: &std::path::Path, to: &str, at_least: usize) -> Vec<Mail> {
    let dir = data_dir.join("outbox/mail");
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let mails = idp::notify::outbox::read(&dir, Some(to));
        if mails.len() >= at_least || Instant::now() > deadline {
            return mails;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

pub struct Browser {
    pub base: String,
    pub client: reqwest::Client,
    pub jar: Arc<reqwest::cookie::Jar>,
}

#[derive(Debug)]
pub struct Page {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Browser {
    pub fn new(base: &str) -> Self {
        Self::with_headers(base, reqwest::header::HeaderMap::new())
    }

    /// A browser that sends `headers` with every request (`Accept-Language`, say).
    pub fn with_headers(base: &str, headers: reqwest::header::HeaderMap) -> Self {
        let jar = Arc::new(reqwest::cookie::Jar::default());
        let client = reqwest::Client::builder()
            .default_headers(headers)
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        Browser {
            base: base.to_owned(),
            client,
            jar,
        }
    }

    pub fn url(&self, path: &str) -> String {
        if path.starts_with("http") {
            path.to_owned()
        } else {
            format!("{}{path}", self.base)
        }
    }

    pub async fn get(&self, path: &str) -> Page {
        let response = self.client.get(self.url(path)).send().await.expect("GET");
        Page::from(response).await
    }

    /// Whether its session still opens "My account" (200; 303 to the sign-in page if not).
    pub async fn signed_in(&self) -> bool {
        let page = self.get("/account").await;
        assert!(matches!(page.status, 200 | 303), "{}", page.status);
        page.status == 200
    }

    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let response = self
            .client
            .post(self.url(path))
            .form(fields)
            .send()
            .await
            .expect("POST");
        Page::from(response).await
    }

    /// Fills the form of `page` that holds the first labelled field (the first form when
    /// no label is given) by visible labels, plus its hidden fields, and submits it.
    pub async fn submit(&self, page: &Page, by_label: &[(&str, &str)]) -> Page {
        let form = match by_label.first() {
            Some((label, _)) => page.form_with_field(&page.field_for_label(label)),
            None => page.first_form(),
        };
        let action = form.form_action();
        let mut fields: Vec<(String, String)> = form.hidden_fields();
        for (label, value) in by_label {
            let name = page.field_for_label(label);
            fields.retain(|(n, _)| *n != name);
            fields.push((name, (*value).to_owned()));
        }
        let borrowed: Vec<(&str, &str)> = fields
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        self.post(&action, &borrowed).await
    }

    /// Fills "New password" and "Confirm new password" with `password` and submits.
    pub async fn choose_password(&self, form: &Page, password: &str) -> Page {
        self.submit(
            form,
            &[
                ("New password", password),
                ("Confirm new password", password),
            ],
        )
        .await
    }

    /// The value of the session cookie this browser holds.
    pub fn cookie(&self, name: &str) -> Option<String> {
        use reqwest::cookie::CookieStore;
        let url = self.base.parse().expect("url");
        let header = self.jar.cookies(&url)?;
        header
            .to_str()
            .ok()?
            .split("; ")
            .find_map(|kv| kv.strip_prefix(&format!("{name}=")).map(str::to_owned))
    }
}

impl Page {
    async fn from(response: reqwest::Response) -> Page {
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.text().await.unwrap_or_default();
        Page {
            status,
            headers,
            body,
        }
    }

    pub fn location(&self) -> &str {
        self.headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    /// The text without tags and with entities decoded, for assertions about wording.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in self.body.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    out.push(' ');
                }
                _ if !in_tag => out.push(c),
                _ => {}
            }
        }
        let out = decode_entities(&out);
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn part(&self, body: &str) -> Page {
        Page {
            status: self.status,
            headers: self.headers.clone(),
            body: body.to_owned(),
        }
    }

    /// The first `<form>...</form>` of the page.
    pub fn first_form(&self) -> Page {
        let start = self.body.find("<form").unwrap_or(0);
        let end = self.body[start..]
            .find("</form>")
            .map_or(self.body.len(), |e| start + e);
        self.part(&self.body[start..end])
    }

    /// The `<form>...</form>` that posts to `action`.
    pub fn form_with_action(&self, action: &str) -> Page {
        let at = self
            .body
            .find(&format!("action=\"{action}\""))
            .unwrap_or_else(|| panic!("no form to {action}"));
        let start = self.body[..at].rfind("<form").unwrap_or(0);
        let end = self.body[at..]
            .find("</form>")
            .map_or(self.body.len(), |e| at + e);
        self.part(&self.body[start..end])
    }

    /// The `<form>...</form>` that holds the field named `name`.
    pub fn form_with_field(&self, name: &str) -> Page {
        let at = self
            .body
            .find(&format!("name=\"{name}\""))
            .unwrap_or_else(|| panic!("no field {name}"));
        let start = self.body[..at].rfind("<form").unwrap_or(0);
        let end = self.body[at..]
            .find("</form>")
            .map_or(self.body.len(), |e| at + e);
        self.part(&self.body[start..end])
    }

    /// The text of the page's QR code (the SVG inside `<div class="qr">`), decoded.
    pub fn qr_text(&self) -> String {
        let div = self
            .body
            .split("<div class=\"qr\"")
            .nth(1)
            .expect("a QR code on the page");
        let svg = div.split("</div>").next().unwrap_or_default();
        idp::qr::decode_svg(svg).expect("the QR code decodes")
    }

    pub fn form_action(&self) -> String {
        attribute(tag_after(&self.body, "<form"), "action").unwrap_or_default()
    }

    pub fn hidden_fields(&self) -> Vec<(String, String)> {
        self.body
            .match_indices("<input")
            .map(|(i, _)| &self.body[i..i + self.body[i..].find('>').unwrap_or(0)])
            .filter(|tag| tag.contains("type=\"hidden\""))
            .filter_map(|tag| {
                Some((
                    attribute(tag, "name")?,
                    attribute(tag, "value").unwrap_or_default(),
                ))
            })
            .collect()
    }

    /// The `value` of the input whose `id` is `id` (e.g. a read-only field showing a secret).
    pub fn field_value(&self, id: &str) -> String {
        self.body
            .match_indices("<input")
            .map(|(i, _)| &self.body[i..i + self.body[i..].find('>').unwrap_or(0)])
            .find(|tag| attribute(tag, "id").as_deref() == Some(id))
            .and_then(|tag| attribute(tag, "value"))
            .unwrap_or_else(|| panic!("no input #{id} on:\n{}", self.text()))
    }

    /// The value of the hidden field `name`; fails the test when the page has none (a
    /// form posted with an empty CSRF token would be refused for that alone, and a test
    /// expecting a refusal would pass for the wrong reason).
    pub fn hidden(&self, name: &str) -> String {
        self.hidden_fields()
            .into_iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
            .unwrap_or_else(|| panic!("no hidden field {name} on the page:\n{}", self.text()))
    }

    /// The page as its anti-robot script leaves it: the hidden `robot_nonce` holds the
    /// solution of the page's challenge (a browser without scripts cannot pass).
    pub fn robot_check_solved(&self) -> Page {
        let nonce = idp::antirobot::solve(&self.hidden("robot_challenge"));
        let empty = "name=\"robot_nonce\" value=\"\"";
        assert!(self.body.contains(empty), "no anti-robot check on the page");
        Page {
            status: self.status,
            headers: self.headers.clone(),
            body: self
                .body
                .replace(empty, &format!("name=\"robot_nonce\" value=\"{nonce}\"")),
        }
    }

    /// The `name` of the field whose visible `<label>` text starts with `label`.
    pub fn field_for_label(&self, label: &str) -> String {
        for (i, _) in self.body.match_indices("<label for=\"") {
            let rest = &self.body[i + 12..];
            let id = &rest[..rest.find('"').unwrap_or(0)];
            let inner_start = rest.find('>').unwrap_or(0) + 1;
            let inner = &rest[inner_start..rest.find("</label>").unwrap_or(inner_start)];
            let text = Page {
                status: 0,
                headers: Default::default(),
                body: inner.to_owned(),
            }
            .text();
            if text.starts_with(label) {
                let marker = format!("id=\"{id}\"");
                let at = self
                    .body
                    .find(&marker)
                    .unwrap_or_else(|| panic!("label {label:?} points at missing #{id}"));
                let start = self.body[..at].rfind('<').unwrap_or(0);
                let tag = &self.body[start..at + self.body[at..].find('>').unwrap_or(0)];
                return attribute(tag, "name").unwrap_or_else(|| panic!("#{id} has no name"));
            }
        }
        panic!("no field labelled {label:?} on the page:\n{}", self.text());
    }
}

fn tag_after<'a>(body: &'a str, start: &str) -> &'a str {
    body.find(start)
        .map(|i| &body[i..i + body[i..].find('>').unwrap_or(0)])
        .unwrap_or_default()
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let marker = format!(" {name}=\"");
    let start = tag.find(&marker)? + marker.len();
    let end = tag[start..].find('"')?;
    Some(decode_entities(&tag[start..start + end]))
}

fn decode_entities(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

// ---- journeys shared by several tests ----

pub async fn register_form(browser: &Browser, email: &str, language: &str) -> Page {
    let page = browser.get("/register").await;
    assert_eq!(page.status, 200);
    browser
        .submit(
            &page.robot_check_solved(),
            &[
                ("First name", "Anna"),
                ("Last name", "Müller"),
                ("E-mail", email),
                ("Confirm e-mail", email),
                ("E-mail language", language),
                ("By checking this box", "yes"),
            ],
        )
        .await
}

/// Creates an account through "Create an account" and the confirmation mail.
pub async fn register_through_pages(app: &TestApp, email: &str, password: &str) {
    let browser = app.browser();
    let before = app.mails_to(email, 0).await.len();
    let sent = register_form(&browser, email, "en").await;
    assert_eq!(sent.status, 200, "{}", sent.text());
    let mails = app.mails_to(email, before + 1).await;
    let link = mails
        .last()
        .expect("confirmation mail")
        .link_to(&format!("{}/register/confirm?token=", app.base));
    let form = browser.get(&link).await;
    assert_eq!(form.status, 200, "{}", form.text());
    let done = browser
        .submit(
            &form,
            &[
                ("New password", password),
                ("Confirm new password", password),
            ],
        )
        .await;
    assert_eq!(done.status, 200, "{}", done.text());
    assert!(done.text().contains("Your account is ready"));
}

/// Asserts that a page after removing a second factor says every other session ended
/// (`Provider::end_sessions_after_factor_removed`), or that it does not.
pub fn assert_others_signed_out(page: &Page, said: bool) {
    assert_eq!(page.status, 200, "{}", page.text());
    let says = page.text().contains("Every other session has been ended.");
    assert_eq!(says, said, "{}", page.text());
}

pub async fn sign_in(browser: &Browser, email: &str, password: &str) -> Page {
    let page = browser.get("/login").await;
    let page = browser.submit(&page, &[("E-mail", email)]).await;
    assert_eq!(page.status, 200, "{}", page.text());
    browser.submit(&page, &[("Password", password)]).await
}

/// Signs in (password only) and deletes the account from "My account"; fails the test
/// unless it is deleted.
pub async fn delete_through_pages(browser: &Browser, email: &str, password: &str) {
    assert_eq!(sign_in(browser, email, password).await.status, 303);
    let page = browser.get("/account").await;
    let gone = browser
        .submit(
            &page.form_with_action("/account/delete"),
            &[("Password", password)],
        )
        .await;
    assert!(
        gone.text().contains("Your account was deleted"),
        "{}",
        gone.text()
    );
}

/// A provider on the embedded store whose every store call is counted.
pub async fn spawn_counting() -> (TestApp, Arc<idp::store::counting::CountingStore>) {
    let mut counting = None;
    let app = spawn_wrapping(
        Backend::Embedded,
        |_| {},
        |inner| {
            let store = Arc::new(idp::store::counting::CountingStore::new(inner));
            counting = Some(store.clone());
            store
        },
    )
    .await;
    (app, counting.expect("the store was wrapped"))
}

/// A provider whose store is `wrap` of the one its settings open.
pub async fn spawn_wrapping(
    backend: Backend,
    adjust: impl FnOnce(&mut Config),
    wrap: impl FnOnce(Arc<dyn idp::store::Store>) -> Arc<dyn idp::store::Store>,
) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut config = test_config(backend, dir.path().to_path_buf());
    adjust(&mut config);
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    config.listen = addr;
    config.issuer = format!("http://{addr}");
    let store = wrap(idp::server::open_store(&config).expect("the store opens"));
    idp::schema::ensure(
        store.as_ref(),
        &ern_catalogue::Catalogue::builtin().unwrap(),
    )
    .await
    .expect("schema");
    idp::keys::prepare_master_key(&store, &config.keys_dir)
        .await
        .expect("master key");
    let clock = Arc::new(ManualClock::new());
    let provider = Arc::new(
        idp::provider::Provider::start(config.clone(), store, clock.clone())
            .await
            .expect("provider starts"),
    );
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let state = provider.clone();
    tokio::spawn(async move {
        idp::web::serve(state, listener, async {
            let _ = rx.await;
        })
        .await
        .expect("server runs");
    });
    TestApp {
        base: format!("http://{addr}"),
        clock,
        provider,
        data_dir: config.data_dir.clone(),
        _dir: Some(dir),
        _shutdown: tx,
    }
}
