//! The badges crate's errors. Each variant has a stable kebab-case [`BadgeError::code`]
//! and named [`BadgeError::args`]; the words a person reads come from
//! `locales/*/errors.ftl` (`error-<code>`), never from here (DESIGN.md invariant 6).
//! The `Display` text is English, for logs and the CLI's fallback only.

use std::collections::BTreeMap;

/// Everything that can go wrong while reading, unbaking, baking or checking a badge.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadgeError {
    /// The input is empty (or only white space).
    #[error("the file is empty")]
    Empty,

    /// The input (or a part of it) is larger than we accept.
    #[error("the {what} is too large ({size} bytes; the limit is {limit})")]
    TooLarge {
        /// What was too large (`input`, `image`, `inflated-text`, …).
        what: String,
        size: usize,
        limit: usize,
    },

    /// JSON nested deeper than we accept.
    #[error("the JSON is nested deeper than {limit} levels")]
    TooDeep { limit: usize },

    /// The bytes are not valid JSON.
    #[error("the JSON is malformed: {detail}")]
    MalformedJson { detail: String },

    /// The bytes are not UTF-8 text where text was expected.
    #[error("the text is not valid UTF-8")]
    NotUtf8,

    /// The bytes are none of the formats we read.
    #[error("the file is not a badge format Passerelle knows (JSON, JWT, PNG or SVG)")]
    UnknownFormat,

    /// Well-formed data that is not an Open Badge.
    #[error("this is not an Open Badge: {detail}")]
    NotABadge { detail: String },

    /// The PNG ends before it should.
    #[error("the PNG file is truncated (at byte {offset})")]
    PngTruncated { offset: usize },

    /// A PNG chunk's checksum does not match its content.
    #[error("the PNG chunk {chunk} at byte {offset} is corrupt (bad CRC)")]
    PngCrc { chunk: String, offset: usize },

    /// The PNG's structure is wrong (bad signature, absurd chunk length, missing IHDR…).
    #[error("the PNG file is malformed: {detail}")]
    PngMalformed { detail: String },

    /// The PNG carries no Open Badges chunk.
    #[error("the PNG image carries no Open Badge")]
    PngNoCredential,

    /// A compressed iTXt chunk could not be inflated.
    #[error("the badge text in the PNG could not be decompressed: {detail}")]
    PngInflate { detail: String },

    /// The SVG is not well-formed XML (or not an SVG).
    #[error("the SVG file is malformed: {detail}")]
    SvgMalformed { detail: String },

    /// The SVG declares XML entities, which we refuse to expand.
    #[error("the SVG file declares XML entities, which are refused for safety")]
    SvgEntities,

    /// The SVG carries no Open Badges element.
    #[error("the SVG image carries no Open Badge")]
    SvgNoCredential,

    /// Baking was asked with an invalid keyword or text.
    #[error("cannot bake the badge: {detail}")]
    BakeInvalid { detail: String },

    /// A compact JWS that cannot be split or decoded.
    #[error("the signed token (JWS) is malformed: {detail}")]
    JwsMalformed { detail: String },

    /// A JWS algorithm we do not accept (including `none`).
    #[error("the signature algorithm {alg:?} is not supported")]
    JwsUnsupportedAlg { alg: String },

    /// The JWS header names no key (`jwk` or `kid`).
    #[error("the signed token names no key (neither jwk nor kid)")]
    JwsNoKey,

    /// The header's `jwk` contains private key material.
    #[error("the signed token's key contains private key material")]
    JwsPrivateKey,

    /// A key that cannot be used (wrong type, bad encoding, too small).
    #[error("the key cannot be used: {detail}")]
    KeyInvalid { detail: String },

    /// The key does not fit the algorithm named in the header.
    #[error("the key type does not match the algorithm {alg}")]
    KeyAlgMismatch { alg: String },

    /// The signature does not verify with the key.
    #[error("the signature does not match: the content was changed or signed with another key")]
    SignatureInvalid,

    /// A DID method we cannot resolve.
    #[error("the DID method {method:?} is not supported")]
    DidUnsupported { method: String },

    /// A DID (or DID URL) that does not follow its method's rules.
    #[error("the DID {did:?} is malformed: {detail}")]
    DidMalformed { did: String, detail: String },

    /// A fetched key or DID document that is unusable.
    #[error("the key document at {url} is unusable: {detail}")]
    KeyDocument { url: String, detail: String },

    /// A `data:` URI that cannot be decoded.
    #[error("the embedded image (data: URI) is malformed: {detail}")]
    DataUriMalformed { detail: String },
}

