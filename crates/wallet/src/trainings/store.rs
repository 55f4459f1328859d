//! The wallet's training catalogue: the bundled sample (compiled in, never copied to
//! the database) merged with what the person imported (tables of migration 0009).
//! An imported offer replaces the bundled one with the same id; the other imported
//! offers follow the bundled ones, oldest import first.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, params};

use super::model::{LearningPlace, TrainingOffer};
use crate::{Error, Result};

/// The bundled sample offers (`trainings/data.rs`).
fn bundled_offers() -> Vec<TrainingOffer> {
    super::data::bundled_catalogue().offers.clone()
}

/// The bundled learning places (`trainings/data.rs`).
fn bundled_places() -> Vec<LearningPlace> {
    super::data::bundled_catalogue().places.clone()
}

/// Merge `bundled` with `imported` (id, item): an imported item replaces the bundled
/// one with the same id in place; the others are appended in the order given.
fn merge<T>(bundled: Vec<T>, imported: Vec<(String, T)>, id: impl Fn(&T) -> &str) -> Vec<T> {
    let mut out = bundled;
    let index: HashMap<String, usize> = out
        .iter()
        .enumerate()
        .map(|(i, t)| (id(t).to_owned(), i))
        .collect();
    for (key, item) in imported {
        match index.get(&key) {
            Some(&i) => out[i] = item,
            None => out.push(item),
        }
    }
    out
}

fn stored<T: serde::de::DeserializeOwned + Send>(
    conn: &Connection,
    sql: &str,
) -> Result<Vec<(String, T)>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<Vec<(String, String)>>>()?;
    // Parsing thousands of offers is most of the cost of a first recommendation:
    // spread it over the cores, keeping the order.
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = rows.len().div_ceil(workers).max(256);
    let parse = |part: &[(String, String)]| -> Result<Vec<(String, T)>> {
        part.iter()
            .map(|(id, json)| {
                let item = serde_json::from_str(json).map_err(|e| Error::Database {
                    detail: format!("stored training item {id} cannot be read: {e}"),
                })?;
                Ok((id.clone(), item))
            })
            .collect()
    };
    let parts: Vec<Result<Vec<(String, T)>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = rows
            .chunks(chunk)
            .map(|part| scope.spawn(move || parse(part)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join().unwrap_or_else(|_| {
                    Err(Error::Database {
                        detail: "reading the stored training items failed".into(),
                    })
                })
            })
            .collect()
    });
    let mut out = Vec::with_capacity(rows.len());
    for part in parts {
        out.extend(part?);
    }
    Ok(out)
}

/// Every offer of the wallet's catalogue: bundled, replaced or extended by imported ones.
pub(crate) fn offers(conn: &Connection) -> Result<Vec<TrainingOffer>> {
    let imported = stored(
        conn,
        "SELECT id, offer FROM training_offers ORDER BY imported_at, rowid",
    )?;
    Ok(merge(bundled_offers(), imported, |o: &TrainingOffer| {
        o.id.as_str()
    }))
}

/// [`offers`], read once and kept by the wallet until a catalogue is imported
/// ([`forget_offers`]).
pub(crate) fn cached_offers(wallet: &crate::Wallet) -> Result<std::sync::Arc<Vec<TrainingOffer>>> {
    let mut cache = wallet
        .trainings_cache
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(offers) = cache.as_ref() {
        return Ok(offers.clone());
    }
    let offers = std::sync::Arc::new(offers(wallet.conn())?);
    *cache = Some(offers.clone());
    Ok(offers)
}

/// Drop the kept catalogue: the next read sees what was just imported.
pub(crate) fn forget_offers(wallet: &crate::Wallet) {
    *wallet
        .trainings_cache
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = None;
}

/// Every learning place: bundled, replaced or extended by imported ones.
pub(crate) fn places(conn: &Connection) -> Result<Vec<LearningPlace>> {
    let imported = stored(
        conn,
        "SELECT id, place FROM learning_places ORDER BY imported_at, rowid",
    )?;
    Ok(merge(bundled_places(), imported, |p: &LearningPlace| {
        p.id.as_str()
    }))
}

/// What storing one item did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stored {
    Added,
    Updated,
    Unchanged,
}

/// Insert or update one imported item (`table` is `training_offers` or
/// `learning_places`, `column` is `offer` or `place`): unchanged when the stored JSON
/// is the same text.
pub(crate) fn upsert(
    conn: &Connection,
    table: &'static str,
    column: &'static str,
    id: &str,
    json: &str,
    system: &str,
    now: &str,
) -> Result<Stored> {
    let existing: Option<String> = conn
        .query_row(
            &format!("SELECT {column} FROM {table} WHERE id = ?1"),
            [id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(match existing {
        None => {
            conn.execute(
                &format!(
                    "INSERT INTO {table}(id, {column}, source_system, imported_at, updated_at) \
                     VALUES (?1, ?2, ?3, ?4, ?4)"
                ),
                params![id, json, system, now],
            )?;
            Stored::Added
        }
        Some(old) if old == json => Stored::Unchanged,
        Some(_) => {
            conn.execute(
                &format!(
                    "UPDATE {table} SET {column} = ?2, source_system = ?3, updated_at = ?4 \
                     WHERE id = ?1"
                ),
                params![id, json, system, now],
            )?;
            Stored::Updated
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imported_items_replace_bundled_ones_in_place_and_others_follow() {
        let bundled = vec!["a1", "b1", "c1"];
        let imported = vec![("b".to_owned(), "b2"), ("z".to_owned(), "z2")];
        let merged = merge(bundled, imported, |s: &&str| &s[..1]);
        assert_eq!(merged, vec!["a1", "b2", "c1", "z2"]);
    }

    #[test]
    fn the_kept_catalogue_is_read_again_after_an_import() {
        let dir = tempfile::tempdir().unwrap();
        let mut w =
            crate::Wallet::open(dir.path(), std::sync::Arc::new(crate::SystemClock)).unwrap();
        let before = w.training_offers().unwrap().len();
        assert!(before >= 45, "the bundled sample");
        let file = dir.path().join("one.json");
        let mut offer = serde_json::to_value(&w.training_offers().unwrap()[0]).unwrap();
        offer["id"] = "test:new-offer".into();
        let catalogue = serde_json::json!({"format": "passerelle-trainings/1", "offers": [offer]});
        std::fs::write(&file, serde_json::to_vec(&catalogue).unwrap()).unwrap();
        w.import_trainings(&file).unwrap();
        let after = w.training_offers().unwrap();
        assert_eq!(after.len(), before + 1);
        assert!(after.iter().any(|o| o.id == "test:new-offer"));
    }
}
