import type { Context } from '../../graphql/context.js';
import type { Viewer } from '../auth/viewer.js';
import { grantReaches, isHolder, participates } from '../cases/case.access.js';
import type { Case } from '../cases/case.entity.js';
import { CaseKind } from '../cases/case.enums.js';
import { CaseService } from '../cases/case.service.js';
import {
  type AcknowledgeRectificationNoticeInput,
  acknowledgeNotice,
  addFollowUp,
  addReinspection,
  type RecordRectificationFollowUpInput,
  type RecordReinspectionInput,
  type StepActor,
} from '../cases/kinds/rectification.kind.js';
import { unauthenticated } from '../permissions/auth-checker.js';

/** Who takes a step on a notice: order maintenance handling it, or its addressee department. */
export function actorOf(viewer: Viewer | null, c: Case): StepActor {
  if (!viewer) throw unauthenticated();
  return {
    id: viewer.staff.id,
    name: viewer.staff.name,
    handles: isHolder(viewer, c) || grantReaches(viewer, c, 'handle'),
    addressee: participates(viewer, c),
  };
}

/**
 * A rectification notice's own steps (R20): acknowledgement, follow-up and help, re-inspection —
 * each a details step of the case engine, so each is on the timeline with one audit event.
 */
export class RectificationService {
  private readonly cases: CaseService;

  constructor(private readonly ctx: Context) {
    this.cases = new CaseService(ctx);
  }

  acknowledge(input: AcknowledgeRectificationNoticeInput) {
    return this.cases.updateDetails(input.caseId, CaseKind.RECTIFICATION, async (c, v) =>
      acknowledgeNotice(c, input, v, this.ctx.clock(), actorOf(this.ctx.viewer, c)),
    );
  }

  followUp(input: RecordRectificationFollowUpInput) {
    return this.cases.updateDetails(input.caseId, CaseKind.RECTIFICATION, async (c, v) =>
      addFollowUp(c, input, v, this.ctx.clock(), actorOf(this.ctx.viewer, c)),
    );
  }

  reinspect(input: RecordReinspectionInput) {
    return this.cases.updateDetails(input.caseId, CaseKind.RECTIFICATION, async (c, v) =>
      addReinspection(c, input, v, this.ctx.clock(), actorOf(this.ctx.viewer, c)),
    );
  }
}
