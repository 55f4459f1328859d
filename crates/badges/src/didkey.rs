//! Issuer key resolution: `did:key` offline (multibase base58btc + multicodec),
//! `Multikey` / `Ed25519VerificationKey2020` / `Ed25519VerificationKey2018` key
//! material, and `did:web` / HTTP(S) documents only through a caller's [`Fetcher`].
//! The crate itself never touches the network.

use serde_json::Value;

use crate::detect::parse_json;
use crate::error::BadgeError;

/// The network, as the caller allows it. Offline is the normal case: return `None`
/// when the document is not available (no network, not cached, HTTP error), and
/// the check that needed it is `skipped`, never `failed`.
pub trait Fetcher {
    /// The body of `url` (an `https://` URL; fragments are already removed), if it
    /// can be had.
    fn fetch(&self, url: &str) -> Option<Vec<u8>>;
}

/// A [`Fetcher`] that never fetches anything (fully offline).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoNetwork;

impl Fetcher for NoNetwork {
    fn fetch(&self, _url: &str) -> Option<Vec<u8>> {
        None
    }
}

/// Multicodec code of an Ed25519 public key (`ed25519-pub`).
pub const CODEC_ED25519_PUB: u64 = 0xed;
/// Multicodec code of a compressed P-256 public key (`p256-pub`).
pub const CODEC_P256_PUB: u64 = 0x1200;

/// A resolved Ed25519 verification method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerificationKey {
    /// The verification method id, e.g. `did:key:z6Mk…#z6Mk…`.
    pub id: String,
    /// Who controls the key (for the proof check: must equal `issuer.id`).
    pub controller: String,
    /// The raw 32-byte Ed25519 public key.
    pub public_key: [u8; 32],
}

/// The result of a look-up that may need the network.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution<T> {
    /// Found (offline, or through the fetcher).
    Resolved(T),
    /// Needs `url`, which the fetcher could not supply: the check is skipped.
    Unavailable { url: String },
}

/// Decodes a multibase (`z` = base58btc) multicodec key into its codec and key bytes.
pub fn decode_multikey(multibase: &str) -> Result<(u64, Vec<u8>), BadgeError> {
    let invalid = |detail: &str| BadgeError::KeyInvalid {
        detail: detail.to_owned(),
    };
    let Some(b58) = multibase.strip_prefix('z') else {
        return Err(invalid(
            "the key is not multibase base58btc (it must start with z)",
        ));
    };
    if b58.len() > 200 {
        return Err(invalid("the multibase key is too long"));
    }
    let bytes = bs58::decode(b58)
        .into_vec()
        .map_err(|e| invalid(&format!("bad base58btc: {e}")))?;
    let (codec, used) = read_varint(&bytes).ok_or_else(|| invalid("bad multicodec prefix"))?;
    Ok((codec, bytes[used..].to_vec()))
}

/// Decodes an Ed25519 `publicKeyMultibase` (`z` + base58btc(0xed 0x01 ‖ key)).
pub fn decode_ed25519_multibase(multibase: &str) -> Result<[u8; 32], BadgeError> {
    let (codec, key) = decode_multikey(multibase)?;
    if codec != CODEC_ED25519_PUB {
        return Err(BadgeError::KeyInvalid {
            detail: format!("not an Ed25519 key (multicodec 0x{codec:x})"),
        });
    }
    key.as_slice()
        .try_into()
        .map_err(|_| BadgeError::KeyInvalid {
            detail: format!("an Ed25519 key has 32 bytes, not {}", key.len()),
        })
}

/// Encodes an Ed25519 public key as `publicKeyMultibase` (`z6Mk…`).
pub fn encode_ed25519_multibase(public_key: &[u8; 32]) -> String {
    let mut bytes = vec![0xed, 0x01];
    bytes.extend_from_slice(public_key);
    format!("z{}", bs58::encode(bytes).into_string())
}

/// The `did:key` of an Ed25519 public key, e.g. for the wallet's own holder key.
pub fn did_key_for_ed25519(public_key: &[u8; 32]) -> String {
    format!("did:key:{}", encode_ed25519_multibase(public_key))
}

/// Splits a DID URL at `#`.
fn split_fragment(did_url: &str) -> (&str, Option<&str>) {
    match did_url.split_once('#') {
        Some((did, frag)) => (did, Some(frag)),
        None => (did_url, None),
    }
}

