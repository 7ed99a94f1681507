import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { Viewer } from '../auth/viewer.js';
import { unauthenticated } from '../permissions/auth-checker.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { StaffStatus } from '../staff/staff.enums.js';
import type {
  CreateShiftPatternInput,
  CreateTeamInput,
  UpdateShiftPatternInput,
  UpdateTeamInput,
} from './roster-setup.inputs.js';
import { mayEditRoster } from './shift.access.js';
import { keyOf } from './shift.service.js';
import { PATTERN_LIMITS, ShiftPattern } from './shift-pattern.entity.js';
import { TEAM_LIMITS, Team } from './team.entity.js';
import { TIME_OF_DAY } from './zoned-time.js';

/** The department that works shifts: order maintenance (security) is the one the rulebook rosters. */
export const SHIFT_DEPARTMENT = 'order_maintenance';

function patternSnapshot(p: ShiftPattern): Record<string, unknown> {
  return {
    site: p.site.unwrap().code,
    code: p.code,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    startTime: p.startTime,
    endTime: p.endTime,
    lateGraceMinutes: p.lateGraceMinutes,
    earlyLeaveGraceMinutes: p.earlyLeaveGraceMinutes,
    active: p.active,
  };
}

function teamSnapshot(t: Team): Record<string, unknown> {
  return {
    site: t.site.unwrap().code,
    name: t.name,
    leader: t.leader.unwrap().id,
    members: t.members.isInitialized() ? t.members.getItems().map((m) => m.id) : undefined,
    active: t.active,
  };
}

