import type { ShiftDetailFragment } from '../../gql/graphql.js';

/**
 * What the shift console and "my shift" hand each feature's panel: the shift as the page has it,
 * and a way to reload it after a step. Each panel queries its own records (attendance, patrols,
 * duty log, handover) so features stay in their own folders.
 */
export interface ShiftSlotProps {
  shift: ShiftDetailFragment;
  refetch: () => void;
  /** Phone layout: one column, big touch targets. */
  compact: boolean;
}
