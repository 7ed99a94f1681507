import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftNoticeInput, NoticeListQuery, NoticeListQueryVariables } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { unitIdOf } from '../support/customers.js';
import { auditCount, staffIds } from '../support/org.js';
import { type Client, type GqlResponse, startTestSteward, TestClock, type TestSteward } from '../support/steward.js';

const NoticeFields = graphql(`
  fragment NoticeFields on Notice {
    id
    reference
    kind
    status
    effectiveStatus
    isExpired
    title
    body
    audience
    audienceLabel
    postedAt
    publishAt
    expiresAt
    issuedAt
    issuedByName
    authorName
    withdrawReason
    requiresAcknowledgement
    acknowledgementDepartments { key }
    department { key }
    site { code }
    building { id }
    unit { id }
    acknowledgedByMe
    viewerMustAcknowledge
    acknowledgementCount
    audienceSize
    viewerCanEdit
    viewerCanIssue
    viewerCanWithdraw
  }
`);
void NoticeFields;

const Draft = graphql(`
  mutation NoticesDraft($input: DraftNoticeInput!) {
    draftNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }
  }
`);
const Update = graphql(`
  mutation NoticesUpdate($input: UpdateNoticeInput!) {
    updateNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }
  }
`);
const Issue = graphql(`
  mutation NoticesIssue($input: NoticeStepInput!) {
    issueNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }
  }
`);
const Withdraw = graphql(`
  mutation NoticesWithdraw($input: WithdrawNoticeInput!) {
    withdrawNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }
  }
`);
const Acknowledge = graphql(`
  mutation NoticesAcknowledge($input: NoticeStepInput!) {
    acknowledgeNotice(input: $input) { notice { ...NoticeFields } userErrors { field code message } }
  }
`);
const One = graphql(`
  query NoticesOne($id: ID!) {
    notice(id: $id) { ...NoticeFields }
    node(id: $id) { id }
  }
`);
const Progress = graphql(`
  query NoticesProgress($id: ID!) {
    notice(id: $id) {
      id
      acknowledgementCount
      audienceSize
      acknowledgements(first: 50) { totalCount nodes { staffName department { key } staff { username } } }
      pendingAcknowledgers { name department { key } }
    }
  }
`);
const List = graphql(`
  query NoticeList($filter: NoticeFilter, $first: Int) {
    notices(filter: $filter, first: $first) { totalCount nodes { id title effectiveStatus } }
  }
`);
const Pending = graphql(`
  query NoticesPending {
    myPendingAcknowledgements
  }
`);
const Inbox = graphql(`
  query NoticesInbox {
    notifications(first: 50) { nodes { type title notice { id } } }
  }
`);
const Buildings = graphql(`
  query NoticesBuildings {
    buildings(siteCode: "CUIHU") { id code }
  }
`);

let clock: TestClock;
let steward: TestSteward;
let cs: Client;
let cs2: Client;
let manager: Client;
let officer: Client;
let leader: Client;
let director: Client;
let clerk: Client;
let tech: Client;
let analyst: Client;
let ids: Map<string, string>;

beforeAll(async () => {
  clock = new TestClock();
  steward = await startTestSteward({}, {}, { clock: clock.now });
  cs = await steward.login('cs');
  cs2 = await steward.login('cs2');
  manager = await steward.login('manager');
  officer = await steward.login('officer');
  leader = await steward.login('leader');
  director = await steward.login('director');
  clerk = await steward.login('clerk');
  tech = await steward.login('tech');
  analyst = await steward.login('analyst');
  ids = await staffIds(steward);
});
afterAll(() => steward?.close());

const inHours = (hours: number) => new Date(clock.now().getTime() + hours * 3_600_000).toISOString();
const sql = <T>(query: string, params: unknown[] = []) =>
  steward.orm.em.fork().getConnection().execute<T[]>(query, params);
const keyOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':').slice(1).join(':');

const base = (over: Partial<DraftNoticeInput> = {}): DraftNoticeInput => ({
  kind: 'NOTICE',
  title: '停水通知',
  body: '因管网检修，本周六 9:00—17:00 停水，请提前储水。',
  audience: 'SITE',
  siteCode: 'CUIHU',
  postedAt: '各楼栋大堂公告栏',
  ...over,
});

