import {
  CheckCircleOutlined,
  CheckSquareOutlined,
  EditOutlined,
  FileAddOutlined,
  LockOutlined,
  MessageOutlined,
  PlayCircleOutlined,
  RedoOutlined,
  RiseOutlined,
  SendOutlined,
  StopOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { Flex, Rate, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../app/locale-context.js';
import type { CaseEventFieldsFragment, CaseEventType } from '../../../gql/graphql.js';
import { formatDateTime } from '../../../lib/format.js';

const LOOK: Record<CaseEventType, { icon: ReactNode; color: string }> = {
  OPENED: { icon: <FileAddOutlined />, color: '#1f4e79' },
  ASSIGNED: { icon: <UserSwitchOutlined />, color: '#2f54eb' },
  REFERRED: { icon: <SendOutlined />, color: '#2f54eb' },
  ACKNOWLEDGED: { icon: <CheckCircleOutlined />, color: '#13a8a8' },
  ESCALATED: { icon: <RiseOutlined />, color: '#d4380d' },
  STARTED: { icon: <PlayCircleOutlined />, color: '#1677ff' },
  COMMENTED: { icon: <MessageOutlined />, color: '#8c8c8c' },
  RESOLVED: { icon: <CheckSquareOutlined />, color: '#389e0d' },
  CLOSED: { icon: <LockOutlined />, color: '#595959' },
  REOPENED: { icon: <RedoOutlined />, color: '#d48806' },
  VOIDED: { icon: <StopOutlined />, color: '#a8071a' },
  DETAILS_UPDATED: { icon: <EditOutlined />, color: '#7c5cc4' },
  ESCALATION_ACKNOWLEDGED: { icon: <CheckCircleOutlined />, color: '#d4380d' },
};

/** Everything that happened to a case, oldest first: what, who, when, and what they wrote. */
export function CaseTimeline({ events }: { events: readonly CaseEventFieldsFragment[] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Timeline
      data-testid="case-timeline"
      items={events.map((e) => ({
        key: e.id,
        icon: <span style={{ color: LOOK[e.type].color, fontSize: 16 }}>{LOOK[e.type].icon}</span>,
        content: (
          <div data-testid="timeline-entry" data-type={e.type} style={{ paddingBottom: 4 }}>
            <Typography.Text>
              {e.detailsStep
                ? t(`cases.detailsSteps.${e.detailsStep}`, {
                    actor: e.actorName,
                    defaultValue: t(`cases.events.${e.type}`, { actor: e.actorName }),
                  })
                : t(`cases.events.${e.type}`, { actor: e.actorName, target: e.targetName ?? '' })}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12, fontVariantNumeric: 'tabular-nums' }}>
                {formatDateTime(e.at, locale)}
                {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus && (
                  <>
                    {' · '}
                    {t(`cases.status.${e.fromStatus}`, { defaultValue: e.fromStatus })} →{' '}
                    {t(`cases.status.${e.toStatus}`, { defaultValue: e.toStatus })}
                  </>
                )}
              </Typography.Text>
            </div>
            {e.type === 'CLOSED' && e.satisfaction != null && (
              <Flex align="center" gap={6} style={{ marginTop: 2 }}>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {t('cases.fields.satisfaction')}
                </Typography.Text>
                <Rate disabled value={e.satisfaction} style={{ fontSize: 14 }} />
              </Flex>
            )}
            {e.note && (
              <Typography.Paragraph
                style={{
                  whiteSpace: 'pre-wrap',
                  margin: '4px 0 0',
                  padding: '6px 10px',
                  background: e.type === 'RESOLVED' ? '#f6ffed' : '#f5f7fa',
                  borderRadius: 6,
                }}
                data-testid="timeline-note"
              >
                {e.note}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}
