use super::*;
use serde_json::json;

const VC_V2: &str = "https://www.w3.org/ns/credentials/v2";
const OB: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
const CREATED: &str = "2026-01-02T03:04:05Z";

fn key(seed: u8) -> SigningKey {
    SigningKey::from_bytes(&[seed; 32])
}

fn credential(issuer: &str) -> Value {
    json!({
        "@context": [VC_V2, OB],
        "id": "urn:uuid:5a1e2b8c-0000-4000-8000-000000000001",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": "Gestión de proyectos TIC",
        "issuer": {"id": issuer, "type": ["Profile"], "name": "Zoë Dupré-Van den Bossche"},
        "validFrom": "2026-01-01T00:00:00Z",
        "credentialSubject": {
            "id": "did:example:learner",
            "type": ["AchievementSubject"],
            "achievement": {
                "id": "urn:uuid:5a1e2b8c-0000-4000-8000-000000000002",
                "type": ["Achievement"],
                "name": "Projectbeheer",
                "description": "Line \"one\"\nline \\ two",
                "criteria": {"narrative": "Self-declared."},
                "creditsAvailable": 3.5
            }
        }
    })
}

fn signed(seed: u8) -> Value {
    let k = key(seed);
    let did = did_key_for(&k.verifying_key());
    let vm = did_key_verification_method(&k.verifying_key());
    sign_eddsa_rdfc_2022(&credential(&did), &k, &vm, "assertionMethod", CREATED).unwrap()
}

#[test]
fn sign_then_verify_passes() {
    let doc = signed(1);
    let proof = &doc["proof"];
    assert_eq!(proof["type"], "DataIntegrityProof");
    assert_eq!(proof["cryptosuite"], "eddsa-rdfc-2022");
    assert_eq!(proof["created"], CREATED);
    assert!(proof["proofValue"].as_str().unwrap().starts_with('z'));
    let outcome = verify_credential(&doc);
    assert_eq!(outcome.verdict, ProofVerdict::Passed, "{outcome:?}");
    assert_eq!(outcome.code, "proof-valid");
    assert_eq!(outcome.args["suite"], "DataIntegrityProof/eddsa-rdfc-2022");
    assert_eq!(outcome.args["controller"], issuer_id(&doc).unwrap());
}

#[test]
fn signing_is_deterministic() {
    // Ed25519 is deterministic and canonicalisation is order-independent.
    assert_eq!(signed(1), signed(1));
}

#[test]
fn any_change_breaks_the_signature() {
    let mut doc = signed(1);
    doc["credentialSubject"]["achievement"]["name"] = json!("Projectbeheer!");
    assert_eq!(verify_credential(&doc).code, "proof-invalid-signature");

    let mut doc = signed(1);
    doc["credentialSubject"]["achievement"]["creditsAvailable"] = json!(3.6);
    assert_eq!(verify_credential(&doc).code, "proof-invalid-signature");

    let mut doc = signed(1);
    doc["proof"]["created"] = json!("2026-01-02T03:04:06Z");
    assert_eq!(verify_credential(&doc).code, "proof-invalid-signature");
}

#[test]
fn a_reordered_document_still_verifies() {
    let doc = signed(1);
    let mut reordered = Map::new();
    let m = doc.as_object().unwrap();
    let mut keys: Vec<&String> = m.keys().collect();
    keys.reverse();
    for k in keys {
        reordered.insert(k.clone(), m[k].clone());
    }
    assert!(verify_credential(&Value::Object(reordered)).is_passed());
}

#[test]
fn wrong_key_and_foreign_key_fail() {
    // Signed by key 2 but naming key 1.
    let k1 = key(1);
    let k2 = key(2);
    let did1 = did_key_for(&k1.verifying_key());
    let vm1 = did_key_verification_method(&k1.verifying_key());
    let doc =
        sign_eddsa_rdfc_2022(&credential(&did1), &k2, &vm1, "assertionMethod", CREATED).unwrap();
    assert_eq!(verify_credential(&doc).code, "proof-invalid-signature");

    // Correctly signed by key 2, but the issuer is key 1's DID.
    let vm2 = did_key_verification_method(&k2.verifying_key());
    let doc =
        sign_eddsa_rdfc_2022(&credential(&did1), &k2, &vm2, "assertionMethod", CREATED).unwrap();
    let outcome = verify_credential(&doc);
    assert_eq!(outcome.verdict, ProofVerdict::Failed);
    assert_eq!(outcome.code, "proof-controller-mismatch");
    assert_eq!(outcome.args["expected"], did1);
}

