//! Open Badges 2.0 verification from documents the person supplied (offline).
//!
//! * **Signed** assertions (a compact JWS, `RS256` in the specification): the key is
//!   the `CryptographicKey` document at `verification.creator`, or else the issuer
//!   profile's `publicKey`; its `publicKeyPem` verifies the signature, and its `owner`
//!   must be the badge's issuer (the `issuer` of the BadgeClass, embedded or supplied).
//! * **Hosted** assertions: the copy the issuer publishes at the assertion's `id` must
//!   be the same assertion, and not marked `revoked`.
//!
//! Anything that is not supplied is `skipped` with the URL that would be needed.

use base64::Engine;
use serde_json::Value;

use crate::didkey::Fetcher;
use crate::jwt::{self, PublicKey};
use crate::report::{Check, CheckId};

/// Largest PEM accepted (an RSA-4096 public key is under 1 KiB).
const MAX_PEM_BYTES: usize = 16 * 1024;

fn text<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

fn fetch_json(fetcher: &dyn Fetcher, url: &str) -> Option<Option<Value>> {
    fetcher
        .fetch(url)
        .map(|bytes| serde_json::from_slice::<Value>(&bytes).ok())
}

/// The BadgeClass of an assertion: embedded, or a supplied document at its URL.
/// `Err(url)` when it is only a URL that was not supplied.
fn badge_class(assertion: &Value, fetcher: &dyn Fetcher) -> Result<Option<Value>, String> {
    match assertion.get("badge") {
        Some(Value::Object(_)) => Ok(assertion.get("badge").cloned()),
        Some(Value::String(url)) => match fetch_json(fetcher, url) {
            Some(doc) => Ok(doc),
            None => Err(url.clone()),
        },
        _ => Ok(None),
    }
}

/// The issuer's id (the BadgeClass's `issuer`, a string or an object with `id`).
fn issuer_of(badge_class: &Value) -> Option<String> {
    match badge_class.get("issuer")? {
        Value::String(s) => Some(s.clone()),
        other => text(other, "id").map(str::to_owned),
    }
}

/// An RSA public key from PEM (`BEGIN PUBLIC KEY`, SPKI; or `BEGIN RSA PUBLIC KEY`, PKCS#1).
pub fn rsa_key_from_pem(pem: &str) -> Option<PublicKey> {
    use rsa::pkcs1::DecodeRsaPublicKey;
    use rsa::pkcs8::DecodePublicKey;
    if pem.len() > MAX_PEM_BYTES {
        return None;
    }
    let pkcs1 = pem.contains("BEGIN RSA PUBLIC KEY");
    let body: String = pem
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("-----"))
        .collect();
    let der = base64::engine::general_purpose::STANDARD
        .decode(body)
        .ok()?;
    let key = if pkcs1 {
        rsa::RsaPublicKey::from_pkcs1_der(&der).ok()?
    } else {
        rsa::RsaPublicKey::from_public_key_der(&der).ok()?
    };
    use rsa::traits::PublicKeyParts;
    // Same bounds as for JWKs: 2048–4096 bits.
    let bits = key.size() * 8;
    (2048..=4096).contains(&bits).then_some(PublicKey::Rsa(key))
}

