//! The training catalogue's data model (issue 5): a `TrainingOffer` and a
//! `LearningPlace`, exactly as `data/trainings/schema/*.schema.json` describe them.
//! The bundled sample catalogue, the own JSON import format, and what the LHEO and CSV
//! importers produce are all this shape. Unknown fields are refused.

use serde::{Deserialize, Serialize};

use crate::Language;

/// A text an offer gives in some of the app's languages (any may be missing).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalizedText {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nl: Option<String>,
}

impl LocalizedText {
    /// The text in `language` if given.
    pub fn exact(&self, language: Language) -> Option<&str> {
        match language {
            Language::En => self.en.as_deref(),
            Language::Fr => self.fr.as_deref(),
            Language::Nl => self.nl.as_deref(),
        }
        .filter(|s| !s.trim().is_empty())
    }

    /// The text in `language`, else in the first of en, fr, nl that is given, with the
    /// language it is in (so the UI can mark it: `lang` attribute, "in French").
    pub fn best(&self, language: Language) -> Option<(Language, &str)> {
        std::iter::once(language)
            .chain([Language::En, Language::Fr, Language::Nl])
            .find_map(|l| self.exact(l).map(|t| (l, t)))
    }

    /// Whether no language is given.
    pub fn is_empty(&self) -> bool {
        [Language::En, Language::Fr, Language::Nl]
            .iter()
            .all(|l| self.exact(*l).is_none())
    }
}

/// Where an offer's data comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct OfferSource {
    /// The publishing system, e.g. `Forem`, `VDAB`, `Carif-Oref Hauts-de-France`,
    /// `passerelle-sample` for the bundled sample.
    pub system: String,
    /// Where the offer is published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When it was retrieved (RFC 3339 date or date-time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retrieved_at: Option<String>,
    /// Under which licence the data may be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
}

/// Who gives the training.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A place where an offer is held.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Location {
    pub municipality: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
    /// ISO 3166-1 alpha-2: `BE`, `FR`.
    pub country: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    /// The learning place it is held at (`LearningPlace::id`), if it is one of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
}

/// How an offer is followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Modality {
    InPerson,
    Distance,
    Blended,
}

/// One session of an offer: its dates (RFC 3339 dates, `YYYY-MM-DD`) and where to register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Session {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_url: Option<String>,
}

/// What an offer costs, and who pays for whom.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Cost {
    /// The price for someone who pays themselves, in euros (0 when free for everyone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_eur: Option<f64>,
    /// Who it is free or paid for, e.g. `{"fr": "Gratuit pour les demandeurs d'emploi
    /// inscrits au Forem"}`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub funding: Vec<Funding>,
}

/// One funding rule: for whom, and what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Funding {
    /// Who it applies to: `job-seeker-forem`, `job-seeker-vdab`, `job-seeker-actiris`,
    /// `job-seeker-france-travail`, `employee`, `everyone`, or another short code.
    pub who: String,
    /// `free`, `reduced` or `paid`.
    pub kind: String,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub note: LocalizedText,
}

/// A competence an offer teaches, and the level it brings a learner to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetCompetence {
    /// `ecf` (the only framework the recommendations read for now) or `esco`.
    pub framework: String,
    /// e-CF code such as `E.2` (for `ecf`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// ESCO or Passerelle URI of the competence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// The e-CF level reached, 1…5 (for `ecf`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
}

/// A training offer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TrainingOffer {
    /// Stable id, unique in a catalogue (`<system>:<their id>` for imported ones);
    /// importing an offer with the same id replaces it.
    pub id: String,
    pub source: OfferSource,
    /// True for the bundled sample offers, which a provider feed is meant to replace.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
    pub title: LocalizedText,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub description: LocalizedText,
    pub provider: Provider,
    /// `BE-WAL`, `BE-VLG`, `BE-BRU` or `FR-HDF`.
    pub region: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<Location>,
    pub modality: Modality,
    /// ISO 639-1 codes of the languages it is taught in.
    pub languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_hours: Option<u32>,
    /// How the hours are spread, e.g. `{"fr": "2 jours par semaine"}`.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub rhythm: LocalizedText,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<Session>,
    #[serde(default)]
    pub cost: Cost,
    /// EQF level of the certification, 1…8.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eqf_level: Option<u8>,
    /// What the learner receives, e.g. `{"fr": "Attestation de réussite"}`.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub certification: LocalizedText,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub competences: Vec<TargetCompetence>,
    /// ESCO occupation URIs it prepares for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub occupations: Vec<String>,
}

/// A place in the region where adults can train or get help (public digital spaces,
/// campuses and hubs, libraries with training rooms).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct LearningPlace {
    pub id: String,
    pub name: String,
    /// `epn` (Espace public numérique), `campus`, `hub`, `library`, `training-centre`…
    pub kind: String,
    pub region: String,
    pub address: String,
    pub municipality: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
    pub country: String,
    pub latitude: f64,
    pub longitude: f64,
    /// ISO 639-1 codes of the languages spoken there.
    pub languages: Vec<String>,
    /// What it offers, in words.
    pub offers: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// True for the bundled sample data.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
}

/// A catalogue file in Passerelle's own JSON format.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Catalogue {
    /// Always `passerelle-trainings/1`.
    pub format: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offers: Vec<TrainingOffer>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<LearningPlace>,
}

/// The value of [`Catalogue::format`].
pub const CATALOGUE_FORMAT: &str = "passerelle-trainings/1";

/// A municipality of the gazetteer used for distances (`data/trainings/municipalities.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Municipality {
    pub name: String,
    /// Other names it is known by (`Kortrijk` / `Courtrai`, `Lille` / `Rijsel`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The postcodes it covers (first = main).
    pub postcodes: Vec<String>,
    pub country: String,
    pub region: String,
    pub latitude: f64,
    pub longitude: f64,
}

/// Great-circle distance in kilometres between two points (haversine, mean Earth radius).
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_falls_back_to_a_language_that_is_given() {
        let t = LocalizedText {
            en: None,
            fr: Some("Gestion de projet".into()),
            nl: Some(" ".into()),
        };
        assert_eq!(
            t.best(Language::Fr),
            Some((Language::Fr, "Gestion de projet"))
        );
        assert_eq!(
            t.best(Language::Nl),
            Some((Language::Fr, "Gestion de projet"))
        );
        assert!(LocalizedText::default().is_empty());
    }

    #[test]
    fn lille_to_kortrijk_is_about_25_km() {
        let lille = (50.6292, 3.0573);
        let kortrijk = (50.8279, 3.2649);
        let d = distance_km(lille, kortrijk);
        assert!((24.0..28.0).contains(&d), "{d}");
    }
}
