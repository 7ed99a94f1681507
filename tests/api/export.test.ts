import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byteWriterRows } from '../../apps/api/src/features/export/export.bytes.js';
import { graphql } from '../gql/index.js';
import { parseCsv } from '../support/csv.js';
import { createToken } from '../support/factories.js';
import { auditCount } from '../support/org.js';
import { type Client, startTestSteward, TEST_PG_URL, type TestSteward } from '../support/steward.js';

const Datasets = graphql(`
  query ExportDatasetsList {
    exportDatasets {
      name
      description
      formats
      filters
      timeColumn
      url
      maxRangeDays
      columns { name type description formats }
    }
  }
`);

const CasesPage = graphql(`
  query ExportCasesPage($filter: CaseFilter, $after: String) {
    cases(first: 100, after: $after, filter: $filter) {
      edges { node { id reference status title createdAt department { key } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const ScansPage = graphql(`
  query ExportScansPage($filter: PatrolScanFilter, $after: String) {
    patrolScans(first: 100, after: $after, filter: $filter) {
      edges { node { id scannedAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const AuditPage = graphql(`
  query ExportAuditPage($filter: AuditEventFilter, $after: String) {
    auditEvents(first: 100, after: $after, filter: $filter) {
      edges { node { id action occurredAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const OpenCase = graphql(`
  mutation ExportOpenCase($input: OpenCaseInput!) {
    openCase(input: $input) { case { id reference } userErrors { field message } }
  }
`);

const DAY = 86_400_000;
// The demo's history is a few weeks old; synthetic rows for the snapshot test sit further back.
const FROM = new Date(Date.now() - 200 * DAY).toISOString();
const TO = new Date(Date.now() + DAY).toISOString();

let steward: TestSteward;
let analyst: Client;
let manager: Client;
let cs: Client;
let analystToken: string;
let managerToken: string;
let directorToken: string;
let boardToken: string;

beforeAll(async () => {
  steward = await startTestSteward();
  [analyst, manager, cs] = await Promise.all([steward.login('analyst'), steward.login('manager'), steward.login('cs')]);
  const director = await steward.login('director');
  analystToken = (await createToken(analyst)).secret;
  managerToken = (await createToken(manager)).secret;
  directorToken = (await createToken(director)).secret;
  boardToken = (await createToken(analyst, ['BOARD'])).secret;
}, 60_000);

afterAll(async () => steward?.close());

interface Download {
  status: number;
  headers: Headers;
  text: string;
}

async function download(path: string, headers: Record<string, string>): Promise<Download> {
  const res = await fetch(`${steward.url}${path}`, { headers });
  const bytes = new Uint8Array(await res.arrayBuffer());
  // Keep the BOM: TextDecoder strips it unless told not to.
  return {
    status: res.status,
    headers: res.headers,
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
  };
}

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
const range = `from=${encodeURIComponent(FROM)}&to=${encodeURIComponent(TO)}`;

function csvObjects(text: string): { header: string[]; rows: Record<string, string>[] } {
  expect(text.charCodeAt(0), 'a UTF-8 byte order mark').toBe(0xfeff);
  const [header = [], ...records] = parseCsv(text.slice(1));
  for (const r of records) expect(r.length).toBe(header.length);
  return { header, rows: records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] as string]))) };
}

const ndjson = (text: string) =>
  text
    .split('\n')
    .filter((l, i, all) => l !== '' || i < all.length - 1)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

async function allPages<T>(fetchPage: (after: string | null) => Promise<{ nodes: T[]; next: string | null }>) {
  const out: T[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 200; guard++) {
    const page = await fetchPage(after);
    out.push(...page.nodes);
    if (!page.next) return out;
    after = page.next;
  }
  throw new Error('too many pages');
}

async function graphqlCases(client: Client, filter: Record<string, unknown>) {
  return allPages(async (after) => {
    const { body } = await client.gql(CasesPage, { filter, after });
    expect(body.errors).toBeUndefined();
    const c = body.data?.cases;
    return {
      nodes: c?.edges.map((e) => e.node) ?? [],
      next: c?.pageInfo.hasNextPage ? (c.pageInfo.endCursor ?? null) : null,
    };
  });
}

describe('exportDatasets', () => {
  it('lists what each viewer may export, with the columns the CSV header uses', async () => {
    const { body } = await analyst.gql(Datasets);
    expect(body.errors).toBeUndefined();
    const sets = body.data?.exportDatasets ?? [];
    expect(sets.map((d) => d.name)).toEqual(['cases', 'case-events', 'incidents', 'patrol-scans', 'attendance']);
    const cases = sets.find((d) => d.name === 'cases');
    expect(cases?.url).toBe(
      '/export/cases.{format}?from={from}&to={to}&siteCode={siteCode}&departmentKey={departmentKey}',
    );
    expect(cases?.formats).toEqual(['NDJSON', 'CSV']);
    expect(cases?.columns.find((c) => c.name === 'timeline')?.formats).toEqual(['NDJSON']);
    for (const d of sets) {
      const csv = await download(`/export/${d.name}.csv?${range}`, bearer(analystToken));
      expect(csv.status, d.name).toBe(200);
      expect(csvObjects(csv.text).header).toEqual(
        d.columns.filter((c) => c.formats.includes('CSV')).map((c) => c.name),
      );
    }
    // The audit trail needs audit.read: the manager's, not the analyst's.
    const managerSets = (await manager.gql(Datasets)).body.data?.exportDatasets ?? [];
    expect(managerSets.map((d) => d.name)).toContain('audit-events');
    expect(managerSets.find((d) => d.name === 'audit-events')?.filters).toEqual(['from', 'to', 'departmentKey']);
  });
});

describe('GET /export', () => {
  it('streams every dataset in both formats: the same rows, NDJSON and CSV alike', async () => {
    const names = ['cases', 'case-events', 'incidents', 'patrol-scans', 'attendance', 'audit-events'];
    // Up to now: each download is on record, and the next one must not see the last one's event.
    const upToNow = `from=${encodeURIComponent(FROM)}&to=${encodeURIComponent(new Date().toISOString())}`;
    for (const name of names) {
      // The analyst reads everything but the audit trail, which is the manager's.
      const token = bearer(name === 'audit-events' ? managerToken : analystToken);
      const json = await download(`/export/${name}.ndjson?${upToNow}`, token);
      expect(json.status, name).toBe(200);
      expect(json.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
      expect(json.headers.get('content-disposition')).toMatch(
        new RegExp(`^attachment; filename="steward-${name}-\\d{4}-\\d\\d-\\d\\d-\\d{4}-\\d\\d-\\d\\d\\.ndjson"$`),
      );
      const lines = ndjson(json.text);
      expect(lines.length, `${name} has rows in the demo`).toBeGreaterThan(0);

      const csv = await download(`/export/${name}.csv?${upToNow}`, token);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const { rows } = csvObjects(csv.text);
      expect(
        rows.map((r) => r.id),
        name,
      ).toEqual(lines.map((l) => l.id));
      for (const [i, r] of rows.entries()) {
        const l = lines[i] as Record<string, unknown>;
        for (const [k, v] of Object.entries(r)) {
          const expected = l[k] === null ? '' : typeof l[k] === 'object' ? JSON.stringify(l[k]) : String(l[k]);
          // Text a spreadsheet would run as a formula is prefixed with an apostrophe in CSV only.
          expect(v.replace(/^'(?=[=+\-@\t\r])/, ''), `${name}.${k}`).toBe(expected);
        }
      }
      const times = rows.map((r) => r.createdAt ?? r.scannedAt ?? r.shiftStartsAt ?? r.occurredAt ?? '');
      expect(times.every((t) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(t) || name === 'case-events')).toBe(
        true,
      );
      if (name !== 'case-events') expect([...times].sort(), `${name}: oldest first`).toEqual(times);
    }
  });

  it('keeps Chinese text, commas, quotes and newlines intact, and defuses formulas', async () => {
    const title = '=HYPERLINK("http://x")，漏水';
    const description = '业主说："天花板在滴水, 已经两天"\n第二行\r\n第三行';
    const opened = await cs.gql(OpenCase, {
      input: { kind: 'COMPLAINT', channel: 'PHONE', title, description, reporterName: '@王女士', siteCode: 'CUIHU' },
    });
    const id = opened.body.data?.openCase.case?.id;
    expect(id, JSON.stringify(opened.body)).toBeTruthy();
    const csv = await download(`/export/cases.csv?${range}`, bearer(analystToken));
    const row = csvObjects(csv.text).rows.find((r) => r.id === id);
    expect(row?.title).toBe(`'${title}`);
    expect(row?.description).toBe(description);
    expect(row?.reporterName).toBe("'@王女士");
    const line = ndjson((await download(`/export/cases.ndjson?${range}`, bearer(analystToken))).text).find(
      (l) => l.id === id,
    );
    expect(line).toMatchObject({ title, description, reporterName: '@王女士', kind: 'COMPLAINT' });
    expect(((line?.timeline ?? []) as { type: string }[]).map((e) => e.type)).toEqual(['OPENED']);
  });

  it('gives the rows GraphQL gives for the same filter', async () => {
    const filters: Record<string, string>[] = [{}, { siteCode: 'CUIHU' }, { departmentKey: 'order_maintenance' }];
    for (const filter of filters) {
      const query = new URLSearchParams({ from: FROM, to: TO, ...filter });
      const lines = ndjson((await download(`/export/cases.ndjson?${query}`, bearer(analystToken))).text);
      const viaGraphql = await graphqlCases(analyst, { from: FROM, to: TO, ...filter });
      expect(
        lines.map((l) => l.id),
        JSON.stringify(filter),
      ).toEqual(viaGraphql.map((c) => c.id).reverse());
      expect(lines.map((l) => [l.reference, l.status, l.title, l.createdAt])).toEqual(
        viaGraphql.map((c) => [c.reference, c.status, c.title, c.createdAt]).reverse(),
      );
    }
    const incidents = ndjson((await download(`/export/incidents.ndjson?${range}`, bearer(analystToken))).text);
    const incidentKinds = [
      'PUBLIC_ORDER',
      'FIRE',
      'VEHICLE_ACCIDENT',
      'CRIMINAL',
      'EQUIPMENT_FAILURE',
      'OTHER_INCIDENT',
    ];
    const viaGraphql = await graphqlCases(analyst, { from: FROM, to: TO, kinds: incidentKinds });
    expect(incidents.map((l) => l.id)).toEqual(viaGraphql.map((c) => c.id).reverse());
    expect(incidents.every((l) => typeof l.occurredAt === 'string')).toBe(true);

    const scans = ndjson((await download(`/export/patrol-scans.ndjson?${range}`, bearer(analystToken))).text);
    const scanNodes = await allPages(async (after) => {
      const { body } = await analyst.gql(ScansPage, { filter: { from: FROM, to: TO }, after });
      const c = body.data?.patrolScans;
      return {
        nodes: c?.edges.map((e) => e.node) ?? [],
        next: c?.pageInfo.hasNextPage ? (c.pageInfo.endCursor ?? null) : null,
      };
    });
    expect(scans.map((l) => l.id)).toEqual(scanNodes.map((n) => n.id).reverse());

    const auditTo = new Date().toISOString();
    const audit = ndjson(
      (await download(`/export/audit-events.ndjson?from=${FROM}&to=${auditTo}`, bearer(managerToken))).text,
    );
    const auditNodes = await allPages(async (after) => {
      const { body } = await manager.gql(AuditPage, { filter: { from: FROM, to: auditTo }, after });
      const c = body.data?.auditEvents;
      return {
        nodes: c?.edges.map((e) => e.node) ?? [],
        next: c?.pageInfo.hasNextPage ? (c.pageInfo.endCursor ?? null) : null,
      };
    });
    expect(audit.map((l) => [l.id, l.action])).toEqual(auditNodes.map((n) => [n.id, n.action]).reverse());
  });

  it('scopes a department’s token to its slice, as GraphQL does', async () => {
    const director = await steward.login('director');
    const mine = ndjson((await download(`/export/cases.ndjson?${range}`, bearer(directorToken))).text);
    const all = ndjson((await download(`/export/cases.ndjson?${range}`, bearer(analystToken))).text);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    expect(mine.map((l) => l.id)).toEqual(
      (await graphqlCases(director, { from: FROM, to: TO })).map((c) => c.id).reverse(),
    );
    // Customer service's own complaints are not the order-maintenance director's to read.
    expect(all.some((l) => l.kind === 'COMPLAINT' && l.departmentKey === 'customer_service')).toBe(true);
    expect(
      mine.some(
        (l) =>
          l.kind === 'COMPLAINT' &&
          l.departmentKey === 'customer_service' &&
          l.holderDepartmentKey === 'customer_service',
      ),
    ).toBe(false);
  });

  it('accepts the session cookie, so the web app can offer plain download links', async () => {
    const res = await download(`/export/attendance.csv?${range}`, analyst.authHeaders);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('records one audit event per download, naming the dataset and filters', async () => {
    const before = await auditCount(steward, { action: 'export.downloaded' });
    await download(`/export/patrol-scans.csv?${range}&siteCode=CUIHU`, bearer(analystToken));
    expect(await auditCount(steward, { action: 'export.downloaded' })).toBe(before + 1);
    const [event] = await steward.orm.em
      .fork()
      .getConnection()
      .execute<{ changes: string; target_type: string }[]>(
        "select cast(changes as text) as changes, target_type from audit_event where action = 'export.downloaded' order by occurred_at desc, id desc limit 1",
      );
    expect(event?.target_type).toBe('ExportDataset');
    expect(JSON.parse(event?.changes ?? '{}')).toMatchObject({
      dataset: { before: null, after: 'patrol-scans' },
      format: { before: null, after: 'CSV' },
      siteCode: { before: null, after: 'CUIHU' },
    });
  });
});

describe('bad input, and who may not', () => {
  const cases: [string, number, string, string | null][] = [
    ['/export/nothing.csv?from=2026-01-01', 400, 'BAD_USER_INPUT', 'dataset'],
    ['/export/cases.xml?from=2026-01-01', 400, 'BAD_USER_INPUT', 'format'],
    ['/export/cases?from=2026-01-01', 400, 'BAD_USER_INPUT', 'format'],
    ['/export/cases.csv', 400, 'BAD_USER_INPUT', 'from'],
    ['/export/cases.csv?from=yesterday', 400, 'BAD_USER_INPUT', 'from'],
    ['/export/cases.csv?from=2026-02-30', 400, 'BAD_USER_INPUT', 'from'],
    ['/export/cases.csv?from=2026-01-01T08:00:00', 400, 'BAD_USER_INPUT', 'from'],
    ['/export/cases.csv?from=2026-06-01&to=2026-05-01', 400, 'BAD_USER_INPUT', 'to'],
    ['/export/cases.csv?from=2026-06-01&to=2026-06-01', 400, 'BAD_USER_INPUT', 'to'],
    ['/export/cases.csv?from=2025-01-01&to=2026-06-01', 400, 'BAD_USER_INPUT', 'to'],
    ['/export/cases.csv?from=2026-01-01&siteCode=NOWHERE', 400, 'BAD_USER_INPUT', 'siteCode'],
    ['/export/cases.csv?from=2026-01-01&departmentKey=nobody', 400, 'BAD_USER_INPUT', 'departmentKey'],
    ['/export/cases.csv?from=2026-01-01&status=OPEN', 400, 'BAD_USER_INPUT', 'status'],
    ['/export/cases.csv?from=2026-01-01&from=2026-02-01', 400, 'BAD_USER_INPUT', 'from'],
    ['/export/audit-events.csv?from=2026-01-01', 403, 'FORBIDDEN', null],
  ];

  it('answers 400 naming the field, 401 and 403, and writes nothing', async () => {
    const before = await auditCount(steward);
    for (const [path, status, code, field] of cases) {
      const res = await download(path, bearer(analystToken));
      expect(res.status, path).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(JSON.parse(res.text), path).toEqual({ error: { code, message: expect.any(String), field } });
    }
    const ok = `/export/cases.csv?${range}`;
    for (const [headers, status, code] of [
      [{}, 401, 'UNAUTHENTICATED'],
      [bearer('stw_not-a-token'), 401, 'UNAUTHENTICATED'],
      [{ authorization: 'Basic YW5hbHlzdDp4' }, 401, 'UNAUTHENTICATED'],
      [bearer(boardToken), 403, 'FORBIDDEN'],
    ] as const) {
      const res = await download(ok, headers);
      expect(res.status, JSON.stringify(headers)).toBe(status);
      expect(JSON.parse(res.text).error.code).toBe(code);
    }
    // An unknown dataset is not revealed to the anonymous.
    expect((await download('/export/nothing.csv', {})).status).toBe(401);
    expect(await auditCount(steward)).toBe(before);
  });
});

describe('a consistent snapshot', () => {
  it('streams as of its start: a case opened mid-export is not in it', async () => {
    // Enough rows that the server is still reading when the new case arrives (many batches,
    // far more than the socket buffers): synthetic cases well before the demo's history.
    const sql = (q: string, params: unknown[] = []) => steward.orm.em.fork().getConnection().execute(q, params);
    const [clerk] = (await sql("select id from staff where username = 'cs'")) as { id: string }[];
    const start = Date.now() - 330 * DAY;
    const total = 30_000;
    for (let i = 0; i < total; i += 500) {
      const values: unknown[] = [];
      for (let j = i; j < i + 500; j++) {
        const at = start + j * 60_000;
        values.push(
          randomUUID(),
          `SNAP-${j}`,
          'COMPLAINT',
          'OPEN',
          'PHONE',
          `快照测试 ${j}`,
          '说明'.repeat(50),
          'GENERAL',
          'NORMAL',
          'customer_service',
          clerk?.id,
          // Date objects bind on both dialects (SQLite's driver stores their milliseconds).
          new Date(at + DAY),
          new Date(at + 2 * DAY),
          new Date(at),
          new Date(at),
        );
      }
      await sql(
        `insert into case_record (id, reference, kind, status, channel, title, description, severity, priority, department_key, received_by_id, response_due_at, resolution_due_at, created_at, updated_at) values ${Array.from({ length: 500 }, () => '(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)').join(',')}`,
        values,
      );
    }
    const from = new Date(start - DAY).toISOString();
    const expected = (await sql('select count(*) as n from case_record where created_at >= ?', [
      new Date(start - DAY),
    ])) as {
      n: number;
    }[];

    const res = await fetch(`${steward.url}/export/cases.ndjson?from=${from}&to=${TO}`, {
      headers: bearer(analystToken),
    });
    expect(res.status).toBe(200);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    // The export has begun (and is held back by this slow reader): now a new case is opened.
    const opened = await cs.gql(OpenCase, {
      input: {
        kind: 'COMPLAINT',
        channel: 'PHONE',
        title: '导出进行中新开的投诉',
        description: '快照之后',
        reporterName: '钱先生',
        siteCode: 'CUIHU',
      },
    });
    const newId = opened.body.data?.openCase.case?.id;
    expect(newId, JSON.stringify(opened.body)).toBeTruthy();
    const chunks: Uint8Array[] = [first.value as Uint8Array];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
    const lines = ndjson(Buffer.concat(chunks).toString('utf8'));
    expect(lines.length).toBe(Number(expected[0]?.n));
    expect(lines.length).toBeGreaterThan(total);
    expect(lines.some((l) => l.id === newId)).toBe(false);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);

    // A new export sees it.
    const after = ndjson((await download(`/export/cases.ndjson?from=${from}&to=${TO}`, bearer(analystToken))).text);
    expect(after.length).toBe(lines.length + 1);
    expect(after.at(-1)?.id).toBe(newId);
  }, 120_000);
});

describe('CSV written from SQLite’s bytes', () => {
  // The byte writer is SQLite's (PostgreSQL exports always take the JS path): nothing to compare there.
  it.skipIf(TEST_PG_URL)(
    'writes byte for byte what the JS path writes (EXPORT_BYTES=off), over the demo and hostile values',
    async () => {
      const sql = (q: string, params: unknown[] = []) => steward.orm.em.fork().getConnection().execute(q, params);
      const [clerk] = (await sql("select id from staff where username = 'cs'")) as { id: string }[];
      const [leader] = (await sql("select id from staff where username = 'leader'")) as { id: string }[];
      const hostile = [
        'a,b',
        'say "hi", then go',
        '两行\n第二行',
        'CR\rLF\r\n',
        '=HYPERLINK("http://x")',
        '+86 138 0000 0000',
        '-1楼',
        '@王女士',
        '\t缩进',
        '\r回车开头',
        '😀 emoji, 𠮷 and a pair',
        '控制字符\u0001\u0008\u001f\u007f',
        '\u2028\u2029\ufeff',
        '',
        "'already quoted",
        '反斜杠\\和/斜杠',
        '长'.repeat(20_000),
      ];
      const base = Date.now() - 100 * DAY;
      // Day edges, year 1970 and odd values a column does not expect (the JS rule writes those).
      const odd: unknown[][] = [
        // closed_at, responded_at, satisfaction, beyond_authority
        [1.5, Date.UTC(2026, 0, 1) - 1, 5.5, 2],
        ['2026-01-01T00:00:00+08:00', Date.UTC(2026, 0, 1), '7', 1],
        [0, 86_399_999, -3, 0],
        [null, null, null, 0],
      ];
      const rows: unknown[][] = hostile.map((text, i) => {
        const [closedAt, respondedAt, satisfaction, beyond] = odd[i % odd.length] as unknown[];
        return [
          // Case IDs are keys like any other: one with a quote and a comma, one with Chinese.
          i === 0 ? `hostile-"id",中😀-${i}` : i === 1 ? `hostile,中文-${i}` : randomUUID(),
          `HOST-${i}`,
          'COMPLAINT',
          'OPEN',
          'PHONE',
          text.slice(0, 200),
          text,
          'GENERAL',
          'NORMAL',
          'customer_service',
          clerk?.id,
          text.slice(0, 50),
          text.slice(0, 30),
          text.slice(0, 100),
          text,
          text.slice(0, 200),
          text.slice(0, 200),
          leader?.id,
          closedAt,
          respondedAt,
          satisfaction,
          beyond,
          base + DAY,
          base + 2 * DAY,
          // Two at the same instant (the keyset's id breaks the tie), the rest a second apart.
          base + Math.max(0, i - 1) * 1000,
          base + i * 1000,
        ];
      });
      await sql(
        `insert into case_record (id, reference, kind, status, channel, title, description, severity, priority, department_key, received_by_id, area, reporter_name, reporter_phone, result, feedback, void_reason, assignee_id, closed_at, responded_at, satisfaction, beyond_authority, response_due_at, resolution_due_at, created_at, updated_at) values ${rows.map(() => `(${Array(26).fill('?').join(',')})`).join(',')}`,
        rows.flat(),
      );
      // Enough plain cases for several windows (1,000 rows each company-wide, 2,000 keys filtered).
      for (let i = 0; i < 3000; i += 500) {
        const values: unknown[] = [];
        for (let j = i; j < i + 500; j++) {
          const at = base - DAY - j * 60_000;
          values.push(
            randomUUID(),
            `BULK-${j}`,
            'REPAIR',
            'OPEN',
            'PHONE',
            `批量 ${j}`,
            '漏水'.repeat(j % 40),
            'GENERAL',
            'NORMAL',
            'order_maintenance',
            j % 3 ? 'CUIHU' : null,
            clerk?.id,
            new Date(at + DAY),
            new Date(at + 2 * DAY),
            new Date(at),
            new Date(at),
          );
        }
        await sql(
          `insert into case_record (id, reference, kind, status, channel, title, description, severity, priority, department_key, site_code, received_by_id, response_due_at, resolution_due_at, created_at, updated_at) values ${Array.from({ length: 500 }, () => `(${Array(16).fill('?').join(',')})`).join(',')}`,
          values,
        );
      }
      // Text that is not UTF-8 (written past the app): the byte writer leaves its row to the JS rule.
      await sql(
        "update case_record set feedback = cast(x'e6bc20eda080c0af' as text), result = cast(x'f09f98' as text) where reference = 'HOST-2'",
      );

      // The same database, the JS path.
      const js = await startTestSteward({
        DATABASE_URL: `sqlite:${join(steward.dataDir, 'steward.sqlite')}`,
        DEMO_DATA: 'false',
        EXPORT_BYTES: 'off',
      });
      try {
        // Up to a year back, to now.
        const year = `from=${encodeURIComponent(new Date(Date.now() - 365 * DAY).toISOString())}&to=${encodeURIComponent(new Date().toISOString())}`;
        const downloads: [string, string][] = [
          // A company-wide reader: one statement a window.
          [`/export/cases.csv?${year}`, analystToken],
          // Filtered: keys, then the rows through the filter.
          [`/export/cases.csv?${year}&siteCode=CUIHU`, analystToken],
          [`/export/cases.csv?${year}`, directorToken],
          [`/export/patrol-scans.csv?${range}`, analystToken],
        ];
        for (const [path, token] of downloads) {
          const before = { ...byteWriterRows };
          const [fromBytes, fromJs] = await Promise.all(
            [steward.url, js.url].map(async (url) => {
              const res = await fetch(`${url}${path}`, { headers: bearer(token) });
              expect(res.status, path).toBe(200);
              return Buffer.from(await res.arrayBuffer());
            }),
          );
          const { rows: written } = csvObjects(new TextDecoder('utf-8', { ignoreBOM: true }).decode(fromJs));
          expect(written.length, path).toBeGreaterThan(2);
          // One server wrote them all through the byte writer, most from their bytes (else this
          // would compare the JS path with itself); the other (EXPORT_BYTES=off) none.
          expect(byteWriterRows.bytes + byteWriterRows.js - before.bytes - before.js, path).toBe(written.length);
          expect(byteWriterRows.bytes - before.bytes, path).toBeGreaterThan(written.length / 2);
          expect((fromBytes as Buffer).equals(fromJs as Buffer), path).toBe(true);
        }
        const all = (await download(`/export/cases.csv?${year}`, bearer(analystToken))).text;
        const { rows: cases } = csvObjects(all);
        expect(cases.length).toBeGreaterThan(3000);
        const quoted = cases.find((c) => c.reference === 'HOST-1');
        expect(quoted?.title).toBe('say "hi", then go');
        expect(quoted?.id).toBe(Buffer.from('Case:hostile,中文-1').toString('base64url'));
        expect(cases.find((c) => c.reference === 'HOST-4')?.reporterName).toBe(`'=HYPERLINK("http://x")`);
        expect(cases.find((c) => c.reference === 'HOST-16')?.description).toBe('长'.repeat(20_000));
        const oddRow = cases.find((c) => c.reference === 'HOST-0');
        expect([oddRow?.closedAt, oddRow?.satisfaction, oddRow?.beyondAuthority]).toEqual([
          '1970-01-01T00:00:00.001Z',
          '5.5',
          'false',
        ]);
        expect(cases.find((c) => c.reference === 'HOST-2')?.feedback).toMatch(/\ufffd/);
      } finally {
        await js.close();
      }
    },
    120_000,
  );
});
