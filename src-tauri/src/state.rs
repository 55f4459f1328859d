//! What the shell keeps between commands: the open wallet (or why it could not be
//! opened, so the UI can say so in the person's language) and the OS locale.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use passerelle_wallet::dto::AppError;
use passerelle_wallet::{Error, SystemClock, Wallet, location};

pub struct AppState {
    wallet: Result<Mutex<Wallet>, AppError>,
    /// Set by `cancel_import`; checked between files of a running import.
    pub cancel_import: std::sync::atomic::AtomicBool,
    pub os_locale: String,
    pub started: Instant,
    /// The key file's passphrase for this session, once the person gave it (never
    /// written anywhere; wiped from memory when replaced or at exit).
    pub passphrase: Mutex<Option<passerelle_wallet::keys::Passphrase>>,
}

impl AppState {
    /// Open the wallet where `PASSERELLE_WALLET` or the OS data folder says.
    pub fn open(started: Instant) -> Self {
        let wallet = location::default_wallet_dir(None)
            .and_then(|dir| Wallet::open(dir, Arc::new(SystemClock)))
            .map(Mutex::new)
            .map_err(|e| e.to_dto());
        AppState {
            wallet,
            cancel_import: Default::default(),
            os_locale: sys_locale::get_locale().unwrap_or_default(),
            started,
            passphrase: Mutex::new(None),
        }
    }

    /// Check the key file's passphrase with the wallet, then keep it for this session.
    pub fn unlock(&self, passphrase: passerelle_wallet::keys::Passphrase) -> Result<(), AppError> {
        self.with(|w, _| w.check_passphrase(passphrase.clone()))?;
        let mut slot = self.passphrase.lock().map_err(|_| AppError {
            code: "unexpected".into(),
            args: [("detail".to_owned(), "passphrase lock poisoned".to_owned())].into(),
        })?;
        *slot = Some(passphrase);
        Ok(())
    }

    /// The session's passphrase, if the person gave one.
    pub fn passphrase(&self) -> Option<passerelle_wallet::keys::Passphrase> {
        self.passphrase.lock().ok().and_then(|p| p.clone())
    }

    /// Like [`AppState::with`], for operations that change the wallet.
    pub fn with_mut<T>(
        &self,
        f: impl FnOnce(&mut Wallet, &str) -> Result<T, Error>,
    ) -> Result<T, AppError> {
        let lock = self.wallet.as_ref().map_err(Clone::clone)?;
        let mut wallet = lock.lock().map_err(|_| AppError {
            code: "unexpected".into(),
            args: [("detail".to_owned(), "wallet lock poisoned".to_owned())].into(),
        })?;
        f(&mut wallet, &self.os_locale).map_err(|e| e.to_dto())
    }

    /// Run `f` on the wallet, turning every failure into the IPC error shape.
    pub fn with<T>(
        &self,
        f: impl FnOnce(&Wallet, &str) -> Result<T, Error>,
    ) -> Result<T, AppError> {
        let lock = self.wallet.as_ref().map_err(Clone::clone)?;
        let wallet = lock.lock().map_err(|_| AppError {
            code: "unexpected".into(),
            args: [("detail".to_owned(), "wallet lock poisoned".to_owned())].into(),
        })?;
        f(&wallet, &self.os_locale).map_err(|e| e.to_dto())
    }
}
