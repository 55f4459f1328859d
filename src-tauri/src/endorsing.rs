//! The endorsing commands (issue 4, points 5 and 6): one-line adapters over
//! `passerelle-wallet` (DESIGN.md invariant 2), kept apart from commands.rs.
//! Passphrases are turned into `Passphrase` (wiped on drop) at once and never logged.

use std::path::Path;

use passerelle_wallet::dto::{
    AppError, EndorsementSaved, EndorsementTarget, ImportResult, SigningKeyCopy,
};
use passerelle_wallet::keys::Passphrase;
use tauri::State;

use crate::state::AppState;

/// Verify a credential file someone wants endorsed and say what it is (nothing stored).
#[tauri::command]
#[specta::specta]
pub async fn endorsement_target(
    state: State<'_, AppState>,
    path: String,
) -> Result<EndorsementTarget, AppError> {
    state.with(|w, _| w.endorsement_target(Path::new(&path)))
}

/// Endorse the credential file at `path` with the holder's own key; write it to `out`.
#[tauri::command]
#[specta::specta]
pub async fn endorse_file(
    state: State<'_, AppState>,
    path: String,
    comment: String,
    out: String,
) -> Result<EndorsementSaved, AppError> {
    state.with(|w, _| {
        w.endorse_file_input(
            Path::new(&path),
            &comment,
            Path::new(&out),
            state.passphrase(),
        )
    })
}

/// Endorse credential `id` of this wallet with someone else's portable key file, and
/// attach the endorsement (the key file is only read; nothing of it is kept).
#[tauri::command]
#[specta::specta]
pub async fn endorse_held(
    state: State<'_, AppState>,
    id: String,
    key_file: String,
    passphrase: String,
    endorser_name: String,
    comment: String,
) -> Result<ImportResult, AppError> {
    let passphrase = Passphrase::from(passphrase);
    state.with_mut(|w, _| {
        w.endorse_held_input(
            &id,
            Path::new(&key_file),
            passphrase,
            &endorser_name,
            &comment,
            state.passphrase(),
        )
    })
}

/// Save a portable copy of the holder's signing key to `out`; `new_passphrase`
/// protects it when the key is kept in the system keyring.
#[tauri::command]
#[specta::specta]
pub async fn export_signing_key(
    state: State<'_, AppState>,
    out: String,
    new_passphrase: Option<String>,
) -> Result<SigningKeyCopy, AppError> {
    let new_passphrase = new_passphrase.map(Passphrase::from);
    state.with(|w, _| w.export_signing_key(Path::new(&out), state.passphrase(), new_passphrase))
}