impl BadgeError {
    /// Every code this enum can produce; `errors.ftl` must have `error-<code>` for each.
    pub const CODES: &'static [&'static str] = &[
        "empty",
        "too-large",
        "too-deep",
        "malformed-json",
        "not-utf8",
        "unknown-format",
        "not-a-badge",
        "png-truncated",
        "png-crc",
        "png-malformed",
        "png-no-credential",
        "png-inflate",
        "svg-malformed",
        "svg-entities",
        "svg-no-credential",
        "bake-invalid",
        "jws-malformed",
        "jws-unsupported-alg",
        "jws-no-key",
        "jws-private-key",
        "key-invalid",
        "key-alg-mismatch",
        "signature-invalid",
        "did-unsupported",
        "did-malformed",
        "key-document",
        "data-uri-malformed",
    ];

    /// The stable code the UI branches on.
    pub fn code(&self) -> &'static str {
        match self {
            BadgeError::Empty => "empty",
            BadgeError::TooLarge { .. } => "too-large",
            BadgeError::TooDeep { .. } => "too-deep",
            BadgeError::MalformedJson { .. } => "malformed-json",
            BadgeError::NotUtf8 => "not-utf8",
            BadgeError::UnknownFormat => "unknown-format",
            BadgeError::NotABadge { .. } => "not-a-badge",
            BadgeError::PngTruncated { .. } => "png-truncated",
            BadgeError::PngCrc { .. } => "png-crc",
            BadgeError::PngMalformed { .. } => "png-malformed",
            BadgeError::PngNoCredential => "png-no-credential",
            BadgeError::PngInflate { .. } => "png-inflate",
            BadgeError::SvgMalformed { .. } => "svg-malformed",
            BadgeError::SvgEntities => "svg-entities",
            BadgeError::SvgNoCredential => "svg-no-credential",
            BadgeError::BakeInvalid { .. } => "bake-invalid",
            BadgeError::JwsMalformed { .. } => "jws-malformed",
            BadgeError::JwsUnsupportedAlg { .. } => "jws-unsupported-alg",
            BadgeError::JwsNoKey => "jws-no-key",
            BadgeError::JwsPrivateKey => "jws-private-key",
            BadgeError::KeyInvalid { .. } => "key-invalid",
            BadgeError::KeyAlgMismatch { .. } => "key-alg-mismatch",
            BadgeError::SignatureInvalid => "signature-invalid",
            BadgeError::DidUnsupported { .. } => "did-unsupported",
            BadgeError::DidMalformed { .. } => "did-malformed",
            BadgeError::KeyDocument { .. } => "key-document",
            BadgeError::DataUriMalformed { .. } => "data-uri-malformed",
        }
    }

    /// The named values the message interpolates.
    pub fn args(&self) -> BTreeMap<String, String> {
        let mut a = BTreeMap::new();
        let mut put = |k: &str, v: String| {
            a.insert(k.to_owned(), v);
        };
        match self {
            BadgeError::Empty
            | BadgeError::NotUtf8
            | BadgeError::UnknownFormat
            | BadgeError::PngNoCredential
            | BadgeError::SvgEntities
            | BadgeError::SvgNoCredential
            | BadgeError::JwsNoKey
            | BadgeError::JwsPrivateKey
            | BadgeError::SignatureInvalid => {}
            BadgeError::TooLarge { what, size, limit } => {
                put("what", what.clone());
                put("size", size.to_string());
                put("limit", limit.to_string());
            }
            BadgeError::TooDeep { limit } => put("limit", limit.to_string()),
            BadgeError::MalformedJson { detail }
            | BadgeError::NotABadge { detail }
            | BadgeError::PngMalformed { detail }
            | BadgeError::PngInflate { detail }
            | BadgeError::SvgMalformed { detail }
            | BadgeError::BakeInvalid { detail }
            | BadgeError::JwsMalformed { detail }
            | BadgeError::KeyInvalid { detail }
            | BadgeError::DataUriMalformed { detail } => put("detail", detail.clone()),
            BadgeError::PngTruncated { offset } => put("offset", offset.to_string()),
            BadgeError::PngCrc { chunk, offset } => {
                put("chunk", chunk.clone());
                put("offset", offset.to_string());
            }
            BadgeError::JwsUnsupportedAlg { alg } | BadgeError::KeyAlgMismatch { alg } => {
                put("alg", alg.clone())
            }
            BadgeError::DidUnsupported { method } => put("method", method.clone()),
            BadgeError::DidMalformed { did, detail } => {
                put("did", did.clone());
                put("detail", detail.clone());
            }
            BadgeError::KeyDocument { url, detail } => {
                put("url", url.clone());
                put("detail", detail.clone());
            }
        }
        a
    }
}

