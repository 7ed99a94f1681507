import { describe, expect, it } from 'vitest';
import { NoticeEffectiveStatus, NoticeStatus } from './notice.enums.js';
import { asksToAcknowledge, effectiveStatus, isLive } from './notice.rules.js';

const NOW = new Date('2026-11-26T02:00:00Z');
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

describe('effectiveStatus', () => {
  it('derives scheduled and expired from the dates of an issued notice', () => {
    const issued = { status: NoticeStatus.ISSUED, publishAt: hours(-1), expiresAt: hours(1) };
    expect(effectiveStatus(issued, NOW)).toBe(NoticeEffectiveStatus.ISSUED);
    expect(effectiveStatus({ ...issued, publishAt: hours(2), expiresAt: hours(3) }, NOW)).toBe(
      NoticeEffectiveStatus.SCHEDULED,
    );
    // Expiry is exclusive: at the very moment it is expired.
    expect(effectiveStatus({ ...issued, expiresAt: NOW }, NOW)).toBe(NoticeEffectiveStatus.EXPIRED);
    expect(effectiveStatus({ ...issued, expiresAt: null }, hours(10_000))).toBe(NoticeEffectiveStatus.ISSUED);
    expect(isLive({ ...issued, publishAt: hours(2), expiresAt: null }, NOW)).toBe(true);
    expect(isLive({ ...issued, expiresAt: hours(-1) }, NOW)).toBe(false);
  });

  it('keeps drafts and withdrawn notices as they are, whatever their dates', () => {
    const dates = { publishAt: hours(-5), expiresAt: hours(-1) };
    expect(effectiveStatus({ status: NoticeStatus.DRAFT, ...dates }, NOW)).toBe(NoticeEffectiveStatus.DRAFT);
    expect(effectiveStatus({ status: NoticeStatus.WITHDRAWN, ...dates }, NOW)).toBe(NoticeEffectiveStatus.WITHDRAWN);
    expect(isLive({ status: NoticeStatus.WITHDRAWN, publishAt: hours(-1), expiresAt: null }, NOW)).toBe(false);
  });
});

describe('asksToAcknowledge', () => {
  const om = { requiresAcknowledgement: true, acknowledgementDepartmentKeys: ['order_maintenance'] };
  const officer = { id: 'o', departmentKey: 'order_maintenance' };

  it('asks the named departments, or everyone when none is named', () => {
    expect(asksToAcknowledge(om, officer, 'a', 'm')).toBe(true);
    expect(asksToAcknowledge(om, { id: 'c', departmentKey: 'customer_service' }, 'a', 'm')).toBe(false);
    expect(asksToAcknowledge(om, { id: 'x', departmentKey: null }, 'a', 'm')).toBe(false);
    const everyone = { ...om, acknowledgementDepartmentKeys: [] };
    expect(asksToAcknowledge(everyone, { id: 'x', departmentKey: null }, 'a', 'm')).toBe(true);
  });

  it('asks nobody when it does not ask for acknowledgement, and never its author or issuer', () => {
    expect(asksToAcknowledge({ ...om, requiresAcknowledgement: false }, officer, 'a', 'm')).toBe(false);
    expect(asksToAcknowledge(om, officer, 'o', 'm')).toBe(false);
    expect(asksToAcknowledge(om, officer, 'a', 'o')).toBe(false);
    expect(asksToAcknowledge(om, officer, 'a', null)).toBe(true);
  });
});
