import { PhoneOutlined } from '@ant-design/icons';
import { Descriptions, type DescriptionsProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../app/locale-context.js';
import type { CaseDetailFragment } from '../../../gql/graphql.js';
import { formatDateTime } from '../../../lib/format.js';
import { useSession } from '../../auth/session-context.js';
import { caseWhere } from './CaseList.js';

/** Everything on record about a case: what, who reported it, where, who has it, the deadlines. */
/** `columns`: 1 in a narrow column or on a phone, 2 across a page. */
export function CaseDetails({ c, columns }: { c: CaseDetailFragment; columns: 1 | 2 }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { can } = useSession();
  // Customer files are another section: linked for those who may open them.
  const files = can('customer_file.read');
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  const when = (iso: unknown): ReactNode => (iso ? formatDateTime(iso, locale) : none);

  let reporter: ReactNode = c.reporterName ?? none;
  if (c.reporterStaff) reporter = t('cases.staffReporter', { name: c.reporterStaff.name });
  if (c.reporterCustomer) {
    reporter = files ? (
      <Link to={`/customers/${encodeURIComponent(c.reporterCustomer.id)}`} data-testid="case-customer-link">
        {c.reporterCustomer.name}
      </Link>
    ) : (
      c.reporterCustomer.name
    );
  }
  const holderDepartment = c.holderDepartment ?? c.department;

  const items: DescriptionsProps['items'] = [
    { key: 'kind', label: t('cases.fields.kind'), children: t(`cases.kind.${c.kind}`) },
    { key: 'channel', label: t('cases.fields.channel'), children: t(`cases.channel.${c.channel}`) },
    {
      key: 'reporter',
      label: t('cases.fields.reporter'),
      children: (
        <span data-testid="case-reporter">
          {reporter}
          {c.reporterPhone && (
            <>
              {' · '}
              <a href={`tel:${c.reporterPhone}`} style={{ whiteSpace: 'nowrap' }}>
                <PhoneOutlined /> {c.reporterPhone}
              </a>
            </>
          )}
        </span>
      ),
    },
    {
      key: 'where',
      label: t('cases.fields.where'),
      children:
        c.unit && files ? (
          <Link to={`/customers/units/${encodeURIComponent(c.unit.id)}`}>{caseWhere(c)}</Link>
        ) : (
          caseWhere(c) || none
        ),
    },
    { key: 'severity', label: t('cases.fields.severity'), children: t(`cases.severity.${c.severity}`) },
    { key: 'priority', label: t('cases.fields.priority'), children: t(`cases.priority.${c.priority}`) },
    { key: 'department', label: t('cases.fields.department'), children: c.department.name },
    {
      key: 'holder',
      label: t('cases.fields.holder'),
      children: c.holder ? (
        <span data-testid="case-holder">
          {c.holder.name}
          <Typography.Text type="secondary"> · {holderDepartment.name}</Typography.Text>
        </span>
      ) : (
        <Typography.Text type="secondary">{t('cases.unassigned')}</Typography.Text>
      ),
    },
    { key: 'receivedBy', label: t('cases.fields.receivedBy'), children: c.receivedBy?.name ?? none },
    ...(c.escalatedTo
      ? [
          {
            key: 'escalatedTo',
            label: t('cases.fields.escalatedTo'),
            children: `${c.escalatedTo.name} · ${formatDateTime(c.escalatedAt, locale)}`,
          },
        ]
      : []),
    { key: 'createdAt', label: t('cases.fields.createdAt'), children: when(c.createdAt) },
    {
      key: 'responseDueAt',
      label: t('cases.fields.responseDueAt'),
      children: (
        <Typography.Text type={c.responseOverdue ? 'danger' : undefined}>
          {when(c.responseDueAt)}
          {!!c.respondedAt && (
            <Typography.Text type="secondary">
              {' '}
              · {t('cases.respondedAt', { time: formatDateTime(c.respondedAt, locale) })}
            </Typography.Text>
          )}
        </Typography.Text>
      ),
    },
    {
      key: 'resolutionDueAt',
      label: t('cases.fields.resolutionDueAt'),
      children: (
        <Typography.Text type={c.overdue ? 'danger' : undefined} strong={c.overdue}>
          {when(c.resolutionDueAt)}
        </Typography.Text>
      ),
    },
    ...(c.resolvedAt ? [{ key: 'resolvedAt', label: t('cases.fields.resolvedAt'), children: when(c.resolvedAt) }] : []),
    ...(c.closedAt ? [{ key: 'closedAt', label: t('cases.fields.closedAt'), children: when(c.closedAt) }] : []),
  ];

  return (
    <Descriptions
      data-testid="case-details"
      column={columns}
      size="small"
      items={items}
      styles={{ label: { whiteSpace: 'nowrap' } }}
    />
  );
}
