import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DutyFilter } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { type Client, startTestSteward, type TestSteward } from '../support/steward.js';

const DepartmentsWithDuties = graphql(`
  query DepartmentsWithDuties {
    departments { key name duties { number text source } }
  }
`);

const PositionsWithDuties = graphql(`
  query PositionsWithDuties {
    positions(origin: RULEBOOK) { key name origin duties { number text source } }
  }
`);

const AllPositions = graphql(`
  query AllPositions {
    positions { key origin }
  }
`);

const CompanyPositions = graphql(`
  query CompanyPositions {
    positions(origin: COMPANY) {
      key
      name
      en: name(locale: EN)
      origin
      status
      shortCode
      department { key }
      reportsTo { key }
      reportingChain { key }
      duties { source }
      notes
    }
  }
`);

const DepartmentNames = graphql(`
  query DepartmentNames {
    departments { key name }
  }
`);

const DepartmentNameLocales = graphql(`
  query DepartmentNameLocales($key: String!) {
    department(key: $key) {
      key
      name
      en: name(locale: EN)
      zh: name(locale: ZH_CN)
      duties { source text en: text(locale: EN) }
    }
  }
`);

const DepartmentByKey = graphql(`
  query DepartmentByKey($key: String!) {
    department(key: $key) { key name shortCode chapterNo }
  }
`);

const PositionByKey = graphql(`
  query PositionByKey($key: String!) {
    position(key: $key) { key name shortCode department { key } }
  }
`);

const FilteredDuties = graphql(`
  query FilteredDuties($filter: DutyFilter) {
    duties(filter: $filter) {
      citation
      number
      source
      text
      en: text(locale: EN)
      owner {
        __typename
        ... on Department { key }
        ... on Position { key }
      }
    }
  }
`);

const DepartmentStatuses = graphql(`
  query DepartmentStatuses {
    departments {
      key
      status
      chapterNo
      possiblySameAs { key }
      duties { source }
    }
  }
`);

const ReportingChain = graphql(`
  query ReportingChain($key: String!) {
    position(key: $key) {
      key
      reportsTo { key }
      reportingChain { key }
      directReports { key }
    }
  }
`);

const DutyBySource = graphql(`
  query DutyBySource($source: String!) {
    duties(filter: { source: $source }) { citation source readingNote }
  }
`);

const ORDER_MAINTENANCE_POSITIONS = [
  'order_maintenance_director',
  'order_maintenance_shift_leader',
  'fire_supervisor',
  'order_maintenance_officer',
];

let steward: TestSteward;
let client: Client;
beforeAll(async () => {
  steward = await startTestSteward();
  client = await steward.login('manager');
});
afterAll(() => steward?.close());

