//! Self-declared skills and endorsements through the command line, on temporary
//! wallets with the file key store (no OS keyring needed): declare, export, endorse
//! from a second wallet, import the endorsement, and the independent peer's verdict.

use std::path::Path;
use std::process::{Command, Output};

use crate::support::{ok_json, oracle_peer, passerelle_with_key_file, root, stderr, stdout};

const PASSPHRASE: &str = "correct horse battery staple";

fn run(wallet: &std::path::Path, passphrase: &str, args: &[&str]) -> Output {
    passerelle_with_key_file(wallet, passphrase, args)
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_str(&stdout(out))
        .unwrap_or_else(|e| panic!("not JSON ({e}): {} / {}", stdout(out), stderr(out)))
}

fn ok(out: Output) -> serde_json::Value {
    ok_json(out)
}

/// Declare E.2 in a new wallet; returns (wallet dir guard, credential id, exported file).
fn declared(dir: &Path) -> (String, std::path::PathBuf) {
    ok(run(
        dir,
        PASSPHRASE,
        &["--json", "profile", "set", "--name", "Amélie Dubois"],
    ));
    let v = ok(run(
        dir,
        PASSPHRASE,
        &[
            "--json",
            "skills",
            "declare",
            "--framework",
            "ecf",
            "--competence",
            "E.2",
            "--level",
            "3",
            "--lang",
            "fr",
            "--context",
            "J’ai coordonné la migration du site de l’ASBL (5 bénévoles, 2023), livrée à temps.",
        ],
    ));
    let id = v["id"].as_str().unwrap().to_owned();
    let out = dir.join("e2.json");
    ok(run(
        dir,
        PASSPHRASE,
        &[
            "--json",
            "export",
            "credential",
            &id,
            "--out",
            out.to_str().unwrap(),
        ],
    ));
    (id, out)
}

