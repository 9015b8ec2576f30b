//! The rules of CPMS in plain functions: which profiles each page needs, who sees and
//! manages which panel, who may be invited, and the aggregate figures. No HTTP here.

use std::collections::BTreeMap;

use crate::data::{Data, Member, Panel, Preferences};
use crate::profiles::{Profile, Role};

/// A page family's access rule: the profiles (at the organisation in the path) that open it.
pub trait Rule: Send + Sync + 'static {
    const ALLOWED: &'static [Profile];
    /// What the page is, for the refusal page.
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
    "The organisation's CPMS home",
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
    "Panels",
    [Hp, PanelManagerErn, PanelManagerHcp, Guest]
);
rule!(PanelCreate, "Create a panel", [Hp]);
rule!(
    PanelManage,
    "Manage a panel (invite, close)",
    [Hp, PanelManagerErn, PanelManagerHcp]
);
rule!(PanelContribute, "Contribute to a panel", [Hp, Guest]);
rule!(Kpis, "Network KPIs", [Coordinator]);
rule!(
    Assistance,
    "Requests for assistance",
    [Coordinator, Dispatcher]
);
rule!(Reports, "Anonymised reports", [Researcher]);

/// Panel outcomes: a fixed list, so that reports never carry free text about a case.
pub const OUTCOMES: [&str; 4] = [
    "Diagnosis confirmed",
    "Treatment recommended",
    "Referred to another centre",
    "No consensus",
];

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
            Some(outcome) if OUTCOMES.contains(&outcome.as_str()) => {
                *report.by_outcome.entry(outcome.clone()).or_default() += 1;
            }
            Some(_) => *report.by_outcome.entry("Other".into()).or_default() += 1,
            None => report.open += 1,
        }
    }
    report
}

/// The choices of "My professional role" on ERN Preferences, as the seeds show it: a list,
/// so that panels can find specialists by role.
pub const PROFESSIONAL_ROLES: &[&str] = &[
    "Clinical geneticist",
    "Dermatologist",
    "Endocrinologist",
    "Haematologist",
    "Hepatologist",
    "Nephrologist",
    "Neurologist",
    "Oncologist",
    "Ophthalmologist",
    "Paediatrician",
    "Pathologist",
    "Pulmonologist",
    "Radiologist",
    "Rheumatologist",
    "Surgeon",
    "Other physician",
    "Nurse",
    "Psychologist",
    "Researcher",
    "Other health professional",
];

/// "My professional role": one of `PROFESSIONAL_ROLES`, or the problem.
pub fn professional_role(value: &str) -> Result<String, String> {
    let value = value.trim();
    match PROFESSIONAL_ROLES.iter().find(|r| **r == value) {
        Some(role) => Ok((*role).to_owned()),
        None if value.is_empty() => Err("Choose your professional role.".into()),
        None => Err("Choose your professional role from the list.".into()),
    }
}

/// "ERN Thematic Areas": "None" and a thematic area of the same network both ticked
/// contradict each other.
pub fn none_or_areas(network: &str, none: bool, areas: &[String]) -> Result<(), String> {
    match none && !areas.is_empty() {
        true => Err(format!(
            "{network}: tick \"None\" or thematic areas, not both."
        )),
        false => Ok(()),
    }
}

/// A field that is required and bounded; returns the trimmed value or the problem.
pub fn required(value: &str, label: &str, max: usize) -> Result<String, String> {
    let value = value.trim();
    if value.is_empty() {
        Err(format!("{label} is required."))
    } else if value.chars().count() > max {
        Err(format!("{label} must be at most {max} characters."))
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
