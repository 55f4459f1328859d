//! Training recommendations through the CLI on a real wallet (issue 5): the demo
//! wallet against the ICT project manager profile, over the bundled catalogue plus a
//! few offers imported here. Nothing recommended only teaches competences the wallet
//! already shows at target with strong evidence; every item says why, in words.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::support::{passerelle, stderr, stdout};

fn run(wallet: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let mut all = vec!["--wallet", wallet];
    all.extend_from_slice(args);
    let out = passerelle(&all);
    (out.status.code(), stdout(&out), stderr(&out))
}

fn ok_json(wallet: &str, args: &[&str]) -> Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let (code, out, err) = run(wallet, &all);
    assert_eq!(code, Some(0), "{args:?}: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}: {out}"))
}

fn offer(id: &str, competences: &[(&str, u8)]) -> Value {
    json!({
        "id": id,
        "source": {"system": "integration-test"},
        "title": {"fr": format!("Formation {id}"), "en": format!("Training {id}")},
        "provider": {"name": "Technocité"},
        "region": "BE-WAL",
        "locations": [{"municipality": "Mons", "postcode": "7000", "country": "BE",
                       "latitude": 50.4542, "longitude": 3.9523}],
        "modality": "in-person",
        "languages": ["fr"],
        "sessions": [{"start": "2099-02-01"}],
        "competences": competences.iter()
            .map(|(c, l)| json!({"framework": "ecf", "code": c, "level": l}))
            .collect::<Vec<_>>()
    })
}

