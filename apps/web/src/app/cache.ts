import type { Cache, CacheExchangeOpts } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';

/** Drops every cached page of a list, so the next visit asks the server again. */
function invalidateList(cache: Cache, fieldName: string) {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === fieldName) cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}

const staffChanged = (_result: unknown, _args: unknown, cache: Cache) => {
  invalidateList(cache, 'staffMembers');
  invalidateList(cache, 'auditEvents');
};
const auditOnly = (_result: unknown, _args: unknown, cache: Cache) => invalidateList(cache, 'auditEvents');

/**
 * How graphcache identifies what has no `id`: values that belong to their parent (grants,
 * changes, payloads) are embedded; a position's permissions are keyed by the position, so a
 * `setPositionGrant` result updates the matrix in place.
 */
export const cacheOptions: Partial<CacheExchangeOpts> = {
  keys: {
    Viewer: () => 'me',
    Grant: () => null,
    FieldChange: () => null,
    UserError: () => null,
    PermissionResource: (data) => (typeof data.key === 'string' ? data.key : null),
    PermissionAction: (data) => (typeof data.code === 'string' ? data.code : null),
    PositionPermissions: (data) => {
      const position = data.position as { id?: unknown } | null | undefined;
      return typeof position?.id === 'string' ? position.id : null;
    },
    ViewerPayload: () => null,
    LogoutPayload: () => null,
    StaffPayload: () => null,
    StaffCredentialPayload: () => null,
    ApiTokenPayload: () => null,
    CreateApiTokenPayload: () => null,
    PositionPermissionsPayload: () => null,
  },
  resolvers: {
    // "Load more": pages of the audit trail with the same filter join into one list.
    Query: { auditEvents: relayPagination() },
  },
  updates: {
    Mutation: {
      onboardStaff: staffChanged,
      updateStaff: staffChanged,
      transferStaff: staffChanged,
      suspendStaff: staffChanged,
      reinstateStaff: staffChanged,
      offboardStaff: staffChanged,
      resetStaffPassword: staffChanged,
      setPositionGrant: auditOnly,
      createApiToken: (_result, _args, cache) => {
        invalidateList(cache, 'apiTokens');
        invalidateList(cache, 'auditEvents');
      },
      revokeApiToken: auditOnly,
      changePassword: auditOnly,
      setMyLocale: auditOnly,
    },
  },
};
