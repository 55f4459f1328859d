//! Expanded JSON-LD → RDF dataset (API §6.5 Deserialize JSON-LD to RDF), with the literal
//! forms jsonld.js produces: JSON numbers, booleans, `@json` (JCS), language tags, lists and
//! named graphs for `@graph` containers.

use std::collections::HashMap;

use oxrdf::{BlankNode, GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use serde_json::{Map, Value};

use super::context::is_absolute_iri;
use super::{JsonLdError, invalid};

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDF_FIRST: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first";
const RDF_REST: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest";
const RDF_NIL: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil";
const RDF_JSON: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON";
const XSD_BOOLEAN: &str = "http://www.w3.org/2001/XMLSchema#boolean";
const XSD_INTEGER: &str = "http://www.w3.org/2001/XMLSchema#integer";
const XSD_DOUBLE: &str = "http://www.w3.org/2001/XMLSchema#double";
const XSD_STRING: &str = "http://www.w3.org/2001/XMLSchema#string";

/// Builds quads from an expanded document.
pub(crate) struct RdfBuilder {
    quads: Vec<Quad>,
    labels: HashMap<String, BlankNode>,
    counter: usize,
}

impl RdfBuilder {
    pub fn new() -> RdfBuilder {
        RdfBuilder {
            quads: Vec::new(),
            labels: HashMap::new(),
            counter: 0,
        }
    }

    pub fn finish(self) -> Vec<Quad> {
        self.quads
    }

    fn fresh(&mut self) -> BlankNode {
        let b = BlankNode::new_unchecked(format!("b{}", self.counter));
        self.counter += 1;
        b
    }

    /// The blank node for a document label such as `_:b0` (the same label, the same node).
    fn labelled(&mut self, label: &str) -> BlankNode {
        if let Some(b) = self.labels.get(label) {
            return b.clone();
        }
        let b = self.fresh();
        self.labels.insert(label.to_owned(), b.clone());
        b
    }

    fn iri(s: &str, reason: &'static str) -> Result<NamedNode, JsonLdError> {
        if !is_absolute_iri(s) || s.starts_with("_:") {
            return Err(invalid(reason, s.to_owned()));
        }
        // Characters that N-Quads would have to escape in an IRI: refuse rather than risk
        // serialising them differently from other implementations.
        if s.chars()
            .any(|c| c <= ' ' || matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '^' | '`' | '\\'))
        {
            return Err(invalid("invalid-iri", s.to_owned()));
        }
        Ok(NamedNode::new_unchecked(s))
    }

    fn node_id(
        &mut self,
        id: Option<&str>,
        reason: &'static str,
    ) -> Result<NamedOrBlankNode, JsonLdError> {
        Ok(match id {
            None => self.fresh().into(),
            Some(label) if label.starts_with("_:") => self.labelled(label).into(),
            Some(iri) => Self::iri(iri, reason)?.into(),
        })
    }

    /// Emit every node object of the expanded document into the default graph.
    pub fn add_document(&mut self, expanded: &[Value]) -> Result<(), JsonLdError> {
        for item in expanded {
            if let Value::Object(m) = item
                && !m.contains_key("@value")
                && !m.contains_key("@list")
            {
                self.node(m, &GraphName::DefaultGraph)?;
            }
        }
        Ok(())
    }

    /// Emit a node object's triples into `graph`; returns its subject.
    fn node(
        &mut self,
        node: &Map<String, Value>,
        graph: &GraphName,
    ) -> Result<NamedOrBlankNode, JsonLdError> {
        let subject = self.node_id(
            node.get("@id").and_then(Value::as_str),
            "relative-subject-reference",
        )?;
        for (key, values) in node {
            match key.as_str() {
                "@id" | "@index" => {}
                "@type" => {
                    for t in values.as_array().into_iter().flatten() {
                        let t = t.as_str().unwrap_or_default();
                        let object: Term = if t.starts_with("_:") {
                            self.labelled(t).into()
                        } else {
                            Self::iri(t, "relative-type-reference")?.into()
                        };
                        self.quads.push(Quad::new(
                            subject.clone(),
                            NamedNode::new_unchecked(RDF_TYPE),
                            object,
                            graph.clone(),
                        ));
                    }
                }
                "@graph" => {
                    let name: GraphName = match &subject {
                        NamedOrBlankNode::NamedNode(n) => n.clone().into(),
                        NamedOrBlankNode::BlankNode(b) => b.clone().into(),
                    };
                    for item in values.as_array().into_iter().flatten() {
                        if let Value::Object(m) = item
                            && !m.contains_key("@value")
                            && !m.contains_key("@list")
                        {
                            self.node(m, &name)?;
                        }
                    }
                }
                k if k.starts_with('@') => {
                    return Err(JsonLdError::Unsupported {
                        feature: k.to_owned(),
                    });
                }
                property => {
                    if property.starts_with("_:") {
                        return Err(invalid("blank-node-predicate", property.to_owned()));
                    }
                    let predicate = Self::iri(property, "relative-predicate-reference")?;
                    for item in values.as_array().into_iter().flatten() {
                        let object = self.object(item, graph)?;
                        self.quads.push(Quad::new(
                            subject.clone(),
                            predicate.clone(),
                            object,
                            graph.clone(),
                        ));
                    }
                }
            }
        }
        Ok(subject)
    }

    /// The RDF term for one expanded value (emitting nested nodes and lists as it goes).
    fn object(&mut self, item: &Value, graph: &GraphName) -> Result<Term, JsonLdError> {
        let Value::Object(m) = item else {
            return Err(invalid("invalid-expanded-value", item.to_string()));
        };
        if m.contains_key("@value") {
            return Ok(literal(m)?.into());
        }
        if let Some(list) = m.get("@list") {
            return self.list(list.as_array().map_or(&[][..], Vec::as_slice), graph);
        }
        let subject = if m.keys().all(|k| k == "@id") {
            self.node_id(
                m.get("@id").and_then(Value::as_str),
                "relative-object-reference",
            )?
        } else {
            self.node(m, graph)?
        };
        Ok(match subject {
            NamedOrBlankNode::NamedNode(n) => n.into(),
            NamedOrBlankNode::BlankNode(b) => b.into(),
        })
    }

    fn list(&mut self, items: &[Value], graph: &GraphName) -> Result<Term, JsonLdError> {
        if items.is_empty() {
            return Ok(NamedNode::new_unchecked(RDF_NIL).into());
        }
        let heads: Vec<BlankNode> = items.iter().map(|_| self.fresh()).collect();
        for (i, item) in items.iter().enumerate() {
            let object = self.object(item, graph)?;
            self.quads.push(Quad::new(
                heads[i].clone(),
                NamedNode::new_unchecked(RDF_FIRST),
                object,
                graph.clone(),
            ));
            let rest: Term = match heads.get(i + 1) {
                Some(b) => b.clone().into(),
                None => NamedNode::new_unchecked(RDF_NIL).into(),
            };
            self.quads.push(Quad::new(
                heads[i].clone(),
                NamedNode::new_unchecked(RDF_REST),
                rest,
                graph.clone(),
            ));
        }
        Ok(heads[0].clone().into())
    }
}

