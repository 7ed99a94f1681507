import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { auditCount } from '../support/org.js';
import { type Client, startTestSteward, TestClock, type TestSteward } from '../support/steward.js';

/** Incidents (R16) and their escalation up the live duty chain (R17, SL-2, DIR-4, DIR-10, C7–C9). */
const Report = graphql(`
  mutation IncidentsReport($input: OpenCaseInput!) {
    openCase(input: $input) {
      case {
        id
        reference
        kind
        severity
        site { code }
        area
        escalatedAt
        details {
          __typename
          ... on IncidentDetails { occurredAt reportedLate reportDelayMinutes reportDeadlineMinutes actionsTaken area { nameZh } authorities { authority reference } }
        }
        escalations { level toName onDuty reason waiting acknowledgedAt passedOnAt reminders sentByName }
        currentEscalation { level toName waiting }
      }
      userErrors { field code }
    }
  }
`);
const One = graphql(`
  query IncidentsOne($id: ID!) {
    case(id: $id) {
      id
      status
      escalatedTo { username }
      escalations { level toName onDuty reason waiting acknowledgedAt passedOnAt reminders note sentByName }
      timeline { type }
      details { ... on IncidentDetails { actionsTaken losses authorities { authority reference } } }
    }
  }
`);
const Acknowledge = graphql(`
  mutation IncidentsAck($input: CaseStepInput!) {
    acknowledgeEscalation(input: $input) { case { id currentEscalation { level waiting acknowledgedAt note } } userErrors { field code } }
  }
`);
const Escalate = graphql(`
  mutation IncidentsEscalate($input: EscalateCaseInput!) {
    escalateCase(input: $input) { case { id escalatedTo { username } currentEscalation { level reason toName } } userErrors { field code } }
  }
`);
const Update = graphql(`
  mutation IncidentsUpdate($input: UpdateIncidentInput!) {
    updateIncident(input: $input) { case { id details { ... on IncidentDetails { actionsTaken losses authorities { authority reference } } } } userErrors { field code } }
  }
`);
const Policy = graphql(
  `query IncidentsPolicy { incidentPolicy { reportMinutes fireReportMinutes ackMinutes updatedByName } }`,
);
const SetPolicy = graphql(`
  mutation IncidentsSetPolicy($input: UpdateIncidentPolicyInput!) {
    updateIncidentPolicy(input: $input) { policy { reportMinutes fireReportMinutes ackMinutes } userErrors { field code } }
  }
`);
const Areas = graphql(`query IncidentsAreas($siteCode: String) { areas(siteCode: $siteCode) { id nameZh } }`);
const Teams = graphql(`query IncidentsTeams($siteCode: String) { teams(siteCode: $siteCode) { id name } }`);
const Patterns = graphql(
  `query IncidentsPatterns($siteCode: String) { shiftPatterns(siteCode: $siteCode) { id code } }`,
);
const Generate = graphql(`
  mutation IncidentsGenerate($input: GenerateRosterInput!) { generateRoster(input: $input) { userErrors { field code } } }
`);

const MINUTE = 60_000;
let steward: TestSteward;
let clock: TestClock;
let director: Client;
let manager: Client;
let leader: Client;
let leader3: Client;
let officer: Client;
let officer2: Client;
let clerk: Client;
let areaCuihu: string;
let areaJinqiao: string;

/** An incident as an officer on patrol reports it. */
function incident(over: Record<string, unknown> = {}, details: Record<string, unknown> = {}) {
  return {
    kind: 'PUBLIC_ORDER' as const,
    channel: 'PATROL' as const,
    title: '地下车库有人撬车门',
    description: '巡查发现两名可疑人员在 B1 撬车门，已喝止，一人逃离。',
    reportedByMe: true,
    siteCode: 'CUIHU',
    ...over,
    incident: { occurredAt: new Date(clock.now().getTime() - 10 * MINUTE).toISOString(), ...details },
  };
}

beforeAll(async () => {
  // Monday 2 March 2026, 10:00 in Shanghai: far from the demo roster; 二班 (何军, leader3) has the
  // day shift by the roster generated below, while 刘强 (leader) is the first shift leader on file.
  clock = new TestClock(new Date('2026-03-02T02:00:00Z'));
  steward = await startTestSteward({}, {}, { clock: clock.now });
  director = await steward.login('director');
  manager = await steward.login('manager');
  leader = await steward.login('leader');
  leader3 = await steward.login('leader3');
  officer = await steward.login('officer');
  officer2 = await steward.login('officer2');
  clerk = await steward.login('clerk');
  const teams = (await director.gql(Teams, { siteCode: 'CUIHU' })).body.data?.teams ?? [];
  const patterns = (await director.gql(Patterns, { siteCode: 'CUIHU' })).body.data?.shiftPatterns ?? [];
  const day = patterns.find((p) => p.code === 'DAY')?.id as string;
  const generated = await director.gql(Generate, {
    input: {
      teamId: teams.find((t) => t.name === '二班')?.id as string,
      from: '2026-03-02',
      to: '2026-03-02',
      rotation: [day],
    },
  });
  expect(generated.body.data?.generateRoster.userErrors).toEqual([]);
  areaCuihu = (await director.gql(Areas, { siteCode: 'CUIHU' })).body.data?.areas[0]?.id as string;
  areaJinqiao = (await director.gql(Areas, { siteCode: 'JINQIAO' })).body.data?.areas[0]?.id as string;
  expect(areaCuihu && areaJinqiao).toBeTruthy();
});
afterAll(() => steward?.close());

