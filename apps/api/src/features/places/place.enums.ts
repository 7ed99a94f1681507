import { registerEnumType } from 'type-graphql';

/** What kind of place an area is (master data M1: "各区域", 公共地方, 走道, 卫生间 — SL-4). */
export enum AreaKind {
  GATE = 'GATE',
  LOBBY = 'LOBBY',
  CAR_PARK = 'CAR_PARK',
  CORRIDOR = 'CORRIDOR',
  RESTROOM = 'RESTROOM',
  PLANT_ROOM = 'PLANT_ROOM',
  GREENERY = 'GREENERY',
  PERIMETER = 'PERIMETER',
  OTHER = 'OTHER',
}
registerEnumType(AreaKind, {
  name: 'AreaKind',
  description: 'What kind of place an area of a site is (M1).',
  valuesConfig: {
    GATE: { description: 'Gate or entrance (大门、出入口).' },
    LOBBY: { description: 'Lobby (大堂).' },
    CAR_PARK: { description: 'Car park (停车场).' },
    CORRIDOR: { description: 'Corridors and stairs (走道、楼梯).' },
    RESTROOM: { description: 'Public restrooms (卫生间).' },
    PLANT_ROOM: { description: 'Plant and equipment rooms (设备房).' },
    GREENERY: { description: 'Greenery and gardens (绿化).' },
    PERIMETER: { description: 'Perimeter and surroundings (周界、周边).' },
    OTHER: { description: 'Anything else.' },
  },
});

/** The order areas are listed in: the way a patrol usually walks a site, gate first. */
export const AREA_KIND_ORDER: readonly AreaKind[] = Object.values(AreaKind);
