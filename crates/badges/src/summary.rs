//! What a person sees of a badge: name, description, issuer, dates, achievement
//! (criteria, type, alignments) and image, from an OB 3.0 credential (VCDM 2.0 or
//! 1.1, also a VC-JWT `vc` claim) or an OB 2.0 assertion with its embedded
//! BadgeClass and issuer. Every string is plain text (never HTML): control
//! characters are removed and lengths are capped. Image URLs are kept only for
//! `http(s)`; `data:` URIs are decoded (at most 8 MiB).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::Value;

use crate::error::BadgeError;

/// Largest decoded `data:` image: 8 MiB.
pub const MAX_IMAGE_BYTES: usize = 8 * 1024 * 1024;
/// Longest text field kept (in characters); longer text is cut.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// The issuer as shown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IssuerSummary {
    pub id: Option<String>,
    pub name: Option<String>,
    pub url: Option<String>,
}

/// One alignment of the achievement to a framework (e.g. an e-CF competence).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Alignment {
    pub target_name: Option<String>,
    pub target_url: Option<String>,
    pub target_code: Option<String>,
    pub target_framework: Option<String>,
}

/// The achievement (OB 3.0) or BadgeClass (OB 2.0).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AchievementSummary {
    pub id: Option<String>,
    pub name: Option<String>,
    pub description: Option<String>,
    pub criteria_narrative: Option<String>,
    /// `criteria.id` (or an OB 2.0 criteria URL).
    pub criteria_url: Option<String>,
    pub achievement_type: Option<String>,
    pub alignments: Vec<Alignment>,
}

/// The badge image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageRef {
    /// An `http(s)` URL (never fetched here).
    Url(String),
    /// A decoded `data:` URI.
    Data { media_type: String, bytes: Vec<u8> },
}

/// What a person sees of a badge.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// The credential / assertion id.
    pub id: Option<String>,
    pub name: Option<String>,
    pub description: Option<String>,
    pub issuer: IssuerSummary,
    /// `validFrom`, VCDM 1.1 `issuanceDate` or OB 2.0 `issuedOn`, as written.
    pub valid_from: Option<String>,
    /// `validUntil`, VCDM 1.1 `expirationDate` or OB 2.0 `expires`, as written.
    pub valid_until: Option<String>,
    pub achievement: Option<AchievementSummary>,
    pub image: Option<ImageRef>,
}

/// Summarises an OB 3.0 credential or OB 2.0 assertion. Never fails on odd
/// fields: what cannot be read is `None`. Only a non-object fails.
pub fn summarize(credential: &Value) -> Result<Summary, BadgeError> {
    let c = match credential.get("vc") {
        Some(vc) if vc.is_object() => vc,
        _ => credential,
    };
    if !c.is_object() {
        return Err(BadgeError::NotABadge {
            detail: "the credential is not a JSON object".into(),
        });
    }
    if c.get("badge").is_some() || c.get("recipient").is_some() {
        Ok(summarize_ob2(c))
    } else {
        Ok(summarize_ob3(c))
    }
}

fn summarize_ob3(c: &Value) -> Summary {
    let subject = match c.get("credentialSubject") {
        Some(Value::Array(a)) => a.iter().find(|s| s.get("achievement").is_some()),
        Some(s) => Some(s),
        None => None,
    };
    let achievement_json = subject
        .and_then(|s| s.get("achievement"))
        .and_then(|a| match a {
            Value::Array(list) => list.first(),
            other => Some(other),
        });
    let achievement = achievement_json
        .filter(|a| a.is_object())
        .map(achievement_of);
    let name = text(c.get("name")).or_else(|| achievement.as_ref().and_then(|a| a.name.clone()));
    let description = text(c.get("description"))
        .or_else(|| achievement.as_ref().and_then(|a| a.description.clone()));
    let image = image_of(c.get("image"))
        .or_else(|| achievement_json.and_then(|a| image_of(a.get("image"))));
    Summary {
        id: id_of(c),
        name,
        description,
        issuer: issuer_of(c.get("issuer")),
        valid_from: text(c.get("validFrom")).or_else(|| text(c.get("issuanceDate"))),
        valid_until: text(c.get("validUntil")).or_else(|| text(c.get("expirationDate"))),
        achievement,
        image,
    }
}

