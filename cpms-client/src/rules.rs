//! The rules of CPMS in plain functions: which profiles each page needs, who sees and
//! manages which panel, who may be invited, and the aggregate figures. No HTTP here.

use std::collections::BTreeMap;

use ern_i18n::tr;

use crate::data::{Data, Member, Panel, Preferences};
use crate::profiles::{Profile, Role};

/// A page family's access rule: the profiles (at the organisation in the path) that open it.
pub trait Rule: Send + Sync + 'static {
    const ALLOWED: &'static [Profile];
    /// What the page is, for the refusal page and the organisation's home: the catalogue
    /// key of its name.
    const PAGE: &'static str;
}

macro_rules! rule {
    ($name:ident, $page:expr, [$($p:ident),*]) => {
        pub struct $name;
        impl Rule for $name {
            const ALLOWED: &'static [Profile] = &[$(Profile::$p),*];
            const PAGE: &'static str = $page;
        }
    };
}

rule!(
    AnyProfile,
    "cpms-page-organisation-home",
    [
        Coordinator,
        Dispatcher,
        Hp,
        PanelManagerErn,
        PanelManagerHcp,
        Researcher,
        Guest
    ]
);
rule!(
    PanelsView,
    "cpms-page-panels",
    [Hp, PanelManagerErn, PanelManagerHcp, Guest]
);
rule!(PanelCreate, "cpms-page-panel-create", [Hp]);
rule!(
    PanelManage,
    "cpms-page-panel-manage",
    [Hp, PanelManagerErn, PanelManagerHcp]
);
rule!(PanelContribute, "cpms-page-panel-contribute", [Hp, Guest]);
rule!(Kpis, "cpms-page-kpis", [Coordinator]);
rule!(
    Assistance,
    "cpms-page-assistance",
    [Coordinator, Dispatcher]
);
rule!(Reports, "cpms-page-reports", [Researcher]);

/// Panel outcomes: a fixed list, so that reports never carry free text about a case. Each
/// is stored as its English value and shown by its catalogue key ([`shown`]).
pub const OUTCOMES: [(&str, &str); 4] = [
    ("Diagnosis confirmed", "cpms-outcome-diagnosis-confirmed"),
    (
        "Treatment recommended",
        "cpms-outcome-treatment-recommended",
    ),
    ("Referred to another centre", "cpms-outcome-referred"),
    ("No consensus", "cpms-outcome-no-consensus"),
];

/// Where reports count an outcome that is no longer in [`OUTCOMES`] (an older data file).
pub const OTHER_OUTCOME: (&str, &str) = ("Other", "cpms-outcome-other");

/// Whether `value` is one of `table`'s stored values.
pub fn listed(table: &[(&str, &str)], value: &str) -> bool {
    table.iter().any(|(v, _)| *v == value)
}

/// A stored value of `table` ([`OUTCOMES`], [`PROFESSIONAL_ROLES`]) in the request's
/// language; a value not in the table as it is.
pub fn shown(table: &[(&str, &'static str)], value: &str) -> String {
    match table.iter().find(|(v, _)| *v == value) {
        Some((_, key)) => ern_i18n::tr!(key),
        None => value.to_owned(),
    }
}

/// The profiles `roles` give at `organisation`.
pub fn profiles_at(roles: &[Role], organisation: &str) -> Vec<Profile> {
    let mut found: Vec<Profile> = roles
        .iter()
        .filter(|r| r.organisation == organisation)
        .map(|r| r.profile)
        .collect();
    found.sort();
    found.dedup();
    found
}

/// The profiles among `held` that `allowed` accepts.
pub fn granted(held: &[Profile], allowed: &[Profile]) -> Vec<Profile> {
    held.iter()
        .copied()
        .filter(|p| allowed.contains(p))
        .collect()
}

/// Who is looking at a panel, and as what.
pub struct Viewer<'a> {
    pub member: &'a str,
    pub organisation: &'a str,
    pub network: &'a str,
    pub profiles: &'a [Profile],
}

fn is_participant(panel: &Panel, member: &str) -> bool {
    panel.lead == member || panel.invited.iter().any(|i| i == member)
}

/// May the viewer see this panel? HP: lead or invited; Guest: invited; Panel Manager ERN:
/// any panel of the network; Panel Manager HCP: panels led from their institution.
pub fn can_view(panel: &Panel, v: &Viewer) -> bool {
    if panel.network != v.network {
        return false;
    }
    v.profiles.iter().any(|p| match p {
        Profile::Hp => is_participant(panel, v.member),
        Profile::Guest => panel.invited.iter().any(|i| i == v.member),
        Profile::PanelManagerErn => true,
        Profile::PanelManagerHcp => panel.lead_organisation == v.organisation,
        _ => false,
    })
}

/// May the viewer invite to, or close, this panel? The lead HP and the panel managers.
pub fn can_manage(panel: &Panel, v: &Viewer) -> bool {
    if panel.network != v.network {
        return false;
    }
    v.profiles.iter().any(|p| match p {
        Profile::Hp => panel.lead == v.member,
        Profile::PanelManagerErn => true,
        Profile::PanelManagerHcp => panel.lead_organisation == v.organisation,
        _ => false,
    })
}

/// May the viewer add a comment? Participants (HP lead or invited, invited guests).
pub fn can_contribute(panel: &Panel, v: &Viewer) -> bool {
    panel.network == v.network
        && panel.is_open()
        && v.profiles.iter().any(|p| match p {
            Profile::Hp => is_participant(panel, v.member),
            Profile::Guest => panel.invited.iter().any(|i| i == v.member),
            _ => false,
        })
}

fn has_area(preferences: &Option<Preferences>, network: &str, area: &str) -> bool {
    preferences
        .as_ref()
        .and_then(|p| p.areas.get(network))
        .is_some_and(|areas| areas.iter().any(|a| a == area))
}

/// The specialists that may be invited to `panel`: members with a role in its network whose
/// preferences include its thematic area, not already taking part. Members without
/// preferences are never offered.
pub fn candidates<'a>(data: &'a Data, panel: &Panel) -> Vec<&'a Member> {
    data.members
        .values()
        .filter(|m| m.roles.iter().any(|r| r.network == panel.network))
        .filter(|m| has_area(&m.preferences, &panel.network, &panel.thematic_area))
        .filter(|m| !is_participant(panel, &m.id))
        .collect()
}

