import type { FilterQuery } from '@mikro-orm/core';
import type { QBFilterQuery } from '@mikro-orm/knex';
import { GraphQLJSON } from 'graphql-scalars';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { loadOne } from '../../graphql/batch.js';
import { Connection, type ConnectionShape, checkRange, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { fromGlobalId, registerNodeType } from '../../graphql/node.js';
import { forbidden } from '../permissions/auth-checker.js';
import { Staff } from '../staff/staff.entity.js';
import { PageArgsType } from '../staff/staff.resolver.js';
import { StaffService } from '../staff/staff.service.js';
import { auditScope } from './audit.access.js';
import { AuditEvent } from './audit-event.entity.js';

registerNodeType({
  typename: 'AuditEvent',
  entity: AuditEvent,
  keyOf: (e) => e.id,
  load: async (ctx, keys) => {
    const scope = ctx.viewer && auditScope(ctx.viewer);
    return scope ? ctx.em.find(AuditEvent, { $and: [{ id: { $in: [...keys] } }, scope] }) : [];
  },
});

export const AuditEventConnection = Connection(AuditEvent, 'AuditEvent');

@InputType('AuditEventFilter', { description: 'Narrows `auditEvents`; all given conditions must hold.' })
export class AuditEventFilter {
  @Field(() => Date, { nullable: true, description: 'From this time (inclusive).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this time (exclusive).' })
  to?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Action, e.g. `staff.onboard`, or a prefix ending in `.`, e.g. `staff.`.',
  })
  action?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of the changed record.' })
  targetId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of the staff member who acted.' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Kind of record changed: its type name, e.g. `Case`.' })
  targetType?: string | null;

  @Field(() => String, { nullable: true, description: 'Only changes within this department (its key).' })
  departmentKey?: string | null;
}

@ObjectType('FieldChange', { description: 'One field of a changed record: its value before and after.' })
class FieldChange {
  @Field(() => String, { description: 'The field.' })
  field: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Before (secrets appear as "[redacted]").' })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'After (secrets appear as "[redacted]").' })
  after: unknown;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized('audit.read')
  @Query(() => AuditEventConnection, { description: 'The audit trail you may read, newest first.' })
  auditEvents(
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<AuditEvent>> {
    const scope = ctx.viewer && auditScope(ctx.viewer);
    if (!scope) throw forbidden();
    const where: FilterQuery<AuditEvent>[] = [scope];
    checkRange(filter?.from, filter?.to);
    if (filter?.from) where.push({ occurredAt: { $gte: filter.from } });
    if (filter?.to) where.push({ occurredAt: { $lt: filter.to } });
    if (filter?.action) {
      if (filter.action.length > 64) throw badInput('action', 'must be at most 64 characters');
      where.push(
        filter.action.endsWith('.')
          ? { action: { $like: `${filter.action.replace(/[%_]/g, '_')}%` } }
          : { action: filter.action },
      );
    }
    if (filter?.targetId) where.push({ targetId: filter.targetId.slice(0, 100) });
    if (filter?.targetType) where.push({ targetType: filter.targetType.slice(0, 64) });
    if (filter?.departmentKey) where.push({ departmentKey: filter.departmentKey.slice(0, 64) });
    if (filter?.actorId) {
      const actor = fromGlobalId(filter.actorId);
      where.push({ actorStaff: actor?.typename === 'Staff' ? actor.key : '' });
    }
    return paginate(
      ctx.em,
      AuditEvent,
      { $and: where },
      [
        ['occurredAt', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (e) => [e.occurredAt.toISOString(), e.id],
      ([at, id]) => [new Date(String(at)), id],
    );
  }

  @Authorized('audit.read')
  @Query(() => [String], {
    description:
      'The actions on record within your reach (e.g. `case.referred`), sorted: what `auditEvents` can be filtered by.',
  })
  async auditActions(@Ctx() ctx: Context): Promise<string[]> {
    const scope = ctx.viewer && auditScope(ctx.viewer);
    if (!scope) throw forbidden();
    // Read from the record itself, so every feature's actions appear without a list to keep.
    const rows = await ctx.em
      .createQueryBuilder(AuditEvent)
      .select('action', true)
      .where(scope as QBFilterQuery<AuditEvent>)
      .orderBy({ action: 'asc' })
      .execute<{ action: string }[]>('all', false);
    return rows.map((r) => r.action);
  }

  @FieldResolver(() => Staff, {
    nullable: true,
    description: 'Who acted, if you may see them (their name is always in `actorName`).',
  })
  async actor(@Root() e: AuditEvent, @Ctx() ctx: Context): Promise<Staff | null> {
    if (!e.actorStaff) return null;
    return loadOne(ctx, 'Staff', (ids) => new StaffService(ctx).byIds(ids), e.actorStaff.unwrap().id);
  }

  @FieldResolver(() => Boolean, { description: 'True when the change was made with an API token.' })
  viaToken(@Root() e: AuditEvent): boolean {
    return e.actorToken !== null;
  }

  @FieldResolver(() => [FieldChange], { description: 'What changed, field by field.' })
  changes(@Root() e: AuditEvent): FieldChange[] {
    return Object.entries(e.changes).map(([field, c]) => ({ field, before: c.before, after: c.after }));
  }
}
