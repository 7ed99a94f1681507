import type { ShiftSlotProps } from '../../shifts/shift-slots.js';

/** Placeholder: filled in by its feature. */
export function MyPatrolCard(_props: ShiftSlotProps) {
  return null;
}
