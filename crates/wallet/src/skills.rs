//! Self-declared skills: what a person learned informally, stated against e-CF, as an
//! Open Badges 3.0 `OpenBadgeCredential` issued **by the holder themself** (issuer =
//! the holder's `did:key`), `achievementType: Competency`, aligned to the framework,
//! with the level as a `result`, signed `eddsa-rdfc-2022`. It says "self-declared"
//! in the data itself (the issuer is the subject), so no reader can mistake it for a
//! badge issued by an organisation.

use passerelle_badges::proof::{SignOptions, sign_eddsa_rdfc_2022_with};
use serde_json::{Value, json};

use crate::frameworks::{self, EcfLevel};
use crate::keys::HolderKey;
use crate::{Error, Language, Result};

/// The OB 3.0 context Passerelle issues with (bundled and pinned in crates/badges).
pub const OB_CONTEXT: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
/// The VC 2.0 context.
pub const VC_CONTEXT: &str = "https://www.w3.org/ns/credentials/v2";
/// How Passerelle names the e-CF in alignments.
pub const ECF_FRAMEWORK: &str = "e-CF 4.0 (EN 16234-1:2019)";

/// What a person states about one competence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declaration {
    /// e-CF code, e.g. `E.2`.
    pub competence: String,
    /// 1…5 for e-1…e-5.
    pub level: u8,
    /// What they did, in one or more languages (at least one, not empty).
    pub narratives: Vec<(Language, String)>,
    /// Where (employer, association, volunteering…), optional.
    pub place: Option<String>,
    /// When (free text such as "2021–2023"), optional.
    pub period: Option<String>,
    pub team_size: Option<u32>,
    /// What came out of it, optional.
    pub outcome: Option<String>,
    /// Links to evidence (https only).
    pub links: Vec<String>,
    /// Evidence files to keep in the wallet (see [`crate::evidence`]); each becomes an
    /// `evidence` entry bound to its bytes.
    pub files: Vec<std::path::PathBuf>,
}

impl From<crate::dto::DeclarationInput> for Declaration {
    fn from(i: crate::dto::DeclarationInput) -> Self {
        Declaration {
            competence: i.competence,
            level: i.level,
            narratives: i
                .narratives
                .into_iter()
                .map(|n| (n.language, n.text))
                .collect(),
            place: i.place,
            period: i.period,
            team_size: i.team_size,
            outcome: i.outcome,
            links: i.links,
            files: i.files.into_iter().map(std::path::PathBuf::from).collect(),
        }
    }
}

/// Competences and ESCO skills matching `query` in `language` (see [`frameworks::search`]).
pub fn search_competences(query: &str, language: Language) -> Vec<crate::dto::CompetenceDto> {
    frameworks::search(query, language)
        .into_iter()
        .map(|hit| match hit {
            frameworks::SearchHit::Competence(c) => crate::dto::CompetenceDto {
                framework: "ecf".into(),
                code: Some(c.code.clone()),
                uri: Some(c.uri.clone()),
                title: c.title.get(language).to_owned(),
                area: frameworks::ecf()
                    .area(c.area)
                    .map(|a| a.title.get(language).to_owned()),
                levels: c.levels.iter().map(|l| l.number()).collect(),
            },
            frameworks::SearchHit::EscoSkill(s) => crate::dto::CompetenceDto {
                framework: "esco".into(),
                code: None,
                uri: s.uri.clone(),
                title: s.label.get(language).to_owned(),
                area: None,
                levels: vec![],
            },
        })
        .collect()
}

/// The five e-CF levels in `language`, with our plain-language descriptions.
pub fn ecf_levels(language: Language) -> Vec<crate::dto::LevelDto> {
    frameworks::ecf()
        .levels
        .iter()
        .map(|l| crate::dto::LevelDto {
            number: l.code.number(),
            code: l.code.code().to_owned(),
            title: l.title.get(language).to_owned(),
            description: l.description.get(language).to_owned(),
        })
        .collect()
}

