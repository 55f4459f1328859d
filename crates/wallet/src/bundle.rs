//! Verifiable badge bundles (issue 6): one zip a learner hands to an employer or a
//! counsellor, which anyone can check without Passerelle.
//!
//! ```text
//! index.html                  a static page (no script) showing each badge
//! manifest.json               passerelle-bundle/1: holder, created, every file's SHA-256 and size
//! presentation.json           a VerifiablePresentation of the JSON-LD credentials, signed by
//!                             the holder's key (DataIntegrityProof, eddsa-rdfc-2022, authentication)
//! credentials/NN-<slug>.<ext> each credential exactly as it was imported (json, jwt, png, svg)
//! images/NN-<slug>.png        the badge image with the credential baked in (iTXt)
//! ```
//!
//! Importing reads the whole archive in memory, checks every entry against the caps
//! below BEFORE anything is stored (nothing from the archive ever touches the disk),
//! checks the manifest and the holder's signature, then imports each credential
//! through the normal importer (so verification and "no duplicates" are the usual
//! rules). A bundle whose presentation does not verify is refused whole: it was
//! changed after the holder signed it (its credentials can still be imported one by
//! one, as files, where each verifies on its own).

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read, Write};
use std::path::Path;

use passerelle_badges::proof::{DidKeyResolver, SignOptions, verify_presentation};
use passerelle_badges::{Credential, Generation, Vcdm};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::dto::{BundleSummary, EndorsementDto, ImportResult};
use crate::keys::KeyStore;
use crate::{Error, Language, Result, Wallet};

/// The `format` of a bundle's manifest.
pub const FORMAT: &str = "passerelle-bundle/1";
const MIB: u64 = 1024 * 1024;
/// Largest bundle file read.
pub const MAX_BUNDLE_BYTES: u64 = 50 * MIB;
/// Most entries (files and folders) an archive may hold.
pub const MAX_ENTRIES: usize = 1_000;
/// Largest entry once unpacked (a credential file's own cap).
pub const MAX_ENTRY_BYTES: u64 = passerelle_badges::detect::MAX_INPUT_BYTES as u64;
/// Largest total of all entries once unpacked.
pub const MAX_EXPANDED_BYTES: u64 = 128 * MIB;
/// Highest compression ratio (unpacked / packed) of an entry larger than [`RATIO_FLOOR`].
pub const MAX_RATIO: u64 = 100;
/// Entries smaller than this unpacked are not held to [`MAX_RATIO`].
pub const RATIO_FLOOR: u64 = 64 * 1024;

pub const INDEX_ENTRY: &str = "index.html";
pub const MANIFEST_ENTRY: &str = "manifest.json";
pub const PRESENTATION_ENTRY: &str = "presentation.json";
pub const CREDENTIALS_DIR: &str = "credentials/";
pub const IMAGES_DIR: &str = "images/";

/// The VC Data Model 2.0 context, first in the presentation.
const VC_CONTEXT: &str = crate::skills::VC_CONTEXT;
/// What the manifest says about the presentation's challenge.
const CHALLENGE_NOTE: &str = "a random nonce Passerelle chose when it made this bundle, \
     not a challenge set by a verifier: it makes every bundle's signature unique; \
     verify presentation.json with this challenge (it is also in the proof)";