#[test]
fn missing_malformed_and_unsupported_proofs() {
    let mut doc = signed(1);
    doc.as_object_mut().unwrap().remove("proof");
    assert_eq!(verify_credential(&doc).code, "proof-missing");
    doc["proof"] = json!([]);
    assert_eq!(verify_credential(&doc).code, "proof-missing");

    let mut doc = signed(1);
    doc["proof"]["proofValue"] = json!("not-multibase");
    assert_eq!(verify_credential(&doc).code, "proof-malformed");
    doc["proof"]["proofValue"] = json!("z3");
    assert_eq!(verify_credential(&doc).args["field"], "proofValue");

    let mut doc = signed(1);
    doc["proof"]["cryptosuite"] = json!("ecdsa-rdfc-2019");
    let o = verify_credential(&doc);
    assert_eq!(o.code, "proof-unsupported-suite");
    assert_eq!(o.args["suite"], "DataIntegrityProof/ecdsa-rdfc-2019");

    let mut doc = signed(1);
    doc["proof"]["type"] = json!("RsaSignature2018");
    assert_eq!(verify_credential(&doc).code, "proof-unsupported-suite");

    let mut doc = signed(1);
    doc.as_object_mut().unwrap().remove("issuer");
    assert_eq!(verify_credential(&doc).code, "proof-malformed");
}

#[test]
fn purpose_must_be_assertion_method() {
    let k = key(1);
    let did = did_key_for(&k.verifying_key());
    let vm = did_key_verification_method(&k.verifying_key());
    let doc = sign_eddsa_rdfc_2022(&credential(&did), &k, &vm, "authentication", CREATED).unwrap();
    let o = verify_credential(&doc);
    assert_eq!(o.code, "proof-purpose-mismatch");
    assert_eq!(o.args["found"], "authentication");
}

#[test]
fn keys_that_need_the_network_are_skipped_not_failed() {
    let k = key(1);
    let doc = sign_eddsa_rdfc_2022(
        &credential("did:web:issuer.example"),
        &k,
        "did:web:issuer.example#key-1",
        "assertionMethod",
        CREATED,
    )
    .unwrap();
    let o = verify_credential(&doc);
    assert_eq!(o.verdict, ProofVerdict::Skipped);
    assert_eq!(o.code, "proof-key-unavailable-offline");

    // A resolver that knows the key (e.g. from a cached DID document) makes it verifiable.
    struct Cached(ResolvedKey);
    impl KeyResolver for Cached {
        fn resolve(&self, _vm: &str) -> Result<Option<ResolvedKey>, ProofError> {
            Ok(Some(self.0.clone()))
        }
    }
    let cached = Cached(ResolvedKey {
        public_key: *k.verifying_key().as_bytes(),
        controller: "did:web:issuer.example".into(),
    });
    assert!(verify_credential_with(&doc, &cached).is_passed());
}

#[test]
fn one_good_proof_in_a_set_is_enough() {
    let good = signed(1);
    let mut doc = good.clone();
    let mut bad = good["proof"].clone();
    bad["proofValue"] = json!(format!("z{}", bs58::encode([0u8; 64]).into_string()));
    doc["proof"] = json!([bad.clone(), good["proof"].clone()]);
    assert!(verify_credential(&doc).is_passed());
    doc["proof"] = json!([bad]);
    assert_eq!(verify_credential(&doc).code, "proof-invalid-signature");
}

#[test]
fn draft_suite_name_and_ed25519_signature_2020_verify() {
    let k = key(3);
    let did = did_key_for(&k.verifying_key());
    let vm = did_key_verification_method(&k.verifying_key());

    // eddsa-2022: the same computation under the draft name.
    let doc = credential(&did);
    let mut proof = Map::new();
    proof.insert("type".into(), json!("DataIntegrityProof"));
    proof.insert("cryptosuite".into(), json!("eddsa-2022"));
    proof.insert("created".into(), json!(CREATED));
    proof.insert("verificationMethod".into(), json!(vm));
    proof.insert("proofPurpose".into(), json!("assertionMethod"));
    let sig = k.sign(&hash_data(&doc, &proof).unwrap());
    proof.insert(
        "proofValue".into(),
        json!(format!("z{}", bs58::encode(sig.to_bytes()).into_string())),
    );
    let mut with = doc.clone();
    with["proof"] = Value::Object(proof);
    let o = verify_credential(&with);
    assert!(o.is_passed(), "{o:?}");
    assert_eq!(o.args["suite"], "DataIntegrityProof/eddsa-2022");

    // Ed25519Signature2020 needs its context in the document (VCDM 1.1 style).
    let mut doc = credential(&did);
    doc["@context"] = json!([
        "https://www.w3.org/2018/credentials/v1",
        OB,
        "https://w3id.org/security/suites/ed25519-2020/v1"
    ]);
    let m = doc.as_object_mut().unwrap();
    m.remove("validFrom");
    m.insert("issuanceDate".into(), json!("2026-01-01T00:00:00Z"));
    let mut proof = Map::new();
    proof.insert("type".into(), json!("Ed25519Signature2020"));
    proof.insert("created".into(), json!(CREATED));
    proof.insert("verificationMethod".into(), json!(vm));
    proof.insert("proofPurpose".into(), json!("assertionMethod"));
    let sig = k.sign(&hash_data(&doc, &proof).unwrap());
    proof.insert(
        "proofValue".into(),
        json!(format!("z{}", bs58::encode(sig.to_bytes()).into_string())),
    );
    doc["proof"] = Value::Object(proof);
    let o = verify_credential(&doc);
    assert!(o.is_passed(), "{o:?}");
    assert_eq!(o.args["suite"], "Ed25519Signature2020");
}

