//! The passphrase-protected key file: `keys/<name>.key` in the wallet folder.
//!
//! Format, version 1 (126 bytes; integers little-endian):
//!
//! | offset | size | content |
//! | --- | --- | --- |
//! | 0 | 8 | magic `PSRL-KEY` |
//! | 8 | 1 | format version, `1` |
//! | 9 | 1 | key derivation, `1` = Argon2id version 0x13 |
//! | 10 | 4 | Argon2 memory cost, in KiB |
//! | 14 | 4 | Argon2 time cost (passes) |
//! | 18 | 4 | Argon2 parallelism (lanes) |
//! | 22 | 16 | salt, random |
//! | 38 | 24 | XChaCha20-Poly1305 nonce, random |
//! | 62 | 16 | passphrase check |
//! | 78 | 48 | XChaCha20-Poly1305 ciphertext of the 32-byte seed, with its 16-byte tag |
//!
//! Argon2id turns the passphrase (NFC) and the salt into 64 bytes: the first 32 are the
//! XChaCha20-Poly1305 key, the next 16 the passphrase check. The check tells a wrong
//! passphrase (check differs) from a damaged file (check matches, the tag does not);
//! it costs an attacker the same Argon2id computation as the tag itself. The first 78
//! bytes are the additional authenticated data, so the header cannot be altered
//! unnoticed (a damaged salt, cost or check cannot be told from a wrong passphrase,
//! since both give another key: it is reported as a wrong passphrase, and the file is
//! left as it is either way). A new salt and nonce are drawn at each save; the file is written to a
//! temporary file (mode 0600 on Unix) and renamed over the old one.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use rand_core::{OsRng, RngCore};
use zeroize::Zeroizing;

use super::{
    KeyStore, KeyStoreKind, Passphrase, SEED_LEN, SecretSeed, check_name, create_keys_dir,
    keys_dir, write_private_atomically,
};
use crate::error::{Error, Result};

pub const MAGIC: &[u8; 8] = b"PSRL-KEY";
pub const FORMAT_VERSION: u8 = 1;
/// Key derivation `1`: Argon2id, version 0x13.
pub const KDF_ARGON2ID_13: u8 = 1;
pub const SALT_LEN: usize = 16;
pub const NONCE_LEN: usize = 24;
pub const CHECK_LEN: usize = 16;
const TAG_LEN: usize = 16;
pub const HEADER_LEN: usize = 8 + 1 + 1 + 12 + SALT_LEN + NONCE_LEN + CHECK_LEN;
pub const FILE_LEN: usize = HEADER_LEN + SEED_LEN + TAG_LEN;
/// The shortest passphrase accepted for a new key file, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
/// The file name's ending.
pub const EXTENSION: &str = "key";

/// Argon2id costs; written in each file, so they can be raised later without
/// breaking older files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub time: u32,
    pub lanes: u32,
}

impl KdfParams {
    /// For new files: 64 MiB, 3 passes, 1 lane (RFC 9106's second recommended
    /// option, single-lane as the crate computes lanes one after the other).
    pub const DEFAULT: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        time: 3,
        lanes: 1,
    };

    /// Cheap costs so that unit tests run fast; never used for a real file.
    #[cfg(test)]
    pub(crate) const FOR_TESTS: KdfParams = KdfParams {
        memory_kib: 64,
        time: 1,
        lanes: 1,
    };

    /// Bounds on what a file may ask for, so a damaged or crafted file cannot make
    /// Passerelle use gigabytes of memory or minutes of work.
    fn is_reasonable(self) -> bool {
        (1..=16).contains(&self.lanes)
            && (8 * self.lanes..=1024 * 1024).contains(&self.memory_kib)
            && (1..=64).contains(&self.time)
    }
}

/// The key store that keeps each seed in an encrypted file of the wallet folder.
#[derive(Clone)]
pub struct FileKeyStore {
    dir: PathBuf,
    passphrase: Option<Passphrase>,
    params: KdfParams,
}

