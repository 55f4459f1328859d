//! The types that cross IPC and the CLI's `--json` output. This is the one module
//! shaped by what the shells need (DESIGN.md invariant 5); specta derives the
//! TypeScript bindings from these when the `specta` feature is on.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

// Output types derive only `Serialize`, so each has one TypeScript shape.

/// An error as a person's UI receives it: a stable code and named arguments; the
/// words come from `locales/*/errors.ftl` under `error-<code>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AppError {
    pub code: String,
    pub args: BTreeMap<String, String>,
}

/// The three languages Passerelle speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Fr,
    Nl,
    En,
}

/// Colour theme: follow the system, or force light or dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

/// The person's settings as stored in the wallet, plus the language in effect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// The language the person chose, or `null` to follow the system.
    pub language: Option<Language>,
    /// The language in effect: the choice, else the one negotiated from the OS locale.
    pub effective_language: Language,
    pub theme: Theme,
}

/// How many of each kind of credential the wallet holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    pub badges: u32,
    pub self_declared: u32,
    pub endorsements: u32,
}

/// What `passerelle info` and the home screen show about the wallet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct WalletInfo {
    /// The wallet folder.
    pub path: String,
    /// The SQLite file inside it.
    pub database: String,
    pub schema_version: u32,
    /// When this wallet was created (RFC 3339).
    pub created_at: String,
    pub journal_mode: String,
    pub counts: Counts,
}

/// One check of a verification, as the CLI and the UI show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CheckDto {
    /// What was checked (`proof`, `valid-until`, …), in the OB 3.0 algorithm's order.
    pub id: String,
    /// `passed`, `failed` or `skipped`.
    pub outcome: String,
    /// Stable code of the result; the words come from the locales.
    pub code: String,
    pub args: BTreeMap<String, String>,
}

/// The verification report of one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct FileReport {
    pub file: String,
    /// `verified`, `warning` or `failed`.
    pub status: String,
    pub checks: Vec<CheckDto>,
}

/// What happened to one file given to `import`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ImportResult {
    pub file: String,
    /// `imported`, `duplicate` (already in the wallet: nothing stored) or `refused`
    /// (it failed verification: nothing stored).
    pub outcome: String,
    /// The badge's id in the wallet (for `imported` and `duplicate`).
    pub id: Option<String>,
    pub report: FileReport,
}

/// One badge in the wallet's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct BadgeItem {
    pub id: String,
    pub name: String,
    pub issuer: Option<String>,
    pub issuer_id: Option<String>,
    /// `verified`, `warning` or `failed` at the last check.
    pub status: String,
    pub checked_at: String,
    pub valid_until: Option<String>,
    /// `badge` (issued by an organisation) or `self-declared` (issued by the holder).
    pub kind: String,
    /// The endorsements attached to it, oldest first.
    pub endorsements: Vec<EndorsementDto>,
    /// The display image as a `data:image/png;base64,…` URL (a PNG we encoded), if any.
    pub image: Option<String>,
}

/// An alignment of an achievement to a framework (e-CF, ESCO, …), as plain text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct AlignmentDto {
    pub target_name: Option<String>,
    pub target_url: Option<String>,
    pub target_code: Option<String>,
    pub target_framework: Option<String>,
}

/// Everything the badge page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct BadgeDetail {
    pub item: BadgeItem,
    pub description: Option<String>,
    pub issuer_url: Option<String>,
    pub valid_from: Option<String>,
    pub achievement_name: Option<String>,
    pub achievement_description: Option<String>,
    pub criteria_narrative: Option<String>,
    pub alignments: Vec<AlignmentDto>,
    /// ob3, ob3-jwt, ob3-vcdm1.1, ob2-hosted, …
    pub form: String,
    pub report: FileReport,
}

/// The holder's profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub name: String,
    /// Addresses badges may be issued to, in the order the person gave them.
    pub emails: Vec<String>,
    /// Languages spoken, in the order given, each with a CEFR level.
    pub languages: Vec<LanguageSkill>,
    /// `BE-WAL`, `BE-VLG`, `BE-BRU`, `FR-HDF`, `other`, or empty when not given.
    pub region: String,
    pub municipality: String,
    pub postcode: String,
    /// The photo as a `data:image/png;base64,…` URL (a PNG Passerelle encoded), if any.
    pub photo: Option<String>,
}

