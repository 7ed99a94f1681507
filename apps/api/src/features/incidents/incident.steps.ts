import type { Context } from '../../graphql/context.js';
import { CaseEventType } from '../cases/case.enums.js';
import type { CaseStepInput } from '../cases/case.inputs.js';
import { CaseService } from '../cases/case.service.js';
import { acknowledgeEscalation } from './escalation.service.js';
import { applyIncidentText, INCIDENT_KINDS, incidentData, type UpdateIncidentInput } from './incident.kind.js';

/** The incident's own steps, as the resolver and the demo take them: each a case-engine step. */
export function acknowledgeEscalationStep(ctx: Context, input: CaseStepInput) {
  return new CaseService(ctx).kindStep(input.caseId, CaseEventType.ESCALATION_ACKNOWLEDGED, (c, v, tx) =>
    acknowledgeEscalation(c, tx, ctx, v, input.note),
  );
}

export function updateIncidentStep(ctx: Context, input: UpdateIncidentInput) {
  return new CaseService(ctx).updateDetails(input.caseId, INCIDENT_KINDS, async (c, v) => ({
    note: null,
    details: applyIncidentText(v, incidentData(c), input, ctx.clock()),
  }));
}
