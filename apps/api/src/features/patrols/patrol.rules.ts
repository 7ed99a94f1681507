/**
 * The patrol parameters (implied.md P20). The minimum is the rulebook's only explicit number:
 * SL-4 "在当值时间各区域及周边的巡查不得少于二次" — each area at least twice per shift (C1). An
 * area may ask for more (or fewer) with its own `minPatrols`, set on the places page; the rest are
 * ours, chosen so a patroller's walk reads as rounds.
 */
export const PATROL_RULES = {
  /** Patrols of each area per shift, unless the area sets its own `minPatrols` (C1, SL-4). */
  minPerArea: 2,
  /** A scan joins the patroller's round if their last scan was at most this long ago; else it starts a new round. */
  roundGapMinutes: 30,
  /** Scans are still taken this long after the shift's end (the last round finishing its walk). */
  afterEndMinutes: 30,
  /** The same checkpoint again in one round within this many seconds is a double scan, refused. */
  repeatSeconds: 60,
} as const;

export const PATROL_LIMITS = { observation: 500, reviewNote: 1000 } as const;

/** The patrols an area needs per shift: its own minimum, else the rule's; none when not patrolled. */
export function requiredPatrols(area: { patrolled: boolean; minPatrols: number | null }): number {
  if (!area.patrolled) return 0;
  return area.minPatrols ?? PATROL_RULES.minPerArea;
}
