//! The CV: what the holder writes for it ([`CvContent`], kept in the wallet) and the
//! document a CV is laid out from ([`CvDocument`], everything resolved in one of the
//! three CV languages). `crates/cv` turns a `CvDocument` into a PDF; this module
//! stays free of typst so the core builds fast.
//!
//! Rules the CV follows:
//! - Its language (`fr`, `nl`, `en`) is chosen independently of the screens' language.
//! - The holder's own texts exist per language. A text missing in the CV's language
//!   is shown in another language (English, then French, then Dutch) with a visible
//!   "not translated, in …" note, never silently.
//! - Competences carry the framework's title in the CV's language and how they are
//!   shown: a verified badge, a confirmation by a third party, or a self-declaration.
//! - Experience and education are in reverse chronological order (what goes on first).
//! - Everything here is data: the layout receives it as JSON and prints it as text.

use serde::Serialize;

use crate::dto::{CvContent, CvEntry, CvTexts};
use crate::i18n::DocumentMessages;
use crate::settings::Language;
use crate::{Error, Result};

/// Longest title, organisation or place, in characters.
pub const MAX_SHORT_TEXT: usize = 200;
/// Longest summary or description, in characters.
pub const MAX_LONG_TEXT: usize = 2_000;
/// Most entries in experience, and in education.
pub const MAX_ENTRIES: usize = 30;
/// Most digital skills, and the longest one.
pub const MAX_DIGITAL_SKILLS: usize = 40;
pub const MAX_DIGITAL_SKILL_LEN: usize = 80;

/// The role profile the CV's competences are read against.
pub const CV_PROFILE: &str = "ict-project-manager";

fn invalid(field: &str, value: impl Into<String>) -> Error {
    Error::InvalidCv {
        field: field.to_owned(),
        value: value.into(),
    }
}

fn clean_text(text: &str, max: usize) -> Result<String> {
    let text = text.trim();
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(invalid("text", text.chars().count().to_string()));
    }
    let count = text.chars().count();
    if count > max {
        return Err(invalid("text", count.to_string()));
    }
    Ok(text.replace("\r\n", "\n"))
}

fn clean_texts(texts: &CvTexts, max: usize) -> Result<CvTexts> {
    Ok(CvTexts {
        en: clean_text(&texts.en, max)?,
        fr: clean_text(&texts.fr, max)?,
        nl: clean_text(&texts.nl, max)?,
    })
}

/// `YYYY-MM` with a month 01–12 and a year 1900–2100.
fn valid_month(value: &str) -> bool {
    let Some((year, month)) = value.split_once('-') else {
        return false;
    };
    year.len() == 4
        && month.len() == 2
        && year
            .parse::<u16>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
        && month.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
}

fn clean_entry(entry: &CvEntry) -> Result<CvEntry> {
    let start = entry.start.trim().to_owned();
    let end = entry.end.trim().to_owned();
    if !valid_month(&start) {
        return Err(invalid("date", start));
    }
    if !end.is_empty() && !valid_month(&end) {
        return Err(invalid("date", end));
    }
    if !end.is_empty() && end < start {
        return Err(invalid("period", end));
    }
    Ok(CvEntry {
        start,
        end,
        organisation: clean_text(&entry.organisation, MAX_SHORT_TEXT)?,
        place: clean_text(&entry.place, MAX_SHORT_TEXT)?,
        title: clean_texts(&entry.title, MAX_SHORT_TEXT)?,
        description: clean_texts(&entry.description, MAX_LONG_TEXT)?,
    })
}

