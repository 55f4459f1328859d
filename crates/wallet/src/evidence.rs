//! Evidence files of self-declared skills: a project report, a screenshot, a
//! certificate scan… kept **inside the wallet** and bound to the signed credential.
//!
//! Every file is checked before anything is signed or stored: read with a bounded
//! read, recognised from its bytes (magic numbers, never the extension), named by its
//! base name only (cleaned). In the credential each file is an OB 3.0 `evidence`
//! entry whose `id` is the RFC 6920 `ni:///sha-256;…` URI of its bytes, so whoever
//! holds the file can check it is the one that was signed. The bytes are stored once
//! per content (SHA-256), however many times they are given.

use std::io::Read;
use std::path::{Path, PathBuf};

use base64::Engine;
use rusqlite::params;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::dto::EvidenceDto;
use crate::{Error, Result};

/// Largest evidence file accepted (20 MiB).
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;
/// Most files one declaration may carry.
pub const MAX_FILES: usize = 10;
/// Longest file name kept, in characters (the extension is kept when cutting).
pub const MAX_NAME_CHARS: usize = 120;

/// Media types Passerelle recognises and keeps.
pub const PDF: &str = "application/pdf";
pub const PNG: &str = "image/png";
pub const JPEG: &str = "image/jpeg";
pub const WEBP: &str = "image/webp";
pub const TEXT: &str = "text/plain; charset=utf-8";
pub const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
pub const PPTX: &str = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
/// The OpenDocument kinds kept, with their usual extensions (the first is preferred).
const ODF: &[(&str, &[&str])] = &[
    ("application/vnd.oasis.opendocument.text", &["odt"]),
    ("application/vnd.oasis.opendocument.text-template", &["ott"]),
    ("application/vnd.oasis.opendocument.spreadsheet", &["ods"]),
    (
        "application/vnd.oasis.opendocument.spreadsheet-template",
        &["ots"],
    ),
    ("application/vnd.oasis.opendocument.presentation", &["odp"]),
    (
        "application/vnd.oasis.opendocument.presentation-template",
        &["otp"],
    ),
    ("application/vnd.oasis.opendocument.graphics", &["odg"]),
    (
        "application/vnd.oasis.opendocument.graphics-template",
        &["otg"],
    ),
    ("application/vnd.oasis.opendocument.chart", &["odc"]),
];

/// One checked evidence file, ready to be signed over and stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceFile {
    /// The base name, cleaned (see [`clean_name`]).
    pub name: String,
    /// What the bytes are, recognised from their content.
    pub media_type: String,
    pub bytes: Vec<u8>,
    pub sha256: [u8; 32],
}

