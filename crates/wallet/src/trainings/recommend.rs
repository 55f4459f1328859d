//! Recommendations (issue 5, point 4): which training offers close the gap between
//! what a learner can show and the role profile they aim for, ranked, each with its
//! reasons as codes + args (the words are `trainings-reason-<code>` in
//! `locales/*/trainings.ftl`). A pure function: no database, no clock, no I/O.
//!
//! # The gap, and how evidence weighs
//! For each competence of the profile with target level T, the learner shows
//! - `confirmed`: the highest level shown by a **verified badge or an endorsed
//!   self-declaration** (strong evidence), and
//! - `shown`: the highest level shown by anything, a **self-declaration alone** included.
//!
//! Each level k from `confirmed + 1` up to T is a need:
//! - [`UNSHOWN_LEVEL`] = 3 points when nothing shows level k (k > `shown`): it is still to learn;
//! - [`CONFIRM_LEVEL`] = 1 point when only a self-declaration shows it (k ≤ `shown`):
//!   the learner says they can, a training with a certificate would confirm it.
//!
//! A competence is **at target** (no need at all) only when strong evidence shows it at ≥ T.
//! The profile's core competences count [`CORE_FACTOR`] = 2 times.
//!
//! # An offer's value
//! For each e-CF competence of the offer that is in the profile, with the level the
//! offer brings the learner to (L): the points of the need levels from `confirmed + 1`
//! up to min(L, T) (levels beyond the target add nothing; an offer listing the same
//! competence twice counts its highest level). The value is the sum over the offer's
//! competences. **An offer of value 0 is never recommended**: one that only teaches
//! competences already at target, or below what strong evidence shows, or outside
//! the profile. The `score` is the share of the whole gap the offer closes, in percent
//! (at least 1 for a recommended offer).
//!
//! # Order
//! By value (highest first); on equal value, in this order:
//! 1. an offer taught in a language the learner speaks (native or B1 and above) first;
//! 2. distance from the learner: distance and blended offers count as 0 km (the
//!    travel is not what decides); in-person offers by their nearest location, in
//!    bands of [`DISTANCE_BAND_KM`] km (a few kilometres do not decide a commute),
//!    an unknown distance last;
//! 3. modality: distance, then blended, then in person (less travel first);
//! 4. the next session: the earliest upcoming start first (past sessions are ignored);
//!    an offer with no upcoming session after those that have one;
//! 5. cost: free for the learner (free for everyone, or for a group the learner is
//!    in), then free for some groups (e.g. registered job seekers), then by price,
//!    an unknown price last;
//! 6. the offer id, so that the order is always the same.
//!
//! # Cross-border offers
//! An offer from another region than the learner's (`BE-WAL`, `BE-VLG`, `BE-BRU`,
//! `FR-HDF`) is never hidden: it is marked `cross_border` and says what applies — the
//! language (`language` / `language-not-spoken`), the recognition of its certificate
//! (`recognition-abroad` in another country, `recognition-region` in another Belgian
//! region) and the travel (`cross-border-travel` with the distance, for offers held
//! in person or blended).

use std::cmp::Ordering;
use std::collections::BTreeMap;

use super::model::{Modality, TrainingOffer, distance_km};

/// Points of a level below target that nothing shows yet.
pub const UNSHOWN_LEVEL: u32 = 3;
/// Points of a level below target shown by a self-declaration alone.
pub const CONFIRM_LEVEL: u32 = 1;
/// How many times a core competence of the profile counts.
pub const CORE_FACTOR: u32 = 2;
/// Width of the distance bands in which in-person offers count as equally near.
pub const DISTANCE_BAND_KM: f64 = 10.0;

/// What the learner shows for one competence of the target profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    /// e-CF code, e.g. `E.2`.
    pub code: String,
    /// The level the profile aims at (1…5).
    pub target: u8,
    /// The heart of the role.
    pub core: bool,
    /// The highest level a verified badge or an endorsed self-declaration shows.
    pub confirmed: Option<u8>,
    /// The highest level anything shows, a self-declaration alone included.
    pub shown: Option<u8>,
}

impl Standing {
    fn confirmed(&self) -> u8 {
        self.confirmed.unwrap_or(0)
    }

    fn shown(&self) -> u8 {
        self.shown.unwrap_or(0).max(self.confirmed())
    }

    fn factor(&self) -> u32 {
        if self.core { CORE_FACTOR } else { 1 }
    }

    /// The points of the levels up to `level` (capped at the target) still needed.
    pub fn closed_by(&self, level: u8) -> u32 {
        let top = level.min(self.target);
        let shown = self.shown();
        (self.confirmed() + 1..=top)
            .map(|k| {
                if k <= shown {
                    CONFIRM_LEVEL
                } else {
                    UNSHOWN_LEVEL
                }
            })
            .sum::<u32>()
            * self.factor()
    }

    /// The whole need of this competence (0 when at target).
    pub fn need(&self) -> u32 {
        self.closed_by(self.target)
    }

    /// Whether strong evidence shows the target level.
    pub fn at_target(&self) -> bool {
        self.confirmed() >= self.target
    }
}

