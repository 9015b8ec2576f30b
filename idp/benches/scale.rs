//! Scale: the release `idp` binary on a store that already holds N accounts, each with one
//! pending access request, to show which costs stay flat from a thousand accounts to a
//! million (issues 13 and 14).
//!
//!     cargo bench -p idp --bench scale                          # N = 1000
//!     SCALE_ACCOUNTS=1000,1000000 cargo bench -p idp --bench scale   # both sizes, back to back
//!
//! Environment: `SCALE_ACCOUNTS` (comma-separated sizes, default 1000), `SCALE_STORES`
//! (`embedded,redis`), `SCALE_WRITERS` (concurrent fill tasks, 256), `SCALE_SAMPLES`
//! (sequential sign-ins and SSO round trips, 200), `SCALE_DIR` (where the data directories
//! go; each is deleted once measured).
//!
//! The fill is for this benchmark only: before the server starts, accounts are written
//! through the store API (`idp::accounts::create`, one precomputed argon2id hash for all)
//! with one access request each (the record, then `idp::access::lists::filed`, the indexes
//! the product keeps). Half the requests are at an institution of ERN-RND, the others spread
//! over the other networks. Then `idp serve` starts on it and every row is measured one
//! request after another: the start-up (process start to `/readyz` 200), a password sign-in
//! from a new browser, a single-sign-on round trip, the access pages and actions of an
//! administrator and of ERN-RND's Coordinator (both signed in with a TOTP token from
//! `oathtool`), and `idp access list --network ERN-RND`. For Redis, the memory per account
//! is Redis's `used_memory` after the fill minus before, over N.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use ern_catalogue::{Catalogue, Organisation};
use idp::access::{AccessRequest, Status, lists};
use idp::accounts::{self, Account};
use idp::store::Store;

mod common;

use common::flows::{self, sign_in, signed_in, sso_round_trip};
use common::{Server, env_u64, field, free_port, percentile, start_redis};

const NETWORK: &str = "ERN-RND";
const PROFILE: &str = "HP";
const PREFIX: &str = "scale:";

fn email(i: usize) -> String {
    format!("user{i}@scale.example.eu")
}

/// The organisations requests are filed at: ERN-RND's, and every other network's.
struct Places {
    rnd: Vec<Organisation>,
    other: Vec<Organisation>,
}

impl Places {
    fn new(catalogue: &Catalogue) -> Places {
        let (mut rnd, mut other) = (Vec::new(), Vec::new());
        for network in &catalogue.networks {
            for country in &network.countries {
                let found = catalogue.organisations(&network.code, country);
                if network.code == NETWORK {
                    rnd.extend(found);
                } else {
                    other.extend(found);
                }
            }
        }
        assert!(rnd.len() > 1 && !other.is_empty(), "the catalogue changed");
        Places { rnd, other }
    }

    /// Where account `i` asked: even accounts at ERN-RND, odd ones elsewhere.
    fn of(&self, i: usize) -> &Organisation {
        if i.is_multiple_of(2) {
            &self.rnd[(i / 2) % self.rnd.len()]
        } else {
            &self.other[(i / 2) % self.other.len()]
        }
    }

    /// An ERN-RND organisation where account `i` has no request yet.
    fn another(&self, i: usize) -> &Organisation {
        &self.rnd[(i / 2 + 1) % self.rnd.len()]
    }
}

struct Filler {
    store: Arc<dyn Store>,
    hash: String,
    now: i64,
    places: Places,
}

impl Filler {
    /// Account `i`, an administrator or not.
    async fn account(&self, i: usize, is_admin: bool) -> Account {
        let account = Account {
            id: accounts::new_account_id(),
            email: email(i),
            first_name: format!("Given{}", i % 997),
            last_name: format!("Family{i}"),
            language: "en".into(),
            password_hash: Some(self.hash.clone()),
            created_at: self.now,
            is_admin,
            ..Account::default()
        };
        assert!(
            accounts::create(self.store.as_ref(), &account)
                .await
                .unwrap()
        );
        account
    }

