//! Access requests: the four-step wizard, the Coordinator's decision, the mails, and the
//! `roles` claim the application's client receives (and only it) until revoked.

use base64::Engine;
use openidconnect::{AuthorizationCode, OAuth2TokenResponse, RefreshToken, TokenResponse};
use serde_json::Value;

use crate::app::{Backend, Browser, TestApp, spawn_app};
use crate::rp::{PASSWORD, follow, http, query_param, register, start};
use idp::access::{DecideOutcome, Decision, SubmitOutcome};
use idp::accounts::Account;

pub(crate) const DE22: &str = "ERN-RND:DE:DE22";
/// The level of an approver who signed in with a second factor.
pub(crate) const SECOND_FACTOR: idp::clients::Acr = idp::clients::Acr::Substantial;

pub(crate) async fn account(app: &TestApp, email: &str) -> Account {
    idp::accounts::find_by_email(app.provider.store.as_ref(), email)
        .await
        .unwrap()
        .unwrap()
}

/// A Coordinator of ERN-RND (granted by the operator, as `idp access grant` does), signed
/// in with a token as second factor, as deciding needs.
pub(crate) async fn coordinator(
    app: &TestApp,
    email: &str,
    organisation: &str,
) -> (Browser, Account) {
    let browser = crate::tokens::signed_in_with_token(app, email).await;
    let who = account(app, email).await;
    let granted = app
        .provider
        .grant_access(&who, "CPMS", organisation, vec!["Coordinator".into()])
        .await
        .unwrap();
    assert!(
        matches!(granted, SubmitOutcome::Submitted(_)),
        "{granted:?}"
    );
    (browser, who)
}

/// The address of the link reading `text`; "Open X" is the row X's "Open" link (its
/// hidden rest tells screen readers which row).
fn link_to(page: &crate::app::Page, text: &str) -> String {
    let marker = match text.strip_prefix("Open ") {
        Some(row) => format!(">Open<span class=\"visually-hidden\"> {row}</span></a>"),
        None => format!(">{text}</a>"),
    };
    let at = page
        .body
        .find(&marker)
        .unwrap_or_else(|| panic!("no link {text:?} on:\n{}", page.text()));
    let start = page.body[..at].rfind("href=\"").unwrap() + 6;
    page.body[start..at - 1]
        .replace("&amp;", "&")
        .replace("&#38;", "&")
}

/// Every text of `page` came from the catalogue: no key of the access pages or the console
/// shows as itself (what a missing key looks like; keys held in fields, such as statuses,
/// are translated by the templates and checked by nothing else).
pub(crate) fn shows_no_key(page: &crate::app::Page) {
    let text = page.text();
    let key = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .find(|w| ["access-", "admin-"].iter().any(|p| w.starts_with(p)));
    assert!(key.is_none(), "{key:?} shown as a key on:\n{text}");
}

