//! Interop of the Data Integrity proofs with an independent implementation (the Digital Bazaar /
//! DCC JavaScript libraries behind `shared/oracle`):
//! * credentials it issued (`tests/fixtures/oracle`, with its `manifest.json` of expected verdicts)
//!   must get the same proof verdicts here;
//! * what Passerelle signs must verify there (`tests/fixtures/passerelle-signed`, recorded once, and
//!   live when `node` and the oracle are present).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::proof::{
    self, DidKeyResolver, ProofOutcome, ProofVerdict, did_key_for, did_key_verification_method,
    sign_eddsa_rdfc_2022, sign_eddsa_rdfc_2022_with, verify_credential, verify_presentation,
};
use ed25519_dalek::SigningKey;
use serde_json::{Value, json};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

/// The proof verdicts of a manifest entry: the document's own proof (for a presentation: the
/// holder's) and those of the credentials it carries.
struct Verdicts {
    own: ProofOutcome,
    credentials: Vec<ProofOutcome>,
}

fn verify_entry(doc: &Value, entry: &Value) -> Verdicts {
    let is_vp = doc["type"]
        .as_array()
        .is_some_and(|t| t.iter().any(|x| x == "VerifiablePresentation"));
    if !is_vp {
        return Verdicts {
            own: verify_credential(doc),
            credentials: Vec::new(),
        };
    }
    let credentials = match &doc["verifiableCredential"] {
        Value::Array(a) => a.iter().map(verify_credential).collect(),
        Value::Null => Vec::new(),
        one => vec![verify_credential(one)],
    };
    Verdicts {
        own: verify_presentation(
            doc,
            entry["challenge"].as_str(),
            entry["domain"].as_str(),
            &DidKeyResolver,
        ),
        credentials,
    }
}

/// The oracle's invalid verdicts that are not about the proof: the signature is still good.
const PROOF_STILL_VALID: &[&str] = &["expired", "not-yet-valid", "revoked"];

/// The code we expect for each broken variant whose proof must fail.
fn expected_failure_code(variant: &str) -> Option<&'static str> {
    Some(match variant {
        "tampered-subject-name"
        | "tampered-achievement-name"
        | "tampered-proof-value"
        | "tampered-valid-from"
        | "wrong-key-signature" => "proof-invalid-signature",
        "missing-proof" => "proof-missing",
        "unknown-context" => "unknown-context",
        "foreign-key" | "issuer-mismatch" => "proof-controller-mismatch",
        _ => return None,
    })
}

#[test]
fn oracle_credentials_get_the_oracle_verdicts() {
    let dir = fixtures().join("oracle");
    let manifest = read_json(&dir.join("manifest.json"));
    let mut checked = 0;
    let mut failures = Vec::new();
    for entry in manifest["entries"].as_array().unwrap() {
        let file = entry["file"].as_str().unwrap();
        if !file.ends_with(".json") {
            continue; // baked images and VC-JWTs belong to other modules' tests
        }
        let variant = entry["variant"].as_str().unwrap();
        let expect = entry["expect"].as_str().unwrap();
        let doc = read_json(&dir.join(file));
        let v = verify_entry(&doc, entry);
        let is_vp = variant.starts_with("presentation");
        let ok = match (expect, is_vp) {
            // A valid presentation may be unsigned; its credentials must all verify.
            ("valid", true) => {
                (v.own.is_passed() || v.own.code == "proof-missing")
                    && !v.credentials.is_empty()
                    && v.credentials.iter().all(ProofOutcome::is_passed)
            }
            ("invalid", true) => {
                v.own.verdict == ProofVerdict::Failed
                    || v.credentials
                        .iter()
                        .any(|c| c.verdict == ProofVerdict::Failed)
            }
            ("valid", false) => v.own.is_passed(),
            (_, false) if PROOF_STILL_VALID.contains(&variant) => v.own.is_passed(),
            (_, false) => {
                v.own.verdict == ProofVerdict::Failed
                    && expected_failure_code(variant).is_none_or(|c| c == v.own.code)
            }
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "{file} (expect {expect}): own {:?} {} {:?}; credentials {:?}",
                v.own.verdict,
                v.own.code,
                v.own.args,
                v.credentials
                    .iter()
                    .map(|c| c.code.as_str())
                    .collect::<Vec<_>>()
            ));
        }
        checked += 1;
    }
    assert!(
        failures.is_empty(),
        "disagreements:\n{}",
        failures.join("\n")
    );
    // 3 valid + 11 broken + 2 status + 2 VCDM 1.1 + 3 presentations.
    assert_eq!(checked, 21, "every JSON entry of the manifest was checked");
}

