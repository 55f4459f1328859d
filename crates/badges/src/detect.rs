//! Format detection from the bytes (never the file name): JSON, VC-JWT / signed
//! assertion (compact JWS), PNG and SVG, each unwrapped down to the credential.

use serde_json::Value;

use crate::error::BadgeError;
use crate::{jwt, png, svg};

/// Largest input we read at all: 16 MiB.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;
/// Deepest JSON nesting (arrays and objects) we accept.
pub const MAX_JSON_DEPTH: usize = 64;

/// `@context[0]` of a VC Data Model 2.0 credential.
pub const VC_V2_CONTEXT: &str = "https://www.w3.org/ns/credentials/v2";
/// `@context[0]` of a VC Data Model 1.1 credential.
pub const VC_V1_CONTEXT: &str = "https://www.w3.org/2018/credentials/v1";
/// The Open Badges 2.0 context.
pub const OB2_CONTEXT: &str = "https://w3id.org/openbadges/v2";

/// What the credential arrived in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    /// A JSON document.
    Json,
    /// A compact JWS as text.
    Jws,
    /// Baked in a PNG image.
    Png,
    /// Baked in an SVG image.
    Svg,
}

/// Which VC Data Model an Open Badges 3.0 credential follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vcdm {
    /// VC Data Model 2.0 (`validFrom`/`validUntil`).
    V2,
    /// VC Data Model 1.1 (`issuanceDate`/`expirationDate`).
    V1_1,
}

/// The credential found inside the input. JSON values come from unverified data:
/// nothing here says the signature is valid.
#[derive(Debug, Clone, PartialEq)]
pub enum Credential {
    /// An Open Badges 3.0 credential in JSON (normally with an embedded proof).
    Ob3 { json: Value, vcdm: Vcdm },
    /// An Open Badges 3.0 VC-JWT: the compact JWS and the credential in its
    /// payload (the `vc` claim unwrapped for VCDM 1.1 tokens).
    Ob3Jwt {
        jws: String,
        json: Value,
        vcdm: Vcdm,
    },
    /// An Open Badges 2.0 assertion in JSON (hosted verification).
    Ob2 { json: Value },
    /// An Open Badges 2.0 signed assertion: the compact JWS and its payload.
    Ob2Signed { jws: String, json: Value },
    /// A legacy baked badge holding only the URL of a hosted OB 2.0 assertion.
    Ob2Url { url: String },
}

/// A detected input: its container and the credential inside.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    /// What the credential arrived in.
    pub container: Container,
    /// The credential found inside.
    pub credential: Credential,
}

/// Detects the format of `bytes` and extracts the credential.
///
/// Errors: [`BadgeError::TooLarge`] over [`MAX_INPUT_BYTES`], [`BadgeError::Empty`],
/// [`BadgeError::UnknownFormat`], the PNG/SVG/JWS errors of the container,
/// [`BadgeError::MalformedJson`], [`BadgeError::TooDeep`] and
/// [`BadgeError::NotABadge`] for well-formed data that is no Open Badge.
pub fn detect(bytes: &[u8]) -> Result<Input, BadgeError> {
    check_size(bytes.len(), "input", MAX_INPUT_BYTES)?;
    if bytes.starts_with(&png::PNG_SIGNATURE) {
        let baked = png::unbake_png(bytes)?;
        let credential = classify_text(&baked.text)?;
        return Ok(Input {
            container: Container::Png,
            credential,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| {
        // Binary junk is "unknown format"; text with a stray bad byte is too.
        BadgeError::UnknownFormat
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(BadgeError::Empty);
    }
    if trimmed.starts_with('{') {
        let json = parse_json(trimmed.as_bytes())?;
        return Ok(Input {
            container: Container::Json,
            credential: classify_json(json)?,
        });
    }
    if trimmed.starts_with('<') {
        let baked = svg::unbake_svg(trimmed.as_bytes())?;
        let credential = classify_text(&baked.text)?;
        return Ok(Input {
            container: Container::Svg,
            credential,
        });
    }
    if jwt::looks_like_jws(trimmed) {
        return Ok(Input {
            container: Container::Jws,
            credential: classify_jws(trimmed)?,
        });
    }
    Err(BadgeError::UnknownFormat)
}

/// Classifies the text baked in an image: credential JSON, a compact JWS, or the
/// URL of a hosted OB 2.0 assertion.
pub fn classify_text(text: &str) -> Result<Credential, BadgeError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(BadgeError::Empty);
    }
    if t.starts_with('{') {
        return classify_json(parse_json(t.as_bytes())?);
    }
    if jwt::looks_like_jws(t) {
        return classify_jws(t);
    }
    if (t.starts_with("https://") || t.starts_with("http://"))
        && !t.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Ok(Credential::Ob2Url { url: t.to_owned() });
    }
    Err(BadgeError::UnknownFormat)
}