    /// Account `i` and its pending request, written as the product writes them.
    async fn write(&self, i: usize) {
        let account = self.account(i, false).await;
        let org = self.places.of(i);
        let request = AccessRequest {
            id: idp::secrets::random_hex(12),
            account_id: account.id.clone(),
            application: "CPMS".into(),
            organisation: org.id(),
            network: org.network.clone(),
            profiles: vec![PROFILE.into()],
            comment: String::new(),
            status: Status::Pending,
            created_at: self.now,
            decided_at: None,
            decided_by: None,
            reason: None,
            first_approval: None,
            search_terms: lists::search_terms(&account, &org.name, &org.code),
        };
        let open = lists::keys::open(&account.id, &request.application, &request.organisation);
        let record = serde_json::to_vec(&request).unwrap();
        // As the product files one (access::file_request): the record, then the marker.
        let written = idp::store::put_with_unique_index(
            self.store.as_ref(),
            (&lists::keys::request(&request.id), &record),
            (&open, request.id.as_bytes()),
        )
        .await
        .unwrap();
        assert!(written);
        lists::filed(self.store.as_ref(), &request).await.unwrap();
    }
}

/// Writes `n` accounts with `writers` concurrent tasks; returns the seconds it took.
async fn fill(store: Arc<dyn Store>, n: usize, writers: usize) -> f64 {
    let catalogue = Catalogue::load_or_builtin(None).unwrap();
    idp::schema::ensure(store.as_ref(), &catalogue)
        .await
        .unwrap();
    // One hash with the provider's own parameters (OWASP's argon2id), for every account.
    let hasher = idp::accounts::password::PasswordHasher::new(1, 1).unwrap();
    let hash = hasher.hash(common::PASSWORD).await.unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let filler = Arc::new(Filler {
        store,
        hash,
        now,
        places: Places::new(&catalogue),
    });
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let tasks: Vec<_> = (0..writers)
        .map(|_| {
            let (filler, next) = (filler.clone(), next.clone());
            tokio::spawn(async move {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= n {
                        return;
                    }
                    filler.write(i).await;
                    let step = (n / 10).max(1);
                    if (i + 1) % step == 0 {
                        eprintln!(
                            "  filled {:>9} of {n} ({:.0} accounts/s)",
                            i + 1,
                            (i + 1) as f64 / started.elapsed().as_secs_f64()
                        );
                    }
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    let seconds = started.elapsed().as_secs_f64();
    // The approvers, without requests of their own: an administrator (account n) and
    // ERN-RND's Coordinator-to-be (account n + 1).
    filler.account(n, true).await;
    filler.account(n + 1, false).await;
    seconds
}

fn redis_used_memory(url: &str) -> u64 {
    let client = redis::Client::open(url).unwrap();
    let mut conn = client.get_connection().unwrap();
    let info: String = redis::cmd("INFO").arg("memory").query(&mut conn).unwrap();
    info.lines()
        .find_map(|l| l.strip_prefix("used_memory:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap()
}

fn oathtool(secret: &str, at: i64) -> String {
    let out = std::process::Command::new("oathtool")
        .args(["--totp", "-b", secret, "--now", &format!("@{at}")])
        .output()
        .expect("oathtool (apt-get install oathtool) signs the approvers in");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// A browser signed in as `email` with a TOTP token (`acr` substantial), which it enrols
/// first through My account.
async fn signed_in_with_token(base: &str, email: &str) -> reqwest::Client {
    let setup = signed_in(base, email).await;
    let page = text(setup.get(format!("{base}/account/tokens"))).await;
    let csrf = field(&page, "csrf_token");
    let started = text(
        setup
            .post(format!("{base}/account/tokens/start"))
            .form(&[("csrf_token", csrf.as_str())]),
    )
    .await;
    let secret = started
        .split("<code class=\"secret\">")
        .nth(1)
        .and_then(|s| s.split('<').next())
        .expect("the token's secret on the enrolment page")
        .to_owned();
    // The previous time step for the enrolment, the next one for the sign-in: a step is
    // accepted once, and one step either side of now is accepted.
    let code = oathtool(&secret, unix_now() - 30);
    let done = text(
        setup
            .post(format!("{base}/account/tokens/confirm"))
            .form(&[("csrf_token", csrf.as_str()), ("code", code.as_str())]),
    )
    .await;
    assert!(done.contains("Your token is added"), "token enrolment");
    let browser = flows::browser();
    let (_, chosen) = sign_in(&browser, base, email, Some("token")).await.unwrap();
    let location = chosen.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with("/login/token"), "{location}");
    let form = text(browser.get(format!("{base}{location}"))).await;
    let code = oathtool(&secret, unix_now() + 30);
    let verified = browser
        .post(format!("{base}/login/token/verify"))
        .form(&[
            ("csrf_token", field(&form, "csrf_token").as_str()),
            ("code", code.as_str()),
            ("next", "/access/approvals"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(verified.status(), 303, "token sign-in of {email}");
    browser
}

/// A form posted; how long the answer took, and its body.
async fn post(browser: &reqwest::Client, url: &str, form: &[(&str, &str)]) -> (Duration, String) {
    let started = Instant::now();
    let body = text(browser.post(url).form(form)).await;
    (started.elapsed(), body)
}

async fn text(request: reqwest::RequestBuilder) -> String {
    request.send().await.unwrap().text().await.unwrap()
}

/// The ids of the pending requests a review page offers to decide.
fn pending_ids(page: &str) -> Vec<String> {
    page.split("action=\"/access/approvals/")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

/// Latencies of one row, and the size of the last answer when it is a page.
#[derive(Default)]
struct Row {
    latencies: Vec<Duration>,
    bytes: usize,
}

impl Row {
    fn add(&mut self, started: Instant) {
        self.latencies.push(started.elapsed());
    }

    fn show(mut self) -> String {
        self.latencies.sort();
        let size = if self.bytes > 0 {
            format!(", {:.0} KB", self.bytes as f64 / 1000.0)
        } else {
            String::new()
        };
        format!(
            "{:.1} / {:.1}{size}",
            percentile(&self.latencies, 0.50),
            percentile(&self.latencies, 0.99)
        )
    }
}

/// What one run (one store, one size) measured, as (row, value) in print order.
type Figures = Vec<(&'static str, String)>;

fn mib(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}

fn file_size(path: &std::path::Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

/// Starts the server; the milliseconds from the process's start to `/readyz` ready.
async fn start_up(server: &mut Server) -> String {
    let started = Instant::now();
    server.spawn();
    server.wait_ready().await;
    format!("{:.0}", started.elapsed().as_secs_f64() * 1000.0)
}

/// Measures the rows on a server over the filled store.
async fn measure(server: &mut Server, n: usize, samples: usize, figures: &mut Figures) {
    let base = server.base.clone();
    figures.push((
        "first start, signing keys made (ms)",
        start_up(server).await,
    ));
    server.stop();
    figures.push(("start-up: process to /readyz (ms)", start_up(server).await));
    flows::add_client(server);
    let places = Places::new(&Catalogue::load_or_builtin(None).unwrap());

    // Password sign-ins of random accounts, each from a new browser.
    let mut row = Row::default();
    for _ in 0..samples {
        let who = email(random_below(n));
        let (latency, response) = sign_in(&flows::browser(), &base, &who, None).await.unwrap();
        assert_eq!(response.status(), 303, "sign-in of {who}");
        row.latencies.push(latency);
    }
    figures.push(("password sign-in (ms)", row.show()));

    let browser = signed_in(&base, &email(random_below(n))).await;
    let http = reqwest::Client::new();
    let mut row = Row::default();
    for _ in 0..samples {
        let t = Instant::now();
        assert!(sso_round_trip(&base, &browser, &http).await.is_some());
        row.add(t);
    }
    figures.push(("SSO round trip (ms)", row.show()));

    // The approvers: an administrator and ERN-RND's Coordinator (granted by the CLI).
    let coordinator = email(n + 1);
    server.run(&[
        "access",
        "grant",
        "--email",
        &coordinator,
        "--organisation",
        &places.rnd[0].id(),
        "--profile",
        "Coordinator",
    ]);
    let admin = signed_in_with_token(&base, &email(n)).await;
    let coordinator = signed_in_with_token(&base, &coordinator).await;
    let approvals = format!("{base}/access/approvals");
    let page_samples = 30;
    for (label, browser) in [
        ("administrator's /access/approvals (ms)", &admin),
        ("Coordinator's page (ERN-RND) (ms)", &coordinator),
    ] {
        let mut row = Row::default();
        for _ in 0..page_samples {
            let t = Instant::now();
            let response = browser.get(&approvals).send().await.unwrap();
            assert_eq!(response.status(), 200, "{label}");
            let body = response.text().await.unwrap();
            row.add(t);
            assert_eq!(pending_ids(&body).len(), 25, "{label}: a full page");
            row.bytes = body.len();
        }
        figures.push((label, row.show()));
    }

    for (label, browser) in [
        ("Accept, administrator, page rebuilt (ms)", &admin),
        ("Accept, Coordinator, page rebuilt (ms)", &coordinator),
    ] {
        let mut page = text(browser.get(&approvals)).await;
        let mut row = Row::default();
        for _ in 0..20 {
            let id = pending_ids(&page)[0].clone();
            let csrf = field(&page, "csrf_token");
            let form = [
                ("csrf_token", csrf.as_str()),
                ("decision", "accept"),
                ("reason", ""),
            ];
            let (latency, answer) = post(browser, &format!("{approvals}/{id}"), &form).await;
            row.latencies.push(latency);
            assert!(answer.contains("The request was accepted"), "{label}");
            page = answer;
        }
        figures.push((label, row.show()));
    }

    // The wizard's last step (mails ERN-RND's Coordinator), by 20 different accounts.
    let mut row = Row::default();
    let mut requesters = HashSet::new();
    while requesters.len() < 20.min(n / 2) {
        requesters.insert(random_below(n / 2) * 2);
    }
    for i in requesters {
        let browser = signed_in(&base, &email(i)).await;
        let organisation = places.another(i).id();
        let recap = text(browser.get(format!("{base}/access/new/recap")).query(&[
            ("application", "CPMS"),
            ("organisation", organisation.as_str()),
            ("profile", PROFILE),
        ]))
        .await;
        let csrf = field(&recap, "csrf_token");
        let form = [
            ("csrf_token", csrf.as_str()),
            ("application", "CPMS"),
            ("organisation", organisation.as_str()),
            ("profiles", PROFILE),
            ("comment", "scale benchmark"),
        ];
        let (latency, body) = post(&browser, &format!("{base}/access/requests"), &form).await;
        row.latencies.push(latency);
        assert!(body.contains("Your request has been submitted"), "submit");
    }
    figures.push(("Submit a request, mails approvers (ms)", row.show()));

    let mut row = Row::default();
    for _ in 0..10 {
        let t = Instant::now();
        server.run(&["access", "list", "--network", NETWORK]);
        row.add(t);
    }
    figures.push(("idp access list --network ERN-RND (ms)", row.show()));

    figures.push(("RSS after the run / peak (MiB)", {
        format!("{:.1} / {:.1}", server.rss_mib(), server.peak_rss_mib())
    }));
}

fn random_below(n: usize) -> usize {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).unwrap();
    (u64::from_le_bytes(bytes) % n as u64) as usize
}

/// One store at one size: fill, serve, measure, clean up.
async fn run(store: &str, n: usize, writers: usize, samples: usize, smtp: &str) -> Figures {
    eprintln!("{store}, {n} accounts: filling");
    let root =
        std::env::var("SCALE_DIR").unwrap_or_else(|_| std::env::temp_dir().display().to_string());
    let dir = tempfile::tempdir_in(root).unwrap();
    let port = free_port();
    let mut figures: Figures = Vec::new();
    let redis = (store == "redis").then(|| start_redis().expect("redis-server"));
    let url = redis.as_ref().map(|(_, url)| url.clone());
    let backend: Arc<dyn Store> = match &url {
        Some(url) => Arc::new(idp::store::RedisStore::connect(url, PREFIX).unwrap()),
        None => Arc::new(idp::store::SqliteStore::open(dir.path()).unwrap()),
    };
    let before = url.as_deref().map(redis_used_memory);
    let seconds = fill(backend.clone(), n, writers).await;
    figures.push((
        "fill through the store API (accounts/s)",
        format!("{:.0} ({:.0} s)", n as f64 / seconds, seconds),
    ));
    if let (Some(url), Some(before)) = (url.as_deref(), before) {
        let after = redis_used_memory(url);
        figures.push((
            "Redis used_memory per account (bytes)",
            format!(
                "{:.0} ({} MiB in all)",
                (after - before) as f64 / n as f64,
                mib(after - before)
            ),
        ));
    }
    drop(backend);
    let mut server = Server::configure(dir, port, url.as_deref().map(|u| (u, PREFIX)));
    server.set("IDP_SMTP_URL", smtp.to_owned());
    measure(&mut server, n, samples, &mut figures).await;
    if url.is_none() {
        let db = server.data_dir().join(idp::store::SQLITE_FILE);
        let mut wal = db.clone().into_os_string();
        wal.push("-wal");
        figures.push((
            "SQLite file + -wal (MiB)",
            format!("{} + {}", mib(file_size(&db)), mib(file_size(wal.as_ref()))),
        ));
    }
    server.stop();
    drop(server);
    if let Some((mut child, _)) = redis {
        let _ = child.kill();
        let _ = child.wait();
    }
    figures
}

#[tokio::main]
async fn main() {
    let sizes: Vec<usize> = std::env::var("SCALE_ACCOUNTS")
        .unwrap_or_else(|_| "1000".into())
        .split(',')
        .map(|s| {
            s.trim()
                .replace('_', "")
                .parse()
                .expect("SCALE_ACCOUNTS: numbers")
        })
        .collect();
    let stores = std::env::var("SCALE_STORES").unwrap_or_else(|_| "embedded,redis".into());
    let writers = env_u64("SCALE_WRITERS", 256) as usize;
    let samples = env_u64("SCALE_SAMPLES", 200) as usize;
    // Mail leaves over SMTP to a receiver in this process, as in the sign-in benchmark:
    // the development outbox would add a file creation to the sign-ins that mail.
    let (smtp_port, _mails) = common::smtp_sink::smtp_sink().await;
    let smtp = format!("smtp://127.0.0.1:{smtp_port}");
    for store in stores.split(',').map(str::trim) {
        let mut columns = Vec::new();
        for &n in &sizes {
            let figures = run(store, n, writers, samples, &smtp).await;
            print_table(store, &[(n, figures.clone())]);
            columns.push((n, figures));
        }
        if columns.len() > 1 {
            print_table(store, &columns);
        }
    }
}

fn print_table(store: &str, columns: &[(usize, Figures)]) {
    println!(
        "\n| {store} | {} |",
        columns
            .iter()
            .map(|(n, _)| format!("{n} accounts"))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    println!("|---|{}", "---:|".repeat(columns.len()));
    for (i, (label, _)) in columns[0].1.iter().enumerate() {
        let values: Vec<&str> = columns
            .iter()
            .map(|(_, f)| f.get(i).map_or("", |(_, v)| v.as_str()))
            .collect();
        println!("| {label} | {} |", values.join(" | "));
    }
    println!(
        "\n(ms): p50 / p99 of requests made one after another (and the size of the page);\n\
         sign-ins are from a new browser each, of random accounts.\n"
    );
}
