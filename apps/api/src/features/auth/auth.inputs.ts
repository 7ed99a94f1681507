import { Field, ID, InputType } from 'type-graphql';
import { Locale } from '../../graphql/locale.js';
import { TokenScopeEnum } from './auth.enums.js';

@InputType('LoginInput', { description: 'Sign in with a username and password.' })
export class LoginInput {
  @Field(() => String, { description: 'Sign-in name (case-insensitive).' })
  username: string;

  @Field(() => String, { description: 'Password.' })
  password: string;
}

@InputType('ChangePasswordInput', { description: 'Change your own password.' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'Your current password.' })
  currentPassword: string;

  @Field(() => String, { description: 'The new one: 8–128 characters with a letter and a digit.' })
  newPassword: string;
}

@InputType('SetMyLocaleInput', { description: 'Your preferred language.' })
export class SetMyLocaleInput {
  @Field(() => Locale, { description: 'The language.' })
  locale: Locale;
}

@InputType('CreateApiTokenInput', { description: 'A new API token for a notebook or a wall board.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What it is for, at most 100 characters.' })
  name: string;

  @Field(() => [TokenScopeEnum], { description: 'What it may do (at least one).' })
  scopes: TokenScopeEnum[];

  @Field(() => Date, { description: 'When it stops working: in the future, at most a year away.' })
  expiresAt: Date;
}

@InputType('RevokeApiTokenInput', { description: 'Stop an API token from working, at once.' })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: 'The token.' })
  tokenId: string;
}

@InputType('ApiTokenFilter', { description: 'Which API tokens to list; every condition must hold.' })
export class ApiTokenFilter {
  @Field(() => ID, { nullable: true, description: 'Only this person’s (with `all: true`).' })
  ownerId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only tokens that still work (true), or only revoked or expired ones (false).',
  })
  active?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Created at or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Created before (not before `from`).' })
  to?: Date | null;
}