/// The content tidied (trimmed, empty digital skills dropped) and checked; the first
/// problem found is the error, naming its field.
pub fn clean(content: &CvContent) -> Result<CvContent> {
    let email = content.email.trim();
    let email = if email.is_empty() {
        String::new()
    } else {
        crate::profile::normalize_email(email).map_err(|_| invalid("email", email))?
    };
    let phone = content.phone.trim();
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    if !phone.is_empty()
        && (phone.chars().count() > 40
            || digits < 6
            || !phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +()-./".contains(c)))
    {
        return Err(invalid("phone", phone));
    }
    for list in [&content.experience, &content.education] {
        if list.len() > MAX_ENTRIES {
            return Err(invalid("entries", list.len().to_string()));
        }
    }
    let mut digital_skills = vec![];
    for skill in &content.digital_skills {
        let skill = skill.trim();
        if skill.is_empty() {
            continue;
        }
        if skill.chars().count() > MAX_DIGITAL_SKILL_LEN || skill.chars().any(char::is_control) {
            return Err(invalid("digital-skills", skill));
        }
        if !digital_skills.iter().any(|s: &String| s == skill) {
            digital_skills.push(skill.to_owned());
        }
    }
    if digital_skills.len() > MAX_DIGITAL_SKILLS {
        return Err(invalid("digital-skills", digital_skills.len().to_string()));
    }
    Ok(CvContent {
        email,
        phone: phone.to_owned(),
        target_job: clean_texts(&content.target_job, MAX_SHORT_TEXT)?,
        summary: clean_texts(&content.summary, MAX_LONG_TEXT)?,
        experience: content
            .experience
            .iter()
            .map(clean_entry)
            .collect::<Result<_>>()?,
        education: content
            .education
            .iter()
            .map(clean_entry)
            .collect::<Result<_>>()?,
        digital_skills,
    })
}

pub(crate) fn load(conn: &rusqlite::Connection) -> Result<CvContent> {
    use rusqlite::OptionalExtension;
    let json: Option<String> = conn
        .query_row("SELECT content FROM cv_content WHERE id = 1", [], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(match json {
        // Written by `save` from a checked CvContent; an unreadable row is a bug, but
        // the CV must still open: start again from empty rather than fail forever.
        Some(json) => serde_json::from_str(&json).unwrap_or_default(),
        None => CvContent::default(),
    })
}

pub(crate) fn save(conn: &rusqlite::Connection, content: &CvContent, now: &str) -> Result<()> {
    // Plain strings and lists: serialising cannot fail.
    let json = serde_json::to_string(content).expect("a CvContent serialises");
    conn.execute(
        "INSERT INTO cv_content (id, content, updated_at) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at",
        rusqlite::params![json, now],
    )?;
    Ok(())
}

/// A text of the holder as the CV prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Shown {
    pub text: String,
    /// When the text is not in the CV's language: "not translated, in English".
    pub note: Option<String>,
}

/// One competence on the CV.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CvCompetence {
    /// e-CF code, e.g. `E.2`.
    pub code: String,
    /// The framework's title in the CV's language.
    pub title: String,
    /// e.g. "level e-3", when a credential states one.
    pub level: Option<String>,
    /// `verified-badge`, `endorsed` or `self-declared`.
    pub support: String,
    pub support_label: String,
    /// "Shown by: …" with the names of the credentials behind it.
    pub shown_by: String,
}

/// A job or a course, resolved in the CV's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CvItem {
    /// `YYYY-MM`.
    pub start: String,
    /// `YYYY-MM`, or empty while it goes on.
    pub end: String,
    /// `09/2021 – 06/2023`, `since 09/2021`.
    pub period: String,
    pub title: Shown,
    pub organisation: String,
    pub place: String,
    pub description: Shown,
}

/// A language the holder speaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CvLanguage {
    pub code: String,
    pub name: String,
    /// `B2`, or "mother tongue".
    pub level: String,
    /// The CEFR level `A1`…`C2`, or `native`.
    pub cefr: String,
}

/// A badge on the CV.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CvBadge {
    pub id: String,
    pub name: String,
    pub issuer: Option<String>,
    /// The day it was issued, `YYYY-MM-DD`, when known.
    pub issued_on: Option<String>,
    /// "Issued by … on …".
    pub issued: String,
    /// `verified`, `warning` or `failed`.
    pub status: String,
    pub status_label: String,
    /// A web address where the badge can be seen (the QR code), if the badge has one.
    pub link: Option<String>,
}

/// Everything a CV shows, in its language. Serialised as the layout's data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CvDocument {
    /// `fr`, `nl` or `en`.
    pub language: String,
    /// The PDF's title metadata.
    pub title: String,
    pub name: String,
    /// The photo, a PNG Passerelle encoded; given to the layout as a file.
    #[serde(skip)]
    pub photo: Option<Vec<u8>>,
    pub has_photo: bool,
    pub email: String,
    pub phone: String,
    /// Municipality, postcode and region, as one line.
    pub place: String,
    pub municipality: String,
    pub postcode: String,
    /// ISO 3166-1 alpha-2 country of the region (`BE`, `FR`), empty when unknown.
    pub country: String,
    pub target_job: Option<Shown>,
    pub summary: Option<Shown>,
    pub competences: Vec<CvCompetence>,
    pub experience: Vec<CvItem>,
    pub education: Vec<CvItem>,
    pub languages: Vec<CvLanguage>,
    pub digital_skills: Vec<String>,
    pub badges: Vec<CvBadge>,
    /// The day the CV was made, `YYYY-MM-DD` (the PDF's date, for a reproducible file).
    pub date: String,
    /// Section headings and fixed words, by id without the `cvdoc-` prefix.
    pub labels: std::collections::BTreeMap<String, String>,
}

