//! The holder's keys (issue 4, point 2).
//!
//! The holder signs self-declared skills and endorsements with one Ed25519 key, known
//! to others as a `did:key`. Its 32-byte secret seed is kept by a [`KeyStore`]:
//!
//! - [`OsKeyStore`]: the operating system's keyring (Secret Service on Linux, Keychain on
//!   macOS, Credential Manager on Windows), through the `keyring` crate. A keyring can
//!   say it is there and still fail, so it is only used once [`KeyStore::probe`] has
//!   written, read back and deleted a test entry.
//! - [`FileKeyStore`]: `keys/<name>.key` in the wallet folder, encrypted with a
//!   passphrase (Argon2id, then XChaCha20-Poly1305; see [`file`] for the format).
//!
//! [`open_keystore`] picks one from `PASSERELLE_KEYSTORE` (`os`, `file`, or unset: the
//! OS keyring, falling back to the file when it fails its probe). [`HolderKey`] is the
//! holder's identity, created at first need and loaded after that.
//!
//! No secret seed, signing key or passphrase is ever written to an error, a `Debug`
//! output or a log: the types that hold them print `<redacted>`.

pub mod file;
pub mod os;
pub mod portable;

use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use ed25519_dalek::{Signer, SigningKey};
use rand_core::{OsRng, RngCore};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

pub use file::{FileKeyStore, KdfParams};
pub use os::{KEYRING_SERVICE, OsKeyStore, SecretBackend, SystemKeyring};

/// Chooses the key store: `os`, `file`, or unset for the default (the OS keyring,
/// falling back to the passphrase file when the keyring fails its probe).
pub const KEYSTORE_ENV: &str = "PASSERELLE_KEYSTORE";
/// The passphrase of the key file, for the command line (the desktop asks for it).
pub const PASSPHRASE_ENV: &str = "PASSERELLE_PASSPHRASE";
/// The name the holder's own key is stored under.
pub const HOLDER_KEY_NAME: &str = "holder";
/// The folder, inside the wallet folder, that holds key files and keyring markers.
pub const KEYS_DIR: &str = "keys";
/// The length of an Ed25519 secret seed.
pub const SEED_LEN: usize = 32;

/// A 32-byte Ed25519 secret seed. Wiped from memory when dropped; `Debug` never shows it.
#[derive(Clone)]
pub struct SecretSeed(Zeroizing<[u8; SEED_LEN]>);

impl SecretSeed {
    pub fn from_bytes(bytes: [u8; SEED_LEN]) -> Self {
        SecretSeed(Zeroizing::new(bytes))
    }

    /// A new seed from the operating system's random number generator.
    pub fn generate() -> Self {
        let mut seed = SecretSeed(Zeroizing::new([0; SEED_LEN]));
        OsRng.fill_bytes(seed.0.as_mut());
        seed
    }

    /// The seed's bytes: only for a key store or for signing.
    pub fn expose(&self) -> &[u8; SEED_LEN] {
        &self.0
    }

    /// Reads a seed from bytes a store gave back, if it has the right length.
    pub(crate) fn from_slice(bytes: &[u8]) -> Option<Self> {
        let mut seed = SecretSeed(Zeroizing::new([0; SEED_LEN]));
        if bytes.len() != SEED_LEN {
            return None;
        }
        seed.0.copy_from_slice(bytes);
        Some(seed)
    }
}

impl fmt::Debug for SecretSeed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretSeed(<redacted>)")
    }
}

/// The passphrase that protects the key file. Wiped from memory when dropped; `Debug`
/// never shows it. It is normalised to Unicode NFC, so the same words typed on two
/// systems give the same key.
#[derive(Clone)]
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    pub fn new(text: &str) -> Self {
        use unicode_normalization::UnicodeNormalization;
        Passphrase(Zeroizing::new(text.nfc().collect()))
    }

    /// `PASSERELLE_PASSPHRASE`, for the command line; `None` when unset or empty.
    pub fn from_env() -> Option<Self> {
        let value = Zeroizing::new(std::env::var(PASSPHRASE_ENV).ok()?);
        (!value.is_empty()).then(|| Passphrase::new(&value))
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    pub(crate) fn char_count(&self) -> usize {
        self.0.chars().count()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether this passphrase may protect a new key file (long enough).
    pub fn check_new(&self) -> crate::Result<()> {
        if self.char_count() < file::MIN_PASSPHRASE_CHARS {
            return Err(crate::Error::PassphraseTooShort {
                min: file::MIN_PASSPHRASE_CHARS,
            });
        }
        Ok(())
    }
}

impl From<&str> for Passphrase {
    fn from(text: &str) -> Self {
        Passphrase::new(text)
    }
}

impl From<String> for Passphrase {
    fn from(text: String) -> Self {
        let text = Zeroizing::new(text);
        Passphrase::new(&text)
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(<redacted>)")
    }
}

/// Which kind of store keeps the keys, for the UI to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum KeyStoreKind {
    /// The operating system's keyring.
    Os,
    /// The passphrase-protected file in the wallet folder.
    File,
}

