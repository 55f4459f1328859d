//! The holder's profile: a name and the e-mail addresses badges may be issued to.
//! The addresses drive the recipient check (hashed `sha256$…` identities), so
//! changing them checks every badge again.

use rusqlite::{OptionalExtension, params};

use crate::dto::Profile;
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

pub(crate) fn load(conn: &rusqlite::Connection) -> Result<Profile> {
    let name: Option<String> = conn
        .query_row("SELECT name FROM profile WHERE id = 1", [], |r| r.get(0))
        .optional()?;
    let mut stmt = conn.prepare("SELECT address FROM profile_emails ORDER BY position")?;
    let emails = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(Profile {
        name: name.unwrap_or_default(),
        emails,
    })
}

/// Replace the name and the address list (validated first: nothing changes on error;
/// the same address twice, in any case, is kept once).
pub(crate) fn save(
    conn: &mut rusqlite::Connection,
    name: &str,
    emails: &[String],
    now: &str,
) -> Result<Profile> {
    let mut clean: Vec<String> = vec![];
    for e in emails.iter().filter(|e| !e.trim().is_empty()) {
        let e = normalize_email(e)?;
        if !clean.iter().any(|c| c.eq_ignore_ascii_case(&e)) {
            clean.push(e);
        }
    }
    let name: String = name.trim().chars().take(MAX_LEN).collect();
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO profile(id, name, updated_at) VALUES (1, ?1, ?2)
         ON CONFLICT(id) DO UPDATE SET name = ?1, updated_at = ?2",
        params![name, now],
    )?;
    tx.execute("DELETE FROM profile_emails", [])?;
    for (i, e) in clean.iter().enumerate() {
        tx.execute(
            "INSERT INTO profile_emails(address, position) VALUES (?1, ?2)",
            params![e, i as i64],
        )?;
    }
    tx.commit()?;
    load(conn)
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
}
