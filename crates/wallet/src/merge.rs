//! Merging a backup's database into a wallet that already holds things (issue 6,
//! point 4): everything of the backup the wallet does not hold yet is added, what it
//! holds stays as it is, in ONE transaction.
//!
//! The backup's database (already decrypted, checked and brought to this binary's
//! schema by crates/wallet/src/backup.rs) is attached to the wallet's connection as
//! `restore_src`, and copied with `INSERT … SELECT`. What counts as "already there":
//!
//! | kind | the same when |
//! | --- | --- |
//! | credentials (badges, self-declared skills, endorsements) | same `id` or same `digest` (the rule of the importer, crates/wallet/src/badges.rs) |
//! | their details, endorsement links, evidence links | they come with a credential that is added, never alone |
//! | evidence files | same SHA-256 |
//! | documents (status lists, keys, issuers…) | same URL (the wallet's copy stays) |
//! | appointment notes | same time, counsellor and text |
//! | training plan entries, imported offers and places | same id |
//! | profile | the wallet's stays; the backup's is taken only when the wallet's is empty |
//! | CV texts (`cv_content`) | the wallet's stay; the backup's are taken only when the wallet has none |
//! | settings, wallet facts | the wallet's stay |
//!
//! Every table of the schema is in [`MERGED`] or [`KEPT`]; a test fails when a
//! migration adds a table without deciding how it merges.

use std::path::Path;

use rusqlite::{Connection, ErrorCode, Transaction, TransactionBehavior};

use crate::dto::RestoreCount;
use crate::{Error, Result};

/// The schema name the backup's database is attached under.
const SRC: &str = "restore_src";

/// Tables whose rows a merge adds (see the module's table).
#[cfg(test)]
pub(crate) const MERGED: &[&str] = &[
    "credentials",
    "badge_details",
    "endorsements",
    "evidence_files",
    "credential_evidence",
    "documents",
    "appointment_notes",
    "training_plan",
    "training_offers",
    "learning_places",
    "profile",
    "profile_emails",
    "profile_languages",
    "cv_content",
];

/// Tables a merge leaves as the wallet has them.
#[cfg(test)]
pub(crate) const KEPT: &[&str] = &["settings", "wallet_meta"];

/// The kinds a restore reports, in the order shown.
pub const KINDS: &[&str] = &[
    "badges",
    "self-declared",
    "endorsements",
    "evidence",
    "documents",
    "notes",
    "plan",
    "offers",
    "places",
    "cv",
];

