//! Native file pickers, with an override for headless tests: when
//! `PASSERELLE_TEST_PICK` is set, no dialog opens and its value (paths separated by
//! newlines; empty means "cancelled"; `@FILE` reads them from FILE at each dialog) is
//! the answer. Never open a real dialog in CI.

use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

pub const TEST_PICK_ENV: &str = "PASSERELLE_TEST_PICK";
/// The same for "save as" dialogs: its value is the chosen path (empty means cancelled).
pub const TEST_SAVE_ENV: &str = "PASSERELLE_TEST_SAVE";

/// A file filter: a label shown in the dialog and the extensions it accepts.
#[derive(Debug, Clone, serde::Deserialize, specta::Type)]
pub struct FileFilter {
    pub label: String,
    pub extensions: Vec<String>,
}

/// The override's value: the variable itself, or, when it is `@FILE`, what FILE holds
/// now (so a test can change the answer between two dialogs).
fn override_value(var: &str) -> Option<String> {
    std::env::var(var).ok().map(resolve_override)
}

/// `@FILE` becomes FILE's text (nothing when it cannot be read); anything else stays.
fn resolve_override(value: String) -> String {
    match value.strip_prefix('@') {
        Some(file) => std::fs::read_to_string(file).unwrap_or_default(),
        None => value,
    }
}

/// Parse the override's value into the picked paths.
pub fn parse_override(value: &str) -> Vec<String> {
    value
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Ask the person for files to open.
pub async fn pick_files<R: Runtime>(app: &AppHandle<R>, filters: Vec<FileFilter>) -> Vec<String> {
    if let Some(value) = override_value(TEST_PICK_ENV) {
        return parse_override(&value);
    }
    let mut dialog = app.dialog().file();
    for f in &filters {
        let exts: Vec<&str> = f.extensions.iter().map(String::as_str).collect();
        dialog = dialog.add_filter(&f.label, &exts);
    }
    let (tx, rx) = std::sync::mpsc::channel();
    dialog.pick_files(move |picked| {
        let _ = tx.send(picked.unwrap_or_default());
    });
    // The dialog answers on the main thread; wait for it off the main thread.
    tauri::async_runtime::spawn_blocking(move || rx.recv().unwrap_or_default())
        .await
        .unwrap_or_default()
        .into_iter()
        .filter_map(|p| p.into_path().ok())
        .map(|p| p.display().to_string())
        .collect()
}

/// Ask the person where to save a file, suggesting `suggested_name`; `None` when
/// they cancel.
pub async fn pick_save<R: Runtime>(
    app: &AppHandle<R>,
    suggested_name: String,
    filters: Vec<FileFilter>,
) -> Option<String> {
    if let Some(value) = override_value(TEST_SAVE_ENV) {
        return parse_override(&value).into_iter().next();
    }
    let mut dialog = app.dialog().file().set_file_name(suggested_name);
    for f in &filters {
        let exts: Vec<&str> = f.extensions.iter().map(String::as_str).collect();
        dialog = dialog.add_filter(&f.label, &exts);
    }
    let (tx, rx) = std::sync::mpsc::channel();
    dialog.save_file(move |picked| {
        let _ = tx.send(picked);
    });
    tauri::async_runtime::spawn_blocking(move || rx.recv().ok().flatten())
        .await
        .ok()
        .flatten()
        .and_then(|p| p.into_path().ok())
        .map(|p| p.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn override_lists_paths_and_empty_means_cancelled() {
        assert_eq!(
            parse_override("/a/b.json\n  /c d/e.png \n\n"),
            vec!["/a/b.json".to_owned(), "/c d/e.png".to_owned()]
        );
        assert!(parse_override("").is_empty());
    }

    #[test]
    fn an_at_sign_reads_the_answer_from_a_file_each_time() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pick");
        let at = format!("@{}", file.display());
        assert_eq!(resolve_override(at.clone()), "", "no file yet: cancelled");
        std::fs::write(&file, "/a/key.key\n").unwrap();
        assert_eq!(
            parse_override(&resolve_override(at.clone())),
            ["/a/key.key"]
        );
        std::fs::write(&file, "/b/other.json").unwrap();
        assert_eq!(parse_override(&resolve_override(at)), ["/b/other.json"]);
        assert_eq!(resolve_override("/c/d.png".into()), "/c/d.png");
    }
}