/// One sample of every variant, in the order of [`BadgeError::CODES`].
#[cfg(test)]
pub(crate) fn samples() -> Vec<BadgeError> {
    let d = || "d".to_owned();
    vec![
        BadgeError::Empty,
        BadgeError::TooLarge {
            what: "input".into(),
            size: 2,
            limit: 1,
        },
        BadgeError::TooDeep { limit: 64 },
        BadgeError::MalformedJson { detail: d() },
        BadgeError::NotUtf8,
        BadgeError::UnknownFormat,
        BadgeError::NotABadge { detail: d() },
        BadgeError::PngTruncated { offset: 8 },
        BadgeError::PngCrc {
            chunk: "IHDR".into(),
            offset: 8,
        },
        BadgeError::PngMalformed { detail: d() },
        BadgeError::PngNoCredential,
        BadgeError::PngInflate { detail: d() },
        BadgeError::SvgMalformed { detail: d() },
        BadgeError::SvgEntities,
        BadgeError::SvgNoCredential,
        BadgeError::BakeInvalid { detail: d() },
        BadgeError::JwsMalformed { detail: d() },
        BadgeError::JwsUnsupportedAlg { alg: "none".into() },
        BadgeError::JwsNoKey,
        BadgeError::JwsPrivateKey,
        BadgeError::KeyInvalid { detail: d() },
        BadgeError::KeyAlgMismatch {
            alg: "ES256".into(),
        },
        BadgeError::SignatureInvalid,
        BadgeError::DidUnsupported {
            method: "ion".into(),
        },
        BadgeError::DidMalformed {
            did: "did:key:x".into(),
            detail: d(),
        },
        BadgeError::KeyDocument {
            url: "https://x".into(),
            detail: d(),
        },
        BadgeError::DataUriMalformed { detail: d() },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_has_a_listed_unique_kebab_code() {
        let samples = samples();
        let codes: Vec<_> = samples.iter().map(BadgeError::code).collect();
        assert_eq!(
            codes,
            BadgeError::CODES,
            "samples() and CODES must list every variant in order"
        );
        let mut dedup = codes.clone();
        dedup.sort();
        dedup.dedup();
        assert_eq!(dedup.len(), codes.len());
        for c in codes {
            assert!(
                c.chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch == '-' || ch.is_ascii_digit()),
                "{c} is not kebab-case"
            );
        }
    }

    #[test]
    fn args_carry_the_named_values() {
        let e = BadgeError::TooLarge {
            what: "input".into(),
            size: 20,
            limit: 16,
        };
        let a = e.args();
        assert_eq!(a["what"], "input");
        assert_eq!(a["size"], "20");
        assert_eq!(a["limit"], "16");
        assert_eq!(
            BadgeError::PngCrc {
                chunk: "iTXt".into(),
                offset: 33
            }
            .args()["chunk"],
            "iTXt"
        );
        assert!(BadgeError::Empty.args().is_empty());
        // Display is informative for logs.
        assert!(e.to_string().contains("16"));
    }
}
