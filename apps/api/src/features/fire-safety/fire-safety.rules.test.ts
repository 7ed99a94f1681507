import { describe, expect, it } from 'vitest';
import {
  addMonths,
  drillDue,
  drillTimingProblems,
  inForceOn,
  isOverdue,
  secondsBetween,
  supersession,
  trainingLapsed,
} from './fire-safety.rules.js';

const at = (hhmm: string) => new Date(`2026-05-10T${hhmm}:00+08:00`);

describe('fire-safety rules', () => {
  it('adds calendar months, keeping month ends inside the month', () => {
    expect(addMonths('2026-01-15', 6)).toBe('2026-07-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('is overdue only after the due day', () => {
    expect(isOverdue('2026-05-10', '2026-05-10')).toBe(false);
    expect(isOverdue('2026-05-09', '2026-05-10')).toBe(true);
    expect(isOverdue(null, '2026-05-10')).toBe(false);
  });

  it('puts the next drill an interval after the last, and a site that never drilled is overdue', () => {
    expect(drillDue('2026-01-10', 6, '2026-07-10')).toEqual({ nextDueOn: '2026-07-10', overdue: false });
    expect(drillDue('2026-01-10', 6, '2026-07-11')).toEqual({ nextDueOn: '2026-07-10', overdue: true });
    expect(drillDue(null, 6, '2026-07-11')).toEqual({ nextDueOn: null, overdue: true });
  });

  it('finds training lapsed when missing or older than the interval', () => {
    expect(trainingLapsed(null, 12, '2026-05-10')).toBe(true);
    expect(trainingLapsed('2025-05-10', 12, '2026-05-10')).toBe(false);
    expect(trainingLapsed('2025-05-09', 12, '2026-05-10')).toBe(true);
  });

  it('decides what a new assignment does to one on record', () => {
    const open = { effectiveFrom: '2026-01-01', effectiveTo: null };
    expect(supersession(open, '2026-05-01', null)).toBe('supersede');
    expect(supersession(open, '2026-01-01', null)).toBe('conflict');
    expect(supersession({ effectiveFrom: '2026-01-01', effectiveTo: '2026-03-31' }, '2026-04-01', null)).toBe(
      'unaffected',
    );
    expect(supersession({ effectiveFrom: '2026-06-01', effectiveTo: null }, '2026-05-01', '2026-05-31')).toBe(
      'unaffected',
    );
    expect(supersession({ effectiveFrom: '2026-06-01', effectiveTo: null }, '2026-05-01', null)).toBe('conflict');
    expect(inForceOn(open, '2025-12-31')).toBe(false);
    expect(inForceOn({ effectiveFrom: '2026-01-01', effectiveTo: '2026-01-31' }, '2026-01-31')).toBe(true);
  });

  it('checks a drill’s timings are in order, past and not too long', () => {
    const now = at('12:00');
    expect(
      drillTimingProblems(
        { alarmAt: at('09:00'), assembledAt: at('09:03'), evacuatedAt: at('09:08'), endedAt: at('09:40') },
        now,
      ),
    ).toEqual([]);
    expect(
      drillTimingProblems(
        { alarmAt: at('09:00'), assembledAt: at('09:10'), evacuatedAt: at('09:05'), endedAt: at('09:40') },
        now,
      ),
    ).toEqual([{ field: 'evacuatedAt', message: 'must not be before assembledAt' }]);
    expect(
      drillTimingProblems({ alarmAt: at('09:00'), assembledAt: null, evacuatedAt: null, endedAt: at('08:59') }, now),
    ).toEqual([{ field: 'endedAt', message: 'must not be before alarmAt' }]);
    expect(
      drillTimingProblems({ alarmAt: at('11:00'), assembledAt: null, evacuatedAt: null, endedAt: at('12:30') }, now),
    ).toEqual([{ field: 'endedAt', message: 'must not be in the future' }]);
    expect(secondsBetween(at('09:00'), at('09:03'))).toBe(180);
    expect(secondsBetween(at('09:00'), null)).toBeNull();
  });
});