impl KeyStoreKind {
    pub fn as_str(self) -> &'static str {
        match self {
            KeyStoreKind::Os => "os",
            KeyStoreKind::File => "file",
        }
    }
}

impl fmt::Display for KeyStoreKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where secret seeds are kept, each under a name (`[a-z0-9_-]`, at most 64 characters).
pub trait KeyStore: fmt::Debug + Send + Sync {
    /// Which kind of store this is.
    fn kind(&self) -> KeyStoreKind;

    /// Checks that the store really works now (the OS store writes, reads back and
    /// deletes a test entry).
    fn probe(&self) -> Result<()>;

    /// Keeps `seed` under `name`, replacing what was there.
    fn store(&self, name: &str, seed: &SecretSeed) -> Result<()>;

    /// The seed kept under `name`; `None` when there is none yet.
    fn load(&self, name: &str) -> Result<Option<SecretSeed>>;

    /// Forgets the seed kept under `name` (nothing happens when there is none).
    fn delete(&self, name: &str) -> Result<()>;
}

/// What `PASSERELLE_KEYSTORE` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KeyStoreChoice {
    /// The OS keyring when it passes its probe, else the passphrase file. A wallet
    /// whose holder key already lives in one store keeps using that store.
    #[default]
    Auto,
    /// The OS keyring only. An explicit choice is obeyed as it is: a key kept in the
    /// other store is not looked at.
    Os,
    /// The passphrase file only.
    File,
}

impl KeyStoreChoice {
    /// Reads a `PASSERELLE_KEYSTORE` value: `os`, `file`, or nothing / empty for [`Auto`](Self::Auto).
    pub fn parse(value: Option<&str>) -> Result<Self> {
        let value = value.map(str::trim).unwrap_or_default();
        match value.to_ascii_lowercase().as_str() {
            "" => Ok(KeyStoreChoice::Auto),
            "os" => Ok(KeyStoreChoice::Os),
            "file" => Ok(KeyStoreChoice::File),
            _ => Err(Error::UnsupportedKeyStore {
                value: value.chars().take(40).collect(),
            }),
        }
    }

    /// The choice `PASSERELLE_KEYSTORE` makes in this process's environment.
    pub fn from_env() -> Result<Self> {
        Self::parse(std::env::var(KEYSTORE_ENV).ok().as_deref())
    }
}

/// The store [`open_keystore`] picked.
#[derive(Debug)]
pub struct OpenedKeyStore {
    pub store: Box<dyn KeyStore>,
    /// Why the OS keyring was not used, when the default choice fell back to the file.
    pub fallback_reason: Option<Error>,
}

impl OpenedKeyStore {
    pub fn kind(&self) -> KeyStoreKind {
        self.store.kind()
    }
}

/// Opens the key store of the wallet in `wallet_dir`, as `choice` asks.
///
/// `passphrase` is only used by the file store (the desktop asks the person for it;
/// the command line reads [`PASSPHRASE_ENV`]); without it the file store opens, but
/// reading or saving a key answers [`Error::PassphraseNeeded`].
///
/// With [`KeyStoreChoice::Auto`], a holder key that already exists stays where it
/// is: the file store when `keys/holder.key` exists, the OS keyring when the wallet
/// records that its key is there (an unavailable keyring is then an error, never a
/// reason to start a second identity in a file). Otherwise the OS keyring is used
/// when it passes its probe, and the file store when it does not.
pub fn open_keystore(
    wallet_dir: &Path,
    choice: KeyStoreChoice,
    passphrase: Option<Passphrase>,
) -> Result<OpenedKeyStore> {
    open_keystore_with(
        wallet_dir,
        choice,
        passphrase,
        OsKeyStore::system(wallet_dir),
        KdfParams::DEFAULT,
    )
}

