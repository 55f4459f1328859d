//! Recommending trainings over a generated 5,000-offer catalogue (issue 5: under 50 ms
//! in release). Two measures:
//! - `rank`: the ranking alone (`trainings::recommend::recommend`), offers in memory;
//! - `wallet`: what the app and the CLI call (`Wallet::recommend_trainings_in`): the
//!   review of the portfolio, the catalogue read from the wallet (5,000 imported offers
//!   plus the bundled sample), the ranking, the best 100 with their reasons rendered
//!   in French;
//! - `wallet_first_after_open`: the first call after the wallet is opened, before the
//!   wallet keeps the parsed catalogue (later calls are `wallet`);
//! - `wallet_read_catalogue`: reading the (kept) catalogue alone.
//!
//! Run: cargo bench -p passerelle-wallet --bench recommend

use std::sync::Arc;

use passerelle_wallet::dto::{LanguageSkill, ProfileInput, TrainingFilters};
use passerelle_wallet::trainings::TrainingOffer;
use passerelle_wallet::trainings::recommend::{self, Filters, Learner, Standing};
use passerelle_wallet::{FixedClock, Language, Wallet};
use serde_json::{Value, json};

fn main() {
    divan::main();
}

const OFFERS: usize = 5_000;

/// A small deterministic generator (xorshift), so every run ranks the same catalogue.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// `n` offers spread over the four regions, with one to four e-CF competences each
/// (the ICT project manager profile's and others), every modality, one to three
/// languages, locations around the Eurometropole, sessions in 2026–2027, and costs.
fn catalogue(n: usize) -> Vec<Value> {
    const CODES: [&str; 12] = [
        "E.2", "E.3", "E.4", "E.6", "E.7", "A.4", "D.9", "A.8", "B.1", "C.1", "E.8", "D.3",
    ];
    const REGIONS: [(&str, &str, &str, f64, f64); 4] = [
        ("BE-WAL", "BE", "7000", 50.45, 3.95),
        ("BE-VLG", "BE", "8500", 50.83, 3.26),
        ("BE-BRU", "BE", "1000", 50.85, 4.35),
        ("FR-HDF", "FR", "59000", 50.63, 3.06),
    ];
    const LANGUAGES: [&str; 3] = ["fr", "nl", "en"];
    const MODALITIES: [&str; 3] = ["in-person", "distance", "blended"];
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    (0..n)
        .map(|i| {
            let (region, country, postcode, lat, lon) = REGIONS[i % REGIONS.len()];
            let competences: Vec<Value> = (0..1 + rng.below(4))
                .map(|_| {
                    json!({
                        "framework": "ecf",
                        "code": CODES[rng.below(CODES.len() as u64) as usize],
                        "level": 1 + rng.below(5),
                    })
                })
                .collect();
            let languages: Vec<&str> = (0..1 + rng.below(3))
                .map(|k| LANGUAGES[((i as u64 + k) % 3) as usize])
                .collect();
            let sessions: Vec<Value> = (0..rng.below(4))
                .map(|_| {
                    json!({"start": format!("{}-{:02}-{:02}",
                        2026 + rng.below(2), 1 + rng.below(12), 1 + rng.below(28))})
                })
                .collect();
            let cost = match rng.below(4) {
                0 => json!({"amountEur": 0}),
                1 => json!({"amountEur": 250 + rng.below(3000),
                            "funding": [{"who": "job-seeker-forem", "kind": "free"}]}),
                2 => json!({"amountEur": 100 + rng.below(2000)}),
                _ => json!({}),
            };
            json!({
                "id": format!("bench:{i:05}"),
                "source": {"system": "bench"},
                "title": {
                    "fr": format!("Formation générée {i}"),
                    "nl": format!("Gegenereerde opleiding {i}"),
                    "en": format!("Generated training {i}")
                },
                "provider": {"name": format!("Provider {}", i % 37)},
                "region": region,
                "locations": [{
                    "municipality": format!("Town {}", i % 80),
                    "postcode": postcode,
                    "country": country,
                    "latitude": lat + (rng.below(600) as f64 - 300.0) / 1000.0,
                    "longitude": lon + (rng.below(600) as f64 - 300.0) / 1000.0
                }],
                "modality": MODALITIES[rng.below(3) as usize],
                "languages": languages,
                "durationHours": 20 + rng.below(400),
                "sessions": sessions,
                "cost": cost,
                "competences": competences
            })
        })
        .collect()
}

