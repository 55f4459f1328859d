//! Schema migrations: append-only, numbered, embedded in the binary, applied in
//! order by `PRAGMA user_version`, each in its own transaction (DESIGN.md
//! invariant 3). A copy of the wallet is taken before an existing wallet is
//! migrated; a wallet newer than this binary is refused, never downgraded.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::clock::{Clock, compact_stamp};
use crate::{Error, Result};

/// One schema step. `version` is the `user_version` the wallet has after it.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

/// Every migration this binary knows, oldest first. Append only.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "init",
        sql: include_str!("../migrations/0001_init.sql"),
    },
    Migration {
        version: 2,
        name: "badges",
        sql: include_str!("../migrations/0002_badges.sql"),
    },
    Migration {
        version: 3,
        name: "documents",
        sql: include_str!("../migrations/0003_documents.sql"),
    },
    Migration {
        version: 4,
        name: "profile",
        sql: include_str!("../migrations/0004_profile.sql"),
    },
    Migration {
        version: 5,
        name: "endorsements",
        sql: include_str!("../migrations/0005_endorsements.sql"),
    },
    Migration {
        version: 6,
        name: "appointment_notes",
        sql: include_str!("../migrations/0006_appointment_notes.sql"),
    },
    Migration {
        version: 7,
        name: "evidence",
        sql: include_str!("../migrations/0007_evidence.sql"),
    },
    Migration {
        version: 8,
        name: "profile_details",
        sql: include_str!("../migrations/0008_profile_details.sql"),
    },
    Migration {
        version: 9,
        name: "trainings",
        sql: include_str!("../migrations/0009_trainings.sql"),
    },
    Migration {
        version: 10,
        name: "cv",
        sql: include_str!("../migrations/0010_cv.sql"),
    },
];

/// The schema version this binary writes.
pub const LATEST_VERSION: i64 = MIGRATIONS[MIGRATIONS.len() - 1].version;

/// Folder (inside the wallet folder) where pre-migration copies go.
pub const BACKUP_DIR: &str = "backups";

pub(crate) fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

/// Bring `conn` to the last of `migrations`. Returns the path of the copy taken
/// before migrating, if one was needed.
pub(crate) fn migrate(
    conn: &mut Connection,
    wallet_dir: &Path,
    migrations: &[Migration],
    clock: &dyn Clock,
) -> Result<Option<PathBuf>> {
    let latest = migrations.last().map_or(0, |m| m.version);
    let current = user_version(conn)?;
    if current > latest {
        return Err(Error::WalletTooNew {
            path: wallet_dir.to_path_buf(),
            found: current,
            supported: latest,
        });
    }
    if current == latest {
        return Ok(None);
    }

    let backup = if current > 0 {
        Some(backup_before_migration(conn, wallet_dir, current, clock)?)
    } else {
        None
    };

    for m in migrations.iter().filter(|m| m.version > current) {
        let failed = |e: rusqlite::Error| Error::MigrationFailed {
            version: m.version,
            detail: e.to_string(),
        };
        let tx = conn.transaction().map_err(failed)?;
        tx.execute_batch(m.sql).map_err(failed)?;
        tx.pragma_update(None, "user_version", m.version)
            .map_err(failed)?;
        tx.commit().map_err(failed)?;
    }
    Ok(backup)
}

fn backup_before_migration(
    conn: &Connection,
    wallet_dir: &Path,
    from_version: i64,
    clock: &dyn Clock,
) -> Result<PathBuf> {
    let dir = wallet_dir.join(BACKUP_DIR);
    std::fs::create_dir_all(&dir).map_err(|e| Error::BackupFailed {
        detail: e.to_string(),
    })?;
    let stamp = compact_stamp(clock.now());
    let mut target = dir.join(format!("wallet-v{from_version}-{stamp}.sqlite"));
    let mut n = 1;
    while target.exists() {
        n += 1;
        target = dir.join(format!("wallet-v{from_version}-{stamp}-{n}.sqlite"));
    }
    let target_str = target.to_str().ok_or_else(|| Error::BackupFailed {
        detail: format!("the path {} is not valid UTF-8", target.display()),
    })?;
    conn.execute("VACUUM INTO ?1", [target_str])
        .map_err(|e| Error::BackupFailed {
            detail: e.to_string(),
        })?;
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_numbered_from_one_without_gaps() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(
                m.version,
                i as i64 + 1,
                "migration {} is out of order",
                m.name
            );
            assert!(!m.sql.trim().is_empty());
        }
        assert_eq!(LATEST_VERSION, MIGRATIONS.len() as i64);
    }
}