/// The learner as the ranking sees them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Learner {
    /// ISO 639-1 codes of the languages they can follow a training in (native or ≥ B1).
    pub languages: Vec<String>,
    /// `BE-WAL`, `BE-VLG`, `BE-BRU`, `FR-HDF`; `None` when unknown or elsewhere.
    pub region: Option<String>,
    /// Where they live (latitude, longitude), if known.
    pub coordinates: Option<(f64, f64)>,
    /// The funding groups they belong to (`job-seeker-forem`…), if known.
    pub funding_groups: Vec<String>,
}

/// Whether a CEFR level (or `native`) is enough to follow a training: B1 and above.
pub fn speaks_well_enough(level: &str) -> bool {
    matches!(
        level.trim().to_ascii_uppercase().as_str(),
        "NATIVE" | "B1" | "B2" | "C1" | "C2"
    )
}

/// What the learner asked to see. Empty lists and `None` do not filter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filters {
    /// Only offers of these regions.
    pub regions: Vec<String>,
    /// Only offers taught in one of these languages (ISO 639-1).
    pub languages: Vec<String>,
    /// Only offers of these modalities.
    pub modalities: Vec<Modality>,
    /// In-person offers at most this far (km) from the learner; distance and blended
    /// offers always pass. An in-person offer whose distance is unknown does not.
    pub max_distance_km: Option<f64>,
    /// Only offers with an upcoming session starting on or after this date (`YYYY-MM-DD`).
    pub from: Option<String>,
    /// Only offers with an upcoming session starting on or before this date (`YYYY-MM-DD`).
    pub to: Option<String>,
}

/// One reason of a recommendation. Its [`code`](Reason::code) and
/// [`args`](Reason::args) are what crosses to the UI (`trainings-reason-<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason<'a> {
    /// Teaches a competence the portfolio does not show, up to level `to`.
    Teaches {
        code: &'a str,
        to: u8,
    },
    /// Takes a competence from the level shown to `to`.
    ClosesGap {
        code: &'a str,
        from: u8,
        to: u8,
    },
    /// Confirms a level only a self-declaration shows.
    Confirms {
        code: &'a str,
        level: u8,
    },
    /// From another region than the learner's.
    CrossBorder {
        region: &'a str,
    },
    /// Its certificate comes from another country than the learner's.
    RecognitionAbroad {
        country: &'static str,
        home: &'static str,
    },
    /// Its certificate comes from another Belgian region.
    RecognitionRegion {
        region: &'a str,
    },
    /// The journey across the border, in km.
    CrossBorderTravel {
        km: u32,
    },
    /// The learner's languages are not known: the languages it is taught in.
    TaughtIn {
        languages: &'a [String],
    },
    /// Taught in a language the learner speaks.
    Language {
        language: &'a str,
    },
    /// Taught only in languages the learner does not speak (well enough).
    LanguageNotSpoken {
        languages: &'a [String],
    },
    AtDistance,
    Blended,
    /// Held in `place`, `km` from the learner.
    Distance {
        km: u32,
        place: &'a str,
    },
    NextSession {
        date: &'a str,
    },
    NoUpcomingSession,
    /// Free for a group (`everyone`, `job-seeker-forem`…).
    FreeFor {
        who: &'a str,
    },
    /// The price for someone who pays themselves (euros).
    Price {
        amount: u32,
    },
}

impl Reason<'_> {
    /// The stable code: `trainings-reason-<code>` in `locales/*/trainings.ftl`.
    pub fn code(&self) -> &'static str {
        match self {
            Reason::Teaches { .. } => "teaches",
            Reason::ClosesGap { .. } => "closes-gap",
            Reason::Confirms { .. } => "confirms",
            Reason::CrossBorder { .. } => "cross-border",
            Reason::RecognitionAbroad { .. } => "recognition-abroad",
            Reason::RecognitionRegion { .. } => "recognition-region",
            Reason::CrossBorderTravel { .. } => "cross-border-travel",
            Reason::TaughtIn { .. } => "taught-in",
            Reason::Language { .. } => "language",
            Reason::LanguageNotSpoken { .. } => "language-not-spoken",
            Reason::AtDistance => "at-distance",
            Reason::Blended => "blended",
            Reason::Distance { .. } => "distance",
            Reason::NextSession { .. } => "next-session",
            Reason::NoUpcomingSession => "no-upcoming-session",
            Reason::FreeFor { .. } => "free-for",
            Reason::Price { .. } => "price",
        }
    }

    /// The competence it is about, for the competence reasons.
    pub fn competence(&self) -> Option<&str> {
        match self {
            Reason::Teaches { code, .. }
            | Reason::ClosesGap { code, .. }
            | Reason::Confirms { code, .. } => Some(code),
            _ => None,
        }
    }

    /// The named arguments of its message.
    pub fn args(&self) -> BTreeMap<String, String> {
        let mut a = BTreeMap::new();
        let mut put = |k: &str, v: String| {
            a.insert(k.to_owned(), v);
        };
        match *self {
            Reason::Teaches { code, to } => {
                put("code", code.to_owned());
                put("to", to.to_string());
            }
            Reason::ClosesGap { code, from, to } => {
                put("code", code.to_owned());
                put("from", from.to_string());
                put("to", to.to_string());
            }
            Reason::Confirms { code, level } => {
                put("code", code.to_owned());
                put("level", level.to_string());
            }
            Reason::CrossBorder { region } | Reason::RecognitionRegion { region } => {
                put("region", region.to_owned())
            }
            Reason::RecognitionAbroad { country, home } => {
                put("country", country.to_owned());
                put("home", home.to_owned());
            }
            Reason::CrossBorderTravel { km } => put("km", km.to_string()),
            Reason::TaughtIn { languages } | Reason::LanguageNotSpoken { languages } => {
                put("languages", languages.join(", ").to_lowercase())
            }
            Reason::Language { language } => put("language", language.to_lowercase()),
            Reason::AtDistance | Reason::Blended | Reason::NoUpcomingSession => {}
            Reason::Distance { km, place } => {
                put("km", km.to_string());
                put("place", place.to_owned());
            }
            Reason::NextSession { date } => put("date", date.to_owned()),
            Reason::FreeFor { who } => put("who", who.to_owned()),
            Reason::Price { amount } => put("amount", amount.to_string()),
        }
        a
    }
}

