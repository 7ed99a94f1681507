import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, setDisplayTimeZone } from './format.js';

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
});
