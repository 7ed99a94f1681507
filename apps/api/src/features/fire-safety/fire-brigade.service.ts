import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import { runMutation } from '../../graphql/mutation.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import { BRIGADE_LIMITS, FireBrigadeMember } from './fire-brigade-member.entity.js';
import { fireSafetyReaches } from './fire-safety.access.js';
import { FireSafetyBase } from './fire-safety.base.js';
import { FireBrigadeRole } from './fire-safety.enums.js';
import type {
  AddFireBrigadeMemberInput,
  EndFireBrigadeMembershipInput,
  UpdateFireBrigadeMemberInput,
} from './fire-safety.inputs.js';

/** Joining, training and leaving dates may lie decades back (a long-serving member). */
const HISTORY_DAYS = 36_600;

function snapshot(m: FireBrigadeMember): Record<string, unknown> {
  return {
    site: m.site.unwrap().code,
    staff: m.staff.unwrap().id,
    role: m.role,
    engagement: m.engagement,
    joinedOn: m.joinedOn,
    lastTrainedOn: m.lastTrainedOn,
    leftOn: m.leftOn,
    leftReason: m.leftReason,
  };
}

/** The fire brigade (义务消防队) and full/part-time fire personnel of each site (R32, OM-4). */
export class FireBrigadeService extends FireSafetyBase {
  byIds(keys: readonly string[]): Promise<FireBrigadeMember[]> {
    const read = this.siteFilter();
    if (!read) return Promise.resolve([]);
    return this.ctx.em.find(FireBrigadeMember, { id: { $in: [...keys] }, ...read });
  }

  /** A site's brigade: captain first, then deputies and members by when they joined. */
  async members(siteCode: string, includeLeft: boolean): Promise<FireBrigadeMember[]> {
    const site = await this.readableSite(siteCode);
    if (!site) return [];
    const rows = await this.ctx.em.find(
      FireBrigadeMember,
      { site: site.code, ...(includeLeft ? {} : { leftOn: null }) },
      { orderBy: { joinedOn: 'asc', id: 'asc' }, limit: 1000 },
    );
    const rank = (m: FireBrigadeMember) => (m.leftOn ? 10 : 0) + Object.values(FireBrigadeRole).indexOf(m.role);
    return rows.sort((a, b) => rank(a) - rank(b));
  }

  mayHandle(m: FireBrigadeMember): boolean {
    return !!this.ctx.viewer && fireSafetyReaches(this.ctx.viewer, 'fire_safety.handle', m.site.unwrap().code);
  }

  private async captainTaken(tx: EntityManager, siteCode: string, except: string | null): Promise<boolean> {
    const where = {
      site: siteCode,
      role: FireBrigadeRole.CAPTAIN,
      leftOn: null,
      ...(except ? { id: { $ne: except } } : {}),
    };
    return (await tx.count(FireBrigadeMember, where)) > 0;
  }

  add(input: AddFireBrigadeMemberInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const site = await this.siteToAct(tx, v, input.siteCode, ['fire_safety.create']);
      const today = site ? this.today(site) : '';
      const staff = site ? await this.staffAt(tx, v, input.staffId, 'staffId', site.code) : null;
      const joinedOn = site
        ? this.dateNear(v, 'joinedOn', input.joinedOn, today, {
            required: true,
            notFuture: true,
            pastDays: HISTORY_DAYS,
          })
        : null;
      const lastTrainedOn = site
        ? this.dateNear(v, 'lastTrainedOn', input.lastTrainedOn, today, { notFuture: true, pastDays: HISTORY_DAYS })
        : null;
      v.check();
      if (!site || !staff || !joinedOn) throw new Error('unreachable');
      if ((await tx.count(FireBrigadeMember, { site: site.code, staff: staff.id, leftOn: null })) > 0) {
        refuse('staffId', 'is already in this site’s brigade', UserErrorCode.TAKEN);
      }
      if (input.role === FireBrigadeRole.CAPTAIN && (await this.captainTaken(tx, site.code, null))) {
        refuse('role', 'the site’s brigade has a captain already: change theirs first', UserErrorCode.CONFLICT);
      }
      const now = this.now();
      const m = tx.create(FireBrigadeMember, {
        id: randomUUID(),
        site,
        staff,
        role: input.role,
        engagement: input.engagement,
        joinedOn,
        lastTrainedOn,
        createdBy: this.me(tx),
        createdAt: now,
        updatedAt: now,
      });
      this.recordAudit(audit, 'fire_brigade.add', 'FireBrigadeMember', m.id, null, snapshot(m));
      return m;
    });
  }

  private async active(tx: EntityManager, id: string): Promise<FireBrigadeMember> {
    const m = await this.recordToAct(tx, FireBrigadeMember, 'FireBrigadeMember', id, 'memberId', [
      'fire_safety.handle',
    ]);
    if (m.leftOn)
      refuse('memberId', 'has left the brigade: the record stays as it was', UserErrorCode.INVALID_TRANSITION);
    return m;
  }

  update(input: UpdateFireBrigadeMemberInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const m = await this.active(tx, input.memberId);
      const before = snapshot(m);
      const today = this.today(m.site.unwrap());
      const v = new Validator();
      if (input.lastTrainedOn != null) {
        const trained = this.dateNear(v, 'lastTrainedOn', input.lastTrainedOn, today, {
          required: true,
          notFuture: true,
          pastDays: HISTORY_DAYS,
        });
        if (trained && m.lastTrainedOn && trained < m.lastTrainedOn) {
          v.add(
            'lastTrainedOn',
            `must not be before the training on record (${m.lastTrainedOn})`,
            UserErrorCode.OUT_OF_RANGE,
          );
        } else if (trained) m.lastTrainedOn = trained;
      }
      if (input.engagement != null) m.engagement = input.engagement;
      v.check();
      if (input.role != null && input.role !== m.role) {
        if (input.role === FireBrigadeRole.CAPTAIN && (await this.captainTaken(tx, m.site.unwrap().code, m.id))) {
          refuse('role', 'the site’s brigade has a captain already: change theirs first', UserErrorCode.CONFLICT);
        }
        m.role = input.role;
      }
      m.updatedAt = this.now();
      this.recordAudit(audit, 'fire_brigade.update', 'FireBrigadeMember', m.id, before, snapshot(m));
      return m;
    });
  }

  end(input: EndFireBrigadeMembershipInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const m = await this.active(tx, input.memberId);
      const before = snapshot(m);
      const today = this.today(m.site.unwrap());
      const v = new Validator();
      const leftOn = this.dateNear(v, 'leftOn', input.leftOn, today, {
        required: true,
        notFuture: true,
        pastDays: HISTORY_DAYS,
      });
      if (leftOn && leftOn < m.joinedOn) v.add('leftOn', 'must not be before they joined', UserErrorCode.OUT_OF_RANGE);
      const reason = v.text('reason', input.reason, { max: BRIGADE_LIMITS.reason, required: true });
      v.check();
      m.leftOn = leftOn;
      m.leftReason = reason;
      m.updatedAt = this.now();
      this.recordAudit(audit, 'fire_brigade.end', 'FireBrigadeMember', m.id, before, snapshot(m));
      return m;
    });
  }
}
