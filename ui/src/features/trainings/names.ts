import { msg } from '../../lib/i18n.svelte';

/**
 * Message ids naming the codes of the training catalogue (modalities, kinds of
 * learning places, funding rules). Literal ids, so the locale tests see each one;
 * an unknown code is shown as it is (`nameId`).
 */
export const MODALITY_NAMES: Record<string, string> = {
  'in-person': msg('trainings-modality-in-person'),
  distance: msg('trainings-modality-distance'),
  blended: msg('trainings-modality-blended'),
};

export const PLACE_KIND_NAMES: Record<string, string> = {
  epn: msg('trainings-place-kind-epn'),
  campus: msg('trainings-place-kind-campus'),
  hub: msg('trainings-place-kind-hub'),
  library: msg('trainings-place-kind-library'),
  'training-centre': msg('trainings-place-kind-training-centre'),
};

export const FUNDING_WHO_NAMES: Record<string, string> = {
  everyone: msg('trainings-funding-who-everyone'),
  employee: msg('trainings-funding-who-employee'),
  employer: msg('trainings-funding-who-employer'),
  'self-employed': msg('trainings-funding-who-self-employed'),
  'job-seeker-forem': msg('trainings-funding-who-job-seeker-forem'),
  'job-seeker-vdab': msg('trainings-funding-who-job-seeker-vdab'),
  'job-seeker-actiris': msg('trainings-funding-who-job-seeker-actiris'),
  'job-seeker-france-travail': msg('trainings-funding-who-job-seeker-france-travail'),
  'cross-border-job-seeker': msg('trainings-funding-who-cross-border-job-seeker'),
};

export const FUNDING_KIND_NAMES: Record<string, string> = {
  free: msg('trainings-funding-kind-free'),
  reduced: msg('trainings-funding-kind-reduced'),
  paid: msg('trainings-funding-kind-paid'),
};

/** The regions the filters offer. */
export const TRAINING_REGIONS = ['BE-WAL', 'BE-VLG', 'BE-BRU', 'FR-HDF'] as const;
/** The languages the filter offers (the catalogue's languages of instruction). */
export const TRAINING_LANGUAGES = ['fr', 'nl', 'en', 'de'] as const;
export const TRAINING_MODALITIES = ['in-person', 'distance', 'blended'] as const;
/** The distances the filter offers (km). */
export const DISTANCES = [10, 25, 50, 100] as const;

/** The role profile the recommendations aim at (the only one for now). */
export const TARGET_PROFILE = 'ict-project-manager';
