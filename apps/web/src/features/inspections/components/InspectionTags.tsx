import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InspectionItemResult, InspectionStatus, InspectionType } from '../../../gql/graphql.js';
import { RESULT_COLOR, STATUS_COLOR, TYPE_COLOR } from '../inspection-format.js';

export function InspectionTypeTag({ type }: { type: InspectionType }) {
  const { t } = useTranslation();
  return (
    <Tag color={TYPE_COLOR[type]} bordered={false} style={{ marginInlineEnd: 0 }}>
      {t(`inspections.type.${type}`)}
    </Tag>
  );
}

export function InspectionStatusTag({ status }: { status: InspectionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={STATUS_COLOR[status]}
      bordered={false}
      data-testid="inspection-status"
      data-status={status}
      style={{ marginInlineEnd: 0, textDecoration: status === 'CANCELLED' ? 'line-through' : undefined }}
    >
      {t(`inspections.status.${status}`)}
    </Tag>
  );
}

export function ResultTag({ result }: { result: InspectionItemResult }) {
  const { t } = useTranslation();
  return (
    <Tag color={RESULT_COLOR[result]} bordered={false} style={{ marginInlineEnd: 0 }}>
      {t(`inspections.result.${result}`)}
    </Tag>
  );
}