/// The panels the viewer may see, newest first (panels are kept in creation order; their
/// ids are random).
pub fn visible_panels<'a>(data: &'a Data, v: &Viewer) -> Vec<&'a Panel> {
    data.panels
        .iter()
        .rev()
        .filter(|p| can_view(p, v))
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkKpis {
    pub panels_open: usize,
    pub panels_closed: usize,
    pub members: usize,
    pub members_with_preferences: usize,
    pub assistance_requests: usize,
    pub assistance_unassigned: usize,
}

pub fn kpis(data: &Data, network: &str) -> NetworkKpis {
    let panels = data.panels.iter().filter(|p| p.network == network);
    let members: Vec<&Member> = data
        .members
        .values()
        .filter(|m| m.roles.iter().any(|r| r.network == network))
        .collect();
    let requests: Vec<_> = data
        .assistance
        .iter()
        .filter(|a| a.network == network)
        .collect();
    NetworkKpis {
        panels_open: panels.clone().filter(|p| p.is_open()).count(),
        panels_closed: panels.filter(|p| !p.is_open()).count(),
        members: members.len(),
        members_with_preferences: members.iter().filter(|m| m.preferences.is_some()).count(),
        assistance_requests: requests.len(),
        assistance_unassigned: requests.iter().filter(|a| a.assigned_to.is_none()).count(),
    }
}

/// Anonymised figures for researchers: counts only, keyed by thematic area and by outcome
/// (a fixed list), never a name, an e-mail or case text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub by_area: BTreeMap<String, usize>,
    pub by_outcome: BTreeMap<String, usize>,
    pub open: usize,
}

pub fn report(data: &Data, network: &str) -> Report {
    let mut report = Report::default();
    for panel in data.panels.iter().filter(|p| p.network == network) {
        *report
            .by_area
            .entry(panel.thematic_area.clone())
            .or_default() += 1;
        match &panel.outcome {
            Some(outcome) if listed(&OUTCOMES, outcome) => {
                *report.by_outcome.entry(outcome.clone()).or_default() += 1;
            }
            Some(_) => *report.by_outcome.entry(OTHER_OUTCOME.0.into()).or_default() += 1,
            None => report.open += 1,
        }
    }
    report
}

/// The choices of "My professional role" on ERN Preferences, as the seeds show it: a list,
/// so that panels can find specialists by role. Stored as the English value, shown by its
/// catalogue key ([`shown`]).
pub const PROFESSIONAL_ROLES: &[(&str, &str)] = &[
    ("Clinical geneticist", "cpms-role-clinical-geneticist"),
    ("Dermatologist", "cpms-role-dermatologist"),
    ("Endocrinologist", "cpms-role-endocrinologist"),
    ("Haematologist", "cpms-role-haematologist"),
    ("Hepatologist", "cpms-role-hepatologist"),
    ("Nephrologist", "cpms-role-nephrologist"),
    ("Neurologist", "cpms-role-neurologist"),
    ("Oncologist", "cpms-role-oncologist"),
    ("Ophthalmologist", "cpms-role-ophthalmologist"),
    ("Paediatrician", "cpms-role-paediatrician"),
    ("Pathologist", "cpms-role-pathologist"),
    ("Pulmonologist", "cpms-role-pulmonologist"),
    ("Radiologist", "cpms-role-radiologist"),
    ("Rheumatologist", "cpms-role-rheumatologist"),
    ("Surgeon", "cpms-role-surgeon"),
    ("Other physician", "cpms-role-other-physician"),
    ("Nurse", "cpms-role-nurse"),
    ("Psychologist", "cpms-role-psychologist"),
    ("Researcher", "cpms-role-researcher"),
    (
        "Other health professional",
        "cpms-role-other-health-professional",
    ),
];

