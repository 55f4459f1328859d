//! `passerelle backup` and `passerelle restore`, run as real processes.

use std::process::Output;

use crate::support::{passerelle_with_key_file, stderr, stdout};

fn run(wallet: &std::path::Path, passphrase: &str, args: &[&str]) -> Output {
    passerelle_with_key_file(wallet, passphrase, args)
}

#[test]
fn cli_backup_then_restore_into_an_empty_wallet_only() {
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

    // The source holds credentials: a restore into it is refused.
    let out = run(&source, pass, &["restore", file_arg]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("restore-not-empty"),
        "{}",
        stderr(&out)
    );
}
