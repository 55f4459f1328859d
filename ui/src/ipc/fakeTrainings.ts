/**
 * The fake backend's training catalogue (see ./fake.ts): FIVE MADE-UP offers and
 * three made-up learning places, so that the Trainings screen works in the browser
 * preview and in Vitest. Every name says "FAKE". The ranking is a rough copy of
 * crates/wallet/src/trainings/recommend.rs: an offer is kept when it brings one of
 * the role's competences above what the portfolio shows, ranked by how much of the
 * gap it closes. Nothing is read from disk.
 */
import type {
  Language,
  OfferDetail,
  PlaceDto,
  PlanItem,
  Profile,
  ReasonDto,
  RecommendationDto,
  RecommendedOffer,
  ReviewItem,
  TrainingFilters,
  TrainingsImportSummary,
} from './bindings';
import { FakeFailure } from './fake';


type Text = Partial<Record<Language, string>>;

interface FakeOffer {
  id: string;
  title: Text;
  description: Text;
  provider: string;
  region: string;
  modality: 'in-person' | 'distance' | 'blended';
  languages: string[];
  municipality: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  sessions: { start: string; end: string; registrationUrl: string | null }[];
  competences: { code: string; title: string; level: number }[];
  costEur: number | null;
}

const SESSION_URL = 'https://example.invalid/fake-registration';

/** A made-up sample place with no web site; what it offers is in English. */
function fakePlace(place: Omit<PlaceDto, 'offers' | 'url' | 'sample'> & { offers: string }): PlaceDto {
  return { ...place, offers: { text: place.offers, language: 'en' }, url: null, sample: true };
}

/** The made-up learning places. */
export const FAKE_PLACES: PlaceDto[] = [
  fakePlace({
    id: 'fake-place-lille',
    name: 'FAKE Digital hub Lille',
    kind: 'hub',
    region: 'FR-HDF',
    address: '1 rue Fictive',
    municipality: 'Lille',
    postcode: '59000',
    country: 'FR',
    latitude: 50.6365,
    longitude: 3.0635,
    languages: ['fr', 'en'],
    offers: 'FAKE: workshops and coworking (preview data)',
  }),
  fakePlace({
    id: 'fake-place-kortrijk',
    name: 'FAKE Campus Kortrijk',
    kind: 'campus',
    region: 'BE-VLG',
    address: 'Fictieve straat 1',
    municipality: 'Kortrijk',
    postcode: '8500',
    country: 'BE',
    latitude: 50.8245,
    longitude: 3.2505,
    languages: ['nl', 'en'],
    offers: 'FAKE: evening classes (preview data)',
  }),
  fakePlace({
    id: 'fake-place-mons',
    name: 'FAKE EPN Mons',
    kind: 'epn',
    region: 'BE-WAL',
    address: '1 place Fictive',
    municipality: 'Mons',
    postcode: '7000',
    country: 'BE',
    latitude: 50.4542,
    longitude: 3.9523,
    languages: ['fr'],
    offers: 'FAKE: free computer help (preview data)',
  }),
];

/** Where an offer given at one of the made-up places is: that place, its region and municipality. */
function at(placeId: string): Pick<FakeOffer, 'region' | 'municipality' | 'place' | 'lat' | 'lon'> {
  const place = FAKE_PLACES.find((p) => p.id === placeId);
  if (!place) throw new Error(`no fake place ${placeId}`);
  return { region: place.region, municipality: place.municipality, place: place.id, lat: place.latitude, lon: place.longitude };
}