/// A language the holder speaks: an ISO 639-1 code (`fr`, `nl`, `ar`…) and a CEFR
/// level `A1`…`C2`, or `native` for a mother tongue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LanguageSkill {
    pub language: String,
    pub level: String,
}

/// The profile as the person edits it (the photo has its own command, since it is a file).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ProfileInput {
    pub name: String,
    pub emails: Vec<String>,
    pub languages: Vec<LanguageSkill>,
    pub region: String,
    pub municipality: String,
    pub postcode: String,
}

/// What the profile form offers: language codes, CEFR levels and regions, in order
/// (their names are in `locales/*/ui.ftl`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ProfileChoices {
    pub languages: Vec<String>,
    pub levels: Vec<String>,
    pub regions: Vec<String>,
}

impl From<Profile> for ProfileInput {
    fn from(p: Profile) -> Self {
        ProfileInput {
            name: p.name,
            emails: p.emails,
            languages: p.languages,
            region: p.region,
            municipality: p.municipality,
            postcode: p.postcode,
        }
    }
}

/// An endorsement of a credential: who vouches for it and what they say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct EndorsementDto {
    /// The endorsement's id in the wallet.
    pub id: String,
    pub endorser_id: Option<String>,
    pub endorser_name: Option<String>,
    pub comment: String,
    pub issued_at: Option<String>,
    /// `verified`, `warning` or `failed` when it was imported.
    pub status: String,
}

/// A competence the person can declare (or an ESCO skill, shown for reference).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct CompetenceDto {
    /// `ecf` or `esco`.
    pub framework: String,
    /// e-CF code ("E.2"); `None` for ESCO skills.
    pub code: Option<String>,
    pub uri: Option<String>,
    /// In the language asked for.
    pub title: String,
    /// e-CF area title, in the language asked for.
    pub area: Option<String>,
    /// The e-CF levels (1…5) it can be declared at; empty for ESCO skills.
    pub levels: Vec<u8>,
}

/// An e-CF proficiency level, in words a job seeker understands (our own texts).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct LevelDto {
    /// 1…5.
    pub number: u8,
    /// "e-1" … "e-5".
    pub code: String,
    pub title: String,
    pub description: String,
}

/// What the person writes about a skill they declare.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct DeclarationInput {
    /// e-CF code, e.g. "E.2".
    pub competence: String,
    /// 1…5.
    pub level: u8,
    /// What they did, in one or more languages.
    pub narratives: Vec<NarrativeInput>,
    pub place: Option<String>,
    pub period: Option<String>,
    pub team_size: Option<u32>,
    pub outcome: Option<String>,
    pub links: Vec<String>,
    /// Evidence files to keep in the wallet (paths the person picked); each is
    /// checked first (kind recognised from its bytes, at most 20 MiB, at most 10).
    #[serde(default)]
    pub files: Vec<String>,
}

/// One language's text of a declaration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct NarrativeInput {
    pub language: Language,
    pub text: String,
}

/// Where the holder's key is kept, for the UI to say so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct KeyStoreInfo {
    /// `os` (the system keyring) or `file` (a file protected by a passphrase).
    pub kind: String,
    /// The file store needs the passphrase before it can sign.
    pub needs_passphrase: bool,
    /// Whether a key file exists already (the first passphrase then creates it).
    pub key_exists: bool,
    /// Why the system keyring was not used, when it was not.
    pub fallback_reason: Option<AppError>,
}

/// The portfolio against a role profile, for the counsellor's review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ReviewDto {
    pub profile_id: String,
    pub profile_title: String,
    pub items: Vec<ReviewItem>,
}

/// One competence of the profile: aimed at, shown, and what supports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ReviewItem {
    /// e-CF code, e.g. "E.2".
    pub code: String,
    pub title: String,
    /// The heart of the role.
    pub core: bool,
    /// The level the profile aims at (1…5).
    pub target: u8,
    /// The highest level the portfolio states, if any.
    pub current: Option<u8>,
    /// The strongest support: `verified-badge`, `endorsed`, `self-declared` or `none`.
    pub support: String,
    pub sources: Vec<ReviewSource>,
}

/// A credential that supports a competence in the review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ReviewSource {
    pub id: String,
    pub name: String,
    pub support: String,
    pub level: Option<u8>,
}

/// A note written during an appointment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct AppointmentNote {
    pub id: u32,
    pub created_at: String,
    pub counsellor: String,
    pub text: String,
}