/// Walks the wizard by its links and buttons and submits `profile` at DE22.
async fn request_through_wizard(
    browser: &Browser,
    profile: &str,
    comment: &str,
) -> crate::app::Page {
    let step1 = browser.get("/access/new?application=CPMS").await;
    assert_eq!(step1.status, 200);
    assert!(step1.text().contains(
        "1 Select application 2 Select organisation 3 Select access profile 4 Recap and Submission"
    ));
    // "Application" is a select, "[No value selected]" first, the linked one chosen.
    assert!(
        step1
            .text()
            .contains("Application [No value selected] CPMS"),
        "{}",
        step1.text()
    );
    assert!(step1.body.contains("<option value=\"CPMS\""));
    assert!(
        step1.body.contains(" selected>CPMS</option>"),
        "{}",
        step1.body
    );
    let networks = browser
        .get("/access/new/organisation?application=CPMS")
        .await;
    let text = networks.text();
    // "25 records per page": a real page-size selector, 25 chosen.
    assert!(text.contains("records per page"), "{text}");
    assert!(networks.body.contains("<option selected>25</option>"));
    assert!(text.contains("Showing 1 to 24 of 24 entries"), "{text}");
    shows_no_key(&networks);
    let countries = browser
        .get(&link_to(&networks, "Open ERN-RND - Neurological Diseases"))
        .await;
    assert!(
        countries
            .text()
            .contains("← Up / ERN-RND - Neurological Diseases"),
        "{}",
        countries.text()
    );
    let institutions = browser.get(&link_to(&countries, "Open Germany")).await;
    let text = institutions.text();
    assert!(
        text.contains("← Up / ERN-RND - Neurological Diseases / Germany"),
        "{text}"
    );
    assert!(text.contains("0000 Guest Access"), "{text}");
    assert!(
        text.contains("DE22 - Universitätsklinikum Tübingen"),
        "{text}"
    );
    assert!(text.contains("Showing 1 to 6 of 6 entries"), "{text}");
    // "Details" of a country's institution, in a whole sentence (plurals where counts are).
    assert!(
        text.contains("in Germany, member of ERN-RND - Neurological Diseases."),
        "{text}"
    );
    shows_no_key(&institutions);
    let profiles = browser
        .get(&format!(
            "/access/new/profile?application=CPMS&organisation={DE22}"
        ))
        .await;
    let text = profiles.text();
    assert!(text.contains("Name Status Description"), "{text}");
    assert!(
        text.contains("healthcare professional available to participate in or lead panels"),
        "{text}"
    );
    assert!(
        text.contains(
            "Panel Manager HCP active Assists panel lead with managing panels at HCP level"
        ),
        "{text}"
    );
    let recap = browser
        .get(&format!(
            "/access/new/recap?application=CPMS&organisation={DE22}&profile={}",
            profile.replace(' ', "+")
        ))
        .await;
    assert_eq!(recap.status, 200, "{}", recap.text());
    assert!(
        recap
            .text()
            .contains("Summary Application CPMS Organisation"),
        "{}",
        recap.text()
    );
    assert!(recap.text().contains(
        "Before submitting A request to get access to an application will be validated by the \
         administrators, this is a manual process and can take a few days."
    ));
    assert!(
        recap
            .text()
            .contains("DE22 - Universitätsklinikum Tübingen")
    );
    browser.submit(&recap, &[("Comments", comment)]).await
}

