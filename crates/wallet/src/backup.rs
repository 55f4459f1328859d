//! Backup and restore of a whole wallet in one encrypted file (issue 6, point 4).
//!
//! A backup holds a consistent copy of the database (`VACUUM INTO`; evidence files
//! live in it) and the holder's key: the key file as it is (already encrypted with its
//! own passphrase), or, when the key is in the system keyring, a portable key file
//! sealed with the backup's passphrase (see [`crate::keys::portable`]). Either way it is
//! restored as `keys/holder.key`.
//!
//! Format, version 1 (integers little-endian):
//!
//! | size | content |
//! | --- | --- |
//! | 17 | magic `PASSERELLE-BACKUP` |
//! | 1 | format version, `1` |
//! | 1 | key derivation, `1` = Argon2id version 0x13 |
//! | 12 | Argon2 memory cost (KiB), time cost, lanes |
//! | 16 | salt |
//! | 24 | XChaCha20-Poly1305 nonce |
//! | 16 | passphrase check |
//! | rest | XChaCha20-Poly1305 ciphertext of the payload, with its tag |
//!
//! As in the key file, Argon2id gives 64 bytes: the encryption key, then the check that
//! tells a wrong passphrase from a damaged file; the header is authenticated data. The
//! payload is a 4-byte manifest length, a JSON manifest (`entries`: name, size,
//! SHA-256), then the entries one after the other.
//!
//! Restore reads and checks everything in memory, writes the database copy in a
//! scratch folder inside the wallet folder and opens it there with [`Wallet::open`]
//! (which refuses a schema newer than this binary and brings an older one up to date).
//! Then:
//! - into an empty wallet ([`Wallet::restore_into`], [`Wallet::restore`]) the files are
//!   moved into place, under the folder's exclusive lock (crates/wallet/src/lock.rs);
//! - into a wallet that holds things ([`Wallet::restore`], [`Wallet::restore_backup`]
//!   on the open wallet) the copy is merged in one SQLite transaction
//!   (crates/wallet/src/merge.rs); the wallet's own profile, settings and key stay.
//!
//! On any error the target wallet is left as it was.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use rand_core::{OsRng, RngCore};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::clock::Clock;
use crate::dto::{BackupSummary, RestoreSummary};
use crate::keys::{
    FileKeyStore, HOLDER_KEY_NAME, KdfParams, KeyStore, OsKeyStore, Passphrase, keys_dir,
    random_hex, write_private_atomically,
};
use crate::wallet::DB_FILE;
use crate::{Error, Result, Wallet};

pub const MAGIC: &[u8; 17] = b"PASSERELLE-BACKUP";
pub const FORMAT_VERSION: u8 = 1;
const KDF_ARGON2ID_13: u8 = 1;
const SALT_LEN: usize = 16;
const NONCE_LEN: usize = 24;
const CHECK_LEN: usize = 16;
const TAG_LEN: usize = 16;
const HEADER_LEN: usize = 17 + 1 + 1 + 12 + SALT_LEN + NONCE_LEN + CHECK_LEN;
/// The largest backup file read (the whole file is decrypted in memory).
pub const MAX_BACKUP_BYTES: u64 = 1024 * 1024 * 1024;
/// The name of the database entry.
const DB_ENTRY: &str = "wallet.sqlite";
/// The name of the key entry.
const KEY_ENTRY: &str = "keys/holder.key";

#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    format: u8,
    created_at: String,
    entries: Vec<Entry>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    name: String,
    size: u64,
    sha256: String,
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn reasonable(p: KdfParams) -> bool {
    (1..=16).contains(&p.lanes)
        && (8 * p.lanes..=1024 * 1024).contains(&p.memory_kib)
        && (1..=64).contains(&p.time)
}

fn derive(passphrase: &Passphrase, params: KdfParams, salt: &[u8]) -> Option<Zeroizing<[u8; 64]>> {
    let params = Params::new(params.memory_kib, params.time, params.lanes, Some(64)).ok()?;
    let mut out = Zeroizing::new([0u8; 64]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(passphrase.as_bytes(), salt, out.as_mut())
        .ok()?;
    Some(out)
}

/// Encrypts `payload` into a complete backup file.
fn seal(passphrase: &Passphrase, params: KdfParams, payload: &[u8]) -> Result<Vec<u8>> {
    let mut salt = [0u8; SALT_LEN];
    let mut nonce = [0u8; NONCE_LEN];
    OsRng.fill_bytes(&mut salt);
    OsRng.fill_bytes(&mut nonce);
    let failed = |detail: &str| Error::BackupFailed {
        detail: detail.to_owned(),
    };
    let derived = derive(passphrase, params, &salt).ok_or_else(|| failed("key derivation"))?;
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len() + TAG_LEN);
    out.extend_from_slice(MAGIC);
    out.push(FORMAT_VERSION);
    out.push(KDF_ARGON2ID_13);
    for v in [params.memory_kib, params.time, params.lanes] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.extend_from_slice(&salt);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&derived[32..32 + CHECK_LEN]);
    debug_assert_eq!(out.len(), HEADER_LEN);
    let ciphertext = XChaCha20Poly1305::new(Key::from_slice(&derived[..32]))
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: payload,
                aad: &out,
            },
        )
        .map_err(|_| failed("encryption"))?;
    out.extend_from_slice(&ciphertext);
    Ok(out)
}

