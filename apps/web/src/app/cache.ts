import type { Cache, CacheExchangeOpts } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import type { IntrospectionQuery } from 'graphql';
import { unreadNotificationCountQuery } from '../features/notifications/notification.operations.js';

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

/** A changed customer file: lists and lookups ask again; so does whatever page shows the unit or customer moved. */
const customersChanged = (result: Record<string, unknown>, _args: unknown, cache: Cache) => {
  for (const list of ['customers', 'customerLookup', 'units', 'auditEvents']) invalidateList(cache, list);
  const payload = Object.values(result)[0] as
    | { occupancy?: { unit?: { id?: string }; customer?: { id?: string } } | null }
    | null
    | undefined;
  const unit = payload?.occupancy?.unit?.id;
  const customer = payload?.occupancy?.customer?.id;
  if (unit) cache.invalidate({ __typename: 'Unit', id: unit });
  if (customer) cache.invalidate({ __typename: 'Customer', id: customer });
};
// A step can move a case into or out of any saved filter (mine, overdue, waiting…): ask again.
const caseChanged = (_result: unknown, _args: unknown, cache: Cache) => {
  invalidateList(cache, 'cases');
  invalidateList(cache, 'auditEvents');
};

/** An inspection planned, performed or closed moves between lists and changes how regularly each type is done. */
const inspectionsChanged = (_result: unknown, _args: unknown, cache: Cache) => {
  for (const list of ['inspections', 'inspectionRegularity', 'auditEvents']) invalidateList(cache, list);
};
/** A notice issued or stepped on: the notice lists, and whatever inspection or external inspection shows it. */
const noticeChanged = (_result: unknown, _args: unknown, cache: Cache) => {
  for (const list of ['cases', 'inspections', 'externalInspections', 'auditEvents']) invalidateList(cache, list);
};
const externalChanged = (_result: unknown, _args: unknown, cache: Cache) => {
  for (const list of ['externalInspections', 'auditEvents']) invalidateList(cache, list);
};
const checklistsChanged = (_result: unknown, _args: unknown, cache: Cache) => {
  for (const list of ['inspectionChecklists', 'auditEvents']) invalidateList(cache, list);
};

/** A visit entered, closed or voided can move between the log's filters: ask again. */
const receptionChanged = (_result: unknown, _args: unknown, cache: Cache) => {
  invalidateList(cache, 'receptionVisits');
  invalidateList(cache, 'auditEvents');
};

/** A notice changed: every board list and the viewer's count of notices to acknowledge ask again. */
const noticesChanged = (_result: unknown, _args: unknown, cache: Cache) => {
  for (const list of ['notices', 'myPendingAcknowledgements', 'auditEvents']) invalidateList(cache, list);
};

// A meeting's change can move it between filters and change when one was last held; an action
// item is a new task in the case queues too.
const meetingChanged = (_result: unknown, _args: unknown, cache: Cache) => {
  invalidateList(cache, 'meetings');
  invalidateList(cache, 'meetingsLastHeld');
  invalidateList(cache, 'auditEvents');
};
const actionItemAdded = (result: unknown, args: unknown, cache: Cache) => {
  meetingChanged(result, args, cache);
  invalidateList(cache, 'cases');
};

/** A live timeline entry joins its case's timeline (if that is cached and does not have it yet). */
function appendCaseEvent(result: Record<string, unknown>, _args: unknown, cache: Cache) {
  const event = result.caseEvents as { id?: string; case?: { id?: string } | null } | undefined;
  if (!event?.id || !event.case?.id) return;
  const caseKey = cache.keyOfEntity({ __typename: 'Case', id: event.case.id });
  const eventKey = cache.keyOfEntity({ __typename: 'CaseEvent', id: event.id });
  if (!caseKey || !eventKey) return;
  const timeline = cache.resolve(caseKey, 'timeline');
  if (!Array.isArray(timeline)) return;
  const links = timeline as unknown[] as string[];
  if (!links.includes(eventKey)) cache.link(caseKey, 'timeline', [...links, eventKey]);
}

