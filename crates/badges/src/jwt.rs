//! VC-JWT (Open Badges 3.0 `integrity.md` §jwt-proof) and compact JWS in general:
//! split and decode (base64url without padding), algorithms `EdDSA`, `ES256` and
//! `RS256`, the key from the header's `jwk` (never one with private parts), a
//! `kid` that is a `did:key` / `did:jwk` (offline) or, through the caller's
//! [`Fetcher`], a `did:web` or HTTPS key; then the claims `iss`, `jti`, `sub`
//! against the credential and `nbf`/`exp` against a `now` the caller passes.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::detect::{MAX_INPUT_BYTES, check_size, parse_json};
use crate::didkey::{
    CODEC_ED25519_PUB, CODEC_P256_PUB, Fetcher, Resolution, decode_multikey,
    fetch_verification_method,
};
use crate::error::BadgeError;
use crate::report::{Check, CheckId};

/// Clock skew tolerated on `nbf` and `exp`, in seconds (as @digitalbazaar/vc).
pub const CLOCK_SKEW_SECONDS: i64 = 300;

/// A decoded (not yet verified) compact JWS.
#[derive(Debug, Clone, PartialEq)]
pub struct Jws {
    /// The protected header.
    pub header: Map<String, Value>,
    /// The payload, parsed as JSON.
    pub payload: Value,
    /// `BASE64URL(header) '.' BASE64URL(payload)`: the bytes that were signed.
    pub signing_input: String,
    /// The decoded signature.
    pub signature: Vec<u8>,
}

/// The JWS algorithms we verify.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alg {
    /// Ed25519 (`EdDSA`, or the fully-specified `Ed25519`).
    EdDSA,
    /// ECDSA P-256 with SHA-256.
    ES256,
    /// RSASSA-PKCS1-v1_5 with SHA-256.
    RS256,
}

impl Alg {
    /// Parses a header `alg`; anything else (including `none` and HMAC) is refused.
    pub fn parse(alg: &str) -> Result<Alg, BadgeError> {
        match alg {
            "EdDSA" | "Ed25519" => Ok(Alg::EdDSA),
            "ES256" => Ok(Alg::ES256),
            "RS256" => Ok(Alg::RS256),
            other => Err(BadgeError::JwsUnsupportedAlg {
                alg: other.chars().take(40).collect(),
            }),
        }
    }

    /// The registered name.
    pub fn as_str(self) -> &'static str {
        match self {
            Alg::EdDSA => "EdDSA",
            Alg::ES256 => "ES256",
            Alg::RS256 => "RS256",
        }
    }
}

/// A public key able to verify one of the [`Alg`]s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublicKey {
    /// For `EdDSA`.
    Ed25519(ed25519_dalek::VerifyingKey),
    /// For `ES256`.
    P256(p256::ecdsa::VerifyingKey),
    /// For `RS256` (2048–4096 bits).
    Rsa(rsa::RsaPublicKey),
}

