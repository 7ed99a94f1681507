import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findLean, joinedRow, leanRows, referenceKey, shapeOfWhere, slotsOf } from '../../apps/api/src/db/lean.js';
import { Case } from '../../apps/api/src/features/cases/case.entity.js';
import { CaseEvent } from '../../apps/api/src/features/cases/case-event.entity.js';
import { Department } from '../../apps/api/src/features/rulebook/department.entity.js';
import { Staff } from '../../apps/api/src/features/staff/staff.entity.js';
import { startTestSteward, type TestSteward } from '../support/steward.js';

/**
 * findLean compiles a where-tree's SQL once per shape and binds each later query's strings where
 * MikroORM put the first one's (apps/api/src/db/lean.ts). These check it against MikroORM's own
 * answers on the demo, on both dialects, and that it refuses what it cannot map.
 */
let steward: TestSteward;
let ids: { cases: string[]; staff: string[]; departments: string[] };

beforeAll(async () => {
  steward = await startTestSteward();
  const em = steward.orm.em.fork();
  const cases = await em.find(Case, {}, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 40 });
  ids = {
    cases: cases.map((c) => c.id),
    staff: [...new Set(cases.flatMap((c) => [c.assignee?.id, c.receivedBy.id]).filter(Boolean))] as string[],
    departments: [...new Set(cases.map((c) => c.department.unwrap().key))],
  };
  expect(ids.cases.length).toBeGreaterThanOrEqual(20);
  expect(ids.departments.length).toBeGreaterThan(1);
});

afterAll(async () => {
  await steward?.close();
});

const fresh = () => steward.orm.em.fork();
const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('findLean with compiled statements', () => {
  it('answers as em.find does, for each shape and for other strings in the same shape', async () => {
    const [a, b, c, d] = ids.cases as [string, string, string, string];
    const since = new Date(Date.now() - 7 * 86_400_000);
    const order = { createdAt: 'desc', id: 'desc' } as const;
    const shapes: ((i: number) => object)[] = [
      (i) => ({ id: ids.cases[i] }),
      (i) => ({ id: { $in: ids.cases.slice(i, i + 3) } }),
      (i) => ({ department: ids.departments[i % ids.departments.length], status: { $in: ['OPEN', 'CLOSED'] } }),
      (i) => ({ $or: [{ assignee: ids.staff[i % ids.staff.length] }, { holder: ids.staff[i % ids.staff.length] }] }),
      (i) => ({ $and: [{ assignee: null }, { department: { $ne: ids.departments[i % ids.departments.length] } }] }),
      (i) => ({ createdAt: { $gte: since }, department: ids.departments[i % ids.departments.length] }),
    ];
    let compared = 0;
    for (const shape of shapes) {
      for (let i = 0; i < 4; i++) {
        const where = shape(i) as never;
        const lean = await findLean(fresh(), Case, where, { orderBy: order, limit: 30 });
        const orm = await fresh().find(Case, where, { orderBy: order, limit: 30 });
        expect(idsOf(lean), JSON.stringify(where)).toEqual(idsOf(orm));
        compared += lean.length;
      }
    }
    expect(compared).toBeGreaterThan(50);
    // The same four cases asked for in another order of strings: still their own rows.
    expect(idsOf(await findLean(fresh(), Case, { id: { $in: [d, c, b, a] } }, { orderBy: order }))).toEqual([
      a,
      b,
      c,
      d,
    ]);
  });

  it('builds a shape once: the next query of it runs without the query builder', async () => {
    const em = fresh();
    const where = (id: string) => ({ case: { $in: [id] } });
    await findLean(em, CaseEvent, where(ids.cases[0] as string), { orderBy: { case: 'asc', seq: 'asc' } });
    const builder = vi.spyOn(em, 'createQueryBuilder');
    const events = await findLean(em, CaseEvent, where(ids.cases[1] as string), {
      orderBy: { case: 'asc', seq: 'asc' },
    });
    expect(builder).not.toHaveBeenCalled();
    const expected = await fresh().find(CaseEvent, { case: ids.cases[1] }, { orderBy: { seq: 'asc' } });
    expect(idsOf(events)).toEqual(idsOf(expected));
    expect(events.length).toBeGreaterThan(0);
  });

  it('joins asked-for references in the same statement, as lean rows of their own', async () => {
    const loaded = await fresh().findOneOrFail(
      Case,
      { escalatedTo: null, id: { $in: ids.cases } },
      { populate: ['department', 'receivedBy'] },
    );
    const [row] = await findLean(
      fresh(),
      Case,
      { id: loaded.id },
      { join: ['department', 'receivedBy', 'escalatedTo'], limit: 1 },
    );
    expect(joinedRow<Staff>(row as object, 'receivedBy')?.name).toBe(loaded.receivedBy.getEntity().name);
    expect(joinedRow<Department>(row as object, 'department')?.nameZh).toBe(loaded.department.getEntity().nameZh);
    expect(joinedRow(row as object, 'escalatedTo')).toBeNull(); // joined, and empty
    expect(joinedRow(row as object, 'assignee')).toBeUndefined(); // not joined
    expect(referenceKey(row as object, 'receivedBy')).toBe(loaded.receivedBy.id);
    expect(referenceKey(loaded, 'receivedBy')).toBe(loaded.receivedBy.id);
    expect(referenceKey(row as object, 'escalatedTo')).toBeNull();
    await expect(findLean(fresh(), Case, {}, { join: ['title'] })).rejects.toThrow(/not a many-to-one/);
  });

  it('runs a shape it cannot see through with MikroORM every time, with the same answer', async () => {
    const em = fresh();
    const subquery = em
      .createQueryBuilder(Staff, 's')
      .select('s.id')
      .where({ id: { $in: ids.staff } })
      .getKnexQuery();
    const viaSubquery = await findLean(em, Case, { assignee: { $in: subquery } } as never, { orderBy: { id: 'asc' } });
    const direct = await fresh().find(Case, { assignee: { $in: ids.staff } }, { orderBy: { id: 'asc' } });
    expect(idsOf(viaSubquery)).toEqual(idsOf(direct));
    expect(direct.length).toBeGreaterThan(0);
  });
});