/// Labels the layout prints, by id without the `cvdoc-` prefix.
pub const LABELS: &[&str] = &[
    "subject",
    "contact",
    "target-job",
    "summary",
    "competences",
    "competences-framework",
    "support-legend",
    "experience",
    "education",
    "languages",
    "digital",
    "badges",
    "badge-no-link",
    "attachment",
];

/// The text of `texts` in `lang`, else the first other language that has one
/// (English, French, Dutch), marked; `None` when written in no language.
pub fn shown(texts: &CvTexts, lang: Language, messages: &DocumentMessages) -> Option<Shown> {
    let get = |l: Language| match l {
        Language::En => &texts.en,
        Language::Fr => &texts.fr,
        Language::Nl => &texts.nl,
    };
    if !get(lang).is_empty() {
        return Some(Shown {
            text: get(lang).clone(),
            note: None,
        });
    }
    [Language::En, Language::Fr, Language::Nl]
        .into_iter()
        .find(|l| *l != lang && !get(*l).is_empty())
        .map(|l| Shown {
            text: get(l).clone(),
            note: Some(messages.get(
                "cvdoc-fallback",
                &[(
                    "language",
                    &messages.get(&format!("language-name-{}", l.code()), &[]),
                )],
            )),
        })
}

/// `2021-09` → `09/2021`.
fn month(value: &str) -> String {
    match value.split_once('-') {
        Some((y, m)) => format!("{m}/{y}"),
        None => value.to_owned(),
    }
}

/// `2026-11-22…` → `22/11/2026`.
fn day(value: &str) -> String {
    let date = value.get(..10).unwrap_or(value);
    let mut parts = date.split('-');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(y), Some(m), Some(d)) => format!("{d}/{m}/{y}"),
        _ => value.to_owned(),
    }
}

fn items(entries: &[CvEntry], lang: Language, messages: &DocumentMessages) -> Vec<CvItem> {
    let mut entries: Vec<&CvEntry> = entries.iter().collect();
    // What goes on first, then by end, then by start, the most recent first.
    entries.sort_by(|a, b| {
        let end = |e: &CvEntry| {
            if e.end.is_empty() {
                "9999-99".to_owned()
            } else {
                e.end.clone()
            }
        };
        end(b).cmp(&end(a)).then_with(|| b.start.cmp(&a.start))
    });
    entries
        .into_iter()
        .map(|e| CvItem {
            start: e.start.clone(),
            end: e.end.clone(),
            period: if e.end.is_empty() {
                messages.get("cvdoc-since", &[("start", &month(&e.start))])
            } else if e.end == e.start {
                month(&e.start)
            } else {
                format!("{} – {}", month(&e.start), month(&e.end))
            },
            title: shown(&e.title, lang, messages).unwrap_or(Shown {
                text: String::new(),
                note: None,
            }),
            organisation: e.organisation.clone(),
            place: e.place.clone(),
            description: shown(&e.description, lang, messages).unwrap_or(Shown {
                text: String::new(),
                note: None,
            }),
        })
        .collect()
}

/// A web address where the credential can be seen: its own `id` (an OB 2.0 hosted
/// assertion, an OB 3.0 credential with a URL id), else its achievement's.
fn link(json: &serde_json::Value) -> Option<String> {
    let http = |v: &serde_json::Value| {
        v.as_str()
            .filter(|s| s.starts_with("https://") || s.starts_with("http://"))
            .map(str::to_owned)
    };
    http(&json["id"])
        .or_else(|| http(&json["credentialSubject"]["achievement"]["id"]))
        .or_else(|| http(&json["badge"]).filter(|_| json["badge"].is_string()))
}

/// What the CV is made of, before the wallet's data is read into it.
pub(crate) struct Sources<'a> {
    pub content: &'a CvContent,
    pub profile: &'a crate::dto::Profile,
    pub photo: Option<Vec<u8>>,
    pub held: &'a [crate::review::Held],
    /// The badges chosen, in the wallet's order, with their issue date.
    pub badges: Vec<(crate::dto::BadgeItem, Option<String>)>,
    pub today: String,
}