impl FileKeyStore {
    /// The store of the wallet in `wallet_dir`. Without a passphrase it can tell
    /// whether a key exists and delete it, but not read or write one.
    pub fn new(wallet_dir: &Path, passphrase: Option<Passphrase>) -> Self {
        FileKeyStore {
            dir: keys_dir(wallet_dir),
            passphrase,
            params: KdfParams::DEFAULT,
        }
    }

    /// The same store, writing new files with other Argon2id costs.
    pub fn with_params(mut self, params: KdfParams) -> Self {
        self.params = params;
        self
    }

    /// The file that holds (or would hold) the key `name`.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}.{EXTENSION}"))
    }

    /// Whether a key file exists for `name` (whatever its state).
    pub fn holds(&self, name: &str) -> bool {
        check_name(&self.dir, name).is_ok() && self.path(name).exists()
    }

    fn passphrase(&self) -> Result<&Passphrase> {
        self.passphrase
            .as_ref()
            .filter(|p| !p.is_empty())
            .ok_or(Error::PassphraseNeeded)
    }
}

impl fmt::Debug for FileKeyStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FileKeyStore")
            .field("dir", &self.dir)
            .field(
                "passphrase",
                &if self.passphrase.is_some() {
                    "<redacted>"
                } else {
                    "<none>"
                },
            )
            .field("params", &self.params)
            .finish()
    }
}

impl KeyStore for FileKeyStore {
    fn kind(&self) -> KeyStoreKind {
        KeyStoreKind::File
    }

    /// The folder can be created and written to.
    fn probe(&self) -> Result<()> {
        create_keys_dir(&self.dir)?;
        let path = self.dir.join(format!(".probe-{}", super::random_hex(8)));
        let written = write_private_atomically(&path, b"probe");
        let _ = fs::remove_file(&path);
        written.map_err(|source| Error::KeyFile {
            path: self.dir.clone(),
            source,
        })
    }

    fn store(&self, name: &str, seed: &SecretSeed) -> Result<()> {
        check_name(&self.dir, name)?;
        let passphrase = self.passphrase()?;
        if passphrase.char_count() < MIN_PASSPHRASE_CHARS {
            return Err(Error::PassphraseTooShort {
                min: MIN_PASSPHRASE_CHARS,
            });
        }
        let path = self.path(name);
        let bytes = seal(passphrase, self.params, seed, &path)?;
        create_keys_dir(&self.dir)?;
        write_private_atomically(&path, &bytes).map_err(|source| Error::KeyFile { path, source })
    }

    fn load(&self, name: &str) -> Result<Option<SecretSeed>> {
        check_name(&self.dir, name)?;
        let path = self.path(name);
        let bytes = match read_bounded(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(Error::KeyFile { path, source }),
        };
        let sealed = Sealed::parse(&bytes).map_err(|detail| Error::KeyFileCorrupt {
            path: path.clone(),
            detail: detail.to_owned(),
        })?;
        sealed.open(self.passphrase()?, &path).map(Some)
    }

    fn delete(&self, name: &str) -> Result<()> {
        check_name(&self.dir, name)?;
        let path = self.path(name);
        match fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(source) => Err(Error::KeyFile { path, source }),
        }
    }
}

/// Reads a key file, refusing anything much larger than one (it cannot be a key).
pub(super) fn read_bounded(path: &Path) -> io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::with_capacity(FILE_LEN);
    fs::File::open(path)?
        .take(4 * FILE_LEN as u64)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Argon2id of the passphrase: the encryption key then the passphrase check.
fn derive(
    passphrase: &Passphrase,
    params: KdfParams,
    salt: &[u8],
) -> Result<Zeroizing<[u8; 64]>, &'static str> {
    let params = Params::new(params.memory_kib, params.time, params.lanes, Some(64))
        .map_err(|_| "the key file's Argon2 settings are not valid")?;
    let mut out = Zeroizing::new([0u8; 64]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(passphrase.as_bytes(), salt, out.as_mut())
        .map_err(|_| "the passphrase could not be turned into a key")?;
    Ok(out)
}

