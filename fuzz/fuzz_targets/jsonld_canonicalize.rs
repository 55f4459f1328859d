//! Any JSON document through JSON-LD expansion and RDFC-1.0 canonicalisation (bundled
//! contexts only): canonical N-Quads or an error, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    if let Ok(nq) = passerelle_badges::jsonld::canonicalize(&doc) {
        // N-Quads: one statement a line, each ending with " .\n".
        assert!(nq.is_empty() || nq.ends_with(" .\n"));
    }
});
