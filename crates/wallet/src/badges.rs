//! Importing badges: verify, refuse what failed, keep the original bytes unchanged,
//! store the summary, a display image and the report; the same credential arriving as
//! JSON, PNG or SVG is stored once.

use passerelle_badges::summary::ImageRef;
use passerelle_badges::{
    Container, Credential, Report, VerifyOptions, summarize, supporting_document, verify_bytes,
};
use rusqlite::{OptionalExtension, params};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use crate::clock::rfc3339;
use crate::dto::{AlignmentDto, BadgeDetail, BadgeItem, FileReport, ImportResult};
use crate::verify::{OfflineDocuments, to_dto};
use crate::{Error, Result, images, search};

/// The digest that identifies a credential whatever it arrived in: SHA-256 of its JSON
/// with sorted keys (for a VC-JWT, of the token itself).
fn digest(credential: &Credential) -> Option<String> {
    let material = match credential {
        Credential::Ob3 { json, .. } | Credential::Ob2 { json } => serde_json::to_vec(json).ok()?,
        Credential::Ob3Jwt { jws, .. } | Credential::Ob2Signed { jws, .. } => {
            jws.trim().as_bytes().to_vec()
        }
        Credential::Ob2Url { .. } => return None,
    };
    Some(sha256_hex(&material))
}

fn display_image(bytes: &[u8], container: Container, image: Option<&ImageRef>) -> Option<Vec<u8>> {
    match (container, image) {
        // A baked badge is its own image.
        (Container::Png | Container::Svg, _) => images::to_display_png(bytes).ok(),
        (_, Some(ImageRef::Data { bytes, .. })) => images::to_display_png(bytes).ok(),
        // Remote images are never fetched.
        _ => None,
    }
}

pub(crate) struct Importer<'a> {
    pub conn: &'a mut rusqlite::Connection,
    pub now: OffsetDateTime,
    pub emails: &'a [String],
    /// The wallet's documents plus any supplied for this import; grows as documents
    /// are imported, so later files in the same batch are checked against them.
    pub documents: OfflineDocuments,
    /// How many documents this importer added or replaced.
    pub documents_added: usize,
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Importer<'_> {
    pub fn import(&mut self, file: &str, bytes: &[u8]) -> Result<ImportResult> {
        if let Some(doc) = supporting_document(bytes) {
            return self.add_document(file, bytes, doc);
        }
        let options = VerifyOptions {
            now: self.now,
            owner_emails: self.emails,
            fetcher: &self.documents,
        };
        let refused = |report: crate::dto::FileReport| ImportResult {
            file: file.to_owned(),
            outcome: "refused".into(),
            id: None,
            report,
        };
        let verification = match verify_bytes(bytes, &options) {
            Ok(v) => v,
            Err(e) => return Ok(refused(to_dto(file, &Report::unreadable(&e)))),
        };
        let report = to_dto(file, &verification.report);
        let (Some(json), Some(digest)) = (
            &verification.credential,
            digest(&verification.input.credential),
        ) else {
            return Ok(refused(report));
        };
        if report.status == "failed" {
            return Ok(refused(report));
        }
        let is_endorsement = json
            .get("type")
            .and_then(serde_json::Value::as_array)
            .is_some_and(|t| t.iter().any(|t| t == "EndorsementCredential"));
        let kind = if is_endorsement {
            "endorsement"
        } else if crate::skills::is_self_declared(json) {
            "self_declared"
        } else {
            "badge"
        };
        let prefix = if kind == "self_declared" {
            "skill"
        } else {
            kind
        };
        let id = format!("{prefix}-{}", &digest[..24]);
        let existing: Option<String> = self
            .conn
            .query_row(
                "SELECT id FROM credentials WHERE digest = ?1",
                [&digest],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(existing) = existing {
            return Ok(ImportResult {
                file: file.to_owned(),
                outcome: "duplicate".into(),
                id: Some(existing),
                report,
            });
        }
        if is_endorsement {
            return self.add_endorsement(file, bytes, json, &id, &digest, report);
        }
        let summary = summarize(json).ok().unwrap_or_default();
        let name = summary
            .name
            .clone()
            .or_else(|| summary.achievement.as_ref().and_then(|a| a.name.clone()))
            .unwrap_or_else(|| "—".into());
        let achievement = summary.achievement.as_ref().map(|a| {
            serde_json::json!({
                "id": a.id, "name": a.name, "description": a.description,
                "criteriaNarrative": a.criteria_narrative, "criteriaUrl": a.criteria_url,
                "achievementType": a.achievement_type,
                "alignments": a.alignments.iter().map(|al| serde_json::json!({
                    "targetName": al.target_name, "targetUrl": al.target_url,
                    "targetCode": al.target_code, "targetFramework": al.target_framework,
                })).collect::<Vec<_>>(),
            })
        });
        let search_text = search::fold(&format!(
            "{} {} {}",
            name,
            summary.issuer.name.as_deref().unwrap_or(""),
            summary
                .achievement
                .as_ref()
                .and_then(|a| a.name.as_deref())
                .unwrap_or("")
        ));
        let image = display_image(bytes, verification.input.container, summary.image.as_ref());
        let container = format!("{:?}", verification.input.container).to_lowercase();
        let form = report
            .checks
            .first()
            .and_then(|c| c.args.get("form").cloned())
            .unwrap_or_default();
        let now = rfc3339(self.now);
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO credentials(id, kind, format, original, digest, imported_at)
             VALUES (?1, ?6, ?2, ?3, ?4, ?5)",
            params![id, container, bytes, digest, now, kind],
        )?;
        tx.execute(
            "INSERT INTO badge_details(credential_id, form, name, description, issuer_id,
                 issuer_name, issuer_url, valid_from, valid_until, achievement, image_png,
                 search_text, status, report, checked_at, credential_uri)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
            params![
                id,
                form,
                name,
                summary.description,
                summary.issuer.id,
                summary.issuer.name,
                summary.issuer.url,
                summary.valid_from,
                summary.valid_until,
                achievement
                    .map(|a| a.to_string())
                    .unwrap_or_else(|| "{}".into()),
                image,
                search_text,
                report.status,
                serde_json::to_string(&report).unwrap_or_default(),
                now,
                json.get("id").and_then(serde_json::Value::as_str),
            ],
        )?;
        tx.commit()?;
        Ok(ImportResult {
            file: file.to_owned(),
            outcome: "imported".into(),
            id: Some(id),
            report,
        })
    }
}

