import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, FileProtectOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Grid,
  Input,
  List,
  Result,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useLocale } from '../../app/locale-context.js';
import { FormModal } from '../../components/FormModal.js';
import { QueryState } from '../../components/QueryState.js';
import { useSession } from '../../features/auth/session-context.js';
import { CaseStatusTag } from '../../features/cases/components/CaseStatusTag.js';
import { ExternalInspectionForm } from '../../features/inspections/components/ExternalInspectionForm.js';
import { IssueNoticeForm } from '../../features/inspections/components/IssueNoticeForm.js';
import { externalInspectionQuery, voidExternalMutation } from '../../features/inspections/inspection.operations.js';
import { inspectionOutcome } from '../../features/inspections/inspection-errors.js';
import { noticePath } from '../../features/inspections/inspection-format.js';
import { formatDateTime } from '../../lib/format.js';
import { ActionsTag } from './ExternalInspectionsPage.js';

/** /inspections/external/:id: an external inspection received, its findings and the notices they led to. */
export function ExternalInspectionPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const { can } = useSession();
  const { id = '' } = useParams();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: externalInspectionQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [dialog, setDialog] = useState<'edit' | 'void' | 'notice' | null>(null);
  const [voidForm] = Form.useForm<{ reason: string }>();
  const [, voidIt] = useMutation(voidExternalMutation);
  const e = data?.externalInspection;

  useEffect(() => {
    document.title = `${e?.bodyName ?? t('inspections.external.title')} · Steward`;
  }, [t, e?.bodyName]);

  return (
    <div style={{ maxWidth: 1000, margin: '0 auto' }}>
      <Link to="/inspections/external">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('inspections.external.backToList')}
        </Button>
      </Link>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {e ? (
          <Flex vertical gap={16} data-testid="external-page">
            <Card styles={{ body: { padding: compact ? 16 : 24 } }}>
              <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
                <Tag bordered={false} color="volcano" style={{ marginInlineEnd: 0 }}>
                  {t(`inspections.external.bodyType.${e.bodyType}`)}
                </Tag>
                <Typography.Title level={compact ? 4 : 3} style={{ margin: 0 }}>
                  {e.bodyName}
                </Typography.Title>
                <ActionsTag e={e} />
              </Flex>
              {!!e.voidedAt && (
                <Alert
                  type="warning"
                  style={{ marginBottom: 12 }}
                  title={t('inspections.external.voided', { reason: e.voidReason })}
                />
              )}
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'site', label: t('inspections.external.fields.site'), children: e.site.name },
                  {
                    key: 'at',
                    label: t('inspections.external.fields.inspectedAt'),
                    children: formatDateTime(e.inspectedAt, locale),
                  },
                  { key: 'by', label: t('inspections.external.fields.receivedBy'), children: e.receivedBy.name },
                  { key: 'scope', label: t('inspections.external.fields.scope'), children: e.scope ?? '—' },
                  {
                    key: 'findings',
                    label: t('inspections.external.fields.findings'),
                    children: <span style={{ whiteSpace: 'pre-wrap' }}>{e.findings ?? '—'}</span>,
                  },
                  {
                    key: 'documents',
                    label: t('inspections.external.fields.documentsProvided'),
                    children: e.documentsProvided ?? '—',
                  },
                ]}
              />
              {e.viewerMayEdit && (
                <Flex gap={8} wrap style={{ marginTop: 12 }}>
                  <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                    {t('inspections.external.edit')}
                  </Button>
                  <Button danger icon={<DeleteOutlined />} onClick={() => setDialog('void')}>
                    {t('inspections.external.void')}
                  </Button>
                </Flex>
              )}
            </Card>
            <Card
              size="small"
              title={t('inspections.external.fields.notices')}
              extra={
                !e.voidedAt &&
                can('inspection.create') && (
                  <Button
                    size="small"
                    type="primary"
                    icon={<FileProtectOutlined />}
                    onClick={() => setDialog('notice')}
                    data-testid="external-issue-notice"
                  >
                    {t('inspections.external.issueAction')}
                  </Button>
                )
              }
            >
              {e.notices.length ? (
                <List
                  dataSource={e.notices}
                  renderItem={(n) => (
                    <List.Item>
                      <Flex justify="space-between" align="center" gap={8} wrap style={{ width: '100%' }}>
                        <Link to={noticePath(n.id)} style={{ minWidth: 0 }}>
                          <Typography.Text type="secondary" style={{ marginInlineEnd: 6 }}>
                            {n.reference}
                          </Typography.Text>
                          {n.title}
                        </Link>
                        <Flex gap={4}>
                          <CaseStatusTag status={n.status} />
                          {n.overdue && (
                            <Tag color="error" bordered={false} style={{ marginInlineEnd: 0 }}>
                              {t('cases.badges.overdue')}
                            </Tag>
                          )}
                        </Flex>
                      </Flex>
                    </List.Item>
                  )}
                />
              ) : (
                <Empty description={t('inspections.external.noNotices')} />
              )}
            </Card>
            <ExternalInspectionForm open={dialog === 'edit'} existing={e} onClose={() => setDialog(null)} />
            <FormModal<{ reason: string }>
              open={dialog === 'void'}
              title={t('inspections.external.voidTitle')}
              okText={t('inspections.external.void')}
              danger
              form={voidForm}
              onClose={() => setDialog(null)}
              onSubmit={async (v) => {
                const result = await voidIt({ input: { externalInspectionId: e.id, reason: v.reason.trim() } });
                return inspectionOutcome(voidForm, ['reason'], t, result, result.data?.voidExternalInspection);
              }}
            >
              <Form.Item
                name="reason"
                label={t('inspections.external.voidReason')}
                rules={[{ required: true, whitespace: true, message: t('inspections.errors.reason.REQUIRED') }]}
              >
                <Input maxLength={500} />
              </Form.Item>
            </FormModal>
            <IssueNoticeForm
              open={dialog === 'notice'}
              source={{
                origin: 'EXTERNAL_INSPECTION',
                sourceId: e.id,
                siteCode: e.site.code,
                description: e.findings ?? undefined,
              }}
              onClose={() => setDialog(null)}
              onIssued={(c) => {
                message.success(t('inspections.notices.issued', { reference: c.reference }));
                refetch({ requestPolicy: 'network-only' });
              }}
            />
          </Flex>
        ) : (
          <Result status="404" title="404" subTitle={t('inspections.external.notFound')} />
        )}
      </QueryState>
    </div>
  );
}
