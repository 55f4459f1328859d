//! The holder's profile: a name, the e-mail addresses badges may be issued to, the
//! languages they speak (CEFR), where they live, and an optional photo. The addresses
//! drive the recipient check (hashed `sha256$…` identities), so changing them checks
//! every badge again.

use rusqlite::{OptionalExtension, params};

use crate::dto::{LanguageSkill, Profile, ProfileInput};
use crate::{Error, Result};

/// Longest name or address kept (characters).
const MAX_LEN: usize = 254;

/// A trimmed, plausible e-mail address (one `@`, something before it, a dot in the
/// domain, no spaces), else [`Error::InvalidEmail`]. Case is kept as typed; matching
/// ignores it.
pub fn normalize_email(raw: &str) -> Result<String> {
    let email = raw.trim();
    let invalid = || Error::InvalidEmail {
        value: email.chars().take(80).collect(),
    };
    let (local, domain) = email.split_once('@').ok_or_else(invalid)?;
    let ok = !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && email.chars().count() <= MAX_LEN
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok {
        Ok(email.to_owned())
    } else {
        Err(invalid())
    }
}

/// The languages a person can list, as ISO 639-1 codes: the 24 official languages of
/// the EU, then languages often spoken in the Eurometropole's communities. Their names
/// are `language-name-<code>` in `locales/*/ui.ftl`.
pub const LANGUAGES: &[&str] = &[
    "fr", "nl", "en", "de", "bg", "cs", "da", "el", "es", "et", "fi", "ga", "hr", "hu", "it", "lt",
    "lv", "mt", "pl", "pt", "ro", "sk", "sl", "sv", "ar", "tr", "ru", "uk", "zh", "sq", "ln", "fa",
];

/// CEFR levels, plus `native` for a mother tongue.
pub const LEVELS: &[&str] = &["A1", "A2", "B1", "B2", "C1", "C2", "native"];

/// Where a person may live, for distances to trainings: the Eurometropole's regions
/// (ISO 3166-2 codes) or `other`.
pub const REGIONS: &[&str] = &["BE-WAL", "BE-VLG", "BE-BRU", "FR-HDF", "other"];

/// Longest municipality name kept (characters).
const MAX_MUNICIPALITY: usize = 100;

fn invalid(field: &str, value: &str) -> Error {
    Error::InvalidProfile {
        field: field.to_owned(),
        value: value.chars().take(80).collect(),
    }
}

/// Whether `postcode` can be one of `region`: Belgian codes are four digits whose
/// ranges belong to the regions (1000–1299 Brussels; 1300–1499 and 4000–7999
/// Wallonia; 1500–3999 and 8000–9999 Flanders); Hauts-de-France codes are five
/// digits in its departments (02 Aisne, 59 Nord, 60 Oise, 62 Pas-de-Calais,
/// 80 Somme). Elsewhere, up to ten letters, digits, spaces or hyphens.
pub fn postcode_fits(region: &str, postcode: &str) -> bool {
    let digits = |n: usize| postcode.len() == n && postcode.bytes().all(|b| b.is_ascii_digit());
    match region {
        "BE-WAL" | "BE-VLG" | "BE-BRU" => {
            if !digits(4) {
                return false;
            }
            let n: u32 = postcode.parse().unwrap_or(0);
            let in_region = match n {
                1000..=1299 => "BE-BRU",
                1300..=1499 | 4000..=7999 => "BE-WAL",
                1500..=3999 | 8000..=9999 => "BE-VLG",
                _ => "",
            };
            in_region == region
        }
        "FR-HDF" => digits(5) && ["02", "59", "60", "62", "80"].contains(&&postcode[..2]),
        _ => {
            postcode.chars().count() <= 10
                && postcode
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
        }
    }
}

/// Check and tidy what the person typed: everything trimmed, the same language or
/// address twice kept once, every rule checked before anything is written.
pub fn clean(input: &ProfileInput) -> Result<ProfileInput> {
    let mut emails: Vec<String> = vec![];
    for e in input.emails.iter().filter(|e| !e.trim().is_empty()) {
        let e = normalize_email(e)?;
        if !emails.iter().any(|c| c.eq_ignore_ascii_case(&e)) {
            emails.push(e);
        }
    }
    let mut languages: Vec<LanguageSkill> = vec![];
    for l in &input.languages {
        let language = l.language.trim().to_ascii_lowercase();
        if !LANGUAGES.contains(&language.as_str()) {
            return Err(invalid("language", &l.language));
        }
        let level = match l.level.trim() {
            "native" | "Native" => "native".to_owned(),
            other => other.to_ascii_uppercase(),
        };
        if !LEVELS.contains(&level.as_str()) {
            return Err(invalid("level", &l.level));
        }
        if !languages.iter().any(|k| k.language == language) {
            languages.push(LanguageSkill { language, level });
        }
    }
    let region = input.region.trim().to_owned();
    if !region.is_empty() && !REGIONS.contains(&region.as_str()) {
        return Err(invalid("region", &region));
    }
    let municipality = input.municipality.trim().to_owned();
    if municipality.chars().count() > MAX_MUNICIPALITY || municipality.chars().any(char::is_control)
    {
        return Err(invalid("municipality", &municipality));
    }
    let postcode = input.postcode.trim().to_ascii_uppercase();
    if !postcode.is_empty() && !postcode_fits(&region, &postcode) {
        return Err(invalid("postcode", &postcode));
    }
    Ok(ProfileInput {
        name: input.name.trim().chars().take(MAX_LEN).collect(),
        emails,
        languages,
        region,
        municipality,
        postcode,
    })
}

