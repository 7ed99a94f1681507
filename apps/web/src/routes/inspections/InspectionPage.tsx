import { ArrowLeftOutlined, CheckCircleOutlined, StopOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Form, Grid, Input, Result, Row, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useLocale } from '../../app/locale-context.js';
import { FormModal } from '../../components/FormModal.js';
import { QueryState } from '../../components/QueryState.js';
import { ChecklistRunner } from '../../features/inspections/components/ChecklistRunner.js';
import { ResultsSummary } from '../../features/inspections/components/InspectionList.js';
import { InspectionStatusTag, InspectionTypeTag } from '../../features/inspections/components/InspectionTags.js';
import { IssueNoticeForm, type NoticeSource } from '../../features/inspections/components/IssueNoticeForm.js';
import {
  cancelInspectionMutation,
  completeInspectionMutation,
  inspectionQuery,
} from '../../features/inspections/inspection.operations.js';
import { inspectionOutcome } from '../../features/inspections/inspection-errors.js';
import { formatDateTime } from '../../lib/format.js';

/**
 * /inspections/:id: one safety inspection — who, where, against which checklist — performed item by
 * item (on a phone on the round), completed, and its failures turned into rectification notices.
 */
export function InspectionPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: inspectionQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [dialog, setDialog] = useState<'complete' | 'cancel' | null>(null);
  const [source, setSource] = useState<NoticeSource | null>(null);
  const [completeForm] = Form.useForm<{ summary?: string }>();
  const [cancelForm] = Form.useForm<{ reason: string }>();
  const [, complete] = useMutation(completeInspectionMutation);
  const [, cancel] = useMutation(cancelInspectionMutation);
  const i = data?.inspection;

  useEffect(() => {
    document.title = `${i ? t(`inspections.typeLong.${i.type}`) : t('inspections.title')} · Steward`;
  }, [t, i]);

  const steps = new Set(i?.viewerSteps ?? []);

  return (
    <div style={{ maxWidth: 1100, margin: '0 auto' }}>
      <Link to="/inspections">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('inspections.backToList')}
        </Button>
      </Link>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {i ? (
          <Flex vertical gap={16} data-testid="inspection-page" data-status={i.status}>
            <Card styles={{ body: { padding: compact ? 16 : 24 } }}>
              <Flex align="center" gap={8} wrap style={{ marginBottom: 8 }}>
                <InspectionTypeTag type={i.type} />
                <Typography.Title level={compact ? 4 : 3} style={{ margin: 0 }}>
                  {t(`inspections.typeLong.${i.type}`)} · {i.site.name}
                </Typography.Title>
                <InspectionStatusTag status={i.status} />
              </Flex>
              <ResultsSummary i={i} />
              <Descriptions
                size="small"
                column={compact ? 1 : 2}
                style={{ marginTop: 12 }}
                items={[
                  {
                    key: 'when',
                    label: i.performedAt ? t('inspections.fields.performedAt') : t('inspections.fields.scheduledFor'),
                    children: formatDateTime(i.performedAt ?? i.scheduledFor, locale),
                  },
                  {
                    key: 'inspectors',
                    label: t('inspections.fields.inspectors'),
                    children: i.inspectors.map((s) => s.name).join('、'),
                  },
                  {
                    key: 'areas',
                    label: t('inspections.fields.areas'),
                    children: i.areas.length ? i.areas.map((a) => a.name).join('、') : '—',
                  },
                  {
                    key: 'checklist',
                    label: t('inspections.fields.checklist'),
                    children: `${i.checklistName}（${t('inspections.checklistRevision', { n: i.checklistRevision })}）`,
                  },
                  ...(i.scope ? [{ key: 'scope', label: t('inspections.fields.scope'), children: i.scope }] : []),
                  { key: 'plannedBy', label: t('inspections.fields.plannedBy'), children: i.plannedBy.name },
                  ...(i.summary
                    ? [
                        {
                          key: 'summary',
                          label: t('inspections.fields.summary'),
                          children: <span style={{ whiteSpace: 'pre-wrap' }}>{i.summary}</span>,
                        },
                      ]
                    : []),
                  ...(i.completedAt
                    ? [
                        {
                          key: 'completedAt',
                          label: t('inspections.fields.completedAt'),
                          children: formatDateTime(i.completedAt, locale),
                        },
                      ]
                    : []),
                ]}
              />
              {i.unnoticedFailures > 0 && steps.has('ISSUE_NOTICE') && (
                <Alert
                  type="warning"
                  showIcon
                  icon={<WarningOutlined />}
                  style={{ marginTop: 12 }}
                  title={t('inspections.unnoticed', { count: i.unnoticedFailures })}
                />
              )}
              {i.cancelReason && (
                <Alert
                  type="warning"
                  style={{ marginTop: 12 }}
                  title={t('inspections.fields.cancelReason')}
                  description={i.cancelReason}
                />
              )}
              {(steps.has('COMPLETE') || steps.has('CANCEL')) && (
                <Flex gap={8} wrap style={{ marginTop: 16 }}>
                  {steps.has('COMPLETE') && (
                    <Button
                      type="primary"
                      icon={<CheckCircleOutlined />}
                      onClick={() => setDialog('complete')}
                      data-testid="inspection-complete"
                    >
                      {t('inspections.perform.complete')}
                    </Button>
                  )}
                  {steps.has('CANCEL') && (
                    <Button icon={<StopOutlined />} onClick={() => setDialog('cancel')} data-testid="inspection-cancel">
                      {t('inspections.perform.cancel')}
                    </Button>
                  )}
                </Flex>
              )}
            </Card>
            <Row gutter={[16, 16]}>
              <Col xs={24}>
                <ChecklistRunner
                  inspection={i}
                  onIssue={(it) =>
                    setSource({
                      origin: 'INSPECTION',
                      sourceId: it.id,
                      siteCode: i.site.code,
                      title: it.note ?? it.text,
                      description: `${t(`inspections.typeLong.${i.type}`)}：${it.text}。${it.note ?? ''}`,
                      areaId: it.area?.id ?? null,
                    })
                  }
                />
              </Col>
            </Row>
            <FormModal<{ summary?: string }>
              open={dialog === 'complete'}
              title={t('inspections.perform.completeTitle')}
              okText={t('inspections.perform.complete')}
              form={completeForm}
              testId="inspection-complete-form"
              onClose={() => setDialog(null)}
              onSubmit={async (v) => {
                const result = await complete({ input: { inspectionId: i.id, summary: v.summary?.trim() || null } });
                return inspectionOutcome(completeForm, ['summary'], t, result, result.data?.completeInspection);
              }}
            >
              <Typography.Paragraph type="secondary">{t('inspections.perform.completeHint')}</Typography.Paragraph>
              <Form.Item name="summary" label={t('inspections.fields.summary')}>
                <Input.TextArea
                  rows={3}
                  maxLength={2000}
                  placeholder={t('inspections.placeholders.summary')}
                  data-testid="inspection-summary"
                />
              </Form.Item>
            </FormModal>
            <FormModal<{ reason: string }>
              open={dialog === 'cancel'}
              title={t('inspections.perform.cancelTitle')}
              okText={t('inspections.perform.cancel')}
              danger
              form={cancelForm}
              onClose={() => setDialog(null)}
              onSubmit={async (v) => {
                const result = await cancel({ input: { inspectionId: i.id, reason: v.reason.trim() } });
                return inspectionOutcome(cancelForm, ['reason'], t, result, result.data?.cancelInspection);
              }}
            >
              <Form.Item
                name="reason"
                label={t('inspections.fields.cancelReason')}
                rules={[{ required: true, whitespace: true, message: t('inspections.errors.reason.REQUIRED') }]}
              >
                <Input maxLength={500} placeholder={t('inspections.placeholders.cancelReason')} />
              </Form.Item>
            </FormModal>
            <IssueNoticeForm
              open={!!source}
              source={source}
              onClose={() => setSource(null)}
              onIssued={(c) => {
                message.success(t('inspections.perform.noticeIssued', { reference: c.reference }));
                refetch({ requestPolicy: 'network-only' });
              }}
            />
          </Flex>
        ) : (
          <Result status="404" title="404" subTitle={t('inspections.notFound')} />
        )}
      </QueryState>
    </div>
  );
}
