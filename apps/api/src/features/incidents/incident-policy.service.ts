import type { EntityManager } from '@mikro-orm/core';
import { INCIDENT_POLICY_DEFAULTS, IncidentPolicy } from './incident-policy.entity.js';

/** The company's incident policy: the stored row, or the documented defaults until a director sets it. */
export async function incidentPolicy(em: EntityManager): Promise<IncidentPolicy> {
  const stored = await em.findOne(IncidentPolicy, { id: 'company' });
  return stored ?? Object.assign(new IncidentPolicy(), INCIDENT_POLICY_DEFAULTS);
}
