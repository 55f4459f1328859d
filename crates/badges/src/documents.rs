//! Documents that are not badges but help verify them offline: status and revocation
//! lists, DID documents, issuers' keys and OB 2.0 issuer/BadgeClass documents. The
//! wallet keeps them by the URL a verifier would fetch them from, and hands them to
//! the [`crate::Fetcher`]; they are recognised from their content, never fetched.

use serde_json::Value;

use crate::detect::parse_json;
use crate::didkey::did_web_document_url;

/// What a supporting document is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// A `BitstringStatusListCredential` (W3C).
    StatusList,
    /// A 1EdTech revocation list (`revokedCredential`).
    RevocationList,
    /// A `did:web` DID document.
    DidDocument,
    /// A key or controller document at an HTTPS URL (OB 2.0 `CryptographicKey`, Multikey…).
    Key,
    /// An OB 2.0 issuer profile.
    Issuer,
    /// An OB 2.0 BadgeClass.
    BadgeClass,
}

impl DocumentKind {
    /// Stable name (stored, and used in message codes: `document-<name>`).
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::StatusList => "status-list",
            DocumentKind::RevocationList => "revocation-list",
            DocumentKind::DidDocument => "did-document",
            DocumentKind::Key => "key",
            DocumentKind::Issuer => "issuer",
            DocumentKind::BadgeClass => "badge-class",
        }
    }
}

/// A recognised supporting document and the URL it answers for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportingDocument {
    pub kind: DocumentKind,
    pub url: String,
}

fn has_type(doc: &Value, name: &str) -> bool {
    match doc.get("type") {
        Some(Value::String(t)) => t == name,
        Some(Value::Array(a)) => a.iter().any(|t| t.as_str() == Some(name)),
        _ => false,
    }
}

fn is_web_url(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://")) && s.len() <= 2048
}

/// Recognises a supporting document (JSON only). Badges themselves, and anything
/// without an HTTPS/`did:web` id to file it under, give `None`.
pub fn supporting_document(bytes: &[u8]) -> Option<SupportingDocument> {
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace())?;
    if *first != b'{' {
        return None;
    }
    let doc = parse_json(bytes).ok()?;
    let id = doc.get("id").and_then(Value::as_str)?;
    let web = |kind| {
        is_web_url(id).then(|| SupportingDocument {
            kind,
            url: id.to_owned(),
        })
    };
    if has_type(&doc, "BitstringStatusListCredential") {
        return web(DocumentKind::StatusList);
    }
    if doc.get("revokedCredential").is_some_and(Value::is_array) {
        return web(DocumentKind::RevocationList);
    }
    if id.starts_with("did:web:") {
        let url = did_web_document_url(id).ok()?;
        return Some(SupportingDocument {
            kind: DocumentKind::DidDocument,
            url,
        });
    }
    // Not a badge in disguise: credentials and assertions are imported as badges.
    let credential = [
        "VerifiableCredential",
        "OpenBadgeCredential",
        "AchievementCredential",
        "Assertion",
    ]
    .iter()
    .any(|t| has_type(&doc, t));
    if credential {
        return None;
    }
    if doc.get("publicKeyPem").is_some()
        || doc.get("publicKeyMultibase").is_some()
        || doc.get("publicKeyJwk").is_some()
        || doc.get("verificationMethod").is_some()
    {
        return web(DocumentKind::Key);
    }
    if has_type(&doc, "BadgeClass") {
        return web(DocumentKind::BadgeClass);
    }
    if has_type(&doc, "Issuer") || has_type(&doc, "Profile") {
        return web(DocumentKind::Issuer);
    }
    None
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn fixture(dir: &str, name: &str) -> Vec<u8> {
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../tests/fixtures")
                .join(dir)
                .join(name),
        )
        .unwrap()
    }

    fn kind(bytes: &[u8]) -> Option<(DocumentKind, String)> {
        supporting_document(bytes).map(|d| (d.kind, d.url))
    }

    #[test]
    fn lists_keys_and_ob2_documents_are_recognised_by_content() {
        let t = "https://badges.technofutur-tic.example";
        assert_eq!(
            kind(&fixture("oracle", "status-list.json")),
            Some((
                DocumentKind::StatusList,
                "https://status.oracle.example/lists/1".into()
            ))
        );
        assert_eq!(
            kind(&fixture("ob2", "revocation-list.json")),
            Some((
                DocumentKind::RevocationList,
                format!("{t}/revocations.json")
            ))
        );
        assert_eq!(
            kind(&fixture("ob2", "key.json")),
            Some((DocumentKind::Key, format!("{t}/keys/1.json")))
        );
        assert_eq!(
            kind(&fixture("ob2", "issuer.json")),
            Some((DocumentKind::Issuer, format!("{t}/issuer.json")))
        );
        assert_eq!(
            kind(&fixture("ob2", "badgeclass.json")),
            Some((
                DocumentKind::BadgeClass,
                format!("{t}/badges/gestion-projet.json")
            ))
        );
        let did =
            br#"{"@context":["https://www.w3.org/ns/did/v1"],"id":"did:web:example.edu:issuers:1",
            "verificationMethod":[]}"#;
        assert_eq!(
            kind(did),
            Some((
                DocumentKind::DidDocument,
                "https://example.edu/issuers/1/did.json".into()
            ))
        );
    }

    #[test]
    fn badges_and_other_json_are_not_documents() {
        for f in ["valid-01.json", "revoked.json", "issuer-mismatch.json"] {
            assert_eq!(kind(&fixture("oracle", f)), None, "{f}");
        }
        assert_eq!(kind(&fixture("oracle", "valid-01.png")), None);
        assert_eq!(
            kind(b"{\"id\": \"urn:uuid:1\", \"publicKeyPem\": \"x\"}"),
            None
        );
        assert_eq!(
            kind(b"{\"id\": \"javascript:alert(1)\", \"revokedCredential\": []}"),
            None
        );
        assert_eq!(kind(b"[1, 2]"), None);
        assert_eq!(kind(b"{not json"), None);
    }
}
