import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { fromGlobalId } from '../../graphql/node.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { unauthenticated } from '../permissions/auth-checker.js';
import { SHIFT_DEPARTMENT } from '../shifts/roster-setup.service.js';
import { Site } from '../sites/site.entity.js';
import { AREA_LIMITS, Area } from './area.entity.js';
import { CHECKPOINT_LIMITS, Checkpoint } from './checkpoint.entity.js';
import { newCheckpointCode, normaliseCheckpointCode } from './checkpoint-code.js';
import { placeReaches, placeSiteFilter } from './place.access.js';
import { AREA_KIND_ORDER } from './place.enums.js';
import type { CreateAreaInput, CreateCheckpointInput, UpdateAreaInput, UpdateCheckpointInput } from './place.inputs.js';

/** Places are kept by order maintenance (the director, SL-4's patrols): their audit events are its. */
export const PLACE_DEPARTMENT = SHIFT_DEPARTMENT;

function areaSnapshot(a: Area): Record<string, unknown> {
  return {
    site: a.site.unwrap().code,
    kind: a.kind,
    nameZh: a.nameZh,
    nameEn: a.nameEn,
    note: a.note,
    patrolled: a.patrolled,
    minPatrols: a.minPatrols,
    active: a.active,
  };
}

function checkpointSnapshot(c: Checkpoint): Record<string, unknown> {
  // Never the code itself: the audit log is read more widely than the cards are printed.
  return {
    site: c.site.unwrap().code,
    area: c.area.unwrap().id,
    name: c.name,
    locationHint: c.locationHint,
    active: c.active,
    codeIssuedAt: c.codeIssuedAt.toISOString(),
  };
}

/** Areas in the order a patrol walks a site: by kind (gate first), then by name. */
export function sortAreas(areas: Area[]): Area[] {
  return [...areas].sort(
    (a, b) =>
      AREA_KIND_ORDER.indexOf(a.kind) - AREA_KIND_ORDER.indexOf(b.kind) || a.nameZh.localeCompare(b.nameZh, 'zh-CN'),
  );
}

