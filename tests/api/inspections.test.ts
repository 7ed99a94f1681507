import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { auditCount, staffIds } from '../support/org.js';
import { type Client, startTestSteward, TestClock, type TestSteward } from '../support/steward.js';

/**
 * Safety inspections (R19) against checklists, rectification notices (R20) through the case engine
 * — above all: a notice cannot be resolved or closed without a re-inspection that found it fixed —
 * external inspections received (R21), and the regularity check (C11).
 */
const Checklists = graphql(`
  query InspChecklists($type: InspectionType, $includeRetired: Boolean) {
    inspectionChecklists(type: $type, includeRetired: $includeRetired) { id type name items revision active }
  }
`);
const CreateChecklist = graphql(`
  mutation InspCreateChecklist($input: CreateInspectionChecklistInput!) {
    createInspectionChecklist(input: $input) { checklist { id name items revision active } userErrors { field code } }
  }
`);
const UpdateChecklist = graphql(`
  mutation InspUpdateChecklist($input: UpdateInspectionChecklistInput!) {
    updateInspectionChecklist(input: $input) { checklist { id name items revision active } userErrors { field code } }
  }
`);
const Plan = graphql(`
  mutation InspPlan($input: PlanInspectionInput!) {
    planInspection(input: $input) {
      inspection {
        id
        type
        status
        checklistName
        checklistRevision
        site { code }
        inspectors { username }
        areas { id }
        items { id seq text result }
        pendingCount
        viewerSteps
      }
      userErrors { field code }
    }
  }
`);
const Record = graphql(`
  mutation InspRecord($input: RecordInspectionResultsInput!) {
    recordInspectionResults(input: $input) {
      inspection { id status performedAt passCount failCount notApplicableCount pendingCount items { id result note area { id } } }
      userErrors { field code }
    }
  }
`);
const Complete = graphql(`
  mutation InspComplete($input: CompleteInspectionInput!) {
    completeInspection(input: $input) { inspection { id status completedAt summary viewerSteps } userErrors { field code } }
  }
`);
const Cancel = graphql(`
  mutation InspCancel($input: CancelInspectionInput!) {
    cancelInspection(input: $input) { inspection { id status cancelReason } userErrors { field code } }
  }
`);
const One = graphql(`
  query InspOne($id: ID!) {
    inspection(id: $id) {
      id
      status
      failCount
      unnoticedFailures
      viewerSteps
      notices { id reference }
      items { id text result notice { id reference } }
    }
  }
`);
const List = graphql(`
  query InspList($filter: InspectionFilter) {
    inspections(filter: $filter, first: 100) { totalCount nodes { id type status site { code } } }
  }
`);
const Regularity = graphql(`
  query InspRegularity($siteCode: String, $intervalDays: Int) {
    inspectionRegularity(siteCode: $siteCode, intervalDays: $intervalDays) {
      site { code }
      type
      intervalDays
      overdue
      dueBy
      lastPerformedAt
      lastInspection { id }
      nextPlanned { id }
    }
  }
`);
const Open = graphql(`
  mutation InspOpenNotice($input: OpenCaseInput!) {
    openCase(input: $input) {
      case {
        id
        reference
        kind
        status
        resolutionDueAt
        department { key }
        site { code }
        details {
          __typename
          ... on RectificationDetails {
            origin
            sourceLabel
            addresseeType
            addresseeName
            addresseeDepartment { key }
            requirement
            area { id }
            inspection { id }
            inspectionItem { id }
            verified
          }
        }
      }
      userErrors { field code }
    }
  }
`);
const Notice = graphql(`
  query InspNotice($id: ID!) {
    case(id: $id) {
      id
      status
      overdue
      resolutionDueAt
      viewerSteps
      timeline { type note }
      details {
        __typename
        ... on RectificationDetails {
          acknowledgedAt
          acknowledgedByName
          verified
          verifiedByName
          viewerMayAcknowledge
          viewerMayVerify
          followUps { kind note recordedByName }
          reinspections { result note recordedByName newDeadline }
          externalInspection { id }
        }
      }
    }
  }
`);
const Cases = graphql(`
  query InspCases($filter: CaseFilter) {
    cases(filter: $filter, first: 100) { totalCount nodes { id reference } }
  }
`);
const Acknowledge = graphql(`
  mutation InspAcknowledge($input: AcknowledgeRectificationNoticeInput!) {
    acknowledgeRectificationNotice(input: $input) { case { id status } userErrors { field code } }
  }
`);
const FollowUp = graphql(`
  mutation InspFollowUp($input: RecordRectificationFollowUpInput!) {
    recordRectificationFollowUp(input: $input) { case { id status } userErrors { field code } }
  }
`);
const Reinspect = graphql(`
  mutation InspReinspect($input: RecordReinspectionInput!) {
    recordReinspection(input: $input) { case { id status resolutionDueAt } userErrors { field code } }
  }
`);
const Resolve = graphql(`
  mutation InspResolve($input: ResolveCaseInput!) {
    resolveCase(input: $input) { case { id status } userErrors { field code } }
  }
`);
const Close = graphql(`
  mutation InspClose($input: CloseCaseInput!) {
    closeCase(input: $input) { case { id status } userErrors { field code } }
  }
`);
const Reopen = graphql(`
  mutation InspReopen($input: CaseReasonInput!) {
    reopenCase(input: $input) { case { id status } userErrors { field code } }
  }
`);
const Comment = graphql(`
  mutation InspComment($input: CommentOnCaseInput!) {
    commentOnCase(input: $input) { case { id } userErrors { field code } }
  }
`);
const RecordExternal = graphql(`
  mutation InspRecordExternal($input: RecordExternalInspectionInput!) {
    recordExternalInspection(input: $input) {
      externalInspection { id bodyType bodyName receivedBy { username } site { code } viewerMayEdit }
      userErrors { field code }
    }
  }
`);
const UpdateExternal = graphql(`
  mutation InspUpdateExternal($input: UpdateExternalInspectionInput!) {
    updateExternalInspection(input: $input) { externalInspection { id findings } userErrors { field code } }
  }
`);
const VoidExternal = graphql(`
  mutation InspVoidExternal($input: VoidExternalInspectionInput!) {
    voidExternalInspection(input: $input) { externalInspection { id voidReason voidedAt } userErrors { field code } }
  }
`);
const External = graphql(`
  query InspExternal($id: ID!) {
    externalInspection(id: $id) { id findings openNoticeCount notices { id } }
  }
`);
const Externals = graphql(`
  query InspExternals($filter: ExternalInspectionFilter) {
    externalInspections(filter: $filter, first: 100) { totalCount nodes { id } }
  }
`);
const Areas = graphql(`
  query InspAreas($siteCode: String) { areas(siteCode: $siteCode) { id nameZh site { code } } }
`);