fn summarize_ob2(a: &Value) -> Summary {
    let badge = a.get("badge").filter(|b| b.is_object());
    let achievement = match a.get("badge") {
        Some(b @ Value::Object(_)) => Some(achievement_of(b)),
        Some(Value::String(url)) => Some(AchievementSummary {
            id: Some(clean(url)),
            ..AchievementSummary::default()
        }),
        _ => None,
    };
    Summary {
        id: id_of(a),
        name: badge.and_then(|b| text(b.get("name"))),
        description: badge.and_then(|b| text(b.get("description"))),
        issuer: badge
            .map(|b| issuer_of(b.get("issuer")))
            .unwrap_or_default(),
        valid_from: text(a.get("issuedOn")),
        valid_until: text(a.get("expires")),
        achievement,
        image: image_of(a.get("image")).or_else(|| badge.and_then(|b| image_of(b.get("image")))),
    }
}

fn achievement_of(a: &Value) -> AchievementSummary {
    let (criteria_narrative, criteria_url) = match a.get("criteria") {
        Some(Value::String(u)) => (None, http_url(u)),
        Some(c) => (
            text(c.get("narrative")),
            c.get("id").and_then(Value::as_str).and_then(http_url),
        ),
        None => (None, None),
    };
    let alignments = match a.get("alignment") {
        Some(Value::Array(list)) => list
            .iter()
            .filter(|x| x.is_object())
            .map(alignment_of)
            .collect(),
        Some(one @ Value::Object(_)) => vec![alignment_of(one)],
        _ => Vec::new(),
    };
    AchievementSummary {
        id: id_of(a),
        name: text(a.get("name")),
        description: text(a.get("description")),
        criteria_narrative,
        criteria_url,
        achievement_type: text(a.get("achievementType")),
        alignments,
    }
}

fn alignment_of(x: &Value) -> Alignment {
    Alignment {
        target_name: text(x.get("targetName")),
        target_url: x
            .get("targetUrl")
            .and_then(Value::as_str)
            .and_then(http_url),
        target_code: text(x.get("targetCode")),
        target_framework: text(x.get("targetFramework")),
    }
}

fn issuer_of(v: Option<&Value>) -> IssuerSummary {
    match v {
        Some(Value::String(id)) => IssuerSummary {
            id: Some(clean(id)),
            ..IssuerSummary::default()
        },
        Some(o @ Value::Object(_)) => IssuerSummary {
            id: id_of(o),
            name: text(o.get("name")),
            url: o.get("url").and_then(Value::as_str).and_then(http_url),
        },
        _ => IssuerSummary::default(),
    }
}

fn id_of(v: &Value) -> Option<String> {
    v.get("id")
        .and_then(Value::as_str)
        .map(clean)
        .filter(|s| !s.is_empty())
}

/// An image reference: a string, or an object with `id` (OB 3.0 Image).
fn image_of(v: Option<&Value>) -> Option<ImageRef> {
    let s = match v? {
        Value::String(s) => s.as_str(),
        Value::Object(o) => o.get("id").and_then(Value::as_str)?,
        _ => return None,
    };
    let s = s.trim();
    if s.len() > 5 && s[..5].eq_ignore_ascii_case("data:") {
        let (media_type, bytes) = parse_data_uri(s).ok()?;
        return Some(ImageRef::Data { media_type, bytes });
    }
    http_url(s).map(ImageRef::Url)
}

/// Keeps only `http(s)` URLs without white space or control characters; path-like
/// or other-scheme strings (`../x`, `file:`, `javascript:`) give `None`.
fn http_url(s: &str) -> Option<String> {
    let s = s.trim();
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && s.len() <= 4096
        && !s.chars().any(|c| c.is_whitespace() || c.is_control());
    ok.then(|| s.to_owned())
}