describe('rulebook: departments and positions', () => {
  it('serves every department with its numbered duties, in Chinese by default', async () => {
    const { status, body } = await client.gql(DepartmentsWithDuties);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const departments = body.data?.departments ?? [];
    expect(departments.map((d) => d.key)).toEqual([
      'customer_service',
      'order_maintenance',
      'facilities',
      'environment',
      'finance',
      'admin_office',
      'engineering',
      'public_facilities',
    ]);
    expect(departments.flatMap((d) => d.duties)).toHaveLength(23);
    expect(departments.map((d) => d.duties.length)).toEqual([11, 12, 0, 0, 0, 0, 0, 0]);
    expect(departments[0]?.name).toBe('客户服务部');
    expect(departments[0]?.duties[3]).toMatchObject({ number: 4, source: 'CS-4' });
    expect(departments[0]?.duties[3]?.text).toContain('事事有记录，事事有结果');
    // Each list is numbered 1..n with citations in its own short code.
    for (const d of departments) {
      expect(d.duties.map((x) => x.number)).toEqual(d.duties.map((_, i) => i + 1));
    }
    expect(departments[1]?.duties.map((x) => x.source)).toEqual(Array.from({ length: 12 }, (_, i) => `OM-${i + 1}`));
  });

  it('serves every rulebook position with its duties: 25 of them, 48 duties in all', async () => {
    const [{ body: deps }, { status, body }] = await Promise.all([
      client.gql(DepartmentsWithDuties),
      client.gql(PositionsWithDuties),
    ]);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const positions = body.data?.positions ?? [];
    expect(positions.map((p) => p.key)).toEqual(['company_manager', ...ORDER_MAINTENANCE_POSITIONS]);
    expect(new Set(positions.map((p) => p.origin))).toEqual(new Set(['RULEBOOK']));
    const count = Object.fromEntries(positions.map((p) => [p.key, p.duties.length]));
    expect(count).toEqual({
      company_manager: 0,
      order_maintenance_director: 10,
      order_maintenance_shift_leader: 15,
      fire_supervisor: 0,
      order_maintenance_officer: 0,
    });
    const positionDuties = positions.flatMap((p) => p.duties);
    expect(positionDuties).toHaveLength(25);
    const all = [...(deps.data?.departments ?? []).flatMap((d) => d.duties), ...positionDuties];
    expect(all).toHaveLength(48);
    expect(new Set(all.map((d) => d.source)).size).toBe(48);
    expect(positions[0]?.name).toBe('公司经理');
    const leader = positions.find((p) => p.key === 'order_maintenance_shift_leader');
    expect(leader?.name).toBe('秩序维护领班');
    expect(leader?.duties.map((d) => d.source)).toEqual(Array.from({ length: 15 }, (_, i) => `SL-${i + 1}`));
    for (const duty of all) expect(duty.text.length).toBeGreaterThan(0);
  });

  it('serves the company’s own 4 positions separately: no duties, no short code, reporting to the manager', async () => {
    const { status, body } = await client.gql(CompanyPositions);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const positions = body.data?.positions ?? [];
    expect(positions.map((p) => p.key)).toEqual([
      'customer_service_staff',
      'office_clerk',
      'facilities_technician',
      'analyst',
    ]);
    expect(positions.map((p) => [p.key, p.department?.key ?? null])).toEqual([
      ['customer_service_staff', 'customer_service'],
      ['office_clerk', 'admin_office'],
      ['facilities_technician', 'facilities'],
      ['analyst', null],
    ]);
    for (const p of positions) {
      expect(p).toMatchObject({ origin: 'COMPANY', status: 'MENTIONED_ONLY', shortCode: null, duties: [] });
      expect(p.reportsTo).toEqual({ key: 'company_manager' });
      expect(p.reportingChain).toEqual([{ key: p.key }, { key: 'company_manager' }]);
      expect(p.name.length).toBeGreaterThan(0);
      expect(p.en.length).toBeGreaterThan(0);
      expect(p.notes.length).toBeGreaterThan(0);
    }
    expect(positions.find((p) => p.key === 'office_clerk')).toMatchObject({ name: '办公室文员', en: 'Office Clerk' });

    // Without the argument: all 9, the rulebook's first, then the company's.
    const all = await client.gql(AllPositions);
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data?.positions.map((p) => [p.key, p.origin])).toEqual([
      ['company_manager', 'RULEBOOK'],
      ...ORDER_MAINTENANCE_POSITIONS.map((key) => [key, 'RULEBOOK']),
      ['customer_service_staff', 'COMPANY'],
      ['office_clerk', 'COMPANY'],
      ['facilities_technician', 'COMPANY'],
      ['analyst', 'COMPANY'],
    ]);
  });

  it('finds one department or position by key, and answers null for unknown or overlong keys', async () => {
    const found = await client.gql(DepartmentByKey, { key: 'order_maintenance' });
    expect(found.body.errors).toBeUndefined();
    expect(found.body.data?.department).toEqual({
      key: 'order_maintenance',
      name: '秩序维护部',
      shortCode: 'OM',
      chapterNo: 2,
    });
    const position = await client.gql(PositionByKey, { key: 'order_maintenance_shift_leader' });
    expect(position.body.errors).toBeUndefined();
    expect(position.body.data?.position).toEqual({
      key: 'order_maintenance_shift_leader',
      name: '秩序维护领班',
      shortCode: 'SL',
      department: { key: 'order_maintenance' },
    });
    const manager = await client.gql(PositionByKey, { key: 'company_manager' });
    expect(manager.body.data?.position).toMatchObject({ key: 'company_manager', department: null, shortCode: null });

    for (const key of ['nope', '', 'x'.repeat(65), 'x'.repeat(10_000)]) {
      const dep = await client.gql(DepartmentByKey, { key });
      expect(dep.status).toBe(200);
      expect(dep.body.errors).toBeUndefined();
      expect(dep.body.data).toEqual({ department: null });
      const pos = await client.gql(PositionByKey, { key });
      expect(pos.status).toBe(200);
      expect(pos.body.errors).toBeUndefined();
      expect(pos.body.data).toEqual({ position: null });
    }
  });
});

