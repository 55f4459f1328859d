//! The bundled, pinned JSON-LD contexts (see `contexts/README.md`).
//!
//! Lookup is by exact URL. An unknown URL is an error and is never fetched. Every document is
//! checked against its pinned SHA-256 the first time it is used.

use std::sync::OnceLock;

use serde_json::Value;
use sha2::{Digest, Sha256};

use super::JsonLdError;

/// One bundled context document.
#[derive(Debug)]
pub struct BundledContext {
    /// The URL documents use to reference it.
    pub url: &'static str,
    /// The file name under `crates/badges/contexts/`.
    pub file: &'static str,
    /// Lower-case hex SHA-256 of the file's bytes.
    pub sha256: &'static str,
    /// The file's text.
    pub text: &'static str,
}

macro_rules! bundled {
    ($url:expr, $file:literal, $sha:literal) => {
        BundledContext {
            url: $url,
            file: $file,
            sha256: $sha,
            text: include_str!(concat!("../../contexts/", $file)),
        }
    };
}

/// VC Data Model 1.1 context.
pub const VC_V1: &str = "https://www.w3.org/2018/credentials/v1";
/// VC Data Model 2.0 context.
pub const VC_V2: &str = "https://www.w3.org/ns/credentials/v2";
/// Data Integrity v1 context.
pub const DATA_INTEGRITY_V1: &str = "https://w3id.org/security/data-integrity/v1";
/// Data Integrity v2 context.
pub const DATA_INTEGRITY_V2: &str = "https://w3id.org/security/data-integrity/v2";
/// Ed25519Signature2020 suite context.
pub const ED25519_2020_V1: &str = "https://w3id.org/security/suites/ed25519-2020/v1";
/// Multikey context.
pub const MULTIKEY_V1: &str = "https://w3id.org/security/multikey/v1";
/// Open Badges 3.0.0 context.
pub const OB_V3P0_3_0_0: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context.json";
/// Open Badges 3.0.1 context.
pub const OB_V3P0_3_0_1: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json";
/// Open Badges 3.0.2 context.
pub const OB_V3P0_3_0_2: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json";
/// Open Badges 3.0.3 context (current).
pub const OB_V3P0_3_0_3: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
/// Open Badges 3.0 extensions context.
pub const OB_V3P0_EXTENSIONS: &str = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";

/// Every context Passerelle will process.
pub static BUNDLED: [BundledContext; 11] = [
    bundled!(
        VC_V1,
        "credentials-v1.jsonld",
        "00d7dd6d3ad8b920e3e550dd3a3d9090bffcac84cdbf943da6924b3e0a5c8bb8"
    ),
    bundled!(
        VC_V2,
        "credentials-v2.jsonld",
        "8a9f494a89ecc51db093e90e84713e07e84d6d9204364a9b3c7868b21751236f"
    ),
    bundled!(
        DATA_INTEGRITY_V1,
        "data-integrity-v1.jsonld",
        "b5d829bd09aa7c42abc6efa0c8ed7635313b5487f37ccfce3ecd149ca9418554"
    ),
    bundled!(
        DATA_INTEGRITY_V2,
        "data-integrity-v2.jsonld",
        "0f77743daf5b4e8fc067fc5ba5b21044283053aa717fc6b0219843bed3b00363"
    ),
    bundled!(
        ED25519_2020_V1,
        "ed25519-signature-2020-v1.jsonld",
        "b9e1ab971fd8bf2c7553e0c4a9438e0b9450afde1ea1ca5b2492368b9f549588"
    ),
    bundled!(
        MULTIKEY_V1,
        "multikey-v1.jsonld",
        "c5f3806f8286920573221938917988a18a4cc5a09e968d29649613c7a1c2b1f6"
    ),
    bundled!(
        OB_V3P0_3_0_0,
        "ob-v3p0-context-3.0.0.json",
        "9f1c8f9f361ba2994b9b50701f41149919542c50c7b7455b2846d87959295d72"
    ),
    bundled!(
        OB_V3P0_3_0_1,
        "ob-v3p0-context-3.0.1.json",
        "af095468326d3449160509b26ca71576e6321d13c85b0369cfe3b654c9a48fba"
    ),
    bundled!(
        OB_V3P0_3_0_2,
        "ob-v3p0-context-3.0.2.json",
        "00666ad080ba407687ed1846b7f5e7495f5019042b202a727de47c48a1755c53"
    ),
    bundled!(
        OB_V3P0_3_0_3,
        "ob-v3p0-context-3.0.3.json",
        "ef2fa9c7846dce233cc166b43639027278be4ee44f00bb1d45c75de2dd0cd761"
    ),
    bundled!(
        OB_V3P0_EXTENSIONS,
        "ob-v3p0-extensions.json",
        "2d013f981d1f4516081a6a04e55468ba2b071d4153b794f19a79715c45a89a5e"
    ),
];

