//! A real headless Chromium for end-to-end journeys, driven the way a person uses the
//! site: by the visible labels, button texts and link texts, never by ids or CSS
//! selectors, so a journey test breaks when what users see breaks.
//!
//! Include it from an integration test with `mod browser;` beside `mod support;`.
//! Chromium runs under chromedriver (Debian's `chromium` and `chromium-driver`, which
//! scripts/test installs); when they are missing the test fails, it is never skipped.
//!
//! Controls are looked up by a small script run in the page (labels need `label.control`
//! and `innerText`, which WebDriver locators do not offer); the element it returns is then
//! clicked or typed into through WebDriver, like real input.
// Each test binary uses its own part of the harness.
#![allow(dead_code)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use fantoccini::elements::{Element, ElementRef};
use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// util-linux (always installed): gives Chromium a parent-death signal, see `start`.
const SETPRIV: &str = "/usr/bin/setpriv";
/// How W3C WebDriver marks an element reference in a script's JSON result.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";
/// Page loads and waits for controls (a disabled button) give up after this long.
const PATIENCE: Duration = Duration::from_secs(30);

/// Where a test's screenshots go: `target/browser-artifacts/<test>/`.
pub fn artifacts_dir(test: &str) -> PathBuf {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .map_or_else(|| PathBuf::from("target"), Path::to_path_buf);
    target.join("browser-artifacts").join(test)
}

/// Shared by the lookup scripts: labels and texts compare trimmed, whitespace collapsed.
const NORM_JS: &str = r"
const norm = s => (s || '').replace(/\s+/g, ' ').trim();
const visible = e => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
const shown = e => norm(e.innerText || e.textContent);
";

/// Finds the control of the `<label>` reading `arguments[0]` that fits `arguments[1]`
/// (`field`, `toggle` or `select`); for a select also its option `arguments[2]`.
const LABEL_JS: &str = r"
const [wanted, kind, optionText] = arguments;
const want = norm(wanted);
const fits = c => {
  if (!c) return false;
  const tag = c.tagName.toLowerCase();
  const type = (c.getAttribute('type') || 'text').toLowerCase();
  if (kind === 'toggle') return tag === 'input' && (type === 'checkbox' || type === 'radio');
  if (kind === 'select') return tag === 'select';
  return tag === 'textarea' || (tag === 'input' &&
    !['checkbox', 'radio', 'hidden', 'submit', 'button', 'reset', 'image'].includes(type));
};
const describe = l => {
  const c = l.control;
  const what = !c ? 'no control' : c.tagName.toLowerCase() + (c.type ? ' ' + c.type : '');
  return shown(l) + ' (' + what + ')';
};
const labels = Array.from(document.querySelectorAll('label'));
// Exact text first; else a label that begins with it (labels may carry a hint after).
const hit = labels.find(l => shown(l) === want && fits(l.control))
  || labels.find(l => shown(l).startsWith(want + ' ') && fits(l.control));
const control = hit ? hit.control : null;
let option = null, options = [];
if (control && kind === 'select') {
  options = Array.from(control.options).map(o => norm(o.text));
  option = Array.from(control.options).find(o => norm(o.text) === norm(optionText)) || null;
}
return { control, option, options, labels: labels.map(describe) };
";

/// Finds the visible `<button>` or submit input reading `arguments[0]`.
const BUTTON_JS: &str = r"
const want = norm(arguments[0]);
const text = e => e.tagName === 'INPUT' ? norm(e.value) : shown(e);
const all = Array.from(document.querySelectorAll('button, input[type=submit]')).filter(visible);
const hit = all.find(e => text(e) === want) || null;
return { hit, disabled: hit ? hit.disabled : false, available: all.map(text) };
";

/// Finds the visible link reading `arguments[0]`, else the first one containing it.
const LINK_JS: &str = r"
const want = norm(arguments[0]);
const all = Array.from(document.querySelectorAll('a')).filter(visible);
const hit = all.find(e => shown(e) === want) || all.find(e => shown(e).includes(want)) || null;
return { hit, available: all.map(shown) };
";

