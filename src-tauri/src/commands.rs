//! The IPC commands: one-line adapters over `passerelle-wallet` (DESIGN.md
//! invariant 2). They are `async` so Tauri runs them off the main thread.

use std::sync::atomic::Ordering;

use passerelle_wallet::dto::{
    AppError, AppointmentNote, BadgeDetail, BadgeItem, CompetenceDto, DeclarationInput,
    ImportResult, KeyStoreInfo, Language, LevelDto, Profile, ProfileChoices, ProfileInput,
    ReviewDto, Settings, Theme, WalletInfo,
};
use passerelle_wallet::keys::Passphrase;
use tauri::{AppHandle, State};

use crate::importing;
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

/// Open the native "save as" dialog (or the test override); `null` when cancelled.
#[tauri::command]
#[specta::specta]
pub async fn pick_save_file(
    app: AppHandle,
    suggested_name: String,
    filters: Vec<FileFilter>,
) -> Result<Option<String>, AppError> {
    Ok(picker::pick_save(&app, suggested_name, filters).await)
}

/// The UI calls this once its first screen is painted; returns milliseconds since launch.
#[tauri::command]
#[specta::specta]
pub async fn ui_ready(state: State<'_, AppState>) -> Result<u32, AppError> {
    Ok(crate::startup_report(state.started))
}

/// Verify and import badge files, emitting `importProgress`; `cancel_import` stops it.
#[tauri::command]
#[specta::specta]
pub async fn import_files(
    app: AppHandle,
    paths: Vec<String>,
) -> Result<Vec<ImportResult>, AppError> {
    importing::import_files(app, paths).await
}

/// Stop a running import after the file in progress.
#[tauri::command]
#[specta::specta]
pub async fn cancel_import(state: State<'_, AppState>) -> Result<(), AppError> {
    state.cancel_import.store(true, Ordering::SeqCst);
    Ok(())
}

/// Import a credential pasted as text (JSON or a VC-JWT).
#[tauri::command]
#[specta::specta]
pub async fn import_text(
    state: State<'_, AppState>,
    text: String,
) -> Result<ImportResult, AppError> {
    state.with_mut(|w, _| w.import_text(&text))
}

/// The badges, newest first, filtered by words (accents ignored) and status.
#[tauri::command]
#[specta::specta]
pub async fn list_badges(
    state: State<'_, AppState>,
    search: Option<String>,
    status: Option<String>,
) -> Result<Vec<BadgeItem>, AppError> {
    state.with(|w, _| w.list_badges(search.as_deref(), status.as_deref()))
}

#[tauri::command]
#[specta::specta]
pub async fn badge_detail(state: State<'_, AppState>, id: String) -> Result<BadgeDetail, AppError> {
    state.with(|w, _| w.badge_detail(&id))
}

/// Verify one badge (or all, with `null`) again now.
#[tauri::command]
#[specta::specta]
pub async fn reverify(
    state: State<'_, AppState>,
    id: Option<String>,
) -> Result<Vec<BadgeItem>, AppError> {
    state.with_mut(|w, _| w.reverify(id.as_deref()))
}

/// Fill the wallet with sample data: DEMO badges, a self-declared skill, an
/// endorsement, and the bundled sample badges.
#[tauri::command]
#[specta::specta]
pub async fn load_demo(state: State<'_, AppState>) -> Result<Vec<ImportResult>, AppError> {
    state.with_mut(|w, os| w.load_demo(os))
}

#[tauri::command]
#[specta::specta]
pub async fn get_profile(state: State<'_, AppState>) -> Result<Profile, AppError> {
    state.with(|w, _| w.profile())
}

/// Save the holder's profile (badges are checked again when the addresses change).
#[tauri::command]
#[specta::specta]
pub async fn set_profile(
    state: State<'_, AppState>,
    input: ProfileInput,
) -> Result<Profile, AppError> {
    state.with_mut(|w, _| w.save_profile(&input))
}

/// Use the image file at `path` as the photo (`null` removes it).
#[tauri::command]
#[specta::specta]
pub async fn set_photo(
    state: State<'_, AppState>,
    path: Option<String>,
) -> Result<Profile, AppError> {
    state.with_mut(|w, _| w.set_photo(path.as_deref().map(std::path::Path::new)))
}

/// The languages, CEFR levels and regions the profile form offers.
#[tauri::command]
#[specta::specta]
pub async fn profile_choices(state: State<'_, AppState>) -> Result<ProfileChoices, AppError> {
    state.with(|w, _| Ok(w.profile_choices()))
}

/// Competences (e-CF) and ESCO skills matching `query`, in the interface language.
#[tauri::command]
#[specta::specta]
pub async fn search_competences(
    state: State<'_, AppState>,
    query: String,
) -> Result<Vec<CompetenceDto>, AppError> {
    state.with(|w, os| w.search_competences(&query, os))
}

/// The five e-CF levels with our plain-language descriptions.
#[tauri::command]
#[specta::specta]
pub async fn ecf_levels(state: State<'_, AppState>) -> Result<Vec<LevelDto>, AppError> {
    state.with(|w, os| w.ecf_levels(os))
}

/// Where the holder's key is kept and whether a passphrase is needed to sign.
#[tauri::command]
#[specta::specta]
pub async fn key_store_info(state: State<'_, AppState>) -> Result<KeyStoreInfo, AppError> {
    state.with(|w, _| w.key_store_info(state.passphrase()))
}

/// Check the key file's passphrase and keep it for this session (in memory only).
#[tauri::command]
#[specta::specta]
pub async fn unlock_keys(state: State<'_, AppState>, passphrase: String) -> Result<(), AppError> {
    state.unlock(Passphrase::from(passphrase))
}

/// Declare a skill: signed with the holder's key and kept as a self-declared credential.
#[tauri::command]
#[specta::specta]
pub async fn declare_skill(
    state: State<'_, AppState>,
    input: DeclarationInput,
) -> Result<ImportResult, AppError> {
    state.with_mut(|w, os| w.declare_skill_input(input, state.passphrase(), os))
}

/// The portfolio against a role profile (`null` for an unknown profile).
#[tauri::command]
#[specta::specta]
pub async fn review(
    state: State<'_, AppState>,
    profile_id: String,
) -> Result<Option<ReviewDto>, AppError> {
    state.with(|w, os| w.review(&profile_id, os))
}

/// Keep a note written during an appointment.
#[tauri::command]
#[specta::specta]
pub async fn add_appointment_note(
    state: State<'_, AppState>,
    counsellor: String,
    text: String,
) -> Result<AppointmentNote, AppError> {
    state.with(|w, _| w.add_appointment_note(&counsellor, &text))
}

/// The appointment notes, newest first.
#[tauri::command]
#[specta::specta]
pub async fn appointment_notes(
    state: State<'_, AppState>,
) -> Result<Vec<AppointmentNote>, AppError> {
    state.with(|w, _| w.appointment_notes())
}
