//! Every CPMS route tried with every training profile and without a session: exactly the
//! intended profiles pass (200, or 303 elsewhere than /login), every other signed-in user
//! gets 403, and without a session every protected route sends the browser to /login.

use std::collections::BTreeMap;

use crate::support::{Browser, Cpms, spawn_training};

const DE22: &str = "ERN-RND:DE:DE22";
const DE30: &str = "ERN-RND:DE:DE30";
const GUEST: &str = "ERN-RND:DE:0000";
const AREA: &str = "Leukodystrophies";
const CASE_TEXT: &str = "Eleven-year-old with progressive gait disturbance";

const ACCOUNTS: [&str; 10] = [
    "coordinator",
    "dispatcher",
    "hp",
    "hp-bonn",
    "pm-ern",
    "pm-hcp",
    "pm-hcp-bonn",
    "researcher",
    "guest",
    "no-profile",
];

/// Sets "My professional role" and ticks `area` (when given) on /preferences.
pub async fn set_preferences(browser: &Browser, area: Option<&str>) {
    let page = browser.get("/preferences").await;
    assert_eq!(page.status, 200, "{}", page.text());
    let mut fields = vec![("My professional role", "Neurologist")];
    if let Some(area) = area {
        fields.push((area, "on"));
    }
    let saved = browser.submit(&page, &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.text());
    assert_eq!(saved.location(), "/dashboard");
}

/// HP of DE22 creates a panel (and invites `invite` when given); returns its id.
pub async fn create_panel(hp: &Browser, title: &str, invite: &[&str]) -> String {
    let form = hp.get(&format!("/o/{DE22}/panels/new")).await;
    assert_eq!(form.status, 200, "{}", form.text());
    let created = hp
        .submit(
            &form,
            &[
                ("Title", title),
                ("Case summary", CASE_TEXT),
                ("Thematic area", AREA),
            ],
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.text());
    let id = created.location().rsplit('/').next().unwrap().to_owned();
    for member in invite {
        let done = hp
            .post_with_csrf(
                &format!("/o/{DE22}/panels/{id}/invite"),
                &[("member", member)],
            )
            .await;
        assert_eq!(done.status, 303, "inviting {member}: {}", done.text());
    }
    id
}

struct Case {
    method: &'static str,
    /// `{panel}` is replaced by a panel id, `{request}` by an assistance request id.
    path: String,
    form: Vec<(&'static str, String)>,
    allowed: &'static [&'static str],
    /// Each attempt on a panel of its own (the attempt changes the panel).
    fresh_panel: bool,
}