describe('rulebook: language', () => {
  const nameOf = async (headers?: Record<string, string>) => {
    const { status, body } = await client.gql(DepartmentNames, {}, { headers });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return body.data?.departments.find((d) => d.key === 'customer_service')?.name;
  };

  it('answers in Chinese by default and in English for Accept-Language: en', async () => {
    expect(await nameOf()).toBe('客户服务部');
    expect(await nameOf({ 'accept-language': 'en' })).toBe('Customer Service Department');
  });

  it.each([
    ['en-US,en;q=0.9', 'Customer Service Department'],
    ['EN-gb', 'Customer Service Department'],
    ['fr', '客户服务部'],
    ['fr, en;q=0.1', 'Customer Service Department'],
    ['en;q=0.5, zh;q=0.8', '客户服务部'],
    ['zh-CN', '客户服务部'],
    ['en;q=0', '客户服务部'],
  ])('negotiates Accept-Language %j', async (header, expected) => {
    expect(await nameOf({ 'accept-language': header })).toBe(expected);
  });

  it('lets the per-field locale argument override the header', async () => {
    const zh = await client.gql(DepartmentNameLocales, { key: 'customer_service' });
    expect(zh.body.errors).toBeUndefined();
    expect(zh.body.data?.department).toMatchObject({
      name: '客户服务部',
      en: 'Customer Service Department',
      zh: '客户服务部',
    });
    const en = await client.gql(
      DepartmentNameLocales,
      { key: 'customer_service' },
      { headers: { 'accept-language': 'en' } },
    );
    expect(en.body.errors).toBeUndefined();
    const department = en.body.data?.department;
    expect(department).toMatchObject({
      name: 'Customer Service Department',
      en: 'Customer Service Department',
      zh: '客户服务部',
    });
    // Duty text follows the header too, and the argument still wins.
    const cs4 = department?.duties[3];
    expect(cs4?.source).toBe('CS-4');
    expect(cs4?.text).toBe(cs4?.en);
    expect(cs4?.text).not.toMatch(/[\u4e00-\u9fff]/);
    const zhCs4 = zh.body.data?.department?.duties[3];
    expect(zhCs4?.text).toContain('事事有记录');
    expect(zhCs4?.en).toBe(cs4?.en);
  });
});

describe('rulebook: duties(filter:)', () => {
  const duties = async (filter: DutyFilter | null) => {
    const { status, body } = await client.gql(FilteredDuties, { filter });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return body.data?.duties ?? [];
  };

  it('lists all 48 duties without a filter, departments first, each in number order', async () => {
    const all = await duties(null);
    expect(all).toHaveLength(48);
    const owners = [...new Set(all.map((d) => d.owner.key))];
    expect(owners).toEqual([
      'customer_service',
      'order_maintenance',
      'order_maintenance_director',
      'order_maintenance_shift_leader',
    ]);
    expect(all[0]?.source).toBe('CS-1');
    expect(all.at(-1)?.source).toBe('SL-15');
  });

  it('filters by ownerKey', async () => {
    const director = await duties({ ownerKey: 'order_maintenance_director' });
    expect(director.map((d) => d.source)).toEqual(Array.from({ length: 10 }, (_, i) => `DIR-${i + 1}`));
    const cs = await duties({ ownerKey: 'customer_service' });
    expect(cs).toHaveLength(11);
    expect(cs.every((d) => d.owner.__typename === 'Department' && d.owner.key === 'customer_service')).toBe(true);
    expect(await duties({ ownerKey: 'nobody' })).toEqual([]);
    expect(await duties({ ownerKey: 'facilities' })).toEqual([]);
  });

  it('filters by departmentKey: its own duties and those of its positions', async () => {
    const om = await duties({ departmentKey: 'order_maintenance' });
    expect(om).toHaveLength(37);
    const prefixes = om.map((d) => d.source.split('-')[0]);
    expect(prefixes.filter((p) => p === 'OM')).toHaveLength(12);
    expect(prefixes.filter((p) => p === 'DIR')).toHaveLength(10);
    expect(prefixes.filter((p) => p === 'SL')).toHaveLength(15);
    expect(om[0]?.source).toBe('OM-1');
    expect(await duties({ departmentKey: 'customer_service' })).toHaveLength(11);
    expect(await duties({ departmentKey: 'facilities' })).toEqual([]);
    // Both conditions must hold.
    const both = await duties({ departmentKey: 'order_maintenance', ownerKey: 'order_maintenance_shift_leader' });
    expect(both).toHaveLength(15);
  });

  it('filters by source, whatever its case', async () => {
    for (const source of ['SL-4', 'sl-4', ' Sl-4 ']) {
      const found = await duties({ source });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        citation: 'order_maintenance_shift_leader#4',
        number: 4,
        source: 'SL-4',
        owner: { __typename: 'Position', key: 'order_maintenance_shift_leader' },
      });
    }
    expect(await duties({ source: 'XX-99' })).toEqual([]);
  });

  it('searches the Chinese text', async () => {
    const found = await duties({ search: '事事有记录' });
    expect(found.map((d) => d.source)).toContain('CS-4');
    for (const d of found) expect(d.text).toContain('事事有记录');
  });

  it('searches the English text, ignoring case', async () => {
    const lower = await duties({ search: 'patrol' });
    const upper = await duties({ search: 'PATROL' });
    expect(upper.map((d) => d.source)).toEqual(lower.map((d) => d.source));
    expect(upper.map((d) => d.source)).toEqual(expect.arrayContaining(['OM-8', 'SL-1', 'SL-4']));
    for (const d of upper) expect(d.en.toLowerCase()).toContain('patrol');
    expect(await duties({ search: 'zzzz-no-such-words' })).toEqual([]);
  });

  it('treats LIKE wildcards typed by the user as one character, never as "anything"', async () => {
    // CS-4 reads "… every matter has a record …": `%` must not bridge "every" and "record".
    expect(await duties({ search: 'every%record' })).toEqual([]);
    expect((await duties({ search: 'matter_has' })).map((d) => d.source)).toContain('CS-4');
    expect((await duties({ search: 'matter%has' })).map((d) => d.source)).toContain('CS-4');
  });

  it('rejects a search over 100 characters with BAD_USER_INPUT, no stack trace', async () => {
    const res = await client.post(
      JSON.stringify({
        query: 'query($s: String) { duties(filter: { search: $s }) { source } }',
        variables: { s: 'a'.repeat(101) },
      }),
    );
    expect(res.status).toBe(200);
    const body = res.json as { data: unknown; errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.message).toContain('search');
    expect(body.errors[0]?.extensions.stacktrace).toBeUndefined();
    expect(res.text).not.toMatch(/stacktrace|\n\s+at |\.ts:\d+|node_modules/);
    // Exactly 100 is still fine.
    expect(await duties({ search: 'a'.repeat(100) })).toEqual([]);
  });
});