fn refused(file: &str, reason: &str, entry: &str, limit: impl ToString) -> Error {
    Error::BundleRefused {
        file: file.to_owned(),
        reason: reason.to_owned(),
        entry: entry.chars().take(120).collect(),
        limit: limit.to_string(),
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether `bytes` start like a zip archive (a local file header, or the end record
/// of an empty archive). Bundles are recognised by this, never by the file name.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// Whether the file at `path` starts like a zip archive (false when it cannot be read:
/// the normal import reports that).
pub fn is_zip_file(path: &Path) -> bool {
    let mut head = [0u8; 4];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok()
        && is_zip(&head)
}

/// Read a bundle file of at most [`MAX_BUNDLE_BYTES`].
pub fn read_bundle_file(path: &Path) -> Result<Vec<u8>> {
    let read_error = |source| Error::ReadFile {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let mut bytes = Vec::new();
    file.take(MAX_BUNDLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_BUNDLE_BYTES {
        return Err(refused(
            &path.display().to_string(),
            "too-large",
            "",
            MAX_BUNDLE_BYTES / MIB,
        ));
    }
    Ok(bytes)
}

// ---------------------------------------------------------------------------------
// Reading an archive safely
// ---------------------------------------------------------------------------------

/// The number of entries the end-of-central-directory record announces, read before
/// the zip reader allocates anything for them; `None` when there is no such record.
fn announced_entries(bytes: &[u8]) -> Option<u64> {
    const EOCD: &[u8; 4] = b"PK\x05\x06";
    // The record is 22 bytes plus a comment of at most 65,535 bytes, at the end.
    let start = bytes.len().saturating_sub(22 + 65_535);
    let tail = &bytes[start..];
    let at = tail.windows(4).rposition(|w| w == EOCD)?;
    let record = tail.get(at..at + 22)?;
    Some(u64::from(u16::from_le_bytes([record[10], record[11]])))
}

/// Why an entry name is refused, if it is.
fn unsafe_name(name: &str) -> Option<&'static str> {
    let bytes = name.as_bytes();
    if name.is_empty() || name.chars().any(|c| c.is_control()) {
        return Some("path-invalid");
    }
    let drive = bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':';
    if name.starts_with('/') || name.starts_with('\\') || drive {
        return Some("path-absolute");
    }
    if name.contains('\\') {
        return Some("path-backslash");
    }
    if name.split('/').any(|part| part == "..") {
        return Some("path-parent");
    }
    None
}

/// Every file of the archive `bytes` (named `file` in errors), by name, after checking
/// the caps, the names and the kinds of every entry. Nothing is written anywhere.
pub fn read_archive(file: &str, bytes: &[u8]) -> Result<BTreeMap<String, Vec<u8>>> {
    if bytes.len() as u64 > MAX_BUNDLE_BYTES {
        return Err(refused(file, "too-large", "", MAX_BUNDLE_BYTES / MIB));
    }
    let announced =
        announced_entries(bytes).ok_or_else(|| refused(file, "not-a-zip", "", "eocd"))?;
    // 0xFFFF means "see the ZIP64 record": more than a bundle ever holds.
    if announced > MAX_ENTRIES as u64 {
        return Err(refused(file, "too-many-entries", "", MAX_ENTRIES));
    }
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| refused(file, "not-a-zip", "", e))?;
    if archive.len() > MAX_ENTRIES {
        return Err(refused(file, "too-many-entries", "", MAX_ENTRIES));
    }
    if archive.has_duplicate_names() {
        return Err(refused(file, "duplicate-name", "", ""));
    }
    // First every entry's metadata, then (only if all pass) the contents.
    let mut declared_total: u64 = 0;
    let mut wanted = vec![];
    for i in 0..archive.len() {
        let entry = archive
            .by_index_data(i)
            .map_err(|e| refused(file, "damaged", "", e))?;
        let name = std::str::from_utf8(entry.name_raw())
            .map_err(|_| refused(file, "path-invalid", "", "utf-8"))?
            .to_owned();
        if let Some(reason) = unsafe_name(&name) {
            return Err(refused(file, reason, &name, ""));
        }
        let mode = entry.unix_mode().unwrap_or(0);
        if entry.is_symlink() || mode & 0o170_000 == 0o120_000 {
            return Err(refused(file, "symlink", &name, ""));
        }
        if entry.encrypted() {
            return Err(refused(file, "encrypted", &name, ""));
        }
        if !matches!(
            entry.compression(),
            zip::CompressionMethod::Stored | zip::CompressionMethod::Deflated
        ) {
            return Err(refused(file, "compression", &name, ""));
        }
        let size = entry.size();
        if size > MAX_ENTRY_BYTES {
            return Err(refused(
                file,
                "entry-too-large",
                &name,
                MAX_ENTRY_BYTES / MIB,
            ));
        }
        declared_total = declared_total.saturating_add(size);
        if declared_total > MAX_EXPANDED_BYTES {
            return Err(refused(
                file,
                "expanded-too-large",
                "",
                MAX_EXPANDED_BYTES / MIB,
            ));
        }
        if size > RATIO_FLOOR && size / entry.compressed_size().max(1) > MAX_RATIO {
            return Err(refused(file, "ratio", &name, MAX_RATIO));
        }
        if name.ends_with('/') {
            if size != 0 {
                return Err(refused(file, "path-invalid", &name, ""));
            }
            continue;
        }
        wanted.push((i, name, size));
    }
    let mut files = BTreeMap::new();
    let mut actual_total: u64 = 0;
    for (i, name, size) in wanted {
        let entry = archive
            .by_index(i)
            .map_err(|e| refused(file, "damaged", &name, e))?;
        // Never trust the declared size: read one byte more than it says, at most.
        let mut content = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        entry
            .take(size + 1)
            .read_to_end(&mut content)
            .map_err(|e| {
                // The zip reader counts too, and stops at the declared size itself.
                let lied = e.to_string().contains("declared uncompressed size");
                let reason = if lied { "size-mismatch" } else { "damaged" };
                refused(file, reason, &name, e)
            })?;
        if content.len() as u64 != size {
            return Err(refused(file, "size-mismatch", &name, ""));
        }
        actual_total += size;
        if actual_total > MAX_EXPANDED_BYTES {
            return Err(refused(
                file,
                "expanded-too-large",
                "",
                MAX_EXPANDED_BYTES / MIB,
            ));
        }
        if files.insert(name.clone(), content).is_some() {
            return Err(refused(file, "duplicate-name", &name, ""));
        }
    }
    Ok(files)
}

/// Open every zip file among `paths` (recognised by its first bytes), by its index:
/// the first that fails the checks of [`open`] refuses them all.
pub(crate) fn open_paths(paths: &[std::path::PathBuf]) -> Result<BTreeMap<usize, OpenedBundle>> {
    let mut out = BTreeMap::new();
    for (i, path) in paths.iter().enumerate() {
        if is_zip_file(path) {
            let bytes = read_bundle_file(path)?;
            out.insert(i, open(&path.display().to_string(), &bytes)?);
        }
    }
    Ok(out)
}

/// A bundle that passed every check: its holder and its credentials, in the order
/// they are imported (endorsements after what they endorse).
#[derive(Debug, Clone)]
pub struct OpenedBundle {
    pub holder: String,
    /// (entry name, original bytes)
    pub credentials: Vec<(String, Vec<u8>)>,
}

/// Open the bundle `bytes` (named `file` in errors): the zip checks of
/// [`read_archive`], then the manifest (every file listed, with its SHA-256 and size)
/// and the presentation (the holder's `authentication` proof with the manifest's
/// challenge, and every credential it embeds is one of the bundle's credential files).
pub fn open(file: &str, bytes: &[u8]) -> Result<OpenedBundle> {
    let files = read_archive(file, bytes)?;
    let manifest_error = |entry: &str, detail: &str| refused(file, "manifest", entry, detail);
    let manifest: Value = files
        .get(MANIFEST_ENTRY)
        .and_then(|b| serde_json::from_slice(b).ok())
        .ok_or_else(|| manifest_error(MANIFEST_ENTRY, "missing"))?;
    if manifest.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(manifest_error(MANIFEST_ENTRY, "format"));
    }
    let listed = manifest
        .get("files")
        .and_then(Value::as_array)
        .ok_or_else(|| manifest_error(MANIFEST_ENTRY, "files"))?;
    let mut seen = BTreeSet::new();
    for item in listed {
        let path = item.get("path").and_then(Value::as_str).unwrap_or_default();
        let content = files
            .get(path)
            .ok_or_else(|| manifest_error(path, "missing"))?;
        let sha = item.get("sha256").and_then(Value::as_str);
        let size = item.get("size").and_then(Value::as_u64);
        if sha != Some(sha256_hex(content).as_str()) || size != Some(content.len() as u64) {
            return Err(manifest_error(path, "sha256"));
        }
        seen.insert(path.to_owned());
    }
    if let Some(extra) = files
        .keys()
        .find(|k| k.as_str() != MANIFEST_ENTRY && !seen.contains(k.as_str()))
    {
        return Err(manifest_error(extra, "not-listed"));
    }

    // The presentation: signed by its holder, for authentication, with the challenge
    // the manifest announces.
    let vp_error = |detail: &str| refused(file, "presentation", PRESENTATION_ENTRY, detail);
    let vp: Value = files
        .get(PRESENTATION_ENTRY)
        .and_then(|b| serde_json::from_slice(b).ok())
        .ok_or_else(|| vp_error("missing"))?;
    let is_vp = vp
        .get("type")
        .and_then(Value::as_array)
        .is_some_and(|t| t.iter().any(|t| t == "VerifiablePresentation"));
    let holder = vp
        .get("holder")
        .and_then(Value::as_str)
        .filter(|_| is_vp)
        .ok_or_else(|| vp_error("not-a-presentation"))?
        .to_owned();
    if manifest.get("holder").and_then(Value::as_str) != Some(holder.as_str()) {
        return Err(vp_error("holder"));
    }
    let challenge = manifest
        .pointer("/presentation/challenge")
        .and_then(Value::as_str)
        .ok_or_else(|| vp_error("challenge"))?;
    let outcome = verify_presentation(&vp, Some(challenge), None, &DidKeyResolver);
    if !outcome.is_passed() {
        return Err(vp_error(&outcome.code));
    }

    // The credentials, in name order, endorsements last; each one the presentation
    // embeds must be one of them.
    let mut credentials: Vec<(String, Vec<u8>, Option<Value>)> = files
        .iter()
        .filter(|(name, _)| {
            name.strip_prefix(CREDENTIALS_DIR)
                .is_some_and(|rest| !rest.is_empty() && !rest.contains('/'))
        })
        .map(|(name, bytes)| (name.clone(), bytes.clone(), embedded_json(bytes)))
        .collect();
    let embedded = match vp.get("verifiableCredential") {
        None => vec![],
        Some(Value::Array(a)) => a.clone(),
        Some(one) => vec![one.clone()],
    };
    for credential in &embedded {
        if !credentials
            .iter()
            .any(|(_, _, json)| json.as_ref() == Some(credential))
        {
            return Err(vp_error("credential-not-in-bundle"));
        }
    }
    credentials.sort_by_key(|(_, _, json)| json.as_ref().is_some_and(is_endorsement));
    Ok(OpenedBundle {
        holder,
        credentials: credentials
            .into_iter()
            .map(|(name, bytes, _)| (name, bytes))
            .collect(),
    })
}

/// The JSON-LD credential (with an embedded proof) a credential file holds, if any.
fn embedded_json(bytes: &[u8]) -> Option<Value> {
    match passerelle_badges::detect(bytes).ok()?.credential {
        Credential::Ob3 { json, .. } => Some(json),
        _ => None,
    }
}

fn is_endorsement(json: &Value) -> bool {
    json.get("type")
        .and_then(Value::as_array)
        .is_some_and(|t| t.iter().any(|t| t == "EndorsementCredential"))
}

// ---------------------------------------------------------------------------------
// Writing a bundle
// ---------------------------------------------------------------------------------

/// One credential going into a bundle.
struct Item {
    id: String,
    /// `badge`, `self-declared` or `endorsement`.
    kind: String,
    name: String,
    issuer: Option<String>,
    valid_from: Option<String>,
    valid_until: Option<String>,
    status: String,
    checked_at: String,
    endorsements: Vec<EndorsementDto>,
    original: Vec<u8>,
    /// json, jwt, png or svg.
    ext: &'static str,
    credential_path: String,
    image_path: Option<String>,
    /// Whether the signed presentation embeds it.
    in_presentation: bool,
}

/// The credential the presentation embeds for `original`, if any: a VC 2.0 JSON-LD
/// credential with its own proof, whose recorded `status` is not `failed` and which is
/// not expired at `now`. A VC-JWT (the independent verifier refuses an
/// `EnvelopedVerifiableCredential` in a presentation), an Open Badge 2.0 assertion (not
/// a verifiable credential), a VCDM 1.1 credential, and an expired or failed credential
/// (which would make a verifier refuse the whole presentation) stay out of it; they are
/// still in `credentials/` and the manifest, and verify on their own.
fn presentable(original: &[u8], status: &str, now: time::OffsetDateTime) -> Option<Value> {
    if status == "failed" {
        return None;
    }
    let Credential::Ob3 {
        json,
        vcdm: Vcdm::V2,
    } = passerelle_badges::detect(original).ok()?.credential
    else {
        return None;
    };
    let expired = json
        .get("validUntil")
        .and_then(Value::as_str)
        .and_then(|u| {
            time::OffsetDateTime::parse(u, &time::format_description::well_known::Rfc3339).ok()
        })
        .is_some_and(|until| until <= now);
    (!expired).then_some(json)
}

/// A file name part from a badge name: ASCII letters and digits, dashes between words.
pub fn slug(name: &str) -> String {
    let out = crate::search::ascii_words(name, 48);
    if out.is_empty() {
        "badge".to_owned()
    } else {
        out
    }
}

/// The text baked in a credential's image: the original's own baked text (PNG, SVG),
/// or the original JSON or compact JWS; with the generation (OB 3.0 or 2.0).
fn baked_text(original: &[u8]) -> Option<(Generation, String)> {
    if let Ok(baked) = passerelle_badges::unbake_png(original) {
        return Some((baked.generation, baked.text));
    }
    if crate::images::looks_like_svg(original) {
        return passerelle_badges::unbake_svg(original)
            .ok()
            .map(|b| (b.generation, b.text));
    }
    let text = std::str::from_utf8(original).ok()?.trim().to_owned();
    let generation = match passerelle_badges::detect::classify_text(&text).ok()? {
        Credential::Ob3 { .. } | Credential::Ob3Jwt { .. } => Generation::Ob3,
        _ => Generation::Ob2,
    };
    Some((generation, text))
}

/// The picture used when a badge has no image of its own: a plain medal, 256 px.
pub fn placeholder_png() -> Vec<u8> {
    let size = 256u32;
    let c = size as f32 / 2.0;
    let img = image::RgbaImage::from_fn(size, size, |x, y| {
        let (dx, dy) = (x as f32 + 0.5 - c, y as f32 + 0.5 - c);
        let r = (dx * dx + dy * dy).sqrt();
        if r < 84.0 {
            image::Rgba([0x0f, 0x76, 0x6e, 255])
        } else if r < 100.0 {
            image::Rgba([0xcc, 0xfb, 0xf1, 255])
        } else if r < 112.0 {
            image::Rgba([0x13, 0x4e, 0x4a, 255])
        } else {
            image::Rgba([0, 0, 0, 0])
        }
    });
    let mut out = Vec::new();
    // Encoding an in-memory RGBA image does not fail.
    let _ = img.write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png);
    out
}

fn format_ext(format: &str) -> &'static str {
    match format {
        "png" => "png",
        "svg" => "svg",
        "jws" | "jwt" => "jwt",
        _ => "json",
    }
}