/// "My professional role": one of `PROFESSIONAL_ROLES`, or the problem.
pub fn professional_role(value: &str) -> Result<String, String> {
    let value = value.trim();
    match PROFESSIONAL_ROLES.iter().find(|(r, _)| *r == value) {
        Some((role, _)) => Ok((*role).to_owned()),
        None if value.is_empty() => Err(tr!("cpms-preferences-role-missing")),
        None => Err(tr!("cpms-preferences-role-unknown")),
    }
}

/// "ERN Thematic Areas": "None" and a thematic area of the same network both ticked
/// contradict each other.
pub fn none_or_areas(network: &str, none: bool, areas: &[String]) -> Result<(), String> {
    match none && !areas.is_empty() {
        true => Err(tr!("cpms-preferences-none-and-areas", network = network)),
        false => Ok(()),
    }
}

/// A field that is required and bounded; returns the trimmed value or the problem (`label`
/// is the field's label, in the request's language).
pub fn required(value: &str, label: &str, max: usize) -> Result<String, String> {
    let value = value.trim();
    if value.is_empty() {
        Err(tr!("cpms-field-required", field = label))
    } else if value.chars().count() > max {
        Err(tr!("cpms-field-too-long", field = label, max = max))
    } else {
        Ok(value.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_professional_role_comes_from_the_list() {
        assert_eq!(
            professional_role(" Neurologist ").as_deref(),
            Ok("Neurologist")
        );
        assert!(professional_role("").is_err());
        assert!(professional_role("Astronaut").is_err());
        assert!(none_or_areas("ERN-RND", true, &[]).is_ok());
        assert!(none_or_areas("ERN-RND", false, &["Leukodystrophies".into()]).is_ok());
        assert!(none_or_areas("ERN-RND", true, &["Leukodystrophies".into()]).is_err());
    }

    /// Keys kept in tables and rules are not named next to `tr!`, so the catalogue test
    /// cannot see them: each must exist in English.
    #[test]
    fn every_key_held_in_a_table_or_a_rule_is_in_the_catalogue() {
        let pages = [
            AnyProfile::PAGE,
            PanelsView::PAGE,
            PanelCreate::PAGE,
            PanelManage::PAGE,
            PanelContribute::PAGE,
            Kpis::PAGE,
            Assistance::PAGE,
            Reports::PAGE,
        ];
        let tables = OUTCOMES
            .iter()
            .chain(PROFESSIONAL_ROLES)
            .chain([&OTHER_OUTCOME]);
        for key in pages.into_iter().chain(tables.map(|(_, key)| *key)) {
            assert_ne!(
                ern_i18n::t(ern_i18n::Lang::EN, key),
                key,
                "{key} is not in English"
            );
        }
        assert_eq!(shown(&OUTCOMES, "No consensus"), "No consensus");
        assert_eq!(shown(PROFESSIONAL_ROLES, "Astronaut"), "Astronaut");
    }

    fn panel() -> Panel {
        Panel {
            id: "1".into(),
            network: "ERN-RND".into(),
            title: "t".into(),
            case_summary: "s".into(),
            thematic_area: "Leukodystrophies".into(),
            lead: "lead".into(),
            lead_organisation: "ERN-RND:DE:DE22".into(),
            invited: vec!["guest".into()],
            comments: vec![],
            outcome: None,
            created_at: 0,
        }
    }

    fn viewer<'a>(member: &'a str, org: &'a str, profiles: &'a [Profile]) -> Viewer<'a> {
        Viewer {
            member,
            organisation: org,
            network: "ERN-RND",
            profiles,
        }
    }

    #[test]
    fn panel_visibility_follows_the_profile() {
        let p = panel();
        assert!(can_view(
            &p,
            &viewer("lead", "ERN-RND:DE:DE22", &[Profile::Hp])
        ));
        assert!(!can_view(
            &p,
            &viewer("other", "ERN-RND:DE:DE22", &[Profile::Hp])
        ));
        assert!(can_view(
            &p,
            &viewer("guest", "ERN-RND:DE:0000", &[Profile::Guest])
        ));
        assert!(!can_manage(
            &p,
            &viewer("guest", "ERN-RND:DE:0000", &[Profile::Guest])
        ));
        assert!(can_view(
            &p,
            &viewer("pm", "ERN-RND:DE:DE30", &[Profile::PanelManagerErn])
        ));
        assert!(!can_view(
            &p,
            &viewer("pm", "ERN-RND:DE:DE30", &[Profile::PanelManagerHcp])
        ));
        assert!(can_manage(
            &p,
            &viewer("pm", "ERN-RND:DE:DE22", &[Profile::PanelManagerHcp])
        ));
        assert!(!can_view(
            &p,
            &viewer("x", "ERN-RND:DE:DE22", &[Profile::Researcher])
        ));
    }
}
