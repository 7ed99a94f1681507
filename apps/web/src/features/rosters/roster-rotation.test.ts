import { describe, expect, it } from 'vitest';
import { addDays } from './roster-dates.js';
import { inferAnchor, OFF } from './roster-rotation.js';

const D = 'day';
const N = 'night';
const rotation = [D, D, N, N, OFF, OFF];

/** A team's history on the rotation, anchored on a date, for `days` days before `from`. */
function history(anchor: string, from: string, days: number) {
  const out = [];
  for (let i = days; i > 0; i--) {
    const date = addDays(from, -i);
    const n = Math.round((Date.parse(date) - Date.parse(anchor)) / 86_400_000);
    const entry = rotation[((n % 6) + 6) % 6] as string;
    if (entry !== OFF) out.push({ date, patternId: entry });
  }
  return out;
}

describe('carrying a team’s rotation on', () => {
  it('finds where the rotation must start for the new dates to follow the last weeks', () => {
    const from = '2026-12-18';
    // The team worked day, day, night, night, off, off from 27 November.
    const anchor = inferAnchor(rotation, history('2026-11-27', from, 21), from);
    expect(anchor).not.toBeNull();
    const n = Math.round((Date.parse(from) - Date.parse(anchor as string)) / 86_400_000);
    // The 18th is the 21st day after the 27th: 21 mod 6 = 3, a night.
    expect(rotation[n % 6]).toBe(N);
  });

  it('suggests nothing without history, or when the history follows another rotation', () => {
    expect(inferAnchor(rotation, [], '2026-12-18')).toBeNull();
    const days = Array.from({ length: 14 }, (_, i) => ({ date: addDays('2026-12-04', i), patternId: D }));
    expect(inferAnchor(rotation, days, '2026-12-18')).toBeNull();
  });
});
