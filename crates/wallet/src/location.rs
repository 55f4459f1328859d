//! Where the wallet lives: `--wallet DIR`, else `PASSERELLE_WALLET`, else the OS data
//! folder (`$XDG_DATA_HOME/eu.passerelle.wallet` on Linux). The desktop app and the
//! command line use this one rule, so both open the same wallet by default.

use std::ffi::OsString;
use std::path::PathBuf;

use crate::{Error, Result};

/// The environment variable naming a wallet folder.
pub const WALLET_ENV: &str = "PASSERELLE_WALLET";
/// The folder name under the OS data dir; equals the desktop app's identifier.
pub const APP_ID: &str = "eu.passerelle.wallet";

/// Resolve the wallet folder from an explicit flag, the environment value, and the
/// OS data dir, in that order. Empty values count as absent.
pub fn resolve_wallet_dir(
    flag: Option<PathBuf>,
    env: Option<OsString>,
    os_data_dir: Option<PathBuf>,
) -> Result<PathBuf> {
    if let Some(p) = flag.filter(|p| !p.as_os_str().is_empty()) {
        return Ok(p);
    }
    if let Some(p) = env.filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    os_data_dir.map(|d| d.join(APP_ID)).ok_or(Error::NoDataDir)
}

/// [`resolve_wallet_dir`] with the real environment and OS data dir.
pub fn default_wallet_dir(flag: Option<PathBuf>) -> Result<PathBuf> {
    resolve_wallet_dir(flag, std::env::var_os(WALLET_ENV), dirs::data_dir())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_beats_env_beats_os_dir() {
        let os = Some(PathBuf::from("/data"));
        assert_eq!(
            resolve_wallet_dir(Some("/flag".into()), Some("/env".into()), os.clone()).unwrap(),
            PathBuf::from("/flag")
        );
        assert_eq!(
            resolve_wallet_dir(None, Some("/env".into()), os.clone()).unwrap(),
            PathBuf::from("/env")
        );
        assert_eq!(
            resolve_wallet_dir(Some("".into()), Some("".into()), os).unwrap(),
            PathBuf::from("/data/eu.passerelle.wallet")
        );
        assert_eq!(
            resolve_wallet_dir(None, None, None).unwrap_err().code(),
            "no-data-dir"
        );
    }
}
