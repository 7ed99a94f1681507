import { type EntityManager, type FilterQuery, raw } from '@mikro-orm/core';
import { LIMITS } from '@steward/schema';
import { badInput } from '../../graphql/errors.js';
import { Department } from './department.entity.js';
import { Duty } from './duty.entity.js';
import { Position } from './position.entity.js';
import type { PositionOrigin } from './rulebook.enums.js';
import type { DutyFilter } from './rulebook.inputs.js';

const KEY_MAX = 64;
const SOURCE_MAX = 16;

/** Reads of the rulebook. The rulebook is company-wide reference data: every reader sees all of it. */
export class RulebookService {
  constructor(private readonly em: EntityManager) {}

  departments(): Promise<Department[]> {
    return this.em.find(Department, {}, { orderBy: { sortOrder: 'asc' } });
  }

  departmentsByKeys(keys: readonly string[]): Promise<Department[]> {
    return this.em.find(Department, { key: { $in: [...keys] } });
  }

  department(key: string): Promise<Department | null> {
    return key.length > KEY_MAX ? Promise.resolve(null) : this.em.findOne(Department, { key });
  }

  positions(origin?: PositionOrigin | null): Promise<Position[]> {
    return this.em.find(Position, origin ? { origin } : {}, { orderBy: { sortOrder: 'asc' } });
  }

  positionsByKeys(keys: readonly string[]): Promise<Position[]> {
    return this.em.find(Position, { key: { $in: [...keys] } });
  }

  position(key: string): Promise<Position | null> {
    return key.length > KEY_MAX ? Promise.resolve(null) : this.em.findOne(Position, { key });
  }

  dutiesByCitations(citations: readonly string[]): Promise<Duty[]> {
    return this.em.find(Duty, { citation: { $in: [...citations] } });
  }

  /** Duties in rulebook order: departments' first, then positions', each by number. */
  async duties(filter: DutyFilter | null | undefined): Promise<Duty[]> {
    const where: FilterQuery<Duty>[] = [];
    if (filter?.ownerKey != null) {
      checkLength('ownerKey', filter.ownerKey, KEY_MAX);
      where.push({ $or: [{ department: filter.ownerKey }, { position: filter.ownerKey }] });
    }
    if (filter?.departmentKey != null) {
      checkLength('departmentKey', filter.departmentKey, KEY_MAX);
      where.push({ $or: [{ department: filter.departmentKey }, { position: { department: filter.departmentKey } }] });
    }
    if (filter?.source != null) {
      checkLength('source', filter.source, SOURCE_MAX);
      where.push({ source: filter.source.trim().toUpperCase() });
    }
    const search = filter?.search?.trim();
    if (search) {
      checkLength('search', search, LIMITS.maxSearchLength);
      // LIKE escapes differ between SQLite and PostgreSQL; a wildcard typed by the user matches
      // any one character instead, which is portable and at worst finds slightly more.
      const pattern = `%${search.replace(/[%_]/g, '_')}%`;
      // Case-insensitive the portable way: SQLite has no ILIKE (MikroORM passes `$ilike` through,
      // a syntax error) and PostgreSQL's LIKE respects case; lower() on both sides works on both.
      const lowered = pattern.toLowerCase();
      where.push({
        $or: [{ [raw('lower(text_zh)')]: { $like: lowered } }, { [raw('lower(text_en)')]: { $like: lowered } }],
      });
    }
    const duties = await this.em.find(Duty, where.length ? { $and: where } : {}, {
      populate: ['department', 'position'],
    });
    const rank = (d: Duty) => d.department?.getEntity().sortOrder ?? 1000 + (d.position?.getEntity().sortOrder ?? 0); // departments first
    return duties.sort((a, b) => rank(a) - rank(b) || a.number - b.number);
  }

  /** From the post itself up to the top of the chain (每个岗位向谁负责). Stops on a cycle. */
  async reportingChain(position: Position): Promise<Position[]> {
    const chain: Position[] = [];
    const seen = new Set<string>();
    let current: Position | null = position;
    while (current && !seen.has(current.key)) {
      chain.push(current);
      seen.add(current.key);
      current = current.reportsTo ? await current.reportsTo.load() : null;
    }
    return chain;
  }
}

function checkLength(field: string, value: string, max: number): void {
  if (value.length > max) throw badInput(field, `must be at most ${max} characters`);
}
