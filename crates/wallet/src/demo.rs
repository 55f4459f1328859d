//! The demo wallet: a few badges from a clearly named demo issuer (a key generated on
//! the spot, signed like real ones), a self-declared skill and an endorsement of it,
//! so that a newcomer or a counsellor in training sees every screen populated.
//! Every credential is really signed and really verified on import; the keys are
//! thrown away afterwards (nothing else can ever be signed in their name).

use passerelle_badges::proof::{did_key_for, did_key_verification_method};
use serde_json::{Value, json};

use crate::keys::{HolderKey, SecretSeed};
use crate::skills::{self, Declaration, OB_CONTEXT, VC_CONTEXT};
use crate::{Error, Language, Result};

/// The demo issuer's name, in every language (it says what it is).
pub const DEMO_ISSUER: &str = "Passerelle DEMO issuer — not a real organisation";
/// The demo counsellor who endorses the self-declared skill.
pub const DEMO_COUNSELLOR: &str = "DEMO counsellor — not a real person";

fn signed(doc: &Value, key: &ed25519_dalek::SigningKey, now: &str) -> Result<Vec<u8>> {
    let vm = did_key_verification_method(&key.verifying_key());
    skills::to_file(&skills::sign(doc, key, &vm, now)?)
}

/// (competence code, level, name per language)
const BADGES: [(&str, u8, [&str; 3]); 3] = [
    (
        "E.2",
        3,
        [
            "DEMO — IT project management: planning and follow-up",
            "DÉMO — Gestion de projet IT : planification et suivi",
            "DEMO — IT-projectmanagement: planning en opvolging",
        ],
    ),
    (
        "E.3",
        2,
        [
            "DEMO — Risk management in IT projects",
            "DÉMO — Gestion des risques dans les projets IT",
            "DEMO — Risicobeheer in IT-projecten",
        ],
    ),
    (
        "A.8",
        2,
        [
            "DEMO — Responsible IT (Green IT) basics",
            "DÉMO — Bases du numérique responsable",
            "DEMO — Basis duurzame IT",
        ],
    ),
];