/// Decodes a `data:[<media type>][;base64],<data>` URI into its media type (lower
/// case, without parameters; `text/plain` when absent) and bytes, refusing more
/// than [`MAX_IMAGE_BYTES`].
pub fn parse_data_uri(uri: &str) -> Result<(String, Vec<u8>), BadgeError> {
    let malformed = |d: &str| BadgeError::DataUriMalformed {
        detail: d.to_owned(),
    };
    let rest = uri
        .get(..5)
        .filter(|p| p.eq_ignore_ascii_case("data:"))
        .map(|_| &uri[5..])
        .ok_or_else(|| malformed("not a data: URI"))?;
    let (meta, data) = rest.split_once(',').ok_or_else(|| malformed("no comma"))?;
    let mut params = meta.split(';');
    let media = params
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let is_base64 = params.any(|p| p.trim().eq_ignore_ascii_case("base64"));
    let media_type = if media.is_empty() {
        "text/plain".to_owned()
    } else {
        media
    };
    let media_ok = media_type.len() <= 100
        && media_type.split_once('/').is_some_and(|(a, b)| {
            let tok = |s: &str| {
                !s.is_empty()
                    && s.chars()
                        .all(|c| c.is_ascii_alphanumeric() || "!#$&-^_.+".contains(c))
            };
            tok(a) && tok(b)
        });
    if !media_ok {
        return Err(malformed("invalid media type"));
    }
    let too_large = |size: usize| BadgeError::TooLarge {
        what: "image".into(),
        size,
        limit: MAX_IMAGE_BYTES,
    };
    let bytes = if is_base64 {
        let compact: String = data.chars().filter(|c| !c.is_ascii_whitespace()).collect();
        let estimate = compact.len() / 4 * 3;
        if estimate > MAX_IMAGE_BYTES + 3 {
            return Err(too_large(estimate));
        }
        let compact = percent_decode(compact.as_bytes());
        STANDARD
            .decode(&compact)
            .or_else(|_| base64::engine::general_purpose::STANDARD_NO_PAD.decode(&compact))
            .map_err(|e| malformed(&format!("bad base64: {e}")))?
    } else {
        if data.len() / 3 > MAX_IMAGE_BYTES {
            return Err(too_large(data.len() / 3));
        }
        percent_decode(data.as_bytes())
    };
    if bytes.len() > MAX_IMAGE_BYTES {
        return Err(too_large(bytes.len()));
    }
    Ok((media_type, bytes))
}

fn percent_decode(s: &[u8]) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'%'
            && i + 2 < s.len()
            && let (Some(h), Some(l)) = (hex(s[i + 1]), hex(s[i + 2]))
        {
            out.push(h << 4 | l);
            i += 3;
            continue;
        }
        out.push(s[i]);
        i += 1;
    }
    out
}

