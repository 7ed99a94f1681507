import { Field, InputType } from 'type-graphql';
import { DataScopeEnum } from './permission.types.js';

@InputType('SetPositionGrantInput', { description: 'Grant, change or revoke one permission of a position.' })
export class SetPositionGrantInput {
  @Field(() => String, { description: 'Position key.' })
  positionKey: string;

  @Field(() => String, { description: 'Permission code from the catalogue, e.g. `complaint.handle`.' })
  permission: string;

  @Field(() => DataScopeEnum, { nullable: true, description: 'How far it reaches; null revokes it.' })
  scope?: DataScopeEnum | null;
}