/// A random `urn:uuid:` (version 4).
pub(crate) fn new_urn_uuid() -> String {
    use rand_core::{OsRng, RngCore};
    let mut b = [0u8; 16];
    OsRng.fill_bytes(&mut b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

fn invalid(field: &str, value: &str) -> Error {
    Error::InvalidDeclaration {
        field: field.to_owned(),
        value: value.chars().take(80).collect(),
    }
}

/// The unsigned credential for `declaration`, issued by `holder` named `holder_name`,
/// valid from `now` (RFC 3339), with the achievement named in `language`.
pub fn build_credential(
    declaration: &Declaration,
    holder_did: &str,
    holder_name: &str,
    language: Language,
    now: &str,
) -> Result<Value> {
    let competence = frameworks::competence(&declaration.competence)
        .ok_or_else(|| invalid("competence", &declaration.competence))?;
    let level = EcfLevel::from_number(declaration.level)
        .filter(|l| competence.spans(*l))
        .ok_or_else(|| invalid("level", &declaration.level.to_string()))?;
    let narratives: Vec<&(Language, String)> = declaration
        .narratives
        .iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .collect();
    if narratives.is_empty() {
        return Err(invalid("context", ""));
    }
    for link in &declaration.links {
        if !link.starts_with("https://") || link.len() > 2048 || link.contains(char::is_whitespace)
        {
            return Err(invalid("link", link));
        }
    }
    let ecf = frameworks::ecf();
    let title = competence.title.get(language);
    let level_name = ecf
        .level(level)
        .map(|l| l.title.get(language).to_owned())
        .unwrap_or_default();
    // The narrative: the first language given is the main one; the others follow,
    // each introduced by its language code so a reader knows which is which.
    let mut narrative = narratives[0].1.trim().to_owned();
    for (lang, text) in &narratives[1..] {
        narrative.push_str(&format!("\n\n[{}] {}", lang.code(), text.trim()));
    }
    // The facts, labelled in the language of the declaration (locales/*/credentials.ftl).
    let fact = |id: &str, key: &str, value: String| {
        let args: std::collections::BTreeMap<String, String> = [(key.to_owned(), value)].into();
        crate::i18n::format(language, id, &args).unwrap_or_else(|| args[key].clone())
    };
    let given = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    let mut facts = vec![];
    if let Some(p) = given(&declaration.place) {
        facts.push(fact("credential-fact-where", "value", p));
    }
    if let Some(p) = given(&declaration.period) {
        facts.push(fact("credential-fact-when", "value", p));
    }
    if let Some(n) = declaration.team_size {
        facts.push(fact("credential-fact-team", "count", n.to_string()));
    }
    if let Some(o) = given(&declaration.outcome) {
        facts.push(fact("credential-fact-outcome", "value", o));
    }
    if !facts.is_empty() {
        narrative.push_str("\n\n");
        narrative.push_str(&facts.join("\n"));
    }
    let result_id = format!("{}#level", competence.uri);
    let subject = json!({
        "id": holder_did,
        "type": ["AchievementSubject"],
        "achievement": {
            "id": format!("{}/self-declared", competence.uri),
            "type": ["Achievement"],
            "achievementType": "Competency",
            "name": format!("{} {} — {}", competence.code, title, level.code()),
            "description": format!("{title} ({}: {level_name})", level.code()),
            "criteria": {"narrative": narrative},
            "inLanguage": narratives[0].0.code(),
            "alignment": [{
                "type": ["Alignment"],
                "targetName": title,
                "targetUrl": competence.uri,
                "targetCode": competence.code,
                "targetFramework": ECF_FRAMEWORK,
                "targetType": "ceasn:Competency"
            }],
            "resultDescription": [{
                "id": result_id,
                "type": ["ResultDescription"],
                "name": "e-CF proficiency level",
                "resultType": "RubricCriterionLevel",
                "allowedValue": EcfLevel::ALL.iter().map(|l| l.code()).collect::<Vec<_>>()
            }]
        },
        "result": [{
            "type": ["Result"],
            "resultDescription": result_id,
            "achievedLevel": level.code(),
            "value": level.code()
        }]
    });
    let mut credential = json!({
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": new_urn_uuid(),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": format!("{} {} — {}", competence.code, title, level.code()),
        "issuer": {
            "id": holder_did,
            "type": ["Profile"],
            "name": if holder_name.trim().is_empty() { "—" } else { holder_name.trim() },
        },
        "validFrom": now,
        "credentialSubject": subject,
    });
    if !declaration.links.is_empty() {
        credential["evidence"] = Value::Array(
            declaration
                .links
                .iter()
                .map(|l| json!({"id": l, "type": ["Evidence"]}))
                .collect(),
        );
    }
    Ok(credential)
}

/// [`build_credential`] signed by `key` (`eddsa-rdfc-2022`, `assertionMethod`).
pub fn sign_declaration(
    declaration: &Declaration,
    key: &HolderKey,
    holder_name: &str,
    language: Language,
    now: &str,
) -> Result<Value> {
    sign_declaration_with_files(declaration, &[], key, holder_name, language, now)
}

/// [`sign_declaration`] with evidence `files` (already read and checked): each is an
/// `evidence` entry after the links, named by the `ni:///sha-256;…` URI of its bytes.
pub fn sign_declaration_with_files(
    declaration: &Declaration,
    files: &[crate::evidence::EvidenceFile],
    key: &HolderKey,
    holder_name: &str,
    language: Language,
    now: &str,
) -> Result<Value> {
    let mut unsigned = build_credential(declaration, key.did(), holder_name, language, now)?;
    add_file_evidence(&mut unsigned, files);
    sign(&unsigned, key.signing_key(), key.verification_method(), now)
}

/// Append an OB 3.0 `evidence` entry for each of `files` to `credential`.
pub fn add_file_evidence(credential: &mut Value, files: &[crate::evidence::EvidenceFile]) {
    if files.is_empty() {
        return;
    }
    let entries = files
        .iter()
        .map(crate::evidence::EvidenceFile::credential_entry);
    match credential.get_mut("evidence").and_then(Value::as_array_mut) {
        Some(list) => list.extend(entries),
        None => credential["evidence"] = Value::Array(entries.collect()),
    }
}

/// An OB 3.0 `EndorsementCredential` about the credential whose `id` is `endorsed_id`:
/// "`endorser_name` vouches for it", with a comment. Unsigned.
pub fn build_endorsement(
    endorsed_id: &str,
    endorsed_name: &str,
    comment: &str,
    endorser_did: &str,
    endorser_name: &str,
    now: &str,
) -> Result<Value> {
    let comment = comment.trim();
    if comment.is_empty() {
        return Err(invalid("comment", ""));
    }
    let name = if endorser_name.trim().is_empty() {
        "—"
    } else {
        endorser_name.trim()
    };
    Ok(json!({
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": new_urn_uuid(),
        "type": ["VerifiableCredential", "EndorsementCredential"],
        "name": format!("Endorsement of {endorsed_name}"),
        "issuer": {"id": endorser_did, "type": ["Profile"], "name": name},
        "validFrom": now,
        "credentialSubject": {
            "id": endorsed_id,
            "type": ["EndorsementSubject"],
            "endorsementComment": comment
        }
    }))
}

/// [`build_endorsement`] signed by `key`.
pub fn sign_endorsement(
    endorsed_id: &str,
    endorsed_name: &str,
    comment: &str,
    key: &HolderKey,
    endorser_name: &str,
    now: &str,
) -> Result<Value> {
    let unsigned = build_endorsement(
        endorsed_id,
        endorsed_name,
        comment,
        key.did(),
        endorser_name,
        now,
    )?;
    sign(&unsigned, key.signing_key(), key.verification_method(), now)
}

/// `doc` signed `eddsa-rdfc-2022` for `assertionMethod` by `key` (method `vm`).
pub(crate) fn sign(
    doc: &Value,
    key: &ed25519_dalek::SigningKey,
    vm: &str,
    now: &str,
) -> Result<Value> {
    sign_with(
        doc,
        key,
        &SignOptions {
            verification_method: vm,
            purpose: "assertionMethod",
            created: now,
            challenge: None,
            domain: None,
        },
    )
}

/// `doc` signed `eddsa-rdfc-2022` by `key` with any purpose, challenge and domain
/// (a presentation is signed for `authentication`, see [`crate::bundle`]).
pub(crate) fn sign_with(
    doc: &Value,
    key: &ed25519_dalek::SigningKey,
    options: &SignOptions<'_>,
) -> Result<Value> {
    sign_eddsa_rdfc_2022_with(doc, key, options).map_err(|e| Error::Signing {
        detail: e.to_string(),
    })
}

/// A signed credential as the file Passerelle writes (pretty JSON).
pub(crate) fn to_file(credential: &Value) -> Result<Vec<u8>> {
    serde_json::to_vec_pretty(credential).map_err(|e| Error::Signing {
        detail: e.to_string(),
    })
}

/// Whether a credential is self-declared: its issuer is its own subject.
pub fn is_self_declared(credential: &Value) -> bool {
    let issuer = match credential.get("issuer") {
        Some(Value::String(s)) => Some(s.as_str()),
        Some(v) => v.get("id").and_then(Value::as_str),
        None => None,
    };
    let subject = credential
        .get("credentialSubject")
        .and_then(|s| s.get("id"))
        .and_then(Value::as_str);
    issuer.is_some() && issuer == subject
}

#[cfg(test)]
mod tests {
    use passerelle_badges::{NoNetwork, Status, VerifyOptions, verify_bytes};

    use super::*;
    use crate::keys::SecretSeed;

    fn key() -> HolderKey {
        HolderKey::from_seed(&SecretSeed::from_bytes([7; 32]))
    }

    fn declaration() -> Declaration {
        Declaration {
            competence: "E.2".into(),
            level: 3,
            narratives: vec![
                (
                    Language::Fr,
                    "J’ai coordonné la migration du site de l’ASBL vers un nouvel hébergeur."
                        .into(),
                ),
                (
                    Language::Nl,
                    "Ik coördineerde de migratie van de website van de vzw.".into(),
                ),
            ],
            place: Some("ASBL Les Ateliers du Nord, Mons".into()),
            period: Some("2022–2023".into()),
            team_size: Some(5),
            outcome: Some("Migration livrée à temps, 3 500 € sous le budget".into()),
            links: vec!["https://example.org/rapport.pdf".into()],
            files: vec![],
        }
    }

    #[test]
    fn a_declaration_is_a_signed_self_issued_competency_that_verifies() {
        let k = key();
        let vc = sign_declaration(
            &declaration(),
            &k,
            "Amélie Dubois",
            Language::Fr,
            "2026-11-22T10:00:00Z",
        )
        .unwrap();
        assert!(is_self_declared(&vc));
        let a = &vc["credentialSubject"]["achievement"];
        assert_eq!(a["achievementType"], "Competency");
        assert_eq!(a["alignment"][0]["targetCode"], "E.2");
        assert_eq!(a["alignment"][0]["targetFramework"], ECF_FRAMEWORK);
        assert_eq!(vc["credentialSubject"]["result"][0]["achievedLevel"], "e-3");
        assert_eq!(vc["issuer"]["id"], k.did());
        assert!(
            a["criteria"]["narrative"]
                .as_str()
                .unwrap()
                .contains("[nl] Ik coördineerde")
        );
        assert!(
            a["criteria"]["narrative"]
                .as_str()
                .unwrap()
                .contains("Taille de l’équipe : 5")
        );
        assert_eq!(vc["evidence"][0]["id"], "https://example.org/rapport.pdf");
        assert!(vc["id"].as_str().unwrap().starts_with("urn:uuid:"));

        let bytes = serde_json::to_vec(&vc).unwrap();
        let emails: Vec<String> = vec![];
        let v = verify_bytes(
            &bytes,
            &VerifyOptions {
                now: time::macros::datetime!(2026-11-23 00:00 UTC),
                owner_emails: &emails,
                fetcher: &NoNetwork,
            },
        )
        .unwrap();
        assert_eq!(v.report.status, Status::Verified, "{:?}", v.report);

        // A changed level no longer verifies.
        let mut forged = vc.clone();
        forged["credentialSubject"]["result"][0]["achievedLevel"] = "e-5".into();
        let v = verify_bytes(
            &serde_json::to_vec(&forged).unwrap(),
            &VerifyOptions {
                now: time::macros::datetime!(2026-11-23 00:00 UTC),
                owner_emails: &emails,
                fetcher: &NoNetwork,
            },
        )
        .unwrap();
        assert_eq!(v.report.status, Status::Failed);
    }

    #[test]
    fn unknown_competences_levels_outside_the_range_and_empty_contexts_are_refused() {
        let now = "2026-11-22T10:00:00Z";
        let mut d = declaration();
        d.competence = "Z.9".into();
        let e = build_credential(&d, "did:key:z", "", Language::En, now).unwrap_err();
        assert_eq!(e.code(), "invalid-declaration");
        assert_eq!(e.args()["field"], "competence");
        let mut d = declaration();
        d.level = 1; // E.2 starts at e-2
        assert_eq!(
            build_credential(&d, "did:key:z", "", Language::En, now)
                .unwrap_err()
                .args()["field"],
            "level"
        );
        let mut d = declaration();
        d.narratives = vec![(Language::En, "   ".into())];
        assert_eq!(
            build_credential(&d, "did:key:z", "", Language::En, now)
                .unwrap_err()
                .args()["field"],
            "context"
        );
        let mut d = declaration();
        d.links = vec!["javascript:alert(1)".into()];
        assert_eq!(
            build_credential(&d, "did:key:z", "", Language::En, now)
                .unwrap_err()
                .args()["field"],
            "link"
        );
    }

    #[test]
    fn ids_are_random_v4_uuids() {
        let a = new_urn_uuid();
        assert_ne!(a, new_urn_uuid());
        assert_eq!(a.len(), "urn:uuid:".len() + 36);
        assert_eq!(&a[9 + 14..9 + 15], "4");
    }
}