/** The payload of a mutation that must succeed. */
function ok<T extends { userErrors: unknown[] }>(res: GqlResponse<Record<string, T>>): T {
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  const payload = Object.values(res.body.data ?? {})[0] as T;
  expect(payload.userErrors).toEqual([]);
  return payload;
}

/** `{ field, code }` of each userError of a refused mutation. */
function refused(res: GqlResponse<Record<string, { userErrors: { field?: string[] | null; code: string }[] } | null>>) {
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  const payload = Object.values(res.body.data ?? {})[0];
  return (payload?.userErrors ?? []).map((e) => ({ field: e.field?.[1] ?? null, code: e.code }));
}

const errorCodes = (res: GqlResponse<unknown>) => (res.body.errors ?? []).map((e) => e.extensions?.code);

async function drafted(input: DraftNoticeInput, by: Client = cs) {
  const notice = ok(await by.gql(Draft, { input })).notice;
  if (!notice) throw new Error('no notice');
  return notice;
}

async function issued(input: DraftNoticeInput) {
  const draft = await drafted(input);
  const notice = ok(await manager.gql(Issue, { input: { noticeId: draft.id } })).notice;
  if (!notice) throw new Error('no notice');
  return notice;
}

async function listed(client: Client, filter: NoticeListQueryVariables['filter'] = null) {
  const res: GqlResponse<NoticeListQuery> = await client.gql(List, { filter, first: 100 });
  expect(res.body.errors).toBeUndefined();
  return res.body.data?.notices.nodes.map((n) => n.id) ?? [];
}

const pendingOf = async (client: Client) => (await client.gql(Pending, {})).body.data?.myPendingAcknowledgements ?? -1;

describe('demo data', () => {
  it('comes with the demo notices: issued, a draft, an expired and a withdrawn one, some acknowledged', async () => {
    // Before any test adds its own: the demo's six.
    const rows = await sql<{ status: string }>('select status from notice');
    expect(rows.map((r) => r.status).sort()).toEqual(['DRAFT', 'ISSUED', 'ISSUED', 'ISSUED', 'ISSUED', 'WITHDRAWN']);
    const acknowledgements = await sql<{ n: number }>('select count(*) as n from notice_acknowledgement');
    expect(Number(acknowledgements[0]?.n)).toBeGreaterThan(5);
    const expired = await listed(analyst, { status: ['EXPIRED'], search: '春节' });
    expect(expired).toHaveLength(1);
    // The officer has the fire drill at 金桥大厦 to acknowledge (everyone is asked), and more.
    expect(await pendingOf(officer)).toBeGreaterThan(0);
  });
});