/// Whether `text` has the shape of a compact JWS: three base64url segments
/// separated by dots (the signature may be empty, so that `alg: none` tokens are
/// recognised and then refused with a clear error), the header encoding a `{`.
pub fn looks_like_jws(text: &str) -> bool {
    let parts: Vec<&str> = text.split('.').collect();
    // Base64url of a JSON object: '{' gives 'e', then one of w, x, y, z.
    parts.len() == 3
        && parts[0].len() >= 2
        && parts[0].starts_with('e')
        && matches!(parts[0].as_bytes()[1], b'w'..=b'z')
        && !parts[1].is_empty()
        && parts.iter().all(|p| {
            p.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

/// Splits and decodes a compact JWS (surrounding white space is ignored). The
/// header must be a JSON object with a string `alg`; a `crit` header is refused
/// (we understand no extensions). Nothing is verified here.
pub fn parse_jws(text: &str) -> Result<Jws, BadgeError> {
    check_size(text.len(), "input", MAX_INPUT_BYTES)?;
    let text = text.trim();
    let malformed = |detail: &str| BadgeError::JwsMalformed {
        detail: detail.to_owned(),
    };
    let mut parts = text.split('.');
    let (Some(h), Some(p), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(malformed("a compact JWS has three parts separated by dots"));
    };
    let decode = |part: &str, what: &str| {
        URL_SAFE_NO_PAD
            .decode(part)
            .map_err(|e| malformed(&format!("the {what} is not base64url: {e}")))
    };
    let header_bytes = decode(h, "header")?;
    let header = match parse_json(&header_bytes) {
        Ok(Value::Object(m)) => m,
        Ok(_) => return Err(malformed("the header is not a JSON object")),
        Err(e) => return Err(malformed(&format!("the header is not JSON: {e}"))),
    };
    if !header.get("alg").is_some_and(Value::is_string) {
        return Err(malformed("the header has no alg"));
    }
    if header.contains_key("crit") {
        return Err(malformed("critical header extensions are not supported"));
    }
    let payload_bytes = decode(p, "payload")?;
    let payload = parse_json(&payload_bytes).map_err(|e| match e {
        BadgeError::MalformedJson { detail } => {
            malformed(&format!("the payload is not JSON: {detail}"))
        }
        other => other,
    })?;
    let signature = decode(s, "signature")?;
    Ok(Jws {
        header,
        payload,
        signing_input: format!("{h}.{p}"),
        signature,
    })
}

impl Jws {
    /// The header's `alg`, checked against the algorithms we support.
    pub fn alg(&self) -> Result<Alg, BadgeError> {
        Alg::parse(
            self.header
                .get("alg")
                .and_then(Value::as_str)
                .unwrap_or_default(),
        )
    }

    /// Verifies the signature with `key` (the key type must fit `alg`).
    pub fn verify(&self, key: &PublicKey) -> Result<(), BadgeError> {
        use rsa::signature::Verifier;
        let alg = self.alg()?;
        let msg = self.signing_input.as_bytes();
        let mismatch = || BadgeError::KeyAlgMismatch {
            alg: alg.as_str().to_owned(),
        };
        let ok = match (alg, key) {
            (Alg::EdDSA, PublicKey::Ed25519(k)) => {
                let sig = <[u8; 64]>::try_from(self.signature.as_slice())
                    .map_err(|_| BadgeError::SignatureInvalid)?;
                k.verify_strict(msg, &ed25519_dalek::Signature::from_bytes(&sig))
                    .is_ok()
            }
            (Alg::ES256, PublicKey::P256(k)) => {
                // JWS ES256 signatures are r ‖ s (64 bytes), not DER.
                let sig = p256::ecdsa::Signature::from_slice(&self.signature)
                    .map_err(|_| BadgeError::SignatureInvalid)?;
                k.verify(msg, &sig).is_ok()
            }
            (Alg::RS256, PublicKey::Rsa(k)) => {
                let vk = rsa::pkcs1v15::VerifyingKey::<sha2::Sha256>::new(k.clone());
                let sig = rsa::pkcs1v15::Signature::try_from(self.signature.as_slice())
                    .map_err(|_| BadgeError::SignatureInvalid)?;
                vk.verify(msg, &sig).is_ok()
            }
            _ => return Err(mismatch()),
        };
        if ok {
            Ok(())
        } else {
            Err(BadgeError::SignatureInvalid)
        }
    }
}

/// Members of a JWK that only a private (or symmetric) key has.
const PRIVATE_JWK_MEMBERS: &[&str] = &["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

/// A public key from a JWK: `OKP`/`Ed25519`, `EC`/`P-256`, or `RSA` (2048–4096
/// bits). A JWK holding private material is refused ([`BadgeError::JwsPrivateKey`]).
pub fn public_key_from_jwk(jwk: &Value) -> Result<PublicKey, BadgeError> {
    let Some(obj) = jwk.as_object() else {
        return Err(key_invalid("the JWK is not an object"));
    };
    if PRIVATE_JWK_MEMBERS.iter().any(|m| obj.contains_key(*m)) {
        return Err(BadgeError::JwsPrivateKey);
    }
    let member = |name: &str| -> Result<Vec<u8>, BadgeError> {
        let s = obj
            .get(name)
            .and_then(Value::as_str)
            .ok_or_else(|| key_invalid(&format!("the JWK has no {name}")))?;
        URL_SAFE_NO_PAD
            .decode(s)
            .map_err(|e| key_invalid(&format!("the JWK's {name} is not base64url: {e}")))
    };
    let kty = obj.get("kty").and_then(Value::as_str).unwrap_or_default();
    let crv = obj.get("crv").and_then(Value::as_str).unwrap_or_default();
    match (kty, crv) {
        ("OKP", "Ed25519") => ed25519_key(&member("x")?),
        ("EC", "P-256") => {
            let (x, y) = (member("x")?, member("y")?);
            if x.len() != 32 || y.len() != 32 {
                return Err(key_invalid("P-256 coordinates have 32 bytes"));
            }
            let mut sec1 = vec![0x04];
            sec1.extend_from_slice(&x);
            sec1.extend_from_slice(&y);
            p256::ecdsa::VerifyingKey::from_sec1_bytes(&sec1)
                .map(PublicKey::P256)
                .map_err(|_| key_invalid("the P-256 point is not on the curve"))
        }
        ("RSA", _) => {
            let n = rsa::BigUint::from_bytes_be(&member("n")?);
            let e = rsa::BigUint::from_bytes_be(&member("e")?);
            let key = rsa::RsaPublicKey::new(n, e)
                .map_err(|e| key_invalid(&format!("unusable RSA key: {e}")))?;
            if rsa::traits::PublicKeyParts::size(&key) < 256 {
                return Err(key_invalid("RSA keys under 2048 bits are refused"));
            }
            Ok(PublicKey::Rsa(key))
        }
        _ => Err(key_invalid(&format!(
            "unsupported key type {}/{}",
            kty.chars().take(20).collect::<String>(),
            crv.chars().take(20).collect::<String>()
        ))),
    }
}

fn ed25519_key(bytes: &[u8]) -> Result<PublicKey, BadgeError> {
    let arr: [u8; 32] = bytes
        .try_into()
        .map_err(|_| key_invalid("an Ed25519 key has 32 bytes"))?;
    ed25519_dalek::VerifyingKey::from_bytes(&arr)
        .map(PublicKey::Ed25519)
        .map_err(|_| key_invalid("not a valid Ed25519 point"))
}

fn key_invalid(detail: &str) -> BadgeError {
    BadgeError::KeyInvalid {
        detail: detail.to_owned(),
    }
}

/// Where a JWS key came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    /// The header's `jwk` (no provenance: anyone can put a key there).
    HeaderJwk,
    /// A `did:key` in `kid`.
    DidKey,
    /// A `did:jwk` in `kid`.
    DidJwk,
    /// Fetched from this URL through the caller's fetcher.
    Fetched { url: String },
}

/// A key found for a JWS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JwsKey {
    /// The key itself.
    pub key: PublicKey,
    /// The key's controller when known (a DID or a controller document's value).
    pub controller: Option<String>,
    /// Where the key came from.
    pub source: KeySource,
}

/// Finds the key of a JWS: header `jwk`, else `kid` (did:key and did:jwk offline,
/// did:web and HTTPS through `fetcher`), else [`BadgeError::JwsNoKey`].
pub fn resolve_jws_key(jws: &Jws, fetcher: &dyn Fetcher) -> Result<Resolution<JwsKey>, BadgeError> {
    if let Some(jwk) = jws.header.get("jwk") {
        return Ok(Resolution::Resolved(JwsKey {
            key: public_key_from_jwk(jwk)?,
            controller: None,
            source: KeySource::HeaderJwk,
        }));
    }
    let Some(kid) = jws.header.get("kid").and_then(Value::as_str) else {
        return Err(BadgeError::JwsNoKey);
    };
    let did = kid.split('#').next().unwrap_or_default();
    if let Some(msid) = did.strip_prefix("did:key:") {
        let (codec, bytes) = decode_multikey(msid)?;
        let key = match codec {
            CODEC_ED25519_PUB => ed25519_key(&bytes)?,
            CODEC_P256_PUB => p256::ecdsa::VerifyingKey::from_sec1_bytes(&bytes)
                .map(PublicKey::P256)
                .map_err(|_| key_invalid("not a valid P-256 point"))?,
            other => {
                return Err(key_invalid(&format!(
                    "unsupported did:key type 0x{other:x}"
                )));
            }
        };
        return Ok(Resolution::Resolved(JwsKey {
            key,
            controller: Some(did.to_owned()),
            source: KeySource::DidKey,
        }));
    }
    if let Some(encoded) = did.strip_prefix("did:jwk:") {
        let bytes = URL_SAFE_NO_PAD
            .decode(encoded)
            .map_err(|e| BadgeError::DidMalformed {
                did: did.to_owned(),
                detail: format!("not base64url: {e}"),
            })?;
        let jwk = parse_json(&bytes)?;
        return Ok(Resolution::Resolved(JwsKey {
            key: public_key_from_jwk(&jwk)?,
            controller: Some(did.to_owned()),
            source: KeySource::DidJwk,
        }));
    }
    if kid.starts_with("https://") || kid.starts_with("http://") {
        // A bare JWK or a JWKS at the URL; else a controller document (below).
        let url = kid.split('#').next().unwrap_or_default();
        let Some(body) = fetcher.fetch(url) else {
            return Ok(Resolution::Unavailable {
                url: url.to_owned(),
            });
        };
        let doc = parse_json(&body).map_err(|e| BadgeError::KeyDocument {
            url: url.to_owned(),
            detail: e.to_string(),
        })?;
        if doc.get("kty").is_some() {
            return Ok(Resolution::Resolved(JwsKey {
                key: public_key_from_jwk(&doc)?,
                controller: None,
                source: KeySource::Fetched {
                    url: url.to_owned(),
                },
            }));
        }
        if let Some(keys) = doc.get("keys").and_then(Value::as_array) {
            let fragment = kid.split_once('#').map(|(_, f)| f);
            let pick = keys
                .iter()
                .find(|k| {
                    let id = k.get("kid").and_then(Value::as_str);
                    id == Some(kid) || (fragment.is_some() && id == fragment)
                })
                .or(if keys.len() == 1 { keys.first() } else { None })
                .ok_or_else(|| BadgeError::KeyDocument {
                    url: url.to_owned(),
                    detail: "no key in the set matches the kid".into(),
                })?;
            return Ok(Resolution::Resolved(JwsKey {
                key: public_key_from_jwk(pick)?,
                controller: None,
                source: KeySource::Fetched {
                    url: url.to_owned(),
                },
            }));
        }
    }
    // did:web, or an HTTPS controller document / verification method.
    match fetch_verification_method(kid, fetcher)? {
        Resolution::Unavailable { url } => Ok(Resolution::Unavailable { url }),
        Resolution::Resolved((vm, controller)) => {
            let key = if let Some(jwk) = vm.get("publicKeyJwk") {
                public_key_from_jwk(jwk)?
            } else {
                ed25519_key(&crate::didkey::ed25519_key_from_method(&vm)?)?
            };
            let url = if kid.starts_with("did:web:") {
                crate::didkey::did_web_document_url(kid)?
            } else {
                kid.split('#').next().unwrap_or_default().to_owned()
            };
            Ok(Resolution::Resolved(JwsKey {
                key,
                controller: Some(controller),
                source: KeySource::Fetched { url },
            }))
        }
    }
}

/// The credential carried by a VC-JWT payload: the payload itself, or for VCDM
/// 1.1 tokens the `vc` claim, completed as the VC-JWT 1.1 decoding rules say when
/// a property was moved to a claim: `iss` → `issuer`, `jti` → `id`, `sub` →
/// `credentialSubject.id`, `nbf` → `issuanceDate`, `exp` → `expirationDate`.
/// `None` when the payload is not a JSON object.
pub fn credential_from_payload(payload: &Value) -> Option<Value> {
    let Some(Value::Object(vc)) = payload.get("vc") else {
        return payload.is_object().then(|| payload.clone());
    };
    let mut vc = vc.clone();
    let claim_str = |k: &str| payload.get(k).and_then(Value::as_str).map(str::to_owned);
    if !vc.contains_key("issuer")
        && let Some(iss) = claim_str("iss")
    {
        vc.insert("issuer".into(), Value::String(iss));
    }
    if !vc.contains_key("id")
        && let Some(jti) = claim_str("jti")
    {
        vc.insert("id".into(), Value::String(jti));
    }
    if let Some(sub) = claim_str("sub")
        && let Some(Value::Object(subject)) = vc.get_mut("credentialSubject")
        && !subject.contains_key("id")
    {
        subject.insert("id".into(), Value::String(sub));
    }
    for (claim, property) in [("nbf", "issuanceDate"), ("exp", "expirationDate")] {
        if !vc.contains_key(property)
            && let Some(secs) = payload.get(claim).and_then(numeric_date)
            && let Some(date) = OffsetDateTime::from_unix_timestamp(secs)
                .ok()
                .and_then(|d| d.format(&Rfc3339).ok())
        {
            vc.insert(property.into(), Value::String(date));
        }
    }
    Some(Value::Object(vc))
}

/// The outcome of [`verify_vc_jwt`].
#[derive(Debug, Clone, PartialEq)]
pub struct JwtVerification {
    /// The credential from the payload, when the token could be decoded (unverified
    /// if any check failed).
    pub credential: Option<Value>,
    /// Checks for the [`crate::Report`]: `issuer-key`, `proof`, `key-controller`,
    /// `jwt-claims`, `jwt-validity` (or a single failed `format` check).
    pub checks: Vec<Check>,
}

/// Verifies a VC-JWT: decode, find the key, check the signature, bind the key to
/// the issuer, compare `iss`/`jti`/`sub` with the credential and `nbf`/`exp` with
/// `now` (± [`CLOCK_SKEW_SECONDS`]). Never panics; every problem becomes a check.
///
/// Codes: `issuer-key` — `key-jwk`, `key-did-key`, `key-did-jwk`, `key-fetched`
/// (passed), `key-offline` (skipped, arg `url`), or an error code; `proof` —
/// `signature-valid` (arg `alg`), `signature-invalid`, `jws-unsupported-alg`,
/// `key-alg-mismatch`, `proof-not-checked` (skipped: no key); `key-controller` —
/// `key-controller-match`, `key-controller-mismatch` (args `controller`, `issuer`),
/// `key-provenance-unknown` (skipped: a bare JWK); `jwt-claims` —
/// `jwt-claims-match`, `jwt-claim-missing`, `jwt-claim-mismatch`,
/// `jwt-claim-invalid` (arg `claim`); `jwt-validity` — `jwt-times-valid`,
/// `not-yet-valid`, `expired` (arg `date`), omitted when neither claim is present.
pub fn verify_vc_jwt(token: &str, now: OffsetDateTime, fetcher: &dyn Fetcher) -> JwtVerification {
    let jws = match parse_jws(token) {
        Ok(j) => j,
        Err(e) => {
            return JwtVerification {
                credential: None,
                checks: vec![Check::from_error(CheckId::Format, &e)],
            };
        }
    };
    let Some(credential) = credential_from_payload(&jws.payload) else {
        return JwtVerification {
            credential: None,
            checks: vec![Check::from_error(
                CheckId::Format,
                &BadgeError::NotABadge {
                    detail: "the token's payload is not a credential".into(),
                },
            )],
        };
    };
    let mut checks = Vec::new();
    let issuer = issuer_id(&credential);

    // Algorithm first: `none`/HMAC never reach key resolution.
    let alg = match jws.alg() {
        Ok(a) => Some(a),
        Err(e) => {
            checks.push(Check::from_error(CheckId::Proof, &e));
            None
        }
    };
    if let Some(alg) = alg {
        match resolve_jws_key(&jws, fetcher) {
            Ok(Resolution::Resolved(k)) => {
                let code = match &k.source {
                    KeySource::HeaderJwk => "key-jwk",
                    KeySource::DidKey => "key-did-key",
                    KeySource::DidJwk => "key-did-jwk",
                    KeySource::Fetched { .. } => "key-fetched",
                };
                let mut c = Check::passed(CheckId::IssuerKey, code);
                if let KeySource::Fetched { url } = &k.source {
                    c = c.with_arg("url", url.clone());
                }
                checks.push(c);
                checks.push(match jws.verify(&k.key) {
                    Ok(()) => Check::passed(CheckId::Proof, "signature-valid")
                        .with_arg("alg", alg.as_str()),
                    Err(e) => Check::from_error(CheckId::Proof, &e),
                });
                checks.push(match (&k.controller, &issuer) {
                    (None, _) => Check::skipped(CheckId::KeyController, "key-provenance-unknown"),
                    (Some(c), Some(i)) if c == i => {
                        Check::passed(CheckId::KeyController, "key-controller-match")
                            .with_arg("controller", c.clone())
                    }
                    (Some(c), i) => {
                        Check::failed(CheckId::KeyController, "key-controller-mismatch")
                            .with_arg("controller", c.clone())
                            .with_arg("issuer", i.clone().unwrap_or_default())
                    }
                });
            }
            Ok(Resolution::Unavailable { url }) => {
                checks.push(Check::skipped(CheckId::IssuerKey, "key-offline").with_arg("url", url));
                checks.push(Check::skipped(CheckId::Proof, "proof-not-checked"));
            }
            Err(e) => {
                checks.push(Check::from_error(CheckId::IssuerKey, &e));
                checks.push(Check::skipped(CheckId::Proof, "proof-not-checked"));
            }
        }
    }

    checks.push(claims_check(&jws.payload, &credential, issuer.as_deref()));
    if let Some(c) = validity_check(&jws.payload, now) {
        checks.push(c);
    }
    JwtVerification {
        credential: Some(credential),
        checks,
    }
}

/// `issuer` as a string or `issuer.id`.
pub(crate) fn issuer_id(credential: &Value) -> Option<String> {
    match credential.get("issuer") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Object(o)) => o.get("id").and_then(Value::as_str).map(str::to_owned),
        _ => None,
    }
}

