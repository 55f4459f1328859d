//! The operating system's keyring, through the `keyring` crate (version 4, its `v1`
//! store: Secret Service on Linux and the BSDs, Keychain on macOS, Credential Manager
//! on Windows).
//!
//! Each wallet has its own keyring entries: the first time a key is stored, a random
//! account name (`<name>-<32 hex digits>`) is drawn and written, with the service name,
//! to `keys/<name>.keyring` in the wallet folder. That marker holds no secret; it lets a
//! moved wallet folder find its key again, keeps two wallets on one computer apart, and
//! tells [`super::open_keystore`] that the key lives in the keyring. When the marker is
//! there but the keyring has no such entry (a wallet copied to another computer),
//! loading fails with [`Error::KeyringEntryMissing`] rather than making a new key.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use zeroize::Zeroizing;

use super::{
    KeyStore, KeyStoreKind, SecretSeed, check_name, create_keys_dir, keys_dir, random_hex,
    write_private_atomically,
};
use crate::error::{Error, Result};

/// The keyring service name of every Passerelle entry.
pub const KEYRING_SERVICE: &str = "eu.passerelle.wallet";
/// The file name ending of a keyring marker.
pub const MARKER_EXTENSION: &str = "keyring";
/// How long the probe waits for the keyring to answer (it may be waiting for the
/// person to unlock it) before it counts as unavailable.
pub const PROBE_TIMEOUT: Duration = Duration::from_secs(30);

/// A place that keeps secrets by account name: the real keyring, or a stand-in in tests.
pub trait SecretBackend: Send + Sync {
    /// Keeps `secret` under `account`, replacing what was there.
    fn set(&self, account: &str, secret: &[u8]) -> Result<()>;
    /// The secret under `account`; `None` when there is no such entry.
    fn get(&self, account: &str) -> Result<Option<Zeroizing<Vec<u8>>>>;
    /// Removes the entry; nothing happens when there is none.
    fn delete(&self, account: &str) -> Result<()>;
}

/// The operating system's keyring.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemKeyring;

impl SystemKeyring {
    fn entry(account: &str) -> Result<keyring::Entry> {
        keyring::Entry::new(KEYRING_SERVICE, account).map_err(unavailable)
    }
}

/// A keyring error as text that never carries secret data.
fn unavailable(e: keyring::Error) -> Error {
    let detail = match &e {
        keyring::Error::BadEncoding(_) | keyring::Error::BadDataFormat(..) => {
            "the keyring gave back data in an unexpected form".to_owned()
        }
        keyring::Error::NoDefaultStore => match keyring::Entry::store_status() {
            Err(keyring::Error::NoDefaultStore) | Ok(()) => e.to_string(),
            Err(cause) => format!("no keyring could be opened: {cause}"),
        },
        _ => e.to_string(),
    };
    Error::KeyringUnavailable { detail }
}

impl SecretBackend for SystemKeyring {
    fn set(&self, account: &str, secret: &[u8]) -> Result<()> {
        Self::entry(account)?
            .set_secret(secret)
            .map_err(unavailable)
    }

    fn get(&self, account: &str) -> Result<Option<Zeroizing<Vec<u8>>>> {
        match Self::entry(account)?.get_secret() {
            Ok(secret) => Ok(Some(Zeroizing::new(secret))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(unavailable(e)),
        }
    }

    fn delete(&self, account: &str) -> Result<()> {
        match Self::entry(account)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(unavailable(e)),
        }
    }
}

/// What `keys/<name>.keyring` records.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct Marker {
    format: String,
    service: String,
    account: String,
}

const MARKER_FORMAT: &str = "passerelle-keyring-entry-1";

/// The key store that keeps seeds in the operating system's keyring.
#[derive(Clone)]
pub struct OsKeyStore {
    dir: PathBuf,
    backend: Arc<dyn SecretBackend>,
    probe_timeout: Duration,
}

impl OsKeyStore {
    /// The store of the wallet in `wallet_dir`, in the system keyring.
    pub fn system(wallet_dir: &Path) -> Self {
        Self::with_backend(wallet_dir, Arc::new(SystemKeyring))
    }

    /// The store of the wallet in `wallet_dir`, in `backend` (tests use a stand-in).
    pub fn with_backend(wallet_dir: &Path, backend: Arc<dyn SecretBackend>) -> Self {
        OsKeyStore {
            dir: keys_dir(wallet_dir),
            backend,
            probe_timeout: PROBE_TIMEOUT,
        }
    }

