//! Any bytes through the whole import verification (detect the form, unbake, parse, run every
//! check), offline and at a fixed time: a report or an error, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use passerelle_badges::{NoNetwork, VerifyOptions, verify_bytes};

fuzz_target!(|data: &[u8]| {
    let options = VerifyOptions {
        now: time::OffsetDateTime::from_unix_timestamp(1_790_000_000).unwrap(),
        owner_emails: &["learner@example.org".to_owned()],
        fetcher: &NoNetwork,
    };
    if let Ok(v) = verify_bytes(data, &options) {
        // The report is always consistent with its checks.
        assert!(!v.report.checks.is_empty());
    }
});
