//! Embedded Data Integrity proofs: verification of `DataIntegrityProof` with the
//! `eddsa-rdfc-2022` cryptosuite (and its draft name `eddsa-2022`) and of the legacy
//! `Ed25519Signature2020`, and signing with `eddsa-rdfc-2022`.
//!
//! Both suites sign `SHA-256(canonical proof options) || SHA-256(canonical document)`, where
//! the proof options are the proof without `proofValue` under the document's `@context`, the
//! document is the credential without `proof`, and "canonical" is RDFC-1.0 N-Quads of the
//! JSON-LD (see [`crate::jsonld`]). Keys come from a [`KeyResolver`]; `did:key` resolves offline
//! ([`DidKeyResolver`]), anything else is `skipped` unless a resolver supplies it.

mod didkey;

use std::collections::BTreeMap;

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::jsonld::{self, JsonLdError};

pub use didkey::{DidKeyResolver, did_key_for, did_key_verification_method};

/// `DataIntegrityProof`.
pub const DATA_INTEGRITY_PROOF: &str = "DataIntegrityProof";
/// The legacy Ed25519 suite.
pub const ED25519_SIGNATURE_2020: &str = "Ed25519Signature2020";
/// The current EdDSA cryptosuite name.
pub const EDDSA_RDFC_2022: &str = "eddsa-rdfc-2022";
/// The draft name of the same cryptosuite.
pub const EDDSA_2022: &str = "eddsa-2022";

/// Why a proof does not verify (or cannot be checked).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProofError {
    #[error("the credential has no proof")]
    Missing,
    #[error("the proof is malformed: {field}")]
    Malformed { field: String },
    #[error("unsupported proof suite {suite}")]
    UnsupportedSuite { suite: String },
    #[error("proof purpose is {found}, expected {expected}")]
    PurposeMismatch { expected: String, found: String },
    #[error("proof challenge or domain does not match: {field}")]
    ChallengeMismatch { field: String },
    #[error("the key {verification_method} cannot be resolved offline")]
    KeyUnavailable { verification_method: String },
    #[error("the key {verification_method} is invalid: {reason}")]
    KeyInvalid {
        verification_method: String,
        reason: String,
    },
    #[error("the key belongs to {controller}, not to {expected}")]
    ControllerMismatch {
        controller: String,
        expected: String,
    },
    #[error("the signature does not match the credential")]
    InvalidSignature,
    #[error(transparent)]
    JsonLd(#[from] JsonLdError),
}

impl ProofError {
    /// Stable kebab-case code (for `locales/*/errors.ftl`).
    pub fn code(&self) -> &'static str {
        match self {
            ProofError::Missing => "proof-missing",
            ProofError::Malformed { .. } => "proof-malformed",
            ProofError::UnsupportedSuite { .. } => "proof-unsupported-suite",
            ProofError::PurposeMismatch { .. } => "proof-purpose-mismatch",
            ProofError::ChallengeMismatch { .. } => "proof-challenge-mismatch",
            ProofError::KeyUnavailable { .. } => "proof-key-unavailable-offline",
            ProofError::KeyInvalid { .. } => "proof-key-invalid",
            ProofError::ControllerMismatch { .. } => "proof-controller-mismatch",
            ProofError::InvalidSignature => "proof-invalid-signature",
            ProofError::JsonLd(e) => e.code(),
        }
    }

    /// Named arguments for the message.
    pub fn args(&self) -> BTreeMap<String, String> {
        let mut a = BTreeMap::new();
        let mut put = |k: &str, v: &str| {
            a.insert(k.to_owned(), v.to_owned());
        };
        match self {
            ProofError::Missing | ProofError::InvalidSignature => {}
            ProofError::Malformed { field } | ProofError::ChallengeMismatch { field } => {
                put("field", field)
            }
            ProofError::UnsupportedSuite { suite } => put("suite", suite),
            ProofError::PurposeMismatch { expected, found } => {
                put("expected", expected);
                put("found", found);
            }
            ProofError::KeyUnavailable {
                verification_method,
            } => put("verificationMethod", verification_method),
            ProofError::KeyInvalid {
                verification_method,
                reason,
            } => {
                put("verificationMethod", verification_method);
                put("reason", reason);
            }
            ProofError::ControllerMismatch {
                controller,
                expected,
            } => {
                put("controller", controller);
                put("expected", expected);
            }
            ProofError::JsonLd(e) => return e.args(),
        }
        a
    }

    /// Errors that only mean "could not check here" (never a failure, DESIGN.md).
    pub fn is_skip(&self) -> bool {
        matches!(self, ProofError::KeyUnavailable { .. })
    }
}

