//! Endorsing (issue 4, points 5 and 6): a person with their own key vouches for a
//! credential with an OB 3.0 `EndorsementCredential` carrying their comment.
//!
//! Two ways, both here:
//!
//! - **From one's own wallet** ([`Wallet::endorse`], [`Wallet::endorsement_target`],
//!   [`Wallet::endorse_file`]): someone gives a counsellor a credential file; the
//!   counsellor's Passerelle verifies it, shows what it is, signs an endorsement with
//!   the counsellor's own key and writes it to a file they then hand back.
//! - **In the holder's wallet, with the endorser's portable key file**
//!   ([`Wallet::endorse_held`]): during an appointment at the learner's computer. The
//!   learner's key never signs as the counsellor: the counsellor brings a copy of
//!   their key ([`Wallet::export_signing_key`], see [`crate::keys::portable`]), which
//!   is opened read-only, used once and dropped. The endorsement goes through the
//!   normal import, so it is verified like any other before it is attached.

use std::io::{self, Read, Write};
use std::path::Path;

use serde_json::Value;

use crate::dto::{EndorsementSaved, EndorsementTarget, FileReport, ImportResult, SigningKeyCopy};
use crate::keys::{HolderKey, KdfParams, KeyStore, Passphrase};
use crate::{Error, Result, Wallet};

/// The longest endorsement comment, in characters.
pub const MAX_COMMENT_CHARS: usize = 2000;
/// The longest endorser name, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// What an endorsement needs to know about the credential it is about.
#[derive(Debug, Clone)]
pub(crate) struct Endorsable {
    /// The credential's own `id` (what the endorsement's subject points to).
    pub uri: String,
    pub name: String,
    pub issuer: Option<String>,
    pub issuer_id: Option<String>,
    pub self_declared: bool,
    pub report: FileReport,
}

/// A required text, trimmed, at most `max` characters; `field` names it in errors.
fn bounded<'a>(field: &str, text: &'a str, max: usize) -> Result<&'a str> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::InvalidDeclaration {
            field: field.to_owned(),
            value: String::new(),
        });
    }
    if text.chars().count() > max {
        return Err(Error::TextTooLong {
            field: field.to_owned(),
            max,
        });
    }
    Ok(text)
}

fn is_endorsement(json: &Value) -> bool {
    json.get("type")
        .and_then(Value::as_array)
        .is_some_and(|t| t.iter().any(|t| t == "EndorsementCredential"))
}

/// `endorsement-<name in plain lowercase ASCII words>.json`.
pub fn suggested_file_name(name: &str) -> String {
    let slug = crate::search::ascii_words(name, 60);
    if slug.is_empty() {
        "endorsement.json".to_owned()
    } else {
        format!("endorsement-{slug}.json")
    }
}

/// Reads a credential file of at most the size the verifier accepts.
fn read_credential(path: &Path) -> Result<Vec<u8>> {
    let max = crate::verify::MAX_FILE_BYTES;
    let read_error = |source| Error::ReadFile {
        path: path.to_owned(),
        source,
    };
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(max + 1).read_to_end(&mut bytes))
        .map_err(read_error)?;
    if bytes.len() as u64 > max {
        return Err(Error::NotEndorsable {
            reason: "not-a-badge".into(),
        });
    }
    Ok(bytes)
}

/// Writes `bytes` to `path` all at once: a temporary file beside it, flushed, then
/// renamed over it. On error the temporary file is removed and `path` is untouched.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let fail = |source| Error::WriteFile {
        path: path.to_owned(),
        source,
    };
    let name = path
        .file_name()
        .ok_or_else(|| fail(io::Error::new(io::ErrorKind::InvalidInput, "no file name")))?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if path.is_dir() {
        return Err(fail(io::Error::new(
            io::ErrorKind::IsADirectory,
            "this is a folder",
        )));
    }
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        crate::keys::random_hex(8)
    ));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .and_then(|mut f| {
            f.write_all(bytes)?;
            f.sync_all()
        })
        .and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e));
    }
    Ok(())
}

