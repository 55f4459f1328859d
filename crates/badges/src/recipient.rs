//! Is this badge the wallet owner's? Matches the recipient of an OB 2.0 assertion
//! (`recipient {type: email, hashed, salt, identity}`) or an OB 3.0 credential
//! (`credentialSubject.identifier[] {identityType: emailAddress, hashed,
//! identityHash, salt}`, or a `mailto:` subject id) against the owner's e-mails.
//! Hashes are `sha256$` or `md5$` + hex(HASH(identity ‖ salt)).

use md5::Md5;
use serde_json::Value;
use sha2::{Digest, Sha256};

/// The result of a recipient match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecipientMatch {
    /// The badge names this e-mail address (as the owner wrote it).
    Matched(String),
    /// The badge names an e-mail recipient, but none of the owner's addresses.
    NotMatched,
    /// The badge names no e-mail recipient (nothing to compare).
    NoRecipientInfo,
}

/// One e-mail identity found in a credential.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Identity {
    /// Plain e-mail, or `alg$hex` when hashed.
    value: String,
    hashed: bool,
    salt: String,
}

/// Matches the credential's e-mail recipients against `emails` (the owner's
/// addresses). The credential may be an OB 3.0 credential (also inside a VC-JWT
/// `vc` claim) or an OB 2.0 assertion.
pub fn match_recipient<S: AsRef<str>>(credential: &Value, emails: &[S]) -> RecipientMatch {
    let identities = identities(credential);
    if identities.is_empty() {
        return RecipientMatch::NoRecipientInfo;
    }
    for email in emails {
        let email = email.as_ref();
        if identities.iter().any(|id| identity_matches(id, email)) {
            return RecipientMatch::Matched(email.to_owned());
        }
    }
    RecipientMatch::NotMatched
}

/// Whether `hash` (`sha256$hex` or `md5$hex`; algorithm and hex compared ignoring
/// case) is the hash of `identity ‖ salt`.
pub fn identity_hash_matches(hash: &str, identity: &str, salt: &str) -> bool {
    let Some((alg, hex)) = hash.trim().split_once('$') else {
        return false;
    };
    let input = format!("{identity}{salt}");
    let computed = match alg.to_ascii_lowercase().as_str() {
        "sha256" => to_hex(&Sha256::digest(input.as_bytes())),
        "md5" => to_hex(&Md5::digest(input.as_bytes())),
        _ => return false,
    };
    computed.eq_ignore_ascii_case(hex)
}

/// `sha256$` + hex(SHA-256(identity ‖ salt)), e.g. to test or issue.
pub fn sha256_identity_hash(identity: &str, salt: &str) -> String {
    format!(
        "sha256${}",
        to_hex(&Sha256::digest(format!("{identity}{salt}").as_bytes()))
    )
}

fn normalise_email(e: &str) -> String {
    e.trim().to_lowercase()
}

fn identity_matches(id: &Identity, email: &str) -> bool {
    let normal = normalise_email(email);
    if normal.is_empty() {
        return false;
    }
    if id.hashed {
        // Issuers usually hash the lower-cased address; also try it as written.
        identity_hash_matches(&id.value, &normal, &id.salt)
            || identity_hash_matches(&id.value, email.trim(), &id.salt)
    } else {
        normalise_email(&id.value) == normal
    }
}

/// All e-mail identities of a credential or assertion.
fn identities(credential: &Value) -> Vec<Identity> {
    let credential = match credential.get("vc") {
        Some(vc) if vc.is_object() => vc,
        _ => credential,
    };
    let mut out = Vec::new();
    // OB 2.0
    if let Some(r) = credential.get("recipient").and_then(Value::as_object) {
        let kind = r.get("type").and_then(Value::as_str).unwrap_or("email");
        if kind.eq_ignore_ascii_case("email")
            && let Some(identity) = r.get("identity").and_then(Value::as_str)
        {
            out.push(identity_of(
                identity,
                r.get("hashed").and_then(Value::as_bool),
                r.get("salt"),
            ));
        }
    }
    // OB 3.0: credentialSubject may be one object or an array.
    let subjects: Vec<&Value> = match credential.get("credentialSubject") {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(s @ Value::Object(_)) => vec![s],
        _ => Vec::new(),
    };
    for subject in subjects {
        if let Some(mail) = subject
            .get("id")
            .and_then(Value::as_str)
            .and_then(|id| id.strip_prefix("mailto:"))
        {
            out.push(identity_of(mail, Some(false), None));
        }
        let list: Vec<&Value> = match subject.get("identifier") {
            Some(Value::Array(a)) => a.iter().collect(),
            Some(o @ Value::Object(_)) => vec![o],
            _ => Vec::new(),
        };
        for ident in list {
            let kind = ident
                .get("identityType")
                .and_then(Value::as_str)
                .unwrap_or_default();
            if !kind.eq_ignore_ascii_case("emailAddress") {
                continue;
            }
            if let Some(hash) = ident.get("identityHash").and_then(Value::as_str) {
                out.push(identity_of(
                    hash,
                    ident.get("hashed").and_then(Value::as_bool),
                    ident.get("salt"),
                ));
            }
        }
    }
    out
}