/// Decrypts a backup file; the payload is wiped from memory when dropped.
fn open_sealed(bytes: &[u8], passphrase: &Passphrase, path: &Path) -> Result<Zeroizing<Vec<u8>>> {
    let corrupt = |detail: &str| Error::BackupCorrupt {
        path: path.to_owned(),
        detail: detail.to_owned(),
    };
    if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
        return Err(corrupt("it is not a Passerelle backup"));
    }
    if bytes.len() < HEADER_LEN + TAG_LEN {
        return Err(corrupt("the file is cut short"));
    }
    if bytes[17] != FORMAT_VERSION {
        return Err(corrupt(
            "the file was written in a format this version does not know",
        ));
    }
    if bytes[18] != KDF_ARGON2ID_13 {
        return Err(corrupt("the file names an unknown key derivation"));
    }
    let u32_at =
        |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    let params = KdfParams {
        memory_kib: u32_at(19),
        time: u32_at(23),
        lanes: u32_at(27),
    };
    if !reasonable(params) {
        return Err(corrupt("the file's Argon2 settings are out of range"));
    }
    let (header, ciphertext) = bytes.split_at(HEADER_LEN);
    let salt = &header[31..31 + SALT_LEN];
    let nonce = &header[47..47 + NONCE_LEN];
    let check = &header[71..71 + CHECK_LEN];
    if passphrase.is_empty() {
        return Err(Error::PassphraseNeeded);
    }
    let derived = derive(passphrase, params, salt).ok_or_else(|| corrupt("key derivation"))?;
    let same = derived[32..32 + CHECK_LEN]
        .iter()
        .zip(check)
        .fold(0u8, |acc, (x, y)| acc | (x ^ y))
        == 0;
    if !same {
        return Err(Error::BackupWrongPassphrase);
    }
    XChaCha20Poly1305::new(Key::from_slice(&derived[..32]))
        .decrypt(
            XNonce::from_slice(nonce),
            Payload {
                msg: ciphertext,
                aad: header,
            },
        )
        .map(Zeroizing::new)
        .map_err(|_| corrupt("the file is damaged (its contents do not match its seal)"))
}

/// Splits and checks a payload: every entry named once, with its size and hash.
fn unpack(payload: &[u8], path: &Path) -> Result<Vec<(String, Vec<u8>)>> {
    let corrupt = |detail: &str| Error::BackupCorrupt {
        path: path.to_owned(),
        detail: detail.to_owned(),
    };
    if payload.len() < 4 {
        return Err(corrupt("the contents are cut short"));
    }
    let len = u32::from_le_bytes([payload[0], payload[1], payload[2], payload[3]]) as usize;
    let rest = &payload[4..];
    if rest.len() < len {
        return Err(corrupt("the contents are cut short"));
    }
    let manifest: Manifest =
        serde_json::from_slice(&rest[..len]).map_err(|_| corrupt("the manifest is not valid"))?;
    if manifest.format != FORMAT_VERSION {
        return Err(corrupt("the manifest's format is unknown"));
    }
    let mut data = &rest[len..];
    let mut out: Vec<(String, Vec<u8>)> = Vec::new();
    for entry in manifest.entries {
        if ![DB_ENTRY, KEY_ENTRY].contains(&entry.name.as_str())
            || out.iter().any(|(n, _)| *n == entry.name)
        {
            return Err(corrupt("the manifest names an unexpected entry"));
        }
        let size = usize::try_from(entry.size).unwrap_or(usize::MAX);
        if size > data.len() {
            return Err(corrupt("an entry is cut short"));
        }
        let (bytes, next) = data.split_at(size);
        if sha256_hex(bytes) != entry.sha256 {
            return Err(corrupt("an entry does not match its SHA-256"));
        }
        out.push((entry.name, bytes.to_vec()));
        data = next;
    }
    if !data.is_empty() {
        return Err(corrupt("the contents have extra bytes"));
    }
    if !out.iter().any(|(n, _)| n == DB_ENTRY) {
        return Err(corrupt("the backup holds no database"));
    }
    Ok(out)
}

fn read_bounded(path: &Path, max: u64) -> Result<Vec<u8>> {
    let read_error = |source| Error::ReadFile {
        path: path.to_owned(),
        source,
    };
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|f| f.take(max + 1).read_to_end(&mut bytes))
        .map_err(read_error)?;
    if bytes.len() as u64 > max {
        return Err(Error::BackupCorrupt {
            path: path.to_owned(),
            detail: "the file is larger than any backup Passerelle reads".to_owned(),
        });
    }
    Ok(bytes)
}

/// Removes a folder on drop (the restore's scratch space).
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

impl Wallet {
    /// Writes a backup of the whole wallet to `out`, encrypted with `passphrase` (at
    /// least 8 characters). A key kept in the system keyring is included sealed with
    /// the same passphrase.
    pub fn backup(&self, out: &Path, passphrase: &Passphrase) -> Result<BackupSummary> {
        let os = OsKeyStore::system(self.dir());
        self.backup_with(out, passphrase, KdfParams::DEFAULT, &os)
    }

