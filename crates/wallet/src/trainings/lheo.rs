//! LHEO 2.x XML (Langage Harmonisé d'Échange d'informations sur l'Offre de formation,
//! the French standard for training offers, decree 2015-742) to [`TrainingOffer`]s.
//!
//! One `lheo/offres/formation` becomes one offer, its `action`s giving the locations,
//! sessions, modality, hours and price. The mapping (LHEO 2.3 element names):
//! `formation@numero` → id `lheo:<numero>`; `intitule-formation` → title.fr;
//! `objectif-formation` + `contenu-formation` → description.fr;
//! `organisme-formation-responsable/raison-sociale` (else `nom-organisme`) → provider;
//! `action/modalites-enseignement` (dict-modalites-enseignement: 0 entirely in person,
//! 1 blended, 2 entirely at a distance) → modality; `action/nombre-heures-total`
//! (else `duree-indicative` in hours) → hours; `action/lieu-de-formation/coordonnees/
//! adresse` (`ville`, `codepostal`, `pays`, `geolocalisation/latitude|longitude`) →
//! locations, the region from the postcode; `session/periode/debut|fin` (YYYYMMDD,
//! `00000000` unknown, `99999999` permanent) → sessions, with a `urlweb` of the session
//! (`adresse-inscription`), the action (`url-action`) or the formation
//! (`url-formation`) as registration; `prix-total-TTC` → cost; `code-niveau-sortie`
//! (dict-niveaux) → EQF level; `resultats-attendus` + `certification/code-RNCP` →
//! certification; `langue-formation` → languages (default French). What LHEO has no
//! element for comes from `extras/extra@info`: `region`, `ecf` (`E.2:4|A.8:2`),
//! `esco-occupations` (URIs separated by `|`), `source-system`.
//!
//! A DOCTYPE (and so any entity declaration) is refused: no external entity is ever
//! read and no entity expanded (XXE, "billion laughs"). Nesting is bounded.

use std::collections::HashMap;

use quick_xml::events::Event;

use super::csv::parse_competences;
use super::import::{Parsed, Problem, invalid, line_at, offers_only, region_from_postcode};
use super::model::{
    Cost, Funding, LocalizedText, Location, Modality, OfferSource, Provider, Session, TrainingOffer,
};
use crate::Result;
use crate::dto::CatalogueFormat;

const FORMAT: CatalogueFormat = CatalogueFormat::Lheo;
/// Deeper than any LHEO document (about 10 levels).
const MAX_DEPTH: usize = 48;

/// An element of the document: local name, attributes, children, text, line.
#[derive(Debug, Default)]
struct El {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<El>,
    text: String,
    line: u32,
}

impl El {
    fn child(&self, name: &str) -> Option<&El> {
        self.children.iter().find(|c| c.name == name)
    }
    fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a El> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }
    /// The element at `path` (child names separated by `/`).
    fn at(&self, path: &str) -> Option<&El> {
        path.split('/').try_fold(self, |el, name| el.child(name))
    }
    /// The trimmed text at `path`, if not empty.
    fn text_at(&self, path: &str) -> Option<(&str, u32)> {
        self.at(path)
            .map(|e| (e.text.trim(), e.line))
            .filter(|(t, _)| !t.is_empty())
    }
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }
    /// The first descendant (depth first) named `name`.
    fn find(&self, name: &str) -> Option<&El> {
        self.children.iter().find_map(|c| {
            if c.name == name {
                Some(c)
            } else {
                c.find(name)
            }
        })
    }
}

