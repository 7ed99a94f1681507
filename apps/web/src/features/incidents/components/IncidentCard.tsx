import { EditOutlined, WarningOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Form, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import type { CaseDetailFragment, CaseKindDetailsFragment } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { formatDateTime } from '../../../lib/format.js';
import { updateIncidentMutation } from '../incidents.operations.js';
import { EscalationPanel } from './EscalationPanel.js';

export type IncidentDetails = Extract<CaseKindDetailsFragment, { __typename: 'IncidentDetails' }>;

/** An incident's own record (R16) and its climb up the duty chain (R17), on the case page. */
export function IncidentCard({ c, d, editable }: { c: CaseDetailFragment; d: IncidentDetails; editable: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [editing, setEditing] = useState(false);
  const text = (value: string | null | undefined) =>
    value ? (
      <span style={{ whiteSpace: 'pre-wrap' }}>{value}</span>
    ) : (
      <Typography.Text type="secondary">—</Typography.Text>
    );
  return (
    <>
      <EscalationPanel caseId={c.id} escalations={c.escalations} />
      <Card
        size="small"
        title={t('incidents.card.title')}
        data-testid="incident-details"
        extra={
          editable && (
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="incident-edit">
              {t('incidents.card.edit')}
            </Button>
          )
        }
      >
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('incidents.fields.occurredAt')}>
            {formatDateTime(d.occurredAt, locale)}{' '}
            {d.reportedLate ? (
              <Tag color="red" icon={<WarningOutlined />} data-testid="incident-late">
                {t('incidents.card.late', { minutes: d.reportDeadlineMinutes })}
              </Tag>
            ) : (
              <Tag color="green">{t('incidents.card.onTime', { minutes: d.reportDeadlineMinutes })}</Tag>
            )}
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('incidents.card.delay', { minutes: d.reportDelayMinutes })}
              </Typography.Text>
            </div>
          </Descriptions.Item>
          {d.area && <Descriptions.Item label={t('incidents.fields.area')}>{d.area.name}</Descriptions.Item>}
          <Descriptions.Item label={t('incidents.fields.involvedPeople')}>{text(d.involvedPeople)}</Descriptions.Item>
          <Descriptions.Item label={t('incidents.fields.vehicles')}>{text(d.vehicles)}</Descriptions.Item>
          <Descriptions.Item label={t('incidents.fields.actionsTaken')}>{text(d.actionsTaken)}</Descriptions.Item>
          <Descriptions.Item label={t('incidents.fields.losses')}>{text(d.losses)}</Descriptions.Item>
          <Descriptions.Item label={t('incidents.fields.authorities')}>
            {d.authorities.length ? (
              d.authorities.map((a) => (
                <div key={`${a.authority}-${a.notifiedAt}`}>
                  <Tag color="geekblue">{t(`incidents.authority.${a.authority}`)}</Tag>
                  {formatDateTime(a.notifiedAt, locale)}
                  {a.reference && <Typography.Text code>{a.reference}</Typography.Text>}
                </div>
              ))
            ) : (
              <Typography.Text type="secondary">{t('incidents.card.noAuthorities')}</Typography.Text>
            )}
          </Descriptions.Item>
        </Descriptions>
        <EditModal c={c} d={d} open={editing} onClose={() => setEditing(false)} />
      </Card>
    </>
  );
}

interface EditValues {
  involvedPeople?: string;
  vehicles?: string;
  actionsTaken?: string;
  losses?: string;
}
const EDIT_FIELDS = ['involvedPeople', 'vehicles', 'actionsTaken', 'losses'] as const;

function EditModal({
  c,
  d,
  open,
  onClose,
}: {
  c: CaseDetailFragment;
  d: IncidentDetails;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const [, update] = useMutation(updateIncidentMutation);
  return (
    <FormModal
      open={open}
      title={t('incidents.card.edit')}
      okText={t('common.save')}
      form={form}
      testId="incident-edit-form"
      initialValues={{
        involvedPeople: d.involvedPeople ?? '',
        vehicles: d.vehicles ?? '',
        actionsTaken: d.actionsTaken ?? '',
        losses: d.losses ?? '',
      }}
      onClose={onClose}
      onDone={() => void message.success(t('incidents.card.saved'))}
      onSubmit={async (v) => {
        const res = await update({
          input: {
            caseId: c.id,
            involvedPeople: v.involvedPeople || null,
            vehicles: v.vehicles || null,
            actionsTaken: v.actionsTaken || null,
            losses: v.losses || null,
          },
        });
        return outcomeOf(form, EDIT_FIELDS, t, res, res.data?.updateIncident);
      }}
    >
      {EDIT_FIELDS.map((f) => (
        <Form.Item key={f} name={f} label={t(`incidents.fields.${f}`)}>
          <Input.TextArea
            rows={f === 'actionsTaken' ? 4 : 2}
            maxLength={f === 'actionsTaken' ? 2000 : f === 'losses' ? 1000 : f === 'vehicles' ? 200 : 500}
          />
        </Form.Item>
      ))}
    </FormModal>
  );
}
