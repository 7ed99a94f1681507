import { AuditOutlined, CheckCircleOutlined, EditOutlined, SignatureOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Divider,
  Flex,
  Form,
  Input,
  Radio,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import type {
  CaseDetailFragment,
  RectificationFieldsFragment,
  RectificationFollowUpKind,
  ReinspectionResult,
} from '../../../gql/graphql.js';
import { formatDateTime } from '../../../lib/format.js';
import { ACTIVE_STATUSES } from '../../cases/case-abilities.js';
import {
  acknowledgeNoticeMutation,
  recordFollowUpMutation,
  recordReinspectionMutation,
} from '../inspection.operations.js';
import { inspectionOutcome } from '../inspection-errors.js';
import { externalPath, inspectionPath, noticePath } from '../inspection-format.js';

const FOLLOW_UP_KINDS: RectificationFollowUpKind[] = ['ASSISTANCE', 'VISIT'];
const REINSPECTION_RESULTS: ReinspectionResult[] = ['FIXED', 'NOT_FIXED'];

function Source({ d }: { d: RectificationFieldsFragment }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const origin = t(`inspections.notices.origin.${d.origin}`);
  if (d.inspection) {
    return (
      <Link to={inspectionPath(d.inspection.id)} data-testid="notice-source">
        {t(`inspections.typeLong.${d.inspection.type}`)} · {formatDateTime(d.inspection.scheduledFor, locale)}
        {d.sourceLabel ? `（${d.sourceLabel}）` : ''}
      </Link>
    );
  }
  if (d.externalInspection) {
    return (
      <Link to={externalPath(d.externalInspection.id)} data-testid="notice-source">
        {t('inspections.rectification.fromExternal', {
          body: d.externalInspection.bodyName,
          time: formatDateTime(d.externalInspection.inspectedAt, locale),
        })}
      </Link>
    );
  }
  if (d.sourceCase) {
    return (
      <span>
        {origin} · <Link to={noticePath(d.sourceCase.id)}>{d.sourceCase.reference}</Link>
      </span>
    );
  }
  return <span>{d.sourceLabel ? `${origin} · ${d.sourceLabel}` : origin}</span>;
}

/**
 * A rectification notice's own card on its case page (R20): where it came from, whom it is
 * addressed to, what is required by when, its acknowledgement, follow-up and help given, and its
 * re-inspections — it may be resolved and closed only once the latest found it fixed.
 */
export function RectificationCard({ c, d }: { c: CaseDetailFragment; d: RectificationFieldsFragment }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [dialog, setDialog] = useState<'ack' | 'followUp' | 'reinspect' | null>(null);
  const [ackForm] = Form.useForm<{ acknowledgedByName?: string }>();
  const [followForm] = Form.useForm<{ kind: RectificationFollowUpKind; note: string }>();
  const [reForm] = Form.useForm<{ result: ReinspectionResult; note?: string; newDeadline?: Dayjs }>();
  const [, acknowledge] = useMutation(acknowledgeNoticeMutation);
  const [, followUp] = useMutation(recordFollowUpMutation);
  const [, reinspect] = useMutation(recordReinspectionMutation);
  const reResult = Form.useWatch('result', reForm);
  const active = ACTIVE_STATUSES.includes(c.status);
  // The addressee department signs for itself; for anyone else, whoever records it names who signed.
  const onBehalf = d.viewerMayVerify || d.addresseeType !== 'DEPARTMENT';

  return (
    <Card
      title={
        <span>
          <AuditOutlined style={{ marginInlineEnd: 6 }} />
          {t('inspections.rectification.cardTitle')}
        </span>
      }
      size="small"
      data-testid="rectification-card"
      data-verified={d.verified ? 'true' : 'false'}
    >
      {d.verified ? (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleOutlined />}
          style={{ marginBottom: 12 }}
          title={t('inspections.rectification.verifiedAlert', {
            name: d.verifiedByName,
            time: formatDateTime(d.verifiedAt, locale),
          })}
          data-testid="rectification-verified"
        />
      ) : (
        active && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('inspections.rectification.mustVerify')} />
        )
      )}
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'source', label: t('inspections.rectification.source'), children: <Source d={d} /> },
          ...(d.area ? [{ key: 'area', label: t('inspections.notices.fields.area'), children: d.area.name }] : []),
          {
            key: 'addressee',
            label: t('inspections.notices.fields.addressee'),
            children: (
              <span data-testid="notice-addressee">
                {d.addresseeDepartment?.name ?? d.addresseeName}{' '}
                <Typography.Text type="secondary">
                  （{t(`inspections.notices.addresseeType.${d.addresseeType}`)}）
                </Typography.Text>
              </span>
            ),
          },
          {
            key: 'requirement',
            label: t('inspections.notices.fields.requirement'),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{d.requirement}</span>,
          },
          {
            key: 'deadline',
            label: t('inspections.notices.fields.deadline'),
            children: (
              <Typography.Text type={c.overdue ? 'danger' : undefined} strong={c.overdue}>
                {formatDateTime(c.resolutionDueAt, locale)}
                {c.overdue && (
                  <Tag color="error" bordered={false} style={{ marginInlineStart: 8 }}>
                    {t('cases.badges.overdue')}
                  </Tag>
                )}
              </Typography.Text>
            ),
          },
          {
            key: 'ack',
            label: t('inspections.rectification.acknowledgement'),
            children: (
              <Flex gap={8} align="center" wrap>
                <span data-testid="notice-acknowledgement">
                  {d.acknowledgedAt
                    ? t('inspections.rectification.acknowledgedBy', {
                        name: d.acknowledgedByName,
                        time: formatDateTime(d.acknowledgedAt, locale),
                      })
                    : t('inspections.rectification.notAcknowledged')}
                </span>
                {d.viewerMayAcknowledge && (
                  <Button
                    size="small"
                    icon={<SignatureOutlined />}
                    onClick={() => setDialog('ack')}
                    data-testid="notice-acknowledge"
                  >
                    {t('inspections.rectification.acknowledge')}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <Divider style={{ margin: '12px 0' }} />
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('inspections.rectification.reinspections')}</Typography.Text>
        {d.viewerMayVerify && (
          <Button
            size="small"
            type="primary"
            icon={<CheckCircleOutlined />}
            onClick={() => setDialog('reinspect')}
            data-testid="notice-reinspect"
          >
            {t('inspections.rectification.reinspect')}
          </Button>
        )}
      </Flex>
      {d.reinspections.length ? (
        <Timeline
          items={d.reinspections.map((r, n) => ({
            key: n,
            color: r.result === 'FIXED' ? 'green' : 'red',
            content: (
              <div data-testid="notice-reinspection" data-result={r.result}>
                <Typography.Text strong>
                  {t(`inspections.rectification.reinspectionResult.${r.result}`)}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {' '}
                  · {r.recordedByName} · {formatDateTime(r.at, locale)}
                </Typography.Text>
                {r.note && <div>{r.note}</div>}
                {!!r.newDeadline && (
                  <Typography.Text type="warning">
                    {t('inspections.rectification.newDeadlineShown', { time: formatDateTime(r.newDeadline, locale) })}
                  </Typography.Text>
                )}
              </div>
            ),
          }))}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('inspections.rectification.noReinspections')}</Typography.Paragraph>
      )}
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('inspections.rectification.followUps')}</Typography.Text>
        {d.viewerMayVerify && (
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => setDialog('followUp')}
            data-testid="notice-follow-up"
          >
            {t('inspections.rectification.followUp')}
          </Button>
        )}
      </Flex>
      {d.followUps.length ? (
        <Timeline
          items={d.followUps.map((f, n) => ({
            key: n,
            color: f.kind === 'ASSISTANCE' ? 'blue' : 'gray',
            content: (
              <div>
                <Typography.Text strong>{t(`inspections.rectification.followUpKind.${f.kind}`)}</Typography.Text>
                <Typography.Text type="secondary">
                  {' '}
                  · {f.recordedByName} · {formatDateTime(f.at, locale)}
                </Typography.Text>
                <div>{f.note}</div>
              </div>
            ),
          }))}
        />
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('inspections.rectification.noFollowUps')}
        </Typography.Paragraph>
      )}

      <FormModal<{ acknowledgedByName?: string }>
        open={dialog === 'ack'}
        title={t('inspections.rectification.acknowledgeTitle')}
        okText={t('inspections.rectification.acknowledge')}
        form={ackForm}
        testId="notice-ack-form"
        onClose={() => setDialog(null)}
        onSubmit={async (v) => {
          const result = await acknowledge({
            input: { caseId: c.id, acknowledgedByName: v.acknowledgedByName?.trim() || null },
          });
          return inspectionOutcome(
            ackForm,
            ['acknowledgedByName'],
            t,
            result,
            result.data?.acknowledgeRectificationNotice,
          );
        }}
      >
        <Typography.Paragraph type="secondary">
          {onBehalf
            ? t('inspections.rectification.acknowledgeOnBehalf')
            : t('inspections.rectification.acknowledgeSelf')}
        </Typography.Paragraph>
        {onBehalf && (
          <Form.Item
            name="acknowledgedByName"
            label={t('inspections.rectification.acknowledgedByName')}
            rules={[{ required: true, whitespace: true, message: t('inspections.errors.acknowledgedByName.REQUIRED') }]}
          >
            <Input maxLength={100} data-testid="notice-ack-name" />
          </Form.Item>
        )}
      </FormModal>

      <FormModal<{ kind: RectificationFollowUpKind; note: string }>
        open={dialog === 'followUp'}
        title={t('inspections.rectification.followUpTitle')}
        okText={t('inspections.rectification.followUp')}
        form={followForm}
        initialValues={{ kind: 'ASSISTANCE' }}
        testId="notice-follow-up-form"
        onClose={() => setDialog(null)}
        onSubmit={async (v) => {
          const result = await followUp({ input: { caseId: c.id, kind: v.kind, note: v.note.trim() } });
          return inspectionOutcome(followForm, ['kind', 'note'], t, result, result.data?.recordRectificationFollowUp);
        }}
      >
        <Form.Item name="kind">
          <Radio.Group
            optionType="button"
            options={FOLLOW_UP_KINDS.map((k) => ({
              value: k,
              label: t(`inspections.rectification.followUpKind.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('inspections.rectification.followUpNote')}
          rules={[{ required: true, whitespace: true, message: t('inspections.errors.note.REQUIRED') }]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="notice-follow-up-note" />
        </Form.Item>
      </FormModal>

      <FormModal<{ result: ReinspectionResult; note?: string; newDeadline?: Dayjs }>
        open={dialog === 'reinspect'}
        title={t('inspections.rectification.reinspectTitle')}
        okText={t('inspections.rectification.reinspect')}
        form={reForm}
        initialValues={{ result: 'FIXED' }}
        testId="notice-reinspect-form"
        onClose={() => setDialog(null)}
        onSubmit={async (v) => {
          const result = await reinspect({
            input: {
              caseId: c.id,
              result: v.result,
              note: v.note?.trim() || null,
              newDeadline: v.result === 'NOT_FIXED' && v.newDeadline ? v.newDeadline.toISOString() : null,
            },
          });
          return inspectionOutcome(
            reForm,
            ['result', 'note', 'newDeadline'],
            t,
            result,
            result.data?.recordReinspection,
          );
        }}
      >
        <Form.Item name="result">
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={REINSPECTION_RESULTS.map((r) => ({
              value: r,
              label: t(`inspections.rectification.reinspectionResult.${r}`),
            }))}
            data-testid="notice-reinspect-result"
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('inspections.rectification.reinspectionNote')}
          rules={[
            {
              required: reResult === 'NOT_FIXED',
              whitespace: true,
              message: t('inspections.errors.note.REQUIRED'),
            },
          ]}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="notice-reinspect-note" />
        </Form.Item>
        {reResult === 'NOT_FIXED' && (
          <Form.Item
            name="newDeadline"
            label={t('inspections.rectification.newDeadline')}
            extra={t('inspections.rectification.newDeadlineHint')}
          >
            <DatePicker
              showTime={{ format: 'HH:mm', minuteStep: 30 }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
            />
          </Form.Item>
        )}
      </FormModal>
    </Card>
  );
}
