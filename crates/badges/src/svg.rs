//! SVG unbaking and baking (Open Badges 3.0 `docformat.md` #svg-baking, OB 2.0
//! baking spec). Parsed with `roxmltree`, which never fetches anything; documents
//! that declare XML entities are refused before parsing. Elements are matched by
//! namespace URI, never by prefix.

use roxmltree::{Document, Node, ParsingOptions};

use crate::detect::{MAX_INPUT_BYTES, check_size};
use crate::error::BadgeError;
use crate::jwt::looks_like_jws;
pub use crate::{Baked, Generation};

/// The Open Badges 3.0 SVG namespace (element `credential`).
pub const NS_OB3: &str = "https://purl.imsglobal.org/ob/v3p0";
/// The Open Badges 2.0 SVG namespace (element `assertion`).
pub const NS_OB2: &str = "http://openbadges.org";
/// The prefix used when baking.
const PREFIX: &str = "openbadges";
/// A generous cap on XML nodes (the input is capped at 16 MiB anyway).
const MAX_NODES: u32 = 2_000_000;

/// The namespace URI and element local name for a generation.
fn element_of(generation: Generation) -> (&'static str, &'static str) {
    match generation {
        Generation::Ob3 => (NS_OB3, "credential"),
        Generation::Ob2 => (NS_OB2, "assertion"),
    }
}

/// Parses an SVG safely: size cap, UTF-8, no entity declarations, root `svg`.
fn parse(bytes: &[u8]) -> Result<(Document<'_>, &str), BadgeError> {
    check_size(bytes.len(), "input", MAX_INPUT_BYTES)?;
    let text = std::str::from_utf8(bytes).map_err(|_| BadgeError::NotUtf8)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Conservative: an internal DTD subset can only declare entities with
    // `<!ENTITY`; we refuse any document with both a DOCTYPE and that string.
    if text.contains("<!DOCTYPE") && text.contains("<!ENTITY") {
        return Err(BadgeError::SvgEntities);
    }
    let options = ParsingOptions {
        allow_dtd: true,
        nodes_limit: MAX_NODES,
        ..ParsingOptions::default()
    };
    let doc =
        Document::parse_with_options(text, options).map_err(|e| BadgeError::SvgMalformed {
            detail: e.to_string(),
        })?;
    if doc.root_element().tag_name().name() != "svg" {
        return Err(BadgeError::SvgMalformed {
            detail: "the root element is not <svg>".into(),
        });
    }
    Ok((doc, text))
}

/// The first badge element of a generation, in document order.
fn find<'a, 'i>(doc: &'a Document<'i>, generation: Generation) -> Option<Node<'a, 'i>> {
    let (ns, local) = element_of(generation);
    doc.descendants().find(|n| {
        n.is_element() && n.tag_name().namespace() == Some(ns) && n.tag_name().name() == local
    })
}

/// Finds the baked badge: the first `credential` element in [`NS_OB3`], else the
/// first `assertion` element in [`NS_OB2`]. Its text is the `verify` attribute
/// when that holds a compact JWS, else the element's text (CDATA or plain), else
/// a non-JWS `verify` value (an OB 2.0 hosted assertion URL).
pub fn unbake_svg(bytes: &[u8]) -> Result<Baked, BadgeError> {
    let (doc, _) = parse(bytes)?;
    for generation in [Generation::Ob3, Generation::Ob2] {
        let Some(node) = find(&doc, generation) else {
            continue;
        };
        let verify = node
            .attributes()
            .find(|a| a.name() == "verify")
            .map(|a| a.value().trim().to_owned())
            .unwrap_or_default();
        let body: String = node
            .descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect();
        let body = body.trim();
        let text = if looks_like_jws(&verify) {
            verify
        } else if !body.is_empty() {
            body.to_owned()
        } else if !verify.is_empty() {
            verify
        } else {
            return Err(BadgeError::SvgNoCredential);
        };
        return Ok(Baked { generation, text });
    }
    Err(BadgeError::SvgNoCredential)
}

