// Declare the app's own commands so that capabilities/ can grant each one by name:
// the webview may call only what a capability lists.
fn main() {
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(&[
            "wallet_info",
            "get_settings",
            "set_language",
            "set_theme",
            "get_profile",
            "set_profile",
            "set_photo",
            "profile_choices",
            "search_competences",
            "ecf_levels",
            "key_store_info",
            "unlock_keys",
            "declare_skill",
            "check_evidence_file",
            "evidence_files",
            "save_evidence",
            "review",
            "add_appointment_note",
            "appointment_notes",
            "pick_files",
            "pick_save_file",
            "ui_ready",
            "import_files",
            "cancel_import",
            "import_text",
            "list_badges",
            "badge_detail",
            "reverify",
            "load_demo",
            "endorsement_target",
            "endorse_file",
            "endorse_held",
            "export_signing_key",
        ]),
    ))
    .expect("tauri build script failed");
}