/// [`open_keystore`] with the OS store given and the Argon2id costs of new key files,
/// so that tests need no real keyring and no slow key derivation.
pub fn open_keystore_with(
    wallet_dir: &Path,
    choice: KeyStoreChoice,
    passphrase: Option<Passphrase>,
    os: OsKeyStore,
    file_params: KdfParams,
) -> Result<OpenedKeyStore> {
    let file = || FileKeyStore::new(wallet_dir, passphrase.clone()).with_params(file_params);
    let opened = |store: Box<dyn KeyStore>, fallback_reason| OpenedKeyStore {
        store,
        fallback_reason,
    };
    match choice {
        KeyStoreChoice::File => Ok(opened(Box::new(file()), None)),
        KeyStoreChoice::Os => {
            os.probe()?;
            Ok(opened(Box::new(os), None))
        }
        KeyStoreChoice::Auto => {
            if file().holds(HOLDER_KEY_NAME) {
                return Ok(opened(Box::new(file()), None));
            }
            let keyring_holds_key = os.holds(HOLDER_KEY_NAME);
            match os.probe() {
                Ok(()) => Ok(opened(Box::new(os), None)),
                Err(e) if keyring_holds_key => Err(e),
                Err(e) => Ok(opened(Box::new(file()), Some(e))),
            }
        }
    }
}

/// The holder's identity: an Ed25519 key and its `did:key`.
pub struct HolderKey {
    did: String,
    verification_method: String,
    signing_key: SigningKey,
}

impl HolderKey {
    /// The identity of a seed.
    pub fn from_seed(seed: &SecretSeed) -> Self {
        let signing_key = SigningKey::from_bytes(seed.expose());
        let public_key = signing_key.verifying_key().to_bytes();
        let multibase = passerelle_badges::didkey::encode_ed25519_multibase(&public_key);
        let did = format!("did:key:{multibase}");
        HolderKey {
            verification_method: format!("{did}#{multibase}"),
            did,
            signing_key,
        }
    }

    /// The holder key in `store`, if one was created.
    pub fn load(store: &dyn KeyStore) -> Result<Option<Self>> {
        Ok(store
            .load(HOLDER_KEY_NAME)?
            .map(|seed| HolderKey::from_seed(&seed)))
    }

    /// The holder key in `store`, created there first if there is none yet. Any error
    /// while reading (wrong passphrase, damaged file, keyring unavailable) is returned
    /// as it is: a key is only created where there is certainly none. A new key is
    /// read back before it is used, so nothing is ever signed with a key the store lost.
    pub fn load_or_create(store: &dyn KeyStore) -> Result<Self> {
        if let Some(key) = HolderKey::load(store)? {
            return Ok(key);
        }
        let seed = SecretSeed::generate();
        store.store(HOLDER_KEY_NAME, &seed)?;
        match store.load(HOLDER_KEY_NAME)? {
            Some(back) if back.expose() == seed.expose() => Ok(HolderKey::from_seed(&seed)),
            _ => Err(Error::KeyNotSaved {
                store: store.kind().as_str().to_owned(),
            }),
        }
    }

    /// The holder's DID, `did:key:z6Mk…`.
    pub fn did(&self) -> &str {
        &self.did
    }

    /// The verification method that signs, `did:key:z6Mk…#z6Mk…`.
    pub fn verification_method(&self) -> &str {
        &self.verification_method
    }

    /// The raw Ed25519 public key.
    pub fn public_key(&self) -> [u8; 32] {
        self.signing_key.verifying_key().to_bytes()
    }

    /// The signing key, for the proof code.
    pub fn signing_key(&self) -> &SigningKey {
        &self.signing_key
    }

    /// An Ed25519 signature of `message`.
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.signing_key.sign(message).to_bytes()
    }
}

impl fmt::Debug for HolderKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HolderKey")
            .field("did", &self.did)
            .field("verification_method", &self.verification_method)
            .finish_non_exhaustive()
    }
}

/// `<wallet>/keys`.
pub(crate) fn keys_dir(wallet_dir: &Path) -> PathBuf {
    wallet_dir.join(KEYS_DIR)
}

/// Creates the keys folder (readable by its owner only, on Unix).
pub(crate) fn create_keys_dir(dir: &Path) -> Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|source| Error::KeyFile {
        path: dir.to_owned(),
        source,
    })
}