/// One recommended offer.
#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation<'a> {
    pub offer: &'a TrainingOffer,
    /// The gap points it closes (see the module doc).
    pub value: u32,
    /// The share of the whole gap it closes, in percent (1…100).
    pub score: u32,
    /// The profile's competence codes it helps, most helped first.
    pub covers: Vec<&'a str>,
    pub reasons: Vec<Reason<'a>>,
    /// From another region than the learner's.
    pub cross_border: bool,
    /// Distance to its nearest location, when both ends are known.
    pub distance_km: Option<f64>,
    /// Where that nearest location is.
    pub place: Option<&'a str>,
    /// The start of its next session (`YYYY-MM-DD`), past ones ignored.
    pub next_session: Option<&'a str>,
}

/// The country of a region code (`BE`, `FR`), empty when unknown.
fn country(region: &str) -> &'static str {
    match region.split('-').next() {
        Some("BE") => "BE",
        Some("FR") => "FR",
        _ => "",
    }
}

/// The date part of an RFC 3339 date or date-time.
fn day(s: &str) -> &str {
    s.get(..10).unwrap_or(s)
}

/// The cost class: 0 free for the learner, 1 free for some groups, 2 priced, 3 unknown.
fn cost_rank(offer: &TrainingOffer, learner: &Learner) -> (u8, u64) {
    let free_for_learner = offer.cost.amount_eur.is_some_and(|a| a <= 0.0)
        || offer.cost.funding.iter().any(|f| {
            f.kind == "free" && (f.who == "everyone" || learner.funding_groups.contains(&f.who))
        });
    if free_for_learner {
        return (0, 0);
    }
    if offer.cost.funding.iter().any(|f| f.kind == "free") {
        return (1, 0);
    }
    match offer.cost.amount_eur {
        // Cents, so that the order of prices is total.
        Some(a) if a.is_finite() => (2, (a * 100.0).round() as u64),
        _ => (3, 0),
    }
}

fn modality_rank(m: Modality) -> u8 {
    match m {
        Modality::Distance => 0,
        Modality::Blended => 1,
        Modality::InPerson => 2,
    }
}

/// Whether the offer passes the filters (dates apart), given its distance.
fn passes(offer: &TrainingOffer, filters: &Filters, distance: Option<f64>) -> bool {
    if !filters.regions.is_empty() && !filters.regions.contains(&offer.region) {
        return false;
    }
    if !filters.languages.is_empty()
        && !offer
            .languages
            .iter()
            .any(|l| filters.languages.iter().any(|f| f.eq_ignore_ascii_case(l)))
    {
        return false;
    }
    if !filters.modalities.is_empty() && !filters.modalities.contains(&offer.modality) {
        return false;
    }
    if let Some(max) = filters.max_distance_km
        && offer.modality == Modality::InPerson
        && distance.is_none_or(|d| d > max)
    {
        return false;
    }
    true
}

/// The earliest upcoming session start (on or after `today`) within the date filter, if any.
pub fn next_session<'a>(
    offer: &'a TrainingOffer,
    today: &str,
    filters: &Filters,
) -> Option<&'a str> {
    let from = filters.from.as_deref().map_or(today, |f| f.max(today));
    offer
        .sessions
        .iter()
        .filter_map(|s| s.start.as_deref())
        .map(day)
        .filter(|d| *d >= from && filters.to.as_deref().is_none_or(|to| *d <= to))
        .min()
}

/// The nearest location of the offer with coordinates, and its distance.
fn nearest(offer: &TrainingOffer, from: Option<(f64, f64)>) -> Option<(f64, &str)> {
    let from = from?;
    offer
        .locations
        .iter()
        .filter_map(|l| Some((distance_km(from, (l.latitude?, l.longitude?)), l)))
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(d, l)| (d, l.municipality.as_str()))
}

/// The gap points `offer` closes; `levels` (one slot per standing) and `parts` are
/// scratch space, `parts` ends up holding (standing index, level brought, points),
/// most helped first.
fn value_of(
    offer: &TrainingOffer,
    standings: &[Standing],
    levels: &mut [u8],
    parts: &mut Vec<(usize, u8, u32)>,
) -> u32 {
    levels.fill(0);
    parts.clear();
    for c in &offer.competences {
        if !c.framework.eq_ignore_ascii_case("ecf") {
            continue;
        }
        let (Some(code), Some(level)) = (c.code.as_deref(), c.level) else {
            continue;
        };
        let code = code.trim();
        if let Some(i) = standings
            .iter()
            .position(|s| s.code.eq_ignore_ascii_case(code))
        {
            levels[i] = levels[i].max(level);
        }
    }
    for (i, &level) in levels.iter().enumerate() {
        if level > 0 {
            let points = standings[i].closed_by(level);
            if points > 0 {
                parts.push((i, level, points));
            }
        }
    }
    // Most helped first; the profile's order on equal points.
    parts.sort_unstable_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    parts.iter().map(|p| p.2).sum()
}

