//! The organisation catalogue shared by `idp` (access requests) and `cpms`
//! (profiles, thematic areas): one TOML file, checked as a whole at start so a
//! mistake is reported with its line instead of surfacing as a missing choice.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

/// The catalogue that ships with the product (`catalogue/catalogue.toml`).
pub const BUILTIN: &str = include_str!("../catalogue.toml");

/// The code of the guest organisation every network has in each of its countries.
pub const GUEST_CODE: &str = "0000";

/// Whether the organisation id `NETWORK:COUNTRY:CODE` names a network's "0000 Guest Access":
/// whatever profile a grant there names, its holder is a guest (CPMS shows it so, and the
/// provider makes no approver of it).
pub fn is_guest_organisation(id: &str) -> bool {
    id.rsplit(':').next() == Some(GUEST_CODE)
}
pub const GUEST_NAME: &str = "Guest Access";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueError {
    pub source: String,
    /// 1-based; 0 when the file could not be read at all.
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.source, self.reason)
        } else {
            write!(f, "{} line {}: {}", self.source, self.line, self.reason)
        }
    }
}

impl std::error::Error for CatalogueError {}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    pub description: String,
    /// Holders approve the access requests of their network.
    pub approves: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Application {
    pub code: String,
    pub name: String,
    /// The OpenID Connect client that receives the profiles granted for it.
    pub client_id: String,
    pub profiles: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Institution {
    pub country: String,
    pub code: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Network {
    pub code: String,
    pub name: String,
    /// Country codes, in the file's order.
    pub countries: Vec<String>,
    pub institutions: Vec<Institution>,
    pub thematic_areas: Vec<String>,
}

impl Network {
    /// "ERN-RND - Neurological Diseases", as the request wizard shows it.
    pub fn label(&self) -> String {
        format!("{} - {}", self.code, self.name)
    }
}

/// One place access can be requested for: an institution of a network, or the
/// guest organisation of a network in a country.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Organisation {
    pub network: String,
    pub country: String,
    pub code: String,
    pub name: String,
}

impl Organisation {
    /// Stable identifier: `NETWORK:COUNTRY:CODE`, e.g. `ERN-RND:DE:DE22`.
    pub fn id(&self) -> String {
        format!("{}:{}:{}", self.network, self.country, self.code)
    }

    /// "DE22 - Universitätsklinikum Tübingen" or "0000 Guest Access", as the seeds write them.
    pub fn label(&self) -> String {
        if self.is_guest() {
            format!("{GUEST_CODE} {GUEST_NAME}")
        } else {
            format!("{} - {}", self.code, self.name)
        }
    }

    pub fn is_guest(&self) -> bool {
        self.code == GUEST_CODE
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    pub countries: BTreeMap<String, String>,
    pub profiles: Vec<Profile>,
    pub applications: Vec<Application>,
    pub networks: Vec<Network>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    countries: BTreeMap<String, String>,
    #[serde(default)]
    profile: Vec<RawProfile>,
    #[serde(default)]
    application: Vec<RawApplication>,
    #[serde(default)]
    network: Vec<RawNetwork>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProfile {
    name: Spanned<String>,
    description: String,
    #[serde(default)]
    approves: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawApplication {
    code: Spanned<String>,
    name: String,
    client_id: String,
    profiles: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNetwork {
    code: Spanned<String>,
    name: String,
    countries: Vec<Spanned<String>>,
    #[serde(default)]
    institutions: Vec<Spanned<String>>,
    #[serde(default)]
    thematic_areas: Vec<Spanned<String>>,
}

impl Catalogue {
    /// The catalogue built into the binaries.
    pub fn builtin() -> Result<Self, CatalogueError> {
        Self::parse(BUILTIN, "catalogue.toml (built in)")
    }

    /// The file at `path`, checked.
    pub fn load(path: &Path) -> Result<Self, CatalogueError> {
        let source = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| CatalogueError {
            source: source.clone(),
            line: 0,
            reason: format!("cannot read it: {e}"),
        })?;
        Self::parse(&text, &source)
    }

    /// `path` when given, else the built-in catalogue.
    pub fn load_or_builtin(path: Option<&Path>) -> Result<Self, CatalogueError> {
        match path {
            Some(path) => Self::load(path),
            None => Self::builtin(),
        }
    }

    pub fn parse(text: &str, source: &str) -> Result<Self, CatalogueError> {
        let fail = |span: Option<Range<usize>>, reason: String| CatalogueError {
            source: source.to_owned(),
            line: span.map_or(1, |s| line_of(text, s.start)),
            reason,
        };
        let raw: RawFile =
            toml::from_str(text).map_err(|e| fail(e.span(), e.message().to_owned()))?;

        for (code, name) in &raw.countries {
            if !is_country_code(code) || name.trim().is_empty() {
                return Err(fail(
                    find(text, &format!("{code} =")),
                    format!("country \"{code}\" needs a two-letter upper-case code and a name"),
                ));
            }
        }

        let mut profiles = Vec::new();
        for p in raw.profile {
            let name = p.name.get_ref().trim().to_owned();
            if name.is_empty() || p.description.trim().is_empty() {
                return Err(fail(
                    Some(p.name.span()),
                    "a profile needs a name and a description".into(),
                ));
            }
            if profiles.iter().any(|q: &Profile| q.name == name) {
                return Err(fail(
                    Some(p.name.span()),
                    format!("profile \"{name}\" is listed twice"),
                ));
            }
            profiles.push(Profile {
                name,
                description: p.description.trim().to_owned(),
                approves: p.approves,
            });
        }

        let mut applications: Vec<Application> = Vec::new();
        for a in raw.application {
            let code = a.code.get_ref().trim().to_owned();
            if code.is_empty() || a.client_id.trim().is_empty() {
                return Err(fail(
                    Some(a.code.span()),
                    "an application needs a code and a client_id".into(),
                ));
            }
            if applications.iter().any(|b| b.code == code) {
                return Err(fail(
                    Some(a.code.span()),
                    format!("application \"{code}\" is listed twice"),
                ));
            }
            let mut names = Vec::new();
            for p in &a.profiles {
                if !profiles.iter().any(|q| &q.name == p.get_ref()) {
                    return Err(fail(
                        Some(p.span()),
                        format!(
                            "application \"{code}\" offers profile \"{}\", which no [[profile]] defines",
                            p.get_ref()
                        ),
                    ));
                }
                names.push(p.get_ref().clone());
            }
            applications.push(Application {
                code,
                name: a.name,
                client_id: a.client_id.trim().to_owned(),
                profiles: names,
            });
        }

        let mut networks: Vec<Network> = Vec::new();
        for n in raw.network {
            let code = n.code.get_ref().trim().to_owned();
            if code.is_empty() || code.contains(':') || n.name.trim().is_empty() {
                return Err(fail(
                    Some(n.code.span()),
                    "a network needs a code (without ':') and a name".into(),
                ));
            }
            if networks.iter().any(|m| m.code == code) {
                return Err(fail(
                    Some(n.code.span()),
                    format!("network \"{code}\" is listed twice"),
                ));
            }
            let mut countries = Vec::new();
            for c in &n.countries {
                if !raw.countries.contains_key(c.get_ref()) {
                    return Err(fail(
                        Some(c.span()),
                        format!(
                            "network \"{code}\" names country \"{}\", which [countries] does not define",
                            c.get_ref()
                        ),
                    ));
                }
                if countries.contains(c.get_ref()) {
                    return Err(fail(
                        Some(c.span()),
                        format!("country \"{}\" is listed twice", c.get_ref()),
                    ));
                }
                countries.push(c.get_ref().clone());
            }
            let mut institutions: Vec<Institution> = Vec::new();
            for i in &n.institutions {
                let institution = parse_institution(i.get_ref()).map_err(|reason| {
                    fail(
                        Some(i.span()),
                        format!("institution \"{}\": {reason}", i.get_ref()),
                    )
                })?;
                if !countries.contains(&institution.country) {
                    return Err(fail(
                        Some(i.span()),
                        format!(
                            "institution \"{}\" is in country {}, which network \"{code}\" does not list",
                            i.get_ref(),
                            institution.country
                        ),
                    ));
                }
                if institutions.iter().any(|j| j.code == institution.code) {
                    return Err(fail(
                        Some(i.span()),
                        format!("institution code {} is listed twice", institution.code),
                    ));
                }
                institutions.push(institution);
            }
            let mut seen = HashSet::new();
            let mut thematic_areas = Vec::new();
            for t in &n.thematic_areas {
                let area = t.get_ref().trim();
                if area.is_empty() || !seen.insert(area.to_owned()) {
                    return Err(fail(
                        Some(t.span()),
                        "thematic areas must be non-empty and listed once".into(),
                    ));
                }
                thematic_areas.push(area.to_owned());
            }
            networks.push(Network {
                code,
                name: n.name.trim().to_owned(),
                countries,
                institutions,
                thematic_areas,
            });
        }
        if applications.is_empty() {
            return Err(fail(None, "the catalogue lists no [[application]]".into()));
        }
        if networks.is_empty() {
            return Err(fail(None, "the catalogue lists no [[network]]".into()));
        }
        Ok(Self {
            countries: raw.countries,
            profiles,
            applications,
            networks,
        })
    }

    pub fn network(&self, code: &str) -> Option<&Network> {
        self.networks.iter().find(|n| n.code == code)
    }

    pub fn application(&self, code: &str) -> Option<&Application> {
        self.applications.iter().find(|a| a.code == code)
    }

    pub fn application_for_client(&self, client_id: &str) -> Option<&Application> {
        self.applications.iter().find(|a| a.client_id == client_id)
    }

    pub fn profile(&self, name: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.name == name)
    }

    pub fn country_name(&self, code: &str) -> Option<&str> {
        self.countries.get(code).map(String::as_str)
    }

    /// The organisations of a network in a country: Guest Access first, then
    /// the institutions in code order.
    pub fn organisations(&self, network: &str, country: &str) -> Vec<Organisation> {
        let Some(n) = self.network(network) else {
            return Vec::new();
        };
        if !n.countries.iter().any(|c| c == country) {
            return Vec::new();
        }
        let mut found: Vec<Organisation> = n
            .institutions
            .iter()
            .filter(|i| i.country == country)
            .map(|i| Organisation {
                network: n.code.clone(),
                country: country.to_owned(),
                code: i.code.clone(),
                name: i.name.clone(),
            })
            .collect();
        found.sort_by(|a, b| a.code.cmp(&b.code));
        found.insert(
            0,
            Organisation {
                network: n.code.clone(),
                country: country.to_owned(),
                code: GUEST_CODE.into(),
                name: GUEST_NAME.into(),
            },
        );
        found
    }

    /// The organisation with identifier `NETWORK:COUNTRY:CODE`.
    pub fn organisation(&self, id: &str) -> Option<Organisation> {
        let mut parts = id.splitn(3, ':');
        let (network, country, code) = (parts.next()?, parts.next()?, parts.next()?);
        self.organisations(network, country)
            .into_iter()
            .find(|o| o.code == code)
    }
}

fn is_country_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// "DE22 - Universitätsklinikum Tübingen" -> country DE, code DE22.
fn parse_institution(text: &str) -> Result<Institution, String> {
    let Some((code, name)) = text.split_once(" - ") else {
        return Err(
            "write it as \"CODE - Name\", e.g. \"DE22 - Universitätsklinikum Tübingen\"".into(),
        );
    };
    let (code, name) = (code.trim(), name.trim());
    let country = code.get(..2).unwrap_or_default();
    let number = code.get(2..).unwrap_or_default();
    if !is_country_code(country)
        || number.is_empty()
        || !number.bytes().all(|b| b.is_ascii_alphanumeric())
        || name.is_empty()
    {
        return Err(
            "the code is the country's two letters followed by digits, e.g. DE22, then \" - \" and the name"
                .into(),
        );
    }
    Ok(Institution {
        country: country.to_owned(),
        code: code.to_owned(),
        name: name.to_owned(),
    })
}

fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).unwrap_or(text).matches('\n').count() + 1
}

fn find(text: &str, needle: &str) -> Option<Range<usize>> {
    text.find(needle).map(|start| start..start + needle.len())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn builtin_catalogue_checks_out_and_holds_the_seeds_organisations() {
        let c = Catalogue::builtin().unwrap();
        assert_eq!(c.networks.len(), 24);
        let org = c.organisation("ERN-RND:DE:DE22").unwrap();
        assert_eq!(org.label(), "DE22 - Universitätsklinikum Tübingen");
        let italy = c.organisations("ReCONNET", "IT");
        assert_eq!(italy[0].label(), "0000 Guest Access");
        assert!(italy.iter().any(|o| o.label() == "IT08 - AOU Pisana"));
        assert_eq!(
            c.profile("HP").unwrap().description,
            "healthcare professional available to participate in or lead panels"
        );
        assert!(c.profile("Coordinator").unwrap().approves);
        assert_eq!(c.application_for_client("cpms").unwrap().profiles.len(), 6);
        assert_eq!(c.network("RARE-LIVER").unwrap().countries.len(), 30);
        assert!(c.organisation("ERN-RND:DE:IT08").is_none());
        assert!(c.organisation("nonsense").is_none());
    }

    fn error_of(text: &str) -> CatalogueError {
        Catalogue::parse(text, "test.toml").unwrap_err()
    }

    const HEAD: &str = "[countries]\nDE = \"Germany\"\n[[profile]]\nname = \"HP\"\ndescription = \"d\"\n[[application]]\ncode = \"CPMS\"\nname = \"n\"\nclient_id = \"cpms\"\nprofiles = [\"HP\"]\n";

    #[test]
    fn bad_files_are_refused_with_line_and_reason() {
        let ok = format!("{HEAD}[[network]]\ncode = \"N\"\nname = \"n\"\ncountries = [\"DE\"]\n");
        assert!(Catalogue::parse(&ok, "t").is_ok());

        let e = error_of(&format!(
            "{HEAD}[[network]]\ncode = \"N\"\nname = \"n\"\ncountries = [\"XX\"]\n"
        ));
        assert_eq!(e.line, 14, "{e}");
        assert!(e.reason.contains("\"XX\""), "{e}");

        let e = error_of(&format!(
            "{HEAD}[[network]]\ncode = \"N\"\nname = \"n\"\ncountries = [\"DE\"]\ninstitutions = [\"DE22 Tübingen\"]\n"
        ));
        assert_eq!(e.line, 15, "{e}");
        assert!(e.reason.contains("CODE - Name"), "{e}");

        let e = error_of(&format!(
            "{HEAD}[[network]]\ncode = \"N\"\nname = \"n\"\ncountries = [\"DE\"]\ninstitutions = [\"IT08 - Pisa\"]\n"
        ));
        assert!(e.reason.contains("does not list"), "{e}");

        let e = error_of(&HEAD.replace("profiles = [\"HP\"]", "profiles = [\"Boss\"]"));
        assert_eq!(e.line, 10, "{e}");
        assert!(e.reason.contains("Boss"), "{e}");

        let e = error_of(&format!(
            "{HEAD}[[network]]\ncode = \"N\"\nname = \"n\"\ncountries = [\"DE\"]\ncolour = 1\n"
        ));
        assert_eq!(e.line, 15, "{e}");
        assert!(e.to_string().starts_with("test.toml line 15:"), "{e}");

        let e = error_of("[countries\n");
        assert_eq!(e.line, 1);
        assert!(error_of(HEAD).reason.contains("no [[network]]"));
    }
}