impl EvidenceFile {
    /// A checked file from `bytes` named `name` (as given by the person: only its
    /// base name is kept).
    pub fn from_bytes(name: &str, bytes: Vec<u8>) -> Result<Self> {
        let name = clean_name(name);
        let bad = |reason: &str| bad_file(&name, reason);
        if bytes.is_empty() {
            return Err(bad("empty"));
        }
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(bad("too-large"));
        }
        let media_type = sniff(&bytes).ok_or_else(|| bad("type"))?;
        // The name ends with an extension that fits what the bytes are, so a copy
        // saved later opens with the right program (`notes.bat` holding text becomes
        // `notes.bat.txt`).
        let name = clean_name(&fit_extension(&name, &media_type));
        let sha256: [u8; 32] = Sha256::digest(&bytes).into();
        Ok(EvidenceFile {
            name,
            media_type,
            bytes,
            sha256,
        })
    }

    /// The SHA-256 of the bytes in lower-case hex: the file's id in the wallet.
    pub fn hex(&self) -> String {
        hex(&self.sha256)
    }

    /// The RFC 6920 named-information URI of the bytes: `ni:///sha-256;<base64url>`.
    pub fn ni_uri(&self) -> String {
        ni_uri(&self.sha256)
    }

    /// The file as the shells show it.
    pub fn to_dto(&self) -> EvidenceDto {
        EvidenceDto {
            id: self.hex(),
            name: self.name.clone(),
            media_type: self.media_type.clone(),
            extension: extension(&self.media_type).to_owned(),
            size: u32::try_from(self.bytes.len()).unwrap_or(u32::MAX),
            uri: self.ni_uri(),
        }
    }

    /// The OB 3.0 `evidence` entry for this file.
    pub fn credential_entry(&self) -> Value {
        json!({
            "id": self.ni_uri(),
            "type": ["Evidence"],
            "name": self.name,
            "genre": "File",
            "description": format!("{}, {} bytes", self.media_type, self.bytes.len()),
        })
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `ni:///sha-256;…` for a SHA-256 digest (RFC 6920 §3, base64url without padding).
pub fn ni_uri(sha256: &[u8; 32]) -> String {
    format!(
        "ni:///sha-256;{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(sha256)
    )
}

fn bad_file(name: &str, reason: &str) -> Error {
    Error::BadEvidenceFile {
        name: name.to_owned(),
        reason: reason.to_owned(),
        max_mib: MAX_FILE_BYTES / (1024 * 1024),
    }
}

/// Read and check the files at `paths`, in order, each at most once (the same bytes
/// given twice are kept once, under the first name). Fails on the first bad file,
/// naming it; nothing is stored by this function.
pub fn read_files(paths: &[PathBuf]) -> Result<Vec<EvidenceFile>> {
    if paths.len() > MAX_FILES {
        return Err(Error::TooManyEvidenceFiles { max: MAX_FILES });
    }
    let mut out: Vec<EvidenceFile> = Vec::with_capacity(paths.len());
    for path in paths {
        let file = read_file(path)?;
        if !out.iter().any(|f| f.sha256 == file.sha256) {
            out.push(file);
        }
    }
    Ok(out)
}

/// Read one file with a bounded read (never more than [`MAX_FILE_BYTES`] + 1 bytes)
/// and check it.
pub fn read_file(path: &Path) -> Result<EvidenceFile> {
    let name = clean_name(&path.to_string_lossy());
    let unreadable = |_e: std::io::Error| bad_file(&name, "unreadable");
    // A folder, a device or a pipe is not a file (and a pipe could block a read).
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(bad_file(&name, "unreadable"));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(bad_file(&name, "too-large"));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .map_err(unreadable)?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    EvidenceFile::from_bytes(&name, bytes)
}

/// The base name of `given` (a path or a name), without control or bidirectional
/// formatting characters and path separators, trimmed, at most [`MAX_NAME_CHARS`]
/// characters (keeping a short extension). Never empty, never `.` or `..`.
pub fn clean_name(given: &str) -> String {
    let base = given
        .rsplit(['/', '\\'])
        .find(|s| !s.trim().is_empty())
        .unwrap_or("");
    let cleaned: String = base
        .chars()
        .filter(|c| {
            !c.is_control()
                && !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
        })
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim();
    let cleaned = if cleaned.is_empty() {
        "evidence"
    } else {
        cleaned
    };
    if cleaned.chars().count() <= MAX_NAME_CHARS {
        return cleaned.to_owned();
    }
    // Too long: cut the stem, keep a short extension.
    let ext = cleaned
        .rsplit_once('.')
        .map(|(_, e)| e)
        .filter(|e| !e.is_empty() && e.chars().count() <= 10)
        .map(|e| format!(".{e}"))
        .unwrap_or_default();
    let keep = MAX_NAME_CHARS - ext.chars().count();
    let stem: String = cleaned.chars().take(keep).collect();
    format!("{}{ext}", stem.trim_end())
}

/// What the bytes are, from their content only; `None` when Passerelle does not
/// keep this kind of file.
pub fn sniff(bytes: &[u8]) -> Option<String> {
    if bytes.starts_with(b"%PDF-") {
        return Some(PDF.into());
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some(PNG.into());
    }
    if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        return Some(JPEG.into());
    }
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Some(WEBP.into());
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return sniff_zip(bytes);
    }
    if is_plain_text(bytes) {
        return Some(TEXT.into());
    }
    None
}

