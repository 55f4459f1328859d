//! Verifying credential files without importing them (`passerelle verify`).

use std::collections::BTreeMap;

use passerelle_badges::{Fetcher, NoNetwork, Report, VerifyOptions, verify_bytes};
use time::OffsetDateTime;

use crate::dto::{CheckDto, FileReport};

/// Documents the person supplied for offline use (status lists, DID documents),
/// by URL. Nothing else is ever fetched.
#[derive(Debug, Default, Clone)]
pub struct OfflineDocuments(pub BTreeMap<String, Vec<u8>>);

impl OfflineDocuments {
    /// Read `(url, file)` pairs given on the command line.
    pub fn read(pairs: &[(String, std::path::PathBuf)]) -> crate::Result<Self> {
        let mut docs = BTreeMap::new();
        for (url, path) in pairs {
            let bytes = std::fs::read(path).map_err(|source| crate::Error::ReadFile {
                path: path.clone(),
                source,
            })?;
            docs.insert(url.clone(), bytes);
        }
        Ok(OfflineDocuments(docs))
    }
}

impl Fetcher for OfflineDocuments {
    fn fetch(&self, url: &str) -> Option<Vec<u8>> {
        self.0.get(url).cloned().or_else(|| NoNetwork.fetch(url))
    }
}

fn serde_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

pub(crate) fn to_dto(file: &str, report: &Report) -> FileReport {
    FileReport {
        file: file.to_owned(),
        status: serde_name(&report.status),
        checks: report
            .checks
            .iter()
            .map(|c| CheckDto {
                id: c.id.as_str().to_owned(),
                outcome: serde_name(&c.outcome),
                code: c.code.clone(),
                args: c.args.clone(),
            })
            .collect(),
    }
}

/// Largest credential file read (the badges crate caps its inputs the same way).
pub const MAX_FILE_BYTES: u64 = passerelle_badges::detect::MAX_INPUT_BYTES as u64;

/// Read a file of at most [`MAX_FILE_BYTES`]; on failure, a function that makes the
/// failed report for it.
pub(crate) fn read_capped(
    path: &std::path::Path,
) -> Result<Vec<u8>, impl FnOnce(&str) -> FileReport> {
    use std::io::Read;
    let fail = |code: &'static str, detail: String| {
        move |file: &str| FileReport {
            file: file.to_owned(),
            status: "failed".into(),
            checks: vec![CheckDto {
                id: "format".into(),
                outcome: "failed".into(),
                code: code.into(),
                args: [("detail".to_owned(), detail)].into(),
            }],
        }
    };
    let file = std::fs::File::open(path).map_err(|e| fail("file-unreadable", e.to_string()))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail("file-unreadable", e.to_string()))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(
            "too-large",
            format!("more than {MAX_FILE_BYTES} bytes"),
        ));
    }
    Ok(bytes)
}

/// The report for a file whose verification crashed (a bug): failed, never lost.
pub(crate) fn internal_failure(file: &str) -> FileReport {
    FileReport {
        file: file.to_owned(),
        status: "failed".into(),
        checks: vec![CheckDto {
            id: "format".into(),
            outcome: "failed".into(),
            code: "unexpected".into(),
            args: BTreeMap::new(),
        }],
    }
}

/// Verify one file's bytes at `now` for a wallet owner with `emails`.
pub(crate) fn verify_file(
    file: &str,
    bytes: &[u8],
    now: OffsetDateTime,
    emails: &[String],
    documents: &OfflineDocuments,
) -> FileReport {
    let options = VerifyOptions {
        now,
        owner_emails: emails,
        fetcher: documents,
    };
    match verify_bytes(bytes, &options) {
        Ok(v) => to_dto(file, &v.report),
        Err(e) => to_dto(file, &Report::unreadable(&e)),
    }
}