/// Compares without stopping at the first difference.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Encrypts `seed` into a complete version-1 file.
pub(super) fn seal(
    passphrase: &Passphrase,
    params: KdfParams,
    seed: &SecretSeed,
    path: &Path,
) -> Result<Vec<u8>> {
    let mut salt = [0u8; SALT_LEN];
    let mut nonce = [0u8; NONCE_LEN];
    OsRng.fill_bytes(&mut salt);
    OsRng.fill_bytes(&mut nonce);
    // Only reachable with costs outside Argon2's limits, which no caller sets.
    let internal = |detail: &str| Error::KeyFileCorrupt {
        path: path.to_owned(),
        detail: detail.to_owned(),
    };
    let derived = derive(passphrase, params, &salt).map_err(internal)?;
    let mut out = Vec::with_capacity(FILE_LEN);
    out.extend_from_slice(MAGIC);
    out.push(FORMAT_VERSION);
    out.push(KDF_ARGON2ID_13);
    out.extend_from_slice(&params.memory_kib.to_le_bytes());
    out.extend_from_slice(&params.time.to_le_bytes());
    out.extend_from_slice(&params.lanes.to_le_bytes());
    out.extend_from_slice(&salt);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&derived[32..32 + CHECK_LEN]);
    debug_assert_eq!(out.len(), HEADER_LEN);
    let cipher = XChaCha20Poly1305::new(Key::from_slice(&derived[..32]));
    let ciphertext = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: seed.expose(),
                aad: &out,
            },
        )
        .map_err(|_| internal("the key could not be encrypted"))?;
    out.extend_from_slice(&ciphertext);
    debug_assert_eq!(out.len(), FILE_LEN);
    Ok(out)
}

/// A parsed version-1 file.
pub(super) struct Sealed<'a> {
    header: &'a [u8],
    params: KdfParams,
    salt: &'a [u8],
    nonce: &'a [u8],
    check: &'a [u8],
    ciphertext: &'a [u8],
}

impl<'a> Sealed<'a> {
    pub(super) fn parse(bytes: &'a [u8]) -> Result<Self, &'static str> {
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err("it is not a Passerelle key file");
        }
        if bytes.len() < HEADER_LEN {
            return Err("the file is cut short");
        }
        if bytes[8] != FORMAT_VERSION {
            return Err("the file was written in a format this version does not know");
        }
        if bytes[9] != KDF_ARGON2ID_13 {
            return Err("the file names an unknown key derivation");
        }
        if bytes.len() < FILE_LEN {
            return Err("the file is cut short");
        }
        if bytes.len() > FILE_LEN {
            return Err("the file has extra bytes at its end");
        }
        let u32_at =
            |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
        let params = KdfParams {
            memory_kib: u32_at(10),
            time: u32_at(14),
            lanes: u32_at(18),
        };
        if !params.is_reasonable() {
            return Err("the file's Argon2 settings are out of range");
        }
        let (header, ciphertext) = bytes.split_at(HEADER_LEN);
        Ok(Sealed {
            header,
            params,
            salt: &header[22..22 + SALT_LEN],
            nonce: &header[38..38 + NONCE_LEN],
            check: &header[62..62 + CHECK_LEN],
            ciphertext,
        })
    }

