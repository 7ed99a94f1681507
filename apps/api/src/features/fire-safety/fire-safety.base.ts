import type { EntityManager } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import type { Context } from '../../graphql/context.js';
import { fromGlobalId } from '../../graphql/node.js';
import { refuse } from '../../graphql/user-error.js';
import type { Validator } from '../../graphql/validate.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { unauthenticated } from '../permissions/auth-checker.js';
import { Area } from '../places/area.entity.js';
import { addDays, zonedDate } from '../shifts/zoned-time.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { StaffStatus } from '../staff/staff.enums.js';
import {
  FIRE_SAFETY_DEPARTMENT,
  type FireSafetyPermission,
  fireSafetyReaches,
  fireSafetyReachesAny,
  fireSafetySites,
} from './fire-safety.access.js';

/** How far from today a planned or effective date may lie. */
export const DATE_WINDOW_DAYS = 366;

/** The key inside a global id of the given type, or null. */
export function keyOf(id: string | null | undefined, typename: string): string | null {
  const parsed = id ? fromGlobalId(id) : null;
  return parsed?.typename === typename ? parsed.key : null;
}

/** Something with a site: every fire-safety record. */
interface Sited {
  site: { unwrap(): Site };
}

/**
 * What every part of the fire-safety programme shares: the viewer, the clock, the site's
 * calendar, who may act where, and the checks on people and places an input names.
 */
export abstract class FireSafetyBase {
  constructor(protected readonly ctx: Context) {}

  protected get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  /** The viewer as a reference inside the transaction (never the request's own entity). */
  protected me(tx: EntityManager): Staff {
    return tx.getReference(Staff, this.viewer.staff.id);
  }

  protected now(): Date {
    return this.ctx.clock();
  }

  /** Today's date on the site's calendar. */
  protected today(site: Site): string {
    return zonedDate(this.now(), site.timeZone);
  }

  /** A filter on `site` for the sites a grant reaches (`{}` for all); `null` when none. */
  protected siteFilter(permission: FireSafetyPermission = 'fire_safety.read'): { site?: { $in: string[] } } | null {
    if (!this.ctx.viewer) return null;
    const sites = fireSafetySites(this.ctx.viewer, permission);
    if (sites === null) return {};
    return sites.length ? { site: { $in: sites } } : null;
  }

  /** The sites asked for, narrowed to what the viewer reads (`null` when nothing is left). */
  protected readSites(siteCode: string | null | undefined): { site?: unknown } | null {
    const filter = this.siteFilter();
    if (!filter) return null;
    if (!siteCode) return filter;
    const code = siteCode.slice(0, 32);
    return this.ctx.viewer && fireSafetyReaches(this.ctx.viewer, 'fire_safety.read', code) ? { site: code } : null;
  }

  /** A site the viewer reads, for a query; null when unknown or out of reach. */
  protected async readableSite(siteCode: string): Promise<Site | null> {
    const code = siteCode.trim().slice(0, 32);
    if (!code || !this.ctx.viewer || !fireSafetyReaches(this.ctx.viewer, 'fire_safety.read', code)) return null;
    return this.ctx.em.findOne(Site, { code });
  }

  /** The site an input names, which the viewer may act at with one of the grants. */
  protected async siteToAct(
    tx: EntityManager,
    v: Validator,
    siteCode: string | null | undefined,
    permissions: readonly FireSafetyPermission[],
  ): Promise<Site | null> {
    const code = siteCode?.trim() ?? '';
    const site = code && code.length <= 32 ? await tx.findOne(Site, { code }) : null;
    if (!site) {
      v.add('siteCode', 'names no site', UserErrorCode.NOT_FOUND);
      return null;
    }
    if (!fireSafetyReachesAny(this.viewer, permissions, site.code)) {
      v.add('siteCode', 'is not a site whose fire-safety records you keep', UserErrorCode.NOT_PERMITTED);
      return null;
    }
    return site;
  }

  /**
   * A record the input names: one the viewer can read, else NOT_FOUND (out of reach is as good as
   * missing); one they can read but not change with any of the grants: NOT_PERMITTED.
   */
  protected async recordToAct<T extends Sited & object>(
    tx: EntityManager,
    entity: new (...args: never[]) => T,
    typename: string,
    id: string | null | undefined,
    field: string,
    permissions: readonly FireSafetyPermission[],
    populate: string[] = [],
  ): Promise<T> {
    const key = keyOf(id, typename);
    const read = this.siteFilter();
    const found =
      key && read
        ? ((await tx.findOne(entity, { id: key, ...read } as never, {
            populate: ['site', ...populate] as never,
          })) as T | null)
        : null;
    if (!found) refuse(field, `names no ${typename} you may see`, UserErrorCode.NOT_FOUND);
    if (!fireSafetyReachesAny(this.viewer, permissions, found.site.unwrap().code)) {
      refuse(field, 'is at a site whose fire-safety records you may not change this way', UserErrorCode.NOT_PERMITTED);
    }
    return found;
  }

  /** An active member of staff working at the site, named by the input; else a userError. */
  protected async staffAt(
    tx: EntityManager,
    v: Validator,
    id: string | null | undefined,
    field: string,
    siteCode: string,
  ): Promise<Staff | null> {
    const key = keyOf(id, 'Staff');
    const staff = key
      ? await tx.findOne(Staff, { id: key, status: StaffStatus.ACTIVE, sites: { code: siteCode } })
      : null;
    if (!staff) v.add(field, 'names no active member of staff working at this site', UserErrorCode.NOT_FOUND);
    return staff;
  }

  /** An active area of the site, named by the input; else a userError. */
  protected async areaAt(
    tx: EntityManager,
    v: Validator,
    id: string | null | undefined,
    field: string,
    siteCode: string,
  ): Promise<Area | null> {
    const key = keyOf(id, 'Area');
    const area = key ? await tx.findOne(Area, { id: key, site: siteCode, active: true }) : null;
    if (!area) v.add(field, 'names no active area of this site', UserErrorCode.NOT_FOUND);
    return area;
  }

  /** A date within a year of today either way (or the given bounds). */
  protected dateNear(
    v: Validator,
    field: string,
    value: string | null | undefined,
    today: string,
    opts: { required?: boolean; notFuture?: boolean; pastDays?: number } = {},
  ): string | null {
    const date = v.date(field, value, opts.required ?? false);
    if (!date) return null;
    if (opts.notFuture && date > today) {
      v.add(field, 'must not be in the future', UserErrorCode.OUT_OF_RANGE);
      return null;
    }
    const earliest = addDays(today, -(opts.pastDays ?? DATE_WINDOW_DAYS));
    if (date < earliest || date > addDays(today, DATE_WINDOW_DAYS)) {
      v.add(field, `must be from ${earliest} to a year from today`, UserErrorCode.OUT_OF_RANGE);
      return null;
    }
    return date;
  }

  protected recordAudit(
    audit: AuditLog,
    action: string,
    targetType: string,
    id: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
  ) {
    audit.record({ action, targetType, targetKey: id, departmentKey: FIRE_SAFETY_DEPARTMENT, before, after });
  }
}