/// UTF-8 text without NUL or other control characters (tab, line and page breaks
/// are fine). An optional byte order mark is allowed. Markup (HTML, SVG, XML), a
/// script (`#!`) or RTF is not plain text: it is refused.
fn is_plain_text(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let start = text.trim_start_matches('\u{feff}').trim_start();
    if start.starts_with('<') || start.starts_with("#!") || start.starts_with("{\\rtf") {
        return false;
    }
    text.chars()
        .all(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r' | '\u{0c}'))
}

fn u16_at(b: &[u8], at: usize) -> Option<usize> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?) as usize)
}

fn u32_at(b: &[u8], at: usize) -> Option<usize> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?) as usize)
}

/// An OpenDocument or Office Open XML file, told from its zip container without
/// inflating anything: OpenDocument starts with a stored `mimetype` entry whose
/// bytes say what it is; Office Open XML has a `[Content_Types].xml` entry and a
/// `word/`, `xl/` or `ppt/` part in its central directory. Any other zip is refused.
fn sniff_zip(bytes: &[u8]) -> Option<String> {
    // OpenDocument: the first local header is "mimetype", stored (method 0).
    let method = u16_at(bytes, 8)?;
    let stored_size = u32_at(bytes, 18)?;
    let name_len = u16_at(bytes, 26)?;
    let extra_len = u16_at(bytes, 28)?;
    if bytes.get(30..30 + name_len) == Some(b"mimetype") && method == 0 {
        let start = 30 + name_len + extra_len;
        let value = bytes.get(start..start.checked_add(stored_size)?)?;
        let value = std::str::from_utf8(value).ok()?;
        let (known, _) = ODF.iter().find(|(t, _)| *t == value)?;
        // Documents with macros are not kept.
        let names = central_directory_names(bytes)?;
        if names
            .iter()
            .any(|n| n.starts_with(b"Basic/") || n.starts_with(b"Scripts/"))
        {
            return None;
        }
        return Some((*known).to_owned());
    }
    // Office Open XML: read the names in the central directory.
    let names = central_directory_names(bytes)?;
    if !names.iter().any(|n| n == b"[Content_Types].xml") {
        return None;
    }
    // Documents with macros (`.docm`, `.xlsm`…) are not kept.
    if names.iter().any(|n| n.ends_with(b"vbaProject.bin")) {
        return None;
    }
    let has = |prefix: &[u8]| names.iter().any(|n| n.starts_with(prefix));
    if has(b"word/") {
        Some(DOCX.into())
    } else if has(b"xl/") {
        Some(XLSX.into())
    } else if has(b"ppt/") {
        Some(PPTX.into())
    } else {
        None
    }
}

/// The entry names of a zip's central directory (at most 10 000 entries), found
/// from the end-of-central-directory record; `None` when the structure is broken.
fn central_directory_names(bytes: &[u8]) -> Option<Vec<&[u8]>> {
    const EOCD: &[u8] = b"PK\x05\x06";
    // The record is 22 bytes plus a comment of at most 65 535 bytes.
    let search_from = bytes.len().saturating_sub(22 + 65_535);
    let eocd = (search_from..=bytes.len().checked_sub(22)?)
        .rev()
        .find(|&i| bytes.get(i..i + 4) == Some(EOCD))?;
    let entries = u16_at(bytes, eocd + 10)?.min(10_000);
    let mut at = u32_at(bytes, eocd + 16)?;
    let mut names = Vec::with_capacity(entries);
    for _ in 0..entries {
        if bytes.get(at..at + 4)? != b"PK\x01\x02" {
            return None;
        }
        let name_len = u16_at(bytes, at + 28)?;
        let extra_len = u16_at(bytes, at + 30)?;
        let comment_len = u16_at(bytes, at + 32)?;
        names.push(bytes.get(at + 46..at + 46 + name_len)?);
        at = at.checked_add(46 + name_len + extra_len + comment_len)?;
    }
    Some(names)
}