/// A credential file someone wants to endorse, as Passerelle read it (verified first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct EndorsementTarget {
    /// The file, as given.
    pub file: String,
    /// The credential's (or its achievement's) name.
    pub name: String,
    /// Who issued it (name, else identifier).
    pub issuer: Option<String>,
    /// Issued by the very person it is about (a self-declared skill).
    pub self_declared: bool,
    /// `verified` or `warning` (a failed credential cannot be endorsed).
    pub status: String,
    pub report: FileReport,
    /// A file name for the endorsement, such as `endorsement-project-management.json`.
    pub suggested_file_name: String,
}

/// An endorsement signed and written to a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct EndorsementSaved {
    /// Where it was written.
    pub path: String,
    /// The name of the credential it endorses.
    pub endorsed_name: String,
    /// The signer's `did:key`.
    pub endorser_id: String,
}

/// A portable copy of the holder's signing key, written to a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct SigningKeyCopy {
    pub path: String,
    /// The key's `did:key`, so the person can recognise it.
    pub did: String,
    /// `file`: the same passphrase as the wallet's key file; `os`: the new passphrase.
    pub store: String,
}

/// An evidence file kept in the wallet for a self-declared skill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct EvidenceDto {
    /// The SHA-256 of its bytes (hex): its id in the wallet.
    pub id: String,
    /// The file name the person gave (base name only).
    pub name: String,
    /// What the bytes are (`application/pdf`, `image/png`, …), recognised from the content.
    pub media_type: String,
    /// A usual extension for that kind of file (`pdf`, `png`, …), for "save as" filters.
    pub extension: String,
    /// In bytes (at most 20 MiB).
    pub size: u32,
    /// The `ni:///sha-256;…` URI the signed credential names it by.
    pub uri: String,
}

/// What importing a training catalogue did (`Wallet::import_trainings`): offers new to
/// the wallet, offers whose content changed (same id), offers already there as they
/// are, and how many learning places the file held (added or updated).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct TrainingsImportSummary {
    /// `json`, `lheo` or `csv`: the format recognised from the content.
    pub format: CatalogueFormat,
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub places: u32,
}

/// The formats a training catalogue can be imported from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum CatalogueFormat {
    /// Passerelle's own JSON (`passerelle-trainings/1`).
    #[default]
    Json,
    /// LHEO 2.x XML, the French standard for training offers.
    Lheo,
    /// The CSV template documented in the README.
    Csv,
}

/// What the learner asks the training recommendations for; empty lists and `null`
/// do not filter.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct TrainingFilters {
    /// Only offers of these regions: `BE-WAL`, `BE-VLG`, `BE-BRU`, `FR-HDF`.
    pub regions: Vec<String>,
    /// Only offers taught in one of these languages (ISO 639-1).
    pub languages: Vec<String>,
    /// Only offers of these modalities: `in-person`, `distance`, `blended`.
    pub modalities: Vec<String>,
    /// In-person offers at most this far from where the learner lives (km); needs the
    /// municipality or postcode in the profile. Distance and blended offers always pass.
    pub max_distance_km: Option<u32>,
    /// Only offers with a session starting on or after this date (`YYYY-MM-DD`).
    pub from: Option<String>,
    /// Only offers with a session starting on or before this date (`YYYY-MM-DD`).
    pub to: Option<String>,
}

/// A recommended training offer, as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct RecommendedOffer {
    pub id: String,
    /// In the interface language when the offer gives it, else in another one.
    pub title: String,
    /// The language `title` is in.
    pub title_language: Language,
    pub provider: String,
    pub region: String,
    /// `in-person`, `distance` or `blended`.
    pub modality: String,
    /// ISO 639-1 codes of the languages it is taught in.
    pub languages: Vec<String>,
    /// Where it is held (the nearest location to the learner, else the first).
    pub municipality: Option<String>,
    /// The start of its next session (`YYYY-MM-DD`), past ones ignored.
    pub next_session: Option<String>,
    /// Bundled sample data, to be replaced by a provider feed.
    pub sample: bool,
}

/// One reason of a recommendation: a code, its arguments (`trainings-reason-<code>` in
/// `locales/*/trainings.ftl`), and the sentence in the interface language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ReasonDto {
    pub code: String,
    pub args: BTreeMap<String, String>,
    pub text: String,
}