fn case(method: &'static str, path: String, allowed: &'static [&'static str]) -> Case {
    Case {
        method,
        path,
        form: Vec::new(),
        allowed,
        fresh_panel: false,
    }
}

#[tokio::test]
async fn every_route_is_allowed_to_exactly_the_intended_profiles() {
    let dir = tempfile::tempdir().unwrap();
    let cpms = spawn_training(dir.path()).await;
    let mut browsers: BTreeMap<&str, Browser> = BTreeMap::new();
    for account in ACCOUNTS {
        browsers.insert(account, cpms.signed_in(account).await);
    }
    // Specialists who may be invited: preferences with the panel's area.
    set_preferences(&browsers["hp-bonn"], Some(AREA)).await;
    set_preferences(&browsers["guest"], Some(AREA)).await;
    let hp = &browsers["hp"];
    let shared = create_panel(hp, "Shared panel", &["training:guest"]).await;
    let not_invited = create_panel(hp, "Panel without the guest", &[]).await;
    let coordinator = &browsers["coordinator"];
    let request = coordinator
        .post_with_csrf(
            &format!("/o/{DE22}/assistance"),
            &[("subject", "Second opinion"), ("details", "Please help")],
        )
        .await;
    assert_eq!(request.status, 303, "{}", request.text());
    let page = coordinator.get(&format!("/o/{DE22}/assistance")).await;
    let request_id = page
        .body
        .split(&format!("/o/{DE22}/assistance/"))
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();

    let new_panel_form = vec![
        ("title", "Matrix panel".to_owned()),
        ("case_summary", CASE_TEXT.to_owned()),
        ("thematic_area", AREA.to_owned()),
    ];
    let at_de22: &[&str] = &[
        "coordinator",
        "dispatcher",
        "hp",
        "pm-ern",
        "pm-hcp",
        "researcher",
    ];
    let cases = vec![
        case("GET", format!("/o/{DE22}"), at_de22),
        case(
            "GET",
            format!("/o/{DE22}/panels"),
            &["hp", "pm-ern", "pm-hcp"],
        ),
        case("GET", format!("/o/{DE22}/panels/new"), &["hp"]),
        Case {
            form: new_panel_form.clone(),
            ..case("POST", format!("/o/{DE22}/panels/new"), &["hp"])
        },
        case(
            "GET",
            format!("/o/{DE22}/panels/{shared}"),
            &["hp", "pm-ern", "pm-hcp"],
        ),
        Case {
            form: vec![("member", "training:hp-bonn".into())],
            fresh_panel: true,
            ..case(
                "POST",
                format!("/o/{DE22}/panels/{{panel}}/invite"),
                &["hp", "pm-ern", "pm-hcp"],
            )
        },
        Case {
            form: vec![("comment", "I agree.".into())],
            ..case(
                "POST",
                format!("/o/{DE22}/panels/{shared}/comment"),
                &["hp"],
            )
        },
        Case {
            form: vec![("outcome", "Diagnosis confirmed".into())],
            fresh_panel: true,
            ..case(
                "POST",
                format!("/o/{DE22}/panels/{{panel}}/close"),
                &["hp", "pm-ern", "pm-hcp"],
            )
        },
        case("GET", format!("/o/{DE22}/kpis"), &["coordinator"]),
        case(
            "GET",
            format!("/o/{DE22}/assistance"),
            &["coordinator", "dispatcher"],
        ),
        Case {
            form: vec![("subject", "Help".into()), ("details", "Details".into())],
            ..case(
                "POST",
                format!("/o/{DE22}/assistance"),
                &["coordinator", "dispatcher"],
            )
        },
        Case {
            form: vec![("member", "training:hp".into())],
            ..case(
                "POST",
                format!("/o/{DE22}/assistance/{request_id}/assign"),
                &["coordinator", "dispatcher"],
            )
        },
        case("GET", format!("/o/{DE22}/reports"), &["researcher"]),
        // The guest organisation: invited panels only, nothing else.
        case("GET", format!("/o/{GUEST}"), &["guest"]),
        case("GET", format!("/o/{GUEST}/panels"), &["guest"]),
        case("GET", format!("/o/{GUEST}/panels/{shared}"), &["guest"]),
        case("GET", format!("/o/{GUEST}/panels/{not_invited}"), &[]),
        Case {
            form: vec![("comment", "Guest view.".into())],
            ..case(
                "POST",
                format!("/o/{GUEST}/panels/{shared}/comment"),
                &["guest"],
            )
        },
        Case {
            form: vec![("member", "training:hp-bonn".into())],
            ..case("POST", format!("/o/{GUEST}/panels/{shared}/invite"), &[])
        },
        case("GET", format!("/o/{GUEST}/panels/new"), &[]),
        case("GET", format!("/o/{GUEST}/kpis"), &[]),
        case("GET", format!("/o/{GUEST}/reports"), &[]),
        // Another institution: its own profiles only, and a panel led from DE22 is not
        // its Panel Manager HCP's, nor its HP's unless invited.
        case(
            "GET",
            format!("/o/{DE30}/panels"),
            &["hp-bonn", "pm-hcp-bonn"],
        ),
        case("GET", format!("/o/{DE30}/panels/{shared}"), &[]),
        Case {
            form: new_panel_form.clone(),
            ..case("POST", format!("/o/{DE30}/panels/new"), &["hp-bonn"])
        },
        case("GET", format!("/o/{DE30}/kpis"), &[]),
    ];

    let mut failures = Vec::new();
    for c in &cases {
        // Without a session: to /login, never the page.
        let anonymous = Browser::new(&cpms.base);
        let anonymous_path = c.path.replace("{panel}", &shared);
        let page = if c.method == "GET" {
            anonymous.get(&anonymous_path).await
        } else {
            anonymous.get("/").await;
            let form: Vec<(&str, &str)> = c.form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            anonymous.post_with_csrf(&anonymous_path, &form).await
        };
        if page.status != 303 || page.location() != "/login" {
            failures.push(format!(
                "no session {} {}: {} {}",
                c.method,
                c.path,
                page.status,
                page.location()
            ));
        }
        for account in ACCOUNTS {
            let browser = &browsers[account];
            let path = if c.fresh_panel {
                let id = create_panel(hp, "Fresh panel", &[]).await;
                c.path.replace("{panel}", &id)
            } else {
                c.path.clone()
            };
            let page = if c.method == "GET" {
                browser.get(&path).await
            } else {
                let form: Vec<(&str, &str)> =
                    c.form.iter().map(|(k, v)| (*k, v.as_str())).collect();
                browser.post_with_csrf(&path, &form).await
            };
            let passed = page.status == 200 || (page.status == 303 && page.location() != "/login");
            let expected = c.allowed.contains(&account);
            if expected && !passed {
                failures.push(format!(
                    "{account} {} {path}: expected to pass, got {} {}",
                    c.method,
                    page.status,
                    page.text()
                ));
            }
            if !expected && page.status != 403 {
                failures.push(format!(
                    "{account} {} {path}: expected 403, got {} {}",
                    c.method,
                    page.status,
                    page.location()
                ));
            }
            if !expected && page.status == 403 {
                let text = page.text();
                assert!(
                    text.contains("To request authorisation"),
                    "the refusal links to the access request: {text}"
                );
            }
        }
    }
    // Signed-in pages for everyone, the landing page for anyone.
    for account in ACCOUNTS {
        for path in ["/dashboard", "/preferences", "/"] {
            let page = browsers[account].get(path).await;
            if page.status != 200 {
                failures.push(format!("{account} GET {path}: {}", page.status));
            }
        }
    }
    let anonymous = Browser::new(&cpms.base);
    for path in ["/dashboard", "/preferences"] {
        let page = anonymous.get(path).await;
        if page.status != 303 || page.location() != "/login" {
            failures.push(format!("no session GET {path}: {}", page.status));
        }
    }
    assert_eq!(anonymous.get("/").await.status, 200);
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[tokio::test]
async fn a_refusal_names_the_profiles_needed_and_held_and_reports_carry_no_names() {
    let dir = tempfile::tempdir().unwrap();
    let cpms: Cpms = spawn_training(dir.path()).await;
    let hp = cpms.signed_in("hp").await;
    let refused = hp.get(&format!("/o/{DE22}/kpis")).await;
    assert_eq!(refused.status, 403);
    let text = refused.text();
    assert!(text.contains("Network KPIs"), "{text}");
    assert!(
        text.contains("Profiles this page needs there Coordinator"),
        "{text}"
    );
    assert!(text.contains("Your profiles there HP"), "{text}");
    assert!(text.contains("Universitätsklinikum Tübingen"), "{text}");
    let cross = hp.get(&format!("/o/{DE30}/panels")).await;
    assert_eq!(cross.status, 403);
    assert!(
        cross.text().contains("Your profiles there none"),
        "{}",
        cross.text()
    );

    // Data full of names, then the researcher's report.
    let bonn = cpms.signed_in("hp-bonn").await;
    set_preferences(&bonn, Some(AREA)).await;
    let id = create_panel(&hp, "Panel about Mrs Example", &["training:hp-bonn"]).await;
    bonn.post_with_csrf(
        &format!("/o/{DE30}/panels/{id}/comment"),
        &[("comment", "Bernd thinks so too")],
    )
    .await;
    let closed = hp
        .post_with_csrf(
            &format!("/o/{DE22}/panels/{id}/close"),
            &[("outcome", "No consensus")],
        )
        .await;
    assert_eq!(closed.status, 303);
    let researcher = cpms.signed_in("researcher").await;
    let report = researcher.get(&format!("/o/{DE22}/reports")).await;
    assert_eq!(report.status, 200);
    let body = report.body.clone();
    assert!(
        body.contains(AREA) && body.contains("No consensus"),
        "{}",
        report.text()
    );
    for secret in [
        "Hanna",
        "Bernd",
        "Physician",
        "Mrs Example",
        CASE_TEXT,
        "training.cpms.invalid",
        "training:",
        "thinks so",
    ] {
        let content = body.split("<main>").nth(1).unwrap_or_default();
        assert!(
            !content.contains(secret),
            "report shows {secret:?}: {}",
            report.text()
        );
    }
}

/// An id as CPMS makes them now: 128 random bits in base64url.
fn is_random_id(id: &str) -> bool {
    id.len() == 22
        && id
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
}

/// One try at a panel: who, at which organisation, on which panel, and the action (none:
/// viewing it) with its form.
struct Attempt<'a> {
    browser: &'a Browser,
    org: &'a str,
    panel: &'a str,
    action: &'a str,
    form: &'a [(&'a str, &'a str)],
}

impl<'a> Attempt<'a> {
    fn view(browser: &'a Browser, org: &'a str, panel: &'a str) -> Self {
        Attempt::post(browser, org, panel, "", &[])
    }

    fn post(
        browser: &'a Browser,
        org: &'a str,
        panel: &'a str,
        action: &'a str,
        form: &'a [(&'a str, &'a str)],
    ) -> Self {
        Attempt {
            browser,
            org,
            panel,
            action,
            form,
        }
    }

    /// The same try on the panel `id`.
    async fn on(&self, id: &str) -> crate::support::Page {
        let path = format!("/o/{}/panels/{id}{}", self.org, self.action);
        if self.action.is_empty() {
            self.browser.get(&path).await
        } else {
            self.browser.post_with_csrf(&path, self.form).await
        }
    }
}

#[tokio::test]
async fn panel_ids_are_random_and_a_panel_one_may_not_see_looks_like_a_missing_one() {
    let dir = tempfile::tempdir().unwrap();
    let cpms = spawn_training(dir.path()).await;
    let hp = cpms.signed_in("hp").await;
    let first = create_panel(&hp, "First panel", &[]).await;
    let second = create_panel(&hp, "Second panel", &[]).await;
    for id in [&first, &second] {
        assert!(is_random_id(id), "{id}");
    }
    assert_ne!(first, second);
    let closed = hp
        .post_with_csrf(
            &format!("/o/{DE22}/panels/{second}/close"),
            &[("outcome", "No consensus")],
        )
        .await;
    assert_eq!(closed.status, 303, "{}", closed.text());

    // Panels that exist but are not the user's (or not any more open to the action), each
    // beside ids that exist nowhere, the old sequential ones among them: the same answer.
    let missing = ["AAAAAAAAAAAAAAAAAAAAAA", "1", "2", "3", "not-a-panel"];
    let guest = cpms.signed_in("guest").await;
    let hp_bonn = cpms.signed_in("hp-bonn").await;
    let pm_bonn = cpms.signed_in("pm-hcp-bonn").await;
    let comment = [("comment", "Probing.")];
    let close = [("outcome", "No consensus")];
    let invite = [("member", "training:hp-bonn")];
    let attempts = [
        Attempt::view(&guest, GUEST, &first),
        Attempt::view(&hp_bonn, DE30, &first),
        Attempt::post(&hp_bonn, DE30, &first, "/comment", &comment),
        Attempt::post(&pm_bonn, DE30, &first, "/close", &close),
        Attempt::post(&pm_bonn, DE30, &first, "/invite", &invite),
        // Their own panel, already closed: closing it again is refused.
        Attempt::post(&hp, DE22, &second, "/close", &close),
    ];
    for attempt in attempts {
        let refused = attempt.on(attempt.panel).await;
        let what = format!("{}{}", attempt.org, attempt.action);
        assert_eq!(refused.status, 403, "{what}: {}", refused.text());
        for id in missing {
            let absent = attempt.on(id).await;
            assert_eq!(
                (absent.status, comparable(&absent.body)),
                (refused.status, comparable(&refused.body)),
                "panel {id:?} at {what}: a missing panel answers like a forbidden one"
            );
        }
    }
    // Nothing was changed by the refused attempts.
    let page = hp.get(&format!("/o/{DE22}/panels/{first}")).await;
    assert_eq!(page.status, 200);
    assert!(!page.text().contains("Probing."), "{}", page.text());
    assert!(page.text().contains("Open"), "{}", page.text());
}

/// A page without what differs between any two answers: its request id (a new one
/// each) and the language selector's way back (the address asked for, which the asker
/// knows already).
fn comparable(body: &str) -> String {
    let mut page = body.to_owned();
    for (start, end) in [
        ("Reference for support: <code>", "</code>"),
        ("name=\"next\" value=\"", "\""),
    ] {
        if let Some((before, after)) = page.split_once(start) {
            let rest = after.split_once(end).map_or("", |(_, rest)| rest);
            page = format!("{before}{start}…{end}{rest}");
        }
    }
    page
}