pub(crate) async fn the_wizard_files_a_request_the_coordinator_accepts_and_the_requester_is_told(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let (coordinator_browser, _) =
        coordinator(&app, "coord-rnd@example.eu", "ERN-RND:DE:DE30").await;
    let requester = app.registered_user("hp-rnd@example.eu", PASSWORD).await;

    let done = request_through_wizard(&requester, "HP", "Neurologist at Tübingen").await;
    assert_eq!(done.status, 200, "{}", done.text());
    assert!(done.text().contains("Your request has been submitted"));
    // Confirmation, token added, a sign-in from a new browser, then the request.
    let waiting = app.mails_to("coord-rnd@example.eu", 4).await;
    assert!(
        waiting
            .iter()
            .any(|m| m.subject.contains("waits for your decision")
                && m.body.contains("hp-rnd@example.eu")),
        "the Coordinator is told a request waits"
    );

    let again = browser_institutions(&requester).await;
    assert!(
        again.contains("DE22 - Universitätsklinikum Tübingen (request submitted)"),
        "{again}"
    );
    assert!(!again.contains("DE03 - Klinikum der Universität München (request submitted)"));
    // The profile step's "Status" says what the requester already did with each profile.
    let profile_step = format!("/access/new/profile?application=CPMS&organisation={DE22}");
    let statuses = requester.get(&profile_step).await;
    shows_no_key(&statuses);
    let statuses = statuses.text();
    assert!(
        statuses.contains("HP request submitted healthcare"),
        "{statuses}"
    );
    assert!(
        statuses.contains("Researcher active can create"),
        "{statuses}"
    );
    let duplicate = request_through_wizard(&requester, "HP", "again").await;
    assert_eq!(duplicate.status, 409);
    assert!(
        duplicate.text().contains("already have a request pending"),
        "{}",
        duplicate.text()
    );

    let review = coordinator_browser.get("/access/approvals").await;
    assert_eq!(review.status, 200);
    shows_no_key(&review);
    assert!(review.text().contains("hp-rnd@example.eu"));
    assert!(review.text().contains("Neurologist at Tübingen"));
    let id = access_ids(&app, "hp-rnd@example.eu").await.remove(0);
    let form = review.form_with_action(&format!("/access/approvals/{id}"));
    let accepted = coordinator_browser
        .post(
            &format!("/access/approvals/{id}"),
            &[
                ("csrf_token", &form.hidden("csrf_token")),
                ("decision", "accept"),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(accepted.status, 200, "{}", accepted.text());
    assert!(accepted.text().contains("The request was accepted"));
    let told = app.mails_to("hp-rnd@example.eu", 2).await;
    assert!(
        told.iter()
            .any(|m| m.subject.ends_with("your access request was accepted")
                && m.body.contains("HP at ERN-RND")),
        "{:?}",
        told.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    let mine = requester.get("/access").await;
    shows_no_key(&mine);
    let mine = mine.text();
    assert!(mine.contains("HP") && mine.contains("approved"), "{mine}");
    let statuses = requester.get(&profile_step).await.text();
    assert!(
        statuses.contains("HP granted to you healthcare"),
        "{statuses}"
    );

    // Accepted: asking for the same profile again is refused, another profile is not.
    let held = request_through_wizard(&requester, "HP", "").await;
    assert!(
        held.text().contains("You already hold the profile HP"),
        "{}",
        held.text()
    );
    let other = request_through_wizard(&requester, "Researcher", "").await;
    assert_eq!(other.status, 200, "{}", other.text());
}

async fn browser_institutions(browser: &Browser) -> String {
    browser
        .get("/access/new/organisation?application=CPMS&network=ERN-RND&country=DE")
        .await
        .text()
}

async fn access_ids(app: &TestApp, email: &str) -> Vec<String> {
    let who = account(app, email).await;
    idp::access::requests_of(app.provider.store.as_ref(), &who.id)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect()
}

crate::on_both_backends!(
    the_wizard_files_a_request_the_coordinator_accepts_and_the_requester_is_told
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_networks_coordinator_decides_never_their_own_and_only_once() {
    let app = spawn_app(Backend::Embedded).await;
    let provider = &app.provider;
    let (_, rnd) = coordinator(&app, "c1@example.eu", "ERN-RND:DE:DE30").await;
    let (_, rnd2) = coordinator(&app, "c2@example.eu", "ERN-RND:DE:DE36").await;
    let (liver_browser, liver) = coordinator(&app, "c3@example.eu", "RARE-LIVER:DE:DE40").await;
    let hp_browser = app.registered_user("hp@example.eu", PASSWORD).await;
    let hp = account(&app, "hp@example.eu").await;
    let new = idp::access::NewRequest {
        application: "CPMS".into(),
        organisation: DE22.into(),
        profiles: vec!["HP".into()],
        comment: String::new(),
    };
    let SubmitOutcome::Submitted(request) =
        provider.submit_access_request(&hp, &new).await.unwrap()
    else {
        panic!("submitted")
    };

    // Another network's Coordinator, and the requester, may not decide.
    assert_eq!(
        provider
            .decide_access_request(&liver, SECOND_FACTOR, &request.id, Decision::Accept, "")
            .await
            .unwrap(),
        DecideOutcome::NotAllowed
    );
    assert_eq!(
        provider
            .decide_access_request(&hp, SECOND_FACTOR, &request.id, Decision::Accept, "")
            .await
            .unwrap(),
        DecideOutcome::NotAllowed
    );
    assert!(
        !liver_browser
            .get("/access/approvals")
            .await
            .text()
            .contains("hp@example.eu"),
        "another network's Coordinator does not even see it"
    );
    assert_eq!(hp_browser.get("/access/approvals").await.status, 403);
    // A Coordinator's own request goes to another approver.
    let own = idp::access::NewRequest {
        profiles: vec!["Researcher".into()],
        ..new.clone()
    };
    let SubmitOutcome::Submitted(own) = provider.submit_access_request(&rnd, &own).await.unwrap()
    else {
        panic!("submitted")
    };
    assert_eq!(
        provider
            .decide_access_request(&rnd, SECOND_FACTOR, &own.id, Decision::Accept, "")
            .await
            .unwrap(),
        DecideOutcome::NotAllowed
    );
    // Rejecting needs a reason, since the requester receives it.
    assert!(matches!(
        provider
            .decide_access_request(&rnd, SECOND_FACTOR, &request.id, Decision::Reject, " ")
            .await
            .unwrap(),
        DecideOutcome::Refused(_)
    ));
    // Two Coordinators deciding at once: exactly one decision stands.
    let (a, b) = tokio::join!(
        provider.decide_access_request(&rnd, SECOND_FACTOR, &request.id, Decision::Accept, ""),
        provider.decide_access_request(
            &rnd2,
            SECOND_FACTOR,
            &request.id,
            Decision::Reject,
            "not a member"
        ),
    );
    let outcomes = [a.unwrap(), b.unwrap()];
    assert_eq!(
        outcomes
            .iter()
            .filter(|o| matches!(o, DecideOutcome::Done(_)))
            .count(),
        1,
        "{outcomes:?}"
    );
    assert!(outcomes.contains(&DecideOutcome::AlreadyDecided));
    // A Coordinator's grant is an administrator's to revoke, not another Coordinator's.
    // Without it, the power to decide goes too.
    let grant = idp::access::requests_of(provider.store.as_ref(), &rnd2.id)
        .await
        .unwrap()
        .remove(0);
    assert!(matches!(
        provider
            .revoke_access(&rnd, SECOND_FACTOR, &grant.id, "left the network")
            .await
            .unwrap(),
        DecideOutcome::Refused(_)
    ));
    let admin = Account {
        is_admin: true,
        ..rnd.clone()
    };
    assert!(matches!(
        provider
            .revoke_access(&admin, SECOND_FACTOR, &grant.id, "left the network")
            .await
            .unwrap(),
        DecideOutcome::Done(_)
    ));
    let SubmitOutcome::Submitted(later) = provider
        .submit_access_request(
            &hp,
            &idp::access::NewRequest {
                organisation: "ERN-RND:DE:0000".into(),
                ..new
            },
        )
        .await
        .unwrap()
    else {
        panic!("submitted")
    };
    assert_eq!(
        provider
            .decide_access_request(&rnd2, SECOND_FACTOR, &later.id, Decision::Accept, "")
            .await
            .unwrap(),
        DecideOutcome::NotAllowed
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn incomplete_forged_or_unknown_requests_are_refused_with_a_clear_message() {
    let app = spawn_app(Backend::Embedded).await;
    let browser = app.registered_user("picky@example.eu", PASSWORD).await;
    let no_profile = browser
        .get(&format!(
            "/access/new/recap?application=CPMS&organisation={DE22}"
        ))
        .await;
    assert_eq!(no_profile.status, 422);
    assert!(
        no_profile
            .text()
            .contains("Select at least one access profile")
    );
    let no_org = browser.get("/access/new/profile?application=CPMS").await;
    assert_eq!(no_org.status, 422);
    assert!(no_org.text().contains("Select an organisation"));
    let no_app = browser
        .get("/access/new/organisation?application=NOPE")
        .await;
    assert_eq!(no_app.status, 422);

    let recap = browser
        .get(&format!(
            "/access/new/recap?application=CPMS&organisation={DE22}&profile=HP"
        ))
        .await;
    let csrf = recap.hidden("csrf_token");
    for (organisation, profiles, expected) in [
        ("ERN-RND:DE:IT08", "HP", "Select an organisation"),
        ("ERN-RND:XX:0000", "HP", "Select an organisation"),
        (DE22, "Boss", "is not an access profile"),
        (DE22, "", "Select at least one access profile"),
    ] {
        let refused = browser
            .post(
                "/access/requests",
                &[
                    ("csrf_token", &csrf),
                    ("application", "CPMS"),
                    ("organisation", organisation),
                    ("profiles", profiles),
                    ("comment", ""),
                ],
            )
            .await;
        assert_eq!(refused.status, 409, "{organisation} {profiles}");
        assert!(refused.text().contains(expected), "{}", refused.text());
    }
    let forged = browser
        .post(
            "/access/requests",
            &[
                ("application", "CPMS"),
                ("organisation", DE22),
                ("profiles", "HP"),
            ],
        )
        .await;
    assert_eq!(forged.status, 403, "no CSRF token, no request");
    assert!(access_ids(&app, "picky@example.eu").await.is_empty());
    // Pagination and search: RARE-LIVER has 30 countries.
    let first = browser
        .get("/access/new/organisation?application=CPMS&network=RARE-LIVER")
        .await;
    assert!(
        first.text().contains("Showing 1 to 25 of 30 entries"),
        "{}",
        first.text()
    );
    let second = browser
        .get("/access/new/organisation?application=CPMS&network=RARE-LIVER&page=2")
        .await;
    assert!(second.text().contains("Showing 26 to 30 of 30 entries"));
    assert!(second.text().contains("Sweden"));
    let found = browser
        .get("/access/new/organisation?application=CPMS&search=liver")
        .await;
    assert!(
        found.text().contains("Showing 1 to 1 of 1 entry"),
        "{}",
        found.text()
    );
    // "records per page" is a real selector; what it chose stays through "Open" and pages.
    let ten = browser
        .get("/access/new/organisation?application=CPMS&network=RARE-LIVER&per_page=10")
        .await;
    assert!(
        ten.text().contains("Showing 1 to 10 of 30 entries"),
        "{}",
        ten.text()
    );
    assert!(ten.body.contains("<option selected>10</option>"));
    assert!(
        ten.body.contains("&#38;per_page=10&#38;page=3"),
        "{}",
        ten.body
    );
    let odd = browser
        .get("/access/new/organisation?application=CPMS&network=RARE-LIVER&per_page=7")
        .await;
    assert!(odd.text().contains("Showing 1 to 25 of 30 entries"));
    let networks = browser
        .get("/access/new/organisation?application=CPMS&per_page=50")
        .await;
    assert!(
        link_to(&networks, "Open ERN-RND - Neurological Diseases").ends_with("&per_page=50"),
        "{}",
        networks.body
    );
    assert!(
        networks
            .text()
            .contains("Details of ERN-RND - Neurological Diseases")
    );
}

/// The claims of a token's payload (already verified by openidconnect).
fn payload(jwt: &str) -> Value {
    let part = jwt.split('.').nth(1).unwrap();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(part)
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn roles_go_to_the_applications_client_only_and_a_revoked_grant_is_gone_at_refresh() {
    let app = spawn_app(Backend::Embedded).await;
    let (_, coordinator) = coordinator(&app, "boss@example.eu", "ERN-RND:DE:DE30").await;
    let browser = app.registered_user("roles@example.eu", PASSWORD).await;
    let who = account(&app, "roles@example.eu").await;
    let SubmitOutcome::Submitted(grant) = app
        .provider
        .grant_access(&who, "CPMS", DE22, vec!["HP".into(), "Researcher".into()])
        .await
        .unwrap()
    else {
        panic!("granted")
    };
    let (cpms, _, _) = register(&app, |c| c.id = "cpms".into()).await;
    let (other, _, _) = register(&app, |c| c.id = "other-app".into()).await;

    let mut tokens = Vec::new();
    for rp in [&cpms, &other] {
        let started = start(rp, &["roles", "offline_access"], None);
        let back = follow(&browser, &started.url, "roles@example.eu", PASSWORD).await;
        let code = query_param(&back, "code").expect(&back);
        let response = rp
            .exchange_code(AuthorizationCode::new(code))
            .unwrap()
            .set_pkce_verifier(started.verifier)
            .request_async(&http())
            .await
            .unwrap();
        response
            .id_token()
            .unwrap()
            .claims(&rp.id_token_verifier(), &started.nonce)
            .unwrap();
        tokens.push(response);
    }
    let roles = payload(&tokens[0].id_token().unwrap().to_string())["roles"].clone();
    let mut profiles: Vec<&str> = roles
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["profile"].as_str().unwrap())
        .collect();
    profiles.sort();
    assert_eq!(profiles, ["HP", "Researcher"]);
    assert_eq!(roles[0]["organisation"], DE22);
    assert_eq!(roles[0]["network"], "ERN-RND");
    assert_eq!(roles[0]["code"], "DE22");
    assert_eq!(roles[0]["name"], "Universitätsklinikum Tübingen");
    assert_eq!(
        payload(&tokens[1].id_token().unwrap().to_string())["roles"],
        serde_json::json!([]),
        "another client asking for roles gets none of CPMS's"
    );
    let userinfo: Value = http()
        .get(format!("{}/userinfo", app.base))
        .bearer_auth(tokens[0].access_token().secret())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(userinfo["roles"].as_array().unwrap().len(), 2);

    assert!(matches!(
        app.provider
            .revoke_access(&coordinator, SECOND_FACTOR, &grant.id, "moved away")
            .await
            .unwrap(),
        DecideOutcome::Done(_)
    ));
    let refreshed = cpms
        .exchange_refresh_token(&RefreshToken::new(
            tokens[0].refresh_token().unwrap().secret().clone(),
        ))
        .unwrap()
        .request_async(&http())
        .await
        .unwrap();
    assert_eq!(
        payload(&refreshed.id_token().unwrap().to_string())["roles"],
        serde_json::json!([])
    );
    let revoked_mail = app.mails_to("roles@example.eu", 2).await;
    assert!(
        revoked_mail.iter().any(
            |m| m.subject.ends_with("your access was revoked") && m.body.contains("moved away")
        )
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_cannot_flood_the_coordinators_with_requests() {
    let app = spawn_app(Backend::Embedded).await;
    app.registered_user("eager@example.eu", PASSWORD).await;
    let who = account(&app, "eager@example.eu").await;
    let networks: Vec<String> = app
        .provider
        .organisations
        .networks
        .iter()
        .map(|n| n.code.clone())
        .collect();
    let mut outcomes = Vec::new();
    for network in networks
        .iter()
        .take(idp::access::MAX_REQUESTS_PER_HOUR as usize + 1)
    {
        let new = idp::access::NewRequest {
            application: "CPMS".into(),
            organisation: format!("{network}:BE:0000"),
            profiles: vec!["HP".into()],
            comment: String::new(),
        };
        outcomes.push(
            app.provider
                .submit_access_request(&who, &new)
                .await
                .unwrap(),
        );
    }
    let submitted = outcomes
        .iter()
        .filter(|o| matches!(o, SubmitOutcome::Submitted(_)))
        .count();
    assert_eq!(submitted as u64, idp::access::MAX_REQUESTS_PER_HOUR);
    let Some(SubmitOutcome::Refused(why)) = outcomes.last() else {
        panic!("the last one is refused: {outcomes:?}")
    };
    assert!(why.contains("in the last hour"), "{why}");
}
