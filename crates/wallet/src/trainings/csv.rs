//! The CSV template for providers without a feed (README, "Training catalogues"):
//! UTF-8, `;` or `,` separated (whichever the header uses), RFC 4180 quoting, a header
//! row with the column names below, one offer per line; lists inside a cell are
//! separated by `|`.

use std::collections::HashMap;

use super::import::{Parsed, invalid, offers_only, parse_date};
use super::model::{
    Cost, Funding, LocalizedText, Location, Modality, OfferSource, Provider, Session,
    TargetCompetence, TrainingOffer,
};
use crate::Result;
use crate::dto::CatalogueFormat;

const FORMAT: CatalogueFormat = CatalogueFormat::Csv;

/// Every column the template knows, in the documented order.
pub const COLUMNS: &[&str] = &[
    "id",
    "system",
    "source_url",
    "title_fr",
    "title_nl",
    "title_en",
    "description_fr",
    "description_nl",
    "description_en",
    "provider",
    "provider_url",
    "region",
    "municipality",
    "postcode",
    "country",
    "latitude",
    "longitude",
    "modality",
    "languages",
    "hours",
    "rhythm_fr",
    "rhythm_nl",
    "rhythm_en",
    "sessions",
    "registration_url",
    "cost_eur",
    "funding",
    "eqf_level",
    "certification_fr",
    "certification_nl",
    "certification_en",
    "competences",
    "occupations",
];

/// The columns a header must have (and one of `title_fr`, `title_nl`, `title_en`).
const REQUIRED: &[&str] = &["id", "provider", "region", "modality", "languages"];

/// The records of `text`: (line the record starts on, cells). Fully empty lines are
/// skipped. An unclosed quote or text after a closing quote is a syntax error.
pub(crate) fn records(text: &str, delimiter: char) -> Result<Vec<(u32, Vec<String>)>> {
    let mut out = vec![];
    let mut line: u32 = 1;
    let mut record_line = 1;
    let mut cells: Vec<String> = vec![];
    let mut cell = String::new();
    let mut in_quotes = false;
    let mut after_quote = false;
    let mut chars = text.chars().peekable();
    let mut end_record = |cells: &mut Vec<String>, cell: &mut String, record_line: u32| {
        cells.push(std::mem::take(cell));
        if !(cells.len() == 1 && cells[0].trim().is_empty()) {
            out.push((record_line, std::mem::take(cells)));
        } else {
            cells.clear();
        }
    };
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => {
                    in_quotes = false;
                    after_quote = true;
                }
                '\n' => {
                    line += 1;
                    cell.push('\n');
                }
                _ => cell.push(c),
            }
            continue;
        }
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                end_record(&mut cells, &mut cell, record_line);
                line += 1;
                record_line = line;
                after_quote = false;
            }
            c if c == delimiter => {
                cells.push(std::mem::take(&mut cell));
                after_quote = false;
            }
            _ if after_quote => {
                if !c.is_whitespace() {
                    return Err(invalid(
                        FORMAT,
                        line,
                        "syntax",
                        format!("text after a closing quote: {c}"),
                    ));
                }
            }
            '"' if cell.trim().is_empty() => {
                cell.clear();
                in_quotes = true;
            }
            _ => cell.push(c),
        }
    }
    if in_quotes {
        return Err(invalid(FORMAT, record_line, "syntax", "unclosed quote"));
    }
    end_record(&mut cells, &mut cell, record_line);
    Ok(out)
}

/// `;` when the header line has more of them than `,`, else `,`.
fn delimiter(text: &str) -> char {
    let header = text.lines().next().unwrap_or("");
    let count = |d: char| header.chars().filter(|&c| c == d).count();
    if count(';') > count(',') { ';' } else { ',' }
}

