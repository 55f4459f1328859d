//! Open Badges 2.0 and 3.0 for Passerelle: parsing, unbaking and offline
//! verification (the badges issue fills this crate in). Pure by design: no
//! database, no clock and no network of its own; callers pass time and fetchers.

pub mod detect;
pub mod didkey;
pub mod documents;
pub mod error;
pub mod jsonld;
pub mod jwt;
mod ob2;
pub mod png;
pub mod proof;
pub mod recipient;
pub mod report;
mod status;
pub mod summary;
pub mod svg;
pub mod verify;

pub use detect::{Container, Credential, Input, Vcdm, detect};
pub use didkey::{Fetcher, NoNetwork, Resolution};
pub use documents::{DocumentKind, SupportingDocument, supporting_document};
pub use error::BadgeError;
pub use jwt::{JwtVerification, verify_vc_jwt};
pub use png::{bake_png, unbake_png};
pub use recipient::{RecipientMatch, match_recipient};
pub use report::{Check, CheckId, Outcome, Report, Status};
pub use summary::{Summary, summarize};
pub use svg::{bake_svg, unbake_svg};
pub use verify::{Verification, VerifyOptions, verify_bytes, verify_input};

/// Which Open Badges generation a baked image or document belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Generation {
    /// Open Badges 2.0 (`openbadges` PNG keyword, `http://openbadges.org` SVG namespace).
    Ob2,
    /// Open Badges 3.0 (`openbadgecredential` PNG keyword,
    /// `https://purl.imsglobal.org/ob/v3p0` SVG namespace).
    Ob3,
}

/// The text found baked in an image: credential JSON, a compact JWS, or (legacy
/// OB 2.0) the URL of a hosted assertion. Not yet parsed or verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Baked {
    /// Which keyword or namespace it was found under.
    pub generation: Generation,
    /// The baked text, unchanged.
    pub text: String,
}
