import { UserErrorCode } from '@steward/schema';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { UserError } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import { CaseKind, Priority } from './case.enums.js';
import { caseKinds } from './case.kinds.js';
import { defaultSla } from './sla.defaults.js';
import { SlaPolicy } from './sla-policy.entity.js';

const MAX_MINUTES = 365 * 24 * 60;

@InputType('SetSlaPolicyInput', { description: 'Deadlines for one kind at one priority.' })
class SetSlaPolicyInput {
  @Field(() => CaseKind, { description: 'Kind of case.' })
  kind: CaseKind;

  @Field(() => Priority, { description: 'Priority.' })
  priority: Priority;

  @Field(() => Int, { description: 'Minutes to the first response (1 to a year).' })
  responseMinutes: number;

  @Field(() => Int, { description: 'Minutes to the result (at least the response time, at most a year).' })
  resolutionMinutes: number;
}

@ObjectType('SlaPolicyPayload', { description: 'The result of changing a service level.' })
class SlaPolicyPayload {
  @Field(() => SlaPolicy, { nullable: true, description: 'The policy after the change.' })
  slaPolicy: SlaPolicy | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

/** Fills the table with the documented defaults on first start (never over the company's own figures). */
export async function ensureSlaPolicies(em: Context['em']): Promise<number> {
  if ((await em.count(SlaPolicy, {})) > 0) return 0;
  let n = 0;
  for (const { kind } of caseKinds()) {
    for (const priority of Object.values(Priority)) {
      const [responseMinutes, resolutionMinutes] = defaultSla(kind, priority);
      em.create(SlaPolicy, { id: `${kind}:${priority}`, kind, priority, responseMinutes, resolutionMinutes });
      n += 1;
    }
  }
  await em.flush();
  return n;
}

@Resolver()
export class SlaResolver {
  @Authorized('service_level.read')
  @Query(() => [SlaPolicy], { description: 'Response and resolution deadlines per kind and priority (P1, P2).' })
  slaPolicies(@Ctx() ctx: Context): Promise<SlaPolicy[]> {
    return ctx.em.find(SlaPolicy, {}, { orderBy: { kind: 'asc', priority: 'asc' } });
  }

  @Authorized('service_level.manage')
  @Mutation(() => SlaPolicyPayload, { description: 'Change the deadlines for one kind and priority (new cases only).' })
  async setSlaPolicy(@Arg('input', () => SetSlaPolicyInput) input: SetSlaPolicyInput, @Ctx() ctx: Context) {
    const o = await runMutation(ctx, async (tx, audit) => {
      const v = new Validator();
      const { responseMinutes, resolutionMinutes } = input;
      if (responseMinutes < 1 || responseMinutes > MAX_MINUTES) {
        v.add('responseMinutes', `must be from 1 to ${MAX_MINUTES}`, UserErrorCode.OUT_OF_RANGE);
      }
      if (resolutionMinutes < responseMinutes || resolutionMinutes > MAX_MINUTES) {
        v.add('resolutionMinutes', 'must be at least the response time and at most a year', UserErrorCode.OUT_OF_RANGE);
      }
      v.check();
      const id = `${input.kind}:${input.priority}`;
      const policy =
        (await tx.findOne(SlaPolicy, { id })) ??
        tx.create(SlaPolicy, { id, kind: input.kind, priority: input.priority, responseMinutes, resolutionMinutes });
      const before = { responseMinutes: policy.responseMinutes, resolutionMinutes: policy.resolutionMinutes };
      policy.responseMinutes = responseMinutes;
      policy.resolutionMinutes = resolutionMinutes;
      policy.updatedAt = ctx.clock();
      audit.record({
        action: 'sla.set',
        targetType: 'SlaPolicy',
        targetKey: id,
        before,
        after: { responseMinutes, resolutionMinutes },
      });
      return policy;
    });
    return { slaPolicy: o.result, userErrors: o.userErrors };
  }
}
