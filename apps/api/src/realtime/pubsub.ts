import { createPubSub } from '@graphql-yoga/subscription';
import type { CaseEventMessage } from '../features/cases/case.topics.js';
import type { NotificationMessage } from '../features/notifications/notification.topics.js';
import type { ShiftEventMessage } from '../features/shifts/shift.topics.js';

/**
 * In-process publish/subscribe for GraphQL subscriptions. Messages carry ids only; each
 * subscriber reloads what it may see through its own EntityManager fork, so nothing leaks
 * between viewers. (Several API replicas will swap in the Redis event target here.)
 */
export type Topics = {
  CASE_EVENT: [CaseEventMessage];
  NOTIFICATION: [NotificationMessage];
  SHIFT_EVENT: [ShiftEventMessage];
  /** An escalation of a case was sent, acknowledged, passed on or reminded (boards follow it). */
  ESCALATION: [{ caseId: string; escalationId: string }];
};

export function createStewardPubSub() {
  return createPubSub<Topics>();
}

export type StewardPubSub = ReturnType<typeof createStewardPubSub>;