/// Checks for an OB 2.0 signed assertion: `issuer-key`, `proof`, `key-controller`.
pub(crate) fn signed_checks(jws: &str, assertion: &Value, fetcher: &dyn Fetcher) -> Vec<Check> {
    let mut checks = vec![];
    let parsed = match jwt::parse_jws(jws) {
        Ok(p) => p,
        Err(e) => return vec![Check::from_error(CheckId::Proof, &e)],
    };
    if let Err(e) = parsed.alg() {
        return vec![Check::from_error(CheckId::Proof, &e)];
    }
    let class = badge_class(assertion, fetcher);
    let issuer = class
        .as_ref()
        .ok()
        .and_then(|c| c.as_ref().and_then(issuer_of));

    // The key: `verification.creator`, or the issuer profile's `publicKey`.
    let creator = assertion
        .get("verification")
        .and_then(|v| text(v, "creator"))
        .map(str::to_owned);
    let key_url = match (creator, &issuer) {
        (Some(url), _) => url,
        (None, Some(issuer)) => match fetch_json(fetcher, issuer) {
            Some(Some(profile)) => match profile.get("publicKey") {
                Some(Value::String(url)) => url.clone(),
                Some(Value::Object(o)) => o
                    .get("id")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
                _ => {
                    return vec![
                        Check::failed(CheckId::IssuerKey, "key-document").with_arg("url", issuer),
                    ];
                }
            },
            _ => {
                return vec![
                    Check::skipped(CheckId::IssuerKey, "ob2-signed-key-needs-network")
                        .with_arg("url", issuer),
                    Check::skipped(CheckId::Proof, "proof-not-checked"),
                ];
            }
        },
        (None, None) => {
            let url = class.err().unwrap_or_default();
            return vec![
                Check::skipped(CheckId::IssuerKey, "ob2-signed-key-needs-network")
                    .with_arg("url", url),
                Check::skipped(CheckId::Proof, "proof-not-checked"),
            ];
        }
    };
    let Some(key_doc) = fetch_json(fetcher, &key_url) else {
        return vec![
            Check::skipped(CheckId::IssuerKey, "ob2-signed-key-needs-network")
                .with_arg("url", key_url),
            Check::skipped(CheckId::Proof, "proof-not-checked"),
        ];
    };
    let key = key_doc
        .as_ref()
        .and_then(|d| text(d, "publicKeyPem"))
        .and_then(rsa_key_from_pem);
    let Some(key) = key else {
        return vec![
            Check::failed(CheckId::IssuerKey, "key-document").with_arg("url", key_url),
            Check::skipped(CheckId::Proof, "proof-not-checked"),
        ];
    };
    checks.push(Check::passed(CheckId::IssuerKey, "key-supplied").with_arg("url", key_url.clone()));
    checks.push(match parsed.verify(&key) {
        Ok(()) => Check::passed(CheckId::Proof, "signature-valid").with_arg("alg", "RS256"),
        Err(e) => Check::from_error(CheckId::Proof, &e),
    });
    let owner = key_doc.as_ref().and_then(|d| text(d, "owner"));
    checks.push(match (owner, &issuer) {
        (Some(o), Some(i)) if o == i => {
            Check::passed(CheckId::KeyController, "key-controller-match").with_arg("controller", o)
        }
        (Some(o), Some(i)) => Check::failed(CheckId::KeyController, "key-controller-mismatch")
            .with_arg("controller", o)
            .with_arg("issuer", i.clone()),
        (None, _) => Check::skipped(CheckId::KeyController, "key-provenance-unknown"),
        (Some(_), None) => Check::skipped(CheckId::KeyController, "ob2-issuer-needs-network")
            .with_arg("url", class.err().unwrap_or_default()),
    });
    checks
}