/// Escape text for HTML (element content and quoted attribute values).
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn day(timestamp: &str) -> &str {
    timestamp.get(..10).unwrap_or(timestamp)
}

struct Page<'a> {
    language: Language,
    holder_name: &'a str,
    holder_did: &'a str,
    created: &'a str,
}

/// The static page: no script, inline CSS only, every text from a badge escaped.
fn index_html(page: &Page<'_>, items: &[Item]) -> String {
    let lang = page.language;
    let t = |id: &str, args: &[(&str, &str)]| -> String {
        let args: BTreeMap<String, String> = args
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        escape_html(&crate::i18n::format(lang, id, &args).unwrap_or_else(|| id.to_owned()))
    };
    let title = if page.holder_name.trim().is_empty() {
        t("bundle-page-title", &[])
    } else {
        t(
            "bundle-page-title-named",
            &[("name", page.holder_name.trim())],
        )
    };
    let mut html = String::new();
    html.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self'; style-src 'unsafe-inline'\">\n\
         <title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n<header>\n<h1>{title}</h1>\n\
         <p>{}</p>\n<p class=\"did\">{}</p>\n</header>\n<ul class=\"badges\">\n",
        lang.code(),
        t("bundle-made", &[("date", day(page.created))]),
        t("bundle-holder", &[("did", page.holder_did)]),
    ));
    let endorsement_paths: BTreeMap<&str, &str> = items
        .iter()
        .filter(|i| i.kind == "endorsement")
        .map(|i| (i.id.as_str(), i.credential_path.as_str()))
        .collect();
    for item in items.iter().filter(|i| i.kind != "endorsement") {
        let name = escape_html(&item.name);
        html.push_str("<li class=\"badge\">\n");
        if let Some(image) = &item.image_path {
            html.push_str(&format!(
                "<img src=\"{}\" alt=\"{}\" width=\"128\" height=\"128\">\n",
                escape_html(image),
                t("bundle-image-alt", &[("name", &item.name)])
            ));
        }
        html.push_str(&format!("<div>\n<h2>{name}</h2>\n"));
        let kind = if item.kind == "self-declared" {
            "bundle-kind-self-declared"
        } else {
            "bundle-kind-badge"
        };
        html.push_str(&format!("<p class=\"kind\">{}</p>\n", t(kind, &[])));
        if let Some(issuer) = &item.issuer {
            html.push_str(&format!(
                "<p>{}</p>\n",
                t("bundle-issuer", &[("issuer", issuer)])
            ));
        }
        let mut dates = vec![];
        if let Some(from) = &item.valid_from {
            dates.push(t("bundle-valid-from", &[("date", day(from))]));
        }
        if let Some(until) = &item.valid_until {
            dates.push(t("bundle-valid-until", &[("date", day(until))]));
        }
        if !dates.is_empty() {
            html.push_str(&format!("<p>{}</p>\n", dates.join(" · ")));
        }
        let (status_id, mark) = match item.status.as_str() {
            "verified" => ("bundle-status-verified", "✔"),
            "warning" => ("bundle-status-warning", "⚠"),
            _ => ("bundle-status-failed", "✖"),
        };
        html.push_str(&format!(
            "<p class=\"status {}\"><span aria-hidden=\"true\">{mark}</span> {}</p>\n",
            escape_html(&item.status),
            t(status_id, &[("date", day(&item.checked_at))])
        ));
        if !item.endorsements.is_empty() {
            html.push_str("<ul class=\"endorsements\">\n");
            for e in &item.endorsements {
                let who = e
                    .endorser_name
                    .as_deref()
                    .or(e.endorser_id.as_deref())
                    .unwrap_or("—");
                let when = e.issued_at.as_deref().map(day).unwrap_or("—");
                html.push_str(&format!(
                    "<li>{}<blockquote>{}</blockquote>",
                    t("bundle-endorsed-by", &[("name", who), ("date", when)]),
                    escape_html(&e.comment)
                ));
                if let Some(path) = endorsement_paths.get(e.id.as_str()) {
                    html.push_str(&format!(
                        " <a href=\"{}\">{}</a>",
                        escape_html(path),
                        t("bundle-file-endorsement", &[])
                    ));
                }
                html.push_str("</li>\n");
            }
            html.push_str("</ul>\n");
        }
        html.push_str(&format!(
            "<p class=\"files\"><a href=\"{}\">{}</a>",
            escape_html(&item.credential_path),
            t("bundle-file-credential", &[])
        ));
        if let Some(image) = &item.image_path {
            html.push_str(&format!(
                " · <a href=\"{}\">{}</a>",
                escape_html(image),
                t("bundle-file-image", &[])
            ));
        }
        html.push_str("</p>\n</div>\n</li>\n");
    }
    html.push_str(&format!(
        "</ul>\n<section class=\"how\">\n<h2>{}</h2>\n<p>{}</p>\n<p>{}</p>\n<p>{}</p>\n</section>\n</main>\n</body>\n</html>\n",
        t("bundle-verify-title", &[]),
        t("bundle-verify-files", &[]),
        t("bundle-verify-presentation", &[]),
        t("bundle-verify-status", &[]),
    ));
    html
}

