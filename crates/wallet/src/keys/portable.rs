//! Portable key files: a copy of the holder's signing key that its owner carries to
//! another computer (issue 4, points 5 and 6).
//!
//! A counsellor endorses during an appointment at the learner's computer, in the
//! learner's wallet. The learner's key must never sign as the counsellor, so the
//! counsellor brings their own key as a file, in the very format of `keys/holder.key`
//! (see [`super::file`]: Argon2id + XChaCha20-Poly1305, protected by a passphrase).
//!
//! - [`export_holder_key`] writes such a file from the wallet's own key store: a copy
//!   of the encrypted file when the key is kept in a file, or the key sealed with a new
//!   passphrase when it is kept in the system keyring.
//! - [`read_key_file`] opens one, read-only: nothing is written anywhere, and the
//!   secret is wiped from memory when the returned seed is dropped.
//!
//! No secret or passphrase ever reaches an error or a log (errors carry the file's
//! path and fixed texts only).

use std::io;
use std::path::Path;

use super::file::{KdfParams, Sealed, read_bounded, seal};
use super::{
    FileKeyStore, HOLDER_KEY_NAME, HolderKey, KeyStore, KeyStoreKind, Passphrase, SecretSeed,
    write_private_atomically,
};
use crate::error::{Error, Result};

/// The usual ending of a portable key file's name.
pub const EXTENSION: &str = "key";

/// Opens the portable key file at `path` with `passphrase`, without changing it.
///
/// Errors: [`Error::PassphraseNeeded`] (empty passphrase), [`Error::WrongPassphrase`],
/// [`Error::KeyFileCorrupt`] (not a Passerelle key file, or damaged) and
/// [`Error::KeyFile`] (it cannot be read).
pub fn read_key_file(path: &Path, passphrase: &Passphrase) -> Result<SecretSeed> {
    let bytes = read_bounded(path).map_err(|source| Error::KeyFile {
        path: path.to_owned(),
        source,
    })?;
    let sealed = Sealed::parse(&bytes).map_err(|detail| Error::KeyFileCorrupt {
        path: path.to_owned(),
        detail: detail.to_owned(),
    })?;
    if passphrase.is_empty() {
        return Err(Error::PassphraseNeeded);
    }
    sealed.open(passphrase, path)
}

/// The identity in the portable key file at `path` (see [`read_key_file`]).
pub fn open_key_file(path: &Path, passphrase: &Passphrase) -> Result<HolderKey> {
    read_key_file(path, passphrase).map(|seed| HolderKey::from_seed(&seed))
}

