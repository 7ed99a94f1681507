import { DATA_SCOPES } from '@steward/schema';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Position } from '../rulebook/position.entity.js';

/** GraphQL `DataScope`, the same values as `DATA_SCOPES` in the shared contract. */
export enum DataScopeEnum {
  ALL = 'ALL',
  DEPARTMENT = 'DEPARTMENT',
  SITE = 'SITE',
  TEAM = 'TEAM',
  OWN = 'OWN',
}
registerEnumType(DataScopeEnum, {
  name: 'DataScope',
  description: 'How far a permission reaches.',
  valuesConfig: {
    ALL: { description: 'Every record in the company.' },
    DEPARTMENT: { description: 'Records of the holder’s department.' },
    SITE: { description: 'Records of the holder’s sites.' },
    TEAM: { description: 'Records of the holder’s team (until teams exist: their own).' },
    OWN: { description: 'Records about or made by the holder.' },
  },
});
// The enum must list exactly the shared scopes.
if (Object.values(DataScopeEnum).join() !== DATA_SCOPES.join()) throw new Error('DataScope enum out of step');

@ObjectType('Grant', { description: 'A permission and how far it reaches.' })
export class GrantType {
  @Field(() => String, { description: 'Permission code, `<record type>.<action>`, e.g. `staff.read`.' })
  permission: string;

  @Field(() => DataScopeEnum, { description: 'How far it reaches.' })
  scope: DataScopeEnum;
}

@ObjectType('PermissionAction', { description: 'One permission of the catalogue.' })
export class PermissionActionType {
  @Field(() => String, { description: 'Permission code, e.g. `complaint.approve`.' })
  code: string;

  @Field(() => String, { description: '`read`, `create`, `handle`, `approve` or `manage`.' })
  action: string;
}

@ObjectType('PermissionResource', { description: 'A record type (or setting) and the actions on it.' })
export class PermissionResourceType {
  @Field(() => String, { description: 'Key, e.g. `complaint`.' })
  key: string;

  @Field(() => String, { description: 'Its name in the request’s language.' })
  name: string;

  @Field(() => [String], { description: 'The implied record types it covers (R1…R42), if any.' })
  records: string[];

  @Field(() => [PermissionActionType], { description: 'Its permissions.' })
  actions: PermissionActionType[];
}

@ObjectType('PositionPermissions', { description: 'What holders of a position may do.' })
export class PositionPermissionsType {
  @Field(() => Position, { description: 'The position.' })
  position: Position;

  @Field(() => [GrantType], { description: 'Its live grants.' })
  grants: GrantType[];
}