/** The made-up catalogue. */
export const FAKE_OFFERS: FakeOffer[] = [
  {
    id: 'fake:pm-lille',
    title: { en: 'FAKE Project management essentials', fr: 'FAKE Les bases de la gestion de projet' },
    description: { en: 'FAKE: a made-up training for the browser preview.' },
    provider: 'FAKE Training centre Lille',
    ...at('fake-place-lille'),
    modality: 'in-person',
    languages: ['fr'],
    sessions: [{ start: '2099-03-02', end: '2099-04-30', registrationUrl: SESSION_URL }],
    competences: [{ code: 'E.2', title: 'FAKE Project and Portfolio Management', level: 3 }],
    costEur: 0,
  },
  {
    id: 'fake:risk-kortrijk',
    title: { nl: 'FAKE Risicobeheer in ICT-projecten' },
    description: { nl: 'FAKE: een verzonnen opleiding voor de voorvertoning.' },
    provider: 'FAKE Hogeschool Kortrijk',
    ...at('fake-place-kortrijk'),
    modality: 'blended',
    languages: ['nl'],
    sessions: [{ start: '2099-02-01', end: '2099-06-15', registrationUrl: SESSION_URL }],
    competences: [
      { code: 'E.3', title: 'FAKE Risk Management', level: 3 },
      { code: 'E.2', title: 'FAKE Project and Portfolio Management', level: 4 },
    ],
    costEur: 250,
  },
  {
    id: 'fake:planning-mons',
    title: { fr: 'FAKE Planifier un service numérique', en: 'FAKE Planning a digital service' },
    description: { fr: 'FAKE : une formation inventée pour l’aperçu.' },
    provider: 'FAKE Centre de compétence Mons',
    ...at('fake-place-mons'),
    modality: 'in-person',
    languages: ['fr'],
    sessions: [{ start: '2099-09-07', end: '2099-10-30', registrationUrl: null }],
    competences: [{ code: 'A.4', title: 'FAKE Product / Service Planning', level: 3 }],
    costEur: null,
  },
  {
    id: 'fake:coaching-online',
    title: { en: 'FAKE Coaching a team (online)' },
    description: { en: 'FAKE: a made-up online course.' },
    provider: 'FAKE Online academy',
    region: 'BE-BRU',
    modality: 'distance',
    languages: ['en', 'fr'],
    municipality: null,
    place: null,
    lat: null,
    lon: null,
    sessions: [{ start: '2099-01-15', end: '2099-02-15', registrationUrl: SESSION_URL }],
    competences: [{ code: 'D.9', title: 'FAKE Personnel Development', level: 2 }],
    costEur: 90,
  },
  {
    id: 'fake:already-there',
    title: { en: 'FAKE Introduction to projects' },
    description: {},
    provider: 'FAKE Training centre Lille',
    ...at('fake-place-lille'),
    modality: 'in-person',
    languages: ['fr'],
    sessions: [{ start: '2099-05-04', end: '2099-05-08', registrationUrl: null }],
    competences: [{ code: 'E.2', title: 'FAKE Project and Portfolio Management', level: 1 }],
    costEur: 0,
  },
];

/** Where the fake learner may live (the profile's municipality or postcode). */
const FAKE_GAZETTEER: { names: string[]; postcodes: string[]; region: string; lat: number; lon: number }[] = [
  { names: ['lille', 'rijsel'], postcodes: ['59000'], region: 'FR-HDF', lat: 50.6292, lon: 3.0573 },
  { names: ['roubaix'], postcodes: ['59100'], region: 'FR-HDF', lat: 50.6942, lon: 3.1746 },
  { names: ['kortrijk', 'courtrai'], postcodes: ['8500'], region: 'BE-VLG', lat: 50.8279, lon: 3.2649 },
  { names: ['mons', 'bergen'], postcodes: ['7000'], region: 'BE-WAL', lat: 50.4542, lon: 3.9523 },
  { names: ['tournai', 'doornik'], postcodes: ['7500'], region: 'BE-WAL', lat: 50.6056, lon: 3.3878 },
];

export interface FakeTrainingsState {
  /** Offer ids in the plan, oldest first, with when they were added. */
  plan: { offerId: string; addedAt: string }[];
  /** Offers "imported" (ids), from a file name. */
  imported: number;
}

export const fakeTrainings: FakeTrainingsState = { plan: [], imported: 0 };

export function resetFakeTrainings(): void {
  fakeTrainings.plan = [];
  fakeTrainings.imported = 0;
}

function best(text: Text, language: Language): { text: string; language: Language } | null {
  for (const l of [language, 'en', 'fr', 'nl'] as Language[]) {
    const value = text[l];
    if (value) return { text: value, language: l };
  }
  return null;
}