#[test]
fn a_declared_skill_is_listed_as_self_declared_and_an_endorsement_attaches_to_it() {
    let holder = tempfile::tempdir().unwrap();
    let (id, exported) = declared(holder.path());
    let list = ok(run(holder.path(), PASSPHRASE, &["--json", "list"]));
    let item = list
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == id.as_str())
        .unwrap();
    assert_eq!(item["kind"], "self-declared");
    assert_eq!(item["status"], "verified");
    assert_eq!(item["issuer"], "Amélie Dubois");
    assert_eq!(item["endorsements"], serde_json::json!([]));
    let vc: serde_json::Value = serde_json::from_slice(&std::fs::read(&exported).unwrap()).unwrap();
    assert_eq!(
        vc["credentialSubject"]["achievement"]["achievementType"],
        "Competency"
    );
    assert_eq!(vc["issuer"]["id"], vc["credentialSubject"]["id"]);
    assert!(
        vc["issuer"]["id"]
            .as_str()
            .unwrap()
            .starts_with("did:key:z6Mk")
    );

    // A counsellor, with a wallet and key of their own, endorses the exported file.
    let counsellor = tempfile::tempdir().unwrap();
    ok(run(
        counsellor.path(),
        "another long passphrase",
        &[
            "--json",
            "profile",
            "set",
            "--name",
            "Sophie Lambert (Forem)",
        ],
    ));
    let endorsement = counsellor.path().join("endorsement.json");
    ok(run(
        counsellor.path(),
        "another long passphrase",
        &[
            "--json",
            "endorse",
            exported.to_str().unwrap(),
            "--comment",
            "Vu le planning et le rapport de clôture du projet.",
            "--out",
            endorsement.to_str().unwrap(),
        ],
    ));

    // Back in the holder's wallet: the endorsement verifies and attaches to the skill.
    let v = ok(run(
        holder.path(),
        PASSPHRASE,
        &["--json", "import", endorsement.to_str().unwrap()],
    ));
    assert_eq!(v[0]["outcome"], "endorsement", "{v}");
    assert_eq!(v[0]["id"], id.as_str());
    let list = ok(run(holder.path(), PASSPHRASE, &["--json", "list"]));
    let item = list
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == id.as_str())
        .unwrap();
    let e = &item["endorsements"][0];
    assert_eq!(e["endorserName"], "Sophie Lambert (Forem)");
    assert_eq!(
        e["comment"],
        "Vu le planning et le rapport de clôture du projet."
    );
    assert_eq!(e["status"], "verified");
    // Endorsements are not badges of their own.
    assert_eq!(list.as_array().unwrap().len(), 1);

    // The review against the ICT project manager profile: E.2 aimed at e-4, shown at
    // e-3, supported by an endorsed self-declaration.
    let review = ok(run(holder.path(), PASSPHRASE, &["--json", "review"]));
    let e2 = review["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == "E.2")
        .unwrap();
    assert_eq!(e2["target"], 4);
    assert_eq!(e2["current"], 3);
    assert_eq!(e2["support"], "endorsed");
    let e3 = review["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == "E.3")
        .unwrap();
    assert_eq!(e3["support"], "none");

    // An endorsement of something this wallet does not hold is refused.
    let stranger = tempfile::tempdir().unwrap();
    let out = run(
        stranger.path(),
        PASSPHRASE,
        &["--json", "import", endorsement.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    assert_eq!(v[0]["outcome"], "refused");
    assert!(
        v[0]["report"]["checks"]
            .to_string()
            .contains("endorsed-not-in-wallet")
    );
}

#[test]
fn a_tampered_file_cannot_be_endorsed_and_a_wrong_passphrase_changes_nothing() {
    let holder = tempfile::tempdir().unwrap();
    let (_, exported) = declared(holder.path());
    let mut vc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&exported).unwrap()).unwrap();
    vc["credentialSubject"]["result"][0]["achievedLevel"] = "e-5".into();
    let forged = holder.path().join("forged.json");
    std::fs::write(&forged, serde_json::to_vec(&vc).unwrap()).unwrap();
    let out = run(
        holder.path(),
        PASSPHRASE,
        &[
            "endorse",
            forged.to_str().unwrap(),
            "--comment",
            "ok",
            "--out",
            "/dev/null",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("does not pass verification"),
        "{}",
        stderr(&out)
    );

    // Wrong passphrase: a clear error, the key file untouched, the wallet still opens.
    let key_file = holder.path().join("keys/holder.key");
    let before = std::fs::read(&key_file).unwrap();
    let out = run(
        holder.path(),
        "not the passphrase",
        &[
            "skills",
            "declare",
            "--competence",
            "E.3",
            "--level",
            "3",
            "--context",
            "x",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).to_lowercase().contains("passphrase"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&key_file).unwrap(), before);
    let list = ok(run(
        holder.path(),
        "not the passphrase",
        &["--json", "list"],
    ));
    assert_eq!(list.as_array().unwrap().len(), 1);

    // A corrupt key file: a clear error, the file kept as it was.
    std::fs::write(&key_file, b"PSRL-KEY garbage").unwrap();
    let out = run(
        holder.path(),
        PASSPHRASE,
        &[
            "skills",
            "declare",
            "--competence",
            "E.3",
            "--level",
            "3",
            "--context",
            "x",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(&key_file).unwrap(), b"PSRL-KEY garbage");

    // Declaring at a level the competence does not have is refused before signing.
    let other = tempfile::tempdir().unwrap();
    let out = run(
        other.path(),
        PASSPHRASE,
        &[
            "skills",
            "declare",
            "--competence",
            "E.2",
            "--level",
            "1",
            "--context",
            "x",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("level"), "{}", stderr(&out));
}

/// What Passerelle exported and endorsed was accepted by the independent peer
/// (`../shared/oracle/verify.mjs`, Digital Bazaar / DCC libraries): recorded files,
/// re-verified here, and a live run when the peer is installed.
#[test]
fn the_independent_peer_accepts_exported_skills_and_endorsements() {
    let fixtures = root().join("tests/fixtures/passerelle-signed");
    let verdict = std::fs::read_to_string(fixtures.join("oracle-verdict-skills.txt")).unwrap();
    for f in ["self-declared-e2.json", "endorsement-e2.json"] {
        assert!(
            verdict.contains(&format!("{f}: valid: DataIntegrityProof/eddsa-rdfc-2022")),
            "{verdict}"
        );
    }
    // Our own verifier agrees on the recorded files.
    let scratch = tempfile::tempdir().unwrap();
    let out = run(
        scratch.path(),
        PASSPHRASE,
        &[
            "--json",
            "verify",
            fixtures.join("self-declared-e2.json").to_str().unwrap(),
            fixtures.join("endorsement-e2.json").to_str().unwrap(),
        ],
    );
    let v = json(&out);
    assert_eq!(v[0]["status"], "verified", "{v}");
    assert_eq!(v[1]["status"], "verified", "{v}");

    let Some(oracle) = oracle_peer() else {
        return;
    };
    let holder = tempfile::tempdir().unwrap();
    let (_, exported) = declared(holder.path());
    let endorsement = holder.path().join("endorsement.json");
    ok(run(
        holder.path(),
        PASSPHRASE,
        &[
            "--json",
            "endorse",
            exported.to_str().unwrap(),
            "--comment",
            "Vérifié en entretien.",
            "--out",
            endorsement.to_str().unwrap(),
        ],
    ));
    let out = Command::new("node")
        .arg(oracle.join("verify.mjs"))
        .arg(&exported)
        .arg(&endorsement)
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(out.status.success(), "{text} {}", stderr(&out));
    assert_eq!(text.matches(": valid").count(), 2, "{text}");
}

// Evidence files (issue 4, point 4): kept in the wallet, bound to the signed credential.

/// (credentials, evidence_files, credential_evidence) rows in the wallet at `dir`.
fn evidence_counts(dir: &Path) -> (i64, i64, i64) {
    let conn = rusqlite::Connection::open(dir.join(passerelle_wallet::DB_FILE)).unwrap();
    let count = |table: &str| -> i64 {
        conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    };
    (
        count("credentials"),
        count("evidence_files"),
        count("credential_evidence"),
    )
}

fn declare_with(dir: &Path, competence: &str, files: &[&Path]) -> Output {
    let mut args: Vec<String> = [
        "--json",
        "skills",
        "declare",
        "--competence",
        competence,
        "--level",
        "3",
        "--lang",
        "fr",
        "--context",
        "J’ai coordonné la migration du site de l’ASBL (5 bénévoles, 2023).",
    ]
    .map(str::to_owned)
    .to_vec();
    for f in files {
        args.push("--file".into());
        args.push(f.to_str().unwrap().to_owned());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run(dir, PASSPHRASE, &args)
}

/// A few files of the kinds Passerelle keeps, in `dir`.
fn evidence_files(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf, std::path::PathBuf) {
    let pdf = dir.join("rapport de clôture.pdf");
    std::fs::write(
        &pdf,
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
    )
    .unwrap();
    let txt = dir.join("notes.txt");
    std::fs::write(&txt, "Planning : 12 jalons, tous tenus.\n").unwrap();
    let png = dir.join("capture.png");
    std::fs::copy(root().join("data/samples/valid-01.png"), &png).unwrap();
    (pdf, txt, png)
}

#[test]
fn a_declaration_keeps_its_evidence_files_and_gives_them_back_byte_identical() {
    let holder = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let (pdf, txt, png) = evidence_files(files.path());
    std::fs::create_dir(files.path().join("sub")).unwrap();
    // The same PDF twice (once through `..`): kept once, under its base name.
    let same_pdf = files.path().join("sub/../rapport de clôture.pdf");
    let v = ok(declare_with(
        holder.path(),
        "E.2",
        &[&pdf, &txt, &same_pdf, &png],
    ));
    let id = v["id"].as_str().unwrap().to_owned();

    let list = ok(run(
        holder.path(),
        PASSPHRASE,
        &["--json", "evidence", "list", &id],
    ));
    let list = list.as_array().unwrap();
    let names: Vec<&str> = list.iter().map(|e| e["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        ["rapport de clôture.pdf", "notes.txt", "capture.png"]
    );
    assert_eq!(list[0]["mediaType"], "application/pdf");
    assert_eq!(list[1]["mediaType"], "text/plain; charset=utf-8");
    assert_eq!(list[2]["mediaType"], "image/png");
    assert_eq!(
        list[2]["size"],
        std::fs::metadata(&png).unwrap().len(),
        "{list:?}"
    );
    assert_eq!(evidence_counts(holder.path()), (1, 3, 3));

    // Each file comes back exactly as it was given ("Save a copy").
    let out = tempfile::tempdir().unwrap();
    for (entry, original) in list.iter().zip([&pdf, &txt, &png]) {
        let target = out.path().join(entry["name"].as_str().unwrap());
        // A unique start of the id is enough.
        let short = &entry["id"].as_str().unwrap()[..12];
        ok(run(
            holder.path(),
            PASSPHRASE,
            &[
                "--json",
                "evidence",
                "save",
                &id,
                short,
                "--out",
                target.to_str().unwrap(),
            ],
        ));
        assert_eq!(
            std::fs::read(&target).unwrap(),
            std::fs::read(original).unwrap()
        );
    }

    // The signed credential names each file by the hash of its bytes, after the links.
    let exported = holder.path().join("e2.json");
    ok(run(
        holder.path(),
        PASSPHRASE,
        &[
            "--json",
            "export",
            "credential",
            &id,
            "--out",
            exported.to_str().unwrap(),
        ],
    ));
    let vc: serde_json::Value = serde_json::from_slice(&std::fs::read(&exported).unwrap()).unwrap();
    let evidence = vc["evidence"].as_array().unwrap();
    assert_eq!(evidence.len(), 3);
    for (e, entry) in evidence.iter().zip(list) {
        assert_eq!(e["type"], serde_json::json!(["Evidence"]));
        assert_eq!(e["name"], entry["name"]);
        assert_eq!(e["id"], entry["uri"]);
        assert!(e["id"].as_str().unwrap().starts_with("ni:///sha-256;"));
    }
    let v = ok(run(
        holder.path(),
        PASSPHRASE,
        &["--json", "verify", exported.to_str().unwrap()],
    ));
    assert_eq!(v[0]["status"], "verified", "{v}");

    // A second skill with the same PDF: the bytes are stored once, linked twice.
    ok(declare_with(holder.path(), "E.3", &[&pdf]));
    assert_eq!(evidence_counts(holder.path()), (2, 3, 4));

    // Unknown evidence and unknown credentials get clear errors.
    let out = run(
        holder.path(),
        PASSPHRASE,
        &["evidence", "save", &id, "00000000", "--out", "/dev/null"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no-such-evidence"),
        "{}",
        stderr(&out)
    );
    let out = run(
        holder.path(),
        PASSPHRASE,
        &["evidence", "list", "skill-nope"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no-such-badge"), "{}", stderr(&out));
}

#[test]
fn a_bad_evidence_file_is_named_and_leaves_the_wallet_unchanged() {
    let holder = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let (pdf, txt, _) = evidence_files(files.path());
    // A program renamed to look like a PDF, given after two good files.
    let exe = files.path().join("facture.pdf");
    let mut bytes = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0".to_vec();
    bytes.extend_from_slice(b"This program cannot be run in DOS mode.\r\n");
    std::fs::write(&exe, bytes).unwrap();

    // In a new wallet: refused before the key is even made.
    let out = declare_with(holder.path(), "E.2", &[&pdf, &txt, &exe]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("“facture.pdf” is not a PDF"), "{err}");
    assert!(err.contains("bad-evidence-file"), "{err}");
    assert_eq!(evidence_counts(holder.path()), (0, 0, 0));
    assert!(!holder.path().join("keys/holder.key").exists());

    // In a wallet that holds a skill with evidence already: still nothing changes.
    ok(declare_with(holder.path(), "E.2", &[&pdf]));
    let before = evidence_counts(holder.path());
    assert_eq!(before, (1, 1, 1));
    let empty = files.path().join("vide.txt");
    std::fs::write(&empty, b"").unwrap();
    let big = files.path().join("scan.pdf");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(20 * 1024 * 1024 + 1).unwrap();
    for (bad, words) in [
        (&exe, "is not a PDF"),
        (&empty, "“vide.txt” is empty"),
        (&big, "“scan.pdf” is larger than 20 MB"),
        (&files.path().join("absent.odt"), "cannot open “absent.odt”"),
    ] {
        let out = declare_with(holder.path(), "E.3", &[&txt, bad]);
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr(&out).contains(words), "{}", stderr(&out));
        assert_eq!(evidence_counts(holder.path()), before);
    }
    // More than ten files.
    let many: Vec<std::path::PathBuf> = (0..11)
        .map(|i| {
            let p = files.path().join(format!("note-{i}.txt"));
            std::fs::write(&p, format!("note {i}")).unwrap();
            p
        })
        .collect();
    let refs: Vec<&Path> = many.iter().map(std::path::PathBuf::as_path).collect();
    let out = declare_with(holder.path(), "E.3", &refs);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("at most 10 files"),
        "{}",
        stderr(&out)
    );
    assert_eq!(evidence_counts(holder.path()), before);
    // Ten is fine.
    ok(declare_with(holder.path(), "E.3", &refs[..10]));
    assert_eq!(evidence_counts(holder.path()), (2, 11, 11));
}

/// A skill with an evidence file, as the independent peer saw it (recorded), and live
/// when the peer is installed.
#[test]
fn the_independent_peer_accepts_a_skill_with_an_evidence_file() {
    let fixtures = root().join("tests/fixtures/passerelle-signed");
    let verdict = std::fs::read_to_string(fixtures.join("oracle-verdict-skills.txt")).unwrap();
    assert!(
        verdict
            .contains("self-declared-e2-evidence.json: valid: DataIntegrityProof/eddsa-rdfc-2022"),
        "{verdict}"
    );
    let recorded = fixtures.join("self-declared-e2-evidence.json");
    let vc: serde_json::Value = serde_json::from_slice(&std::fs::read(&recorded).unwrap()).unwrap();
    // The entry binds the stored file: SHA-256 of evidence-e2-report.txt, computed
    // independently (Python hashlib) when the fixture was recorded.
    let report = passerelle_wallet::evidence::EvidenceFile::from_bytes(
        "evidence-e2-report.txt",
        std::fs::read(fixtures.join("evidence-e2-report.txt")).unwrap(),
    )
    .unwrap();
    let expected = "ni:///sha-256;DKQwIxvAaxKCjj8dVOhhyiSqW_d_-bwO73qUaTTWJCM";
    assert_eq!(report.ni_uri(), expected);
    assert_eq!(vc["evidence"][0]["id"], expected);
    assert_eq!(vc["evidence"][0]["name"], "evidence-e2-report.txt");
    let scratch = tempfile::tempdir().unwrap();
    let v = ok(run(
        scratch.path(),
        PASSPHRASE,
        &["--json", "verify", recorded.to_str().unwrap()],
    ));
    assert_eq!(v[0]["status"], "verified", "{v}");
    // Swapping the file's hash breaks the signature.
    let mut swapped = vc.clone();
    swapped["evidence"][0]["id"] =
        "ni:///sha-256;AAAAIxvAaxKCjj8dVOhhyiSqW_d_-bwO73qUaTTWJCM".into();
    let swapped_file = scratch.path().join("swapped.json");
    std::fs::write(&swapped_file, serde_json::to_vec(&swapped).unwrap()).unwrap();
    let out = run(
        scratch.path(),
        PASSPHRASE,
        &["--json", "verify", swapped_file.to_str().unwrap()],
    );
    assert_eq!(json(&out)[0]["status"], "failed");

    let Some(oracle) = oracle_peer() else {
        return;
    };
    let holder = tempfile::tempdir().unwrap();
    let (pdf, txt, png) = evidence_files(holder.path());
    let v = ok(declare_with(holder.path(), "E.2", &[&pdf, &txt, &png]));
    let exported = holder.path().join("with-evidence.json");
    ok(run(
        holder.path(),
        PASSPHRASE,
        &[
            "--json",
            "export",
            "credential",
            v["id"].as_str().unwrap(),
            "--out",
            exported.to_str().unwrap(),
        ],
    ));
    let out = Command::new("node")
        .arg(oracle.join("verify.mjs"))
        .arg(&exported)
        .arg(&swapped_file)
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(
        text.contains("with-evidence.json: valid: DataIntegrityProof/eddsa-rdfc-2022"),
        "{text} {}",
        stderr(&out)
    );
    assert!(text.contains("swapped.json: invalid: signature"), "{text}");
}