/// A training offer recommended for a role profile, with why.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct RecommendationDto {
    pub offer: RecommendedOffer,
    /// The offer's region: `BE-WAL`, `BE-VLG`, `BE-BRU`, `FR-HDF`.
    pub region: String,
    /// The profile's e-CF competence codes it helps, most helped first.
    pub covers: Vec<String>,
    /// The share of the gap to the profile it closes, in percent (1…100).
    pub score: u32,
    /// Why it is recommended and what applies, most important first.
    pub reasons: Vec<ReasonDto>,
    /// From another region than the learner's: a chance across the border.
    pub cross_border: bool,
    /// Distance from the learner to where it is held (km, rounded), when known.
    pub distance_km: Option<u32>,
    /// Whether it is in the learner's plan.
    pub in_plan: bool,
}

/// An offer in the learner's plan ("add to my plan").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct PlanItem {
    /// When it was added (RFC 3339).
    pub added_at: String,
    /// The offer; `null` when it is no longer in the catalogue (its id is `offerId`).
    pub offer: Option<RecommendedOffer>,
    pub offer_id: String,
}

/// A text of the catalogue in the interface language when given, else in another
/// language, with the language it is in (the UI marks it with a `lang` attribute).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct TextIn {
    pub text: String,
    pub language: Language,
}

/// Where an offer is held, as the offer page shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct OfferLocationDto {
    pub municipality: String,
    pub postcode: Option<String>,
    /// `BE` or `FR`.
    pub country: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// The learning place it is held at (`PlaceDto::id`), if any.
    pub place_id: Option<String>,
    pub place_name: Option<String>,
}

/// One session of an offer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct OfferSessionDto {
    pub start: Option<String>,
    pub end: Option<String>,
    /// Shown as text (the app is offline).
    pub registration_url: Option<String>,
}

/// One funding rule of an offer: for whom (`job-seeker-forem`, `employee`,
/// `everyone`…), `free` / `reduced` / `paid`, and its note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct FundingDto {
    pub who: String,
    pub kind: String,
    pub note: Option<TextIn>,
}

/// A competence an offer teaches, with its e-CF title in the interface language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct OfferCompetenceDto {
    /// `ecf` or `esco`.
    pub framework: String,
    pub code: Option<String>,
    pub uri: Option<String>,
    /// The e-CF title, when the code is an e-CF competence.
    pub title: Option<String>,
    /// The e-CF level reached, 1…5.
    pub level: Option<u8>,
}

/// Where an offer's data comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct OfferSourceDto {
    pub system: String,
    pub url: Option<String>,
    pub retrieved_at: Option<String>,
    pub licence: Option<String>,
}

/// Everything the offer page shows (`Wallet::training_offer`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct OfferDetail {
    pub id: String,
    pub title: TextIn,
    pub description: Option<TextIn>,
    pub provider: String,
    pub provider_url: Option<String>,
    /// `BE-WAL`, `BE-VLG`, `BE-BRU`, `FR-HDF`.
    pub region: String,
    /// `in-person`, `distance` or `blended`.
    pub modality: String,
    /// ISO 639-1 codes of the languages it is taught in.
    pub languages: Vec<String>,
    pub duration_hours: Option<u32>,
    pub rhythm: Option<TextIn>,
    pub locations: Vec<OfferLocationDto>,
    pub sessions: Vec<OfferSessionDto>,
    /// The price for someone who pays themselves, in euros.
    pub cost_eur: Option<f64>,
    pub funding: Vec<FundingDto>,
    /// EQF level, 1…8.
    pub eqf_level: Option<u8>,
    pub certification: Option<TextIn>,
    pub competences: Vec<OfferCompetenceDto>,
    pub source: OfferSourceDto,
    /// Bundled sample data, to be replaced by a provider feed.
    pub sample: bool,
    /// Whether it is in the learner's plan.
    pub in_plan: bool,
}

/// A learning place of the region, as the Trainings page and its map show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct PlaceDto {
    pub id: String,
    pub name: String,
    /// `epn`, `campus`, `hub`, `library`, `training-centre`…
    pub kind: String,
    pub region: String,
    pub address: String,
    pub municipality: String,
    pub postcode: Option<String>,
    pub country: String,
    pub latitude: f64,
    pub longitude: f64,
    pub languages: Vec<String>,
    /// What it offers, in the interface language when given.
    pub offers: Option<TextIn>,
    pub url: Option<String>,
    pub sample: bool,
}

