//! The result of a verification (DESIGN.md, "Verification model"): an overall
//! [`Status`] and the list of [`Check`]s in the order of the Open Badges 3.0
//! verification algorithm.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::BadgeError;

/// The overall verdict of a verification (DESIGN.md, "Verification model").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Every check that could run passed.
    Verified,
    /// The signature is valid but something needs attention (expired, unknown issuer,
    /// status not checkable offline).
    Warning,
    /// Tampered, wrong key, revoked or malformed.
    Failed,
}

/// The outcome of one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// Checked and fine.
    Passed,
    /// Checked and wrong.
    Failed,
    /// Could not be checked (offline, no data); never counts as a failure.
    Skipped,
}

impl Status {
    /// The overall status for a list of check outcomes, where `warn` marks passed
    /// checks that still deserve attention (e.g. an expired credential).
    pub fn from_outcomes(outcomes: &[(Outcome, bool)]) -> Status {
        if outcomes.iter().any(|(o, _)| *o == Outcome::Failed) {
            Status::Failed
        } else if outcomes
            .iter()
            .any(|(o, warn)| *o == Outcome::Skipped || *warn)
        {
            Status::Warning
        } else {
            Status::Verified
        }
    }
}

/// What a check is about. The declaration order is the order of the Open Badges 3.0
/// verification algorithm (`ob_v3p0/verification.md`), and [`Report::new`] sorts by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckId {
    /// The input could be read and is an Open Badge (format, JSON, required fields).
    Format,
    /// Every `@context` is known and pinned (never fetched).
    Context,
    /// `credentialSchema` validation (1EdTechJsonSchemaValidator2019).
    Schema,
    /// The issuer's public key could be found (did:key, JWK, fetched document).
    IssuerKey,
    /// The signature (embedded proof or VC-JWT) verifies.
    Proof,
    /// The key's controller is the credential's issuer.
    KeyController,
    /// VC-JWT claims `iss`, `jti`, `sub` agree with the credential.
    JwtClaims,
    /// VC-JWT `nbf`/`exp` against the current time.
    JwtValidity,
    /// `refreshService` (never done offline).
    Refresh,
    /// Revocation / suspension status.
    Status,
    /// `validFrom` (or `issuanceDate`) is not in the future.
    ValidFrom,
    /// `validUntil` (or `expirationDate`) is not in the past.
    ValidUntil,
    /// The recipient is the wallet's owner.
    Recipient,
    /// Embedded endorsements verify.
    Endorsements,
}

impl CheckId {
    /// Every id, in algorithm order.
    pub const ALL: &'static [CheckId] = &[
        CheckId::Format,
        CheckId::Context,
        CheckId::Schema,
        CheckId::IssuerKey,
        CheckId::Proof,
        CheckId::KeyController,
        CheckId::JwtClaims,
        CheckId::JwtValidity,
        CheckId::Refresh,
        CheckId::Status,
        CheckId::ValidFrom,
        CheckId::ValidUntil,
        CheckId::Recipient,
        CheckId::Endorsements,
    ];

    /// Whether a failure of this check only warrants a warning: dates (the badge
    /// was valid when issued) and the recipient (the badge may be someone else's,
    /// but it is genuine). Everything else failing makes the whole report fail.
    pub fn is_advisory(self) -> bool {
        matches!(
            self,
            CheckId::JwtValidity | CheckId::ValidFrom | CheckId::ValidUntil | CheckId::Recipient
        )
    }

    /// The kebab-case id as it appears in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            CheckId::Format => "format",
            CheckId::Context => "context",
            CheckId::Schema => "schema",
            CheckId::IssuerKey => "issuer-key",
            CheckId::Proof => "proof",
            CheckId::KeyController => "key-controller",
            CheckId::JwtClaims => "jwt-claims",
            CheckId::JwtValidity => "jwt-validity",
            CheckId::Refresh => "refresh",
            CheckId::Status => "status",
            CheckId::ValidFrom => "valid-from",
            CheckId::ValidUntil => "valid-until",
            CheckId::Recipient => "recipient",
            CheckId::Endorsements => "endorsements",
        }
    }
}

/// One check: what was checked, how it went, and a stable `code` + `args` for the
/// sentence a person reads (`locales/*/…ftl`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Check {
    /// What was checked.
    pub id: CheckId,
    /// How it went.
    pub outcome: Outcome,
    /// Stable kebab-case code, e.g. `signature-valid`, `expired`, `status-offline`.
    pub code: String,
    /// Named values for the sentence (dates, URLs, algorithm…).
    #[serde(default)]
    pub args: BTreeMap<String, String>,
}

impl Check {
    /// A check with the given outcome and code and no args.
    pub fn new(id: CheckId, outcome: Outcome, code: &str) -> Check {
        Check {
            id,
            outcome,
            code: code.to_owned(),
            args: BTreeMap::new(),
        }
    }

    /// A passed check.
    pub fn passed(id: CheckId, code: &str) -> Check {
        Check::new(id, Outcome::Passed, code)
    }

    /// A failed check.
    pub fn failed(id: CheckId, code: &str) -> Check {
        Check::new(id, Outcome::Failed, code)
    }

