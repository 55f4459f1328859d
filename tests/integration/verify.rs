//! `passerelle verify` on the oracle's credentials and on hostile files.

use crate::support::{oracle, passerelle, stderr, stdout};

#[test]
fn json_output_has_one_report_per_file_and_exit_code_follows_failures() {
    let w = tempfile::tempdir().unwrap();
    let wallet = w.path().to_str().unwrap();
    let files = [
        "valid-01.json",
        "valid-01.png",
        "valid-01.svg",
        "valid-jwt-eddsa.jwt",
        "expired.json",
    ];
    let mut args = vec![
        "--wallet",
        wallet,
        "verify",
        "--json",
        "--now",
        "2026-11-22T12:00:00Z",
    ];
    let paths: Vec<String> = files.iter().map(|f| oracle(f)).collect();
    args.extend(paths.iter().map(String::as_str));
    let out = passerelle(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let reports = v.as_array().unwrap();
    assert_eq!(reports.len(), files.len());
    for (r, f) in reports.iter().zip(files) {
        assert!(r["file"].as_str().unwrap().ends_with(f));
        let checks = r["checks"].as_array().unwrap();
        assert!(
            checks
                .iter()
                .all(|c| c["id"].is_string() && c["outcome"].is_string() && c["code"].is_string())
        );
    }
    assert_eq!(reports[0]["status"], "verified");
    assert_eq!(reports[4]["status"], "warning");

    // One tampered file among good ones: exit 1, and its report says why.
    let out = passerelle(&[
        "--wallet",
        wallet,
        "verify",
        "--json",
        &oracle("valid-01.json"),
        &oracle("tampered-subject-name.svg"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v[1]["status"], "failed");
    let proof = v[1]["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "proof")
        .unwrap();
    assert_eq!(proof["code"], "proof-invalid-signature");
}

#[test]
fn the_clock_can_be_set_for_reproducible_checks() {
    let w = tempfile::tempdir().unwrap();
    let wallet = w.path().to_str().unwrap();
    let status_at = |now: &str| {
        let out = passerelle(&[
            "--wallet",
            wallet,
            "--json",
            "verify",
            "--now",
            now,
            &oracle("not-yet-valid.json"),
        ]);
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        v[0]["status"].as_str().unwrap().to_owned()
    };
    assert_eq!(status_at("2026-11-22T12:00:00Z"), "warning");
    let out = passerelle(&[
        "--wallet",
        wallet,
        "verify",
        "--now",
        "yesterday",
        &oracle("valid-01.json"),
    ]);
    assert_eq!(out.status.code(), Some(2), "a bad --now is a usage error");
}

#[test]
fn hostile_files_fail_cleanly_one_by_one() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p.display().to_string()
    };
    let png = std::fs::read(oracle("valid-01.png")).unwrap();
    let mut bad_crc = png.clone();
    let last = bad_crc.len() - 20;
    bad_crc[last] ^= 0xff;
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let mut ihdr_bomb = png[..33].to_vec();
    ihdr_bomb[16..20].copy_from_slice(&200_000u32.to_be_bytes());
    ihdr_bomb[20..24].copy_from_slice(&200_000u32.to_be_bytes());
    let entities = br#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg">&b;</svg>"#;
    let files = [
        write("empty.json", b""),
        write(
            "random.bin",
            &(0..4096u32)
                .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
                .collect::<Vec<_>>(),
        ),
        write("truncated.png", &png[..png.len() / 2]),
        write("bad-crc.png", &bad_crc),
        write("bomb.png", &ihdr_bomb),
        write("deep.json", deep.as_bytes()),
        write("not-a-badge.json", br#"{"hello": "world"}"#),
        write("entities.svg", entities),
        dir.path().join("missing.json").display().to_string(),
    ];
    let w = tempfile::tempdir().unwrap();
    let mut args = vec!["--wallet", w.path().to_str().unwrap(), "--json", "verify"];
    args.extend(files.iter().map(String::as_str));
    let out = passerelle(&args);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&out)).expect("JSON even for bad files");
    let reports = v.as_array().unwrap();
    assert_eq!(reports.len(), files.len());
    for r in reports {
        assert_eq!(r["status"], "failed", "{r}");
        let code = r["checks"][0]["code"].as_str().unwrap();
        assert!(!code.is_empty() && !code.contains(' '), "{r}");
    }
}

#[test]
fn many_files_are_verified_in_parallel_and_reported_in_order() {
    let w = tempfile::tempdir().unwrap();
    let files: Vec<String> = (0..12)
        .map(|i| {
            oracle(if i % 3 == 0 {
                "tampered-proof-value.json"
            } else if i % 3 == 1 {
                "valid-01.png"
            } else {
                "expired.svg"
            })
        })
        .collect();
    let mut args = vec![
        "--wallet",
        w.path().to_str().unwrap(),
        "--json",
        "verify",
        "--now",
        "2026-11-22T12:00:00Z",
    ];
    args.extend(files.iter().map(String::as_str));
    let out = passerelle(&args);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let statuses: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = (0..12)
        .map(|i| ["failed", "verified", "warning"][i % 3])
        .collect();
    assert_eq!(statuses, expected);
    for (r, f) in v.as_array().unwrap().iter().zip(&files) {
        assert_eq!(r["file"].as_str().unwrap(), f);
    }
}

#[test]
fn a_supplied_status_list_tells_revoked_from_active() {
    let w = tempfile::tempdir().unwrap();
    let wallet = w.path().to_str().unwrap();
    let doc = format!(
        "https://status.oracle.example/lists/1={}",
        oracle("status-list.json")
    );
    let run = |with_doc: bool| {
        let mut args = vec![
            "--wallet",
            wallet,
            "--json",
            "verify",
            "--now",
            "2026-11-22T12:00:00Z",
        ];
        if with_doc {
            args.extend(["--doc", doc.as_str()]);
        }
        let (revoked, active) = (oracle("revoked.json"), oracle("status-active.json"));
        args.extend([revoked.as_str(), active.as_str()]);
        let out = passerelle(&args);
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        let status_code = |i: usize| {
            v[i]["checks"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| c["id"] == "status")
                .map(|c| c["code"].as_str().unwrap().to_owned())
                .unwrap()
        };
        (
            out.status.code(),
            [
                v[0]["status"].as_str().unwrap().to_owned(),
                v[1]["status"].as_str().unwrap().to_owned(),
            ],
            [status_code(0), status_code(1)],
        )
    };
    // Offline without the list: both only need attention.
    let (code, statuses, checks) = run(false);
    assert_eq!(code, Some(0));
    assert_eq!(statuses, ["warning", "warning"]);
    assert_eq!(checks, ["status-needs-network", "status-needs-network"]);
    // With the list: the revoked one fails, the other is verified.
    let (code, statuses, checks) = run(true);
    assert_eq!(code, Some(1));
    assert_eq!(statuses, ["failed", "verified"]);
    assert_eq!(checks, ["revoked", "status-not-revoked"]);
}

/// Every code a report can carry has a sentence in each language: verify every
/// fixture (with and without the documents that complete them) and look each code
/// up as `badges-check-<code>` in `locales/{en,fr,nl}/ui.ftl`.
#[test]
fn every_code_reported_on_the_fixtures_has_a_sentence_in_each_language() {
    let root = crate::support::root();
    let mut files = vec![];
    for dir in [
        "oracle",
        "ob2",
        "passerelle-signed",
        "1edtech",
        "w3c-vc-di-eddsa",
    ] {
        let Ok(entries) = std::fs::read_dir(root.join("tests/fixtures").join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let ext = p.extension().and_then(|x| x.to_str()).unwrap_or_default();
            if ["json", "jwt", "jws", "png", "svg"].contains(&ext) {
                files.push(p.display().to_string());
            }
        }
    }
    files.sort();
    let mut codes = std::collections::BTreeSet::new();
    for wallet_docs in [false, true] {
        let w = tempfile::tempdir().unwrap();
        let wallet = w.path().to_str().unwrap();
        if wallet_docs {
            // Import everything first: supporting documents land in the wallet.
            let mut args = vec!["--wallet", wallet, "--json", "import"];
            args.extend(files.iter().map(String::as_str));
            let out = passerelle(&args);
            let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
            for r in v.as_array().unwrap() {
                for c in r["report"]["checks"].as_array().unwrap() {
                    codes.insert(c["code"].as_str().unwrap().to_owned());
                }
            }
        }
        let mut args = vec!["--wallet", wallet, "--json", "verify"];
        args.extend(files.iter().map(String::as_str));
        let out = passerelle(&args);
        let v: serde_json::Value =
            serde_json::from_str(&stdout(&out)).unwrap_or_else(|e| panic!("{e}: {}", stderr(&out)));
        for r in v.as_array().unwrap() {
            for c in r["checks"].as_array().unwrap() {
                codes.insert(c["code"].as_str().unwrap().to_owned());
            }
        }
    }
    // The fixtures reach the main families of results.
    for expected in [
        "signature-valid",
        "revoked",
        "document-status-list",
        "key-supplied",
        "key-controller-mismatch",
        "expired",
        "unknown-context",
    ] {
        assert!(
            codes.contains(expected),
            "no fixture gives {expected}: {codes:?}"
        );
    }
    for lang in ["en", "fr", "nl"] {
        let ftl = std::fs::read_to_string(root.join("locales").join(lang).join("ui.ftl")).unwrap();
        let missing: Vec<_> = codes
            .iter()
            .filter(|c| !ftl.contains(&format!("\nbadges-check-{c} =")))
            .collect();
        assert!(missing.is_empty(), "{lang}/ui.ftl lacks {missing:?}");
    }
}