/// A value object as an RDF literal, in jsonld.js's forms.
fn literal(m: &Map<String, Value>) -> Result<Literal, JsonLdError> {
    if m.contains_key("@direction") {
        // jsonld.js without an rdfDirection option: unsafe, refused in safe mode.
        return Err(invalid("rdf-direction-not-set", format!("{m:?}")));
    }
    let value = &m["@value"];
    let datatype = m.get("@type").and_then(Value::as_str);
    let typed = |lexical: String, default: &str| {
        Literal::new_typed_literal(
            lexical,
            NamedNode::new_unchecked(datatype.unwrap_or(default)),
        )
    };
    Ok(match value {
        _ if datatype == Some("@json") => {
            Literal::new_typed_literal(jcs(value), NamedNode::new_unchecked(RDF_JSON))
        }
        Value::Bool(b) => typed(b.to_string(), XSD_BOOLEAN),
        Value::Number(n) => {
            let f = n.as_f64().unwrap_or(f64::NAN);
            if js_is_double(f) || datatype == Some(XSD_DOUBLE) {
                typed(canonical_double(f), XSD_DOUBLE)
            } else {
                typed(js_to_fixed_0(f), XSD_INTEGER)
            }
        }
        Value::String(s) if datatype == Some(XSD_DOUBLE) => {
            typed(canonical_double(js_parse_float(s)), XSD_DOUBLE)
        }
        Value::String(s) => {
            if let Some(lang) = m.get("@language").and_then(Value::as_str) {
                Literal::new_language_tagged_literal_unchecked(s.clone(), lang.to_lowercase())
            } else if let Some(dt) = datatype {
                if dt == XSD_STRING {
                    Literal::new_simple_literal(s.clone())
                } else {
                    Literal::new_typed_literal(s.clone(), NamedNode::new_unchecked(dt))
                }
            } else {
                Literal::new_simple_literal(s.clone())
            }
        }
        other => return Err(invalid("invalid-value-object-value", other.to_string())),
    })
}