fn pick(names: &[&'static str; 3], language: Language) -> &'static str {
    match language {
        Language::En => names[0],
        Language::Fr => names[1],
        Language::Nl => names[2],
    }
}

/// The demo credentials as files (name, bytes), in the order they are imported:
/// three badges, a self-declared skill, and an endorsement of that skill.
pub fn demo_files(language: Language, now: &str) -> Result<Vec<(String, Vec<u8>)>> {
    let issuer_seed = SecretSeed::generate();
    let issuer = ed25519_dalek::SigningKey::from_bytes(issuer_seed.expose());
    let issuer_did = did_key_for(&issuer.verifying_key());
    let holder = HolderKey::from_seed(&SecretSeed::generate());
    let counsellor = HolderKey::from_seed(&SecretSeed::generate());
    let mut files = vec![];
    for (code, level, names) in BADGES {
        let competence = crate::frameworks::competence(code).ok_or_else(|| Error::Signing {
            detail: format!("demo competence {code} missing"),
        })?;
        let name = pick(&names, language);
        let result_id = format!("{}#level", competence.uri);
        let doc = json!({
            "@context": [VC_CONTEXT, OB_CONTEXT],
            "id": skills::new_urn_uuid(),
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": name,
            "issuer": {"id": issuer_did, "type": ["Profile"], "name": DEMO_ISSUER,
                        "url": "https://demo.passerelle.invalid"},
            "validFrom": now,
            "credentialSubject": {
                "id": holder.did(),
                "type": ["AchievementSubject"],
                "achievement": {
                    "id": format!("https://demo.passerelle.invalid/achievements/{code}"),
                    "type": ["Achievement"],
                    "achievementType": "Badge",
                    "name": name,
                    "description": "DEMO: made up to show Passerelle's screens.",
                    "criteria": {"narrative": "DEMO: no real assessment took place."},
                    "alignment": [{
                        "type": ["Alignment"],
                        "targetName": competence.title.get(language),
                        "targetUrl": competence.uri,
                        "targetCode": competence.code,
                        "targetFramework": skills::ECF_FRAMEWORK,
                        "targetType": "ceasn:Competency"
                    }],
                    "resultDescription": [{
                        "id": result_id, "type": ["ResultDescription"],
                        "name": "e-CF proficiency level", "resultType": "RubricCriterionLevel",
                        "allowedValue": ["e-1", "e-2", "e-3", "e-4", "e-5"]
                    }]
                },
                "result": [{"type": ["Result"], "resultDescription": result_id,
                            "achievedLevel": format!("e-{level}")}]
            }
        });
        files.push((format!("demo-{code}.json"), signed(&doc, &issuer, now)?));
    }
    let declaration = Declaration {
        competence: "E.4".into(),
        level: 3,
        narratives: vec![(
            language,
            pick(
                &[
                    "DEMO: I was the contact person between our association's volunteers and the town's IT supplier for two years.",
                    "DÉMO : j’ai été pendant deux ans l’interlocutrice entre les bénévoles de notre association et le prestataire informatique de la commune.",
                    "DEMO: twee jaar lang was ik het aanspreekpunt tussen de vrijwilligers van onze vereniging en de IT-leverancier van de gemeente.",
                ],
                language,
            )
            .into(),
        )],
        place: None,
        period: Some("2022–2024".into()),
        team_size: Some(12),
        outcome: None,
        links: vec![],
        files: vec![],
    };
    let skill = skills::sign_declaration(&declaration, &holder, "DEMO learner", language, now)?;
    let skill_id = skill["id"].as_str().unwrap_or_default().to_owned();
    let skill_name = skill["name"].as_str().unwrap_or_default().to_owned();
    files.push((
        "demo-self-declared-E.4.json".into(),
        skills::to_file(&skill)?,
    ));
    let comment = pick(
        &[
            "DEMO: we went through the meeting minutes and the supplier's e-mails together.",
            "DÉMO : nous avons parcouru ensemble les comptes rendus de réunion et les e-mails du prestataire.",
            "DEMO: we hebben samen de vergaderverslagen en de e-mails van de leverancier doorgenomen.",
        ],
        language,
    );
    let endorsement = skills::sign_endorsement(
        &skill_id,
        &skill_name,
        comment,
        &counsellor,
        DEMO_COUNSELLOR,
        now,
    )?;
    files.push((
        "demo-endorsement.json".into(),
        skills::to_file(&endorsement)?,
    ));
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_fills_badges_a_self_declared_skill_and_its_endorsement_that_all_verify() {
        let dir = tempfile::tempdir().unwrap();
        let mut w =
            crate::Wallet::open(dir.path(), std::sync::Arc::new(crate::SystemClock)).unwrap();
        let results = w.load_demo("fr_BE.UTF-8").unwrap();
        let outcomes: Vec<_> = results.iter().map(|r| r.outcome.as_str()).collect();
        // The DEMO set first (three badges, a skill, its endorsement), then the samples.
        assert_eq!(
            outcomes[..5],
            [
                "imported",
                "imported",
                "imported",
                "imported",
                "endorsement"
            ]
        );
        let list = w.list_badges(None, None).unwrap();
        assert_eq!(list.len(), 8);
        assert!(list.iter().all(|b| b.status != "failed"), "{list:?}");
        let skill = list.iter().find(|b| b.kind == "self-declared").unwrap();
        assert_eq!(skill.endorsements.len(), 1);
        assert_eq!(
            skill.endorsements[0].endorser_name.as_deref(),
            Some(DEMO_COUNSELLOR)
        );
        assert!(
            list.iter()
                .any(|b| b.name.starts_with("DÉMO — Gestion de projet IT"))
        );
        // The review is populated: E.2 shown at e-3 by a badge, E.4 by an endorsed skill.
        let review = w
            .review("ict-project-manager", "fr_BE.UTF-8")
            .unwrap()
            .unwrap();
        let e2 = review.items.iter().find(|i| i.code == "E.2").unwrap();
        assert_eq!(e2.current, Some(3));
        let e4 = review.items.iter().find(|i| i.code == "E.4").unwrap();
        assert_eq!((e4.current, e4.support.as_str()), (Some(3), "endorsed"));
        // Loading it twice adds nothing.
        assert!(w.load_demo("en").is_ok());
        assert_eq!(w.list_badges(None, None).unwrap().len(), 8);
    }
}