/// Resolves `did:key:z6Mk…` or `did:key:z6Mk…#z6Mk…` to its Ed25519 key, offline.
/// The fragment, when present, must repeat the method-specific id (did:key spec).
pub fn resolve_did_key(did_url: &str) -> Result<VerificationKey, BadgeError> {
    let (did, fragment) = split_fragment(did_url);
    let malformed = |detail: &str| BadgeError::DidMalformed {
        did: did_url.to_owned(),
        detail: detail.to_owned(),
    };
    let Some(msid) = did.strip_prefix("did:key:") else {
        return Err(malformed("not a did:key"));
    };
    if did.contains(['?', '/']) {
        return Err(malformed("did:key takes no path or query"));
    }
    if let Some(f) = fragment
        && f != msid
    {
        return Err(malformed("the fragment must repeat the key"));
    }
    let public_key = decode_ed25519_multibase(msid)?;
    Ok(VerificationKey {
        id: format!("{did}#{msid}"),
        controller: did.to_owned(),
        public_key,
    })
}

/// The URL of a `did:web` DID document (did:web spec): `did:web:example.com` →
/// `https://example.com/.well-known/did.json`; `did:web:example.com:u:alice` →
/// `https://example.com/u/alice/did.json`; `%3A` in the host encodes a port.
pub fn did_web_document_url(did: &str) -> Result<String, BadgeError> {
    let (did, _) = split_fragment(did);
    let malformed = |detail: &str| BadgeError::DidMalformed {
        did: did.to_owned(),
        detail: detail.to_owned(),
    };
    let msid = did
        .strip_prefix("did:web:")
        .ok_or_else(|| malformed("not a did:web"))?;
    let mut parts = msid.split(':');
    let host = parts
        .next()
        .unwrap_or_default()
        .replace("%3A", ":")
        .replace("%3a", ":");
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'));
    if !host_ok {
        return Err(malformed("invalid host"));
    }
    let path: Vec<&str> = parts.collect();
    let path_ok = path.iter().all(|p| {
        !p.is_empty()
            && *p != "."
            && *p != ".."
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '%' | '~'))
    });
    if !path_ok {
        return Err(malformed("invalid path"));
    }
    if path.is_empty() {
        Ok(format!("https://{host}/.well-known/did.json"))
    } else {
        Ok(format!("https://{host}/{}/did.json", path.join("/")))
    }
}

/// Finds a verification method by its id and returns the method's JSON and its
/// controller. `did:key` is resolved offline (a Multikey description is built);
/// `did:web` and `http(s)` ids are fetched through `fetcher` (returning
/// [`Resolution::Unavailable`] when it cannot). Other DID methods give
/// [`BadgeError::DidUnsupported`].
pub fn fetch_verification_method(
    vm_id: &str,
    fetcher: &dyn Fetcher,
) -> Result<Resolution<(Value, String)>, BadgeError> {
    if vm_id.starts_with("did:key:") {
        let key = resolve_did_key(vm_id)?;
        let vm = serde_json::json!({
            "id": key.id,
            "type": "Multikey",
            "controller": key.controller,
            "publicKeyMultibase": encode_ed25519_multibase(&key.public_key),
        });
        return Ok(Resolution::Resolved((vm, key.controller)));
    }
    if vm_id.starts_with("did:web:") {
        let (did, _) = split_fragment(vm_id);
        let url = did_web_document_url(did)?;
        let Some(body) = fetcher.fetch(&url) else {
            return Ok(Resolution::Unavailable { url });
        };
        let doc = parse_doc(&url, &body)?;
        if doc.get("id").and_then(Value::as_str) != Some(did) {
            return Err(doc_error(&url, "the DID document's id is not the DID"));
        }
        let vm = find_method(&doc, did, vm_id)
            .ok_or_else(|| doc_error(&url, "the verification method is not in the document"))?;
        let controller = vm
            .get("controller")
            .and_then(Value::as_str)
            .unwrap_or(did)
            .to_owned();
        return Ok(Resolution::Resolved((vm, controller)));
    }
    if let Some(rest) = vm_id.strip_prefix("did:") {
        let method = rest.split(':').next().unwrap_or_default();
        return Err(BadgeError::DidUnsupported {
            method: method.chars().take(40).collect(),
        });
    }
    if vm_id.starts_with("https://") || vm_id.starts_with("http://") {
        let (url, _) = split_fragment(vm_id);
        let Some(body) = fetcher.fetch(url) else {
            return Ok(Resolution::Unavailable {
                url: url.to_owned(),
            });
        };
        let doc = parse_doc(url, &body)?;
        let vm = if doc.get("id").and_then(Value::as_str) == Some(vm_id) {
            doc
        } else {
            let base = doc
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or(url)
                .to_owned();
            find_method(&doc, &base, vm_id)
                .ok_or_else(|| doc_error(url, "the verification method is not in the document"))?
        };
        let controller = vm
            .get("controller")
            .and_then(Value::as_str)
            .ok_or_else(|| doc_error(url, "the key names no controller"))?
            .to_owned();
        return Ok(Resolution::Resolved((vm, controller)));
    }
    Err(BadgeError::KeyInvalid {
        detail: "the verification method is neither a DID nor an HTTPS URL".into(),
    })
}