/// The CV of `sources` in `lang`.
pub(crate) fn document(sources: Sources<'_>, lang: Language) -> CvDocument {
    let messages = DocumentMessages::new(lang);
    let content = sources.content;
    let profile = sources.profile;
    let labels = LABELS
        .iter()
        .map(|id| ((*id).to_owned(), messages.get(&format!("cvdoc-{id}"), &[])))
        .collect();

    let mut competences = vec![];
    if let Some(review) = crate::review::review(sources.held, CV_PROFILE, lang) {
        let mut items: Vec<_> = review
            .items
            .into_iter()
            .filter(|i| i.support != "none")
            .collect();
        // Strongest support first, then the core of the role, then the code.
        let rank = |s: &str| match s {
            "verified-badge" => 0,
            "endorsed" => 1,
            _ => 2,
        };
        items.sort_by(|a, b| {
            rank(&a.support)
                .cmp(&rank(&b.support))
                .then(b.core.cmp(&a.core))
                .then(a.code.cmp(&b.code))
        });
        for item in items {
            let names: Vec<&str> = item.sources.iter().map(|s| s.name.as_str()).collect();
            competences.push(CvCompetence {
                code: item.code.clone(),
                title: item.title.clone(),
                level: item
                    .current
                    .map(|n| messages.get("cvdoc-level", &[("level", &format!("e-{n}"))])),
                support_label: messages.get(&format!("cvdoc-support-{}", item.support), &[]),
                support: item.support,
                shown_by: messages.get("cvdoc-shown-by", &[("sources", &names.join(", "))]),
            });
        }
    }

    let languages = profile
        .languages
        .iter()
        .map(|l| CvLanguage {
            code: l.language.clone(),
            name: messages.get(&format!("language-name-{}", l.language), &[]),
            level: if l.level == "native" {
                messages.get("cvdoc-native", &[])
            } else {
                l.level.clone()
            },
            cefr: l.level.clone(),
        })
        .collect();

    let badges = sources
        .badges
        .iter()
        .map(|(b, issued_on)| {
            let json = sources.held.iter().find(|h| h.id == b.id).map(|h| &h.json);
            let mut issued = match &b.issuer {
                Some(issuer) => messages.get("cvdoc-badge-issuer", &[("issuer", issuer)]),
                None => String::new(),
            };
            if let Some(date) = issued_on {
                if !issued.is_empty() {
                    issued.push(' ');
                }
                issued.push_str(&messages.get("cvdoc-badge-issued", &[("date", &day(date))]));
            }
            CvBadge {
                id: b.id.clone(),
                name: b.name.clone(),
                issuer: b.issuer.clone(),
                issued_on: issued_on
                    .as_ref()
                    .map(|d| d.get(..10).unwrap_or(d).to_owned()),
                issued,
                status: b.status.clone(),
                status_label: messages.get(&format!("cvdoc-badge-status-{}", b.status), &[]),
                link: json.and_then(link),
            }
        })
        .collect();

    let region = if profile.region.is_empty() {
        String::new()
    } else {
        messages.get(
            &format!("region-name-{}", profile.region.to_ascii_lowercase()),
            &[],
        )
    };
    let town = [profile.postcode.as_str(), profile.municipality.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let place = [town, region]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");

    let mut labels: std::collections::BTreeMap<String, String> = labels;
    labels.insert(
        "footer".into(),
        messages.get("cvdoc-footer", &[("date", &day(&sources.today))]),
    );

    CvDocument {
        language: lang.code().to_owned(),
        title: messages.get("cvdoc-title", &[("name", &profile.name)]),
        name: profile.name.clone(),
        has_photo: sources.photo.is_some(),
        photo: sources.photo,
        email: if content.email.is_empty() {
            profile.emails.first().cloned().unwrap_or_default()
        } else {
            content.email.clone()
        },
        phone: content.phone.clone(),
        place,
        municipality: profile.municipality.clone(),
        postcode: profile.postcode.clone(),
        country: match profile.region.as_str() {
            "BE-WAL" | "BE-VLG" | "BE-BRU" => "BE".to_owned(),
            "FR-HDF" => "FR".to_owned(),
            _ => String::new(),
        },
        target_job: shown(&content.target_job, lang, &messages),
        summary: shown(&content.summary, lang, &messages),
        competences,
        experience: items(&content.experience, lang, &messages),
        education: items(&content.education, lang, &messages),
        languages,
        digital_skills: content.digital_skills.clone(),
        badges,
        date: sources.today.get(..10).unwrap_or(&sources.today).to_owned(),
        labels,
    }
}

/// `fr`, `nl` or `en` (any case) as a CV language.
pub fn parse_language(code: &str) -> Option<Language> {
    match code.trim().to_ascii_lowercase().as_str() {
        "fr" => Some(Language::Fr),
        "nl" => Some(Language::Nl),
        "en" => Some(Language::En),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(en: &str, fr: &str, nl: &str) -> CvTexts {
        CvTexts {
            en: en.into(),
            fr: fr.into(),
            nl: nl.into(),
        }
    }

    fn entry(start: &str, end: &str, title: &str) -> CvEntry {
        CvEntry {
            start: start.into(),
            end: end.into(),
            organisation: "Org".into(),
            place: "Lille".into(),
            title: texts(title, "", ""),
            description: CvTexts::default(),
        }
    }

    #[test]
    fn a_missing_translation_falls_back_with_a_visible_note() {
        let m = DocumentMessages::new(Language::Fr);
        let s = shown(
            &texts("Project lead", "", "Projectleider"),
            Language::Fr,
            &m,
        )
        .unwrap();
        assert_eq!(s.text, "Project lead");
        assert_eq!(s.note.as_deref(), Some("non traduit, en anglais"));
        let s = shown(&texts("", "", "Projectleider"), Language::En, &m).unwrap();
        assert_eq!(s.text, "Projectleider");
        assert!(s.note.unwrap().contains("néerlandais"));
        let s = shown(&texts("x", "Chef de projet", ""), Language::Fr, &m).unwrap();
        assert_eq!((s.text.as_str(), s.note), ("Chef de projet", None));
        assert_eq!(shown(&CvTexts::default(), Language::Nl, &m), None);
    }

    #[test]
    fn entries_are_listed_most_recent_first_with_ongoing_ones_on_top() {
        let m = DocumentMessages::new(Language::En);
        let list = items(
            &[
                entry("2015-01", "2017-06", "old"),
                entry("2020-03", "", "now"),
                entry("2018-01", "2020-02", "middle"),
            ],
            Language::En,
            &m,
        );
        let titles: Vec<_> = list.iter().map(|i| i.title.text.as_str()).collect();
        assert_eq!(titles, ["now", "middle", "old"]);
        assert_eq!(list[0].period, "since 03/2020");
        assert_eq!(list[1].period, "01/2018 – 02/2020");
    }

    #[test]
    fn content_is_checked_field_by_field() {
        let ok = CvContent {
            email: " Zoe@Example.org ".into(),
            phone: "+32 470 12 34 56".into(),
            experience: vec![entry("2020-01", "2021-01", "a")],
            digital_skills: vec![
                "Jira".into(),
                " ".into(),
                "Jira".into(),
                "MS Project".into(),
            ],
            ..CvContent::default()
        };
        let cleaned = clean(&ok).unwrap();
        assert_eq!(
            cleaned.email, "Zoe@Example.org",
            "trimmed, case kept as typed"
        );
        assert_eq!(cleaned.digital_skills, ["Jira", "MS Project"]);

        let field = |c: CvContent| match clean(&c) {
            Err(Error::InvalidCv { field, .. }) => field,
            other => panic!("expected an invalid CV, got {other:?}"),
        };
        let bad = |f: fn(&mut CvContent)| {
            let mut c = ok.clone();
            f(&mut c);
            field(c)
        };
        assert_eq!(bad(|c| c.email = "not an address".into()), "email");
        assert_eq!(bad(|c| c.phone = "call me".into()), "phone");
        assert_eq!(bad(|c| c.experience[0].start = "2020-13".into()), "date");
        assert_eq!(bad(|c| c.experience[0].end = "2019-12".into()), "period");
        assert_eq!(bad(|c| c.summary.fr = "x".repeat(2_001)), "text");
        assert_eq!(
            bad(|c| c.education = vec![entry("2020-01", "", "a"); 31]),
            "entries"
        );
        assert_eq!(
            bad(|c| c.digital_skills = vec!["x".repeat(81)]),
            "digital-skills"
        );
    }

    #[test]
    fn every_label_the_layout_prints_exists_in_each_language() {
        for lang in [Language::En, Language::Fr, Language::Nl] {
            let m = DocumentMessages::new(lang);
            for id in LABELS {
                assert!(m.has(&format!("cvdoc-{id}")), "cvdoc-{id} in {lang:?}");
            }
            for id in [
                "cvdoc-title",
                "cvdoc-footer",
                "cvdoc-fallback",
                "cvdoc-since",
                "cvdoc-level",
                "cvdoc-shown-by",
                "cvdoc-native",
                "cvdoc-badge-issuer",
                "cvdoc-badge-issued",
                "cvdoc-badge-status-verified",
                "cvdoc-badge-status-warning",
                "cvdoc-badge-status-failed",
                "cvdoc-support-verified-badge",
                "cvdoc-support-endorsed",
                "cvdoc-support-self-declared",
            ] {
                assert!(m.has(id), "{id} in {lang:?}");
            }
        }
    }
}
