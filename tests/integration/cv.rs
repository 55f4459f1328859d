//! The CV (issue 6): three real PDFs from one wallet, read back with poppler's
//! `pdftotext`, `pdfinfo`, `pdffonts` and `pdfdetach`; the Europass XML and JSON
//! Resume beside them; the same CV twice gives the same bytes; bad content and
//! unknown badges change nothing.

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use passerelle_cv::sample::{NAME, content, profile};
use passerelle_wallet::{FixedClock, Language, Wallet};

use crate::support::{ok_json, passerelle, stderr, stdout};

/// A wallet with the demo set, Zoë's profile and her CV, at a fixed time.
fn wallet(dir: &Path) -> Wallet {
    let clock = Arc::new(FixedClock(time::macros::datetime!(2026-11-23 09:00:00 UTC)));
    let mut w = Wallet::open(dir, clock).unwrap();
    w.load_demo("en").unwrap();
    w.save_profile(&profile()).unwrap();
    w.save_cv_content(&content()).unwrap();
    w
}

fn poppler(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} is needed (poppler-utils): {e}"));
    assert!(out.status.success(), "{tool} {args:?}: {}", stderr(&out));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn three_cvs_from_one_wallet_are_real_pdfs_in_their_own_language() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("w");
    drop(wallet(&dir));
    let w = dir.to_str().unwrap();
    for (code, lang, fallback) in [
        ("fr", Language::Fr, "non traduit, en anglais"),
        ("nl", Language::Nl, "niet vertaald, in het Engels"),
        ("en", Language::En, ""),
    ] {
        let pdf = tmp.path().join(format!("cv-{code}.pdf"));
        let out = ok_json(passerelle(&[
            "--wallet",
            w,
            "--json",
            "export",
            "cv",
            "--lang",
            code,
            "--out",
            pdf.to_str().unwrap(),
        ]));
        assert_eq!(out["language"], code);
        assert_eq!(out["format"], "pdf");
        let pages = out["pages"].as_u64().unwrap();
        assert!((1..=2).contains(&pages), "{pages} pages");

        let path = pdf.to_str().unwrap();
        let info = poppler("pdfinfo", &[path]);
        assert!(info.contains(&format!("Author:          {NAME}")), "{info}");
        assert!(info.contains(NAME) && info.contains("Title:"), "{info}");
        assert!(info.contains("595.276 x 841.89 pts (A4)"), "{info}");
        let fonts = poppler("pdffonts", &[path]);
        let inter: Vec<&str> = fonts.lines().filter(|l| l.contains("Inter")).collect();
        assert!(!inter.is_empty(), "{fonts}");
        // Columns: name, type (several words), encoding, emb, sub, uni, object, ID.
        assert!(
            inter
                .iter()
                .all(|l| l.split_whitespace().rev().nth(4) == Some("yes")),
            "every font embedded: {fonts}"
        );
        assert!(poppler("pdfdetach", &["-list", path]).contains("Europass-XML-Attachment.xml"));

        let text = poppler("pdftotext", &["-enc", "UTF-8", path, "-"]);
        assert!(text.contains(NAME), "the name intact in {code}: {text}");
        // The competences the demo shows, titled in the CV's language.
        for code_ecf in ["E.2", "E.3", "E.4"] {
            let title = passerelle_wallet::frameworks::competence(code_ecf)
                .unwrap()
                .title
                .get(lang)
                .to_owned();
            assert!(
                text.contains(&title),
                "{code_ecf} titled {title:?} in the {code} CV: {text}"
            );
        }
        // Holder text that looks like markup is printed as it is.
        assert!(text.contains("#panic()"), "{text}");
        // A text missing in the CV's language is shown in another one, and says so.
        if fallback.is_empty() {
            assert!(text.contains("Moved 40 volunteers"));
        } else {
            assert!(text.contains(fallback), "{code}: {text}");
        }
        let title = match lang {
            Language::Fr => "Coordinatrice bénévole",
            Language::Nl => "Vrijwilligerscoördinator",
            Language::En => "Volunteer coordinator",
        };
        assert!(text.contains(title), "{text}");
        // Reverse chronological: the job still going comes first.
        assert!(text.find(title).unwrap() < text.find("Textiles Leroy").unwrap());
    }
    // The French and English competence titles differ (the test above means something).
    let e2 = passerelle_wallet::frameworks::competence("E.2").unwrap();
    assert_ne!(e2.title.get(Language::Fr), e2.title.get(Language::En));
}

