import { registerEnumType } from 'type-graphql';

/** Someone's relation to a unit: what they are to the property, and to us. */
export enum CustomerRole {
  OWNER = 'OWNER',
  TENANT = 'TENANT',
  OCCUPANT = 'OCCUPANT',
}
registerEnumType(CustomerRole, {
  name: 'CustomerRole',
  description: 'Owner (业主), tenant (租户) or occupant (物业使用人) of a unit.',
  valuesConfig: {
    OWNER: { description: 'Owns the unit (业主).' },
    TENANT: { description: 'Rents the unit (租户).' },
    OCCUPANT: { description: 'Lives or works there without owning or renting it: family, staff (物业使用人).' },
  },
});

export enum ContactKind {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  WECHAT = 'WECHAT',
  OTHER = 'OTHER',
}
registerEnumType(ContactKind, {
  name: 'ContactKind',
  description: 'How a customer can be reached.',
  valuesConfig: {
    PHONE: { description: 'A phone number (mobile or landline).' },
    EMAIL: { description: 'An e-mail address.' },
    WECHAT: { description: 'A WeChat ID (微信号).' },
    OTHER: { description: 'Anything else (an address, a relative to call).' },
  },
});

export enum UnitUsage {
  RESIDENTIAL = 'RESIDENTIAL',
  OFFICE = 'OFFICE',
  COMMERCIAL = 'COMMERCIAL',
  PARKING = 'PARKING',
  OTHER = 'OTHER',
}
registerEnumType(UnitUsage, {
  name: 'UnitUsage',
  description: 'What a unit is used for.',
  valuesConfig: {
    RESIDENTIAL: { description: 'A home (住宅).' },
    OFFICE: { description: 'An office (办公).' },
    COMMERCIAL: { description: 'A shop, restaurant or other business open to the public (商铺).' },
    PARKING: { description: 'A parking space or garage (车位).' },
    OTHER: { description: 'Storage, plant rooms and the rest.' },
  },
});

/** What a `customerLookup` hit matched on. */
export enum LookupMatch {
  UNIT_CODE = 'UNIT_CODE',
  PHONE = 'PHONE',
  CONTACT = 'CONTACT',
  NAME = 'NAME',
}
registerEnumType(LookupMatch, {
  name: 'LookupMatch',
  description: 'What a lookup hit matched on.',
  valuesConfig: {
    UNIT_CODE: { description: 'The unit’s code.' },
    PHONE: { description: 'One of the customer’s phone numbers.' },
    CONTACT: { description: 'One of the customer’s other contacts (e-mail, WeChat, other).' },
    NAME: { description: 'The customer’s name.' },
  },
});