/// The ICT project manager profile, as a learner who shows E.2 at e-3 by a badge,
/// E.4 at e-3 by an endorsed declaration and E.3 at e-2 by a declaration alone.
fn standings() -> Vec<Standing> {
    let s = |code: &str, target, core, confirmed, shown| Standing {
        code: code.into(),
        target,
        core,
        confirmed,
        shown,
    };
    vec![
        s("E.2", 4, true, Some(3), Some(3)),
        s("A.4", 3, false, None, None),
        s("E.3", 3, false, None, Some(2)),
        s("E.4", 3, false, Some(3), Some(3)),
        s("E.6", 3, false, None, None),
        s("E.7", 3, false, None, None),
        s("D.9", 2, false, None, None),
    ]
}

#[divan::bench(sample_count = 50)]
fn rank(bencher: divan::Bencher) {
    let offers: Vec<TrainingOffer> = catalogue(OFFERS)
        .into_iter()
        .map(|v| serde_json::from_value(v).unwrap())
        .collect();
    let standings = standings();
    let learner = Learner {
        languages: vec!["fr".into()],
        region: Some("BE-WAL".into()),
        coordinates: Some((50.7436, 3.2142)),
        funding_groups: vec![],
    };
    let filters = Filters::default();
    bencher.bench_local(|| {
        let recs = recommend::recommend(
            divan::black_box(&standings),
            &learner,
            &offers,
            &filters,
            "2026-11-22",
        );
        divan::black_box(recs.len())
    });
}

/// A wallet with the demo portfolio, a learner in Mouscron, and the generated
/// catalogue imported.
fn wallet_with_catalogue() -> (tempfile::TempDir, Wallet) {
    let dir = tempfile::tempdir().unwrap();
    let clock = FixedClock(time::macros::datetime!(2026-11-22 10:00:00 UTC));
    let mut w = Wallet::open(dir.path().join("w"), Arc::new(clock)).unwrap();
    w.load_demo("fr").unwrap();
    w.save_profile(&ProfileInput {
        name: "Bench".into(),
        emails: vec![],
        languages: vec![LanguageSkill {
            language: "fr".into(),
            level: "native".into(),
        }],
        region: "BE-WAL".into(),
        municipality: "Mouscron".into(),
        postcode: "7700".into(),
    })
    .unwrap();
    let file = dir.path().join("catalogue.json");
    std::fs::write(
        &file,
        serde_json::to_vec(&json!({
            "format": "passerelle-trainings/1",
            "offers": catalogue(OFFERS)
        }))
        .unwrap(),
    )
    .unwrap();
    let summary = w.import_trainings(&file).unwrap();
    assert_eq!(summary.added as usize, OFFERS);
    (dir, w)
}

/// The whole use-case, as the app and the CLI call it.
#[divan::bench(sample_count = 20)]
fn wallet(bencher: divan::Bencher) {
    let (_dir, w) = wallet_with_catalogue();
    let filters = TrainingFilters::default();
    bencher.bench_local(|| {
        let recs = w
            .recommend_trainings_in("ict-project-manager", &filters, Language::Fr)
            .unwrap();
        divan::black_box(recs.len())
    });
}

/// The first recommendation after the wallet is opened: the catalogue is not kept yet,
/// so this includes parsing the 5,000 stored offers (and opening the wallet).
#[divan::bench(sample_count = 10)]
fn wallet_first_after_open(bencher: divan::Bencher) {
    let (dir, w) = wallet_with_catalogue();
    drop(w);
    let clock = FixedClock(time::macros::datetime!(2026-11-22 10:00:00 UTC));
    let filters = TrainingFilters::default();
    bencher.bench_local(|| {
        let w = Wallet::open(dir.path().join("w"), Arc::new(clock)).unwrap();
        let recs = w
            .recommend_trainings_in("ict-project-manager", &filters, Language::Fr)
            .unwrap();
        divan::black_box(recs.len())
    });
}

/// Of which: reading the catalogue (bundled + 5,000 imported offers) from the wallet.
#[divan::bench(sample_count = 20)]
fn wallet_read_catalogue(bencher: divan::Bencher) {
    let (_dir, w) = wallet_with_catalogue();
    bencher.bench_local(|| divan::black_box(w.training_offers().unwrap().len()));
}
