import {
  addToPlan,
  getProfile,
  learningPlaces,
  recommendTrainings,
  removeFromPlan,
  review,
  toAppError,
  trainingPlan,
  type AppError,
  type PlaceDto,
  type PlanItem,
  type RecommendationDto,
  type Review,
  type TrainingFilters,
} from '../../ipc';
import { TARGET_PROFILE } from './names';

export function emptyFilters(): TrainingFilters {
  return { regions: [], languages: [], modalities: [], maxDistanceKm: null, from: null, to: null };
}

/** What the Trainings screen shows: the gap, the ranked offers, the plan and the places. */
export class TrainingsStore {
  review = $state<Review | null>(null);
  recommendations = $state<RecommendationDto[]>([]);
  plan = $state<PlanItem[]>([]);
  places = $state<PlaceDto[]>([]);
  filters = $state<TrainingFilters>(emptyFilters());
  /** Where the learner lives, as the profile says (empty when not given). */
  home = $state({ municipality: '', postcode: '' });
  loaded = $state(false);
  /** Loading the screen failed. */
  failure = $state<AppError | null>(null);
  /** The recommendations could not be computed for these filters. */
  listFailure = $state<AppError | null>(null);
  /** Adding to or removing from the plan failed. */
  planFailure = $state<AppError | null>(null);

  /** Forget everything (between tests). */
  reset(): void {
    this.review = null;
    this.recommendations = [];
    this.plan = [];
    this.places = [];
    this.filters = emptyFilters();
    this.home = { municipality: '', postcode: '' };
    this.loaded = false;
    this.failure = null;
    this.listFailure = null;
    this.planFailure = null;
  }

  get hasLocation(): boolean {
    return this.home.municipality.trim() !== '' || this.home.postcode.trim() !== '';
  }

  /** Load (or reload, after a change of language or an import) everything. */
  async refresh(): Promise<void> {
    try {
      const [r, plan, places, profile] = await Promise.all([review(TARGET_PROFILE), trainingPlan(), learningPlaces(), getProfile()]);
      this.review = r;
      this.plan = plan;
      this.places = places;
      this.home = { municipality: profile.municipality, postcode: profile.postcode };
      this.failure = null;
      if (!this.hasLocation && this.filters.maxDistanceKm !== null) this.filters = { ...this.filters, maxDistanceKm: null };
      await this.recommend();
    } catch (e) {
      this.failure = toAppError(e);
    } finally {
      this.loaded = true;
    }
  }

  /** Ask for the recommendations with `filters` (the current ones when not given). */
  async recommend(filters?: TrainingFilters): Promise<void> {
    if (filters) this.filters = filters;
    try {
      this.recommendations = await recommendTrainings(TARGET_PROFILE, $state.snapshot(this.filters));
      this.listFailure = null;
    } catch (e) {
      this.recommendations = [];
      this.listFailure = toAppError(e);
    }
  }

  isInPlan(id: string): boolean {
    return this.plan.some((p) => p.offerId === id);
  }

  /** Add the offer to the plan, or take it out when it is there. */
  async togglePlan(id: string): Promise<void> {
    try {
      this.plan = this.isInPlan(id) ? await removeFromPlan(id) : await addToPlan(id);
      this.planFailure = null;
      const inPlan = this.isInPlan(id);
      this.recommendations = this.recommendations.map((r) => (r.offer.id === id ? { ...r, inPlan } : r));
    } catch (e) {
      this.planFailure = toAppError(e);
    }
  }
}

export const trainingsStore = new TrainingsStore();
