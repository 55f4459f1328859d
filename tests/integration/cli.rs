//! The `passerelle` command line, run as a real process on temporary wallets.

use std::process::Command;

use crate::support::{passerelle, passerelle_bin, stderr, stdout};

#[test]
fn info_json_creates_a_wal_wallet_and_prints_valid_json() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("new wallet é");
    let out = passerelle(&["--wallet", dir.to_str().unwrap(), "info", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("valid JSON");
    assert_eq!(v["path"], dir.to_str().unwrap());
    assert!(v["schemaVersion"].as_u64().unwrap() >= 1);
    assert_eq!(v["journalMode"], "wal");
    assert_eq!(v["counts"]["badges"], 0);

    // Check the file itself, independently of what the CLI says.
    let conn = rusqlite::Connection::open(dir.join("wallet.sqlite")).unwrap();
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert!(version >= 1);
    assert_eq!(version, v["schemaVersion"].as_i64().unwrap());
}

#[test]
fn wallet_folder_comes_from_the_environment_when_no_flag_is_given() {
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::new(passerelle_bin())
        .args(["info", "--json"])
        .env("PASSERELLE_WALLET", tmp.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(tmp.path().join("wallet.sqlite").exists());
}

#[test]
fn default_wallet_lives_in_the_os_data_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::new(passerelle_bin())
        .args(["info", "--json"])
        .env_remove("PASSERELLE_WALLET")
        .env("XDG_DATA_HOME", tmp.path())
        .env("HOME", tmp.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        tmp.path()
            .join("eu.passerelle.wallet/wallet.sqlite")
            .exists()
    );
}

#[test]
fn usage_errors_exit_2_and_failures_exit_1_with_english_text() {
    let out = passerelle(&["no-such-command"]);
    assert_eq!(out.status.code(), Some(2));

    let tmp = tempfile::tempdir().unwrap();
    let w = tmp.path().to_str().unwrap();
    let out = passerelle(&["--wallet", w, "settings", "language", "de"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("Passerelle does not speak “de”"), "{err}");
    assert!(err.contains("unsupported-language"), "{err}");
    assert!(stdout(&out).is_empty());

    // A file where the wallet folder should be.
    let file = tmp.path().join("plain-file");
    std::fs::write(&file, b"hello").unwrap();
    let out = passerelle(&["--wallet", file.to_str().unwrap(), "info"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("cannot use the folder"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn settings_are_kept_in_the_wallet() {
    let tmp = tempfile::tempdir().unwrap();
    let w = tmp.path().to_str().unwrap();
    let out = passerelle(&["--wallet", w, "settings", "language", "nl", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = passerelle(&["--wallet", w, "settings", "theme", "dark"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = passerelle(&["--wallet", w, "settings", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["language"], "nl");
    assert_eq!(v["effectiveLanguage"], "nl");
    assert_eq!(v["theme"], "dark");
    let out = passerelle(&["--wallet", w, "settings", "language", "system", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(v["language"].is_null());
}

#[test]
fn a_wallet_from_a_newer_version_is_refused_and_left_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let w = tmp.path().to_str().unwrap();
    assert!(passerelle(&["--wallet", w, "info"]).status.success());
    let db = tmp.path().join("wallet.sqlite");
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
        conn.pragma_update(None, "wal_checkpoint", "TRUNCATE").ok();
    }
    let before = std::fs::read(&db).unwrap();
    let out = passerelle(&["--wallet", w, "info", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("newer version of Passerelle"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("999"));
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the wallet file changed"
    );
    assert!(
        !tmp.path().join("backups").exists(),
        "no backup for a refused wallet"
    );
}
