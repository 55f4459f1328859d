//! Offline `did:key` (Ed25519) for proof verification: `did:key:z…` where `z` + base58btc
//! decodes to the multicodec prefix `0xed 0x01` followed by the 32-byte public key. The
//! verification method is `did:key:z…#z…` (the same multibase as fragment); its controller is
//! the DID.

use ed25519_dalek::VerifyingKey;

use super::{KeyResolver, ProofError, ResolvedKey};
use crate::didkey;

/// Resolves `did:key` Ed25519 verification methods; everything else is "not available here".
#[derive(Debug, Clone, Copy, Default)]
pub struct DidKeyResolver;

impl KeyResolver for DidKeyResolver {
    fn resolve(&self, verification_method: &str) -> Result<Option<ResolvedKey>, ProofError> {
        if !verification_method.starts_with("did:key:") {
            return Ok(None);
        }
        // A proof names a verification method, so the fragment is required here;
        // decoding and the fragment rule are `crate::didkey`'s.
        let invalid = |reason: String| ProofError::KeyInvalid {
            verification_method: verification_method.to_owned(),
            reason,
        };
        if !verification_method.contains('#') {
            return Err(invalid("a verification method needs a fragment".into()));
        }
        let key =
            didkey::resolve_did_key(verification_method).map_err(|e| invalid(e.to_string()))?;
        Ok(Some(ResolvedKey {
            public_key: key.public_key,
            controller: key.controller,
        }))
    }
}

/// The `did:key` of an Ed25519 public key.
pub fn did_key_for(key: &VerifyingKey) -> String {
    didkey::did_key_for_ed25519(key.as_bytes())
}

/// The verification method id (`did:key:z…#z…`) of an Ed25519 public key.
pub fn did_key_verification_method(key: &VerifyingKey) -> String {
    let mb = didkey::encode_ed25519_multibase(key.as_bytes());
    format!("did:key:{mb}#{mb}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::SigningKey;

    #[test]
    fn round_trip_and_known_prefix() {
        let key = SigningKey::from_bytes(&[7u8; 32]).verifying_key();
        let did = did_key_for(&key);
        assert!(did.starts_with("did:key:z6Mk"), "{did}");
        let vm = did_key_verification_method(&key);
        let resolved = DidKeyResolver.resolve(&vm).unwrap().unwrap();
        assert_eq!(resolved.public_key, *key.as_bytes());
        assert_eq!(resolved.controller, did);
    }

    #[test]
    fn refuses_bad_keys_and_fragments() {
        let key = SigningKey::from_bytes(&[7u8; 32]).verifying_key();
        let did = did_key_for(&key);
        assert!(DidKeyResolver.resolve(&did).is_err());
        assert!(DidKeyResolver.resolve(&format!("{did}#z6MkOther")).is_err());
        assert!(DidKeyResolver.resolve("did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme#zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme").is_err());
        assert!(DidKeyResolver.resolve("did:key:z0#z0").is_err());
        assert_eq!(
            DidKeyResolver.resolve("did:web:example.org#k").unwrap(),
            None
        );
        assert_eq!(
            DidKeyResolver
                .resolve("https://example.org/keys/1")
                .unwrap(),
            None
        );
    }
}