    /// The marker file of the key `name`.
    pub fn marker_path(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}.{MARKER_EXTENSION}"))
    }

    /// Whether this wallet records a key `name` in the keyring (the keyring itself is
    /// not asked).
    pub fn holds(&self, name: &str) -> bool {
        check_name(&self.dir, name).is_ok() && self.marker_path(name).exists()
    }

    /// The keyring account of `name`, if one was recorded.
    fn account(&self, name: &str) -> Result<Option<String>> {
        check_name(&self.dir, name)?;
        let path = self.marker_path(name);
        let text = match fs::read(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(Error::KeyFile { path, source }),
        };
        let corrupt = |detail: &str| Error::KeyFileCorrupt {
            path: path.clone(),
            detail: detail.to_owned(),
        };
        let marker: Marker = serde_json::from_slice(&text)
            .map_err(|_| corrupt("the keyring marker is not what Passerelle wrote"))?;
        let prefix = format!("{name}-");
        let account_ok = marker
            .account
            .strip_prefix(&prefix)
            .is_some_and(|id| id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()));
        if marker.format != MARKER_FORMAT || marker.service != KEYRING_SERVICE || !account_ok {
            return Err(corrupt("the keyring marker names another entry"));
        }
        Ok(Some(marker.account))
    }

    /// One write, read back and delete of a random test entry.
    fn probe_once(backend: &dyn SecretBackend) -> Result<()> {
        let account = format!("probe-{}", random_hex(16));
        let value = SecretSeed::generate();
        let failed = |step: &str, e: Error| Error::KeyringUnavailable {
            detail: match e {
                Error::KeyringUnavailable { detail } => format!("{step}: {detail}"),
                other => format!("{step}: {}", other.code()),
            },
        };
        backend
            .set(&account, value.expose())
            .map_err(|e| failed("writing a test entry", e))?;
        let read = backend.get(&account);
        let deleted = backend.delete(&account);
        match read.map_err(|e| failed("reading the test entry back", e))? {
            Some(back) if back.as_slice() == value.expose() => {}
            Some(_) => {
                return Err(Error::KeyringUnavailable {
                    detail: "the test entry read back differs from what was written".into(),
                });
            }
            None => {
                return Err(Error::KeyringUnavailable {
                    detail: "the test entry was accepted but could not be read back".into(),
                });
            }
        }
        deleted.map_err(|e| failed("deleting the test entry", e))
    }
}

impl fmt::Debug for OsKeyStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OsKeyStore")
            .field("service", &KEYRING_SERVICE)
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

impl KeyStore for OsKeyStore {
    fn kind(&self) -> KeyStoreKind {
        KeyStoreKind::Os
    }

    /// Writes, reads back and deletes a random test entry, on a helper thread: a
    /// keyring that does not answer within [`PROBE_TIMEOUT`] counts as unavailable.
    fn probe(&self) -> Result<()> {
        let backend = Arc::clone(&self.backend);
        let (tx, rx) = mpsc::channel();
        std::thread::Builder::new()
            .name("keyring-probe".into())
            .spawn(move || {
                let _ = tx.send(Self::probe_once(backend.as_ref()));
            })
            .map_err(|e| Error::KeyringUnavailable {
                detail: format!("the probe could not start: {e}"),
            })?;
        match rx.recv_timeout(self.probe_timeout) {
            Ok(result) => result,
            Err(mpsc::RecvTimeoutError::Timeout) => Err(Error::KeyringUnavailable {
                detail: format!(
                    "the keyring did not answer within {} seconds",
                    self.probe_timeout.as_secs()
                ),
            }),
            Err(mpsc::RecvTimeoutError::Disconnected) => Err(Error::KeyringUnavailable {
                detail: "the keyring probe stopped before answering".into(),
            }),
        }
    }

    fn store(&self, name: &str, seed: &SecretSeed) -> Result<()> {
        if let Some(account) = self.account(name)? {
            return self.backend.set(&account, seed.expose());
        }
        let account = format!("{name}-{}", random_hex(16));
        self.backend.set(&account, seed.expose())?;
        let marker = Marker {
            format: MARKER_FORMAT.into(),
            service: KEYRING_SERVICE.into(),
            account,
        };
        let mut text = serde_json::to_vec_pretty(&marker).map_err(|e| Error::KeyFile {
            path: self.marker_path(name),
            source: io::Error::other(e.to_string()),
        })?;
        text.push(b'\n');
        create_keys_dir(&self.dir)?;
        let path = self.marker_path(name);
        write_private_atomically(&path, &text).map_err(|source| {
            // Without its marker the entry would never be found: take it back out.
            let _ = self.backend.delete(&marker.account);
            Error::KeyFile { path, source }
        })
    }

