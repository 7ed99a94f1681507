import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { groupBy } from '../../graphql/batch.js';
import type { Clock } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/node.js';
import { Area } from '../places/area.entity.js';
import { sortAreas } from '../places/place.service.js';
import { Shift } from '../shifts/shift.entity.js';
import { ShiftStatus } from '../shifts/shift.enums.js';
import { onShiftClose, SHIFT_WINDOW } from '../shifts/shift.service.js';
import { addOpenMatterSource, type OpenMatter } from '../shifts/shift-matters.js';
import { MissedPatrol, PatrolRound, PatrolScan } from './patrol.entity.js';
import { MissedPatrolStatus } from './patrol.enums.js';
import { requiredPatrols } from './patrol.rules.js';

/** One area's patrols in one shift, against its minimum (C1). */
export interface AreaCoverageRow {
  area: Area;
  /** Distinct rounds that scanned a checkpoint of the area during the shift. */
  count: number;
  required: number;
  covered: boolean;
  lastPatrolAt: Date | null;
  missedPatrol: MissedPatrol | null;
}

/**
 * Coverage of a shift, area by area: the site's patrolled areas that existed before it ended (and
 * any other area a scan of the shift touched), each with the number of distinct rounds that scanned one of its checkpoints.
 * Once a missed patrol is on record, its count and minimum are the ones shown.
 */
export async function coverageOf(em: EntityManager, shift: Shift): Promise<AreaCoverageRow[]> {
  return (await coverageOfShifts(em, [shift])).get(shift.id) ?? [];
}

/** `coverageOf` for several shifts, in three statements whatever their number; by shift id. */
export async function coverageOfShifts(
  em: EntityManager,
  shifts: readonly Shift[],
): Promise<Map<string, AreaCoverageRow[]>> {
  const out = new Map<string, AreaCoverageRow[]>();
  if (!shifts.length) return out;
  const ids = shifts.map((s) => s.id);
  const scansOf = groupBy(
    await em.find(PatrolScan, { shift: { $in: ids } }, { orderBy: { scannedAt: 'asc', id: 'asc' } }),
    (s) => s.shift.id,
  );
  const missedOf = groupBy(await em.find(MissedPatrol, { shift: { $in: ids } }), (m) => m.shift.id);
  const touchedOf = new Map(
    shifts.map((shift) => [
      shift.id,
      new Set([
        ...(scansOf.get(shift.id) ?? []).map((s) => s.area.unwrap().id),
        ...(missedOf.get(shift.id) ?? []).map((m) => m.area.unwrap().id),
      ]),
    ]),
  );
  // An area added after the shift ended was never the shift's to patrol (each site's areas are
  // read up to its last shift's end, each shift keeps those older than its own).
  const lastEnd = new Map<string, Date>();
  for (const shift of shifts) {
    const site = shift.site.unwrap().code;
    const seen = lastEnd.get(site);
    if (!seen || seen < shift.endsAt) lastEnd.set(site, shift.endsAt);
  }
  const areas = await em.find(Area, {
    $or: [
      ...[...lastEnd].map(([site, end]) => ({ site, active: true, patrolled: true, createdAt: { $lt: end } })),
      { id: { $in: [...new Set([...touchedOf.values()].flatMap((t) => [...t]))] } },
    ],
  });
  for (const shift of shifts) {
    const site = shift.site.unwrap().code;
    const touched = touchedOf.get(shift.id) ?? new Set<string>();
    const mine = areas.filter(
      (a) =>
        touched.has(a.id) ||
        (a.site.unwrap().code === site && a.active && a.patrolled && a.createdAt.getTime() < shift.endsAt.getTime()),
    );
    out.set(shift.id, rowsOf(mine, scansOf.get(shift.id) ?? [], missedOf.get(shift.id) ?? []));
  }
  return out;
}

/** One shift's coverage rows, from its areas, its scans (in order) and its missed patrols. */
function rowsOf(areas: Area[], scans: PatrolScan[], missed: MissedPatrol[]): AreaCoverageRow[] {
  const rounds = new Map<string, Set<string>>();
  const last = new Map<string, Date>();
  for (const s of scans) {
    const area = s.area.unwrap().id;
    const set = rounds.get(area) ?? new Set<string>();
    set.add(s.round.unwrap().id);
    rounds.set(area, set);
    last.set(area, s.scannedAt);
  }
  const missedByArea = new Map(missed.map((m) => [m.area.unwrap().id, m]));
  return sortAreas(areas).map((area) => {
    const record = missedByArea.get(area.id) ?? null;
    const count = record?.count ?? rounds.get(area.id)?.size ?? 0;
    const required = record?.required ?? requiredPatrols(area);
    return {
      area,
      count,
      required,
      covered: count >= required,
      lastPatrolAt: last.get(area.id) ?? null,
      missedPatrol: record,
    };
  });
}