/// Rank `offers` for a learner with `standings` (one per competence of the profile),
/// as the module doc says. `today` is `YYYY-MM-DD`.
pub fn recommend<'a>(
    standings: &'a [Standing],
    learner: &Learner,
    offers: &'a [TrainingOffer],
    filters: &Filters,
    today: &str,
) -> Vec<Recommendation<'a>> {
    let total: u32 = standings.iter().map(Standing::need).sum();
    if total == 0 {
        return vec![];
    }
    let dated = filters.from.is_some() || filters.to.is_some();
    let home = learner.region.as_deref();
    let mut levels = vec![0u8; standings.len()];
    let mut parts = vec![];
    let mut out: Vec<(Recommendation<'a>, RankKey<'a>)> = vec![];
    for offer in offers {
        let value = value_of(offer, standings, &mut levels, &mut parts);
        if value == 0 {
            continue;
        }
        let near = nearest(offer, learner.coordinates);
        let distance = near.map(|n| n.0);
        if !passes(offer, filters, distance) {
            continue;
        }
        let next = next_session(offer, today, filters);
        if dated && next.is_none() {
            continue;
        }
        let spoken = offer
            .languages
            .iter()
            .find(|l| learner.languages.iter().any(|k| k.eq_ignore_ascii_case(l)));
        let cross_border = home.is_some_and(|r| r != offer.region);
        let travels = offer.modality != Modality::Distance;
        let km = |d: f64| d.round() as u32;

        let mut reasons = Vec::with_capacity(parts.len() + 8);
        for &(i, level, _) in &parts {
            let s = &standings[i];
            let (top, shown, code) = (level.min(s.target), s.shown(), s.code.as_str());
            reasons.push(if top > shown && shown == 0 {
                Reason::Teaches { code, to: top }
            } else if top > shown {
                Reason::ClosesGap {
                    code,
                    from: shown,
                    to: top,
                }
            } else {
                Reason::Confirms { code, level: top }
            });
        }
        if let Some(home) = home.filter(|_| cross_border) {
            reasons.push(Reason::CrossBorder {
                region: &offer.region,
            });
            if country(home) != country(&offer.region) {
                reasons.push(Reason::RecognitionAbroad {
                    country: country(&offer.region),
                    home: country(home),
                });
            } else {
                reasons.push(Reason::RecognitionRegion {
                    region: &offer.region,
                });
            }
            if travels && let Some(d) = distance {
                reasons.push(Reason::CrossBorderTravel { km: km(d) });
            }
        }
        reasons.push(if learner.languages.is_empty() {
            Reason::TaughtIn {
                languages: &offer.languages,
            }
        } else if let Some(language) = spoken {
            Reason::Language { language }
        } else {
            Reason::LanguageNotSpoken {
                languages: &offer.languages,
            }
        });
        match offer.modality {
            Modality::Distance => reasons.push(Reason::AtDistance),
            Modality::Blended => reasons.push(Reason::Blended),
            Modality::InPerson => {}
        }
        if travels && let Some((d, place)) = near {
            reasons.push(Reason::Distance { km: km(d), place });
        }
        reasons.push(match next {
            Some(date) => Reason::NextSession { date },
            None => Reason::NoUpcomingSession,
        });
        let free_for_all = offer.cost.amount_eur.is_some_and(|a| a <= 0.0);
        if free_for_all
            && !offer
                .cost
                .funding
                .iter()
                .any(|f| f.kind == "free" && f.who == "everyone")
        {
            reasons.push(Reason::FreeFor { who: "everyone" });
        }
        for (n, f) in offer.cost.funding.iter().enumerate() {
            let first = !offer.cost.funding[..n]
                .iter()
                .any(|g| g.kind == "free" && g.who == f.who);
            if f.kind == "free" && first {
                reasons.push(Reason::FreeFor { who: &f.who });
            }
        }
        if let Some(a) = offer.cost.amount_eur.filter(|a| *a > 0.0 && a.is_finite()) {
            reasons.push(Reason::Price {
                amount: a.round() as u32,
            });
        }

        // Distance and blended offers: the travel does not decide.
        let effective = if offer.modality == Modality::InPerson {
            distance
        } else {
            Some(0.0)
        };
        let band = effective.map_or(u32::MAX, |d| (d / DISTANCE_BAND_KM).floor() as u32);
        let key = RankKey {
            value,
            spoken: spoken.is_some(),
            band,
            modality: modality_rank(offer.modality),
            next,
            cost: cost_rank(offer, learner),
        };
        let score = ((u64::from(value) * 100 + u64::from(total) / 2) / u64::from(total))
            .clamp(1, 100) as u32;
        out.push((
            Recommendation {
                offer,
                value,
                score,
                covers: parts.iter().map(|p| standings[p.0].code.as_str()).collect(),
                reasons,
                cross_border,
                distance_km: distance,
                place: near.map(|n| n.1),
                next_session: next,
            },
            key,
        ));
    }
    out.sort_by(|(a, ka), (b, kb)| ka.cmp(kb).then_with(|| a.offer.id.cmp(&b.offer.id)));
    out.into_iter().map(|(r, _)| r).collect()
}

