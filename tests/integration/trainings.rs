//! Importing training catalogues (issue 5 point 3): the own JSON format, LHEO 2.x XML
//! and the CSV template; re-imports update by id; malformed files are refused with the
//! right code and line and leave the wallet as it was.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use passerelle_wallet::trainings::{Modality, TrainingOffer};
use passerelle_wallet::{FixedClock, Wallet};
use serde_json::Value;

use crate::support::{fixture, passerelle, stderr, stdout};

fn open(dir: &Path) -> Wallet {
    let clock = FixedClock(time::macros::datetime!(2026-08-20 09:00:00 UTC));
    Wallet::open(dir.join("w"), Arc::new(clock)).unwrap()
}

fn trainings(file: &str) -> PathBuf {
    PathBuf::from(fixture("trainings", file))
}

fn offer<'a>(offers: &'a [TrainingOffer], id: &str) -> &'a TrainingOffer {
    offers
        .iter()
        .find(|o| o.id == id)
        .unwrap_or_else(|| panic!("no offer {id}"))
}

fn count(offers: &[TrainingOffer], id: &str) -> usize {
    offers.iter().filter(|o| o.id == id).count()
}

#[test]
fn the_own_json_format_imports_offers_and_places() {
    let tmp = tempfile::tempdir().unwrap();
    let mut w = open(tmp.path());
    let s = w.import_trainings(&trainings("catalogue.json")).unwrap();
    assert_eq!((s.added, s.updated, s.unchanged, s.places), (3, 0, 0, 1));
    let offers = w.training_offers().unwrap();
    let howest = offer(&offers, "howest:pm-ict-2026");
    assert_eq!(howest.region, "BE-VLG");
    assert_eq!(howest.modality, Modality::Blended);
    assert_eq!(howest.languages, ["nl", "en"]);
    assert_eq!(howest.competences[0].code.as_deref(), Some("E.2"));
    assert!(!howest.sample);
    let places = w.learning_places().unwrap();
    assert!(places.iter().any(|p| p.id == "epn-tournai"));
}

#[test]
fn an_lheo_catalogue_maps_formations_actions_and_sessions() {
    let tmp = tempfile::tempdir().unwrap();
    let mut w = open(tmp.path());
    let s = w.import_trainings(&trainings("lheo-sample.xml")).unwrap();
    assert_eq!((s.added, s.updated, s.unchanged), (4, 0, 0));
    let offers = w.training_offers().unwrap();

    let cnam = offer(&offers, "lheo:HDF-2026-0412");
    assert_eq!(cnam.source.system, "LHEO");
    assert_eq!(cnam.source.retrieved_at.as_deref(), Some("2026-06-01"));
    assert_eq!(
        cnam.title.fr.as_deref(),
        Some("Manager de projets informatiques")
    );
    let description = cnam.description.fr.as_deref().unwrap();
    assert!(
        description.starts_with("Piloter un projet")
            && description.contains("recette et mise en production")
    );
    assert_eq!(
        cnam.provider.name,
        "Conservatoire national des arts et métiers Hauts-de-France"
    );
    assert_eq!(cnam.region, "FR-HDF");
    // modalites-enseignement 1 = blended (LHEO dict-modalites-enseignement).
    assert_eq!(cnam.modality, Modality::Blended);
    assert_eq!(cnam.duration_hours, Some(420));
    assert_eq!(cnam.languages, ["fr"]);
    assert_eq!(cnam.locations.len(), 1);
    assert_eq!(cnam.locations[0].municipality, "Lille");
    assert_eq!(cnam.locations[0].postcode.as_deref(), Some("59000"));
    assert_eq!(cnam.locations[0].latitude, Some(50.6311));
    assert_eq!(cnam.sessions[0].start.as_deref(), Some("2026-09-14"));
    assert_eq!(cnam.sessions[0].end.as_deref(), Some("2027-06-25"));
    assert_eq!(
        cnam.sessions[0].registration_url.as_deref(),
        Some("https://example.invalid/cnam-hdf/inscription")
    );
    assert_eq!(cnam.cost.amount_eur, Some(6900.0));
    assert!(
        cnam.cost.funding[0]
            .note
            .fr
            .as_deref()
            .unwrap()
            .contains("CPF")
    );
    assert_eq!(cnam.eqf_level, Some(7)); // code-niveau-sortie 17 = level 7
    assert!(
        cnam.certification
            .fr
            .as_deref()
            .unwrap()
            .contains("RNCP35341")
    );
    let e2 = cnam
        .competences
        .iter()
        .find(|c| c.code.as_deref() == Some("E.2"))
        .unwrap();
    assert_eq!(e2.level, Some(4));

    let green = offer(&offers, "lheo:HDF-2026-0533");
    assert_eq!(green.modality, Modality::InPerson); // code 0
    assert_eq!(green.cost.amount_eur, Some(1450.0)); // "1 450,00"
    assert_eq!(green.sessions.len(), 2);
    assert_eq!(
        green.sessions[0].registration_url.as_deref(),
        Some("https://example.invalid/euratech/numerique-responsable-octobre")
    );
    assert_eq!(
        green.sessions[1].registration_url.as_deref(),
        Some("https://example.invalid/euratech/numerique-responsable")
    );
    assert_eq!(green.eqf_level, None); // 0 = not given
    assert_eq!(green.competences[0].code.as_deref(), Some("A.8"));

    let agile = offer(&offers, "lheo:HDF-2026-0618");
    assert_eq!(agile.modality, Modality::Distance); // code 2
    assert!(agile.locations.is_empty());
    // No place of training: the region comes from the provider's address (59650).
    assert_eq!(agile.region, "FR-HDF");
    assert_eq!(agile.duration_hours, Some(70)); // from duree-indicative
    assert_eq!(agile.sessions[0].end, None); // 99999999 = permanent

    let amiens = offer(&offers, "lheo:HDF-2026-0702");
    assert_eq!(amiens.locations[0].municipality, "Amiens");
    assert_eq!(amiens.eqf_level, Some(5)); // old level III
    assert_eq!(amiens.occupations.len(), 1);
}

