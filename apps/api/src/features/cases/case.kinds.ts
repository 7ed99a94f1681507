import type { Resource } from '@steward/schema';
import { CaseKind } from './case.enums.js';

/** What the engine needs to know about a kind: everything kind-specific lives behind this. */
export interface CaseKindDefinition {
  kind: CaseKind;
  /** Reference prefix: `TS-20261126-0042`. */
  prefix: string;
  /** Permission resource: `<resource>.create`, `.handle`, `.approve`, `.read`. */
  resource: Resource;
  /** The department whose queue a new case lands in. */
  department: string;
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
registerCaseKind({ kind: CaseKind.RENTAL, prefix: 'ZL', resource: 'rental', department: 'customer_service' });