/// Returns a copy of `svg` with the badge baked in: an `<openbadges:credential>`
/// (OB 3.0) or `<openbadges:assertion>` (OB 2.0) element directly after the `<svg>`
/// start tag, with the namespace declared on `<svg>` (or on the element itself if
/// the `openbadges` prefix is already bound to another URI). A compact JWS or a URL
/// goes in a `verify` attribute of an empty element; anything else (JSON) goes in
/// the body inside CDATA. Existing elements of the same generation are removed.
pub fn bake_svg(svg: &[u8], generation: Generation, text: &str) -> Result<Vec<u8>, BadgeError> {
    let text_trimmed = text.trim();
    if text_trimmed.is_empty() {
        return Err(BadgeError::BakeInvalid {
            detail: "nothing to bake".into(),
        });
    }
    let (doc, src) = parse(svg)?;
    let (ns, local) = element_of(generation);
    let root = doc.root_element();
    let root_start = root.range().start;
    let tag_end = start_tag_end(src, root_start).ok_or_else(|| BadgeError::SvgMalformed {
        detail: "unterminated <svg> start tag".into(),
    })?;
    let self_closing = src[..tag_end].ends_with('/');

    // Namespace declaration: on <svg>, unless the prefix already means something else.
    let (root_decl, element_decl) = match root.lookup_namespace_uri(Some(PREFIX)) {
        Some(uri) if uri == ns => (String::new(), String::new()),
        Some(_) => (String::new(), format!(" xmlns:{PREFIX}=\"{ns}\"")),
        None => (format!(" xmlns:{PREFIX}=\"{ns}\""), String::new()),
    };
    let element = if looks_like_jws(text_trimmed)
        || text_trimmed.starts_with("https://")
        || text_trimmed.starts_with("http://")
    {
        format!(
            "<{PREFIX}:{local}{element_decl} verify=\"{}\"/>",
            escape_attr(text_trimmed)
        )
    } else {
        format!(
            "<{PREFIX}:{local}{element_decl}><![CDATA[{}]]></{PREFIX}:{local}>",
            text.replace("]]>", "]]]]><![CDATA[>")
        )
    };

    // Elements to remove (outermost only), all inside the root.
    let mut removals: Vec<std::ops::Range<usize>> = root
        .descendants()
        .filter(|n| {
            n.is_element() && n.tag_name().namespace() == Some(ns) && n.tag_name().name() == local
        })
        .map(|n| n.range())
        .collect();
    removals.sort_by_key(|r| r.start);

    let mut out = String::with_capacity(src.len() + element.len() + 128);
    let decl_at = if self_closing { tag_end - 1 } else { tag_end };
    out.push_str(&src[..decl_at]);
    out.push_str(&root_decl);
    if self_closing {
        let qname_end = src[root_start + 1..]
            .find(|c: char| c.is_whitespace() || c == '/' || c == '>')
            .map_or(src.len(), |i| root_start + 1 + i);
        let qname = &src[root_start + 1..qname_end];
        out.push('>');
        out.push_str(&element);
        out.push_str(&format!("</{qname}>"));
        out.push_str(&src[tag_end + 1..]);
    } else {
        out.push('>');
        out.push_str(&element);
        let mut pos = tag_end + 1;
        for r in removals {
            if r.start < pos {
                continue; // nested inside one already removed
            }
            out.push_str(&src[pos..r.start]);
            pos = r.end;
        }
        out.push_str(&src[pos..]);
    }
    Ok(out.into_bytes())
}

/// The index of the `>` that closes the start tag beginning at `start` (quotes aware).
fn start_tag_end(src: &str, start: usize) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (i, c) in src[start..].char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(start + i),
            _ => {}
        }
    }
    None
}

fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" data-x="a>b"><rect width="10" height="10"/></svg>"#;

    const JWS: &str = "eyJhbGciOiJFZERTQSJ9.eyJhIjoxfQ.c2ln";

    #[test]
    fn bake_json_then_unbake_ob3() {
        let json = r#"{"name":"Gestión — œuvre","x":"a]]>b"}"#;
        let baked = bake_svg(PLAIN.as_bytes(), Generation::Ob3, json).unwrap();
        let s = String::from_utf8(baked.clone()).unwrap();
        assert!(s.contains(r#"xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0""#));
        // Directly after the <svg ...> start tag (whose attribute holds a '>').
        assert!(s.contains(r#"data-x="a>b" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential><![CDATA["#));
        let found = unbake_svg(&baked).unwrap();
        assert_eq!(found.generation, Generation::Ob3);
        assert_eq!(found.text, json, "]]> inside the JSON survives");
    }

    #[test]
    fn bake_jws_in_verify_attribute_and_rebake_replaces() {
        let once = bake_svg(PLAIN.as_bytes(), Generation::Ob3, "{\"v\":1}").unwrap();
        let twice = bake_svg(&once, Generation::Ob3, JWS).unwrap();
        let s = String::from_utf8(twice.clone()).unwrap();
        assert_eq!(s.matches("openbadges:credential").count(), 1, "{s}");
        assert_eq!(s.matches("xmlns:openbadges").count(), 1, "{s}");
        assert!(s.contains(&format!("<openbadges:credential verify=\"{JWS}\"/>")));
        assert_eq!(unbake_svg(&twice).unwrap().text, JWS);
    }

    #[test]
    fn ob2_assertion_verify_url_and_body() {
        let baked = bake_svg(
            PLAIN.as_bytes(),
            Generation::Ob2,
            "{\"type\":\"Assertion\"}",
        )
        .unwrap();
        let found = unbake_svg(&baked).unwrap();
        assert_eq!(found.generation, Generation::Ob2);
        assert_eq!(found.text, "{\"type\":\"Assertion\"}");
        // Hosted: URL in verify plus the JSON body -> the body.
        let hosted = r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="https://example.org/a/1"><![CDATA[{"id":"https://example.org/a/1"}]]></openbadges:assertion></svg>"#;
        assert_eq!(
            unbake_svg(hosted.as_bytes()).unwrap().text,
            r#"{"id":"https://example.org/a/1"}"#
        );
        // Only the URL.
        let url_only = r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="https://example.org/a/1"/></svg>"#;
        assert_eq!(
            unbake_svg(url_only.as_bytes()).unwrap().text,
            "https://example.org/a/1"
        );
        // Signed: a JWS in verify wins over any body.
        let signed = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="{JWS}">ignored</openbadges:assertion></svg>"#
        );
        assert_eq!(unbake_svg(signed.as_bytes()).unwrap().text, JWS);
    }

    #[test]
    fn matched_by_namespace_not_prefix() {
        let other_prefix = r#"<svg xmlns="http://www.w3.org/2000/svg"><ob:credential xmlns:ob="https://purl.imsglobal.org/ob/v3p0">{"a":1}</ob:credential></svg>"#;
        assert_eq!(
            unbake_svg(other_prefix.as_bytes()).unwrap().text,
            "{\"a\":1}"
        );
        let wrong_ns = r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://evil.example/ns"><openbadges:credential>{"a":1}</openbadges:credential></svg>"#;
        assert_eq!(
            unbake_svg(wrong_ns.as_bytes()).unwrap_err(),
            BadgeError::SvgNoCredential
        );
        // Baking into that document declares the right namespace on the element.
        let baked = bake_svg(wrong_ns.as_bytes(), Generation::Ob3, "{\"b\":2}").unwrap();
        assert_eq!(unbake_svg(&baked).unwrap().text, "{\"b\":2}");
        let s = String::from_utf8(baked).unwrap();
        assert!(s.contains(
            r#"<openbadges:credential xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">"#
        ));
    }

    #[test]
    fn bake_into_self_closing_and_prefixed_roots() {
        let empty = r#"<svg xmlns="http://www.w3.org/2000/svg"/>"#;
        let baked = bake_svg(empty.as_bytes(), Generation::Ob3, JWS).unwrap();
        assert_eq!(unbake_svg(&baked).unwrap().text, JWS);
        let prefixed = r#"<s:svg xmlns:s="http://www.w3.org/2000/svg" />"#;
        let baked = bake_svg(prefixed.as_bytes(), Generation::Ob2, "{\"x\":1}").unwrap();
        let s = String::from_utf8(baked.clone()).unwrap();
        assert!(s.ends_with("</s:svg>"), "{s}");
        assert_eq!(unbake_svg(&baked).unwrap().text, "{\"x\":1}");
    }

    #[test]
    fn entities_are_refused_and_plain_doctype_is_fine() {
        let laughs = r#"<?xml version="1.0"?>
<!DOCTYPE svg [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<svg xmlns="http://www.w3.org/2000/svg"><text>&lol3;</text></svg>"#;
        assert_eq!(
            unbake_svg(laughs.as_bytes()).unwrap_err(),
            BadgeError::SvgEntities
        );
        let xxe = r#"<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential>&xxe;</openbadges:credential></svg>"#;
        assert_eq!(
            unbake_svg(xxe.as_bytes()).unwrap_err(),
            BadgeError::SvgEntities
        );
        assert_eq!(
            bake_svg(xxe.as_bytes(), Generation::Ob3, "{}").unwrap_err(),
            BadgeError::SvgEntities
        );
        let doctype = r#"<?xml version="1.0"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential><![CDATA[{"a":1}]]></openbadges:credential></svg>"#;
        assert_eq!(unbake_svg(doctype.as_bytes()).unwrap().text, "{\"a\":1}");
        // An undeclared entity reference is a parse error, never a lookup.
        let undeclared = r#"<svg xmlns="http://www.w3.org/2000/svg">&xxe;</svg>"#;
        assert_eq!(
            unbake_svg(undeclared.as_bytes()).unwrap_err().code(),
            "svg-malformed"
        );
    }

    #[test]
    fn malformed_and_hostile_documents() {
        for bad in [
            "",
            "<svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>",
            "<html><body/></html>",
            "not xml at all",
        ] {
            assert_eq!(
                unbake_svg(bad.as_bytes()).unwrap_err().code(),
                "svg-malformed",
                "{bad:?}"
            );
        }
        assert_eq!(unbake_svg(&[0xff, 0xfe]).unwrap_err(), BadgeError::NotUtf8);
        assert_eq!(
            unbake_svg(PLAIN.as_bytes()).unwrap_err(),
            BadgeError::SvgNoCredential
        );
        let empty_el = r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:o="https://purl.imsglobal.org/ob/v3p0"><o:credential/></svg>"#;
        assert_eq!(
            unbake_svg(empty_el.as_bytes()).unwrap_err(),
            BadgeError::SvgNoCredential
        );
        // Very deep nesting: an error or a result, never a crash.
        let deep = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\">{}{}</svg>",
            "<g>".repeat(50_000),
            "</g>".repeat(50_000)
        );
        assert!(matches!(
            unbake_svg(deep.as_bytes()),
            Err(BadgeError::SvgNoCredential | BadgeError::SvgMalformed { .. })
        ));
        assert_eq!(
            bake_svg(PLAIN.as_bytes(), Generation::Ob3, "  ")
                .unwrap_err()
                .code(),
            "bake-invalid"
        );
    }

    #[test]
    fn attribute_escaping() {
        assert_eq!(escape_attr("a&b<c\"d\n"), "a&amp;b&lt;c&quot;d&#10;");
        let url = "https://example.org/a?x=1&y=\"2\"";
        let baked = bake_svg(PLAIN.as_bytes(), Generation::Ob2, url).unwrap();
        assert_eq!(unbake_svg(&baked).unwrap().text, url);
    }
}
