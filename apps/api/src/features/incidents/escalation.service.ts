import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import type { Clock, Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/node.js';
import type { Validator } from '../../graphql/validate.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Case } from '../cases/case.entity.js';
import { CaseEventType, CaseKind, CaseStatus, Severity } from '../cases/case.enums.js';
import type { CaseTimelineWriter } from '../cases/case.kinds.js';
import { notify } from '../notifications/notify.js';
import { Staff } from '../staff/staff.entity.js';
import { chainIndexOf, type DutyHolder, dutyHolder } from './duty-chain.js';
import { DUTY_CHAIN, DutyLevel, ESCALATION_LIMITS, Escalation, EscalationReason } from './escalation.entity.js';
import { incidentPolicy } from './incident-policy.service.js';

/** Cases still being worked on: an escalation of one that ended stops waiting. */
const ACTIVE: readonly CaseStatus[] = [CaseStatus.OPEN, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS];
/** Reminders at the top of the chain before the board alone keeps showing it unacknowledged. */
export const MAX_TOP_REMINDERS = 3;
/** What the system signs as when a matter climbs by itself. */
export const SYSTEM_ACTOR = 'Steward';

type Sender = Pick<Context, 'clock' | 'pubsub' | 'afterCommit'> & { viewer?: Context['viewer'] };

const levelIndex = (level: DutyLevel) => DUTY_CHAIN.findIndex((s) => s.level === level);
const siteOf = (c: Case) => c.site?.unwrap().code ?? null;

/** Publishes "something about this case's escalation changed" for live boards, once committed. */
function announce(ctx: Sender, c: Case, escalation: Escalation) {
  ctx.afterCommit.push(() => ctx.pubsub.publish('ESCALATION', { caseId: c.id, escalationId: escalation.id }));
}

/** Records one escalation to a holder of a step, tells them, and makes them the case's escalation holder. */
async function send(
  tx: EntityManager,
  ctx: Sender,
  c: Case,
  level: DutyLevel,
  holder: DutyHolder,
  reason: EscalationReason,
  notifyThem: boolean,
): Promise<Escalation> {
  const now = ctx.clock();
  const policy = await incidentPolicy(tx);
  const sender = ctx.viewer?.staff ?? null;
  const escalation = tx.create(Escalation, {
    id: randomUUID(),
    case: c,
    level,
    to: tx.getReference(Staff, holder.staff.id),
    toName: holder.staff.name,
    onDuty: holder.onDuty,
    shiftId: holder.shiftId,
    reason,
    sentAt: now,
    sentBy: sender ? tx.getReference(Staff, sender.id) : null,
    sentByName: sender?.name ?? SYSTEM_ACTOR,
    ackDueAt: new Date(now.getTime() + policy.ackMinutes * 60_000),
  });
  c.escalatedTo = tx.getReference(Staff, holder.staff.id, { wrapped: true });
  c.escalatedAt ??= now;
  if (notifyThem) {
    const by = sender?.name ?? SYSTEM_ACTOR;
    notify(tx, ctx, {
      recipientId: holder.staff.id,
      type: 'CASE_ESCALATED',
      caseRef: c,
      zh: `${c.severity === Severity.MAJOR ? '【重大】' : ''}${by} 向您上报 ${c.reference}「${c.title}」，请确认`,
      en: `${c.severity === Severity.MAJOR ? '[MAJOR] ' : ''}${by} escalated ${c.reference} “${c.title}” to you: please acknowledge`,
    });
  }
  announce(ctx, c, escalation);
  return escalation;
}

/** The first step above a person's post (a shift leader's director…); 0 for anyone outside the chain. */
function stepAbove(positionKey: string | undefined): number {
  return chainIndexOf(positionKey) + 1;
}

/**
 * At reporting (SL-2, DIR-4, CS-7): a fire goes to the director and the company manager at once;
 * a major or beyond-authority incident to whoever holds the next post up on duty now. A report
 * by the top of the chain needs no one above it.
 */
export async function escalateAtOpen(
  c: Case,
  tx: EntityManager,
  ctx: Context,
  timeline: CaseTimelineWriter,
): Promise<void> {
  const viewer = ctx.viewer;
  if (!viewer) return;
  const site = siteOf(c);
  const targets: { level: DutyLevel; reason: EscalationReason }[] = [];
  if (c.kind === CaseKind.FIRE) {
    targets.push({ level: DutyLevel.DIRECTOR, reason: EscalationReason.FIRE });
    targets.push({ level: DutyLevel.MANAGER, reason: EscalationReason.FIRE });
  } else if (c.severity === Severity.MAJOR || c.beyondAuthority) {
    const step = DUTY_CHAIN[stepAbove(viewer.staff.position.unwrap().key)];
    if (step) {
      const reason = c.severity === Severity.MAJOR ? EscalationReason.MAJOR : EscalationReason.BEYOND_AUTHORITY;
      targets.push({ level: step.level, reason });
    } else {
      // The company manager reported it: nobody is above; they hold it.
      c.escalatedAt = ctx.clock();
    }
  }
  for (const target of targets) {
    const holder = await dutyHolder(tx, target.level, site, ctx.clock());
    if (!holder || holder.staff.id === viewer.staff.id) continue;
    const e = await send(tx, ctx, c, target.level, holder, target.reason, true);
    timeline(CaseEventType.ESCALATED, {
      escalatedTo: holder.staff.id,
      escalatedToName: holder.staff.name,
      level: e.level,
    });
  }
}

/**
 * By hand (the engine's escalate step): one step above the highest the case has reached, or
 * above the escalating person's own post, whichever is higher. The engine notifies and records
 * the timeline entry.
 */
export async function escalateByHand(c: Case, tx: EntityManager, ctx: Context): Promise<Staff | null> {
  const viewer = ctx.viewer;
  if (!viewer) return null;
  const reached = await tx.find(Escalation, { case: c.id }, { fields: ['level'] });
  const highest = Math.max(-1, ...reached.map((e) => levelIndex(e.level)));
  const step = DUTY_CHAIN[Math.max(highest + 1, stepAbove(viewer.staff.position.unwrap().key))];
  if (!step) return null;
  const holder = await dutyHolder(tx, step.level, siteOf(c), ctx.clock());
  if (!holder || holder.staff.id === viewer.staff.id) return null;
  await settlePending(tx, c, ctx.clock(), levelIndex(step.level));
  await send(tx, ctx, c, step.level, holder, EscalationReason.BY_HAND, false);
  return holder.staff;
}

/** Stops the waiting of the case's unsettled escalations below a step (someone higher has it). */
async function settlePending(tx: EntityManager, c: Case, now: Date, belowIndex: number) {
  const pending = await tx.find(Escalation, { case: c.id, settledAt: null });
  for (const e of pending) if (levelIndex(e.level) < belowIndex) e.settledAt = now;
}

/**
 * The recipient of a waiting escalation confirms they have it: the chain stops climbing. Whoever
 * holds a higher step settles the lower ones with theirs.
 */
export async function acknowledgeEscalation(
  c: Case,
  tx: EntityManager,
  ctx: Context,
  v: Validator,
  note: string | null | undefined,
): Promise<{ note: string | null; data: Record<string, unknown> }> {
  const me = ctx.viewer?.staff;
  const text = v.text('note', note, { max: ESCALATION_LIMITS.note }) || null;
  const mine = me
    ? await tx.find(Escalation, { case: c.id, to: me.id, acknowledgedAt: null }, { orderBy: { sentAt: 'desc' } })
    : [];
  const waiting = mine.find((e) => !e.passedOnAt) ?? mine[0];
  if (!me || !waiting) {
    v.add('caseId', 'has no escalation to you waiting for acknowledgement', UserErrorCode.INVALID_TRANSITION);
    return { note: text, data: {} };
  }
  const now = ctx.clock();
  waiting.acknowledgedAt = now;
  waiting.acknowledgedBy = tx.getReference(Staff, me.id, { wrapped: true });
  waiting.note = text;
  waiting.settledAt ??= now;
  await settlePending(tx, c, now, levelIndex(waiting.level) + 1);
  announce(ctx, c, waiting);
  return { note: text, data: { level: waiting.level, escalationId: toGlobalId('Escalation', waiting.id) } };
}

/**
 * Passes each escalation that waited past its deadline one step higher (the holder on duty now,
 * else the post-holder); at the top of the chain reminds the manager up to MAX_TOP_REMINDERS
 * times. Stops for cases that ended. Runs on a timer; tests call it with their own clock.
 */
export async function sweepEscalations(em: EntityManager, clock: Clock, pubsub: Context['pubsub']): Promise<number> {
  const afterCommit: (() => void)[] = [];
  const ctx: Sender = { clock, pubsub, afterCommit };
  const now = clock();
  const moved = await em.fork().transactional(async (tx) => {
    const due = await tx.find(
      Escalation,
      { settledAt: null, ackDueAt: { $lte: now } },
      { populate: ['case'], orderBy: { ackDueAt: 'asc' }, limit: 200 },
    );
    const policy = await incidentPolicy(tx);
    let n = 0;
    for (const e of due) {
      const c = e.case.getEntity();
      if (!ACTIVE.includes(c.status)) {
        e.settledAt = now;
        continue;
      }
      const next = DUTY_CHAIN[levelIndex(e.level) + 1];
      const holder = next ? await dutyHolder(tx, next.level, siteOf(c), now) : null;
      if (next && holder) {
        e.passedOnAt = now;
        e.settledAt = now;
        const sent = await send(tx, ctx, c, next.level, holder, EscalationReason.UNACKNOWLEDGED, true);
        systemAudit(tx, c, sent);
      } else if (e.reminders < MAX_TOP_REMINDERS) {
        e.reminders += 1;
        e.ackDueAt = new Date(now.getTime() + policy.ackMinutes * 60_000);
        notify(tx, ctx, {
          recipientId: e.to.unwrap().id,
          type: 'CASE_ESCALATED',
          caseRef: c,
          zh: `提醒（第 ${e.reminders} 次）：${c.reference}「${c.title}」上报后仍未确认`,
          en: `Reminder ${e.reminders}: ${c.reference} “${c.title}” was escalated to you and is not yet acknowledged`,
        });
        announce(ctx, c, e);
      } else {
        // Reminded enough: the board keeps showing it unacknowledged until someone acts.
        e.settledAt = now;
      }
      n += 1;
    }
    return n;
  });
  for (const publish of afterCommit) publish();
  return moved;
}

/** The one audit event of a change nobody made by hand: signed by the system, not a person. */
function systemAudit(tx: EntityManager, c: Case, e: Escalation) {
  tx.create(AuditEvent, {
    id: randomUUID(),
    actorName: SYSTEM_ACTOR,
    action: 'case.escalation_passed_on',
    targetType: 'Case',
    targetId: toGlobalId('Case', c.id),
    departmentKey: c.department.unwrap().key,
    changes: { escalatedTo: { before: null, after: e.toName }, level: { before: null, after: e.level } },
    requestId: null,
    ip: null,
  });
}