#[test]
fn an_iso_8859_1_lheo_file_reads_like_the_utf8_one() {
    let tmp = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(trainings("lheo-sample.xml")).unwrap();
    let latin1: Vec<u8> = text
        .replacen("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"", 1)
        .chars()
        .map(|c| u8::try_from(u32::from(c)).expect("the sample is Latin-1 text"))
        .collect();
    let file = tmp.path().join("latin1.xml");
    std::fs::write(&file, latin1).unwrap();
    let mut w = open(tmp.path());
    w.import_trainings(&file).unwrap();
    let offers = w.training_offers().unwrap();
    assert_eq!(
        offer(&offers, "lheo:HDF-2026-0533").title.fr.as_deref(),
        Some("Numérique responsable : écoconception de services numériques")
    );
}

#[test]
fn the_csv_template_imports_one_offer_per_line() {
    let tmp = tempfile::tempdir().unwrap();
    let mut w = open(tmp.path());
    let s = w.import_trainings(&trainings("template.csv")).unwrap();
    assert_eq!((s.added, s.updated, s.unchanged), (5, 0, 0));
    let offers = w.training_offers().unwrap();
    let vdab = offer(&offers, "vdab:projectleider-ict");
    assert_eq!(vdab.title.nl.as_deref(), Some("Projectleider ICT"));
    assert_eq!(vdab.title.fr, None);
    assert_eq!(vdab.region, "BE-VLG");
    assert_eq!(vdab.languages, ["nl"]);
    assert_eq!(vdab.sessions[0].start.as_deref(), Some("2026-09-07"));
    assert_eq!(vdab.cost.funding[0].who, "job-seeker-vdab");
    let codes: Vec<_> = vdab
        .competences
        .iter()
        .map(|c| (c.code.clone().unwrap(), c.level))
        .collect();
    assert_eq!(
        codes,
        [
            ("E.2".to_owned(), Some(3)),
            ("E.3".to_owned(), Some(3)),
            ("E.7".to_owned(), Some(2))
        ]
    );
    let syntra = offer(&offers, "syntra:agile-scrum");
    assert_eq!(syntra.languages, ["nl", "en"]);
    let technocite = offer(&offers, "technocite:green-it-2026");
    assert_eq!(technocite.sessions.len(), 2);
    let bf = offer(&offers, "bf:chef-projet-digital");
    assert_eq!(
        bf.description.fr.as_deref(),
        Some("Projet digital \"de bout en bout\", avec un stage en entreprise.")
    );
}

#[test]
fn a_reimport_updates_changed_offers_by_id_without_duplicates() {
    let tmp = tempfile::tempdir().unwrap();
    let mut w = open(tmp.path());
    w.import_trainings(&trainings("catalogue.json")).unwrap();
    let total = w.training_offers().unwrap().len();

    let again = w.import_trainings(&trainings("catalogue.json")).unwrap();
    assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 3));

    let text = std::fs::read_to_string(trainings("catalogue.json")).unwrap();
    let changed = text.replace("Gestion de projet informatique", "Gestion de projets IT");
    assert_ne!(text, changed);
    let file = tmp.path().join("changed.json");
    std::fs::write(&file, changed).unwrap();
    let s = w.import_trainings(&file).unwrap();
    assert_eq!((s.added, s.updated, s.unchanged), (0, 1, 2));

    let offers = w.training_offers().unwrap();
    assert_eq!(offers.len(), total, "no duplicates");
    assert_eq!(count(&offers, "forem:gestion-projet-mouscron"), 1);
    assert_eq!(
        offer(&offers, "forem:gestion-projet-mouscron")
            .title
            .fr
            .as_deref(),
        Some("Gestion de projets IT")
    );

    // The same for LHEO and CSV.
    for f in ["lheo-sample.xml", "template.csv"] {
        let first = w.import_trainings(&trainings(f)).unwrap();
        let second = w.import_trainings(&trainings(f)).unwrap();
        assert_eq!(second.added + second.updated, 0, "{f}");
        assert_eq!(second.unchanged, first.added, "{f}");
    }
}

