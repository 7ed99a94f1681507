import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Resource } from '@steward/schema';
import type { Context } from '../../graphql/context.js';
import type { Validator } from '../../graphql/validate.js';
import type { Viewer } from '../auth/viewer.js';
import { incidentKinds } from '../incidents/incident.kind.js';
import type { Staff } from '../staff/staff.entity.js';
import type { Case } from './case.entity.js';
import { CaseEventType, CaseKind } from './case.enums.js';
import type { OpenCaseInput } from './case.inputs.js';
import { rectificationKind } from './kinds/rectification.kind.js';
import { rentalKind } from './kinds/rental.kind.js';
import { taskKind } from './kinds/task.kind.js';

/**
 * What the engine needs to know about a kind: everything kind-specific lives behind this, so a
 * new kind (incidents, rectification notices…) registers itself without touching the engine.
 */
export interface CaseKindDefinition {
  kind: CaseKind;
  /** Reference prefix: `TS-20261126-0042`. */
  prefix: string;
  /** Permission resource: `<resource>.create`, `.handle`, `.approve`, `.read`. */
  resource: Resource;
  /** The department whose queue a new case lands in; null: the department of the person it is given to. */
  department: string | null;
  /** Given to a person when it is opened (tasks): `assigneeId` is then required, elsewhere refused. */
  assignedAtOpen?: boolean;
  /** The opener sets the result deadline (`dueAt`: a task is due when its giver says) instead of the service levels. */
  dueFromInput?: boolean;
  /** Who else may open one besides holders of `<resource>.create`. */
  mayOpen?(viewer: Viewer, input: OpenCaseInput, assigneeKey: string | null): boolean;
  /** The input field carrying this kind's details at open (refused on other kinds). */
  detailsInput?: 'rental' | 'task' | 'incident' | 'rectification';
  /** Its details change while it is worked on (a rental's viewings): `updateDetails` steps apply. */
  detailsEditable?: boolean;
  /**
   * Validates the kind's details at open and returns what to keep in `Case.details`; reads go
   * through `tx`, as far as the opener (`viewer`) may see; `now` is the request's clock.
   */
  detailsAtOpen?(
    input: OpenCaseInput,
    v: Validator,
    tx: EntityManager,
    viewer: Viewer,
    now: Date,
  ): Promise<object | null>;
  /** Conditions for writing the result beyond the engine's own (a rental needs its outcome). */
  beforeResolve?(c: Case, v: Validator): void;
  /** Conditions for closing beyond the engine's own (a rectification notice: its re-inspection found it fixed). */
  beforeClose?(c: Case, v: Validator): void;
  /**
   * People who take part in this kind's cases though no grant of theirs reaches them (the
   * department a rectification notice is addressed to): the cases of this kind they see — a
   * filter, or null for none. They may comment on them and take the kind's details steps (whose
   * own rules say which), not the engine's other steps.
   */
  participants?(viewer: Viewer): FilterQuery<Case> | null;
  /** The same test on one loaded case. */
  participates?(viewer: Viewer, c: Case): boolean;
  /** The GraphQL object `Case.details` shows for this kind. */
  detailsView?(c: Case): object | null;
  /**
   * Shown on the live incident board (features/board) while open, whatever its severity (the
   * incident kinds); a case of any other kind is shown only when MAJOR.
   */
  onBoard?: boolean;
  /**
   * Runs in the opening transaction once the case exists (an incident escalates itself at once
   * when major, beyond authority or a fire); `timeline` appends an entry after the opening one.
   */
  afterOpen?(c: Case, tx: EntityManager, ctx: Context, timeline: CaseTimelineWriter): Promise<void>;
  /**
   * Whom an escalation goes to (and what it records of its own), instead of the escalating
   * person's superior in the reporting line: incidents go up the live duty chain.
   */
  escalateTo?(c: Case, tx: EntityManager, ctx: Context, note: string | null): Promise<Staff | null>;
}

/** Appends a timeline entry to a case being opened (after the OPENED entry). */
export type CaseTimelineWriter = (type: CaseEventType, data: Record<string, unknown>, note?: string | null) => void;

const kinds = new Map<CaseKind, CaseKindDefinition>();

export function registerCaseKind(definition: CaseKindDefinition): void {
  kinds.set(definition.kind, definition);
}

export function caseKind(kind: CaseKind): CaseKindDefinition {
  const definition = kinds.get(kind);
  if (!definition) throw new Error(`case kind ${kind} is not registered`);
  return definition;
}

export function caseKinds(): CaseKindDefinition[] {
  return [...kinds.values()];
}

// Customer service's kinds (CS-4, CS-5, CS-6); prefixes from the pinyin initials people use.
registerCaseKind({ kind: CaseKind.COMPLAINT, prefix: 'TS', resource: 'complaint', department: 'customer_service' });
registerCaseKind({ kind: CaseKind.INQUIRY, prefix: 'ZX', resource: 'service_request', department: 'customer_service' });
registerCaseKind({
  kind: CaseKind.SPECIAL_SERVICE,
  prefix: 'TY',
  resource: 'service_request',
  department: 'customer_service',
});
registerCaseKind({ kind: CaseKind.REPAIR, prefix: 'BX', resource: 'service_request', department: 'customer_service' });

// Kinds with details of their own live in kinds/ and register here.
registerCaseKind(rentalKind);
registerCaseKind(taskKind);
// Incidents (R16) escalate up the live duty chain: features/incidents.
for (const kind of incidentKinds) registerCaseKind(kind);
registerCaseKind(rectificationKind);
