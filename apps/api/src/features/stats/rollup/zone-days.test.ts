import { describe, expect, it } from 'vitest';
import { zonedDate } from '../../shifts/zoned-time.js';
import { dayText, epochDay, localDay, offsetSpans } from './zone-days.js';

describe('local days for the rollups', () => {
  it('numbers local dates from the epoch and back', () => {
    expect(epochDay('1970-01-02')).toBe(1);
    expect(dayText(epochDay('2026-11-27'))).toBe('2026-11-27');
    // 23:30 UTC on the 26th is already the 27th in Shanghai.
    expect(dayText(localDay(new Date('2026-11-26T23:30:00Z'), 'Asia/Shanghai'))).toBe('2026-11-27');
  });

  it('has one offset for a zone without daylight saving', () => {
    const spans = offsetSpans('Asia/Shanghai', Date.parse('2025-01-01T00:00:00Z'), Date.parse('2026-12-31T00:00:00Z'));
    expect(spans).toEqual([{ since: Date.parse('2025-01-01T00:00:00Z'), offsetMs: 8 * 3_600_000 }]);
  });

  it('finds the daylight-saving changes to the instant, and days cut by them match the zone’s dates', () => {
    const from = Date.parse('2026-01-01T00:00:00Z');
    const to = Date.parse('2026-12-31T00:00:00Z');
    const spans = offsetSpans('Europe/Berlin', from, to);
    expect(spans).toEqual([
      { since: from, offsetMs: 3_600_000 },
      { since: Date.parse('2026-03-29T01:00:00Z'), offsetMs: 7_200_000 },
      { since: Date.parse('2026-10-25T01:00:00Z'), offsetMs: 3_600_000 },
    ]);
    // What the SQL computes — (ms + offset then) ÷ a day — is the zone's own date, either side of each change.
    const offsetAt = (t: number) => [...spans].reverse().find((s) => s.since <= t)?.offsetMs ?? 0;
    for (const iso of [
      '2026-03-28T22:59:00Z',
      '2026-03-29T00:59:00Z',
      '2026-03-29T22:00:00Z',
      '2026-10-24T21:59:00Z',
      '2026-10-24T22:00:00Z',
      '2026-10-25T23:00:00Z',
    ]) {
      const t = Date.parse(iso);
      expect(dayText(Math.floor((t + offsetAt(t)) / 86_400_000))).toBe(zonedDate(new Date(t), 'Europe/Berlin'));
    }
  });
});