/// The extensions a file of `media_type` may have; the first is the usual one.
fn extensions(media_type: &str) -> &'static [&'static str] {
    match media_type {
        PDF => &["pdf"],
        PNG => &["png"],
        JPEG => &["jpg", "jpeg", "jpe", "jfif"],
        WEBP => &["webp"],
        TEXT => &["txt", "text", "md", "csv", "log"],
        DOCX => &["docx"],
        XLSX => &["xlsx"],
        PPTX => &["pptx"],
        other => ODF
            .iter()
            .find(|(t, _)| *t == other)
            .map_or(&[], |(_, e)| *e),
    }
}

/// A file extension that fits `media_type`, for "save as" filters.
pub fn extension(media_type: &str) -> &'static str {
    extensions(media_type).first().copied().unwrap_or("")
}

/// `name` as it is when its extension fits `media_type`; else with the usual
/// extension appended.
fn fit_extension(name: &str, media_type: &str) -> String {
    let allowed = extensions(media_type);
    let fits = name.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty() && allowed.iter().any(|a| a.eq_ignore_ascii_case(ext))
    });
    match allowed.first() {
        Some(ext) if !fits => format!("{name}.{ext}"),
        _ => name.to_owned(),
    }
}

/// Keep `files` as the evidence of the credential `credential_id`, in one
/// transaction (bytes already in the wallet are not stored again).
pub(crate) fn store(
    conn: &mut rusqlite::Connection,
    credential_id: &str,
    files: &[EvidenceFile],
    now: &str,
) -> Result<()> {
    let tx = conn.transaction()?;
    for (position, f) in files.iter().enumerate() {
        let sha = f.hex();
        tx.execute(
            "INSERT OR IGNORE INTO evidence_files(sha256, media_type, size, content, added_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![sha, f.media_type, f.bytes.len() as i64, f.bytes, now],
        )?;
        tx.execute(
            "INSERT OR IGNORE INTO credential_evidence(credential_id, sha256, name, position)
             VALUES (?1, ?2, ?3, ?4)",
            params![credential_id, sha, f.name, position as i64],
        )?;
    }
    tx.commit()?;
    Ok(())
}

