import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Locale, pickText } from '../../graphql/locale.js';
import { registerNodeType, toGlobalId } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { Site } from '../sites/site.entity.js';
import { Area } from './area.entity.js';
import { Checkpoint } from './checkpoint.entity.js';
import { formatCheckpointCode, qrSvg, scanUrlOf } from './checkpoint-code.js';
import { mayManagePlaces } from './place.access.js';
import { CreateAreaInput, CreateCheckpointInput, UpdateAreaInput, UpdateCheckpointInput } from './place.inputs.js';
import { PlaceService } from './place.service.js';

registerNodeType({
  typename: 'Area',
  entity: Area,
  keyOf: (a) => a.id,
  load: (ctx, keys) => new PlaceService(ctx).areasByIds(keys),
});
registerNodeType({
  typename: 'Checkpoint',
  entity: Checkpoint,
  keyOf: (c) => c.id,
  load: (ctx, keys) => new PlaceService(ctx).checkpointsByIds(keys),
});

@ObjectType('AreaPayload', { description: 'The result of a change to an area.' })
class AreaPayload {
  @Field(() => Area, { nullable: true, description: 'The area as changed; null when refused.' })
  area: Area | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('CheckpointPayload', { description: 'The result of a change to a checkpoint.' })
class CheckpointPayload {
  @Field(() => Checkpoint, { nullable: true, description: 'The checkpoint as changed; null when refused.' })
  checkpoint: Checkpoint | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

/** The scan page's address for a checkpoint, when the viewer may print its card and the request has an origin. */
function scanUrl(c: Checkpoint, ctx: Context): string | null {
  if (!ctx.viewer || !ctx.origin || !mayManagePlaces(ctx.viewer, c.site.unwrap().code)) return null;
  return scanUrlOf(ctx.origin, c.code);
}

@Resolver(() => Area)
export class AreaResolver {
  @Authorized('place.read')
  @Query(() => [Area], {
    description: 'The areas of the sites you may see (one site when named), in patrol order: gate first.',
  })
  areas(
    @Arg('siteCode', () => String, { nullable: true, description: 'Only this site.' }) siteCode: string | null,
    @Arg('includeInactive', () => Boolean, { defaultValue: false, description: 'Deactivated areas too.' })
    includeInactive: boolean,
    @Ctx() ctx: Context,
  ): Promise<Area[]> {
    return new PlaceService(ctx).areas(siteCode, includeInactive);
  }

  @Authorized('place.read')
  @Query(() => Checkpoint, {
    nullable: true,
    description: 'The checkpoint a scanned code names (dashes and case do not matter); null if none you may see.',
  })
  checkpointByCode(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<Checkpoint | null> {
    return new PlaceService(ctx).checkpointByCode(code);
  }

  @Authorized('place.manage')
  @Mutation(() => AreaPayload, { description: 'Add an area to a site.' })
  async createArea(@Arg('input', () => CreateAreaInput) input: CreateAreaInput, @Ctx() ctx: Context) {
    const o = await new PlaceService(ctx).createArea(input);
    return { area: o.result, userErrors: o.userErrors };
  }

  @Authorized('place.manage')
  @Mutation(() => AreaPayload, { description: 'Change an area, or deactivate it (nothing is deleted).' })
  async updateArea(@Arg('input', () => UpdateAreaInput) input: UpdateAreaInput, @Ctx() ctx: Context) {
    const o = await new PlaceService(ctx).updateArea(input);
    return { area: o.result, userErrors: o.userErrors };
  }

  @FieldResolver(() => String, { description: 'Its name.' })
  name(
    @Root() a: Area,
    @Ctx() ctx: Context,
    @Arg('locale', () => Locale, { nullable: true, description: 'Language; defaults to the request’s.' })
    locale?: Locale | null,
  ): string {
    return pickText(locale ?? ctx.locale, a.nameZh, a.nameEn);
  }

  @FieldResolver(() => Site, { description: 'The site.' })
  site(@Root() a: Area): Promise<Site> {
    return a.site.load() as Promise<Site>;
  }

  @FieldResolver(() => [Checkpoint], { description: 'Its checkpoints, by name.' })
  checkpoints(
    @Root() a: Area,
    @Ctx() ctx: Context,
    @Arg('includeInactive', () => Boolean, { defaultValue: false, description: 'Deactivated ones too.' })
    includeInactive: boolean,
  ): Promise<Checkpoint[]> {
    return new PlaceService(ctx).checkpointsOf(a, includeInactive);
  }

  @FieldResolver(() => Boolean, { description: 'You may change it (`place.manage` reaching its site).' })
  viewerMayManage(@Root() a: Area, @Ctx() ctx: Context): boolean {
    return !!ctx.viewer && mayManagePlaces(ctx.viewer, a.site.unwrap().code);
  }
}

@Resolver(() => Checkpoint)
export class CheckpointResolver {
  @Authorized('place.manage')
  @Mutation(() => CheckpointPayload, { description: 'Add a patrol checkpoint to an area; it gets its own code.' })
  async createCheckpoint(@Arg('input', () => CreateCheckpointInput) input: CreateCheckpointInput, @Ctx() ctx: Context) {
    const o = await new PlaceService(ctx).createCheckpoint(input);
    return { checkpoint: o.result, userErrors: o.userErrors };
  }

  @Authorized('place.manage')
  @Mutation(() => CheckpointPayload, {
    description: 'Change a checkpoint: rename, move within its site, deactivate, or renew its code.',
  })
  async updateCheckpoint(@Arg('input', () => UpdateCheckpointInput) input: UpdateCheckpointInput, @Ctx() ctx: Context) {
    const o = await new PlaceService(ctx).updateCheckpoint(input);
    return { checkpoint: o.result, userErrors: o.userErrors };
  }

  @FieldResolver(() => Area, { description: 'The area it is in.' })
  area(@Root() c: Checkpoint): Promise<Area> {
    return c.area.load() as Promise<Area>;
  }

  @FieldResolver(() => Site, { description: 'The site.' })
  site(@Root() c: Checkpoint): Promise<Site> {
    return c.site.load() as Promise<Site>;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Its code, in groups of four (`K7QF-M2XD-9PAW`), for whoever keeps the site’s places; else null.',
  })
  code(@Root() c: Checkpoint, @Ctx() ctx: Context): string | null {
    return ctx.viewer && mayManagePlaces(ctx.viewer, c.site.unwrap().code) ? formatCheckpointCode(c.code) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'What its QR holds: the scan page’s address, `<origin>/scan/<code>`; null as for `code`.',
  })
  scanUrl(@Root() c: Checkpoint, @Ctx() ctx: Context): string | null {
    return scanUrl(c, ctx);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Its QR code as an SVG document (to print its card); null as for `code`.',
  })
  async qrSvg(@Root() c: Checkpoint, @Ctx() ctx: Context): Promise<string | null> {
    const url = scanUrl(c, ctx);
    return url ? qrSvg(url) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Where its QR code is served as a PNG (session or API token, same access as `qrSvg`).',
  })
  qrPngPath(@Root() c: Checkpoint, @Ctx() ctx: Context): string | null {
    if (!ctx.viewer || !mayManagePlaces(ctx.viewer, c.site.unwrap().code)) return null;
    return `/qr/checkpoints/${toGlobalId('Checkpoint', c.id)}.png`;
  }
}

export const placeResolvers = [AreaResolver, CheckpointResolver] as const;