#[test]
fn undefined_terms_fail_the_proof_even_if_signed() {
    // Signing refuses a document with an undefined term (it could not be canonicalised
    // faithfully), so a verifier never sees "valid" for unsigned data.
    let k = key(1);
    let did = did_key_for(&k.verifying_key());
    let vm = did_key_verification_method(&k.verifying_key());
    let mut doc = credential(&did);
    doc["credentialSubject"]["favouriteColour"] = json!("blue");
    let err = sign_eddsa_rdfc_2022(&doc, &k, &vm, "assertionMethod", CREATED).unwrap_err();
    assert_eq!(err.code(), "undefined-term");
    // Adding one after signing fails verification with the same code.
    let mut doc = signed(1);
    doc["credentialSubject"]["favouriteColour"] = json!("blue");
    let o = verify_credential(&doc);
    assert_eq!(
        (o.verdict, o.code.as_str()),
        (ProofVerdict::Failed, "undefined-term")
    );
    assert_eq!(o.args["term"], "favouriteColour");
}

#[test]
fn unknown_context_fails_the_proof() {
    let mut doc = signed(1);
    doc["@context"]
        .as_array_mut()
        .unwrap()
        .push(json!("https://contexts.example/unknown/v1"));
    let o = verify_credential(&doc);
    assert_eq!(
        (o.verdict, o.code.as_str()),
        (ProofVerdict::Failed, "unknown-context")
    );
}

#[test]
fn presentations_check_purpose_holder_challenge_and_domain() {
    let holder = key(9);
    let holder_did = did_key_for(&holder.verifying_key());
    let vm = did_key_verification_method(&holder.verifying_key());
    let vp = json!({
        "@context": [VC_V2],
        "type": ["VerifiablePresentation"],
        "holder": holder_did,
        "verifiableCredential": [signed(1)]
    });
    let signed_vp = sign_eddsa_rdfc_2022_with(
        &vp,
        &holder,
        &SignOptions {
            verification_method: &vm,
            purpose: "authentication",
            created: CREATED,
            challenge: Some("c-123"),
            domain: Some("passerelle.example"),
        },
    )
    .unwrap();
    let r = DidKeyResolver;
    assert!(
        verify_presentation(&signed_vp, Some("c-123"), Some("passerelle.example"), &r).is_passed()
    );
    assert!(verify_presentation(&signed_vp, None, None, &r).is_passed());
    assert_eq!(
        verify_presentation(&signed_vp, Some("other"), None, &r).code,
        "proof-challenge-mismatch"
    );
    // The credential inside keeps its own, still valid, proof.
    assert!(verify_credential(&signed_vp["verifiableCredential"][0]).is_passed());
    // A credential's assertion proof is not a presentation proof.
    assert_eq!(
        verify_presentation(&signed(1), None, None, &r).code,
        "proof-purpose-mismatch"
    );
}

#[test]
fn signing_refuses_a_document_with_a_proof() {
    let doc = signed(1);
    let k = key(1);
    let err =
        sign_eddsa_rdfc_2022(&doc, &k, "did:key:x#x", "assertionMethod", CREATED).unwrap_err();
    assert_eq!(err.code(), "proof-malformed");
}

#[test]
fn error_codes_are_stable_kebab_case() {
    let errors = [
        ProofError::Missing,
        ProofError::Malformed { field: "f".into() },
        ProofError::UnsupportedSuite { suite: "s".into() },
        ProofError::PurposeMismatch {
            expected: "a".into(),
            found: "b".into(),
        },
        ProofError::ChallengeMismatch { field: "f".into() },
        ProofError::KeyUnavailable {
            verification_method: "v".into(),
        },
        ProofError::KeyInvalid {
            verification_method: "v".into(),
            reason: "r".into(),
        },
        ProofError::ControllerMismatch {
            controller: "c".into(),
            expected: "e".into(),
        },
        ProofError::InvalidSignature,
        ProofError::JsonLd(JsonLdError::UnknownContext { url: "u".into() }),
    ];
    let codes: Vec<&str> = errors.iter().map(ProofError::code).collect();
    assert_eq!(
        codes,
        [
            "proof-missing",
            "proof-malformed",
            "proof-unsupported-suite",
            "proof-purpose-mismatch",
            "proof-challenge-mismatch",
            "proof-key-unavailable-offline",
            "proof-key-invalid",
            "proof-controller-mismatch",
            "proof-invalid-signature",
            "unknown-context",
        ]
    );
    assert_eq!(errors[9].args()["url"], "u");
    assert_eq!(ProofVerdict::Skipped.as_str(), "skipped");
}