/// What a merge did.
#[derive(Debug)]
pub(crate) struct Merged {
    pub kinds: Vec<RestoreCount>,
    /// The wallet had no profile and took the backup's.
    pub profile_restored: bool,
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn count(conn: &Connection, sql: &str) -> Result<u32> {
    let n: i64 = conn.query_row(sql, [], |r| r.get(0))?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

/// The columns of `schema.table`, in order.
fn columns(conn: &Connection, schema: &str, table: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(&format!("PRAGMA {schema}.table_info({})", quote(table)))?;
    let names = stmt
        .query_map([], |r| r.get::<_, String>(1))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(names)
}

/// How many rows of each kind the database `schema` holds (a restore into an empty
/// wallet reports these as added).
pub(crate) fn kinds_in(conn: &Connection, schema: &str) -> Result<Vec<RestoreCount>> {
    KINDS
        .iter()
        .filter(|kind| **kind != "cv" || has_table(conn, schema, "cv_content"))
        .map(|kind| {
            Ok(RestoreCount {
                kind: (*kind).to_owned(),
                added: count(conn, &source_count(schema, kind))?,
                existing: 0,
            })
        })
        .collect()
}

/// `SELECT COUNT(*)` of one kind in `schema`.
fn source_count(schema: &str, kind: &str) -> String {
    let (table, filter) = match kind {
        "badges" => ("credentials", " WHERE kind = 'badge'"),
        "self-declared" => ("credentials", " WHERE kind = 'self_declared'"),
        "endorsements" => ("credentials", " WHERE kind = 'endorsement'"),
        "evidence" => ("evidence_files", ""),
        "documents" => ("documents", ""),
        "notes" => ("appointment_notes", ""),
        "plan" => ("training_plan", ""),
        "offers" => ("training_offers", ""),
        "cv" => ("cv_content", ""),
        _ => ("learning_places", ""),
    };
    format!("SELECT COUNT(*) FROM {schema}.{table}{filter}")
}

/// Whether `schema` has `table` (a table of a newer migration).
fn has_table(conn: &Connection, schema: &str, table: &str) -> bool {
    conn.query_row(
        &format!("SELECT COUNT(*) FROM {schema}.sqlite_master WHERE type = 'table' AND name = ?1"),
        [table],
        |r| r.get::<_, i64>(0),
    )
    .is_ok_and(|n| n > 0)
}

/// Whether the profile in `schema` says nothing at all.
fn profile_empty(conn: &Connection, schema: &str) -> Result<bool> {
    Ok(count(
        conn,
        &format!(
            "SELECT (SELECT COUNT(*) FROM {schema}.profile
                     WHERE name <> '' OR region <> '' OR municipality <> ''
                        OR postcode <> '' OR photo IS NOT NULL)
                  + (SELECT COUNT(*) FROM {schema}.profile_emails)
                  + (SELECT COUNT(*) FROM {schema}.profile_languages)"
        ),
    )? == 0)
}

/// Whether the wallet's database holds nothing a person put there (settings aside):
/// no credential, document, evidence, note, training data, and an empty profile.
pub(crate) fn is_empty(conn: &Connection) -> Result<bool> {
    let rows = count(
        conn,
        "SELECT (SELECT COUNT(*) FROM credentials) + (SELECT COUNT(*) FROM documents)
              + (SELECT COUNT(*) FROM evidence_files) + (SELECT COUNT(*) FROM appointment_notes)
              + (SELECT COUNT(*) FROM training_plan) + (SELECT COUNT(*) FROM training_offers)
              + (SELECT COUNT(*) FROM learning_places)",
    )?;
    let cv = has_table(conn, "main", "cv_content")
        && count(conn, "SELECT COUNT(*) FROM cv_content")? > 0;
    Ok(rows == 0 && !cv && profile_empty(conn, "main")?)
}

/// `INSERT INTO main.t (cols) SELECT cols FROM src.t AS b WHERE <filter>`, with the
/// expression for some columns replaced; returns how many rows were added.
fn copy_rows(
    tx: &Transaction<'_>,
    table: &str,
    skip: &[&str],
    replace: &[(&str, &str)],
    filter: &str,
) -> Result<u32> {
    let cols: Vec<String> = columns(tx, "main", table)?
        .into_iter()
        .filter(|c| !skip.contains(&c.as_str()))
        .collect();
    let targets = cols.iter().map(|c| quote(c)).collect::<Vec<_>>().join(", ");
    let sources = cols
        .iter()
        .map(|c| {
            replace
                .iter()
                .find(|(name, _)| name == c)
                .map_or_else(|| format!("b.{}", quote(c)), |(_, expr)| (*expr).to_owned())
        })
        .collect::<Vec<_>>()
        .join(", ");
    let n = tx.execute(
        &format!(
            "INSERT INTO main.{t} ({targets}) SELECT {sources} FROM {SRC}.{t} AS b WHERE {filter}",
            t = quote(table)
        ),
        [],
    )?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

/// Detaches the backup's database when the merge is over, whatever happened.
struct Attached<'c>(&'c Connection);

impl Drop for Attached<'_> {
    fn drop(&mut self) {
        let _ = self.0.execute(&format!("DETACH DATABASE {SRC}"), []);
    }
}

/// Merges the database file `source` into `conn` in one transaction.
/// `before_commit` runs last inside it (the caller places the key file there); when
/// it or anything else fails, the transaction is rolled back and nothing changed.
pub(crate) fn merge(
    conn: &Connection,
    dir: &Path,
    source: &Path,
    before_commit: impl FnOnce() -> Result<()>,
) -> Result<Merged> {
    // Another process writing past the busy timeout: `wallet-busy`.
    let sql_error = |e: rusqlite::Error| {
        let busy = matches!(
            e.sqlite_error_code(),
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
        );
        if busy {
            Error::WalletBusy {
                path: dir.to_owned(),
            }
        } else {
            Error::from(e)
        }
    };
    conn.execute(
        &format!("ATTACH DATABASE ?1 AS {SRC}"),
        [source.to_string_lossy().into_owned()],
    )
    .map_err(sql_error)?;
    let _attached = Attached(conn);
    let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate).map_err(sql_error)?;
    let merged = merge_in(&tx)?;
    before_commit()?;
    tx.commit().map_err(sql_error)?;
    Ok(merged)
}

