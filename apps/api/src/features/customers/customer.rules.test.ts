import { describe, expect, it } from 'vitest';
import { ContactKind, LookupMatch } from './customer.enums.js';
import {
  contactProblem,
  containsPattern,
  lookupRank,
  lookupTerms,
  normalizeContact,
  normalizeUnitCode,
  phoneDigits,
  todayIn,
  UNIT_CODE,
} from './customer.rules.js';

describe('contacts', () => {
  it('compares phones by their digits, without a Chinese country prefix on a mobile', () => {
    expect(phoneDigits('138 1234 5678')).toBe('13812345678');
    expect(phoneDigits('+86 138-1234-5678')).toBe('13812345678');
    expect(phoneDigits('0086 13812345678')).toBe('13812345678');
    // A landline keeps its area code; only a mobile loses the country prefix.
    expect(phoneDigits('(021) 5888-0000')).toBe('02158880000');
    expect(phoneDigits('86 21 5888 0000')).toBe('862158880000');
  });

  it('normalises other contacts to lower case with single spaces', () => {
    expect(normalizeContact(ContactKind.EMAIL, ' Wang@Example.COM ')).toBe('wang@example.com');
    expect(normalizeContact(ContactKind.OTHER, '行政：孙经理   139')).toBe('行政：孙经理 139');
    expect(normalizeContact(ContactKind.PHONE, '139 1234 5678')).toBe('13912345678');
  });

  it('accepts what each kind of contact can be, and nothing else', () => {
    expect(contactProblem(ContactKind.PHONE, '138 1234 5678')).toBeNull();
    expect(contactProblem(ContactKind.PHONE, '+86 (21) 5888-0000')).toBeNull();
    expect(contactProblem(ContactKind.PHONE, '12')).toMatch(/phone number/);
    expect(contactProblem(ContactKind.PHONE, 'call me')).toMatch(/phone number/);
    expect(contactProblem(ContactKind.PHONE, '1'.repeat(21))).toMatch(/phone number/);
    expect(contactProblem(ContactKind.EMAIL, 'a@b.cn')).toBeNull();
    expect(contactProblem(ContactKind.EMAIL, 'a@b')).toMatch(/e-mail/);
    expect(contactProblem(ContactKind.WECHAT, 'chen_zhiyuan')).toBeNull();
    expect(contactProblem(ContactKind.WECHAT, 'chen zhiyuan')).toMatch(/WeChat/);
    expect(contactProblem(ContactKind.OTHER, '找物业前台')).toBeNull();
  });
});

describe('unit codes', () => {
  it('are upper case without spaces, letters, digits and a few separators', () => {
    expect(normalizeUnitCode(' a-1205 ')).toBe('A-1205');
    expect(normalizeUnitCode('3 - 1201')).toBe('3-1201');
    for (const ok of ['3-1201', 'A-1205', 'B1/07', '商铺-01']) expect(UNIT_CODE.test(ok), ok).toBe(true);
    for (const bad of ['-1201', '3 1201', '3#1201', '']) expect(UNIT_CODE.test(bad), bad).toBe(false);
  });
});

describe('lookup', () => {
  it('reads one query as a name, a unit code and, when it can be one, a phone number', () => {
    expect(lookupTerms(' 138 1234 5678 ')).toEqual({
      text: '138 1234 5678',
      unitCode: '13812345678',
      phone: '13812345678',
    });
    expect(lookupTerms('3-1201')).toEqual({ text: '3-1201', unitCode: '3-1201', phone: '31201' });
    expect(lookupTerms('a-12')).toEqual({ text: 'a-12', unitCode: 'A-12', phone: null });
    expect(lookupTerms('陈志远')).toEqual({ text: '陈志远', unitCode: '陈志远', phone: null });
    // Too few digits to be worth searching phone numbers for.
    expect(lookupTerms('12').phone).toBeNull();
  });

  it('ranks exact unit codes and phones first, then exact names, then partial matches', () => {
    const exactCode = lookupRank(LookupMatch.UNIT_CODE, true);
    const exactPhone = lookupRank(LookupMatch.PHONE, true);
    const exactName = lookupRank(LookupMatch.NAME, true);
    const partPhone = lookupRank(LookupMatch.PHONE, false);
    const partCode = lookupRank(LookupMatch.UNIT_CODE, false);
    const partName = lookupRank(LookupMatch.NAME, false);
    const partContact = lookupRank(LookupMatch.CONTACT, false);
    expect(exactCode).toBe(exactPhone);
    expect(exactPhone).toBeLessThan(exactName);
    expect(exactName).toBeLessThan(partPhone);
    expect(partPhone).toBe(partCode);
    expect(partCode).toBeLessThan(partName);
    expect(partName).toBe(partContact);
  });

  it('escapes LIKE wildcards portably: a typed % or _ matches one character', () => {
    expect(containsPattern('100%')).toBe('%100_%');
    expect(containsPattern('a_b')).toBe('%a_b%');
  });
});

describe('todayIn', () => {
  it('is the date in the site’s time zone, not the server’s', () => {
    const lateUtc = new Date('2026-03-01T17:30:00Z'); // already 2 March in Shanghai
    expect(todayIn('Asia/Shanghai', lateUtc)).toBe('2026-03-02');
    expect(todayIn('UTC', lateUtc)).toBe('2026-03-01');
  });
});