/// The text of an LHEO document: UTF-8, or ISO-8859-1 / Windows-1252 when its XML
/// declaration says so (French feeds often are).
fn decode(bytes: &[u8]) -> Result<String> {
    let head = &bytes[..bytes.len().min(200)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let latin = head.starts_with("<?xml")
        && head.split("?>").next().is_some_and(|decl| {
            ["iso-8859-1", "iso-8859-15", "latin1", "windows-1252"]
                .iter()
                .any(|e| decl.contains(e))
        });
    if latin {
        Ok(bytes.iter().map(|&b| char::from(b)).collect())
    } else {
        Ok(super::import::utf8(bytes, FORMAT)?.to_owned())
    }
}

fn local(name: &str) -> String {
    name.to_owned()
}

fn parse_tree(text: &str) -> Result<El> {
    let bytes = text.as_bytes();
    let line = |pos: u64| line_at(bytes, usize::try_from(pos).unwrap_or(usize::MAX));
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().expand_empty_elements = true;
    reader.config_mut().check_end_names = true;
    let mut stack: Vec<El> = vec![];
    let mut root: Option<El> = None;
    loop {
        let before = reader.buffer_position();
        let event = reader.read_event().map_err(|e| {
            invalid(
                FORMAT,
                line(reader.error_position()),
                "syntax",
                e.to_string(),
            )
        })?;
        let here = line(before);
        match event {
            Event::DocType(_) => return Err(invalid(FORMAT, here, "entities", "DOCTYPE")),
            Event::Start(start) | Event::Empty(start) => {
                if root.is_some() {
                    return Err(invalid(
                        FORMAT,
                        here,
                        "syntax",
                        "content after the root element",
                    ));
                }
                if stack.len() >= MAX_DEPTH {
                    return Err(invalid(FORMAT, here, "too-deep", MAX_DEPTH.to_string()));
                }
                let mut el = El {
                    name: local(start.local_name().as_ref()),
                    line: here,
                    ..El::default()
                };
                for attr in start.attributes() {
                    let attr = attr.map_err(|e| invalid(FORMAT, here, "syntax", e.to_string()))?;
                    let value = attr
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .map_err(|_| invalid(FORMAT, here, "entities", "attribute"))?;
                    el.attrs
                        .push((local(attr.key.local_name().as_ref()), value.into_owned()));
                }
                stack.push(el);
            }
            Event::End(_) => {
                let el = stack
                    .pop()
                    .ok_or_else(|| invalid(FORMAT, here, "syntax", "end tag"))?;
                match stack.last_mut() {
                    Some(parent) => parent.children.push(el),
                    None => root = Some(el),
                }
            }
            Event::Text(t) => {
                let content = t.xml10_content();
                match stack.last_mut() {
                    Some(el) => el.text.push_str(&content),
                    None if content.trim().is_empty() => {}
                    None => return Err(invalid(FORMAT, here, "syntax", "text outside the root")),
                }
            }
            Event::CData(t) => {
                if let Some(el) = stack.last_mut() {
                    el.text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => quick_xml::escape::resolve_predefined_entity(&r)
                        .ok_or_else(|| invalid(FORMAT, here, "entities", format!("&{};", &*r)))?
                        .to_owned(),
                    Err(e) => return Err(invalid(FORMAT, here, "syntax", e.to_string())),
                };
                if let Some(el) = stack.last_mut() {
                    el.text.push_str(&resolved);
                }
            }
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
            Event::Eof => break,
        }
    }
    if !stack.is_empty() {
        return Err(invalid(
            FORMAT,
            line_at(bytes, bytes.len()),
            "syntax",
            "unexpected end of file",
        ));
    }
    root.ok_or_else(|| invalid(FORMAT, 1, "syntax", "no root element"))
}

/// An LHEO date (`YYYYMMDD`) as `YYYY-MM-DD`; `None` for "unknown" (`00000000`) and
/// "permanent" (`99999999`).
fn lheo_date(value: &str, line: u32) -> Result<Option<String>> {
    if value == "00000000" || value == "99999999" {
        return Ok(None);
    }
    let iso = if value.len() == 8 && value.bytes().all(|b| b.is_ascii_digit()) {
        format!("{}-{}-{}", &value[..4], &value[4..6], &value[6..])
    } else {
        value.to_owned()
    };
    match super::import::parse_date(&iso) {
        Some(_) => Ok(Some(iso)),
        None => Err(invalid(FORMAT, line, "bad-date", value)),
    }
}

/// A decimal as LHEO feeds write it: `1250.00`, `1 250,00`.
fn number(value: &str, line: u32) -> Result<f64> {
    let cleaned: String = value
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '€')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    cleaned
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| invalid(FORMAT, line, "bad-number", value))
}

/// dict-niveaux (LHEO 2.3) to an EQF level: the old French levels V…I (codes 4…8)
/// and the 2019 nomenclature's levels 1…8 (codes 11…18, aligned with the EQF).
fn eqf_from_niveau(code: &str) -> Option<u8> {
    match code.trim() {
        "2" => Some(1),
        "3" => Some(2),
        "4" => Some(3),
        "5" => Some(4),
        "6" => Some(5),
        "7" => Some(6),
        "8" => Some(7),
        c => c
            .parse::<u8>()
            .ok()
            .filter(|n| (11..=18).contains(n))
            .map(|n| n - 10),
    }
}