#[test]
fn the_status_list_credential_is_signed_too() {
    let doc = read_json(&fixtures().join("oracle/status-list.json"));
    assert!(verify_credential(&doc).is_passed());
}

#[test]
fn the_signed_presentation_needs_the_right_challenge() {
    let doc = read_json(&fixtures().join("oracle/presentation-signed.json"));
    let outcome = verify_presentation(&doc, Some("another-challenge"), None, &DidKeyResolver);
    assert_eq!(outcome.code, "proof-challenge-mismatch");
}

const SEED: [u8; 32] = [42u8; 32];
const CREATED: &str = "2026-01-15T09:30:00Z";

fn self_declared() -> (Value, SigningKey) {
    let key = SigningKey::from_bytes(&SEED);
    let did = did_key_for(&key.verifying_key());
    let text = std::fs::read_to_string(fixtures().join("passerelle-signed/unsigned.json"))
        .unwrap()
        .replace("ISSUER_DID", &did);
    (serde_json::from_str(&text).unwrap(), key)
}

#[test]
fn the_committed_passerelle_signature_is_reproduced_and_verifies() {
    let (doc, key) = self_declared();
    let vm = did_key_verification_method(&key.verifying_key());
    let signed = sign_eddsa_rdfc_2022(&doc, &key, &vm, "assertionMethod", CREATED).unwrap();
    let committed = read_json(&fixtures().join("passerelle-signed/signed.json"));
    // Same bytes as the fixture the oracle accepted (see oracle-verdict.txt).
    assert_eq!(signed, committed);
    assert!(verify_credential(&committed).is_passed());
    let verdict =
        std::fs::read_to_string(fixtures().join("passerelle-signed/oracle-verdict.txt")).unwrap();
    assert!(verdict.contains("signed.json: valid: DataIntegrityProof/eddsa-rdfc-2022"));
}

/// `node shared/oracle/verify.mjs` on files we sign now, when the oracle is installed.
#[test]
fn the_oracle_accepts_what_passerelle_signs_now() {
    let oracle = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/oracle");
    let verify = oracle.join("verify.mjs");
    let node_ok = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !node_ok || !verify.exists() || !oracle.join("node_modules").exists() {
        println!("skipped: node or shared/oracle (with node_modules) not available");
        return;
    }
    let dir = std::env::temp_dir().join(format!("passerelle-proof-interop-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();

    // A self-declared credential with a different subject text than the committed fixture.
    let (mut doc, key) = self_declared();
    doc["credentialSubject"]["achievement"]["name"] =
        json!("Gestion de l'œuvre — « test » \u{1F393}");
    let vm = did_key_verification_method(&key.verifying_key());
    let credential = sign_eddsa_rdfc_2022(&doc, &key, &vm, "assertionMethod", CREATED).unwrap();
    let vc_path = dir.join("credential.json");
    std::fs::write(&vc_path, serde_json::to_string_pretty(&credential).unwrap()).unwrap();

    // A presentation of it, signed by the holder with a challenge and domain.
    let vp = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "holder": did_key_for(&key.verifying_key()),
        "verifiableCredential": [credential.clone()]
    });
    let vp = sign_eddsa_rdfc_2022_with(
        &vp,
        &key,
        &proof::SignOptions {
            verification_method: &vm,
            purpose: "authentication",
            created: CREATED,
            challenge: Some("passerelle-challenge-1"),
            domain: Some("counsellor.example"),
        },
    )
    .unwrap();
    let vp_path = dir.join("presentation.json");
    std::fs::write(&vp_path, serde_json::to_string_pretty(&vp).unwrap()).unwrap();

    // A tampered copy, as a control: the oracle must refuse it.
    let mut tampered = credential.clone();
    tampered["name"] = json!("changed");
    let bad_path = dir.join("tampered.json");
    std::fs::write(&bad_path, serde_json::to_string(&tampered).unwrap()).unwrap();

    let run = |args: &[&Path], extra: &[&str]| {
        let out = Command::new("node")
            .arg(&verify)
            .args(extra)
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let out = run(&[&vc_path], &[]);
    assert!(out.contains("credential.json: valid"), "oracle said: {out}");
    let out = run(
        &[&vp_path],
        &[
            "--challenge",
            "passerelle-challenge-1",
            "--domain",
            "counsellor.example",
        ],
    );
    assert!(
        out.contains("presentation.json: valid"),
        "oracle said: {out}"
    );
    let out = run(&[&bad_path], &[]);
    assert!(out.contains("tampered.json: invalid"), "oracle said: {out}");
    std::fs::remove_dir_all(&dir).ok();
}