impl Importer<'_> {
    /// Attach a verified endorsement to the credential it is about (found by that
    /// credential's `id`); refused when that credential is not in the wallet.
    fn add_endorsement(
        &mut self,
        file: &str,
        bytes: &[u8],
        json: &serde_json::Value,
        id: &str,
        digest: &str,
        mut report: FileReport,
    ) -> Result<ImportResult> {
        let subject = json
            .get("credentialSubject")
            .and_then(|s| s.get("id"))
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default();
        let Some(endorsed) = find_by_uri(self.conn, subject)? else {
            report.status = "failed".into();
            report.checks.push(crate::dto::CheckDto {
                id: "endorsements".into(),
                outcome: "failed".into(),
                code: "endorsed-not-in-wallet".into(),
                args: [("subject".to_owned(), subject.chars().take(200).collect())].into(),
            });
            return Ok(ImportResult {
                file: file.to_owned(),
                outcome: "refused".into(),
                id: None,
                report,
            });
        };
        let text = |v: Option<&serde_json::Value>| {
            v.and_then(serde_json::Value::as_str).map(str::to_owned)
        };
        let issuer = json.get("issuer");
        let (endorser_id, endorser_name) = match issuer {
            Some(serde_json::Value::String(s)) => (Some(s.clone()), None),
            Some(o) => (text(o.get("id")), text(o.get("name"))),
            None => (None, None),
        };
        let comment = text(
            json.get("credentialSubject")
                .and_then(|s| s.get("endorsementComment")),
        )
        .unwrap_or_default();
        let issued = text(json.get("validFrom")).or_else(|| text(json.get("issuanceDate")));
        let now = rfc3339(self.now);
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO credentials(id, kind, format, original, digest, imported_at)
             VALUES (?1, 'endorsement', 'json', ?2, ?3, ?4)",
            params![id, bytes, digest, now],
        )?;
        tx.execute(
            "INSERT INTO endorsements(credential_id, endorsed_id, endorser_id, endorser_name,
                 comment, issued_at, status, report, checked_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                id,
                endorsed,
                endorser_id,
                endorser_name,
                comment,
                issued,
                report.status,
                serde_json::to_string(&report).unwrap_or_default(),
                now
            ],
        )?;
        tx.commit()?;
        Ok(ImportResult {
            file: file.to_owned(),
            outcome: "endorsement".into(),
            id: Some(endorsed),
            report,
        })
    }

    /// Keep a supporting document under its URL (a newer copy replaces the old one).
    fn add_document(
        &mut self,
        file: &str,
        bytes: &[u8],
        doc: passerelle_badges::SupportingDocument,
    ) -> Result<ImportResult> {
        let digest = sha256_hex(bytes);
        let kind = doc.kind.as_str();
        let same: bool = self
            .conn
            .query_row(
                "SELECT digest = ?2 FROM documents WHERE url = ?1",
                params![doc.url, digest],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(false);
        if !same {
            self.conn.execute(
                "INSERT INTO documents(url, kind, content, digest, added_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT(url) DO UPDATE SET kind = ?2, content = ?3, digest = ?4, added_at = ?5",
                params![doc.url, kind, bytes, digest, rfc3339(self.now)],
            )?;
            self.documents.0.insert(doc.url.clone(), bytes.to_vec());
            self.documents_added += 1;
        }
        Ok(ImportResult {
            file: file.to_owned(),
            outcome: if same { "duplicate" } else { "document" }.into(),
            id: Some(doc.url.clone()),
            report: FileReport {
                file: file.to_owned(),
                status: "verified".into(),
                checks: vec![crate::dto::CheckDto {
                    id: "format".into(),
                    outcome: "passed".into(),
                    code: format!("document-{kind}"),
                    args: [("url".to_owned(), doc.url)].into(),
                }],
            },
        })
    }
}