/// Fails the test, with a screenshot of what the browser showed at that moment.
macro_rules! fail {
    ($browser:expr, $($why:tt)+) => {
        panic!("{}", $browser.failure(format!($($why)+)).await)
    };
}

mod audit;

pub use audit::PHONE_WIDTH;

/// A headless Chromium session and the chromedriver serving it; both end on drop.
pub struct Browser {
    client: Client,
    /// chromedriver; Chromium dies with it.
    driver: Child,
    artifacts: PathBuf,
    screenshots: AtomicU32,
    /// The pages checked by `check_page` so far.
    audited: Mutex<Vec<String>>,
    /// Chromium's launcher and a fresh profile: no cookies or cache shared between tests.
    _scratch: tempfile::TempDir,
}

impl Browser {
    /// Starts chromedriver on a free loopback port and opens a headless Chromium session.
    /// Screenshots (and chromedriver's log) go to `artifacts_dir`; its old PNGs are removed
    /// so the numbered steps always belong to the last run.
    pub async fn start(artifacts_dir: &Path) -> Browser {
        Self::start_speaking(artifacts_dir, "en-US,en").await
    }

    /// As `start`, with a browser whose preferred languages (its `Accept-Language`) are
    /// `languages` (e.g. "fr-FR,fr"), as a person's set in their browser's settings.
    pub async fn start_speaking(artifacts_dir: &Path, languages: &str) -> Browser {
        for binary in [CHROMIUM, CHROMEDRIVER, SETPRIV] {
            assert!(
                Path::new(binary).exists(),
                "{binary} is missing: the browser tests need Debian's chromium, \
                 chromium-driver (scripts/test installs them) and util-linux packages"
            );
        }
        std::fs::create_dir_all(artifacts_dir).expect("the artifacts directory");
        for old in std::fs::read_dir(artifacts_dir).expect("the artifacts directory") {
            let path = old.expect("an artifact").path();
            if path.extension().is_some_and(|e| e == "png") {
                std::fs::remove_file(&path).expect("an old screenshot is removed");
            }
        }
        let log = std::fs::File::create(artifacts_dir.join("chromedriver.log"))
            .expect("chromedriver's log file");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free loopback port")
            .port();
        let mut command = Command::new(CHROMEDRIVER);
        command
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("chromedriver's log file"))
            .stderr(log);
        crate::support::dies_with_test(&mut command);
        let mut driver = command.spawn().expect("chromedriver starts");
        let webdriver = format!("http://127.0.0.1:{port}");
        wait_until_ready(&mut driver, &webdriver, artifacts_dir).await;

