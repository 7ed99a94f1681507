import { describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from './node.js';

describe('global IDs', () => {
  it('round-trip any type and key, including keys with colons and non-ASCII', () => {
    for (const [type, key] of [
      ['Department', 'customer_service'],
      ['Duty', 'order_maintenance_shift_leader#4'],
      ['Thing', 'a:b:c'],
      ['Thing', '秩序维护'],
    ] as const) {
      const id = toGlobalId(type, key);
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(fromGlobalId(id)).toEqual({ typename: type, key });
    }
  });

  it('reject what is not one of ours', () => {
    for (const id of ['', '!!!', 'a b', 'x'.repeat(401), Buffer.from('NoColon').toString('base64url')]) {
      expect(fromGlobalId(id)).toBeNull();
    }
    expect(fromGlobalId(Buffer.from(':key').toString('base64url'))).toBeNull();
    expect(fromGlobalId(Buffer.from('Type:').toString('base64url'))).toBeNull();
  });
});
