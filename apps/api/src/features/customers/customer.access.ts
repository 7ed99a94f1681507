import type { FilterQuery } from '@mikro-orm/core';
import type { PermissionCode } from '@steward/schema';
import type { Viewer } from '../auth/viewer.js';
import type { Building } from './building.entity.js';
import type { Customer } from './customer.entity.js';
import type { CustomerContact } from './customer-contact.entity.js';
import type { Occupancy } from './occupancy.entity.js';
import type { Unit } from './unit.entity.js';

/** Customer files are kept by customer service (CS-3): a department-wide grant reaches them there only. */
export const CUSTOMER_FILE_DEPARTMENT = 'customer_service';

export type CustomerFilePermission = Extract<PermissionCode, `customer_file.${string}`>;

/** How far a viewer reaches into customer files: all of them, those of some sites, or none (`null`). */
export type Reach = { all: true } | { all: false; sites: readonly string[] };

/**
 * The reach of one customer-file permission. `ALL`: every file. `DEPARTMENT`: every file when the
 * viewer works in customer service, none elsewhere. `SITE`: files at the viewer's sites. `TEAM` and
 * `OWN` reach none: customer files are nobody's own.
 */
export function customerFileReach(viewer: Viewer, permission: CustomerFilePermission): Reach | null {
  switch (viewer.grants.get(permission)) {
    case 'ALL':
      return { all: true };
    case 'DEPARTMENT':
      return viewer.staff.department?.unwrap().key === CUSTOMER_FILE_DEPARTMENT ? { all: true } : null;
    case 'SITE': {
      const sites = viewer.staff.sites.isInitialized() ? viewer.staff.sites.getItems().map((s) => s.code) : [];
      return sites.length ? { all: false, sites } : null;
    }
    default:
      return null;
  }
}

export function reachesSite(reach: Reach | null, siteCode: string): boolean {
  return reach !== null && (reach.all || reach.sites.includes(siteCode));
}

/** Filters per record type, from a reach: `null` (none) passes through, so callers answer "nothing". */
export function buildingScope(reach: Reach | null): FilterQuery<Building> | null {
  if (!reach) return null;
  return reach.all ? {} : { site: { code: { $in: [...reach.sites] } } };
}

export function unitScope(reach: Reach | null): FilterQuery<Unit> | null {
  if (!reach) return null;
  return reach.all ? {} : { site: { code: { $in: [...reach.sites] } } };
}

export function occupancyScope(reach: Reach | null): FilterQuery<Occupancy> | null {
  if (!reach) return null;
  return reach.all ? {} : { unit: { site: { code: { $in: [...reach.sites] } } } };
}

/** A customer is at a site when they have (or had) a unit there; a file with no unit yet reaches only `all`. */
export function customerScope(reach: Reach | null): FilterQuery<Customer> | null {
  if (!reach) return null;
  return reach.all ? {} : { occupancies: { $some: occupancyScope(reach) as FilterQuery<Occupancy> } };
}

/**
 * Customers with an occupancy meeting `condition` that the viewer may see: a filter on where
 * someone lives must not reveal a unit outside the viewer's reach through a customer inside it.
 */
export function withOccupancy(reach: Reach, condition: FilterQuery<Occupancy>): FilterQuery<Customer> {
  const scope = occupancyScope(reach) ?? {};
  return { occupancies: { $some: Object.keys(scope).length ? { $and: [scope, condition] } : condition } };
}

export function contactScope(reach: Reach | null): FilterQuery<CustomerContact> | null {
  const customers = customerScope(reach);
  if (!customers) return null;
  return Object.keys(customers).length ? { customer: customers } : {};
}
