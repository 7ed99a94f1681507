import type { EntityManager } from '@mikro-orm/core';
import type { Resource } from '@steward/schema';
import type { Validator } from '../../graphql/validate.js';
import type { Viewer } from '../auth/viewer.js';
import type { Case } from './case.entity.js';
import { CaseKind } from './case.enums.js';
import type { OpenCaseInput } from './case.inputs.js';
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
  detailsInput?: 'rental' | 'task';
  /** Its details change while it is worked on (a rental's viewings): `updateDetails` steps apply. */
  detailsEditable?: boolean;
  /** Validates the kind's details at open and returns what to keep in `Case.details`. */
  detailsAtOpen?(input: OpenCaseInput, v: Validator, tx: EntityManager): Promise<object | null>;
  /** Conditions for writing the result beyond the engine's own (a rental needs its outcome). */
  beforeResolve?(c: Case, v: Validator): void;
  /** The GraphQL object `Case.details` shows for this kind. */
  detailsView?(c: Case): object | null;
  /**
   * Shown on the live incident board (features/board) while open, whatever its severity (the
   * incident kinds); a case of any other kind is shown only when MAJOR.
   */
  onBoard?: boolean;
}

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