/// A plain-text value: a string, a `{"@value": …}` object or an array / language
/// map of those (the first usable entry wins).
fn text(v: Option<&Value>) -> Option<String> {
    let s = match v? {
        Value::String(s) => clean(s),
        Value::Object(o) => {
            if let Some(v) = o.get("@value") {
                return text(Some(v));
            }
            // A language map {"fr": "…", "en": "…"}: English first, then any.
            return text(o.get("en")).or_else(|| o.values().find_map(|v| text(Some(v))));
        }
        Value::Array(a) => return a.iter().find_map(|v| text(Some(v))),
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

/// Removes control characters (except new lines and tabs), trims, caps length.
fn clean(s: &str) -> String {
    let cleaned: String = s
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .take(MAX_TEXT_CHARS)
        .collect();
    cleaned.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ob3() -> Value {
        json!({
            "@context": ["https://www.w3.org/ns/credentials/v2",
                         "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
            "id": "urn:uuid:a63a60be-f4af-491e-87d6-2f7b36b2d4d1",
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": "Gestion de projet — niveau 3",
            "issuer": {"id": "did:key:z6MkIssuer", "type": ["Profile"], "name": "Forem",
                       "url": "https://www.forem.be"},
            "validFrom": "2024-03-01T00:00:00Z",
            "validUntil": "2026-03-03T00:00:00Z",
            "credentialSubject": {
                "type": ["AchievementSubject"],
                "achievement": {
                    "id": "https://example.org/achievements/pm",
                    "type": ["Achievement"],
                    "name": "Project management",
                    "description": "<script>alert(1)</script> plans and runs IT projects",
                    "achievementType": "Certificate",
                    "criteria": {"narrative": "Pass the *exam*.\nThen present.", "id": "https://example.org/c"},
                    "image": {"id": "https://example.org/pm.png", "type": "Image"},
                    "alignment": [{
                        "type": ["Alignment"], "targetName": "E.2 Project and Portfolio Management",
                        "targetUrl": "https://itprofessionalism.org/about-it-professionalism/competences/the-e-competence-framework/",
                        "targetCode": "E.2", "targetFramework": "e-CF 4.0"
                    }, {"targetName": "ICT project manager",
                        "targetUrl": "http://data.europa.eu/esco/occupation/8b6388a4-4904-471b-9331-d3b1211f5525",
                        "targetFramework": "ESCO"}]
                }
            }
        })
    }

    #[test]
    fn ob3_summary() {
        let s = summarize(&ob3()).unwrap();
        assert_eq!(
            s.id.as_deref(),
            Some("urn:uuid:a63a60be-f4af-491e-87d6-2f7b36b2d4d1")
        );
        assert_eq!(s.name.as_deref(), Some("Gestion de projet — niveau 3"));
        assert_eq!(s.issuer.name.as_deref(), Some("Forem"));
        assert_eq!(s.issuer.url.as_deref(), Some("https://www.forem.be"));
        assert_eq!(s.valid_from.as_deref(), Some("2024-03-01T00:00:00Z"));
        assert_eq!(s.valid_until.as_deref(), Some("2026-03-03T00:00:00Z"));
        let a = s.achievement.unwrap();
        assert_eq!(a.achievement_type.as_deref(), Some("Certificate"));
        assert_eq!(
            a.criteria_narrative.as_deref(),
            Some("Pass the *exam*.\nThen present.")
        );
        assert_eq!(a.criteria_url.as_deref(), Some("https://example.org/c"));
        // Text stays text: no HTML interpretation or stripping.
        assert!(a.description.unwrap().starts_with("<script>"));
        assert_eq!(a.alignments.len(), 2);
        assert_eq!(a.alignments[0].target_code.as_deref(), Some("E.2"));
        assert_eq!(a.alignments[1].target_framework.as_deref(), Some("ESCO"));
        assert_eq!(
            s.image,
            Some(ImageRef::Url("https://example.org/pm.png".into()))
        );
        // The description falls back to the achievement's.
        assert!(s.description.unwrap().contains("IT projects"));
    }

    #[test]
    fn vcdm_1_1_dates_language_values_and_jwt_vc_claim() {
        let mut c = ob3();
        let m = c.as_object_mut().unwrap();
        m.remove("validFrom");
        m.remove("validUntil");
        m.remove("name");
        m.insert("issuanceDate".into(), json!("2020-01-01T00:00:00Z"));
        m.insert("expirationDate".into(), json!("2021-01-01T00:00:00Z"));
        m.insert(
            "description".into(),
            json!([{"@value": "Beschrijving", "@language": "nl"}]),
        );
        m.insert("issuer".into(), json!("https://issuer.example/"));
        let s = summarize(&json!({"vc": c})).unwrap();
        assert_eq!(s.valid_from.as_deref(), Some("2020-01-01T00:00:00Z"));
        assert_eq!(s.valid_until.as_deref(), Some("2021-01-01T00:00:00Z"));
        assert_eq!(
            s.name.as_deref(),
            Some("Project management"),
            "falls back to achievement"
        );
        assert_eq!(s.description.as_deref(), Some("Beschrijving"));
        assert_eq!(s.issuer.id.as_deref(), Some("https://issuer.example/"));
        assert_eq!(s.issuer.name, None);
    }

    #[test]
    fn ob2_assertion_with_embedded_badgeclass() {
        let a = json!({
            "@context": "https://w3id.org/openbadges/v2", "type": "Assertion",
            "id": "https://example.org/assertions/1",
            "recipient": {"type": "email", "hashed": false, "identity": "a@b.c"},
            "issuedOn": "2016-12-31T23:59:59+00:00", "expires": "2030-01-01T00:00:00Z",
            "verification": {"type": "hosted"},
            "badge": {
                "id": "https://example.org/badges/1", "type": "BadgeClass",
                "name": "Scrum", "description": "Knows Scrum",
                "image": "data:image/png;base64,iVBORw0KGgo=",
                "criteria": "https://example.org/criteria",
                "alignment": [{"targetName": "Agile", "targetUrl": "https://example.org/agile"}],
                "issuer": {"id": "https://example.org/issuer", "type": "Profile", "name": "VDAB",
                           "url": "javascript:alert(1)"}
            }
        });
        let s = summarize(&a).unwrap();
        assert_eq!(s.name.as_deref(), Some("Scrum"));
        assert_eq!(s.issuer.name.as_deref(), Some("VDAB"));
        assert_eq!(s.issuer.url, None, "javascript: URLs are dropped");
        assert_eq!(s.valid_from.as_deref(), Some("2016-12-31T23:59:59+00:00"));
        assert_eq!(s.valid_until.as_deref(), Some("2030-01-01T00:00:00Z"));
        let ach = s.achievement.unwrap();
        assert_eq!(
            ach.criteria_url.as_deref(),
            Some("https://example.org/criteria")
        );
        assert_eq!(ach.alignments[0].target_name.as_deref(), Some("Agile"));
        assert_eq!(
            s.image,
            Some(ImageRef::Data {
                media_type: "image/png".into(),
                bytes: vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a]
            })
        );
        // Badge by URL only.
        let by_url = json!({"recipient": {}, "badge": "https://example.org/badges/1"});
        let s = summarize(&by_url).unwrap();
        assert_eq!(
            s.achievement.unwrap().id.as_deref(),
            Some("https://example.org/badges/1")
        );
        assert_eq!(s.name, None);
    }

    #[test]
    fn data_uris() {
        assert_eq!(
            parse_data_uri("data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E").unwrap(),
            ("image/svg+xml".into(), b"<svg/>".to_vec())
        );
        assert_eq!(
            parse_data_uri("data:,hi").unwrap(),
            ("text/plain".into(), b"hi".to_vec())
        );
        // Case-insensitive scheme, media type and base64 flag; white space ignored.
        assert_eq!(
            parse_data_uri("DATA:Image/PNG;BASE64,aG\nk=\n").unwrap(),
            ("image/png".into(), b"hi".to_vec())
        );
    }

    #[test]
    fn hostile_strings() {
        for bad in [
            "data:image/png;base64",
            "data:image/png;base64,@@@@",
            "data:ima ge/png,x",
            "data:../../etc/passwd,x",
            "nodata:,x",
        ] {
            assert!(parse_data_uri(bad).is_err(), "{bad}");
        }
        let big = format!("data:image/png;base64,{}", "A".repeat(12 * 1024 * 1024));
        assert_eq!(parse_data_uri(&big).unwrap_err().code(), "too-large");
        let mut c = ob3();
        c["image"] = json!("../../../etc/passwd");
        c["credentialSubject"]["achievement"]["image"] = json!("file:///etc/passwd");
        c["name"] = json!("Evil\u{0}\u{1b}[31mname\u{7}");
        c["issuer"]["name"] = json!("x".repeat(100_000));
        let s = summarize(&c).unwrap();
        assert_eq!(s.image, None);
        assert_eq!(s.name.as_deref(), Some("Evil[31mname"));
        assert_eq!(s.issuer.name.unwrap().chars().count(), MAX_TEXT_CHARS);
        // Wrong types everywhere: no panic, just None.
        let odd = json!({"name": 5, "issuer": [1], "credentialSubject": "x", "validFrom": {}, "image": 3});
        let s = summarize(&odd).unwrap();
        assert_eq!(s, Summary::default());
        assert_eq!(summarize(&json!("str")).unwrap_err().code(), "not-a-badge");
    }
}
