//! The competency frameworks Passerelle ships as data (`data/frameworks/`): e-CF 4.0
//! (codes, short titles, areas and levels), the ESCO occupation "ICT project manager"
//! with its essential skills, and role profiles with target levels.
//!
//! The files are compiled in, so the app needs no network and no install step to know
//! them. Each has a JSON Schema beside it (`data/frameworks/schema/`); the structs here
//! refuse unknown fields, and the tests below check what a schema cannot (41 distinct
//! codes, profile targets that exist, level ranges without gaps).

use std::fmt;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::Language;
use crate::search::{fold, matches_folded};

const ECF_JSON: &str = include_str!("../../../data/frameworks/ecf-4.0.json");
const ESCO_ICT_PROJECT_MANAGER_JSON: &str =
    include_str!("../../../data/frameworks/esco-ict-project-manager.json");
const PROFILE_JSONS: [&str; 1] = [include_str!(
    "../../../data/frameworks/profiles/ict-project-manager.json"
)];

static ECF: LazyLock<Ecf> = LazyLock::new(|| {
    serde_json::from_str(ECF_JSON).expect("data/frameworks/ecf-4.0.json is checked by the tests")
});
static ESCO_ICT_PROJECT_MANAGER: LazyLock<EscoOccupation> = LazyLock::new(|| {
    serde_json::from_str(ESCO_ICT_PROJECT_MANAGER_JSON)
        .expect("data/frameworks/esco-ict-project-manager.json is checked by the tests")
});
static PROFILES: LazyLock<Vec<Profile>> = LazyLock::new(|| {
    PROFILE_JSONS
        .iter()
        .map(|json| {
            serde_json::from_str(json)
                .expect("data/frameworks/profiles/*.json are checked by the tests")
        })
        .collect()
});

/// A short text in each of the app's languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub en: String,
    pub fr: String,
    pub nl: String,
}

impl Text {
    /// The text in `language`.
    pub fn get(&self, language: Language) -> &str {
        match language {
            Language::En => &self.en,
            Language::Fr => &self.fr,
            Language::Nl => &self.nl,
        }
    }
}

/// An e-CF proficiency level, e-1 (lowest) to e-5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EcfLevel {
    #[serde(rename = "e-1")]
    E1,
    #[serde(rename = "e-2")]
    E2,
    #[serde(rename = "e-3")]
    E3,
    #[serde(rename = "e-4")]
    E4,
    #[serde(rename = "e-5")]
    E5,
}

impl EcfLevel {
    pub const ALL: [EcfLevel; 5] = [
        EcfLevel::E1,
        EcfLevel::E2,
        EcfLevel::E3,
        EcfLevel::E4,
        EcfLevel::E5,
    ];

    /// 1 for e-1 … 5 for e-5.
    pub fn number(self) -> u8 {
        match self {
            EcfLevel::E1 => 1,
            EcfLevel::E2 => 2,
            EcfLevel::E3 => 3,
            EcfLevel::E4 => 4,
            EcfLevel::E5 => 5,
        }
    }

    /// The level for 1…5 (as the command line's `--level 3`), if there is one.
    pub fn from_number(number: u8) -> Option<EcfLevel> {
        EcfLevel::ALL.into_iter().find(|l| l.number() == number)
    }

    /// "e-1" … "e-5".
    pub fn code(self) -> &'static str {
        match self {
            EcfLevel::E1 => "e-1",
            EcfLevel::E2 => "e-2",
            EcfLevel::E3 => "e-3",
            EcfLevel::E4 => "e-4",
            EcfLevel::E5 => "e-5",
        }
    }
}

impl fmt::Display for EcfLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The five e-CF areas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AreaCode {
    A,
    B,
    C,
    D,
    E,
}

/// The e-CF as Passerelle ships it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Ecf {
    /// "ecf-4.0".
    pub id: String,
    pub name: Text,
    /// "EN 16234-1:2019".
    pub standard: String,
    pub version: String,
    /// Our URI for the framework (e-CF has no official URIs).
    pub uri: String,
    /// What the data is and is not (codes and short titles only; our level texts).
    pub notice: Text,
    pub areas: Vec<Area>,
    pub levels: Vec<Level>,
    pub competences: Vec<Competence>,
}