/// jsonld.js's `isDouble`: `String(v)` contains a `.`, or `|v| >= 1e21`.
pub(crate) fn js_is_double(v: f64) -> bool {
    if !v.is_finite() || v.abs() >= 1e21 {
        return true;
    }
    if v == 0.0 {
        return false;
    }
    if v.abs() >= 1e-6 {
        v.fract() != 0.0
    } else {
        // JavaScript writes these in exponent form: "1e-7" has no dot, "1.5e-7" has one.
        format!("{v:e}").contains('.')
    }
}

/// `Number.prototype.toFixed(0)` for |v| < 1e21 (the exact integer nearest to v).
pub(crate) fn js_to_fixed_0(v: f64) -> String {
    if v < 0.0 {
        format!("-{}", js_to_fixed_0(-v))
    } else {
        // `+ 0.0` turns -0 into 0, as JavaScript's `(-0).toFixed(0)` is "0".
        format!("{:.0}", v.round() + 0.0)
    }
}

/// jsonld.js's canonical xsd:double: `v.toExponential(15)` with the mantissa's trailing zeros
/// removed (one kept) and no `+` in the exponent: `3.5` → `3.5E0`, `0.1` → `1.0E-1`.
pub(crate) fn canonical_double(v: f64) -> String {
    if v.is_nan() {
        return "NaN".to_owned();
    }
    if v.is_infinite() {
        return if v > 0.0 { "Infinity" } else { "-Infinity" }.to_owned();
    }
    let s = format!("{v:.15e}");
    let (mantissa, exponent) = s.split_once('e').unwrap_or((&s, "0"));
    let (int_part, frac) = mantissa.split_once('.').unwrap_or((mantissa, "0"));
    let frac = frac.trim_end_matches('0');
    let frac = if frac.is_empty() { "0" } else { frac };
    format!("{int_part}.{frac}E{exponent}")
}

/// A forgiving `parseFloat` (leading whitespace, longest numeric prefix; NaN otherwise).
fn js_parse_float(s: &str) -> f64 {
    let t = s.trim_start();
    for (prefix, value) in [
        ("Infinity", f64::INFINITY),
        ("+Infinity", f64::INFINITY),
        ("-Infinity", f64::NEG_INFINITY),
    ] {
        if t.starts_with(prefix) {
            return value;
        }
    }
    let mut end = 0;
    for i in (1..=t.len()).rev() {
        if t.is_char_boundary(i)
            && !t[..i].ends_with(['e', 'E', '+', '-'])
            && t[..i].parse::<f64>().is_ok()
        {
            end = i;
            break;
        }
    }
    if end == 0 {
        f64::NAN
    } else {
        t[..end].parse().unwrap_or(f64::NAN)
    }
}

/// ECMAScript `Number.prototype.toString()` (shortest round-trip digits).
pub(crate) fn js_number_to_string(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v == 0.0 {
        return "0".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    let sign = if v < 0.0 { "-" } else { "" };
    let e_form = format!("{:e}", v.abs());
    let (mantissa, exp) = e_form.split_once('e').unwrap_or((&e_form, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    let k = digits.len() as i32;
    let n = exp + 1; // position of the decimal point relative to the digits
    let body = if k <= n && n <= 21 {
        format!("{digits}{}", "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 21 {
        format!("{}.{}", &digits[..n as usize], &digits[n as usize..])
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", "0".repeat((-n) as usize))
    } else {
        let e = n - 1;
        let e_sign = if e < 0 { '-' } else { '+' };
        if k == 1 {
            format!("{digits}e{e_sign}{}", e.abs())
        } else {
            format!("{}.{}e{e_sign}{}", &digits[..1], &digits[1..], e.abs())
        }
    };
    format!("{sign}{body}")
}

/// JSON Canonicalization Scheme (RFC 8785): sorted keys (by UTF-16 code units), no spaces,
/// ECMAScript number and string serialisation.
pub(crate) fn jcs(v: &Value) -> String {
    let mut out = String::new();
    jcs_into(v, &mut out);
    out
}

fn jcs_into(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&js_number_to_string(n.as_f64().unwrap_or(f64::NAN))),
        Value::String(s) => jcs_string(s, out),
        Value::Array(a) => {
            out.push('[');
            for (i, item) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                jcs_into(item, out);
            }
            out.push(']');
        }
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
            out.push('{');
            for (i, k) in keys.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                jcs_string(k, out);
                out.push(':');
                jcs_into(&m[k.as_str()], out);
            }
            out.push('}');
        }
    }
}

