import { registerEnumType } from 'type-graphql';

/** Which of the two registers a contact belongs to. */
export enum ContactDirectory {
  EMERGENCY = 'EMERGENCY',
  LIAISON = 'LIAISON',
}
registerEnumType(ContactDirectory, {
  name: 'ContactDirectory',
  description: 'The emergency telephone directory (R23) or the liaison contacts with the authorities (R22).',
  valuesConfig: {
    EMERGENCY: {
      description: 'Emergency numbers (突发性事件联系电话, DIR-10): 110, 119, 120, utilities, our duty phones.',
    },
    LIAISON: {
      description:
        'Working contacts with the police, fire and vehicle authorities (与公安、消防、车管等联系, OM-7, DIR-3).',
    },
  },
});

/** What a contact is for: the service an emergency number reaches, or the authority a liaison works at. */
export enum ContactCategory {
  POLICE = 'POLICE',
  FIRE = 'FIRE',
  AMBULANCE = 'AMBULANCE',
  TRAFFIC = 'TRAFFIC',
  GAS = 'GAS',
  WATER = 'WATER',
  POWER = 'POWER',
  LIFT = 'LIFT',
  DUTY = 'DUTY',
  OTHER = 'OTHER',
}
registerEnumType(ContactCategory, {
  name: 'ContactCategory',
  description: 'What a contact is for. Liaison contacts use POLICE, FIRE, TRAFFIC or OTHER.',
  valuesConfig: {
    POLICE: { description: 'Police (公安、派出所, 110).' },
    FIRE: { description: 'Fire brigade (消防, 119).' },
    AMBULANCE: { description: 'Ambulance and hospitals (急救, 120).' },
    TRAFFIC: { description: 'Traffic police and vehicle administration (交警、车管, 122).' },
    GAS: { description: 'Gas emergency repair (燃气抢修).' },
    WATER: { description: 'Water supply emergency repair (供水抢修).' },
    POWER: { description: 'Power supply emergency repair (供电抢修).' },
    LIFT: { description: 'Lift maintenance and rescue (电梯维保).' },
    DUTY: { description: 'Our own duty phones: control room, gate, duty manager (本公司值班电话).' },
    OTHER: { description: 'Anything else (street office, state security, neighbourhood committee …).' },
  },
});

/** Categories a liaison contact may have (R22: police, fire, vehicle administration, others). */
export const LIAISON_CATEGORIES: readonly ContactCategory[] = [
  ContactCategory.POLICE,
  ContactCategory.FIRE,
  ContactCategory.TRAFFIC,
  ContactCategory.OTHER,
];
