//! Revocation and suspension from a Bitstring Status List (W3C) or a 1EdTech
//! revocation list, read from a document that the caller supplies through the
//! [`Fetcher`] (`--doc`, or a list the person imported into the wallet).
//! Offline with no list, the check is skipped with its reason, never failed.

use base64::Engine;
use serde_json::Value;

use crate::didkey::Fetcher;
use crate::proof::{self, KeyResolver, ProofVerdict};
use crate::report::{Check, CheckId};

/// Largest decompressed status list accepted (the spec's minimum is 16 KiB).
const MAX_LIST_BYTES: usize = 16 * 1024 * 1024;

/// The status check for a credential (`credentialStatus` absent ⇒ nothing to check).
pub(crate) fn status_check(json: &Value, fetcher: &dyn Fetcher, keys: &dyn KeyResolver) -> Check {
    let entries: Vec<&Value> = match json.get("credentialStatus") {
        None => return Check::passed(CheckId::Status, "status-none"),
        Some(Value::Array(a)) => a.iter().collect(),
        Some(v) => vec![v],
    };
    let mut last = Check::passed(CheckId::Status, "status-none");
    for entry in entries {
        let kind = entry
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("unknown");
        let check = if kind == "BitstringStatusListEntry" {
            bitstring_entry(json, entry, fetcher, keys)
        } else if kind == "1EdTechRevocationList" {
            revocation_list_entry(json, entry, fetcher)
        } else {
            Check::skipped(CheckId::Status, "status-needs-network").with_arg("type", kind)
        };
        // The first entry that is not fine decides.
        if check.outcome != crate::Outcome::Passed {
            return check;
        }
        last = check;
    }
    last
}

fn bitstring_entry(
    credential: &Value,
    entry: &Value,
    fetcher: &dyn Fetcher,
    keys: &dyn KeyResolver,
) -> Check {
    let text = |k: &str| entry.get(k).and_then(Value::as_str);
    let failed = |code: &str| Check::failed(CheckId::Status, code);
    let (Some(url), Some(purpose), Some(index)) = (
        text("statusListCredential"),
        text("statusPurpose"),
        text("statusListIndex").and_then(|i| i.parse::<usize>().ok()),
    ) else {
        return failed("status-entry-malformed");
    };
    let Some(bytes) = fetcher.fetch(url) else {
        return Check::skipped(CheckId::Status, "status-needs-network")
            .with_arg("type", "BitstringStatusListEntry")
            .with_arg("url", url);
    };
    let Ok(list) = serde_json::from_slice::<Value>(&bytes) else {
        return failed("status-list-invalid").with_arg("url", url);
    };
    // The list must be signed, by the credential's own issuer.
    let outcome = proof::verify_credential_with(&list, keys);
    if outcome.verdict != ProofVerdict::Passed {
        return failed("status-list-invalid")
            .with_arg("url", url)
            .with_arg("detail", outcome.code);
    }
    if proof::issuer_id(&list) != proof::issuer_id(credential) {
        return failed("status-list-issuer-mismatch").with_arg("url", url);
    }
    let subject = &list["credentialSubject"];
    if subject.get("statusPurpose").and_then(Value::as_str) != Some(purpose) {
        return failed("status-list-invalid")
            .with_arg("url", url)
            .with_arg("detail", "statusPurpose");
    }
    let Some(bits) = subject
        .get("encodedList")
        .and_then(Value::as_str)
        .and_then(decode_list)
    else {
        return failed("status-list-invalid")
            .with_arg("url", url)
            .with_arg("detail", "encodedList");
    };
    let Some(byte) = bits.get(index / 8) else {
        return failed("status-index-invalid").with_arg("index", index.to_string());
    };
    // Index 0 is the left-most bit.
    let set = byte & (0x80 >> (index % 8)) != 0;
    match (set, purpose) {
        (false, _) => {
            Check::passed(CheckId::Status, "status-not-revoked").with_arg("purpose", purpose)
        }
        (true, "suspension") => failed("suspended"),
        (true, _) => failed("revoked"),
    }
}