/// A public key found for a verification method, with the DID/URL that controls it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedKey {
    pub public_key: [u8; 32],
    pub controller: String,
}

/// Finds the Ed25519 key behind a verification method id.
pub trait KeyResolver {
    /// `Ok(None)`: not resolvable here (e.g. `did:web` offline) — the proof check is skipped.
    fn resolve(&self, verification_method: &str) -> Result<Option<ResolvedKey>, ProofError>;
}

/// The verdict of a proof check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProofVerdict {
    Passed,
    Failed,
    Skipped,
}

impl ProofVerdict {
    pub fn as_str(self) -> &'static str {
        match self {
            ProofVerdict::Passed => "passed",
            ProofVerdict::Failed => "failed",
            ProofVerdict::Skipped => "skipped",
        }
    }
}

/// The outcome of checking a document's proof(s), ready for a report check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProofOutcome {
    pub verdict: ProofVerdict,
    /// `proof-valid` when passed, else the error code.
    pub code: String,
    pub args: BTreeMap<String, String>,
}

impl ProofOutcome {
    fn passed(v: &VerifiedProof) -> ProofOutcome {
        let mut args = BTreeMap::new();
        args.insert("suite".to_owned(), v.suite.clone());
        args.insert(
            "verificationMethod".to_owned(),
            v.verification_method.clone(),
        );
        args.insert("controller".to_owned(), v.controller.clone());
        ProofOutcome {
            verdict: ProofVerdict::Passed,
            code: "proof-valid".to_owned(),
            args,
        }
    }

    fn from_error(e: &ProofError) -> ProofOutcome {
        ProofOutcome {
            verdict: if e.is_skip() {
                ProofVerdict::Skipped
            } else {
                ProofVerdict::Failed
            },
            code: e.code().to_owned(),
            args: e.args(),
        }
    }

    pub fn is_passed(&self) -> bool {
        self.verdict == ProofVerdict::Passed
    }
}

/// What a verified proof established.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedProof {
    /// `DataIntegrityProof/eddsa-rdfc-2022`, `Ed25519Signature2020`, …
    pub suite: String,
    pub verification_method: String,
    pub controller: String,
}

/// What the proof must prove, and for whom.
#[derive(Debug, Clone, Default)]
pub struct VerifyOptions {
    /// `assertionMethod` for credentials, `authentication` for presentations.
    pub purpose: String,
    /// The key's controller must be this (`issuer.id`, or the presentation's `holder`).
    pub expected_controller: Option<String>,
    pub challenge: Option<String>,
    pub domain: Option<String>,
}

/// The `id` of a credential's `issuer` (a string or an object with `id`).
pub fn issuer_id(doc: &Value) -> Option<&str> {
    match doc.get("issuer")? {
        Value::String(s) => Some(s),
        other => other.get("id")?.as_str(),
    }
}

/// Verify the proof(s) of a credential: purpose `assertionMethod`, key controlled by
/// `issuer.id`; `did:key` only (anything else is skipped).
pub fn verify_credential(doc: &Value) -> ProofOutcome {
    verify_credential_with(doc, &DidKeyResolver)
}

/// [`verify_credential`] with another key resolver.
pub fn verify_credential_with(doc: &Value, resolver: &dyn KeyResolver) -> ProofOutcome {
    let options = VerifyOptions {
        purpose: "assertionMethod".to_owned(),
        expected_controller: issuer_id(doc).map(str::to_owned),
        ..VerifyOptions::default()
    };
    match issuer_id(doc) {
        Some(_) => verify_document(doc, &options, resolver),
        None => ProofOutcome::from_error(&ProofError::Malformed {
            field: "issuer".to_owned(),
        }),
    }
}

/// Verify a presentation's own proof: purpose `authentication`, key controlled by `holder`
/// (when present), and the expected challenge/domain when given.
pub fn verify_presentation(
    doc: &Value,
    challenge: Option<&str>,
    domain: Option<&str>,
    resolver: &dyn KeyResolver,
) -> ProofOutcome {
    let holder = match doc.get("holder") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(other) => other.get("id").and_then(Value::as_str).map(str::to_owned),
        None => None,
    };
    let options = VerifyOptions {
        purpose: "authentication".to_owned(),
        expected_controller: holder,
        challenge: challenge.map(str::to_owned),
        domain: domain.map(str::to_owned),
    };
    verify_document(doc, &options, resolver)
}