fn modality(code: &str, line: u32) -> Result<Modality> {
    match code.trim() {
        "0" => Ok(Modality::InPerson),
        "1" => Ok(Modality::Blended),
        "2" => Ok(Modality::Distance),
        other => Err(invalid(FORMAT, line, "bad-modality", other)),
    }
}

fn fr(text: impl Into<String>) -> LocalizedText {
    LocalizedText {
        fr: Some(text.into()),
        ..LocalizedText::default()
    }
}

/// An offer and the lines its fields came from (`path` as the checks name them).
struct Mapped {
    offer: TrainingOffer,
    line: u32,
    lines: HashMap<String, u32>,
}

impl Mapped {
    fn line_of(&self, problem: &Problem) -> u32 {
        (1..=problem.path.len())
            .rev()
            .find_map(|n| self.lines.get(&problem.path[..n].join(".")).copied())
            .unwrap_or(self.line)
    }
}

fn note(lines: &mut HashMap<String, u32>, path: &str, line: u32) {
    lines.insert(path.to_owned(), line);
}

fn map_formation(f: &El) -> Result<Mapped> {
    let mut lines = HashMap::new();
    let numero = f
        .attr("numero")
        .ok_or_else(|| invalid(FORMAT, f.line, "missing-id", ""))?;
    let extras: HashMap<&str, (&str, u32)> = f
        .all("extras")
        .flat_map(|x| x.all("extra"))
        .filter_map(|x| x.attr("info").map(|k| (k, (x.text.trim(), x.line))))
        .collect();

    let title = f.text_at("intitule-formation");
    if let Some((_, l)) = title {
        note(&mut lines, "title", l);
    }
    let description = [
        f.text_at("objectif-formation"),
        f.text_at("contenu-formation"),
    ]
    .into_iter()
    .flatten()
    .map(|(t, _)| t)
    .collect::<Vec<_>>()
    .join("\n\n");

    let organisme = f.child("organisme-formation-responsable");
    let provider_name = organisme
        .and_then(|o| {
            o.text_at("raison-sociale")
                .or_else(|| o.text_at("nom-organisme"))
        })
        .map(|(t, _)| t.to_owned())
        .unwrap_or_default();
    note(&mut lines, "provider", organisme.map_or(f.line, |o| o.line));
    let provider_url = organisme
        .and_then(|o| o.find("web"))
        .and_then(|w| w.text_at("urlweb"))
        .map(|(t, _)| t.to_owned());
    let formation_url = f.at("url-formation").and_then(|w| w.text_at("urlweb"));

    let actions: Vec<&El> = f.all("action").collect();
    let mut locations: Vec<Location> = vec![];
    let mut sessions: Vec<Session> = vec![];
    let mut modalities: Vec<Modality> = vec![];
    let mut languages: Vec<String> = vec![];
    let mut hours = None;
    let mut rhythm = None;
    let mut cost = Cost::default();
    for action in &actions {
        if let Some((code, l)) = action.text_at("modalites-enseignement") {
            let m = modality(code, l)?;
            if !modalities.contains(&m) {
                modalities.push(m);
            }
        }
        if let Some((lang, l)) = action.text_at("langue-formation") {
            let lang = lang.to_ascii_lowercase();
            if !languages.contains(&lang) {
                note(&mut lines, &format!("languages.{}", languages.len()), l);
                languages.push(lang);
            }
        }
        if hours.is_none() {
            if let Some((h, l)) = action.text_at("nombre-heures-total") {
                let v = number(h, l)?;
                if !(0.0..=100_000.0).contains(&v) {
                    return Err(invalid(FORMAT, l, "bad-number", h));
                }
                hours = Some(v.round() as u32);
            } else if let Some((d, _)) = action.text_at("duree-indicative")
                && d.to_lowercase().contains('h')
            {
                hours = d
                    .split(|c: char| !c.is_ascii_digit())
                    .find(|s| !s.is_empty())
                    .and_then(|s| s.parse().ok());
            }
        }
        if rhythm.is_none() {
            rhythm = action
                .text_at("rythme-formation")
                .map(|(t, _)| t.to_owned());
        }
        if cost.amount_eur.is_none()
            && let Some((p, l)) = action.text_at("prix-total-TTC")
        {
            cost.amount_eur = Some(number(p, l)?);
            note(&mut lines, "cost", l);
        }
        if cost.funding.is_empty()
            && action
                .text_at("prise-en-charge-frais-possible")
                .map(|(t, _)| t)
                == Some("1")
        {
            let text = action
                .text_at("detail-conditions-prise-en-charge")
                .map_or("Prise en charge des frais possible", |(t, _)| t);
            cost.funding.push(Funding {
                who: "see-note".into(),
                kind: "reduced".into(),
                note: fr(text),
            });
        }
        for lieu in action.all("lieu-de-formation") {
            let Some(adresse) = lieu.at("coordonnees/adresse") else {
                continue;
            };
            let Some((ville, _)) = adresse.text_at("ville") else {
                continue;
            };
            let postcode = adresse.text_at("codepostal").map(|(t, _)| t.to_owned());
            let country = adresse
                .text_at("pays")
                .map_or("FR".to_owned(), |(t, _)| t.to_ascii_uppercase());
            let coordinate = |name: &str| -> Result<Option<f64>> {
                adresse
                    .at("geolocalisation")
                    .and_then(|g| g.text_at(name))
                    .map(|(v, l)| number(v, l))
                    .transpose()
            };
            let location = Location {
                municipality: ville.to_owned(),
                postcode,
                country,
                latitude: coordinate("latitude")?,
                longitude: coordinate("longitude")?,
                place: None,
            };
            if !locations.contains(&location) {
                note(
                    &mut lines,
                    &format!("locations.{}", locations.len()),
                    adresse.line,
                );
                locations.push(location);
            }
        }
        let action_url = action.at("url-action").and_then(|w| w.text_at("urlweb"));
        for session in action.all("session") {
            let i = sessions.len();
            let mut date = |name: &str| -> Result<Option<String>> {
                match session.at("periode").and_then(|p| p.text_at(name)) {
                    Some((v, l)) => {
                        note(
                            &mut lines,
                            &format!(
                                "sessions.{i}.{}",
                                if name == "debut" { "start" } else { "end" }
                            ),
                            l,
                        );
                        lheo_date(v, l)
                    }
                    None => Ok(None),
                }
            };
            let start = date("debut")?;
            let end = date("fin")?;
            let registration_url = session
                .child("adresse-inscription")
                .and_then(|a| a.find("urlweb"))
                .map(|u| (u.text.trim(), u.line))
                .filter(|(t, _)| !t.is_empty())
                .or(action_url)
                .or(formation_url)
                .map(|(t, _)| t.to_owned());
            note(&mut lines, &format!("sessions.{i}"), session.line);
            sessions.push(Session {
                start,
                end,
                registration_url,
            });
        }
    }
    if languages.is_empty() {
        languages.push("fr".into());
    }
    let modality = match modalities.as_slice() {
        [] => Modality::InPerson,
        [one] => *one,
        _ => Modality::Blended,
    };

    // The region: an explicit extra, else the postcode of the first place it is held
    // at, else the provider's own address.
    let region = if let Some((r, l)) = extras.get("region") {
        note(&mut lines, "region", *l);
        (*r).to_owned()
    } else {
        let from_location = locations
            .first()
            .and_then(|l| l.postcode.as_deref().map(|p| (l.country.as_str(), p)));
        let provider_address = organisme.and_then(|o| o.find("adresse"));
        let from_provider = provider_address.and_then(|a| {
            a.text_at("codepostal")
                .map(|(p, _)| (a.text_at("pays").map_or("FR", |(c, _)| c), p))
        });
        let region_line = if from_location.is_some() {
            lines.get("locations.0").copied().unwrap_or(f.line)
        } else {
            provider_address.map_or(f.line, |a| a.line)
        };
        note(&mut lines, "region", region_line);
        match from_location.or(from_provider) {
            Some((country, postcode)) => region_from_postcode(country, postcode)
                .map(str::to_owned)
                .unwrap_or_else(|| postcode.to_owned()),
            None => String::new(),
        }
    };

    let eqf_level = f.text_at("code-niveau-sortie").and_then(|(c, l)| {
        note(&mut lines, "eqfLevel", l);
        eqf_from_niveau(c)
    });
    let rncp: Vec<String> = f
        .all("certification")
        .filter_map(|c| c.text_at("code-RNCP").map(|(t, _)| format!("RNCP{t}")))
        .collect();
    let certification = match (f.text_at("resultats-attendus"), rncp.is_empty()) {
        (Some((r, _)), true) => fr(r),
        (Some((r, _)), false) => fr(format!("{r} ({})", rncp.join(", "))),
        (None, false) => fr(rncp.join(", ")),
        (None, true) if f.text_at("certifiante").map(|(t, _)| t) == Some("1") => {
            fr("Formation certifiante")
        }
        (None, true) => LocalizedText::default(),
    };

    let competences = match extras.get("ecf") {
        Some((text, l)) => {
            note(&mut lines, "competences", *l);
            parse_competences(text).map_err(|(detail, value)| invalid(FORMAT, *l, detail, value))?
        }
        None => vec![],
    };
    let occupations = extras
        .get("esco-occupations")
        .map(|(t, _)| {
            t.split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let system = extras.get("source-system").map_or("LHEO", |(s, _)| s);
    let retrieved_at = f
        .attr("datemaj")
        .map(|d| lheo_date(d, f.line))
        .transpose()?
        .flatten();

    let offer = TrainingOffer {
        id: format!("lheo:{numero}"),
        source: OfferSource {
            system: system.to_owned(),
            url: formation_url.map(|(u, _)| u.to_owned()),
            retrieved_at,
            licence: None,
        },
        sample: false,
        title: title.map(|(t, _)| fr(t)).unwrap_or_default(),
        description: if description.is_empty() {
            LocalizedText::default()
        } else {
            fr(description)
        },
        provider: Provider {
            name: provider_name,
            url: provider_url,
        },
        region,
        locations,
        modality,
        languages,
        duration_hours: hours,
        rhythm: rhythm.map(fr).unwrap_or_default(),
        sessions,
        cost,
        eqf_level,
        certification,
        competences,
        occupations,
    };
    Ok(Mapped {
        offer,
        line: f.line,
        lines,
    })
}

/// Parse and check an LHEO document.
pub(crate) fn parse(bytes: &[u8]) -> Result<Parsed> {
    let text = decode(bytes)?;
    let root = parse_tree(&text)?;
    if root.name != "lheo" {
        return Err(invalid(FORMAT, root.line, "not-lheo", root.name));
    }
    let formations: Vec<&El> = root
        .all("offres")
        .flat_map(|o| o.all("formation"))
        .collect();
    if formations.len() > super::import::MAX_OFFERS {
        return Err(invalid(
            FORMAT,
            0,
            "too-many-offers",
            super::import::MAX_OFFERS.to_string(),
        ));
    }
    let mapped = formations
        .into_iter()
        .map(map_formation)
        .collect::<Result<Vec<_>>>()?;
    let offers: Vec<TrainingOffer> = mapped.iter().map(|m| m.offer.clone()).collect();
    offers_only(FORMAT, offers, |i, problem| mapped[i].line_of(problem))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lheo_dates_and_levels() {
        assert_eq!(
            lheo_date("20260914", 1).unwrap().as_deref(),
            Some("2026-09-14")
        );
        assert_eq!(lheo_date("00000000", 1).unwrap(), None);
        assert_eq!(lheo_date("99999999", 1).unwrap(), None);
        assert_eq!(lheo_date("20271340", 7).unwrap_err().args()["line"], "7");
        assert_eq!(eqf_from_niveau("6"), Some(5));
        assert_eq!(eqf_from_niveau("16"), Some(6));
        assert_eq!(eqf_from_niveau("0"), None);
        assert_eq!(number("1 250,50", 1).unwrap(), 1250.5);
    }

    #[test]
    fn a_doctype_is_refused_before_any_entity_is_read() {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lheo [\n<!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>\n<lheo>&x;</lheo>";
        let e = parse(xml.as_bytes()).unwrap_err();
        assert_eq!(e.args()["detail"], "entities");
        assert_eq!(e.args()["line"], "2");
    }

    #[test]
    fn an_undeclared_entity_is_refused() {
        let e = parse(b"<lheo><offres>&lol;</offres></lheo>").unwrap_err();
        assert_eq!(e.args()["detail"], "entities");
    }
}
