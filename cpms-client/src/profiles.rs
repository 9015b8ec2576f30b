//! Access profiles and roles: what the provider released (`roles` claim) and which profile
//! a role gives at an organisation. The rules of who may open which page live in
//! [`crate::rules`]; this module only names things.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A CPMS access profile. `Guest` is what any role at a guest organisation (code "0000")
/// amounts to, whatever profile the provider released.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Profile {
    Coordinator,
    Dispatcher,
    #[serde(rename = "HP")]
    Hp,
    #[serde(rename = "Panel Manager ERN")]
    PanelManagerErn,
    #[serde(rename = "Panel Manager HCP")]
    PanelManagerHcp,
    Researcher,
    #[serde(rename = "Guest access")]
    Guest,
}

impl Profile {
    pub const ALL: [Profile; 7] = [
        Profile::Coordinator,
        Profile::Dispatcher,
        Profile::Hp,
        Profile::PanelManagerErn,
        Profile::PanelManagerHcp,
        Profile::Researcher,
        Profile::Guest,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Profile::Coordinator => "Coordinator",
            Profile::Dispatcher => "Dispatcher",
            Profile::Hp => "HP",
            Profile::PanelManagerErn => "Panel Manager ERN",
            Profile::PanelManagerHcp => "Panel Manager HCP",
            Profile::Researcher => "Researcher",
            Profile::Guest => "Guest access",
        }
    }

    /// The profile named as the provider and the catalogue write it.
    pub fn parse(name: &str) -> Option<Profile> {
        Profile::ALL.into_iter().find(|p| p.name() == name)
    }
}

impl fmt::Display for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One entry of the provider's `roles` claim, as released.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleClaim {
    pub organisation: String,
    #[serde(default)]
    pub network: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub code: String,
    #[serde(default)]
    pub name: String,
    pub profile: String,
}

/// A role CPMS acts on: an organisation and the profile it gives there.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Role {
    /// `NETWORK:COUNTRY:CODE`, as `ern_catalogue::Organisation::id()`.
    pub organisation: String,
    pub network: String,
    pub organisation_name: String,
    pub profile: Profile,
}

impl Role {
    pub fn is_guest_organisation(organisation: &str) -> bool {
        ern_catalogue::is_guest_organisation(organisation)
    }
}

/// The roles CPMS acts on, from the claim: unknown profiles and malformed organisation ids
/// are dropped (logged), a guest organisation gives "Guest access", duplicates collapse.
pub fn roles_from_claims(claims: &[RoleClaim]) -> Vec<Role> {
    let mut roles: Vec<Role> = claims
        .iter()
        .filter_map(|claim| {
            let parts: Vec<&str> = claim.organisation.split(':').collect();
            if parts.len() != 3 || parts.iter().any(|p| p.is_empty()) {
                tracing::warn!(organisation = %claim.organisation, "role with a malformed organisation ignored");
                return None;
            }
            let Some(profile) = Profile::parse(&claim.profile) else {
                tracing::warn!(profile = %claim.profile, "role with an unknown profile ignored");
                return None;
            };
            let profile = if Role::is_guest_organisation(&claim.organisation) {
                Profile::Guest
            } else {
                profile
            };
            Some(Role {
                organisation: claim.organisation.clone(),
                network: parts[0].to_owned(),
                organisation_name: claim.name.clone(),
                profile,
            })
        })
        .collect();
    roles.sort();
    roles.dedup();
    roles
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(org: &str, profile: &str) -> RoleClaim {
        RoleClaim {
            organisation: org.into(),
            network: String::new(),
            country: String::new(),
            code: String::new(),
            name: String::new(),
            profile: profile.into(),
        }
    }

    #[test]
    fn guest_organisations_give_guest_access_and_junk_is_dropped() {
        let roles = roles_from_claims(&[
            claim("ERN-RND:DE:0000", "HP"),
            claim("ERN-RND:DE:DE22", "Panel Manager HCP"),
            claim("ERN-RND:DE:DE22", "Emperor"),
            claim("nonsense", "HP"),
        ]);
        assert_eq!(roles.len(), 2);
        assert_eq!(roles[0].profile, Profile::Guest);
        assert_eq!(roles[1].profile, Profile::PanelManagerHcp);
        assert_eq!(roles[1].network, "ERN-RND");
    }
}
