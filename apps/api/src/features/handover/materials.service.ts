import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/sqlite';
import { UserErrorCode } from '@steward/schema';
import { groupBy } from '../../graphql/batch.js';
import { type ConnectionShape, type PageArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { Viewer } from '../auth/viewer.js';
import { unauthenticated } from '../permissions/auth-checker.js';
import { Department } from '../rulebook/department.entity.js';
import { SHIFT_DEPARTMENT } from '../shifts/roster-setup.service.js';
import type { Shift } from '../shifts/shift.entity.js';
import { ShiftStatus } from '../shifts/shift.enums.js';
import { keyOf, ShiftService } from '../shifts/shift.service.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { CASH_LIMITS, CashMovement } from './cash-movement.entity.js';
import { keptReaches } from './duty-log.access.js';
import { keptReadFilter, mayKeepMaterials } from './handover.access.js';
import { CashDirection } from './handover.enums.js';
import type { CreateShiftMaterialInput, RecordCashMovementInput, UpdateShiftMaterialInput } from './handover.inputs.js';
import { formatYuan, parseYuan } from './money.js';
import { MATERIAL_LIMITS, ShiftMaterial } from './shift-material.entity.js';

function materialSnapshot(m: ShiftMaterial): Record<string, unknown> {
  return {
    site: m.site.unwrap().code,
    name: m.name,
    unit: m.unit,
    expectedQuantity: m.expectedQuantity,
    note: m.note,
    active: m.active,
  };
}

/** The petty cash's balance for a department at a site: the ledger's sum, in fen. */
export async function cashBalanceCents(em: EntityManager, siteCode: string, departmentKey: string): Promise<number> {
  return (await cashBalancesCents(em, [{ siteCode, departmentKey }])).get(placeKey(siteCode, departmentKey)) ?? 0;
}

/** A department at a site, as a map key. */
export const placeKey = (siteCode: string, departmentKey: string) => JSON.stringify([siteCode, departmentKey]);

/** Where a shift is kept: its site and department. */
const placeOf = (shift: Shift) => ({
  siteCode: shift.site.unwrap().code,
  departmentKey: shift.department.unwrap().key,
});

/**
 * The petty cash's balance of several departments at sites, in fen, in ONE grouped statement
 * (through the manager's transaction, if it has one): by `placeKey`; a place without movements is 0.
 */
export async function cashBalancesCents(
  em: EntityManager,
  places: readonly { siteCode: string; departmentKey: string }[],
): Promise<Map<string, number>> {
  const balances = new Map(places.map((p) => [placeKey(p.siteCode, p.departmentKey), 0]));
  if (!places.length) return balances;
  const sql = em as unknown as SqlEntityManager;
  const meta = sql.getMetadata().get(CashMovement.name);
  const column = (name: string) =>
    (meta.properties as Record<string, { fieldNames: string[] } | undefined>)[name]?.fieldNames[0] ?? name;
  const [site, department, direction, amount] = ['site', 'department', 'direction', 'amountCents'].map(column) as [
    string,
    string,
    string,
    string,
  ];
  const query = sql
    .getKnex()(meta.tableName)
    .select({ site, department, direction })
    .sum({ total: amount })
    .where((q) => {
      for (const p of places) q.orWhere({ [site]: p.siteCode, [department]: p.departmentKey });
    })
    .groupBy(site, department, direction);
  const rows = (await sql.getConnection().execute(query, [], 'all', sql.getTransactionContext())) as {
    site: string;
    department: string;
    direction: CashDirection;
    total: number | string | null;
  }[];
  for (const r of rows) {
    const key = placeKey(r.site, r.department);
    balances.set(key, (balances.get(key) ?? 0) + (r.direction === CashDirection.IN ? 1 : -1) * Number(r.total ?? 0));
  }
  return balances;
}

/** The active materials a shift's handover must count (R39). */
export async function materialsOf(em: EntityManager, shift: Shift): Promise<ShiftMaterial[]> {
  const { siteCode, departmentKey } = placeOf(shift);
  return (await materialsOfPlaces(em, [placeOf(shift)])).get(placeKey(siteCode, departmentKey)) ?? [];
}

/** The active materials of several departments at sites, by name, in one statement; by `placeKey`. */
export async function materialsOfPlaces(
  em: EntityManager,
  places: readonly { siteCode: string; departmentKey: string }[],
): Promise<Map<string, ShiftMaterial[]>> {
  if (!places.length) return new Map();
  const rows = await em.find(
    ShiftMaterial,
    { $or: places.map((p) => ({ site: p.siteCode, department: p.departmentKey })), active: true },
    { orderBy: { name: 'asc' } },
  );
  return groupBy(rows, (m) => placeKey(m.site.unwrap().code, m.department.unwrap().key));
}

/** Shared materials (R39) and the shift petty cash (R40): the lists handovers count against. */
export class MaterialService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private now(): Date {
    return this.ctx.clock();
  }

  // ---- reading ---------------------------------------------------------------------------

  private kept<T>(extra: FilterQuery<T>): FilterQuery<T> | null {
    const reach = keptReadFilter(this.viewer);
    return reach ? ({ $and: [reach, extra] } as FilterQuery<T>) : null;
  }

  byIds(keys: readonly string[]): Promise<ShiftMaterial[]> {
    const where = this.ctx.viewer ? this.kept<ShiftMaterial>({ id: { $in: [...keys] } }) : null;
    return where ? this.ctx.em.find(ShiftMaterial, where) : Promise.resolve([]);
  }

  movementsByIds(keys: readonly string[]): Promise<CashMovement[]> {
    const where = this.ctx.viewer ? this.kept<CashMovement>({ id: { $in: [...keys] } }) : null;
    return where ? this.ctx.em.find(CashMovement, where) : Promise.resolve([]);
  }

  materials(siteCode: string | null | undefined, includeInactive: boolean): Promise<ShiftMaterial[]> {
    const where = this.kept<ShiftMaterial>({
      department: SHIFT_DEPARTMENT,
      ...(siteCode ? { site: siteCode.slice(0, 32) } : {}),
      ...(includeInactive ? {} : { active: true }),
    });
    return where
      ? this.ctx.em.find(ShiftMaterial, where, { orderBy: { site: 'asc', active: 'desc', name: 'asc' } })
      : Promise.resolve([]);
  }

  ledger(siteCode: string, page: PageArgs): Promise<ConnectionShape<CashMovement>> {
    const where = this.kept<CashMovement>({ site: siteCode.slice(0, 32), department: SHIFT_DEPARTMENT }) ?? {
      id: null,
    };
    return paginate(
      this.ctx.em,
      CashMovement,
      where as FilterQuery<CashMovement>,
      [
        ['at', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (m) => [m.at.toISOString(), m.id],
      ([at, id]) => [new Date(String(at)), id],
    );
  }

  /** The balance of a site's petty cash, if the viewer may see it. */
  async balance(siteCode: string): Promise<string | null> {
    const code = siteCode.slice(0, 32);
    if (!keptReaches(this.viewer, 'handover.read', { departmentKey: SHIFT_DEPARTMENT, siteCode: code })) return null;
    if (!(await this.ctx.em.count(Site, { code }))) return null;
    return formatYuan(await cashBalanceCents(this.ctx.em, code, SHIFT_DEPARTMENT));
  }

  // ---- materials (the director's master data) ------------------------------------------

  private validateMaterial(
    v: Validator,
    input: { name?: string | null; unit?: string | null; expectedQuantity?: number | null; note?: string | null },
    required: boolean,
  ) {
    const name =
      input.name == null && !required
        ? null
        : v.text('name', input.name, { max: MATERIAL_LIMITS.name, required: true });
    const unit =
      input.unit == null && !required
        ? null
        : v.text('unit', input.unit, { max: MATERIAL_LIMITS.unit, required: true });
    const note = input.note == null ? undefined : v.text('note', input.note, { max: MATERIAL_LIMITS.note }) || null;
    const q = input.expectedQuantity;
    if (q != null && (!Number.isInteger(q) || q < 0 || q > MATERIAL_LIMITS.quantity)) {
      v.add(
        'expectedQuantity',
        `must be a whole number from 0 to ${MATERIAL_LIMITS.quantity}`,
        UserErrorCode.OUT_OF_RANGE,
      );
    }
    return { name, unit, note };
  }

  createMaterial(input: CreateShiftMaterialInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const site = await tx.findOne(Site, { code: input.siteCode.slice(0, 32) });
      if (!site) refuse('siteCode', 'names no site', UserErrorCode.NOT_FOUND);
      if (!mayKeepMaterials(this.viewer, { departmentKey: SHIFT_DEPARTMENT, siteCode: site.code })) {
        refuse('siteCode', 'is not a site whose materials you keep', UserErrorCode.NOT_PERMITTED);
      }
      const { name, unit, note } = this.validateMaterial(v, input, true);
      if (name && (await tx.count(ShiftMaterial, { site: site.code, department: SHIFT_DEPARTMENT, name }))) {
        v.add('name', 'is already on the site’s list', UserErrorCode.TAKEN);
      }
      if (
        (await tx.count(ShiftMaterial, { site: site.code, department: SHIFT_DEPARTMENT })) >= MATERIAL_LIMITS.perSite
      ) {
        v.add(
          'name',
          `cannot be added: the site lists ${MATERIAL_LIMITS.perSite} materials already`,
          UserErrorCode.OUT_OF_RANGE,
        );
      }
      v.check();
      const now = this.now();
      const material = tx.create(ShiftMaterial, {
        id: randomUUID(),
        site,
        department: tx.getReference(Department, SHIFT_DEPARTMENT),
        name: name as string,
        unit: unit as string,
        expectedQuantity: input.expectedQuantity,
        note: note ?? null,
        createdAt: now,
        updatedAt: now,
      });
      audit.record({
        action: 'shift_material.create',
        targetType: 'ShiftMaterial',
        targetKey: material.id,
        departmentKey: SHIFT_DEPARTMENT,
        before: null,
        after: materialSnapshot(material),
      });
      return material;
    });
  }

  updateMaterial(input: UpdateShiftMaterialInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const key = keyOf(input.materialId, 'ShiftMaterial');
      const reach = keptReadFilter(this.viewer);
      const material =
        key && reach
          ? await tx.findOne(ShiftMaterial, { $and: [{ id: key }, reach] } as FilterQuery<ShiftMaterial>)
          : null;
      if (!material) refuse('materialId', 'No such material', UserErrorCode.NOT_FOUND);
      const where = { departmentKey: material.department.unwrap().key, siteCode: material.site.unwrap().code };
      if (!mayKeepMaterials(this.viewer, where)) {
        refuse('materialId', 'is not a material you keep', UserErrorCode.NOT_PERMITTED);
      }
      const v = new Validator();
      const { name, unit, note } = this.validateMaterial(v, input, false);
      if (name && name !== material.name) {
        const taken = await tx.count(ShiftMaterial, {
          site: material.site.unwrap().code,
          department: material.department.unwrap().key,
          name,
          id: { $ne: material.id },
        });
        if (taken) v.add('name', 'is already on the site’s list', UserErrorCode.TAKEN);
      }
      v.check();
      const before = materialSnapshot(material);
      if (name) material.name = name;
      if (unit) material.unit = unit;
      if (note !== undefined) material.note = note;
      if (input.expectedQuantity != null) material.expectedQuantity = input.expectedQuantity;
      if (input.active != null) material.active = input.active;
      material.updatedAt = this.now();
      audit.record({
        action: 'shift_material.update',
        targetType: 'ShiftMaterial',
        targetKey: material.id,
        departmentKey: where.departmentKey,
        before,
        after: materialSnapshot(material),
      });
      return material;
    });
  }

  // ---- petty cash ------------------------------------------------------------------------

  /**
   * A top-up or a payment on a running shift, by its leader (or the director): a payment needs a
   * receipt and cannot take the box below nothing. Nothing moves once the handover is submitted:
   * the count must stand against the ledger as it was.
   */
  recordMovement(input: RecordCashMovementInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const shift = await new ShiftService(this.ctx).shiftToLead(tx, input.shiftId);
      if (shift.status !== ShiftStatus.BRIEFING && shift.status !== ShiftStatus.ON_DUTY) {
        refuse(
          'shiftId',
          shift.status === ShiftStatus.PLANNED
            ? 'has not started yet'
            : 'is handing over or closed: the cash was counted against the ledger as it is',
          UserErrorCode.INVALID_TRANSITION,
        );
      }
      const v = new Validator();
      const purpose = v.text('purpose', input.purpose, { max: CASH_LIMITS.purpose, required: true });
      const receiptNo =
        v.text('receiptNo', input.receiptNo, {
          max: CASH_LIMITS.receiptNo,
          required: input.direction === CashDirection.OUT,
        }) || null;
      const amount = parseYuan(input.amount ?? '', CASH_LIMITS.maxCents);
      let cents = 0;
      if (!amount.ok) {
        v.add(
          'amount',
          amount.reason === 'NEGATIVE'
            ? 'must be more than 0 (choose in or out for the direction)'
            : amount.reason === 'TOO_LARGE'
              ? `must be at most ${formatYuan(CASH_LIMITS.maxCents)}`
              : 'must be an amount in yuan with at most two decimals, e.g. 35.50',
          amount.reason === 'INVALID' ? UserErrorCode.INVALID : UserErrorCode.OUT_OF_RANGE,
        );
      } else if (amount.cents === 0) {
        v.add('amount', 'must be more than 0', UserErrorCode.OUT_OF_RANGE);
      } else cents = amount.cents;
      const site = shift.site.unwrap().code;
      const department = shift.department.unwrap().key;
      if (cents && input.direction === CashDirection.OUT) {
        const balance = await cashBalanceCents(tx, site, department);
        if (cents > balance) {
          v.add('amount', `is more than the cash in the box (${formatYuan(balance)})`, UserErrorCode.OUT_OF_RANGE);
        }
      }
      v.check();
      const movement = tx.create(CashMovement, {
        id: randomUUID(),
        site: shift.site,
        department: shift.department,
        shift,
        direction: input.direction,
        amountCents: cents,
        purpose,
        receiptNo,
        at: this.now(),
        recordedBy: tx.getReference(Staff, this.viewer.staff.id),
      });
      audit.record({
        action: 'cash.record',
        targetType: 'CashMovement',
        targetKey: movement.id,
        departmentKey: department,
        before: null,
        after: {
          site,
          shift: shift.id,
          direction: movement.direction,
          amount: formatYuan(cents),
          purpose,
          receiptNo,
        },
      });
      return movement;
    });
  }
}
