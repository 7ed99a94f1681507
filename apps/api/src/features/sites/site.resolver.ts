import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Locale, pickText } from '../../graphql/locale.js';
import { registerNodeType } from '../../graphql/node.js';
import { Site } from './site.entity.js';

registerNodeType({
  typename: 'Site',
  entity: Site,
  keyOf: (s) => s.code,
  load: (ctx, keys) => (ctx.viewer ? ctx.em.find(Site, { code: { $in: [...keys] } }) : Promise.resolve([])),
});

@Resolver(() => Site)
export class SiteResolver {
  @Query(() => [Site], { description: 'The properties the company manages (any signed-in member of staff).' })
  sites(@Ctx() ctx: Context): Promise<Site[]> {
    return ctx.em.find(Site, {}, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => String, { description: 'Its name.' })
  name(
    @Root() s: Site,
    @Ctx() ctx: Context,
    @Arg('locale', () => Locale, { nullable: true, description: 'Language; defaults to the request’s.' })
    locale?: Locale | null,
  ): string {
    return pickText(locale ?? ctx.locale, s.nameZh, s.nameEn);
  }
}
