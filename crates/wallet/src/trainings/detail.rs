//! What the Trainings section shows beyond the list: one offer with all its details
//! (the offer page) and the learning places (the list and the map), in the interface
//! language.

use rusqlite::{OptionalExtension, params};

use super::model::{LearningPlace, LocalizedText, TrainingOffer};
use crate::dto::{
    FundingDto, OfferCompetenceDto, OfferDetail, OfferLocationDto, OfferSessionDto, OfferSourceDto,
    PlaceDto, TextIn,
};
use crate::{Error, Language, Result, Wallet};

fn text_in(text: &LocalizedText, language: Language) -> Option<TextIn> {
    text.best(language).map(|(language, t)| TextIn {
        text: t.to_owned(),
        language,
    })
}

fn modality_code(m: super::Modality) -> &'static str {
    match m {
        super::Modality::InPerson => "in-person",
        super::Modality::Distance => "distance",
        super::Modality::Blended => "blended",
    }
}

/// `offer` as the offer page shows it, in `language`.
pub(crate) fn offer_detail(
    offer: &TrainingOffer,
    places: &[LearningPlace],
    language: Language,
    in_plan: bool,
) -> OfferDetail {
    let title = text_in(&offer.title, language).unwrap_or_else(|| TextIn {
        text: offer.id.clone(),
        language,
    });
    OfferDetail {
        id: offer.id.clone(),
        title,
        description: text_in(&offer.description, language),
        provider: offer.provider.name.clone(),
        provider_url: offer.provider.url.clone(),
        region: offer.region.clone(),
        modality: modality_code(offer.modality).to_owned(),
        languages: offer.languages.clone(),
        duration_hours: offer.duration_hours,
        rhythm: text_in(&offer.rhythm, language),
        locations: offer
            .locations
            .iter()
            .map(|l| {
                let place = l
                    .place
                    .as_deref()
                    .and_then(|id| places.iter().find(|p| p.id == id));
                OfferLocationDto {
                    municipality: l.municipality.clone(),
                    postcode: l.postcode.clone(),
                    country: l.country.clone(),
                    latitude: l.latitude.or(place.map(|p| p.latitude)),
                    longitude: l.longitude.or(place.map(|p| p.longitude)),
                    place_id: place.map(|p| p.id.clone()),
                    place_name: place.map(|p| p.name.clone()),
                }
            })
            .collect(),
        sessions: offer
            .sessions
            .iter()
            .map(|s| OfferSessionDto {
                start: s.start.clone(),
                end: s.end.clone(),
                registration_url: s.registration_url.clone(),
            })
            .collect(),
        cost_eur: offer.cost.amount_eur,
        funding: offer
            .cost
            .funding
            .iter()
            .map(|f| FundingDto {
                who: f.who.clone(),
                kind: f.kind.clone(),
                note: text_in(&f.note, language),
            })
            .collect(),
        eqf_level: offer.eqf_level,
        certification: text_in(&offer.certification, language),
        competences: offer
            .competences
            .iter()
            .map(|c| OfferCompetenceDto {
                framework: c.framework.clone(),
                code: c.code.clone(),
                uri: c.uri.clone(),
                title: (c.framework == "ecf")
                    .then_some(c.code.as_deref())
                    .flatten()
                    .and_then(crate::frameworks::competence)
                    .map(|k| k.title.get(language).to_owned()),
                level: c.level,
            })
            .collect(),
        source: OfferSourceDto {
            system: offer.source.system.clone(),
            url: offer.source.url.clone(),
            retrieved_at: offer.source.retrieved_at.clone(),
            licence: offer.source.licence.clone(),
        },
        sample: offer.sample,
        in_plan,
    }
}

