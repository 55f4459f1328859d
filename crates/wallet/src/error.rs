//! The core's errors. Each carries a stable `code` and named `args`; the words a
//! person reads come from `locales/*/errors.ftl` (`error-<code>`), never from here
//! (DESIGN.md invariant 6). The `Display` text is English for logs and the CLI's
//! fallback only.

use std::collections::BTreeMap;
use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no folder for the wallet could be found; set PASSERELLE_WALLET or pass --wallet")]
    NoDataDir,

    #[error("cannot use the wallet folder {path}: {source}")]
    WalletDir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error(
        "the wallet at {path} was written by a newer Passerelle (schema {found}; this version knows up to {supported})"
    )]
    WalletTooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    #[error("the file {path} is not a Passerelle wallet (or is damaged): {detail}")]
    NotAWallet { path: PathBuf, detail: String },

    #[error("could not save a copy of the wallet before updating it: {detail}")]
    BackupFailed { detail: String },

    #[error("updating the wallet to version {version} failed; nothing was changed: {detail}")]
    MigrationFailed { version: i64, detail: String },

    #[error("the wallet database reported an error: {detail}")]
    Database { detail: String },

    #[error("unsupported language {value:?}; choose fr, nl or en")]
    UnsupportedLanguage { value: String },

    #[error("unsupported theme {value:?}; choose system, light or dark")]
    UnsupportedTheme { value: String },

    #[error("there is no badge {id} in this wallet")]
    NoSuchBadge { id: String },

    #[error("cannot read the file {path}: {source}")]
    ReadFile {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("{value:?} is not an e-mail address")]
    InvalidEmail { value: String },

    #[error("the profile cannot be saved: {field} {value:?} is not valid")]
    InvalidProfile { field: String, value: String },

    #[error("this photo cannot be used: {reason}")]
    InvalidPhoto { reason: String },

    #[error("the CV cannot be saved: {field} {value:?} is not valid")]
    InvalidCv { field: String, value: String },

    #[error("the CV could not be laid out: {detail}")]
    CvRender { detail: String },

    // The holder's keys (crates/wallet/src/keys). No variant ever carries a key or a
    // passphrase: details are fixed texts or what the system said about a file.
    #[error("unsupported key store {value:?}; set PASSERELLE_KEYSTORE to os or file")]
    UnsupportedKeyStore { value: String },

    #[error("the key file is protected by a passphrase, and none was given")]
    PassphraseNeeded,

    #[error("the passphrase is too short; use at least {min} characters")]
    PassphraseTooShort { min: usize },

    #[error("wrong passphrase for the key file; the key file was not changed")]
    WrongPassphrase,

    #[error("the key file {path} is damaged and was left as it is: {detail}")]
    KeyFileCorrupt { path: PathBuf, detail: String },

    #[error("cannot read or write the key file {path}: {source}")]
    KeyFile {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("the system keyring is not available: {detail}")]
    KeyringUnavailable { detail: String },

    #[error("this wallet's key is not in this computer's system keyring")]
    KeyringEntryMissing,

    #[error("the new key could not be read back from the {store} key store; it was not used")]
    KeyNotSaved { store: String },

    #[error("the self-declared skill cannot be saved: {field} {value:?} is not valid")]
    InvalidDeclaration { field: String, value: String },

    #[error("signing failed: {detail}")]
    Signing { detail: String },

    #[error("this file cannot be endorsed: {reason}")]
    NotEndorsable { reason: String },

    #[error("cannot write the file {path}: {source}")]
    WriteFile {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    // Endorsing (desktop): a key file that is the holder's own, a text over its bound.
    #[error(
        "this key is the wallet holder's own key; a person cannot endorse their own credential"
    )]
    SelfEndorsement,

    #[error("the {field} is longer than {max} characters")]
    TextTooLong { field: String, max: usize },

    // Evidence files of a self-declared skill (crates/wallet/src/evidence.rs).
    #[error("the evidence file {name:?} cannot be kept ({reason}; at most {max_mib} MiB)")]
    BadEvidenceFile {
        name: String,
        /// unreadable, empty, too-large or type (not a kind of file Passerelle keeps)
        reason: String,
        max_mib: u64,
    },

    #[error("at most {max} evidence files can support one skill")]
    TooManyEvidenceFiles { max: usize },

    #[error("there is no evidence file {id} for this credential")]
    NoSuchEvidence { id: String },

    // Training catalogues (crates/wallet/src/trainings/import.rs). Nothing is stored
    // when a file has one error. `line` is 1-based, 0 when the error is about the
    // whole file (too large, not a catalogue).
    #[error(
        "the {format} training catalogue is not valid (line {line}: {detail} {value:?}); nothing was imported"
    )]
    CatalogueInvalid {
        /// json, lheo, csv, or unknown (not recognised)
        format: String,
        line: u32,
        /// what is wrong: syntax, unknown-region, bad-date, duplicate-id… (see errors.ftl)
        detail: String,
        /// the value at fault, or a detail of the parser
        value: String,
    },

    // Training recommendations and the plan (crates/wallet/src/trainings/recommend_wallet.rs).
    #[error("there is no role profile {id:?}")]
    UnknownProfile { id: String },

    #[error("the training filter {field} {value:?} is not valid")]
    InvalidTrainingFilter { field: String, value: String },

    #[error("to filter by distance, give your municipality or postcode in your profile")]
    LocationNeeded,

    #[error("there is no training offer {id} in the catalogue")]
    NoSuchOffer { id: String },

    // Backup and restore of the whole wallet (crates/wallet/src/backup.rs).
    #[error(
        "the backup {path} is damaged or not a Passerelle backup; nothing was changed: {detail}"
    )]
    BackupCorrupt { path: PathBuf, detail: String },

    #[error("wrong passphrase for this backup; nothing was changed")]
    BackupWrongPassphrase,

    #[error("the wallet at {path} is not empty; a backup is only restored into an empty wallet")]
    RestoreNotEmpty { path: PathBuf },

    #[error("the wallet at {path} is open in another Passerelle; close it and try again")]
    WalletBusy { path: PathBuf },

    // Badge bundles (crates/wallet/src/bundle.rs). A refused bundle imports nothing.
    #[error(
        "the bundle {file} was refused ({reason}; entry {entry:?}; limit {limit}); nothing was imported"
    )]
    BundleRefused {
        /// The bundle's file (its path, or `bundle.zip` for bytes without a name).
        file: String,
        /// not-a-zip, too-large, too-many-entries, entry-too-large, expanded-too-large,
        /// ratio, size-mismatch, path-parent, path-absolute, path-backslash, path-invalid,
        /// symlink, duplicate-name, encrypted, compression, damaged, manifest,
        /// presentation (see errors.ftl)
        reason: String,
        /// The archive entry at fault (empty when the whole archive is).
        entry: String,
        /// The limit that was exceeded, or a detail (e.g. the proof check's code).
        limit: String,
    },

    #[error("choose at least one badge to put in the bundle")]
    BundleEmpty,
}

