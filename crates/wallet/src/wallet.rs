//! [`Wallet`]: one SQLite file per wallet folder, opened in WAL mode with foreign
//! keys on, migrated to this binary's schema.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::clock::{Clock, rfc3339};
use crate::dto::{Counts, Settings, WalletInfo};
use crate::migrate::{MIGRATIONS, Migration, migrate, user_version};
use crate::settings::{Language, Theme};
use crate::{Error, Result};

/// The database file inside a wallet folder.
pub const DB_FILE: &str = "wallet.sqlite";
/// `PRAGMA application_id` of a Passerelle wallet: "PASS".
pub const APPLICATION_ID: i32 = 0x5041_5353;
/// How long a writer waits for another process holding the wallet.
const BUSY_TIMEOUT_MS: u32 = 5_000;

/// The sample badges offered on first start (see data/samples/README.md).
const SAMPLES: &[(&str, &[u8])] = &[
    (
        "valid-01.png",
        include_bytes!("../../../data/samples/valid-01.png"),
    ),
    (
        "valid-03.png",
        include_bytes!("../../../data/samples/valid-03.png"),
    ),
    (
        "expired.svg",
        include_bytes!("../../../data/samples/expired.svg"),
    ),
    (
        "valid-jwt-eddsa.png",
        include_bytes!("../../../data/samples/valid-jwt-eddsa.png"),
    ),
];

pub struct Wallet {
    conn: Connection,
    dir: PathBuf,
    clock: Arc<dyn Clock>,
    migration_backup: Option<PathBuf>,
    /// The training catalogue as last read (bundled + imported), dropped when a
    /// catalogue is imported: parsing thousands of stored offers is most of the cost
    /// of a recommendation.
    pub(crate) trainings_cache: std::sync::Mutex<Option<Arc<Vec<crate::trainings::TrainingOffer>>>>,
    /// The folder's advisory lock (crates/wallet/src/lock.rs), held while open.
    lock: crate::lock::DirLock,
}

impl std::fmt::Debug for Wallet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Wallet")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

impl Wallet {
    /// Open (creating if needed) the wallet in `dir` and bring it to this binary's schema.
    pub fn open(dir: impl Into<PathBuf>, clock: Arc<dyn Clock>) -> Result<Self> {
        Self::open_with(dir, clock, MIGRATIONS)
    }