fn list(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `E.2:4|A.8:2` (e-CF code and level reached; the level may be left out), or ESCO
/// URIs. The error is (detail, value).
pub(crate) fn parse_competences(
    cell: &str,
) -> std::result::Result<Vec<TargetCompetence>, (&'static str, String)> {
    list(cell)
        .into_iter()
        .map(|item| {
            if item.starts_with("http://") || item.starts_with("https://") {
                return Ok(TargetCompetence {
                    framework: "esco".into(),
                    code: None,
                    uri: Some(item),
                    level: None,
                });
            }
            let (code, level) = match item.split_once(':') {
                Some((code, level)) => {
                    let level = level
                        .trim()
                        .trim_start_matches("e-")
                        .parse::<u8>()
                        .map_err(|_| ("bad-level", item.clone()))?;
                    (code.trim(), Some(level))
                }
                None => (item.as_str(), None),
            };
            if code.len() < 3 || !code.contains('.') {
                return Err(("bad-competence", item.clone()));
            }
            Ok(TargetCompetence {
                framework: "ecf".into(),
                code: Some(code.to_owned()),
                uri: None,
                level,
            })
        })
        .collect()
}

fn text(fr: Option<&str>, nl: Option<&str>, en: Option<&str>) -> LocalizedText {
    let own = |s: Option<&str>| {
        s.map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    LocalizedText {
        en: own(en),
        fr: own(fr),
        nl: own(nl),
    }
}

/// One row as an offer; errors carry the row's line.
fn offer(row: &HashMap<&str, &str>, line: u32) -> Result<TrainingOffer> {
    let get = |k: &str| row.get(k).map(|s| s.trim()).filter(|s| !s.is_empty());
    let bad = |detail: &str, value: &str| invalid(FORMAT, line, detail, value);
    let number = |k: &str| -> Result<Option<f64>> {
        get(k)
            .map(|v| {
                v.replace(',', ".")
                    .parse::<f64>()
                    .ok()
                    .filter(|n| n.is_finite())
                    .ok_or_else(|| bad("bad-number", v))
            })
            .transpose()
    };
    let modality = match get("modality").unwrap_or("") {
        "in-person" => Modality::InPerson,
        "distance" => Modality::Distance,
        "blended" => Modality::Blended,
        other => return Err(bad("bad-modality", other)),
    };
    let hours = get("hours")
        .map(|v| v.parse::<u32>().map_err(|_| bad("bad-number", v)))
        .transpose()?;
    let eqf_level = get("eqf_level")
        .map(|v| v.parse::<u8>().map_err(|_| bad("bad-eqf-level", v)))
        .transpose()?;
    let (latitude, longitude) = (number("latitude")?, number("longitude")?);
    let locations = match get("municipality") {
        Some(m) => vec![Location {
            municipality: m.to_owned(),
            postcode: get("postcode").map(str::to_owned),
            country: get("country").unwrap_or("").to_ascii_uppercase(),
            latitude,
            longitude,
            place: None,
        }],
        None => vec![],
    };
    let registration_url = get("registration_url").map(str::to_owned);
    let sessions = list(get("sessions").unwrap_or(""))
        .into_iter()
        .map(|s| {
            let (start, end) = s.split_once('/').unwrap_or((s.as_str(), ""));
            let date = |d: &str| -> Result<Option<String>> {
                let d = d.trim();
                if d.is_empty() {
                    Ok(None)
                } else if parse_date(d).is_some() {
                    Ok(Some(d.to_owned()))
                } else {
                    Err(bad("bad-date", d))
                }
            };
            Ok(Session {
                start: date(start)?,
                end: date(end)?,
                registration_url: registration_url.clone(),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let funding = list(get("funding").unwrap_or(""))
        .into_iter()
        .map(|f| {
            let (who, kind) = f.split_once(':').unwrap_or((f.as_str(), ""));
            Funding {
                who: who.trim().to_owned(),
                kind: kind.trim().to_owned(),
                note: LocalizedText::default(),
            }
        })
        .collect();
    let competences = parse_competences(get("competences").unwrap_or(""))
        .map_err(|(detail, value)| bad(detail, &value))?;
    Ok(TrainingOffer {
        id: get("id").unwrap_or("").to_owned(),
        source: OfferSource {
            system: get("system").unwrap_or("CSV").to_owned(),
            url: get("source_url").map(str::to_owned),
            retrieved_at: None,
            licence: None,
        },
        sample: false,
        title: text(get("title_fr"), get("title_nl"), get("title_en")),
        description: text(
            get("description_fr"),
            get("description_nl"),
            get("description_en"),
        ),
        provider: Provider {
            name: get("provider").unwrap_or("").to_owned(),
            url: get("provider_url").map(str::to_owned),
        },
        region: get("region").unwrap_or("").to_owned(),
        locations,
        modality,
        languages: list(get("languages").unwrap_or("")),
        duration_hours: hours,
        rhythm: text(get("rhythm_fr"), get("rhythm_nl"), get("rhythm_en")),
        sessions,
        cost: Cost {
            amount_eur: number("cost_eur")?,
            funding,
        },
        eqf_level,
        certification: text(
            get("certification_fr"),
            get("certification_nl"),
            get("certification_en"),
        ),
        competences,
        occupations: list(get("occupations").unwrap_or("")),
    })
}

/// Parse and check a CSV catalogue.
pub(crate) fn parse(text: &str) -> Result<Parsed> {
    let rows = records(text, delimiter(text))?;
    let Some(((header_line, header), rows)) = rows.split_first() else {
        return Err(invalid(FORMAT, 0, "empty", ""));
    };
    let header: Vec<String> = header
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    if !header.iter().any(|h| COLUMNS.contains(&h.as_str())) {
        // Not a catalogue at all (some other text file).
        return Err(super::import::invalid_file("unknown-format"));
    }
    for (i, h) in header.iter().enumerate() {
        if !COLUMNS.contains(&h.as_str()) {
            return Err(invalid(FORMAT, *header_line, "unknown-column", h.as_str()));
        }
        if header[..i].contains(h) {
            return Err(invalid(
                FORMAT,
                *header_line,
                "duplicate-column",
                h.as_str(),
            ));
        }
    }
    for required in REQUIRED {
        if !header.iter().any(|h| h == required) {
            return Err(invalid(FORMAT, *header_line, "missing-column", *required));
        }
    }
    if !header.iter().any(|h| h.starts_with("title_")) {
        return Err(invalid(FORMAT, *header_line, "missing-column", "title_fr"));
    }
    if rows.len() > super::import::MAX_OFFERS {
        return Err(invalid(
            FORMAT,
            0,
            "too-many-offers",
            super::import::MAX_OFFERS.to_string(),
        ));
    }
    let mut offers = Vec::with_capacity(rows.len());
    for (line, cells) in rows {
        if cells.len() != header.len() {
            return Err(invalid(
                FORMAT,
                *line,
                "column-count",
                format!("{} / {}", cells.len(), header.len()),
            ));
        }
        let row: HashMap<&str, &str> = header
            .iter()
            .map(String::as_str)
            .zip(cells.iter().map(String::as_str))
            .collect();
        offers.push(offer(&row, *line)?);
    }
    offers_only(FORMAT, offers, |i, _| rows[i].0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_cells_keep_delimiters_quotes_and_newlines_and_lines_are_counted() {
        let text = "a;b\n\"x;1\";\"say \"\"hi\"\"\"\n\n\"two\nlines\";z\r\nlast;row\n";
        let r = records(text, ';').unwrap();
        assert_eq!(r.len(), 4);
        assert_eq!(r[1], (2, vec!["x;1".to_owned(), "say \"hi\"".to_owned()]));
        assert_eq!(r[2], (4, vec!["two\nlines".to_owned(), "z".to_owned()]));
        assert_eq!(r[3].0, 6);
    }

    #[test]
    fn an_unclosed_quote_is_a_syntax_error_on_its_line() {
        let e = records("a,b\n1,\"open\n", ',').unwrap_err();
        assert_eq!(e.args()["detail"], "syntax");
        assert_eq!(e.args()["line"], "2");
    }

    #[test]
    fn competences_are_code_and_level() {
        let c = parse_competences("E.2:4 | A.8:e-2|D.9").unwrap();
        assert_eq!(c.len(), 3);
        assert_eq!(c[0].code.as_deref(), Some("E.2"));
        assert_eq!(c[0].level, Some(4));
        assert_eq!(c[1].level, Some(2));
        assert_eq!(c[2].level, None);
        assert_eq!(parse_competences("E.2:x").unwrap_err().0, "bad-level");
        assert_eq!(parse_competences("E2-4").unwrap_err().0, "bad-competence");
    }
}