/// What the order compares, best first (see the module doc).
#[derive(Debug, Clone, PartialEq, Eq)]
struct RankKey<'a> {
    value: u32,
    spoken: bool,
    band: u32,
    modality: u8,
    next: Option<&'a str>,
    cost: (u8, u64),
}

impl Ord for RankKey<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .value
            .cmp(&self.value)
            .then(other.spoken.cmp(&self.spoken))
            .then(self.band.cmp(&other.band))
            .then(self.modality.cmp(&other.modality))
            .then_with(|| match (self.next, other.next) {
                (Some(a), Some(b)) => a.cmp(b),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            })
            .then(self.cost.cmp(&other.cost))
    }
}

impl PartialOrd for RankKey<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// [`standings`], kept for the recommendations that borrow from it.
    static STANDINGS: std::sync::LazyLock<Vec<Standing>> = std::sync::LazyLock::new(standings);

    /// The ICT project manager profile's shape: E.2 core at e-4, E.3 at e-3, D.9 at e-2.
    fn standings() -> Vec<Standing> {
        vec![
            standing("E.2", 4, true, None, None),
            standing("E.3", 3, false, None, None),
            standing("D.9", 2, false, None, None),
        ]
    }

    fn standing(
        code: &str,
        target: u8,
        core: bool,
        confirmed: Option<u8>,
        shown: Option<u8>,
    ) -> Standing {
        Standing {
            code: code.into(),
            target,
            core,
            confirmed,
            shown,
        }
    }

    fn set(standings: &mut [Standing], code: &str, confirmed: Option<u8>, shown: Option<u8>) {
        let s = standings.iter_mut().find(|s| s.code == code).unwrap();
        s.confirmed = confirmed;
        s.shown = shown;
    }

    /// A small hand-made offer: in person at (lat, lon), taught in French, in BE-WAL,
    /// with one upcoming session and no price.
    fn offer(id: &str, competences: &[(&str, u8)]) -> TrainingOffer {
        let competences: Vec<_> = competences
            .iter()
            .map(|(c, l)| json!({"framework": "ecf", "code": c, "level": l}))
            .collect();
        serde_json::from_value(json!({
            "id": id,
            "source": {"system": "test"},
            "title": {"en": id},
            "provider": {"name": "Test provider"},
            "region": "BE-WAL",
            "locations": [{"municipality": "Here", "country": "BE",
                           "latitude": 50.0, "longitude": 3.0}],
            "modality": "in-person",
            "languages": ["fr"],
            "sessions": [{"start": "2027-03-01"}],
            "competences": competences
        }))
        .unwrap()
    }

    fn learner() -> Learner {
        Learner {
            languages: vec!["fr".into()],
            region: Some("BE-WAL".into()),
            coordinates: Some((50.0, 3.0)),
            funding_groups: vec![],
        }
    }

    const TODAY: &str = "2026-11-22";

    fn ids(recs: &[Recommendation<'_>]) -> Vec<String> {
        recs.iter().map(|r| r.offer.id.clone()).collect()
    }

    fn run(standings: &[Standing], learner: &Learner, offers: &[TrainingOffer]) -> Vec<String> {
        ids(&recommend(
            standings,
            learner,
            offers,
            &Filters::default(),
            TODAY,
        ))
    }

    fn codes(r: &Recommendation<'_>) -> Vec<&'static str> {
        r.reasons.iter().map(|x| x.code()).collect()
    }

    fn reason(r: &Recommendation<'_>, code: &str) -> Args {
        let found = r
            .reasons
            .iter()
            .find(|x| x.code() == code)
            .unwrap_or_else(|| panic!("no {code} in {:?}", r.reasons));
        Args { args: found.args() }
    }

    /// A reason's arguments, as `reason(r, code).args["name"]`.
    struct Args {
        args: BTreeMap<String, String>,
    }

    #[test]
    fn evidence_weighs_badge_or_endorsement_over_self_declaration() {
        // Nothing shown: every level to the target is to learn, the core counts twice.
        assert_eq!(standing("E.2", 4, true, None, None).need(), 4 * 3 * 2);
        assert_eq!(standing("E.3", 3, false, None, None).need(), 3 * 3);
        // Shown at e-2 by a badge: two levels left.
        assert_eq!(standing("E.3", 3, false, Some(2), Some(2)).need(), 3);
        // Self-declared at the target: only the confirmation is left, worth less.
        let declared = standing("E.3", 3, false, None, Some(3));
        assert_eq!(declared.need(), 3);
        assert!(!declared.at_target());
        // Badge at e-1, self-declared at e-3: one level to learn... none: two to confirm.
        assert_eq!(standing("E.3", 3, false, Some(1), Some(3)).need(), 2);
        // At target only with strong evidence.
        let badge = standing("E.3", 3, false, Some(3), Some(3));
        assert!(badge.at_target());
        assert_eq!(badge.need(), 0);
        assert_eq!(standing("E.2", 4, true, Some(5), Some(5)).need(), 0);
        // Levels beyond the target add nothing.
        assert_eq!(
            standing("E.3", 3, false, Some(2), Some(2)).closed_by(5),
            standing("E.3", 3, false, Some(2), Some(2)).closed_by(3)
        );
    }

    #[test]
    fn an_offer_teaching_only_competences_at_target_is_never_recommended() {
        let mut s = standings();
        set(&mut s, "E.2", Some(5), Some(5));
        let offers = [
            offer("only-e2-e5", &[("E.2", 5)]),
            offer("only-e2-e3", &[("E.2", 3)]),
            offer("e2-and-e3", &[("E.2", 5), ("E.3", 2)]),
            offer("outside-profile", &[("A.8", 3)]),
        ];
        let recs = recommend(&s, &learner(), &offers, &Filters::default(), TODAY);
        assert_eq!(ids(&recs), ["e2-and-e3"]);
        // It covers the competence it helps, not the one already at target.
        assert_eq!(recs[0].covers, ["E.3"]);
        assert!(
            !recs[0]
                .reasons
                .iter()
                .any(|r| r.competence() == Some("E.2"))
        );
        // Everything at target: nothing at all.
        let all: Vec<_> = s
            .iter()
            .map(|x| standing(&x.code, x.target, x.core, Some(x.target), Some(x.target)))
            .collect();
        assert!(run(&all, &learner(), &offers).is_empty());
    }

    #[test]
    fn below_what_strong_evidence_shows_an_offer_adds_nothing() {
        let mut s = standings();
        set(&mut s, "E.3", Some(2), Some(2));
        assert!(run(&s, &learner(), &[offer("e3-e2", &[("E.3", 2)])]).is_empty());
        assert_eq!(
            run(&s, &learner(), &[offer("e3-e3", &[("E.3", 3)])]),
            ["e3-e3"]
        );
    }

    #[test]
    fn a_self_declared_competence_at_target_leaves_a_smaller_confirmation_need() {
        let mut s = standings();
        // E.3 self-declared at its target e-3; D.9 not shown, target e-2.
        set(&mut s, "E.3", None, Some(3));
        let offers = [
            offer("confirm-e3", &[("E.3", 3)]),
            offer("teach-d9", &[("D.9", 2)]),
        ];
        let recs = recommend(&s, &learner(), &offers, &Filters::default(), TODAY);
        assert_eq!(ids(&recs), ["teach-d9", "confirm-e3"]);
        assert_eq!((recs[0].value, recs[1].value), (6, 3));
        let confirms = reason(&recs[1], "confirms");
        assert_eq!(confirms.args["code"], "E.3");
        assert_eq!(confirms.args["level"], "3");
        let teaches = reason(&recs[0], "teaches");
        assert_eq!(
            (teaches.args["code"].as_str(), teaches.args["to"].as_str()),
            ("D.9", "2")
        );
        // Endorsed at the target: nothing left to confirm.
        set(&mut s, "E.3", Some(3), Some(3));
        assert_eq!(run(&s, &learner(), &offers), ["teach-d9"]);
    }

    #[test]
    fn closing_more_of_the_gap_ranks_first_and_the_core_weighs_double() {
        let mut s = standings();
        set(&mut s, "E.2", Some(3), Some(3));
        set(&mut s, "E.3", Some(2), Some(2));
        let offers = [
            offer("e3-one-level", &[("E.3", 3)]),
            offer("e2-one-level", &[("E.2", 4)]),
            offer("both", &[("E.2", 4), ("E.3", 3)]),
        ];
        let recs = recommend(&s, &learner(), &offers, &Filters::default(), TODAY);
        assert_eq!(ids(&recs), ["both", "e2-one-level", "e3-one-level"]);
        assert_eq!(recs.iter().map(|r| r.value).collect::<Vec<_>>(), [9, 6, 3]);
        let gap = reason(&recs[1], "closes-gap");
        assert_eq!(
            (
                gap.args["code"].as_str(),
                gap.args["from"].as_str(),
                gap.args["to"].as_str()
            ),
            ("E.2", "3", "4")
        );
        // The score is the share of the whole gap: E.2 3→4 (6) + E.3 2→3 (3) + D.9 0→2 (6) = 15.
        assert_eq!(recs[0].score, 60);
        assert_eq!(recs[0].covers, ["E.2", "E.3"]);
    }

    #[test]
    fn on_equal_value_a_language_the_learner_speaks_comes_first() {
        let mut nl = offer("a-nl", &[("E.3", 3)]);
        nl.languages = vec!["nl".into()];
        let fr = offer("b-fr", &[("E.3", 3)]);
        let mut l = learner();
        let offers = [nl.clone(), fr.clone()];
        let recs = recommend(&STANDINGS, &l, &offers, &Filters::default(), TODAY);
        assert_eq!(ids(&recs), ["b-fr", "a-nl"]);
        assert_eq!(reason(&recs[0], "language").args["language"], "fr");
        assert_eq!(
            reason(&recs[1], "language-not-spoken").args["languages"],
            "nl"
        );
        // Speaking Dutch (B1 or better counts): the id decides.
        l.languages.push("nl".into());
        assert_eq!(
            run(&STANDINGS, &l, &[fr.clone(), nl.clone()]),
            ["a-nl", "b-fr"]
        );
        assert!(speaks_well_enough("native") && speaks_well_enough("b1"));
        assert!(!speaks_well_enough("A2"));
        // Languages not known: no claim either way.
        l.languages.clear();
        let offers = [fr];
        let recs = recommend(&STANDINGS, &l, &offers, &Filters::default(), TODAY);
        assert!(codes(&recs[0]).contains(&"taught-in"));
        assert!(!codes(&recs[0]).contains(&"language-not-spoken"));
    }

    /// An in-person offer about `km` kilometres north of the learner.
    fn at_km(id: &str, km: f64) -> TrainingOffer {
        let mut o = offer(id, &[("E.3", 3)]);
        o.locations[0].latitude = Some(50.0 + km / 111.2);
        o.locations[0].municipality = format!("{id}-town");
        o
    }

    #[test]
    fn then_the_nearer_first_in_bands_and_distance_or_blended_count_as_near() {
        let far = at_km("a-far", 40.0);
        let near = at_km("b-near", 5.0);
        let offers = [far.clone(), near.clone()];
        let recs = recommend(&STANDINGS, &learner(), &offers, &Filters::default(), TODAY);
        assert_eq!(ids(&recs), ["b-near", "a-far"]);
        let d = reason(&recs[1], "distance");
        assert_eq!(
            (d.args["km"].as_str(), d.args["place"].as_str()),
            ("40", "a-far-town")
        );
        assert!((recs[1].distance_km.unwrap() - 40.0).abs() < 0.5);
        // A distance offer held far away is as near as the nearest.
        let mut remote = at_km("c-remote", 120.0);
        remote.modality = Modality::Distance;
        let offers = [far.clone(), remote.clone()];
        let recs = recommend(&STANDINGS, &learner(), &offers, &Filters::default(), TODAY);
        assert_eq!(ids(&recs), ["c-remote", "a-far"]);
        assert!(codes(&recs[0]).contains(&"at-distance"));
        assert!(!codes(&recs[0]).contains(&"distance"));
        // 3 and 8 km are in the same band: the next session decides.
        let mut eight = at_km("d-eight", 8.0);
        eight.sessions[0].start = Some("2027-01-10".into());
        let three = at_km("e-three", 3.0);
        assert_eq!(
            run(&STANDINGS, &learner(), &[three, eight]),
            ["d-eight", "e-three"]
        );
        // An unknown distance comes after known ones.
        let mut unknown = at_km("a-unknown", 0.0);
        unknown.locations[0].latitude = None;
        assert_eq!(
            run(&STANDINGS, &learner(), &[unknown, far]),
            ["a-far", "a-unknown"]
        );
    }

    #[test]
    fn then_distance_before_blended_before_in_person() {
        let mut blended = offer("a-blended", &[("E.3", 3)]);
        blended.modality = Modality::Blended;
        let mut distance = offer("b-distance", &[("E.3", 3)]);
        distance.modality = Modality::Distance;
        let in_person = offer("c-in-person", &[("E.3", 3)]);
        let offers = [in_person, blended, distance];
        let recs = recommend(&STANDINGS, &learner(), &offers, &Filters::default(), TODAY);
        assert_eq!(ids(&recs), ["b-distance", "a-blended", "c-in-person"]);
        assert!(codes(&recs[1]).contains(&"blended"));
        // A blended offer still says how far its classroom days are.
        assert_eq!(reason(&recs[1], "distance").args["km"], "0");
    }

    #[test]
    fn then_the_next_session_past_ones_ignored_none_upcoming_last() {
        let mut past = offer("a-past", &[("E.3", 3)]);
        past.sessions[0].start = Some("2026-09-01".into());
        let mut later = offer("b-later", &[("E.3", 3)]);
        later.sessions[0].start = Some("2027-06-01".into());
        let mut soon = offer("c-soon", &[("E.3", 3)]);
        soon.sessions = vec![
            super::super::model::Session {
                start: Some("2026-10-01".into()),
                end: None,
                registration_url: None,
            },
            super::super::model::Session {
                start: Some("2027-01-15T09:00:00+01:00".into()),
                end: None,
                registration_url: None,
            },
        ];
        let offers = [past, later, soon];
        let recs = recommend(&STANDINGS, &learner(), &offers, &Filters::default(), TODAY);
        assert_eq!(ids(&recs), ["c-soon", "b-later", "a-past"]);
        assert_eq!(recs[0].next_session, Some("2027-01-15"));
        assert_eq!(reason(&recs[0], "next-session").args["date"], "2027-01-15");
        assert_eq!(recs[2].next_session, None);
        assert!(codes(&recs[2]).contains(&"no-upcoming-session"));
    }

    fn funding(who: &str, kind: &str) -> super::super::model::Funding {
        super::super::model::Funding {
            who: who.into(),
            kind: kind.into(),
            note: Default::default(),
        }
    }

    #[test]
    fn then_free_for_the_learner_first_then_free_for_some_then_by_price() {
        let unknown = offer("a-unknown", &[("E.3", 3)]);
        let mut paid = offer("b-paid", &[("E.3", 3)]);
        paid.cost.amount_eur = Some(450.0);
        let mut cheap = offer("c-cheap", &[("E.3", 3)]);
        cheap.cost.amount_eur = Some(90.0);
        let mut job_seekers = offer("d-job-seekers", &[("E.3", 3)]);
        job_seekers.cost.amount_eur = Some(1200.0);
        job_seekers.cost.funding = vec![funding("job-seeker-forem", "free")];
        let mut free = offer("e-free", &[("E.3", 3)]);
        free.cost.funding = vec![funding("everyone", "free")];
        let offers = [unknown, paid, cheap, job_seekers, free];
        let recs = recommend(&STANDINGS, &learner(), &offers, &Filters::default(), TODAY);
        assert_eq!(
            ids(&recs),
            ["e-free", "d-job-seekers", "c-cheap", "b-paid", "a-unknown"]
        );
        assert_eq!(reason(&recs[0], "free-for").args["who"], "everyone");
        assert_eq!(reason(&recs[1], "free-for").args["who"], "job-seeker-forem");
        assert_eq!(reason(&recs[1], "price").args["amount"], "1200");
        // A registered job seeker: free for them counts as free.
        let mut l = learner();
        l.funding_groups = vec!["job-seeker-forem".into()];
        assert_eq!(
            run(&STANDINGS, &l, &offers)[..2],
            ["d-job-seekers", "e-free"]
        );
    }

    #[test]
    fn filters_keep_only_what_was_asked() {
        let mut flemish = at_km("vlg", 30.0);
        flemish.region = "BE-VLG".into();
        flemish.languages = vec!["nl".into(), "en".into()];
        let mut remote = offer("remote", &[("E.3", 3)]);
        remote.modality = Modality::Distance;
        remote.locations.clear();
        remote.sessions[0].start = Some("2027-05-01".into());
        let near = at_km("near", 4.0);
        let mut nowhere = offer("nowhere", &[("E.3", 3)]);
        nowhere.locations[0].latitude = None;
        let offers = [flemish, remote, near, nowhere];
        let with = |f: Filters| {
            let mut v = ids(&recommend(&STANDINGS, &learner(), &offers, &f, TODAY));
            v.sort();
            v
        };
        assert_eq!(with(Filters::default()).len(), 4);
        assert_eq!(
            with(Filters {
                regions: vec!["BE-VLG".into()],
                ..Filters::default()
            }),
            ["vlg"]
        );
        assert_eq!(
            with(Filters {
                languages: vec!["en".into()],
                ..Filters::default()
            }),
            ["vlg"]
        );
        assert_eq!(
            with(Filters {
                modalities: vec![Modality::Distance],
                ..Filters::default()
            }),
            ["remote"]
        );
        // In person within 10 km, or at a distance; an unknown distance does not pass.
        assert_eq!(
            with(Filters {
                max_distance_km: Some(10.0),
                ..Filters::default()
            }),
            ["near", "remote"]
        );
        // A session between two dates.
        assert_eq!(
            with(Filters {
                from: Some("2027-04-01".into()),
                to: Some("2027-05-31".into()),
                ..Filters::default()
            }),
            ["remote"]
        );
        assert_eq!(
            with(Filters {
                to: Some("2027-03-31".into()),
                ..Filters::default()
            }),
            ["near", "nowhere", "vlg"]
        );
    }

    #[test]
    fn cross_border_offers_are_marked_with_what_applies_never_hidden() {
        let mut lille = at_km("lille", 15.0);
        lille.region = "FR-HDF".into();
        let mut kortrijk = at_km("kortrijk", 12.0);
        kortrijk.region = "BE-VLG".into();
        kortrijk.languages = vec!["nl".into()];
        let mut remote_vlg = offer("remote-vlg", &[("E.3", 3)]);
        remote_vlg.region = "BE-VLG".into();
        remote_vlg.modality = Modality::Distance;
        let home = at_km("home", 14.0);
        let offers = [lille, kortrijk, remote_vlg, home];
        let recs = recommend(&STANDINGS, &learner(), &offers, &Filters::default(), TODAY);
        assert_eq!(recs.len(), 4, "none is hidden");
        let by = |id: &str| recs.iter().find(|r| r.offer.id == id).unwrap();
        assert!(!by("home").cross_border);
        assert!(!codes(by("home")).contains(&"cross-border"));

        let fr = by("lille");
        assert!(fr.cross_border);
        assert_eq!(reason(fr, "cross-border").args["region"], "FR-HDF");
        let rec = reason(fr, "recognition-abroad");
        assert_eq!(
            (rec.args["country"].as_str(), rec.args["home"].as_str()),
            ("FR", "BE")
        );
        assert_eq!(reason(fr, "cross-border-travel").args["km"], "15");
        assert!(codes(fr).contains(&"language"));

        let vlg = by("kortrijk");
        assert_eq!(reason(vlg, "recognition-region").args["region"], "BE-VLG");
        assert!(codes(vlg).contains(&"language-not-spoken"));
        assert!(codes(vlg).contains(&"cross-border-travel"));
        // At a distance, there is no journey to speak of.
        assert!(!codes(by("remote-vlg")).contains(&"cross-border-travel"));

        // Where the learner lives is unknown: nothing is called cross-border.
        let mut l = learner();
        l.region = None;
        let recs = recommend(&STANDINGS, &l, &offers, &Filters::default(), TODAY);
        assert!(recs.iter().all(|r| !r.cross_border));
    }
}