fn identity_of(value: &str, hashed: Option<bool>, salt: Option<&Value>) -> Identity {
    // `hashed` may be missing or wrong in the wild: a `sha256$`/`md5$` prefix decides.
    let lower = value.trim().to_ascii_lowercase();
    let looks_hashed = lower.starts_with("sha256$") || lower.starts_with("md5$");
    Identity {
        value: value.trim().to_owned(),
        hashed: hashed.unwrap_or(looks_hashed) || looks_hashed,
        salt: salt.and_then(Value::as_str).unwrap_or_default().to_owned(),
    }
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn known_sha256_and_md5_values() {
        // Independent values: sha256("") and md5("abc") from the FIPS / RFC 1321 examples.
        assert!(identity_hash_matches(
            "sha256$e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "",
            ""
        ));
        assert!(identity_hash_matches(
            "MD5$900150983CD24FB0D6963F7D28E17F72",
            "ab",
            "c"
        ));
        assert!(!identity_hash_matches(
            "md5$900150983cd24fb0d6963f7d28e17f72",
            "abc",
            "x"
        ));
        assert!(!identity_hash_matches("sha1$abc", "abc", ""));
        assert!(!identity_hash_matches("no-dollar", "abc", ""));
        assert!(!identity_hash_matches("sha256$", "abc", ""));
    }

    #[test]
    fn ob2_hashed_and_plain() {
        let hash = sha256_identity_hash("alice@example.org", "deadsea");
        let a = json!({"type": "Assertion", "recipient": {
            "type": "email", "hashed": true, "salt": "deadsea", "identity": hash.to_uppercase().replace("SHA256", "sha256")}});
        assert_eq!(
            match_recipient(&a, &["bob@example.org", "  Alice@Example.ORG "]),
            RecipientMatch::Matched("  Alice@Example.ORG ".into())
        );
        assert_eq!(
            match_recipient(&a, &["bob@example.org"]),
            RecipientMatch::NotMatched
        );
        assert_eq!(match_recipient::<&str>(&a, &[]), RecipientMatch::NotMatched);
        let plain = json!({"recipient": {"type": "email", "hashed": false, "identity": "Alice@example.org"}});
        assert_eq!(
            match_recipient(&plain, &["alice@EXAMPLE.org"]),
            RecipientMatch::Matched("alice@EXAMPLE.org".into())
        );
        // No salt, `hashed` missing but the prefix says so.
        let nosalt = json!({"recipient": {"type": "email",
            "identity": sha256_identity_hash("alice@example.org", "")}});
        assert!(matches!(
            match_recipient(&nosalt, &["alice@example.org"]),
            RecipientMatch::Matched(_)
        ));
        // A URL recipient is not e-mail information.
        let url = json!({"recipient": {"type": "url", "identity": "https://alice.example"}});
        assert_eq!(
            match_recipient(&url, &["alice@example.org"]),
            RecipientMatch::NoRecipientInfo
        );
    }

    #[test]
    fn ob3_identifiers_and_mailto() {
        let c = json!({"credentialSubject": {"type": ["AchievementSubject"], "identifier": [
            {"type": "IdentityObject", "identityType": "studentId", "hashed": false, "identityHash": "12345"},
            {"type": "IdentityObject", "identityType": "emailAddress", "hashed": true,
             "identityHash": sha256_identity_hash("jean.dupont@exemple.be", "s@lt$"), "salt": "s@lt$"}
        ]}});
        assert_eq!(
            match_recipient(&c, &["Jean.Dupont@exemple.be"]),
            RecipientMatch::Matched("Jean.Dupont@exemple.be".into())
        );
        assert_eq!(
            match_recipient(&c, &["jean@exemple.be"]),
            RecipientMatch::NotMatched
        );
        let mailto = json!({"credentialSubject": [{"id": "mailto:Marie@Exemple.fr"}]});
        assert!(matches!(
            match_recipient(&mailto, &["marie@exemple.fr"]),
            RecipientMatch::Matched(_)
        ));
        let vc_claim = json!({"vc": c});
        assert!(matches!(
            match_recipient(&vc_claim, &["jean.dupont@exemple.be"]),
            RecipientMatch::Matched(_)
        ));
        let did = json!({"credentialSubject": {"id": "did:example:123"}});
        assert_eq!(
            match_recipient(&did, &["a@b.c"]),
            RecipientMatch::NoRecipientInfo
        );
        assert_eq!(
            match_recipient(&json!([1, 2]), &["a@b.c"]),
            RecipientMatch::NoRecipientInfo
        );
    }

    #[test]
    fn hostile_values_do_not_match_or_panic() {
        let c = json!({"recipient": {"type": "email", "hashed": true, "identity": "sha256$ZZ", "salt": 5}});
        assert_eq!(
            match_recipient(&c, &["a@b.c", "", "   "]),
            RecipientMatch::NotMatched
        );
        // An empty owner address never matches an empty plain identity.
        let empty = json!({"recipient": {"type": "email", "hashed": false, "identity": ""}});
        assert_eq!(
            match_recipient(&empty, &["", " "]),
            RecipientMatch::NotMatched
        );
        let huge = json!({"recipient": {"identity": "x".repeat(1_000_000)}});
        assert_eq!(
            match_recipient(&huge, &["a@b.c"]),
            RecipientMatch::NotMatched
        );
    }
}
