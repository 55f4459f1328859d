//! Open Badges 2.0 and 3.0 for Passerelle: parsing, unbaking and offline
//! verification (the badges issue fills this crate in). Pure by design: no
//! database, no clock and no network of its own; callers pass time and fetchers.

use serde::{Deserialize, Serialize};

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
    Passed,
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
}
