//! Verifiable badge bundles (issue 6): `passerelle export bundle` and `passerelle import
//! FILE.zip`, run as real processes; hostile archives; and the independent peer
//! (`../shared/oracle/verify.mjs`) on what Passerelle exported.

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};
use std::path::Path;
use std::process::{Command, Output};

use passerelle_badges::proof::{DidKeyResolver, verify_credential, verify_presentation};
use serde_json::Value;

use crate::support::{ok_json, oracle_peer, passerelle_with_key_file, root, stderr};

const PASSPHRASE: &str = "a long passphrase";

fn run(wallet: &Path, args: &[&str]) -> Output {
    passerelle_with_key_file(wallet, PASSPHRASE, args)
}

/// A wallet with the demo set.
fn demo(dir: &Path) {
    let out = run(dir, &["demo"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

/// The badges as `list --json` prints them.
fn list(wallet: &Path) -> Value {
    ok_json(run(wallet, &["--json", "list"]))
}

/// Every file of a zip, read in memory.
fn unzip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut f = archive.by_index(i).unwrap();
            let mut content = vec![];
            f.read_to_end(&mut content).unwrap();
            (f.name().unwrap().into_owned(), content)
        })
        .collect()
}

fn export(wallet: &Path, out: &Path, extra: &[&str]) -> Value {
    let mut args = vec!["--json", "export", "bundle", "--out", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    ok_json(run(wallet, &args))
}

#[test]
fn cli_bundle_imports_into_an_empty_wallet_with_the_same_badges_and_twice_adds_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (source, target) = (tmp.path().join("source"), tmp.path().join("target"));
    demo(&source);
    let file = tmp.path().join("mes badges.zip");
    let summary = export(&source, &file, &["--lang", "nl"]);
    let badges = list(&source);
    let n = badges.as_array().unwrap().len();
    // Every badge, and the endorsement of the demo skill.
    assert_eq!(summary["credentials"], n + 1, "{summary}");
    assert!(
        summary["holder"]
            .as_str()
            .unwrap()
            .starts_with("did:key:z6Mk")
    );
    let files = unzip(&std::fs::read(&file).unwrap());
    let html = String::from_utf8(files["index.html"].clone()).unwrap();
    assert!(html.contains("<html lang=\"nl\">"), "{html}");
    assert!(html.contains("Hoe je deze badges controleert"));

    // Into an empty wallet: the same badges, endorsements attached.
    let out = ok_json(run(&target, &["--json", "import", file.to_str().unwrap()]));
    let results = out.as_array().unwrap();
    assert_eq!(results.len(), n + 1);
    assert!(
        results
            .iter()
            .all(|r| r["outcome"] == "imported" || r["outcome"] == "endorsement"),
        "{out}"
    );
    let shape = |list: &Value| {
        let mut v: Vec<(String, String, String, usize)> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|b| {
                (
                    b["id"].as_str().unwrap().to_owned(),
                    b["name"].as_str().unwrap().to_owned(),
                    b["kind"].as_str().unwrap().to_owned(),
                    b["endorsements"].as_array().unwrap().len(),
                )
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(shape(&list(&target)), shape(&badges));

    // Twice: every credential is a duplicate, nothing changes.
    let before = list(&target);
    let out = ok_json(run(&target, &["--json", "import", file.to_str().unwrap()]));
    assert!(
        out.as_array()
            .unwrap()
            .iter()
            .all(|r| r["outcome"] == "duplicate"),
        "{out}"
    );
    assert_eq!(list(&target), before);

    // The learner's choice: one badge only.
    let id = badges[0]["id"].as_str().unwrap();
    let one = tmp.path().join("one.zip");
    let summary = export(&source, &one, &["--badge", id]);
    assert_eq!(summary["credentials"], 1, "{summary}");
    let files = unzip(&std::fs::read(&one).unwrap());
    let manifest: Value = serde_json::from_slice(&files["manifest.json"]).unwrap();
    let ids: Vec<&str> = manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["credential"]["id"].as_str())
        .collect();
    assert_eq!(ids, [id]);

    // Unknown badge: a clear error, no file.
    let none = tmp.path().join("none.zip");
    let out = run(
        &source,
        &[
            "export",
            "bundle",
            "--out",
            none.to_str().unwrap(),
            "--badge",
            "badge-nope",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no-such-badge"), "{}", stderr(&out));
    assert!(!none.exists());
}

/// Replace every occurrence of `from` by `to` (same length) in `bytes`: how the tests
/// give an archive names the zip writer would not write (or writes differently).
fn rename(mut bytes: Vec<u8>, from: &str, to: &str) -> Vec<u8> {
    assert_eq!(from.len(), to.len());
    let (from, to) = (from.as_bytes(), to.as_bytes());
    let mut i = 0;
    let mut found = 0;
    while i + from.len() <= bytes.len() {
        if &bytes[i..i + from.len()] == from {
            bytes[i..i + from.len()].copy_from_slice(to);
            found += 1;
            i += from.len();
        } else {
            i += 1;
        }
    }
    assert!(found >= 2, "local and central headers");
    bytes
}

fn zip_of(entries: &[(&str, Vec<u8>)], deflate: bool) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let method = if deflate {
        zip::CompressionMethod::Deflated
    } else {
        zip::CompressionMethod::Stored
    };
    let options = zip::write::SimpleFileOptions::default().compression_method(method);
    for (name, data) in entries {
        w.start_file(*name, options).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

#[test]
fn hostile_bundles_are_refused_with_a_clear_error_and_the_wallet_is_unchanged() {
    let tmp = tempfile::tempdir().unwrap();
    let wallet = tmp.path().join("w");
    demo(&wallet);
    let before = list(&wallet);

    let symlink = {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        w.add_symlink("credentials/01-x.json", "/etc/passwd", options)
            .unwrap();
        w.finish().unwrap().into_inner()
    };
    let many: Vec<(String, Vec<u8>)> = (0..10_000)
        .map(|i| (format!("credentials/{i:05}.json"), b"{}".to_vec()))
        .collect();
    let many: Vec<(&str, Vec<u8>)> = many.iter().map(|(n, d)| (n.as_str(), d.clone())).collect();
    let cases: Vec<(&str, &str, Vec<u8>)> = vec![
        (
            "zip bomb",
            "larger than 16 MB once unpacked",
            zip_of(
                &[("credentials/01-bomb.json", vec![0; 20 * 1024 * 1024])],
                true,
            ),
        ),
        (
            "small zip bomb",
            "zip bomb",
            zip_of(
                &[("credentials/01-bomb.json", vec![b' '; 4 * 1024 * 1024])],
                true,
            ),
        ),
        (
            "../ path",
            "points outside the bundle",
            rename(
                zip_of(&[("xx/xx/evil.json", b"{}".to_vec())], false),
                "xx/xx/evil.json",
                "../../evil.json",
            ),
        ),
        (
            "absolute path",
            "is an absolute path",
            rename(
                zip_of(&[("Xetc/passwd", b"x".to_vec())], false),
                "Xetc/passwd",
                "/etc/passwd",
            ),
        ),
        (
            "Windows path",
            "is an absolute path",
            rename(
                zip_of(&[("C-/x.json", b"x".to_vec())], false),
                "C-/x.json",
                "C:\\x.json",
            ),
        ),
        ("symlink", "is a symbolic link", symlink),
        (
            "10,000 entries",
            "more than 1000 files",
            zip_of(&many, false),
        ),
        (
            "duplicate names",
            "two files with the same name",
            rename(
                zip_of(
                    &[
                        ("manifest.json", b"{}".to_vec()),
                        ("manifesX.json", b"[]".to_vec()),
                    ],
                    false,
                ),
                "manifesX.json",
                "manifest.json",
            ),
        ),
        (
            "not a zip",
            "not a zip archive",
            b"PK\x03\x04 nothing".to_vec(),
        ),
    ];
    for (what, says, bytes) in cases {
        let file = tmp.path().join("hostile.zip");
        std::fs::write(&file, &bytes).unwrap();
        let out = run(&wallet, &["--json", "import", file.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{what}");
        let err = stderr(&out);
        assert!(err.contains("(code: bundle-refused)"), "{what}: {err}");
        assert!(err.contains(says), "{what}: {err}");
        assert!(err.contains("Nothing was imported"), "{what}: {err}");
        assert_eq!(list(&wallet), before, "{what}");
    }
}

/// The manifest's entry for each credential file, by path.
fn credentials_in(manifest: &Value) -> BTreeMap<String, Value> {
    manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| !f["credential"].is_null())
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_owned(),
                f["credential"].clone(),
            )
        })
        .collect()
}

/// What Passerelle exported in a bundle was accepted by the independent peer
/// (Digital Bazaar / DCC libraries): the recorded presentation and baked images,
/// re-verified here, and a live export + verification when the peer is installed.
#[test]
fn the_independent_peer_accepts_an_exported_bundle() {
    let fixtures = root().join("tests/fixtures/passerelle-signed");
    let verdict = std::fs::read_to_string(fixtures.join("oracle-verdict-bundle.txt")).unwrap();
    assert!(
        verdict.contains(
            "bundle-presentation.json: valid: presentation DataIntegrityProof/eddsa-rdfc-2022 by did:key:"
        ),
        "{verdict}"
    );
    assert!(verdict.contains("7 credential(s) verified"), "{verdict}");
    for png in [
        "bundle-image-oracle-badge-1.png",
        "bundle-image-self-declared-e4.png",
    ] {
        assert!(
            verdict.contains(&format!("{png}: valid: DataIntegrityProof/eddsa-rdfc-2022")),
            "{verdict}"
        );
    }
    // Our own verifier agrees on the recorded files.
    let vp: Value =
        serde_json::from_slice(&std::fs::read(fixtures.join("bundle-presentation.json")).unwrap())
            .unwrap();
    assert_eq!(vp["proof"]["proofPurpose"], "authentication");
    let outcome = verify_presentation(
        &vp,
        Some("2a8a66012642edc5673375c7645126bf"),
        None,
        &DidKeyResolver,
    );
    assert!(outcome.is_passed(), "{outcome:?}");
    let wrong = verify_presentation(&vp, Some("another"), None, &DidKeyResolver);
    assert!(!wrong.is_passed());
    let embedded = vp["verifiableCredential"].as_array().unwrap();
    assert_eq!(embedded.len(), 7);
    for c in embedded {
        assert!(verify_credential(c).is_passed(), "{c}");
    }
    let scratch = tempfile::tempdir().unwrap();
    let out = ok_json(run(
        scratch.path(),
        &[
            "--json",
            "verify",
            fixtures
                .join("bundle-image-oracle-badge-1.png")
                .to_str()
                .unwrap(),
            fixtures
                .join("bundle-image-self-declared-e4.png")
                .to_str()
                .unwrap(),
        ],
    ));
    assert_eq!(out[0]["status"], "verified", "{out}");
    assert_eq!(out[1]["status"], "verified", "{out}");

    let Some(oracle) = oracle_peer() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let wallet = tmp.path().join("w");
    demo(&wallet);
    let file = tmp.path().join("b.zip");
    export(&wallet, &file, &[]);
    let files = unzip(&std::fs::read(&file).unwrap());
    let dir = tmp.path().join("unpacked");
    for (name, bytes) in &files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    let manifest: Value = serde_json::from_slice(&files["manifest.json"]).unwrap();
    let challenge = manifest["presentation"]["challenge"].as_str().unwrap();
    let credentials = credentials_in(&manifest);
    let checked: Vec<&String> = files
        .keys()
        .filter(|k| {
            *k == "presentation.json" || k.starts_with("credentials/") || k.starts_with("images/")
        })
        .collect();
    let out = Command::new("node")
        .arg(oracle.join("verify.mjs"))
        .args(["--challenge", challenge])
        .args(checked.iter().map(|k| dir.join(k)))
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    let line = |k: &str| {
        said.lines()
            .find(|l| l.starts_with(&format!("{}:", dir.join(k).display())))
            .unwrap_or_else(|| panic!("no verdict for {k}: {said}"))
            .to_owned()
    };
    assert!(
        line("presentation.json")
            .contains(": valid: presentation DataIntegrityProof/eddsa-rdfc-2022"),
        "{said}"
    );
    let mut images = 0;
    for (path, credential) in &credentials {
        // The demo's expired sample is the one credential the peer refuses, and it is
        // the one (with the VC-JWT) the presentation leaves out.
        let expired = credential["status"] == "warning" && credential["format"] == "svg";
        let expect = if expired {
            ": invalid: expired"
        } else {
            ": valid: "
        };
        assert!(line(path).contains(expect), "{path}: {said}");
        let stem = path
            .trim_start_matches("credentials/")
            .rsplit_once('.')
            .unwrap()
            .0;
        let image = format!("images/{stem}.png");
        if files.contains_key(&image) {
            images += 1;
            assert!(line(&image).contains(expect), "{image}: {said}");
            assert!(expired || line(&image).contains("[baked png]"), "{said}");
        }
    }
    assert_eq!(
        images,
        credentials.len() - 1,
        "every badge but the endorsement: {said}"
    );
}
