//! Verification speed of one credential in each common form (divan).
//! Run: cargo bench -p passerelle-badges --bench verify

use std::path::Path;

use passerelle_badges::{NoNetwork, VerifyOptions, verify_bytes};
use time::OffsetDateTime;

fn main() {
    divan::main();
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/oracle")
            .join(name),
    )
    .expect("fixture")
}

#[divan::bench(args = ["valid-01.json", "valid-03.json", "valid-01.png", "valid-01.svg", "valid-jwt-eddsa.jwt", "valid-vc1-ed25519signature2020.json"])]
fn verify(bencher: divan::Bencher, file: &str) {
    let bytes = fixture(file);
    let emails: Vec<String> = vec![];
    let now = OffsetDateTime::from_unix_timestamp(1_795_000_000).unwrap();
    bencher.bench(|| {
        let v = verify_bytes(
            divan::black_box(&bytes),
            &VerifyOptions {
                now,
                owner_emails: &emails,
                fetcher: &NoNetwork,
            },
        )
        .unwrap();
        divan::black_box(v.report.status)
    });
}