fn jcs_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn doubles_use_the_jsonld_js_canonical_form() {
        assert_eq!(canonical_double(3.5), "3.5E0");
        assert_eq!(canonical_double(0.1), "1.0E-1");
        assert_eq!(canonical_double(-2.25), "-2.25E0");
        assert_eq!(canonical_double(1e21), "1.0E21");
        assert_eq!(canonical_double(123456.789), "1.23456789E5");
        // toExponential(15) keeps 16 significant digits, as jsonld.js does.
        assert_eq!(canonical_double(0.30000000000000004), "3.0E-1");
    }

    #[test]
    fn integers_and_the_is_double_rule() {
        assert!(js_is_double(3.5));
        assert!(!js_is_double(3.0));
        assert!(!js_is_double(1e-7)); // String(1e-7) = "1e-7": jsonld.js treats it as an integer
        assert!(js_is_double(1.5e-7));
        assert!(js_is_double(1e21));
        assert_eq!(js_to_fixed_0(3.0), "3");
        assert_eq!(js_to_fixed_0(-0.0), "0");
        assert_eq!(js_to_fixed_0(1e-7), "0");
        assert_eq!(
            js_to_fixed_0(12345678901234567890.0),
            "12345678901234567168"
        );
    }

    #[test]
    fn numbers_print_like_javascript() {
        for (v, s) in [
            (0.1, "0.1"),
            (1e21, "1e+21"),
            (1.5e-7, "1.5e-7"),
            (1e-7, "1e-7"),
            (123.0, "123"),
            (-0.5, "-0.5"),
            (0.000001, "0.000001"),
            (1e20, "100000000000000000000"),
            (0.30000000000000004, "0.30000000000000004"),
        ] {
            assert_eq!(js_number_to_string(v), s, "{v}");
        }
    }

    #[test]
    fn jcs_sorts_keys_and_escapes_minimally() {
        let v =
            json!({"b": [1, 2.5, "é\n"], "a": {"z": null, "y": true}, "\u{e9}": 1, "Z": "\u{1}"});
        assert_eq!(
            jcs(&v),
            "{\"Z\":\"\\u0001\",\"a\":{\"y\":true,\"z\":null},\"b\":[1,2.5,\"é\\n\"],\"é\":1}"
        );
    }

    #[test]
    fn parse_float_is_forgiving_like_javascript() {
        assert_eq!(js_parse_float(" 3.50"), 3.5);
        assert_eq!(js_parse_float("3.5abc"), 3.5);
        assert_eq!(js_parse_float("1e3"), 1000.0);
        assert!(js_parse_float("abc").is_nan());
    }

    #[test]
    fn literals_get_their_datatypes() {
        let lit = |v: Value| literal(v.as_object().unwrap()).unwrap().to_string();
        assert_eq!(
            lit(json!({"@value": 3.5, "@type": "https://www.w3.org/2001/XMLSchema#float"})),
            "\"3.5E0\"^^<https://www.w3.org/2001/XMLSchema#float>"
        );
        assert_eq!(
            lit(json!({"@value": 3})),
            "\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>"
        );
        assert_eq!(
            lit(json!({"@value": true})),
            "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>"
        );
        assert_eq!(lit(json!({"@value": "x", "@language": "fr"})), "\"x\"@fr");
        assert_eq!(
            lit(json!({"@value": {"b": 1, "a": [true]}, "@type": "@json"})),
            "\"{\\\"a\\\":[true],\\\"b\\\":1}\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON>"
        );
        assert!(
            literal(
                json!({"@value": "x", "@direction": "rtl"})
                    .as_object()
                    .unwrap()
            )
            .is_err()
        );
    }
}