/// Whether `a` and `b` name the same existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

impl Wallet {
    /// Verify the credential in `bytes` (called `file` in its report) for endorsement:
    /// it must be a credential with an `id`, not an endorsement, and not fail.
    pub(crate) fn endorsable(&self, file: &str, bytes: &[u8]) -> Result<Endorsable> {
        let emails = self.owner_emails()?;
        let documents = crate::badges::documents(self.conn(), &crate::OfflineDocuments::default())?;
        let options = passerelle_badges::VerifyOptions {
            now: self.clock().now(),
            owner_emails: &emails,
            fetcher: &documents,
        };
        let not = |reason: &str| Error::NotEndorsable {
            reason: reason.to_owned(),
        };
        let v = passerelle_badges::verify_bytes(bytes, &options).map_err(|_| not("not-a-badge"))?;
        if v.report.status == passerelle_badges::Status::Failed {
            return Err(not("failed"));
        }
        let json = v.credential.ok_or_else(|| not("not-a-badge"))?;
        if is_endorsement(&json) {
            return Err(not("endorsement"));
        }
        let uri = json
            .get("id")
            .and_then(Value::as_str)
            .filter(|id| !id.trim().is_empty())
            .ok_or_else(|| not("no-id"))?
            .to_owned();
        let summary = passerelle_badges::summarize(&json).ok().unwrap_or_default();
        let name = summary
            .name
            .or(summary.achievement.and_then(|a| a.name))
            .unwrap_or_else(|| uri.clone());
        let issuer_id = summary.issuer.id;
        Ok(Endorsable {
            uri,
            name,
            issuer: summary.issuer.name.or_else(|| issuer_id.clone()),
            issuer_id,
            self_declared: crate::skills::is_self_declared(&json),
            report: crate::verify::to_dto(file, &v.report),
        })
    }

    /// What the credential file at `path` is, for the person about to endorse it: it
    /// is verified first, and one that cannot be endorsed is an error
    /// ([`Error::NotEndorsable`], [`Error::ReadFile`]). Nothing is stored.
    pub fn endorsement_target(&self, path: &Path) -> Result<EndorsementTarget> {
        let file = path.display().to_string();
        let bytes = read_credential(path)?;
        let e = self.endorsable(&file, &bytes)?;
        Ok(EndorsementTarget {
            file,
            suggested_file_name: suggested_file_name(&e.name),
            status: e.report.status.clone(),
            name: e.name,
            issuer: e.issuer,
            self_declared: e.self_declared,
            report: e.report,
        })
    }

    /// Endorse the credential in `bytes` (a file someone gave the endorser): it must
    /// verify; returns the signed EndorsementCredential as pretty JSON, signed with the
    /// holder's key from `store` and named with the holder's profile name.
    pub fn endorse(&self, bytes: &[u8], comment: &str, store: &dyn KeyStore) -> Result<Vec<u8>> {
        let comment = bounded("comment", comment, MAX_COMMENT_CHARS)?;
        let target = self.endorsable("file", bytes)?;
        let key = self.holder_key(store)?;
        self.sign_endorsement_of(&target, comment, &key, &self.profile()?.name)
    }

    fn sign_endorsement_of(
        &self,
        target: &Endorsable,
        comment: &str,
        key: &HolderKey,
        endorser: &str,
    ) -> Result<Vec<u8>> {
        let now = crate::clock::rfc3339(self.clock().now());
        let vc = crate::skills::sign_endorsement(
            &target.uri,
            &target.name,
            comment,
            key,
            endorser,
            &now,
        )?;
        crate::skills::to_file(&vc)
    }

