import { describe, expect, it } from 'vitest';
import { diffFields } from './audit.service.js';

describe('diffFields', () => {
  it('lists only the fields that changed, with their values before and after', () => {
    expect(diffFields({ name: 'A', phone: '1', sites: ['X'] }, { name: 'B', phone: '1', sites: ['X', 'Y'] })).toEqual({
      name: { before: 'A', after: 'B' },
      sites: { before: ['X'], after: ['X', 'Y'] },
    });
    expect(diffFields(null, { status: 'ACTIVE' })).toEqual({ status: { before: null, after: 'ACTIVE' } });
    expect(diffFields({ status: 'ACTIVE' }, undefined)).toEqual({ status: { before: 'ACTIVE', after: null } });
  });

  it('shows secrets only as "[redacted]", whatever the field is called', () => {
    const changes = diffFields(
      { passwordHash: 'scrypt$old', secret: null, apiToken: 'stw_a' },
      { passwordHash: 'scrypt$new', secret: 'stw_b', apiToken: null },
    );
    expect(changes).toEqual({
      passwordHash: { before: '[redacted]', after: '[redacted]' },
      secret: { before: null, after: '[redacted]' },
      apiToken: { before: '[redacted]', after: null },
    });
  });

  it('keeps flags about passwords readable: a boolean is no secret', () => {
    expect(diffFields({ mustChangePassword: true }, { mustChangePassword: false })).toEqual({
      mustChangePassword: { before: true, after: false },
    });
  });
});
