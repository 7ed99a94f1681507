import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../apps/api/src/config.js';
import { openOrm } from '../../apps/api/src/db/orm.js';
import { toGlobalId } from '../../apps/api/src/graphql/node.js';
import { startTestSteward, type TestSteward } from '../support/steward.js';

/**
 * `pnpm seed --scale N`: the generator run as people run it (a child process), on scratch files.
 * The demo (scale 1) is loaded once and copied: it follows today's date, generated history does not.
 */

const API = fileURLToPath(new URL('../../apps/api/', import.meta.url));
const SEED = join(API, 'src/tools/seed.ts');
const TSX = createRequire(import.meta.url).resolve('tsx/cli');
const CASES = 400;

type CasePage = {
  cases: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    nodes: { id: string; reference: string; createdAt: string }[];
  };
};

let dir: string;
let demo: string;

function seed(...args: string[]) {
  const run = spawnSync(process.execPath, [TSX, SEED, ...args], {
    encoding: 'utf8',
    cwd: API, // tsx reads the API's tsconfig (decorators) from here
    env: { ...process.env, DATABASE_URL: '', NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    timeout: 180_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

function fresh(name: string): string {
  const file = join(dir, `${name}.sqlite`);
  copyFileSync(demo, file);
  return file;
}

/** Everything generated, as one digest per table (ordered by key), plus the row counts. */
async function fingerprint(file: string): Promise<Record<string, string>> {
  const orm = await openOrm(loadConfig({ DATABASE_URL: `sqlite:${file}` }));
  try {
    const knex = orm.em.fork().getKnex();
    const generated = knex('site').select('code').where('code', 'like', 'BK%');
    const shifts = knex('shift').select('id').whereIn('site_code', generated.clone());
    const cases = knex('case_record').select('id').whereIn('site_code', generated.clone());
    const queries = {
      case_record: knex('case_record').whereIn('site_code', generated.clone()).orderBy('id'),
      case_event: knex('case_event').whereIn('case_id', cases).orderBy('id'),
      shift: knex('shift').whereIn('site_code', generated.clone()).orderBy('id'),
      shift_member: knex('shift_member').whereIn('shift_id', shifts.clone()).orderBy('id'),
      patrol_scan: knex('patrol_scan').whereIn('shift_id', shifts.clone()).orderBy('id'),
      case_sequence: knex('case_sequence').orderBy('key'),
    };
    const out: Record<string, string> = {};
    for (const [table, query] of Object.entries(queries)) {
      const rows = await query;
      out[table] = `${rows.length}:${createHash('sha256').update(JSON.stringify(rows)).digest('hex')}`;
    }
    return out;
  } finally {
    await orm.close(true);
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'steward-seed-'));
  demo = join(dir, 'demo.sqlite');
  const run = seed('--scale', '1', '--database', demo);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  expect(run.out).toMatch(/demo \(scale 1\): ready/);
}, 240_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('seed --scale', () => {
  it('refuses bad arguments with a clear message and a non-zero exit', () => {
    for (const [args, message] of [
      [['--scale', '0'], /--scale must be a number from 1 to 1000 \(got "0"\)/],
      [['--scale', 'lots'], /--scale must be a number/],
      [['--scale', '2', '--seed', '-3'], /--seed needs a value|--seed must be a whole number/],
      [['--scale', '2', '--cases', '1e3'], /--cases must be a whole number/],
      [['--scale', '2', '--frobnicate'], /unknown argument "--frobnicate"/],
      [[], /--scale is required/],
    ] as const) {
      const run = seed(...args, '--database', join(dir, 'never.sqlite'));
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.err).toMatch(message);
      expect(run.err).toMatch(/Usage: pnpm seed --scale N/);
    }
  }, 120_000);

  it('writes the same rows for the same seed, and others for another seed', async () => {
    const a = fresh('a');
    const b = fresh('b');
    const c = fresh('c');
    const runA = seed('--scale', '2', '--cases', String(CASES), '--seed', '7', '--database', a);
    expect(runA.code, runA.err).toBe(0);
    expect(runA.out).toMatch(new RegExp(`case_record\\s+${CASES}\\b`));
    expect(runA.out).toMatch(/generated history \(scale 2, seed 7\) in [\d.]+ s/);
    const runB = seed('--scale', '2', '--cases', String(CASES), '--seed', '7', '--database', b);
    expect(runB.code, runB.err).toBe(0);
    const runC = seed('--scale', '2', '--cases', String(CASES), '--seed', '8', '--database', c);
    expect(runC.code, runC.err).toBe(0);

    const [fa, fb, fc] = [await fingerprint(a), await fingerprint(b), await fingerprint(c)];
    expect(fa.case_record).toMatch(new RegExp(`^${CASES}:`));
    expect(Number(fa.patrol_scan?.split(':')[0])).toBeGreaterThan(1000);
    expect(fb).toEqual(fa);
    expect(fc.case_record).not.toEqual(fa.case_record);
    expect(fc.case_event).not.toEqual(fa.case_event);

    // Generated history is there once: a second run is refused, and so is a company's own data.
    const again = seed('--scale', '2', '--cases', '10', '--database', a);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already holds generated history/);
  }, 240_000);

  it('refuses a database holding data that is not the demo’s, unless --force', async () => {
    const file = fresh('company');
    const orm = await openOrm(loadConfig({ DATABASE_URL: `sqlite:${file}` }));
    await orm.em
      .fork()
      .getKnex()('site')
      .insert({ code: 'ACME', name_zh: '某公司', name_en: 'Acme', time_zone: 'Asia/Shanghai', created_at: Date.now() });
    await orm.close(true);
    const refused = seed('--scale', '2', '--cases', '20', '--database', file);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/holds data that is not the demo's \(site ACME\)/);
    const forced = seed('--scale', '2', '--cases', '20', '--force', '--database', file);
    expect(forced.code, forced.err).toBe(0);
    expect(forced.out).toMatch(/case_record\s+20\b/);
  }, 120_000);
});

describe('the application reads generated history', () => {
  let steward: TestSteward;
  let file: string;
  const query = async <T>(client: Awaited<ReturnType<TestSteward['login']>>, q: string, variables = {}) => {
    const res = await client.post(JSON.stringify({ query: q, variables }));
    expect(res.status).toBe(200);
    const body = res.json as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  beforeAll(async () => {
    file = fresh('read');
    const run = seed('--scale', '2', '--cases', String(CASES), '--database', file);
    expect(run.code, run.err).toBe(0);
    steward = await startTestSteward({ DATABASE_URL: `sqlite:${file}` });
  }, 240_000);

  afterAll(async () => {
    await steward?.close();
  });

  it('pages through every generated case with cursors, and opens one with its timeline', async () => {
    const analyst = await steward.login('analyst');
    const PAGE = `query($after: String, $filter: CaseFilter) {
      cases(first: 100, after: $after, filter: $filter) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id reference status createdAt }
      }
    }`;
    const seen = new Set<string>();
    let after: string | null = null;
    let pages = 0;
    let previous = Number.POSITIVE_INFINITY;
    for (;;) {
      const { cases }: CasePage = await query<CasePage>(analyst, PAGE, { after, filter: { siteCode: 'BK0001' } });
      expect(cases.totalCount).toBe(CASES);
      for (const n of cases.nodes) {
        seen.add(n.id);
        expect(n.reference).toMatch(/^[A-Z]{2}-\d{8}-\d{4,}$/);
        const at = Date.parse(n.createdAt);
        expect(at).toBeLessThanOrEqual(previous);
        previous = at;
      }
      pages += 1;
      if (!cases.pageInfo.hasNextPage) break;
      after = cases.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(CASES / 100));
    expect(seen.size).toBe(CASES);

    // A filtered count the database agrees with.
    const knex = steward.orm.em.fork().getKnex();
    const [{ n }] = (await knex('case_record')
      .where({ site_code: 'BK0001', status: 'CLOSED' })
      .where((q) =>
        q.where({ department_key: 'customer_service' }).orWhere({ holder_department_key: 'customer_service' }),
      )
      .count({ n: '*' })) as [{ n: number }];
    const filtered = await query<{ cases: { totalCount: number } }>(
      analyst,
      'query($f: CaseFilter) { cases(first: 1, filter: $f) { totalCount } }',
      { f: { siteCode: 'BK0001', departmentKey: 'customer_service', statuses: ['CLOSED'] } },
    );
    expect(filtered.cases.totalCount).toBe(Number(n));
    expect(Number(n)).toBeGreaterThan(0);

    // A closed repair referred to facilities: its timeline tells the whole story, in order.
    const row = (await knex('case_record')
      .where({ site_code: 'BK0001', kind: 'REPAIR', status: 'CLOSED', holder_department_key: 'facilities' })
      .first('id', 'reference')) as { id: string; reference: string };
    const { node } = await query<{
      node: { reference: string; status: string; closedAt: string; timeline: { type: string; at: string }[] } | null;
    }>(
      analyst,
      `query($id: ID!) { node(id: $id) { ... on Case { reference status resolvedAt closedAt
        timeline { type at actorName } } } }`,
      { id: toGlobalId('Case', row.id) },
    );
    expect(node?.reference).toBe(row.reference);
    expect(node?.status).toBe('CLOSED');
    const types = node?.timeline.map((e) => e.type) ?? [];
    expect(types[0]).toBe('OPENED');
    expect(types).toContain('REFERRED');
    expect(types).toContain('ACKNOWLEDGED');
    expect(types.at(-1)).toBe('CLOSED');
    const times = node?.timeline.map((e) => Date.parse(e.at)) ?? [];
    expect([...times].sort((x, y) => x - y)).toEqual(times);
    expect(Date.parse(node?.closedAt ?? '')).toBe(times.at(-1));
  });
});
