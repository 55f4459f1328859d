//! Passerelle's application core.
//!
//! Every use-case the desktop shell and the command line offer lives here, behind
//! [`Wallet`]. The shells hold no business logic and write no SQL (DESIGN.md
//! invariants 2 and 3). Time reaches the core through [`Clock`], so every rule is
//! testable deterministically.

pub mod backup;
mod badges;
pub mod bundle;
pub mod clock;
pub mod cv;
pub mod cv_formats;
pub mod demo;
pub mod dto;
pub mod endorsing;
pub mod error;
pub mod evidence;
pub mod frameworks;
pub mod i18n;
pub mod images;
pub mod keys;
pub mod location;
mod lock;
mod merge;
mod migrate;
pub mod profile;
pub mod review;
pub mod search;
mod settings;
pub mod skills;
pub mod trainings;
mod verify;
mod wallet;

pub use clock::{Clock, FixedClock, SystemClock};
pub use error::{Error, Result};
pub use location::{WALLET_ENV, resolve_wallet_dir};
pub use migrate::{LATEST_VERSION, MIGRATIONS, Migration};
pub use settings::{Language, Theme};
pub use verify::OfflineDocuments;
pub use wallet::{DB_FILE, Wallet};
