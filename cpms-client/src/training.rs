//! Training mode's test accounts: a fixed, documented set, signed in locally (no provider),
//! working on the training data file only.

use crate::profiles::{Role, RoleClaim, roles_from_claims};

/// One test account: the user name typed or chosen at the training sign-in, and its roles
/// as (organisation id, profile).
#[derive(Debug, Clone, Copy)]
pub struct TrainingAccount {
    pub username: &'static str,
    pub name: &'static str,
    pub roles: &'static [(&'static str, &'static str)],
}

pub const DE22: &str = "ERN-RND:DE:DE22";
pub const DE30: &str = "ERN-RND:DE:DE30";
pub const GUEST_DE: &str = "ERN-RND:DE:0000";

/// The training accounts. Every organisation is in ERN-RND (Neurological Diseases).
pub const ACCOUNTS: &[TrainingAccount] = &[
    TrainingAccount {
        username: "coordinator",
        name: "Clara Coordinator",
        roles: &[(DE22, "Coordinator")],
    },
    TrainingAccount {
        username: "dispatcher",
        name: "Dieter Dispatcher",
        roles: &[(DE22, "Dispatcher")],
    },
    TrainingAccount {
        username: "hp",
        name: "Hanna Physician",
        roles: &[(DE22, "HP")],
    },
    TrainingAccount {
        username: "hp-bonn",
        name: "Bernd Physician",
        roles: &[(DE30, "HP")],
    },
    TrainingAccount {
        username: "pm-ern",
        name: "Petra Manager",
        roles: &[(DE22, "Panel Manager ERN")],
    },
    TrainingAccount {
        username: "pm-hcp",
        name: "Paul Manager",
        roles: &[(DE22, "Panel Manager HCP")],
    },
    TrainingAccount {
        username: "pm-hcp-bonn",
        name: "Bettina Manager",
        roles: &[(DE30, "Panel Manager HCP")],
    },
    TrainingAccount {
        username: "researcher",
        name: "Rita Researcher",
        roles: &[(DE22, "Researcher")],
    },
    TrainingAccount {
        username: "guest",
        name: "Gustav Guest",
        roles: &[(GUEST_DE, "HP")],
    },
    TrainingAccount {
        username: "no-profile",
        name: "Nora Newcomer",
        roles: &[],
    },
];

pub fn account(username: &str) -> Option<&'static TrainingAccount> {
    ACCOUNTS.iter().find(|a| a.username == username)
}

impl TrainingAccount {
    /// The member id: never a provider `sub`, so training members stay apart.
    pub fn member_id(&self) -> String {
        format!("training:{}", self.username)
    }

    pub fn email(&self) -> String {
        format!("{}@training.cpms.invalid", self.username)
    }

    pub fn roles(&self, catalogue: &ern_catalogue::Catalogue) -> Vec<Role> {
        let claims: Vec<RoleClaim> = self
            .roles
            .iter()
            .map(|(org, profile)| {
                let found = catalogue.organisation(org);
                RoleClaim {
                    organisation: (*org).to_owned(),
                    network: found
                        .as_ref()
                        .map(|o| o.network.clone())
                        .unwrap_or_default(),
                    country: found
                        .as_ref()
                        .map(|o| o.country.clone())
                        .unwrap_or_default(),
                    code: found.as_ref().map(|o| o.code.clone()).unwrap_or_default(),
                    name: found.map(|o| o.name).unwrap_or_default(),
                    profile: (*profile).to_owned(),
                }
            })
            .collect();
        roles_from_claims(&claims)
    }
}
