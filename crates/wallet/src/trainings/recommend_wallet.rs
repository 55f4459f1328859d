//! The wallet's side of the training recommendations: what the portfolio shows
//! (the review), where the learner lives and which languages they speak (the
//! profile), the catalogue (bundled + imported offers), checked filters, and the
//! learner's plan ("add to my plan"). The ranking itself is [`super::recommend`].

use std::collections::{BTreeMap, HashSet};

use rusqlite::params;

use super::model::{Modality, TrainingOffer};
use super::recommend::{self, Filters, Learner, Recommendation, Standing};
use crate::dto::{
    PlanItem, Profile, ReasonDto, RecommendationDto, RecommendedOffer, ReviewDto, TrainingFilters,
};
use crate::{Error, Language, Result, Wallet};

/// The regions the trainings come from.
pub const REGIONS: [&str; 4] = ["BE-WAL", "BE-VLG", "BE-BRU", "FR-HDF"];
/// How many recommendations are given at most (the best ones): enough for a person
/// or a counsellor to choose from, and a bounded answer over a large catalogue.
pub const MAX_RECOMMENDATIONS: usize = 100;
/// The largest distance a filter may ask for (km).
pub const MAX_FILTER_KM: u32 = 1000;

fn bad(field: &str, value: &str) -> Error {
    Error::InvalidTrainingFilter {
        field: field.to_owned(),
        value: value.chars().take(80).collect(),
    }
}

fn parse_day(field: &str, value: &str) -> Result<String> {
    let value = value.trim();
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(value, &format)
        .map(|_| value.to_owned())
        .map_err(|_| bad(field, value))
}

/// The learner's filters, checked: every value is one Passerelle knows, the dates are
/// real dates in order.
pub fn check_filters(f: &TrainingFilters) -> Result<Filters> {
    let mut out = Filters::default();
    for r in &f.regions {
        let r = r.trim();
        let region = REGIONS
            .iter()
            .find(|k| k.eq_ignore_ascii_case(r))
            .ok_or_else(|| bad("regions", r))?;
        out.regions.push((*region).to_owned());
    }
    for l in &f.languages {
        let l = l.trim().to_ascii_lowercase();
        if l.len() != 2 || !l.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(bad("languages", &l));
        }
        out.languages.push(l);
    }
    for m in &f.modalities {
        let modality = match m.trim() {
            "in-person" => Modality::InPerson,
            "distance" => Modality::Distance,
            "blended" => Modality::Blended,
            other => return Err(bad("modalities", other)),
        };
        out.modalities.push(modality);
    }
    if let Some(km) = f.max_distance_km {
        if km == 0 || km > MAX_FILTER_KM {
            return Err(bad("maxDistanceKm", &km.to_string()));
        }
        out.max_distance_km = Some(f64::from(km));
    }
    out.from = f
        .from
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .map(|s| parse_day("from", s))
        .transpose()?;
    out.to =
        f.to.as_deref()
            .filter(|s| !s.trim().is_empty())
            .map(|s| parse_day("to", s))
            .transpose()?;
    if let (Some(from), Some(to)) = (&out.from, &out.to)
        && from > to
    {
        return Err(bad("dates", &format!("{from} > {to}")));
    }
    Ok(out)
}

/// What the portfolio shows per competence of the profile, from the review: the
/// highest level a verified badge or an endorsement shows, and the highest level
/// anything shows.
pub(crate) fn standings(review: &ReviewDto) -> Vec<Standing> {
    review
        .items
        .iter()
        .map(|item| {
            let level = |strong: bool| {
                item.sources
                    .iter()
                    .filter(|s| !strong || s.support == "verified-badge" || s.support == "endorsed")
                    .filter_map(|s| s.level)
                    .max()
            };
            Standing {
                code: item.code.clone(),
                target: item.target,
                core: item.core,
                confirmed: level(true),
                shown: level(false),
            }
        })
        .collect()
}

/// Where the learner lives, from the gazetteer: the profile's municipality, else its
/// postcode.
fn home(profile: &Profile) -> Option<&'static crate::trainings::Municipality> {
    [profile.municipality.as_str(), profile.postcode.as_str()]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .find_map(super::data::find_municipality)
}

