import type { ContactCategory, ContactDirectory } from '../../gql/graphql.js';

/** The order the directory is read in: the three public numbers first, then utilities, then ours. */
export const CATEGORY_ORDER: Record<ContactDirectory, ContactCategory[]> = {
  EMERGENCY: ['POLICE', 'FIRE', 'AMBULANCE', 'TRAFFIC', 'GAS', 'WATER', 'POWER', 'LIFT', 'DUTY', 'OTHER'],
  LIAISON: ['POLICE', 'FIRE', 'TRAFFIC', 'OTHER'],
};

export const DIRECTORIES: ContactDirectory[] = ['EMERGENCY', 'LIAISON'];

/** The staleness threshold the server uses by default (P11), for wording only. */
export const STALE_AFTER_DAYS = 180;