fn claims_check(payload: &Value, credential: &Value, issuer: Option<&str>) -> Check {
    let subject_id = match credential.get("credentialSubject") {
        Some(Value::Array(a)) => a.first().and_then(|s| s.get("id")),
        Some(s) => s.get("id"),
        None => None,
    }
    .and_then(Value::as_str);
    let expected = [
        ("iss", issuer),
        ("jti", credential.get("id").and_then(Value::as_str)),
        ("sub", subject_id),
    ];
    for (claim, wanted) in expected {
        let got = payload.get(claim);
        match (got, wanted) {
            (None, _) if claim == "iss" => {
                return Check::failed(CheckId::JwtClaims, "jwt-claim-missing")
                    .with_arg("claim", claim);
            }
            (None, _) => {}
            (Some(Value::String(g)), Some(w)) if g == w => {}
            (Some(Value::String(g)), w) => {
                return Check::failed(CheckId::JwtClaims, "jwt-claim-mismatch")
                    .with_arg("claim", claim)
                    .with_arg("token", g.clone())
                    .with_arg("credential", w.unwrap_or_default());
            }
            (Some(_), _) => {
                return Check::failed(CheckId::JwtClaims, "jwt-claim-invalid")
                    .with_arg("claim", claim);
            }
        }
    }
    for claim in ["nbf", "exp", "iat"] {
        if payload
            .get(claim)
            .is_some_and(|v| numeric_date(v).is_none())
        {
            return Check::failed(CheckId::JwtClaims, "jwt-claim-invalid").with_arg("claim", claim);
        }
    }
    Check::passed(CheckId::JwtClaims, "jwt-claims-match")
}