describe('reporting an incident', () => {
  it('records when and where it happened, who reported it and what was done; a general one waits for no one', async () => {
    const res = await officer.gql(Report, {
      input: incident(
        { severity: 'GENERAL' },
        {
          areaId: areaCuihu,
          actionsTaken: '已喝止并通知监控室',
          authorities: [{ authority: 'POLICE', notifiedAt: clock.now().toISOString(), reference: '110-0302-17' }],
        },
      ),
    });
    const c = res.body.data?.openCase;
    expect(c?.userErrors).toEqual([]);
    expect(c?.case?.reference).toMatch(/^ZA-20260302-\d{4}$/);
    expect(c?.case?.details).toMatchObject({
      __typename: 'IncidentDetails',
      reportedLate: false,
      reportDelayMinutes: 10,
      reportDeadlineMinutes: 30,
      actionsTaken: '已喝止并通知监控室',
      authorities: [{ authority: 'POLICE', reference: '110-0302-17' }],
    });
    expect(c?.case?.escalations).toEqual([]);
  });

  it('flags a report later than its deadline: P7 for incidents, the much shorter P8 for a fire', async () => {
    const late = await officer.gql(Report, {
      input: incident({}, { occurredAt: new Date(clock.now().getTime() - 40 * MINUTE).toISOString() }),
    });
    expect(late.body.data?.openCase.case?.details).toMatchObject({ reportedLate: true, reportDelayMinutes: 40 });
    const fire = await officer.gql(Report, {
      input: incident(
        { kind: 'FIRE', title: '垃圾房冒烟' },
        { occurredAt: new Date(clock.now().getTime() - 6 * MINUTE).toISOString() },
      ),
    });
    expect(fire.body.data?.openCase.case?.details).toMatchObject({ reportedLate: true, reportDeadlineMinutes: 5 });
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const before = await auditCount(steward);
    const missing = await officer.gql(Report, { input: { ...incident(), incident: undefined } });
    expect(missing.body.data?.openCase.userErrors).toEqual([{ field: ['input', 'incident'], code: 'REQUIRED' }]);
    const future = await officer.gql(Report, {
      input: incident(
        {},
        {
          occurredAt: new Date(clock.now().getTime() + 5 * MINUTE).toISOString(),
          areaId: areaJinqiao,
          actionsTaken: 'x'.repeat(2001),
          authorities: [{ authority: 'POLICE', notifiedAt: clock.now().toISOString(), reference: 'r'.repeat(51) }],
        },
      ),
    });
    const fields = (future.body.data?.openCase.userErrors ?? []).map((e) => `${e.field?.join('/')}:${e.code}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'input/incident/occurredAt:OUT_OF_RANGE',
        'input/incident/areaId:INVALID',
        'input/incident/actionsTaken:TOO_LONG',
        'input/incident/authorities/0/reference:TOO_LONG',
      ]),
    );
    const old = await officer.gql(Report, {
      input: incident({}, { occurredAt: new Date(clock.now().getTime() - 31 * 86_400_000).toISOString() }),
    });
    expect(old.body.data?.openCase.userErrors).toEqual([
      { field: ['input', 'incident', 'occurredAt'], code: 'OUT_OF_RANGE' },
    ]);
    const onRepair = await leader3.gql(Report, { input: incident({ kind: 'COMPLAINT' }) });
    expect(onRepair.body.errors).toBeUndefined();
    expect(onRepair.body.data?.openCase.userErrors).toContainEqual({ field: ['input', 'incident'], code: 'INVALID' });
    expect(await auditCount(steward)).toBe(before);
  });

  it('is refused to those the rulebook gives no incident reporting (the office clerk)', async () => {
    const res = await clerk.gql(Report, { input: incident() });
    expect(res.body.data?.openCase ?? null).toBeNull();
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('escalation up the live duty chain', () => {
  it('sends a major incident to the shift leader on duty by the roster, not the first shift leader on file', async () => {
    const res = await officer.gql(Report, { input: incident({ severity: 'MAJOR' }) });
    const c = res.body.data?.openCase.case;
    expect(c?.escalations).toEqual([
      expect.objectContaining({ level: 'SHIFT_LEADER', toName: '何军', onDuty: true, reason: 'MAJOR', waiting: true }),
    ]);
    expect(c?.escalatedAt).toBeTruthy();
    // The leader on duty sees it (escalated to them); another officer does not.
    expect((await leader3.gql(One, { id: c?.id as string })).body.data?.case?.escalatedTo?.username).toBe('leader3');
    expect((await officer2.gql(One, { id: c?.id as string })).body.data?.case).toBeNull();
  });

  it('falls back to the post-holder of the site when nobody is rostered', async () => {
    const res = await officer.gql(Report, { input: incident({ severity: 'MAJOR', siteCode: 'JINQIAO' }) });
    expect(res.body.data?.openCase.case?.escalations).toEqual([
      expect.objectContaining({ level: 'SHIFT_LEADER', toName: '黄志刚', onDuty: false }),
    ]);
  });

  it('climbs one step each time it waits unacknowledged, then reminds the top; an acknowledgement stops it', async () => {
    const res = await officer.gql(Report, { input: incident({ severity: 'MAJOR', beyondAuthority: true }) });
    const id = res.body.data?.openCase.case?.id as string;
    await steward.sweepEscalations();
    expect((await director.gql(One, { id })).body.data?.case?.escalations).toHaveLength(1);

    clock.advance(11 * MINUTE);
    expect(await steward.sweepEscalations()).toBeGreaterThanOrEqual(1);
    let e = (await director.gql(One, { id })).body.data?.case?.escalations ?? [];
    expect(e.map((x) => [x.level, x.reason, x.waiting, !!x.passedOnAt])).toEqual([
      ['SHIFT_LEADER', 'MAJOR', false, true],
      ['DIRECTOR', 'UNACKNOWLEDGED', true, false],
    ]);
    expect(e[1]?.sentByName).toBe('Steward');
    expect(await auditCount(steward, { action: 'case.escalation_passed_on' })).toBeGreaterThanOrEqual(1);

    clock.advance(11 * MINUTE);
    await steward.sweepEscalations();
    e = (await manager.gql(One, { id })).body.data?.case?.escalations ?? [];
    expect(e.map((x) => x.level)).toEqual(['SHIFT_LEADER', 'DIRECTOR', 'MANAGER']);
    expect(e[2]).toMatchObject({ toName: expect.any(String), onDuty: false, waiting: true, reminders: 0 });

    clock.advance(11 * MINUTE);
    await steward.sweepEscalations();
    e = (await manager.gql(One, { id })).body.data?.case?.escalations ?? [];
    expect(e).toHaveLength(3);
    expect(e[2]?.reminders).toBe(1);

    // The manager acknowledges with instructions: nothing climbs or reminds any more.
    const ack = await manager.gql(Acknowledge, { input: { caseId: id, note: '立即报警，保护现场' } });
    expect(ack.body.data?.acknowledgeEscalation.userErrors).toEqual([]);
    expect(ack.body.data?.acknowledgeEscalation.case?.currentEscalation).toMatchObject({
      level: 'MANAGER',
      waiting: false,
      note: '立即报警，保护现场',
    });
    clock.advance(30 * MINUTE);
    await steward.sweepEscalations();
    e = (await manager.gql(One, { id })).body.data?.case?.escalations ?? [];
    expect(e.map((x) => [x.level, x.reminders])).toEqual([
      ['SHIFT_LEADER', 0],
      ['DIRECTOR', 0],
      ['MANAGER', 1],
    ]);
    const timeline = (await manager.gql(One, { id })).body.data?.case?.timeline.map((t) => t.type) ?? [];
    expect(timeline).toEqual(['OPENED', 'ESCALATED', 'ESCALATION_ACKNOWLEDGED']);
  });

  it('an acknowledgement on time keeps it where it is; only its recipient may acknowledge', async () => {
    const res = await officer.gql(Report, { input: incident({ severity: 'MAJOR' }) });
    const id = res.body.data?.openCase.case?.id as string;
    const notMine = await director.gql(Acknowledge, { input: { caseId: id } });
    expect(notMine.body.data?.acknowledgeEscalation.userErrors).toEqual([
      { field: ['input', 'caseId'], code: 'INVALID_TRANSITION' },
    ]);
    const ack = await leader3.gql(Acknowledge, { input: { caseId: id, note: '马上到场' } });
    expect(ack.body.data?.acknowledgeEscalation.userErrors).toEqual([]);
    const again = await leader3.gql(Acknowledge, { input: { caseId: id } });
    expect(again.body.data?.acknowledgeEscalation.userErrors).toEqual([
      { field: ['input', 'caseId'], code: 'INVALID_TRANSITION' },
    ]);
    clock.advance(20 * MINUTE);
    await steward.sweepEscalations();
    const e = (await leader3.gql(One, { id })).body.data?.case?.escalations ?? [];
    expect(e).toHaveLength(1);

    // The leader passes it up by hand: to the director, the next step of the chain.
    const up = await leader3.gql(Escalate, { input: { caseId: id, note: '涉及刑事，需主任协调' } });
    expect(up.body.data?.escalateCase.userErrors).toEqual([]);
    expect(up.body.data?.escalateCase.case?.currentEscalation).toMatchObject({ level: 'DIRECTOR', reason: 'BY_HAND' });
    expect(up.body.data?.escalateCase.case?.escalatedTo?.username).toBe('director');
  });

  it('sends a fire to the director and the company manager at once', async () => {
    const res = await officer.gql(Report, {
      input: incident({ kind: 'FIRE', title: '配电房冒烟', severity: 'GENERAL' }),
    });
    const e = res.body.data?.openCase.case?.escalations ?? [];
    expect(e.map((x) => [x.level, x.reason, x.waiting])).toEqual([
      ['DIRECTOR', 'FIRE', true],
      ['MANAGER', 'FIRE', true],
    ]);
  });
});

describe('the incident as it is handled', () => {
  it('adds actions, losses and authorities told; bad input is named', async () => {
    const res = await officer.gql(Report, { input: incident({ severity: 'MAJOR' }) });
    const id = res.body.data?.openCase.case?.id as string;
    const ok = await leader3.gql(Update, {
      input: {
        caseId: id,
        actionsTaken: '封锁出入口，调取监控',
        losses: '车窗玻璃一块',
        authorities: [{ authority: 'POLICE', notifiedAt: clock.now().toISOString(), reference: '沪公(翠)接字 0302' }],
      },
    });
    expect(ok.body.data?.updateIncident.userErrors).toEqual([]);
    expect(ok.body.data?.updateIncident.case?.details).toMatchObject({
      losses: '车窗玻璃一块',
      authorities: [{ reference: '沪公(翠)接字 0302' }],
    });
    const bad = await leader3.gql(Update, { input: { caseId: id, losses: 'x'.repeat(1001) } });
    expect(bad.body.data?.updateIncident.userErrors).toEqual([{ field: ['input', 'losses'], code: 'TOO_LONG' }]);
    const tooMany = await leader3.gql(Update, {
      input: {
        caseId: id,
        authorities: Array.from({ length: 7 }, () => ({
          authority: 'OTHER' as const,
          notifiedAt: clock.now().toISOString(),
        })),
      },
    });
    expect(tooMany.body.data?.updateIncident.userErrors).toEqual([
      { field: ['input', 'authorities'], code: 'OUT_OF_RANGE' },
    ]);
    const other = await officer2.gql(Update, { input: { caseId: id, losses: '无' } });
    expect(other.body.data?.updateIncident.userErrors).toEqual([{ field: ['input', 'caseId'], code: 'NOT_FOUND' }]);
  });
});

describe('the incident policy (P7, P8, the escalation delay)', () => {
  it('has documented defaults, which the director may change within bounds', async () => {
    expect((await officer.gql(Policy, {})).body.data?.incidentPolicy).toMatchObject({
      reportMinutes: 30,
      fireReportMinutes: 5,
      ackMinutes: 10,
    });
    const bad = await director.gql(SetPolicy, { input: { reportMinutes: 0, fireReportMinutes: 10, ackMinutes: 2000 } });
    expect(bad.body.data?.updateIncidentPolicy.userErrors).toEqual([
      { field: ['input', 'reportMinutes'], code: 'OUT_OF_RANGE' },
      { field: ['input', 'ackMinutes'], code: 'OUT_OF_RANGE' },
    ]);
    const slowerFire = await director.gql(SetPolicy, {
      input: { reportMinutes: 20, fireReportMinutes: 25, ackMinutes: 5 },
    });
    expect(slowerFire.body.data?.updateIncidentPolicy.userErrors).toEqual([
      { field: ['input', 'fireReportMinutes'], code: 'INVALID' },
    ]);
    const denied = await leader.gql(SetPolicy, { input: { reportMinutes: 20, fireReportMinutes: 3, ackMinutes: 5 } });
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ok = await director.gql(SetPolicy, { input: { reportMinutes: 20, fireReportMinutes: 3, ackMinutes: 5 } });
    expect(ok.body.data?.updateIncidentPolicy.policy).toEqual({
      reportMinutes: 20,
      fireReportMinutes: 3,
      ackMinutes: 5,
    });
    expect((await officer.gql(Policy, {})).body.data?.incidentPolicy.updatedByName).toBe('张伟');
    // Put back for the other tests' arithmetic.
    await director.gql(SetPolicy, { input: { reportMinutes: 30, fireReportMinutes: 5, ackMinutes: 10 } });
  });
});