describe('rulebook: honest status and structure', () => {
  it('says how much of each department the fragment holds', async () => {
    const { body } = await client.gql(DepartmentStatuses);
    expect(body.errors).toBeUndefined();
    const byKey = new Map((body.data?.departments ?? []).map((d) => [d.key, d]));
    expect(byKey.get('customer_service')).toMatchObject({ status: 'COMPLETE', chapterNo: 1, possiblySameAs: null });
    expect(byKey.get('order_maintenance')).toMatchObject({ status: 'PARTIAL', chapterNo: 2 });
    expect(byKey.get('facilities')).toMatchObject({ status: 'TOC_ONLY', chapterNo: 3, duties: [] });
    expect(byKey.get('engineering')).toMatchObject({
      status: 'MENTIONED_ONLY',
      chapterNo: null,
      possiblySameAs: { key: 'facilities' },
      duties: [],
    });
    expect(byKey.get('public_facilities')).toMatchObject({
      status: 'MENTIONED_ONLY',
      possiblySameAs: { key: 'facilities' },
    });
  });

  it('walks the reporting chain of an officer up to the company manager', async () => {
    const { body } = await client.gql(ReportingChain, { key: 'order_maintenance_officer' });
    expect(body.errors).toBeUndefined();
    expect(body.data?.position).toEqual({
      key: 'order_maintenance_officer',
      reportsTo: { key: 'order_maintenance_shift_leader' },
      reportingChain: [
        { key: 'order_maintenance_officer' },
        { key: 'order_maintenance_shift_leader' },
        { key: 'order_maintenance_director' },
        { key: 'company_manager' },
      ],
      directReports: [],
    });
    const top = await client.gql(ReportingChain, { key: 'company_manager' });
    expect(top.body.data?.position).toMatchObject({ reportsTo: null, reportingChain: [{ key: 'company_manager' }] });
    // The rulebook's director, and the company's own four posts.
    expect(top.body.data?.position?.directReports.map((p) => p.key).sort()).toEqual(
      [
        'order_maintenance_director',
        'customer_service_staff',
        'office_clerk',
        'facilities_technician',
        'analyst',
      ].sort(),
    );
  });

  it('lists the director’s direct reports', async () => {
    const { body } = await client.gql(ReportingChain, { key: 'order_maintenance_director' });
    expect(body.errors).toBeUndefined();
    expect(body.data?.position?.directReports.map((p) => p.key).sort()).toEqual(
      ['fire_supervisor', 'order_maintenance_shift_leader'].sort(),
    );
  });

  it('resolves a duty’s owner to a Department or a Position', async () => {
    const { body } = await client.gql(FilteredDuties, { filter: { source: 'CS-1' } });
    expect(body.data?.duties[0]?.owner).toEqual({ __typename: 'Department', key: 'customer_service' });
    const dir = await client.gql(FilteredDuties, { filter: { source: 'DIR-1' } });
    expect(dir.body.data?.duties[0]?.owner).toEqual({ __typename: 'Position', key: 'order_maintenance_director' });
  });

  it('carries the editorial reading note where there is one', async () => {
    const sl4 = await client.gql(DutyBySource, { source: 'SL-4' });
    expect(sl4.body.errors).toBeUndefined();
    expect(sl4.body.data?.duties[0]?.readingNote).toMatch(/patrolled at least twice/);
    const sl1 = await client.gql(DutyBySource, { source: 'SL-1' });
    expect(sl1.body.data?.duties[0]?.readingNote).toBeNull();
  });
});
