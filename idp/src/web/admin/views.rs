//! The console's pages (templates under `templates/admin/`).

use askama::Template;
use ern_i18n::filters;

#[derive(Template)]
#[template(path = "admin/home.html")]
pub struct Home<'a> {
    pub site_name: &'a str,
    pub operator: &'a str,
}

pub struct KeyRow {
    pub kid: String,
    pub alg: &'static str,
    pub created: String,
    /// A key of the catalogue (`admin-key-…`).
    pub state: &'static str,
}

#[derive(Template)]
#[template(path = "admin/keys.html")]
pub struct Keys<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    pub rows: Vec<KeyRow>,
    pub algs: Vec<&'static str>,
}

pub struct LogRow {
    pub at: String,
    pub operator: String,
    pub action: String,
    pub target: String,
    pub ip: String,
}

#[derive(Template)]
#[template(path = "admin/log.html")]
pub struct Log<'a> {
    pub site_name: &'a str,
    pub search: &'a str,
    pub rows: Vec<LogRow>,
    pub first: Option<String>,
    pub next: Option<String>,
}

pub struct UserRow {
    pub id: String,
    pub name: String,
    pub email: String,
    /// A key of the catalogue (`admin-user-…`).
    pub status: &'static str,
    pub created: String,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
pub struct Users<'a> {
    pub site_name: &'a str,
    pub search: &'a str,
    pub rows: Vec<UserRow>,
    pub first: Option<String>,
    pub next: Option<String>,
}

/// A second factor as the user page lists it, with what its Remove button sends.
pub struct FactorRow {
    pub kind: &'static str,
    pub label: String,
    pub value: String,
    pub added: String,
}

pub struct SessionRow {
    pub browser: String,
    pub ip: String,
    pub started: String,
    pub last_activity: String,
    pub applications: String,
}

pub struct EventRow {
    pub at: String,
    pub what: String,
    pub ip: String,
}

#[derive(Template)]
#[template(path = "admin/user.html")]
pub struct User<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    pub id: &'a str,
    pub name: String,
    pub email: &'a str,
    pub created: String,
    pub disabled: bool,
    pub locked_until: Option<String>,
    pub is_admin: bool,
    pub factors: Vec<FactorRow>,
    pub sessions: Vec<SessionRow>,
    pub history: Vec<EventRow>,
}

pub struct ClientRow {
    pub id: String,
    pub name: String,
    /// A key of the catalogue (`admin-kind-…`), as `Client::kind`.
    pub kind: &'static str,
    pub redirect_uris: String,
}

#[derive(Template)]
#[template(path = "admin/clients.html")]
pub struct Clients<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    pub rows: Vec<ClientRow>,
    pub pages: Vec<(usize, String)>,
    pub page: usize,
    pub error: Option<&'a str>,
}

#[derive(Template)]
#[template(path = "admin/client.html")]
pub struct Client<'a> {
    pub site_name: &'a str,
    pub csrf: &'a str,
    pub id: &'a str,
    pub name: &'a str,
    /// A key of the catalogue (`admin-kind-…`).
    pub kind: &'static str,
    pub has_secret: bool,
    pub redirect_uris: String,
    pub error: Option<&'a str>,
}

#[derive(Template)]
#[template(path = "admin/secret.html")]
pub struct Secret<'a> {
    pub site_name: &'a str,
    pub title: &'a str,
    pub id: &'a str,
    pub secret: &'a str,
}