    /// [`Wallet::open`] with an explicit migration list (tests exercise upgrades with it).
    pub fn open_with(
        dir: impl Into<PathBuf>,
        clock: Arc<dyn Clock>,
        migrations: &[Migration],
    ) -> Result<Self> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir).map_err(|source| Error::WalletDir {
            path: dir.clone(),
            source,
        })?;
        let lock = crate::lock::DirLock::shared(&dir)?;
        Self::open_locked(dir, clock, migrations, lock)
    }

    /// [`Wallet::open_with`] in a folder that exists, under a lock already taken.
    pub(crate) fn open_locked(
        dir: PathBuf,
        clock: Arc<dyn Clock>,
        migrations: &[Migration],
        lock: crate::lock::DirLock,
    ) -> Result<Self> {
        let db = dir.join(DB_FILE);
        let not_a_wallet = |e: rusqlite::Error| Error::NotAWallet {
            path: db.clone(),
            detail: e.to_string(),
        };
        let mut conn = Connection::open_with_flags(
            &db,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(not_a_wallet)?;
        conn.busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS.into()))
            .map_err(not_a_wallet)?;
        // The first read tells whether this is a SQLite file at all.
        let version = user_version(&conn).map_err(|e| match e {
            Error::Database { detail } => Error::NotAWallet {
                path: db.clone(),
                detail,
            },
            other => other,
        })?;
        let app_id: i32 = conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .map_err(not_a_wallet)?;
        let latest = migrations.last().map_or(0, |m| m.version);
        if version > latest {
            // Refuse before touching anything, even the journal mode.
            return Err(Error::WalletTooNew {
                path: dir,
                found: version,
                supported: latest,
            });
        }
        if version > 0 && app_id != APPLICATION_ID {
            return Err(Error::NotAWallet {
                path: db,
                detail: format!("application_id is {app_id:#x}"),
            });
        }
        let mode: String = conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
            .map_err(not_a_wallet)?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::Database {
                detail: format!("could not switch to WAL (journal_mode is {mode})"),
            });
        }
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;

        let migration_backup = migrate(&mut conn, &dir, migrations, clock.as_ref())?;
        if version == 0 {
            conn.pragma_update(None, "application_id", APPLICATION_ID)?;
            conn.execute(
                "INSERT OR IGNORE INTO wallet_meta(key, value) VALUES ('created_at', ?1)",
                [rfc3339(clock.now())],
            )?;
        }
        Ok(Wallet {
            conn,
            dir,
            clock,
            migration_backup,
            trainings_cache: std::sync::Mutex::new(None),
            lock,
        })
    }

    /// Closes the database and hands back the folder's lock (a restore keeps it while
    /// it replaces the files).
    pub(crate) fn into_lock(self) -> crate::lock::DirLock {
        self.lock
    }

    /// The wallet folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The copy taken before this open migrated an older wallet, if any.
    pub fn migration_backup(&self) -> Option<&Path> {
        self.migration_backup.as_deref()
    }

    pub fn schema_version(&self) -> Result<i64> {
        user_version(&self.conn)
    }

    /// Path, schema, creation time and counts: what `passerelle info` prints.
    pub fn info(&self) -> Result<WalletInfo> {
        let count = |kind: &str| -> Result<u32> {
            Ok(self.conn.query_row(
                "SELECT COUNT(*) FROM credentials WHERE kind = ?1",
                [kind],
                |r| r.get(0),
            )?)
        };
        let created_at: String = self
            .conn
            .query_row(
                "SELECT value FROM wallet_meta WHERE key = 'created_at'",
                [],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or_default();
        let journal_mode: String = self
            .conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))?;
        Ok(WalletInfo {
            path: self.dir.display().to_string(),
            database: self.dir.join(DB_FILE).display().to_string(),
            schema_version: u32::try_from(self.schema_version()?).unwrap_or(0),
            created_at,
            journal_mode,
            counts: Counts {
                badges: count("badge")?,
                self_declared: count("self_declared")?,
                endorsements: count("endorsement")?,
            },
        })
    }

    fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    fn put_setting(&self, key: &str, value: Option<&str>) -> Result<()> {
        match value {
            Some(v) => self.conn.execute(
                "INSERT INTO settings(key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, v],
            )?,
            None => self
                .conn
                .execute("DELETE FROM settings WHERE key = ?1", [key])?,
        };
        Ok(())
    }

    /// The stored settings; `os_locale` decides the language when none was chosen.
    /// A stored value this binary does not understand is treated as unset.
    pub fn settings(&self, os_locale: &str) -> Result<Settings> {
        let language = self
            .setting("language")?
            .and_then(|v| v.parse::<Language>().ok());
        let theme = self
            .setting("theme")?
            .and_then(|v| v.parse::<Theme>().ok())
            .unwrap_or_default();
        Ok(Settings {
            language,
            effective_language: language.unwrap_or_else(|| Language::negotiate(os_locale)),
            theme,
        })
    }

    /// Choose the UI language; `None` goes back to following the system.
    pub fn set_language(&self, language: Option<Language>, os_locale: &str) -> Result<Settings> {
        self.put_setting("language", language.map(Language::code))?;
        self.settings(os_locale)
    }

    pub fn set_theme(&self, theme: Theme, os_locale: &str) -> Result<Settings> {
        self.put_setting("theme", Some(theme.code()))?;
        self.settings(os_locale)
    }

    /// The e-mail addresses badges may be issued to (from the holder's profile).
    pub fn owner_emails(&self) -> Result<Vec<String>> {
        Ok(crate::profile::load(&self.conn)?.emails)
    }

    /// Change some parts of the profile; what is `None` stays as it is. Everything,
    /// the photo included, is checked before anything is written.
    pub fn update_profile(
        &mut self,
        change: crate::profile::ProfileChange,
    ) -> Result<crate::dto::Profile> {
        let photo = match &change.photo {
            Some(Some(path)) => Some(Some(crate::profile::prepare_photo(
                &crate::profile::read_photo(path)?,
            )?)),
            Some(None) => Some(None),
            None => None,
        };
        let mut input = crate::dto::ProfileInput::from(self.profile()?);
        let fields = [
            (change.name, &mut input.name),
            (change.region, &mut input.region),
            (change.municipality, &mut input.municipality),
            (change.postcode, &mut input.postcode),
        ];
        for (new, old) in fields {
            if let Some(new) = new {
                *old = new;
            }
        }
        if let Some(emails) = change.emails {
            input.emails = emails;
        }
        if let Some(languages) = change.languages {
            input.languages = languages;
        }
        crate::profile::clean(&input)?;
        self.save_profile(&input)?;
        if let Some(png) = photo {
            let now = crate::clock::rfc3339(self.clock.now());
            crate::profile::save_photo(&self.conn, png.as_deref(), &now)?;
        }
        self.profile()
    }

    /// The holder's profile (empty until set).
    pub fn profile(&self) -> Result<crate::dto::Profile> {
        crate::profile::load(&self.conn)
    }

    /// Set the holder's name and e-mail addresses, keeping the rest of the profile.
    pub fn set_profile(&mut self, name: &str, emails: &[String]) -> Result<crate::dto::Profile> {
        self.update_profile(crate::profile::ProfileChange {
            name: Some(name.to_owned()),
            emails: Some(emails.to_vec()),
            ..Default::default()
        })
    }

    /// Replace the profile (the photo excepted) with `input`, all checked first: on
    /// error nothing changes. When the addresses change, every badge is checked
    /// again, since the recipient check depends on them.
    pub fn save_profile(
        &mut self,
        input: &crate::dto::ProfileInput,
    ) -> Result<crate::dto::Profile> {
        let before = self.owner_emails()?;
        let now = crate::clock::rfc3339(self.clock.now());
        let profile = crate::profile::save(&mut self.conn, input, &now)?;
        if profile.emails != before {
            self.reverify(None)?;
        }
        Ok(profile)
    }

    /// The languages, levels and regions the profile form offers.
    pub fn profile_choices(&self) -> crate::dto::ProfileChoices {
        let own = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect();
        crate::dto::ProfileChoices {
            languages: own(crate::profile::LANGUAGES),
            levels: own(crate::profile::LEVELS),
            regions: own(crate::profile::REGIONS),
        }
    }

    /// Use the image file at `path` as the holder's photo (re-encoded, see
    /// [`crate::profile::prepare_photo`]), or remove the photo with `None`. A file
    /// that is not a usable photo changes nothing.
    pub fn set_photo(&mut self, path: Option<&Path>) -> Result<crate::dto::Profile> {
        let png = match path {
            Some(path) => Some(crate::profile::prepare_photo(&crate::profile::read_photo(
                path,
            )?)?),
            None => None,
        };
        let now = crate::clock::rfc3339(self.clock.now());
        crate::profile::save_photo(&self.conn, png.as_deref(), &now)?;
        self.profile()
    }

    /// Verify credential files without importing them, at `now` (default: the clock).
    /// A file that cannot be read gets a failed report of its own; the others go on.
    pub fn verify_paths(
        &self,
        paths: &[std::path::PathBuf],
        now: Option<time::OffsetDateTime>,
        documents: &crate::OfflineDocuments,
    ) -> Result<Vec<crate::dto::FileReport>> {
        let now = now.unwrap_or_else(|| self.clock.now());
        let emails = self.owner_emails()?;
        let documents = &crate::badges::documents(&self.conn, documents)?;
        let verify_one = |path: &std::path::PathBuf| {
            let name = path.display().to_string();
            match crate::verify::read_capped(path) {
                Ok(bytes) => crate::verify::verify_file(&name, &bytes, now, &emails, documents),
                Err(report) => report(&name),
            }
        };
        // Verification is pure: spread the files over the cores, keep their order.
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
        if workers < 2 || paths.len() < 8 {
            return Ok(paths.iter().map(verify_one).collect());
        }
        let chunk = paths.len().div_ceil(workers);
        Ok(std::thread::scope(|scope| {
            let handles: Vec<_> = paths
                .chunks(chunk)
                .map(|part| {
                    let handle =
                        scope.spawn(move || part.iter().map(verify_one).collect::<Vec<_>>());
                    (part, handle)
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|(part, h)| {
                    // A worker that died still answers for each of its files.
                    h.join().unwrap_or_else(|_| {
                        part.iter()
                            .map(|p| crate::verify::internal_failure(&p.display().to_string()))
                            .collect()
                    })
                })
                .collect()
        }))
    }

    /// Import badge files: each is verified, refused when it fails (nothing stored),
    /// stored once otherwise. A file that cannot be read is refused on its own. A zip
    /// file is a badge bundle: each of its credentials is imported the same way.
    pub fn import_paths(
        &mut self,
        paths: &[std::path::PathBuf],
        documents: &crate::OfflineDocuments,
    ) -> Result<Vec<crate::dto::ImportResult>> {
        self.import_paths_with(paths, documents, &mut |_, _, _| true)
    }

    /// [`Wallet::import_paths`] reporting progress: `progress(done, total, file)` is
    /// called after each file; when it returns `false` the remaining files are skipped
    /// (what was imported stays) and the results so far are returned.
    pub fn import_paths_with(
        &mut self,
        paths: &[std::path::PathBuf],
        documents: &crate::OfflineDocuments,
        progress: &mut dyn FnMut(usize, usize, &str) -> bool,
    ) -> Result<Vec<crate::dto::ImportResult>> {
        let emails = self.owner_emails()?;
        // Badge bundles (zip files) are opened and checked before anything is
        // imported: a refused bundle refuses the whole import (see crate::bundle).
        let mut bundles = crate::bundle::open_paths(paths)?;
        let mut importer = self.importer(&emails, documents)?;
        let mut out = vec![];
        for (i, path) in paths.iter().enumerate() {
            let name = path.display().to_string();
            if let Some(bundle) = bundles.remove(&i) {
                for (entry, bytes) in &bundle.credentials {
                    out.push(importer.import(&format!("{name}/{entry}"), bytes)?);
                }
            } else {
                out.push(match crate::verify::read_capped(path) {
                    Ok(bytes) => importer.import(&name, &bytes)?,
                    Err(report) => crate::dto::ImportResult {
                        file: name.clone(),
                        outcome: "refused".into(),
                        id: None,
                        report: report(&name),
                    },
                });
            }
            if !progress(i + 1, paths.len(), &name) {
                break;
            }
        }
        let added = importer.documents_added;
        self.after_import(added, &emails, documents)?;
        Ok(out)
    }

    /// When documents arrived, every badge is checked again against them (a status
    /// list can revoke a badge imported earlier, a key can confirm a signature).
    pub(crate) fn after_import(
        &mut self,
        documents_added: usize,
        emails: &[String],
        extra: &crate::OfflineDocuments,
    ) -> Result<()> {
        if documents_added == 0 {
            return Ok(());
        }
        let documents = crate::badges::documents(&self.conn, extra)?;
        crate::badges::reverify(&mut self.conn, None, self.clock.now(), emails, &documents)
    }

    /// The wallet's database, for the core's other modules (endorsing.rs).
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// An importer over this wallet's database at the clock's current time.
    pub(crate) fn importer<'a>(
        &'a mut self,
        emails: &'a [String],
        extra: &crate::OfflineDocuments,
    ) -> Result<crate::badges::Importer<'a>> {
        let documents = crate::badges::documents(&self.conn, extra)?;
        Ok(crate::badges::Importer {
            conn: &mut self.conn,
            now: self.clock.now(),
            emails,
            documents,
            documents_added: 0,
        })
    }

    /// Import a credential pasted as text (JSON or a VC-JWT).
    pub fn import_text(&mut self, text: &str) -> Result<crate::dto::ImportResult> {
        let emails = self.owner_emails()?;
        let none = crate::OfflineDocuments::default();
        let mut importer = self.importer(&emails, &none)?;
        let result = importer.import("text", text.trim().as_bytes())?;
        let added = importer.documents_added;
        self.after_import(added, &emails, &none)?;
        Ok(result)
    }

    /// Fill the wallet with sample data (offered on first start, and `passerelle
    /// demo`): three badges from a DEMO issuer, a self-declared skill and an
    /// endorsement of it, named in the interface language, then the bundled sample
    /// badges made by an independent implementation (one of them expired), so every
    /// screen and every kind of result can be seen. Asked again, nothing is added twice.
    pub fn load_demo(&mut self, os_locale: &str) -> Result<Vec<crate::dto::ImportResult>> {
        let language = self.settings(os_locale)?.effective_language;
        let now = crate::clock::rfc3339(self.clock.now());
        // The DEMO set is made with new keys each time: make it once per wallet.
        let has_demo = self
            .list_badges(None, None)?
            .iter()
            .any(|b| b.issuer.as_deref() == Some(crate::demo::DEMO_ISSUER));
        let files = if has_demo {
            vec![]
        } else {
            crate::demo::demo_files(language, &now)?
        };
        let emails = self.owner_emails()?;
        let none = crate::OfflineDocuments::default();
        let mut importer = self.importer(&emails, &none)?;
        let samples = SAMPLES
            .iter()
            .map(|(name, bytes)| ((*name).to_owned(), *bytes));
        files
            .iter()
            .map(|(name, bytes)| (name.clone(), bytes.as_slice()))
            .chain(samples)
            .map(|(name, bytes)| importer.import(&name, bytes))
            .collect()
    }

    /// One badge with its summary and last report.
    pub fn badge_detail(&self, id: &str) -> Result<crate::dto::BadgeDetail> {
        crate::badges::detail(&self.conn, id)
    }

    /// Verify one badge (or all, with `None`) again now, from its original bytes.
    pub fn reverify(&mut self, id: Option<&str>) -> Result<Vec<crate::dto::BadgeItem>> {
        let emails = self.owner_emails()?;
        let now = self.clock.now();
        let docs = crate::badges::documents(&self.conn, &crate::OfflineDocuments::default())?;
        crate::badges::reverify(&mut self.conn, id, now, &emails, &docs)?;
        match id {
            Some(id) => Ok(vec![self.badge_detail(id)?.item]),
            None => self.list_badges(None, None),
        }
    }

    /// The badges, newest first; `query` matches name, issuer and achievement
    /// ignoring accents and case; `status` keeps one status only.
    pub fn list_badges(
        &self,
        query: Option<&str>,
        status: Option<&str>,
    ) -> Result<Vec<crate::dto::BadgeItem>> {
        crate::badges::list(&self.conn, query, status)
    }

    /// The key store as `PASSERELLE_KEYSTORE` asks (default: the system keyring, else a
    /// file protected by `passphrase`).
    pub fn open_keys(
        &self,
        passphrase: Option<crate::keys::Passphrase>,
    ) -> Result<crate::keys::OpenedKeyStore> {
        crate::keys::open_keystore(
            &self.dir,
            crate::keys::KeyStoreChoice::from_env()?,
            passphrase,
        )
    }

    /// Whether the passphrase-protected key file already holds the holder's key.
    fn holder_key_file_exists(&self) -> bool {
        crate::keys::FileKeyStore::new(&self.dir, None).holds(crate::keys::HOLDER_KEY_NAME)
    }

    /// Which key store is used and whether it can sign now.
    pub fn key_store_info(
        &self,
        passphrase: Option<crate::keys::Passphrase>,
    ) -> Result<crate::dto::KeyStoreInfo> {
        let has_passphrase = passphrase.is_some();
        let opened = self.open_keys(passphrase)?;
        let file = opened.kind() == crate::keys::KeyStoreKind::File;
        Ok(crate::dto::KeyStoreInfo {
            kind: opened.kind().as_str().to_owned(),
            needs_passphrase: file && !has_passphrase,
            key_exists: !file || self.holder_key_file_exists(),
            fallback_reason: opened.fallback_reason.as_ref().map(Error::to_dto),
        })
    }

    /// Check a passphrase before keeping it for this session: it must open the key
    /// file when there is one, and be long enough to create one when there is not.
    pub fn check_passphrase(&self, passphrase: crate::keys::Passphrase) -> Result<()> {
        let opened = self.open_keys(Some(passphrase.clone()))?;
        if opened.kind() != crate::keys::KeyStoreKind::File {
            return Ok(());
        }
        if self.holder_key_file_exists() {
            crate::keys::HolderKey::load(opened.store.as_ref())?;
            Ok(())
        } else {
            passphrase.check_new()
        }
    }

    /// Competences and ESCO skills matching `query`, in the interface language.
    pub fn search_competences(
        &self,
        query: &str,
        os_locale: &str,
    ) -> Result<Vec<crate::dto::CompetenceDto>> {
        let language = self.settings(os_locale)?.effective_language;
        Ok(crate::skills::search_competences(query, language))
    }

    /// The e-CF levels in the interface language.
    pub fn ecf_levels(&self, os_locale: &str) -> Result<Vec<crate::dto::LevelDto>> {
        let language = self.settings(os_locale)?.effective_language;
        Ok(crate::skills::ecf_levels(language))
    }

    /// [`Wallet::declare_skill`] from the desktop: the key store opened with
    /// `passphrase`, the achievement named in the interface language.
    pub fn declare_skill_input(
        &mut self,
        input: crate::dto::DeclarationInput,
        passphrase: Option<crate::keys::Passphrase>,
        os_locale: &str,
    ) -> Result<crate::dto::ImportResult> {
        let language = self.settings(os_locale)?.effective_language;
        let keys = self.open_keys(passphrase)?;
        self.declare_skill(&input.into(), keys.store.as_ref(), language)
    }

    /// The portfolio against the role profile `profile_id` (e.g. `ict-project-manager`),
    /// in the interface language; `None` for an unknown profile.
    pub fn review(
        &self,
        profile_id: &str,
        os_locale: &str,
    ) -> Result<Option<crate::dto::ReviewDto>> {
        let language = self.settings(os_locale)?.effective_language;
        let held = crate::review::held(&self.conn)?;
        Ok(crate::review::review(&held, profile_id, language))
    }

    /// Keep a note written during an appointment (both fields required, trimmed).
    pub fn add_appointment_note(
        &self,
        counsellor: &str,
        text: &str,
    ) -> Result<crate::dto::AppointmentNote> {
        let (counsellor, text) = (counsellor.trim(), text.trim());
        for (field, value) in [("counsellor", counsellor), ("note", text)] {
            if value.is_empty() {
                return Err(Error::InvalidDeclaration {
                    field: field.into(),
                    value: String::new(),
                });
            }
        }
        let now = crate::clock::rfc3339(self.clock.now());
        self.conn.execute(
            "INSERT INTO appointment_notes(created_at, counsellor, text) VALUES (?1, ?2, ?3)",
            rusqlite::params![now, counsellor, text],
        )?;
        Ok(crate::dto::AppointmentNote {
            id: u32::try_from(self.conn.last_insert_rowid()).unwrap_or(u32::MAX),
            created_at: now,
            counsellor: counsellor.to_owned(),
            text: text.to_owned(),
        })
    }

    /// The appointment notes, newest first.
    pub fn appointment_notes(&self) -> Result<Vec<crate::dto::AppointmentNote>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, created_at, counsellor, text FROM appointment_notes
             ORDER BY created_at DESC, id DESC",
        )?;
        let notes = stmt
            .query_map([], |r| {
                Ok(crate::dto::AppointmentNote {
                    id: r.get(0)?,
                    created_at: r.get(1)?,
                    counsellor: r.get(2)?,
                    text: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(notes)
    }

    /// The holder's key in `store`, created there at first need.
    pub fn holder_key(&self, store: &dyn crate::keys::KeyStore) -> Result<crate::keys::HolderKey> {
        crate::keys::HolderKey::load_or_create(store)
    }

    /// Declare a skill: sign it with the holder's key (from `store`) and keep it as a
    /// self-declared credential. The achievement is named in `language`.
    pub fn declare_skill(
        &mut self,
        declaration: &crate::skills::Declaration,
        store: &dyn crate::keys::KeyStore,
        language: crate::Language,
    ) -> Result<crate::dto::ImportResult> {
        // Every evidence file is read and checked before anything is signed or stored.
        let files = crate::evidence::read_files(&declaration.files)?;
        let key = self.holder_key(store)?;
        let name = self.profile()?.name;
        let now = crate::clock::rfc3339(self.clock.now());
        let vc = crate::skills::sign_declaration_with_files(
            declaration,
            &files,
            &key,
            &name,
            language,
            &now,
        )?;
        let bytes = crate::skills::to_file(&vc)?;
        let emails = self.owner_emails()?;
        let none = crate::OfflineDocuments::default();
        let result = self
            .importer(&emails, &none)?
            .import("self-declared", &bytes)?;
        if result.outcome != "imported" {
            // Our own fresh signature must verify: anything else is a bug, never stored.
            return Err(Error::Signing {
                detail: format!(
                    "the new credential did not verify ({})",
                    result.report.status
                ),
            });
        }
        if let Some(id) = result.id.as_deref().filter(|_| !files.is_empty())
            && let Err(e) = crate::evidence::store(&mut self.conn, id, &files, &now)
        {
            // Keep the wallet as it was: no credential without its evidence.
            self.conn
                .execute("DELETE FROM credentials WHERE id = ?1", [id])?;
            return Err(e);
        }
        Ok(result)
    }

    /// Check one file the person picked as evidence, as [`Wallet::declare_skill`] will
    /// (bounded read, kind recognised from its bytes); nothing is stored.
    pub fn check_evidence_file(&self, path: &Path) -> Result<crate::dto::EvidenceDto> {
        Ok(crate::evidence::read_file(path)?.to_dto())
    }

    /// The evidence files kept for the credential `id`, in the order given.
    pub fn evidence_files(&self, id: &str) -> Result<Vec<crate::dto::EvidenceDto>> {
        self.export_credential(id)?;
        crate::evidence::list(&self.conn, id)
    }

    /// Write a copy of the evidence file `evidence_id` (its SHA-256 in hex, or a unique
    /// prefix of at least 8 characters) of the credential `id` to `out`.
    pub fn save_evidence(
        &self,
        id: &str,
        evidence_id: &str,
        out: &Path,
    ) -> Result<crate::dto::EvidenceDto> {
        self.export_credential(id)?;
        let (sha, bytes) = crate::evidence::content(&self.conn, id, evidence_id)?;
        std::fs::write(out, bytes).map_err(|source| Error::WriteFile {
            path: out.to_path_buf(),
            source,
        })?;
        crate::evidence::list(&self.conn, id)?
            .into_iter()
            .find(|e| e.id == sha)
            .ok_or_else(|| Error::NoSuchEvidence {
                id: evidence_id.to_owned(),
            })
    }

    /// The original bytes of a credential in the wallet (as imported or signed).
    pub fn export_credential(&self, id: &str) -> Result<Vec<u8>> {
        use rusqlite::OptionalExtension;
        self.conn
            .query_row(
                "SELECT original FROM credentials WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| Error::NoSuchBadge { id: id.to_owned() })
    }

    /// What the holder wrote for the CV (empty at first).
    pub fn cv_content(&self) -> Result<crate::dto::CvContent> {
        crate::cv::load(&self.conn)
    }

    /// Replace what the holder wrote for the CV, checked first (nothing is written
    /// when a field is wrong); returns it as kept.
    pub fn save_cv_content(
        &mut self,
        content: &crate::dto::CvContent,
    ) -> Result<crate::dto::CvContent> {
        let content = crate::cv::clean(content)?;
        let now = crate::clock::rfc3339(self.clock.now());
        crate::cv::save(&self.conn, &content, &now)?;
        Ok(content)
    }

    /// Replace what the holder wrote for the CV with the JSON file at `path` (the shape
    /// `cv_content` returns; at most 1 MiB), checked first.
    pub fn load_cv_content(&mut self, path: &Path) -> Result<crate::dto::CvContent> {
        let bytes = crate::verify::read_capped(path).map_err(|_| Error::InvalidCv {
            field: "file".into(),
            value: path.display().to_string(),
        })?;
        let content = (bytes.len() <= 1 << 20)
            .then(|| serde_json::from_slice::<crate::dto::CvContent>(&bytes).ok())
            .flatten()
            .ok_or_else(|| Error::InvalidCv {
                field: "file".into(),
                value: path.display().to_string(),
            })?;
        self.save_cv_content(&content)
    }

    /// The badges the learner may put on a CV or in a bundle, with the ones offered
    /// ticked (issued badges that did not fail).
    pub fn cv_badge_choices(&self) -> Result<Vec<crate::dto::CvBadgeChoice>> {
        Ok(self
            .list_badges(None, None)?
            .into_iter()
            .map(|b| crate::dto::CvBadgeChoice {
                suggested: b.kind == "badge" && b.status != "failed",
                id: b.id,
                name: b.name,
                issuer: b.issuer,
                status: b.status,
                kind: b.kind,
            })
            .collect())
    }

    /// Everything the CV in `language` shows. `badges`: the ids the learner chose
    /// (in the wallet's order on the CV), or `None` for the suggested ones.
    pub fn cv_document(
        &self,
        language: crate::Language,
        badges: Option<&[String]>,
    ) -> Result<crate::cv::CvDocument> {
        let content = self.cv_content()?;
        let profile = self.profile()?;
        let photo: Option<Vec<u8>> = self
            .conn
            .query_row("SELECT photo FROM profile WHERE id = 1", [], |r| r.get(0))
            .optional()?
            .flatten();
        let held = crate::review::held(&self.conn)?;
        let all = self.list_badges(None, None)?;
        if let Some(ids) = badges
            && let Some(missing) = ids.iter().find(|id| !all.iter().any(|b| &b.id == *id))
        {
            return Err(Error::NoSuchBadge {
                id: missing.clone(),
            });
        }
        let mut chosen = vec![];
        for b in all {
            let keep = match badges {
                Some(ids) => ids.contains(&b.id),
                None => b.kind == "badge" && b.status != "failed",
            };
            if keep {
                let issued = crate::badges::detail(&self.conn, &b.id)?.valid_from;
                chosen.push((b, issued));
            }
        }
        let today = crate::clock::rfc3339(self.clock.now());
        Ok(crate::cv::document(
            crate::cv::Sources {
                content: &content,
                profile: &profile,
                photo,
                held: &held,
                badges: chosen,
                today,
            },
            language,
        ))
    }

    /// The clock this wallet reads time from.
    pub fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FixedClock;
    use time::macros::datetime;

    fn clock() -> Arc<dyn Clock> {
        Arc::new(FixedClock(datetime!(2026-11-22 10:00:00 UTC)))
    }

    #[test]
    fn new_wallet_is_wal_with_latest_schema_and_creation_time() {
        let tmp = tempfile::tempdir().unwrap();
        let w = Wallet::open(tmp.path().join("w"), clock()).unwrap();
        let info = w.info().unwrap();
        assert_eq!(i64::from(info.schema_version), crate::LATEST_VERSION);
        assert_eq!(info.journal_mode, "wal");
        assert_eq!(info.created_at, "2026-11-22T10:00:00Z");
        assert_eq!(info.counts, Counts::default());
        assert!(
            w.migration_backup().is_none(),
            "a new wallet needs no backup"
        );
        let fk: i64 = w
            .conn
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
    }

    #[test]
    fn appointment_notes_are_kept_newest_first_and_need_a_name_and_text() {
        let dir = tempfile::tempdir().unwrap();
        let w = Wallet::open(dir.path(), clock()).unwrap();
        w.add_appointment_note("Sophie Lambert", "Vu le rapport de projet.")
            .unwrap();
        w.add_appointment_note(" Jan Peeters ", " Volgende stap: PRINCE2-opleiding ")
            .unwrap();
        let notes = w.appointment_notes().unwrap();
        assert_eq!(notes.len(), 2);
        assert_eq!(notes[0].counsellor, "Jan Peeters");
        assert_eq!(notes[0].text, "Volgende stap: PRINCE2-opleiding");
        let err = w.add_appointment_note("", "x").unwrap_err();
        assert_eq!(err.args()["field"], "counsellor");
        assert_eq!(
            w.add_appointment_note("A", "  ").unwrap_err().args()["field"],
            "note"
        );
        assert_eq!(w.appointment_notes().unwrap().len(), 2);
    }

    #[test]
    fn settings_persist_across_opens() {
        let tmp = tempfile::tempdir().unwrap();
        {
            let w = Wallet::open(tmp.path(), clock()).unwrap();
            let s = w.settings("nl_BE.UTF-8").unwrap();
            assert_eq!(s.language, None);
            assert_eq!(s.effective_language, Language::Nl);
            assert_eq!(s.theme, Theme::System);
            w.set_language(Some(Language::Fr), "nl_BE").unwrap();
            w.set_theme(Theme::Dark, "nl_BE").unwrap();
        }
        let w = Wallet::open(tmp.path(), clock()).unwrap();
        let s = w.settings("nl_BE").unwrap();
        assert_eq!(s.language, Some(Language::Fr));
        assert_eq!(s.effective_language, Language::Fr);
        assert_eq!(s.theme, Theme::Dark);
        let s = w.set_language(None, "en_GB").unwrap();
        assert_eq!((s.language, s.effective_language), (None, Language::En));
    }

    #[test]
    fn counts_follow_the_credentials_table() {
        let tmp = tempfile::tempdir().unwrap();
        let w = Wallet::open(tmp.path(), clock()).unwrap();
        for (i, kind) in ["badge", "badge", "endorsement"].iter().enumerate() {
            w.conn
                .execute(
                    "INSERT INTO credentials(id, kind, format, original, digest, imported_at)
                     VALUES (?1, ?2, 'json', x'7b7d', ?1, '2026-01-01T00:00:00Z')",
                    [format!("c{i}"), kind.to_string()],
                )
                .unwrap();
        }
        let c = w.info().unwrap().counts;
        assert_eq!((c.badges, c.self_declared, c.endorsements), (2, 0, 1));
    }
}