/// The learner as the ranking sees them, from the profile: the languages they speak
/// at B1 or better, their region (as given, else their municipality's) and coordinates.
pub(crate) fn learner(profile: &Profile) -> Learner {
    let home = home(profile);
    let region = if REGIONS.contains(&profile.region.as_str()) {
        Some(profile.region.clone())
    } else if profile.region.is_empty() {
        home.map(|m| m.region.clone())
            .filter(|r| REGIONS.contains(&r.as_str()))
    } else {
        // `other`: lives outside the four regions, no side to compare offers with.
        None
    };
    Learner {
        languages: profile
            .languages
            .iter()
            .filter(|l| recommend::speaks_well_enough(&l.level))
            .map(|l| l.language.to_ascii_lowercase())
            .collect(),
        region,
        coordinates: home.map(|m| (m.latitude, m.longitude)),
        funding_groups: vec![],
    }
}

fn modality_code(m: Modality) -> &'static str {
    match m {
        Modality::InPerson => "in-person",
        Modality::Distance => "distance",
        Modality::Blended => "blended",
    }
}

/// An offer as the list shows it, in `language`.
fn offer_dto(
    offer: &TrainingOffer,
    language: Language,
    place: Option<&str>,
    next_session: Option<&str>,
) -> RecommendedOffer {
    let (title_language, title) = offer
        .title
        .best(language)
        .map_or((language, offer.id.clone()), |(l, t)| (l, t.to_owned()));
    RecommendedOffer {
        id: offer.id.clone(),
        title,
        title_language,
        provider: offer.provider.name.clone(),
        region: offer.region.clone(),
        modality: modality_code(offer.modality).to_owned(),
        languages: offer.languages.clone(),
        municipality: place
            .or_else(|| offer.locations.first().map(|l| l.municipality.as_str()))
            .map(str::to_owned),
        next_session: next_session.map(str::to_owned),
        sample: offer.sample,
    }
}