/// The bundled context for exactly this URL.
pub fn lookup(url: &str) -> Result<&'static BundledContext, JsonLdError> {
    BUNDLED
        .iter()
        .find(|c| c.url == url)
        .ok_or_else(|| JsonLdError::UnknownContext {
            url: url.to_owned(),
        })
}

/// Lower-case hex SHA-256 of some bytes.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The parsed document for a URL, checked against its pinned hash on first use.
pub fn document(url: &str) -> Result<&'static Value, JsonLdError> {
    static PARSED: [OnceLock<Result<Value, JsonLdError>>; 11] = [const { OnceLock::new() }; 11];
    let index =
        BUNDLED
            .iter()
            .position(|c| c.url == url)
            .ok_or_else(|| JsonLdError::UnknownContext {
                url: url.to_owned(),
            })?;
    let entry = &BUNDLED[index];
    PARSED[index]
        .get_or_init(|| {
            if sha256_hex(entry.text.as_bytes()) != entry.sha256 {
                return Err(JsonLdError::ContextHashMismatch {
                    url: entry.url.to_owned(),
                });
            }
            serde_json::from_str(entry.text).map_err(|e| JsonLdError::Invalid {
                reason: "invalid-remote-context",
                detail: format!("{}: {e}", entry.url),
            })
        })
        .as_ref()
        .map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_context_matches_its_pinned_hash() {
        for c in &BUNDLED {
            assert_eq!(sha256_hex(c.text.as_bytes()), c.sha256, "{}", c.file);
        }
    }

    #[test]
    fn every_bundled_context_parses_and_has_a_context_object() {
        for c in &BUNDLED {
            let doc = document(c.url).unwrap();
            assert!(doc["@context"].is_object(), "{}", c.url);
        }
    }

    #[test]
    fn the_right_document_sits_under_each_url() {
        // Spot checks that the files were not swapped.
        let v2 = document(VC_V2).unwrap();
        assert!(v2["@context"]["VerifiableCredential"]["@context"]["validFrom"].is_object());
        let v1 = document(VC_V1).unwrap();
        assert!(v1["@context"]["VerifiableCredential"]["@context"]["issuanceDate"].is_object());
        let ob303 = document(OB_V3P0_3_0_3).unwrap();
        assert_eq!(
            ob303["@context"]["Achievement"]["@context"]["image"]["@id"],
            "https://purl.imsglobal.org/spec/vc/ob/vocab.html#image"
        );
        let ed = document(ED25519_2020_V1).unwrap();
        assert!(ed["@context"]["Ed25519Signature2020"].is_object());
        let di1 = document(DATA_INTEGRITY_V1).unwrap();
        assert!(di1["@context"]["DataIntegrityProof"].is_object());
        assert!(document(MULTIKEY_V1).unwrap()["@context"]["Multikey"].is_object());
        assert!(
            document(OB_V3P0_EXTENSIONS).unwrap()["@context"]["1EdTechRevocationList"].is_string()
        );
    }

    #[test]
    fn unknown_urls_are_refused_never_fetched() {
        let err = lookup("https://example.org/ctx").unwrap_err();
        assert_eq!(err.code(), "unknown-context");
        assert_eq!(err.args()["url"], "https://example.org/ctx");
        // Exact match only: no trailing slash, no scheme change.
        assert!(lookup("https://www.w3.org/ns/credentials/v2/").is_err());
        assert!(lookup("http://www.w3.org/ns/credentials/v2").is_err());
        assert!(document("https://example.org/ctx").is_err());
    }
}
