import { SolutionOutlined } from '@ant-design/icons';
import { Alert, App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import type { CaseKind, VisitPurpose } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { formatDateTime } from '../../../lib/format.js';
import type { IntakeStart } from '../../cases/components/CaseIntakeForm.js';
import { linkReceptionVisitToCaseMutation, receptionVisitQuery } from '../reception.operations.js';

/**
 * On the case intake page opened from a visit (`/cases/new?reception=<id>`): who came and what
 * they said, so the case can be written from it.
 */
export function ReceptionOrigin({ visitId }: { visitId: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [{ data, fetching }] = useQuery({ query: receptionVisitQuery, variables: { id: visitId } });
  if (fetching && !data) return null;
  const visit = data?.receptionVisit;
  if (!visit) {
    return <Alert type="warning" showIcon title={t('reception.origin.missing')} style={{ marginBottom: 16 }} />;
  }
  const visitor = visit.customer?.name ?? visit.visitorName ?? '';
  const place = [visit.site.name, visit.unit?.code].filter(Boolean).join(' · ');
  return (
    <Alert
      type="info"
      showIcon
      icon={<SolutionOutlined />}
      style={{ marginBottom: 16 }}
      data-testid="reception-origin"
      title={t('reception.origin.title')}
      description={
        <>
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {[visitor, visit.visitorPhone, place].filter(Boolean).join(' · ')}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {formatDateTime(visit.visitedAt, locale)} · {t(`reception.purpose.${visit.purpose}`)}
          </Typography.Text>
          <Typography.Paragraph copyable style={{ margin: '4px 0 0' }}>
            {visit.summary}
          </Typography.Paragraph>
        </>
      }
    />
  );
}

/**
 * Records that a case was opened from a visit, and says so; a failure is said too (the case
 * stands either way, and the link can be made again).
 */
export function useLinkReceptionVisit(): (visitId: string, caseId: string) => Promise<boolean> {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [, link] = useMutation(linkReceptionVisitToCaseMutation);
  return async (visitId, caseId) => {
    const result = await link({ input: { visitId, caseId } });
    const outcome = outcomeOf(null, [], t, result, result.data?.linkReceptionVisitToCase);
    if (outcome.ok) void message.success(t('reception.origin.linked'));
    else void message.error(t('reception.origin.linkFailed', { problem: outcome.problem ?? t('errors.unknown') }));
    return outcome.ok;
  };
}

const KIND_OF_PURPOSE: Partial<Record<VisitPurpose, CaseKind>> = {
  COMPLAINT: 'COMPLAINT',
  QUESTION: 'INQUIRY',
  INQUIRY: 'INQUIRY',
  RENTAL: 'RENTAL',
  REPAIR: 'REPAIR',
};

/**
 * Where the intake form starts when opened from a visit: the visitor, their unit, what they
 * said, the desk as the channel. `undefined` while loading (the form waits, so it starts filled);
 * `null` with no visit.
 */
export function useVisitStart(visitId: string | null): IntakeStart | null | undefined {
  const [{ data, fetching }] = useQuery({
    query: receptionVisitQuery,
    variables: { id: visitId ?? '' },
    pause: !visitId,
  });
  if (!visitId) return null;
  if (fetching && !data) return undefined;
  const visit = data?.receptionVisit;
  if (!visit) return null;
  return {
    kind: KIND_OF_PURPOSE[visit.purpose],
    channel: 'DESK_VISIT',
    description: visit.summary,
    reporterName: visit.customer ? undefined : (visit.visitorName ?? undefined),
    reporterPhone: visit.visitorPhone ?? undefined,
    picked:
      visit.customer || visit.unit
        ? {
            customer: visit.customer ? { id: visit.customer.id, name: visit.customer.name, role: null } : null,
            unit: visit.unit ? { id: visit.unit.id, code: visit.unit.code, site: visit.site } : null,
            phone: visit.visitorPhone ?? null,
          }
        : null,
  };
}