#[test]
fn the_same_cv_gives_the_same_bytes_and_the_formats_say_the_same() {
    let tmp = tempfile::tempdir().unwrap();
    let w = wallet(&tmp.path().join("w"));
    let pdf = |lang| {
        passerelle_cv::cv_bytes(&w, lang, passerelle_cv::CvFormat::Pdf, None)
            .unwrap()
            .0
    };
    let first = pdf(Language::Nl);
    assert_eq!(first, pdf(Language::Nl), "same input, same PDF");
    assert_ne!(first, pdf(Language::Fr));
    assert!(first.starts_with(b"%PDF-"));

    let (xml, _) =
        passerelle_cv::cv_bytes(&w, Language::Nl, passerelle_cv::CvFormat::Europass, None).unwrap();
    let xml = String::from_utf8(xml).unwrap();
    assert!(xml.contains("Candidate") && xml.contains("Dupré-Van den Bossche"));
    assert!(xml.contains("Vrijwilligerscoördinator"));
    let (json, _) =
        passerelle_cv::cv_bytes(&w, Language::Fr, passerelle_cv::CvFormat::JsonResume, None)
            .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(json["basics"]["name"], NAME);
    assert_eq!(json["work"][0]["position"], "Coordinatrice bénévole");
}

#[test]
fn bad_cv_content_and_unknown_badges_change_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("w");
    drop(wallet(&dir));
    let w = dir.to_str().unwrap();
    let before = ok_json(passerelle(&["--wallet", w, "--json", "cv", "show"]));
    assert_eq!(before["digitalSkills"][2], "#panic()");

    let mut bad = before.clone();
    bad["experience"][0]["end"] = "2001-01".into(); // before it starts
    let file = tmp.path().join("bad.json");
    std::fs::write(&file, bad.to_string()).unwrap();
    let out = passerelle(&["--wallet", w, "cv", "set", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("before it starts"),
        "{}",
        stderr(&out)
    );
    std::fs::write(&file, "{ not json").unwrap();
    let out = passerelle(&["--wallet", w, "cv", "set", file.to_str().unwrap()]);
    assert!(
        stderr(&out).contains("is not a CV file"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        ok_json(passerelle(&["--wallet", w, "--json", "cv", "show"])),
        before
    );

    // A good file replaces it.
    let mut good = before.clone();
    good["phone"] = "+33 6 12 34 56 78".into();
    std::fs::write(&file, good.to_string()).unwrap();
    let saved = ok_json(passerelle(&[
        "--wallet",
        w,
        "--json",
        "cv",
        "set",
        file.to_str().unwrap(),
    ]));
    assert_eq!(saved["phone"], "+33 6 12 34 56 78");

    let pdf = tmp.path().join("cv.pdf");
    let out = passerelle(&[
        "--wallet",
        w,
        "export",
        "cv",
        "--lang",
        "fr",
        "--badge",
        "no-such-badge",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!pdf.exists(), "nothing written for an unknown badge");
    let out = passerelle(&[
        "--wallet",
        w,
        "export",
        "cv",
        "--lang",
        "de",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert_ne!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("use fr, nl or en"),
        "{}",
        stderr(&out)
    );
    assert!(!pdf.exists());
}

#[test]
fn chosen_badges_are_the_ones_on_the_cv() {
    let tmp = tempfile::tempdir().unwrap();
    let w = wallet(&tmp.path().join("w"));
    let choices = w.cv_badge_choices().unwrap();
    let suggested: Vec<_> = choices.iter().filter(|c| c.suggested).collect();
    assert!(suggested.len() >= 3, "{choices:?}");
    assert!(
        choices
            .iter()
            .filter(|c| c.kind == "self-declared")
            .all(|c| !c.suggested)
    );
    let one = vec![suggested[0].id.clone()];
    let doc = w.cv_document(Language::En, Some(&one)).unwrap();
    assert_eq!(doc.badges.len(), 1);
    assert_eq!(doc.badges[0].name, suggested[0].name);
    let all = w.cv_document(Language::En, None).unwrap();
    assert_eq!(all.badges.len(), suggested.len());
}