impl Ecf {
    /// The level's title and plain-language description.
    pub fn level(&self, level: EcfLevel) -> Option<&Level> {
        self.levels.iter().find(|l| l.code == level)
    }

    pub fn area(&self, code: AreaCode) -> Option<&Area> {
        self.areas.iter().find(|a| a.code == code)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Area {
    pub code: AreaCode,
    pub title: Text,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Level {
    pub code: EcfLevel,
    /// The EQF levels this e-CF level corresponds to.
    pub eqf: Vec<u8>,
    pub title: Text,
    /// Passerelle's own plain-language description, not the standard's text.
    pub description: Text,
}

/// One e-CF competence: a code such as "E.2", its short title, and the levels it is
/// defined at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Competence {
    pub code: String,
    pub area: AreaCode,
    /// Our stable URI, e.g. `https://passerelle.eu/frameworks/ecf/4.0/E.2`.
    pub uri: String,
    pub title: Text,
    /// The levels the competence spans, lowest first.
    pub levels: Vec<EcfLevel>,
}

impl Competence {
    /// Whether the competence is defined at `level`.
    pub fn spans(&self, level: EcfLevel) -> bool {
        self.levels.contains(&level)
    }
}

/// An ESCO occupation with the skills and knowledge it relates to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EscoOccupation {
    pub source: EscoSource,
    /// "This service uses the ESCO classification of the European Commission.": shown
    /// wherever ESCO data appears.
    pub attribution: Text,
    pub occupation: EscoConcept,
    /// Where the labels come from (ESCO's English; our French and Dutch until checked).
    pub labels_note: Text,
    pub skills: Vec<EscoSkill>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EscoSource {
    pub name: String,
    pub version: String,
    pub uri: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EscoConcept {
    pub uri: String,
    pub isco_code: String,
    pub label: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EscoSkillType {
    Skill,
    Knowledge,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EscoRelation {
    Essential,
    Optional,
}

/// A skill or knowledge concept of an ESCO occupation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EscoSkill {
    /// Our stable id for the skill within the file (a slug of its English label).
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EscoSkillType,
    pub relation: EscoRelation,
    /// The ESCO concept URI, or `None` where it has not been checked yet.
    pub uri: Option<String>,
    pub label: Text,
}

/// A role profile: the e-CF competences a job needs and the level aimed at for each.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Profile {
    pub id: String,
    pub title: Text,
    pub description: Text,
    /// Where the target levels come from.
    pub notice: Text,
    /// The e-CF the targets refer to ("ecf-4.0").
    pub framework: String,
    pub esco_occupation: Option<String>,
    pub targets: Vec<Target>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Target {
    /// An e-CF code, e.g. "E.2".
    pub competence: String,
    pub level: EcfLevel,
    /// The heart of the role (true) or a competence that supports it (false).
    pub core: bool,
}

/// The e-CF 4.0.
pub fn ecf() -> &'static Ecf {
    &ECF
}

/// The ESCO occupation "ICT project manager" and its essential skills.
pub fn esco_ict_project_manager() -> &'static EscoOccupation {
    &ESCO_ICT_PROJECT_MANAGER
}

/// Every role profile Passerelle ships.
pub fn profiles() -> &'static [Profile] {
    &PROFILES
}

/// The role profile `id` (e.g. "ict-project-manager").
pub fn profile(id: &str) -> Option<&'static Profile> {
    profiles().iter().find(|p| p.id == id)
}

/// The e-CF competence with `code` ("E.2"; case and surrounding spaces do not matter).
pub fn competence(code: &str) -> Option<&'static Competence> {
    let code = code.trim();
    ecf()
        .competences
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(code))
}

