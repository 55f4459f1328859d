//! What we make of the signed examples published by 1EdTech for Open Badges 3.0, copied as data
//! into `tests/fixtures/1edtech` (see its README for sources and for why none of them verifies).
//!
//! The spec examples are illustrative: the Implementation Guide's "Linked Data Proof Test
//! Vector" names a context URL that is no published Open Badges context and signs hashes that
//! are not those of its own canonical forms, and the endorsements inside the "Complete
//! OpenBadgeCredential" carry placeholder proofs. What we assert is that each gets a clear,
//! specific verdict — never a pass, never a panic — and that our canonical N-Quads match the
//! guide's published canonical forms byte for byte.

use std::path::{Path, PathBuf};

use ed25519_dalek::{Signature, SigningKey, VerifyingKey};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::jsonld::{self, contexts};
use crate::proof::{
    KeyResolver, ProofError, ProofVerdict, ResolvedKey, sign_eddsa_rdfc_2022, verify_credential,
    verify_credential_with,
};
use crate::report::{CheckId, Outcome};
use crate::{NoNetwork, Status, Verification, verify_bytes};

const GUIDE_ISSUER: &str = "https://example.edu/issuers/565049";

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/1edtech")
}

fn read(name: &str) -> Vec<u8> {
    let path = dir().join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn text(name: &str) -> String {
    String::from_utf8(read(name)).unwrap()
}

fn json(name: &str) -> Value {
    serde_json::from_slice(&read(name)).unwrap()
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

fn sha256_hex(s: &str) -> String {
    Sha256::digest(s.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn verify(bytes: &[u8]) -> Verification {
    let emails: Vec<String> = Vec::new();
    verify_bytes(
        bytes,
        &crate::VerifyOptions {
            now: time::macros::datetime!(2026-01-01 00:00 UTC),
            owner_emails: &emails,
            fetcher: &NoNetwork,
        },
    )
    .unwrap()
}

fn check(v: &Verification, id: CheckId) -> (Outcome, String) {
    let c = v.report.checks.iter().find(|c| c.id == id).unwrap();
    (c.outcome, c.code.clone())
}

/// The guide's key pair (`privateKeyHex` is seed ‖ public key).
fn guide_key() -> (SigningKey, VerifyingKey) {
    let values = json("ldp-test-vector-values.json");
    let secret = unhex(values["privateKeyHex"].as_str().unwrap());
    let public = unhex(values["publicKeyHex"].as_str().unwrap());
    let signing = SigningKey::from_bytes(&secret[..32].try_into().unwrap());
    assert_eq!(signing.verifying_key().as_bytes()[..], public[..]);
    assert_eq!(secret[32..], public[..]);
    let public = signing.verifying_key();
    (signing, public)
}

/// The guide's Multikey, controlled by its issuer (as its controller document would say).
struct GuideKey(VerifyingKey);

impl KeyResolver for GuideKey {
    fn resolve(&self, vm: &str) -> Result<Option<ResolvedKey>, ProofError> {
        Ok(vm.starts_with(GUIDE_ISSUER).then(|| ResolvedKey {
            public_key: self.0.to_bytes(),
            controller: GUIDE_ISSUER.to_owned(),
        }))
    }
}

/// The test vector with its `@context` replaced.
fn vector_with_context(context: &[&str]) -> Value {
    let mut doc = json("ldp-test-vector-signed.json");
    doc["@context"] = json!(context);
    doc
}

fn without_proof(doc: &Value) -> Value {
    let mut doc = doc.clone();
    doc.as_object_mut().unwrap().remove("proof");
    doc
}

#[test]
fn guide_vector_as_published_fails_on_its_context_and_skips_the_proof_offline() {
    let v = verify(&read("ldp-test-vector-signed.json"));
    assert_eq!(v.report.status, Status::Failed, "{:?}", v.report);
    // `.../v3p0/context/ob_v3p0.jsonld` is not one of the published OB 3.0 contexts.
    assert_eq!(
        check(&v, CheckId::Context),
        (Outcome::Failed, "unknown-context".into())
    );
    // An https verification method needs its controller document: not fetched offline.
    assert_eq!(
        check(&v, CheckId::Proof),
        (Outcome::Skipped, "proof-key-unavailable-offline".into())
    );

    // Even with the key at hand, the unknown context stops canonicalisation.
    let (_, public) = guide_key();
    let outcome = verify_credential_with(&json("ldp-test-vector-signed.json"), &GuideKey(public));
    assert_eq!(outcome.verdict, ProofVerdict::Failed);
    assert_eq!(outcome.code, "unknown-context");
    assert_eq!(
        outcome.args["url"],
        "https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld"
    );
}

#[test]
fn older_guide_vector_vcdm_1_1_and_eddsa_2022_gets_the_same_verdict() {
    let v = verify(&read("ldp-test-vector-eddsa-2022-signed.json"));
    assert_eq!(v.report.status, Status::Failed, "{:?}", v.report);
    assert_eq!(
        check(&v, CheckId::Format).1,
        "format-recognised",
        "{:?}",
        v.report
    );
    assert_eq!(
        v.report.checks[0].args["form"], "ob3-vcdm1.1",
        "{:?}",
        v.report
    );
    assert_eq!(
        check(&v, CheckId::Context),
        (Outcome::Failed, "unknown-context".into())
    );
    assert_eq!(
        check(&v, CheckId::Proof),
        (Outcome::Skipped, "proof-key-unavailable-offline".into())
    );
}

#[test]
fn our_canonical_forms_match_the_guide_test_vector_files() {
    // The guide's `test-vectors/obv3p0/*.txt` are what jsonld.js gives for the vector under
    // `[VC v2, OB context-3.0.3]` (checked with the oracle's jsonld.js when copied).
    let doc = vector_with_context(&[contexts::VC_V2, contexts::OB_V3P0_3_0_3]);
    let nq = jsonld::canonicalize(&without_proof(&doc)).unwrap();
    assert_eq!(nq, text("document-canon.txt"));

    let mut options = doc["proof"].clone();
    options.as_object_mut().unwrap().remove("proofValue");
    options["@context"] = doc["@context"].clone();
    let nq = jsonld::canonicalize(&options).unwrap();
    assert_eq!(nq, text("proof-canon.txt"));
}

#[test]
fn the_guide_signature_covers_hashes_that_are_not_those_of_its_canonical_forms() {
    let values = json("ldp-test-vector-values.json");
    let (secret, public) = guide_key();
    let data = unhex(values["dataToSignHex"].as_str().unwrap());
    assert_eq!(
        values["dataToSignHex"],
        format!(
            "{}{}",
            values["proofHashHex"].as_str().unwrap(),
            values["documentHashHex"].as_str().unwrap()
        )
    );
    // The published signature is a good Ed25519 signature of the published data...
    let sig = unhex(values["signatureHex"].as_str().unwrap());
    public
        .verify_strict(&data, &Signature::from_slice(&sig).unwrap())
        .unwrap();
    assert_eq!(
        ed25519_dalek::Signer::sign(&secret, &data).to_bytes()[..],
        sig[..]
    );
    let pv = values["proofValue"].as_str().unwrap();
    assert_eq!(bs58::decode(&pv[1..]).into_vec().unwrap(), sig);
    assert_eq!(
        json("ldp-test-vector-signed.json")["proof"]["proofValue"],
        pv
    );
    // ...but the data are not the hashes of the guide's own canonical forms.
    assert_ne!(
        sha256_hex(&text("document-canon.txt")),
        values["documentHashHex"]
    );
    assert_ne!(sha256_hex(&text("proof-canon.txt")), values["proofHashHex"]);

    // So under the contexts that reproduce those canonical forms, the proof fails cleanly.
    let doc = vector_with_context(&[contexts::VC_V2, contexts::OB_V3P0_3_0_3]);
    let outcome = verify_credential_with(&doc, &GuideKey(public));
    assert_eq!(outcome.verdict, ProofVerdict::Failed);
    assert_eq!(outcome.code, "proof-invalid-signature");

    // Signed again by us with the guide's key and proof options, it verifies.
    let proof = &doc["proof"];
    let resigned = sign_eddsa_rdfc_2022(
        &without_proof(&doc),
        &secret,
        proof["verificationMethod"].as_str().unwrap(),
        "assertionMethod",
        proof["created"].as_str().unwrap(),
    )
    .unwrap();
    assert!(verify_credential_with(&resigned, &GuideKey(public)).is_passed());
    assert_ne!(resigned["proof"]["proofValue"], proof["proofValue"]);
}

#[test]
fn vc_v2_with_data_integrity_v1_is_a_protected_term_redefinition() {
    // The vector also lists `data-integrity/v1` after VC v2: both define `DataIntegrityProof`
    // (differently) as protected, which jsonld.js refuses too.
    let (_, public) = guide_key();
    let doc = vector_with_context(&[
        contexts::VC_V2,
        contexts::OB_V3P0_3_0_3,
        contexts::DATA_INTEGRITY_V1,
    ]);
    let outcome = verify_credential_with(&doc, &GuideKey(public));
    assert_eq!(outcome.verdict, ProofVerdict::Failed);
    assert_eq!(outcome.code, "protected-term-redefinition");
    assert_eq!(outcome.args["term"], "DataIntegrityProof");
}

#[test]
fn full_example_endorsement_has_a_placeholder_proof() {
    let doc = json("full-example-endorsement-3735.json");
    // An EndorsementCredential is recognised and verified like a badge: it fails.
    let emails: Vec<String> = Vec::new();
    let v = verify_bytes(
        &read("full-example-endorsement-3735.json"),
        &crate::VerifyOptions {
            now: time::macros::datetime!(2026-01-01 00:00 UTC),
            owner_emails: &emails,
            fetcher: &NoNetwork,
        },
    )
    .unwrap();
    assert_eq!(v.report.status, Status::Failed);
    // Its proof names the cryptosuite `eddsa-rdf-2022`, which does not exist.
    let outcome = verify_credential(&doc);
    assert_eq!(outcome.verdict, ProofVerdict::Failed);
    assert_eq!(outcome.code, "proof-unsupported-suite");
    assert_eq!(outcome.args["suite"], "DataIntegrityProof/eddsa-rdf-2022");
    // And it uses `1EdTechJsonSchemaValidator2019` without the extensions context that defines
    // it: undefined in safe mode (jsonld.js agrees).
    let err = jsonld::canonicalize(&without_proof(&doc)).unwrap_err();
    assert_eq!(err.code(), "undefined-term");
    assert_eq!(err.args()["term"], "1EdTechJsonSchemaValidator2019");
}