fn merge_in(tx: &Transaction<'_>) -> Result<Merged> {
    let mut kinds: Vec<RestoreCount> = Vec::new();
    let mut report = |kind: &str, total: u32, added: u32| {
        kinds.push(RestoreCount {
            kind: kind.to_owned(),
            added,
            existing: total.saturating_sub(added),
        });
    };
    let total = |kind: &str| count(tx, &source_count(SRC, kind));

    // Credentials: the ones to add, decided once, by id or digest.
    tx.execute_batch(&format!(
        "DROP TABLE IF EXISTS temp.restore_new;
         CREATE TEMP TABLE restore_new(id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL);
         INSERT INTO temp.restore_new(id, kind)
             SELECT b.id, b.kind FROM {SRC}.credentials AS b
             WHERE NOT EXISTS (SELECT 1 FROM main.credentials AS m
                               WHERE m.id = b.id OR m.digest = b.digest);"
    ))?;
    let new = "b.credential_id IN (SELECT id FROM temp.restore_new)";
    copy_rows(
        tx,
        "credentials",
        &[],
        &[],
        "b.id IN (SELECT id FROM temp.restore_new)",
    )?;
    copy_rows(tx, "badge_details", &[], &[], new)?;
    // An endorsement points at the endorsed credential as the wallet has it: the same
    // credential may be there under another id (found by its digest).
    let endorsed = format!(
        "COALESCE((SELECT m.id FROM main.credentials AS m
                   JOIN {SRC}.credentials AS s ON s.digest = m.digest
                   WHERE s.id = b.endorsed_id), b.endorsed_id)"
    );
    copy_rows(
        tx,
        "endorsements",
        &[],
        &[("endorsed_id", endorsed.as_str())],
        new,
    )?;
    for (kind, sql_kind) in [
        ("badges", "badge"),
        ("self-declared", "self_declared"),
        ("endorsements", "endorsement"),
    ] {
        let added = count(
            tx,
            &format!("SELECT COUNT(*) FROM temp.restore_new WHERE kind = '{sql_kind}'"),
        )?;
        report(kind, total(kind)?, added);
    }

    // Evidence files the added credentials need, then their links.
    let added = copy_rows(
        tx,
        "evidence_files",
        &[],
        &[],
        &format!(
            "b.sha256 IN (SELECT ce.sha256 FROM {SRC}.credential_evidence AS ce
                          WHERE ce.credential_id IN (SELECT id FROM temp.restore_new))
             AND NOT EXISTS (SELECT 1 FROM main.evidence_files AS m WHERE m.sha256 = b.sha256)"
        ),
    )?;
    copy_rows(tx, "credential_evidence", &[], &[], new)?;
    report("evidence", total("evidence")?, added);

    let added = copy_rows(
        tx,
        "documents",
        &[],
        &[],
        "NOT EXISTS (SELECT 1 FROM main.documents AS m WHERE m.url = b.url)",
    )?;
    report("documents", total("documents")?, added);

    let added = copy_rows(
        tx,
        "appointment_notes",
        &["id"],
        &[],
        "NOT EXISTS (SELECT 1 FROM main.appointment_notes AS m
                     WHERE m.created_at = b.created_at AND m.counsellor = b.counsellor
                       AND m.text = b.text)
         ORDER BY b.id",
    )?;
    report("notes", total("notes")?, added);

    let added = copy_rows(
        tx,
        "training_plan",
        &[],
        &[],
        "NOT EXISTS (SELECT 1 FROM main.training_plan AS m WHERE m.offer_id = b.offer_id)",
    )?;
    report("plan", total("plan")?, added);
    for (kind, table) in [("offers", "training_offers"), ("places", "learning_places")] {
        let added = copy_rows(
            tx,
            table,
            &[],
            &[],
            &format!("NOT EXISTS (SELECT 1 FROM main.{table} AS m WHERE m.id = b.id)"),
        )?;
        report(kind, total(kind)?, added);
    }

    // The profile: the wallet's own stays; an empty one takes the backup's.
    let profile_restored = profile_empty(tx, "main")? && !profile_empty(tx, SRC)?;
    if profile_restored {
        tx.execute_batch(
            "DELETE FROM main.profile_languages;
             DELETE FROM main.profile_emails;
             DELETE FROM main.profile;",
        )?;
        for table in ["profile", "profile_emails", "profile_languages"] {
            copy_rows(tx, table, &[], &[], "1")?;
        }
    }
    // The CV texts likewise: the wallet's stay, the backup's fill a wallet without any.
    if has_table(tx, "main", "cv_content") {
        let added = copy_rows(
            tx,
            "cv_content",
            &[],
            &[],
            "NOT EXISTS (SELECT 1 FROM main.cv_content)",
        )?;
        report("cv", total("cv")?, added);
    }
    tx.execute_batch("DROP TABLE temp.restore_new;")?;
    Ok(Merged {
        kinds,
        profile_restored,
    })
}