/// A NumericDate (seconds since the epoch, integer or fraction) as whole seconds.
fn numeric_date(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_i64() {
        return Some(i);
    }
    let f = v.as_f64()?;
    (f.is_finite() && f.abs() < 1e15).then(|| f.floor() as i64)
}

fn validity_check(payload: &Value, now: OffsetDateTime) -> Option<Check> {
    let nbf = payload.get("nbf").and_then(numeric_date);
    let exp = payload.get("exp").and_then(numeric_date);
    if nbf.is_none() && exp.is_none() {
        return None;
    }
    let now = now.unix_timestamp();
    if let Some(nbf) = nbf
        && now.saturating_add(CLOCK_SKEW_SECONDS) < nbf
    {
        return Some(
            Check::failed(CheckId::JwtValidity, "not-yet-valid").with_arg("date", date_arg(nbf)),
        );
    }
    if let Some(exp) = exp
        && now.saturating_sub(CLOCK_SKEW_SECONDS) >= exp
    {
        return Some(
            Check::failed(CheckId::JwtValidity, "expired").with_arg("date", date_arg(exp)),
        );
    }
    Some(Check::passed(CheckId::JwtValidity, "jwt-times-valid"))
}

fn date_arg(secs: i64) -> String {
    OffsetDateTime::from_unix_timestamp(secs)
        .ok()
        .and_then(|d| d.format(&Rfc3339).ok())
        .unwrap_or_else(|| secs.to_string())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::didkey::NoNetwork;
    use crate::report::Outcome;
    use serde_json::json;
    use std::sync::OnceLock;

    fn b64(bytes: &[u8]) -> String {
        URL_SAFE_NO_PAD.encode(bytes)
    }

    /// A token with an empty signature (for format tests).
    pub(crate) fn unsigned_token(header: &Value, payload: &Value) -> String {
        format!(
            "{}.{}.",
            b64(header.to_string().as_bytes()),
            b64(payload.to_string().as_bytes())
        )
    }

    fn signing_input(header: &Value, payload: &Value) -> String {
        format!(
            "{}.{}",
            b64(header.to_string().as_bytes()),
            b64(payload.to_string().as_bytes())
        )
    }

    fn ed_key() -> ed25519_dalek::SigningKey {
        ed25519_dalek::SigningKey::from_bytes(&[7; 32])
    }

    fn sign_ed(header: &Value, payload: &Value) -> String {
        use ed25519_dalek::Signer;
        let input = signing_input(header, payload);
        let sig = ed_key().sign(input.as_bytes());
        format!("{input}.{}", b64(&sig.to_bytes()))
    }

    fn p256_key() -> p256::ecdsa::SigningKey {
        p256::ecdsa::SigningKey::from_slice(&[3; 32]).unwrap()
    }

    fn rsa_key() -> &'static rsa::RsaPrivateKey {
        static KEY: OnceLock<rsa::RsaPrivateKey> = OnceLock::new();
        KEY.get_or_init(|| {
            use rand_chacha::rand_core::SeedableRng;
            // Seed chosen for a quick key search (about 2.5 s in a debug build).
            let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(2024);
            rsa::RsaPrivateKey::new(&mut rng, 2048).unwrap()
        })
    }

    fn ed_jwk() -> Value {
        json!({"kty": "OKP", "crv": "Ed25519", "x": b64(ed_key().verifying_key().as_bytes())})
    }

    fn p256_jwk() -> Value {
        let point = p256_key().verifying_key().to_encoded_point(false);
        json!({"kty": "EC", "crv": "P-256",
               "x": b64(point.x().unwrap()), "y": b64(point.y().unwrap())})
    }

    fn rsa_jwk() -> Value {
        use rsa::traits::PublicKeyParts;
        let k = rsa_key().to_public_key();
        json!({"kty": "RSA", "n": b64(&k.n().to_bytes_be()), "e": b64(&k.e().to_bytes_be())})
    }

    fn did_key() -> String {
        crate::didkey::did_key_for_ed25519(&ed_key().verifying_key().to_bytes())
    }

    fn credential(issuer: &str) -> Value {
        json!({
            "@context": ["https://www.w3.org/ns/credentials/v2",
                         "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
            "id": "urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002",
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": {"id": issuer, "type": ["Profile"], "name": "Forem"},
            "validFrom": "2024-01-01T00:00:00Z",
            "credentialSubject": {"id": "did:example:learner", "type": ["AchievementSubject"],
                                  "achievement": {"id": "urn:a", "type": ["Achievement"], "name": "PM"}}
        })
    }

    fn payload(issuer: &str) -> Value {
        let mut p = credential(issuer);
        let m = p.as_object_mut().unwrap();
        m.insert("iss".into(), json!(issuer));
        m.insert(
            "jti".into(),
            json!("urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002"),
        );
        m.insert("sub".into(), json!("did:example:learner"));
        m.insert("nbf".into(), json!(1_704_067_200)); // 2024-01-01
        m.insert("exp".into(), json!(1_893_456_000)); // 2030-01-01
        p
    }

    fn now() -> OffsetDateTime {
        OffsetDateTime::from_unix_timestamp(1_750_000_000).unwrap() // 2025-06-15
    }

    fn outcome(v: &JwtVerification, id: CheckId) -> (Outcome, String) {
        let c = v
            .checks
            .iter()
            .find(|c| c.id == id)
            .unwrap_or_else(|| panic!("no {id:?} in {:?}", v.checks));
        (c.outcome, c.code.clone())
    }

    #[test]
    fn eddsa_with_did_key_kid_verifies_offline() {
        let did = did_key();
        let kid = format!("{did}#{}", &did[8..]);
        let token = sign_ed(
            &json!({"alg": "EdDSA", "typ": "JWT", "kid": kid}),
            &payload(&did),
        );
        let v = verify_vc_jwt(&format!("  {token}\n"), now(), &NoNetwork);
        assert_eq!(
            outcome(&v, CheckId::IssuerKey),
            (Outcome::Passed, "key-did-key".into())
        );
        assert_eq!(
            outcome(&v, CheckId::Proof),
            (Outcome::Passed, "signature-valid".into())
        );
        assert_eq!(
            outcome(&v, CheckId::KeyController),
            (Outcome::Passed, "key-controller-match".into())
        );
        assert_eq!(
            outcome(&v, CheckId::JwtClaims),
            (Outcome::Passed, "jwt-claims-match".into())
        );
        assert_eq!(
            outcome(&v, CheckId::JwtValidity),
            (Outcome::Passed, "jwt-times-valid".into())
        );
        assert_eq!(
            crate::Report::new(v.checks.clone()).status,
            crate::Status::Verified
        );
        assert_eq!(
            v.credential.unwrap()["id"],
            "urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002"
        );
    }

    #[test]
    fn es256_and_rs256_with_header_jwk() {
        use rsa::signature::{SignatureEncoding, Signer};
        let p = payload("https://issuer.example");
        let h = json!({"alg": "ES256", "jwk": p256_jwk()});
        let input = signing_input(&h, &p);
        let sig: p256::ecdsa::Signature = p256_key().sign(input.as_bytes());
        let token = format!("{input}.{}", b64(&sig.to_bytes()));
        let v = verify_vc_jwt(&token, now(), &NoNetwork);
        assert_eq!(
            outcome(&v, CheckId::Proof),
            (Outcome::Passed, "signature-valid".into())
        );
        assert_eq!(
            outcome(&v, CheckId::KeyController),
            (Outcome::Skipped, "key-provenance-unknown".into())
        );
        assert_eq!(crate::Report::new(v.checks).status, crate::Status::Warning);

        let h = json!({"alg": "RS256", "jwk": rsa_jwk()});
        let input = signing_input(&h, &p);
        let signer = rsa::pkcs1v15::SigningKey::<sha2::Sha256>::new(rsa_key().clone());
        let sig = signer.sign(input.as_bytes());
        let token = format!("{input}.{}", b64(&sig.to_bytes()));
        let v = verify_vc_jwt(&token, now(), &NoNetwork);
        assert_eq!(
            outcome(&v, CheckId::Proof),
            (Outcome::Passed, "signature-valid".into())
        );
        // Tampered RS256 payload fails.
        let mut parts: Vec<&str> = token.split('.').collect();
        let other = b64(payload("https://evil.example").to_string().as_bytes());
        parts[1] = &other;
        let v = verify_vc_jwt(&parts.join("."), now(), &NoNetwork);
        assert_eq!(
            outcome(&v, CheckId::Proof),
            (Outcome::Failed, "signature-invalid".into())
        );
    }

    #[test]
    fn tampered_payload_and_wrong_key_fail() {
        let h = json!({"alg": "EdDSA", "jwk": ed_jwk()});
        let token = sign_ed(&h, &payload("https://issuer.example"));
        let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
        let mut tampered = payload("https://issuer.example");
        tampered["credentialSubject"]["achievement"]["name"] = json!("Astronaut");
        parts[1] = b64(tampered.to_string().as_bytes());
        let v = verify_vc_jwt(&parts.join("."), now(), &NoNetwork);
        assert_eq!(
            outcome(&v, CheckId::Proof),
            (Outcome::Failed, "signature-invalid".into())
        );
        assert_eq!(crate::Report::new(v.checks).status, crate::Status::Failed);

        // Signed with our key, header names another key.
        let other = ed25519_dalek::SigningKey::from_bytes(&[9; 32]);
        let h = json!({"alg": "EdDSA",
                       "jwk": {"kty": "OKP", "crv": "Ed25519", "x": b64(other.verifying_key().as_bytes())}});
        let token = sign_ed(&h, &payload("https://issuer.example"));
        let v = verify_vc_jwt(&token, now(), &NoNetwork);
        assert_eq!(
            outcome(&v, CheckId::Proof),
            (Outcome::Failed, "signature-invalid".into())
        );

        // A did:key that is not the issuer's.
        let did = did_key();
        let token = sign_ed(
            &json!({"alg": "EdDSA", "kid": did}),
            &payload("did:key:z6MkOther"),
        );
        let v = verify_vc_jwt(&token, now(), &NoNetwork);
        assert_eq!(outcome(&v, CheckId::Proof).0, Outcome::Passed);
        assert_eq!(
            outcome(&v, CheckId::KeyController),
            (Outcome::Failed, "key-controller-mismatch".into())
        );
        // An ES256 header with an Ed25519 key.
        let token = sign_ed(&json!({"alg": "ES256", "jwk": ed_jwk()}), &payload("x"));
        let v = verify_vc_jwt(&token, now(), &NoNetwork);
        assert_eq!(
            outcome(&v, CheckId::Proof),
            (Outcome::Failed, "key-alg-mismatch".into())
        );
    }

    #[test]
    fn alg_none_hmac_and_private_jwk_are_refused() {
        let p = payload("https://issuer.example");
        for alg in ["none", "HS256", "ES512", ""] {
            let token = unsigned_token(&json!({"alg": alg, "jwk": ed_jwk()}), &p);
            let v = verify_vc_jwt(&token, now(), &NoNetwork);
            assert_eq!(
                outcome(&v, CheckId::Proof),
                (Outcome::Failed, "jws-unsupported-alg".into()),
                "{alg}"
            );
            assert_eq!(crate::Report::new(v.checks).status, crate::Status::Failed);
        }
        let mut jwk = ed_jwk();
        jwk["d"] = json!(b64(&[7; 32]));
        let token = sign_ed(&json!({"alg": "EdDSA", "jwk": jwk}), &p);
        let v = verify_vc_jwt(&token, now(), &NoNetwork);
        assert_eq!(
            outcome(&v, CheckId::IssuerKey),
            (Outcome::Failed, "jws-private-key".into())
        );
        assert_eq!(crate::Report::new(v.checks).status, crate::Status::Failed);
        // Neither jwk nor kid.
        let token = sign_ed(&json!({"alg": "EdDSA"}), &p);
        let v = verify_vc_jwt(&token, now(), &NoNetwork);
        assert_eq!(
            outcome(&v, CheckId::IssuerKey),
            (Outcome::Failed, "jws-no-key".into())
        );
        // crit.
        let token = sign_ed(
            &json!({"alg": "EdDSA", "jwk": ed_jwk(), "crit": ["b64"]}),
            &p,
        );
        let v = verify_vc_jwt(&token, now(), &NoNetwork);
        assert_eq!(
            outcome(&v, CheckId::Format),
            (Outcome::Failed, "jws-malformed".into())
        );
    }

    #[test]
    fn kid_needing_the_network_is_skipped_offline_and_fetched_online() {
        let p = payload("did:web:issuer.example");
        let token = sign_ed(
            &json!({"alg": "EdDSA", "kid": "did:web:issuer.example#key-1"}),
            &p,
        );
        let v = verify_vc_jwt(&token, now(), &NoNetwork);
        assert_eq!(
            outcome(&v, CheckId::IssuerKey),
            (Outcome::Skipped, "key-offline".into())
        );
        assert_eq!(
            outcome(&v, CheckId::Proof),
            (Outcome::Skipped, "proof-not-checked".into())
        );
        assert_eq!(
            crate::Report::new(v.checks.clone()).status,
            crate::Status::Warning
        );

        let doc = json!({"id": "did:web:issuer.example", "verificationMethod": [{
            "id": "did:web:issuer.example#key-1", "type": "JsonWebKey2020",
            "controller": "did:web:issuer.example", "publicKeyJwk": ed_jwk()}]});
        let f = crate::didkey::tests::MapFetcher(std::collections::HashMap::from([
            (
                "https://issuer.example/.well-known/did.json".to_owned(),
                doc.to_string().into_bytes(),
            ),
            (
                "https://issuer.example/jwks.json".to_owned(),
                json!({"keys": [{"kid": "k1", "kty": "OKP", "crv": "Ed25519",
                    "x": b64(ed_key().verifying_key().as_bytes())}]})
                .to_string()
                .into_bytes(),
            ),
        ]));
        let v = verify_vc_jwt(&token, now(), &f);
        assert_eq!(
            outcome(&v, CheckId::IssuerKey),
            (Outcome::Passed, "key-fetched".into())
        );
        assert_eq!(outcome(&v, CheckId::Proof).0, Outcome::Passed);
        assert_eq!(outcome(&v, CheckId::KeyController).0, Outcome::Passed);

        let token = sign_ed(
            &json!({"alg": "EdDSA", "kid": "https://issuer.example/jwks.json#k1"}),
            &p,
        );
        let v = verify_vc_jwt(&token, now(), &f);
        assert_eq!(outcome(&v, CheckId::Proof).0, Outcome::Passed);
        let token = sign_ed(&json!({"alg": "EdDSA", "kid": "did:ion:xyz"}), &p);
        let v = verify_vc_jwt(&token, now(), &f);
        assert_eq!(
            outcome(&v, CheckId::IssuerKey),
            (Outcome::Failed, "did-unsupported".into())
        );
    }

    #[test]
    fn did_jwk_and_p256_did_key() {
        let jwk = p256_jwk();
        let did = format!("did:jwk:{}", b64(jwk.to_string().as_bytes()));
        let p = payload(&did);
        let h = json!({"alg": "ES256", "kid": format!("{did}#0")});
        use rsa::signature::Signer;
        let input = signing_input(&h, &p);
        let sig: p256::ecdsa::Signature = p256_key().sign(input.as_bytes());
        let token = format!("{input}.{}", b64(&sig.to_bytes()));
        let v = verify_vc_jwt(&token, now(), &NoNetwork);
        assert_eq!(
            outcome(&v, CheckId::IssuerKey),
            (Outcome::Passed, "key-did-jwk".into())
        );
        assert_eq!(outcome(&v, CheckId::Proof).0, Outcome::Passed);
        assert_eq!(outcome(&v, CheckId::KeyController).0, Outcome::Passed);

        let compressed = p256_key().verifying_key().to_encoded_point(true);
        let mut mc = vec![0x80, 0x24];
        mc.extend_from_slice(compressed.as_bytes());
        let did = format!("did:key:z{}", bs58::encode(mc).into_string());
        let p = payload(&did);
        let h = json!({"alg": "ES256", "kid": did});
        let input = signing_input(&h, &p);
        let sig: p256::ecdsa::Signature = p256_key().sign(input.as_bytes());
        let token = format!("{input}.{}", b64(&sig.to_bytes()));
        let v = verify_vc_jwt(&token, now(), &NoNetwork);
        assert_eq!(outcome(&v, CheckId::Proof).0, Outcome::Passed);
    }

    #[test]
    fn claims_must_match_the_credential() {
        let did = did_key();
        let h = json!({"alg": "EdDSA", "kid": did});
        for (claim, value, code) in [
            ("iss", json!("did:example:evil"), "jwt-claim-mismatch"),
            ("jti", json!("urn:uuid:other"), "jwt-claim-mismatch"),
            (
                "sub",
                json!("did:example:someone-else"),
                "jwt-claim-mismatch",
            ),
            ("iss", Value::Null, "jwt-claim-invalid"),
            ("nbf", json!("yesterday"), "jwt-claim-invalid"),
        ] {
            let mut p = payload(&did);
            p[claim] = value;
            let v = verify_vc_jwt(&sign_ed(&h, &p), now(), &NoNetwork);
            let c = v
                .checks
                .iter()
                .find(|c| c.id == CheckId::JwtClaims)
                .unwrap();
            assert_eq!(
                (c.outcome, c.code.as_str()),
                (Outcome::Failed, code),
                "{claim}"
            );
            assert_eq!(c.args["claim"], claim);
        }
        let mut p = payload(&did);
        p.as_object_mut().unwrap().remove("iss");
        let v = verify_vc_jwt(&sign_ed(&h, &p), now(), &NoNetwork);
        assert_eq!(
            outcome(&v, CheckId::JwtClaims),
            (Outcome::Failed, "jwt-claim-missing".into())
        );
        // VCDM 1.1: the credential in the vc claim.
        let mut vc = credential(&did);
        vc["@context"][0] = json!("https://www.w3.org/2018/credentials/v1");
        let p = json!({"iss": did, "jti": vc["id"], "sub": "did:example:learner", "vc": vc});
        let v = verify_vc_jwt(&sign_ed(&h, &p), now(), &NoNetwork);
        assert_eq!(outcome(&v, CheckId::JwtClaims).0, Outcome::Passed);
        assert_eq!(
            v.credential.unwrap()["@context"][0],
            "https://www.w3.org/2018/credentials/v1"
        );
    }

    #[test]
    fn nbf_and_exp_against_now_with_skew() {
        let did = did_key();
        let h = json!({"alg": "EdDSA", "kid": did});
        let at = |secs: i64| OffsetDateTime::from_unix_timestamp(secs).unwrap();
        let p = payload(&did);
        let v = verify_vc_jwt(&sign_ed(&h, &p), at(1_893_456_000 + 301), &NoNetwork);
        let c = v
            .checks
            .iter()
            .find(|c| c.id == CheckId::JwtValidity)
            .unwrap();
        assert_eq!((c.outcome, c.code.as_str()), (Outcome::Failed, "expired"));
        assert_eq!(c.args["date"], "2030-01-01T00:00:00Z");
        assert_eq!(crate::Report::new(v.checks).status, crate::Status::Warning);
        let v = verify_vc_jwt(&sign_ed(&h, &p), at(1_893_456_000 + 200), &NoNetwork);
        assert_eq!(
            outcome(&v, CheckId::JwtValidity).0,
            Outcome::Passed,
            "within skew"
        );
        let v = verify_vc_jwt(&sign_ed(&h, &p), at(1_704_067_200 - 301), &NoNetwork);
        assert_eq!(
            outcome(&v, CheckId::JwtValidity),
            (Outcome::Failed, "not-yet-valid".into())
        );
        let mut p2 = p.clone();
        p2.as_object_mut().unwrap().remove("nbf");
        p2.as_object_mut().unwrap().remove("exp");
        let v = verify_vc_jwt(&sign_ed(&h, &p2), now(), &NoNetwork);
        assert!(v.checks.iter().all(|c| c.id != CheckId::JwtValidity));
        // Fractional and absurd NumericDates do not panic.
        p2["exp"] = json!(1e300);
        let v = verify_vc_jwt(&sign_ed(&h, &p2), now(), &NoNetwork);
        assert_eq!(outcome(&v, CheckId::JwtClaims).0, Outcome::Failed);
        p2["exp"] = json!(1_893_456_000.5);
        let v = verify_vc_jwt(&sign_ed(&h, &p2), now(), &NoNetwork);
        assert_eq!(outcome(&v, CheckId::JwtValidity).0, Outcome::Passed);
    }

    #[test]
    fn malformed_tokens() {
        for bad in [
            "",
            "a.b",
            "a.b.c.d",
            "!!!.eyJ9.sig",
            "eyJhbGciOiJFZERTQSJ9.%%%.sig",
            "W10.W10.",   // header is [] not an object
            "eyJ9.eyJ9.", // not JSON
        ] {
            let v = verify_vc_jwt(bad, now(), &NoNetwork);
            assert_eq!(v.checks.len(), 1, "{bad}");
            assert_eq!(v.checks[0].id, CheckId::Format);
            assert_eq!(v.checks[0].outcome, Outcome::Failed);
            assert_eq!(v.checks[0].code, "jws-malformed", "{bad}");
            assert!(v.credential.is_none());
        }
        // Padding and non-canonical base64url are refused.
        let t = unsigned_token(&json!({"alg": "EdDSA"}), &json!({"a": 1}));
        assert!(parse_jws(&t).is_ok());
        assert!(parse_jws(&t.replacen('.', "=.", 1)).is_err());
        // A payload that is not an object.
        let t = unsigned_token(&json!({"alg": "EdDSA"}), &json!([1]));
        let v = verify_vc_jwt(&t, now(), &NoNetwork);
        assert_eq!(v.checks[0].code, "not-a-badge");
        // Deeply nested payload.
        let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
        let t = format!("{}.{}.", b64(b"{\"alg\":\"EdDSA\"}"), b64(deep.as_bytes()));
        assert_eq!(parse_jws(&t).unwrap_err().code(), "too-deep");
    }

    #[test]
    fn looks_like_jws_shapes() {
        assert!(looks_like_jws("eyJhbGciOiJub25lIn0.eyJ9."));
        assert!(!looks_like_jws("eyJhbGciOiJub25lIn0..sig"));
        assert!(!looks_like_jws("abc.def.ghi"));
        assert!(!looks_like_jws("eyJ.a b.c"));
        assert!(!looks_like_jws("https://example.org/a.b.c"));
        assert!(!looks_like_jws("e.f.g"));
        assert!(looks_like_jws("ewogICJhbGciOiAiRWREU0EiCn0.eyJ9.x")); // "{\n  \"alg\"…"
    }

    #[test]
    fn jwk_parsing_refuses_bad_keys() {
        for bad in [
            json!("not an object"),
            json!({"kty": "oct", "k": "AAAA"}),
            json!({"kty": "OKP", "crv": "X25519", "x": "AAAA"}),
            json!({"kty": "OKP", "crv": "Ed25519", "x": "AAAA"}),
            json!({"kty": "EC", "crv": "P-256", "x": b64(&[1; 32]), "y": b64(&[2; 32])}),
            json!({"kty": "EC", "crv": "P-384", "x": "AA", "y": "AA"}),
            json!({"kty": "RSA", "n": b64(&[0xff; 128]), "e": "AQAB"}), // 1024 bits
            json!({"kty": "RSA", "n": b64(&[0xff; 1025]), "e": "AQAB"}), // 8200 bits
        ] {
            let err = public_key_from_jwk(&bad).unwrap_err();
            assert!(
                matches!(err.code(), "key-invalid" | "jws-private-key"),
                "{bad}: {err:?}"
            );
        }
        assert_eq!(
            public_key_from_jwk(&json!({"kty": "RSA", "n": "AA", "e": "AQAB", "p": "AA"}))
                .unwrap_err(),
            BadgeError::JwsPrivateKey
        );
        assert!(matches!(
            public_key_from_jwk(&rsa_jwk()).unwrap(),
            PublicKey::Rsa(_)
        ));
    }
}
