//! The public test vectors of the W3C "Data Integrity EdDSA Cryptosuites" specification
//! (`eddsa-rdfc-2022`), copied as data into `tests/fixtures/w3c-vc-di-eddsa` (see its README).
//!
//! The vectors use the context `https://www.w3.org/ns/credentials/examples/v2`, which we do not
//! bundle (and never fetch). Our JSON-LD processor has no document-loader hook, so these tests
//! put that context's published content (`{"@vocab": "https://www.w3.org/ns/credentials/examples#"}`,
//! kept in the fixtures) inline in place of its URL. For a context that holds only an absolute
//! `@vocab` this yields the same RDF dataset, hence the same canonical N-Quads, hashes and
//! signature; the byte-for-byte comparisons below prove it. Unmodified, the vectors are refused
//! with a clear `unknown-context` error (tested too).

use std::path::{Path, PathBuf};

use ed25519_dalek::{SigningKey, VerifyingKey};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::jsonld;
use crate::proof::{
    DidKeyResolver, KeyResolver, ProofError, ProofVerdict, ResolvedKey, VerifyOptions,
    sign_eddsa_rdfc_2022, verify_credential, verify_credential_with, verify_one,
};
use crate::{NoNetwork, verify_bytes};

const EXAMPLES_V2: &str = "https://www.w3.org/ns/credentials/examples/v2";
const ISSUER: &str = "https://vc.example/issuers/5678";

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/w3c-vc-di-eddsa")
}

