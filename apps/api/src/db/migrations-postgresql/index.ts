import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127060000_Baseline } from './Migration20261127060000_Baseline.js';
import { Migration20261127061544_CaseStatsIndex } from './Migration20261127061544_CaseStatsIndex.js';
import { Migration20261127063000_CaseListIndexes } from './Migration20261127063000_CaseListIndexes.js';
import { Migration20261127092558_CaseRollups } from './Migration20261127092558_CaseRollups.js';
import { Migration20261127094332_CaseQueueIndexes } from './Migration20261127094332_CaseQueueIndexes.js';
import { Migration20261127190000_CaseHeldIndex } from './Migration20261127190000_CaseHeldIndex.js';

/**
 * PostgreSQL migrations in order (SQLite's are in ../migrations). PostgreSQL joined later, so it
 * starts from a baseline equal to SQLite's first seventeen; every later change has one of each.
 */
export const postgresqlMigrationsList: MigrationObject[] = [
  { name: 'Migration20261127060000_Baseline', class: Migration20261127060000_Baseline },
  { name: 'Migration20261127061544_CaseStatsIndex', class: Migration20261127061544_CaseStatsIndex },
  { name: 'Migration20261127063000_CaseListIndexes', class: Migration20261127063000_CaseListIndexes },
  { name: 'Migration20261127092558_CaseRollups', class: Migration20261127092558_CaseRollups },
  { name: 'Migration20261127094332_CaseQueueIndexes', class: Migration20261127094332_CaseQueueIndexes },
  { name: 'Migration20261127190000_CaseHeldIndex', class: Migration20261127190000_CaseHeldIndex },
];