#[test]
fn an_imported_offer_replaces_the_bundled_offer_with_the_same_id() {
    let tmp = tempfile::tempdir().unwrap();
    let mut w = open(tmp.path());
    let before = w.training_offers().unwrap();
    let Some(bundled) = before.iter().find(|o| o.sample).cloned() else {
        return; // no bundled catalogue compiled in yet
    };
    let mut feed = bundled.clone();
    feed.sample = false;
    feed.source.system = "Provider feed".into();
    let catalogue = serde_json::json!({ "format": "passerelle-trainings/1", "offers": [feed] });
    let file = tmp.path().join("feed.json");
    std::fs::write(&file, serde_json::to_string_pretty(&catalogue).unwrap()).unwrap();
    let s = w.import_trainings(&file).unwrap();
    assert_eq!(s.added, 1);
    let after = w.training_offers().unwrap();
    assert_eq!(after.len(), before.len());
    let replaced = offer(&after, &bundled.id);
    assert!(!replaced.sample);
    assert_eq!(replaced.source.system, "Provider feed");
}

/// Import `file`, expecting it to be refused with `detail` on `line`, the wallet unchanged.
fn refused(w: &mut Wallet, file: &Path, format: &str, line: u32, detail: &str) {
    let before = w.training_offers().unwrap();
    let places = w.learning_places().unwrap();
    let e = w
        .import_trainings(file)
        .expect_err(&format!("{} must be refused", file.display()));
    assert_eq!(e.code(), "catalogue-invalid", "{e}");
    let args = e.args();
    assert_eq!(
        (
            args["format"].as_str(),
            args["line"].as_str(),
            args["detail"].as_str()
        ),
        (format, line.to_string().as_str(), detail),
        "{}: {e}",
        file.display()
    );
    assert_eq!(w.training_offers().unwrap(), before, "{}", file.display());
    assert_eq!(w.learning_places().unwrap(), places);
}