/// Resolves an Ed25519 verification method (for Data Integrity proofs): as
/// [`fetch_verification_method`], then [`ed25519_key_from_method`].
pub fn resolve_ed25519_method(
    vm_id: &str,
    fetcher: &dyn Fetcher,
) -> Result<Resolution<VerificationKey>, BadgeError> {
    Ok(match fetch_verification_method(vm_id, fetcher)? {
        Resolution::Resolved((vm, controller)) => Resolution::Resolved(VerificationKey {
            id: vm_id.to_owned(),
            controller,
            public_key: ed25519_key_from_method(&vm)?,
        }),
        Resolution::Unavailable { url } => Resolution::Unavailable { url },
    })
}

/// The Ed25519 key of a verification method: `Multikey` and
/// `Ed25519VerificationKey2020` (`publicKeyMultibase`), `Ed25519VerificationKey2018`
/// (`publicKeyBase58`, raw key), or a `publicKeyJwk` of `kty: OKP, crv: Ed25519`.
pub fn ed25519_key_from_method(vm: &Value) -> Result<[u8; 32], BadgeError> {
    if let Some(mb) = vm.get("publicKeyMultibase").and_then(Value::as_str) {
        return decode_ed25519_multibase(mb);
    }
    if let Some(b58) = vm.get("publicKeyBase58").and_then(Value::as_str) {
        let bytes = bs58::decode(b58)
            .into_vec()
            .map_err(|e| BadgeError::KeyInvalid {
                detail: format!("bad base58: {e}"),
            })?;
        return bytes
            .as_slice()
            .try_into()
            .map_err(|_| BadgeError::KeyInvalid {
                detail: "an Ed25519 key has 32 bytes".into(),
            });
    }
    if let Some(jwk) = vm.get("publicKeyJwk") {
        if jwk.get("d").is_some() {
            return Err(BadgeError::JwsPrivateKey);
        }
        if jwk.get("kty").and_then(Value::as_str) == Some("OKP")
            && jwk.get("crv").and_then(Value::as_str) == Some("Ed25519")
        {
            use base64::Engine;
            let x = jwk.get("x").and_then(Value::as_str).unwrap_or_default();
            let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(x)
                .map_err(|e| BadgeError::KeyInvalid {
                    detail: format!("bad base64url: {e}"),
                })?;
            return bytes
                .as_slice()
                .try_into()
                .map_err(|_| BadgeError::KeyInvalid {
                    detail: "an Ed25519 key has 32 bytes".into(),
                });
        }
    }
    Err(BadgeError::KeyInvalid {
        detail: "the verification method holds no Ed25519 key".into(),
    })
}

/// Finds a verification method object by id in a DID / controller document, in
/// `verificationMethod` or embedded in `assertionMethod`. Relative ids (`#key-1`)
/// are resolved against `base`. A bare DID (no fragment) picks the first
/// `assertionMethod` entry.
fn find_method(doc: &Value, base: &str, vm_id: &str) -> Option<Value> {
    let absolute = |id: &str| {
        if id.starts_with('#') {
            format!("{base}{id}")
        } else {
            id.to_owned()
        }
    };
    let mut wanted = vm_id.to_owned();
    if !vm_id.contains('#') {
        let first = doc.get("assertionMethod")?.as_array()?.first()?;
        match first {
            Value::String(s) => wanted = absolute(s),
            Value::Object(_) => return Some(first.clone()),
            _ => return None,
        }
    }
    ["verificationMethod", "assertionMethod"]
        .iter()
        .filter_map(|k| doc.get(*k).and_then(Value::as_array))
        .flatten()
        .find(|m| m.get("id").and_then(Value::as_str).map(absolute).as_deref() == Some(&wanted))
        .cloned()
}

