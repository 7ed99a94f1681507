import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, periodOf, stepPeriod, todayIn, weekdayOf } from './roster-dates.js';

describe('roster calendar dates', () => {
  it('shows a week from Monday to Sunday around any day of it', () => {
    expect(periodOf('week', '2026-11-27')).toMatchObject({ from: '2026-11-23', to: '2026-11-29' });
    expect(periodOf('week', '2026-11-23').days).toHaveLength(7);
    expect(weekdayOf('2026-11-29')).toBe(6);
  });

  it('shows a month in whole weeks, across the year’s end', () => {
    const dec = periodOf('month', '2026-12-15');
    expect(dec).toMatchObject({ from: '2026-11-30', to: '2027-01-03', month: '2026-12' });
    expect(dec.days.length % 7).toBe(0);
    // February 2027 starts on a Monday and ends on a Sunday: exactly four weeks.
    expect(periodOf('month', '2027-02-10').days).toHaveLength(28);
  });

  it('steps by a week or a month; counts days without the device’s zone', () => {
    expect(stepPeriod('week', '2026-12-28', 1)).toBe('2027-01-04');
    expect(stepPeriod('month', '2026-01-31', 1)).toBe('2026-02-01');
    expect(stepPeriod('month', '2026-01-15', -1)).toBe('2025-12-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
  });

  it('knows today by the site’s zone, not the device’s', () => {
    // 23:30 UTC on the 27th is already the 28th in Shanghai.
    expect(todayIn('Asia/Shanghai', new Date('2026-11-27T23:30:00Z'))).toBe('2026-11-28');
    expect(todayIn('America/New_York', new Date('2026-11-27T23:30:00Z'))).toBe('2026-11-27');
  });
});
