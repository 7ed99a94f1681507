import { Field, InputType } from 'type-graphql';

@InputType('DutyFilter', { description: 'Narrows `duties`. All given conditions must hold.' })
export class DutyFilter {
  @Field(() => String, { nullable: true, description: 'Key of the owning department or position.' })
  ownerKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Department key: its own duties and those of its positions.' })
  departmentKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Short citation code, e.g. `SL-4`.' })
  source?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words to find in the Chinese or English text (at most 100 characters).',
  })
  search?: string | null;
}
