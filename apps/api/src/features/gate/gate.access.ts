import type { FilterQuery } from '@mikro-orm/core';
import type { PermissionCode } from '@steward/schema';
import type { Viewer } from '../auth/viewer.js';
import { anyOf, type ScopeFilter } from '../permissions/scope.js';
import type { GateVisitor } from './gate-visitor.entity.js';
import type { GoodsPass } from './goods-pass.entity.js';
import type { VehicleMovement } from './vehicle-movement.entity.js';

/** The gate is order maintenance's (OM-9 做好物业区域内的物品车辆进出的管理工作): its logs are theirs. */
export const GATE_DEPARTMENT = 'order_maintenance';
/** Passes are written and approved by customer service (sketch R25 "C (passes)") and checked by the gate. */
export const PASS_DEPARTMENTS: readonly string[] = ['customer_service', GATE_DEPARTMENT];

type GatePermission = Extract<PermissionCode, `goods_vehicle.${string}`>;

const siteCodes = (viewer: Viewer): string[] =>
  viewer.staff.sites.isInitialized() ? viewer.staff.sites.getItems().map((s) => s.code) : [];
const departmentOf = (viewer: Viewer) => viewer.staff.department?.unwrap().key ?? null;

/** Sites as a filter on a `site` property: `null` means every site. */
const atSites = (sites: readonly string[] | null): ScopeFilter => (sites === null ? {} : { site: { $in: [...sites] } });

/**
 * What a `goods_vehicle.*` grant reaches of records owned by `owners` (departments): `ALL` every
 * one; `DEPARTMENT` every one in an owning department, elsewhere one's own; `SITE` those at the
 * viewer's sites; `TEAM` and `OWN` one's own. `null` without the permission.
 */
function reach(viewer: Viewer, permission: GatePermission, owners: readonly string[], own: ScopeFilter) {
  switch (viewer.grants.get(permission)) {
    case undefined:
      return null;
    case 'ALL':
      return {};
    case 'DEPARTMENT':
      return owners.includes(departmentOf(viewer) ?? '') ? {} : own;
    case 'SITE':
      return atSites(siteCodes(viewer));
    case 'TEAM':
    case 'OWN':
      return own;
  }
}

/**
 * The sites whose gate the viewer works (`null`: every site; empty: none): `goods_vehicle.create`
 * held in order maintenance — an officer's or a leader's sites, the whole department for a
 * department-wide grant — or held company-wide. Customer service's own `create` is for passes.
 */
export function gateSites(viewer: Viewer): readonly string[] | null {
  const scope = viewer.grants.get('goods_vehicle.create');
  if (!scope) return [];
  if (scope === 'ALL') return null;
  if (departmentOf(viewer) !== GATE_DEPARTMENT) return [];
  return scope === 'DEPARTMENT' ? null : siteCodes(viewer);
}

export function worksGateAt(viewer: Viewer, siteCode: string): boolean {
  const sites = gateSites(viewer);
  return sites === null || sites.includes(siteCode);
}

/**
 * The sites where a grant lets the viewer write (`create`) or approve (`approve`) passes: every site
 * for an all-reaching grant or a department-wide one in customer service or order maintenance;
 * otherwise the viewer's own sites.
 */
export function passSites(viewer: Viewer, permission: 'goods_vehicle.create' | 'goods_vehicle.approve') {
  const scope = viewer.grants.get(permission);
  if (!scope) return [];
  if (scope === 'ALL' || (scope === 'DEPARTMENT' && PASS_DEPARTMENTS.includes(departmentOf(viewer) ?? ''))) {
    return null;
  }
  return siteCodes(viewer);
}

const reaches = (sites: readonly string[] | null, siteCode: string) => sites === null || sites.includes(siteCode);

/**
 * The passes a viewer may read: what `goods_vehicle.read` reaches (customer service and order
 * maintenance department-wide; one's own passes — written, approved or checked — with an own
 * grant), and every pass at a gate they work: the officer must find any pass brought to them.
 */
export function passReadFilter(viewer: Viewer): FilterQuery<GoodsPass> | null {
  const me = viewer.staff.id;
  const own = { $or: [{ requestedBy: me }, { approvedBy: me }, { checkedBy: me }] };
  const gate = gateSites(viewer);
  const atGate = gate === null || gate.length ? atSites(gate) : null;
  return anyOf(reach(viewer, 'goods_vehicle.read', PASS_DEPARTMENTS, own), atGate) as FilterQuery<GoodsPass> | null;
}

/**
 * The vehicle and visitor logs a viewer may read: what `goods_vehicle.read` reaches (order
 * maintenance department-wide; what one recorded, with an own grant) and the whole log of a gate
 * they work — an exit is recorded against an entry a colleague made on the shift before.
 */
export function gateLogReadFilter<T extends VehicleMovement | GateVisitor>(viewer: Viewer): FilterQuery<T> | null {
  const me = viewer.staff.id;
  const own = { $or: [{ entryOfficer: me }, { exitOfficer: me }] };
  const gate = gateSites(viewer);
  const atGate = gate === null || gate.length ? atSites(gate) : null;
  return anyOf(reach(viewer, 'goods_vehicle.read', [GATE_DEPARTMENT], own), atGate) as FilterQuery<T> | null;
}

/** Who approves a pass: `goods_vehicle.approve` reaching its site (customer service by default). */
export function mayApprovePass(viewer: Viewer, pass: GoodsPass): boolean {
  return reaches(passSites(viewer, 'goods_vehicle.approve'), pass.site.unwrap().code);
}

/** Who may cancel a pass: whoever may approve it, or whoever wrote it. */
export function mayCancelPass(viewer: Viewer, pass: GoodsPass): boolean {
  return mayApprovePass(viewer, pass) || pass.requestedBy.unwrap().id === viewer.staff.id;
}

/** Who checks a pass at the gate (uses or refuses it): whoever works the gate of its site. */
export function mayCheckPass(viewer: Viewer, pass: GoodsPass): boolean {
  return worksGateAt(viewer, pass.site.unwrap().code);
}

/** Who may void a vehicle or visitor entry: whoever recorded it (a mistake is undone by the one who made it). */
export function mayVoidGateLog(viewer: Viewer, record: VehicleMovement | GateVisitor): boolean {
  return record.entryOfficer.unwrap().id === viewer.staff.id;
}