/// Every stored document by URL, with `extra` (supplied for one run) on top.
pub(crate) fn documents(
    conn: &rusqlite::Connection,
    extra: &OfflineDocuments,
) -> Result<OfflineDocuments> {
    let mut stmt = conn.prepare("SELECT url, content FROM documents")?;
    let mut docs: std::collections::BTreeMap<String, Vec<u8>> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    docs.extend(extra.0.iter().map(|(k, v)| (k.clone(), v.clone())));
    Ok(OfflineDocuments(docs))
}

/// The wallet id of the credential whose own `id` is `uri`. Rows imported before
/// schema 5 have no `credential_uri` yet: they get it here, from their original bytes.
pub(crate) fn find_by_uri(conn: &rusqlite::Connection, uri: &str) -> Result<Option<String>> {
    if uri.is_empty() {
        return Ok(None);
    }
    let found: Option<String> = conn
        .query_row(
            "SELECT credential_id FROM badge_details WHERE credential_uri = ?1",
            [uri],
            |r| r.get(0),
        )
        .optional()?;
    if found.is_some() {
        return Ok(found);
    }
    let unknown: Vec<(String, Vec<u8>)> = {
        let mut stmt = conn.prepare(
            "SELECT c.id, c.original FROM credentials c JOIN badge_details d ON d.credential_id = c.id
             WHERE d.credential_uri IS NULL",
        )?;
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?
    };
    let mut hit = None;
    for (id, bytes) in unknown {
        let own = passerelle_badges::detect(&bytes)
            .ok()
            .and_then(|input| match input.credential {
                Credential::Ob3 { json, .. }
                | Credential::Ob3Jwt { json, .. }
                | Credential::Ob2 { json }
                | Credential::Ob2Signed { json, .. } => json
                    .get("id")
                    .and_then(serde_json::Value::as_str)
                    .map(str::to_owned),
                Credential::Ob2Url { url } => Some(url),
            });
        // Mark the row even when it has no id, so it is read only once.
        conn.execute(
            "UPDATE badge_details SET credential_uri = ?2 WHERE credential_id = ?1",
            params![id, own.clone().unwrap_or_default()],
        )?;
        if own.as_deref() == Some(uri) {
            hit = Some(id);
        }
    }
    Ok(hit)
}

/// The endorsements of each credential, by the endorsed credential's wallet id.
fn endorsements_by_credential(
    conn: &rusqlite::Connection,
    only: Option<&str>,
) -> Result<std::collections::HashMap<String, Vec<crate::dto::EndorsementDto>>> {
    let mut stmt = conn.prepare(
        "SELECT endorsed_id, credential_id, endorser_id, endorser_name, comment, issued_at, status
         FROM endorsements WHERE ?1 IS NULL OR endorsed_id = ?1
         ORDER BY issued_at, credential_id",
    )?;
    let mut map: std::collections::HashMap<String, Vec<crate::dto::EndorsementDto>> =
        std::collections::HashMap::new();
    let rows = stmt.query_map([only], |r| {
        Ok((
            r.get::<_, String>(0)?,
            crate::dto::EndorsementDto {
                id: r.get(1)?,
                endorser_id: r.get(2)?,
                endorser_name: r.get(3)?,
                comment: r.get(4)?,
                issued_at: r.get(5)?,
                status: r.get(6)?,
            },
        ))
    })?;
    for row in rows {
        let (endorsed, e) = row?;
        map.entry(endorsed).or_default().push(e);
    }
    Ok(map)
}

const ITEM_SELECT: &str = "SELECT d.credential_id, d.name, d.issuer_name, d.issuer_id, \
     d.status, d.checked_at, d.valid_until, d.image_png, c.kind";
const ITEM_FROM: &str = "FROM badge_details d JOIN credentials c ON c.id = d.credential_id";

fn data_url(png: Option<Vec<u8>>) -> Option<String> {
    png.map(|p| crate::images::data_url_png(&p))
}