describe('lean rows', () => {
  it('read every column as the managed entity does, converted when read', async () => {
    const kinds = new Set<string>();
    let compared = 0;
    for (const entity of [Case, CaseEvent, Staff, Department] as const) {
      const em = fresh();
      const meta = em.getMetadata().get(entity.name);
      const pk = meta.primaryKeys[0] as string;
      const column = meta.properties[pk]?.fieldNames[0] as string;
      const raw = await em
        .getConnection()
        .execute<Record<string, unknown>[]>(`select * from ${meta.tableName} order by ${column} limit 60`);
      const lean = leanRows(em, entity as never, raw) as Record<string, unknown>[];
      const managed = (await fresh().find(entity as never, {}, { orderBy: { [pk]: 'asc' }, limit: 60 })) as Record<
        string,
        unknown
      >[];
      expect(lean.length).toBe(managed.length);
      lean.forEach((row, i) => {
        const entityRow = managed[i] as Record<string, unknown>;
        for (const prop of meta.props) {
          if (prop.persist === false) continue;
          const label = `${meta.className}.${prop.name}`;
          if (prop.kind === 'scalar') {
            expect(row[prop.name], label).toEqual(entityRow[prop.name]);
            if (entityRow[prop.name] != null)
              kinds.add(entityRow[prop.name] instanceof Date ? 'date' : typeof entityRow[prop.name]);
            compared += 1;
          } else if (prop.kind === 'm:1') {
            expect(referenceKey(row, prop.name), label).toBe(referenceKey(entityRow, prop.name));
            compared += 1;
          }
        }
      });
    }
    expect(compared).toBeGreaterThan(1000);
    // Dates, booleans, numbers, strings and JSON documents among them.
    expect([...kinds].sort()).toEqual(['boolean', 'date', 'number', 'object', 'string']);
  });

  it('take a value written to them as their own, without touching the entity', async () => {
    const [row] = await findLean(fresh(), Case, { id: ids.cases[0] }, { limit: 1 });
    if (!row) throw new Error('no case');
    row.title = 'changed here only';
    expect(row.title).toBe('changed here only');
    const again = await fresh().findOneOrFail(Case, ids.cases[0] as string);
    expect(again.title).not.toBe('changed here only');
  });
});

describe('shapes and slots', () => {
  it('a shape is the tree with its strings taken out', () => {
    const s1 = shapeOfWhere({ $and: [{ id: 'a' }, { status: { $in: ['X', 'Y'] } }, { n: 3, at: null }] });
    const s2 = shapeOfWhere({ $and: [{ id: 'b' }, { status: { $in: ['Z', 'W'] } }, { n: 3, at: null }] });
    expect(s1?.key).toBe(s2?.key);
    expect(s1?.strings).toEqual(['a', 'X', 'Y']);
    // Anything else is part of the shape: numbers, null, array lengths, dates.
    expect(shapeOfWhere({ n: 4 })?.key).not.toBe(shapeOfWhere({ n: 3 })?.key);
    expect(shapeOfWhere({ id: null })?.key).not.toBe(shapeOfWhere({ id: 'a' })?.key);
    expect(shapeOfWhere({ id: { $in: ['a'] } })?.key).not.toBe(shapeOfWhere({ id: { $in: ['a', 'b'] } })?.key);
    expect(shapeOfWhere({ at: new Date(1) })?.key).not.toBe(shapeOfWhere({ at: new Date(2) })?.key);
  });

  it('refuses what it cannot see: builders, objects of classes, its own marker', () => {
    expect(shapeOfWhere({ id: { $in: { toSQL: () => '' } } })).toBeNull();
    expect(shapeOfWhere({ staff: new Staff() })).toBeNull();
    expect(shapeOfWhere({ id: '\u0001steward-probe:0\u0001' })).toBeNull();
  });

  it('maps bindings to probes only when each is exactly one probe, and every probe is bound', () => {
    const probe = (i: number) => `\u0001steward-probe:${i}\u0001`;
    expect(slotsOf('select ? , ?, ?', [probe(1), 20, probe(0)], 2)).toEqual([
      { param: 1 },
      { constant: 20 },
      { param: 0 },
    ]);
    expect(slotsOf('select ?', [probe(0).toLowerCase().replace('steward', 'STEWARD')], 1)).toBeNull();
    expect(slotsOf('select ?', [`%${probe(0)}%`], 1)).toBeNull();
    expect(slotsOf('select ?', [probe(0)], 2)).toBeNull();
    expect(slotsOf(`select '${probe(0)}'`, [], 1)).toBeNull();
  });
});
