//! JSON-LD, offline and strict: expansion from bundled, pinned contexts only, conversion to an
//! RDF dataset, and RDFC-1.0 canonical N-Quads (for Data Integrity proofs).
//!
//! The processor implements the part of JSON-LD 1.1 that credentials and the bundled contexts
//! use, in the "safe mode" of the reference implementation (jsonld.js): an undefined property or
//! type, a relative IRI or an object that would be silently dropped is an error, never ignored.
//! Literal forms follow jsonld.js (numbers, `@json` via JCS), because that is what most signed
//! Open Badges were canonicalised with.

pub mod contexts;

mod context;
mod expand;
mod rdf;

use std::collections::BTreeMap;

use serde_json::Value;

/// Why a document could not be turned into canonical N-Quads.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JsonLdError {
    /// A context URL that is not bundled (never fetched).
    #[error("unknown JSON-LD context {url}")]
    UnknownContext { url: String },
    /// A bundled context whose bytes no longer match the pinned SHA-256.
    #[error("bundled JSON-LD context {url} does not match its pinned hash")]
    ContextHashMismatch { url: String },
    /// A property or type that does not expand to an absolute IRI.
    #[error("the term {term:?} is not defined by the document's JSON-LD contexts")]
    UndefinedTerm { term: String },
    /// A context tried to change a protected term.
    #[error("the protected JSON-LD term {term:?} is redefined")]
    ProtectedTermRedefinition { term: String },
    /// Malformed JSON-LD (`reason` is a stable kebab-case word).
    #[error("invalid JSON-LD ({reason}): {detail}")]
    Invalid {
        reason: &'static str,
        detail: String,
    },
    /// A JSON-LD feature this processor does not implement.
    #[error("unsupported JSON-LD feature {feature}")]
    Unsupported { feature: String },
    /// RDFC-1.0 failed (e.g. the dataset is too complex to canonicalise).
    #[error("RDF canonicalisation failed: {0}")]
    Canonicalization(String),
}

impl JsonLdError {
    /// Stable kebab-case code (for `locales/*/errors.ftl`).
    pub fn code(&self) -> &'static str {
        match self {
            JsonLdError::UnknownContext { .. } => "unknown-context",
            JsonLdError::ContextHashMismatch { .. } => "context-hash-mismatch",
            JsonLdError::UndefinedTerm { .. } => "undefined-term",
            JsonLdError::ProtectedTermRedefinition { .. } => "protected-term-redefinition",
            JsonLdError::Invalid { .. } => "jsonld-invalid",
            JsonLdError::Unsupported { .. } => "jsonld-unsupported",
            JsonLdError::Canonicalization(_) => "canonicalization-failed",
        }
    }

    /// Named arguments for the message.
    pub fn args(&self) -> BTreeMap<String, String> {
        let mut args = BTreeMap::new();
        match self {
            JsonLdError::UnknownContext { url } | JsonLdError::ContextHashMismatch { url } => {
                args.insert("url".into(), url.clone());
            }
            JsonLdError::UndefinedTerm { term }
            | JsonLdError::ProtectedTermRedefinition { term } => {
                args.insert("term".into(), term.clone());
            }
            JsonLdError::Invalid { reason, detail } => {
                args.insert("reason".into(), (*reason).to_owned());
                args.insert("detail".into(), truncate(detail, 200));
            }
            JsonLdError::Unsupported { feature } => {
                args.insert("feature".into(), feature.clone());
            }
            JsonLdError::Canonicalization(detail) => {
                args.insert("detail".into(), truncate(detail, 200));
            }
        }
        args
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_owned();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &s[..end])
}

pub(crate) fn invalid(reason: &'static str, detail: String) -> JsonLdError {
    JsonLdError::Invalid { reason, detail }
}

/// Expand a JSON-LD document (result: an array of node objects in expanded form).
pub fn expand(doc: &Value) -> Result<Vec<Value>, JsonLdError> {
    expand::Expander::new().expand_document(doc)
}

/// The RDF dataset of a JSON-LD document (quads may repeat; blank nodes are `b0`, `b1`, …).
pub fn to_rdf(doc: &Value) -> Result<Vec<oxrdf::Quad>, JsonLdError> {
    let expanded = expand(doc)?;
    let mut builder = rdf::RdfBuilder::new();
    builder.add_document(&expanded)?;
    Ok(builder.finish())
}

