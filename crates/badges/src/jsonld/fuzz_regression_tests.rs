//! Inputs found by the `cargo fuzz` targets (`fuzz/`). Each test names the target and the
//! place that panicked.
//!
//! The bug they found: `context.rs` sliced `value[1..]` to look for a compact IRI's colon
//! "after the first character", which panicked when that character was not ASCII. Fixed by
//! `colon_after_first_char`, which skips the first *character*.

use std::path::Path;

use serde_json::{Value, json};

use crate::jsonld::{self, contexts};

const BUG: &str = "panics: non-ASCII first character sliced at byte 1 in jsonld/context.rs";

/// `detect_and_verify` found it (a signed credential whose key started with U+FEFF); here it
/// is reduced to a property name starting with `é` that no context defines (jsonld.js refuses it
/// in safe mode; so must we, with an error instead of a panic).
#[test]
fn property_starting_with_a_non_ascii_character() {
    let doc = json!({
        "@context": [contexts::VC_V2],
        "id": "urn:x",
        "type": "VerifiableCredential",
        "été": "x"
    });
    let err = jsonld::canonicalize(&doc).expect_err(BUG);
    assert_eq!(err.code(), "undefined-term");
    assert_eq!(err.args()["term"], "été");
}

#[test]
fn term_starting_with_a_non_ascii_character_in_an_inline_context() {
    let doc = json!({
        "@context": [{"@vocab": "https://example.org/v#", "éval": {"@type": "@id"}}],
        "@id": "urn:x",
        "éval": "urn:y"
    });
    // A term without `@id` takes its IRI from `@vocab` (jsonld.js gives the same line).
    let nq = jsonld::canonicalize(&doc).expect(BUG);
    assert_eq!(nq, "<urn:x> <https://example.org/v#éval> <urn:y> .\n");
}

#[test]
fn iri_starting_with_a_non_ascii_character_while_defining_a_context() {
    let doc = json!({
        "@context": [{"a": {"@id": "ä"}, "@vocab": "https://example.org/v#"}],
        "@id": "urn:x",
        "a": "x"
    });
    // jsonld.js: `@id` of a term definition is expanded against `@vocab`.
    let nq = jsonld::canonicalize(&doc).expect(BUG);
    assert_eq!(nq, "<urn:x> <https://example.org/v#ä> \"x\" .\n");
}

/// The whole import path: a real signed badge with one extra property named `été` makes
/// `verify_bytes` panic (in the proof check's canonicalisation) instead of reporting.
#[test]
fn verify_bytes_on_a_signed_badge_with_a_non_ascii_property() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/oracle/valid-01.json");
    let mut doc: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    doc["été"] = json!("x");
    let emails: Vec<String> = Vec::new();
    let v = crate::verify_bytes(
        &serde_json::to_vec(&doc).unwrap(),
        &crate::VerifyOptions {
            now: time::macros::datetime!(2026-01-01 00:00 UTC),
            owner_emails: &emails,
            fetcher: &crate::NoNetwork,
        },
    )
    .unwrap();
    // The added property changes the signed data.
    assert_eq!(v.report.status, crate::Status::Failed, "{:?}", v.report);
}