    /// Endorse the credential file at `source` with the holder's key from `store`,
    /// and write the endorsement to `out` all at once. On any error (the file does not
    /// verify, the key cannot be read, the comment is empty or too long, `out` cannot
    /// be written) nothing is written.
    pub fn endorse_file(
        &self,
        source: &Path,
        comment: &str,
        store: &dyn KeyStore,
        out: &Path,
    ) -> Result<EndorsementSaved> {
        let comment = bounded("comment", comment, MAX_COMMENT_CHARS)?;
        let bytes = read_credential(source)?;
        let target = self.endorsable(&source.display().to_string(), &bytes)?;
        if same_file(source, out) {
            return Err(Error::WriteFile {
                path: out.to_owned(),
                source: io::Error::new(
                    io::ErrorKind::AlreadyExists,
                    "this is the file being endorsed",
                ),
            });
        }
        let key = self.holder_key(store)?;
        let endorsement =
            self.sign_endorsement_of(&target, comment, &key, &self.profile()?.name)?;
        write_atomically(out, &endorsement)?;
        Ok(EndorsementSaved {
            path: out.display().to_string(),
            endorsed_name: target.name,
            endorser_id: key.did().to_owned(),
        })
    }

    /// [`Wallet::endorse_file`] from the desktop: the key store opened with the
    /// session's `passphrase`.
    pub fn endorse_file_input(
        &self,
        source: &Path,
        comment: &str,
        out: &Path,
        passphrase: Option<Passphrase>,
    ) -> Result<EndorsementSaved> {
        let keys = self.open_keys(passphrase)?;
        self.endorse_file(source, comment, keys.store.as_ref(), out)
    }

