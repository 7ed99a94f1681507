import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126181636_Rulebook } from './Migration20261126181636_Rulebook.js';
import { Migration20261126183316_Identity } from './Migration20261126183316_Identity.js';
import { Migration20261126193302_Customers } from './Migration20261126193302_Customers.js';
import { Migration20261126193439_Cases } from './Migration20261126193439_Cases.js';
import { Migration20261126210057_Reception } from './Migration20261126210057_Reception.js';
import { Migration20261126210154_OpenCaseKinds } from './Migration20261126210154_OpenCaseKinds.js';
import { Migration20261126210252_Notices } from './Migration20261126210252_Notices.js';
import { Migration20261126210941_Meetings } from './Migration20261126210941_Meetings.js';
import { Migration20261126234800_Shifts } from './Migration20261126234800_Shifts.js';
import { Migration20261127000623_Rosters } from './Migration20261127000623_Rosters.js';
import { Migration20261127001033_Patrols } from './Migration20261127001033_Patrols.js';
import { Migration20261127001106_Attendance } from './Migration20261127001106_Attendance.js';
import { Migration20261127001235_Handover } from './Migration20261127001235_Handover.js';
import { Migration20261127025328_FireSafety } from './Migration20261127025328_FireSafety.js';
import { Migration20261127025441_Inspections } from './Migration20261127025441_Inspections.js';
import { Migration20261127025529_ContactsAndGate } from './Migration20261127025529_ContactsAndGate.js';
import { Migration20261127025711_Incidents } from './Migration20261127025711_Incidents.js';
import { Migration20261127061544_CaseStatsIndex } from './Migration20261127061544_CaseStatsIndex.js';
import { Migration20261127063000_CaseListIndexes } from './Migration20261127063000_CaseListIndexes.js';
import { Migration20261127092558_CaseRollups } from './Migration20261127092558_CaseRollups.js';
import { Migration20261127094332_CaseQueueIndexes } from './Migration20261127094332_CaseQueueIndexes.js';
import { Migration20261127190000_CaseHeldIndex } from './Migration20261127190000_CaseHeldIndex.js';

/**
 * Migrations in order. Listed by hand (not discovered from the folder) so the same list works
 * from src/ under tsx and from dist/ under node; `pnpm db:migration:create` prints the lines to add.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261126181636_Rulebook', class: Migration20261126181636_Rulebook },
  { name: 'Migration20261126183316_Identity', class: Migration20261126183316_Identity },
  { name: 'Migration20261126193302_Customers', class: Migration20261126193302_Customers },
  { name: 'Migration20261126193439_Cases', class: Migration20261126193439_Cases },
  { name: 'Migration20261126210057_Reception', class: Migration20261126210057_Reception },
  { name: 'Migration20261126210154_OpenCaseKinds', class: Migration20261126210154_OpenCaseKinds },
  { name: 'Migration20261126210252_Notices', class: Migration20261126210252_Notices },
  { name: 'Migration20261126210941_Meetings', class: Migration20261126210941_Meetings },
  { name: 'Migration20261126234800_Shifts', class: Migration20261126234800_Shifts },
  { name: 'Migration20261127000623_Rosters', class: Migration20261127000623_Rosters },
  { name: 'Migration20261127001033_Patrols', class: Migration20261127001033_Patrols },
  { name: 'Migration20261127001106_Attendance', class: Migration20261127001106_Attendance },
  { name: 'Migration20261127001235_Handover', class: Migration20261127001235_Handover },
  { name: 'Migration20261127025328_FireSafety', class: Migration20261127025328_FireSafety },
  { name: 'Migration20261127025441_Inspections', class: Migration20261127025441_Inspections },
  { name: 'Migration20261127025529_ContactsAndGate', class: Migration20261127025529_ContactsAndGate },
  { name: 'Migration20261127025711_Incidents', class: Migration20261127025711_Incidents },
  { name: 'Migration20261127061544_CaseStatsIndex', class: Migration20261127061544_CaseStatsIndex },
  { name: 'Migration20261127063000_CaseListIndexes', class: Migration20261127063000_CaseListIndexes },
  { name: 'Migration20261127092558_CaseRollups', class: Migration20261127092558_CaseRollups },
  { name: 'Migration20261127094332_CaseQueueIndexes', class: Migration20261127094332_CaseQueueIndexes },
  { name: 'Migration20261127190000_CaseHeldIndex', class: Migration20261127190000_CaseHeldIndex },
];
