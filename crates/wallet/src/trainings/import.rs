//! Importing a training catalogue (issue 5 point 3): Passerelle's own JSON
//! (`passerelle-trainings/1`), LHEO 2.x XML and the CSV template (README, "Training
//! catalogues"). The format is recognised from the content, never from the file name.
//!
//! Every offer of a file is converted and checked before anything is written: one
//! error refuses the whole file with [`Error::CatalogueInvalid`] naming the line, and
//! the wallet is left as it was. Offers are then stored by id in one transaction, so a
//! re-import updates changed offers and adds no duplicates.

use std::collections::HashSet;
use std::io::Read;
use std::path::Path;

use super::model::{CATALOGUE_FORMAT, Catalogue, LearningPlace, LocalizedText, TrainingOffer};
use super::store::{self, Stored};
use crate::dto::{CatalogueFormat, TrainingsImportSummary};
use crate::{Error, Result, Wallet};

/// The largest catalogue file read (20 MiB).
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;
/// The most offers one file may hold.
pub const MAX_OFFERS: usize = 20_000;
/// The regions an offer or a place may be in.
pub const REGIONS: [&str; 4] = ["BE-WAL", "BE-VLG", "BE-BRU", "FR-HDF"];

const MAX_ID_CHARS: usize = 200;
const MAX_TITLE_CHARS: usize = 500;
const MAX_TEXT_CHARS: usize = 20_000;

/// A catalogue read from a file, checked, not stored yet.
#[derive(Debug)]
pub(crate) struct Parsed {
    pub format: CatalogueFormat,
    pub offers: Vec<TrainingOffer>,
    pub places: Vec<LearningPlace>,
}

/// The error for `format` at `line` (1-based; 0 for the whole file).
pub(crate) fn invalid(
    format: CatalogueFormat,
    line: u32,
    detail: &str,
    value: impl Into<String>,
) -> Error {
    Error::CatalogueInvalid {
        format: format_name(format).to_owned(),
        line,
        detail: detail.to_owned(),
        value: value.into(),
    }
}

fn format_name(format: CatalogueFormat) -> &'static str {
    match format {
        CatalogueFormat::Json => "json",
        CatalogueFormat::Lheo => "lheo",
        CatalogueFormat::Csv => "csv",
    }
}

/// An error about the whole file (line 0), with no value.
pub(crate) fn invalid_file(detail: &str) -> Error {
    file_error(detail, "")
}

fn file_error(detail: &str, value: impl Into<String>) -> Error {
    Error::CatalogueInvalid {
        format: "unknown".into(),
        line: 0,
        detail: detail.to_owned(),
        value: value.into(),
    }
}

/// 1-based line of byte `offset` in `text`.
pub(crate) fn line_at(text: &[u8], offset: usize) -> u32 {
    let end = offset.min(text.len());
    let newlines = text[..end].iter().filter(|&&b| b == b'\n').count();
    u32::try_from(newlines + 1).unwrap_or(u32::MAX)
}

/// `bytes` as UTF-8, or the `encoding` error at the line of the first bad byte.
pub(crate) fn utf8(bytes: &[u8], format: CatalogueFormat) -> Result<&str> {
    std::str::from_utf8(bytes).map_err(|e| {
        invalid(
            format,
            line_at(bytes, e.valid_up_to()),
            "encoding",
            String::new(),
        )
    })
}

/// Read, recognise and check a catalogue file (at most [`MAX_FILE_BYTES`]).
pub(crate) fn read(path: &Path) -> Result<Parsed> {
    let read_error = |source| Error::ReadFile {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let too_large = || file_error("too-large", (MAX_FILE_BYTES / (1024 * 1024)).to_string());
    if file.metadata().map_err(read_error)?.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    let mut bytes = vec![];
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large());
    }
    parse(&bytes)
}

/// Recognise the format of `bytes` from their content and parse and check them.
pub(crate) fn parse(bytes: &[u8]) -> Result<Parsed> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(file_error(
            "too-large",
            (MAX_FILE_BYTES / (1024 * 1024)).to_string(),
        ));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        // UTF-16: say what to do rather than "not a catalogue".
        return Err(Error::CatalogueInvalid {
            format: "unknown".into(),
            line: 1,
            detail: "encoding".into(),
            value: "UTF-16".into(),
        });
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if body.contains(&0) {
        return Err(file_error("unknown-format", ""));
    }
    let parsed = match body.iter().find(|b| !b.is_ascii_whitespace()) {
        None => return Err(file_error("unknown-format", "")),
        Some(b'<') => super::lheo::parse(body)?,
        Some(b'{') => parse_json(utf8(body, CatalogueFormat::Json)?)?,
        Some(_) => super::csv::parse(utf8(body, CatalogueFormat::Csv)?)?,
    };
    if parsed.offers.is_empty() && parsed.places.is_empty() {
        return Err(invalid(parsed.format, 0, "empty", ""));
    }
    Ok(parsed)
}