/// The recommendations as DTOs, their reasons rendered in `language`; the
/// competence reasons get the competence's `title` from the review.
pub(crate) fn to_dtos(
    recs: &[Recommendation<'_>],
    review: &ReviewDto,
    language: Language,
    plan: &HashSet<String>,
) -> Vec<RecommendationDto> {
    let titles: BTreeMap<&str, &str> = review
        .items
        .iter()
        .map(|i| (i.code.as_str(), i.title.as_str()))
        .collect();
    let reasons: Vec<(String, BTreeMap<String, String>)> = recs
        .iter()
        .flat_map(|r| &r.reasons)
        .map(|reason| {
            let mut args = reason.args();
            if let Some(title) = reason.competence().and_then(|c| titles.get(c)) {
                args.insert("title".into(), (*title).to_owned());
            }
            (format!("trainings-reason-{}", reason.code()), args)
        })
        .collect();
    let texts = crate::i18n::format_each(
        language,
        reasons.iter().map(|(id, args)| (id.as_str(), args)),
    );
    let mut reasons = recs
        .iter()
        .flat_map(|r| &r.reasons)
        .zip(reasons.into_iter().zip(texts))
        .map(|(reason, ((id, args), text))| ReasonDto {
            code: reason.code().to_owned(),
            args,
            text: text.unwrap_or(id),
        });
    recs.iter()
        .map(|r| RecommendationDto {
            offer: offer_dto(r.offer, language, r.place, r.next_session),
            region: r.offer.region.clone(),
            covers: r.covers.iter().map(|c| (*c).to_owned()).collect(),
            score: r.score,
            reasons: reasons.by_ref().take(r.reasons.len()).collect(),
            cross_border: r.cross_border,
            distance_km: r.distance_km.map(|d| d.round() as u32),
            in_plan: plan.contains(&r.offer.id),
        })
        .collect()
}

fn today(wallet: &Wallet) -> String {
    let d = wallet.clock().now().date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

fn plan_ids(conn: &rusqlite::Connection) -> Result<Vec<(String, String)>> {
    let mut stmt =
        conn.prepare("SELECT offer_id, added_at FROM training_plan ORDER BY added_at, offer_id")?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

impl Wallet {
    /// Training offers that close the gap between the portfolio and the role profile
    /// `profile_id` (e.g. `ict-project-manager`), ranked, with their reasons, in the
    /// interface language: the best [`MAX_RECOMMENDATIONS`] of them.
    pub fn recommend_trainings(
        &self,
        profile_id: &str,
        filters: &TrainingFilters,
        os_locale: &str,
    ) -> Result<Vec<RecommendationDto>> {
        let language = self.settings(os_locale)?.effective_language;
        self.recommend_trainings_in(profile_id, filters, language)
    }

    /// [`Wallet::recommend_trainings`] in `language` (the command line's `--lang`).
    pub fn recommend_trainings_in(
        &self,
        profile_id: &str,
        filters: &TrainingFilters,
        language: Language,
    ) -> Result<Vec<RecommendationDto>> {
        let filters = check_filters(filters)?;
        let held = crate::review::held(self.conn())?;
        let review = crate::review::review(&held, profile_id, language).ok_or_else(|| {
            Error::UnknownProfile {
                id: profile_id.chars().take(80).collect(),
            }
        })?;
        let learner = learner(&self.profile()?);
        if filters.max_distance_km.is_some() && learner.coordinates.is_none() {
            return Err(Error::LocationNeeded);
        }
        let offers = super::store::cached_offers(self)?;
        let standings = standings(&review);
        let mut recs = recommend::recommend(&standings, &learner, &offers, &filters, &today(self));
        recs.truncate(MAX_RECOMMENDATIONS);
        let plan: HashSet<String> = plan_ids(self.conn())?.into_iter().map(|p| p.0).collect();
        Ok(to_dtos(&recs, &review, language, &plan))
    }

    /// The learner's plan, oldest first, in the interface language.
    pub fn plan(&self, os_locale: &str) -> Result<Vec<PlanItem>> {
        let language = self.settings(os_locale)?.effective_language;
        let offers = super::store::cached_offers(self)?;
        let today = today(self);
        Ok(plan_ids(self.conn())?
            .into_iter()
            .map(|(offer_id, added_at)| {
                let offer = offers.iter().find(|o| o.id == offer_id).map(|o| {
                    let next = recommend::next_session(o, &today, &Filters::default());
                    offer_dto(o, language, None, next)
                });
                PlanItem {
                    added_at,
                    offer,
                    offer_id,
                }
            })
            .collect())
    }

    /// Add the offer `offer_id` of the catalogue to the plan (again: nothing changes).
    pub fn add_to_plan(&self, offer_id: &str, os_locale: &str) -> Result<Vec<PlanItem>> {
        let offers = super::store::cached_offers(self)?;
        if !offers.iter().any(|o| o.id == offer_id) {
            return Err(Error::NoSuchOffer {
                id: offer_id.chars().take(120).collect(),
            });
        }
        let now = crate::clock::rfc3339(self.clock().now());
        self.conn().execute(
            "INSERT OR IGNORE INTO training_plan(offer_id, added_at) VALUES (?1, ?2)",
            params![offer_id, now],
        )?;
        self.plan(os_locale)
    }

    /// Take the offer `offer_id` out of the plan (also one no longer in the catalogue).
    pub fn remove_from_plan(&self, offer_id: &str, os_locale: &str) -> Result<Vec<PlanItem>> {
        self.conn().execute(
            "DELETE FROM training_plan WHERE offer_id = ?1",
            params![offer_id],
        )?;
        self.plan(os_locale)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use serde_json::json;

    use super::*;
    use crate::FixedClock;
    use crate::dto::{ReviewItem, ReviewSource};

    fn wallet(dir: &std::path::Path) -> Wallet {
        let clock = FixedClock(time::macros::datetime!(2026-11-22 10:00:00 UTC));
        Wallet::open(dir, Arc::new(clock)).unwrap()
    }

    /// Store an in-person offer in Mons that teaches ECF `code` up to `level`.
    fn store(w: &Wallet, id: &str, code: &str, level: u8, region: &str) {
        let competences = json!([{"framework": "ecf", "code": code, "level": level}]);
        let offer = json!({
            "id": id,
            "source": {"system": "test"},
            "title": {"fr": format!("Formation {id}")},
            "provider": {"name": "Technocité"},
            "region": region,
            "locations": [{"municipality": "Mons", "country": "BE",
                           "latitude": 50.4542, "longitude": 3.9523}],
            "modality": "in-person",
            "languages": ["fr"],
            "sessions": [{"start": "2026-01-10"}, {"start": "2027-02-01"}],
            "competences": competences
        });
        let offer: TrainingOffer = serde_json::from_value(offer).unwrap();
        let text = serde_json::to_string(&offer).unwrap();
        super::super::store::upsert(
            w.conn(),
            "training_offers",
            "offer",
            id,
            &text,
            "test",
            "2026-11-22T10:00:00Z",
        )
        .unwrap();
    }

    /// The recommendations for an ICT project manager, with no filter.
    fn recommend(w: &Wallet, language: Language) -> Vec<RecommendationDto> {
        w.recommend_trainings_in("ict-project-manager", &TrainingFilters::default(), language)
            .unwrap()
    }

    #[test]
    fn filters_are_checked_one_field_at_a_time() {
        let ok = check_filters(&TrainingFilters {
            regions: vec!["be-vlg".into()],
            languages: vec![" NL ".into()],
            modalities: vec!["blended".into()],
            max_distance_km: Some(30),
            from: Some("2027-01-01".into()),
            to: Some("2027-06-30".into()),
        })
        .unwrap();
        assert_eq!(ok.regions, ["BE-VLG"]);
        assert_eq!(ok.languages, ["nl"]);
        assert_eq!(ok.modalities, [Modality::Blended]);
        assert_eq!(ok.max_distance_km, Some(30.0));
        type Change = fn(&mut TrainingFilters);
        let cases: [(&str, Change); 8] = [
            ("regions", |f| f.regions = vec!["FR-IDF".into()]),
            ("languages", |f| f.languages = vec!["fra".into()]),
            ("modalities", |f| f.modalities = vec!["online".into()]),
            ("maxDistanceKm", |f| f.max_distance_km = Some(0)),
            ("maxDistanceKm", |f| f.max_distance_km = Some(5000)),
            ("from", |f| f.from = Some("2027-13-40".into())),
            ("to", |f| f.to = Some("next week".into())),
            ("dates", |f| {
                f.from = Some("2027-06-01".into());
                f.to = Some("2027-01-01".into());
            }),
        ];
        for (field, change) in cases {
            let mut f = TrainingFilters::default();
            change(&mut f);
            let err = check_filters(&f).unwrap_err();
            assert_eq!(err.code(), "invalid-training-filter");
            assert_eq!(err.args()["field"], field);
        }
    }

    #[test]
    fn strong_evidence_and_any_evidence_are_read_from_the_review() {
        let source = |support: &str, level| ReviewSource {
            id: "x".into(),
            name: "x".into(),
            support: support.into(),
            level,
        };
        let review = ReviewDto {
            profile_id: "p".into(),
            profile_title: "p".into(),
            items: vec![ReviewItem {
                code: "E.2".into(),
                title: "Project and Portfolio Management".into(),
                core: true,
                target: 4,
                current: Some(4),
                support: "verified-badge".into(),
                sources: vec![
                    source("verified-badge", Some(2)),
                    source("endorsed", Some(3)),
                    source("self-declared", Some(4)),
                    source("verified-badge", None),
                ],
            }],
        };
        let s = &standings(&review)[0];
        assert_eq!(
            (s.confirmed, s.shown, s.target, s.core),
            (Some(3), Some(4), 4, true)
        );
    }

    #[test]
    fn the_wallet_recommends_from_its_catalogue_with_reasons_in_words() {
        let dir = tempfile::tempdir().unwrap();
        let w = wallet(dir.path());
        store(&w, "t:e2", "E.2", 3, "BE-WAL");
        store(&w, "t:a8", "A.8", 3, "BE-WAL");
        store(&w, "t:e3-vlg", "E.3", 2, "BE-VLG");
        let mut profile = crate::dto::ProfileInput::from(w.profile().unwrap());
        profile.region = "BE-WAL".into();
        profile.languages = vec![crate::dto::LanguageSkill {
            language: "fr".into(),
            level: "native".into(),
        }];
        let mut w = w;
        w.save_profile(&profile).unwrap();
        let recs = recommend(&w, Language::Fr);
        // A.8 is not in the ICT project manager profile: never recommended. (The
        // bundled sample offers are in the catalogue too.)
        let find =
            |recs: &[RecommendationDto], id: &str| recs.iter().position(|r| r.offer.id == id);
        assert_eq!(find(&recs, "t:a8"), None);
        let (e2, vlg) = (
            find(&recs, "t:e2").unwrap(),
            find(&recs, "t:e3-vlg").unwrap(),
        );
        // E.2 is the core (e-4), E.3 is not (e-3): teaching E.2 to e-3 closes more.
        assert!(e2 < vlg);
        let (e2, vlg) = (&recs[e2], &recs[vlg]);
        assert_eq!(e2.covers, ["E.2"]);
        assert_eq!(e2.offer.title, "Formation t:e2");
        assert_eq!(e2.offer.title_language, Language::Fr);
        assert_eq!(e2.offer.next_session.as_deref(), Some("2027-02-01"));
        assert_eq!(e2.reasons[0].code, "teaches");
        assert_eq!(
            e2.reasons[0].text,
            "Enseigne E.2 Gestion de projets et de portefeuilles jusqu’au niveau e-3 : votre portfolio ne le montre pas encore."
        );
        assert!(
            e2.reasons
                .iter()
                .all(|r| !r.text.is_empty() && !r.text.contains("{"))
        );
        assert!(vlg.cross_border);
        assert!(vlg.reasons.iter().any(|r| r.text.contains("en Flandre")));
        // An unknown profile and a distance filter without a location say why.
        let err = w
            .recommend_trainings_in("astronaut", &TrainingFilters::default(), Language::En)
            .unwrap_err();
        assert_eq!(err.code(), "unknown-profile");
        let near = TrainingFilters {
            max_distance_km: Some(20),
            ..TrainingFilters::default()
        };
        let err = w
            .recommend_trainings_in("ict-project-manager", &near, Language::En)
            .unwrap_err();
        assert_eq!(err.code(), "location-needed");
        // Living in Mouscron (found by its Dutch name): Mons is about 60 km away.
        profile.municipality = "Moeskroen".into();
        w.save_profile(&profile).unwrap();
        let recs = recommend(&w, Language::En);
        let e2 = &recs[find(&recs, "t:e2").unwrap()];
        let km = e2.distance_km.unwrap();
        assert!((55..=65).contains(&km), "{km}");
        assert!(
            e2.reasons
                .iter()
                .any(|r| r.code == "distance" && r.args["place"] == "Mons")
        );
        let near = w
            .recommend_trainings_in("ict-project-manager", &near, Language::En)
            .unwrap();
        assert_eq!(find(&near, "t:e2"), None);
        assert!(
            near.iter()
                .all(|r| r.offer.modality != "in-person" || r.distance_km.is_some_and(|d| d <= 20))
        );
    }

    #[test]
    fn the_plan_keeps_offers_of_the_catalogue_once() {
        let dir = tempfile::tempdir().unwrap();
        let w = wallet(dir.path());
        store(&w, "t:e2", "E.2", 3, "BE-WAL");
        assert!(w.plan("fr").unwrap().is_empty());
        let plan = w.add_to_plan("t:e2", "fr").unwrap();
        assert_eq!(plan.len(), 1);
        assert_eq!(plan[0].offer_id, "t:e2");
        assert_eq!(plan[0].added_at, "2026-11-22T10:00:00Z");
        assert_eq!(
            plan[0].offer.as_ref().map(|o| o.title.as_str()),
            Some("Formation t:e2")
        );
        assert_eq!(w.add_to_plan("t:e2", "fr").unwrap().len(), 1);
        let recs = recommend(&w, Language::En);
        assert!(recs.iter().all(|r| r.in_plan == (r.offer.id == "t:e2")));
        assert!(recs.iter().any(|r| r.in_plan));
        // An offer that is not in the catalogue is refused, and the plan stays as it was.
        let err = w.add_to_plan("t:nope", "fr").unwrap_err();
        assert_eq!(
            (err.code(), err.args()["id"].as_str()),
            ("no-such-offer", "t:nope")
        );
        assert_eq!(w.plan("fr").unwrap().len(), 1);
        assert!(w.remove_from_plan("t:e2", "fr").unwrap().is_empty());
        assert!(w.remove_from_plan("t:e2", "fr").unwrap().is_empty());
    }
}
