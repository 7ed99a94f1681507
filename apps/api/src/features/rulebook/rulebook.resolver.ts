import { Arg, Authorized, Ctx, createUnionType, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { leanCollection } from '../../graphql/batch.js';
import type { Context } from '../../graphql/context.js';
import { Locale, pickText } from '../../graphql/locale.js';
import { registerNodeType } from '../../graphql/node.js';
import { Department } from './department.entity.js';
import { Duty } from './duty.entity.js';
import { Position } from './position.entity.js';
import { PositionOrigin } from './rulebook.enums.js';
import { DutyFilter } from './rulebook.inputs.js';
import { RulebookService } from './rulebook.service.js';

const service = (ctx: Context) => new RulebookService(ctx.em);
/** The rulebook is company-wide reference data: one permission reads all of it. */
const mayRead = (ctx: Context) => ctx.viewer?.grants.has('rulebook.read') ?? false;

registerNodeType({
  typename: 'Department',
  entity: Department,
  keyOf: (d) => d.key,
  load: async (ctx, keys) => (mayRead(ctx) ? service(ctx).departmentsByKeys(keys) : []),
});
registerNodeType({
  typename: 'Position',
  entity: Position,
  keyOf: (p) => p.key,
  load: async (ctx, keys) => (mayRead(ctx) ? service(ctx).positionsByKeys(keys) : []),
});
registerNodeType({
  typename: 'Duty',
  entity: Duty,
  keyOf: (d) => d.citation,
  load: async (ctx, keys) => (mayRead(ctx) ? service(ctx).dutiesByCitations(keys) : []),
});

/** The language of one field: the argument if given, else the request's locale. */
const localeArg = () =>
  Arg('locale', () => Locale, {
    nullable: true,
    description: 'Language of the text; defaults to the viewer’s language, then `Accept-Language`, then Chinese.',
  });
const want = (ctx: Context, locale: Locale | null | undefined) => locale ?? ctx.locale;

export const DutyOwner = createUnionType({
  name: 'DutyOwner',
  description: 'Whoever a duty belongs to: a department as a whole, or one position.',
  types: () => [Department, Position] as const,
  resolveType: (value) => (value instanceof Department ? Department : Position),
});

@Resolver()
export class RulebookQueryResolver {
  @Authorized('rulebook.read')
  @Query(() => [Department], { description: 'Every department of the company, in rulebook order.' })
  departments(@Ctx() ctx: Context): Promise<Department[]> {
    return service(ctx).departments();
  }

  @Authorized('rulebook.read')
  @Query(() => Department, { nullable: true, description: 'One department by its key; null if there is none.' })
  department(@Arg('key', () => String) key: string, @Ctx() ctx: Context): Promise<Department | null> {
    return service(ctx).department(key);
  }

  @Authorized('rulebook.read')
  @Query(() => [Position], { description: 'Every position (post) of the company, top of the chain first.' })
  positions(
    @Ctx() ctx: Context,
    @Arg('origin', () => PositionOrigin, {
      nullable: true,
      description: 'Only those named by the rulebook, or only the company’s own.',
    })
    origin?: PositionOrigin | null,
  ): Promise<Position[]> {
    return service(ctx).positions(origin);
  }

  @Authorized('rulebook.read')
  @Query(() => Position, { nullable: true, description: 'One position by its key; null if there is none.' })
  position(@Arg('key', () => String) key: string, @Ctx() ctx: Context): Promise<Position | null> {
    return service(ctx).position(key);
  }

  @Authorized('rulebook.read')
  @Query(() => [Duty], { description: 'Numbered duties, departments’ first, then positions’, each in number order.' })
  duties(
    @Arg('filter', () => DutyFilter, { nullable: true }) filter: DutyFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Duty[]> {
    return service(ctx).duties(filter);
  }
}

@Resolver(() => Department)
export class DepartmentResolver {
  @FieldResolver(() => String, { description: 'Its name, e.g. 客户服务部 / Customer Service Department.' })
  name(@Root() d: Department, @Ctx() ctx: Context, @localeArg() locale?: Locale | null): string {
    return pickText(want(ctx, locale), d.nameZh, d.nameEn);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Its overall responsibility, as the rulebook states it.',
  })
  summary(@Root() d: Department, @Ctx() ctx: Context, @localeArg() locale?: Locale | null): string | null {
    return pickText(want(ctx, locale), d.summaryZh, d.summaryEn);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Title of its rulebook chapter.' })
  chapterTitle(@Root() d: Department, @Ctx() ctx: Context, @localeArg() locale?: Locale | null): string | null {
    return pickText(want(ctx, locale), d.chapterTitleZh, d.chapterTitleEn);
  }

  @FieldResolver(() => Position, { nullable: true, description: 'The post it answers to.' })
  reportsTo(@Root() d: Department): Promise<Position | null> | null {
    return d.reportsTo?.load() ?? null;
  }

  @FieldResolver(() => Position, { nullable: true, description: 'The post that heads it, where the text names one.' })
  head(@Root() d: Department): Promise<Position | null> | null {
    return d.head?.load() ?? null;
  }

  @FieldResolver(() => Department, {
    nullable: true,
    description: 'A department this may be another name for (the text is not conclusive).',
  })
  possiblySameAs(@Root() d: Department): Promise<Department | null> | null {
    return d.possiblySameAs?.load() ?? null;
  }

  @FieldResolver(() => [Position], { description: 'Its positions, top of the chain first.' })
  positions(@Root() d: Department, @Ctx() ctx: Context): Promise<Position[]> {
    return leanCollection(ctx, Department, d, 'positions');
  }

  @FieldResolver(() => [Duty], { description: 'Its numbered duties as a department, in order.' })
  duties(@Root() d: Department, @Ctx() ctx: Context): Promise<Duty[]> {
    return leanCollection(ctx, Department, d, 'duties');
  }
}

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => String, { description: 'Its title, e.g. 秩序维护领班 / Order Maintenance Shift Leader.' })
  name(@Root() p: Position, @Ctx() ctx: Context, @localeArg() locale?: Locale | null): string {
    return pickText(want(ctx, locale), p.nameZh, p.nameEn);
  }

  @FieldResolver(() => Department, {
    nullable: true,
    description: 'The department it belongs to; null for company-level posts.',
  })
  department(@Root() p: Position): Promise<Department | null> | null {
    return p.department?.load() ?? null;
  }

  @FieldResolver(() => Position, { nullable: true, description: 'The post it answers to; null at the top.' })
  reportsTo(@Root() p: Position): Promise<Position | null> | null {
    return p.reportsTo?.load() ?? null;
  }

  @FieldResolver(() => [Position], { description: 'The posts that answer to it directly.' })
  async directReports(@Root() p: Position): Promise<Position[]> {
    return (await p.directReports.load()).getItems();
  }

  @FieldResolver(() => [Position], {
    description: 'This post and every post above it, up to the top: the path a matter beyond its authority travels.',
  })
  reportingChain(@Root() p: Position, @Ctx() ctx: Context): Promise<Position[]> {
    return service(ctx).reportingChain(p);
  }

  @FieldResolver(() => [Duty], { description: 'Its numbered duties, in order.' })
  async duties(@Root() p: Position): Promise<Duty[]> {
    return (await p.duties.load()).getItems();
  }
}

@Resolver(() => Duty)
export class DutyResolver {
  @FieldResolver(() => String, { description: 'The duty’s text.' })
  text(@Root() d: Duty, @Ctx() ctx: Context, @localeArg() locale?: Locale | null): string {
    return pickText(want(ctx, locale), d.textZh, d.textEn);
  }

  @FieldResolver(() => DutyOwner, { description: 'The department or position the duty belongs to.' })
  async owner(@Root() d: Duty): Promise<Department | Position> {
    const owner = (await d.department?.load()) ?? (await d.position?.load());
    if (!owner) throw new Error(`duty ${d.citation} has no owner`);
    return owner;
  }
}

export const rulebookResolvers = [RulebookQueryResolver, DepartmentResolver, PositionResolver, DutyResolver] as const;