/// The competences the review shows at target with strong evidence (a verified badge
/// or an endorsement at the target level or above).
fn at_target(review: &Value) -> BTreeSet<String> {
    review["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| {
            let target = i["target"].as_u64().unwrap();
            i["sources"].as_array().unwrap().iter().any(|s| {
                matches!(s["support"].as_str(), Some("verified-badge" | "endorsed"))
                    && s["level"].as_u64().is_some_and(|l| l >= target)
            })
        })
        .map(|i| i["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_demo_wallet_gets_ranked_explained_recommendations_never_for_what_it_shows() {
    let w = tempfile::tempdir().unwrap();
    let wallet = w.path().to_str().unwrap();
    ok_json(wallet, &["demo"]);
    ok_json(
        wallet,
        &[
            "profile",
            "set",
            "--language",
            "fr:native",
            "--region",
            "BE-WAL",
            "--municipality",
            "Mouscron",
        ],
    );
    // The demo shows E.4 at its target (e-3) by an endorsed self-declaration.
    let review = ok_json(wallet, &["review", "--profile", "ict-project-manager"]);
    let done = at_target(&review);
    assert!(done.contains("E.4"), "{done:?}");

    let catalogue = w.path().join("catalogue.json");
    std::fs::write(
        &catalogue,
        serde_json::to_vec(&json!({
            "format": "passerelle-trainings/1",
            "offers": [
                offer("test:only-e4", &[("E.4", 3)]),
                offer("test:e4-and-a8", &[("E.4", 5), ("A.8", 3)]),
                offer("test:e2-e4", &[("E.2", 4)]),
            ]
        }))
        .unwrap(),
    )
    .unwrap();
    ok_json(
        wallet,
        &["trainings", "import", catalogue.to_str().unwrap()],
    );

    let recs = ok_json(
        wallet,
        &[
            "trainings",
            "recommend",
            "--profile",
            "ict-project-manager",
            "--lang",
            "fr",
        ],
    );
    let recs = recs.as_array().expect("an array");
    assert!(!recs.is_empty());
    let ids: Vec<&str> = recs
        .iter()
        .map(|r| r["offer"]["id"].as_str().unwrap())
        .collect();
    assert!(!ids.contains(&"test:only-e4"), "{ids:?}");
    assert!(!ids.contains(&"test:e4-and-a8"), "{ids:?}");
    assert!(ids.contains(&"test:e2-e4"), "{ids:?}");

    let profile_codes: BTreeSet<String> = review["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["code"].as_str().unwrap().to_owned())
        .collect();
    let mut last_score = u64::MAX;
    for r in recs {
        let id = r["offer"]["id"].as_str().unwrap();
        assert!(
            r["offer"]["title"].as_str().is_some_and(|t| !t.is_empty()),
            "{r}"
        );
        assert_eq!(r["offer"]["region"], r["region"], "{id}");
        assert!(
            ["BE-WAL", "BE-VLG", "BE-BRU", "FR-HDF"].contains(&r["region"].as_str().unwrap()),
            "{id}"
        );
        let covers: Vec<&str> = r["covers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        assert!(!covers.is_empty(), "{id}");
        for c in &covers {
            assert!(
                profile_codes.contains(*c),
                "{id} covers {c}, not in the profile"
            );
            assert!(!done.contains(*c), "{id} covers {c}, already at target");
        }
        // Ranked by how much of the gap they close.
        let score = r["score"].as_u64().unwrap();
        assert!((1..=100).contains(&score), "{id}: {score}");
        assert!(score <= last_score, "{id} is ranked after a lower score");
        last_score = score;
        let reasons = r["reasons"].as_array().unwrap();
        assert!(!reasons.is_empty(), "{id}");
        for reason in reasons {
            assert!(
                reason["code"].as_str().is_some_and(|c| !c.is_empty()),
                "{reason}"
            );
            assert!(reason["args"].is_object(), "{reason}");
            let text = reason["text"].as_str().unwrap();
            assert!(!text.is_empty() && !text.contains('{'), "{reason}");
        }
        // A cross-border offer says so.
        let codes: Vec<&str> = reasons
            .iter()
            .map(|x| x["code"].as_str().unwrap())
            .collect();
        assert_eq!(
            r["crossBorder"].as_bool().unwrap(),
            codes.contains(&"cross-border"),
            "{id}"
        );
    }
    // The offer that brings the core E.2 from e-3 to e-4 says so, in French.
    let e2 = recs
        .iter()
        .find(|r| r["offer"]["id"] == "test:e2-e4")
        .unwrap();
    assert_eq!(e2["covers"], json!(["E.2"]));
    let gap = &e2["reasons"][0];
    assert_eq!(gap["code"], "closes-gap");
    assert_eq!(gap["args"]["from"], "3");
    assert_eq!(gap["args"]["to"], "4");
    assert_eq!(
        gap["text"],
        "Fait passer E.2 Gestion de projets et de portefeuilles du niveau e-3 au niveau e-4."
    );
    assert_eq!(e2["offer"]["title"], "Formation test:e2-e4");

    // The same in Dutch: the title falls back to another language, the reasons do not.
    let nl = ok_json(wallet, &["trainings", "recommend", "--lang", "nl"]);
    let e2 = nl
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["offer"]["id"] == "test:e2-e4")
        .unwrap();
    assert_eq!(
        e2["reasons"][0]["text"],
        "Brengt E.2 Project- en portfoliomanagement van niveau e-3 naar e-4."
    );
    assert_eq!(e2["offer"]["titleLanguage"], "en");

    // Filters: only Flemish offers, only in-person within 20 km of Mouscron.
    let vlg = ok_json(wallet, &["trainings", "recommend", "--region", "BE-VLG"]);
    assert!(
        vlg.as_array()
            .unwrap()
            .iter()
            .all(|r| r["region"] == "BE-VLG")
    );
    let near = ok_json(wallet, &["trainings", "recommend", "--max-km", "20"]);
    for r in near.as_array().unwrap() {
        if r["offer"]["modality"] == "in-person" {
            assert!(r["distanceKm"].as_u64().is_some_and(|d| d <= 20), "{r}");
        }
    }
    assert!(
        !near
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["offer"]["id"] == "test:e2-e4"),
        "Mons is about 60 km from Mouscron"
    );
}

#[test]
fn a_wrong_profile_or_filter_is_refused_in_words() {
    let w = tempfile::tempdir().unwrap();
    let wallet = w.path().to_str().unwrap();
    let (code, out, err) = run(
        wallet,
        &["trainings", "recommend", "--profile", "astronaut"],
    );
    assert_eq!(code, Some(1));
    assert!(out.is_empty());
    assert!(
        err.contains("astronaut") && err.contains("unknown-profile"),
        "{err}"
    );
    let (code, _, err) = run(wallet, &["trainings", "recommend", "--region", "FR-IDF"]);
    assert_eq!(code, Some(1));
    assert!(
        err.contains("invalid-training-filter") && err.contains("FR-IDF"),
        "{err}"
    );
    let (code, _, err) = run(
        wallet,
        &[
            "trainings",
            "recommend",
            "--from",
            "2027-06-01",
            "--to",
            "2027-01-01",
        ],
    );
    assert_eq!(code, Some(1));
    assert!(err.contains("invalid-training-filter"), "{err}");
    // No municipality in the profile: a distance cannot be measured.
    let (code, _, err) = run(wallet, &["trainings", "recommend", "--max-km", "20"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("location-needed"), "{err}");
}
