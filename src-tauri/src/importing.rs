//! Bulk import off the main thread, with a typed progress event and cancellation.

use std::path::PathBuf;
use std::sync::atomic::Ordering;

use passerelle_wallet::OfflineDocuments;
use passerelle_wallet::dto::{AppError, ImportResult};
use serde::Serialize;
use tauri::{AppHandle, Manager};
use tauri_specta::Event;

use crate::state::AppState;

/// Sent after each file of an import.
#[derive(Debug, Clone, Serialize, specta::Type, Event)]
pub struct ImportProgress {
    pub done: u32,
    pub total: u32,
    pub file: String,
}

/// Import `paths` on a blocking worker thread, emitting [`ImportProgress`] and
/// stopping between files when `cancel_import` was called.
pub async fn import_files(
    app: AppHandle,
    paths: Vec<String>,
) -> Result<Vec<ImportResult>, AppError> {
    let unexpected = |e: tauri::Error| AppError {
        code: "unexpected".into(),
        args: [("detail".to_owned(), e.to_string())].into(),
    };
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        state.cancel_import.store(false, Ordering::SeqCst);
        let paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
        let docs = OfflineDocuments::default();
        state.with_mut(|w, _| {
            w.import_paths_with(&paths, &docs, &mut |done, total, file| {
                let _ = ImportProgress {
                    done: u32::try_from(done).unwrap_or(u32::MAX),
                    total: u32::try_from(total).unwrap_or(u32::MAX),
                    file: file.to_owned(),
                }
                .emit(&app);
                !state.cancel_import.load(Ordering::SeqCst)
            })
        })
    })
    .await
    .map_err(unexpected)?
}
