import { CheckCircleOutlined, ClockCircleOutlined, RiseOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Form, Input, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import type { EscalationFieldsFragment } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { formatDateTime } from '../../../lib/format.js';
import { useSession } from '../../auth/session-context.js';
import { acknowledgeEscalationMutation } from '../incidents.operations.js';

const COLOR = { waiting: '#d4380d', acknowledged: '#389e0d', passed: '#8c8c8c' } as const;

/**
 * How a matter climbed the duty chain (R17): to whom each report went (on duty by the roster, or
 * the post-holder), why, and whether they acknowledged it — with the recipient's own button.
 */
export function EscalationPanel({
  caseId,
  escalations,
}: {
  caseId: string;
  escalations: readonly EscalationFieldsFragment[];
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { viewer } = useSession();
  const [open, setOpen] = useState(false);
  const mine = escalations.find((e) => e.waiting && e.to?.id === viewer?.staff.id);
  return (
    <Card
      size="small"
      title={t('incidents.escalation.title')}
      data-testid="escalation-panel"
      extra={
        mine && (
          <Button
            type="primary"
            danger
            icon={<CheckCircleOutlined />}
            onClick={() => setOpen(true)}
            data-testid="escalation-acknowledge"
          >
            {t('incidents.escalation.acknowledge')}
          </Button>
        )
      }
    >
      {escalations.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incidents.escalation.none')} />
      ) : (
        <Timeline
          items={escalations.map((e) => {
            const state = e.acknowledgedAt ? 'acknowledged' : e.waiting ? 'waiting' : 'passed';
            return {
              key: e.id,
              color: COLOR[state],
              dot:
                state === 'waiting' ? (
                  <ClockCircleOutlined />
                ) : state === 'acknowledged' ? (
                  <CheckCircleOutlined />
                ) : (
                  <RiseOutlined />
                ),
              children: (
                <div data-testid="escalation" data-level={e.level} data-state={state}>
                  <Typography.Text strong>
                    {t(`incidents.escalation.level.${e.level}`)} · {e.toName}
                  </Typography.Text>{' '}
                  <Tag color={e.onDuty ? 'blue' : 'default'}>
                    {e.onDuty ? t('incidents.escalation.onDuty') : t('incidents.escalation.postHolder')}
                  </Tag>
                  <Tag color={e.reason === 'FIRE' ? 'red' : 'orange'}>
                    {t(`incidents.escalation.reason.${e.reason}`)}
                  </Tag>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('incidents.escalation.sentBy', { name: e.sentByName, time: formatDateTime(e.sentAt, locale) })}
                    </Typography.Text>
                  </div>
                  <Typography.Text style={{ color: COLOR[state] }}>
                    {state === 'acknowledged'
                      ? t('incidents.escalation.acknowledged', { time: formatDateTime(e.acknowledgedAt, locale) })
                      : state === 'waiting'
                        ? t('incidents.escalation.waiting', { time: formatDateTime(e.ackDueAt, locale) })
                        : e.passedOnAt
                          ? t('incidents.escalation.passedOn', { time: formatDateTime(e.passedOnAt, locale) })
                          : t('incidents.escalation.settled')}
                  </Typography.Text>
                  {e.reminders > 0 && (
                    <Typography.Text type="secondary">
                      {' '}
                      · {t('incidents.escalation.reminders', { count: e.reminders })}
                    </Typography.Text>
                  )}
                  {e.note && <Typography.Paragraph style={{ margin: '4px 0 0' }}>“{e.note}”</Typography.Paragraph>}
                </div>
              ),
            };
          })}
        />
      )}
      <AcknowledgeModal caseId={caseId} open={open} onClose={() => setOpen(false)} />
    </Card>
  );
}

function AcknowledgeModal({ caseId, open, onClose }: { caseId: string; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [, acknowledge] = useMutation(acknowledgeEscalationMutation);
  return (
    <FormModal
      open={open}
      title={t('incidents.escalation.acknowledge')}
      okText={t('incidents.escalation.acknowledge')}
      form={form}
      testId="escalation-acknowledge-form"
      onClose={onClose}
      onDone={() => void message.success(t('incidents.escalation.acknowledged_done'))}
      onSubmit={async (values) => {
        const res = await acknowledge({ input: { caseId, note: values.note || null } });
        return outcomeOf(form, ['note'], t, res, res.data?.acknowledgeEscalation);
      }}
    >
      <Form.Item name="note" label={t('incidents.escalation.acknowledgeNote')}>
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="escalation-acknowledge-note" />
      </Form.Item>
    </FormModal>
  );
}
