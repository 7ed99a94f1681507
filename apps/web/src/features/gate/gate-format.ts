import type { GoodsPassStatus, VehicleCategory, VehicleType } from '../../gql/graphql.js';

export const VEHICLE_TYPES: VehicleType[] = ['CAR', 'VAN', 'TRUCK', 'MOTORCYCLE', 'OTHER'];
export const VEHICLE_CATEGORIES: VehicleCategory[] = ['VISITOR', 'RESIDENT', 'DELIVERY', 'OTHER'];

export const PASS_STATUS_COLOR: Record<GoodsPassStatus, string> = {
  REQUESTED: 'gold',
  APPROVED: 'green',
  USED: 'default',
  REFUSED: 'red',
  EXPIRED: 'default',
  CANCELLED: 'default',
};

/** The overstay threshold the server uses by default (P12), for wording only. */
export const OVERSTAY_HOURS = 24;

/** A plate as the gate types it, in the form the server keeps: upper case, no spaces or dots. */
export function normalizePlate(value: string): string {
  return value.replace(/[\s·.\-・•]/g, '').toUpperCase();
}