    pub(super) fn open(&self, passphrase: &Passphrase, path: &Path) -> Result<SecretSeed> {
        let corrupt = |detail: &str| Error::KeyFileCorrupt {
            path: path.to_owned(),
            detail: detail.to_owned(),
        };
        let derived = derive(passphrase, self.params, self.salt).map_err(corrupt)?;
        if !same(&derived[32..32 + CHECK_LEN], self.check) {
            return Err(Error::WrongPassphrase);
        }
        let cipher = XChaCha20Poly1305::new(Key::from_slice(&derived[..32]));
        let plain = cipher
            .decrypt(
                XNonce::from_slice(self.nonce),
                Payload {
                    msg: self.ciphertext,
                    aad: self.header,
                },
            )
            .map(Zeroizing::new)
            .map_err(|_| corrupt("the file's content does not match its checksum"))?;
        SecretSeed::from_slice(&plain).ok_or_else(|| corrupt("the key has the wrong length"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::tests::leaks;

    const PASS: &str = "a long passphrase";

    fn store(dir: &Path, passphrase: &str) -> FileKeyStore {
        FileKeyStore::new(dir, Some(passphrase.into())).with_params(KdfParams::FOR_TESTS)
    }

    #[test]
    fn round_trip() {
        let tmp = tempfile::tempdir().unwrap();
        let s = store(tmp.path(), PASS);
        assert_eq!(s.kind(), KeyStoreKind::File);
        s.probe().unwrap();
        assert!(s.load("holder").unwrap().is_none());
        assert!(!s.holds("holder"));
        let seed = SecretSeed::from_bytes([9; 32]);
        s.store("holder", &seed).unwrap();
        assert!(s.holds("holder"));
        let path = tmp.path().join("keys/holder.key");
        let bytes = fs::read(&path).unwrap();
        assert_eq!(bytes.len(), FILE_LEN);
        assert_eq!(&bytes[..8], b"PSRL-KEY");
        assert_eq!(bytes[8], 1);
        assert!(!leaks(&String::from_utf8_lossy(&bytes), &[9; 32]));
        assert!(
            !bytes.windows(32).any(|w| w == [9; 32]),
            "the seed is encrypted"
        );
        // Another store with the same passphrase (and the default costs) reads it.
        let back = FileKeyStore::new(tmp.path(), Some(PASS.into()))
            .load("holder")
            .unwrap()
            .unwrap();
        assert_eq!(back.expose(), &[9; 32]);
        // A second save draws a new salt and nonce.
        s.store("holder", &seed).unwrap();
        assert_ne!(fs::read(&path).unwrap(), bytes);
        s.delete("holder").unwrap();
        assert!(s.load("holder").unwrap().is_none());
        s.delete("holder").unwrap();
        let names: Vec<_> = fs::read_dir(tmp.path().join("keys")).unwrap().collect();
        assert!(names.is_empty(), "no probe or temporary file is left");
    }

    #[test]
    fn the_default_costs_are_written_in_the_file() {
        let tmp = tempfile::tempdir().unwrap();
        let s = FileKeyStore::new(tmp.path(), Some(PASS.into()));
        s.store("holder", &SecretSeed::from_bytes([3; 32])).unwrap();
        let bytes = fs::read(s.path("holder")).unwrap();
        let sealed = Sealed::parse(&bytes).unwrap();
        assert_eq!(sealed.params, KdfParams::DEFAULT);
        assert_eq!(&bytes[10..14], &(64u32 * 1024).to_le_bytes());
        assert_eq!(
            s.load("holder").unwrap().unwrap().expose(),
            &[3; 32],
            "round trip with the real costs"
        );
    }

    #[cfg(unix)]
    #[test]
    fn the_file_and_folder_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let s = store(tmp.path(), PASS);
        s.store("holder", &SecretSeed::from_bytes([1; 32])).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&s.path("holder")), 0o600);
        assert_eq!(mode(&tmp.path().join("keys")), 0o700);
    }

    #[test]
    fn wrong_passphrase_is_told_and_the_file_is_unchanged() {
        let tmp = tempfile::tempdir().unwrap();
        store(tmp.path(), PASS)
            .store("holder", &SecretSeed::from_bytes([5; 32]))
            .unwrap();
        let path = tmp.path().join("keys/holder.key");
        let before = fs::read(&path).unwrap();
        let e = store(tmp.path(), "not the passphrase")
            .load("holder")
            .unwrap_err();
        assert!(matches!(e, Error::WrongPassphrase), "{e:?}");
        assert_eq!(e.code(), "wrong-passphrase");
        assert!(!format!("{e:?} {e}").contains("not the passphrase"));
        assert_eq!(fs::read(&path).unwrap(), before);
        // The right one still works.
        assert_eq!(
            store(tmp.path(), PASS)
                .load("holder")
                .unwrap()
                .unwrap()
                .expose(),
            &[5; 32]
        );
    }