pub(crate) fn load(conn: &rusqlite::Connection) -> Result<Profile> {
    type Row = (String, String, String, String, Option<Vec<u8>>);
    let row: Option<Row> = conn
        .query_row(
            "SELECT name, region, municipality, postcode, photo FROM profile WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    let (name, region, municipality, postcode, photo) = row.unwrap_or_default();
    let mut stmt = conn.prepare("SELECT address FROM profile_emails ORDER BY position")?;
    let emails = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    let mut stmt =
        conn.prepare("SELECT language, level FROM profile_languages ORDER BY position")?;
    let languages = stmt
        .query_map([], |r| {
            Ok(LanguageSkill {
                language: r.get(0)?,
                level: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Profile {
        name,
        emails,
        languages,
        region,
        municipality,
        postcode,
        photo: photo.map(|png| crate::images::data_url_png(&png)),
    })
}

/// Replace the profile (the photo excepted) with `input`, checked first: nothing
/// changes on error.
pub(crate) fn save(
    conn: &mut rusqlite::Connection,
    input: &ProfileInput,
    now: &str,
) -> Result<Profile> {
    let p = clean(input)?;
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO profile(id, name, region, municipality, postcode, updated_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5)
         ON CONFLICT(id) DO UPDATE SET name = ?1, region = ?2, municipality = ?3,
             postcode = ?4, updated_at = ?5",
        params![p.name, p.region, p.municipality, p.postcode, now],
    )?;
    tx.execute("DELETE FROM profile_emails", [])?;
    for (i, e) in p.emails.iter().enumerate() {
        tx.execute(
            "INSERT INTO profile_emails(address, position) VALUES (?1, ?2)",
            params![e, i as i64],
        )?;
    }
    tx.execute("DELETE FROM profile_languages", [])?;
    for (i, l) in p.languages.iter().enumerate() {
        tx.execute(
            "INSERT INTO profile_languages(language, level, position) VALUES (?1, ?2, ?3)",
            params![l.language, l.level, i as i64],
        )?;
    }
    tx.commit()?;
    load(conn)
}

/// A change to some parts of the profile (what is `None` stays as it is), as the CLI
/// gives it.
#[derive(Debug, Clone, Default)]
pub struct ProfileChange {
    pub name: Option<String>,
    /// Replaces the address list when given.
    pub emails: Option<Vec<String>>,
    /// Replaces the language list when given.
    pub languages: Option<Vec<LanguageSkill>>,
    pub region: Option<String>,
    pub municipality: Option<String>,
    pub postcode: Option<String>,
    /// `Some(Some(path))` sets the photo from a file, `Some(None)` removes it.
    pub photo: Option<Option<std::path::PathBuf>>,
}

/// Largest photo file accepted (bytes), before decoding.
pub const MAX_PHOTO_BYTES: usize = crate::images::MAX_IMAGE_BYTES;

/// Turn a photo file into the PNG the wallet keeps: a raster image (PNG, JPEG, WebP or
/// GIF; not SVG), turned upright as its EXIF says, scaled to fit the display square,
/// and re-encoded, so nothing of the original file (camera data, GPS position) stays.
pub fn prepare_photo(bytes: &[u8]) -> Result<Vec<u8>> {
    let err = |reason: &str| Error::InvalidPhoto {
        reason: reason.to_owned(),
    };
    if bytes.len() > MAX_PHOTO_BYTES {
        return Err(err("too-large"));
    }
    if crate::images::looks_like_svg(bytes) {
        return Err(err("unsupported"));
    }
    crate::images::to_display_png(bytes).map_err(|e| match e {
        crate::images::ImageError::TooLarge { .. } => err("too-large"),
        crate::images::ImageError::Unsupported => err("unsupported"),
        crate::images::ImageError::Malformed { .. } => err("damaged"),
    })
}

/// Read a photo file, never more than [`MAX_PHOTO_BYTES`] + 1 bytes of it.
pub fn read_photo(path: &std::path::Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let unreadable = |source| Error::ReadFile {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::new();
    file.take(MAX_PHOTO_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() > MAX_PHOTO_BYTES {
        return Err(Error::InvalidPhoto {
            reason: "too-large".into(),
        });
    }
    Ok(bytes)
}

/// Keep `png` (from [`prepare_photo`]) as the photo, or remove it with `None`.
pub(crate) fn save_photo(conn: &rusqlite::Connection, png: Option<&[u8]>, now: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO profile(id, name, photo, updated_at) VALUES (1, '', ?1, ?2)
         ON CONFLICT(id) DO UPDATE SET photo = ?1, updated_at = ?2",
        params![png, now],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_checked_and_trimmed() {
        assert_eq!(
            normalize_email("  Amelie.Dubois@Example.org ").unwrap(),
            "Amelie.Dubois@Example.org"
        );
        for bad in [
            "",
            "amelie",
            "amelie@",
            "@example.org",
            "a@b",
            "a b@example.org",
            "a@@b.org",
            "a@b.",
        ] {
            let err = normalize_email(bad).unwrap_err();
            assert_eq!(err.code(), "invalid-email", "{bad:?}");
        }
    }

    fn input() -> ProfileInput {
        ProfileInput {
            name: " Zoë Dupré-Van den Bossche ".into(),
            emails: vec!["zoe@example.org".into(), "ZOE@example.org".into()],
            languages: vec![
                LanguageSkill {
                    language: "FR".into(),
                    level: "native".into(),
                },
                LanguageSkill {
                    language: "nl".into(),
                    level: "b2".into(),
                },
                LanguageSkill {
                    language: "fr".into(),
                    level: "A1".into(),
                },
            ],
            region: "BE-WAL".into(),
            municipality: " Mouscron ".into(),
            postcode: "7700".into(),
        }
    }

    #[test]
    fn a_profile_is_tidied_and_the_same_language_kept_once() {
        let p = clean(&input()).unwrap();
        assert_eq!(p.name, "Zoë Dupré-Van den Bossche");
        assert_eq!(p.emails, vec!["zoe@example.org".to_owned()]);
        assert_eq!(
            p.languages,
            vec![
                LanguageSkill {
                    language: "fr".into(),
                    level: "native".into()
                },
                LanguageSkill {
                    language: "nl".into(),
                    level: "B2".into()
                },
            ]
        );
        assert_eq!(
            (p.municipality.as_str(), p.postcode.as_str()),
            ("Mouscron", "7700")
        );
    }

    #[test]
    fn each_wrong_field_is_named() {
        type Change = Box<dyn Fn(&mut ProfileInput)>;
        let cases: Vec<(&str, Change)> = vec![
            (
                "language",
                Box::new(|p| p.languages[0].language = "xx".into()),
            ),
            ("level", Box::new(|p| p.languages[1].level = "B3".into())),
            ("region", Box::new(|p| p.region = "BE-LUX".into())),
            ("postcode", Box::new(|p| p.postcode = "9000".into())),
            ("postcode", Box::new(|p| p.postcode = "770".into())),
            (
                "municipality",
                Box::new(|p| p.municipality = "a\u{7}b".into()),
            ),
            (
                "municipality",
                Box::new(|p| p.municipality = "x".repeat(101)),
            ),
        ];
        for (field, change) in cases {
            let mut p = input();
            change(&mut p);
            match clean(&p).unwrap_err() {
                Error::InvalidProfile { field: f, .. } => assert_eq!(f, field),
                other => panic!("{field}: {other:?}"),
            }
        }
    }

    #[test]
    fn postcodes_belong_to_their_region() {
        for (region, code) in [
            ("BE-BRU", "1000"),
            ("BE-WAL", "1348"),
            ("BE-WAL", "7000"),
            ("BE-VLG", "8500"),
            ("BE-VLG", "3000"),
            ("FR-HDF", "59000"),
            ("FR-HDF", "02100"),
            ("other", "L-1234"),
        ] {
            assert!(postcode_fits(region, code), "{region} {code}");
        }
        for (region, code) in [
            ("BE-BRU", "1300"),
            ("BE-WAL", "8500"),
            ("BE-VLG", "7000"),
            ("FR-HDF", "75001"),
            ("FR-HDF", "5900"),
            ("other", "<script>"),
        ] {
            assert!(!postcode_fits(region, code), "{region} {code}");
        }
    }

    #[test]
    fn a_photo_is_reencoded_and_hostile_files_are_refused() {
        // A JPEG, 2×1, made here: the stored photo must be our own PNG.
        let img = image::RgbImage::from_pixel(2, 1, image::Rgb([200, 10, 10]));
        let mut jpeg = Vec::new();
        img.write_to(
            &mut std::io::Cursor::new(&mut jpeg),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
        let png = prepare_photo(&jpeg).unwrap();
        assert!(png.starts_with(b"\x89PNG"));
        assert_eq!(image::load_from_memory(&png).unwrap().width(), 2);
        let reason = |bytes: &[u8]| match prepare_photo(bytes).unwrap_err() {
            Error::InvalidPhoto { reason } => reason,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            reason(b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
            "unsupported"
        );
        assert_eq!(reason(b"MZ\x90\x00 not a photo"), "unsupported");
        assert_eq!(reason(&jpeg[..jpeg.len() / 2]), "damaged");
        assert_eq!(reason(&vec![0u8; MAX_PHOTO_BYTES + 1]), "too-large");
    }
}