// ---------------------------------------------------------------------------------
// Passerelle's own JSON

fn parse_json(text: &str) -> Result<Parsed> {
    let format = CatalogueFormat::Json;
    let catalogue: Catalogue = serde_json::from_str(text).map_err(|e| {
        let detail = match e.classify() {
            serde_json::error::Category::Data => "schema",
            _ => "syntax",
        };
        let message = e.to_string();
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(m, _)| m)
            .to_owned();
        let column = e.column();
        invalid(
            format,
            u32::try_from(e.line()).unwrap_or(u32::MAX),
            detail,
            format!("column {column}: {message}"),
        )
    })?;
    if catalogue.format != CATALOGUE_FORMAT {
        return Err(invalid(
            format,
            json_line(text, &["format"]),
            "format-version",
            catalogue.format,
        ));
    }
    if catalogue.offers.len() > MAX_OFFERS {
        return Err(invalid(
            format,
            0,
            "too-many-offers",
            MAX_OFFERS.to_string(),
        ));
    }
    if let Err((i, p)) = check_offers(&catalogue.offers) {
        let mut path = vec!["offers".to_owned(), i.to_string()];
        path.extend(p.path);
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        return Err(invalid(format, json_line(text, &path), p.detail, p.value));
    }
    if let Err((i, p)) = check_places(&catalogue.places) {
        let mut path = vec!["places".to_owned(), i.to_string()];
        path.extend(p.path);
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        return Err(invalid(format, json_line(text, &path), p.detail, p.value));
    }
    Ok(Parsed {
        format,
        offers: catalogue.offers,
        places: catalogue.places,
    })
}

/// The line where the value at `target` (object keys and array indexes) begins in the
/// JSON `text` (already known to be valid), or of its deepest ancestor that exists.
pub(crate) fn json_line(text: &str, target: &[&str]) -> u32 {
    enum Frame {
        Object(Option<String>),
        Array(usize),
    }
    fn seg_matches(frame: &Frame, seg: &str) -> bool {
        match frame {
            Frame::Object(Some(k)) => k == seg,
            Frame::Object(None) => false,
            Frame::Array(i) => seg.parse::<usize>().is_ok_and(|s| s == *i),
        }
    }
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = vec![];
    let mut expect_key = false;
    let mut line: u32 = 1;
    let (mut best, mut best_depth) = (1u32, 0usize);
    let mut on_value = |stack: &[Frame], line: u32| {
        let depth = stack.len();
        if depth <= target.len()
            && depth >= best_depth
            && stack.iter().zip(target).all(|(f, s)| seg_matches(f, s))
        {
            best = line;
            best_depth = depth;
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => line += 1,
            b'{' => {
                on_value(&stack, line);
                stack.push(Frame::Object(None));
                expect_key = true;
            }
            b'[' => {
                on_value(&stack, line);
                stack.push(Frame::Array(0));
            }
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object(_)) => expect_key = true,
                Some(Frame::Array(n)) => *n += 1,
                None => {}
            },
            b':' => expect_key = false,
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                let end = i.min(bytes.len());
                if expect_key {
                    let key: String =
                        serde_json::from_str(&text[start - 1..=end.min(text.len() - 1)])
                            .unwrap_or_else(|_| text[start..end].to_owned());
                    if let Some(Frame::Object(k)) = stack.last_mut() {
                        *k = Some(key);
                    }
                } else {
                    on_value(&stack, line);
                }
            }
            b if b.is_ascii_whitespace() => {}
            _ => {
                on_value(&stack, line);
                while i + 1 < bytes.len()
                    && !matches!(
                        bytes[i + 1],
                        b',' | b'}' | b']' | b'\n' | b' ' | b'\t' | b'\r'
                    )
                {
                    i += 1;
                }
            }
        }
        i += 1;
    }
    best
}

// ---------------------------------------------------------------------------------
// Checks shared by the three formats

/// What is wrong with one offer or place: where in it (JSON field names, array
/// indexes), what, and the value at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    pub path: Vec<String>,
    pub detail: &'static str,
    pub value: String,
}