    /// [`Wallet::backup`] with the Argon2id costs and the keyring store given (tests).
    pub fn backup_with(
        &self,
        out: &Path,
        passphrase: &Passphrase,
        params: KdfParams,
        keyring: &dyn KeyStore,
    ) -> Result<BackupSummary> {
        if passphrase.is_empty() {
            return Err(Error::PassphraseNeeded);
        }
        passphrase.check_new()?;
        let write_error = |source: io::Error| Error::WriteFile {
            path: out.to_owned(),
            source,
        };
        if out.is_dir() {
            return Err(write_error(io::Error::new(
                io::ErrorKind::IsADirectory,
                "this is a folder",
            )));
        }
        let failed = |e: &dyn std::fmt::Display| Error::BackupFailed {
            detail: e.to_string(),
        };
        // A consistent snapshot, even while the wallet is in use.
        let snapshot = self.dir().join(format!(".backup-{}.sqlite", random_hex(8)));
        let vacuum = self
            .conn()
            .execute("VACUUM INTO ?1", [snapshot.to_string_lossy().into_owned()]);
        let db = vacuum
            .map_err(|e| failed(&e))
            .and_then(|_| fs::read(&snapshot).map_err(|e| failed(&e)));
        let _ = fs::remove_file(&snapshot);
        let db = db?;

        let key_file = FileKeyStore::new(self.dir(), None).path(HOLDER_KEY_NAME);
        let marker = keys_dir(self.dir()).join(format!(
            "{HOLDER_KEY_NAME}.{}",
            crate::keys::os::MARKER_EXTENSION
        ));
        let (key, key_kind) = if key_file.exists() {
            let bytes = fs::read(&key_file).map_err(|source| Error::KeyFile {
                path: key_file.clone(),
                source,
            })?;
            (Some(Zeroizing::new(bytes)), "file")
        } else if marker.exists() {
            let tmp = self
                .dir()
                .join(format!(".backup-key-{}.key", random_hex(8)));
            let exported = crate::keys::portable::export_holder_key(
                keyring,
                self.dir(),
                &tmp,
                Some(passphrase),
                params,
            )
            .and_then(|_| fs::read(&tmp).map_err(|e| failed(&e)));
            let _ = fs::remove_file(&tmp);
            (Some(Zeroizing::new(exported?)), "keyring")
        } else {
            (None, "none")
        };

        let mut entries = vec![(DB_ENTRY, db.as_slice())];
        if let Some(key) = &key {
            entries.push((KEY_ENTRY, key.as_slice()));
        }
        let manifest = Manifest {
            format: FORMAT_VERSION,
            created_at: crate::clock::rfc3339(self.clock().now()),
            entries: entries
                .iter()
                .map(|(name, bytes)| Entry {
                    name: (*name).to_owned(),
                    size: bytes.len() as u64,
                    sha256: sha256_hex(bytes),
                })
                .collect(),
        };
        let manifest = serde_json::to_vec(&manifest).map_err(|e| failed(&e))?;
        let mut payload = Zeroizing::new(Vec::with_capacity(
            4 + manifest.len() + entries.iter().map(|(_, b)| b.len()).sum::<usize>(),
        ));
        payload.extend_from_slice(&(manifest.len() as u32).to_le_bytes());
        payload.extend_from_slice(&manifest);
        for (_, bytes) in &entries {
            payload.extend_from_slice(bytes);
        }
        let sealed = seal(passphrase, params, &payload)?;
        if sealed.len() as u64 > MAX_BACKUP_BYTES {
            return Err(failed(&"the wallet is larger than a backup can hold"));
        }
        write_private_atomically(out, &sealed).map_err(write_error)?;
        let counts = self.info()?.counts;
        Ok(BackupSummary {
            path: out.display().to_string(),
            bytes: u32::try_from(sealed.len()).unwrap_or(u32::MAX),
            counts,
            key: key_kind.to_owned(),
        })
    }

    /// Restores the backup `file` into the wallet folder `dir`, which must be empty:
    /// no key, and nothing a person put in the database (settings aside). The wallet
    /// becomes the backup's copy, settings and key included. Nothing in `dir` changes
    /// when anything fails; `wallet-busy` while another `Wallet` has `dir` open.
    pub fn restore_into(
        dir: &Path,
        file: &Path,
        passphrase: &Passphrase,
        clock: Arc<dyn Clock>,
    ) -> Result<RestoreSummary> {
        Self::restore_at(dir, file, passphrase, clock, false)
    }

    /// `passerelle restore FILE`: into an empty wallet as [`Wallet::restore_into`];
    /// into a wallet that holds things, merged as [`Wallet::restore_backup`] does.
    /// Either way under the folder's exclusive lock: `wallet-busy` while the wallet is
    /// open elsewhere (the desktop app, another command).
    pub fn restore(
        dir: &Path,
        file: &Path,
        passphrase: &Passphrase,
        clock: Arc<dyn Clock>,
    ) -> Result<RestoreSummary> {
        Self::restore_at(dir, file, passphrase, clock, true)
    }

    /// Merges the backup `file` into this open wallet: everything of the backup the
    /// wallet does not hold yet is added (see crates/wallet/src/merge.rs for what
    /// "the same" means per kind), what it holds stays; its profile (unless empty),
    /// settings and key stay too. One transaction: on any error nothing changed.
    pub fn restore_backup(
        &mut self,
        file: &Path,
        passphrase: &Passphrase,
    ) -> Result<RestoreSummary> {
        let contents = read_backup(file, passphrase)?;
        self.merge_contents(file, &contents, false)
    }

