import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { LIMITS, type PermissionCode, UserErrorCode } from '@steward/schema';
import { findLean } from '../../db/lean.js';
import { type ConnectionShape, type PageArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { runMutation } from '../../graphql/mutation.js';
import { fromGlobalId } from '../../graphql/node.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { AuditLog } from '../audit/audit.service.js';
import { checkNewPassword } from '../auth/password-rules.js';
import { generatePassword, hashPassword } from '../auth/secrets.js';
import { revokeAllCredentials, type Viewer } from '../auth/viewer.js';
import { forbidden, unauthenticated } from '../permissions/auth-checker.js';
import { grantsOf } from '../permissions/grants.js';
import { Department } from '../rulebook/department.entity.js';
import { Position } from '../rulebook/position.entity.js';
import { Site } from '../sites/site.entity.js';
import { staffScope } from './staff.access.js';
import { STAFF_LIMITS, Staff } from './staff.entity.js';
import { StaffStatus } from './staff.enums.js';
import type {
  OffboardStaffInput,
  OnboardStaffInput,
  StaffFilter,
  StaffStatusChangeInput,
  TransferStaffInput,
  UpdateStaffInput,
} from './staff.inputs.js';

/**
 * Posts whose holders govern others (permissions, everyone's tokens, the audit trail, approving
 * staff changes): only someone who manages permissions may put a person into one, so nobody can
 * promote themselves or an accomplice past their own authority.
 */
const PRIVILEGED: readonly PermissionCode[] = ['permission.manage', 'api_token.manage', 'audit.read', 'staff.approve'];

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,31}$/;

/** What the audit trail shows of a staff record (never the password hash). */
function snapshot(s: Staff): Record<string, unknown> {
  return {
    employeeNo: s.employeeNo,
    name: s.name,
    phone: s.phone,
    department: s.department?.unwrap().key ?? null,
    position: s.position.unwrap().key,
    sites: s.sites.isInitialized() ? s.sites.getItems().map((x) => x.code) : undefined,
    status: s.status,
    hireDate: s.hireDate,
    leaveDate: s.leaveDate,
    locale: s.locale,
    username: s.username,
    mustChangePassword: s.mustChangePassword,
  };
}

/** One audit event for a lifecycle step: the record before, after, and why. */
function recordStep(
  audit: AuditLog,
  action: string,
  staff: Staff,
  before: Record<string, unknown> | null,
  extra: Record<string, unknown> = {},
): void {
  audit.record({
    action,
    targetType: 'Staff',
    targetKey: staff.id,
    departmentKey: staff.department?.unwrap().key ?? (before?.department as string | null | undefined),
    before,
    after: { ...snapshot(staff), ...extra },
  });
}