/** Ends the rounds still open in a shift, at their last scan (the shift is over). */
export async function completeOpenRounds(em: EntityManager, shift: Shift): Promise<void> {
  for (const round of await em.find(PatrolRound, { shift: shift.id, completedAt: null })) {
    round.completedAt = round.lastScanAt;
  }
}

/**
 * Records a missed patrol for every area of the shift below its minimum that has none yet
 * (idempotent: closing after a sweep, or sweeping twice, records nothing new). In the caller's
 * transaction; returns what it recorded.
 */
export async function recordMissedPatrols(em: EntityManager, shift: Shift, now: Date): Promise<MissedPatrol[]> {
  const created: MissedPatrol[] = [];
  for (const row of await coverageOf(em, shift)) {
    if (row.covered || row.missedPatrol || row.required === 0) continue;
    created.push(
      em.create(MissedPatrol, {
        id: randomUUID(),
        shift,
        area: row.area,
        count: row.count,
        required: row.required,
        recordedAt: now,
      }),
    );
  }
  return created;
}

/** How long after its end an unclosed shift is swept, and how far back the sweep looks. */
export const MISSED_PATROL_SWEEP = { afterEndMinutes: SHIFT_WINDOW.currentAfterEndMinutes, lookBackDays: 7 } as const;

/**
 * For shifts that went on duty, ended a while ago and were never closed (no handover accepted):
 * records their missed patrols as closing would have. Runs on the server's minute timer; the demo
 * and tests call it directly. A system step, like the overdue notices: no audit event of its own.
 */
export async function sweepMissedPatrols(em: EntityManager, clock: Clock): Promise<number> {
  const now = clock().getTime();
  return em.fork().transactional(async (tx) => {
    const shifts = await tx.find(
      Shift,
      {
        status: { $in: [ShiftStatus.ON_DUTY, ShiftStatus.HANDING_OVER] },
        endsAt: {
          $lt: new Date(now - MISSED_PATROL_SWEEP.afterEndMinutes * 60_000),
          $gt: new Date(now - MISSED_PATROL_SWEEP.lookBackDays * 24 * 3600_000),
        },
      },
      { limit: 200, orderBy: { endsAt: 'asc' } },
    );
    let n = 0;
    for (const shift of shifts) {
      await completeOpenRounds(tx, shift);
      n += (await recordMissedPatrols(tx, shift, new Date(now))).length;
    }
    return n;
  });
}

// At close, in the closing transaction: rounds end, and areas below their minimum are recorded.
onShiftClose(async (tx, shift, ctx) => {
  await completeOpenRounds(tx, shift);
  await recordMissedPatrols(tx, shift, ctx.clock());
});

/**
 * What a shift leaves open in its patrols, for the handover (SL-2): its unreviewed missed
 * patrols, and — while it is not closed — the areas still below their minimum, which closing
 * will record as missed (listed under the area's id, status `BELOW_MINIMUM`).
 */
addOpenMatterSource(async (em, shifts, ctx) => {
  const en = ctx.locale === 'en';
  const coverage = await coverageOfShifts(em, shifts);
  const matters = new Map<string, OpenMatter[]>();
  for (const shift of shifts) {
    const out: OpenMatter[] = [];
    for (const row of coverage.get(shift.id) ?? []) {
      if (row.covered || row.required === 0) continue;
      if (row.missedPatrol && row.missedPatrol.status !== MissedPatrolStatus.OPEN) continue;
      if (!row.missedPatrol && shift.status === ShiftStatus.CLOSED) continue;
      const name = en ? row.area.nameEn : row.area.nameZh;
      out.push({
        kind: 'MISSED_PATROL',
        recordId: row.missedPatrol ? toGlobalId('MissedPatrol', row.missedPatrol.id) : toGlobalId('Area', row.area.id),
        reference: null,
        title: en
          ? `${name}: patrolled ${row.count} of ${row.required} times required`
          : `${name}：巡查 ${row.count} 次，应不少于 ${row.required} 次`,
        status: row.missedPatrol ? MissedPatrolStatus.OPEN : 'BELOW_MINIMUM',
        dueAt: null,
      });
    }
    matters.set(shift.id, out);
  }
  return matters;
});
