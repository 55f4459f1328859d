//! Schema upgrades on real wallet files: backup first, one transaction per step,
//! nothing changed when a step fails, newer wallets refused.

use std::sync::Arc;

use passerelle_wallet::{Clock, FixedClock, MIGRATIONS, Migration, Wallet};
use time::macros::datetime;

fn clock() -> Arc<dyn Clock> {
    Arc::new(FixedClock(datetime!(2026-11-22 09:30:00 UTC)))
}

fn with_extra(extra: &'static [Migration]) -> Vec<Migration> {
    MIGRATIONS.iter().chain(extra.iter()).copied().collect()
}

const NEXT: i64 = MIGRATIONS.len() as i64 + 1;

const GOOD: &[Migration] = &[Migration {
    version: NEXT,
    name: "test-add-notes",
    sql: "CREATE TABLE test_notes(id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT;
          INSERT INTO test_notes(body) VALUES ('migrated');",
}];

const BAD: &[Migration] = &[Migration {
    version: NEXT,
    name: "test-broken",
    // The first statement succeeds, the second fails: the transaction must undo both.
    sql: "CREATE TABLE half_done(x INTEGER) STRICT;
          INSERT INTO no_such_table VALUES (1);",
}];

#[test]
fn upgrading_an_existing_wallet_takes_a_readable_backup_first() {
    let tmp = tempfile::tempdir().unwrap();
    {
        let w = Wallet::open(tmp.path(), clock()).unwrap();
        w.set_language(Some(passerelle_wallet::Language::Nl), "")
            .unwrap();
    }
    let migrations = with_extra(GOOD);
    let w = Wallet::open_with(tmp.path(), clock(), &migrations).unwrap();
    assert_eq!(w.schema_version().unwrap(), NEXT);
    let backup = w
        .migration_backup()
        .expect("a backup was taken")
        .to_path_buf();
    assert!(backup.starts_with(tmp.path().join("backups")));
    assert!(
        backup
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .contains("20261122T093000Z")
    );
    // The backup is the wallet as it was: old schema, same settings, no new table.
    let conn = rusqlite::Connection::open(&backup).unwrap();
    let v: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, NEXT - 1);
    let lang: String = conn
        .query_row("SELECT value FROM settings WHERE key='language'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(lang, "nl");
    let has_notes: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE name='test_notes'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(has_notes, 0);
    drop(w);
    // Opening again at the same version neither migrates nor backs up.
    let w = Wallet::open_with(tmp.path(), clock(), &migrations).unwrap();
    assert!(w.migration_backup().is_none());
}

#[test]
fn a_failing_migration_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    drop(Wallet::open(tmp.path(), clock()).unwrap());
    let err = Wallet::open_with(tmp.path(), clock(), &with_extra(BAD)).unwrap_err();
    assert_eq!(err.code(), "migration-failed");
    assert_eq!(err.args()["version"], NEXT.to_string());

    let conn = rusqlite::Connection::open(tmp.path().join("wallet.sqlite")).unwrap();
    let v: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, NEXT - 1, "user_version moved although the step failed");
    let half: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE name='half_done'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(half, 0, "part of the failed step stayed");
    drop(conn);
    // And the wallet still opens with the binary's own migrations.
    assert!(Wallet::open(tmp.path(), clock()).is_ok());
}

#[test]
fn a_wallet_newer_than_the_binary_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    drop(Wallet::open_with(tmp.path(), clock(), &with_extra(GOOD)).unwrap());
    let err = Wallet::open(tmp.path(), clock()).unwrap_err();
    assert_eq!(err.code(), "wallet-too-new");
    assert_eq!(err.args()["found"], NEXT.to_string());
    assert_eq!(err.args()["supported"], (NEXT - 1).to_string());
}

#[test]
fn a_file_that_is_not_a_wallet_is_refused_and_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("wallet.sqlite");
    let junk = b"this is not sqlite at all, just some bytes that must survive".repeat(100);
    std::fs::write(&db, &junk).unwrap();
    let err = Wallet::open(tmp.path(), clock()).unwrap_err();
    assert_eq!(err.code(), "not-a-wallet");
    assert_eq!(std::fs::read(&db).unwrap(), junk);

    // Another program's SQLite database is not ours either.
    let tmp = tempfile::tempdir().unwrap();
    {
        let conn = rusqlite::Connection::open(tmp.path().join("wallet.sqlite")).unwrap();
        conn.execute_batch("CREATE TABLE t(x); PRAGMA user_version = 1;")
            .unwrap();
    }
    let err = Wallet::open(tmp.path(), clock()).unwrap_err();
    assert_eq!(err.code(), "not-a-wallet");
}