fn problem(path: &[&str], detail: &'static str, value: impl Into<String>) -> Problem {
    Problem {
        path: path.iter().map(|s| (*s).to_owned()).collect(),
        detail,
        value: value.into(),
    }
}

/// Check every offer; the first problem, with the index of its offer.
pub(crate) fn check_offers(offers: &[TrainingOffer]) -> std::result::Result<(), (usize, Problem)> {
    check_all(offers, |o| &o.id, check_offer)
}

/// The checked result of a file that holds offers only (CSV, LHEO): the first problem is
/// reported at the line `line_of` gives for it (the index of its offer, and the problem).
pub(crate) fn offers_only(
    format: CatalogueFormat,
    offers: Vec<TrainingOffer>,
    line_of: impl FnOnce(usize, &Problem) -> u32,
) -> Result<Parsed> {
    if let Err((i, problem)) = check_offers(&offers) {
        return Err(invalid(
            format,
            line_of(i, &problem),
            problem.detail,
            problem.value,
        ));
    }
    Ok(Parsed {
        format,
        offers,
        places: vec![],
    })
}

/// Check every learning place; the first problem, with the index of its place.
pub(crate) fn check_places(places: &[LearningPlace]) -> std::result::Result<(), (usize, Problem)> {
    check_all(places, |p| &p.id, check_place)
}

/// Check every item with `check`, and that no two have the same (trimmed) `id`; the
/// first problem, with the index of its item.
fn check_all<T>(
    items: &[T],
    id: impl Fn(&T) -> &str,
    check: impl Fn(&T) -> std::result::Result<(), Problem>,
) -> std::result::Result<(), (usize, Problem)> {
    let mut ids = HashSet::new();
    for (i, item) in items.iter().enumerate() {
        check(item).map_err(|p| (i, p))?;
        let id = id(item).trim();
        if !ids.insert(id) {
            return Err((i, problem(&["id"], "duplicate-id", id)));
        }
    }
    Ok(())
}

fn check_id(id: &str) -> std::result::Result<(), Problem> {
    let id = id.trim();
    if id.is_empty() {
        return Err(problem(&["id"], "missing-id", ""));
    }
    if id.chars().count() > MAX_ID_CHARS || id.chars().any(char::is_control) {
        return Err(problem(&["id"], "too-long", "id"));
    }
    Ok(())
}

fn check_text(field: &str, text: &LocalizedText, max: usize) -> std::result::Result<(), Problem> {
    for (lang, t) in [("en", &text.en), ("fr", &text.fr), ("nl", &text.nl)] {
        if t.as_deref().is_some_and(|t| t.chars().count() > max) {
            return Err(problem(&[field, lang], "too-long", field));
        }
    }
    Ok(())
}

fn check_region(region: &str) -> std::result::Result<(), Problem> {
    if REGIONS.contains(&region) {
        Ok(())
    } else {
        Err(problem(&["region"], "unknown-region", region))
    }
}

fn check_languages(languages: &[String]) -> std::result::Result<(), Problem> {
    if languages.is_empty() {
        return Err(problem(&["languages"], "missing-language", ""));
    }
    for (i, l) in languages.iter().enumerate() {
        if l.len() != 2 || !l.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(problem(&["languages", &i.to_string()], "bad-language", l));
        }
    }
    Ok(())
}

fn check_point(
    path: &[&str],
    latitude: Option<f64>,
    longitude: Option<f64>,
) -> std::result::Result<(), Problem> {
    let lat_ok = latitude.is_none_or(|v| v.is_finite() && (-90.0..=90.0).contains(&v));
    let lon_ok = longitude.is_none_or(|v| v.is_finite() && (-180.0..=180.0).contains(&v));
    if lat_ok && lon_ok {
        return Ok(());
    }
    let show = |v: Option<f64>| v.map_or(String::new(), |v| v.to_string());
    Err(problem(
        path,
        "bad-coordinates",
        format!("{}, {}", show(latitude), show(longitude)),
    ))
}

fn check_country(path: &[&str], country: &str) -> std::result::Result<(), Problem> {
    if country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(problem(path, "schema", format!("country {country:?}")))
    }
}

/// A `YYYY-MM-DD` calendar date.
pub(crate) fn parse_date(s: &str) -> Option<time::Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(s, &format).ok()
}