    /// The `did:key`s that are this wallet holder's own: the issuers of the
    /// self-declared skills, and the key in `holder` when it can be read now.
    fn holder_dids(&self, holder: Option<&dyn KeyStore>) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare(
            "SELECT DISTINCT d.issuer_id FROM credentials c
             JOIN badge_details d ON d.credential_id = c.id
             WHERE c.kind = 'self_declared' AND d.issuer_id IS NOT NULL",
        )?;
        let mut dids = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        // A locked or unavailable store cannot tell: the skills above still do.
        if let Some(Ok(Some(key))) = holder.map(HolderKey::load) {
            dids.push(key.did().to_owned());
        }
        Ok(dids)
    }

    /// Endorse the credential `id` of this wallet with someone else's key: the
    /// portable key file at `key_file`, opened read-only with `passphrase` (nothing of
    /// it is kept). `endorser_name` and `comment` are required. The endorsement is
    /// imported through the normal path (verified, then attached to `id`).
    ///
    /// Refused with [`Error::SelfEndorsement`] when the key is the holder's own (the
    /// issuer of their self-declared skills, or the key in `holder`). On any error the
    /// wallet is unchanged.
    pub fn endorse_held(
        &mut self,
        id: &str,
        key_file: &Path,
        passphrase: &Passphrase,
        endorser_name: &str,
        comment: &str,
        holder: Option<&dyn KeyStore>,
    ) -> Result<ImportResult> {
        let endorser_name = bounded("endorser", endorser_name, MAX_NAME_CHARS)?;
        let comment = bounded("comment", comment, MAX_COMMENT_CHARS)?;
        let (kind, bytes): (String, Vec<u8>) = {
            use rusqlite::OptionalExtension;
            self.conn()
                .query_row(
                    "SELECT kind, original FROM credentials WHERE id = ?1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
                .ok_or_else(|| Error::NoSuchBadge { id: id.to_owned() })?
        };
        if kind == "endorsement" {
            return Err(Error::NotEndorsable {
                reason: "endorsement".into(),
            });
        }
        let target = self.endorsable(id, &bytes)?;
        let key = crate::keys::portable::open_key_file(key_file, passphrase)?;
        let own = self.holder_dids(holder)?;
        let holders_skill = target.self_declared && target.issuer_id.as_deref() == Some(key.did());
        if holders_skill || own.iter().any(|d| d == key.did()) {
            return Err(Error::SelfEndorsement);
        }
        let endorsement = self.sign_endorsement_of(&target, comment, &key, endorser_name)?;
        drop(key);
        let emails = self.owner_emails()?;
        let none = crate::OfflineDocuments::default();
        let result = self
            .importer(&emails, &none)?
            .import("endorsement", &endorsement)?;
        if result.outcome != "endorsement" || result.id.as_deref() != Some(id) {
            // A fresh signature that does not attach is a bug: say so, store nothing.
            return Err(Error::Signing {
                detail: format!(
                    "the new endorsement was not attached ({}, {})",
                    result.outcome, result.report.status
                ),
            });
        }
        Ok(result)
    }

    /// [`Wallet::endorse_held`] from the desktop: the holder's own key store (opened
    /// with the session's passphrase, if any) only tells whose key is the holder's.
    pub fn endorse_held_input(
        &mut self,
        id: &str,
        key_file: &Path,
        passphrase: Passphrase,
        endorser_name: &str,
        comment: &str,
        session: Option<Passphrase>,
    ) -> Result<ImportResult> {
        let holder = self.open_keys(session).ok();
        let store = holder.as_ref().map(|h| h.store.as_ref());
        self.endorse_held(id, key_file, &passphrase, endorser_name, comment, store)
    }

    /// Write a portable copy of the holder's signing key to `out` (created first if
    /// there is none yet). The key store is opened with `passphrase` (the key file's);
    /// a key kept in the system keyring is sealed with `new_passphrase` instead (see
    /// [`crate::keys::portable::export_holder_key`]).
    pub fn export_signing_key(
        &self,
        out: &Path,
        passphrase: Option<Passphrase>,
        new_passphrase: Option<Passphrase>,
    ) -> Result<SigningKeyCopy> {
        let keys = self.open_keys(passphrase)?;
        self.export_signing_key_from(keys.store.as_ref(), out, new_passphrase, KdfParams::DEFAULT)
    }

    /// [`Wallet::export_signing_key`] from a given store, with the Argon2id costs of
    /// a new file (tests use cheap ones).
    pub fn export_signing_key_from(
        &self,
        store: &dyn KeyStore,
        out: &Path,
        new_passphrase: Option<Passphrase>,
        params: KdfParams,
    ) -> Result<SigningKeyCopy> {
        let key = crate::keys::portable::export_holder_key(
            store,
            self.dir(),
            out,
            new_passphrase.as_ref(),
            params,
        )?;
        Ok(SigningKeyCopy {
            path: out.display().to_string(),
            did: key.did().to_owned(),
            store: store.kind().as_str().to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::Language;
    use crate::clock::FixedClock;
    use crate::keys::{FileKeyStore, SecretSeed};
    use crate::skills::Declaration;
    use time::macros::datetime;

    const PASS: &str = "a long passphrase";

    fn wallet(dir: &Path) -> Wallet {
        Wallet::open(
            dir,
            Arc::new(FixedClock(datetime!(2026-11-22 10:00:00 UTC))),
        )
        .unwrap()
    }

    fn store(dir: &Path, seed: u8) -> FileKeyStore {
        let s = FileKeyStore::new(dir, Some(PASS.into())).with_params(KdfParams::FOR_TESTS);
        s.store(
            crate::keys::HOLDER_KEY_NAME,
            &SecretSeed::from_bytes([seed; 32]),
        )
        .unwrap();
        s
    }

    fn declaration() -> Declaration {
        Declaration {
            competence: "E.2".into(),
            level: 3,
            narratives: vec![(Language::En, "I moved our association's website.".into())],
            place: None,
            period: None,
            team_size: None,
            outcome: None,
            links: vec![],
            files: vec![],
        }
    }

    /// A learner's wallet with one declared skill (key seed 1); returns its id.
    fn learner(dir: &Path) -> (Wallet, FileKeyStore, String) {
        let mut w = wallet(dir);
        w.set_profile("Amélie Dubois", &[]).unwrap();
        let keys = store(dir, 1);
        let id = w
            .declare_skill(&declaration(), &keys, Language::En)
            .unwrap()
            .id
            .unwrap();
        (w, keys, id)
    }

    /// A counsellor's portable key file (seed 9) in `dir`.
    fn counsellor_key(dir: &Path) -> std::path::PathBuf {
        let wallet_dir = dir.join("counsellor");
        let s = store(&wallet_dir, 9);
        let out = dir.join("sophie.key");
        crate::keys::portable::export_holder_key(&s, &wallet_dir, &out, None, KdfParams::FOR_TESTS)
            .unwrap();
        out
    }

    fn rows(w: &Wallet) -> (u32, u32) {
        let c = w.info().unwrap().counts;
        let e: u32 = w
            .conn()
            .query_row("SELECT COUNT(*) FROM endorsements", [], |r| r.get(0))
            .unwrap();
        (c.endorsements, e)
    }

    #[test]
    fn file_names_are_plain_ascii_words() {
        assert_eq!(
            suggested_file_name("E.2 Gestion de projets — e-3"),
            "endorsement-e-2-gestion-de-projets-e-3.json"
        );
        assert_eq!(
            suggested_file_name("Œuvre ÉTÉ"),
            "endorsement-oeuvre-ete.json"
        );
        assert_eq!(suggested_file_name("—/—"), "endorsement.json");
        assert!(suggested_file_name(&"long ".repeat(50)).len() <= "endorsement-.json".len() + 60);
    }

    #[test]
    fn a_file_to_endorse_is_described_after_verification() {
        let tmp = tempfile::tempdir().unwrap();
        let (learner, _, id) = learner(&tmp.path().join("learner"));
        let file = tmp.path().join("skill.json");
        std::fs::write(&file, learner.export_credential(&id).unwrap()).unwrap();

        let counsellor = wallet(&tmp.path().join("counsellor"));
        let t = counsellor.endorsement_target(&file).unwrap();
        assert!(t.self_declared);
        assert_eq!(t.issuer.as_deref(), Some("Amélie Dubois"));
        assert!(t.name.starts_with("E.2 "), "{}", t.name);
        assert_ne!(t.status, "failed");
        assert_eq!(t.status, t.report.status);
        assert!(
            t.suggested_file_name.starts_with("endorsement-e-2-"),
            "{}",
            t.suggested_file_name
        );

        // An issued badge is not self-declared.
        let badge = tmp.path().join("valid-01.png");
        std::fs::write(&badge, include_bytes!("../../../data/samples/valid-01.png")).unwrap();
        let t = counsellor.endorsement_target(&badge).unwrap();
        assert!(!t.self_declared);
        assert!(t.issuer.is_some());
    }

    #[test]
    fn what_cannot_be_endorsed_is_refused_with_its_reason() {
        let tmp = tempfile::tempdir().unwrap();
        let (learner, keys, id) = learner(&tmp.path().join("learner"));
        let w = wallet(&tmp.path().join("counsellor"));
        let reason = |e: Error| {
            (
                e.code(),
                e.args().get("reason").cloned().unwrap_or_default(),
            )
        };

        let text = tmp.path().join("notes.txt");
        std::fs::write(&text, "hello").unwrap();
        assert_eq!(
            reason(w.endorsement_target(&text).unwrap_err()),
            ("not-endorsable", "not-a-badge".into())
        );
        let mut bytes = learner.export_credential(&id).unwrap();
        let at = String::from_utf8_lossy(&bytes).find("Dubois").unwrap();
        bytes[at] = b'X';
        let tampered = tmp.path().join("tampered.json");
        std::fs::write(&tampered, &bytes).unwrap();
        assert_eq!(
            reason(w.endorsement_target(&tampered).unwrap_err()),
            ("not-endorsable", "failed".into())
        );
        let endorsement = tmp.path().join("endorsement.json");
        let signed = learner
            .endorse(&learner.export_credential(&id).unwrap(), "checked", &keys)
            .unwrap();
        std::fs::write(&endorsement, signed).unwrap();
        assert_eq!(
            reason(w.endorsement_target(&endorsement).unwrap_err()),
            ("not-endorsable", "endorsement".into())
        );
        assert_eq!(
            w.endorsement_target(&tmp.path().join("missing.json"))
                .unwrap_err()
                .code(),
            "read-file"
        );
    }

    #[test]
    fn endorse_file_signs_with_the_own_key_and_writes_at_once() {
        let tmp = tempfile::tempdir().unwrap();
        let (learner, _, id) = learner(&tmp.path().join("learner"));
        let source = tmp.path().join("skill.json");
        std::fs::write(&source, learner.export_credential(&id).unwrap()).unwrap();

        let mut counsellor = wallet(&tmp.path().join("counsellor"));
        counsellor
            .set_profile("Sophie Lambert (Forem)", &[])
            .unwrap();
        let keys = store(&tmp.path().join("counsellor"), 9);
        let out = tmp.path().join("out/endorsement.json");
        std::fs::create_dir_all(out.parent().unwrap()).unwrap();

        // Bad comments, a file onto itself, an unwritable place: nothing written.
        let e = counsellor
            .endorse_file(&source, "  ", &keys, &out)
            .unwrap_err();
        assert_eq!(
            (e.code(), e.args()["field"].as_str()),
            ("invalid-declaration", "comment")
        );
        let long = "x".repeat(MAX_COMMENT_CHARS + 1);
        let e = counsellor
            .endorse_file(&source, &long, &keys, &out)
            .unwrap_err();
        assert_eq!(
            (e.code(), e.args()["max"].as_str()),
            ("text-too-long", "2000")
        );
        let e = counsellor
            .endorse_file(&source, "ok", &keys, &source)
            .unwrap_err();
        assert_eq!(e.code(), "write-file");
        let nowhere = tmp.path().join("no/such/folder/e.json");
        let e = counsellor
            .endorse_file(&source, "ok", &keys, &nowhere)
            .unwrap_err();
        assert_eq!(e.code(), "write-file");
        let locked = FileKeyStore::new(&tmp.path().join("counsellor"), None);
        let e = counsellor
            .endorse_file(&source, "ok", &locked, &out)
            .unwrap_err();
        assert_eq!(e.code(), "passphrase-needed");
        assert!(!out.exists());
        assert_eq!(std::fs::read_dir(out.parent().unwrap()).unwrap().count(), 0);
        assert_eq!(
            std::fs::read(&source).unwrap(),
            learner.export_credential(&id).unwrap()
        );

        let saved = counsellor
            .endorse_file(
                &source,
                "  We checked the project report together.  ",
                &keys,
                &out,
            )
            .unwrap();
        assert_eq!(saved.path, out.display().to_string());
        assert_eq!(
            saved.endorser_id,
            HolderKey::from_seed(&SecretSeed::from_bytes([9; 32])).did()
        );
        let json: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
        assert_eq!(json["issuer"]["name"], "Sophie Lambert (Forem)");
        assert_eq!(
            json["credentialSubject"]["endorsementComment"],
            "We checked the project report together."
        );
        assert_eq!(std::fs::read_dir(out.parent().unwrap()).unwrap().count(), 1);

        // Imported in the learner's wallet, it attaches to the skill.
        let mut learner = learner;
        let r = learner.import_paths(&[out], &Default::default()).unwrap();
        assert_eq!(r[0].outcome, "endorsement");
        assert_eq!(r[0].id.as_deref(), Some(id.as_str()));
    }

    #[test]
    fn endorse_held_attaches_an_endorsement_signed_with_the_key_file() {
        let tmp = tempfile::tempdir().unwrap();
        let (mut w, keys, id) = learner(&tmp.path().join("learner"));
        let key_file = counsellor_key(tmp.path());
        let key_bytes = std::fs::read(&key_file).unwrap();
        let result = w
            .endorse_held(
                &id,
                &key_file,
                &PASS.into(),
                " Sophie Lambert, Forem Mons ",
                "We went through the planning together.",
                Some(&keys),
            )
            .unwrap();
        assert_eq!(result.outcome, "endorsement");
        assert_eq!(result.id.as_deref(), Some(id.as_str()));
        let item = w.badge_detail(&id).unwrap().item;
        assert_eq!(item.endorsements.len(), 1);
        let e = &item.endorsements[0];
        assert_eq!(
            e.endorser_name.as_deref(),
            Some("Sophie Lambert, Forem Mons")
        );
        assert_eq!(e.comment, "We went through the planning together.");
        assert_eq!(
            e.endorser_id.as_deref(),
            Some(HolderKey::from_seed(&SecretSeed::from_bytes([9; 32])).did())
        );
        assert_ne!(e.status, "failed");
        assert_eq!(
            std::fs::read(&key_file).unwrap(),
            key_bytes,
            "key file untouched"
        );
        // Nothing of the counsellor's key went into the learner's wallet folder.
        let keys_dir: Vec<_> = std::fs::read_dir(tmp.path().join("learner/keys"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(keys_dir, vec![std::ffi::OsString::from("holder.key")]);
    }

    #[test]
    fn endorse_held_refuses_bad_keys_and_inputs_and_leaves_the_wallet_unchanged() {
        let tmp = tempfile::tempdir().unwrap();
        let (mut w, keys, id) = learner(&tmp.path().join("learner"));
        let key_file = counsellor_key(tmp.path());
        let before = rows(&w);
        let mut damaged = std::fs::read(&key_file).unwrap();
        let last = damaged.len() - 1;
        damaged[last] ^= 1;
        let corrupt = tmp.path().join("corrupt.key");
        std::fs::write(&corrupt, &damaged).unwrap();
        let own_copy = tmp.path().join("own.key");
        crate::keys::portable::export_holder_key(
            &keys,
            &tmp.path().join("learner"),
            &own_copy,
            None,
            KdfParams::FOR_TESTS,
        )
        .unwrap();

        let cases: Vec<(&str, &Path, &str, &str, &str, &str)> = vec![
            (
                "wrong passphrase",
                &key_file,
                "not the passphrase",
                "Sophie",
                "ok",
                "wrong-passphrase",
            ),
            (
                "corrupt key file",
                &corrupt,
                PASS,
                "Sophie",
                "ok",
                "key-file-corrupt",
            ),
            (
                "own key",
                &own_copy,
                PASS,
                "Sophie",
                "ok",
                "self-endorsement",
            ),
            (
                "no name",
                &key_file,
                PASS,
                "  ",
                "ok",
                "invalid-declaration",
            ),
            (
                "no comment",
                &key_file,
                PASS,
                "Sophie",
                "",
                "invalid-declaration",
            ),
            (
                "unknown credential",
                &key_file,
                PASS,
                "Sophie",
                "ok",
                "no-such-badge",
            ),
        ];
        for (what, file, pass, name, comment, code) in cases {
            let target = if what == "unknown credential" {
                "skill-nope"
            } else {
                id.as_str()
            };
            let e = w
                .endorse_held(target, file, &pass.into(), name, comment, Some(&keys))
                .unwrap_err();
            assert_eq!(e.code(), code, "{what}: {e:?}");
            assert_eq!(rows(&w), before, "{what}: the wallet is unchanged");
        }
        // The holder's own key is known from the skills even when their store is locked.
        let e = w
            .endorse_held(&id, &own_copy, &PASS.into(), "Amélie", "mine", None)
            .unwrap_err();
        assert_eq!(e.code(), "self-endorsement");
        assert_eq!(rows(&w), before);
    }
}