    fn restore_at(
        dir: &Path,
        file: &Path,
        passphrase: &Passphrase,
        clock: Arc<dyn Clock>,
        merge: bool,
    ) -> Result<RestoreSummary> {
        // Everything about the file is checked before the folder is touched.
        let contents = read_backup(file, passphrase)?;
        let (key_path, marker) = holder_key_paths(dir);
        let keyed = key_path.exists() || marker.exists();
        let not_empty = || Error::RestoreNotEmpty {
            path: dir.to_owned(),
        };
        if keyed && !merge {
            return Err(not_empty());
        }
        fs::create_dir_all(dir).map_err(|source| Error::WalletDir {
            path: dir.to_owned(),
            source,
        })?;
        let lock = crate::lock::DirLock::exclusive(dir)?;
        let lock = if keyed || dir.join(DB_FILE).exists() {
            let mut existing =
                Wallet::open_locked(dir.to_owned(), clock.clone(), crate::MIGRATIONS, lock)?;
            if keyed || !crate::merge::is_empty(existing.conn())? {
                if !merge {
                    return Err(not_empty());
                }
                return existing.merge_contents(file, &contents, false);
            }
            existing.into_lock()
        } else {
            lock
        };
        let summary = replace(dir, file, &contents, clock)?;
        drop(lock);
        Ok(summary)
    }

    /// [`Wallet::restore_backup`] once the file is read; `fail` makes it fail at the
    /// very end, the key file placed and every row written (tests of the rollback).
    fn merge_contents(
        &mut self,
        file: &Path,
        contents: &Contents,
        fail: bool,
    ) -> Result<RestoreSummary> {
        let dir = self.dir().to_owned();
        let clock: Arc<dyn Clock> = Arc::new(crate::clock::FixedClock(self.clock().now()));
        let staged = stage(&dir, file, contents, clock)?;
        let (key_path, marker) = holder_key_paths(&dir);
        let mut staged_key = None;
        let key = match &contents.key {
            None => "none",
            Some(k) if key_path.exists() => {
                if fs::read(&key_path).is_ok_and(|own| own == k.as_slice()) {
                    "same"
                } else {
                    "kept"
                }
            }
            Some(_) if marker.exists() => "kept",
            Some(k) => {
                let path = staged.scratch.0.join("holder.key");
                write_private_atomically(&path, k).map_err(|source| Error::WriteFile {
                    path: path.clone(),
                    source,
                })?;
                staged_key = Some(path);
                "restored"
            }
        };
        let mut placed = false;
        let result = crate::merge::merge(self.conn(), &dir, &staged.db, || {
            if let Some(staged) = &staged_key {
                crate::keys::create_keys_dir(&keys_dir(&dir))?;
                fs::rename(staged, &key_path).map_err(|source| Error::WriteFile {
                    path: key_path.clone(),
                    source,
                })?;
                placed = true;
            }
            if fail {
                return Err(Error::Database {
                    detail: "injected failure".to_owned(),
                });
            }
            Ok(())
        });
        if result.is_err() && placed {
            let _ = fs::remove_file(&key_path);
        }
        let merged = result?;
        drop(staged);
        if let Ok(mut cache) = self.trainings_cache.lock() {
            *cache = None;
        }
        Ok(RestoreSummary {
            path: dir.display().to_string(),
            mode: "merged".to_owned(),
            counts: self.info()?.counts,
            kinds: merged.kinds,
            profile: if merged.profile_restored {
                "restored"
            } else {
                "kept"
            }
            .to_owned(),
            settings: "kept".to_owned(),
            key: key.to_owned(),
        })
    }
}

/// A backup read from disk, decrypted and checked, in memory.
struct Contents {
    db: Zeroizing<Vec<u8>>,
    key: Option<Zeroizing<Vec<u8>>>,
}

fn read_backup(file: &Path, passphrase: &Passphrase) -> Result<Contents> {
    let bytes = read_bounded(file, MAX_BACKUP_BYTES)?;
    let payload = open_sealed(&bytes, passphrase, file)?;
    drop(bytes);
    let mut db = None;
    let mut key = None;
    for (name, bytes) in unpack(&payload, file)? {
        if name == DB_ENTRY {
            db = Some(Zeroizing::new(bytes));
        } else {
            key = Some(Zeroizing::new(bytes));
        }
    }
    Ok(Contents {
        db: db.expect("unpack checks there is a database"),
        key,
    })
}

/// The holder's key file and the marker of a key kept in the keyring.
fn holder_key_paths(dir: &Path) -> (PathBuf, PathBuf) {
    let key = FileKeyStore::new(dir, None).path(HOLDER_KEY_NAME);
    let marker = keys_dir(dir).join(format!(
        "{HOLDER_KEY_NAME}.{}",
        crate::keys::os::MARKER_EXTENSION
    ));
    (key, marker)
}

/// The backup's database written in a scratch folder inside the wallet folder and
/// checked there (an older one brought to this binary's schema).
struct Staged {
    scratch: Scratch,
    db: PathBuf,
    kinds: Vec<crate::dto::RestoreCount>,
    counts: crate::dto::Counts,
}