fn check_offer(o: &TrainingOffer) -> std::result::Result<(), Problem> {
    check_id(&o.id)?;
    if o.source.system.trim().is_empty() {
        return Err(problem(&["source", "system"], "schema", "source.system"));
    }
    if o.title.is_empty() {
        return Err(problem(&["title"], "missing-title", ""));
    }
    check_text("title", &o.title, MAX_TITLE_CHARS)?;
    check_text("description", &o.description, MAX_TEXT_CHARS)?;
    check_text("rhythm", &o.rhythm, MAX_TITLE_CHARS)?;
    check_text("certification", &o.certification, MAX_TITLE_CHARS)?;
    if o.provider.name.trim().is_empty() {
        return Err(problem(&["provider"], "missing-provider", ""));
    }
    check_region(&o.region)?;
    for (i, l) in o.locations.iter().enumerate() {
        let i = i.to_string();
        if l.municipality.trim().is_empty() {
            return Err(problem(&["locations", &i], "schema", "municipality"));
        }
        check_country(&["locations", &i, "country"], &l.country)?;
        check_point(&["locations", &i, "latitude"], l.latitude, l.longitude)?;
    }
    check_languages(&o.languages)?;
    for (i, s) in o.sessions.iter().enumerate() {
        let i = i.to_string();
        let mut dates = [None, None];
        for (k, (field, value)) in [("start", &s.start), ("end", &s.end)]
            .into_iter()
            .enumerate()
        {
            if let Some(v) = value {
                dates[k] = Some(
                    parse_date(v)
                        .ok_or_else(|| problem(&["sessions", &i, field], "bad-date", v))?,
                );
            }
        }
        if let [Some(start), Some(end)] = dates
            && end < start
        {
            return Err(problem(
                &["sessions", &i, "end"],
                "date-order",
                format!("{start} → {end}"),
            ));
        }
    }
    if let Some(amount) = o.cost.amount_eur
        && !(amount.is_finite() && amount >= 0.0)
    {
        return Err(problem(
            &["cost", "amountEur"],
            "bad-number",
            amount.to_string(),
        ));
    }
    for (i, f) in o.cost.funding.iter().enumerate() {
        if !matches!(f.kind.as_str(), "free" | "reduced" | "paid") || f.who.trim().is_empty() {
            return Err(problem(
                &["cost", "funding", &i.to_string()],
                "schema",
                format!("{}:{}", f.who, f.kind),
            ));
        }
    }
    if let Some(level) = o.eqf_level
        && !(1..=8).contains(&level)
    {
        return Err(problem(&["eqfLevel"], "bad-eqf-level", level.to_string()));
    }
    for (i, c) in o.competences.iter().enumerate() {
        let i = i.to_string();
        match c.framework.as_str() {
            "ecf" => {
                let code = c.code.as_deref().unwrap_or("");
                if crate::frameworks::competence(code).is_none() {
                    return Err(problem(
                        &["competences", &i, "code"],
                        "unknown-competence",
                        code,
                    ));
                }
                if let Some(level) = c.level
                    && !(1..=5).contains(&level)
                {
                    return Err(problem(
                        &["competences", &i, "level"],
                        "bad-level",
                        level.to_string(),
                    ));
                }
            }
            "esco" if c.uri.as_deref().is_some_and(|u| !u.trim().is_empty()) => {}
            other => {
                return Err(problem(&["competences", &i], "bad-competence", other));
            }
        }
    }
    Ok(())
}

fn check_place(p: &LearningPlace) -> std::result::Result<(), Problem> {
    check_id(&p.id)?;
    if p.name.trim().is_empty() {
        return Err(problem(&["name"], "missing-title", ""));
    }
    check_region(&p.region)?;
    check_country(&["country"], &p.country)?;
    check_point(&["latitude"], Some(p.latitude), Some(p.longitude))?;
    check_languages(&p.languages)?;
    check_text("offers", &p.offers, MAX_TEXT_CHARS)?;
    Ok(())
}

