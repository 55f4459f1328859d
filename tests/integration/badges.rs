//! The wallet's badge use-cases called as the desktop shell calls them.

use std::path::PathBuf;
use std::sync::Arc;

use passerelle_wallet::{FixedClock, OfflineDocuments, Wallet};
use time::macros::datetime;

fn oracle(file: &str) -> PathBuf {
    PathBuf::from(crate::support::oracle(file))
}

fn wallet_at(dir: &std::path::Path, now: time::OffsetDateTime) -> Wallet {
    Wallet::open(dir, Arc::new(FixedClock(now))).unwrap()
}

#[test]
fn pasted_text_imports_and_the_detail_page_has_the_report() {
    let tmp = tempfile::tempdir().unwrap();
    let mut w = wallet_at(tmp.path(), datetime!(2026-11-22 12:00 UTC));
    let text = std::fs::read_to_string(oracle("valid-03.json")).unwrap();
    let r = w.import_text(&format!("\n  {text}  \n")).unwrap();
    assert_eq!(r.outcome, "imported");
    let id = r.id.unwrap();
    let d = w.badge_detail(&id).unwrap();
    assert_eq!(d.item.status, "verified");
    assert_eq!(d.report.checks[0].id, "format");
    assert!(
        d.report
            .checks
            .iter()
            .any(|c| c.id == "proof" && c.outcome == "passed")
    );
    assert_eq!(d.form, "ob3");
    // A JWT pasted as text is recognised too.
    let jwt = std::fs::read_to_string(oracle("valid-jwt-eddsa.jwt")).unwrap();
    assert_eq!(w.import_text(&jwt).unwrap().outcome, "imported");
    // Garbage is refused with a report, and nothing is stored.
    let before = w.list_badges(None, None).unwrap().len();
    assert_eq!(
        w.import_text("{\"not\": \"a badge\"}").unwrap().outcome,
        "refused"
    );
    assert_eq!(w.list_badges(None, None).unwrap().len(), before);
    assert_eq!(
        w.badge_detail("badge-nope").unwrap_err().code(),
        "no-such-badge"
    );
}

#[test]
fn checking_again_later_turns_a_badge_into_a_warning_when_it_expires() {
    let tmp = tempfile::tempdir().unwrap();
    let path = oracle("valid-02.json");
    let bytes: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let until = bytes["validUntil"]
        .as_str()
        .expect("valid-02 has a validUntil")
        .to_owned();
    let until = time::OffsetDateTime::parse(&until, &time::format_description::well_known::Rfc3339)
        .unwrap();
    let id = {
        let mut w = wallet_at(tmp.path(), until - time::Duration::days(1));
        let r = w
            .import_paths(&[path], &OfflineDocuments::default())
            .unwrap();
        r[0].id.clone().unwrap()
    };
    let mut later = wallet_at(tmp.path(), until + time::Duration::days(1));
    let items = later.reverify(Some(&id)).unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].status, "warning");
    let d = later.badge_detail(&id).unwrap();
    assert!(d.report.checks.iter().any(|c| c.code == "expired"));
    assert!(
        d.item
            .checked_at
            .starts_with(&(until + time::Duration::days(1)).year().to_string())
    );
    assert_eq!(
        later.reverify(Some("badge-nope")).unwrap_err().code(),
        "no-such-badge"
    );
}

#[test]
fn an_import_stops_between_files_when_asked() {
    let tmp = tempfile::tempdir().unwrap();
    let mut w = wallet_at(tmp.path(), datetime!(2026-11-22 12:00 UTC));
    let files: Vec<PathBuf> = [
        "valid-01.json",
        "valid-03.json",
        "expired.json",
        "valid-vc1-eddsa-rdfc-2022.json",
    ]
    .iter()
    .map(|f| oracle(f))
    .collect();
    let mut seen = vec![];
    let results = w
        .import_paths_with(
            &files,
            &OfflineDocuments::default(),
            &mut |done, total, _| {
                seen.push((done, total));
                done < 2
            },
        )
        .unwrap();
    assert_eq!(seen, [(1, 4), (2, 4)]);
    assert_eq!(results.len(), 2);
    assert_eq!(
        w.list_badges(None, None).unwrap().len(),
        2,
        "the first two stay imported"
    );
}

#[test]
fn sample_data_fills_every_kind_and_the_samples_load_once() {
    let tmp = tempfile::tempdir().unwrap();
    let mut w = wallet_at(tmp.path(), datetime!(2026-11-22 12:00 UTC));
    let first = w.load_demo("en-GB").unwrap();
    let outcomes: Vec<&str> = first.iter().map(|r| r.outcome.as_str()).collect();
    assert_eq!(outcomes.iter().filter(|o| **o == "imported").count(), 8);
    assert_eq!(outcomes.iter().filter(|o| **o == "endorsement").count(), 1);
    let items = w.list_badges(None, None).unwrap();
    let counts = w.info().unwrap().counts;
    // Three DEMO badges and four samples; the self-declared skill; its endorsement.
    assert_eq!(
        (counts.badges, counts.self_declared, counts.endorsements),
        (7, 1, 1)
    );
    assert_eq!(
        items.len(),
        8,
        "the self-declared skill is listed with the badges"
    );
    assert!(
        items
            .iter()
            .filter(|b| b.kind == "badge" && !b.name.starts_with("DEMO"))
            .all(|b| b
                .image
                .as_deref()
                .is_some_and(|i| i.starts_with("data:image/png;base64,"))),
        "the samples have images"
    );
    assert!(
        items.iter().any(|b| b.status == "warning"),
        "the expired sample needs attention"
    );
    assert!(
        items
            .iter()
            .any(|b| b.kind == "self-declared" && b.endorsements.len() == 1)
    );
    // Asked again: the samples are already there, the DEMO set is not made twice.
    let again = w.load_demo("en-GB").unwrap();
    assert_eq!(again.len(), 4);
    assert!(again.iter().all(|r| r.outcome == "duplicate"), "{again:?}");
    assert_eq!(w.list_badges(None, None).unwrap().len(), 8);
}
