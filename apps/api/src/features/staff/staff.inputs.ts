import { Field, ID, InputType } from 'type-graphql';
import { Locale } from '../../graphql/locale.js';
import { StaffStatus } from './staff.enums.js';

@InputType('StaffFilter', { description: 'Narrows `staffMembers`; all given conditions must hold.' })
export class StaffFilter {
  @Field(() => String, { nullable: true, description: 'Department key.' })
  departmentKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Position key.' })
  positionKey?: string | null;

  @Field(() => [StaffStatus], { nullable: true, description: 'Any of these statuses (default: all).' })
  status?: StaffStatus[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words in the name, employee number, username or phone (at most 100 characters).',
  })
  search?: string | null;
}

@InputType('OnboardStaffInput', { description: 'A new member of staff and their account (Office, OM-3).' })
export class OnboardStaffInput {
  @Field(() => String, { description: 'Employee number (工号), unique, at most 32 characters.' })
  employeeNo: string;

  @Field(() => String, { description: 'Full name, at most 50 characters.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Work phone, at most 30 characters.' })
  phone?: string | null;

  @Field(() => String, { description: 'Position key (from the rulebook or the company’s own).' })
  positionKey: string;

  @Field(() => String, { nullable: true, description: 'Department key; defaults to the position’s department.' })
  departmentKey?: string | null;

  @Field(() => [String], { nullable: true, description: 'Codes of the sites they work at.' })
  siteCodes?: string[] | null;

  @Field(() => String, { description: 'Hire date, `YYYY-MM-DD`.' })
  hireDate: string;

  @Field(() => Locale, { nullable: true, description: 'Preferred language (default Chinese).' })
  locale?: Locale | null;

  @Field(() => String, { description: 'Sign-in name: 3–32 lowercase letters, digits, `.`, `_` or `-`; unique.' })
  username: string;

  @Field(() => String, {
    nullable: true,
    description: 'First password; generated when omitted. Either way it must be changed at first sign-in.',
  })
  initialPassword?: string | null;
}

@InputType('UpdateStaffInput', { description: 'Contact details and sites of a member of staff.' })
export class UpdateStaffInput {
  @Field(() => ID, { description: 'The staff member.' })
  staffId: string;

  @Field(() => String, { nullable: true, description: 'Full name, at most 50 characters.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Work phone, at most 30 characters (empty clears it).' })
  phone?: string | null;

  @Field(() => [String], { nullable: true, description: 'Codes of the sites they work at (replaces the list).' })
  siteCodes?: string[] | null;

  @Field(() => Locale, { nullable: true, description: 'Preferred language.' })
  locale?: Locale | null;
}

@InputType('TransferStaffInput', { description: 'A move to another position and/or department.' })
export class TransferStaffInput {
  @Field(() => ID, { description: 'The staff member.' })
  staffId: string;

  @Field(() => String, { description: 'The new position key.' })
  positionKey: string;

  @Field(() => String, {
    nullable: true,
    description: 'The new department key; defaults to the position’s department.',
  })
  departmentKey?: string | null;

  @Field(() => String, { description: 'Why, at most 500 characters.' })
  reason: string;
}

@InputType('StaffStatusChangeInput', { description: 'Suspend or reinstate a member of staff, with the reason.' })
export class StaffStatusChangeInput {
  @Field(() => ID, { description: 'The staff member.' })
  staffId: string;

  @Field(() => String, { description: 'Why, at most 500 characters.' })
  reason: string;
}

@InputType('OffboardStaffInput', { description: 'A member of staff leaving the company.' })
export class OffboardStaffInput {
  @Field(() => ID, { description: 'The staff member.' })
  staffId: string;

  @Field(() => String, { description: 'Last day, `YYYY-MM-DD`.' })
  leaveDate: string;

  @Field(() => String, { description: 'Why, at most 500 characters.' })
  reason: string;
}

@InputType('ResetStaffPasswordInput', { description: 'Give a member of staff a new first password.' })
export class ResetStaffPasswordInput {
  @Field(() => ID, { description: 'The staff member.' })
  staffId: string;
}
