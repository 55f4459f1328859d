//! The counsellor's review: the portfolio against a role profile (ICT project manager
//! first). For each competence of the profile: the level aimed at, the level the
//! portfolio shows, and what supports it — a verified badge weighs more than an
//! endorsed self-declaration, which weighs more than a self-declaration alone.

use passerelle_badges::Credential;
use rusqlite::params;
use serde_json::Value;

use crate::Result;
use crate::dto::{ReviewDto, ReviewItem, ReviewSource};
use crate::frameworks::{self, EcfLevel};
use crate::settings::Language;

/// How strongly something supports a competence, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Support {
    None,
    SelfDeclared,
    Endorsed,
    VerifiedBadge,
}

impl Support {
    pub fn as_str(self) -> &'static str {
        match self {
            Support::None => "none",
            Support::SelfDeclared => "self-declared",
            Support::Endorsed => "endorsed",
            Support::VerifiedBadge => "verified-badge",
        }
    }
}

/// One credential as the review sees it.
#[derive(Debug, Clone)]
pub(crate) struct Held {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub status: String,
    pub endorsed: bool,
    pub json: Value,
}

/// The e-CF codes a credential is aligned to.
fn ecf_codes(json: &Value) -> Vec<String> {
    let achievement = &json["credentialSubject"]["achievement"];
    let alignments = match achievement.get("alignment") {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(v) => vec![v],
        None => vec![],
    };
    alignments
        .into_iter()
        .filter(|a| {
            a.get("targetFramework")
                .and_then(Value::as_str)
                .is_some_and(|f| f.to_ascii_lowercase().contains("e-cf"))
                || a.get("targetUrl")
                    .and_then(Value::as_str)
                    .is_some_and(|u| u.contains("/frameworks/ecf/"))
        })
        .filter_map(|a| a.get("targetCode").and_then(Value::as_str))
        .filter_map(|code| frameworks::competence(code).map(|c| c.code.clone()))
        .collect()
}

/// The e-CF level a credential states (`result[].achievedLevel` or `value`, "e-3").
fn stated_level(json: &Value) -> Option<u8> {
    let results = json["credentialSubject"]["result"].as_array()?;
    results
        .iter()
        .filter_map(|r| {
            r.get("achievedLevel")
                .or_else(|| r.get("value"))
                .and_then(Value::as_str)
        })
        .filter_map(|v| v.trim().strip_prefix("e-")?.parse::<u8>().ok())
        .filter(|n| EcfLevel::from_number(*n).is_some())
        .max()
}

/// The review of `held` against the profile `profile_id`, in `language`.
pub(crate) fn review(held: &[Held], profile_id: &str, language: Language) -> Option<ReviewDto> {
    let profile = frameworks::profile(profile_id)?;
    let mut items = vec![];
    for target in &profile.targets {
        let competence = frameworks::competence(&target.competence)?;
        let mut support = Support::None;
        let mut level: Option<u8> = None;
        let mut sources = vec![];
        for h in held {
            if h.status == "failed" || !ecf_codes(&h.json).contains(&competence.code) {
                continue;
            }
            let s = match (h.kind.as_str(), h.endorsed) {
                ("self_declared", true) => Support::Endorsed,
                ("self_declared", false) => Support::SelfDeclared,
                _ if h.status == "verified" => Support::VerifiedBadge,
                // An issued badge with a warning still beats a bare self-declaration.
                _ => Support::Endorsed,
            };
            let stated = stated_level(&h.json);
            support = support.max(s);
            level = level.max(stated);
            sources.push(ReviewSource {
                id: h.id.clone(),
                name: h.name.clone(),
                support: s.as_str().to_owned(),
                level: stated,
            });
        }
        items.push(ReviewItem {
            code: competence.code.clone(),
            title: competence.title.get(language).to_owned(),
            core: target.core,
            target: target.level.number(),
            current: level,
            support: support.as_str().to_owned(),
            sources,
        });
    }
    Some(ReviewDto {
        profile_id: profile.id.clone(),
        profile_title: profile.title.get(language).to_owned(),
        items,
    })
}