/** Shift patterns and teams: the settings a roster is generated from (DIR-5). */
export class RosterSetupService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private mayEdit(siteCode: string, field: string) {
    if (!mayEditRoster(this.viewer, { departmentKey: SHIFT_DEPARTMENT, siteCode })) {
      refuse(field, 'is outside the rosters you may draft', UserErrorCode.NOT_PERMITTED);
    }
  }

  private grace(v: Validator, field: string, value: number | null | undefined): number | undefined {
    if (value == null) return undefined;
    if (!Number.isInteger(value) || value < 0 || value > PATTERN_LIMITS.graceMax) {
      v.add(
        field,
        `must be a whole number of minutes from 0 to ${PATTERN_LIMITS.graceMax}`,
        UserErrorCode.OUT_OF_RANGE,
      );
    }
    return value;
  }

  private time(v: Validator, field: string, value: string | null | undefined, required: boolean): string | undefined {
    const t = v.text(field, value, { max: 5, required });
    if (t && !TIME_OF_DAY.test(t)) v.add(field, 'must be a time as HH:MM (00:00–23:59)', UserErrorCode.INVALID);
    return t || undefined;
  }

  createPattern(input: CreateShiftPatternInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const site = await this.site(tx, v, input.siteCode);
      const code = v.text('code', input.code, { max: PATTERN_LIMITS.code, required: true }).toUpperCase();
      v.pattern('code', code, /^[A-Z0-9_-]+$/, 'must be letters, digits, _ or -');
      const nameZh = v.text('nameZh', input.nameZh, { max: PATTERN_LIMITS.nameZh, required: true });
      const nameEn = v.text('nameEn', input.nameEn, { max: PATTERN_LIMITS.nameEn, required: true });
      const startTime = this.time(v, 'startTime', input.startTime, true);
      const endTime = this.time(v, 'endTime', input.endTime, true);
      if (startTime && endTime && startTime === endTime) {
        v.add('endTime', 'must differ from the start (a shift cannot last a whole day)', UserErrorCode.INVALID);
      }
      const late = this.grace(v, 'lateGraceMinutes', input.lateGraceMinutes);
      const early = this.grace(v, 'earlyLeaveGraceMinutes', input.earlyLeaveGraceMinutes);
      v.check();
      if (!site || !startTime || !endTime) throw new Error('unreachable');
      this.mayEdit(site.code, 'siteCode');
      if (await tx.count(ShiftPattern, { site: site.code, code })) {
        refuse('code', 'is already a pattern at this site', UserErrorCode.TAKEN);
      }
      const p = tx.create(ShiftPattern, {
        id: randomUUID(),
        site,
        code,
        nameZh,
        nameEn,
        startTime,
        endTime,
        ...(late != null ? { lateGraceMinutes: late } : {}),
        ...(early != null ? { earlyLeaveGraceMinutes: early } : {}),
        createdAt: this.ctx.clock(),
      });
      audit.record({
        action: 'shift_pattern.create',
        targetType: 'ShiftPattern',
        targetKey: p.id,
        departmentKey: SHIFT_DEPARTMENT,
        before: null,
        after: patternSnapshot(p),
      });
      return p;
    });
  }

  updatePattern(input: UpdateShiftPatternInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const key = keyOf(input.patternId, 'ShiftPattern');
      const p = key ? await tx.findOne(ShiftPattern, { id: key }) : null;
      if (!p) refuse('patternId', 'No such shift pattern', UserErrorCode.NOT_FOUND);
      this.mayEdit(p.site.unwrap().code, 'patternId');
      const before = patternSnapshot(p);
      const v = new Validator();
      if (input.nameZh != null)
        p.nameZh = v.text('nameZh', input.nameZh, { max: PATTERN_LIMITS.nameZh, required: true });
      if (input.nameEn != null)
        p.nameEn = v.text('nameEn', input.nameEn, { max: PATTERN_LIMITS.nameEn, required: true });
      const start = this.time(v, 'startTime', input.startTime, false);
      const end = this.time(v, 'endTime', input.endTime, false);
      if (start) p.startTime = start;
      if (end) p.endTime = end;
      if (p.startTime === p.endTime) v.add('endTime', 'must differ from the start', UserErrorCode.INVALID);
      const late = this.grace(v, 'lateGraceMinutes', input.lateGraceMinutes);
      const early = this.grace(v, 'earlyLeaveGraceMinutes', input.earlyLeaveGraceMinutes);
      if (late != null) p.lateGraceMinutes = late;
      if (early != null) p.earlyLeaveGraceMinutes = early;
      if (input.active != null) p.active = input.active;
      v.check();
      audit.record({
        action: 'shift_pattern.update',
        targetType: 'ShiftPattern',
        targetKey: p.id,
        departmentKey: SHIFT_DEPARTMENT,
        before,
        after: patternSnapshot(p),
      });
      return p;
    });
  }

  createTeam(input: CreateTeamInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const site = await this.site(tx, v, input.siteCode);
      const name = v.text('name', input.name, { max: TEAM_LIMITS.name, required: true });
      const leader = site ? (await this.people(tx, v, 'leaderId', [input.leaderId], site.code))[0] : undefined;
      const members = site ? await this.people(tx, v, 'memberIds', input.memberIds ?? [], site.code) : [];
      v.check();
      if (!site || !leader) throw new Error('unreachable');
      this.mayEdit(site.code, 'siteCode');
      if (await tx.count(Team, { site: site.code, name, active: true })) {
        refuse('name', 'is already the name of a team at this site', UserErrorCode.TAKEN);
      }
      const team = tx.create(Team, {
        id: randomUUID(),
        site,
        department: tx.getReference(Department, SHIFT_DEPARTMENT),
        name,
        leader,
        createdAt: this.ctx.clock(),
      });
      team.members.set(members.filter((m) => m.id !== leader.id));
      audit.record({
        action: 'team.create',
        targetType: 'Team',
        targetKey: team.id,
        departmentKey: SHIFT_DEPARTMENT,
        before: null,
        after: teamSnapshot(team),
      });
      return team;
    });
  }

  updateTeam(input: UpdateTeamInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const key = keyOf(input.teamId, 'Team');
      const team = key ? await tx.findOne(Team, { id: key }, { populate: ['members'] }) : null;
      if (!team) refuse('teamId', 'No such team', UserErrorCode.NOT_FOUND);
      const siteCode = team.site.unwrap().code;
      this.mayEdit(siteCode, 'teamId');
      const before = teamSnapshot(team);
      const v = new Validator();
      if (input.name != null) team.name = v.text('name', input.name, { max: TEAM_LIMITS.name, required: true });
      if (input.leaderId != null) {
        const [leader] = await this.people(tx, v, 'leaderId', [input.leaderId], siteCode);
        if (leader) team.leader = tx.getReference(Staff, leader.id, { wrapped: true });
      }
      if (input.memberIds != null) {
        const members = await this.people(tx, v, 'memberIds', input.memberIds, siteCode);
        team.members.set(members.filter((m) => m.id !== team.leader.unwrap().id));
      }
      if (input.active != null) team.active = input.active;
      v.check();
      audit.record({
        action: 'team.update',
        targetType: 'Team',
        targetKey: team.id,
        departmentKey: SHIFT_DEPARTMENT,
        before,
        after: teamSnapshot(team),
      });
      return team;
    });
  }

  private async site(tx: EntityManager, v: Validator, code: string): Promise<Site | null> {
    const site = code && code.length <= 32 ? await tx.findOne(Site, { code }) : null;
    if (!site) v.add('siteCode', 'names no site', UserErrorCode.NOT_FOUND);
    return site;
  }

  /** Active members of staff at the site, by global id, each once. */
  private async people(tx: EntityManager, v: Validator, field: string, ids: readonly string[], siteCode: string) {
    if (ids.length > TEAM_LIMITS.members) {
      v.add(field, `must name at most ${TEAM_LIMITS.members} people`, UserErrorCode.OUT_OF_RANGE);
      return [];
    }
    const keys = [...new Set(ids.map((id) => keyOf(id, 'Staff')))];
    if (keys.includes(null)) {
      v.add(field, 'names someone who is not a member of staff', UserErrorCode.NOT_FOUND);
      return [];
    }
    const found = await tx.find(Staff, {
      id: { $in: keys as string[] },
      status: StaffStatus.ACTIVE,
      sites: { code: siteCode },
    });
    if (found.length !== keys.length) {
      v.add(field, 'names someone who is not an active member of staff at the site', UserErrorCode.NOT_FOUND);
    }
    return found;
  }
}
