//! The advisory lock of a wallet folder (`wallet.lock`).
//!
//! Every open [`Wallet`](crate::Wallet) holds a *shared* lock, so the desktop app and
//! the command line can still use one wallet side by side (SQLite keeps their writes
//! apart). What replaces the wallet's files (restoring a backup into a folder, see
//! crates/wallet/src/backup.rs) takes the *exclusive* lock first, and so does not run
//! while any other `Wallet` has the folder open; a `Wallet` does not open while a
//! restore holds it. Either way the one who comes second gets [`Error::WalletBusy`].
//!
//! The locks are the operating system's file locks (`flock` on Unix, `LockFileEx` on
//! Windows): they go away with the process, so a crash never leaves a stale lock. A
//! file system that cannot lock at all (some network shares) is used without one.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

use crate::{Error, Result};

/// The lock file inside a wallet folder (empty; only its lock matters).
pub const LOCK_FILE: &str = "wallet.lock";

/// A held lock on a wallet folder, released when dropped.
#[derive(Debug)]
pub(crate) struct DirLock {
    _file: File,
}

impl DirLock {
    /// The shared lock an open wallet holds.
    pub(crate) fn shared(dir: &Path) -> Result<Self> {
        Self::take(dir, false)
    }

    /// The exclusive lock of a restore: no other wallet may have the folder open.
    pub(crate) fn exclusive(dir: &Path) -> Result<Self> {
        Self::take(dir, true)
    }

    fn take(dir: &Path, exclusive: bool) -> Result<Self> {
        let path = dir.join(LOCK_FILE);
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|source| Error::WalletDir {
                path: dir.to_owned(),
                source,
            })?;
        let tried = if exclusive {
            file.try_lock()
        } else {
            file.try_lock_shared()
        };
        match tried {
            Ok(()) => Ok(DirLock { _file: file }),
            Err(TryLockError::WouldBlock) => Err(Error::WalletBusy {
                path: dir.to_owned(),
            }),
            // The file system cannot lock: go on without (as SQLite itself would).
            Err(TryLockError::Error(_)) => Ok(DirLock { _file: file }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_locks_coexist_and_exclude_an_exclusive_one() {
        let dir = tempfile::tempdir().unwrap();
        let a = DirLock::shared(dir.path()).unwrap();
        let b = DirLock::shared(dir.path()).unwrap();
        let e = DirLock::exclusive(dir.path()).unwrap_err();
        assert_eq!(e.code(), "wallet-busy");
        assert_eq!(e.args()["path"], dir.path().display().to_string());
        drop((a, b));
        let x = DirLock::exclusive(dir.path()).unwrap();
        assert_eq!(
            DirLock::shared(dir.path()).unwrap_err().code(),
            "wallet-busy"
        );
        drop(x);
        DirLock::shared(dir.path()).unwrap();
    }
}
