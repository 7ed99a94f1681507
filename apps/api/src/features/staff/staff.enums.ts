import { registerEnumType } from 'type-graphql';

export enum StaffStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  LEFT = 'LEFT',
}
registerEnumType(StaffStatus, {
  name: 'StaffStatus',
  description: 'Where a member of staff is in their lifecycle.',
  valuesConfig: {
    ACTIVE: { description: 'Working; may sign in.' },
    SUSPENDED: { description: 'Temporarily barred from signing in; may be reinstated.' },
    LEFT: { description: 'Offboarded; cannot sign in. Their records stay attributed to them.' },
  },
});
