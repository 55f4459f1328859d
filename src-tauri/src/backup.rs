//! Backup and restore of the whole wallet (issue 6, point 4): one-line adapters over
//! `passerelle-wallet` (DESIGN.md invariant 2). Restoring merges into the wallet this
//! app holds open (no reopen). Passphrases become `Passphrase` (wiped on drop) at once.

use std::path::Path;

use passerelle_wallet::dto::{AppError, BackupSummary, RestoreSummary};
use passerelle_wallet::keys::Passphrase;
use tauri::State;

use crate::state::AppState;

/// Write an encrypted backup of the whole wallet to `out`, sealed with `passphrase`.
#[tauri::command]
#[specta::specta]
pub async fn backup_wallet(
    state: State<'_, AppState>,
    out: String,
    passphrase: String,
) -> Result<BackupSummary, AppError> {
    state.with(|w, _| w.backup(Path::new(&out), &Passphrase::from(passphrase)))
}

/// Merge the backup at `path` into the open wallet: what it lacks is added, what it
/// holds stays; nothing changes on error.
#[tauri::command]
#[specta::specta]
pub async fn restore_backup(
    state: State<'_, AppState>,
    path: String,
    passphrase: String,
) -> Result<RestoreSummary, AppError> {
    state.with_mut(|w, _| w.restore_backup(Path::new(&path), &Passphrase::from(passphrase)))
}