#[test]
fn malformed_catalogues_name_the_line_and_change_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let mut w = open(tmp.path());
    w.import_trainings(&trainings("catalogue.json")).unwrap();

    refused(&mut w, &trainings("lheo-broken.xml"), "lheo", 7, "syntax");
    refused(&mut w, &trainings("lheo-bomb.xml"), "lheo", 2, "entities");
    refused(
        &mut w,
        &trainings("template-unknown-region.csv"),
        "csv",
        4,
        "unknown-region",
    );
    refused(
        &mut w,
        &trainings("template-missing-column.csv"),
        "csv",
        1,
        "missing-column",
    );
    refused(
        &mut w,
        &trainings("catalogue-bad-date.json"),
        "json",
        43,
        "bad-date",
    );

    // Variants written on the fly from the good fixtures.
    let write = |name: &str, text: String| {
        let p = tmp.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    let lheo = std::fs::read_to_string(trainings("lheo-sample.xml")).unwrap();
    let line_of = |text: &str, needle: &str| {
        u32::try_from(text.lines().position(|l| l.contains(needle)).unwrap() + 1).unwrap()
    };
    let bad = lheo.replace("<debut>20261005</debut>", "<debut>20271340</debut>");
    let line = line_of(&bad, "20271340");
    refused(
        &mut w,
        &write("bad-date.xml", bad),
        "lheo",
        line,
        "bad-date",
    );
    let bad = lheo.replace("E.3:3|E.6:3", "E.3:3|Z.6:3");
    let line = line_of(&bad, "Z.6:3");
    refused(
        &mut w,
        &write("bad-ecf.xml", bad),
        "lheo",
        line,
        "unknown-competence",
    );
    let bad = lheo.replacen(
        "<formation numero=\"HDF-2026-0618\">",
        "<formation numero=\"HDF-2026-0412\">",
        1,
    );
    let line = line_of(&bad, "<formation numero=\"HDF-2026-0412\"");
    let second = bad
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("<formation numero=\"HDF-2026-0412\""))
        .nth(1)
        .map(|(i, _)| u32::try_from(i + 1).unwrap())
        .unwrap();
    assert!(second > line);
    refused(
        &mut w,
        &write("dup.xml", bad),
        "lheo",
        second,
        "duplicate-id",
    );
    refused(
        &mut w,
        &write("not-lheo.xml", "<catalogue><offre/></catalogue>".into()),
        "lheo",
        1,
        "not-lheo",
    );

    let csv = std::fs::read_to_string(trainings("template.csv")).unwrap();
    let bad = csv.replace(";5;E.2:3|E.3:3|E.7:2;", ";5;E.2:7|E.3:3|E.7:2;");
    refused(&mut w, &write("level.csv", bad), "csv", 4, "bad-level");
    let bad = csv.replace("2027-02-01/2027-04-26", "2027-04-26/2027-02-01");
    refused(&mut w, &write("order.csv", bad), "csv", 5, "date-order");
    let bad = csv.replace(";Technocité;BE-WAL;Mons;", ";;BE-WAL;Mons;");
    refused(
        &mut w,
        &write("provider.csv", bad),
        "csv",
        3,
        "missing-provider",
    );
    let bad = csv.replace(";blended;nl|en;", ";blended;nl;en;");
    refused(&mut w, &write("cells.csv", bad), "csv", 5, "column-count");
    let bad = format!("{csv}{}", csv.lines().nth(2).unwrap());
    refused(&mut w, &write("dup.csv", bad), "csv", 7, "duplicate-id");

    let json = std::fs::read_to_string(trainings("catalogue.json")).unwrap();
    let bad = json.replacen(
        "\"title\": { \"fr\": \"Gestion de projet informatique\" },",
        "\"title\": {},",
        1,
    );
    let line = line_of(&bad, "\"title\": {},");
    refused(
        &mut w,
        &write("title.json", bad),
        "json",
        line,
        "missing-title",
    );
    let bad = json.replacen("\"region\": \"BE-VLG\"", "\"region\": \"NL-ZE\"", 1);
    let line = line_of(&bad, "NL-ZE");
    refused(
        &mut w,
        &write("region.json", bad),
        "json",
        line,
        "unknown-region",
    );
    let bad = json.replacen(
        "\"modality\": \"blended\",",
        "\"modality\": \"blended\" ",
        1,
    );
    let line = line_of(&bad, "\"modality\": \"blended\" ") + 1;
    refused(&mut w, &write("syntax.json", bad), "json", line, "syntax");
    let bad = json.replacen(
        "\"durationHours\": 90,",
        "\"durationHours\": 90, \"price\": 3,",
        1,
    );
    let line = line_of(&bad, "\"price\"");
    refused(&mut w, &write("unknown.json", bad), "json", line, "schema");
    let bad = json.replacen("passerelle-trainings/1", "passerelle-trainings/2", 1);
    refused(
        &mut w,
        &write("version.json", bad),
        "json",
        2,
        "format-version",
    );
}

#[test]
fn files_beyond_the_limits_are_refused_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let mut w = open(tmp.path());
    w.import_trainings(&trainings("template.csv")).unwrap();

    let big = tmp.path().join("big.csv");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(20 * 1024 * 1024 + 1).unwrap();
    refused(&mut w, &big, "unknown", 0, "too-large");

    let mut csv = String::from("id,title_fr,provider,region,modality,languages\n");
    for i in 0..=20_000 {
        csv.push_str(&format!(
            "x:{i},Gestion de projet,Forem,BE-WAL,in-person,fr\n"
        ));
    }
    let many = tmp.path().join("many.csv");
    std::fs::write(&many, csv).unwrap();
    refused(&mut w, &many, "csv", 0, "too-many-offers");

    let text = tmp.path().join("notes.txt");
    std::fs::write(&text, "Quelques notes sur la formation\nrien d'autre\n").unwrap();
    refused(&mut w, &text, "unknown", 0, "unknown-format");
}

#[test]
fn the_cli_imports_a_catalogue_and_reports_errors_with_their_code() {
    let tmp = tempfile::tempdir().unwrap();
    let wallet = tmp.path().join("w");
    let wallet = wallet.to_str().unwrap();
    let lheo = fixture("trainings", "lheo-sample.xml");
    let out = passerelle(&["--wallet", wallet, "trainings", "import", &lheo, "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["format"], "lheo");
    assert_eq!(v["added"], 4);
    let out = passerelle(&["--wallet", wallet, "trainings", "import", &lheo]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("4 unchanged"), "{}", stdout(&out));

    let bad = fixture("trainings", "template-unknown-region.csv");
    let out = passerelle(&["--wallet", wallet, "trainings", "import", &bad]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("catalogue-invalid") && err.contains("FR-IDF"),
        "{err}"
    );
    assert!(err.contains('4'), "{err}");
}
