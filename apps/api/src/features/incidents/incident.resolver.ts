import { UserErrorCode } from '@steward/schema';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { loadOne } from '../../graphql/batch.js';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { registerNodeType } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import { Case } from '../cases/case.entity.js';
import { CaseStepInput } from '../cases/case.inputs.js';
import { CasePayload, casePayload } from '../cases/case.payload.js';
import { Area } from '../places/area.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { StaffService } from '../staff/staff.service.js';
import { Escalation } from './escalation.entity.js';
import { escalationsOf, visibleEscalations } from './incident.access.js';
import { IncidentDetails, UpdateIncidentInput } from './incident.kind.js';
import { acknowledgeEscalationStep, updateIncidentStep } from './incident.steps.js';
import { INCIDENT_POLICY_RANGE, IncidentPolicy } from './incident-policy.entity.js';
import { incidentPolicy } from './incident-policy.service.js';

registerNodeType({
  typename: 'Escalation',
  entity: Escalation,
  keyOf: (e) => e.id,
  load: (ctx, keys) => visibleEscalations(ctx, keys),
});

@InputType('UpdateIncidentPolicyInput', {
  description: 'The reporting deadlines and the escalation delay, in minutes.',
})
class UpdateIncidentPolicyInput {
  @Field(() => Int, { description: 'P7: incident reports, 1–1440 minutes.' })
  reportMinutes: number;

  @Field(() => Int, { description: 'P8: fire reports, 1–1440 minutes, at most P7.' })
  fireReportMinutes: number;

  @Field(() => Int, { description: 'Acknowledgement wait before an escalation climbs, 1–1440 minutes.' })
  ackMinutes: number;
}

@ObjectType('IncidentPolicyPayload', { description: 'The result of changing the incident policy.' })
class IncidentPolicyPayload {
  @Field(() => IncidentPolicy, { nullable: true })
  policy: IncidentPolicy | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

const staffOf = async (ctx: Context, id: string | undefined): Promise<Staff | null> =>
  id ? await loadOne(ctx, 'Staff', (ids) => new StaffService(ctx).byIds(ids), id) : null;

@Resolver()
export class IncidentResolver {
  @Authorized('incident.read')
  @Query(() => IncidentPolicy, { description: 'The reporting deadlines (P7, P8) and the escalation delay in force.' })
  incidentPolicy(@Ctx() ctx: Context): Promise<IncidentPolicy> {
    return incidentPolicy(ctx.em);
  }

  @Authorized('incident.approve')
  @Mutation(() => IncidentPolicyPayload, { description: 'Change the reporting deadlines and the escalation delay.' })
  async updateIncidentPolicy(
    @Arg('input', () => UpdateIncidentPolicyInput) input: UpdateIncidentPolicyInput,
    @Ctx() ctx: Context,
  ): Promise<IncidentPolicyPayload> {
    const outcome = await runMutation(ctx, async (tx, audit) => {
      const v = new Validator();
      const minutes = (field: keyof UpdateIncidentPolicyInput) => {
        const value = input[field];
        if (!Number.isInteger(value) || value < INCIDENT_POLICY_RANGE.min || value > INCIDENT_POLICY_RANGE.max)
          v.add(
            field,
            `must be whole minutes from ${INCIDENT_POLICY_RANGE.min} to ${INCIDENT_POLICY_RANGE.max}`,
            UserErrorCode.OUT_OF_RANGE,
          );
      };
      minutes('reportMinutes');
      minutes('fireReportMinutes');
      minutes('ackMinutes');
      if (v.ok && input.fireReportMinutes > input.reportMinutes)
        v.add('fireReportMinutes', 'a fire must be reported no later than any other incident', UserErrorCode.INVALID);
      v.check();
      const current = await incidentPolicy(tx);
      // Picked, not spread: an entity's columns are not necessarily its own keys.
      const before = {
        reportMinutes: current.reportMinutes,
        fireReportMinutes: current.fireReportMinutes,
        ackMinutes: current.ackMinutes,
      };
      const policy = (await tx.findOne(IncidentPolicy, { id: 'company' })) ?? tx.create(IncidentPolicy, { ...before });
      Object.assign(policy, input, { updatedAt: ctx.clock(), updatedByName: ctx.viewer?.staff.name ?? null });
      audit.record({
        action: 'incident_policy.update',
        targetType: 'IncidentPolicy',
        targetKey: 'company',
        // The order-maintenance director keeps it (OM-6, DIR-4): their department's record.
        departmentKey: 'order_maintenance',
        before,
        after: {
          reportMinutes: policy.reportMinutes,
          fireReportMinutes: policy.fireReportMinutes,
          ackMinutes: policy.ackMinutes,
        },
      });
      return policy;
    });
    return { policy: outcome.result, userErrors: outcome.userErrors };
  }

  @Mutation(() => CasePayload, {
    description:
      'Add to an incident as it is handled: people and vehicles involved, actions, losses, authorities told.',
  })
  async updateIncident(@Arg('input', () => UpdateIncidentInput) input: UpdateIncidentInput, @Ctx() ctx: Context) {
    return casePayload(await updateIncidentStep(ctx, input));
  }

  @Mutation(() => CasePayload, {
    description:
      'Acknowledge a matter escalated to you: the duty chain stops climbing; the note carries your instructions.',
  })
  async acknowledgeEscalation(@Arg('input', () => CaseStepInput) input: CaseStepInput, @Ctx() ctx: Context) {
    return casePayload(await acknowledgeEscalationStep(ctx, input));
  }
}

@Resolver(() => Case)
export class CaseEscalationResolver {
  @FieldResolver(() => [Escalation], { description: 'Its reports up the duty chain, oldest first (R17).' })
  escalations(@Root() c: Case, @Ctx() ctx: Context): Promise<Escalation[]> {
    return escalationsOf(ctx, c.id);
  }

  @FieldResolver(() => Escalation, {
    nullable: true,
    description: 'The latest report up the duty chain: who holds it now and whether they acknowledged it.',
  })
  async currentEscalation(@Root() c: Case, @Ctx() ctx: Context): Promise<Escalation | null> {
    return (await escalationsOf(ctx, c.id)).at(-1) ?? null;
  }
}

@Resolver(() => Escalation)
export class EscalationResolver {
  @FieldResolver(() => Staff, {
    nullable: true,
    description: 'Whom it went to, if you may see them (`toName` always).',
  })
  to(@Root() e: Escalation, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffOf(ctx, e.to.unwrap().id);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who acknowledged it.' })
  acknowledgedBy(@Root() e: Escalation, @Ctx() ctx: Context): Promise<Staff | null> {
    return staffOf(ctx, e.acknowledgedBy?.unwrap().id);
  }

  @FieldResolver(() => Boolean, {
    description: 'Waiting for its acknowledgement now (not acknowledged, not passed on).',
  })
  waiting(@Root() e: Escalation): boolean {
    return !e.acknowledgedAt && !e.passedOnAt;
  }
}

@Resolver(() => IncidentDetails)
export class IncidentDetailsResolver {
  @FieldResolver(() => Area, { nullable: true, description: 'The area where it happened.' })
  area(@Root() d: IncidentDetails, @Ctx() ctx: Context): Promise<Area | null> | null {
    return d.areaId ? ctx.em.getReference(Area, d.areaId, { wrapped: true }).load() : null;
  }
}

export const incidentResolvers = [
  IncidentResolver,
  CaseEscalationResolver,
  EscalationResolver,
  IncidentDetailsResolver,
] as const;