/// Verify a document's proof set: one verified proof suffices. Otherwise the outcome is the
/// first failure (or a skip, when no proof failed but one could not be checked).
pub fn verify_document(
    doc: &Value,
    options: &VerifyOptions,
    resolver: &dyn KeyResolver,
) -> ProofOutcome {
    let proofs: Vec<&Value> = match doc.get("proof") {
        None | Some(Value::Null) => return ProofOutcome::from_error(&ProofError::Missing),
        Some(Value::Array(a)) if a.is_empty() => {
            return ProofOutcome::from_error(&ProofError::Missing);
        }
        Some(Value::Array(a)) => a.iter().collect(),
        Some(p) => vec![p],
    };
    let mut first_failure: Option<ProofError> = None;
    let mut first_skip: Option<ProofError> = None;
    for proof in proofs {
        match verify_one(doc, proof, options, resolver) {
            Ok(v) => return ProofOutcome::passed(&v),
            Err(e) if e.is_skip() => {
                first_skip.get_or_insert(e);
            }
            Err(e) => {
                first_failure.get_or_insert(e);
            }
        }
    }
    match (first_failure, first_skip) {
        (Some(e), _) | (None, Some(e)) => ProofOutcome::from_error(&e),
        (None, None) => ProofOutcome::from_error(&ProofError::Missing),
    }
}

fn str_field<'a>(proof: &'a Value, field: &str) -> Result<&'a str, ProofError> {
    proof
        .get(field)
        .and_then(Value::as_str)
        .ok_or_else(|| ProofError::Malformed {
            field: field.to_owned(),
        })
}

/// The suite label of a proof, if supported.
fn suite_of(proof: &Value) -> Result<String, ProofError> {
    let ty = proof.get("type").and_then(Value::as_str).unwrap_or("");
    match ty {
        DATA_INTEGRITY_PROOF => {
            let suite = proof
                .get("cryptosuite")
                .and_then(Value::as_str)
                .unwrap_or("");
            if suite == EDDSA_RDFC_2022 || suite == EDDSA_2022 {
                Ok(format!("{DATA_INTEGRITY_PROOF}/{suite}"))
            } else {
                Err(ProofError::UnsupportedSuite {
                    suite: format!("{DATA_INTEGRITY_PROOF}/{suite}"),
                })
            }
        }
        ED25519_SIGNATURE_2020 => Ok(ED25519_SIGNATURE_2020.to_owned()),
        other => Err(ProofError::UnsupportedSuite {
            suite: other.to_owned(),
        }),
    }
}

/// `SHA-256(canonical proof options) || SHA-256(canonical document without proof)`.
fn hash_data(doc: &Value, proof_options: &Map<String, Value>) -> Result<Vec<u8>, ProofError> {
    let mut unsecured = doc.clone();
    if let Some(m) = unsecured.as_object_mut() {
        m.remove("proof");
    }
    let mut config = proof_options.clone();
    config.remove("proofValue");
    match doc.get("@context") {
        Some(ctx) => {
            config.insert("@context".to_owned(), ctx.clone());
        }
        None => {
            return Err(ProofError::Malformed {
                field: "@context".to_owned(),
            });
        }
    }
    let config_nq = jsonld::canonicalize(&Value::Object(config))?;
    let doc_nq = jsonld::canonicalize(&unsecured)?;
    let mut data = Sha256::digest(config_nq.as_bytes()).to_vec();
    data.extend_from_slice(&Sha256::digest(doc_nq.as_bytes()));
    Ok(data)
}

