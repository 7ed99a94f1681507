import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { loadOne } from '../../graphql/batch.js';
import { Connection, type ConnectionShape } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { Locale, pickText } from '../../graphql/locale.js';
import { registerNodeType } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { Building } from '../customers/building.entity.js';
import { Unit } from '../customers/unit.entity.js';
import { UnitService } from '../customers/unit.service.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { PageArgsType } from '../staff/staff.resolver.js';
import { StaffService } from '../staff/staff.service.js';
import { mayEdit, mayIssue, maySeeProgress, mayWithdraw, noticeReadFilter } from './notice.access.js';
import { Notice } from './notice.entity.js';
import { NoticeAudience, NoticeEffectiveStatus, NoticeStatus } from './notice.enums.js';
import {
  DraftNoticeInput,
  NoticeFilter,
  NoticeStepInput,
  UpdateNoticeInput,
  WithdrawNoticeInput,
} from './notice.inputs.js';
import { effectiveStatus } from './notice.rules.js';
import { NoticeService, type Reader } from './notice.service.js';
import { NoticeAcknowledgement } from './notice-acknowledgement.entity.js';

registerNodeType({
  typename: 'Notice',
  entity: Notice,
  keyOf: (n) => n.id,
  load: (ctx, keys) => new NoticeService(ctx).byIds(keys),
});
registerNodeType({
  typename: 'NoticeAcknowledgement',
  entity: NoticeAcknowledgement,
  keyOf: (a) => a.id,
  // Your own, or any of a notice whose progress you may follow.
  load: async (ctx, keys) => {
    const viewer = ctx.viewer;
    if (!viewer) return [];
    const rows = await ctx.em.find(
      NoticeAcknowledgement,
      { id: { $in: [...keys] }, notice: noticeReadFilter(viewer) } as never,
      { populate: ['notice'] },
    );
    return rows.filter((a) => a.staff.unwrap().id === viewer.staff.id || maySeeProgress(viewer, a.notice.getEntity()));
  },
});

export const NoticeConnection = Connection(Notice, 'Notice');
export const NoticeAcknowledgementConnection = Connection(NoticeAcknowledgement, 'NoticeAcknowledgement');

@ObjectType('NoticePayload', { description: 'The result of a change to a notice.' })
class NoticePayload {
  @Field(() => Notice, { nullable: true, description: 'The notice after the change; null when refused.' })
  notice: Notice | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('NoticeAudienceMember', { description: 'A member of staff a notice asks to acknowledge it.' })
class NoticeAudienceMember {
  @Field(() => String, { description: 'Their name.' })
  name: string;

