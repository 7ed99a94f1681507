import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import { loadAllBy, loadOne } from '../../graphql/batch.js';
import { type ConnectionShape, checkRange, type PageArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { fromGlobalId, toGlobalId } from '../../graphql/node.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { CASE_LIMITS, Case } from '../cases/case.entity.js';
import { CaseChannel, CaseKind } from '../cases/case.enums.js';
import { OpenCaseInput } from '../cases/case.inputs.js';
import { CaseService } from '../cases/case.service.js';
import { forbidden, unauthenticated } from '../permissions/auth-checker.js';
import { Area } from '../places/area.entity.js';
import { CHECKPOINT_LIMITS, Checkpoint } from '../places/checkpoint.entity.js';
import { normaliseCheckpointCode } from '../places/checkpoint-code.js';
import { placeSiteFilter } from '../places/place.access.js';
import { mayLeadShift } from '../shifts/shift.access.js';
import { Shift, ShiftMember } from '../shifts/shift.entity.js';
import { ShiftStatus } from '../shifts/shift.enums.js';
import { keyOf, publishShiftEvent, SHIFT_WINDOW } from '../shifts/shift.service.js';
import { ShiftEventType } from '../shifts/shift.topics.js';
import { Staff } from '../staff/staff.entity.js';
import {
  mayCompleteRound,
  mayReviewMissedPatrol,
  missedPatrolFilter,
  patrolRecordFilter,
  patrolShiftFilter,
} from './patrol.access.js';
import { MissedPatrol, PatrolRound, PatrolScan } from './patrol.entity.js';
import { MissedPatrolStatus, PatrolAnomalyKind, ScanMethod } from './patrol.enums.js';
import type {
  CompletePatrolRoundInput,
  MissedPatrolFilter,
  PatrolRoundFilter,
  PatrolScanFilter,
  RecordPatrolScanInput,
  ReportPatrolAnomalyInput,
  ReviewMissedPatrolInput,
} from './patrol.inputs.js';
import { PATROL_LIMITS, PATROL_RULES } from './patrol.rules.js';
import { type AreaCoverageRow, coverageOf } from './patrol-coverage.js';

const MINUTE = 60_000;

function scanSnapshot(s: PatrolScan): Record<string, unknown> {
  return {
    shift: s.shift.unwrap().id,
    round: s.round.unwrap().id,
    checkpoint: s.checkpoint.unwrap().id,
    area: s.area.unwrap().id,
    scannedAt: s.scannedAt.toISOString(),
    method: s.method,
    observation: s.observation,
    case: s.case?.unwrap().id ?? null,
  };
}

function missedSnapshot(m: MissedPatrol): Record<string, unknown> {
  return {
    shift: m.shift.unwrap().id,
    area: m.area.unwrap().id,
    count: m.count,
    required: m.required,
    status: m.status,
    reviewedBy: m.reviewedBy?.unwrap().id ?? null,
    reviewNote: m.reviewNote,
  };
}

/** Which checkpoint field an input named: its code or its id (for userErrors). */
type CheckpointField = 'code' | 'checkpointId';

const ANOMALY_CASE_KIND: Record<PatrolAnomalyKind, CaseKind> = {
  [PatrolAnomalyKind.REPAIR]: CaseKind.REPAIR,
  [PatrolAnomalyKind.COMPLAINT]: CaseKind.COMPLAINT,
};

/** Patrols (R18, SL-4): scans grouped into rounds, coverage per area (C1), anomalies, missed patrols. */
export class PatrolService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private now(): Date {
    return this.ctx.clock();
  }

  // ---- reading ---------------------------------------------------------------------------

  /** A shift whose patrols the viewer follows, or null. */
  async shiftFor(shiftId: string): Promise<Shift | null> {
    const key = keyOf(shiftId, 'Shift');
    const reach = patrolShiftFilter(this.viewer);
    if (!key || !reach) return null;
    return this.ctx.em.findOne(Shift, { $and: [{ id: key }, reach] });
  }

  async coverage(shiftId: string): Promise<{ shift: Shift; rows: AreaCoverageRow[] } | null> {
    const shift = await this.shiftFor(shiftId);
    return shift ? { shift, rows: await coverageOf(this.ctx.em, shift) } : null;
  }

  /** Patrol rounds the viewer may read (an officer: their own), latest first. */
  rounds(filter: PatrolRoundFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<PatrolRound>> {
    const reach = patrolRecordFilter(this.viewer);
    const f = filter ?? {};
    const where: FilterQuery<PatrolRound>[] = [(reach ?? { id: null }) as FilterQuery<PatrolRound>];
    if (f.shiftId) where.push({ shift: keyOf(f.shiftId, 'Shift') ?? '-' });
    if (f.mine) where.push({ patroller: this.viewer.staff.id });
    if (f.patrollerId) where.push({ patroller: keyOf(f.patrollerId, 'Staff') ?? '-' });
    if (f.siteCode) where.push({ shift: { site: f.siteCode.slice(0, 32) } });
    if (f.departmentKey) where.push({ shift: { department: f.departmentKey.slice(0, 64) } });
    checkRange(f.from, f.to);
    if (f.from) where.push({ startedAt: { $gte: f.from } });
    if (f.to) where.push({ startedAt: { $lt: f.to } });
    return paginate(
      this.ctx.em,
      PatrolRound,
      { $and: where },
      [
        ['startedAt', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (r) => [r.startedAt.toISOString(), r.id],
      ([at, id]) => [new Date(String(at)), id],
    );
  }

  /** A round's scans in order; a list's rounds are read in one query. */
  scansOf(round: PatrolRound): Promise<PatrolScan[]> {
    return loadAllBy(
      this.ctx,
      'PatrolRound.scans',
      {
        entity: PatrolScan,
        by: 'round',
        keyOf: (s) => s.round.id,
        orderBy: { round: 'asc', scannedAt: 'asc', id: 'asc' },
      },
      round.id,
    );
  }

  scans(filter: PatrolScanFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<PatrolScan>> {
    const reach = patrolRecordFilter(this.viewer);
    const f = filter ?? {};
    const where: FilterQuery<PatrolScan>[] = [(reach ?? { id: null }) as FilterQuery<PatrolScan>];
    if (f.shiftId) where.push({ shift: keyOf(f.shiftId, 'Shift') ?? '-' });
    if (f.siteCode) where.push({ checkpoint: { site: f.siteCode.slice(0, 32) } });
    if (f.areaId) where.push({ area: keyOf(f.areaId, 'Area') ?? '-' });
    if (f.patrollerId) where.push({ patroller: keyOf(f.patrollerId, 'Staff') ?? '-' });
    if (f.checkpointId) where.push({ checkpoint: keyOf(f.checkpointId, 'Checkpoint') ?? '-' });
    if (f.roundId) where.push({ round: keyOf(f.roundId, 'PatrolRound') ?? '-' });
    if (f.departmentKey) where.push({ shift: { department: f.departmentKey.slice(0, 64) } });
    checkRange(f.from, f.to);
    if (f.from) where.push({ scannedAt: { $gte: f.from } });
    if (f.to) where.push({ scannedAt: { $lt: f.to } });
    return paginate(
      this.ctx.em,
      PatrolScan,
      { $and: where },
      [
        ['scannedAt', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (s) => [s.scannedAt.toISOString(), s.id],
      ([at, id]) => [new Date(String(at)), id],
    );
  }

  missedPatrols(filter: MissedPatrolFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<MissedPatrol>> {
    const reach = missedPatrolFilter(this.viewer);
    const f = filter ?? {};
    const where: FilterQuery<MissedPatrol>[] = [reach ?? { id: null }];
    if (f.status) where.push({ status: f.status });
    if (f.siteCode) where.push({ area: { site: f.siteCode.slice(0, 32) } });
    if (f.shiftId) where.push({ shift: keyOf(f.shiftId, 'Shift') ?? '-' });
    if (f.areaId) where.push({ area: keyOf(f.areaId, 'Area') ?? '-' });
    checkRange(f.from, f.to);
    if (f.from) where.push({ recordedAt: { $gte: f.from } });
    if (f.to) where.push({ recordedAt: { $lt: f.to } });
    return paginate(
      this.ctx.em,
      MissedPatrol,
      { $and: where },
      [
        ['recordedAt', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (m) => [m.recordedAt.toISOString(), m.id],
      ([at, id]) => [new Date(String(at)), id],
    );
  }

  roundsByIds(keys: readonly string[]): Promise<PatrolRound[]> {
    const reach = this.ctx.viewer ? patrolRecordFilter(this.ctx.viewer) : null;
    if (!reach) return Promise.resolve([]);
    return this.ctx.em.find(PatrolRound, { $and: [{ id: { $in: [...keys] } }, reach as FilterQuery<PatrolRound>] });
  }

  scansByIds(keys: readonly string[]): Promise<PatrolScan[]> {
    const reach = this.ctx.viewer ? patrolRecordFilter(this.ctx.viewer) : null;
    if (!reach) return Promise.resolve([]);
    return this.ctx.em.find(PatrolScan, { $and: [{ id: { $in: [...keys] } }, reach as FilterQuery<PatrolScan>] });
  }

  missedByIds(keys: readonly string[]): Promise<MissedPatrol[]> {
    const reach = this.ctx.viewer ? missedPatrolFilter(this.ctx.viewer) : null;
    if (!reach) return Promise.resolve([]);
    return this.ctx.em.find(MissedPatrol, { $and: [{ id: { $in: [...keys] } }, reach] });
  }

  /** The case an anomaly opened, if the viewer may see it. */
  /** The case opened at a scan, if the viewer may see it; a list's cases are read in one query. */
  async caseOf(scan: PatrolScan): Promise<Case | null> {
    if (!scan.case || !this.ctx.viewer) return null;
    return loadOne(this.ctx, 'Case', (ids) => new CaseService(this.ctx).byIds(ids), scan.case.unwrap().id);
  }

  mayReview(m: MissedPatrol, shift: Shift): boolean {
    return !!this.ctx.viewer && m.status === MissedPatrolStatus.OPEN && mayReviewMissedPatrol(this.ctx.viewer, shift);
  }

  /** Still open: not ended, its last scan within the round gap, its shift on duty. */
  isOpen(round: PatrolRound, shift: Shift): boolean {
    return (
      !round.completedAt &&
      shift.status === ShiftStatus.ON_DUTY &&
      this.now().getTime() - round.lastScanAt.getTime() <= PATROL_RULES.roundGapMinutes * MINUTE
    );
  }

  // ---- scanning ----------------------------------------------------------------------------

  /**
   * The checkpoint an input names, by its code or picked from the list (exactly one), at a site
   * the viewer's `place.read` reaches (elsewhere it is as good as unknown), active and in an
   * active area.
   */
  private async checkpointFor(
    tx: EntityManager,
    input: { code?: string | null; checkpointId?: string | null },
  ): Promise<{ checkpoint: Checkpoint; method: ScanMethod; field: CheckpointField }> {
    const code = input.code?.trim() ?? '';
    const id = input.checkpointId?.trim() ?? '';
    if (code && id) refuse('checkpointId', 'give the code or the checkpoint, not both', UserErrorCode.INVALID);
    if (!code && !id)
      refuse('code', 'is required: scan the card, type its code or pick the checkpoint', UserErrorCode.REQUIRED);
    const field: CheckpointField = code ? 'code' : 'checkpointId';
    const reach = placeSiteFilter(this.viewer, 'place.read');
    let checkpoint: Checkpoint | null = null;
    if (code) {
      if (code.length > CHECKPOINT_LIMITS.codeInput) {
        refuse('code', `must be at most ${CHECKPOINT_LIMITS.codeInput} characters`, UserErrorCode.TOO_LONG);
      }
      const canonical = normaliseCheckpointCode(code);
      checkpoint = canonical ? await tx.findOne(Checkpoint, { code: canonical, ...reach }) : null;
    } else {
      const parsed = fromGlobalId(id);
      checkpoint =
        parsed?.typename === 'Checkpoint' ? await tx.findOne(Checkpoint, { id: parsed.key, ...reach }) : null;
    }
    if (!checkpoint) refuse(field, 'names no checkpoint', UserErrorCode.NOT_FOUND);
    const area = await tx.findOneOrFail(Area, { id: checkpoint.area.unwrap().id });
    if (!checkpoint.active || !area.active) refuse(field, 'names a checkpoint no longer in use', UserErrorCode.INVALID);
    return { checkpoint, method: code ? ScanMethod.CODE : ScanMethod.LIST, field };
  }

  /**
   * The shift the viewer is on duty in now at the checkpoint's site, found from their own place on
   * the roster (never from a shift id they could choose): rostered, not taken off, not on leave,
   * the shift on duty and now within its hours.
   */
  private async dutyAt(tx: EntityManager, siteCode: string, field: CheckpointField): Promise<Shift> {
    const now = this.now().getTime();
    const window = {
      status: ShiftStatus.ON_DUTY,
      startsAt: { $lte: new Date(now + SHIFT_WINDOW.startEarlyMinutes * MINUTE) },
      endsAt: { $gte: new Date(now - PATROL_RULES.afterEndMinutes * MINUTE) },
    };
    const mine = { staff: this.viewer.staff.id, removedAt: null, onLeave: false };
    const here = await tx.findOne(
      ShiftMember,
      { ...mine, shift: { ...window, site: siteCode } },
      { populate: ['shift'], orderBy: { shift: { startsAt: 'desc' } } },
    );
    if (here) return here.shift.unwrap();
    if (await tx.count(ShiftMember, { ...mine, shift: window })) {
      refuse(
        field,
        'names a checkpoint at another site than the shift you are on duty in',
        UserErrorCode.NOT_PERMITTED,
      );
    }
    refuse(field, 'cannot be scanned now: you are on no shift on duty', UserErrorCode.OUT_OF_RANGE);
  }

  /**
   * Records a scan in the patroller's round: the open one if their last scan was within the round
   * gap, else a new one (the stale one ends at its last scan).
   */
  private async addScan(
    tx: EntityManager,
    shift: Shift,
    checkpoint: Checkpoint,
    method: ScanMethod,
    observation: string | null,
    field: CheckpointField,
  ): Promise<PatrolScan> {
    const now = this.now();
    const me = this.viewer.staff.id;
    let round = await tx.findOne(
      PatrolRound,
      { shift: shift.id, patroller: me, completedAt: null },
      { orderBy: { lastScanAt: 'desc' } },
    );
    if (round && now.getTime() - round.lastScanAt.getTime() > PATROL_RULES.roundGapMinutes * MINUTE) {
      round.completedAt = round.lastScanAt;
      round = null;
    }
    if (round) {
      const again = await tx.count(PatrolScan, {
        round: round.id,
        checkpoint: checkpoint.id,
        scannedAt: { $gte: new Date(now.getTime() - PATROL_RULES.repeatSeconds * 1000) },
      });
      if (again) refuse(field, 'was scanned in this round a moment ago', UserErrorCode.ALREADY_DONE);
      round.lastScanAt = now;
    } else {
      round = tx.create(PatrolRound, { id: randomUUID(), shift, patroller: me, startedAt: now, lastScanAt: now });
    }
    return tx.create(PatrolScan, {
      id: randomUUID(),
      round,
      shift,
      checkpoint,
      area: checkpoint.area,
      patroller: me,
      scannedAt: now,
      method,
      observation,
    });
  }

  private recordScanEvent(audit: AuditLog, action: string, scan: PatrolScan, shift: Shift, extra = {}) {
    audit.record({
      action,
      targetType: 'PatrolScan',
      targetKey: scan.id,
      departmentKey: shift.department.unwrap().key,
      before: null,
      after: { ...scanSnapshot(scan), ...extra },
    });
    publishShiftEvent(this.ctx, shift.id, ShiftEventType.PATROL_SCAN, toGlobalId('PatrolScan', scan.id));
  }

  recordScan(input: RecordPatrolScanInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const { checkpoint, method, field } = await this.checkpointFor(tx, input);
      const v = new Validator();
      const observation = v.text('observation', input.observation, { max: PATROL_LIMITS.observation }) || null;
      v.check();
      const shift = await this.dutyAt(tx, checkpoint.site.unwrap().code, field);
      const scan = await this.addScan(tx, shift, checkpoint, method, observation, field);
      this.recordScanEvent(audit, 'patrol.scan', scan, shift);
      return scan;
    });
  }

  completeRound(input: CompletePatrolRoundInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const key = keyOf(input.roundId, 'PatrolRound');
      const reach = patrolRecordFilter(this.viewer);
      const round =
        key && reach ? await tx.findOne(PatrolRound, { $and: [{ id: key }, reach as FilterQuery<PatrolRound>] }) : null;
      if (!round) refuse('roundId', 'names no patrol round', UserErrorCode.NOT_FOUND);
      const shift = await tx.findOneOrFail(Shift, { id: round.shift.unwrap().id });
      if (!mayCompleteRound(this.viewer, round, mayLeadShift(this.viewer, shift))) throw forbidden();
      if (round.completedAt) refuse('roundId', 'has already ended', UserErrorCode.ALREADY_DONE);
      const now = this.now();
      round.completedAt = now;
      audit.record({
        action: 'patrol.complete_round',
        targetType: 'PatrolRound',
        targetKey: round.id,
        departmentKey: shift.department.unwrap().key,
        before: { completedAt: null },
        after: { completedAt: now.toISOString(), startedAt: round.startedAt.toISOString() },
      });
      publishShiftEvent(this.ctx, shift.id, ShiftEventType.PATROL_SCAN, toGlobalId('PatrolRound', round.id));
      return round;
    });
  }

  /**
   * An anomaly found at a checkpoint (SL-4: damage, soiling, a security matter) opens a case in
   * one step, through the case engine in this transaction: at the checkpoint's site, its area and
   * checkpoint as the place, reported by the patroller on the PATROL channel. The patroller opens
   * it under the patrol's authority (being on duty there), not a case-opening grant of their own.
   * The case hangs on a scan at the checkpoint: the patroller's scan of it a moment ago in this
   * round if it has no case yet, else a new scan.
   */
  async reportAnomaly(input: ReportPatrolAnomalyInput) {
    const cases = new CaseService(this.ctx);
    const openInput = Object.assign(new OpenCaseInput(), {
      kind: ANOMALY_CASE_KIND[input.kind] ?? CaseKind.REPAIR,
      channel: CaseChannel.PATROL,
      title: input.title,
      description: input.description,
      priority: input.priority ?? null,
      reportedByMe: true,
    });
    const prepared = await cases.prepareOpen(openInput, { authorisedByCaller: true });
    return runMutation(this.ctx, async (tx, audit) => {
      const { checkpoint, method, field } = await this.checkpointFor(tx, input);
      const v = new Validator();
      const title = v.text('title', input.title, { max: CASE_LIMITS.title, required: true });
      v.text('description', input.description, { max: CASE_LIMITS.description, required: true });
      v.check();
      const shift = await this.dutyAt(tx, checkpoint.site.unwrap().code, field);
      const area = await tx.findOneOrFail(Area, { id: checkpoint.area.unwrap().id });
      openInput.siteCode = checkpoint.site.unwrap().code;
      openInput.area = `${area.nameZh} · ${checkpoint.name}`.slice(0, CASE_LIMITS.area);

      const now = this.now();
      const recent = await tx.findOne(
        PatrolScan,
        {
          patroller: this.viewer.staff.id,
          shift: shift.id,
          checkpoint: checkpoint.id,
          case: null,
          round: { completedAt: null },
          scannedAt: { $gte: new Date(now.getTime() - PATROL_RULES.roundGapMinutes * MINUTE) },
        },
        { orderBy: { scannedAt: 'desc' } },
      );
      const scan = recent ?? (await this.addScan(tx, shift, checkpoint, method, title, field));
      if (!scan.observation) scan.observation = title;
      const c = await cases.openWithin(tx, openInput, prepared, null);
      scan.case = tx.getReference(Case, c.id, { wrapped: true });
      this.recordScanEvent(audit, 'patrol.report_anomaly', scan, shift, {
        caseReference: c.reference,
        caseKind: c.kind,
        caseTitle: c.title,
      });
      return { scan, case: c };
    });
  }

  // ---- missed patrols ----------------------------------------------------------------------

  review(input: ReviewMissedPatrolInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const key = keyOf(input.missedPatrolId, 'MissedPatrol');
      const reach = missedPatrolFilter(this.viewer);
      const missed = key && reach ? await tx.findOne(MissedPatrol, { $and: [{ id: key }, reach] }) : null;
      if (!missed) refuse('missedPatrolId', 'names no missed patrol', UserErrorCode.NOT_FOUND);
      const shift = await tx.findOneOrFail(Shift, { id: missed.shift.unwrap().id });
      if (!mayReviewMissedPatrol(this.viewer, shift)) throw forbidden();
      if (missed.status !== MissedPatrolStatus.OPEN) {
        refuse('missedPatrolId', 'has already been reviewed', UserErrorCode.ALREADY_DONE);
      }
      const v = new Validator();
      const note = v.text('note', input.note, { max: PATROL_LIMITS.reviewNote, required: true });
      v.check();
      const before = missedSnapshot(missed);
      missed.status = MissedPatrolStatus.REVIEWED;
      missed.reviewedAt = this.now();
      missed.reviewedBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      missed.reviewNote = note;
      audit.record({
        action: 'missed_patrol.review',
        targetType: 'MissedPatrol',
        targetKey: missed.id,
        departmentKey: shift.department.unwrap().key,
        before,
        after: missedSnapshot(missed),
      });
      return missed;
    });
  }
}