impl Error {
    /// Every code this enum can produce; `errors.ftl` must have `error-<code>` for each.
    pub const CODES: &'static [&'static str] = &[
        "no-data-dir",
        "wallet-dir",
        "wallet-too-new",
        "not-a-wallet",
        "backup-failed",
        "migration-failed",
        "database",
        "unsupported-language",
        "unsupported-theme",
        "no-such-badge",
        "read-file",
        "invalid-email",
        "invalid-profile",
        "invalid-photo",
        "unsupported-keystore",
        "passphrase-needed",
        "passphrase-too-short",
        "wrong-passphrase",
        "key-file-corrupt",
        "key-file",
        "keyring-unavailable",
        "keyring-entry-missing",
        "key-not-saved",
        "invalid-declaration",
        "signing",
        "not-endorsable",
        "write-file",
        "self-endorsement",
        "text-too-long",
        "bad-evidence-file",
        "too-many-evidence-files",
        "no-such-evidence",
        "catalogue-invalid",
        "unknown-profile",
        "invalid-training-filter",
        "location-needed",
        "no-such-offer",
        "backup-corrupt",
        "backup-wrong-passphrase",
        "restore-not-empty",
        "wallet-busy",
        "bundle-refused",
        "bundle-empty",
    ];

    /// The stable code the UI branches on.
    pub fn code(&self) -> &'static str {
        match self {
            Error::NoDataDir => "no-data-dir",
            Error::WalletDir { .. } => "wallet-dir",
            Error::WalletTooNew { .. } => "wallet-too-new",
            Error::NotAWallet { .. } => "not-a-wallet",
            Error::BackupFailed { .. } => "backup-failed",
            Error::MigrationFailed { .. } => "migration-failed",
            Error::Database { .. } => "database",
            Error::UnsupportedLanguage { .. } => "unsupported-language",
            Error::UnsupportedTheme { .. } => "unsupported-theme",
            Error::NoSuchBadge { .. } => "no-such-badge",
            Error::ReadFile { .. } => "read-file",
            Error::InvalidEmail { .. } => "invalid-email",
            Error::InvalidProfile { .. } => "invalid-profile",
            Error::InvalidPhoto { .. } => "invalid-photo",
            Error::InvalidCv { .. } => "invalid-cv",
            Error::CvRender { .. } => "cv-render",
            Error::UnsupportedKeyStore { .. } => "unsupported-keystore",
            Error::PassphraseNeeded => "passphrase-needed",
            Error::PassphraseTooShort { .. } => "passphrase-too-short",
            Error::WrongPassphrase => "wrong-passphrase",
            Error::KeyFileCorrupt { .. } => "key-file-corrupt",
            Error::KeyFile { .. } => "key-file",
            Error::KeyringUnavailable { .. } => "keyring-unavailable",
            Error::KeyringEntryMissing => "keyring-entry-missing",
            Error::KeyNotSaved { .. } => "key-not-saved",
            Error::InvalidDeclaration { .. } => "invalid-declaration",
            Error::Signing { .. } => "signing",
            Error::NotEndorsable { .. } => "not-endorsable",
            Error::WriteFile { .. } => "write-file",
            Error::SelfEndorsement => "self-endorsement",
            Error::TextTooLong { .. } => "text-too-long",
            Error::BadEvidenceFile { .. } => "bad-evidence-file",
            Error::TooManyEvidenceFiles { .. } => "too-many-evidence-files",
            Error::NoSuchEvidence { .. } => "no-such-evidence",
            Error::CatalogueInvalid { .. } => "catalogue-invalid",
            Error::UnknownProfile { .. } => "unknown-profile",
            Error::InvalidTrainingFilter { .. } => "invalid-training-filter",
            Error::LocationNeeded => "location-needed",
            Error::NoSuchOffer { .. } => "no-such-offer",
            Error::BackupCorrupt { .. } => "backup-corrupt",
            Error::BackupWrongPassphrase => "backup-wrong-passphrase",
            Error::RestoreNotEmpty { .. } => "restore-not-empty",
            Error::WalletBusy { .. } => "wallet-busy",
            Error::BundleRefused { .. } => "bundle-refused",
            Error::BundleEmpty => "bundle-empty",
        }
    }

    /// The named values the message interpolates.
    pub fn args(&self) -> BTreeMap<String, String> {
        let mut a = BTreeMap::new();
        let mut put = |k: &str, v: String| {
            a.insert(k.to_owned(), v);
        };
        match self {
            Error::NoDataDir => {}
            Error::WalletDir { path, source } => {
                put("path", path.display().to_string());
                put("detail", source.to_string());
            }
            Error::WalletTooNew {
                path,
                found,
                supported,
            } => {
                put("path", path.display().to_string());
                put("found", found.to_string());
                put("supported", supported.to_string());
            }
            Error::NotAWallet { path, detail } => {
                put("path", path.display().to_string());
                put("detail", detail.clone());
            }
            Error::BackupFailed { detail } | Error::Database { detail } => {
                put("detail", detail.clone())
            }
            Error::MigrationFailed { version, detail } => {
                put("version", version.to_string());
                put("detail", detail.clone());
            }
            Error::UnsupportedLanguage { value }
            | Error::UnsupportedTheme { value }
            | Error::InvalidEmail { value } => put("value", value.clone()),
            Error::InvalidProfile { field, value } | Error::InvalidCv { field, value } => {
                put("field", field.clone());
                put("value", value.clone());
            }
            Error::InvalidPhoto { reason } => put("reason", reason.clone()),
            Error::CvRender { detail } => put("detail", detail.clone()),
            Error::NoSuchBadge { id } => put("id", id.clone()),
            Error::ReadFile { path, source }
            | Error::KeyFile { path, source }
            | Error::WriteFile { path, source } => {
                put("path", path.display().to_string());
                put("detail", source.to_string());
            }
            Error::UnsupportedKeyStore { value } => put("value", value.clone()),
            Error::PassphraseNeeded | Error::WrongPassphrase | Error::KeyringEntryMissing => {}
            Error::PassphraseTooShort { min } => put("min", min.to_string()),
            Error::KeyFileCorrupt { path, detail } => {
                put("path", path.display().to_string());
                put("detail", detail.clone());
            }
            Error::KeyringUnavailable { detail } => put("detail", detail.clone()),
            Error::KeyNotSaved { store } => put("store", store.clone()),
            Error::InvalidDeclaration { field, value } => {
                put("field", field.clone());
                put("value", value.clone());
            }
            Error::Signing { detail } => put("detail", detail.clone()),
            Error::NotEndorsable { reason } => put("reason", reason.clone()),
            Error::SelfEndorsement => {}
            Error::TextTooLong { field, max } => {
                put("field", field.clone());
                put("max", max.to_string());
            }
            Error::BadEvidenceFile {
                name,
                reason,
                max_mib,
            } => {
                put("name", name.clone());
                put("reason", reason.clone());
                put("max_mib", max_mib.to_string());
            }
            Error::TooManyEvidenceFiles { max } => put("max", max.to_string()),
            Error::NoSuchEvidence { id } => put("id", id.clone()),
            Error::CatalogueInvalid {
                format,
                line,
                detail,
                value,
            } => {
                put("format", format.clone());
                put("line", line.to_string());
                put("detail", detail.clone());
                put("value", value.clone());
            }
            Error::UnknownProfile { id } | Error::NoSuchOffer { id } => put("id", id.clone()),
            Error::BackupCorrupt { path, detail } => {
                put("path", path.display().to_string());
                put("detail", detail.clone());
            }
            Error::BackupWrongPassphrase => {}
            Error::RestoreNotEmpty { path } | Error::WalletBusy { path } => {
                put("path", path.display().to_string())
            }
            Error::InvalidTrainingFilter { field, value } => {
                put("field", field.clone());
                put("value", value.clone());
            }
            Error::LocationNeeded => {}
            Error::BundleRefused {
                file,
                reason,
                entry,
                limit,
            } => {
                put("file", file.clone());
                put("reason", reason.clone());
                put("entry", entry.clone());
                put("limit", limit.clone());
            }
            Error::BundleEmpty => {}
        }
        a
    }

    /// The error as it crosses IPC: `{ code, args }`.
    pub fn to_dto(&self) -> crate::dto::AppError {
        crate::dto::AppError {
            code: self.code().to_owned(),
            args: self.args(),
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Database {
            detail: e.to_string(),
        }
    }
}

