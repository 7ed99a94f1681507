import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReceptionVisit as VisitRow } from '../../apps/api/src/features/reception/reception-visit.entity.js';
import type { ReceptionListQuery, RecordReceptionVisitInput } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { customerIdOf, DEMO_CUSTOMER_ANCHORS, newCustomer, unitIdOf } from '../support/customers.js';
import { auditCount, staffIds } from '../support/org.js';
import { type Client, type GqlResponse, startTestSteward, TestClock, type TestSteward } from '../support/steward.js';

const VisitFields = graphql(`
  fragment VisitFields on ReceptionVisit {
    id
    status
    purpose
    summary
    outcome
    visitedAt
    visitorName
    visitorPhone
    version
    canHandle
    closedAt
    voidReason
    voidedAt
    site { code }
    unit { code }
    customer { id name }
    receivedBy { username }
    closedBy { username }
    case { id reference }
  }
`);
void VisitFields;

const Record = graphql(`
  mutation ReceptionRecord($input: RecordReceptionVisitInput!) {
    recordReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }
  }
`);
const Update = graphql(`
  mutation ReceptionUpdate($input: UpdateReceptionVisitInput!) {
    updateReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }
  }
`);
const Link = graphql(`
  mutation ReceptionLink($input: LinkReceptionVisitToCaseInput!) {
    linkReceptionVisitToCase(input: $input) { visit { ...VisitFields } userErrors { field code message } }
  }
`);
const Close = graphql(`
  mutation ReceptionClose($input: CloseReceptionVisitInput!) {
    closeReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }
  }
`);
const Void = graphql(`
  mutation ReceptionVoid($input: VoidReceptionVisitInput!) {
    voidReceptionVisit(input: $input) { visit { ...VisitFields } userErrors { field code message } }
  }
`);
const List = graphql(`
  query ReceptionList($filter: ReceptionVisitFilter, $first: Int, $after: String) {
    receptionVisits(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes { id visitedAt status purpose summary site { code } receivedBy { username } case { reference } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const One = graphql(`
  query ReceptionOne($id: ID!) {
    receptionVisit(id: $id) { id summary }
    node(id: $id) { id ... on ReceptionVisit { status } }
  }
`);
const OfCustomer = graphql(`
  query ReceptionOfCustomer($id: ID!) {
    customer(id: $id) { id receptionVisits(first: 50) { totalCount nodes { id summary } } }
  }
`);
const OpenCase = graphql(`
  mutation ReceptionOpenCase($input: OpenCaseInput!) {
    openCase(input: $input) { case { id reference } userErrors { field code } }
  }
`);
const VoidCase = graphql(`
  mutation ReceptionVoidCase($input: CaseReasonInput!) {
    voidCase(input: $input) { case { id } userErrors { field code } }
  }
`);
const VoidCustomer = graphql(`
  mutation ReceptionVoidCustomer($input: VoidCustomerInput!) {
    voidCustomer(input: $input) { customer { id } userErrors { field code } }
  }
`);
const SetGrant = graphql(`
  mutation ReceptionSetGrant($input: SetPositionGrantInput!) {
    setPositionGrant(input: $input) { userErrors { field code } }
  }
`);
const Audit = graphql(`
  query ReceptionAudit($filter: AuditEventFilter) {
    auditEvents(first: 100, filter: $filter) { totalCount nodes { action targetType targetId actorName } }
  }
`);

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

let clock: TestClock;
let steward: TestSteward;
let cs: Client;
let cs2: Client;
let manager: Client;
let analyst: Client;
let officer: Client;
let tech: Client;
let leader: Client;
let ids: Map<string, string>;
/** 翠湖花园 3-1201 and its owner, from the demo files. */
let unit: string;
let owner: string;

beforeAll(async () => {
  clock = new TestClock(new Date());
  steward = await startTestSteward({}, {}, { clock: clock.now });
  cs = await steward.login('cs');
  cs2 = await steward.login('cs2');
  manager = await steward.login('manager');
  analyst = await steward.login('analyst');
  officer = await steward.login('officer');
  tech = await steward.login('tech');
  leader = await steward.login('leader');
  ids = await staffIds(steward);
  unit = await unitIdOf(steward, DEMO_CUSTOMER_ANCHORS.unit.site, DEMO_CUSTOMER_ANCHORS.unit.code);
  owner = await customerIdOf(steward, DEMO_CUSTOMER_ANCHORS.owner.name);
});
afterAll(() => steward?.close());

const visitRows = () => steward.orm.em.fork().count(VisitRow, {});

/** A walk-in not on file at 翠湖花园, recorded by `client` (cs unless said). */
async function walkIn(client: Client = cs, input: Partial<RecordReceptionVisitInput> = {}) {
  const res = await client.gql(Record, {
    input: {
      visitorName: '赵先生',
      visitorPhone: '139 0000 1111',
      siteCode: 'CUIHU',
      purpose: 'QUESTION',
      summary: '询问小区快递柜的位置。',
      ...input,
    },
  });
  const visit = res.body.data?.recordReceptionVisit.visit;
  if (!visit) throw new Error(JSON.stringify(res.body));
  return visit;
}

async function complaint(client: Client = cs, siteCode = 'CUIHU') {
  const res = await client.gql(OpenCase, {
    input: {
      kind: 'COMPLAINT',
      channel: 'DESK_VISIT',
      title: '来访：楼道堆放杂物',
      description: '客户到服务台反映楼道堆放杂物。',
      reporterName: '赵先生',
      siteCode,
    },
  });
  const c = res.body.data?.openCase.case;
  if (!c) throw new Error(JSON.stringify(res.body));
  return c;
}

type Payloads = { body: { data?: object | null } };
/** The userErrors of a mutation's payload, as `[field, code]`. */
const errorsOf = (res: Payloads) =>
  (
    Object.values(res.body.data ?? {})[0] as { userErrors: { field?: string[] | null; code: string }[] } | undefined
  )?.userErrors.map((e) => [e.field?.[1] ?? null, e.code]);
const codes = (res: { body: { errors?: readonly { extensions?: Record<string, unknown> }[] } }) =>
  (res.body.errors ?? []).map((e) => e.extensions?.code);

describe('recording a walk-in', () => {
  it('lets customer service record a customer found by unit: the site comes from the unit, the time is now', async () => {
    const before = await auditCount(steward, { action: 'reception.record' });
    const res = await cs.gql(Record, {
      input: {
        customerId: owner,
        unitId: unit,
        purpose: 'COMPLAINT',
        summary: '  反映楼上漏水到卫生间天花板。 ',
      },
    });
    expect(res.body.errors).toBeUndefined();
    const payload = res.body.data?.recordReceptionVisit;
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.visit).toMatchObject({
      status: 'OPEN',
      purpose: 'COMPLAINT',
      summary: '反映楼上漏水到卫生间天花板。',
      outcome: null,
      visitorName: null,
      version: 1,
      canHandle: true,
      site: { code: 'CUIHU' },
      unit: { code: DEMO_CUSTOMER_ANCHORS.unit.code },
      customer: { id: owner, name: DEMO_CUSTOMER_ANCHORS.owner.name },
      receivedBy: { username: 'cs' },
      closedBy: null,
      case: null,
    });
    expect(new Date(String(payload?.visit?.visitedAt)).getTime()).toBe(clock.now().getTime());
    expect(await auditCount(steward, { action: 'reception.record' })).toBe(before + 1);
  });

  it('closes at once a visit answered on the spot, and takes a time set back a few days', async () => {
    const visitedAt = new Date(clock.now().getTime() - 6 * DAY).toISOString();
    const visit = await walkIn(cs, { outcome: '快递柜在 2 栋东侧。', close: true, visitedAt });
    expect(visit).toMatchObject({
      status: 'CLOSED',
      outcome: '快递柜在 2 栋东侧。',
      visitorName: '赵先生',
      visitorPhone: '139 0000 1111',
      customer: null,
      closedBy: { username: 'cs' },
      canHandle: true,
    });
    expect(visit.visitedAt).toBe(visitedAt);
    expect(visit.closedAt).toBe(clock.now().toISOString());
  });

  it('accepts "now" from a clock a few seconds ahead of the server’s', async () => {
    const visit = await walkIn(cs, { visitedAt: new Date(clock.now().getTime() + 30_000).toISOString() });
    expect(visit.status).toBe('OPEN');
  });

  const bad: [string, () => Promise<Partial<RecordReceptionVisitInput>>, [string, string][]][] = [
    ['no summary', async () => ({ summary: '   ' }), [['summary', 'REQUIRED']]],
    ['a summary of 501 characters', async () => ({ summary: '述'.repeat(501) }), [['summary', 'TOO_LONG']]],
    ['an outcome of 1001 characters', async () => ({ outcome: '果'.repeat(1001) }), [['outcome', 'TOO_LONG']]],
    ['a name of 51 characters', async () => ({ visitorName: '名'.repeat(51) }), [['visitorName', 'TOO_LONG']]],
    ['a phone of 31 characters', async () => ({ visitorPhone: '1'.repeat(31) }), [['visitorPhone', 'TOO_LONG']]],
    ['a phone that is no phone', async () => ({ visitorPhone: 'call me' }), [['visitorPhone', 'INVALID']]],
    [
      'neither a customer nor a name',
      async () => ({ visitorName: '  ', visitorPhone: null }),
      [['visitorName', 'REQUIRED']],
    ],
    [
      'a time in the future',
      async () => ({ visitedAt: new Date(clock.now().getTime() + 2 * MINUTE).toISOString() }),
      [['visitedAt', 'OUT_OF_RANGE']],
    ],
    [
      'a time more than 7 days back',
      async () => ({ visitedAt: new Date(clock.now().getTime() - 7 * DAY - MINUTE).toISOString() }),
      [['visitedAt', 'OUT_OF_RANGE']],
    ],
    ['a customer that does not exist', async () => ({ customerId: 'x' }), [['customerId', 'NOT_FOUND']]],
    [
      'a voided customer file',
      async () => {
        const person = await newCustomer(cs);
        await cs.gql(VoidCustomer, { input: { customerId: person.id, reason: '重复建档' } });
        return { customerId: person.id, visitorName: null };
      },
      [['customerId', 'INVALID_TRANSITION']],
    ],
    ['a unit that does not exist', async () => ({ unitId: 'x', siteCode: null }), [['unitId', 'NOT_FOUND']]],
    ['no unit and no site', async () => ({ siteCode: null }), [['siteCode', 'REQUIRED']]],
    ['a site that does not exist', async () => ({ siteCode: 'NOWHERE' }), [['siteCode', 'NOT_FOUND']]],
    ['a site code of 200 characters', async () => ({ siteCode: 'S'.repeat(200) }), [['siteCode', 'NOT_FOUND']]],
    ['a site other than the unit’s', async () => ({ unitId: unit, siteCode: 'JINQIAO' }), [['siteCode', 'INVALID']]],
    ['closing without an outcome', async () => ({ close: true }), [['outcome', 'REQUIRED']]],
    [
      'several faults at once, each named',
      async () => ({ summary: '', visitorName: '', siteCode: null }),
      [
        ['summary', 'REQUIRED'],
        ['visitorName', 'REQUIRED'],
        ['siteCode', 'REQUIRED'],
      ],
    ],
  ];
  it.each(bad)('refuses %s: a userError naming the field, nothing written', async (_label, change, expected) => {
    const input = await change();
    const [rows, events] = [await visitRows(), await auditCount(steward)];
    const res = await cs.gql(Record, {
      input: {
        visitorName: '赵先生',
        siteCode: 'CUIHU',
        purpose: 'INQUIRY',
        summary: '咨询停车月卡。',
        ...input,
      } as RecordReceptionVisitInput,
    });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.recordReceptionVisit.visit).toBeNull();
    expect(errorsOf(res)).toEqual(expected);
    expect(await visitRows()).toBe(rows);
    expect(await auditCount(steward)).toBe(events);
  });

  it('answers a purpose it does not know or a time that is no time as bad input, not a 500', async () => {
    for (const change of [{ purpose: 'GOSSIP' }, { visitedAt: 'yesterday-ish' }]) {
      const res = await cs.post(
        JSON.stringify({
          query:
            'mutation($input: RecordReceptionVisitInput!) { recordReceptionVisit(input: $input) { visit { id } } }',
          variables: {
            input: { visitorName: '赵先生', siteCode: 'CUIHU', purpose: 'INQUIRY', summary: 's', ...change },
          },
        }),
      );
      expect(res.status).toBe(400);
      expect((res.json as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
        'BAD_USER_INPUT',
      );
    }
  });
});

describe('who may do what', () => {
  it('refuses recording to the officer, the technician and the manager, who reads but does not record', async () => {
    const input = { visitorName: '赵先生', siteCode: 'CUIHU', purpose: 'INQUIRY' as const, summary: 's' };
    for (const client of [officer, tech, manager, analyst]) {
      const before = await visitRows();
      const res = await client.gql(Record, { input });
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(res.body.data).toBeNull();
      expect(await visitRows()).toBe(before);
    }
    for (const client of [officer, tech, leader]) {
      expect(codes(await client.gql(List, { first: 5 }))).toEqual(['FORBIDDEN']);
    }
  });

  it('lets the manager and the analyst read the whole log, customer service its department’s', async () => {
    const all = await visitRows();
    expect(all).toBeGreaterThanOrEqual(12); // the demo log and this file's
    for (const client of [manager, analyst, cs, cs2]) {
      const res = await client.gql(List, { first: 1 });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.receptionVisits.totalCount).toBe(all);
    }
    const visit = await walkIn(cs);
    const seen = await manager.gql(One, { id: visit.id });
    expect(seen.body.data).toEqual({
      receptionVisit: { id: visit.id, summary: visit.summary },
      node: { id: visit.id, status: 'OPEN' },
    });
    // The manager reads; working on it is customer service's.
    const mine = await manager.gql(One, { id: visit.id });
    expect(mine.body.data?.receptionVisit?.id).toBe(visit.id);
    const closing = await manager.gql(Close, { input: { visitId: visit.id, outcome: '已答复' } });
    expect(codes(closing)).toEqual(['FORBIDDEN']);
    expect((await cs2.gql(Close, { input: { visitId: visit.id, outcome: '已答复' } })).body.data).toMatchObject({
      closeReceptionVisit: { visit: { status: 'CLOSED', closedBy: { username: 'cs2' } }, userErrors: [] },
    });
  });

  it('keeps another site’s visits out of reach of a site-wide grant, as if they did not exist', async () => {
    // The night shift leader takes general complaints for customer service (SL-2): give the post
    // the reception log of its own site.
    for (const permission of ['reception.read', 'reception.create']) {
      const res = await manager.gql(SetGrant, {
        input: { positionKey: 'order_maintenance_shift_leader', permission, scope: 'SITE' },
      });
      expect(res.body.data?.setPositionGrant.userErrors).toEqual([]);
    }
    const atCuihu = await walkIn(cs);
    const atJinqiao = await walkIn(cs2, { siteCode: 'JINQIAO' });
    const { body } = await leader.gql(List, { first: 100 });
    const sites = new Set(body.data?.receptionVisits.nodes.map((n) => n.site.code));
    expect(sites).toEqual(new Set(['CUIHU']));
    const [cuihu] = await steward.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>("select count(*) as n from reception_visit where site_code = 'CUIHU'");
    expect(body.data?.receptionVisits.totalCount).toBe(Number(cuihu?.n));
    expect((await leader.gql(One, { id: atCuihu.id })).body.data?.receptionVisit?.id).toBe(atCuihu.id);
    expect((await leader.gql(One, { id: atJinqiao.id })).body.data).toEqual({ receptionVisit: null, node: null });
    expect(
      (await leader.gql(List, { first: 5, filter: { siteCode: 'JINQIAO' } })).body.data?.receptionVisits.totalCount,
    ).toBe(0);

    // Recording at another site is refused; at their own it is theirs to finish.
    const elsewhere = await leader.gql(Record, {
      input: { visitorName: '钱女士', siteCode: 'JINQIAO', purpose: 'COMPLAINT', summary: '夜间噪音' },
    });
    expect(errorsOf(elsewhere)).toEqual([['siteCode', 'NOT_PERMITTED']]);
    const own = await walkIn(leader, { summary: '夜间来访：反映地库照明不足。' });
    expect(own).toMatchObject({ receivedBy: { username: 'leader' }, canHandle: true });

    // Someone else's visit at their site: they may read it, not work on it (no reception.handle).
    expect((await leader.gql(One, { id: atCuihu.id })).body.data?.receptionVisit).not.toBeNull();
    const list = await leader.gql(List, { first: 100 });
    expect(list.body.data?.receptionVisits.nodes.find((n) => n.id === atCuihu.id)).toBeDefined();
    expect(codes(await leader.gql(Close, { input: { visitId: atCuihu.id, outcome: '已答复' } }))).toEqual([
      'FORBIDDEN',
    ]);
    // The other site's: not found, changed nothing.
    const far = await leader.gql(Close, { input: { visitId: atJinqiao.id, outcome: '已答复' } });
    expect(errorsOf(far)).toEqual([['visitId', 'NOT_FOUND']]);
    const closed = await leader.gql(Close, { input: { visitId: own.id, outcome: '已通知工程部次日检修。' } });
    expect(closed.body.data?.closeReceptionVisit.visit?.status).toBe('CLOSED');
  });

  it('lets an OWN grant see only the visits its holder received', async () => {
    for (const permission of ['reception.read', 'reception.create']) {
      await manager.gql(SetGrant, { input: { positionKey: 'order_maintenance_officer', permission, scope: 'OWN' } });
    }
    const theirs = await walkIn(officer, { summary: '门岗转来：访客询问物业办公室位置。' });
    const others = await walkIn(cs);
    const { body } = await officer.gql(List, { first: 100 });
    expect(body.data?.receptionVisits).toMatchObject({ totalCount: 1, nodes: [{ id: theirs.id }] });
    expect((await officer.gql(One, { id: others.id })).body.data).toEqual({ receptionVisit: null, node: null });
  });
});

describe('the outcome rule (X1: 事事有结果)', () => {
  it('refuses to close a visit with neither an outcome nor a case, and closes it with one', async () => {
    const visit = await walkIn(cs);
    const events = await auditCount(steward);
    for (const outcome of [null, '   ']) {
      const res = await cs.gql(Close, { input: { visitId: visit.id, outcome } });
      expect(errorsOf(res)).toEqual([['outcome', 'REQUIRED']]);
    }
    expect(await auditCount(steward)).toBe(events);
    const tooLong = await cs.gql(Close, { input: { visitId: visit.id, outcome: '果'.repeat(1001) } });
    expect(errorsOf(tooLong)).toEqual([['outcome', 'TOO_LONG']]);

    clock.advance(5 * MINUTE);
    const res = await cs.gql(Close, { input: { visitId: visit.id, outcome: '快递柜在 2 栋东侧，已带客户前往。' } });
    expect(res.body.data?.closeReceptionVisit).toMatchObject({
      userErrors: [],
      visit: { status: 'CLOSED', outcome: '快递柜在 2 栋东侧，已带客户前往。', closedBy: { username: 'cs' } },
    });
    expect(res.body.data?.closeReceptionVisit.visit?.closedAt).toBe(clock.now().toISOString());
    // Closed is closed: no second close, no edits.
    expect(errorsOf(await cs.gql(Close, { input: { visitId: visit.id, outcome: '再次' } }))).toEqual([
      ['visitId', 'INVALID_TRANSITION'],
    ]);
    expect(errorsOf(await cs.gql(Update, { input: { visitId: visit.id, summary: '改' } }))).toEqual([
      ['visitId', 'INVALID_TRANSITION'],
    ]);
  });

  it('closes with an outcome written earlier', async () => {
    const visit = await walkIn(cs);
    await cs.gql(Update, { input: { visitId: visit.id, outcome: '已告知快递柜位置。' } });
    const res = await cs.gql(Close, { input: { visitId: visit.id } });
    expect(res.body.data?.closeReceptionVisit.visit).toMatchObject({ status: 'CLOSED', outcome: '已告知快递柜位置。' });
  });
});

describe('changing an open visit', () => {
  it('changes what is given, leaves the rest, and counts versions', async () => {
    const visit = await walkIn(cs);
    const res = await cs.gql(Update, {
      input: {
        visitId: visit.id,
        version: 1,
        purpose: 'REPAIR',
        summary: '反映快递柜屏幕不亮。',
        visitorPhone: '',
        visitedAt: new Date(clock.now().getTime() - DAY).toISOString(),
      },
    });
    expect(res.body.data?.updateReceptionVisit).toMatchObject({
      userErrors: [],
      visit: {
        purpose: 'REPAIR',
        summary: '反映快递柜屏幕不亮。',
        visitorName: '赵先生',
        visitorPhone: null,
        version: 2,
        status: 'OPEN',
      },
    });
    // An edit made from what was seen before is refused, not silently applied.
    const stale = await cs2.gql(Update, { input: { visitId: visit.id, version: 1, outcome: '已答复' } });
    expect(errorsOf(stale)).toEqual([['version', 'CONFLICT']]);
    const staleClose = await cs2.gql(Close, { input: { visitId: visit.id, version: 1, outcome: '已答复' } });
    expect(errorsOf(staleClose)).toEqual([['version', 'CONFLICT']]);
  });

  const bad: [string, Record<string, unknown>, [string, string][]][] = [
    ['a blank summary', { summary: ' ' }, [['summary', 'REQUIRED']]],
    ['a summary of 501 characters', { summary: 'x'.repeat(501) }, [['summary', 'TOO_LONG']]],
    ['an outcome of 1001 characters', { outcome: 'x'.repeat(1001) }, [['outcome', 'TOO_LONG']]],
    ['a name of 51 characters', { visitorName: 'x'.repeat(51) }, [['visitorName', 'TOO_LONG']]],
    ['no name left and no customer', { visitorName: '' }, [['visitorName', 'REQUIRED']]],
    ['a phone of 31 characters', { visitorPhone: '1'.repeat(31) }, [['visitorPhone', 'TOO_LONG']]],
    [
      'a time in the future',
      { visitedAt: new Date(Date.now() + 3_600_000).toISOString() },
      [['visitedAt', 'OUT_OF_RANGE']],
    ],
    [
      'a time 8 days before it was entered',
      { visitedAt: new Date(Date.now() - 8 * DAY).toISOString() },
      [['visitedAt', 'OUT_OF_RANGE']],
    ],
    ['a visit that does not exist', { visitId: 'x' }, [['visitId', 'NOT_FOUND']]],
  ];
  it.each(bad)('refuses %s and changes nothing', async (_label, change, expected) => {
    const visit = await walkIn(cs);
    const events = await auditCount(steward);
    const res = await cs.gql(Update, { input: { visitId: visit.id, ...change } });
    expect(errorsOf(res)).toEqual(expected);
    expect(await auditCount(steward)).toBe(events);
    const after = await cs.gql(One, { id: visit.id });
    expect(after.body.data?.receptionVisit?.summary).toBe(visit.summary);
  });
});

describe('the case opened from a visit', () => {
  it('links a case, shows its reference, and closes the visit with the case as its outcome', async () => {
    const visit = await walkIn(cs, { purpose: 'COMPLAINT', summary: '反映楼道堆放杂物。' });
    const opened = await complaint(cs);
    const res = await cs.gql(Link, { input: { visitId: visit.id, caseId: opened.id } });
    expect(res.body.data?.linkReceptionVisitToCase).toMatchObject({
      userErrors: [],
      visit: { status: 'OPEN', case: { id: opened.id, reference: opened.reference } },
    });
    const listed = await cs.gql(List, { first: 5, filter: { search: opened.reference } });
    expect(listed.body.data?.receptionVisits.nodes.map((n) => n.id)).toEqual([visit.id]);

    // A visit opens one case; a case comes from one visit.
    const again = await cs.gql(Link, { input: { visitId: visit.id, caseId: (await complaint(cs)).id } });
    expect(errorsOf(again)).toEqual([['visitId', 'CONFLICT']]);
    const other = await walkIn(cs);
    const taken = await cs.gql(Link, { input: { visitId: other.id, caseId: opened.id } });
    expect(errorsOf(taken)).toEqual([['caseId', 'CONFLICT']]);

    const closed = await cs.gql(Close, { input: { visitId: visit.id } });
    expect(closed.body.data?.closeReceptionVisit.visit).toMatchObject({ status: 'CLOSED', outcome: null });
    // Once closed, no case is linked to it any more.
    const late = await cs.gql(Link, { input: { visitId: other.id, caseId: (await complaint(cs)).id } });
    expect(late.body.data?.linkReceptionVisitToCase.userErrors).toEqual([]);
    const shut = await cs.gql(Close, { input: { visitId: other.id } });
    expect(shut.body.data?.closeReceptionVisit.visit?.status).toBe('CLOSED');
    const afterClose = await cs.gql(Link, { input: { visitId: other.id, caseId: (await complaint(cs)).id } });
    expect(errorsOf(afterClose)).toEqual([['visitId', 'INVALID_TRANSITION']]);
  });

  it('refuses a case that does not exist, one that is voided, and one the viewer cannot see', async () => {
    const visit = await walkIn(cs);
    expect(errorsOf(await cs.gql(Link, { input: { visitId: visit.id, caseId: 'x' } }))).toEqual([
      ['caseId', 'NOT_FOUND'],
    ]);
    const voided = await complaint(cs);
    await cs.gql(VoidCase, { input: { caseId: voided.id, reason: '重复登记' } });
    expect(errorsOf(await cs.gql(Link, { input: { visitId: visit.id, caseId: voided.id } }))).toEqual([
      ['caseId', 'INVALID_TRANSITION'],
    ]);
    // The shift leader (given the log of their site above) sees complaints at 翠湖花园 only.
    const own = await walkIn(leader, { summary: '夜间来访：投诉邻居噪音。' });
    const far = await complaint(cs2, 'JINQIAO');
    const refused = await leader.gql(Link, { input: { visitId: own.id, caseId: far.id } });
    expect(errorsOf(refused)).toEqual([['caseId', 'NOT_FOUND']]);
    const near = await complaint(leader, 'CUIHU');
    const linked = await leader.gql(Link, { input: { visitId: own.id, caseId: near.id } });
    expect(linked.body.data?.linkReceptionVisitToCase.visit?.case?.id).toBe(near.id);
  });
});

describe('voiding', () => {
  it('voids an open or closed entry with its reason, keeps it, and allows nothing more on it', async () => {
    const visit = await walkIn(cs);
    const rows = await visitRows();
    expect(errorsOf(await cs.gql(Void, { input: { visitId: visit.id, reason: '  ' } }))).toEqual([
      ['reason', 'REQUIRED'],
    ]);
    expect(errorsOf(await cs.gql(Void, { input: { visitId: visit.id, reason: 'x'.repeat(501) } }))).toEqual([
      ['reason', 'TOO_LONG'],
    ]);
    const res = await cs.gql(Void, { input: { visitId: visit.id, reason: '登记重复' } });
    expect(res.body.data?.voidReceptionVisit.visit).toMatchObject({
      status: 'VOIDED',
      voidReason: '登记重复',
      canHandle: false,
    });
    expect(await visitRows()).toBe(rows);
    expect((await cs.gql(One, { id: visit.id })).body.data?.node).toEqual({ id: visit.id, status: 'VOIDED' });
    for (const res of [
      await cs.gql(Void, { input: { visitId: visit.id, reason: '再次' } }),
      await cs.gql(Close, { input: { visitId: visit.id, outcome: 'x' } }),
      await cs.gql(Update, { input: { visitId: visit.id, summary: 'x' } }),
    ]) {
      expect(errorsOf(res)).toEqual([['visitId', 'INVALID_TRANSITION']]);
    }
    const closed = await walkIn(cs, { outcome: '已答复', close: true });
    const later = await cs.gql(Void, { input: { visitId: closed.id, reason: '客户并未来访，误登记' } });
    expect(later.body.data?.voidReceptionVisit.visit?.status).toBe('VOIDED');
    expect(codes(await manager.gql(Void, { input: { visitId: closed.id, reason: 'x' } }))).toEqual(['FORBIDDEN']);
  });
});

describe('the log', () => {
  it('lists the latest visit first, page by page, and filters', async () => {
    const seen: { id: string; visitedAt: unknown }[] = [];
    let after: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 50; guard++) {
      const res: GqlResponse<ReceptionListQuery> = await cs.gql(List, { first: 4, after });
      const page = res.body.data?.receptionVisits;
      if (!page) throw new Error(JSON.stringify(res.body));
      total = page.totalCount;
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((s) => s.id)).size).toBe(total);
    const times = seen.map((s) => Date.parse(String(s.visitedAt)));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const open = await cs.gql(List, { first: 100, filter: { status: 'OPEN' } });
    expect(open.body.data?.receptionVisits.nodes.every((n) => n.status === 'OPEN')).toBe(true);
    expect(open.body.data?.receptionVisits.totalCount).toBeGreaterThan(0);
    const rentals = await cs.gql(List, { first: 100, filter: { purpose: 'RENTAL' } });
    expect(rentals.body.data?.receptionVisits.nodes.map((n) => n.purpose)).toContain('RENTAL');
    expect(new Set(rentals.body.data?.receptionVisits.nodes.map((n) => n.purpose))).toEqual(new Set(['RENTAL']));
    const byCs2 = await cs.gql(List, { first: 100, filter: { receivedById: ids.get('cs2') } });
    expect(new Set(byCs2.body.data?.receptionVisits.nodes.map((n) => n.receivedBy.username))).toEqual(new Set(['cs2']));
    const from = new Date(clock.now().getTime() - 3 * DAY);
    const recent = await cs.gql(List, { first: 100, filter: { from: from.toISOString() } });
    for (const n of recent.body.data?.receptionVisits.nodes ?? []) {
      expect(Date.parse(String(n.visitedAt))).toBeGreaterThanOrEqual(from.getTime());
    }
    const older = await cs.gql(List, { first: 100, filter: { to: from.toISOString() } });
    expect(
      (recent.body.data?.receptionVisits.totalCount ?? 0) + (older.body.data?.receptionVisits.totalCount ?? 0),
    ).toBe(total);
    // The demo log: a case opened at 金桥大厦 from a visit, found by words of the summary.
    const found = await cs.gql(List, { first: 10, filter: { search: '空调出风口漏水' } });
    expect(found.body.data?.receptionVisits.nodes[0]?.case?.reference).toMatch(/^BX-\d{8}-\d{4}$/);
    const byName = await cs.gql(List, { first: 10, filter: { search: DEMO_CUSTOMER_ANCHORS.office.tenant } });
    expect(byName.body.data?.receptionVisits.totalCount).toBeGreaterThan(0);
  });

  it('answers bad list arguments with BAD_USER_INPUT naming the argument', async () => {
    for (const [variables, field] of [
      [{ first: 0 }, 'first'],
      [{ first: 2, after: 'nope' }, 'after'],
      [{ first: 2, filter: { search: 'x'.repeat(101) } }, 'search'],
      [{ first: 2, filter: { siteCode: 'x'.repeat(33) } }, 'siteCode'],
    ] as const) {
      const res = await cs.gql(List, variables as never);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.extensions?.field).toEqual([field]);
    }
  });

  it('shows a customer’s visits on their file, to those who may read the log', async () => {
    const visit = await walkIn(cs, { customerId: owner, visitorName: null, unitId: unit, siteCode: null });
    const mine = await cs.gql(OfCustomer, { id: owner });
    expect(mine.body.data?.customer?.receptionVisits.nodes.map((n) => n.id)).toContain(visit.id);
    // The shift leader reads customer files; without the reception log (given above, taken back
    // now) their visits are not theirs to see.
    for (const permission of ['reception.read', 'reception.create']) {
      await manager.gql(SetGrant, {
        input: { positionKey: 'order_maintenance_shift_leader', permission, scope: null },
      });
    }
    const theirs = await leader.gql(OfCustomer, { id: owner });
    expect(theirs.body.errors).toBeUndefined();
    expect(theirs.body.data?.customer?.receptionVisits.totalCount).toBe(0);
  });
});

describe('the audit trail', () => {
  it('has one event per change, of customer service’s department, naming the visit', async () => {
    const { body } = await manager.gql(Audit, { filter: { action: 'reception.' } });
    const nodes = body.data?.auditEvents.nodes ?? [];
    expect(new Set(nodes.map((n) => n.action))).toEqual(
      new Set(['reception.record', 'reception.update', 'reception.link_case', 'reception.close', 'reception.void']),
    );
    for (const n of nodes) {
      expect(n.targetType).toBe('ReceptionVisit');
      expect(Buffer.from(n.targetId, 'base64url').toString('utf8')).toMatch(/^ReceptionVisit:/);
    }
    // Customer service's log, whoever wrote in it: its director-level readers see these events.
    const departments = await steward.orm.em
      .fork()
      .getConnection()
      .execute<{ d: string | null }[]>(
        "select distinct department_key as d from audit_event where action like 'reception.%'",
      );
    expect(departments).toEqual([{ d: 'customer_service' }]);
  });
});