/// Verify one proof of `doc`.
pub fn verify_one(
    doc: &Value,
    proof: &Value,
    options: &VerifyOptions,
    resolver: &dyn KeyResolver,
) -> Result<VerifiedProof, ProofError> {
    let proof_map = proof.as_object().ok_or_else(|| ProofError::Malformed {
        field: "proof".to_owned(),
    })?;
    let suite = suite_of(proof)?;
    let purpose = str_field(proof, "proofPurpose")?;
    if purpose != options.purpose {
        return Err(ProofError::PurposeMismatch {
            expected: options.purpose.clone(),
            found: purpose.to_owned(),
        });
    }
    for (field, expected) in [
        ("challenge", &options.challenge),
        ("domain", &options.domain),
    ] {
        if let Some(expected) = expected
            && proof.get(field).and_then(Value::as_str) != Some(expected.as_str())
        {
            return Err(ProofError::ChallengeMismatch {
                field: field.to_owned(),
            });
        }
    }
    let vm = str_field(proof, "verificationMethod")?;
    let proof_value = str_field(proof, "proofValue")?;
    let signature = decode_proof_value(proof_value)?;

    let key = resolver
        .resolve(vm)?
        .ok_or_else(|| ProofError::KeyUnavailable {
            verification_method: vm.to_owned(),
        })?;
    if let Some(expected) = &options.expected_controller
        && &key.controller != expected
    {
        return Err(ProofError::ControllerMismatch {
            controller: key.controller.clone(),
            expected: expected.clone(),
        });
    }
    let verifying_key =
        VerifyingKey::from_bytes(&key.public_key).map_err(|e| ProofError::KeyInvalid {
            verification_method: vm.to_owned(),
            reason: e.to_string(),
        })?;

    let data = hash_data(doc, proof_map)?;
    verifying_key
        .verify_strict(&data, &signature)
        .map_err(|_| ProofError::InvalidSignature)?;
    Ok(VerifiedProof {
        suite,
        verification_method: vm.to_owned(),
        controller: key.controller,
    })
}

fn decode_proof_value(value: &str) -> Result<Signature, ProofError> {
    let malformed = || ProofError::Malformed {
        field: "proofValue".to_owned(),
    };
    let encoded = value.strip_prefix('z').ok_or_else(malformed)?;
    let bytes = bs58::decode(encoded).into_vec().map_err(|_| malformed())?;
    let bytes: [u8; 64] = bytes.try_into().map_err(|_| malformed())?;
    Ok(Signature::from_bytes(&bytes))
}

/// Options of a new `eddsa-rdfc-2022` proof.
#[derive(Debug, Clone)]
pub struct SignOptions<'a> {
    pub verification_method: &'a str,
    /// `assertionMethod` (credentials) or `authentication` (presentations).
    pub purpose: &'a str,
    /// XML Schema dateTime, e.g. `2026-01-02T03:04:05Z` (the caller owns the clock).
    pub created: &'a str,
    pub challenge: Option<&'a str>,
    pub domain: Option<&'a str>,
}

/// Sign `doc` with a `DataIntegrityProof` / `eddsa-rdfc-2022`; returns the document with
/// `proof` added. The document must not carry a proof already.
pub fn sign_eddsa_rdfc_2022(
    doc: &Value,
    key: &SigningKey,
    verification_method: &str,
    purpose: &str,
    created: &str,
) -> Result<Value, ProofError> {
    sign_eddsa_rdfc_2022_with(
        doc,
        key,
        &SignOptions {
            verification_method,
            purpose,
            created,
            challenge: None,
            domain: None,
        },
    )
}

/// [`sign_eddsa_rdfc_2022`] with a challenge and domain (for presentations).
pub fn sign_eddsa_rdfc_2022_with(
    doc: &Value,
    key: &SigningKey,
    options: &SignOptions<'_>,
) -> Result<Value, ProofError> {
    let Some(map) = doc.as_object() else {
        return Err(ProofError::Malformed {
            field: "document".to_owned(),
        });
    };
    if map.contains_key("proof") {
        return Err(ProofError::Malformed {
            field: "proof".to_owned(),
        });
    }
    let mut proof = Map::new();
    proof.insert("type".into(), DATA_INTEGRITY_PROOF.into());
    proof.insert("cryptosuite".into(), EDDSA_RDFC_2022.into());
    proof.insert("created".into(), options.created.into());
    proof.insert(
        "verificationMethod".into(),
        options.verification_method.into(),
    );
    proof.insert("proofPurpose".into(), options.purpose.into());
    if let Some(c) = options.challenge {
        proof.insert("challenge".into(), c.into());
    }
    if let Some(d) = options.domain {
        proof.insert("domain".into(), d.into());
    }
    let data = hash_data(doc, &proof)?;
    let signature = key.sign(&data);
    proof.insert(
        "proofValue".into(),
        format!("z{}", bs58::encode(signature.to_bytes()).into_string()).into(),
    );
    let mut signed = map.clone();
    signed.insert("proof".into(), Value::Object(proof));
    Ok(Value::Object(signed))
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod interop_tests;

#[cfg(test)]
mod w3c_vector_tests;

#[cfg(test)]
mod onedtech_example_tests;