const CSS: &str = "body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;\
color:#1f2933;background:#f7f7f5}main{max-width:52rem;margin:0 auto;padding:1.5rem}\
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.2rem;margin:0 0 .25rem}\
.did{font-family:ui-monospace,monospace;font-size:.85rem;overflow-wrap:anywhere;color:#3e4c59}\
.badges{list-style:none;padding:0}.badge{display:flex;gap:1rem;background:#fff;border:1px solid #d9dde1;\
border-radius:.5rem;padding:1rem;margin:0 0 1rem}.badge img{flex:none;object-fit:contain}\
.badge p{margin:.2rem 0}.kind{font-weight:600;color:#134e4a}.status{font-weight:600}\
.verified{color:#166534}.warning{color:#854d0e}.failed{color:#991b1b}\
blockquote{margin:.25rem 0 .25rem 1rem;font-style:italic}a{color:#0b5394}\
.how{border-top:1px solid #d9dde1;margin-top:2rem}\
@media (max-width:36rem){.badge{flex-direction:column}}";

/// Zip `entries` in the given order, every entry dated 1980-01-01 00:00 (so the
/// archive does not depend on when it was made), PNG stored, the rest deflated.
fn zip_entries(entries: &[(String, Vec<u8>)]) -> std::result::Result<Vec<u8>, String> {
    use zip::write::SimpleFileOptions;
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        let method = if name.ends_with(".png") {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        let options = SimpleFileOptions::default()
            .compression_method(method)
            .last_modified_time(zip::DateTime::default())
            .unix_permissions(0o644);
        writer
            .start_file(name.as_str(), options)
            .map_err(|e| e.to_string())?;
        writer.write_all(bytes).map_err(|e| e.to_string())?;
    }
    Ok(writer.finish().map_err(|e| e.to_string())?.into_inner())
}