/// The evidence files of a credential, in the order they were given.
pub(crate) fn list(conn: &rusqlite::Connection, credential_id: &str) -> Result<Vec<EvidenceDto>> {
    let mut stmt = conn.prepare(
        "SELECT e.sha256, l.name, e.media_type, e.size
         FROM credential_evidence l JOIN evidence_files e ON e.sha256 = l.sha256
         WHERE l.credential_id = ?1 ORDER BY l.position, l.name",
    )?;
    let rows = stmt
        .query_map([credential_id], |r| {
            let sha: String = r.get(0)?;
            let media_type: String = r.get(2)?;
            Ok(EvidenceDto {
                uri: hex_to_ni(&sha).unwrap_or_default(),
                extension: extension(&media_type).to_owned(),
                id: sha,
                name: r.get(1)?,
                media_type,
                size: u32::try_from(r.get::<_, i64>(3)?).unwrap_or(u32::MAX),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn hex_to_ni(hex: &str) -> Option<String> {
    let mut out = [0u8; 32];
    if hex.len() != 64 {
        return None;
    }
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(ni_uri(&out))
}

/// The id (SHA-256, hex) and bytes of the evidence file `evidence_id` (its SHA-256 in hex, or a
/// unique prefix of at least 8 characters) of the credential `credential_id`.
pub(crate) fn content(
    conn: &rusqlite::Connection,
    credential_id: &str,
    evidence_id: &str,
) -> Result<(String, Vec<u8>)> {
    let wanted = evidence_id.trim().to_ascii_lowercase();
    let missing = || Error::NoSuchEvidence {
        id: evidence_id.chars().take(80).collect(),
    };
    if wanted.len() < 8 || wanted.len() > 64 || !wanted.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(missing());
    }
    let mut stmt = conn.prepare(
        "SELECT l.sha256, e.content
         FROM credential_evidence l JOIN evidence_files e ON e.sha256 = l.sha256
         WHERE l.credential_id = ?1 AND substr(l.sha256, 1, length(?2)) = ?2
         LIMIT 2",
    )?;
    let mut rows: Vec<(String, Vec<u8>)> = stmt
        .query_map(params![credential_id, wanted], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    if rows.len() != 1 {
        return Err(missing());
    }
    Ok(rows.remove(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zip_with(entries: &[(&str, &[u8])]) -> Vec<u8> {
        // A minimal, valid zip: stored entries, then the central directory.
        let mut out = vec![];
        let mut central = vec![];
        for (name, data) in entries {
            let offset = out.len() as u32;
            let mut header = vec![];
            header.extend_from_slice(b"PK\x03\x04");
            header.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0, 0]); // version, flags, method 0, time, date
            header.extend_from_slice(&0u32.to_le_bytes()); // crc (not checked)
            header.extend_from_slice(&(data.len() as u32).to_le_bytes());
            header.extend_from_slice(&(data.len() as u32).to_le_bytes());
            header.extend_from_slice(&(name.len() as u16).to_le_bytes());
            header.extend_from_slice(&0u16.to_le_bytes());
            header.extend_from_slice(name.as_bytes());
            out.extend_from_slice(&header);
            out.extend_from_slice(data);
            central.extend_from_slice(b"PK\x01\x02");
            central.extend_from_slice(&[20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
            central.extend_from_slice(&0u32.to_le_bytes());
            central.extend_from_slice(&(data.len() as u32).to_le_bytes());
            central.extend_from_slice(&(data.len() as u32).to_le_bytes());
            central.extend_from_slice(&(name.len() as u16).to_le_bytes());
            central.extend_from_slice(&[0; 12]); // extra, comment, disk, attributes
            central.extend_from_slice(&offset.to_le_bytes());
            central.extend_from_slice(name.as_bytes());
        }
        let cd_offset = out.len() as u32;
        out.extend_from_slice(&central);
        out.extend_from_slice(b"PK\x05\x06");
        out.extend_from_slice(&[0, 0, 0, 0]);
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&(central.len() as u32).to_le_bytes());
        out.extend_from_slice(&cd_offset.to_le_bytes());
        out.extend_from_slice(&[0, 0]);
        out
    }

    fn reason(e: &Error) -> String {
        assert_eq!(e.code(), "bad-evidence-file", "{e}");
        e.args()["reason"].clone()
    }

    #[test]
    fn files_are_recognised_by_their_bytes() {
        let png = include_bytes!("../../../data/samples/valid-01.png");
        assert_eq!(sniff(png).as_deref(), Some(PNG));
        assert_eq!(
            sniff(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n").as_deref(),
            Some(PDF)
        );
        assert_eq!(
            sniff(&[0xff, 0xd8, 0xff, 0xe0, 0, 16]).as_deref(),
            Some(JPEG)
        );
        assert_eq!(sniff(b"RIFF\x24\0\0\0WEBPVP8 ").as_deref(), Some(WEBP));
        assert_eq!(
            sniff("Rapport de clôture — projet ASBL\r\n\tfin.\n".as_bytes()).as_deref(),
            Some(TEXT)
        );
        let odt = zip_with(&[
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
            ("content.xml", b"<x/>"),
        ]);
        assert_eq!(
            sniff(&odt).as_deref(),
            Some("application/vnd.oasis.opendocument.text")
        );
        let docx = zip_with(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", b"<w/>"),
        ]);
        assert_eq!(sniff(&docx).as_deref(), Some(DOCX));
        let xlsx = zip_with(&[
            ("[Content_Types].xml", b"<T/>"),
            ("xl/workbook.xml", b"<x/>"),
        ]);
        assert_eq!(sniff(&xlsx).as_deref(), Some(XLSX));
        let pptx = zip_with(&[
            ("[Content_Types].xml", b"<T/>"),
            ("ppt/presentation.xml", b"<p/>"),
        ]);
        assert_eq!(sniff(&pptx).as_deref(), Some(PPTX));
    }

    #[test]
    fn other_files_are_refused_whatever_their_name() {
        // A Windows program renamed to .pdf.
        let mut exe = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0".to_vec();
        exe.extend_from_slice(b"This program cannot be run in DOS mode.");
        assert_eq!(sniff(&exe), None);
        let e = EvidenceFile::from_bytes("rapport.pdf", exe).unwrap_err();
        assert_eq!(reason(&e), "type");
        assert_eq!(e.args()["name"], "rapport.pdf");
        // An ELF binary, a plain zip with a program in it, a zip that only claims
        // to be a document, a broken zip, text with NULs.
        assert_eq!(sniff(b"\x7fELF\x02\x01\x01\0"), None);
        assert_eq!(sniff(&zip_with(&[("setup.exe", b"MZ\x90\0")])), None);
        assert_eq!(
            sniff(&zip_with(&[
                ("[Content_Types].xml", b"<T/>"),
                ("run.exe", b"MZ")
            ])),
            None
        );
        assert_eq!(
            sniff(&zip_with(&[("mimetype", b"application/x-msdownload")])),
            None
        );
        assert_eq!(sniff(b"PK\x03\x04garbage"), None);
        assert_eq!(sniff(b"hello\0world"), None);
        assert_eq!(sniff(b"\xff\xfeh\0i\0"), None);
    }

    #[test]
    fn documents_with_macros_markup_and_scripts_are_refused() {
        let docm = zip_with(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", b"<w/>"),
            ("word/vbaProject.bin", b"\xd0\xcf\x11\xe0"),
        ]);
        assert_eq!(sniff(&docm), None);
        let odt_with_basic = zip_with(&[
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
            ("content.xml", b"<x/>"),
            ("Basic/Standard/Module1.xml", b"<script/>"),
        ]);
        assert_eq!(sniff(&odt_with_basic), None);
        assert_eq!(sniff(b"<!DOCTYPE html><script>alert(1)</script>"), None);
        assert_eq!(sniff("\u{feff}  <svg onload=\"x()\"/>".as_bytes()), None);
        assert_eq!(sniff(b"#!/bin/sh\nrm -rf ~\n"), None);
        assert_eq!(sniff(b"{\\rtf1\\ansi hello}"), None);
    }

    #[test]
    fn the_name_ends_with_an_extension_that_fits_the_bytes() {
        let text = |name: &str| {
            EvidenceFile::from_bytes(name, b"Notes de r\xc3\xa9union".to_vec())
                .unwrap()
                .name
        };
        assert_eq!(text("notes.txt"), "notes.txt");
        assert_eq!(text("NOTES.TXT"), "NOTES.TXT");
        assert_eq!(text("planning.csv"), "planning.csv");
        assert_eq!(text("run.bat"), "run.bat.txt");
        assert_eq!(text("rapport"), "rapport.txt");
        assert_eq!(text(".txt"), "txt.txt");
        let png = include_bytes!("../../../data/samples/valid-01.png").to_vec();
        assert_eq!(
            EvidenceFile::from_bytes("capture.PNG", png.clone())
                .unwrap()
                .name,
            "capture.PNG"
        );
        assert_eq!(
            EvidenceFile::from_bytes("photo.jpg", png).unwrap().name,
            "photo.jpg.png"
        );
        let long = format!("{}.exe", "x".repeat(200));
        let name = text(&long);
        assert_eq!(name.chars().count(), MAX_NAME_CHARS);
        assert!(name.ends_with(".txt"), "{name}");
    }

    #[test]
    fn names_keep_only_a_clean_bounded_base_name() {
        assert_eq!(
            clean_name("/home/amelie/Documents/rapport.pdf"),
            "rapport.pdf"
        );
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("..\\..\\Windows\\win.ini"), "win.ini");
        assert_eq!(
            clean_name("C:\\Users\\A\\plan\u{7}ning.odt"),
            "planning.odt"
        );
        assert_eq!(clean_name("photo\u{202e}gpj.exe"), "photogpj.exe");
        assert_eq!(clean_name("dossier/"), "dossier");
        assert_eq!(clean_name(".."), "evidence");
        assert_eq!(clean_name("../.."), "evidence");
        assert_eq!(clean_name("  .hidden  "), "hidden");
        assert_eq!(clean_name(""), "evidence");
        let long = format!("{}.pdf", "très-long-".repeat(30));
        let cut = clean_name(&long);
        assert_eq!(cut.chars().count(), MAX_NAME_CHARS);
        assert!(cut.ends_with(".pdf"), "{cut}");
    }

    #[test]
    fn empty_oversized_and_unreadable_files_are_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("vide.txt");
        std::fs::write(&empty, b"").unwrap();
        let e = read_file(&empty).unwrap_err();
        assert_eq!(reason(&e), "empty");
        assert_eq!(e.args()["name"], "vide.txt");

        let big = dir.path().join("scan.pdf");
        let mut bytes = b"%PDF-1.4\n".to_vec();
        bytes.resize(MAX_FILE_BYTES as usize + 1, b'x');
        std::fs::write(&big, &bytes).unwrap();
        let e = read_file(&big).unwrap_err();
        assert_eq!(reason(&e), "too-large");
        assert_eq!(e.args()["max_mib"], "20");
        // Exactly at the limit is fine.
        bytes.truncate(MAX_FILE_BYTES as usize);
        std::fs::write(&big, &bytes).unwrap();
        assert_eq!(read_file(&big).unwrap().media_type, PDF);
        let e =
            EvidenceFile::from_bytes("x.pdf", vec![b'%'; MAX_FILE_BYTES as usize + 1]).unwrap_err();
        assert_eq!(reason(&e), "too-large");

        let e = read_file(&dir.path().join("absent.png")).unwrap_err();
        assert_eq!(reason(&e), "unreadable");
        assert_eq!(e.args()["name"], "absent.png");
        assert_eq!(reason(&read_file(dir.path()).unwrap_err()), "unreadable");
    }

    #[test]
    fn a_path_with_dot_dot_is_read_but_named_by_its_base_name() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("notes.txt"), "Notes de réunion").unwrap();
        let f = read_file(&dir.path().join("sub/../notes.txt")).unwrap();
        assert_eq!(f.name, "notes.txt");
        assert_eq!(f.media_type, TEXT);
    }

    #[test]
    fn the_same_bytes_twice_are_kept_once_and_too_many_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        let b = dir.path().join("copie de a.txt");
        let c = dir.path().join("c.txt");
        std::fs::write(&a, "même contenu").unwrap();
        std::fs::write(&b, "même contenu").unwrap();
        std::fs::write(&c, "autre chose").unwrap();
        let files = read_files(&[a.clone(), b, a.clone(), c.clone()]).unwrap();
        assert_eq!(
            files.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(),
            ["a.txt", "c.txt"]
        );
        let e = read_files(&vec![c; MAX_FILES + 1]).unwrap_err();
        assert_eq!(e.code(), "too-many-evidence-files");
        assert_eq!(e.args()["max"], "10");
        // A bad file anywhere in the list fails the whole list, naming it.
        let bad = dir.path().join("virus.pdf");
        std::fs::write(&bad, b"MZ\x90\0").unwrap();
        let e = read_files(&[a, bad]).unwrap_err();
        assert_eq!(e.args()["name"], "virus.pdf");
    }

    #[test]
    fn the_credential_entry_binds_the_bytes() {
        let f = EvidenceFile::from_bytes("rapport.txt", b"abc".to_vec()).unwrap();
        // SHA-256("abc") = ba7816bf…, RFC 6920 form in base64url without padding.
        assert_eq!(
            f.hex(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            f.ni_uri(),
            "ni:///sha-256;ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0"
        );
        assert_eq!(hex_to_ni(&f.hex()).unwrap(), f.ni_uri());
        let e = f.credential_entry();
        assert_eq!(e["id"], f.ni_uri());
        assert_eq!(e["type"], json!(["Evidence"]));
        assert_eq!(e["name"], "rapport.txt");
        assert_eq!(e["description"], "text/plain; charset=utf-8, 3 bytes");
    }
}