const DAY = 24 * 3600_000;
const START = new Date();

let steward: TestSteward;
let clock: TestClock;
let director: Client;
let leader: Client;
let leader2: Client;
let fire: Client;
let officer: Client;
let cs: Client;
let tech: Client;
let manager: Client;
let ids: Map<string, string>;
const areas = new Map<string, string[]>();

const id = (username: string) => ids.get(username) as string;
const inDays = (n: number) => new Date(clock.now().getTime() + n * DAY).toISOString();
const codes = (errors: readonly { code: string }[] | undefined) => (errors ?? []).map((e) => e.code);
const fields = (errors: readonly { field?: readonly string[] | null }[] | undefined) =>
  (errors ?? []).map((e) => e.field?.at(-1));

beforeAll(async () => {
  clock = new TestClock(START);
  steward = await startTestSteward({}, {}, { clock: clock.now });
  const login = (u: string) => steward.login(u);
  [director, leader, leader2, fire] = [
    await login('director'),
    await login('leader'),
    await login('leader2'),
    await login('fire'),
  ];
  [officer, cs, tech, manager] = [
    await login('officer'),
    await login('cs'),
    await login('tech'),
    await login('manager'),
  ];
  ids = await staffIds(steward);
  for (const site of ['CUIHU', 'JINQIAO']) {
    const res = await director.gql(Areas, { siteCode: site });
    areas.set(
      site,
      (res.body.data?.areas ?? []).map((a) => a.id),
    );
  }
});
afterAll(() => steward?.close());

async function plan(as: Client, extra: Record<string, unknown> = {}) {
  const res = await as.gql(Plan, {
    input: {
      type: 'FIRE',
      siteCode: 'CUIHU',
      scheduledFor: inDays(0),
      inspectorIds: [id('director'), id('fire')],
      areaIds: areas.get('CUIHU')?.slice(0, 2),
      ...extra,
    } as never,
  });
  return res.body.data?.planInspection;
}

/** A CUIHU fire inspection performed by the director: item 1 failed, the rest passed; completed. */
async function failedInspection() {
  const planned = await plan(director);
  const inspection = planned?.inspection;
  if (!inspection) throw new Error(JSON.stringify(planned));
  const [first, ...rest] = inspection.items;
  const res = await director.gql(Record, {
    input: {
      inspectionId: inspection.id,
      results: [
        {
          itemId: first?.id as string,
          result: 'FAIL',
          note: '3 栋楼梯间堆放纸箱，堵塞疏散通道',
          areaId: areas.get('CUIHU')?.[0],
        },
        ...rest.map((it) => ({ itemId: it.id, result: 'PASS' as const })),
      ],
    },
  });
  expect(res.body.data?.recordInspectionResults.userErrors).toEqual([]);
  const done = await director.gql(Complete, { input: { inspectionId: inspection.id, summary: '发现一处隐患。' } });
  expect(done.body.data?.completeInspection.userErrors).toEqual([]);
  return { inspectionId: inspection.id, failedItemId: first?.id as string, passedItemId: rest[0]?.id as string };
}

function notice(extra: Record<string, unknown>, rectification: Record<string, unknown>) {
  return {
    kind: 'RECTIFICATION' as const,
    channel: 'INSPECTION' as const,
    title: '3 栋楼梯间堵塞疏散通道',
    description: '消防检查发现 3 栋一楼楼梯间堆放纸箱，堵塞疏散通道。',
    reportedByMe: true,
    siteCode: 'CUIHU',
    dueAt: inDays(3),
    ...extra,
    rectification: {
      origin: 'INSPECTION',
      addresseeType: 'DEPARTMENT',
      addresseeDepartmentKey: 'facilities',
      requirement: '三日内清理楼梯间杂物，保持疏散通道畅通。',
      ...rectification,
    },
  };
}

async function issue(as: Client, extra: Record<string, unknown>, rectification: Record<string, unknown>) {
  return (await as.gql(Open, { input: notice(extra, rectification) as never })).body.data?.openCase;
}