describe('drafting', () => {
  it('customer service drafts a notice with a reference of the day; others may not draft', async () => {
    const before = await auditCount(steward, { action: 'notice.draft' });
    const a = await drafted(base());
    const b = await drafted(base({ title: '电梯年检通知' }));
    expect(a.reference).toMatch(/^TZ-\d{8}-\d{3}$/);
    const [prefix, day, n] = a.reference.split('-');
    expect(b.reference).toBe(`${prefix}-${day}-${String(Number(n) + 1).padStart(3, '0')}`);
    expect(a).toMatchObject({
      status: 'DRAFT',
      effectiveStatus: 'DRAFT',
      department: { key: 'customer_service' },
      site: { code: 'CUIHU' },
      audienceLabel: '翠湖花园',
      authorName: '李晓梅',
      issuedAt: null,
      publishAt: null,
      viewerCanEdit: true,
      viewerCanIssue: false,
      viewerCanWithdraw: true,
    });
    expect(await auditCount(steward, { action: 'notice.draft' })).toBe(before + 2);

    for (const client of [officer, leader, director, manager, analyst]) {
      const res = await client.gql(Draft, { input: base() });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.body.data?.draftNotice ?? null).toBeNull();
    }
    expect(await auditCount(steward, { action: 'notice.draft' })).toBe(before + 2);
  });

  it('keeps drafts with the drafting department and the approvers', async () => {
    const draft = await drafted(base({ title: '草稿：绿化修剪' }));
    for (const client of [cs, cs2, manager]) {
      expect((await client.gql(One, { id: draft.id })).body.data?.notice?.id).toBe(draft.id);
      expect(await listed(client, { status: ['DRAFT'] })).toContain(draft.id);
    }
    for (const client of [officer, leader, director, clerk, tech, analyst]) {
      const one = await client.gql(One, { id: draft.id });
      expect(one.body).toEqual({ data: { notice: null, node: null }, extensions: expect.anything() });
      expect(await listed(client)).not.toContain(draft.id);
    }
  });

  it('aims at a site, a building or a unit that exists, and says so in words', async () => {
    const building = (await cs.gql(Buildings, {})).body.data?.buildings.find((b) => b.code === '3')?.id ?? '-';
    const unit = await unitIdOf(steward, 'CUIHU', '3-1201');
    const all = await drafted(base({ audience: 'ALL_SITES', siteCode: 'CUIHU' }));
    expect(all).toMatchObject({ audience: 'ALL_SITES', site: null, audienceLabel: '全部物业' });
    const toBuilding = await drafted(base({ audience: 'BUILDING', buildingId: building, siteCode: null }));
    expect(toBuilding).toMatchObject({
      site: { code: 'CUIHU' },
      building: { id: building },
      audienceLabel: '翠湖花园 · 3栋',
    });
    const toUnit = await drafted(base({ audience: 'UNIT', unitId: unit }));
    expect(toUnit).toMatchObject({
      site: { code: 'CUIHU' },
      building: { id: building },
      unit: { id: unit },
      audienceLabel: '翠湖花园 · 3栋 · 3-1201',
    });
    // The officer may not open customer files: the words, but not the unit.
    const issuedToUnit = ok(await manager.gql(Issue, { input: { noticeId: toUnit.id } })).notice;
    const seen = (await officer.gql(One, { id: issuedToUnit?.id ?? '-' })).body.data?.notice;
    expect(seen).toMatchObject({ audienceLabel: '翠湖花园 · 3栋 · 3-1201', unit: null, building: null });
  });

  it('names every field at fault, and changes nothing', async () => {
    const before = await auditCount(steward);
    const rows = await sql<{ n: number }>('select count(*) as n from notice');
    const res = await cs.gql(Draft, {
      input: base({
        title: 't'.repeat(101),
        body: 'b'.repeat(5001),
        postedAt: 'p'.repeat(201),
        publishAt: inHours(48),
        expiresAt: inHours(24),
        requiresAcknowledgement: true,
        acknowledgementDepartmentKeys: ['order_maintenance', 'no_such_department'],
      }),
    });
    expect(refused(res)).toEqual([
      { field: 'title', code: 'TOO_LONG' },
      { field: 'body', code: 'TOO_LONG' },
      { field: 'postedAt', code: 'TOO_LONG' },
      { field: 'expiresAt', code: 'OUT_OF_RANGE' },
      { field: 'acknowledgementDepartmentKeys', code: 'NOT_FOUND' },
    ]);
    const cases: [Partial<DraftNoticeInput>, { field: string; code: string }][] = [
      [{ title: '  ' }, { field: 'title', code: 'REQUIRED' }],
      [{ body: '' }, { field: 'body', code: 'REQUIRED' }],
      [
        { audience: 'SITE', siteCode: null },
        { field: 'siteCode', code: 'REQUIRED' },
      ],
      [
        { audience: 'SITE', siteCode: 'NOWHERE' },
        { field: 'siteCode', code: 'NOT_FOUND' },
      ],
      [
        { audience: 'SITE', siteCode: 'S'.repeat(200) },
        { field: 'siteCode', code: 'NOT_FOUND' },
      ],
      [
        { audience: 'BUILDING', buildingId: null },
        { field: 'buildingId', code: 'REQUIRED' },
      ],
      [
        { audience: 'BUILDING', buildingId: 'bm9wZQ' },
        { field: 'buildingId', code: 'NOT_FOUND' },
      ],
      [
        { audience: 'UNIT', unitId: Buffer.from('Unit:nope').toString('base64url') },
        { field: 'unitId', code: 'NOT_FOUND' },
      ],
      [{ expiresAt: inHours(-1) }, { field: 'expiresAt', code: 'OUT_OF_RANGE' }],
      [{ publishAt: '1970-01-01T00:00:00Z' }, { field: 'publishAt', code: 'OUT_OF_RANGE' }],
      [
        { requiresAcknowledgement: true, acknowledgementDepartmentKeys: Array.from({ length: 21 }, (_, i) => `d${i}`) },
        { field: 'acknowledgementDepartmentKeys', code: 'OUT_OF_RANGE' },
      ],
    ];
    for (const [over, error] of cases) {
      expect(refused(await cs.gql(Draft, { input: base(over) })), JSON.stringify(over)).toEqual([error]);
    }
    // Exactly at the limits is fine.
    const edge = await drafted(
      base({ title: 't'.repeat(100), body: 'b'.repeat(5000), postedAt: 'p'.repeat(200), expiresAt: inHours(1) }),
    );
    expect(edge.title).toHaveLength(100);
    // A wrong date is the request's fault: a 400 that names it, never a 500.
    const bad = await cs.post(
      JSON.stringify({
        query: 'mutation($i: DraftNoticeInput!) { draftNotice(input: $i) { notice { id } } }',
        variables: { i: { ...base(), publishAt: 'next tuesday' } },
      }),
    );
    expect(bad.status).toBe(400);
    expect(await auditCount(steward)).toBe(before + 1);
    expect((await sql<{ n: number }>('select count(*) as n from notice'))[0]?.n).toBe(Number(rows[0]?.n) + 1);
  });
});