/// `1EdTechRevocationList` (OB 3.0 §VCRL): the entry's `id` is the URL of a JSON
/// list `{id, issuer?, revokedCredential: [{id, revoked?, revocationReason?}]}`;
/// the credential is revoked when its `id` is listed and `revoked` is not `false`.
/// Such lists are not signed, so a list naming another issuer is refused.
fn revocation_list_entry(credential: &Value, entry: &Value, fetcher: &dyn Fetcher) -> Check {
    let failed = |code: &str| Check::failed(CheckId::Status, code);
    let Some(url) = entry.get("id").and_then(Value::as_str) else {
        return failed("status-entry-malformed");
    };
    let Some(bytes) = fetcher.fetch(url) else {
        return Check::skipped(CheckId::Status, "status-needs-network")
            .with_arg("type", "1EdTechRevocationList")
            .with_arg("url", url);
    };
    let list = serde_json::from_slice::<Value>(&bytes).ok();
    let Some(revoked) = list
        .as_ref()
        .and_then(|l| l.get("revokedCredential"))
        .and_then(Value::as_array)
    else {
        return failed("status-list-invalid")
            .with_arg("url", url)
            .with_arg("detail", "revokedCredential");
    };
    let list = list.as_ref().unwrap_or(&Value::Null);
    if list.get("issuer").is_some() && proof::issuer_id(list) != proof::issuer_id(credential) {
        return failed("status-list-issuer-mismatch").with_arg("url", url);
    }
    let Some(id) = credential.get("id").and_then(Value::as_str) else {
        // A credential without an id cannot be named by a revocation list.
        return Check::passed(CheckId::Status, "status-not-listed").with_arg("url", url);
    };
    let hit = revoked.iter().find(|r| {
        r.get("id").and_then(Value::as_str) == Some(id)
            && r.get("revoked").and_then(Value::as_bool) != Some(false)
    });
    match hit {
        Some(r) => self::revoked(r.get("revocationReason").and_then(Value::as_str)),
        None => Check::passed(CheckId::Status, "status-not-listed").with_arg("url", url),
    }
}

/// A failed status check "revoked", with the issuer's reason when it gave one.
pub(crate) fn revoked(reason: Option<&str>) -> Check {
    let check = Check::failed(CheckId::Status, "revoked");
    match reason {
        Some(r) => check.with_arg("reason", r.chars().take(300).collect::<String>()),
        None => check,
    }
}

/// `encodedList`: multibase base64url (`u…`) of a GZIP-compressed bitstring.
fn decode_list(encoded: &str) -> Option<Vec<u8>> {
    let b64 = encoded
        .strip_prefix('u')
        .unwrap_or(encoded)
        .trim_end_matches('=');
    let gz = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(b64)
        .ok()?;
    gunzip(&gz)
}

