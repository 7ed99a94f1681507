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
import { Connection, type ConnectionShape } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { registerNodeType } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { PageArgsType } from '../staff/staff.resolver.js';
import { Contact } from './contact.entity.js';
import { ContactCategory } from './contact.enums.js';
import {
  ContactFilter,
  CreateContactInput,
  RetireContactInput,
  UpdateContactInput,
  VerifyContactInput,
} from './contact.inputs.js';
import { dialString } from './contact.rules.js';
import { ContactService, type SiteContactCoverageShape } from './contact.service.js';

registerNodeType({
  typename: 'Contact',
  entity: Contact,
  keyOf: (c) => c.id,
  load: (ctx, keys) => new ContactService(ctx).byIds(keys),
});

export const ContactConnection = Connection(Contact, 'Contact');

@ObjectType('ContactPayload', { description: 'The result of entering or changing a contact.' })
class ContactPayload {
  @Field(() => Contact, { nullable: true, description: 'The contact as it is now; null when refused.' })
  contact: Contact | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('SiteContactCoverage', {
  description: 'What a site’s registers lack (C28, C29): missing categories and stale entries.',
})
class SiteContactCoverage implements SiteContactCoverageShape {
  @Field(() => Site, { description: 'The site.' })
  site: Site;

  @Field(() => Int, { description: 'The staleness threshold used, in days (P11; default 180).' })
  staleAfterDays: number;

  @Field(() => [ContactCategory], {
    description: 'C29 (OM-7): authorities among POLICE, FIRE and TRAFFIC with no liaison contact in use.',
  })
  missingLiaison: ContactCategory[];

  @Field(() => [ContactCategory], {
    description: 'C28 (DIR-10): required emergency categories with no number in use, its own or company-wide.',
  })
  missingEmergency: ContactCategory[];

  @Field(() => [Contact], { description: 'C28: entries in use here not verified within the threshold.' })
  stale: Contact[];
}

const payload = (o: { result: Contact | null; userErrors: UserError[] }): ContactPayload => ({
  contact: o.result,
  userErrors: o.userErrors,
});

@Resolver(() => Contact)
export class ContactResolver {
  @Authorized('liaison.read')
  @Query(() => ContactConnection, {
    description: 'The emergency directory and liaison contacts you may read, by category then name.',
  })
  contacts(
    @Arg('filter', () => ContactFilter, { nullable: true, description: 'Which entries; those in use by default.' })
    filter: ContactFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Contact>> {
    return new ContactService(ctx).list(filter, page);
  }

  @Authorized('liaison.read')
  @Query(() => Contact, { nullable: true, description: 'One contact; null if not found or not visible to you.' })
  contact(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Contact | null> {
    return new ContactService(ctx).byId(id);
  }

  @Authorized('liaison.read')
  @Query(() => [SiteContactCoverage], {
    description:
      'For each site you may read (or the one named): what its registers lack — C28 (every required emergency number, none stale) and C29 (a liaison contact at the police, fire and traffic authorities).',
  })
  contactCoverage(
    @Arg('siteCode', () => String, { nullable: true, description: 'Only this site.' }) siteCode: string | null,
    @Arg('staleAfterDays', () => Int, {
      nullable: true,
      description: 'Staleness threshold in days (P11); default 180.',
    })
    staleAfterDays: number | null,
    @Ctx() ctx: Context,
  ): Promise<SiteContactCoverage[]> {
    return new ContactService(ctx).coverage(siteCode, staleAfterDays);
  }

  @Authorized('liaison.create')
  @Mutation(() => ContactPayload, { description: 'Enter an emergency number or a liaison contact (verified now).' })
  async createContact(@Arg('input', () => CreateContactInput) input: CreateContactInput, @Ctx() ctx: Context) {
    return payload(await new ContactService(ctx).create(input));
  }

  @Authorized('liaison.handle')
  @Mutation(() => ContactPayload, { description: 'Correct an entry in use.' })
  async updateContact(@Arg('input', () => UpdateContactInput) input: UpdateContactInput, @Ctx() ctx: Context) {
    return payload(await new ContactService(ctx).update(input));
  }

  @Authorized('liaison.handle')
  @Mutation(() => ContactPayload, {
    description: 'Record that an entry was checked just now and works: it is current again for 180 days (P11).',
  })
  async verifyContact(@Arg('input', () => VerifyContactInput) input: VerifyContactInput, @Ctx() ctx: Context) {
    return payload(await new ContactService(ctx).verify(input));
  }

  @Authorized('liaison.handle')
  @Mutation(() => ContactPayload, { description: 'Retire an entry no longer in use, with the reason (never deleted).' })
  async retireContact(@Arg('input', () => RetireContactInput) input: RetireContactInput, @Ctx() ctx: Context) {
    return payload(await new ContactService(ctx).retire(input));
  }

  // ---- fields --------------------------------------------------------------------------

  @FieldResolver(() => Site, { nullable: true, description: 'The site it is for; null: company-wide.' })
  site(@Root() c: Contact): Promise<Site> | null {
    return (c.site?.load() as Promise<Site> | undefined) ?? null;
  }

  @FieldResolver(() => String, {
    description: 'What a phone dials for `phone` (digits and a leading +): for `tel:` links.',
  })
  dial(@Root() c: Contact): string {
    return dialString(c.phone);
  }

  @FieldResolver(() => String, { nullable: true, description: 'What a phone dials for `altPhone`.' })
  altDial(@Root() c: Contact): string | null {
    return c.altPhone ? dialString(c.altPhone) : null;
  }

  @FieldResolver(() => Staff, { description: 'Who verified it last.' })
  verifiedBy(@Root() c: Contact): Promise<Staff> {
    return c.verifiedBy.load() as Promise<Staff>;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who retired it.' })
  retiredBy(@Root() c: Contact): Promise<Staff | null> | null {
    return c.retiredBy?.load() ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Still in use (not retired).' })
  active(@Root() c: Contact): boolean {
    return c.retiredAt === null;
  }

  @FieldResolver(() => Boolean, {
    description: 'Not verified within the threshold (P11): it must be checked again (C28).',
  })
  stale(
    @Root() c: Contact,
    @Ctx() ctx: Context,
    @Arg('afterDays', () => Int, { nullable: true, description: 'Threshold in days; default 180.' })
    afterDays: number | null,
  ): boolean {
    return new ContactService(ctx).isStale(c, afterDays);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may correct, verify or retire it now.' })
  canKeep(@Root() c: Contact, @Ctx() ctx: Context): boolean {
    return new ContactService(ctx).canKeep(c);
  }
}

export const contactResolvers = [ContactResolver] as const;
