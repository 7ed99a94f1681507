import { registerEnumType } from 'type-graphql';

export enum TokenScopeEnum {
  READ = 'read',
  BOARD = 'board',
}
registerEnumType(TokenScopeEnum, {
  name: 'TokenScope',
  description: 'What an API token may do.',
  valuesConfig: {
    READ: { description: 'Queries only, seeing what its owner may see.' },
    BOARD: { description: 'Live incident boards only: subscriptions and the board snapshot.' },
  },
});