impl Wallet {
    /// [`Wallet::export_bundle`] from the desktop: the key store opened with
    /// `passphrase` (or the system keyring).
    pub fn export_bundle_input(
        &self,
        ids: &[String],
        out: &Path,
        language: Language,
        passphrase: Option<crate::keys::Passphrase>,
    ) -> Result<BundleSummary> {
        let keys = self.open_keys(passphrase)?;
        self.export_bundle(out, ids, keys.store.as_ref(), language)
    }

    /// Write a verifiable badge bundle of the badges `ids` (all the wallet's badges
    /// when empty, newest first) and their endorsements to `out`, the page in
    /// `language`; the presentation is signed with the holder's key from `store`
    /// (created there at first need, like [`Wallet::declare_skill`]).
    pub fn export_bundle(
        &self,
        out: &Path,
        ids: &[String],
        store: &dyn KeyStore,
        language: Language,
    ) -> Result<BundleSummary> {
        let chosen: Vec<String> = if ids.is_empty() {
            self.list_badges(None, None)?
                .into_iter()
                .map(|b| b.id)
                .collect()
        } else {
            let mut seen = BTreeSet::new();
            ids.iter()
                .filter(|id| seen.insert(id.as_str()))
                .cloned()
                .collect()
        };
        if chosen.is_empty() {
            return Err(Error::BundleEmpty);
        }
        let mut items = vec![];
        let mut endorsements = vec![];
        for id in &chosen {
            let detail = self.badge_detail(id)?;
            endorsements.extend(detail.item.endorsements.iter().cloned());
            items.push(Item {
                id: id.clone(),
                kind: detail.item.kind.clone(),
                name: detail.item.name.clone(),
                issuer: detail.item.issuer.clone(),
                valid_from: detail.valid_from.clone(),
                valid_until: detail.item.valid_until.clone(),
                status: detail.item.status.clone(),
                checked_at: detail.item.checked_at.clone(),
                endorsements: detail.item.endorsements.clone(),
                original: self.export_credential(id)?,
                ext: format_ext(&self.credential_format(id)?),
                credential_path: String::new(),
                image_path: None,
                in_presentation: false,
            });
        }
        for e in endorsements {
            items.push(Item {
                id: e.id.clone(),
                kind: "endorsement".into(),
                name: e
                    .endorser_name
                    .clone()
                    .unwrap_or_else(|| "endorsement".into()),
                issuer: e.endorser_name.clone().or(e.endorser_id.clone()),
                valid_from: e.issued_at.clone(),
                valid_until: None,
                status: e.status.clone(),
                checked_at: String::new(),
                endorsements: vec![],
                original: self.export_credential(&e.id)?,
                ext: "json",
                credential_path: String::new(),
                image_path: None,
                in_presentation: false,
            });
        }

        let key = self.holder_key(store)?;
        let now = crate::clock::rfc3339(self.clock().now());
        let width = items.len().to_string().len().max(2);
        let mut files: Vec<(String, Vec<u8>)> = vec![];
        let mut images: Vec<(String, Vec<u8>)> = vec![];
        let mut in_vp = vec![];
        for (n, item) in items.iter_mut().enumerate() {
            let stem = if item.kind == "endorsement" {
                format!("{:0width$}-endorsement-{}", n + 1, slug(&item.name))
            } else {
                format!("{:0width$}-{}", n + 1, slug(&item.name))
            };
            item.credential_path = format!("{CREDENTIALS_DIR}{stem}.{}", item.ext);
            files.push((item.credential_path.clone(), item.original.clone()));
            if let Some(json) = presentable(&item.original, &item.status, self.clock().now()) {
                item.in_presentation = true;
                in_vp.push(json);
            }
            if item.kind == "endorsement" {
                continue;
            }
            let Some((generation, text)) = baked_text(&item.original) else {
                continue;
            };
            let keyword = match generation {
                Generation::Ob3 => passerelle_badges::png::KEYWORD_OB3,
                Generation::Ob2 => passerelle_badges::png::KEYWORD_OB2,
            };
            let picture = self
                .display_image(&item.id)?
                .unwrap_or_else(placeholder_png);
            let baked = passerelle_badges::bake_png(&picture, keyword, &text)
                .or_else(|_| passerelle_badges::bake_png(&placeholder_png(), keyword, &text));
            if let Ok(baked) = baked {
                let path = format!("{IMAGES_DIR}{stem}.png");
                item.image_path = Some(path.clone());
                images.push((path, baked));
            }
        }

        // The presentation of the JSON-LD credentials, signed for authentication.
        let challenge = crate::keys::random_hex(16);
        let mut vp = json!({
            "@context": [VC_CONTEXT],
            "id": crate::skills::new_urn_uuid(),
            "type": ["VerifiablePresentation"],
            "holder": key.did(),
        });
        let in_presentation = in_vp.len();
        if !in_vp.is_empty() {
            vp["verifiableCredential"] = Value::Array(in_vp);
        }
        let vp = crate::skills::sign_with(
            &vp,
            key.signing_key(),
            &SignOptions {
                verification_method: key.verification_method(),
                purpose: "authentication",
                created: &now,
                challenge: Some(&challenge),
                domain: None,
            },
        )?;
        let vp = crate::skills::to_file(&vp)?;

        let holder_name = self.profile()?.name;
        let html = index_html(
            &Page {
                language,
                holder_name: &holder_name,
                holder_did: key.did(),
                created: &now,
            },
            &items,
        );

        let mut entries: Vec<(String, Vec<u8>)> = vec![
            (INDEX_ENTRY.to_owned(), html.into_bytes()),
            (PRESENTATION_ENTRY.to_owned(), vp),
        ];
        entries.extend(files);
        entries.extend(images);
        let by_path: BTreeMap<&str, &Item> = items
            .iter()
            .map(|i| (i.credential_path.as_str(), i))
            .collect();
        let listed: Vec<Value> = entries
            .iter()
            .map(|(path, bytes)| {
                let mut entry = json!({
                    "path": path,
                    "sha256": sha256_hex(bytes),
                    "size": bytes.len(),
                });
                if let Some(item) = by_path.get(path.as_str()) {
                    entry["credential"] = json!({
                        "id": item.id,
                        "name": item.name,
                        "issuer": item.issuer,
                        "format": item.ext,
                        "kind": item.kind,
                        "status": item.status,
                        "inPresentation": item.in_presentation,
                    });
                }
                entry
            })
            .collect();
        let manifest = json!({
            "format": FORMAT,
            "created": now,
            "holder": key.did(),
            "language": language.code(),
            "presentation": {
                "path": PRESENTATION_ENTRY,
                "challenge": challenge,
                "challengeNote": CHALLENGE_NOTE,
                "proofPurpose": "authentication",
                "cryptosuite": passerelle_badges::proof::EDDSA_RDFC_2022,
            },
            "files": listed,
        });
        let manifest = crate::skills::to_file(&manifest)?;
        entries.insert(1, (MANIFEST_ENTRY.to_owned(), manifest));

        let write_error = |source| Error::WriteFile {
            path: out.to_owned(),
            source,
        };
        let zipped =
            zip_entries(&entries).map_err(|detail| write_error(std::io::Error::other(detail)))?;
        crate::endorsing::write_atomically(out, &zipped)?;
        Ok(BundleSummary {
            path: out.display().to_string(),
            bytes: u32::try_from(zipped.len()).unwrap_or(u32::MAX),
            credentials: u32::try_from(items.len()).unwrap_or(u32::MAX),
            in_presentation: u32::try_from(in_presentation).unwrap_or(u32::MAX),
            holder: key.did().to_owned(),
        })
    }