/** The staff lifecycle (rulebook OM-3, chapter 6): onboard, update, transfer, suspend, reinstate, offboard. */
export class StaffService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private readScope(): FilterQuery<Staff> {
    return staffScope(this.viewer) ?? { id: this.viewer.staff.id };
  }

  async list(filter: StaffFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<Staff>> {
    const where: FilterQuery<Staff>[] = [this.readScope()];
    if (filter?.departmentKey) where.push({ department: filter.departmentKey });
    if (filter?.positionKey) where.push({ position: filter.positionKey });
    if (filter?.status?.length) where.push({ status: { $in: filter.status } });
    const search = filter?.search?.trim();
    if (search) {
      if (search.length > LIMITS.maxSearchLength)
        throw badInput('search', `must be at most ${LIMITS.maxSearchLength} characters`);
      const like = `%${search.toLowerCase().replace(/[%_]/g, '_')}%`;
      where.push({
        $or: [
          { name: { $like: like } },
          { employeeNo: { $like: like } },
          { username: { $like: like } },
          { phone: { $like: like } },
        ],
      });
    }
    return paginate(
      this.ctx.em,
      Staff,
      { $and: where },
      [
        ['employeeNo', 'asc'],
        ['id', 'asc'],
      ],
      page,
      (s) => [s.employeeNo, s.id],
    );
  }

  /** Staff to read, those the viewer may see (`node(id)`, a record's people): lean rows, never for a mutation. */
  byIds(ids: readonly string[]): Promise<Staff[]> {
    if (!this.ctx.viewer) return Promise.resolve([]);
    return findLean(this.ctx.em, Staff, { $and: [{ id: { $in: [...ids] } }, this.readScope()] });
  }

  async byId(id: string): Promise<Staff | null> {
    const parsed = fromGlobalId(id);
    if (parsed?.typename !== 'Staff') return null;
    return (await this.byIds([parsed.key]))[0] ?? null;
  }

  /** The target of a lifecycle action, if the viewer's grant for it reaches them; else "not found". */
  private async target(tx: EntityManager, staffId: string, permission: PermissionCode): Promise<Staff> {
    const scope = staffScope(this.viewer, permission);
    if (!scope) throw forbidden();
    const parsed = fromGlobalId(staffId);
    const found =
      parsed?.typename === 'Staff'
        ? await tx.findOne(Staff, { $and: [{ id: parsed.key }, scope] }, { populate: ['sites'] })
        : null;
    if (!found) refuse('staffId', 'No such member of staff', UserErrorCode.NOT_FOUND);
    return found;
  }

  private async placement(
    tx: EntityManager,
    v: Validator,
    positionKey: string,
    departmentKey: string | null | undefined,
  ): Promise<{ position: Position | null; department: Department | null }> {
    const position = positionKey.length <= 64 ? await tx.findOne(Position, { key: positionKey }) : null;
    if (!position) v.add('positionKey', 'names no position', UserErrorCode.NOT_FOUND);
    let department: Department | null = null;
    if (departmentKey) {
      department = departmentKey.length <= 64 ? await tx.findOne(Department, { key: departmentKey }) : null;
      if (!department) v.add('departmentKey', 'names no department', UserErrorCode.NOT_FOUND);
    } else if (position?.department) {
      department = await position.department.load();
    }
    if (position && !this.viewer.grants.has('permission.manage')) {
      const grants = await grantsOf(tx, position.key);
      if (PRIVILEGED.some((p) => grants.has(p))) {
        v.add(
          'positionKey',
          'is a privileged position only the company manager may assign',
          UserErrorCode.NOT_PERMITTED,
        );
      }
    }
    return { position, department };
  }

  private async sites(tx: EntityManager, v: Validator, codes: readonly string[]): Promise<Site[]> {
    const unique = [...new Set(codes.map((c) => c.trim()))];
    if (unique.length > 50) {
      v.add('siteCodes', 'may list at most 50 sites', UserErrorCode.OUT_OF_RANGE);
      return [];
    }
    const found = await tx.find(Site, { code: { $in: unique.filter((c) => c.length <= 32) } });
    const missing = unique.filter((c) => !found.some((s) => s.code === c));
    if (missing.length) v.add('siteCodes', `names unknown sites: ${missing.join(', ')}`, UserErrorCode.NOT_FOUND);
    return found;
  }

  onboard(input: OnboardStaffInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const employeeNo = v.text('employeeNo', input.employeeNo, { max: STAFF_LIMITS.employeeNo, required: true });
      const name = v.text('name', input.name, { max: STAFF_LIMITS.name, required: true });
      const phone = v.text('phone', input.phone, { max: STAFF_LIMITS.phone });
      const username = v.text('username', input.username, { max: STAFF_LIMITS.username, required: true }).toLowerCase();
      v.pattern('username', username, USERNAME, 'must be 3–32 lowercase letters, digits, ".", "_" or "-"');
      const hireDate = v.date('hireDate', input.hireDate, true);
      const given = input.initialPassword ?? null;
      if (given !== null) checkNewPassword(v, 'initialPassword', given, { username, employeeNo });
      const { position, department } = await this.placement(tx, v, input.positionKey, input.departmentKey);
      const sites = await this.sites(tx, v, input.siteCodes ?? []);
      if (employeeNo && (await tx.count(Staff, { employeeNo })) > 0) {
        v.add('employeeNo', 'is already taken', UserErrorCode.TAKEN);
      }
      if (username && (await tx.count(Staff, { username })) > 0)
        v.add('username', 'is already taken', UserErrorCode.TAKEN);
      v.check();

      const password = given ?? generatePassword();
      const staff = tx.create(Staff, {
        id: randomUUID(),
        employeeNo,
        name,
        phone: phone || null,
        position: position as Position,
        department,
        hireDate: hireDate as string,
        locale: input.locale ?? 'zh-CN',
        username,
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
      });
      staff.sites.set(sites);
      recordStep(audit, 'staff.onboard', staff, null, { passwordHash: 'set' });
      return { staff, temporaryPassword: password };
    });
  }

  update(input: UpdateStaffInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const staff = await this.target(tx, input.staffId, 'staff.handle');
      const before = snapshot(staff);
      const v = new Validator();
      if (input.name != null) staff.name = v.text('name', input.name, { max: STAFF_LIMITS.name, required: true });
      if (input.phone != null) staff.phone = v.text('phone', input.phone, { max: STAFF_LIMITS.phone }) || null;
      if (input.siteCodes != null) staff.sites.set(await this.sites(tx, v, input.siteCodes));
      if (input.locale != null) staff.locale = input.locale;
      v.check();
      recordStep(audit, 'staff.update', staff, before);
      return staff;
    });
  }

  transfer(input: TransferStaffInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const staff = await this.target(tx, input.staffId, 'staff.handle');
      const before = snapshot(staff);
      const v = new Validator();
      const reason = v.text('reason', input.reason, { max: STAFF_LIMITS.reason, required: true });
      const { position, department } = await this.placement(tx, v, input.positionKey, input.departmentKey);
      if (staff.status === StaffStatus.LEFT) v.add('staffId', 'has left the company', UserErrorCode.INVALID_TRANSITION);
      // Moving yourself to another post would grant you its permissions: someone else must do it.
      if (staff.id === this.viewer.staff.id) v.add('staffId', 'cannot be yourself', UserErrorCode.INVALID);
      v.check();
      staff.position = tx.getReference(Position, (position as Position).key, { wrapped: true });
      staff.department = department ? tx.getReference(Department, department.key, { wrapped: true }) : null;
      recordStep(audit, 'staff.transfer', staff, before, { reason });
      return staff;
    });
  }

  /** Suspend (ACTIVE → SUSPENDED) or reinstate (SUSPENDED → ACTIVE). Suspension signs them out everywhere. */
  changeStatus(input: StaffStatusChangeInput, to: StaffStatus.SUSPENDED | StaffStatus.ACTIVE) {
    return runMutation(this.ctx, async (tx, audit) => {
      const staff = await this.target(tx, input.staffId, 'staff.handle');
      const before = snapshot(staff);
      const v = new Validator();
      const reason = v.text('reason', input.reason, { max: STAFF_LIMITS.reason, required: true });
      const from = to === StaffStatus.SUSPENDED ? StaffStatus.ACTIVE : StaffStatus.SUSPENDED;
      if (staff.status !== from) {
        v.add(
          'staffId',
          `is ${staff.status.toLowerCase()}, not ${from.toLowerCase()}`,
          UserErrorCode.INVALID_TRANSITION,
        );
      }
      if (staff.id === this.viewer.staff.id) v.add('staffId', 'cannot be yourself', UserErrorCode.INVALID);
      v.check();
      staff.status = to;
      if (to === StaffStatus.SUSPENDED) await revokeAllCredentials(tx, staff, this.viewer.staff);
      recordStep(audit, to === StaffStatus.SUSPENDED ? 'staff.suspend' : 'staff.reinstate', staff, before, { reason });
      return staff;
    });
  }

  offboard(input: OffboardStaffInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const staff = await this.target(tx, input.staffId, 'staff.handle');
      const before = snapshot(staff);
      const v = new Validator();
      const reason = v.text('reason', input.reason, { max: STAFF_LIMITS.reason, required: true });
      const leaveDate = v.date('leaveDate', input.leaveDate, true);
      if (leaveDate && leaveDate < staff.hireDate)
        v.add('leaveDate', 'is before the hire date', UserErrorCode.OUT_OF_RANGE);
      if (staff.status === StaffStatus.LEFT) v.add('staffId', 'has already left', UserErrorCode.INVALID_TRANSITION);
      if (staff.id === this.viewer.staff.id) v.add('staffId', 'cannot be yourself', UserErrorCode.INVALID);
      v.check();
      staff.status = StaffStatus.LEFT;
      staff.leaveDate = leaveDate;
      await revokeAllCredentials(tx, staff, this.viewer.staff);
      recordStep(audit, 'staff.offboard', staff, before, { reason });
      return staff;
    });
  }

  resetPassword(staffId: string) {
    return runMutation(this.ctx, async (tx, audit) => {
      const staff = await this.target(tx, staffId, 'staff.handle');
      if (staff.status === StaffStatus.LEFT)
        refuse('staffId', 'has left the company', UserErrorCode.INVALID_TRANSITION);
      const wasRequired = staff.mustChangePassword;
      const password = generatePassword();
      staff.passwordHash = await hashPassword(password);
      staff.mustChangePassword = true;
      await revokeAllCredentials(tx, staff, this.viewer.staff);
      audit.record({
        action: 'staff.reset_password',
        targetType: 'Staff',
        targetKey: staff.id,
        departmentKey: staff.department?.unwrap().key,
        before: { passwordHash: 'old', mustChangePassword: wasRequired },
        after: { passwordHash: 'new', mustChangePassword: true },
      });
      return { staff, temporaryPassword: password };
    });
  }
}