/// Classifies a compact JWS by its (unverified) payload.
pub fn classify_jws(jws: &str) -> Result<Credential, BadgeError> {
    let parsed = jwt::parse_jws(jws)?;
    let payload = parsed.payload;
    // VCDM 1.1 VC-JWT: the credential is in the `vc` claim.
    if payload.get("vc").is_some_and(Value::is_object) {
        let vc = jwt::credential_from_payload(&payload).unwrap_or_default();
        return match classify_json(vc)? {
            Credential::Ob3 { json, vcdm } => Ok(Credential::Ob3Jwt {
                jws: jws.to_owned(),
                json,
                vcdm,
            }),
            _ => Err(not_a_badge(
                "the vc claim holds no Open Badges 3.0 credential",
            )),
        };
    }
    match classify_json(payload)? {
        Credential::Ob3 { json, vcdm } => Ok(Credential::Ob3Jwt {
            jws: jws.to_owned(),
            json,
            vcdm,
        }),
        Credential::Ob2 { json } => Ok(Credential::Ob2Signed {
            jws: jws.to_owned(),
            json,
        }),
        _ => Err(not_a_badge("the token holds no badge")),
    }
}

/// Classifies a parsed JSON value as an OB 3.0 credential or an OB 2.0 assertion.
pub fn classify_json(json: Value) -> Result<Credential, BadgeError> {
    let Some(obj) = json.as_object() else {
        return Err(not_a_badge("the JSON is not an object"));
    };
    let contexts = string_or_strings(obj.get("@context"));
    let types = string_or_strings(obj.get("type"));
    let has_type = |t: &str| types.contains(&t);

    let vcdm = match contexts.first() {
        Some(&VC_V2_CONTEXT) => Some(Vcdm::V2),
        Some(&VC_V1_CONTEXT) => Some(Vcdm::V1_1),
        _ => None,
    };
    if let Some(vcdm) = vcdm {
        if !has_type("VerifiableCredential") {
            return Err(not_a_badge("type lacks VerifiableCredential"));
        }
        // An EndorsementCredential is verified the same way (OB 3.0 §8); the wallet
        // attaches it to the credential it endorses instead of listing it as a badge.
        if !(has_type("OpenBadgeCredential")
            || has_type("AchievementCredential")
            || has_type("EndorsementCredential"))
        {
            return Err(not_a_badge(
                "a verifiable credential, but not an OpenBadgeCredential",
            ));
        }
        return Ok(Credential::Ob3 { json, vcdm });
    }
    let ob2_context = contexts.contains(&OB2_CONTEXT);
    if has_type("Assertion")
        && (ob2_context || (obj.contains_key("recipient") && obj.contains_key("badge")))
    {
        return Ok(Credential::Ob2 { json });
    }
    if has_type("OpenBadgeCredential") || has_type("AchievementCredential") {
        return Err(not_a_badge(
            "@context must start with the W3C credentials context",
        ));
    }
    if ob2_context {
        return Err(not_a_badge(
            "an Open Badges 2.0 document, but not an Assertion",
        ));
    }
    Err(not_a_badge("no Open Badges type"))
}

/// Parses JSON with our limits: size, then nesting depth (scanned before parsing, so
/// a hostile document never reaches the recursive parser), then syntax.
pub fn parse_json(bytes: &[u8]) -> Result<Value, BadgeError> {
    check_size(bytes.len(), "input", MAX_INPUT_BYTES)?;
    check_json_depth(bytes, MAX_JSON_DEPTH)?;
    serde_json::from_slice(bytes).map_err(|e| BadgeError::MalformedJson {
        detail: e.to_string(),
    })
}