/// `place` as the list and the map show it, in `language`.
pub(crate) fn place_dto(place: &LearningPlace, language: Language) -> PlaceDto {
    PlaceDto {
        id: place.id.clone(),
        name: place.name.clone(),
        kind: place.kind.clone(),
        region: place.region.clone(),
        address: place.address.clone(),
        municipality: place.municipality.clone(),
        postcode: place.postcode.clone(),
        country: place.country.clone(),
        latitude: place.latitude,
        longitude: place.longitude,
        languages: place.languages.clone(),
        offers: text_in(&place.offers, language),
        url: place.url.clone(),
        sample: place.sample,
    }
}

impl Wallet {
    /// Everything about the offer `offer_id` of the catalogue, in the interface language.
    pub fn training_offer(&self, offer_id: &str, os_locale: &str) -> Result<OfferDetail> {
        let language = self.settings(os_locale)?.effective_language;
        let offers = super::store::offers(self.conn())?;
        let offer = offers
            .iter()
            .find(|o| o.id == offer_id)
            .ok_or_else(|| Error::NoSuchOffer {
                id: offer_id.chars().take(120).collect(),
            })?;
        let places = super::store::places(self.conn())?;
        let in_plan = self
            .conn()
            .query_row(
                "SELECT 1 FROM training_plan WHERE offer_id = ?1",
                params![offer_id],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        Ok(offer_detail(offer, &places, language, in_plan))
    }

    /// The learning places of the region (bundled and imported), in the interface language.
    pub fn learning_place_list(&self, os_locale: &str) -> Result<Vec<PlaceDto>> {
        let language = self.settings(os_locale)?.effective_language;
        Ok(super::store::places(self.conn())?
            .iter()
            .map(|p| place_dto(p, language))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::FixedClock;

    fn wallet(dir: &std::path::Path) -> Wallet {
        let clock = FixedClock(time::macros::datetime!(2026-11-22 10:00:00 UTC));
        Wallet::open(dir, Arc::new(clock)).unwrap()
    }

    #[test]
    fn an_offer_page_has_titles_places_and_the_plan_state() {
        let dir = tempfile::tempdir().unwrap();
        let w = wallet(dir.path());
        w.set_language(Some(Language::Fr), "en").unwrap();
        let offers = w.training_offers().unwrap();
        let offer = offers
            .iter()
            .find(|o| {
                o.locations.iter().any(|l| l.place.is_some())
                    && o.competences.iter().any(|c| c.framework == "ecf")
            })
            .expect("a bundled offer held at a learning place");
        let d = w.training_offer(&offer.id, "en").unwrap();
        assert_eq!(d.id, offer.id);
        assert!(d.sample);
        assert!(!d.in_plan);
        let at_place = d.locations.iter().find(|l| l.place_id.is_some()).unwrap();
        assert!(at_place.place_name.is_some());
        assert!(at_place.latitude.is_some());
        let ecf = d.competences.iter().find(|c| c.framework == "ecf").unwrap();
        let code = ecf.code.as_deref().unwrap();
        assert_eq!(
            ecf.title.as_deref(),
            Some(
                crate::frameworks::competence(code)
                    .unwrap()
                    .title
                    .get(Language::Fr)
            )
        );
        w.add_to_plan(&offer.id, "en").unwrap();
        assert!(w.training_offer(&offer.id, "en").unwrap().in_plan);
    }

    #[test]
    fn an_unknown_offer_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let w = wallet(dir.path());
        let e = w.training_offer("nope:1", "en").unwrap_err();
        assert_eq!(e.code(), "no-such-offer");
    }

    #[test]
    fn places_come_in_the_interface_language_with_coordinates() {
        let dir = tempfile::tempdir().unwrap();
        let w = wallet(dir.path());
        w.set_language(Some(Language::Nl), "en").unwrap();
        let places = w.learning_place_list("en").unwrap();
        assert!(!places.is_empty());
        let raw = w.learning_places().unwrap();
        for (p, r) in places.iter().zip(&raw) {
            assert_eq!(p.id, r.id);
            assert!((49.0..52.0).contains(&p.latitude));
            let offers = p.offers.as_ref().unwrap();
            assert_eq!(
                Some((offers.language, offers.text.as_str())),
                r.offers.best(Language::Nl)
            );
        }
    }
}