  reader: Reader;
}

const payload = (o: { result: Notice | null; userErrors: UserError[] }): NoticePayload => ({
  notice: o.result,
  userErrors: o.userErrors,
});

@Resolver(() => Notice)
export class NoticeResolver {
  @Authorized('notice.read')
  @Query(() => NoticeConnection, {
    description: 'Notices you may see, newest first: every issued one, and drafts of your department.',
  })
  notices(
    @Arg('filter', () => NoticeFilter, { nullable: true }) filter: NoticeFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Notice>> {
    return new NoticeService(ctx).list(filter, page);
  }

  @Authorized('notice.read')
  @Query(() => Notice, { nullable: true, description: 'One notice; null if not found or not visible to you.' })
  notice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Notice | null> {
    return new NoticeService(ctx).byId(id);
  }

  @Authorized('notice.read')
  @Query(() => Int, { description: 'How many issued notices you must still acknowledge.' })
  myPendingAcknowledgements(@Ctx() ctx: Context): Promise<number> {
    return new NoticeService(ctx).pendingCount();
  }

  @Authorized('notice.create')
  @Mutation(() => NoticePayload, { description: 'Draft a notice for your department (issued later by an approver).' })
  async draftNotice(@Arg('input', () => DraftNoticeInput) input: DraftNoticeInput, @Ctx() ctx: Context) {
    return payload(await new NoticeService(ctx).draft(input));
  }

  @Authorized('notice.create', 'notice.handle')
  @Mutation(() => NoticePayload, { description: 'Rewrite a draft (only drafts can be changed).' })
  async updateNotice(@Arg('input', () => UpdateNoticeInput) input: UpdateNoticeInput, @Ctx() ctx: Context) {
    return payload(await new NoticeService(ctx).update(input));
  }

  @Authorized('notice.approve')
  @Mutation(() => NoticePayload, {
    description: 'Approve and issue a draft: it gets its issue date, and everyone who must acknowledge it is notified.',
  })
  async issueNotice(@Arg('input', () => NoticeStepInput) input: NoticeStepInput, @Ctx() ctx: Context) {
    return payload(await new NoticeService(ctx).issue(input));
  }

  @Authorized('notice.handle', 'notice.approve')
  @Mutation(() => NoticePayload, {
    description: 'Take a notice down (or give up a draft), with the reason; it stays on record.',
  })
  async withdrawNotice(@Arg('input', () => WithdrawNoticeInput) input: WithdrawNoticeInput, @Ctx() ctx: Context) {
    return payload(await new NoticeService(ctx).withdraw(input));
  }

  @Authorized('notice.read')
  @Mutation(() => NoticePayload, {
    description:
      'Confirm you have read an issued, unexpired notice addressed to you; a second time answers `ALREADY_DONE`.',
  })
  async acknowledgeNotice(@Arg('input', () => NoticeStepInput) input: NoticeStepInput, @Ctx() ctx: Context) {
    return payload(await new NoticeService(ctx).acknowledge(input));
  }

  // ---- fields --------------------------------------------------------------------------

  @FieldResolver(() => NoticeEffectiveStatus, {
    description: 'The status right now: scheduled before `publishAt`, expired after `expiresAt`.',
  })
  effectiveStatus(@Root() n: Notice, @Ctx() ctx: Context): NoticeEffectiveStatus {
    return effectiveStatus(n, ctx.clock());
  }

  @FieldResolver(() => Boolean, { description: 'Issued, and `expiresAt` has passed: it should be taken down.' })
  isExpired(@Root() n: Notice, @Ctx() ctx: Context): boolean {
    return effectiveStatus(n, ctx.clock()) === NoticeEffectiveStatus.EXPIRED;
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The issuing department; null: the company.' })
  department(@Root() n: Notice): Promise<Department | null> | null {
    return n.department?.load() ?? null;
  }

  @FieldResolver(() => Site, { nullable: true, description: 'The site it is for; null when for every site.' })
  site(@Root() n: Notice): Promise<Site | null> | null {
    return n.site?.load() ?? null;
  }

  @FieldResolver(() => Building, {
    nullable: true,
    description: 'The building it is for (BUILDING or UNIT audience), if you may see customer files there.',
  })
  async building(@Root() n: Notice, @Ctx() ctx: Context): Promise<Building | null> {
    if (!n.building) return null;
    return await loadOne(ctx, 'Building', (ids) => new UnitService(ctx).buildingsByIds(ids), n.building.unwrap().id);
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'The unit it is for (UNIT audience), if you may see customer files there.',
  })
  async unit(@Root() n: Notice, @Ctx() ctx: Context): Promise<Unit | null> {
    if (!n.unit) return null;
    return await loadOne(ctx, 'Unit', (ids) => new UnitService(ctx).unitsByIds(ids), n.unit.unwrap().id);
  }

  @FieldResolver(() => String, {
    description: 'Whom it is for, in words anyone who reads the notice may see: “翠湖花园 · 3栋”.',
  })
  async audienceLabel(
    @Root() n: Notice,
    @Ctx() ctx: Context,
    @Arg('locale', () => Locale, { nullable: true, description: 'Language; defaults to the request’s.' })
    locale?: Locale | null,
  ): Promise<string> {
    const lang = locale ?? ctx.locale;
    if (n.audience === NoticeAudience.ALL_SITES) return pickText(lang, '全部物业', 'All sites');
    const site = await n.site?.load();
    const parts = [site ? pickText(lang, site.nameZh, site.nameEn) : ''];
    if (n.building) parts.push((await n.building.load())?.name ?? '');
    if (n.unit) parts.push((await n.unit.load())?.code ?? '');
    return parts.filter(Boolean).join(' · ');
  }

  @FieldResolver(() => [Department], {
    description: 'Departments whose staff must acknowledge it; empty: everyone (when it asks for acknowledgement).',
  })
  acknowledgementDepartments(@Root() n: Notice, @Ctx() ctx: Context): Promise<Department[]> {
    return new NoticeService(ctx).acknowledgementDepartments(n);
  }

  @FieldResolver(() => String, { description: 'Who drafted it.' })
  async authorName(@Root() n: Notice): Promise<string> {
    return (await n.author.load())?.name ?? '';
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who issued (approved) it.' })
  async issuedByName(@Root() n: Notice): Promise<string | null> {
    return n.issuedBy ? ((await n.issuedBy.load())?.name ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who withdrew it.' })
  async withdrawnByName(@Root() n: Notice): Promise<string | null> {
    return n.withdrawnBy ? ((await n.withdrawnBy.load())?.name ?? null) : null;
  }

  @FieldResolver(() => Boolean, { description: 'You have acknowledged it.' })
  acknowledgedByMe(@Root() n: Notice, @Ctx() ctx: Context): Promise<boolean> {
    return new NoticeService(ctx).acknowledgedByMe(n);
  }

  @FieldResolver(() => Boolean, {
    description: 'You are asked to acknowledge it and have not yet, and it is issued and unexpired.',
  })
  viewerMustAcknowledge(@Root() n: Notice, @Ctx() ctx: Context): Promise<boolean> {
    return new NoticeService(ctx).mustAcknowledge(n);
  }

  @FieldResolver(() => Int, {
    description:
      'How many staff must acknowledge it: the active staff of the named departments, its author and issuer aside.',
  })
  async audienceSize(@Root() n: Notice, @Ctx() ctx: Context): Promise<number> {
    return (await new NoticeService(ctx).progress(n)).audience.length;
  }

  @FieldResolver(() => Int, { description: 'How many of them have acknowledged it.' })
  async acknowledgementCount(@Root() n: Notice, @Ctx() ctx: Context): Promise<number> {
    const { audience, acknowledged } = await new NoticeService(ctx).progress(n);
    return audience.filter((r) => acknowledged.has(r.staff.id)).length;
  }

  @FieldResolver(() => NoticeAcknowledgementConnection, {
    nullable: true,
    description:
      'Everyone who acknowledged it, earliest first; null unless you may follow its progress ' +
      '(its department, `notice.handle`; approvers, `notice.approve`; its author).',
  })
  acknowledgements(
    @Root() n: Notice,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<NoticeAcknowledgement>> | null {
    if (!ctx.viewer || !maySeeProgress(ctx.viewer, n)) return null;
    return new NoticeService(ctx).acknowledgements(n, page);
  }

  @FieldResolver(() => [NoticeAudienceMember], {
    nullable: true,
    description: 'Who must acknowledge it and has not yet; null unless you may follow its progress.',
  })
  async pendingAcknowledgers(@Root() n: Notice, @Ctx() ctx: Context): Promise<NoticeAudienceMember[] | null> {
    if (!ctx.viewer || !maySeeProgress(ctx.viewer, n)) return null;
    const { audience, acknowledged } = await new NoticeService(ctx).progress(n);
    return audience.filter((r) => !acknowledged.has(r.staff.id)).map((reader) => ({ name: reader.staff.name, reader }));
  }

  @FieldResolver(() => Boolean, { description: 'You may rewrite it now (a draft of your department, or your own).' })
  viewerCanEdit(@Root() n: Notice, @Ctx() ctx: Context): boolean {
    return !!ctx.viewer && n.status === NoticeStatus.DRAFT && mayEdit(ctx.viewer, n);
  }

  @FieldResolver(() => Boolean, { description: 'You may issue it now (a draft, and you approve notices).' })
  viewerCanIssue(@Root() n: Notice, @Ctx() ctx: Context): boolean {
    return !!ctx.viewer && n.status === NoticeStatus.DRAFT && mayIssue(ctx.viewer, n);
  }

  @FieldResolver(() => Boolean, { description: 'You may withdraw it now.' })
  viewerCanWithdraw(@Root() n: Notice, @Ctx() ctx: Context): boolean {
    return !!ctx.viewer && n.status !== NoticeStatus.WITHDRAWN && mayWithdraw(ctx.viewer, n);
  }
}

@Resolver(() => NoticeAudienceMember)
export class NoticeAudienceMemberResolver {
  @FieldResolver(() => Department, { nullable: true, description: 'Their department.' })
  department(@Root() m: NoticeAudienceMember): Promise<Department | null> | null {
    return m.reader.staff.department?.load() ?? null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Their staff record, if you may see it.' })
  async staff(@Root() m: NoticeAudienceMember, @Ctx() ctx: Context): Promise<Staff | null> {
    return await loadOne(ctx, 'Staff', (ids) => new StaffService(ctx).byIds(ids), m.reader.staff.id);
  }
}

@Resolver(() => NoticeAcknowledgement)
export class NoticeAcknowledgementResolver {
  @FieldResolver(() => Notice, { description: 'The notice.' })
  notice(@Root() a: NoticeAcknowledgement): Promise<Notice> {
    return a.notice.load() as Promise<Notice>;
  }

  @FieldResolver(() => Department, { nullable: true, description: 'Their department then.' })
  department(@Root() a: NoticeAcknowledgement): Promise<Department | null> | null {
    return a.department?.load() ?? null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Their staff record, if you may see it.' })
  async staff(@Root() a: NoticeAcknowledgement, @Ctx() ctx: Context): Promise<Staff | null> {
    return await loadOne(ctx, 'Staff', (ids) => new StaffService(ctx).byIds(ids), a.staff.unwrap().id);
  }
}

export const noticeResolvers = [NoticeResolver, NoticeAudienceMemberResolver, NoticeAcknowledgementResolver] as const;