describe('the demo', () => {
  it('shows inspections in use: each type at both sites, notices closed, open and overdue, an external inspection', async () => {
    const all = (await manager.gql(List, { filter: { statuses: ['COMPLETED'] } })).body.data?.inspections.nodes ?? [];
    for (const site of ['CUIHU', 'JINQIAO']) {
      for (const type of ['FIRE', 'SECURITY', 'VEHICLE']) {
        expect(
          all.some((i) => i.site.code === site && i.type === type),
          `${site} ${type}`,
        ).toBe(true);
      }
    }
    const notices = await manager.gql(Cases, { filter: { kinds: ['RECTIFICATION'], statuses: ['CLOSED'] } });
    expect(notices.body.data?.cases.totalCount).toBeGreaterThanOrEqual(1);
    const overdue = await manager.gql(Cases, { filter: { kinds: ['RECTIFICATION'], overdue: true } });
    expect(overdue.body.data?.cases.totalCount).toBeGreaterThanOrEqual(1);
    const brigade = await manager.gql(Externals, { filter: { siteCode: 'CUIHU' } });
    expect(brigade.body.data?.externalInspections.totalCount).toBeGreaterThanOrEqual(1);
  });
});

describe('checklists', () => {
  it('start with a default Chinese checklist per type', async () => {
    const res = await director.gql(Checklists, {});
    const lists = res.body.data?.inspectionChecklists ?? [];
    for (const type of ['FIRE', 'SECURITY', 'VEHICLE'] as const) {
      expect(lists.filter((c) => c.type === type).length).toBeGreaterThan(0);
    }
    const fireList = lists.find((c) => c.type === 'FIRE');
    expect(fireList?.name).toBe('消防安全检查表');
    expect(fireList?.items).toContain('灭火器在有效期内，压力正常，摆放位置正确');
  });

  it('are kept by the director; an edit raises the revision and leaves planned inspections as they were', async () => {
    const created = await director.gql(CreateChecklist, {
      input: { type: 'VEHICLE', name: '地库专项检查表', items: ['地库排水沟通畅', '车位编号清晰'] },
    });
    const list = created.body.data?.createInspectionChecklist.checklist;
    expect(list).toMatchObject({ revision: 1, active: true });
    const planned = await plan(director, { type: 'VEHICLE', checklistId: list?.id });
    expect(planned?.userErrors).toEqual([]);
    expect(planned?.inspection?.items.map((i) => i.text)).toEqual(['地库排水沟通畅', '车位编号清晰']);

    const edited = await director.gql(UpdateChecklist, {
      input: { checklistId: list?.id as string, items: ['地库排水沟通畅', '车位编号清晰', '充电桩完好'] },
    });
    expect(edited.body.data?.updateInspectionChecklist.checklist).toMatchObject({ revision: 2 });
    const again = await director.gql(One, { id: planned?.inspection?.id as string });
    expect(again.body.data?.inspection?.items.map((i) => i.text)).toEqual(['地库排水沟通畅', '车位编号清晰']);

    const retired = await director.gql(UpdateChecklist, { input: { checklistId: list?.id as string, active: false } });
    expect(retired.body.data?.updateInspectionChecklist.checklist?.active).toBe(false);
    const refused = await plan(director, { type: 'VEHICLE', checklistId: list?.id });
    expect(refused?.userErrors).toEqual([{ field: ['input', 'checklistId'], code: 'INVALID' }]);
  });

  it('refuse bad input naming the field, and anyone but the director', async () => {
    const bad = await director.gql(CreateChecklist, { input: { type: 'FIRE', name: 'x'.repeat(51), items: [] } });
    expect(bad.body.data?.createInspectionChecklist.userErrors).toEqual([
      { field: ['input', 'name'], code: 'TOO_LONG' },
      { field: ['input', 'items'], code: 'REQUIRED' },
    ]);
    const twice = await director.gql(CreateChecklist, { input: { type: 'FIRE', name: '重复', items: ['a', 'a'] } });
    expect(codes(twice.body.data?.createInspectionChecklist.userErrors)).toEqual(['INVALID']);
    for (const who of [leader, fire, officer]) {
      const res = await who.gql(CreateChecklist, { input: { type: 'FIRE', name: '越权', items: ['a'] } });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('planning and performing an inspection', () => {
  it('plans with the checklist copied in, by those whose grant reaches the site', async () => {
    const before = await auditCount(steward, { action: 'inspection.plan' });
    const planned = await plan(director);
    expect(planned?.userErrors).toEqual([]);
    expect(planned?.inspection).toMatchObject({
      type: 'FIRE',
      status: 'PLANNED',
      checklistName: '消防安全检查表',
      site: { code: 'CUIHU' },
      inspectors: [{ username: 'director' }, { username: 'fire' }],
      pendingCount: 11,
    });
    expect(planned?.inspection?.viewerSteps).toEqual(['RECORD', 'CANCEL']);
    expect(await auditCount(steward, { action: 'inspection.plan' })).toBe(before + 1);

    // A shift leader plans at their own site (with themselves inspecting), never at another.
    const mine = await plan(leader, { type: 'SECURITY', inspectorIds: [id('leader')], areaIds: [] });
    expect(mine?.userErrors).toEqual([]);
    const elsewhere = await leader.gql(Plan, {
      input: {
        type: 'SECURITY',
        siteCode: 'JINQIAO',
        scheduledFor: inDays(1),
        inspectorIds: [id('director')],
      },
    });
    expect(elsewhere.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Officers and customer service plan none.
    for (const who of [officer, cs]) {
      const res = await who.gql(Plan, {
        input: { type: 'FIRE', siteCode: 'CUIHU', scheduledFor: inDays(1), inspectorIds: [id('director')] },
      });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses bad plans, naming the field', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ inspectorIds: [] }, 'inspectorIds', 'REQUIRED'],
      [{ inspectorIds: [id('leader2')] }, 'inspectorIds', 'INVALID'],
      [{ inspectorIds: [id('officer')] }, 'inspectorIds', 'NOT_PERMITTED'],
      [{ areaIds: areas.get('JINQIAO')?.slice(0, 1) }, 'areaIds', 'INVALID'],
      [{ scheduledFor: inDays(400) }, 'scheduledFor', 'OUT_OF_RANGE'],
      [{ scope: 'x'.repeat(501) }, 'scope', 'TOO_LONG'],
      [{ checklistId: 'bm9wZQ' }, 'checklistId', 'NOT_FOUND'],
    ];
    for (const [extra, field, code] of cases) {
      const res = await plan(director, extra);
      expect(res?.userErrors, JSON.stringify(extra)).toEqual([{ field: ['input', field], code }]);
    }
    const fireList = (await director.gql(Checklists, { type: 'FIRE' })).body.data?.inspectionChecklists[0];
    const wrongType = await plan(director, { type: 'SECURITY', checklistId: fireList?.id });
    expect(wrongType?.userErrors).toEqual([{ field: ['input', 'checklistId'], code: 'INVALID' }]);
    const noSite = await plan(director, { siteCode: 'NOWHERE' });
    expect(noSite?.userErrors).toEqual([{ field: ['input', 'siteCode'], code: 'NOT_FOUND' }]);
  });

  it('records results (a failure needs a note), completes only when every item has one, then is final', async () => {
    const planned = (await plan(director))?.inspection;
    if (!planned) throw new Error('not planned');
    const [a, b, ...rest] = planned.items;
    const noNote = await director.gql(Record, {
      input: { inspectionId: planned.id, results: [{ itemId: a?.id as string, result: 'FAIL' }] },
    });
    expect(noNote.body.data?.recordInspectionResults.userErrors).toEqual([
      { field: ['input', 'results'], code: 'REQUIRED' },
    ]);
    const future = await director.gql(Record, {
      input: {
        inspectionId: planned.id,
        performedAt: inDays(1),
        results: [{ itemId: a?.id as string, result: 'PASS' }],
      },
    });
    expect(future.body.data?.recordInspectionResults.userErrors).toEqual([
      { field: ['input', 'performedAt'], code: 'OUT_OF_RANGE' },
    ]);
    const other = (await plan(director))?.inspection;
    const foreign = await director.gql(Record, {
      input: { inspectionId: planned.id, results: [{ itemId: other?.items[0]?.id as string, result: 'PASS' }] },
    });
    expect(codes(foreign.body.data?.recordInspectionResults.userErrors)).toEqual(['NOT_FOUND']);

    const first = await fire.gql(Record, {
      input: {
        inspectionId: planned.id,
        results: [
          { itemId: a?.id as string, result: 'FAIL', note: '2 号楼灭火器过期', areaId: areas.get('CUIHU')?.[1] },
          { itemId: b?.id as string, result: 'N_A' },
        ],
      },
    });
    expect(first.body.data?.recordInspectionResults.inspection).toMatchObject({
      status: 'IN_PROGRESS',
      failCount: 1,
      notApplicableCount: 1,
      pendingCount: rest.length,
    });
    expect(first.body.data?.recordInspectionResults.inspection?.performedAt).toBeTruthy();
    const early = await director.gql(Complete, { input: { inspectionId: planned.id } });
    expect(early.body.data?.completeInspection.userErrors).toEqual([
      { field: ['input', 'inspectionId'], code: 'REQUIRED' },
    ]);

    // A shift leader at the site sees it and may issue notices from it but, not inspecting it, records nothing.
    const seen = await leader.gql(One, { id: planned.id });
    expect(seen.body.data?.inspection?.viewerSteps).toEqual(['ISSUE_NOTICE']);
    const notMine = await leader.gql(Record, {
      input: { inspectionId: planned.id, results: [{ itemId: rest[0]?.id as string, result: 'PASS' }] },
    });
    expect(notMine.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await director.gql(Record, {
      input: { inspectionId: planned.id, results: rest.map((it) => ({ itemId: it.id, result: 'PASS' as const })) },
    });
    const done = await director.gql(Complete, { input: { inspectionId: planned.id, summary: '总体良好。' } });
    expect(done.body.data?.completeInspection.inspection).toMatchObject({ status: 'COMPLETED', summary: '总体良好。' });
    expect(done.body.data?.completeInspection.inspection?.viewerSteps).toEqual(['ISSUE_NOTICE']);
    const after = await director.gql(Record, {
      input: { inspectionId: planned.id, results: [{ itemId: a?.id as string, result: 'PASS' }] },
    });
    expect(codes(after.body.data?.recordInspectionResults.userErrors)).toEqual(['INVALID_TRANSITION']);
    const cancel = await director.gql(Cancel, { input: { inspectionId: planned.id, reason: '不需要' } });
    expect(codes(cancel.body.data?.cancelInspection.userErrors)).toEqual(['INVALID_TRANSITION']);
    const one = await director.gql(One, { id: planned.id });
    expect(one.body.data?.inspection).toMatchObject({ failCount: 1, unnoticedFailures: 1 });
  });

  it('cancels with a reason; completing a planned one asks for results first', async () => {
    const planned = (await plan(director))?.inspection;
    const early = await director.gql(Complete, { input: { inspectionId: planned?.id as string } });
    expect(codes(early.body.data?.completeInspection.userErrors)).toEqual(['INVALID_TRANSITION']);
    const noReason = await director.gql(Cancel, { input: { inspectionId: planned?.id as string, reason: ' ' } });
    expect(noReason.body.data?.cancelInspection.userErrors).toEqual([{ field: ['input', 'reason'], code: 'REQUIRED' }]);
    const res = await director.gql(Cancel, { input: { inspectionId: planned?.id as string, reason: '暴雨改期' } });
    expect(res.body.data?.cancelInspection.inspection).toMatchObject({ status: 'CANCELLED', cancelReason: '暴雨改期' });
  });

  it('shows each viewer what their grant reaches, and nothing out of scope', async () => {
    const cuihu = (await plan(director))?.inspection?.id as string;
    const jinqiao = (await plan(director, { siteCode: 'JINQIAO', areaIds: [] }))?.inspection?.id as string;
    // The shift leader (SITE, CUIHU) sees CUIHU's, not JINQIAO's; leader2 the other way round.
    expect((await leader.gql(One, { id: cuihu })).body.data?.inspection?.id).toBe(cuihu);
    expect((await leader.gql(One, { id: jinqiao })).body.data?.inspection).toBeNull();
    expect((await leader2.gql(One, { id: cuihu })).body.data?.inspection).toBeNull();
    const listed = (await leader.gql(List, { filter: {} })).body.data?.inspections.nodes ?? [];
    expect(listed.every((i) => i.site.code === 'CUIHU')).toBe(true);
    // The manager sees everything; customer service's department grant reaches no inspections.
    expect((await manager.gql(One, { id: jinqiao })).body.data?.inspection?.id).toBe(jinqiao);
    expect((await cs.gql(List, { filter: {} })).body.data?.inspections.totalCount).toBe(0);
    // An officer holds no inspection grant at all.
    expect((await officer.gql(List, { filter: {} })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const filtered = (
      await director.gql(List, { filter: { siteCode: 'JINQIAO', type: 'FIRE', statuses: ['PLANNED'] } })
    ).body.data?.inspections.nodes;
    expect(filtered?.map((i) => i.id)).toContain(jinqiao);
    expect(filtered?.every((i) => i.site.code === 'JINQIAO' && i.type === 'FIRE' && i.status === 'PLANNED')).toBe(true);
  });
});

describe('rectification notices (整改通知书)', () => {
  it('are issued in one step from a failed item, through the case engine, once per item', async () => {
    const { inspectionId, failedItemId, passedItemId } = await failedInspection();
    const area = areas.get('CUIHU')?.[0];
    const res = await issue(director, {}, { sourceId: failedItemId, areaId: area });
    expect(res?.userErrors).toEqual([]);
    const c = res?.case;
    expect(c?.reference).toMatch(/^ZG-\d{8}-\d{4}$/);
    expect(c).toMatchObject({
      kind: 'RECTIFICATION',
      status: 'OPEN',
      department: { key: 'order_maintenance' },
      site: { code: 'CUIHU' },
      details: {
        __typename: 'RectificationDetails',
        origin: 'INSPECTION',
        sourceLabel: '消防通道、疏散通道畅通，无堆放杂物、无占用',
        addresseeType: 'DEPARTMENT',
        addresseeDepartment: { key: 'facilities' },
        requirement: '三日内清理楼梯间杂物，保持疏散通道畅通。',
        area: { id: area },
        inspection: { id: inspectionId },
        inspectionItem: { id: failedItemId },
        verified: false,
      },
    });
    // The deadline is the one given: the engine's result deadline.
    expect(new Date(String(c?.resolutionDueAt)).getTime()).toBe(new Date(inDays(3)).getTime());
    const one = (await director.gql(One, { id: inspectionId })).body.data?.inspection;
    expect(one?.unnoticedFailures).toBe(0);
    expect(one?.items.find((i) => i.id === failedItemId)?.notice?.reference).toBe(c?.reference);
    expect(one?.notices.map((n) => n.id)).toEqual([c?.id]);

    const again = await issue(director, {}, { sourceId: failedItemId });
    expect(again?.userErrors).toEqual([{ field: ['input', 'sourceId'], code: 'ALREADY_DONE' }]);
    const passed = await issue(director, {}, { sourceId: passedItemId });
    expect(passed?.userErrors).toEqual([{ field: ['input', 'sourceId'], code: 'INVALID' }]);
  });

  it('refuse bad notices, naming the field', async () => {
    const { failedItemId } = await failedInspection();
    const cases: [Record<string, unknown>, Record<string, unknown>, string, string][] = [
      [{ dueAt: null }, { sourceId: failedItemId }, 'dueAt', 'REQUIRED'],
      [{ dueAt: inDays(-1) }, { sourceId: failedItemId }, 'dueAt', 'OUT_OF_RANGE'],
      [{}, { sourceId: null }, 'sourceId', 'REQUIRED'],
      [{}, { sourceId: failedItemId, requirement: '' }, 'requirement', 'REQUIRED'],
      [{}, { sourceId: failedItemId, requirement: 'x'.repeat(1001) }, 'requirement', 'TOO_LONG'],
      [{}, { sourceId: failedItemId, addresseeDepartmentKey: null }, 'addresseeDepartmentKey', 'REQUIRED'],
      [{}, { sourceId: failedItemId, addresseeDepartmentKey: 'nope' }, 'addresseeDepartmentKey', 'NOT_FOUND'],
      [
        {},
        { sourceId: failedItemId, addresseeType: 'CONTRACTOR', addresseeDepartmentKey: null },
        'addresseeName',
        'REQUIRED',
      ],
      [{ siteCode: 'JINQIAO' }, { sourceId: failedItemId }, 'siteCode', 'INVALID'],
      [{}, { sourceId: failedItemId, areaId: areas.get('JINQIAO')?.[0] }, 'areaId', 'INVALID'],
      [{}, { origin: 'OTHER', sourceId: failedItemId }, 'sourceId', 'INVALID'],
      [{}, { origin: 'EXTERNAL_INSPECTION', sourceId: null }, 'sourceId', 'REQUIRED'],
    ];
    for (const [extra, rect, field, code] of cases) {
      const res = await issue(director, extra, rect);
      expect(res?.userErrors, JSON.stringify([extra, rect])).toEqual([{ field: ['input', field], code }]);
    }
    const none = await director.gql(Open, { input: { ...notice({}, {}), rectification: null } as never });
    expect(codes(none.body.data?.openCase.userErrors)).toContain('REQUIRED');
    expect(fields(none.body.data?.openCase.userErrors)).toContain('rectification');
  });

  it('are issued directly (a patrol finding, other) by holders of inspection.create at their sites only', async () => {
    const direct = await issue(
      leader,
      { channel: 'PATROL', title: '北门道闸电线裸露', description: '巡查发现北门道闸立柱电线裸露。' },
      {
        origin: 'PATROL',
        addresseeType: 'CONTRACTOR',
        addresseeDepartmentKey: null,
        addresseeName: '捷顺道闸维保公司',
      },
    );
    expect(direct?.userErrors).toEqual([]);
    expect(direct?.case?.details).toMatchObject({
      origin: 'PATROL',
      addresseeType: 'CONTRACTOR',
      addresseeName: '捷顺道闸维保公司',
    });
    const elsewhere = await issue(leader, { siteCode: 'JINQIAO' }, { origin: 'OTHER' });
    expect(elsewhere?.userErrors).toEqual([{ field: ['input', 'siteCode'], code: 'NOT_PERMITTED' }]);
    for (const who of [officer, cs, tech]) {
      const res = await who.gql(Open, { input: notice({}, { origin: 'OTHER' }) as never });
      expect(res.body.errors?.[0]?.extensions?.code, 'no inspection.create').toBe('FORBIDDEN');
    }
  });

  it('reach the addressee department, who acknowledge them; others out of scope see nothing', async () => {
    const c = (await issue(director, { title: '配电房门锁损坏' }, { origin: 'OTHER' }))?.case;
    const caseId = c?.id as string;
    // The facilities technician (no inspection grant) sees it, as its addressee; customer service does not.
    const seen = (await tech.gql(Notice, { id: caseId })).body.data?.case;
    expect(seen?.id).toBe(caseId);
    expect(seen?.viewerSteps.sort()).toEqual(['COMMENT', 'UPDATE_DETAILS']);
    expect(seen?.details).toMatchObject({ viewerMayAcknowledge: true, viewerMayVerify: false });
    expect(
      (await tech.gql(Cases, { filter: { kinds: ['RECTIFICATION'] } })).body.data?.cases.nodes.map((n) => n.id),
    ).toContain(caseId);
    expect((await cs.gql(Notice, { id: caseId })).body.data?.case).toBeNull();
    expect((await leader2.gql(Notice, { id: caseId })).body.data?.case).toBeNull();

    // The addressee may comment and acknowledge, not re-inspect nor write the result.
    const reinspect = await tech.gql(Reinspect, { input: { caseId, result: 'FIXED' } });
    expect(reinspect.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const comment = await tech.gql(Comment, { input: { caseId, note: '已安排更换门锁，周五前完成。' } });
    expect(comment.body.data?.commentOnCase.userErrors).toEqual([]);
    const ack = await tech.gql(Acknowledge, { input: { caseId } });
    expect(ack.body.data?.acknowledgeRectificationNotice.case?.status).toBe('IN_PROGRESS');
    const after = (await director.gql(Notice, { id: caseId })).body.data?.case;
    expect(after?.details).toMatchObject({ acknowledgedByName: '郑海', viewerMayAcknowledge: false });
    expect(after?.details && 'acknowledgedAt' in after.details && after.details.acknowledgedAt).toBeTruthy();
    const resolve = await tech.gql(Resolve, { input: { caseId, result: '已修好' } });
    expect(resolve.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const twice = await tech.gql(Acknowledge, { input: { caseId } });
    expect(codes(twice.body.data?.acknowledgeRectificationNotice.userErrors)).toEqual(['ALREADY_DONE']);
  });

  it('record who signed for a customer or contractor, and the help given (协助处理) on the timeline', async () => {
    const c = (
      await issue(
        director,
        { title: '5 栋商铺占用消防通道' },
        {
          origin: 'OTHER',
          addresseeType: 'CUSTOMER',
          addresseeDepartmentKey: null,
          addresseeName: '5 栋一层 便利店 李老板',
        },
      )
    )?.case;
    const caseId = c?.id as string;
    // Customer service sees notices to customers (and may help), the rest of its department's cases aside.
    expect((await cs.gql(Notice, { id: caseId })).body.data?.case?.id).toBe(caseId);
    // Whoever records it — order maintenance, or customer service passing it on — names who signed.
    for (const who of [director, cs]) {
      const unsigned = await who.gql(Acknowledge, { input: { caseId } });
      expect(unsigned.body.data?.acknowledgeRectificationNotice.userErrors).toEqual([
        { field: ['input', 'acknowledgedByName'], code: 'REQUIRED' },
      ]);
    }
    const future = await director.gql(Acknowledge, { input: { caseId, acknowledgedByName: '李老板', at: inDays(1) } });
    expect(codes(future.body.data?.acknowledgeRectificationNotice.userErrors)).toEqual(['OUT_OF_RANGE']);
    const signed = await director.gql(Acknowledge, { input: { caseId, acknowledgedByName: '李老板' } });
    expect(signed.body.data?.acknowledgeRectificationNotice.userErrors).toEqual([]);
    const help = await fire.gql(FollowUp, {
      input: { caseId, kind: 'ASSISTANCE', note: '协助商户联系搬运，腾出通道。' },
    });
    expect(help.body.data?.recordRectificationFollowUp.userErrors).toEqual([]);
    const empty = await fire.gql(FollowUp, { input: { caseId, kind: 'VISIT', note: '' } });
    expect(empty.body.data?.recordRectificationFollowUp.userErrors).toEqual([
      { field: ['input', 'note'], code: 'REQUIRED' },
    ]);
    const byCs = await cs.gql(FollowUp, { input: { caseId, kind: 'VISIT', note: '客服回访' } });
    expect(byCs.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const seen = (await director.gql(Notice, { id: caseId })).body.data?.case;
    expect(seen?.details).toMatchObject({
      acknowledgedByName: '李老板',
      followUps: [{ kind: 'ASSISTANCE', note: '协助商户联系搬运，腾出通道。', recordedByName: '赵敏' }],
    });
    expect(seen?.timeline.map((e) => e.type)).toEqual(['OPENED', 'DETAILS_UPDATED', 'DETAILS_UPDATED']);
    expect(seen?.timeline.at(-1)?.note).toBe('协助商户联系搬运，腾出通道。');
  });

  it('cannot be resolved or closed without a re-inspection that found it fixed', async () => {
    const { failedItemId } = await failedInspection();
    const c = (await issue(director, {}, { sourceId: failedItemId }))?.case;
    const caseId = c?.id as string;
    const verificationRequired = [{ field: ['input', 'reinspection'], code: 'VERIFICATION_REQUIRED' }];

    // Open: no result, no closing.
    const close0 = await director.gql(Close, { input: { caseId } });
    expect(codes(close0.body.data?.closeCase.userErrors)).toEqual(['INVALID_TRANSITION']);
    await tech.gql(Acknowledge, { input: { caseId } });
    const resolve0 = await director.gql(Resolve, { input: { caseId, result: '已整改' } });
    expect(resolve0.body.data?.resolveCase.userErrors).toEqual(verificationRequired);

    // Not fixed: a note is required; a new deadline moves the due date; still no result.
    const noNote = await director.gql(Reinspect, { input: { caseId, result: 'NOT_FIXED' } });
    expect(noNote.body.data?.recordReinspection.userErrors).toEqual([{ field: ['input', 'note'], code: 'REQUIRED' }]);
    const badDeadline = await director.gql(Reinspect, {
      input: { caseId, result: 'NOT_FIXED', note: '仍有纸箱', newDeadline: inDays(-1) },
    });
    expect(badDeadline.body.data?.recordReinspection.userErrors).toEqual([
      { field: ['input', 'newDeadline'], code: 'OUT_OF_RANGE' },
    ]);
    const notFixed = await director.gql(Reinspect, {
      input: { caseId, result: 'NOT_FIXED', note: '楼梯间仍有两个纸箱', newDeadline: inDays(5) },
    });
    expect(notFixed.body.data?.recordReinspection.case).toMatchObject({ status: 'IN_PROGRESS' });
    expect(new Date(String(notFixed.body.data?.recordReinspection.case?.resolutionDueAt)).getTime()).toBe(
      new Date(inDays(5)).getTime(),
    );
    const resolve1 = await director.gql(Resolve, { input: { caseId, result: '已整改' } });
    expect(resolve1.body.data?.resolveCase.userErrors).toEqual(verificationRequired);
    const close1 = await director.gql(Close, { input: { caseId } });
    expect(codes(close1.body.data?.closeCase.userErrors)).toEqual(['INVALID_TRANSITION']);

    // Fixed (a new deadline makes no sense then): the result may be written, and the director closes.
    const fixedLate = await director.gql(Reinspect, { input: { caseId, result: 'FIXED', newDeadline: inDays(2) } });
    expect(codes(fixedLate.body.data?.recordReinspection.userErrors)).toEqual(['INVALID']);
    const fixed = await fire.gql(Reinspect, { input: { caseId, result: 'FIXED', note: '通道已清空' } });
    expect(fixed.body.data?.recordReinspection.userErrors).toEqual([]);
    const verified = (await director.gql(Notice, { id: caseId })).body.data?.case?.details;
    expect(verified).toMatchObject({ verified: true, verifiedByName: '赵敏' });
    const resolved = await fire.gql(Resolve, { input: { caseId, result: '复查确认已整改，通道畅通。' } });
    expect(resolved.body.data?.resolveCase.case?.status).toBe('RESOLVED');
    // The fire supervisor handles notices; only the director (approve) closes them.
    const byFire = await fire.gql(Close, { input: { caseId } });
    expect(byFire.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const closed = await director.gql(Close, { input: { caseId } });
    expect(closed.body.data?.closeCase.case?.status).toBe('CLOSED');

    // Reopened and found not fixed again: no result until another re-inspection finds it fixed.
    await director.gql(Reopen, { input: { caseId, reason: '业主反映又堆放杂物' } });
    await director.gql(Reinspect, { input: { caseId, result: 'NOT_FIXED', note: '又堆了杂物' } });
    const resolve2 = await director.gql(Resolve, { input: { caseId, result: '已整改' } });
    expect(resolve2.body.data?.resolveCase.userErrors).toEqual(verificationRequired);
  });

  it('fall overdue past their deadline, in the engine’s overdue list', async () => {
    const c = (await issue(director, { title: '地库消防栓被遮挡', dueAt: inDays(1) }, { origin: 'OTHER' }))?.case;
    const caseId = c?.id as string;
    expect((await director.gql(Notice, { id: caseId })).body.data?.case?.overdue).toBe(false);
    clock.advance(2 * DAY);
    expect((await director.gql(Notice, { id: caseId })).body.data?.case?.overdue).toBe(true);
    const overdue = await director.gql(Cases, { filter: { kinds: ['RECTIFICATION'], overdue: true } });
    expect(overdue.body.data?.cases.nodes.map((n) => n.id)).toContain(caseId);
  });
});

describe('external inspections (接受有关部门检查)', () => {
  const input = (extra: Record<string, unknown> = {}) => ({
    siteCode: 'CUIHU',
    bodyType: 'FIRE' as const,
    bodyName: '湖滨区消防救援大队',
    inspectedAt: new Date(clock.now().getTime() - 3600_000).toISOString(),
    scope: '消防控制室、地下车库、高层住宅楼',
    findings: '2 栋消防栓箱门损坏；地库 B1 应急照明不亮。',
    documentsProvided: '消防设施维保记录、消防控制室值班记录',
    ...extra,
  });

  it('are recorded by the director, with their required actions as notices', async () => {
    const res = await director.gql(RecordExternal, { input: input() });
    const e = res.body.data?.recordExternalInspection.externalInspection;
    expect(e).toMatchObject({
      bodyType: 'FIRE',
      receivedBy: { username: 'director' },
      site: { code: 'CUIHU' },
      viewerMayEdit: true,
    });
    const externalId = e?.id as string;
    const action = await issue(
      director,
      { title: '2 栋消防栓箱门损坏', channel: 'INSPECTION' },
      { origin: 'EXTERNAL_INSPECTION', sourceId: externalId },
    );
    expect(action?.userErrors).toEqual([]);
    const seen = (await director.gql(External, { id: externalId })).body.data?.externalInspection;
    expect(seen).toMatchObject({ openNoticeCount: 1, notices: [{ id: action?.case?.id }] });
    const link = (await director.gql(Notice, { id: action?.case?.id as string })).body.data?.case?.details;
    expect(link).toMatchObject({ externalInspection: { id: externalId } });

    const updated = await director.gql(UpdateExternal, {
      input: { externalInspectionId: externalId, findings: '已补充' },
    });
    expect(updated.body.data?.updateExternalInspection.externalInspection?.findings).toBe('已补充');
    // Voiding waits for its open notices.
    const early = await director.gql(VoidExternal, { input: { externalInspectionId: externalId, reason: '重复登记' } });
    expect(codes(early.body.data?.voidExternalInspection.userErrors)).toEqual(['CONFLICT']);
    // The manager sees it; nobody else holds the grant.
    expect((await manager.gql(External, { id: externalId })).body.data?.externalInspection?.id).toBe(externalId);
    for (const who of [leader, cs, fire]) {
      expect((await who.gql(Externals, {})).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuse bad input naming the field, and receivers without the authority (DIR-10)', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ bodyName: '' }, 'bodyName', 'REQUIRED'],
      [{ findings: 'x'.repeat(2001) }, 'findings', 'TOO_LONG'],
      [{ inspectedAt: inDays(1) }, 'inspectedAt', 'OUT_OF_RANGE'],
      [{ receivedById: id('leader') }, 'receivedById', 'NOT_PERMITTED'],
    ];
    for (const [extra, field, code] of cases) {
      const res = await director.gql(RecordExternal, { input: input(extra) });
      expect(res.body.data?.recordExternalInspection.userErrors, field).toEqual([{ field: ['input', field], code }]);
    }
    const byLeader = await leader.gql(RecordExternal, { input: input() });
    expect(byLeader.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const e = (await director.gql(RecordExternal, { input: input({ bodyType: 'NEIGHBOUR', bodyName: '翠湖小学' }) }))
      .body.data?.recordExternalInspection.externalInspection;
    const noReason = await director.gql(VoidExternal, { input: { externalInspectionId: e?.id as string, reason: '' } });
    expect(noReason.body.data?.voidExternalInspection.userErrors).toEqual([
      { field: ['input', 'reason'], code: 'REQUIRED' },
    ]);
    const voided = await director.gql(VoidExternal, {
      input: { externalInspectionId: e?.id as string, reason: '登记错误' },
    });
    expect(voided.body.data?.voidExternalInspection.externalInspection?.voidReason).toBe('登记错误');
    const listed = (await director.gql(Externals, { filter: { siteCode: 'CUIHU' } })).body.data?.externalInspections
      .nodes;
    expect(listed?.map((x) => x.id)).not.toContain(e?.id);
  });
});

describe('regularity (C11)', () => {
  it('tells per site and type the last inspection and whether one is overdue (default monthly)', async () => {
    await failedInspection();
    const now = (await director.gql(Regularity, { siteCode: 'CUIHU' })).body.data?.inspectionRegularity ?? [];
    expect(now.map((r) => r.type).sort()).toEqual(['FIRE', 'SECURITY', 'VEHICLE']);
    const fireRow = now.find((r) => r.type === 'FIRE');
    expect(fireRow).toMatchObject({ intervalDays: 30, overdue: false, site: { code: 'CUIHU' } });
    expect(fireRow?.lastInspection).not.toBeNull();
    // Forty days on, with nothing inspected since, the fire inspection is overdue.
    clock.advance(40 * DAY);
    const later = (await director.gql(Regularity, { siteCode: 'CUIHU' })).body.data?.inspectionRegularity ?? [];
    expect(later.find((r) => r.type === 'FIRE')?.overdue).toBe(true);
    const lenient = (await director.gql(Regularity, { siteCode: 'CUIHU', intervalDays: 90 })).body.data
      ?.inspectionRegularity;
    expect(lenient?.find((r) => r.type === 'FIRE')).toMatchObject({ intervalDays: 90, overdue: false });
    const bad = await director.gql(Regularity, { intervalDays: 0 });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // A shift leader follows their own site only.
    const mine = (await leader.gql(Regularity, {})).body.data?.inspectionRegularity ?? [];
    expect(new Set(mine.map((r) => r.site.code))).toEqual(new Set(['CUIHU']));
  });
});