/// Decompress a GZIP member (RFC 1952) with a size cap.
fn gunzip(gz: &[u8]) -> Option<Vec<u8>> {
    if gz.len() < 18 || gz[0] != 0x1f || gz[1] != 0x8b || gz[2] != 8 {
        return None;
    }
    let flags = gz[3];
    let mut pos = 10;
    if flags & 0x04 != 0 {
        let len = usize::from(u16::from_le_bytes([*gz.get(pos)?, *gz.get(pos + 1)?]));
        pos += 2 + len;
    }
    for flag in [0x08, 0x10] {
        if flags & flag != 0 {
            pos += gz.get(pos..)?.iter().position(|&b| b == 0)? + 1;
        }
    }
    if flags & 0x02 != 0 {
        pos += 2;
    }
    let body = gz.get(pos..gz.len().checked_sub(8)?)?;
    miniz_oxide::inflate::decompress_to_vec_with_limit(body, MAX_LIST_BYTES).ok()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::Path;

    use super::*;
    use crate::Outcome;
    use crate::proof::DidKeyResolver;

    struct Docs(BTreeMap<String, Vec<u8>>);
    impl Fetcher for Docs {
        fn fetch(&self, url: &str) -> Option<Vec<u8>> {
            self.0.get(url).cloned()
        }
    }

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../tests/fixtures/oracle")
                .join(name),
        )
        .unwrap()
    }

    fn docs() -> Docs {
        Docs(
            [(
                "https://status.oracle.example/lists/1".to_owned(),
                fixture("status-list.json"),
            )]
            .into(),
        )
    }

    fn check(file: &str, fetcher: &dyn Fetcher) -> Check {
        let json: Value = serde_json::from_slice(&fixture(file)).unwrap();
        status_check(&json, fetcher, &DidKeyResolver)
    }

    #[test]
    fn revoked_and_active_are_told_apart_with_the_supplied_list() {
        let revoked = check("revoked.json", &docs());
        assert_eq!(
            (revoked.outcome, revoked.code.as_str()),
            (Outcome::Failed, "revoked")
        );
        let active = check("status-active.json", &docs());
        assert_eq!(
            (active.outcome, active.code.as_str()),
            (Outcome::Passed, "status-not-revoked")
        );
        assert_eq!(check("valid-01.json", &docs()).code, "status-none");
    }

    #[test]
    fn without_the_list_the_check_is_skipped_not_failed() {
        let c = check("revoked.json", &Docs(BTreeMap::new()));
        assert_eq!(c.outcome, Outcome::Skipped);
        assert_eq!(c.args["url"], "https://status.oracle.example/lists/1");
    }

    #[test]
    fn a_tampered_or_foreign_list_is_refused() {
        let mut list: Value = serde_json::from_slice(&fixture("status-list.json")).unwrap();
        // Clear every bit: unsigned change, the list's proof must fail.
        list["credentialSubject"]["encodedList"] = Value::String(
            "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA".into(),
        );
        let docs = Docs(
            [(
                "https://status.oracle.example/lists/1".to_owned(),
                serde_json::to_vec(&list).unwrap(),
            )]
            .into(),
        );
        let c = check("revoked.json", &docs);
        assert_eq!(
            (c.outcome, c.code.as_str()),
            (Outcome::Failed, "status-list-invalid")
        );
    }

    fn revocation_list_credential(id: &str) -> Value {
        serde_json::json!({
            "id": id,
            "issuer": {"id": "https://badges.technofutur-tic.example/issuer.json"},
            "credentialStatus": {
                "id": "https://badges.technofutur-tic.example/revocations.json",
                "type": "1EdTechRevocationList"
            }
        })
    }

    fn revocation_docs(list: &[u8]) -> Docs {
        Docs(
            [(
                "https://badges.technofutur-tic.example/revocations.json".to_owned(),
                list.to_vec(),
            )]
            .into(),
        )
    }

    fn ob2_fixture(name: &str) -> Vec<u8> {
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../tests/fixtures/ob2")
                .join(name),
        )
        .unwrap()
    }

    #[test]
    fn a_1edtech_revocation_list_names_the_revoked_credential() {
        let docs = revocation_docs(&ob2_fixture("revocation-list.json"));
        let revoked = revocation_list_credential("urn:uuid:0e6a8a36-1111-4c1e-9f7e-5a1de5f0b001");
        let c = status_check(&revoked, &docs, &DidKeyResolver);
        assert_eq!((c.outcome, c.code.as_str()), (Outcome::Failed, "revoked"));
        assert_eq!(c.args["reason"], "Issued by mistake");
        let other = revocation_list_credential("urn:uuid:0e6a8a36-1111-4c1e-9f7e-5a1de5f0b002");
        let c = status_check(&other, &docs, &DidKeyResolver);
        assert_eq!(
            (c.outcome, c.code.as_str()),
            (Outcome::Passed, "status-not-listed")
        );
        // Without the list: skipped with its URL.
        let c = status_check(&revoked, &Docs(BTreeMap::new()), &DidKeyResolver);
        assert_eq!(c.outcome, Outcome::Skipped);
        assert_eq!(c.args["type"], "1EdTechRevocationList");
    }

    #[test]
    fn a_1edtech_list_of_another_issuer_or_malformed_is_refused() {
        let revoked = revocation_list_credential("urn:uuid:0e6a8a36-1111-4c1e-9f7e-5a1de5f0b001");
        let mut list: Value = serde_json::from_slice(&ob2_fixture("revocation-list.json")).unwrap();
        list["issuer"] = Value::String("https://elsewhere.example/issuer.json".into());
        let c = status_check(
            &revoked,
            &revocation_docs(&serde_json::to_vec(&list).unwrap()),
            &DidKeyResolver,
        );
        assert_eq!(
            (c.outcome, c.code.as_str()),
            (Outcome::Failed, "status-list-issuer-mismatch")
        );
        for bad in [&b"not json"[..], br#"{"revokedCredential": 3}"#] {
            let c = status_check(&revoked, &revocation_docs(bad), &DidKeyResolver);
            assert_eq!(
                (c.outcome, c.code.as_str()),
                (Outcome::Failed, "status-list-invalid")
            );
        }
        // `revoked: false` means listed but not revoked.
        list["issuer"] = Value::String("https://badges.technofutur-tic.example/issuer.json".into());
        list["revokedCredential"][0]["revoked"] = Value::Bool(false);
        let c = status_check(
            &revoked,
            &revocation_docs(&serde_json::to_vec(&list).unwrap()),
            &DidKeyResolver,
        );
        assert_eq!(c.outcome, Outcome::Passed);
    }

    #[test]
    fn gzip_and_bit_order() {
        // Bit 7 set in the first byte is index 7 (left-most bit is index 0).
        let raw = {
            let mut v = vec![0u8; 16];
            v[0] = 0x01;
            v
        };
        let deflated = miniz_oxide::deflate::compress_to_vec(&raw, 6);
        let mut gz = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3];
        gz.extend(&deflated);
        gz.extend([0u8; 8]);
        assert_eq!(gunzip(&gz).unwrap(), raw);
        assert!(gunzip(b"not gzip at all, really not").is_none());
        let encoded = format!(
            "u{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&gz)
        );
        let bits = decode_list(&encoded).unwrap();
        assert_eq!(bits[0] & (0x80 >> 7), 1);
    }
}
