import { graphql } from '../../gql/index.js';
import type { Client } from '../../support/steward.js';
import { type AuditFeature, type Expectation, keyOf, type Scenario } from './harness.js';

const Report = graphql(`
  mutation AuditReportIncident($input: OpenCaseInput!) {
    openCase(input: $input) { case { id } userErrors { field code } }
  }
`);
const UpdateIncident = graphql(`
  mutation AuditUpdateIncident($input: UpdateIncidentInput!) {
    updateIncident(input: $input) { case { id } userErrors { field code } }
  }
`);
const Acknowledge = graphql(`
  mutation AuditAcknowledgeEscalation($input: CaseStepInput!) {
    acknowledgeEscalation(input: $input) { case { id } userErrors { field code } }
  }
`);
const SetPolicy = graphql(`
  mutation AuditIncidentPolicy($input: UpdateIncidentPolicyInput!) {
    updateIncidentPolicy(input: $input) { policy { ackMinutes } userErrors { field code } }
  }
`);

const caseStep = (actor: string, action: string, caseId: string, more: string[] = []): Expectation => ({
  actor,
  action,
  targetType: 'Case',
  targetId: caseId,
  secrets: [],
  touches: [`case_record:${keyOf(caseId)}`, 'case_event:', ...more],
});

export const incidentsAudit: AuditFeature = {
  tables: [
    ['escalation', 'id'],
    ['incident_policy', 'id'],
  ],
  departments: {
    IncidentPolicy: "select 'order_maintenance' as d from incident_policy where id = ?",
  },
  scenarios(h) {
    /** An incident an officer reports now (a fire: escalated to the director and the manager at once). */
    const report = async (kind: 'FIRE' | 'PUBLIC_ORDER'): Promise<string> => {
      const officer: Client = await h.as('officer');
      const res = await h.must(
        await officer.gql(Report, {
          input: {
            kind,
            channel: 'PATROL',
            title: kind === 'FIRE' ? '审计：垃圾房冒烟' : '审计：门岗纠纷',
            description: '审计用事件',
            reportedByMe: true,
            siteCode: 'CUIHU',
            incident: { occurredAt: new Date(Date.now() - 60_000).toISOString() },
          },
        }),
      );
      return res.openCase.case?.id ?? '-';
    };
    const scenarios: Record<string, Scenario> = {
      updateIncident: async () => {
        const id = await report('PUBLIC_ORDER');
        return async () => {
          const res = await (await h.as('director')).gql(UpdateIncident, {
            input: { caseId: id, actionsTaken: '已调解', losses: '无' },
          });
          return { res, expect: caseStep('director', 'case.details_updated', id) };
        };
      },
      acknowledgeEscalation: async () => {
        const id = await report('FIRE');
        return async () => {
          const res = await (await h.as('director')).gql(Acknowledge, { input: { caseId: id, note: '马上到' } });
          return { res, expect: caseStep('director', 'case.escalation_acknowledged', id, ['escalation:']) };
        };
      },
      updateIncidentPolicy: async () => async () => {
        const res = await (await h.as('director')).gql(SetPolicy, {
          input: { reportMinutes: 30, fireReportMinutes: 5, ackMinutes: 12 },
        });
        return {
          res,
          expect: {
            actor: 'director',
            action: 'incident_policy.update',
            targetType: 'IncidentPolicy',
            targetId: Buffer.from('IncidentPolicy:company').toString('base64url'),
            secrets: [],
            touches: ['incident_policy:'],
          },
        };
      },
    };
    return scenarios;
  },
};
