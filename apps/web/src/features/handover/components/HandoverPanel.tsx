import type { ShiftSlotProps } from '../../shifts/shift-slots.js';

/** Placeholder: filled in by its feature. */
export function HandoverPanel(_props: ShiftSlotProps) {
  return null;
}