/// Writes a portable copy of the holder's key, kept in `store` (the key store of the
/// wallet in `wallet_dir`), to `out`; returns the key's identity.
///
/// The key is created first when there is none yet (a counsellor's first step may be
/// to carry their key). With the file store, the encrypted file is copied as it is
/// (same passphrase); `store` must hold the passphrase, so the person knows which one
/// protects the copy. With the system keyring, the key is sealed with `new_passphrase`
/// (required, long enough) using `params`, then read back before the copy is reported
/// as saved. `out` is written all at once (mode 0600 on Unix); on error nothing is left.
pub fn export_holder_key(
    store: &dyn KeyStore,
    wallet_dir: &Path,
    out: &Path,
    new_passphrase: Option<&Passphrase>,
    params: KdfParams,
) -> Result<HolderKey> {
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
    match store.kind() {
        KeyStoreKind::File => {
            let key = HolderKey::load_or_create(store)?;
            let source = FileKeyStore::new(wallet_dir, None).path(HOLDER_KEY_NAME);
            let bytes = read_bounded(&source).map_err(|e| Error::KeyFile {
                path: source.clone(),
                source: e,
            })?;
            Sealed::parse(&bytes).map_err(|detail| Error::KeyFileCorrupt {
                path: source.clone(),
                detail: detail.to_owned(),
            })?;
            // Read, then written elsewhere at once: a copy onto itself changes nothing.
            write_private_atomically(out, &bytes).map_err(write_error)?;
            Ok(key)
        }
        KeyStoreKind::Os => {
            let passphrase = new_passphrase
                .filter(|p| !p.is_empty())
                .ok_or(Error::PassphraseNeeded)?;
            passphrase.check_new()?;
            let key = HolderKey::load_or_create(store)?;
            let seed = store
                .load(HOLDER_KEY_NAME)?
                .ok_or_else(|| Error::KeyNotSaved {
                    store: store.kind().as_str().to_owned(),
                })?;
            let bytes = seal(passphrase, params, &seed, out)?;
            write_private_atomically(out, &bytes).map_err(write_error)?;
            // Never report a copy that would not open.
            match open_key_file(out, passphrase) {
                Ok(back) if back.did() == key.did() => Ok(key),
                _ => {
                    let _ = std::fs::remove_file(out);
                    Err(write_error(io::Error::other(
                        "the copy could not be read back",
                    )))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::os::tests::MemoryBackend;
    use crate::keys::tests::leaks;
    use crate::keys::{FileKeyStore, OsKeyStore};
    use std::fs;
    use std::sync::Arc;

    const PASS: &str = "a long passphrase";

    fn file_store(dir: &Path, passphrase: &str) -> FileKeyStore {
        FileKeyStore::new(dir, Some(passphrase.into())).with_params(KdfParams::FOR_TESTS)
    }

    #[test]
    fn the_file_store_is_copied_as_it_is_and_opens_with_the_same_passphrase() {
        let wallet = tempfile::tempdir().unwrap();
        let out_dir = tempfile::tempdir().unwrap();
        let out = out_dir.path().join("my-key.key");
        let store = file_store(wallet.path(), PASS);
        let key =
            export_holder_key(&store, wallet.path(), &out, None, KdfParams::FOR_TESTS).unwrap();
        // The key was created at first need, and the copy is byte for byte the file.
        let original = fs::read(wallet.path().join("keys/holder.key")).unwrap();
        assert_eq!(fs::read(&out).unwrap(), original);
        assert_eq!(open_key_file(&out, &PASS.into()).unwrap().did(), key.did());
        assert_eq!(
            HolderKey::load(&store).unwrap().unwrap().did(),
            key.did(),
            "the wallet keeps its key"
        );
        // A copy onto the wallet's own key file changes nothing.
        let own = wallet.path().join("keys/holder.key");
        export_holder_key(&store, wallet.path(), &own, None, KdfParams::FOR_TESTS).unwrap();
        assert_eq!(fs::read(&own).unwrap(), original);
    }

    #[test]
    fn the_file_store_needs_its_passphrase_before_a_copy_is_made() {
        let wallet = tempfile::tempdir().unwrap();
        let out = wallet.path().join("copy.key");
        file_store(wallet.path(), PASS)
            .store(HOLDER_KEY_NAME, &SecretSeed::from_bytes([4; 32]))
            .unwrap();
        let locked = FileKeyStore::new(wallet.path(), None);
        let e = export_holder_key(&locked, wallet.path(), &out, None, KdfParams::FOR_TESTS)
            .unwrap_err();
        assert_eq!(e.code(), "passphrase-needed");
        let wrong = file_store(wallet.path(), "not the passphrase");
        let e =
            export_holder_key(&wrong, wallet.path(), &out, None, KdfParams::FOR_TESTS).unwrap_err();
        assert_eq!(e.code(), "wrong-passphrase");
        assert!(!out.exists(), "nothing written");
    }

    #[test]
    fn a_keyring_key_is_sealed_with_a_new_passphrase_that_must_be_long_enough() {
        let wallet = tempfile::tempdir().unwrap();
        let out = wallet.path().join("copy.key");
        let os = OsKeyStore::with_backend(wallet.path(), Arc::new(MemoryBackend::default()));
        let seed = [7; 32];
        os.store(HOLDER_KEY_NAME, &SecretSeed::from_bytes(seed))
            .unwrap();
        for (given, code) in [
            (None, "passphrase-needed"),
            (Some(""), "passphrase-needed"),
            (Some("short"), "passphrase-too-short"),
        ] {
            let p = given.map(Passphrase::new);
            let e = export_holder_key(&os, wallet.path(), &out, p.as_ref(), KdfParams::FOR_TESTS)
                .unwrap_err();
            assert_eq!(e.code(), code, "{given:?}");
            assert!(!out.exists());
        }
        let key = export_holder_key(
            &os,
            wallet.path(),
            &out,
            Some(&PASS.into()),
            KdfParams::FOR_TESTS,
        )
        .unwrap();
        assert_eq!(
            key.did(),
            HolderKey::from_seed(&SecretSeed::from_bytes(seed)).did()
        );
        let bytes = fs::read(&out).unwrap();
        assert_eq!(bytes.len(), super::super::file::FILE_LEN);
        assert!(
            !bytes.windows(32).any(|w| w == seed),
            "the seed is encrypted"
        );
        assert_eq!(read_key_file(&out, &PASS.into()).unwrap().expose(), &seed);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&out).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }

    #[test]
    fn opening_a_key_file_reports_wrong_passphrase_damage_and_absence_without_secrets() {
        let dir = tempfile::tempdir().unwrap();
        let store = file_store(dir.path(), PASS);
        store
            .store(HOLDER_KEY_NAME, &SecretSeed::from_bytes([5; 32]))
            .unwrap();
        let path = dir.path().join("keys/holder.key");
        let good = fs::read(&path).unwrap();

        let e = read_key_file(&path, &"another passphrase".into()).unwrap_err();
        assert_eq!(e.code(), "wrong-passphrase");
        let e = read_key_file(&path, &"".into()).unwrap_err();
        assert_eq!(e.code(), "passphrase-needed");

        let damaged = dir.path().join("damaged.key");
        let mut bytes = good.clone();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        fs::write(&damaged, &bytes).unwrap();
        let e = read_key_file(&damaged, &PASS.into()).unwrap_err();
        assert_eq!(e.code(), "key-file-corrupt");
        assert_eq!(e.args()["path"], damaged.display().to_string());

        let text = dir.path().join("notes.txt");
        fs::write(&text, "not a key at all").unwrap();
        let e = read_key_file(&text, &PASS.into()).unwrap_err();
        assert_eq!(e.code(), "key-file-corrupt");

        let e = read_key_file(&dir.path().join("missing.key"), &PASS.into()).unwrap_err();
        assert_eq!(e.code(), "key-file");

        for e in [
            read_key_file(&path, &"another passphrase".into()).unwrap_err(),
            read_key_file(&damaged, &PASS.into()).unwrap_err(),
        ] {
            let text = format!("{e:?} {e} {:?}", e.args());
            assert!(!leaks(&text, &[5; 32]), "{text}");
            assert!(!text.contains(PASS), "{text}");
        }
        assert_eq!(fs::read(&path).unwrap(), good, "read-only");
    }
}
