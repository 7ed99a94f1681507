import type { AreaKind } from '../../gql/graphql.js';

/** Area kinds in the order a patrol walks a site (the API lists areas the same way). */
export const AREA_KINDS: readonly AreaKind[] = [
  'GATE',
  'LOBBY',
  'CAR_PARK',
  'CORRIDOR',
  'RESTROOM',
  'PLANT_ROOM',
  'GREENERY',
  'PERIMETER',
  'OTHER',
];

/** A colour per kind, so a list of areas reads at a glance. */
export const AREA_KIND_COLOR: Record<AreaKind, string> = {
  GATE: 'blue',
  LOBBY: 'geekblue',
  CAR_PARK: 'purple',
  CORRIDOR: 'cyan',
  RESTROOM: 'magenta',
  PLANT_ROOM: 'volcano',
  GREENERY: 'green',
  PERIMETER: 'gold',
  OTHER: 'default',
};