/// Something [`search`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchHit {
    Competence(&'static Competence),
    EscoSkill(&'static EscoSkill),
}

impl SearchHit {
    /// What the person sees: "E.2 Project and Portfolio Management", or the ESCO label.
    pub fn title(&self, language: Language) -> String {
        match self {
            SearchHit::Competence(c) => format!("{} {}", c.code, c.title.get(language)),
            SearchHit::EscoSkill(s) => s.label.get(language).to_owned(),
        }
    }
}

/// Competences (by code or title) and ESCO skills (by label) matching `query` in
/// `language`, ignoring case and accents. Every word of the query must occur. Best
/// first: an exact code, then titles that start with the query, then the rest; e-CF
/// before ESCO, each in framework order. A blank query finds nothing.
pub fn search(query: &str, language: Language) -> Vec<SearchHit> {
    let query = fold_for_search(query);
    if query.is_empty() {
        return Vec::new();
    }
    let mut ranked: Vec<(u8, SearchHit)> = Vec::new();
    for c in &ecf().competences {
        let code = fold_for_search(&c.code);
        let title = fold_for_search(c.title.get(language));
        let rank = if code == query {
            0
        } else if title.starts_with(&query) || code.starts_with(&query) {
            1
        } else if matches_folded(&format!("{code} {title}"), &query) {
            2
        } else {
            continue;
        };
        ranked.push((rank, SearchHit::Competence(c)));
    }
    for s in &esco_ict_project_manager().skills {
        let label = fold_for_search(s.label.get(language));
        let rank = if label.starts_with(&query) {
            1
        } else if matches_folded(&label, &query) {
            2
        } else {
            continue;
        };
        ranked.push((rank, SearchHit::EscoSkill(s)));
    }
    // Stable: equal ranks keep e-CF before ESCO and each framework's own order.
    ranked.sort_by_key(|(rank, _)| *rank);
    ranked.into_iter().map(|(_, hit)| hit).collect()
}

/// [`fold`], with typographic apostrophes made plain, so "l'information" typed on a
/// keyboard finds "l’information".
fn fold_for_search(text: &str) -> String {
    fold(&text.replace(['\u{2019}', '\u{2018}', '\u{02BC}'], "'"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const ECF_SCHEMA: &str = include_str!("../../../data/frameworks/schema/ecf.schema.json");
    const ESCO_SCHEMA: &str =
        include_str!("../../../data/frameworks/schema/esco-occupation.schema.json");
    const PROFILE_SCHEMA: &str =
        include_str!("../../../data/frameworks/schema/profile.schema.json");

    fn texts_of_everything() -> Vec<(String, &'static Text)> {
        let ecf = ecf();
        let esco = esco_ict_project_manager();
        let mut all = vec![
            ("ecf name".to_owned(), &ecf.name),
            ("ecf notice".to_owned(), &ecf.notice),
            ("esco attribution".to_owned(), &esco.attribution),
            ("esco occupation".to_owned(), &esco.occupation.label),
            ("esco labels note".to_owned(), &esco.labels_note),
        ];
        all.extend(
            ecf.areas
                .iter()
                .map(|a| (format!("area {:?}", a.code), &a.title)),
        );
        for l in &ecf.levels {
            all.push((format!("level {} title", l.code), &l.title));
            all.push((format!("level {} description", l.code), &l.description));
        }
        all.extend(ecf.competences.iter().map(|c| (c.code.clone(), &c.title)));
        all.extend(esco.skills.iter().map(|s| (s.id.clone(), &s.label)));
        for p in profiles() {
            all.push((format!("{} title", p.id), &p.title));
            all.push((format!("{} description", p.id), &p.description));
            all.push((format!("{} notice", p.id), &p.notice));
        }
        all
    }

    fn codes(hits: &[SearchHit]) -> Vec<String> {
        hits.iter()
            .map(|h| match h {
                SearchHit::Competence(c) => c.code.clone(),
                SearchHit::EscoSkill(s) => s.id.clone(),
            })
            .collect()
    }

    #[test]
    fn ecf_has_41_distinct_competences() {
        let ecf = ecf();
        assert_eq!(ecf.id, "ecf-4.0");
        assert_eq!(ecf.standard, "EN 16234-1:2019");
        assert_eq!(ecf.competences.len(), 41);
        let distinct: HashSet<&str> = ecf.competences.iter().map(|c| c.code.as_str()).collect();
        assert_eq!(distinct.len(), 41, "duplicate e-CF codes");
    }

    #[test]
    fn ecf_has_five_areas_each_holding_its_own_codes() {
        let ecf = ecf();
        let areas: Vec<AreaCode> = ecf.areas.iter().map(|a| a.code).collect();
        assert_eq!(
            areas,
            [
                AreaCode::A,
                AreaCode::B,
                AreaCode::C,
                AreaCode::D,
                AreaCode::E
            ]
        );
        assert_eq!(ecf.area(AreaCode::E).unwrap().title.en, "Manage");
        for area in &areas {
            let mut numbers: Vec<u32> = ecf
                .competences
                .iter()
                .filter(|c| c.area == *area)
                .map(|c| {
                    let (letter, number) = c.code.split_once('.').expect("code like E.2");
                    assert_eq!(
                        letter,
                        format!("{area:?}"),
                        "{} is filed under {area:?}",
                        c.code
                    );
                    number.parse().expect("a number after the dot")
                })
                .collect();
            numbers.sort_unstable();
            let expected: Vec<u32> = (1..=numbers.len() as u32).collect();
            assert_eq!(numbers, expected, "area {area:?} numbering has gaps");
        }
        // What e-CF 4.0 changed from 3.0 (see data/frameworks/README.md).
        assert_eq!(competence("A.10").unwrap().title.en, "User Experience");
        assert_eq!(
            competence("D.7").unwrap().title.en,
            "Data Science and Analytics"
        );
        assert_eq!(competence("D.5").unwrap().title.en, "Sales Development");
        assert_eq!(
            competence("A.8").unwrap().title.en,
            "Sustainability Management"
        );
        assert_eq!(
            competence("B.6").unwrap().title.en,
            "ICT Systems Engineering"
        );
        assert!(competence("D.12").is_none());
    }

    #[test]
    fn every_text_is_written_in_english_french_and_dutch() {
        for (what, text) in texts_of_everything() {
            for language in Language::ALL {
                assert!(
                    !text.get(language).trim().is_empty(),
                    "{what} has no {language:?} text"
                );
            }
        }
    }

    #[test]
    fn e2_titles_are_exact() {
        let e2 = competence("E.2").unwrap();
        assert_eq!(e2.title.en, "Project and Portfolio Management");
        assert_eq!(e2.title.fr, "Gestion de projets et de portefeuilles");
        assert_eq!(e2.title.nl, "Project- en portfoliomanagement");
        assert_eq!(e2.area, AreaCode::E);
        assert_eq!(
            e2.levels,
            [EcfLevel::E2, EcfLevel::E3, EcfLevel::E4, EcfLevel::E5]
        );
        assert_eq!(e2.uri, "https://passerelle.eu/frameworks/ecf/4.0/E.2");
    }

    #[test]
    fn levels_are_e1_to_e5_on_eqf_3_to_8() {
        let ecf = ecf();
        let levels: Vec<EcfLevel> = ecf.levels.iter().map(|l| l.code).collect();
        assert_eq!(levels, EcfLevel::ALL);
        let eqf: Vec<&[u8]> = ecf.levels.iter().map(|l| l.eqf.as_slice()).collect();
        let expected: [&[u8]; 5] = [&[3], &[4, 5], &[6], &[7], &[8]];
        assert_eq!(eqf, expected);
        for level in EcfLevel::ALL {
            assert_eq!(EcfLevel::from_number(level.number()), Some(level));
            assert!(ecf.level(level).is_some());
        }
        assert_eq!(EcfLevel::from_number(0), None);
        assert_eq!(EcfLevel::from_number(6), None);
        assert_eq!(EcfLevel::E4.to_string(), "e-4");
    }

    #[test]
    fn competence_level_ranges_are_ascending_without_gaps() {
        for c in &ecf().competences {
            assert!(!c.levels.is_empty(), "{} spans no level", c.code);
            for pair in c.levels.windows(2) {
                assert_eq!(
                    pair[0].number() + 1,
                    pair[1].number(),
                    "{} levels are not ascending without gaps",
                    c.code
                );
            }
        }
    }

    #[test]
    fn competence_uris_are_ours_and_follow_the_code() {
        let mut seen = HashSet::new();
        for c in &ecf().competences {
            assert_eq!(c.uri, format!("{}/{}", ecf().uri, c.code));
            assert!(
                c.uri
                    .starts_with("https://passerelle.eu/frameworks/ecf/4.0/")
            );
            assert!(seen.insert(c.uri.as_str()));
        }
    }

    #[test]
    fn profile_targets_are_competences_at_levels_they_span() {
        assert!(!profiles().is_empty());
        let mut ids = HashSet::new();
        for p in profiles() {
            assert!(ids.insert(p.id.as_str()), "duplicate profile {}", p.id);
            assert_eq!(p.framework, ecf().id);
            let mut seen = HashSet::new();
            for t in &p.targets {
                let c = competence(&t.competence)
                    .unwrap_or_else(|| panic!("{}: no competence {}", p.id, t.competence));
                assert_eq!(
                    c.code, t.competence,
                    "{}: write codes as the framework does",
                    p.id
                );
                assert!(
                    c.spans(t.level),
                    "{}: {} is not defined at {}",
                    p.id,
                    c.code,
                    t.level
                );
                assert!(seen.insert(c.code.as_str()), "{}: {} twice", p.id, c.code);
            }
            assert!(
                p.targets.iter().any(|t| t.core),
                "{} has no core competence",
                p.id
            );
        }
    }

    #[test]
    fn ict_project_manager_profile_aims_at_e2_level_4() {
        let p = profile("ict-project-manager").unwrap();
        let e2 = p.targets.iter().find(|t| t.competence == "E.2").unwrap();
        assert_eq!(e2.level, EcfLevel::E4);
        assert!(e2.core);
        for code in ["A.4", "E.3", "E.4", "E.7"] {
            assert!(
                p.targets.iter().any(|t| t.competence == code),
                "missing {code}"
            );
        }
        assert_eq!(
            p.esco_occupation.as_deref(),
            Some(esco_ict_project_manager().occupation.uri.as_str())
        );
        assert!(profile("no-such-profile").is_none());
    }

    #[test]
    fn search_finds_e2_by_french_title() {
        let hits = codes(&search("gestion de projets", Language::Fr));
        assert_eq!(hits.first().map(String::as_str), Some("E.2"), "{hits:?}");
    }

    #[test]
    fn search_finds_e2_by_dutch_title() {
        let hits = codes(&search("portfolio", Language::Nl));
        assert!(hits.contains(&"E.2".to_owned()), "{hits:?}");
    }

    #[test]
    fn search_finds_e2_by_code_first() {
        for query in ["E.2", "e.2", " E.2 "] {
            for language in Language::ALL {
                let hits = codes(&search(query, language));
                assert_eq!(
                    hits.first().map(String::as_str),
                    Some("E.2"),
                    "{query}: {hits:?}"
                );
            }
        }
        // "A.1" is also the start of "A.10": the exact code comes first.
        assert_eq!(codes(&search("a.1", Language::En))[..2], ["A.1", "A.10"]);
    }

    #[test]
    fn search_ignores_accents_case_and_apostrophes() {
        let hits = codes(&search("GESTION DE PROJETS", Language::Fr));
        assert!(hits.contains(&"E.2".to_owned()));
        let hits = codes(&search("securite de l'information", Language::Fr));
        assert!(hits.contains(&"E.8".to_owned()), "{hits:?}");
        assert!(hits.contains(&"D.1".to_owned()), "{hits:?}");
        let hits = codes(&search("Élaboration plan d’affaires", Language::Fr));
        assert_eq!(hits, ["A.3"]);
        assert!(search("   ", Language::En).is_empty());
        assert!(search("zzz-nothing", Language::En).is_empty());
    }

    #[test]
    fn search_uses_the_ui_language() {
        assert!(codes(&search("portefeuilles", Language::Fr)).contains(&"E.2".to_owned()));
        assert!(!codes(&search("portefeuilles", Language::En)).contains(&"E.2".to_owned()));
    }

    #[test]
    fn search_finds_esco_skills() {
        let hits = search("budgets", Language::En);
        assert!(
            hits.iter()
                .any(|h| matches!(h, SearchHit::EscoSkill(s) if s.id == "manage-budgets"))
        );
        let hits = codes(&search("methodologieen ict", Language::Nl));
        assert!(
            hits.contains(&"ict-project-management-methodologies".to_owned()),
            "{hits:?}"
        );
        let e2 = search("E.2", Language::En)[0];
        assert_eq!(
            e2.title(Language::En),
            "E.2 Project and Portfolio Management"
        );
    }

    #[test]
    fn esco_uris_where_present_are_esco_uris() {
        let esco = esco_ict_project_manager();
        assert_eq!(
            esco.occupation.uri,
            "http://data.europa.eu/esco/occupation/8b6388a4-4904-471b-9331-d3b1211f5525"
        );
        assert_eq!(esco.occupation.isco_code, "1330.7");
        assert_eq!(esco.source.name, "ESCO");
        assert_eq!(
            esco.attribution.en,
            "This service uses the ESCO classification of the European Commission."
        );
        assert!(!esco.skills.is_empty());
        let mut ids = HashSet::new();
        let mut uris = HashSet::new();
        for s in &esco.skills {
            assert!(ids.insert(s.id.as_str()), "duplicate id {}", s.id);
            if let Some(uri) = &s.uri {
                assert!(
                    uri.starts_with("http://data.europa.eu/esco/skill/"),
                    "{uri}"
                );
                assert!(uris.insert(uri.as_str()), "duplicate URI {uri}");
            }
        }
        for p in profiles() {
            if let Some(uri) = &p.esco_occupation {
                assert!(
                    uri.starts_with("http://data.europa.eu/esco/occupation/"),
                    "{uri}"
                );
            }
        }
    }

    fn schema_errors(schema: &str, data: &str) -> Vec<String> {
        let schema: serde_json::Value = serde_json::from_str(schema).unwrap();
        jsonschema::draft202012::meta::validate(&schema).expect("a valid draft 2020-12 schema");
        let validator = jsonschema::draft202012::new(&schema).expect("the schema compiles");
        let instance: serde_json::Value = serde_json::from_str(data).unwrap();
        validator
            .iter_errors(&instance)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect()
    }

    #[test]
    fn data_files_match_their_json_schemas() {
        assert_eq!(schema_errors(ECF_SCHEMA, ECF_JSON), Vec::<String>::new());
        assert_eq!(
            schema_errors(ESCO_SCHEMA, ESCO_ICT_PROJECT_MANAGER_JSON),
            Vec::<String>::new()
        );
        for json in PROFILE_JSONS {
            assert_eq!(schema_errors(PROFILE_SCHEMA, json), Vec::<String>::new());
        }
    }

    #[test]
    fn schemas_and_structs_refuse_bad_data() {
        let mut ecf: serde_json::Value = serde_json::from_str(ECF_JSON).unwrap();
        ecf["competences"][0]["levels"] = serde_json::json!(["e-0"]);
        assert!(!schema_errors(ECF_SCHEMA, &ecf.to_string()).is_empty());
        assert!(serde_json::from_value::<Ecf>(ecf).is_err());

        let mut ecf: serde_json::Value = serde_json::from_str(ECF_JSON).unwrap();
        ecf["competences"][0]["title"]["de"] = serde_json::json!("Ausrichtung");
        assert!(!schema_errors(ECF_SCHEMA, &ecf.to_string()).is_empty());
        assert!(serde_json::from_value::<Ecf>(ecf).is_err());

        let mut esco: serde_json::Value =
            serde_json::from_str(ESCO_ICT_PROJECT_MANAGER_JSON).unwrap();
        esco["skills"][0]["uri"] = serde_json::json!("https://example.org/skill/1");
        assert!(!schema_errors(ESCO_SCHEMA, &esco.to_string()).is_empty());

        let mut profile: serde_json::Value = serde_json::from_str(PROFILE_JSONS[0]).unwrap();
        profile["targets"][0]["weight"] = serde_json::json!(2);
        assert!(!schema_errors(PROFILE_SCHEMA, &profile.to_string()).is_empty());
        assert!(serde_json::from_value::<Profile>(profile).is_err());
    }
}