/// What `Wallet::backup` wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct BackupSummary {
    /// The backup file.
    pub path: String,
    /// Its size in bytes.
    pub bytes: u32,
    /// The credentials it holds.
    pub counts: Counts,
    /// The holder's key: `file` (the key file as it is), `keyring` (sealed with the
    /// backup's passphrase) or `none`.
    pub key: String,
}

/// What a restore did (`Wallet::restore`, `restore_into`, `restore_backup`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct RestoreSummary {
    /// The wallet folder restored into.
    pub path: String,
    /// `restored`: the wallet was empty and is now the backup's copy; `merged`: what
    /// the wallet did not hold yet was added to it, what it held stayed.
    pub mode: String,
    /// The credentials the wallet holds now.
    pub counts: Counts,
    /// Per kind (`badges`, `self-declared`, `endorsements`, `evidence`, `documents`,
    /// `notes`, `plan`, `offers`, `places`, `cv`): added, and already there.
    pub kinds: Vec<RestoreCount>,
    /// The profile: `restored` (from the backup) or `kept` (the wallet's own).
    pub profile: String,
    /// Language and theme: `restored` or `kept`.
    pub settings: String,
    /// The holder's key: `restored` (the backup's key file is now the wallet's),
    /// `same` (the wallet already has this very key file), `kept` (the wallet has a
    /// key of its own; the backup's was not restored; self-declared skills it signed
    /// stay valid credentials), or `none` (the backup holds no key).
    pub key: String,
}

/// One line of a restore's summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct RestoreCount {
    pub kind: String,
    /// Added from the backup.
    pub added: u32,
    /// In the backup and already in the wallet (left as the wallet had them).
    pub existing: u32,
}

/// A text the holder wrote for the CV, in any of the CV's three languages (empty =
/// not written in that language; the CV then shows another one and says so).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct CvTexts {
    pub en: String,
    pub fr: String,
    pub nl: String,
}

/// A job, an internship, volunteering (experience) or a course, a diploma
/// (education and training) on the CV.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default, rename_all = "camelCase")]
pub struct CvEntry {
    /// `YYYY-MM`.
    pub start: String,
    /// `YYYY-MM`, or empty while it goes on.
    pub end: String,
    /// Employer, school or organisation.
    pub organisation: String,
    /// Town (and country) where it took place.
    pub place: String,
    /// Job title or name of the course.
    pub title: CvTexts,
    pub description: CvTexts,
}

/// What the holder writes for their CV. Name, photo, languages and place come from
/// the profile; competences and badges from the wallet.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default, rename_all = "camelCase")]
pub struct CvContent {
    /// The address printed on the CV (empty: the profile's first address).
    pub email: String,
    pub phone: String,
    /// The job the CV aims at.
    pub target_job: CvTexts,
    /// A few lines about the person.
    pub summary: CvTexts,
    pub experience: Vec<CvEntry>,
    pub education: Vec<CvEntry>,
    /// Tools and software (Jira, MS Project, Excel…), as written.
    pub digital_skills: Vec<String>,
}

/// A badge the learner may put on the CV or in a bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct CvBadgeChoice {
    pub id: String,
    pub name: String,
    pub issuer: Option<String>,
    /// `verified`, `warning` or `failed`.
    pub status: String,
    /// `badge` or `self-declared`.
    pub kind: String,
    /// Offered ticked: issued badges that did not fail.
    pub suggested: bool,
}

/// What `Wallet::export_bundle` wrote (a verifiable badge bundle, see `wallet::bundle`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct BundleSummary {
    /// The zip file.
    pub path: String,
    /// Its size in bytes.
    pub bytes: u32,
    /// The credentials in it (the chosen badges, then their endorsements).
    pub credentials: u32,
    /// How many of them the signed presentation embeds (JSON-LD credentials only).
    pub in_presentation: u32,
    /// The holder's `did:key`, which signed the presentation.
    pub holder: String,
}

/// A CV written to a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct CvExportResult {
    pub out: String,
    /// `fr`, `nl` or `en`.
    pub language: String,
    /// `pdf`, `europass` or `json-resume`.
    pub format: String,
    /// Pages of the PDF (0 for the other formats).
    pub pages: u32,
    pub bytes: u32,
}

/// The CV's pages as pictures, for the live preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct CvPreview {
    /// `fr`, `nl` or `en`.
    pub language: String,
    /// Each page as a `data:image/png;base64,…` URL.
    pub pages: Vec<String>,
}
