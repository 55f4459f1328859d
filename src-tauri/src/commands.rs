//! The IPC commands: one-line adapters over `passerelle-wallet` (DESIGN.md
//! invariant 2). They are `async` so Tauri runs them off the main thread.

use passerelle_wallet::dto::{AppError, Language, Settings, Theme, WalletInfo};
use tauri::{AppHandle, State};

use crate::picker::{self, FileFilter};
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub async fn wallet_info(state: State<'_, AppState>) -> Result<WalletInfo, AppError> {
    state.with(|w, _| w.info())
}

#[tauri::command]
#[specta::specta]
pub async fn get_settings(state: State<'_, AppState>) -> Result<Settings, AppError> {
    state.with(|w, os| w.settings(os))
}

/// Choose the interface language; `null` follows the system again.
#[tauri::command]
#[specta::specta]
pub async fn set_language(
    state: State<'_, AppState>,
    language: Option<Language>,
) -> Result<Settings, AppError> {
    state.with(|w, os| w.set_language(language, os))
}

#[tauri::command]
#[specta::specta]
pub async fn set_theme(state: State<'_, AppState>, theme: Theme) -> Result<Settings, AppError> {
    state.with(|w, os| w.set_theme(theme, os))
}

/// Open the native file picker (or the test override); returns the chosen paths.
#[tauri::command]
#[specta::specta]
pub async fn pick_files(app: AppHandle, filters: Vec<FileFilter>) -> Result<Vec<String>, AppError> {
    Ok(picker::pick_files(&app, filters).await)
}

/// The UI calls this once its first screen is painted; returns milliseconds since launch.
#[tauri::command]
#[specta::specta]
pub async fn ui_ready(state: State<'_, AppState>) -> Result<u32, AppError> {
    Ok(crate::startup_report(state.started))
}