/// Fails with [`BadgeError::TooDeep`] when arrays/objects nest deeper than `limit`.
/// Brackets inside strings (with escapes) are ignored; syntax is not checked here.
pub fn check_json_depth(bytes: &[u8], limit: usize) -> Result<(), BadgeError> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for &b in bytes {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return Err(BadgeError::TooDeep { limit });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

pub(crate) fn check_size(size: usize, what: &str, limit: usize) -> Result<(), BadgeError> {
    if size > limit {
        Err(BadgeError::TooLarge {
            what: what.to_owned(),
            size,
            limit,
        })
    } else {
        Ok(())
    }
}

fn not_a_badge(detail: &str) -> BadgeError {
    BadgeError::NotABadge {
        detail: detail.to_owned(),
    }
}

/// A JSON string or array of strings, as a list (other values are ignored).
pub(crate) fn string_or_strings(v: Option<&Value>) -> Vec<&str> {
    match v {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use serde_json::json;

    pub(crate) fn ob3_v2() -> Value {
        json!({
            "@context": [VC_V2_CONTEXT, "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
            "id": "urn:uuid:1",
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": {"id": "did:key:z6Mk", "type": ["Profile"], "name": "Forem"},
            "validFrom": "2024-01-01T00:00:00Z",
            "credentialSubject": {"type": ["AchievementSubject"], "achievement": {"id": "urn:a", "name": "PM"}}
        })
    }

    pub(crate) fn ob2() -> Value {
        json!({
            "@context": OB2_CONTEXT,
            "type": "Assertion",
            "id": "https://example.org/a/1",
            "recipient": {"type": "email", "hashed": false, "identity": "a@b.c"},
            "badge": "https://example.org/b/1",
            "verification": {"type": "hosted"},
            "issuedOn": "2016-12-31T23:59:59Z"
        })
    }

    fn jws_of(payload: &Value) -> String {
        crate::jwt::tests::unsigned_token(&json!({"alg": "EdDSA"}), payload)
    }

    #[test]
    fn ob3_json_both_data_models() {
        let input = detect(ob3_v2().to_string().as_bytes()).unwrap();
        assert_eq!(input.container, Container::Json);
        assert!(matches!(
            input.credential,
            Credential::Ob3 { vcdm: Vcdm::V2, .. }
        ));
        let mut v1 = ob3_v2();
        v1["@context"][0] = json!(VC_V1_CONTEXT);
        v1["issuanceDate"] = json!("2020-01-01T00:00:00Z");
        let input = detect(format!("\u{feff}\n  {v1}\n").as_bytes()).unwrap();
        assert!(matches!(
            input.credential,
            Credential::Ob3 {
                vcdm: Vcdm::V1_1,
                ..
            }
        ));
    }

    #[test]
    fn ob2_assertion_json() {
        let input = detect(ob2().to_string().as_bytes()).unwrap();
        assert!(matches!(input.credential, Credential::Ob2 { .. }));
    }

    #[test]
    fn vc_jwt_with_whitespace_and_vc_claim() {
        let token = jws_of(&ob3_v2());
        let input = detect(format!("\n  {token}  \r\n").as_bytes()).unwrap();
        assert_eq!(input.container, Container::Jws);
        match input.credential {
            Credential::Ob3Jwt { jws, json, vcdm } => {
                assert_eq!(jws, token);
                assert_eq!(json["id"], "urn:uuid:1");
                assert_eq!(vcdm, Vcdm::V2);
            }
            other => panic!("{other:?}"),
        }
        let mut v1 = ob3_v2();
        v1["@context"][0] = json!(VC_V1_CONTEXT);
        let token = jws_of(&json!({"iss": "did:key:z6Mk", "vc": v1}));
        match detect(token.as_bytes()).unwrap().credential {
            Credential::Ob3Jwt { json, vcdm, .. } => {
                assert_eq!(vcdm, Vcdm::V1_1);
                assert_eq!(json["id"], "urn:uuid:1");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn ob2_signed_jws() {
        let token = jws_of(&ob2());
        assert!(matches!(
            detect(token.as_bytes()).unwrap().credential,
            Credential::Ob2Signed { .. }
        ));
    }

    #[test]
    fn baked_png_and_svg_are_unwrapped() {
        let png = png::tests::tiny_png();
        let baked = png::bake_png(&png, "openbadgecredential", &ob3_v2().to_string()).unwrap();
        let input = detect(&baked).unwrap();
        assert_eq!(input.container, Container::Png);
        assert!(matches!(input.credential, Credential::Ob3 { .. }));

        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>"#;
        let baked = svg::bake_svg(svg, svg::Generation::Ob2, &ob2().to_string()).unwrap();
        let input = detect(&baked).unwrap();
        assert_eq!(input.container, Container::Svg);
        assert!(matches!(input.credential, Credential::Ob2 { .. }));

        let baked = png::bake_png(&png, "openbadges", "https://example.org/a/1").unwrap();
        assert_eq!(
            detect(&baked).unwrap().credential,
            Credential::Ob2Url {
                url: "https://example.org/a/1".into()
            }
        );
    }

    #[test]
    fn not_badges_and_junk_are_refused_clearly() {
        assert_eq!(detect(b"").unwrap_err(), BadgeError::Empty);
        assert_eq!(detect(b" \n\t").unwrap_err(), BadgeError::Empty);
        assert_eq!(
            detect(&[0xff, 0xfe, 0x00, 0x81]).unwrap_err(),
            BadgeError::UnknownFormat
        );
        assert_eq!(
            detect(b"hello world").unwrap_err(),
            BadgeError::UnknownFormat
        );
        assert_eq!(
            detect(b"../../etc/passwd").unwrap_err(),
            BadgeError::UnknownFormat
        );
        assert_eq!(detect(b"{\"a\":1}").unwrap_err().code(), "not-a-badge");
        assert_eq!(detect(b"[1,2]").unwrap_err(), BadgeError::UnknownFormat);
        assert_eq!(detect(b"{\"a\":").unwrap_err().code(), "malformed-json");
        // A VC that is not a badge.
        let mut vc = ob3_v2();
        vc["type"] = json!(["VerifiableCredential", "BitstringStatusListCredential"]);
        assert_eq!(
            detect(vc.to_string().as_bytes()).unwrap_err().code(),
            "not-a-badge"
        );
        // OB types without the VC context first.
        let mut vc = ob3_v2();
        vc["@context"] = json!(["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]);
        assert_eq!(
            detect(vc.to_string().as_bytes()).unwrap_err().code(),
            "not-a-badge"
        );
        // A JWS whose payload is no badge.
        let token = jws_of(&json!({"sub": "x"}));
        assert_eq!(detect(token.as_bytes()).unwrap_err().code(), "not-a-badge");
        // Dotted text that is no JWS, and a JWS-shaped token that is not JSON.
        assert_eq!(detect(b"a.b.c").unwrap_err(), BadgeError::UnknownFormat);
        assert_eq!(
            detect(b"eyJ9.eyJ9.abc").unwrap_err().code(),
            "jws-malformed"
        );
    }

    #[test]
    fn size_and_depth_caps() {
        let big = vec![b' '; MAX_INPUT_BYTES + 1];
        assert_eq!(detect(&big).unwrap_err().code(), "too-large");
        let deep = format!("{}{}", "[".repeat(65), "]".repeat(65));
        assert_eq!(
            parse_json(deep.as_bytes()).unwrap_err(),
            BadgeError::TooDeep { limit: 64 }
        );
        let ok = format!("{}{}", "[".repeat(64), "]".repeat(64));
        assert!(parse_json(ok.as_bytes()).is_ok());
        // Brackets inside strings do not count; escaped quotes do not end strings.
        let s = format!("{{\"a\":\"{}\\\"{}\"}}", "[".repeat(100), "{".repeat(100));
        assert!(parse_json(s.as_bytes()).is_ok());
        // Deep nesting in a credential-looking document fails before parsing.
        let deep_obj = format!("{}{}", "{\"a\":".repeat(10_000), "}".repeat(10_000));
        assert_eq!(detect(deep_obj.as_bytes()).unwrap_err().code(), "too-deep");
        // An unclosed deep prefix too.
        assert_eq!(
            detect("{\"a\":[".repeat(100).as_bytes())
                .unwrap_err()
                .code(),
            "too-deep"
        );
    }

    #[test]
    fn url_text_is_only_a_url_when_it_looks_like_one() {
        assert!(matches!(
            classify_text("https://example.org/assertion/1").unwrap(),
            Credential::Ob2Url { .. }
        ));
        assert_eq!(
            classify_text("https://example.org/a b").unwrap_err(),
            BadgeError::UnknownFormat
        );
        assert_eq!(
            classify_text("file:///etc/passwd").unwrap_err(),
            BadgeError::UnknownFormat
        );
        assert_eq!(classify_text("  ").unwrap_err(), BadgeError::Empty);
    }
}