function distance(a: [number, number], b: [number, number]): number {
  const rad = (d: number): number => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(b[0] - a[0]) / 2) ** 2 + Math.cos(rad(a[0])) * Math.cos(rad(b[0])) * Math.sin(rad(b[1] - a[1]) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Where the learner lives, from the profile (municipality or postcode), if the fake knows it. */
export function fakeHome(profile: Profile): { lat: number; lon: number; region: string } | null {
  const name = profile.municipality.trim().toLowerCase();
  const postcode = profile.postcode.trim();
  return (
    FAKE_GAZETTEER.find((g) => (name !== '' && g.names.includes(name)) || (postcode !== '' && g.postcodes.includes(postcode))) ??
    null
  );
}

function listed(offer: FakeOffer, language: Language): RecommendedOffer {
  const title = best(offer.title, language) ?? { text: offer.id, language };
  return {
    id: offer.id,
    title: title.text,
    titleLanguage: title.language,
    provider: offer.provider,
    region: offer.region,
    modality: offer.modality,
    languages: [...offer.languages],
    municipality: offer.municipality,
    nextSession: offer.sessions[0]?.start ?? null,
    sample: true,
  };
}

function badFilter(field: string, value: string): FakeFailure {
  return new FakeFailure({ code: 'invalid-training-filter', args: { field, value } });
}

/** A rough copy of `Wallet::recommend_trainings`. */
export function fakeRecommend(
  profileId: string,
  filters: TrainingFilters,
  items: readonly ReviewItem[] | null,
  profile: Profile,
  language: Language,
): RecommendationDto[] {
  if (items === null) throw new FakeFailure({ code: 'unknown-profile', args: { id: profileId } });
  for (const r of filters.regions) if (!['BE-WAL', 'BE-VLG', 'BE-BRU', 'FR-HDF'].includes(r)) throw badFilter('regions', r);
  for (const m of filters.modalities) if (!['in-person', 'distance', 'blended'].includes(m)) throw badFilter('modalities', m);
  for (const field of ['from', 'to'] as const) {
    const value = filters[field];
    if (value !== null && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw badFilter(field, value);
  }
  if (filters.from !== null && filters.to !== null && filters.from > filters.to) throw badFilter('to', filters.to);
  const home = fakeHome(profile);
  if (filters.maxDistanceKm !== null && home === null) throw new FakeFailure({ code: 'location-needed', args: {} });
  const spoken = profile.languages.filter((l) => ['B1', 'B2', 'C1', 'C2', 'native'].includes(l.level)).map((l) => l.language);
  const out: RecommendationDto[] = [];
  for (const offer of FAKE_OFFERS) {
    if (filters.regions.length > 0 && !filters.regions.includes(offer.region)) continue;
    if (filters.languages.length > 0 && !offer.languages.some((l) => filters.languages.includes(l))) continue;
    if (filters.modalities.length > 0 && !filters.modalities.includes(offer.modality)) continue;
    const start = offer.sessions[0]?.start ?? null;
    if (filters.from !== null && (start === null || start < filters.from)) continue;
    if (filters.to !== null && (start === null || start > filters.to)) continue;
    const km = home !== null && offer.lat !== null && offer.lon !== null ? Math.round(distance([home.lat, home.lon], [offer.lat, offer.lon])) : null;
    if (filters.maxDistanceKm !== null && offer.modality === 'in-person' && (km === null || km > filters.maxDistanceKm)) continue;
    const reasons: ReasonDto[] = [];
    const covers: string[] = [];
    let closed = 0;
    let need = 0;
    for (const item of items) need += Math.max(0, item.target - (item.current ?? 0));
    for (const c of offer.competences) {
      const item = items.find((i) => i.code === c.code);
      if (!item) continue;
      const from = item.current ?? 0;
      const to = Math.min(c.level, item.target);
      if (to <= from) continue;
      closed += to - from;
      covers.push(c.code);
      const args: Record<string, string> =
        from === 0 ? { code: c.code, title: item.title, to: String(c.level) } : { code: c.code, title: item.title, from: String(from), to: String(c.level) };
      reasons.push({ code: from === 0 ? 'teaches' : 'closes-gap', args, text: '' });
    }
    if (covers.length === 0) continue;
    const crossBorder = home !== null && home.region !== offer.region;
    if (crossBorder) reasons.push({ code: 'cross-border', args: { region: offer.region }, text: '' });
    const speaks = offer.languages.find((l) => spoken.includes(l));
    reasons.push(
      speaks
        ? { code: 'language', args: { language: speaks }, text: '' }
        : { code: 'taught-in', args: { languages: offer.languages.join(', ') }, text: '' },
    );
    if (crossBorder && km !== null) reasons.push({ code: 'cross-border-travel', args: { km: String(km) }, text: '' });
    out.push({
      offer: listed(offer, language),
      region: offer.region,
      covers,
      score: need === 0 ? 100 : Math.max(1, Math.min(100, Math.round((closed * 100) / need))),
      reasons,
      crossBorder,
      distanceKm: km,
      inPlan: fakeTrainings.plan.some((p) => p.offerId === offer.id),
    });
  }
  return out.sort((a, b) => b.score - a.score || (a.distanceKm ?? 999) - (b.distanceKm ?? 999));
}

export function fakePlan(language: Language): PlanItem[] {
  return fakeTrainings.plan.map((p) => {
    const offer = FAKE_OFFERS.find((o) => o.id === p.offerId);
    return { addedAt: p.addedAt, offer: offer ? listed(offer, language) : null, offerId: p.offerId };
  });
}

export function fakeAddToPlan(id: string, now: string, language: Language): PlanItem[] {
  if (!FAKE_OFFERS.some((o) => o.id === id)) throw new FakeFailure({ code: 'no-such-offer', args: { id } });
  if (!fakeTrainings.plan.some((p) => p.offerId === id)) fakeTrainings.plan.push({ offerId: id, addedAt: now });
  return fakePlan(language);
}

export function fakeRemoveFromPlan(id: string, language: Language): PlanItem[] {
  fakeTrainings.plan = fakeTrainings.plan.filter((p) => p.offerId !== id);
  return fakePlan(language);
}

/** "Import" a catalogue from its file name only: `.json`, `.xml` and `.csv` pass, `bad` in the name fails. */
export function fakeImportTrainings(path: string): TrainingsImportSummary {
  const ext = path.split('.').pop()?.toLowerCase() ?? '';
  if (/bad|broken/i.test(path)) {
    throw new FakeFailure({
      code: 'catalogue-invalid',
      args: { detail: 'missing-title', line: '3', value: '' },
    });
  }
  if (!['json', 'xml', 'csv'].includes(ext)) {
    throw new FakeFailure({ code: 'catalogue-invalid', args: { detail: 'unknown-format', line: '0', value: '' } });
  }
  fakeTrainings.imported += 2;
  return { format: ext === 'xml' ? 'lheo' : ext === 'csv' ? 'csv' : 'json', added: 2, updated: 1, unchanged: 0, places: 0 };
}

export function fakeOffer(id: string, language: Language): OfferDetail {
  const offer = FAKE_OFFERS.find((o) => o.id === id);
  if (!offer) throw new FakeFailure({ code: 'no-such-offer', args: { id } });
  const place = FAKE_PLACES.find((p) => p.id === offer.place) ?? null;
  return {
    id: offer.id,
    title: best(offer.title, language) ?? { text: offer.id, language },
    description: best(offer.description, language),
    provider: offer.provider,
    providerUrl: null,
    region: offer.region,
    modality: offer.modality,
    languages: [...offer.languages],
    durationHours: 40,
    rhythm: { text: 'FAKE: two evenings a week', language: 'en' },
    locations:
      offer.municipality === null
        ? []
        : [
            {
              municipality: offer.municipality,
              postcode: place?.postcode ?? null,
              country: offer.region.startsWith('FR') ? 'FR' : 'BE',
              latitude: offer.lat,
              longitude: offer.lon,
              placeId: place?.id ?? null,
              placeName: place?.name ?? null,
            },
          ],
    sessions: offer.sessions.map((s) => ({ ...s })),
    costEur: offer.costEur,
    funding: [{ who: 'job-seeker-forem', kind: 'free', note: { text: 'FAKE: free for registered job seekers', language: 'en' } }],
    eqfLevel: 5,
    certification: { text: 'FAKE certificate of attendance', language: 'en' },
    competences: offer.competences.map((c) => ({ framework: 'ecf', code: c.code, uri: null, title: c.title, level: c.level })),
    source: { system: 'passerelle-fake', url: null, retrievedAt: null, licence: null },
    sample: true,
    inPlan: fakeTrainings.plan.some((p) => p.offerId === offer.id),
  };
}

export function fakePlaces(): PlaceDto[] {
  return structuredClone(FAKE_PLACES);
}