fn item_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<BadgeItem> {
    Ok(BadgeItem {
        id: r.get(0)?,
        name: r.get(1)?,
        issuer: r.get(2)?,
        issuer_id: r.get(3)?,
        status: r.get(4)?,
        checked_at: r.get(5)?,
        valid_until: r.get(6)?,
        kind: match r.get::<_, String>(8)?.as_str() {
            "self_declared" => "self-declared".to_owned(),
            other => other.to_owned(),
        },
        endorsements: vec![],
        image: data_url(r.get(7)?),
    })
}

/// One badge with everything its page shows.
pub(crate) fn detail(conn: &rusqlite::Connection, id: &str) -> Result<BadgeDetail> {
    let row = conn
        .query_row(
            &format!(
                "{ITEM_SELECT}, d.description, d.issuer_url, d.valid_from, d.achievement, \
                 d.form, d.report {ITEM_FROM} WHERE d.credential_id = ?1"
            ),
            [id],
            |r| {
                Ok((
                    item_from_row(r)?,
                    r.get::<_, Option<String>>(9)?,
                    r.get::<_, Option<String>>(10)?,
                    r.get::<_, Option<String>>(11)?,
                    r.get::<_, String>(12)?,
                    r.get::<_, String>(13)?,
                    r.get::<_, String>(14)?,
                ))
            },
        )
        .optional()?
        .ok_or_else(|| Error::NoSuchBadge { id: id.to_owned() })?;
    let (mut item, description, issuer_url, valid_from, achievement, form, report) = row;
    item.endorsements = endorsements_by_credential(conn, Some(id))?
        .remove(id)
        .unwrap_or_default();
    let a: serde_json::Value = serde_json::from_str(&achievement).unwrap_or_default();
    let text = |k: &str| {
        a.get(k)
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned)
    };
    let alignments = a
        .get("alignments")
        .cloned()
        .and_then(|v| serde_json::from_value::<Vec<AlignmentDto>>(v).ok())
        .unwrap_or_default();
    let report: FileReport = serde_json::from_str(&report).map_err(|e| Error::Database {
        detail: format!("stored report unreadable: {e}"),
    })?;
    Ok(BadgeDetail {
        item,
        description,
        issuer_url,
        valid_from,
        achievement_name: text("name"),
        achievement_description: text("description"),
        criteria_narrative: text("criteriaNarrative"),
        alignments,
        form,
        report,
    })
}

/// Verify stored badges again from their original bytes at `now`; `id` = one, `None` = all.
pub(crate) fn reverify(
    conn: &mut rusqlite::Connection,
    id: Option<&str>,
    now: OffsetDateTime,
    emails: &[String],
    documents: &OfflineDocuments,
) -> Result<()> {
    let rows: Vec<(String, Vec<u8>)> = {
        let mut stmt = conn.prepare(
            "SELECT c.id, c.original FROM credentials c JOIN badge_details d ON d.credential_id = c.id
             WHERE ?1 IS NULL OR c.id = ?1",
        )?;
        stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?
    };
    if let (Some(id), true) = (id, rows.is_empty()) {
        return Err(Error::NoSuchBadge { id: id.to_owned() });
    }
    let checked_at = rfc3339(now);
    let tx = conn.transaction()?;
    for (id, bytes) in rows {
        let report = crate::verify::verify_file(&id, &bytes, now, emails, documents);
        tx.execute(
            "UPDATE badge_details SET status = ?2, report = ?3, checked_at = ?4 WHERE credential_id = ?1",
            params![id, report.status, serde_json::to_string(&report).unwrap_or_default(), checked_at],
        )?;
    }
    tx.commit()?;
    Ok(())
}

/// The badges in the wallet, newest first, optionally filtered by a search query
/// (accent- and case-insensitive) and a status.
pub(crate) fn list(
    conn: &rusqlite::Connection,
    query: Option<&str>,
    status: Option<&str>,
) -> Result<Vec<BadgeItem>> {
    let mut stmt = conn.prepare(&format!(
        "{ITEM_SELECT}, d.search_text {ITEM_FROM} ORDER BY c.imported_at DESC, d.name"
    ))?;
    let rows = stmt.query_map([], |r| Ok((item_from_row(r)?, r.get::<_, String>(9)?)))?;
    let mut endorsements = endorsements_by_credential(conn, None)?;
    let folded_query = query.map(search::fold);
    let mut out = vec![];
    for row in rows {
        let (item, text) = row?;
        if status.is_some_and(|s| s != item.status) {
            continue;
        }
        if folded_query
            .as_ref()
            .is_none_or(|q| search::matches_folded(&text, q))
        {
            let mut item = item;
            item.endorsements = endorsements.remove(&item.id).unwrap_or_default();
            out.push(item);
        }
    }
    Ok(out)
}
