//! Offline `did:key` (Ed25519) for proof verification: `did:key:z…` where `z` + base58btc
//! decodes to the multicodec prefix `0xed 0x01` followed by the 32-byte public key. The
//! verification method is `did:key:z…#z…` (the same multibase as fragment); its controller is
//! the DID.

use ed25519_dalek::VerifyingKey;

use super::{KeyResolver, ProofError, ResolvedKey};

const ED25519_PUB_MULTICODEC: [u8; 2] = [0xed, 0x01];

/// Resolves `did:key` Ed25519 verification methods; everything else is "not available here".
#[derive(Debug, Clone, Copy, Default)]
pub struct DidKeyResolver;

impl KeyResolver for DidKeyResolver {
    fn resolve(&self, verification_method: &str) -> Result<Option<ResolvedKey>, ProofError> {
        if !verification_method.starts_with("did:key:") {
            return Ok(None);
        }
        resolve_did_key(verification_method).map(Some)
    }
}

fn decode_multibase_key(multibase: &str) -> Option<[u8; 32]> {
    let encoded = multibase.strip_prefix('z')?;
    let bytes = bs58::decode(encoded).into_vec().ok()?;
    let key = bytes.strip_prefix(&ED25519_PUB_MULTICODEC[..])?;
    key.try_into().ok()
}

fn encode_multibase_key(key: &VerifyingKey) -> String {
    let mut bytes = ED25519_PUB_MULTICODEC.to_vec();
    bytes.extend_from_slice(key.as_bytes());
    format!("z{}", bs58::encode(bytes).into_string())
}

fn resolve_did_key(vm: &str) -> Result<ResolvedKey, ProofError> {
    let invalid = |reason: &str| ProofError::KeyInvalid {
        verification_method: vm.to_owned(),
        reason: reason.to_owned(),
    };
    let (did, fragment) = match vm.split_once('#') {
        Some((d, f)) => (d, Some(f)),
        None => (vm, None),
    };
    let multibase = did
        .strip_prefix("did:key:")
        .ok_or_else(|| invalid("not a did:key"))?;
    let public_key =
        decode_multibase_key(multibase).ok_or_else(|| invalid("not an Ed25519 did:key"))?;
    // The only verification method of an Ed25519 did:key is `did#<multibase>`.
    match fragment {
        Some(f) if f == multibase => {}
        Some(_) => return Err(invalid("unknown verification method fragment")),
        None => return Err(invalid("a verification method needs a fragment")),
    }
    Ok(ResolvedKey {
        public_key,
        controller: did.to_owned(),
    })
}

/// The `did:key` of an Ed25519 public key.
pub fn did_key_for(key: &VerifyingKey) -> String {
    format!("did:key:{}", encode_multibase_key(key))
}

/// The verification method id (`did:key:z…#z…`) of an Ed25519 public key.
pub fn did_key_verification_method(key: &VerifyingKey) -> String {
    let mb = encode_multibase_key(key);
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
