import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { attendanceResolvers } from '../features/attendance/attendance.resolver.js';
import { AuditResolver } from '../features/audit/audit.resolver.js';
import { authResolvers } from '../features/auth/auth.resolver.js';
import { boardResolvers } from '../features/board/board.resolver.js';
import { caseResolvers } from '../features/cases/case.resolver.js';
import { SlaResolver } from '../features/cases/sla.resolver.js';
import { contactResolvers } from '../features/contacts/contact.resolver.js';
import { customerResolvers } from '../features/customers/customer.resolver.js';
import { ExportResolver } from '../features/export/export.resolver.js';
import { fireSafetyResolvers } from '../features/fire-safety/fire-safety.resolver.js';
import { gateResolvers } from '../features/gate/gate.resolver.js';
import { handoverResolvers } from '../features/handover/handover.resolver.js';
import { incidentResolvers } from '../features/incidents/incident.resolver.js';
import { inspectionResolvers } from '../features/inspections/inspection.resolver.js';
import { rectificationResolvers } from '../features/inspections/rectification.resolver.js';
import { meetingResolvers } from '../features/meetings/meeting.resolver.js';
import { noticeResolvers } from '../features/notices/notice.resolver.js';
import { NotificationResolver } from '../features/notifications/notification.resolver.js';
import { patrolResolvers } from '../features/patrols/patrol.resolver.js';
import { guardRootFields, PermissionAuthChecker } from '../features/permissions/auth-checker.js';
import { PermissionResolver } from '../features/permissions/permission.resolver.js';
import { placeResolvers } from '../features/places/place.resolver.js';
import { receptionResolvers } from '../features/reception/reception.resolver.js';
import { rulebookResolvers } from '../features/rulebook/rulebook.resolver.js';
import { rosterResolvers } from '../features/shifts/roster.resolver.js';
import { shiftResolvers } from '../features/shifts/shift.resolver.js';
import { SiteResolver } from '../features/sites/site.resolver.js';
import { StaffResolver } from '../features/staff/staff.resolver.js';
import { statsResolvers } from '../features/stats/stats.resolver.js';
import { createStewardPubSub, type StewardPubSub } from '../realtime/pubsub.js';
import { NodeResolver } from './node.js';

/** Every resolver of every feature; a new feature adds its list here. */
const resolvers = [
  NodeResolver,
  ...rulebookResolvers,
  ...authResolvers,
  StaffResolver,
  SiteResolver,
  PermissionResolver,
  AuditResolver,
  ...customerResolvers,
  ...caseResolvers,
  SlaResolver,
  ...meetingResolvers,
  NotificationResolver,
  ...receptionResolvers,
  ...noticeResolvers,
  ...shiftResolvers,
  ...handoverResolvers,
  ...attendanceResolvers,
  ...placeResolvers,
  ...patrolResolvers,
  ...rosterResolvers,
  ...incidentResolvers,
  ...fireSafetyResolvers,
  ...contactResolvers,
  ...gateResolvers,
  ...inspectionResolvers,
  ...rectificationResolvers,
  ...boardResolvers,
  ...statsResolvers,
  ExportResolver,
] as const;

/**
 * type-graphql answers every plain `@Field` through a resolver of its own (middleware runner
 * included) that reads `root[name]`. We put no middleware and no roles on plain fields, so those
 * resolvers do nothing graphql's default would not: without them graphql-jit compiles each such
 * field to a property read instead of a resolver call with its info object — most of the field
 * time of a 100-row page. A field type-graphql could not answer that way (renamed, guarded, with
 * middleware) keeps its resolver.
 */
function plainFieldsReadDirectly(): void {
  for (const field of getMetadataStorage().fields) {
    if (field.simple === undefined && !field.middlewares?.length && !field.roles && field.name === field.schemaName)
      field.simple = true;
  }
}

export async function createSchema(pubsub: StewardPubSub = createStewardPubSub()): Promise<GraphQLSchema> {
  plainFieldsReadDirectly();
  const schema = await buildSchema({
    resolvers,
    // Subscriptions filter per subscriber through `context.pubsub` (the same object).
    pubSub: pubsub,
    authChecker: PermissionAuthChecker,
    // Input rules are checked in services, where they become userErrors naming the field.
    validate: false,
    emitSchemaFile: false,
  });
  // Signed in or nothing, for every root field that is not explicitly public.
  return guardRootFields(schema);
}

/** The SDL as committed in packages/schema: sorted, so it only changes when the contract does. */
export function printContract(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema)).trimEnd()}\n`;
}
