import { describe, expect, it } from 'vitest';
import {
  formatCheckpointCode,
  newCheckpointCode,
  normaliseCheckpointCode,
  originOf,
  scanUrlOf,
} from './checkpoint-code.js';

describe('checkpoint codes', () => {
  it('are 12 characters of Crockford base32, fresh each time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newCheckpointCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{12}$/);
  });

  it('read the same however they are typed: case, dashes, spaces, O for 0 and I or L for 1', () => {
    expect(normaliseCheckpointCode('k7qf-m2xd-9paw')).toBe('K7QFM2XD9PAW');
    expect(normaliseCheckpointCode(' K7QF M2XD 9PAW ')).toBe('K7QFM2XD9PAW');
    expect(normaliseCheckpointCode('O0IL-1111-2222')).toBe('001111112222');
    // Too short, too long, or a letter the alphabet leaves out (U).
    expect(normaliseCheckpointCode('K7QF-M2XD')).toBeNull();
    expect(normaliseCheckpointCode('K7QF-M2XD-9PAWX')).toBeNull();
    expect(normaliseCheckpointCode('K7QF-M2XD-9PAU')).toBeNull();
    expect(formatCheckpointCode('K7QFM2XD9PAW')).toBe('K7QF-M2XD-9PAW');
  });

  it('make the scan page’s address on the origin the request came to', () => {
    expect(scanUrlOf('https://steward.example.com/', 'K7QFM2XD9PAW')).toBe(
      'https://steward.example.com/scan/K7QFM2XD9PAW',
    );
    expect(originOf('https', 'steward.example.com')).toBe('https://steward.example.com');
    expect(originOf('http', 'localhost:4000')).toBe('http://localhost:4000');
    // A Host header that is no host gives no address at all.
    expect(originOf('http', 'evil.com/<script>')).toBeNull();
    expect(originOf('http', undefined)).toBeNull();
  });
});
