import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-error.js';
import { Case } from './case.entity.js';

@ObjectType('CasePayload', { description: 'The result of a step on a case.' })
export class CasePayload {
  @Field(() => Case, { nullable: true, description: 'The case after the step; null when refused.' })
  case: Case | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

export const casePayload = (o: { result: Case | null; userErrors: UserError[] }): CasePayload => ({
  case: o.result,
  userErrors: o.userErrors,
});