describe('editing and issuing', () => {
  it('lets the department rewrite a draft, and only the manager issue it; then it is fixed', async () => {
    const draft = await drafted(base({ title: '初稿' }));
    // A colleague of the same department rewrites it (notice.handle reaches the department).
    const rewritten = ok(
      await cs2.gql(Update, {
        input: { ...base({ title: '停水通知（修订）', expiresAt: inHours(72) }), noticeId: draft.id },
      }),
    ).notice;
    expect(rewritten).toMatchObject({ title: '停水通知（修订）', status: 'DRAFT', reference: draft.reference });
    expect(await auditCount(steward, { action: 'notice.update' })).toBeGreaterThan(0);

    // Customer service cannot issue alone; an officer cannot touch it at all.
    expect(errorCodes(await cs.gql(Issue, { input: { noticeId: draft.id } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await officer.gql(Update, { input: { ...base(), noticeId: draft.id } }))).toEqual(['FORBIDDEN']);
    expect(await listed(officer)).not.toContain(draft.id);

    const before = await auditCount(steward, { action: 'notice.issue' });
    const notice = ok(await manager.gql(Issue, { input: { noticeId: draft.id } })).notice;
    expect(notice).toMatchObject({
      status: 'ISSUED',
      effectiveStatus: 'ISSUED',
      issuedByName: '王建国',
      issuedAt: clock.now().toISOString(),
      publishAt: clock.now().toISOString(),
      viewerCanEdit: false,
      viewerCanIssue: false,
    });
    expect(await auditCount(steward, { action: 'notice.issue' })).toBe(before + 1);

    // Everyone with notice.read sees it now.
    for (const client of [officer, leader, director, clerk, tech, analyst]) {
      expect((await client.gql(One, { id: draft.id })).body.data?.notice?.title).toBe('停水通知（修订）');
      expect(await listed(client, { status: ['ISSUED'] })).toContain(draft.id);
    }
    // Issued: no more rewriting, no second issue.
    expect(refused(await cs.gql(Update, { input: { ...base(), noticeId: draft.id } }))).toEqual([
      { field: 'noticeId', code: 'INVALID_TRANSITION' },
    ]);
    expect(refused(await manager.gql(Issue, { input: { noticeId: draft.id } }))).toEqual([
      { field: 'noticeId', code: 'INVALID_TRANSITION' },
    ]);
    expect(refused(await manager.gql(Issue, { input: { noticeId: 'x' } }))).toEqual([
      { field: 'noticeId', code: 'NOT_FOUND' },
    ]);
  });

  it('refuses to issue a notice whose expiry has passed meanwhile', async () => {
    const draft = await drafted(base({ expiresAt: inHours(1) }));
    clock.advance(2 * 3_600_000);
    expect(refused(await manager.gql(Issue, { input: { noticeId: draft.id } }))).toEqual([
      { field: 'expiresAt', code: 'OUT_OF_RANGE' },
    ]);
  });

  it('schedules a notice for later: staff see it at once, customers from publishAt', async () => {
    const notice = await issued(base({ title: '外墙清洗通知', publishAt: inHours(24), expiresAt: inHours(72) }));
    expect(notice.effectiveStatus).toBe('SCHEDULED');
    expect(notice.publishAt).toBe(inHours(24));
    expect(await listed(officer, { status: ['SCHEDULED'] })).toContain(notice.id);
    expect(await listed(officer, { activeAt: clock.now().toISOString() })).not.toContain(notice.id);
    expect(await listed(officer, { activeAt: inHours(25) })).toContain(notice.id);
    expect(await listed(officer, { activeAt: inHours(73) })).not.toContain(notice.id);
  });
});

describe('acknowledgement', () => {
  let noticeId: string;
  let orderMaintenance: string[];

  beforeAll(async () => {
    orderMaintenance = (
      await sql<{ id: string }>(
        "select s.id from staff s join position_grant g on g.position_key = s.position_key and g.permission = 'notice.read' and g.scope is not null where s.department_key = 'order_maintenance' and s.status = 'ACTIVE'",
      )
    ).map((r) => r.id);
  });

  it('notifies everyone who must acknowledge it, and the author, once issued', async () => {
    const officerBefore = await pendingOf(officer);
    const draft = await drafted(
      base({
        title: '消防通道清理通知',
        requiresAcknowledgement: true,
        acknowledgementDepartmentKeys: ['order_maintenance'],
      }),
    );
    expect(draft).toMatchObject({
      acknowledgementDepartments: [{ key: 'order_maintenance' }],
      viewerMustAcknowledge: false,
    });
    expect(draft.audienceSize).toBe(orderMaintenance.length);
    // Nobody is told about a draft.
    expect(await sql('select id from notification where notice_id = ?', [keyOf(draft.id)])).toEqual([]);

    const notice = ok(await manager.gql(Issue, { input: { noticeId: draft.id } })).notice;
    noticeId = notice?.id ?? '-';
    const told = await sql<{ recipient_id: string; type: string }>(
      'select recipient_id, type from notification where notice_id = ?',
      [keyOf(noticeId)],
    );
    expect(
      told
        .filter((n) => n.type === 'NOTICE_TO_ACKNOWLEDGE')
        .map((n) => n.recipient_id)
        .sort(),
    ).toEqual([...orderMaintenance].sort());
    expect(told.filter((n) => n.type === 'NOTICE_ISSUED').map((n) => n.recipient_id)).toEqual([
      keyOf(ids.get('cs') ?? ''),
    ]);
    expect(told).toHaveLength(orderMaintenance.length + 1);

    const inbox = (await officer.gql(Inbox, {})).body.data?.notifications.nodes ?? [];
    expect(inbox.find((n) => n.notice?.id === noticeId)).toMatchObject({
      type: 'NOTICE_TO_ACKNOWLEDGE',
      title: '王建国 发布了通知「消防通道清理通知」，请阅读并确认',
    });
    // Customer service and the clerk are not asked.
    expect((await clerk.gql(Inbox, {})).body.data?.notifications.nodes.map((n) => n.notice?.id)).not.toContain(
      noticeId,
    );
    expect(await pendingOf(officer)).toBe(officerBefore + 1);
  });

  it('lets an officer acknowledge it once; a second time is ALREADY_DONE', async () => {
    expect(await listed(officer, { needsMyAcknowledgement: true })).toContain(noticeId);
    expect(await listed(officer, { needsMyAcknowledgement: false })).not.toContain(noticeId);
    const before = await pendingOf(officer);
    const events = await auditCount(steward, { action: 'notice.acknowledge' });
    const after = ok(await officer.gql(Acknowledge, { input: { noticeId } })).notice;
    expect(after).toMatchObject({ acknowledgedByMe: true, viewerMustAcknowledge: false, acknowledgementCount: 1 });
    expect(await pendingOf(officer)).toBe(before - 1);
    expect(await listed(officer, { needsMyAcknowledgement: true })).not.toContain(noticeId);
    expect(await auditCount(steward, { action: 'notice.acknowledge' })).toBe(events + 1);

    expect(refused(await officer.gql(Acknowledge, { input: { noticeId } }))).toEqual([
      { field: 'noticeId', code: 'ALREADY_DONE' },
    ]);
    expect(await auditCount(steward, { action: 'notice.acknowledge' })).toBe(events + 1);
    expect(await sql('select id from notice_acknowledgement where notice_id = ?', [keyOf(noticeId)])).toHaveLength(1);
  });

  it('refuses whoever it is not addressed to', async () => {
    const events = await auditCount(steward);
    for (const client of [clerk, tech, cs2]) {
      expect(errorCodes(await client.gql(Acknowledge, { input: { noticeId } }))).toEqual(['FORBIDDEN']);
      expect((await client.gql(One, { id: noticeId })).body.data?.notice?.viewerMustAcknowledge).toBe(false);
    }
    // Nor its author or issuer.
    expect(errorCodes(await cs.gql(Acknowledge, { input: { noticeId } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await manager.gql(Acknowledge, { input: { noticeId } }))).toEqual(['FORBIDDEN']);
    expect(await auditCount(steward)).toBe(events);
  });

  it('shows the progress to the department and the manager, and only the counts to others', async () => {
    clock.advance(60_000);
    ok(await leader.gql(Acknowledge, { input: { noticeId } }));
    for (const client of [manager, cs, cs2]) {
      const notice = (await client.gql(Progress, { id: noticeId })).body.data?.notice;
      expect(notice?.acknowledgementCount).toBe(2);
      expect(notice?.audienceSize).toBe(orderMaintenance.length);
      expect(notice?.acknowledgements?.nodes.map((a) => a.staffName)).toEqual(['陈磊', '刘强']);
      expect(notice?.acknowledgements?.nodes[0]).toMatchObject({
        department: { key: 'order_maintenance' },
        staff: { username: 'officer' },
      });
      const pending = notice?.pendingAcknowledgers?.map((p) => p.name) ?? [];
      expect(pending).toHaveLength(orderMaintenance.length - 2);
      expect(pending).toContain('张伟');
      expect(pending).not.toContain('陈磊');
    }
    const seenByOfficer = (await officer.gql(Progress, { id: noticeId })).body.data?.notice;
    expect(seenByOfficer).toMatchObject({
      acknowledgementCount: 2,
      audienceSize: orderMaintenance.length,
      acknowledgements: null,
      pendingAcknowledgers: null,
    });
  });

  it('refuses an acknowledgement once the notice has expired', async () => {
    const notice = await issued(base({ title: '临时交通管制', expiresAt: inHours(2), requiresAcknowledgement: true }));
    expect(notice.viewerMustAcknowledge).toBe(false); // the manager issued it
    expect((await officer.gql(One, { id: notice.id })).body.data?.notice?.viewerMustAcknowledge).toBe(true);
    clock.advance(3 * 3_600_000);
    const seen = (await officer.gql(One, { id: notice.id })).body.data?.notice;
    expect(seen).toMatchObject({ effectiveStatus: 'EXPIRED', isExpired: true, viewerMustAcknowledge: false });
    expect(refused(await officer.gql(Acknowledge, { input: { noticeId: notice.id } }))).toEqual([
      { field: 'noticeId', code: 'INVALID_TRANSITION' },
    ]);
    expect(await listed(officer, { status: ['EXPIRED'] })).toContain(notice.id);
    expect(await listed(officer, { status: ['ISSUED', 'SCHEDULED'] })).not.toContain(notice.id);
    expect(await listed(officer, { needsMyAcknowledgement: true })).not.toContain(notice.id);
  });

  it('refuses an acknowledgement of a draft, or of a notice that asks for none', async () => {
    const draft = await drafted(base({ requiresAcknowledgement: true }));
    expect(refused(await cs2.gql(Acknowledge, { input: { noticeId: draft.id } }))).toEqual([
      { field: 'noticeId', code: 'INVALID_TRANSITION' },
    ]);
    const plain = await issued(base({ title: '无需确认' }));
    expect(refused(await officer.gql(Acknowledge, { input: { noticeId: plain.id } }))).toEqual([
      { field: 'noticeId', code: 'INVALID' },
    ]);
    // Not visible at all: as if it did not exist.
    expect(refused(await officer.gql(Acknowledge, { input: { noticeId: draft.id } }))).toEqual([
      { field: 'noticeId', code: 'NOT_FOUND' },
    ]);
  });

  it('asks every member of staff when no department is named (the technician included)', async () => {
    const readers = await sql<{ n: number }>(
      "select count(*) as n from staff s join position_grant g on g.position_key = s.position_key and g.permission = 'notice.read' and g.scope is not null where s.status = 'ACTIVE'",
    );
    const notice = await issued(base({ title: '全员学习：新版服务规范', requiresAcknowledgement: true }));
    // Everyone who may read notices, but its author (cs) and its issuer (the manager).
    expect(notice.audienceSize).toBe(Number(readers[0]?.n) - 2);
    const techBefore = await pendingOf(tech);
    ok(await tech.gql(Acknowledge, { input: { noticeId: notice.id } }));
    expect(await pendingOf(tech)).toBe(techBefore - 1);
  });
});

describe('withdrawal', () => {
  it('takes a notice down with a reason: out of the current list, kept on record', async () => {
    const notice = await issued(base({ title: '临时停电通知', requiresAcknowledgement: true }));
    expect(await listed(officer, { status: ['ISSUED'] })).toContain(notice.id);

    expect(errorCodes(await officer.gql(Withdraw, { input: { noticeId: notice.id, reason: '取消' } }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(refused(await cs.gql(Withdraw, { input: { noticeId: notice.id, reason: ' ' } }))).toEqual([
      { field: 'reason', code: 'REQUIRED' },
    ]);
    expect(refused(await cs.gql(Withdraw, { input: { noticeId: notice.id, reason: 'r'.repeat(501) } }))).toEqual([
      { field: 'reason', code: 'TOO_LONG' },
    ]);
    const before = await auditCount(steward, { action: 'notice.withdraw' });
    // The issuing department takes it down.
    const withdrawn = ok(await cs.gql(Withdraw, { input: { noticeId: notice.id, reason: '供电局检修延期' } })).notice;
    expect(withdrawn).toMatchObject({
      status: 'WITHDRAWN',
      effectiveStatus: 'WITHDRAWN',
      withdrawReason: '供电局检修延期',
      viewerCanWithdraw: false,
    });
    expect(await auditCount(steward, { action: 'notice.withdraw' })).toBe(before + 1);

    expect(await listed(officer, { status: ['ISSUED'] })).not.toContain(notice.id);
    expect(await listed(officer, { activeAt: clock.now().toISOString() })).not.toContain(notice.id);
    expect(await listed(officer, { status: ['WITHDRAWN'] })).toContain(notice.id);
    expect(await listed(officer, { needsMyAcknowledgement: true })).not.toContain(notice.id);
    expect(refused(await officer.gql(Acknowledge, { input: { noticeId: notice.id } }))).toEqual([
      { field: 'noticeId', code: 'INVALID_TRANSITION' },
    ]);
    expect(refused(await manager.gql(Withdraw, { input: { noticeId: notice.id, reason: '再撤' } }))).toEqual([
      { field: 'noticeId', code: 'INVALID_TRANSITION' },
    ]);
  });

  it('lets a draft be given up without it ever reaching the rest of the company', async () => {
    const draft = await drafted(base({ title: '作废的草稿' }));
    ok(await cs.gql(Withdraw, { input: { noticeId: draft.id, reason: '重复起草' } }));
    expect(await listed(cs, { status: ['WITHDRAWN'] })).toContain(draft.id);
    expect(await listed(officer, { status: ['WITHDRAWN'] })).not.toContain(draft.id);
    expect(refused(await manager.gql(Issue, { input: { noticeId: draft.id } }))).toEqual([
      { field: 'noticeId', code: 'INVALID_TRANSITION' },
    ]);
  });
});

describe('the board', () => {
  it('filters by kind, site and words', async () => {
    const cuihu = await issued(base({ kind: 'ANNOUNCEMENT', title: '翠湖花园消防演练告示' }));
    const everywhere = await issued(base({ kind: 'DOCUMENT', audience: 'ALL_SITES', title: '物业服务规范' }));
    const jinqiao = await listed(officer, { siteCode: 'JINQIAO' });
    expect(jinqiao).toContain(everywhere.id);
    expect(jinqiao).not.toContain(cuihu.id);
    expect(await listed(officer, { siteCode: 'CUIHU', kind: 'ANNOUNCEMENT' })).toEqual(
      expect.arrayContaining([cuihu.id]),
    );
    expect(await listed(officer, { kind: 'ANNOUNCEMENT' })).not.toContain(everywhere.id);
    expect(await listed(officer, { search: cuihu.reference })).toEqual([cuihu.id]);
    expect(await listed(officer, { search: '消防演练告示' })).toContain(cuihu.id);
    const tooLong = await officer.gql(List, { filter: { search: 's'.repeat(101) }, first: 5 });
    expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);
  });
});
