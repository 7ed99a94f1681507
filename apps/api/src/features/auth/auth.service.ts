import { randomUUID } from 'node:crypto';
import { type FilterQuery, ref } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import { type ConnectionShape, checkRange, type PageArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { fromGlobalId } from '../../graphql/node.js';
import { refuse, UserError } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import { forbidden, unauthenticated } from '../permissions/auth-checker.js';
import { grantsOf } from '../permissions/grants.js';
import { STAFF_LIMITS, Staff } from '../staff/staff.entity.js';
import { StaffStatus } from '../staff/staff.enums.js';
import { ApiToken } from './api-token.entity.js';
import type { TokenScopeEnum } from './auth.enums.js';
import type { ApiTokenFilter, ChangePasswordInput, CreateApiTokenInput, LoginInput } from './auth.inputs.js';
import { checkNewPassword } from './password-rules.js';
import { DUMMY_HASH, hashPassword, newSecret, sha256, verifyPassword } from './secrets.js';
import { Session } from './session.entity.js';
import { LoginThrottler } from './throttle.js';
import { SESSION_COOKIE, TOKEN_PREFIX, type Viewer } from './viewer.js';

const INVALID = 'Username or password is incorrect.';
const YEAR_MS = 366 * 24 * 60 * 60_000;

/** Sign-in, sign-out, passwords, and API tokens. */
export class AuthService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  async login(input: LoginInput) {
    const { em, config, ip } = this.ctx;
    const username = input.username.trim().toLowerCase();
    const password = input.password;
    if (!username || !password || username.length > 100 || password.length > STAFF_LIMITS.passwordMax) {
      return { result: null, userErrors: [new UserError(null, INVALID, UserErrorCode.INVALID_CREDENTIALS)] };
    }
    const throttle = new LoginThrottler(em, config.auth);
    const locked = await throttle.lockedFor(username, ip);
    if (locked > 0) {
      return {
        result: null,
        userErrors: [
          new UserError(null, `Too many failed attempts. Try again in ${locked} minute(s).`, UserErrorCode.LOCKED),
        ],
      };
    }
    const staff = await em.findOne(Staff, { username }, { populate: ['passwordHash'] });
    // Always pay for one scrypt, so an unknown name answers as slowly as a wrong password.
    const matches = await verifyPassword(password, staff?.passwordHash ?? DUMMY_HASH);
    if (!staff || !matches || staff.status !== StaffStatus.ACTIVE) {
      await throttle.fail(username, ip);
      return { result: null, userErrors: [new UserError(null, INVALID, UserErrorCode.INVALID_CREDENTIALS)] };
    }
    await throttle.succeed(username);

    const secret = newSecret();
    const outcome = await runMutation(this.ctx, async (tx, audit) => {
      const now = new Date();
      const session = tx.create(Session, {
        id: sha256(secret),
        staff: tx.getReference(Staff, staff.id),
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + config.auth.sessionAbsoluteHours * 3_600_000),
        ip,
        userAgent: this.ctx.userAgent?.slice(0, 300) ?? null,
      });
      audit.record(
        {
          action: 'auth.login',
          targetType: 'Staff',
          targetKey: staff.id,
          departmentKey: staff.department?.unwrap().key,
          after: { session: session.id.slice(0, 8) },
        },
        staff,
      );
      return session;
    });
    if (!outcome.result) return { result: null, userErrors: outcome.userErrors };
    this.ctx.cookies?.set(SESSION_COOKIE, secret, { maxAgeSeconds: config.auth.sessionAbsoluteHours * 3600 });
    const viewer: Viewer = {
      staff,
      grants: await grantsOf(em, staff.position.unwrap().key),
      via: 'session',
      sessionId: outcome.result.id,
    };
    this.ctx.viewer = viewer;
    return { result: viewer, userErrors: [] };
  }

  async logout() {
    const viewer = this.viewer;
    if (viewer.via !== 'session') throw forbidden();
    const outcome = await runMutation(this.ctx, async (tx, audit) => {
      await tx.nativeUpdate(Session, { id: viewer.sessionId }, { revokedAt: new Date() });
      audit.record({
        action: 'auth.logout',
        targetType: 'Staff',
        targetKey: viewer.staff.id,
        departmentKey: viewer.staff.department?.unwrap().key,
      });
      return true;
    });
    this.ctx.cookies?.clear(SESSION_COOKIE);
    return outcome;
  }

  changePassword(input: ChangePasswordInput) {
    const viewer = this.viewer;
    if (viewer.via !== 'session') throw forbidden();
    return runMutation(this.ctx, async (tx, audit) => {
      const staff = await tx.findOneOrFail(Staff, { id: viewer.staff.id }, { populate: ['passwordHash'] });
      const v = new Validator();
      if (
        input.currentPassword.length > STAFF_LIMITS.passwordMax ||
        !(await verifyPassword(input.currentPassword, staff.passwordHash))
      ) {
        v.add('currentPassword', 'is not your current password', UserErrorCode.INVALID_CREDENTIALS);
      }
      checkNewPassword(v, 'newPassword', input.newPassword, staff);
      if (input.newPassword === input.currentPassword)
        v.add('newPassword', 'must differ from the current one', UserErrorCode.INVALID);
      v.check();
      const wasRequired = staff.mustChangePassword;
      staff.passwordHash = await hashPassword(input.newPassword);
      staff.mustChangePassword = false;
      staff.passwordChangedAt = new Date();
      // Other browsers signed in with the old password are signed out; this one stays.
      await tx.nativeUpdate(
        Session,
        { staff: staff.id, revokedAt: null, id: { $ne: viewer.sessionId } },
        { revokedAt: new Date() },
      );
      audit.record({
        action: 'auth.change_password',
        targetType: 'Staff',
        targetKey: staff.id,
        departmentKey: staff.department?.unwrap().key,
        before: { passwordHash: 'old', mustChangePassword: wasRequired },
        after: { passwordHash: 'new', mustChangePassword: false },
      });
      viewer.staff.mustChangePassword = false;
      return viewer;
    });
  }

  setLocale(locale: string) {
    const viewer = this.viewer;
    return runMutation(this.ctx, async (tx, audit) => {
      const staff = await tx.findOneOrFail(Staff, { id: viewer.staff.id });
      const before = staff.locale;
      staff.locale = locale;
      audit.record({
        action: 'staff.set_locale',
        targetType: 'Staff',
        targetKey: staff.id,
        departmentKey: staff.department?.unwrap().key,
        before: { locale: before },
        after: { locale },
      });
      viewer.staff.locale = locale;
      return viewer;
    });
  }

  /** Your own tokens; with `all`, everyone's (needs `api_token.manage`). Newest first. */
  tokens(all: boolean, filter: ApiTokenFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<ApiToken>> {
    const viewer = this.viewer;
    if (all && !viewer.grants.has('api_token.manage')) throw forbidden();
    const f = filter ?? {};
    const where: FilterQuery<ApiToken>[] = [all ? {} : { owner: viewer.staff.id }];
    if (f.ownerId) {
      const parsed = fromGlobalId(f.ownerId);
      where.push({ owner: parsed?.typename === 'Staff' ? parsed.key : '-' });
    }
    const now = this.ctx.clock();
    if (f.active === true) where.push({ revokedAt: null, expiresAt: { $gt: now } });
    if (f.active === false) where.push({ $or: [{ revokedAt: { $ne: null } }, { expiresAt: { $lte: now } }] });
    checkRange(f.from, f.to);
    if (f.from) where.push({ createdAt: { $gte: f.from } });
    if (f.to) where.push({ createdAt: { $lt: f.to } });
    return paginate(
      this.ctx.em,
      ApiToken,
      { $and: where },
      [
        ['createdAt', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (t) => [t.createdAt.toISOString(), t.id],
      ([at, id]) => [new Date(String(at)), id],
    );
  }

  createToken(input: CreateApiTokenInput) {
    const viewer = this.viewer;
    if (viewer.via !== 'session') throw forbidden();
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const name = v.text('name', input.name, { max: 100, required: true });
      const scopes = [...new Set(input.scopes)] as TokenScopeEnum[];
      if (scopes.length === 0) v.add('scopes', 'must name at least one scope', UserErrorCode.REQUIRED);
      const now = Date.now();
      const expires = input.expiresAt.getTime();
      if (Number.isNaN(expires) || expires <= now)
        v.add('expiresAt', 'must be in the future', UserErrorCode.OUT_OF_RANGE);
      else if (expires > now + YEAR_MS) v.add('expiresAt', 'must be at most a year away', UserErrorCode.OUT_OF_RANGE);
      v.check();
      const secret = `${TOKEN_PREFIX}${newSecret()}`;
      const token = tx.create(ApiToken, {
        id: randomUUID(),
        owner: tx.getReference(Staff, viewer.staff.id),
        name,
        scopes,
        secretHash: sha256(secret),
        prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
        expiresAt: input.expiresAt,
      });
      audit.record({
        action: 'api_token.create',
        targetType: 'ApiToken',
        targetKey: token.id,
        departmentKey: viewer.staff.department?.unwrap().key,
        after: { name, scopes, expiresAt: input.expiresAt.toISOString(), secret: 'issued' },
      });
      return { token, secret };
    });
  }

  revokeToken(tokenId: string) {
    const viewer = this.viewer;
    return runMutation(this.ctx, async (tx, audit) => {
      const parsed = fromGlobalId(tokenId);
      const mine: FilterQuery<ApiToken> = viewer.grants.has('api_token.manage') ? {} : { owner: viewer.staff.id };
      const token =
        parsed?.typename === 'ApiToken'
          ? await tx.findOne(ApiToken, { $and: [{ id: parsed.key }, mine] }, { populate: ['owner'] })
          : null;
      if (!token) refuse('tokenId', 'No such token', UserErrorCode.NOT_FOUND);
      if (token.revokedAt) refuse('tokenId', 'is already revoked', UserErrorCode.INVALID_TRANSITION);
      token.revokedAt = new Date();
      token.revokedBy = ref(tx.getReference(Staff, viewer.staff.id));
      audit.record({
        action: 'api_token.revoke',
        targetType: 'ApiToken',
        targetKey: token.id,
        // The owner's department, as when it was created.
        departmentKey: token.owner.getEntity().department?.unwrap().key,
        before: { revokedAt: null },
        after: { revokedAt: token.revokedAt.toISOString() },
      });
      return token;
    });
  }
}
