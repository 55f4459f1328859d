//! Exporting a CV after start-up (issue 6: under 100 ms in a release build).
//!
//! Run: `cargo bench -p passerelle-cv --bench cv`
//!
//! The wallet holds the demo set (3 DEMO badges, a self-declared skill and its
//! endorsement, 4 badges of the independent issuer) and the sample CV of
//! `passerelle_cv::sample`. "After start-up" means the fonts and typst's standard
//! library are loaded (the first CV of a process pays that once): the first call in
//! `main` does it, as the app's first preview does.
//!
//! - `pdf`: what `passerelle export cv` and the desktop's export do — read the wallet
//!   into the CV's document, lay it out, write the PDF with its Europass XML attached.
//! - `preview`: the live preview — the same layout rendered to PNG pages 800 px wide.
//! - `pdf_after_edit`: the same as `pdf`, but each CV differs from the one before (a
//!   new summary), as after the learner types: typst cannot reuse the previous page.
//! - `document`: reading the wallet alone.

use std::sync::{Arc, LazyLock};

use passerelle_cv::{CvFormat, sample};
use passerelle_wallet::{FixedClock, Language, Wallet};

struct Fixture {
    _dir: tempfile::TempDir,
    wallet: Wallet,
}

static FIXTURE: LazyLock<std::sync::Mutex<Fixture>> = LazyLock::new(|| {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock(time::macros::datetime!(2026-11-23 09:00:00 UTC)));
    let mut wallet = Wallet::open(dir.path().join("w"), clock).unwrap();
    wallet.load_demo("en").unwrap();
    wallet.save_profile(&sample::profile()).unwrap();
    wallet.save_cv_content(&sample::content()).unwrap();
    std::sync::Mutex::new(Fixture { _dir: dir, wallet })
});

fn main() {
    // Start-up: open the wallet, load fonts and the standard library once.
    let fixture = FIXTURE.lock().unwrap();
    passerelle_cv::cv_bytes(&fixture.wallet, Language::Fr, CvFormat::Pdf, None).unwrap();
    drop(fixture);
    divan::main();
}

#[divan::bench(args = ["fr", "nl", "en"])]
fn pdf(bencher: divan::Bencher, lang: &str) {
    let lang = passerelle_cv::parse_language(lang).unwrap();
    let fixture = FIXTURE.lock().unwrap();
    bencher.bench_local(|| {
        passerelle_cv::cv_bytes(&fixture.wallet, lang, CvFormat::Pdf, None).unwrap()
    });
}

#[divan::bench]
fn preview(bencher: divan::Bencher) {
    let fixture = FIXTURE.lock().unwrap();
    bencher
        .bench_local(|| passerelle_cv::preview(&fixture.wallet, Language::Nl, None, 800).unwrap());
}

#[divan::bench]
fn document(bencher: divan::Bencher) {
    let fixture = FIXTURE.lock().unwrap();
    bencher.bench_local(|| fixture.wallet.cv_document(Language::Fr, None).unwrap());
}

#[divan::bench]
fn pdf_after_edit(bencher: divan::Bencher) {
    let fixture = FIXTURE.lock().unwrap();
    let base = fixture.wallet.cv_document(Language::Fr, None).unwrap();
    let mut n = 0u64;
    bencher
        .with_inputs(|| {
            n += 1;
            let mut doc = base.clone();
            if let Some(summary) = doc.summary.as_mut() {
                summary.text = format!("{} ({n})", summary.text);
            }
            doc
        })
        .bench_local_values(|doc| {
            passerelle_cv::render_pdf(&doc, Some(&passerelle_cv::europass_attachment(&doc)))
                .unwrap()
        });
}