fn text(name: &str) -> String {
    let path = dir().join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn json(name: &str) -> Value {
    serde_json::from_str(&text(name)).unwrap()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn sha256_hex(s: &str) -> String {
    hex(&Sha256::digest(s.as_bytes()))
}

/// `z` + base58btc, with the two-byte multicodec prefix checked and removed.
fn multibase_key(value: &str, prefix: [u8; 2]) -> [u8; 32] {
    let bytes = bs58::decode(value.strip_prefix('z').unwrap())
        .into_vec()
        .unwrap();
    assert_eq!(bytes[..2], prefix, "multicodec prefix of {value}");
    bytes[2..].try_into().unwrap()
}

/// The spec's key pair: `ed25519-pub` (0xed01) and `ed25519-priv` (0x8026) multikeys.
fn key_pair() -> (SigningKey, VerifyingKey) {
    let pair = json("keyPair.json");
    let secret = multibase_key(pair["privateKeyMultibase"].as_str().unwrap(), [0x80, 0x26]);
    let public = multibase_key(pair["publicKeyMultibase"].as_str().unwrap(), [0xed, 0x01]);
    let signing = SigningKey::from_bytes(&secret);
    let verifying = VerifyingKey::from_bytes(&public).unwrap();
    assert_eq!(signing.verifying_key(), verifying, "the key pair matches");
    (signing, verifying)
}

/// Replace the examples context URL by its published content (see the module comment).
fn inline_examples_context(mut doc: Value) -> Value {
    let context: Value = json("credentials-examples-v2.jsonld")["@context"].clone();
    let list = doc["@context"].as_array_mut().unwrap();
    let mut replaced = 0;
    for entry in list.iter_mut() {
        if entry == EXAMPLES_V2 {
            *entry = context.clone();
            replaced += 1;
        }
    }
    assert_eq!(replaced, 1, "the vector names the examples context once");
    doc
}

fn without_proof(doc: &Value) -> Value {
    let mut doc = doc.clone();
    doc.as_object_mut().unwrap().remove("proof");
    doc
}

/// Serves the spec's key for the verification method of the 2023 vectors, whose controller is
/// the issuer (as a controller document at `https://vc.example/issuers/5678` would).
struct SpecIssuerKey(VerifyingKey);

impl KeyResolver for SpecIssuerKey {
    fn resolve(&self, vm: &str) -> Result<Option<ResolvedKey>, ProofError> {
        let expected = format!(
            "{ISSUER}#{}",
            json("keyPair.json")["publicKeyMultibase"].as_str().unwrap()
        );
        Ok((vm == expected).then(|| ResolvedKey {
            public_key: self.0.to_bytes(),
            controller: ISSUER.to_owned(),
        }))
    }
}

#[test]
fn the_fixture_set_is_self_consistent() {
    // Guards against mixing files of different revisions of the vectors.
    let combined = text("combinedHashDataInt.txt");
    assert_eq!(combined.len(), 128);
    assert_eq!(combined[..64], text("proofHashDataInt.txt"));
    let signed = json("signedDataInt.json");
    assert_eq!(signed["proof"]["proofValue"], text("sigBTC58DataInt.txt"));
    let sig = bs58::decode(&text("sigBTC58DataInt.txt")[1..])
        .into_vec()
        .unwrap();
    assert_eq!(hex(&sig), text("sigHexDataInt.txt"));
    let mut config = signed["proof"].clone();
    config.as_object_mut().unwrap().remove("proofValue");
    config["@context"] = signed["@context"].clone();
    assert_eq!(config, json("proofConfigDataInt.json"));
}

#[test]
fn canonical_document_matches_the_spec_byte_for_byte() {
    let unsecured = inline_examples_context(without_proof(&json("signedDataInt.json")));
    let ours = jsonld::canonicalize(&unsecured).unwrap();
    assert_eq!(ours, text("canonDocDataInt.txt"));
    // The spec's document hash is the second half of its combined hash.
    assert_eq!(sha256_hex(&ours), text("combinedHashDataInt.txt")[64..]);
}

#[test]
fn canonical_proof_options_match_the_spec_byte_for_byte() {
    let options = inline_examples_context(json("proofConfigDataInt.json"));
    let ours = jsonld::canonicalize(&options).unwrap();
    assert_eq!(ours, text("proofCanonDataInt.txt"));
    assert_eq!(sha256_hex(&ours), text("proofHashDataInt.txt"));
}

#[test]
fn the_spec_signature_is_over_the_spec_hashes() {
    let (_, public) = key_pair();
    let data: Vec<u8> = (0..64)
        .map(|i| {
            u8::from_str_radix(&text("combinedHashDataInt.txt")[2 * i..2 * i + 2], 16).unwrap()
        })
        .collect();
    let sig = bs58::decode(&text("sigBTC58DataInt.txt")[1..])
        .into_vec()
        .unwrap();
    let sig = ed25519_dalek::Signature::from_slice(&sig).unwrap();
    public.verify_strict(&data, &sig).unwrap();
}

#[test]
fn our_verifier_accepts_the_spec_signed_credential() {
    let (_, public) = key_pair();
    let signed = inline_examples_context(json("signedDataInt.json"));
    let outcome = verify_credential_with(&signed, &SpecIssuerKey(public));
    assert_eq!(outcome.verdict, ProofVerdict::Passed, "{outcome:?}");
    assert_eq!(outcome.args["suite"], "DataIntegrityProof/eddsa-rdfc-2022");
    assert_eq!(outcome.args["controller"], ISSUER);

    // And one changed character breaks it.
    let mut tampered = signed.clone();
    tampered["credentialSubject"]["alumniOf"] = "The School of Examples!".into();
    let outcome = verify_credential_with(&tampered, &SpecIssuerKey(public));
    assert_eq!(outcome.code, "proof-invalid-signature");
}

#[test]
fn signing_the_unsigned_credential_reproduces_the_spec_proof_value() {
    let (secret, _) = key_pair();
    let options = json("proofConfigDataInt.json");
    let unsigned = inline_examples_context(without_proof(&json("signedDataInt.json")));
    let ours = sign_eddsa_rdfc_2022(
        &unsigned,
        &secret,
        options["verificationMethod"].as_str().unwrap(),
        options["proofPurpose"].as_str().unwrap(),
        options["created"].as_str().unwrap(),
    )
    .unwrap();
    assert_eq!(ours["proof"]["proofValue"], text("sigBTC58DataInt.txt"));
    // The whole proof object is the spec's.
    assert_eq!(ours["proof"], json("signedDataInt.json")["proof"]);
}

/// The vectors as published in the Recommendation (2025): the same document, signed for the
/// `did:key` verification method of the same key.
#[test]
fn recommendation_vectors_did_key() {
    let (secret, public) = key_pair();
    let signed = inline_examples_context(json("rec-2025/signedDataInt.json"));
    let proof = signed["proof"].clone();
    let mut options = proof.clone();
    options.as_object_mut().unwrap().remove("proofValue");
    options["@context"] = signed["@context"].clone();
    let canon = jsonld::canonicalize(&options).unwrap();
    assert_eq!(canon, text("rec-2025/proofCanonDataInt.txt"));
    assert_eq!(sha256_hex(&canon), text("rec-2025/proofHashDataInt.txt"));

    let ours = sign_eddsa_rdfc_2022(
        &without_proof(&signed),
        &secret,
        proof["verificationMethod"].as_str().unwrap(),
        "assertionMethod",
        proof["created"].as_str().unwrap(),
    )
    .unwrap();
    assert_eq!(ours["proof"]["proofValue"], proof["proofValue"]);

    // The signature is good for the did:key (no issuer binding asked) ...
    let unbound = VerifyOptions {
        purpose: "assertionMethod".to_owned(),
        ..VerifyOptions::default()
    };
    let verified = verify_one(&signed, &proof, &unbound, &DidKeyResolver).unwrap();
    assert_eq!(
        verified.controller,
        format!("did:key:{}", encode_key(&public))
    );
    // ... but Open Badges verification binds the key to the issuer, and this vector's issuer
    // (`https://vc.example/issuers/5678`) is not the did:key that signed it.
    let outcome = verify_credential(&signed);
    assert_eq!(outcome.verdict, ProofVerdict::Failed);
    assert_eq!(outcome.code, "proof-controller-mismatch");
    assert_eq!(outcome.args["expected"], ISSUER);
}

fn encode_key(key: &VerifyingKey) -> String {
    let mut bytes = vec![0xed, 0x01];
    bytes.extend_from_slice(key.as_bytes());
    format!("z{}", bs58::encode(bytes).into_string())
}

/// Without the inlined context the vectors are refused with a clear error, never fetched.
#[test]
fn unmodified_vectors_name_the_unbundled_context() {
    let err = jsonld::canonicalize(&without_proof(&json("signedDataInt.json"))).unwrap_err();
    assert_eq!(err.code(), "unknown-context");
    assert_eq!(err.args()["url"], EXAMPLES_V2);

    let outcome = verify_credential(&json("rec-2025/signedDataInt.json"));
    assert_eq!(outcome.verdict, ProofVerdict::Failed);

    // The whole pipeline: not an Open Badge, but a clear report, no panic.
    let emails: Vec<String> = Vec::new();
    let options = crate::VerifyOptions {
        now: time::macros::datetime!(2026-01-01 00:00 UTC),
        owner_emails: &emails,
        fetcher: &NoNetwork,
    };
    for name in ["signedDataInt.json", "rec-2025/signedDataInt.json"] {
        match verify_bytes(text(name).as_bytes(), &options) {
            Ok(v) => assert_eq!(
                v.report.status,
                crate::Status::Failed,
                "{name}: {:?}",
                v.report
            ),
            Err(e) => assert!(!e.code().is_empty(), "{name}"),
        }
    }
}