    #[test]
    fn a_passphrase_is_needed_and_must_not_be_too_short() {
        let tmp = tempfile::tempdir().unwrap();
        let seed = SecretSeed::from_bytes([5; 32]);
        for none in [
            FileKeyStore::new(tmp.path(), None),
            FileKeyStore::new(tmp.path(), Some("".into())),
        ] {
            assert_eq!(
                none.store("holder", &seed).unwrap_err().code(),
                "passphrase-needed"
            );
        }
        let e = store(tmp.path(), "short")
            .store("holder", &seed)
            .unwrap_err();
        assert_eq!(e.code(), "passphrase-too-short");
        assert_eq!(e.args()["min"], "8");
        assert!(!tmp.path().join("keys/holder.key").exists());
        // Without a passphrase: no key yet is not an error; an existing key needs one.
        let none = FileKeyStore::new(tmp.path(), None);
        assert!(none.load("holder").unwrap().is_none());
        store(tmp.path(), PASS).store("holder", &seed).unwrap();
        assert_eq!(none.load("holder").unwrap_err().code(), "passphrase-needed");
        assert!(none.holds("holder"));
    }

    #[test]
    fn damaged_files_are_told_and_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let s = store(tmp.path(), PASS);
        s.store("holder", &SecretSeed::from_bytes([5; 32])).unwrap();
        let path = s.path("holder");
        let good = fs::read(&path).unwrap();
        let mut cases: Vec<(&str, Vec<u8>)> = vec![
            ("empty", vec![]),
            ("truncated header", good[..40].to_vec()),
            ("truncated ciphertext", good[..FILE_LEN - 1].to_vec()),
            ("extra bytes", [good.as_slice(), b"x"].concat()),
            ("not a key file", b"-----BEGIN PRIVATE KEY-----".to_vec()),
        ];
        let mut flip = |what: &'static str, i: usize| {
            let mut b = good.clone();
            b[i] ^= 0x01;
            cases.push((what, b));
        };
        flip("magic", 0);
        flip("version", 8);
        flip("kdf", 9);
        flip("ciphertext", FILE_LEN - 20);
        flip("tag", FILE_LEN - 1);
        flip("nonce", 40);
        let mut huge = good.clone();
        huge[10..14].copy_from_slice(&u32::MAX.to_le_bytes());
        cases.push(("absurd memory cost", huge));
        for (what, bytes) in cases {
            fs::write(&path, &bytes).unwrap();
            let e = s.load("holder").unwrap_err();
            assert_eq!(e.code(), "key-file-corrupt", "{what}: {e:?}");
            assert_eq!(e.args()["path"], path.display().to_string());
            assert!(!leaks(&format!("{e:?} {e}"), &[5; 32]), "{what}");
            assert_eq!(fs::read(&path).unwrap(), bytes, "{what}: nothing lost");
        }
        // A damaged file is refused even without the passphrase, and kept.
        fs::write(&path, &good[..10]).unwrap();
        assert_eq!(
            FileKeyStore::new(tmp.path(), None)
                .load("holder")
                .unwrap_err()
                .code(),
            "key-file-corrupt"
        );
        assert!(path.exists());
    }

    #[test]
    fn an_unreadable_key_file_is_a_key_file_error() {
        let tmp = tempfile::tempdir().unwrap();
        let s = store(tmp.path(), PASS);
        // A folder where the file should be cannot be read as a file.
        fs::create_dir_all(s.path("holder")).unwrap();
        let e = s.load("holder").unwrap_err();
        assert_eq!(e.code(), "key-file", "{e:?}");
    }

    #[test]
    fn reasonable_costs() {
        assert!(KdfParams::DEFAULT.is_reasonable());
        assert!(KdfParams::FOR_TESTS.is_reasonable());
        for bad in [
            KdfParams {
                memory_kib: 2 * 1024 * 1024,
                time: 1,
                lanes: 1,
            },
            KdfParams {
                memory_kib: 64,
                time: 0,
                lanes: 1,
            },
            KdfParams {
                memory_kib: 64,
                time: 1000,
                lanes: 1,
            },
            KdfParams {
                memory_kib: 64,
                time: 1,
                lanes: 0,
            },
            KdfParams {
                memory_kib: 8,
                time: 1,
                lanes: 4,
            },
        ] {
            assert!(!bad.is_reasonable(), "{bad:?}");
        }
    }
}