/// Everything the wallet holds that the review weighs (badges and self-declared skills).
pub(crate) fn held(conn: &rusqlite::Connection) -> Result<Vec<Held>> {
    let mut stmt = conn.prepare(
        "SELECT c.id, d.name, c.kind, d.status, c.original,
                EXISTS (SELECT 1 FROM endorsements e WHERE e.endorsed_id = c.id AND e.status != 'failed')
         FROM credentials c JOIN badge_details d ON d.credential_id = c.id
         ORDER BY c.imported_at",
    )?;
    let rows = stmt.query_map(params![], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Vec<u8>>(4)?,
            r.get::<_, bool>(5)?,
        ))
    })?;
    let mut out = vec![];
    for row in rows {
        let (id, name, kind, status, bytes, endorsed) = row?;
        let json = match passerelle_badges::detect(&bytes).map(|i| i.credential) {
            Ok(Credential::Ob3 { json, .. } | Credential::Ob3Jwt { json, .. }) => json,
            _ => continue,
        };
        out.push(Held {
            id,
            name,
            kind,
            status,
            endorsed,
            json,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn held(id: &str, kind: &str, status: &str, endorsed: bool, code: &str, level: &str) -> Held {
        Held {
            id: id.into(),
            name: id.into(),
            kind: kind.into(),
            status: status.into(),
            endorsed,
            json: json!({"credentialSubject": {
                "achievement": {"alignment": [{"targetCode": code, "targetFramework": "e-CF 4.0 (EN 16234-1:2019)"}]},
                "result": [{"achievedLevel": level}]
            }}),
        }
    }

    fn item<'a>(r: &'a ReviewDto, code: &str) -> &'a ReviewItem {
        r.items.iter().find(|i| i.code == code).unwrap()
    }

    #[test]
    fn evidence_weighs_badge_over_endorsed_over_self_declared() {
        let r = review(
            &[
                held("s1", "self_declared", "verified", false, "E.2", "e-3"),
                held("s2", "self_declared", "verified", true, "E.3", "e-2"),
                held("b1", "badge", "verified", false, "E.3", "e-3"),
                held("s3", "self_declared", "verified", true, "E.4", "e-3"),
                held("x", "self_declared", "failed", false, "E.7", "e-5"),
            ],
            "ict-project-manager",
            Language::En,
        )
        .unwrap();
        let e2 = item(&r, "E.2");
        assert_eq!(
            (e2.target, e2.current, e2.support.as_str()),
            (4, Some(3), "self-declared")
        );
        assert_eq!(e2.title, "Project and Portfolio Management");
        assert!(e2.core);
        let e3 = item(&r, "E.3");
        assert_eq!(
            (e3.current, e3.support.as_str()),
            (Some(3), "verified-badge")
        );
        assert_eq!(e3.sources.len(), 2);
        assert_eq!(item(&r, "E.4").support, "endorsed");
        // A failed credential supports nothing.
        let e7 = item(&r, "E.7");
        assert_eq!((e7.current, e7.support.as_str()), (None, "none"));
        assert!(review(&[], "no-such-profile", Language::En).is_none());
    }

    #[test]
    fn only_ecf_alignments_and_valid_levels_count() {
        let mut other = held("o", "badge", "verified", false, "E.2", "e-9");
        other.json["credentialSubject"]["achievement"]["alignment"][0]["targetFramework"] =
            "ESCO".into();
        let mut bad_level = held("l", "badge", "verified", false, "E.2", "e-9");
        bad_level.json["credentialSubject"]["result"][0]["achievedLevel"] = "e-9".into();
        let r = review(&[other, bad_level], "ict-project-manager", Language::Fr).unwrap();
        let e2 = item(&r, "E.2");
        assert_eq!((e2.current, e2.support.as_str()), (None, "verified-badge"));
        assert_eq!(e2.title, "Gestion de projets et de portefeuilles");
    }
}
