//! The "CV & export" commands (issue 6): one-line adapters over `passerelle-wallet`
//! and `passerelle-cv` (DESIGN.md invariant 2), kept apart from commands.rs.

use std::path::Path;

use passerelle_wallet::dto::{
    AppError, CvBadgeChoice, CvContent, CvExportResult, CvPreview, Language,
};
use tauri::State;

use crate::state::AppState;

/// What the holder wrote for the CV.
#[tauri::command]
#[specta::specta]
pub async fn cv_content(state: State<'_, AppState>) -> Result<CvContent, AppError> {
    state.with(|w, _| w.cv_content())
}

/// Replace what the holder wrote for the CV (checked first); returns it as kept.
#[tauri::command]
#[specta::specta]
pub async fn save_cv_content(
    state: State<'_, AppState>,
    content: CvContent,
) -> Result<CvContent, AppError> {
    state.with_mut(|w, _| w.save_cv_content(&content))
}

/// The badges the learner may put on the CV or in a bundle.
#[tauri::command]
#[specta::specta]
pub async fn cv_badge_choices(state: State<'_, AppState>) -> Result<Vec<CvBadgeChoice>, AppError> {
    state.with(|w, _| w.cv_badge_choices())
}

/// The CV in `language` with the chosen badges (`null`: the suggested ones), as
/// pictures `width` pixels wide.
#[tauri::command]
#[specta::specta]
pub async fn cv_preview(
    state: State<'_, AppState>,
    language: Language,
    badges: Option<Vec<String>>,
    width: u32,
) -> Result<CvPreview, AppError> {
    state.with(|w, _| passerelle_cv::preview(w, language, badges.as_deref(), width))
}

/// Write the CV in `language` and `format` (`pdf`, `europass`, `json-resume`) to `out`.
#[tauri::command]
#[specta::specta]
pub async fn export_cv(
    state: State<'_, AppState>,
    language: Language,
    format: String,
    badges: Option<Vec<String>>,
    out: String,
) -> Result<CvExportResult, AppError> {
    state.with(|w, _| {
        let format = passerelle_cv::CvFormat::from_code(&format)?;
        passerelle_cv::export_cv(w, language, format, badges.as_deref(), Path::new(&out))
    })
}
