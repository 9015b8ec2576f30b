//! CPMS served in-process on a loopback port, and a small label-driven browser (cookie jar,
//! no automatic redirects) to drive its pages (and the provider's).

use std::path::Path;
use std::sync::Arc;

use cpms_client::{AppState, Config};
use tokio::net::TcpListener;

pub struct Cpms {
    pub base: String,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    handle: Option<tokio::task::JoinHandle<()>>,
}

/// A training-mode CPMS on `data_dir` (no provider).
pub async fn spawn_training(data_dir: &Path) -> Cpms {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let config = Config {
        listen: addr,
        public_url: format!("http://{addr}"),
        issuer: "http://127.0.0.1:9".into(),
        client_secret: None,
        data_dir: data_dir.to_path_buf(),
        training: true,
        ..Config::default()
    };
    spawn_on(listener, config).await
}

pub async fn spawn_on(listener: TcpListener, config: Config) -> Cpms {
    spawn_app(listener, config).await.0
}

/// CPMS on `listener`, and its state (to look at its sessions).
pub async fn spawn_app(listener: TcpListener, config: Config) -> (Cpms, AppState) {
    let addr = listener.local_addr().unwrap();
    let state = cpms_client::App::new(config).expect("CPMS starts");
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let served = state.clone();
    let handle = tokio::spawn(async move {
        cpms_client::serve_app(listener, served, async {
            let _ = rx.await;
        })
        .await
        .expect("CPMS runs");
    });
    let cpms = Cpms {
        base: format!("http://{addr}"),
        shutdown: Some(tx),
        handle: Some(handle),
    };
    (cpms, state)
}

impl Cpms {
    pub fn browser(&self) -> Browser {
        Browser::new(&self.base)
    }

    /// Stops the server and waits until it has stopped.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(handle) = self.handle.take() {
            handle.await.unwrap();
        }
    }

    /// A browser signed in with the training account `username`.
    pub async fn signed_in(&self, username: &str) -> Browser {
        let browser = self.browser();
        let page = training_sign_in(&browser, username).await;
        assert_eq!(page.status, 303, "{}", page.text());
        browser
    }
}

pub async fn training_sign_in(browser: &Browser, username: &str) -> Page {
    let form = browser.get("/training/login").await;
    assert_eq!(form.status, 200, "{}", form.text());
    browser.submit(&form, &[("Test account", username)]).await
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
        let jar = Arc::new(reqwest::cookie::Jar::default());
        let client = reqwest::Client::builder()
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Browser {
            base: base.to_owned(),
            client,
            jar,
        }
    }

    /// The same browser (cookies included) resolving relative links against `base`.
    pub fn at(&self, base: &str) -> Browser {
        Browser {
            base: base.to_owned(),
            client: self.client.clone(),
            jar: self.jar.clone(),
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
        let response = self.client.get(self.url(path)).send().await.unwrap();
        Page::from(response).await
    }

    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let response = self
            .client
            .post(self.url(path))
            .form(fields)
            .send()
            .await
            .unwrap();
        Page::from(response).await
    }

    /// POSTs `fields` plus this browser's CSRF token.
    pub async fn post_with_csrf(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.cookie("cpms_csrf").expect("a CSRF cookie");
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf_token", &token));
        self.post(path, &all).await
    }

    /// Fills the form of `page` that holds the first labelled field by visible labels,
    /// keeps its hidden fields, and submits it. A checkbox label given "on" is ticked.
    pub async fn submit(&self, page: &Page, by_label: &[(&str, &str)]) -> Page {
        let form = match by_label.first() {
            Some((label, _)) => page.form_with_field(&page.field_for_label(label).0),
            None => page.first_form(),
        };
        let action = form.form_action();
        let mut fields: Vec<(String, String)> = form.hidden_fields();
        for (label, value) in by_label {
            let (name, checkbox_value) = page.field_for_label(label);
            match checkbox_value {
                Some(v) => fields.push((name, v)),
                None => {
                    fields.retain(|(n, _)| *n != name);
                    fields.push((name, (*value).to_owned()));
                }
            }
        }
        let borrowed: Vec<(&str, &str)> = fields
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        self.post(&action, &borrowed).await
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        use reqwest::cookie::CookieStore;
        let url = self.base.parse().unwrap();
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

    /// The text without tags and with entities decoded.
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

    pub fn first_form(&self) -> Page {
        let start = self.body.find("<form").unwrap_or(0);
        let end = self.body[start..]
            .find("</form>")
            .map_or(self.body.len(), |e| start + e);
        self.part(&self.body[start..end])
    }

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

    /// The `<form>...</form>` that posts to `action`.
    pub fn form_with_action(&self, action: &str) -> Page {
        let at = self
            .body
            .find(&format!("action=\"{action}\""))
            .unwrap_or_else(|| panic!("no form to {action}: {}", self.text()));
        let start = self.body[..at].rfind("<form").unwrap_or(0);
        let end = self.body[at..]
            .find("</form>")
            .map_or(self.body.len(), |e| at + e);
        self.part(&self.body[start..end])
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

    /// The `name` of the field whose visible `<label>` text starts with `label`, and for a
    /// checkbox or radio its `value`.
    pub fn field_for_label(&self, label: &str) -> (String, Option<String>) {
        for (i, _) in self.body.match_indices("<label for=\"") {
            let rest = &self.body[i + 12..];
            let id = &rest[..rest.find('"').unwrap_or(0)];
            let inner_start = rest.find('>').unwrap_or(0) + 1;
            let inner = &rest[inner_start..rest.find("</label>").unwrap_or(inner_start)];
            let text = self.part(inner).text();
            if text.starts_with(label) {
                let marker = format!("id=\"{id}\"");
                let at = self
                    .body
                    .find(&marker)
                    .unwrap_or_else(|| panic!("label {label:?} points at missing #{id}"));
                let start = self.body[..at].rfind('<').unwrap_or(0);
                let tag = &self.body[start..at + self.body[at..].find('>').unwrap_or(0)];
                let name = attribute(tag, "name").unwrap_or_else(|| panic!("#{id} has no name"));
                let checkable = tag.contains("type=\"checkbox\"") || tag.contains("type=\"radio\"");
                let value = if checkable {
                    attribute(tag, "value")
                } else {
                    None
                };
                return (name, value);
            }
        }
        panic!("no field labelled {label:?} on the page:\n{}", self.text());
    }

    /// The `value` of the `<option>` whose text starts with `text`.
    pub fn option_value(&self, text: &str) -> Option<String> {
        self.body
            .match_indices("<option value=\"")
            .find_map(|(i, _)| {
                let rest = &self.body[i + 15..];
                let value = &rest[..rest.find('"')?];
                let shown = &rest[rest.find('>')? + 1..rest.find("</option>")?];
                decode_entities(shown)
                    .starts_with(text)
                    .then(|| decode_entities(value))
            })
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
        .replace("&#38;", "&")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}