fn stage(dir: &Path, file: &Path, contents: &Contents, clock: Arc<dyn Clock>) -> Result<Staged> {
    let write_error = |path: &Path, source| Error::WriteFile {
        path: path.to_owned(),
        source,
    };
    let scratch = Scratch(dir.join(format!(".restore-{}", random_hex(8))));
    fs::create_dir(&scratch.0).map_err(|e| write_error(&scratch.0, e))?;
    let db = scratch.0.join(DB_FILE);
    write_private_atomically(&db, &contents.db).map_err(|e| write_error(&db, e))?;
    let restored = Wallet::open(&scratch.0, clock).map_err(|e| match e {
        Error::WalletTooNew {
            found, supported, ..
        } => Error::WalletTooNew {
            path: file.to_owned(),
            found,
            supported,
        },
        other => Error::BackupCorrupt {
            path: file.to_owned(),
            detail: format!("the database cannot be opened: {other}"),
        },
    })?;
    if restored.schema_version()? == 0 {
        return Err(Error::BackupCorrupt {
            path: file.to_owned(),
            detail: "the database is not a Passerelle wallet".to_owned(),
        });
    }
    let kinds = crate::merge::kinds_in(restored.conn(), "main")?;
    let counts = restored.info()?.counts;
    drop(restored);
    Ok(Staged {
        scratch,
        db,
        kinds,
        counts,
    })
}