fn parse_doc(url: &str, body: &[u8]) -> Result<Value, BadgeError> {
    let doc = parse_json(body).map_err(|e| doc_error(url, &e.to_string()))?;
    if !doc.is_object() {
        return Err(doc_error(url, "not a JSON object"));
    }
    Ok(doc)
}

fn doc_error(url: &str, detail: &str) -> BadgeError {
    BadgeError::KeyDocument {
        url: url.to_owned(),
        detail: detail.to_owned(),
    }
}

/// Reads an unsigned LEB128 varint (at most 9 bytes); returns the value and its length.
fn read_varint(bytes: &[u8]) -> Option<(u64, usize)> {
    let mut value = 0u64;
    for (i, &b) in bytes.iter().enumerate().take(9) {
        value |= u64::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return Some((value, i + 1));
        }
    }
    None
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::collections::HashMap;

    /// A fetcher serving fixed documents, for tests.
    pub(crate) struct MapFetcher(pub HashMap<String, Vec<u8>>);

    impl Fetcher for MapFetcher {
        fn fetch(&self, url: &str) -> Option<Vec<u8>> {
            self.0.get(url).cloned()
        }
    }

    fn key() -> [u8; 32] {
        ed25519_dalek::SigningKey::from_bytes(&[7; 32])
            .verifying_key()
            .to_bytes()
    }

    // The W3C vc-di-eddsa test vector key pair (public data in the specification):
    // publicKeyMultibase z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2.
    const W3C_MULTIBASE: &str = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";

    #[test]
    fn multibase_round_trip_and_known_prefix() {
        let k = key();
        let mb = encode_ed25519_multibase(&k);
        assert!(mb.starts_with("z6Mk"), "{mb}");
        assert_eq!(decode_ed25519_multibase(&mb).unwrap(), k);
        let w3c = decode_ed25519_multibase(W3C_MULTIBASE).unwrap();
        assert_eq!(encode_ed25519_multibase(&w3c), W3C_MULTIBASE);
    }

    #[test]
    fn did_key_resolves_with_and_without_fragment() {
        let k = key();
        let did = did_key_for_ed25519(&k);
        let msid = did.strip_prefix("did:key:").unwrap();
        let r = resolve_did_key(&did).unwrap();
        assert_eq!(r.public_key, k);
        assert_eq!(r.controller, did);
        assert_eq!(r.id, format!("{did}#{msid}"));
        assert_eq!(resolve_did_key(&r.id).unwrap(), r);
        assert_eq!(
            resolve_did_key(&format!("{did}#key-1")).unwrap_err().code(),
            "did-malformed"
        );
    }

    #[test]
    fn bad_did_keys_are_refused() {
        for bad in [
            "did:key:",
            "did:key:6Mk",   // not base58btc multibase
            "did:key:z0OIl", // not base58 alphabet
            "did:key:z6Mk",  // too short
            "did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme", // secp256k1
            "did:web:example.com",
            "did:key:z6Mk/../../etc/passwd",
        ] {
            let err = resolve_did_key(bad).unwrap_err();
            assert!(
                matches!(err.code(), "key-invalid" | "did-malformed"),
                "{bad}: {err:?}"
            );
        }
        let long = format!("did:key:z{}", "1".repeat(10_000));
        assert_eq!(resolve_did_key(&long).unwrap_err().code(), "key-invalid");
        // A P-256 did:key decodes but is not Ed25519.
        let mut p = vec![0x80, 0x24];
        p.extend_from_slice(&[2; 33]);
        let mb = format!("z{}", bs58::encode(&p).into_string());
        assert_eq!(decode_multikey(&mb).unwrap().0, CODEC_P256_PUB);
        assert_eq!(
            decode_ed25519_multibase(&mb).unwrap_err().code(),
            "key-invalid"
        );
    }

    #[test]
    fn did_web_urls() {
        assert_eq!(
            did_web_document_url("did:web:example.com").unwrap(),
            "https://example.com/.well-known/did.json"
        );
        assert_eq!(
            did_web_document_url("did:web:example.com%3A8443:users:alice#key-1").unwrap(),
            "https://example.com:8443/users/alice/did.json"
        );
        for bad in [
            "did:web:",
            "did:web:exa mple.com",
            "did:web:example.com:..:etc",
            "did:web:example.com::x",
            "did:web:ex/ample.com",
        ] {
            assert_eq!(
                did_web_document_url(bad).unwrap_err().code(),
                "did-malformed",
                "{bad}"
            );
        }
    }

    #[test]
    fn methods_offline_and_through_a_fetcher() {
        let k = key();
        let mb = encode_ed25519_multibase(&k);
        let did = did_key_for_ed25519(&k);
        match resolve_ed25519_method(&format!("{did}#{}", &did[8..]), &NoNetwork).unwrap() {
            Resolution::Resolved(v) => {
                assert_eq!(v.public_key, k);
                assert_eq!(v.controller, did);
            }
            other => panic!("{other:?}"),
        }
        // did:web offline: skipped with the URL, never an error.
        assert_eq!(
            resolve_ed25519_method("did:web:example.com#key-1", &NoNetwork).unwrap(),
            Resolution::Unavailable {
                url: "https://example.com/.well-known/did.json".into()
            }
        );
        // did:web through a fetcher, relative id, Ed25519VerificationKey2020.
        let doc = serde_json::json!({
            "id": "did:web:example.com",
            "verificationMethod": [{
                "id": "#key-1", "type": "Ed25519VerificationKey2020",
                "controller": "did:web:example.com", "publicKeyMultibase": mb
            }],
            "assertionMethod": ["#key-1"]
        });
        let f = MapFetcher(HashMap::from([(
            "https://example.com/.well-known/did.json".to_owned(),
            doc.to_string().into_bytes(),
        )]));
        for vm in ["did:web:example.com#key-1", "did:web:example.com"] {
            match resolve_ed25519_method(vm, &f).unwrap() {
                Resolution::Resolved(v) => {
                    assert_eq!(v.public_key, k);
                    assert_eq!(v.controller, "did:web:example.com");
                }
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(
            resolve_ed25519_method("did:web:example.com#key-2", &f)
                .unwrap_err()
                .code(),
            "key-document"
        );
        // HTTPS key document (Multikey) and a 2018 key with publicKeyBase58.
        let f = MapFetcher(HashMap::from([
            (
                "https://issuer.example/key".to_owned(),
                serde_json::json!({"id": "https://issuer.example/key", "type": "Multikey",
                    "controller": "https://issuer.example", "publicKeyMultibase": mb})
                .to_string()
                .into_bytes(),
            ),
            (
                "https://issuer.example/old".to_owned(),
                serde_json::json!({"id": "https://issuer.example/old",
                    "type": "Ed25519VerificationKey2018", "controller": "https://issuer.example",
                    "publicKeyBase58": bs58::encode(k).into_string()})
                .to_string()
                .into_bytes(),
            ),
            ("https://issuer.example/junk".to_owned(), b"[[[[".to_vec()),
        ]));
        for url in ["https://issuer.example/key", "https://issuer.example/old"] {
            match resolve_ed25519_method(url, &f).unwrap() {
                Resolution::Resolved(v) => {
                    assert_eq!(v.public_key, k);
                    assert_eq!(v.controller, "https://issuer.example");
                }
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(
            resolve_ed25519_method("https://issuer.example/junk", &f)
                .unwrap_err()
                .code(),
            "key-document"
        );
    }

    #[test]
    fn unsupported_methods() {
        assert_eq!(
            resolve_ed25519_method("did:ion:abc#k", &NoNetwork).unwrap_err(),
            BadgeError::DidUnsupported {
                method: "ion".into()
            }
        );
        assert_eq!(
            resolve_ed25519_method("urn:uuid:1", &NoNetwork)
                .unwrap_err()
                .code(),
            "key-invalid"
        );
        assert_eq!(
            ed25519_key_from_method(&serde_json::json!({"publicKeyJwk": {"kty": "OKP", "crv": "Ed25519", "x": "AA", "d": "AA"}}))
                .unwrap_err(),
            BadgeError::JwsPrivateKey
        );
    }

    #[test]
    fn varints() {
        assert_eq!(read_varint(&[0xed, 0x01]), Some((0xed, 2)));
        assert_eq!(read_varint(&[0x80, 0x24]), Some((0x1200, 2)));
        assert_eq!(read_varint(&[0x80; 12]), None);
        assert_eq!(read_varint(&[]), None);
    }
}