/// The check for an OB 2.0 hosted assertion: the copy at its `id`, when supplied.
pub(crate) fn hosted_check(assertion: &Value, fetcher: &dyn Fetcher) -> Check {
    let url = text(assertion, "id").unwrap_or_default();
    match fetch_json(fetcher, url) {
        None => Check::skipped(CheckId::Proof, "ob2-hosted-needs-network").with_arg("url", url),
        Some(None) => Check::failed(CheckId::Proof, "ob2-hosted-differs").with_arg("url", url),
        Some(Some(hosted)) if hosted.get("revoked").and_then(Value::as_bool) == Some(true) => {
            crate::status::revoked(text(&hosted, "revocationReason"))
        }
        Some(Some(hosted)) if &hosted == assertion => {
            Check::passed(CheckId::Proof, "ob2-hosted-confirmed").with_arg("url", url)
        }
        Some(Some(_)) => Check::failed(CheckId::Proof, "ob2-hosted-differs").with_arg("url", url),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::Path;

    use super::*;
    use crate::Outcome;

    struct Docs(BTreeMap<String, Vec<u8>>);
    impl Fetcher for Docs {
        fn fetch(&self, url: &str) -> Option<Vec<u8>> {
            self.0.get(url).cloned()
        }
    }

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../tests/fixtures/ob2")
                .join(name),
        )
        .unwrap()
    }

    const BASE: &str = "https://badges.technofutur-tic.example";

    fn published() -> Docs {
        Docs(
            [
                (format!("{BASE}/keys/1.json"), fixture("key.json")),
                (format!("{BASE}/issuer.json"), fixture("issuer.json")),
                (
                    format!("{BASE}/badges/gestion-projet.json"),
                    fixture("badgeclass.json"),
                ),
                (
                    "https://elsewhere.example/key.json".into(),
                    fixture("key-foreign.json"),
                ),
            ]
            .into(),
        )
    }

    fn run(file: &str, docs: &Docs) -> Vec<(CheckId, Outcome, String)> {
        let jws = String::from_utf8(fixture(file)).unwrap();
        let payload = jwt::parse_jws(&jws).unwrap().payload;
        signed_checks(&jws, &payload, docs)
            .into_iter()
            .map(|c| (c.id, c.outcome, c.code))
            .collect()
    }

    fn code_of(checks: &[(CheckId, Outcome, String)], id: CheckId) -> (Outcome, &str) {
        let c = checks.iter().find(|c| c.0 == id).unwrap();
        (c.1, c.2.as_str())
    }

    #[test]
    fn a_signed_assertion_verifies_with_the_supplied_key_and_issuer() {
        let c = run("signed.jws", &published());
        assert_eq!(
            code_of(&c, CheckId::IssuerKey),
            (Outcome::Passed, "key-supplied")
        );
        assert_eq!(
            code_of(&c, CheckId::Proof),
            (Outcome::Passed, "signature-valid")
        );
        assert_eq!(
            code_of(&c, CheckId::KeyController),
            (Outcome::Passed, "key-controller-match")
        );
    }

    #[test]
    fn tampered_other_key_and_foreign_owner_fail() {
        let docs = published();
        let c = run("signed-tampered.jws", &docs);
        assert_eq!(code_of(&c, CheckId::Proof).0, Outcome::Failed);
        let c = run("signed-other-key.jws", &docs);
        assert_eq!(code_of(&c, CheckId::Proof).0, Outcome::Failed);
        // Valid signature, but the key belongs to someone else than the badge's issuer.
        let c = run("signed-foreign-owner.jws", &docs);
        assert_eq!(
            code_of(&c, CheckId::Proof),
            (Outcome::Passed, "signature-valid")
        );
        assert_eq!(
            code_of(&c, CheckId::KeyController),
            (Outcome::Failed, "key-controller-mismatch")
        );
    }

    #[test]
    fn missing_documents_are_skipped_with_the_needed_url() {
        let c = run("signed.jws", &Docs(BTreeMap::new()));
        assert_eq!(
            code_of(&c, CheckId::IssuerKey),
            (Outcome::Skipped, "ob2-signed-key-needs-network")
        );
        assert_eq!(code_of(&c, CheckId::Proof).0, Outcome::Skipped);
        // Key supplied, BadgeClass not: the signature is checked, the owner is not.
        let docs = Docs([(format!("{BASE}/keys/1.json"), fixture("key.json"))].into());
        let c = run("signed.jws", &docs);
        assert_eq!(code_of(&c, CheckId::Proof).0, Outcome::Passed);
        assert_eq!(
            code_of(&c, CheckId::KeyController),
            (Outcome::Skipped, "ob2-issuer-needs-network")
        );
    }

    #[test]
    fn a_broken_key_document_fails() {
        let mut docs = published();
        docs.0.insert(
            format!("{BASE}/keys/1.json"),
            br#"{"type":"CryptographicKey","publicKeyPem":"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"}"#.to_vec(),
        );
        let c = run("signed.jws", &docs);
        assert_eq!(
            code_of(&c, CheckId::IssuerKey),
            (Outcome::Failed, "key-document")
        );
    }

    #[test]
    fn hosted_assertions_compare_with_the_published_copy() {
        let assertion = serde_json::json!({
            "@context": "https://w3id.org/openbadges/v2", "type": "Assertion",
            "id": "https://badges.example/a/1", "badge": "https://badges.example/b/1",
            "recipient": {"type": "email", "hashed": false, "identity": "a@example.org"},
            "issuedOn": "2026-01-01T00:00:00Z", "verification": {"type": "hosted"}
        });
        let with = |doc: &Value| {
            Docs(
                [(
                    "https://badges.example/a/1".into(),
                    serde_json::to_vec(doc).unwrap(),
                )]
                .into(),
            )
        };
        let c = hosted_check(&assertion, &Docs(BTreeMap::new()));
        assert_eq!(c.outcome, Outcome::Skipped);
        let c = hosted_check(&assertion, &with(&assertion));
        assert_eq!(
            (c.outcome, c.code.as_str()),
            (Outcome::Passed, "ob2-hosted-confirmed")
        );
        let mut changed = assertion.clone();
        changed["issuedOn"] = "2020-01-01T00:00:00Z".into();
        let c = hosted_check(&assertion, &with(&changed));
        assert_eq!(
            (c.outcome, c.code.as_str()),
            (Outcome::Failed, "ob2-hosted-differs")
        );
        let mut revoked = assertion.clone();
        revoked["revoked"] = true.into();
        revoked["revocationReason"] = "Erreur".into();
        let c = hosted_check(&assertion, &with(&revoked));
        assert_eq!(
            (c.id, c.outcome, c.code.as_str()),
            (CheckId::Status, Outcome::Failed, "revoked")
        );
        assert_eq!(c.args["reason"], "Erreur");
    }
}