/// RDFC-1.0 canonical N-Quads of a JSON-LD document (each line ends with `\n`; text stays UTF-8,
/// only `"`, `\`, and control characters are escaped).
pub fn canonicalize(doc: &Value) -> Result<String, JsonLdError> {
    let quads = to_rdf(doc)?;
    let dataset: oxrdf::Dataset = quads.into_iter().collect();
    rdf_canon::canonicalize(&dataset).map_err(|e| JsonLdError::Canonicalization(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const V2: &str = contexts::VC_V2;
    const OB: &str = contexts::OB_V3P0_3_0_3;

    fn credential(subject_extra: Value, achievement_extra: Value) -> Value {
        let mut subject = json!({
            "id": "did:example:learner", "type": ["AchievementSubject"],
            "achievement": {"id": "urn:uuid:a", "type": ["Achievement"], "name": "Gestión de proyectos",
                            "description": "d", "criteria": {"narrative": "n"}}
        });
        for (k, v) in subject_extra.as_object().unwrap() {
            subject[k] = v.clone();
        }
        for (k, v) in achievement_extra.as_object().unwrap() {
            subject["achievement"][k] = v.clone();
        }
        json!({
            "@context": [V2, OB], "id": "urn:uuid:c", "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": {"id": "did:example:issuer", "type": ["Profile"], "name": "Zoë Dupré-Van den Bossche"},
            "validFrom": "2024-01-01T00:00:00Z", "credentialSubject": subject
        })
    }

    #[test]
    fn floats_canonicalise_like_the_reference_implementation() {
        let nq = canonicalize(&credential(
            json!({"creditsEarned": 3}),
            json!({"creditsAvailable": 3.5}),
        ))
        .unwrap();
        assert!(nq.contains(
            "<https://purl.imsglobal.org/spec/vc/ob/vocab.html#creditsAvailable> \"3.5E0\"^^<https://www.w3.org/2001/XMLSchema#float> ."
        ), "{nq}");
        assert!(nq.contains(
            "<https://purl.imsglobal.org/spec/vc/ob/vocab.html#creditsEarned> \"3\"^^<https://www.w3.org/2001/XMLSchema#float> ."
        ), "{nq}");
    }

    #[test]
    fn n_quads_escaping_and_non_ascii_text() {
        let nq = canonicalize(&credential(
            json!({"name": "quote \" backslash \\ newline \n tab \t cr \r"}),
            json!({}),
        ))
        .unwrap();
        assert!(
            nq.contains(r#""quote \" backslash \\ newline \n tab \t cr \r""#),
            "{nq}"
        );
        assert!(nq.contains("\"Zoë Dupré-Van den Bossche\""), "{nq}");
        assert!(nq.contains("\"Gestión de proyectos\""), "{nq}");
        assert!(!nq.contains("\\u00"), "non-ASCII must stay UTF-8: {nq}");
    }

    #[test]
    fn dates_are_typed_and_blank_nodes_are_canonical() {
        let nq = canonicalize(&credential(json!({}), json!({}))).unwrap();
        assert!(nq.contains(
            "<urn:uuid:c> <https://www.w3.org/2018/credentials#validFrom> \"2024-01-01T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> ."
        ));
        // The criteria object is the only blank node.
        assert!(nq.contains(
            "_:c14n0 <https://purl.imsglobal.org/spec/vc/ob/vocab.html#narrative> \"n\" ."
        ));
        assert!(nq.lines().all(|l| l.ends_with(" .")));
        assert!(nq.ends_with('\n'));
    }

    #[test]
    fn canonical_form_does_not_depend_on_key_order_or_blank_node_order() {
        let a = canonicalize(
            &json!({"@context": [V2], "id": "urn:x", "type": "VerifiableCredential",
            "credentialSubject": [{"name": "a"}, {"name": "b"}]}),
        )
        .unwrap();
        let b = canonicalize(&json!({"credentialSubject": [{"name": "b"}, {"name": "a"}],
            "type": "VerifiableCredential", "id": "urn:x", "@context": [V2]}))
        .unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn proof_goes_to_its_own_named_graph() {
        let quads = to_rdf(&json!({"@context": [V2], "id": "urn:x", "type": "VerifiableCredential",
            "proof": {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022",
                      "proofPurpose": "assertionMethod", "verificationMethod": "did:key:z6Mk#z6Mk"}}))
        .unwrap();
        let in_named: Vec<_> = quads
            .iter()
            .filter(|q| !q.graph_name.is_default_graph())
            .collect();
        assert_eq!(in_named.len(), 4);
        assert!(
            in_named
                .iter()
                .any(|q| q.object.to_string() == "<https://w3id.org/security#assertionMethod>")
        );
    }

    #[test]
    fn unknown_context_and_undefined_term_are_errors() {
        let mut doc = credential(json!({}), json!({}));
        doc["@context"] = json!([V2, OB, "https://contexts.example/unknown"]);
        let err = canonicalize(&doc).unwrap_err();
        assert_eq!(err.code(), "unknown-context");
        assert_eq!(err.args()["url"], "https://contexts.example/unknown");

        let doc = credential(json!({"favouriteColour": "blue"}), json!({}));
        let err = canonicalize(&doc).unwrap_err();
        assert_eq!(err.code(), "undefined-term");
        assert_eq!(err.args()["term"], "favouriteColour");
    }

    #[test]
    fn lists_become_rdf_collections() {
        let nq = canonicalize(&credential(
            json!({}),
            json!({"resultDescription": [{"id": "urn:rd", "type": ["ResultDescription"], "name": "grade",
                   "resultType": "LetterGrade", "allowedValue": ["A", "B"]}]}),
        ))
        .unwrap();
        assert!(
            nq.contains("<http://www.w3.org/1999/02/22-rdf-syntax-ns#first> \"A\""),
            "{nq}"
        );
        assert!(nq.contains(
            "<http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil>"
        ));
    }

    #[test]
    fn error_codes_are_stable() {
        let cases = [
            (
                JsonLdError::UnknownContext { url: "u".into() },
                "unknown-context",
            ),
            (
                JsonLdError::ContextHashMismatch { url: "u".into() },
                "context-hash-mismatch",
            ),
            (
                JsonLdError::UndefinedTerm { term: "t".into() },
                "undefined-term",
            ),
            (
                JsonLdError::ProtectedTermRedefinition { term: "t".into() },
                "protected-term-redefinition",
            ),
            (invalid("x", "y".into()), "jsonld-invalid"),
            (
                JsonLdError::Unsupported {
                    feature: "@nest".into(),
                },
                "jsonld-unsupported",
            ),
            (
                JsonLdError::Canonicalization("x".into()),
                "canonicalization-failed",
            ),
        ];
        for (e, code) in cases {
            assert_eq!(e.code(), code);
            assert!(!e.args().is_empty());
        }
        assert_eq!(truncate(&"é".repeat(300), 201).chars().count(), 101);
    }
}

#[cfg(test)]
mod conformance_tests;

#[cfg(test)]
mod fuzz_regression_tests;
