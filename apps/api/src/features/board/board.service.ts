import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/node.js';
import type { TopicEvent } from '../../realtime/pubsub.js';
import type { Viewer } from '../auth/viewer.js';
import { Case } from '../cases/case.entity.js';
import { CaseEventType, Severity } from '../cases/case.enums.js';
import { ACTIVE_STATUSES } from '../cases/case.service.js';
import { CaseEvent } from '../cases/case-event.entity.js';
import { patrolCoverageOf } from '../patrols/patrol.resolver.js';
import { coverageOf } from '../patrols/patrol-coverage.js';
import { unauthenticated } from '../permissions/auth-checker.js';
import { SHIFT_DEPARTMENT } from '../shifts/roster-setup.service.js';
import { Shift } from '../shifts/shift.entity.js';
import { ShiftStatus } from '../shifts/shift.enums.js';
import { SHIFT_WINDOW } from '../shifts/shift.service.js';
import { ShiftEventType } from '../shifts/shift.topics.js';
import { boardCaseFilter, boardShiftFilter } from './board.access.js';
import { BoardEvent, BoardEventType, BoardSnapshot } from './board.types.js';

/** A wall screen shows a few dozen at most: the snapshot lists no more than this. */
export const BOARD_LIMITS = { cases: 200, siteCode: 32 } as const;

/** Shift events that change what the board's coverage shows (which shift is current, and its scans). */
const COVERAGE_EVENTS: ReadonlySet<ShiftEventType> = new Set([
  ShiftEventType.PATROL_SCAN,
  ShiftEventType.STATUS_CHANGED,
  ShiftEventType.ROSTER_CHANGED,
  ShiftEventType.HANDOVER_ACCEPTED,
]);

const RUNNING: readonly ShiftStatus[] = [ShiftStatus.BRIEFING, ShiftStatus.ON_DUTY, ShiftStatus.HANDING_OVER];

export type BoardTopicEvent = TopicEvent<'CASE_EVENT' | 'SHIFT_EVENT' | 'ESCALATION'>;

/** The live incident board: a snapshot to start from, and which live events concern a viewer. */
export class BoardService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  async snapshot(siteCode: string | null): Promise<BoardSnapshot> {
    const site = siteCode ? siteCode.slice(0, BOARD_LIMITS.siteCode) : null;
    const generatedAt = this.ctx.clock();
    const where: FilterQuery<Case>[] = [boardCaseFilter(this.viewer), { status: { $in: [...ACTIVE_STATUSES] } }];
    if (site) where.push({ site });
    const [cases, openCount] = await this.ctx.em.findAndCount(
      Case,
      { $and: where },
      {
        // MAJOR before GENERAL (the enum's values sort that way), then the longest open first.
        orderBy: { severity: 'desc', createdAt: 'asc', id: 'asc' },
        limit: BOARD_LIMITS.cases,
      },
    );
    return {
      generatedAt,
      siteCode: site,
      cases,
      openCount,
      caseLimit: BOARD_LIMITS.cases,
      coverage: await this.coverage(site, generatedAt),
    };
  }

  /**
   * Per site, the shift whose patrols count now: the latest one running around now, else the one
   * rostered for this moment (not started yet: its coverage is what is missing).
   */
  async currentShifts(site: string | null, now: Date): Promise<Shift[]> {
    const reach = boardShiftFilter(this.viewer);
    if (!reach) return [];
    const at = now.getTime();
    const where: FilterQuery<Shift>[] = [
      reach,
      { department: SHIFT_DEPARTMENT, status: { $ne: ShiftStatus.CLOSED } },
      { startsAt: { $lte: new Date(at + SHIFT_WINDOW.startEarlyMinutes * 60_000) } },
      { endsAt: { $gte: new Date(at - SHIFT_WINDOW.currentAfterEndMinutes * 60_000) } },
    ];
    if (site) where.push({ site });
    const shifts = await this.ctx.em.find(
      Shift,
      { $and: where },
      { orderBy: { startsAt: 'desc', id: 'asc' }, populate: ['site'], limit: 200 },
    );
    const bySite = new Map<string, Shift>();
    for (const shift of shifts) {
      const code = shift.site.unwrap().code;
      const chosen = bySite.get(code);
      const running = RUNNING.includes(shift.status);
      const rosteredNow = shift.startsAt.getTime() <= at && at < shift.endsAt.getTime();
      if (!chosen) {
        if (running || rosteredNow) bySite.set(code, shift);
      } else if (running && !RUNNING.includes(chosen.status)) {
        bySite.set(code, shift);
      }
    }
    return [...bySite.values()].sort((a, b) => a.site.unwrap().code.localeCompare(b.site.unwrap().code));
  }

  private async coverage(site: string | null, now: Date) {
    const out = [];
    for (const shift of await this.currentShifts(site, now)) {
      out.push(patrolCoverageOf(shift, await coverageOf(this.ctx.em, shift)));
    }
    return out;
  }

  /**
   * What a live event means for this viewer's board, or null when it is none of their business
   * (a case they may not read or not for the board, a shift whose patrols they do not follow,
   * another site). Read through a fresh fork: never one subscriber's identity map for the next event.
   */
  async eventFor(event: BoardTopicEvent, siteCode: string | null): Promise<BoardEvent | null> {
    const em = this.ctx.em.fork();
    const site = siteCode ? siteCode.slice(0, BOARD_LIMITS.siteCode) : null;
    if (event.topic === 'ESCALATION') {
      // Sent, acknowledged, passed on or reminded — by a person or by the sweep (no timeline entry).
      const where: FilterQuery<Case>[] = [{ id: event.message.caseId }, boardCaseFilter(this.viewer)];
      if (site) where.push({ site });
      const c = await em.findOne(Case, { $and: where });
      if (!c) return null;
      return {
        type: BoardEventType.CASE_CHANGED,
        caseId: toGlobalId('Case', c.id),
        shiftId: null,
        at: this.ctx.clock(),
        major: c.severity === Severity.MAJOR,
      };
    }
    if (event.topic === 'CASE_EVENT') {
      const { caseId, eventId } = event.message;
      const where: FilterQuery<Case>[] = [{ id: caseId }, boardCaseFilter(this.viewer)];
      if (site) where.push({ site });
      const c = await em.findOne(Case, { $and: where });
      if (!c) return null;
      const step = await em.findOne(CaseEvent, { id: eventId });
      return {
        type: step?.type === CaseEventType.OPENED ? BoardEventType.CASE_OPENED : BoardEventType.CASE_CHANGED,
        caseId: toGlobalId('Case', c.id),
        shiftId: null,
        at: step?.at ?? this.ctx.clock(),
        major: c.severity === Severity.MAJOR,
      };
    }
    const { shiftId, type, at } = event.message;
    if (!COVERAGE_EVENTS.has(type)) return null;
    const reach = boardShiftFilter(this.viewer);
    if (!reach) return null;
    const where: FilterQuery<Shift>[] = [{ id: shiftId, department: SHIFT_DEPARTMENT }, reach];
    if (site) where.push({ site });
    if (!(await em.findOne(Shift, { $and: where }))) return null;
    return {
      type: BoardEventType.COVERAGE,
      caseId: null,
      shiftId: toGlobalId('Shift', shiftId),
      at: new Date(at),
      major: false,
    };
  }

  /** Said in place of the events a slow subscriber missed. */
  resync(): BoardEvent {
    return { type: BoardEventType.RESYNC, caseId: null, shiftId: null, at: this.ctx.clock(), major: false };
  }
}