/** The number on the bell, as the server last said or plus one per new notification. */
function setUnreadCount(cache: Cache, next: (count: number) => number) {
  cache.updateQuery({ query: unreadNotificationCountQuery }, (data) =>
    data ? { ...data, unreadNotificationCount: Math.max(0, next(data.unreadNotificationCount)) } : data,
  );
}

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
    CustomerLookupHit: () => null,
    CustomerPayload: () => null,
    CustomerContactPayload: () => null,
    OccupancyPayload: () => null,
    BuildingPayload: () => null,
    UnitPayload: () => null,
    CasePayload: () => null,
    SlaPolicyPayload: () => null,
    MarkNotificationsReadPayload: () => null,
    ReceptionVisitPayload: () => null,
    NoticePayload: () => null,
    NoticeAudienceMember: () => null,
    MeetingAttendee: () => null,
    MeetingLastHeld: () => null,
    MeetingPayload: () => null,
    AddMeetingActionItemPayload: () => null,
    SlaPolicy: (data) => `${String(data.kind)}:${String(data.priority)}`,
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
      createBuilding: customersChanged,
      createUnit: customersChanged,
      createCustomer: customersChanged,
      updateCustomer: customersChanged,
      addCustomerContact: customersChanged,
      moveIn: customersChanged,
      moveOut: customersChanged,
      voidCustomer: customersChanged,
      openCase: noticeChanged,
      assignCase: caseChanged,
      referCase: caseChanged,
      acknowledgeCase: caseChanged,
      escalateCase: caseChanged,
      startCase: caseChanged,
      resolveCase: caseChanged,
      closeCase: caseChanged,
      reopenCase: caseChanged,
      voidCase: caseChanged,
      commentOnCase: caseChanged,
      setSlaPolicy: auditOnly,
      recordReceptionVisit: receptionChanged,
      updateReceptionVisit: receptionChanged,
      linkReceptionVisitToCase: receptionChanged,
      closeReceptionVisit: receptionChanged,
      voidReceptionVisit: receptionChanged,
      draftNotice: noticesChanged,
      updateNotice: noticesChanged,
      issueNotice: noticesChanged,
      withdrawNotice: noticesChanged,
      acknowledgeNotice: noticesChanged,
      scheduleMeeting: meetingChanged,
      recordMeetingMinutes: meetingChanged,
      reportMeeting: meetingChanged,
      cancelMeeting: meetingChanged,
      addMeetingActionItem: actionItemAdded,
      planInspection: inspectionsChanged,
      recordInspectionResults: inspectionsChanged,
      completeInspection: inspectionsChanged,
      cancelInspection: inspectionsChanged,
      createInspectionChecklist: checklistsChanged,
      updateInspectionChecklist: checklistsChanged,
      recordExternalInspection: externalChanged,
      updateExternalInspection: externalChanged,
      voidExternalInspection: externalChanged,
      acknowledgeRectificationNotice: noticeChanged,
      recordRectificationFollowUp: noticeChanged,
      recordReinspection: noticeChanged,
      markNotificationsRead: (result, _args, cache) => {
        const payload = result.markNotificationsRead as { unreadCount?: number } | undefined;
        if (typeof payload?.unreadCount === 'number') setUnreadCount(cache, () => payload.unreadCount as number);
      },
    },
    Subscription: {
      caseEvents: appendCaseEvent,
      notificationAdded: (result, args, cache) => {
        setUnreadCount(cache, (n) => n + 1);
        // A notice issued to the viewer: the board and its “to acknowledge” list ask again.
        const added = result.notificationAdded as { notice?: { id?: string } | null } | undefined;
        if (added?.notice?.id) noticesChanged(result, args, cache);
      },
    },
  },
};

/**
 * Every object type without an `id` (payloads, events, summaries) belongs to its parent: keyed
 * `null`, so graphcache embeds it instead of warning. A new feature's payloads need no entry here.
 */
export function embeddedKeys(schema: IntrospectionQuery): NonNullable<CacheExchangeOpts['keys']> {
  const roots = new Set(
    [schema.__schema.queryType, schema.__schema.mutationType, schema.__schema.subscriptionType].map((t) => t?.name),
  );
  const keys: NonNullable<CacheExchangeOpts['keys']> = {};
  for (const type of schema.__schema.types) {
    if (type.kind !== 'OBJECT' || roots.has(type.name) || type.name.startsWith('__')) continue;
    if (!type.fields.some((f) => f.name === 'id')) keys[type.name] = () => null;
  }
  return keys;
}