#[cfg(test)]
pub(crate) fn samples() -> Vec<Error> {
    vec![
        Error::NoDataDir,
        Error::WalletDir {
            path: "/x".into(),
            source: std::io::Error::other("denied"),
        },
        Error::WalletTooNew {
            path: "/x".into(),
            found: 9,
            supported: 1,
        },
        Error::NotAWallet {
            path: "/x".into(),
            detail: "d".into(),
        },
        Error::BackupFailed { detail: "d".into() },
        Error::MigrationFailed {
            version: 2,
            detail: "d".into(),
        },
        Error::Database { detail: "d".into() },
        Error::UnsupportedLanguage { value: "de".into() },
        Error::UnsupportedTheme {
            value: "pink".into(),
        },
        Error::NoSuchBadge { id: "b-1".into() },
        Error::ReadFile {
            path: "/x".into(),
            source: std::io::Error::other("gone"),
        },
        Error::InvalidEmail {
            value: "amelie@".into(),
        },
        Error::InvalidProfile {
            field: "postcode".into(),
            value: "59000".into(),
        },
        Error::InvalidPhoto {
            reason: "damaged".into(),
        },
        Error::UnsupportedKeyStore {
            value: "vault".into(),
        },
        Error::PassphraseNeeded,
        Error::PassphraseTooShort { min: 8 },
        Error::WrongPassphrase,
        Error::KeyFileCorrupt {
            path: "/x/keys/holder.key".into(),
            detail: "d".into(),
        },
        Error::KeyFile {
            path: "/x/keys/holder.key".into(),
            source: std::io::Error::other("denied"),
        },
        Error::KeyringUnavailable { detail: "d".into() },
        Error::KeyringEntryMissing,
        Error::KeyNotSaved { store: "os".into() },
        Error::InvalidDeclaration {
            field: "level".into(),
            value: "1".into(),
        },
        Error::Signing { detail: "d".into() },
        Error::NotEndorsable {
            reason: "failed".into(),
        },
        Error::WriteFile {
            path: "/x".into(),
            source: std::io::Error::other("full"),
        },
        Error::SelfEndorsement,
        Error::TextTooLong {
            field: "comment".into(),
            max: 1000,
        },
        Error::BadEvidenceFile {
            name: "rapport.pdf".into(),
            reason: "type".into(),
            max_mib: 20,
        },
        Error::TooManyEvidenceFiles { max: 10 },
        Error::NoSuchEvidence {
            id: "ba7816bf".into(),
        },
        Error::CatalogueInvalid {
            format: "csv".into(),
            line: 4,
            detail: "unknown-region".into(),
            value: "FR-IDF".into(),
        },
        Error::UnknownProfile {
            id: "astronaut".into(),
        },
        Error::InvalidTrainingFilter {
            field: "regions".into(),
            value: "FR-IDF".into(),
        },
        Error::LocationNeeded,
        Error::NoSuchOffer {
            id: "forem:123".into(),
        },
        Error::BackupCorrupt {
            path: "/x/wallet.backup".into(),
            detail: "d".into(),
        },
        Error::BackupWrongPassphrase,
        Error::RestoreNotEmpty { path: "/w".into() },
        Error::WalletBusy { path: "/w".into() },
        Error::BundleRefused {
            file: "mes-badges.zip".into(),
            reason: "path-parent".into(),
            entry: "../evil.json".into(),
            limit: "1000".into(),
        },
        Error::BundleEmpty,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_has_a_listed_unique_code() {
        let samples = samples();
        let codes: Vec<_> = samples.iter().map(Error::code).collect();
        assert_eq!(
            codes,
            Error::CODES,
            "samples() and CODES must list every variant in order"
        );
        let mut dedup = codes.clone();
        dedup.sort();
        dedup.dedup();
        assert_eq!(dedup.len(), codes.len());
    }

    #[test]
    fn dto_carries_code_and_args() {
        let e = Error::WalletTooNew {
            path: "/w".into(),
            found: 7,
            supported: 1,
        };
        let d = e.to_dto();
        assert_eq!(d.code, "wallet-too-new");
        assert_eq!(d.args["found"], "7");
        assert_eq!(d.args["supported"], "1");
        let json = serde_json::to_value(&d).unwrap();
        assert_eq!(json["code"], "wallet-too-new");
    }
}