/** Areas of sites and their patrol checkpoints (master data M1): reading and keeping them. */
export class PlaceService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  // ---- reading ---------------------------------------------------------------------------

  async areas(siteCode: string | null | undefined, includeInactive: boolean): Promise<Area[]> {
    const where = {
      ...placeSiteFilter(this.viewer, 'place.read'),
      ...(includeInactive ? {} : { active: true }),
    } as Record<string, unknown>;
    if (siteCode) where.$and = [{ site: siteCode.slice(0, 32) }];
    return sortAreas(await this.ctx.em.find(Area, where, { limit: 1000 }));
  }

  areasByIds(keys: readonly string[]): Promise<Area[]> {
    if (!this.ctx.viewer) return Promise.resolve([]);
    return this.ctx.em.find(Area, { id: { $in: [...keys] }, ...placeSiteFilter(this.viewer, 'place.read') });
  }

  checkpointsByIds(keys: readonly string[]): Promise<Checkpoint[]> {
    if (!this.ctx.viewer) return Promise.resolve([]);
    return this.ctx.em.find(Checkpoint, { id: { $in: [...keys] }, ...placeSiteFilter(this.viewer, 'place.read') });
  }

  checkpointsOf(area: Area, includeInactive: boolean): Promise<Checkpoint[]> {
    return this.ctx.em.find(
      Checkpoint,
      { area: area.id, ...(includeInactive ? {} : { active: true }) },
      { orderBy: { name: 'asc' } },
    );
  }

  /** The checkpoint a code names, if the viewer may see its site (the scan page's confirmation). */
  async checkpointByCode(code: string): Promise<Checkpoint | null> {
    const canonical = code.length <= CHECKPOINT_LIMITS.codeInput ? normaliseCheckpointCode(code) : null;
    if (!canonical) return null;
    return this.ctx.em.findOne(Checkpoint, { code: canonical, ...placeSiteFilter(this.viewer, 'place.read') });
  }

  // ---- keeping ---------------------------------------------------------------------------

  private record(
    audit: AuditLog,
    action: string,
    targetType: 'Area' | 'Checkpoint',
    id: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
  ) {
    audit.record({ action, targetType, targetKey: id, departmentKey: PLACE_DEPARTMENT, before, after });
  }

  private minimum(v: Validator, value: number | null | undefined): number | null {
    if (value == null) return null;
    if (!Number.isInteger(value) || value < 1 || value > AREA_LIMITS.minPatrolsMax) {
      v.add('minPatrols', `must be a whole number from 1 to ${AREA_LIMITS.minPatrolsMax}`, UserErrorCode.OUT_OF_RANGE);
      return null;
    }
    return value;
  }

  /** An area the viewer keeps (an area at a site out of their reach is as good as missing). */
  private async areaToManage(tx: EntityManager, id: string | null | undefined, field: string): Promise<Area> {
    const parsed = id ? fromGlobalId(id) : null;
    const area =
      parsed?.typename === 'Area'
        ? await tx.findOne(Area, { id: parsed.key, ...placeSiteFilter(this.viewer, 'place.manage') })
        : null;
    if (!area) refuse(field, 'names no area you keep', UserErrorCode.NOT_FOUND);
    return area;
  }

  private async nameTaken(tx: EntityManager, siteCode: string, nameZh: string, except: string | null) {
    const where = { site: siteCode, nameZh, active: true, ...(except ? { id: { $ne: except } } : {}) };
    return (await tx.count(Area, where)) > 0;
  }

  createArea(input: CreateAreaInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const code = input.siteCode?.trim() ?? '';
      const site = code && code.length <= 32 ? await tx.findOne(Site, { code }) : null;
      if (!site) v.add('siteCode', 'names no site', UserErrorCode.NOT_FOUND);
      const nameZh = v.text('nameZh', input.nameZh, { max: AREA_LIMITS.nameZh, required: true });
      const nameEn = v.text('nameEn', input.nameEn, { max: AREA_LIMITS.nameEn, required: true });
      const note = v.text('note', input.note, { max: AREA_LIMITS.note }) || null;
      const minPatrols = this.minimum(v, input.minPatrols);
      v.check();
      if (!site) throw new Error('unreachable');
      if (!placeReaches(this.viewer, 'place.manage', site.code)) {
        refuse('siteCode', 'is not a site whose places you keep', UserErrorCode.NOT_PERMITTED);
      }
      if (await this.nameTaken(tx, site.code, nameZh, null)) {
        refuse('nameZh', 'is already the name of an area at this site', UserErrorCode.TAKEN);
      }
      const now = this.ctx.clock();
      const area = tx.create(Area, {
        id: randomUUID(),
        site,
        kind: input.kind,
        nameZh,
        nameEn,
        note,
        patrolled: input.patrolled ?? true,
        minPatrols,
        createdAt: now,
        updatedAt: now,
      });
      this.record(audit, 'area.create', 'Area', area.id, null, areaSnapshot(area));
      return area;
    });
  }

  updateArea(input: UpdateAreaInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const area = await this.areaToManage(tx, input.areaId, 'areaId');
      const before = areaSnapshot(area);
      const v = new Validator();
      if (input.kind != null) area.kind = input.kind;
      if (input.nameZh != null)
        area.nameZh = v.text('nameZh', input.nameZh, { max: AREA_LIMITS.nameZh, required: true });
      if (input.nameEn != null)
        area.nameEn = v.text('nameEn', input.nameEn, { max: AREA_LIMITS.nameEn, required: true });
      if (input.note != null) area.note = v.text('note', input.note, { max: AREA_LIMITS.note }) || null;
      if (input.patrolled != null) area.patrolled = input.patrolled;
      if (input.useDefaultMinimum && input.minPatrols != null) {
        v.add('useDefaultMinimum', 'cannot be given together with minPatrols', UserErrorCode.INVALID);
      } else if (input.useDefaultMinimum) area.minPatrols = null;
      else if (input.minPatrols != null) area.minPatrols = this.minimum(v, input.minPatrols);
      if (input.active != null) area.active = input.active;
      v.check();
      if (area.active && (await this.nameTaken(tx, area.site.unwrap().code, area.nameZh, area.id))) {
        refuse('nameZh', 'is already the name of an area at this site', UserErrorCode.TAKEN);
      }
      area.updatedAt = this.ctx.clock();
      this.record(audit, 'area.update', 'Area', area.id, before, areaSnapshot(area));
      return area;
    });
  }

  private async checkpointNameTaken(tx: EntityManager, areaId: string, name: string, except: string | null) {
    const where = { area: areaId, name, active: true, ...(except ? { id: { $ne: except } } : {}) };
    return (await tx.count(Checkpoint, where)) > 0;
  }

  private async freshCode(tx: EntityManager): Promise<string> {
    for (;;) {
      const code = newCheckpointCode();
      if ((await tx.count(Checkpoint, { code })) === 0) return code;
    }
  }

  createCheckpoint(input: CreateCheckpointInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const area = await this.areaToManage(tx, input.areaId, 'areaId');
      const v = new Validator();
      if (!area.active) v.add('areaId', 'is no longer in use', UserErrorCode.INVALID);
      const name = v.text('name', input.name, { max: CHECKPOINT_LIMITS.name, required: true });
      const locationHint = v.text('locationHint', input.locationHint, { max: CHECKPOINT_LIMITS.locationHint }) || null;
      v.check();
      if (await this.checkpointNameTaken(tx, area.id, name, null)) {
        refuse('name', 'is already the name of a checkpoint in this area', UserErrorCode.TAKEN);
      }
      const now = this.ctx.clock();
      const checkpoint = tx.create(Checkpoint, {
        id: randomUUID(),
        area,
        site: area.site,
        name,
        locationHint,
        code: await this.freshCode(tx),
        codeIssuedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      this.record(audit, 'checkpoint.create', 'Checkpoint', checkpoint.id, null, checkpointSnapshot(checkpoint));
      return checkpoint;
    });
  }

  updateCheckpoint(input: UpdateCheckpointInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const parsed = input.checkpointId ? fromGlobalId(input.checkpointId) : null;
      const checkpoint =
        parsed?.typename === 'Checkpoint'
          ? await tx.findOne(Checkpoint, { id: parsed.key, ...placeSiteFilter(this.viewer, 'place.manage') })
          : null;
      if (!checkpoint) refuse('checkpointId', 'names no checkpoint you keep', UserErrorCode.NOT_FOUND);
      const before = checkpointSnapshot(checkpoint);
      const v = new Validator();
      if (input.areaId != null) {
        const area = await this.areaToManage(tx, input.areaId, 'areaId');
        if (area.site.unwrap().code !== checkpoint.site.unwrap().code) {
          v.add('areaId', 'is at another site: a checkpoint moves within its site only', UserErrorCode.INVALID);
        } else if (!area.active) v.add('areaId', 'is no longer in use', UserErrorCode.INVALID);
        else checkpoint.area = tx.getReference(Area, area.id, { wrapped: true });
      }
      if (input.name != null)
        checkpoint.name = v.text('name', input.name, { max: CHECKPOINT_LIMITS.name, required: true });
      if (input.locationHint != null) {
        checkpoint.locationHint =
          v.text('locationHint', input.locationHint, { max: CHECKPOINT_LIMITS.locationHint }) || null;
      }
      if (input.active != null) checkpoint.active = input.active;
      v.check();
      if (
        checkpoint.active &&
        (await this.checkpointNameTaken(tx, checkpoint.area.unwrap().id, checkpoint.name, checkpoint.id))
      ) {
        refuse('name', 'is already the name of a checkpoint in this area', UserErrorCode.TAKEN);
      }
      const now = this.ctx.clock();
      if (input.renewCode) {
        checkpoint.code = await this.freshCode(tx);
        checkpoint.codeIssuedAt = now;
      }
      checkpoint.updatedAt = now;
      this.record(audit, 'checkpoint.update', 'Checkpoint', checkpoint.id, before, checkpointSnapshot(checkpoint));
      return checkpoint;
    });
  }
}
