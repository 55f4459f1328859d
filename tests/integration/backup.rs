//! `passerelle backup` and `passerelle restore`, run as real processes.

use std::process::Output;

use crate::support::{passerelle_with_key_file, stderr, stdout};

fn run(wallet: &std::path::Path, passphrase: &str, args: &[&str]) -> Output {
    passerelle_with_key_file(wallet, passphrase, args)
}

#[test]
fn cli_backup_then_restore_into_an_empty_wallet_then_merge_into_the_source() {
    let tmp = tempfile::tempdir().unwrap();
    let (source, target, file) = (
        tmp.path().join("source"),
        tmp.path().join("target"),
        tmp.path().join("wallet.backup"),
    );
    let pass = "a long passphrase";
    let out = run(&source, pass, &["demo"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let file_arg = file.to_str().unwrap();
    let out = run(&source, pass, &["--json", "backup", "--out", file_arg]);
    assert!(out.status.success(), "{}", stderr(&out));
    let b: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(b["counts"]["badges"].as_u64().unwrap() > 0);

    let out = run(&target, "not the passphrase", &["restore", file_arg]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("backup-wrong-passphrase"));
    assert!(!target.exists(), "nothing written");

    let out = run(&target, pass, &["--json", "restore", file_arg]);
    assert!(out.status.success(), "{}", stderr(&out));
    let r: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(r["counts"], b["counts"]);
    let info = |dir| {
        let out = run(dir, pass, &["--json", "list"]);
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    assert_eq!(info(&target), info(&source));

    // The source holds everything in the backup: restoring into it merges, adds nothing.
    let before = info(&source);
    let out = run(&source, pass, &["--json", "restore", file_arg]);
    assert!(out.status.success(), "{}", stderr(&out));
    let r: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(r["mode"], "merged");
    assert!(
        r["kinds"]
            .as_array()
            .unwrap()
            .iter()
            .all(|k| k["added"] == 0),
        "{r}"
    );
    assert_eq!(r["key"], "none", "the demo makes no key of the holder");
    assert_eq!(info(&source), before);
}

/// Every file under `dir` and its bytes.
fn files(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            let bytes = std::fs::read(&path).unwrap();
            out.push((path, bytes));
        }
    }
    out.sort();
    out
}

fn ids(list: &serde_json::Value) -> Vec<String> {
    let mut ids: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"].as_str().unwrap().to_owned())
        .collect();
    ids.sort();
    ids
}

#[test]
fn cli_restore_merges_into_a_wallet_that_holds_some_of_the_same_badges() {
    let tmp = tempfile::tempdir().unwrap();
    let (source, target, file) = (
        tmp.path().join("source"),
        tmp.path().join("target"),
        tmp.path().join("wallet.backup"),
    );
    let pass = "a long passphrase";
    let file_arg = file.to_str().unwrap();
    let ok = |out: Output| {
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_str::<serde_json::Value>(&stdout(&out)).unwrap()
    };
    ok(run(&source, pass, &["--json", "demo"]));
    ok(run(&source, pass, &["--json", "backup", "--out", file_arg]));
    let source_list = ok(run(&source, pass, &["--json", "list"]));

    // The target holds two of the sample badges the demo also imports.
    let samples = crate::support::root().join("data/samples");
    let shared = [samples.join("valid-01.png"), samples.join("valid-03.png")];
    let mut args = vec!["--json", "import"];
    args.extend(shared.iter().map(|p| p.to_str().unwrap()));
    ok(run(&target, pass, &args));
    let before = ok(run(&target, pass, &["--json", "list"]));
    assert_eq!(before.as_array().unwrap().len(), 2);

    // A wrong passphrase changes nothing.
    let snapshot = files(&target);
    let out = run(&target, "not the passphrase", &["restore", file_arg]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("backup-wrong-passphrase"),
        "{}",
        stderr(&out)
    );
    assert!(files(&target) == snapshot, "the wallet is unchanged");

    let badges = |r: &serde_json::Value| {
        let k = r["kinds"]
            .as_array()
            .unwrap()
            .iter()
            .find(|k| k["kind"] == "badges")
            .unwrap()
            .clone();
        (
            k["added"].as_u64().unwrap(),
            k["existing"].as_u64().unwrap(),
        )
    };
    let n = ok(run(&source, pass, &["--json", "info"]))["counts"]["badges"]
        .as_u64()
        .unwrap();
    let r = ok(run(&target, pass, &["--json", "restore", file_arg]));
    assert_eq!(r["mode"], "merged");
    assert_eq!(badges(&r), (n - 2, 2));
    assert_eq!(r["counts"]["badges"].as_u64(), Some(n));
    assert_eq!(r["profile"], "kept");
    assert_eq!(r["settings"], "kept");
    let after = ok(run(&target, pass, &["--json", "list"]));
    assert_eq!(
        ids(&after),
        ids(&source_list),
        "every badge once, none twice"
    );

    // Restored again, without --json: it says it merged, and everything was there.
    let out = run(&target, pass, &["restore", file_arg]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("merged into"), "{text}");
    assert!(
        text.contains(&format!("badges:        0 added, {n} already there")),
        "{text}"
    );
    assert_eq!(
        ids(&ok(run(&target, pass, &["--json", "list"]))),
        ids(&source_list)
    );
}

#[test]
fn cli_restore_is_refused_while_the_wallet_is_open_elsewhere() {
    let tmp = tempfile::tempdir().unwrap();
    let (source, target, file) = (
        tmp.path().join("source"),
        tmp.path().join("target"),
        tmp.path().join("wallet.backup"),
    );
    let pass = "a long passphrase";
    let file_arg = file.to_str().unwrap();
    assert!(run(&source, pass, &["demo"]).status.success());
    assert!(
        run(&source, pass, &["backup", "--out", file_arg])
            .status
            .success()
    );
    // This test process holds the wallet open, as the desktop app would.
    let open = passerelle_wallet::Wallet::open(
        &target,
        std::sync::Arc::new(passerelle_wallet::SystemClock),
    )
    .unwrap();
    let snapshot = files(&target);
    let out = run(&target, pass, &["restore", file_arg]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("wallet-busy"), "{}", stderr(&out));
    assert!(files(&target) == snapshot, "the wallet is unchanged");
    // Reading it from the command line meanwhile still works.
    assert!(run(&target, pass, &["info"]).status.success());
    drop(open);
    let out = run(&target, pass, &["--json", "restore", file_arg]);
    assert!(out.status.success(), "{}", stderr(&out));
}
