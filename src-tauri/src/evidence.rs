//! The evidence-file commands (issue 4, point 4): one-line adapters over
//! `passerelle-wallet` (DESIGN.md invariant 2), kept apart from commands.rs.
//! Files are attached when declaring a skill (`DeclarationInput.files`).

use std::path::Path;

use passerelle_wallet::dto::{AppError, EvidenceDto};
use tauri::State;

use crate::state::AppState;

/// Check a file picked as evidence (kind, size) before the skill is declared; nothing is stored.
#[tauri::command]
#[specta::specta]
pub async fn check_evidence_file(
    state: State<'_, AppState>,
    path: String,
) -> Result<EvidenceDto, AppError> {
    state.with(|w, _| w.check_evidence_file(Path::new(&path)))
}

/// The evidence files kept for the credential `id`, in the order they were given.
#[tauri::command]
#[specta::specta]
pub async fn evidence_files(
    state: State<'_, AppState>,
    id: String,
) -> Result<Vec<EvidenceDto>, AppError> {
    state.with(|w, _| w.evidence_files(&id))
}

/// Write a copy of one evidence file of the credential `id` to `path`.
#[tauri::command]
#[specta::specta]
pub async fn save_evidence(
    state: State<'_, AppState>,
    id: String,
    evidence_id: String,
    path: String,
) -> Result<EvidenceDto, AppError> {
    state.with(|w, _| w.save_evidence(&id, &evidence_id, Path::new(&path)))
}
