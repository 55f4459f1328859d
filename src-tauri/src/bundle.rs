//! The badge bundle command (issue 6): a one-line adapter over `passerelle-wallet`
//! (DESIGN.md invariant 2), kept apart from commands.rs. Importing a bundle needs no
//! command of its own: `import_files` recognises zip files by their bytes.

use std::path::Path;

use passerelle_wallet::dto::{AppError, BundleSummary, Language};
use passerelle_wallet::keys::Passphrase;
use tauri::State;

use crate::state::AppState;

/// Write a verifiable badge bundle of the badges `ids` (every badge when empty) to
/// `out_path`, its page in `language`, the presentation signed with the holder's key
/// (opened with `passphrase`, else with the one unlocked for this session).
#[tauri::command]
#[specta::specta]
pub async fn export_bundle(
    state: State<'_, AppState>,
    ids: Vec<String>,
    out_path: String,
    language: Language,
    passphrase: Option<String>,
) -> Result<BundleSummary, AppError> {
    let passphrase = passphrase
        .map(Passphrase::from)
        .or_else(|| state.passphrase());
    state.with(|w, _| w.export_bundle_input(&ids, Path::new(&out_path), language, passphrase))
}