/// Refuses names that could not be a plain file name on every system.
pub(crate) fn check_name(dir: &Path, name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(Error::KeyFile {
            path: dir.to_owned(),
            source: io::Error::new(io::ErrorKind::InvalidInput, "not a valid key name"),
        })
    }
}

/// `n` random bytes as lowercase hex (for file and entry names, never for secrets).
pub(crate) fn random_hex(n: usize) -> String {
    let mut bytes = vec![0; n];
    OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes `bytes` to `path` all at once: a temporary file in the same folder
/// (mode 0600 on Unix), flushed to disk, then renamed over `path`. A crash leaves
/// either the old file or the new one, never half of one.
pub(crate) fn write_private_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", random_hex(8)));
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let written = options.open(&tmp).and_then(|mut f| {
        f.write_all(bytes)?;
        f.sync_all()
    });
    let result = written.and_then(|()| fs::rename(&tmp, path));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
        return result;
    }
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::keys::os::tests::{BrokenBackend, FailingBackend, MemoryBackend};
    use std::sync::Arc;

    pub(crate) fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The ways a secret could leak into text.
    pub(crate) fn leaks(text: &str, secret: &[u8]) -> bool {
        let lower = text.to_lowercase();
        lower.contains(&hex(secret))
            || text.contains(&bs58::encode(secret).into_string())
            || text.contains(&format!("{secret:?}"))
    }

    fn file_store(dir: &Path, passphrase: &str) -> FileKeyStore {
        FileKeyStore::new(dir, Some(passphrase.into())).with_params(KdfParams::FOR_TESTS)
    }

    fn os_store(dir: &Path, backend: Arc<dyn SecretBackend>) -> OsKeyStore {
        OsKeyStore::with_backend(dir, backend)
    }

    #[test]
    fn choices_parse() {
        assert_eq!(KeyStoreChoice::parse(None).unwrap(), KeyStoreChoice::Auto);
        assert_eq!(
            KeyStoreChoice::parse(Some("")).unwrap(),
            KeyStoreChoice::Auto
        );
        assert_eq!(
            KeyStoreChoice::parse(Some("os")).unwrap(),
            KeyStoreChoice::Os
        );
        assert_eq!(
            KeyStoreChoice::parse(Some(" FILE ")).unwrap(),
            KeyStoreChoice::File
        );
        let e = KeyStoreChoice::parse(Some("vault")).unwrap_err();
        assert_eq!(e.code(), "unsupported-keystore");
        assert_eq!(e.args()["value"], "vault");
    }

    #[test]
    fn file_choice_selects_the_file_store_without_touching_the_keyring() {
        let tmp = tempfile::tempdir().unwrap();
        let backend = Arc::new(MemoryBackend::default());
        let choice = KeyStoreChoice::parse(Some("file")).unwrap();
        let opened = open_keystore_with(
            tmp.path(),
            choice,
            Some("a long passphrase".into()),
            os_store(tmp.path(), backend.clone()),
            KdfParams::FOR_TESTS,
        )
        .unwrap();
        assert_eq!(opened.kind(), KeyStoreKind::File);
        assert_eq!(opened.store.kind().as_str(), "file");
        assert!(opened.fallback_reason.is_none());
        assert_eq!(backend.calls(), 0, "the keyring was not even probed");
    }

    #[test]
    fn os_choice_probes_and_fails_clearly() {
        let tmp = tempfile::tempdir().unwrap();
        for backend in [
            Arc::new(FailingBackend) as Arc<dyn SecretBackend>,
            Arc::new(BrokenBackend),
        ] {
            let e = open_keystore_with(
                tmp.path(),
                KeyStoreChoice::Os,
                None,
                os_store(tmp.path(), backend),
                KdfParams::FOR_TESTS,
            )
            .unwrap_err();
            assert_eq!(e.code(), "keyring-unavailable", "{e:?}");
        }
        let opened = open_keystore_with(
            tmp.path(),
            KeyStoreChoice::Os,
            None,
            os_store(tmp.path(), Arc::new(MemoryBackend::default())),
            KdfParams::FOR_TESTS,
        )
        .unwrap();
        assert_eq!(opened.kind(), KeyStoreKind::Os);
    }

    #[test]
    fn default_uses_a_working_keyring() {
        let tmp = tempfile::tempdir().unwrap();
        let backend = Arc::new(MemoryBackend::default());
        let opened = open_keystore_with(
            tmp.path(),
            KeyStoreChoice::Auto,
            None,
            os_store(tmp.path(), backend.clone()),
            KdfParams::FOR_TESTS,
        )
        .unwrap();
        assert_eq!(opened.kind(), KeyStoreKind::Os);
        assert!(opened.fallback_reason.is_none());
        assert!(backend.is_empty(), "the probe cleaned up after itself");
    }

    #[test]
    fn default_falls_back_to_the_file_when_the_keyring_fails_its_probe() {
        // A keyring that is missing, and one that says it saved but then has nothing.
        for backend in [
            Arc::new(FailingBackend) as Arc<dyn SecretBackend>,
            Arc::new(BrokenBackend),
        ] {
            let tmp = tempfile::tempdir().unwrap();
            let opened = open_keystore_with(
                tmp.path(),
                KeyStoreChoice::Auto,
                Some("a long passphrase".into()),
                os_store(tmp.path(), backend),
                KdfParams::FOR_TESTS,
            )
            .unwrap();
            assert_eq!(opened.kind(), KeyStoreKind::File);
            assert_eq!(
                opened.fallback_reason.as_ref().unwrap().code(),
                "keyring-unavailable"
            );
            // The fallback really works end to end.
            let key = HolderKey::load_or_create(opened.store.as_ref()).unwrap();
            assert!(tmp.path().join("keys/holder.key").is_file());
            let again = HolderKey::load(opened.store.as_ref()).unwrap().unwrap();
            assert_eq!(again.did(), key.did());
        }
    }

    #[test]
    fn default_keeps_an_existing_key_where_it_is() {
        // A key already in a file stays there even when the keyring works.
        let tmp = tempfile::tempdir().unwrap();
        let key = HolderKey::load_or_create(&file_store(tmp.path(), "a long passphrase")).unwrap();
        let backend = Arc::new(MemoryBackend::default());
        let opened = open_keystore_with(
            tmp.path(),
            KeyStoreChoice::Auto,
            Some("a long passphrase".into()),
            os_store(tmp.path(), backend.clone()),
            KdfParams::FOR_TESTS,
        )
        .unwrap();
        assert_eq!(opened.kind(), KeyStoreKind::File);
        assert_eq!(backend.calls(), 0);
        assert_eq!(
            HolderKey::load(opened.store.as_ref())
                .unwrap()
                .unwrap()
                .did(),
            key.did()
        );

        // A key in the keyring: when the keyring then fails, that is an error, not a
        // reason to make a second identity in a file.
        let tmp = tempfile::tempdir().unwrap();
        let backend = Arc::new(MemoryBackend::default());
        let os = os_store(tmp.path(), backend.clone());
        let key = HolderKey::load_or_create(&os).unwrap();
        let opened = open_keystore_with(
            tmp.path(),
            KeyStoreChoice::Auto,
            None,
            os_store(tmp.path(), backend.clone()),
            KdfParams::FOR_TESTS,
        )
        .unwrap();
        assert_eq!(opened.kind(), KeyStoreKind::Os);
        assert_eq!(
            HolderKey::load(opened.store.as_ref())
                .unwrap()
                .unwrap()
                .did(),
            key.did()
        );
        let e = open_keystore_with(
            tmp.path(),
            KeyStoreChoice::Auto,
            Some("a long passphrase".into()),
            os_store(tmp.path(), Arc::new(FailingBackend)),
            KdfParams::FOR_TESTS,
        )
        .unwrap_err();
        assert_eq!(e.code(), "keyring-unavailable");
        assert!(!tmp.path().join("keys/holder.key").exists());
    }

    #[test]
    fn holder_key_is_created_once_then_loaded() {
        let tmp = tempfile::tempdir().unwrap();
        let store = file_store(tmp.path(), "a long passphrase");
        assert!(HolderKey::load(&store).unwrap().is_none());
        let first = HolderKey::load_or_create(&store).unwrap();
        let second = HolderKey::load_or_create(&store).unwrap();
        assert_eq!(first.did(), second.did());
        assert_eq!(first.public_key(), second.public_key());
        let other = HolderKey::load_or_create(&file_store(
            tempfile::tempdir().unwrap().path(),
            "a long passphrase",
        ))
        .unwrap();
        assert_ne!(first.did(), other.did(), "keys are random");
    }

    #[test]
    fn holder_key_is_never_replaced_after_a_read_error() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("keys/holder.key");
        HolderKey::load_or_create(&file_store(tmp.path(), "a long passphrase")).unwrap();
        let before = fs::read(&path).unwrap();
        let e =
            HolderKey::load_or_create(&file_store(tmp.path(), "another passphrase")).unwrap_err();
        assert_eq!(e.code(), "wrong-passphrase");
        let e = HolderKey::load_or_create(&FileKeyStore::new(tmp.path(), None)).unwrap_err();
        assert_eq!(e.code(), "passphrase-needed");
        assert_eq!(fs::read(&path).unwrap(), before);
    }

    #[test]
    fn a_store_that_loses_the_new_key_is_reported() {
        let tmp = tempfile::tempdir().unwrap();
        let os = os_store(tmp.path(), Arc::new(BrokenBackend));
        let e = HolderKey::load_or_create(&os).unwrap_err();
        assert!(
            matches!(e.code(), "key-not-saved" | "keyring-entry-missing"),
            "{e:?}"
        );
    }

    #[test]
    fn the_did_resolves_back_to_the_public_key() {
        let seed = SecretSeed::from_bytes([42; 32]);
        let key = HolderKey::from_seed(&seed);
        assert!(key.did().starts_with("did:key:z6Mk"), "{}", key.did());
        let expected = SigningKey::from_bytes(&[42; 32]).verifying_key().to_bytes();
        assert_eq!(key.public_key(), expected);
        assert_eq!(
            key.did(),
            passerelle_badges::didkey::did_key_for_ed25519(&expected)
        );
        let resolved = passerelle_badges::didkey::resolve_did_key(key.did()).unwrap();
        assert_eq!(resolved.public_key, key.public_key());
        assert_eq!(resolved.controller, key.did());
        assert_eq!(resolved.id, key.verification_method());
        let by_method =
            passerelle_badges::didkey::resolve_did_key(key.verification_method()).unwrap();
        assert_eq!(by_method, resolved);
        // A signature checks with the resolved key.
        let signature = ed25519_dalek::Signature::from_bytes(&key.sign(b"skill"));
        let verifying = ed25519_dalek::VerifyingKey::from_bytes(&resolved.public_key).unwrap();
        assert!(verifying.verify_strict(b"skill", &signature).is_ok());
    }

    #[test]
    fn debug_output_never_shows_a_secret() {
        let seed_bytes = [0xA7; 32];
        let seed = SecretSeed::from_bytes(seed_bytes);
        let key = HolderKey::from_seed(&seed);
        let passphrase = "correct horse battery staple";
        let tmp = tempfile::tempdir().unwrap();
        let file = file_store(tmp.path(), passphrase);
        let os = os_store(tmp.path(), Arc::new(MemoryBackend::default()));
        let texts = [
            format!("{seed:?}"),
            format!("{key:?}"),
            format!("{:?}", key.signing_key()),
            format!("{file:?}"),
            format!("{os:?}"),
            format!("{:?}", Passphrase::new(passphrase)),
        ];
        for text in &texts {
            assert!(!leaks(text, &seed_bytes), "{text}");
            assert!(!text.contains(passphrase), "{text}");
        }
        assert!(texts[1].contains(key.did()));
        assert!(texts[3].contains("<redacted>"), "{}", texts[3]);
    }

    #[test]
    fn seeds_and_passphrases() {
        assert_ne!(
            SecretSeed::generate().expose(),
            SecretSeed::generate().expose()
        );
        assert!(SecretSeed::from_slice(&[1; 31]).is_none());
        assert_eq!(SecretSeed::from_slice(&[1; 32]).unwrap().expose(), &[1; 32]);
        // NFC: "é" typed as one code point or as e + combining accent is the same.
        assert_eq!(
            Passphrase::new("caf\u{e9}").as_bytes(),
            Passphrase::new("cafe\u{301}").as_bytes()
        );
    }

    #[cfg(unix)]
    #[test]
    fn atomic_writes_are_private_and_leave_no_temporary_file() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("x.key");
        write_private_atomically(&path, b"one").unwrap();
        write_private_atomically(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
        let names: Vec<_> = fs::read_dir(tmp.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn bad_names_are_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let store = file_store(tmp.path(), "a long passphrase");
        for bad in ["", "../holder", "Holder", "a/b", "a.b", &"x".repeat(65)] {
            assert_eq!(store.load(bad).unwrap_err().code(), "key-file", "{bad}");
        }
    }
}