    /// A skipped check (could not be done, e.g. offline).
    pub fn skipped(id: CheckId, code: &str) -> Check {
        Check::new(id, Outcome::Skipped, code)
    }

    /// A failed check carrying an error's code and args.
    pub fn from_error(id: CheckId, error: &BadgeError) -> Check {
        Check {
            id,
            outcome: Outcome::Failed,
            code: error.code().to_owned(),
            args: error.args(),
        }
    }

    /// Adds a named argument.
    pub fn with_arg(mut self, key: &str, value: impl Into<String>) -> Check {
        self.args.insert(key.to_owned(), value.into());
        self
    }
}

/// The verification report: overall status and the checks in algorithm order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The overall verdict, derived from the checks.
    pub status: Status,
    /// The checks, in algorithm order.
    pub checks: Vec<Check>,
}

impl Report {
    /// Builds a report: sorts the checks into algorithm order (stable, so several
    /// checks with one id keep their order) and derives the status: any failed
    /// non-advisory check ⇒ `failed`; else any skipped check or failed advisory
    /// check ⇒ `warning`; else `verified`. An empty list is `failed` (nothing was
    /// shown to be valid).
    pub fn new(mut checks: Vec<Check>) -> Report {
        checks.sort_by_key(|c| c.id);
        let status = if checks.is_empty() {
            Status::Failed
        } else {
            // A failed advisory check counts as "passed, but deserves attention".
            let outcomes: Vec<(Outcome, bool)> = checks
                .iter()
                .map(|c| match c.outcome {
                    Outcome::Failed if c.id.is_advisory() => (Outcome::Passed, true),
                    o => (o, false),
                })
                .collect();
            Status::from_outcomes(&outcomes)
        };
        Report { status, checks }
    }

    /// A report for input that could not even be read: one failed `format` check.
    pub fn unreadable(error: &BadgeError) -> Report {
        Report::new(vec![Check::from_error(CheckId::Format, error)])
    }

    /// The first check with this id, if any.
    pub fn check(&self, id: CheckId) -> Option<&Check> {
        self.checks.iter().find(|c| c.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_beats_skipped_beats_passed() {
        use Outcome::*;
        assert_eq!(Status::from_outcomes(&[(Passed, false)]), Status::Verified);
        assert_eq!(
            Status::from_outcomes(&[(Passed, false), (Skipped, false)]),
            Status::Warning
        );
        assert_eq!(Status::from_outcomes(&[(Passed, true)]), Status::Warning);
        assert_eq!(
            Status::from_outcomes(&[(Skipped, false), (Failed, false)]),
            Status::Failed
        );
    }

    #[test]
    fn report_sorts_into_algorithm_order_and_derives_status() {
        let r = Report::new(vec![
            Check::failed(CheckId::ValidUntil, "expired").with_arg("date", "2020-01-01"),
            Check::passed(CheckId::Proof, "signature-valid"),
            Check::passed(CheckId::IssuerKey, "key-did-key"),
        ]);
        let ids: Vec<_> = r.checks.iter().map(|c| c.id).collect();
        assert_eq!(
            ids,
            vec![CheckId::IssuerKey, CheckId::Proof, CheckId::ValidUntil]
        );
        assert_eq!(r.status, Status::Warning, "expired is a warning");

        let r = Report::new(vec![
            Check::passed(CheckId::IssuerKey, "key-did-key"),
            Check::failed(CheckId::Proof, "signature-invalid"),
        ]);
        assert_eq!(r.status, Status::Failed);

        let r = Report::new(vec![Check::passed(CheckId::Proof, "signature-valid")]);
        assert_eq!(r.status, Status::Verified);
        let r = Report::new(vec![
            Check::passed(CheckId::Proof, "signature-valid"),
            Check::skipped(CheckId::Status, "status-offline"),
        ]);
        assert_eq!(r.status, Status::Warning);
        assert_eq!(Report::new(vec![]).status, Status::Failed);
    }

    #[test]
    fn all_is_sorted_and_as_str_matches_serde() {
        let mut sorted = CheckId::ALL.to_vec();
        sorted.sort();
        assert_eq!(sorted, CheckId::ALL);
        for id in CheckId::ALL {
            let json = serde_json::to_value(id).unwrap();
            assert_eq!(json, serde_json::Value::String(id.as_str().to_owned()));
        }
    }

    #[test]
    fn serialises_camel_case_and_round_trips() {
        let r = Report::unreadable(&BadgeError::PngCrc {
            chunk: "IDAT".into(),
            offset: 40,
        });
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["status"], "failed");
        assert_eq!(json["checks"][0]["id"], "format");
        assert_eq!(json["checks"][0]["outcome"], "failed");
        assert_eq!(json["checks"][0]["code"], "png-crc");
        assert_eq!(json["checks"][0]["args"]["chunk"], "IDAT");
        let back: Report = serde_json::from_value(json).unwrap();
        assert_eq!(back, r);
        assert_eq!(r.check(CheckId::Format).unwrap().code, "png-crc");
        assert!(r.check(CheckId::Proof).is_none());
    }
}
