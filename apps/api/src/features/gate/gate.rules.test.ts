import { describe, expect, it } from 'vitest';
import { normalizePlate, passNumberKey, plateProblem } from './gate.rules.js';

describe('plates', () => {
  it.each([
    ['沪A12345', '沪A12345'],
    ['沪a·12345', '沪A12345'],
    [' 沪A 1234 5 ', '沪A12345'],
    ['苏E-8K9P2', '苏E8K9P2'],
    ['沪AD12345', '沪AD12345'],
    ['沪ADA1234', '沪ADA1234'],
    ['沪A12345D', '沪A12345D'],
    ['沪B1234挂', '沪B1234挂'],
  ])('accepts %s as %s', (typed, stored) => {
    expect(normalizePlate(typed)).toBe(stored);
    expect(plateProblem(normalizePlate(typed))).toBeNull();
  });

  it.each([
    '',
    'A12345',
    '沪12345',
    '沪A1234',
    '沪A123456',
    '沪AI2345',
    '沪AO2345',
    '沪AX123456',
    '沪A1234567',
    '美A12345',
    'ABC-123',
  ])('refuses %s', (typed) => {
    expect(plateProblem(normalizePlate(typed))).not.toBeNull();
  });
});

describe('pass numbers', () => {
  it('reads a pass number however it is typed', () => {
    expect(passNumberKey('FX-20261126-003')).toBe('FX20261126003');
    expect(passNumberKey('fx 20261126 003')).toBe('FX20261126003');
    expect(passNumberKey('20261126003')).toBe('FX20261126003');
  });
});
