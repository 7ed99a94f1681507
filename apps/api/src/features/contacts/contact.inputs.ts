import { Field, ID, InputType, Int } from 'type-graphql';
import { ContactCategory, ContactDirectory } from './contact.enums.js';

@InputType('CreateContactInput', {
  description: 'A new emergency number or liaison contact; the one who enters it has just verified it.',
})
export class CreateContactInput {
  @Field(() => ContactDirectory, { description: 'Emergency directory or liaison contact.' })
  directory: ContactDirectory;

  @Field(() => ContactCategory, { description: 'What it is for (a liaison: POLICE, FIRE, TRAFFIC or OTHER).' })
  category: ContactCategory;

  @Field(() => String, {
    nullable: true,
    description: 'The site it is for; none: company-wide (all-reaching keepers only).',
  })
  siteCode?: string | null;

  @Field(() => String, { description: 'The entry’s name or the organisation, at most 100 characters.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The person to ask for (at most 50); required for a liaison.' })
  person?: string | null;

  @Field(() => String, { nullable: true, description: 'Their role (at most 50).' })
  role?: string | null;

  @Field(() => String, { description: 'The number: 3–20 digits, with spaces, dashes and a leading + (at most 30).' })
  phone: string;

  @Field(() => String, { nullable: true, description: 'A second number, same rules.' })
  altPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'When and how to use it (at most 500).' })
  note?: string | null;
}

@InputType('UpdateContactInput', { description: 'Corrects an entry in use; fields left out stay as they are.' })
export class UpdateContactInput {
  @Field(() => ID, { description: 'The contact.' })
  contactId: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one refuses the change.' })
  version?: number | null;

  @Field(() => ContactCategory, { nullable: true, description: 'What it is for.' })
  category?: ContactCategory | null;

  @Field(() => String, { nullable: true, description: 'The name or organisation (at most 100).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'The person (at most 50); empty clears it (not for a liaison).' })
  person?: string | null;

  @Field(() => String, { nullable: true, description: 'Their role (at most 50); empty clears it.' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'The number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'The second number; empty clears it.' })
  altPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'The note (at most 500); empty clears it.' })
  note?: string | null;
}

@InputType('VerifyContactInput', { description: 'Records that the contact was checked just now and still works.' })
export class VerifyContactInput {
  @Field(() => ID, { description: 'The contact.' })
  contactId: string;

  @Field(() => String, { nullable: true, description: 'How it was verified (at most 200), e.g. 电话确认.' })
  note?: string | null;
}

@InputType('RetireContactInput', { description: 'Takes an entry out of use, with the reason; it stays on record.' })
export class RetireContactInput {
  @Field(() => ID, { description: 'The contact.' })
  contactId: string;

  @Field(() => String, { description: 'Why, at most 500 characters.' })
  reason: string;
}

@InputType('ContactFilter', { description: 'Narrows `contacts`; all given conditions must hold.' })
export class ContactFilter {
  @Field(() => ContactDirectory, { nullable: true, description: 'Only this register.' })
  directory?: ContactDirectory | null;

  @Field(() => ContactCategory, { nullable: true, description: 'Only this category.' })
  category?: ContactCategory | null;

  @Field(() => String, {
    nullable: true,
    description: 'What is listed at this site: its own entries and the company-wide ones.',
  })
  siteCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only stale entries; false: only current ones.' })
  stale?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The staleness threshold in days for `stale` (P11; default 180, at most 3650).',
  })
  staleAfterDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Include retired entries (default: only those in use).' })
  includeRetired?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words in the name, person or role, or digits of a number (at most 100).',
  })
  search?: string | null;
}
