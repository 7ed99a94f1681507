import { UserErrorCode } from '@steward/schema';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why an input was refused; clients turn codes into words.',
});

@ObjectType('UserError', { description: 'A rule the input broke, naming the field it concerns.' })
export class UserError {
  @Field(() => [String], { nullable: true, description: 'Path to the input field, e.g. `["input", "name"]`.' })
  field: string[] | null;

  @Field(() => String, { description: 'What is wrong, in plain words (English; clients translate the code).' })
  message: string;

  @Field(() => UserErrorCode, { description: 'Machine-readable reason.' })
  code: UserErrorCode;

  constructor(field: string | string[] | null, message: string, code: UserErrorCode) {
    // A nested field is named by its path: `incident.occurredAt` → ["input", "incident", "occurredAt"].
    this.field = field === null ? null : Array.isArray(field) ? field : ['input', ...field.split('.')];
    this.message = message;
    this.code = code;
  }
}

/** Thrown inside a mutation to refuse it: the transaction rolls back and the payload carries these. */
export class UserErrors extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'UserErrors';
  }
}

export function refuse(field: string | null, message: string, code: UserErrorCode = UserErrorCode.INVALID): never {
  throw new UserErrors([new UserError(field, message, code)]);
}