    fn load(&self, name: &str) -> Result<Option<SecretSeed>> {
        let Some(account) = self.account(name)? else {
            return Ok(None);
        };
        match self.backend.get(&account)? {
            None => Err(Error::KeyringEntryMissing),
            Some(bytes) => {
                SecretSeed::from_slice(&bytes)
                    .map(Some)
                    .ok_or_else(|| Error::KeyringUnavailable {
                        detail: "the keyring gave back a key of the wrong size".into(),
                    })
            }
        }
    }

    fn delete(&self, name: &str) -> Result<()> {
        let Some(account) = self.account(name)? else {
            return Ok(());
        };
        self.backend.delete(&account)?;
        let path = self.marker_path(name);
        match fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(source) => Err(Error::KeyFile { path, source }),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::keys::HolderKey;
    use crate::keys::tests::leaks;
    use std::collections::HashMap;
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A keyring in memory.
    #[derive(Default)]
    pub(crate) struct MemoryBackend {
        entries: Mutex<HashMap<String, Vec<u8>>>,
        calls: AtomicUsize,
    }

    impl MemoryBackend {
        pub(crate) fn calls(&self) -> usize {
            self.calls.load(Ordering::SeqCst)
        }
        pub(crate) fn is_empty(&self) -> bool {
            self.entries.lock().unwrap().is_empty()
        }
        fn accounts(&self) -> Vec<String> {
            self.entries.lock().unwrap().keys().cloned().collect()
        }
        fn forget_all(&self) {
            self.entries.lock().unwrap().clear();
        }
    }

    impl SecretBackend for MemoryBackend {
        fn set(&self, account: &str, secret: &[u8]) -> Result<()> {
            self.calls.fetch_add(1, Ordering::SeqCst);
            self.entries
                .lock()
                .unwrap()
                .insert(account.to_owned(), secret.to_vec());
            Ok(())
        }
        fn get(&self, account: &str) -> Result<Option<Zeroizing<Vec<u8>>>> {
            self.calls.fetch_add(1, Ordering::SeqCst);
            Ok(self
                .entries
                .lock()
                .unwrap()
                .get(account)
                .cloned()
                .map(Zeroizing::new))
        }
        fn delete(&self, account: &str) -> Result<()> {
            self.calls.fetch_add(1, Ordering::SeqCst);
            self.entries.lock().unwrap().remove(account);
            Ok(())
        }
    }

    /// No keyring at all (as on a machine without a Secret Service).
    pub(crate) struct FailingBackend;

    impl SecretBackend for FailingBackend {
        fn set(&self, _: &str, _: &[u8]) -> Result<()> {
            Err(Error::KeyringUnavailable {
                detail: "no keyring here".into(),
            })
        }
        fn get(&self, _: &str) -> Result<Option<Zeroizing<Vec<u8>>>> {
            Err(Error::KeyringUnavailable {
                detail: "no keyring here".into(),
            })
        }
        fn delete(&self, _: &str) -> Result<()> {
            Err(Error::KeyringUnavailable {
                detail: "no keyring here".into(),
            })
        }
    }

    /// A keyring that says it saved, then has nothing: the case the probe is for.
    pub(crate) struct BrokenBackend;

    impl SecretBackend for BrokenBackend {
        fn set(&self, _: &str, _: &[u8]) -> Result<()> {
            Ok(())
        }
        fn get(&self, _: &str) -> Result<Option<Zeroizing<Vec<u8>>>> {
            Ok(None)
        }
        fn delete(&self, _: &str) -> Result<()> {
            Ok(())
        }
    }

    #[test]
    fn round_trip_with_a_marker_per_wallet() {
        let backend = Arc::new(MemoryBackend::default());
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        let store_a = OsKeyStore::with_backend(a.path(), backend.clone());
        let store_b = OsKeyStore::with_backend(b.path(), backend.clone());
        assert_eq!(store_a.kind(), KeyStoreKind::Os);
        assert!(store_a.load("holder").unwrap().is_none());
        store_a
            .store("holder", &SecretSeed::from_bytes([1; 32]))
            .unwrap();
        store_b
            .store("holder", &SecretSeed::from_bytes([2; 32]))
            .unwrap();
        assert_eq!(store_a.load("holder").unwrap().unwrap().expose(), &[1; 32]);
        assert_eq!(store_b.load("holder").unwrap().unwrap().expose(), &[2; 32]);
        assert_eq!(backend.accounts().len(), 2, "two wallets, two entries");
        // The marker names the entry and holds no secret.
        let marker = fs::read_to_string(store_a.marker_path("holder")).unwrap();
        assert!(marker.contains(KEYRING_SERVICE), "{marker}");
        assert!(!leaks(&marker, &[1; 32]));
        // Replacing keeps the same entry.
        store_a
            .store("holder", &SecretSeed::from_bytes([3; 32]))
            .unwrap();
        assert_eq!(backend.accounts().len(), 2);
        assert_eq!(store_a.load("holder").unwrap().unwrap().expose(), &[3; 32]);
        // A moved wallet folder finds its key.
        let moved = tempfile::tempdir().unwrap();
        let moved_dir = moved.path().join("w");
        fs::rename(a.path(), &moved_dir).unwrap();
        let store_moved = OsKeyStore::with_backend(&moved_dir, backend.clone());
        assert_eq!(
            store_moved.load("holder").unwrap().unwrap().expose(),
            &[3; 32]
        );
        store_moved.delete("holder").unwrap();
        assert!(!store_moved.holds("holder"));
        assert!(store_moved.load("holder").unwrap().is_none());
        assert_eq!(backend.accounts().len(), 1);
        store_moved.delete("holder").unwrap();
    }

    #[test]
    fn probe_needs_a_real_write_read_and_delete() {
        let tmp = tempfile::tempdir().unwrap();
        let memory = Arc::new(MemoryBackend::default());
        OsKeyStore::with_backend(tmp.path(), memory.clone())
            .probe()
            .unwrap();
        assert_eq!(memory.calls(), 3, "write, read, delete");
        assert!(memory.is_empty());
        assert!(
            !tmp.path().join("keys").exists(),
            "the probe leaves no file"
        );
        for backend in [
            Arc::new(FailingBackend) as Arc<dyn SecretBackend>,
            Arc::new(BrokenBackend),
        ] {
            let e = OsKeyStore::with_backend(tmp.path(), backend)
                .probe()
                .unwrap_err();
            assert_eq!(e.code(), "keyring-unavailable", "{e:?}");
        }
    }

    #[test]
    fn an_entry_gone_from_the_keyring_is_an_error_not_a_new_key() {
        let tmp = tempfile::tempdir().unwrap();
        let backend = Arc::new(MemoryBackend::default());
        let store = OsKeyStore::with_backend(tmp.path(), backend.clone());
        HolderKey::load_or_create(&store).unwrap();
        backend.forget_all();
        let e = HolderKey::load_or_create(&store).unwrap_err();
        assert_eq!(e.code(), "keyring-entry-missing");
        assert!(backend.is_empty(), "no new key was made");
        // An unavailable keyring is told as such.
        let e = OsKeyStore::with_backend(tmp.path(), Arc::new(FailingBackend))
            .load("holder")
            .unwrap_err();
        assert_eq!(e.code(), "keyring-unavailable");
    }

    #[test]
    fn a_damaged_marker_is_told_and_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let store = OsKeyStore::with_backend(tmp.path(), Arc::new(MemoryBackend::default()));
        store
            .store("holder", &SecretSeed::from_bytes([1; 32]))
            .unwrap();
        let path = store.marker_path("holder");
        for bad in [
            "not json".to_owned(),
            r#"{"format":"passerelle-keyring-entry-1","service":"other","account":"holder-00000000000000000000000000000000"}"#.to_owned(),
            r#"{"format":"passerelle-keyring-entry-1","service":"eu.passerelle.wallet","account":"someone-else"}"#.to_owned(),
        ] {
            fs::write(&path, &bad).unwrap();
            assert_eq!(
                store.load("holder").unwrap_err().code(),
                "key-file-corrupt",
                "{bad}"
            );
            assert_eq!(fs::read_to_string(&path).unwrap(), bad);
        }
    }

    /// The real keyring, when asked: `cargo test -p passerelle-wallet -- --ignored
    /// real_keyring`. Either outcome is fine; the point is that it answers clearly.
    #[test]
    #[ignore = "touches the machine's real keyring"]
    fn real_keyring_probe_answers() {
        let tmp = tempfile::tempdir().unwrap();
        let store = OsKeyStore::system(tmp.path());
        match store.probe() {
            Ok(()) => {
                let key = HolderKey::load_or_create(&store).unwrap();
                let again = HolderKey::load(&store).unwrap().unwrap();
                assert_eq!(again.did(), key.did());
                store.delete(crate::keys::HOLDER_KEY_NAME).unwrap();
                assert!(HolderKey::load(&store).unwrap().is_none());
                eprintln!("the system keyring works: {}", key.did());
            }
            Err(e) => {
                assert_eq!(e.code(), "keyring-unavailable");
                eprintln!("the system keyring is unavailable: {e}");
            }
        }
    }
}
