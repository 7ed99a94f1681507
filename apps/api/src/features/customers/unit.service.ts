import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { LIMITS, UserErrorCode } from '@steward/schema';
import { type ConnectionShape, type PageArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { runMutation } from '../../graphql/mutation.js';
import { fromGlobalId } from '../../graphql/node.js';
import { Validator } from '../../graphql/validate.js';
import type { Viewer } from '../auth/viewer.js';
import { forbidden, unauthenticated } from '../permissions/auth-checker.js';
import { Site } from '../sites/site.entity.js';
import { BUILDING_LIMITS, Building } from './building.entity.js';
import {
  buildingScope,
  CUSTOMER_FILE_DEPARTMENT,
  type CustomerFilePermission,
  customerFileReach,
  reachesSite,
  unitScope,
} from './customer.access.js';
import { UnitUsage } from './customer.enums.js';
import type { CreateBuildingInput, CreateUnitInput, UnitFilter } from './customer.inputs.js';
import { containsPattern, normalizeUnitCode, UNIT_CODE } from './customer.rules.js';
import { Occupancy } from './occupancy.entity.js';
import { UNIT_LIMITS, Unit } from './unit.entity.js';

const SITE_CODE_MAX = 32;

function buildingSnapshot(b: Building): Record<string, unknown> {
  return { site: b.site.unwrap().code, code: b.code, name: b.name };
}

function unitSnapshot(u: Unit, building: Building): Record<string, unknown> {
  return {
    site: u.site.unwrap().code,
    building: building.code,
    code: u.code,
    floor: u.floor,
    area: u.area,
    usage: u.usage,
    note: u.note,
  };
}

/** Current first, then the most recent; the order `Unit.occupancies` and `Customer.occupancies` promise. */
export function byCurrentThenRecent(a: Occupancy, b: Occupancy): number {
  if ((a.toDate === null) !== (b.toDate === null)) return a.toDate === null ? -1 : 1;
  return b.fromDate.localeCompare(a.fromDate) || (b.toDate ?? '').localeCompare(a.toDate ?? '');
}

/** Sites, buildings and units (M2): the premises customer files hang on. Same reach as customer files. */
export class UnitService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private reach(permission: CustomerFilePermission = 'customer_file.read') {
    return this.ctx.viewer ? customerFileReach(this.viewer, permission) : null;
  }

  /** Buildings the viewer may see, by site and code. */
  async buildings(siteCode: string | null | undefined): Promise<Building[]> {
    const scope = buildingScope(this.reach());
    if (!scope) return [];
    const where: FilterQuery<Building>[] = [scope];
    if (siteCode != null) {
      if (siteCode.length > SITE_CODE_MAX) throw badInput('siteCode', `must be at most ${SITE_CODE_MAX} characters`);
      where.push({ site: { code: siteCode } });
    }
    return this.ctx.em.find(Building, { $and: where }, { orderBy: [{ site: 'asc' }, { code: 'asc' }] });
  }

  buildingsByIds(ids: readonly string[]): Promise<Building[]> {
    const scope = buildingScope(this.reach());
    if (!scope) return Promise.resolve([]);
    return this.ctx.em.find(Building, { $and: [{ id: { $in: [...ids] } }, scope] });
  }

  async units(filter: UnitFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<Unit>> {
    // A grant that reaches no file lists no unit: the same answer as an empty site.
    const where: FilterQuery<Unit>[] = [unitScope(this.reach()) ?? { id: { $in: [] } }];
    if (filter?.siteCode != null) {
      if (filter.siteCode.length > SITE_CODE_MAX)
        throw badInput('siteCode', `must be at most ${SITE_CODE_MAX} characters`);
      where.push({ site: { code: filter.siteCode } });
    }
    if (filter?.buildingId != null) {
      const parsed = fromGlobalId(filter.buildingId);
      where.push({ building: parsed?.typename === 'Building' ? parsed.key : '' });
    }
    if (filter?.usage) where.push({ usage: filter.usage });
    const search = filter?.search?.trim();
    if (search) {
      if (search.length > LIMITS.maxSearchLength)
        throw badInput('search', `must be at most ${LIMITS.maxSearchLength} characters`);
      where.push({ code: { $like: containsPattern(normalizeUnitCode(search)) } });
    }
    return paginate(
      this.ctx.em,
      Unit,
      { $and: where },
      [
        ['site', 'asc'],
        ['code', 'asc'],
        ['id', 'asc'],
      ],
      page,
      (u) => [u.site.unwrap().code, u.code, u.id],
    );
  }

  /** For `node(id)` and `unit(id)`: only what the viewer may read. */
  unitsByIds(ids: readonly string[]): Promise<Unit[]> {
    const scope = unitScope(this.reach());
    if (!scope) return Promise.resolve([]);
    return this.ctx.em.find(Unit, { $and: [{ id: { $in: [...ids] } }, scope] });
  }

  async unitById(id: string): Promise<Unit | null> {
    const parsed = fromGlobalId(id);
    if (parsed?.typename !== 'Unit') return null;
    return (await this.unitsByIds([parsed.key]))[0] ?? null;
  }

  /** Everyone who lived in the unit: those there now first, then the most recent. */
  async occupancies(unit: Unit): Promise<Occupancy[]> {
    if (!unitScope(this.reach())) return [];
    const rows = (await unit.occupancies.load()).getItems();
    return [...rows].sort(byCurrentThenRecent);
  }

  /** Those there now (voided files aside): owners first, then tenants, then occupants. */
  async currentOccupants(unit: Unit): Promise<Occupancy[]> {
    const current = (await this.occupancies(unit)).filter((o) => o.toDate === null);
    const customers = await Promise.all(current.map((o) => o.customer.load()));
    const order = { OWNER: 0, TENANT: 1, OCCUPANT: 2 } as const;
    return current
      .filter((_o, i) => customers[i] && customers[i]?.voidedAt === null)
      .sort((a, b) => order[a.role] - order[b.role] || a.fromDate.localeCompare(b.fromDate));
  }

  createBuilding(input: CreateBuildingInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const reach = this.reach('customer_file.create');
      if (!reach) throw forbidden();
      const v = new Validator();
      const site = await this.site(tx, v, reach, input.siteCode);
      const code = v.text('code', input.code, { max: BUILDING_LIMITS.code, required: true }).toUpperCase();
      v.pattern('code', code, UNIT_CODE, 'may hold only letters, digits, ".", "_", "/" or "-"');
      const name = v.text('name', input.name, { max: BUILDING_LIMITS.name, required: true });
      if (site && code && (await tx.count(Building, { site: { code: site.code }, code })) > 0)
        v.add('code', 'is already used by another building of this site', UserErrorCode.TAKEN);
      v.check();
      const building = tx.create(Building, { id: randomUUID(), site: site as Site, code, name });
      audit.record({
        action: 'building.create',
        targetType: 'Building',
        targetKey: building.id,
        departmentKey: CUSTOMER_FILE_DEPARTMENT,
        after: buildingSnapshot(building),
      });
      return building;
    });
  }

  createUnit(input: CreateUnitInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const reach = this.reach('customer_file.create');
      if (!reach) throw forbidden();
      const v = new Validator();
      const parsed = fromGlobalId(input.buildingId);
      const building =
        parsed?.typename === 'Building'
          ? await tx.findOne(Building, { $and: [{ id: parsed.key }, buildingScope(reach) ?? {}] })
          : null;
      if (!building) v.add('buildingId', 'names no building within your reach', UserErrorCode.NOT_FOUND);
      const code = normalizeUnitCode(v.text('code', input.code, { max: UNIT_LIMITS.code, required: true }));
      v.pattern('code', code, UNIT_CODE, 'may hold only letters, digits, ".", "_", "/" or "-"');
      const floor = input.floor ?? null;
      if (floor !== null && (floor < UNIT_LIMITS.floorMin || floor > UNIT_LIMITS.floorMax))
        v.add('floor', `must be from ${UNIT_LIMITS.floorMin} to ${UNIT_LIMITS.floorMax}`, UserErrorCode.OUT_OF_RANGE);
      const area = input.area ?? null;
      if (area !== null && !(Number.isFinite(area) && area > 0 && area <= UNIT_LIMITS.areaMax))
        v.add('area', `must be more than 0 and at most ${UNIT_LIMITS.areaMax}`, UserErrorCode.OUT_OF_RANGE);
      const note = v.text('note', input.note, { max: UNIT_LIMITS.note });
      if (building && code && (await tx.count(Unit, { building: building.id, code })) > 0)
        v.add('code', 'is already used by another unit of this building', UserErrorCode.TAKEN);
      v.check();
      const b = building as Building;
      const unit = tx.create(Unit, {
        id: randomUUID(),
        building: b,
        site: b.site,
        code,
        floor,
        area: area === null ? null : Math.round(area * 100) / 100,
        usage: input.usage ?? UnitUsage.RESIDENTIAL,
        note: note || null,
      });
      audit.record({
        action: 'unit.create',
        targetType: 'Unit',
        targetKey: unit.id,
        departmentKey: CUSTOMER_FILE_DEPARTMENT,
        after: unitSnapshot(unit, b),
      });
      return unit;
    });
  }

  private async site(
    tx: EntityManager,
    v: Validator,
    reach: ReturnType<typeof customerFileReach>,
    siteCode: string,
  ): Promise<Site | null> {
    const code = siteCode.trim();
    if (!code) {
      v.add('siteCode', 'is required', UserErrorCode.REQUIRED);
      return null;
    }
    const site = code.length <= SITE_CODE_MAX && reachesSite(reach, code) ? await tx.findOne(Site, { code }) : null;
    if (!site) v.add('siteCode', 'names no site within your reach', UserErrorCode.NOT_FOUND);
    return site;
  }
}
