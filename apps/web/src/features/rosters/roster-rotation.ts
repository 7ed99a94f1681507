import { addDays, daysBetween } from './roster-dates.js';

/** A day off in a rotation being edited (the API takes `null`). */
export const OFF = 'OFF';

/**
 * Where the rotation's first entry must fall for the new stretch to carry on the team's rotation:
 * the phase that best explains the team's last four weeks (days off included), if one does.
 */
export function inferAnchor(
  rotation: string[],
  history: { date: string; patternId: string }[],
  from: string,
): string | null {
  const n = rotation.length;
  const past = history.filter((h) => h.date < from);
  if (!n || !past.length) return null;
  const worked = new Map(past.map((h) => [h.date, h.patternId]));
  const first = past.map((h) => h.date).sort()[0] as string;
  let best: { anchor: string; score: number } | null = null;
  for (let k = 0; k < n; k++) {
    const anchor = addDays(from, -k);
    let hits = 0;
    let total = 0;
    for (let d = first; d < from; d = addDays(d, 1)) {
      total += 1;
      if (rotation[(((daysBetween(anchor, d) % n) + n) % n) as number] === (worked.get(d) ?? OFF)) hits += 1;
    }
    if (!best || hits / total > best.score) best = { anchor, score: hits / total };
  }
  return best && best.score >= 0.85 ? best.anchor : null;
}