/// Makes the backup's copy the wallet in `dir` (empty, and locked by the caller).
fn replace(
    dir: &Path,
    file: &Path,
    contents: &Contents,
    clock: Arc<dyn Clock>,
) -> Result<RestoreSummary> {
    let write_error = |path: &Path, source| Error::WriteFile {
        path: path.to_owned(),
        source,
    };
    let staged = stage(dir, file, contents, clock)?;
    let staged_key = match &contents.key {
        Some(key) => {
            let path = staged.scratch.0.join("holder.key");
            write_private_atomically(&path, key).map_err(|e| write_error(&path, e))?;
            Some(path)
        }
        None => None,
    };
    // Move into place: the key first (undone if the database cannot follow).
    let (key_path, _) = holder_key_paths(dir);
    let db_path = dir.join(DB_FILE);
    if let Some(key) = &staged_key {
        crate::keys::create_keys_dir(&keys_dir(dir))?;
        fs::rename(key, &key_path).map_err(|e| write_error(&key_path, e))?;
    }
    for suffix in ["-wal", "-shm"] {
        let _ = fs::remove_file(dir.join(format!("{DB_FILE}{suffix}")));
    }
    if let Err(e) = fs::rename(&staged.db, &db_path) {
        if staged_key.is_some() {
            let _ = fs::remove_file(&key_path);
        }
        return Err(write_error(&db_path, e));
    }
    Ok(RestoreSummary {
        path: dir.display().to_string(),
        mode: "restored".to_owned(),
        counts: staged.counts,
        kinds: staged.kinds,
        profile: "restored".to_owned(),
        settings: "restored".to_owned(),
        key: if staged_key.is_some() {
            "restored"
        } else {
            "none"
        }
        .to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FixedClock;
    use crate::keys::HolderKey;
    use crate::keys::os::tests::MemoryBackend;
    use time::macros::datetime;

    const PASS: &str = "backup passphrase";
    const KEY_PASS: &str = "key file passphrase";

    fn clock() -> Arc<dyn Clock> {
        Arc::new(FixedClock(datetime!(2026-11-23 10:00:00 UTC)))
    }

    fn keyring(dir: &Path) -> OsKeyStore {
        OsKeyStore::with_backend(dir, Arc::new(MemoryBackend::default()))
    }

    /// A wallet with the demo badges, a profile, a note and a key file; its backup.
    fn backed_up(root: &Path) -> (Wallet, PathBuf) {
        let dir = root.join("source");
        let mut w = Wallet::open(&dir, clock()).unwrap();
        w.load_demo("fr_BE").unwrap();
        w.set_profile("Zoë Dupré-Van den Bossche", &["zoe@example.be".into()])
            .unwrap();
        w.add_appointment_note("Sophie Lambert", "Vu le rapport.")
            .unwrap();
        let store =
            FileKeyStore::new(&dir, Some(KEY_PASS.into())).with_params(KdfParams::FOR_TESTS);
        HolderKey::load_or_create(&store).unwrap();
        let out = root.join("wallet.backup");
        let summary = w
            .backup_with(&out, &PASS.into(), KdfParams::FOR_TESTS, &keyring(&dir))
            .unwrap();
        assert_eq!(summary.key, "file");
        assert!(summary.counts.badges > 0);
        (w, out)
    }

    /// Every file under `dir` with the SHA-256 of its bytes.
    fn snapshot(dir: &Path) -> Vec<(PathBuf, String)> {
        let mut files = Vec::new();
        if dir.exists() {
            for entry in walk(dir) {
                files.push((entry.clone(), sha256_hex(&fs::read(&entry).unwrap())));
            }
        }
        files.sort();
        files
    }

    fn walk(dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for e in fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
        out
    }

    #[test]
    fn round_trip_restores_badges_profile_notes_and_key() {
        let root = tempfile::tempdir().unwrap();
        let (source, out) = backed_up(root.path());
        let bytes = fs::read(&out).unwrap();
        assert!(bytes.starts_with(MAGIC));
        assert!(
            !bytes.windows(8).any(|w| w == b"Zo\xc3\xab Dup"),
            "the contents are encrypted"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                fs::metadata(&out).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        let target = root.path().join("target");
        let summary = Wallet::restore_into(&target, &out, &PASS.into(), clock()).unwrap();
        assert_eq!(
            (summary.mode.as_str(), summary.key.as_str()),
            ("restored", "restored")
        );
        let restored = Wallet::open(&target, clock()).unwrap();
        assert_eq!(summary.counts, restored.info().unwrap().counts);
        assert_eq!(
            restored.list_badges(None, None).unwrap(),
            source.list_badges(None, None).unwrap()
        );
        assert_eq!(restored.profile().unwrap(), source.profile().unwrap());
        assert_eq!(
            restored.appointment_notes().unwrap(),
            source.appointment_notes().unwrap()
        );
        assert_eq!(
            fs::read(target.join("keys/holder.key")).unwrap(),
            fs::read(source.dir().join("keys/holder.key")).unwrap()
        );
        let leftovers: Vec<_> = walk(&target)
            .into_iter()
            .filter(|p| p.to_string_lossy().contains(".restore-"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    #[test]
    fn a_keyring_key_is_sealed_with_the_backup_passphrase() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("source");
        let w = Wallet::open(&dir, clock()).unwrap();
        let os = keyring(&dir);
        let key = HolderKey::load_or_create(&os).unwrap();
        let out = root.path().join("b.backup");
        let s = w
            .backup_with(&out, &PASS.into(), KdfParams::FOR_TESTS, &os)
            .unwrap();
        assert_eq!(s.key, "keyring");
        let target = root.path().join("target");
        Wallet::restore_into(&target, &out, &PASS.into(), clock()).unwrap();
        let restored = FileKeyStore::new(&target, Some(PASS.into()));
        assert_eq!(
            HolderKey::load(&restored).unwrap().unwrap().did(),
            key.did()
        );
    }

    #[test]
    fn wrong_passphrase_is_refused_and_the_target_is_untouched() {
        let root = tempfile::tempdir().unwrap();
        let (_, out) = backed_up(root.path());
        let target = root.path().join("target");
        Wallet::open(&target, clock()).unwrap();
        let before = snapshot(&target);
        let e =
            Wallet::restore_into(&target, &out, &"not the passphrase".into(), clock()).unwrap_err();
        assert_eq!(e.code(), "backup-wrong-passphrase");
        assert_eq!(snapshot(&target), before);
        let e = Wallet::restore_into(&target, &out, &"".into(), clock()).unwrap_err();
        assert_eq!(e.code(), "passphrase-needed");
    }

    #[test]
    fn damaged_or_truncated_files_are_corrupt_and_change_nothing() {
        let root = tempfile::tempdir().unwrap();
        let (_, out) = backed_up(root.path());
        let good = fs::read(&out).unwrap();
        let target = root.path().join("target");
        let bad = root.path().join("bad.backup");
        let mut cases: Vec<(&str, Vec<u8>)> = vec![
            ("truncated", good[..good.len() / 2].to_vec()),
            ("header only", good[..HEADER_LEN].to_vec()),
            ("not a backup", b"hello".to_vec()),
            ("extra byte", [good.as_slice(), b"x"].concat()),
        ];
        for i in [17, good.len() / 2, good.len() - 1] {
            let mut b = good.clone();
            b[i] ^= 1;
            cases.push(("flipped", b));
        }
        for (what, bytes) in cases {
            fs::write(&bad, &bytes).unwrap();
            let e = Wallet::restore_into(&target, &bad, &PASS.into(), clock()).unwrap_err();
            assert_eq!(e.code(), "backup-corrupt", "{what}: {e:?}");
            assert!(!target.exists(), "{what}: nothing written");
        }
    }

    #[test]
    fn a_wallet_that_holds_credentials_is_not_overwritten() {
        let root = tempfile::tempdir().unwrap();
        let (_, out) = backed_up(root.path());
        let target = root.path().join("target");
        {
            let mut t = Wallet::open(&target, clock()).unwrap();
            t.load_demo("nl_BE").unwrap();
        }
        let before = snapshot(&target);
        let e = Wallet::restore_into(&target, &out, &PASS.into(), clock()).unwrap_err();
        assert_eq!(e.code(), "restore-not-empty");
        assert_eq!(e.args()["path"], target.display().to_string());
        assert_eq!(snapshot(&target), before);
        // A wallet with a key but no credential is not empty either.
        let keyed = root.path().join("keyed");
        let store =
            FileKeyStore::new(&keyed, Some(KEY_PASS.into())).with_params(KdfParams::FOR_TESTS);
        HolderKey::load_or_create(&store).unwrap();
        let e = Wallet::restore_into(&keyed, &out, &PASS.into(), clock()).unwrap_err();
        assert_eq!(e.code(), "restore-not-empty");
        assert!(!keyed.join(DB_FILE).exists());
    }

    #[test]
    fn a_short_passphrase_makes_no_backup() {
        let root = tempfile::tempdir().unwrap();
        let w = Wallet::open(root.path().join("w"), clock()).unwrap();
        let out = root.path().join("b.backup");
        let e = w
            .backup_with(
                &out,
                &"short".into(),
                KdfParams::FOR_TESTS,
                &keyring(w.dir()),
            )
            .unwrap_err();
        assert_eq!(e.code(), "passphrase-too-short");
        assert!(!out.exists());
    }

    // Merging into a wallet that holds things.

    fn fixture(path: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures")
            .join(path)
    }

    /// A wallet holding a bit of every kind (the demo credentials and samples, a skill
    /// with an evidence file, a document, a profile, a note, a plan entry, imported
    /// offers and places, a key file); and its backup.
    fn everything(root: &Path) -> (Wallet, PathBuf) {
        let dir = root.join("source");
        let mut w = Wallet::open(&dir, clock()).unwrap();
        w.load_demo("fr_BE").unwrap();
        w.set_profile("Zoë Dupré-Van den Bossche", &["zoe@example.be".into()])
            .unwrap();
        w.add_appointment_note("Sophie Lambert", "Vu le rapport.")
            .unwrap();
        w.add_to_plan("passerelle-sample:forem-chef-projet-it", "fr")
            .unwrap();
        w.import_trainings(&fixture("trainings/catalogue.json"))
            .unwrap();
        w.conn()
            .execute(
                "INSERT INTO documents(url, kind, content, digest, added_at)
                 VALUES ('https://issuer.example/status/1', 'status-list', x'7b7d', 'd', 'now')",
                [],
            )
            .unwrap();
        // The CV's texts (crates/wallet/src/cv.rs), as a row.
        w.conn()
            .execute(
                "INSERT INTO cv_content(id, content, updated_at) VALUES (1, '{}', 'now')",
                [],
            )
            .unwrap();
        let evidence = root.join("rapport.txt");
        fs::write(&evidence, "Rapport de clôture du projet.\n").unwrap();
        let store =
            FileKeyStore::new(&dir, Some(KEY_PASS.into())).with_params(KdfParams::FOR_TESTS);
        let declaration = crate::skills::Declaration {
            competence: "E.2".into(),
            level: 3,
            narratives: vec![(crate::Language::Fr, "J’ai planifié un projet.".into())],
            place: None,
            period: None,
            team_size: None,
            outcome: None,
            links: vec![],
            files: vec![evidence],
        };
        w.declare_skill(&declaration, &store, crate::Language::Fr)
            .unwrap();
        let out = root.join("wallet.backup");
        w.backup_with(&out, &PASS.into(), KdfParams::FOR_TESTS, &keyring(&dir))
            .unwrap();
        (w, out)
    }

    fn kinds(s: &RestoreSummary) -> Vec<(String, u32, u32)> {
        s.kinds
            .iter()
            .map(|k| (k.kind.clone(), k.added, k.existing))
            .collect()
    }

    fn count(w: &Wallet, table: &str) -> u32 {
        w.conn()
            .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    }

    fn ids(w: &Wallet) -> Vec<String> {
        let mut stmt = w
            .conn()
            .prepare("SELECT id FROM credentials ORDER BY id")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    #[test]
    fn every_table_is_either_merged_or_kept() {
        let root = tempfile::tempdir().unwrap();
        let w = Wallet::open(root.path(), clock()).unwrap();
        let mut stmt = w
            .conn()
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            )
            .unwrap();
        let tables: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        for table in &tables {
            assert!(
                crate::merge::MERGED.contains(&table.as_str())
                    || crate::merge::KEPT.contains(&table.as_str()),
                "decide how {table} merges (crates/wallet/src/merge.rs)"
            );
        }
    }

    #[test]
    fn merging_adds_what_is_missing_once_and_keeps_what_the_wallet_has() {
        let root = tempfile::tempdir().unwrap();
        let (source, out) = everything(root.path());
        let dir = root.path().join("target");
        let mut target = Wallet::open(&dir, clock()).unwrap();
        // The same sample badges, the same note and plan entry; its own demo, profile,
        // language and key.
        target.load_demo("nl_BE").unwrap();
        target
            .set_profile("Jan Peeters", &["jan@example.be".into()])
            .unwrap();
        target
            .set_language(Some(crate::Language::Nl), "fr_BE")
            .unwrap();
        target
            .add_appointment_note("Sophie Lambert", "Vu le rapport.")
            .unwrap();
        target
            .add_to_plan("passerelle-sample:forem-chef-projet-it", "fr")
            .unwrap();
        let own = FileKeyStore::new(&dir, Some("another passphrase".into()))
            .with_params(KdfParams::FOR_TESTS);
        HolderKey::load_or_create(&own).unwrap();
        let own_key = fs::read(dir.join("keys/holder.key")).unwrap();
        let before = target.info().unwrap().counts;
        let source_counts = source.info().unwrap().counts;

        let summary = target.restore_backup(&out, &PASS.into()).unwrap();
        assert_eq!(summary.mode, "merged");
        let samples = 4;
        let offers = count(&source, "training_offers");
        let places = count(&source, "learning_places");
        assert!(offers > 0);
        assert_eq!(
            kinds(&summary),
            vec![
                ("badges".into(), source_counts.badges - samples, samples),
                ("self-declared".into(), source_counts.self_declared, 0),
                ("endorsements".into(), source_counts.endorsements, 0),
                ("evidence".into(), 1, 0),
                ("documents".into(), 1, 0),
                ("notes".into(), 0, 1),
                ("plan".into(), 0, 1),
                ("offers".into(), offers, 0),
                ("places".into(), places, 0),
                ("cv".into(), 1, 0),
            ]
        );
        let after = target.info().unwrap().counts;
        assert_eq!(summary.counts, after);
        assert_eq!(after.badges, before.badges + source_counts.badges - samples);
        assert_eq!(
            after.self_declared,
            before.self_declared + source_counts.self_declared
        );
        // Every credential of the backup is there once, with its original bytes.
        let target_ids = ids(&target);
        for id in ids(&source) {
            assert!(target_ids.contains(&id), "{id}");
            assert_eq!(
                target.export_credential(&id).unwrap(),
                source.export_credential(&id).unwrap()
            );
        }
        let skill = source
            .list_badges(None, None)
            .unwrap()
            .into_iter()
            .map(|b| b.id)
            .chain(ids(&source))
            .find(|id| id.starts_with("skill-") && !source.evidence_files(id).unwrap().is_empty())
            .unwrap();
        assert_eq!(
            target.evidence_files(&skill).unwrap(),
            source.evidence_files(&skill).unwrap()
        );
        // The wallet's own profile, settings and key stayed.
        assert_eq!(
            (summary.profile.as_str(), summary.settings.as_str()),
            ("kept", "kept")
        );
        assert_eq!(target.profile().unwrap().name, "Jan Peeters");
        assert_eq!(
            target.settings("fr_BE").unwrap().language,
            Some(crate::Language::Nl)
        );
        assert_eq!(summary.key, "kept");
        assert_eq!(fs::read(dir.join("keys/holder.key")).unwrap(), own_key);
        assert_eq!(target.appointment_notes().unwrap().len(), 1);
        assert_eq!(target.plan("fr").unwrap().len(), 1);

        // Merging the same backup again adds nothing.
        let again = target.restore_backup(&out, &PASS.into()).unwrap();
        assert!(again.kinds.iter().all(|k| k.added == 0), "{again:?}");
        assert_eq!(again.counts, after);
        assert_eq!(ids(&target), target_ids);
        let leftovers: Vec<_> = walk(&dir)
            .into_iter()
            .filter(|p| p.to_string_lossy().contains(".restore-"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    #[test]
    fn a_merge_that_fails_half_way_changes_no_byte_of_the_wallet() {
        let root = tempfile::tempdir().unwrap();
        let (source, out) = everything(root.path());
        let dir = root.path().join("target");
        {
            let mut target = Wallet::open(&dir, clock()).unwrap();
            target.load_demo("nl_BE").unwrap();
        }
        let before = snapshot(&dir);
        let mut target = Wallet::open(&dir, clock()).unwrap();
        let contents = read_backup(&out, &PASS.into()).unwrap();
        // Fails after every row is written and the key file is in place.
        let e = target.merge_contents(&out, &contents, true).unwrap_err();
        assert_eq!(e.code(), "database");
        assert!(!dir.join("keys/holder.key").exists());
        // A wrong passphrase changes nothing either.
        let e = target
            .restore_backup(&out, &"not the passphrase".into())
            .unwrap_err();
        assert_eq!(e.code(), "backup-wrong-passphrase");
        drop(target);
        assert_eq!(
            snapshot(&dir),
            before,
            "the wallet is byte-for-byte the same"
        );

        // The same merge, not interrupted: this wallet had no key, so it takes the backup's.
        let mut target = Wallet::open(&dir, clock()).unwrap();
        let summary = target.merge_contents(&out, &contents, false).unwrap();
        assert_eq!(summary.key, "restored");
        assert_eq!(summary.profile, "restored");
        assert_eq!(
            fs::read(dir.join("keys/holder.key")).unwrap(),
            fs::read(source.dir().join("keys/holder.key")).unwrap()
        );
        assert_eq!(target.profile().unwrap(), source.profile().unwrap());
    }

    #[test]
    fn restoring_into_a_wallet_open_elsewhere_is_refused_as_busy() {
        let root = tempfile::tempdir().unwrap();
        let (_, out) = backed_up(root.path());
        let dir = root.path().join("target");
        let mut first = Wallet::open(&dir, clock()).unwrap();
        first.load_demo("nl_BE").unwrap();
        // Two wallets open on one folder side by side (the app and a command) is fine.
        let second = Wallet::open(&dir, clock()).unwrap();
        assert_eq!(second.info().unwrap().counts, first.info().unwrap().counts);
        drop(second);
        drop(first);
        let before = snapshot(&dir);
        let open = Wallet::open(&dir, clock()).unwrap();
        for restore in [Wallet::restore, Wallet::restore_into] {
            let e = restore(&dir, &out, &PASS.into(), clock()).unwrap_err();
            assert_eq!(e.code(), "wallet-busy");
            assert_eq!(e.args()["path"], dir.display().to_string());
        }
        drop(open);
        assert_eq!(snapshot(&dir), before);
        // Nor does a wallet open while a restore holds the folder.
        let held = crate::lock::DirLock::exclusive(&dir).unwrap();
        assert_eq!(
            Wallet::open(&dir, clock()).unwrap_err().code(),
            "wallet-busy"
        );
        drop(held);
        // Closed everywhere: `restore` merges into it.
        let summary = Wallet::restore(&dir, &out, &PASS.into(), clock()).unwrap();
        assert_eq!(summary.mode, "merged");
        assert_eq!(summary.key, "restored");
        let empty = root.path().join("empty");
        let summary = Wallet::restore(&empty, &out, &PASS.into(), clock()).unwrap();
        assert_eq!(
            (summary.mode.as_str(), summary.settings.as_str()),
            ("restored", "restored")
        );
        assert!(summary.kinds.iter().all(|k| k.existing == 0));
    }
}