/// The region of a place from its country and postcode: Hauts-de-France by its
/// departments (59 Nord, 62 Pas-de-Calais, 02 Aisne, 60 Oise, 80 Somme); Belgium by the
/// postcode ranges (1000–1299 Brussels, 1300–1499 and 4000–7999 Wallonia, the rest
/// Flanders).
pub(crate) fn region_from_postcode(country: &str, postcode: &str) -> Option<&'static str> {
    let digits: String = postcode.chars().filter(char::is_ascii_digit).collect();
    match country {
        "FR" if digits.len() == 5 => match &digits[..2] {
            "59" | "62" | "02" | "60" | "80" => Some("FR-HDF"),
            _ => None,
        },
        "BE" if digits.len() == 4 => {
            let n: u32 = digits.parse().ok()?;
            Some(match n {
                1000..=1299 => "BE-BRU",
                1300..=1499 | 4000..=7999 => "BE-WAL",
                1500..=3999 | 8000..=9999 => "BE-VLG",
                _ => return None,
            })
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------------
// Storing

/// Store a checked catalogue in one transaction.
pub(crate) fn store(
    conn: &rusqlite::Connection,
    parsed: &Parsed,
    now: &str,
) -> Result<TrainingsImportSummary> {
    let tx = conn.unchecked_transaction()?;
    let mut summary = TrainingsImportSummary {
        format: parsed.format,
        ..TrainingsImportSummary::default()
    };
    for o in &parsed.offers {
        let id = o.id.trim();
        let stored = store::upsert(
            &tx,
            "training_offers",
            "offer",
            id,
            &json(o)?,
            o.source.system.trim(),
            now,
        )?;
        match stored {
            Stored::Added => summary.added += 1,
            Stored::Updated => summary.updated += 1,
            Stored::Unchanged => summary.unchanged += 1,
        }
    }
    for p in &parsed.places {
        store::upsert(
            &tx,
            "learning_places",
            "place",
            p.id.trim(),
            &json(p)?,
            "import",
            now,
        )?;
        summary.places += 1;
    }
    tx.commit()?;
    Ok(summary)
}

fn json<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::Database {
        detail: e.to_string(),
    })
}

impl Wallet {
    /// Import a training catalogue file (own JSON, LHEO 2.x XML or the CSV template,
    /// recognised from the content). Nothing is stored when the file has an error.
    pub fn import_trainings(&mut self, path: &Path) -> Result<TrainingsImportSummary> {
        let parsed = read(path)?;
        let now = crate::clock::rfc3339(self.clock().now());
        let summary = store(self.conn(), &parsed, &now);
        store::forget_offers(self);
        summary
    }

    /// The wallet's training catalogue: the bundled sample offers, each replaced by an
    /// imported offer with the same id, then the other imported offers.
    pub fn training_offers(&self) -> Result<Vec<TrainingOffer>> {
        Ok(store::cached_offers(self)?.as_ref().clone())
    }

    /// The learning places: the bundled ones, replaced or extended by imported ones.
    pub fn learning_places(&self) -> Result<Vec<LearningPlace>> {
        store::places(self.conn())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_line_finds_nested_values_and_falls_back_to_their_parent() {
        let text = "{\n  \"format\": \"x\",\n  \"offers\": [\n    {\"id\": \"a\"},\n    {\n      \"id\": \"b\",\n      \"sessions\": [{\"start\": \"2026-01-01\"},\n        {\"start\": \"2027-13-40\"}]\n    }\n  ]\n}\n";
        assert_eq!(json_line(text, &["format"]), 2);
        assert_eq!(json_line(text, &["offers", "0"]), 4);
        assert_eq!(json_line(text, &["offers", "1", "id"]), 6);
        assert_eq!(
            json_line(text, &["offers", "1", "sessions", "1", "start"]),
            8
        );
        assert_eq!(json_line(text, &["offers", "1", "region"]), 5);
    }

    #[test]
    fn regions_come_from_postcodes() {
        assert_eq!(region_from_postcode("FR", "59000"), Some("FR-HDF"));
        assert_eq!(region_from_postcode("FR", "02100"), Some("FR-HDF"));
        assert_eq!(region_from_postcode("FR", "75001"), None);
        assert_eq!(region_from_postcode("BE", "7500"), Some("BE-WAL"));
        assert_eq!(region_from_postcode("BE", "8500"), Some("BE-VLG"));
        assert_eq!(region_from_postcode("BE", "1050"), Some("BE-BRU"));
        assert_eq!(region_from_postcode("BE", "1348"), Some("BE-WAL"));
    }

    #[test]
    fn unrecognised_content_is_refused_as_a_whole() {
        let e = parse(b"   ").unwrap_err();
        assert_eq!(e.args()["detail"], "unknown-format");
        let e = parse(b"\x89PNG\r\n\x1a\n\0\0").unwrap_err();
        assert_eq!(e.args()["detail"], "unknown-format");
        let e = parse(b"\xFF\xFEi\0d\0").unwrap_err();
        assert_eq!(e.args()["detail"], "encoding");
    }
}
