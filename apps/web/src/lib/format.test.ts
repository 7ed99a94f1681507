import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, formatDateTime, formatElapsed, setDisplayTimeZone } from './format.js';

describe('times on screen', () => {
  it('reads a moment in the company’s time zone, whatever the device’s', () => {
    setDisplayTimeZone('Asia/Shanghai');
    // 21:41 UTC on the 26th is 05:41 on the 27th in Shanghai (a reference number says 20261127).
    expect(formatDateTime('2026-11-26T21:41:00.000Z', 'zh-CN')).toBe('2026/11/27 05:41');
    expect(formatDate('2026-11-26T21:41:00.000Z', 'en')).toBe('Nov 27, 2026');
    setDisplayTimeZone('Europe/London');
    expect(formatDateTime('2026-11-26T21:41:00.000Z', 'zh-CN')).toBe('2026/11/26 21:41');
    setDisplayTimeZone('Asia/Shanghai');
  });

  it('keeps a calendar day the same day everywhere', () => {
    setDisplayTimeZone('Pacific/Honolulu');
    expect(formatDate('2026-11-27', 'zh-CN')).toBe('2026/11/27');
    setDisplayTimeZone('Asia/Shanghai');
  });

  it('runs a clock in the company’s time zone', () => {
    setDisplayTimeZone('Asia/Shanghai');
    expect(formatClock(new Date('2026-11-26T21:41:07.000Z'), 'zh-CN')).toBe('05:41:07');
  });

  it('reads elapsed time as a live timer does', () => {
    const days = (d: number, h: number) => `${d}d ${h}h`;
    expect(formatElapsed(65_000, days)).toBe('01:05');
    expect(formatElapsed(3 * 3600_000 + 7 * 60_000 + 5_000, days)).toBe('3:07:05');
    expect(formatElapsed(51 * 3600_000, days)).toBe('2d 3h');
    expect(formatElapsed(-5, days)).toBe('00:00');
  });
});
