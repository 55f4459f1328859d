//! A sample CV (Zoë, a volunteer coordinator from Mouscron aiming at ICT project
//! management) for the tests, the benchmark and the e2e run. Invented data.

use passerelle_wallet::dto::{CvContent, CvEntry, CvTexts, LanguageSkill, ProfileInput};

/// A name with diacritics and a particle, which must reach the PDF intact.
pub const NAME: &str = "Zoë Dupré-Van den Bossche";

fn texts(en: &str, fr: &str, nl: &str) -> CvTexts {
    CvTexts {
        en: en.into(),
        fr: fr.into(),
        nl: nl.into(),
    }
}

/// What Zoë wrote: the target job in French and English only, a description in
/// English only, and text that would be typst markup if it were read as such.
pub fn content() -> CvContent {
    CvContent {
        phone: "+32 470 12 34 56".into(),
        target_job: texts("ICT project manager", "Cheffe de projet informatique", ""),
        summary: texts(
            "Eight years coordinating volunteers and small IT projects.",
            "Huit ans à coordonner des bénévoles et de petits projets informatiques.",
            "Acht jaar vrijwilligers en kleine IT-projecten gecoördineerd.",
        ),
        experience: vec![
            CvEntry {
                start: "2014-09".into(),
                end: "2019-02".into(),
                organisation: "Textiles Leroy".into(),
                place: "Tourcoing".into(),
                title: texts(
                    "Stock manager",
                    "Gestionnaire de stock",
                    "Voorraadbeheerder",
                ),
                description: CvTexts::default(),
            },
            CvEntry {
                start: "2019-03".into(),
                end: String::new(),
                organisation: "Repair Café Mouscron".into(),
                place: "Mouscron".into(),
                title: texts(
                    "Volunteer coordinator",
                    "Coordinatrice bénévole",
                    "Vrijwilligerscoördinator",
                ),
                description: texts("Moved 40 volunteers to a shared booking tool.", "", ""),
            },
        ],
        education: vec![CvEntry {
            start: "2011-09".into(),
            end: "2014-06".into(),
            organisation: "Haute École Louvain en Hainaut".into(),
            place: "Tournai".into(),
            title: texts(
                "Bachelor in logistics",
                "Bachelier en logistique",
                "Bachelor logistiek",
            ),
            description: CvTexts::default(),
        }],
        digital_skills: vec!["Jira".into(), "MS Project".into(), "#panic()".into()],
        ..CvContent::default()
    }
}

pub fn profile() -> ProfileInput {
    ProfileInput {
        name: NAME.into(),
        emails: vec!["zoe@example.org".into()],
        languages: vec![
            LanguageSkill {
                language: "fr".into(),
                level: "native".into(),
            },
            LanguageSkill {
                language: "nl".into(),
                level: "B2".into(),
            },
        ],
        region: "BE-WAL".into(),
        municipality: "Mouscron".into(),
        postcode: "7700".into(),
    }
}