        // chromedriver leaves Chromium running when it is killed; this launcher makes
        // Chromium die with chromedriver, so no browser outlives a killed test.
        let scratch = tempfile::tempdir().expect("a temporary directory for Chromium");
        let launcher = scratch.path().join("chromium");
        std::fs::write(
            &launcher,
            format!("#!/bin/sh\nexec {SETPRIV} --pdeathsig KILL {CHROMIUM} \"$@\"\n"),
        )
        .expect("Chromium's launcher is written");
        std::fs::set_permissions(&launcher, std::fs::Permissions::from_mode(0o755))
            .expect("Chromium's launcher is executable");
        let args = [
            "--headless=new".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-dev-shm-usage".to_owned(),
            "--disable-quic".to_owned(),
            "--no-first-run".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            "--window-size=1280,1000".to_owned(),
            format!("--lang={}", languages.split(',').next().unwrap_or("en-US")),
            format!(
                "--user-data-dir={}",
                scratch.path().join("profile").display()
            ),
        ];
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), json!("chrome"));
        capabilities.insert("pageLoadStrategy".into(), json!("normal"));
        capabilities.insert(
            "timeouts".into(),
            json!({ "pageLoad": PATIENCE.as_millis(), "script": 10_000, "implicit": 0 }),
        );
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": launcher,
                "args": args,
                "prefs": { "intl": { "accept_languages": languages } },
            }),
        );
        // chromedriver speaks plain HTTP on loopback: no TLS connector needed.
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&webdriver)
            .await
            .unwrap_or_else(|e| {
                panic!(
                    "Chromium did not start under chromedriver: {e}\n(see {})",
                    artifacts_dir.join("chromedriver.log").display()
                )
            });
        Browser {
            client,
            driver,
            artifacts: artifacts_dir.to_path_buf(),
            screenshots: AtomicU32::new(0),
            audited: Mutex::new(Vec::new()),
            _scratch: scratch,
        }
    }

    /// Gives the browser a security key: a virtual WebAuthn authenticator (CTAP2 over USB,
    /// discoverable credentials, user verification that succeeds), through the WebDriver
    /// extension of WebAuthn (Level 2, 11.3).
    pub async fn add_virtual_authenticator(&self) {
        let authenticator = Extension {
            path: "webauthn/authenticator",
            body: json!({
                "protocol": "ctap2",
                "transport": "usb",
                "hasResidentKey": true,
                "hasUserVerification": true,
                "isUserVerified": true,
                "isUserConsenting": true,
            }),
        };
        if let Err(e) = self.client.issue_cmd(authenticator).await {
            fail!(self, "no virtual authenticator: {e}");
        }
    }

    /// Opens `url` and waits until the page has loaded.
    pub async fn goto(&self, url: &str) {
        if let Err(e) = self.client.goto(url).await {
            fail!(self, "could not open {url}: {e}");
        }
        self.settle().await;
    }

    /// Opens `url` without checking it: for the test of the checks themselves.
    pub async fn goto_unchecked(&self, url: &str) {
        if let Err(e) = self.client.goto(url).await {
            fail!(self, "could not open {url}: {e}");
        }
    }

    /// The address of the page shown now.
    pub async fn current_url(&self) -> String {
        match self.client.current_url().await {
            Ok(url) => url.to_string(),
            Err(e) => fail!(self, "no current URL: {e}"),
        }
    }

    /// The page's visible text (`document.body.innerText`).
    pub async fn text(&self) -> String {
        let script = "return document.body ? document.body.innerText : '';";
        match self.client.execute(script, vec![]).await {
            Ok(Value::String(text)) => text,
            Ok(other) => fail!(self, "page text is not text: {other}"),
            Err(e) => fail!(self, "could not read the page text: {e}"),
        }
    }

    /// Waits until the page shows `text`: for pages that continue by themselves.
    pub async fn wait_for_text(&self, text: &str, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        let script = "return document.body ? document.body.innerText : '';";
        loop {
            // Errors are expected while a new page replaces the old one: try again.
            if let Ok(Value::String(shown)) = self.client.execute(script, vec![]).await {
                if shown.contains(text) {
                    return;
                }
                if Instant::now() >= deadline {
                    fail!(
                        self,
                        "{text:?} did not appear within {timeout:?}; the page shows:\n{shown}"
                    );
                }
            } else if Instant::now() >= deadline {
                fail!(self, "{text:?} did not appear within {timeout:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Types `value` into the text field labelled `label`, replacing what it held.
    pub async fn fill(&self, label: &str, value: &str) {
        let field = self.labelled(label, "field", None).await;
        if let Err(e) = field.clear().await {
            fail!(self, "could not clear {label:?}: {e}");
        }
        if let Err(e) = field.send_keys(value).await {
            fail!(self, "could not type into {label:?}: {e}");
        }
    }

    /// What the text field labelled `label` holds now.
    pub async fn value(&self, label: &str) -> String {
        let field = self.labelled(label, "field", None).await;
        match field.prop("value").await {
            Ok(value) => value.unwrap_or_default(),
            Err(e) => fail!(self, "could not read {label:?}: {e}"),
        }
    }

    /// Ticks the checkbox or radio button labelled `label`, unless it already is.
    pub async fn check(&self, label: &str) {
        let toggle = self.labelled(label, "toggle", None).await;
        let ticked = toggle.is_selected().await;
        if !matches!(ticked, Ok(true))
            && let Err(e) = toggle.click().await
        {
            fail!(self, "could not tick {label:?}: {e}");
        }
    }

    /// Chooses the option reading `option` in the drop-down list labelled `label`.
    pub async fn select(&self, label: &str, option: &str) {
        let choice = self.labelled(label, "select", Some(option)).await;
        if let Err(e) = choice.click().await {
            fail!(self, "could not choose {option:?} in {label:?}: {e}");
        }
    }

    /// Clicks the button reading `text` (waiting while it is disabled, as a person would)
    /// and waits for the page it leads to.
    pub async fn click_button(&self, text: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let found = self.run(BUTTON_JS, vec![json!(text)]).await;
            let Some(button) = self.element(&found["hit"]) else {
                fail!(
                    self,
                    "no button {text:?}; the page has: {}",
                    found["available"]
                )
            };
            if found["disabled"] != json!(true) {
                self.mark_page().await;
                if let Err(e) = button.click().await {
                    fail!(self, "could not click {text:?}: {e}");
                }
                break;
            }
            if Instant::now() >= deadline {
                fail!(self, "the button {text:?} stayed disabled");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        self.settle().await;
    }

    /// Clicks the link reading `text` (or, failing that, containing it) and waits for the
    /// page it leads to.
    pub async fn click_link(&self, text: &str) {
        let found = self.run(LINK_JS, vec![json!(text)]).await;
        let Some(link) = self.element(&found["hit"]) else {
            fail!(
                self,
                "no link {text:?}; the page has: {}",
                found["available"]
            )
        };
        self.mark_page().await;
        if let Err(e) = link.click().await {
            fail!(self, "could not click {text:?}: {e}");
        }
        self.settle().await;
    }

    /// Saves the window as `NN-step.png` in the artifacts directory, NN counting up, so
    /// a failed journey can be looked at step by step, and as `NN-step-320px.png` as a
    /// phone shows it; then checks the page (`audit`) if no navigation has yet.
    pub async fn screenshot(&self, step: &str) -> PathBuf {
        let number = self.screenshots.fetch_add(1, Ordering::Relaxed) + 1;
        let name: String = step
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '_' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        let path = self.artifacts.join(format!("{number:02}-{name}.png"));
        let png = self.client.screenshot().await.expect("a screenshot");
        std::fs::write(&path, png).expect("the screenshot is saved");
        let phone = self
            .artifacts
            .join(format!("{number:02}-{name}-{PHONE_WIDTH}px.png"));
        self.phone_screenshot(&phone).await;
        self.check_page().await;
        path
    }

    /// Ends the session cleanly (Chromium quits); dropping the browser kills it instead.
    pub async fn close(self) {
        self.client.clone().close().await.ok();
    }

    /// Runs a lookup script (with the shared helpers) and returns its result.
    async fn run(&self, script: &str, args: Vec<Value>) -> Value {
        match self
            .client
            .execute(&format!("{NORM_JS}{script}"), args)
            .await
        {
            Ok(value) => value,
            Err(e) => fail!(self, "a lookup script failed: {e}"),
        }
    }

    /// The control labelled `label` of the given kind (for a select: its option).
    async fn labelled(&self, label: &str, kind: &str, option: Option<&str>) -> Element {
        let found = self
            .run(LABEL_JS, vec![json!(label), json!(kind), json!(option)])
            .await;
        let Some(control) = self.element(&found["control"]) else {
            fail!(
                self,
                "no {kind} labelled {label:?}; the labels are: {}",
                found["labels"]
            )
        };
        match option {
            None => control,
            Some(option) => match self.element(&found["option"]) {
                Some(choice) => choice,
                None => {
                    fail!(
                        self,
                        "{label:?} has no option {option:?}; it has: {}",
                        found["options"]
                    )
                }
            },
        }
    }

    /// The element a script returned, if it returned one.
    fn element(&self, value: &Value) -> Option<Element> {
        let id = value.get(ELEMENT_KEY)?.as_str()?;
        Some(Element::from_element_id(
            self.client.clone(),
            ElementRef::from(id.to_owned()),
        ))
    }

    /// Waits until the page shown has loaded. chromedriver already holds commands back
    /// while a navigation is pending; this also covers the moment the new document exists
    /// but is still loading (scripts fail while the old one is torn down: retry).
    /// Marks the page shown now, so that `settle` can tell when the click replaced it:
    /// right after a click the old page may still read "complete".
    async fn mark_page(&self) {
        let _ = self
            .client
            .execute("window.__beforeClick = true; return true;", vec![])
            .await;
    }

    /// Waits until the page a click or `goto` led to has loaded, and checks it (see
    /// `audit`). A click that leads nowhere (the old page stays marked) is given up on
    /// after a few seconds.
    async fn settle(&self) {
        let deadline = Instant::now() + PATIENCE;
        let same_page_until = Instant::now() + Duration::from_secs(3);
        loop {
            let state = self.client.execute(
                "return [document.readyState, window.__beforeClick === true];",
                vec![],
            );
            if let Ok(Value::Array(state)) = state.await {
                let complete = state.first() == Some(&json!("complete"));
                let old_page = state.get(1) == Some(&json!(true));
                if complete && !old_page {
                    self.check_page().await;
                    return;
                }
                if complete && Instant::now() >= same_page_until {
                    return;
                }
            }
            if Instant::now() >= deadline {
                fail!(self, "the page did not finish loading in {PATIENCE:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The message to fail with: `why`, and a screenshot of what the browser showed then.
    async fn failure(&self, why: String) -> String {
        let shot = match self.client.screenshot().await {
            Ok(png) => {
                let path = self.artifacts.join("failure.png");
                match std::fs::write(&path, png) {
                    Ok(()) => format!("screenshot: {}", path.display()),
                    Err(e) => format!("no screenshot: {e}"),
                }
            }
            Err(e) => format!("no screenshot: {e}"),
        };
        format!("browser: {why}\n({shot})")
    }
}

impl Drop for Browser {
    /// Kills chromedriver, and with it any Chromium still running.
    fn drop(&mut self) {
        self.driver.kill().ok();
        self.driver.wait().ok();
    }
}

/// Waits until chromedriver's /status says it is ready for a session.
async fn wait_until_ready(driver: &mut Child, webdriver: &str, artifacts_dir: &Path) {
    let deadline = Instant::now() + PATIENCE;
    let http = reqwest::Client::new();
    loop {
        if let Ok(Some(status)) = driver.try_wait() {
            let log = std::fs::read_to_string(artifacts_dir.join("chromedriver.log"));
            panic!(
                "chromedriver exited ({status}):\n{}",
                log.unwrap_or_default()
            );
        }
        if let Ok(answer) = http.get(format!("{webdriver}/status")).send().await
            && let Ok(status) = answer.json::<Value>().await
            && status["value"]["ready"] == json!(true)
        {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "chromedriver did not become ready at {webdriver} within {PATIENCE:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A command of a WebDriver extension, `POST /session/{id}/<path>` with a JSON body: the
/// WebAuthn extension's "Add Virtual Authenticator" (`webauthn/authenticator`), and
/// chromedriver's DevTools bridge (`goog/cdp/execute`).
#[derive(Debug)]
struct Extension {
    path: &'static str,
    body: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Extension {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/{}",
            session_id.unwrap_or_default(),
            self.path
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}