    /// Import a badge bundle given as bytes (see [`open`]): refused whole, with nothing
    /// stored, when any check fails; otherwise each credential goes through the
    /// normal importer (verified; a credential already held is a `duplicate`).
    pub fn import_bundle(&mut self, bytes: &[u8]) -> Result<Vec<ImportResult>> {
        let bundle = open("bundle.zip", bytes)?;
        let emails = self.owner_emails()?;
        let none = crate::OfflineDocuments::default();
        let mut importer = self.importer(&emails, &none)?;
        let results = bundle
            .credentials
            .iter()
            .map(|(name, bytes)| importer.import(name, bytes))
            .collect::<Result<Vec<_>>>()?;
        let added = importer.documents_added;
        self.after_import(added, &emails, &none)?;
        Ok(results)
    }

    /// How the credential `id` arrived: json, jws, png or svg.
    fn credential_format(&self, id: &str) -> Result<String> {
        use rusqlite::OptionalExtension;
        self.conn()
            .query_row("SELECT format FROM credentials WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or_else(|| Error::NoSuchBadge { id: id.to_owned() })
    }

    /// The display PNG the wallet keeps for the badge `id`, if any.
    fn display_image(&self, id: &str) -> Result<Option<Vec<u8>>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn()
            .query_row(
                "SELECT image_png FROM badge_details WHERE credential_id = ?1",
                [id],
                |r| r.get::<_, Option<Vec<u8>>>(0),
            )
            .optional()?
            .flatten())
    }
}

#[cfg(test)]
mod tests;
