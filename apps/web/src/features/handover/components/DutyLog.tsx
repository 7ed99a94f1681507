import { CheckCircleOutlined, EditOutlined, LinkOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Form, Input, Select, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import type { DutyLogDetailFragment, DutyLogStatus } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { formatDateTime, formatTime } from '../../../lib/format.js';
import { addDutyLogEntryMutation, linkableCasesQuery, reviewDutyLogMutation } from '../handover.operations.js';
import { DUTY_LOG_STATUS_COLOR } from '../handover-format.js';

export function DutyLogStatusTag({ status }: { status: DutyLogStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={DUTY_LOG_STATUS_COLOR[status]} bordered={false} data-status={status} data-testid="duty-log-status">
      {t(`handover.logStatus.${status}`)}
    </Tag>
  );
}

/** Where an entry goes: a shift's log, or the viewer's department's log of today at a site. */
export type LogTarget = { shiftId: string } | { siteCode: string };

const AGO = [0, 15, 30, 60, 120] as const;

interface EntryValues {
  text: string;
  ago: number;
  caseId?: string | null;
}

/**
 * The quick entry box (R38): what happened, how long ago, and the case it concerns if any. Big
 * enough to type into on a phone, one tap to write.
 */
export function DutyLogEntryBox({ target, siteCode, onDone }: { target: LogTarget; siteCode: string; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EntryValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [casesOpen, setCasesOpen] = useState(false);
  const [, add] = useMutation(addDutyLogEntryMutation);
  const [cases] = useQuery({
    query: linkableCasesQuery,
    variables: { filter: { siteCode, statuses: ['OPEN', 'ASSIGNED', 'IN_PROGRESS'] } },
    pause: !casesOpen,
  });

  const submit = async (v: EntryValues) => {
    setBusy(true);
    setProblem(null);
    try {
      const at = v.ago ? new Date(Date.now() - v.ago * 60_000).toISOString() : null;
      const result = await add({ input: { ...target, text: v.text.trim(), at, caseId: v.caseId ?? null } });
      const outcome = outcomeOf(form, ['text', 'at', 'caseId'], t, result, result.data?.addDutyLogEntry);
      if (!outcome.ok) return setProblem(outcome.problem);
      form.resetFields();
      void message.success(t('handover.log.added'));
      onDone();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<EntryValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ ago: 0, caseId: null }}
      onFinish={submit}
      data-testid="duty-log-form"
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form.Item
        name="text"
        label={t('handover.log.entryLabel')}
        rules={[{ required: true, whitespace: true, message: t('handover.log.textRequired') }]}
        style={{ marginBottom: 12 }}
      >
        <Input.TextArea
          rows={3}
          maxLength={1000}
          showCount
          placeholder={t('handover.log.placeholder')}
          data-testid="duty-log-text"
        />
      </Form.Item>
      <Flex gap={12} wrap align="flex-end">
        <Form.Item name="ago" label={t('handover.log.when')} style={{ marginBottom: 0, minWidth: 140 }}>
          <Select
            options={AGO.map((m) => ({
              value: m,
              label: m ? t('handover.log.minutesAgo', { count: m }) : t('handover.log.now'),
            }))}
            data-testid="duty-log-when"
          />
        </Form.Item>
        <Form.Item name="caseId" label={t('handover.log.case')} style={{ marginBottom: 0, flex: '1 1 220px' }}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={cases.fetching}
            onOpenChange={(open) => open && setCasesOpen(true)}
            placeholder={t('handover.log.casePlaceholder')}
            options={(cases.data?.cases.nodes ?? []).map((c) => ({ value: c.id, label: `${c.reference} ${c.title}` }))}
            data-testid="duty-log-case"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} icon={<EditOutlined />} data-testid="duty-log-add">
          {t('handover.log.add')}
        </Button>
      </Flex>
    </Form>
  );
}

/** A log's entries, in the order things happened: when, who, what, and the case it concerns. */
export function DutyLogEntries({ log, showDate }: { log: DutyLogDetailFragment; showDate?: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (log.entries.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('handover.log.empty')} />;
  }
  return (
    <Timeline
      data-testid="duty-log-entries"
      items={log.entries.map((e) => ({
        key: e.id,
        content: (
          <div data-testid="duty-log-entry" style={{ paddingBottom: 2 }}>
            <Flex gap={8} align="baseline" wrap>
              <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
                {showDate ? formatDateTime(e.at, locale) : formatTime(e.at, locale)}
              </Typography.Text>
              <Typography.Text type="secondary">{e.author.name}</Typography.Text>
            </Flex>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '2px 0 0' }}>{e.text}</Typography.Paragraph>
            {e.case && (
              <Link to={`/cases/${encodeURIComponent(e.case.id)}`} data-testid="duty-log-entry-case">
                <Tag icon={<LinkOutlined />} bordered={false} color="blue" style={{ marginTop: 4 }}>
                  {e.case.reference} {e.case.title}
                </Tag>
              </Link>
            )}
          </div>
        ),
      }))}
    />
  );
}

/** The director's review of a closed log (DIR-10), with a note. */
export function ReviewDutyLogButton({ log, onDone }: { log: DutyLogDetailFragment; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ note?: string }>();
  const [, review] = useMutation(reviewDutyLogMutation);
  if (!log.viewerMayReview) return null;
  return (
    <>
      <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => setOpen(true)} data-testid="duty-log-review">
        {t('handover.log.review')}
      </Button>
      <FormModal<{ note?: string }>
        open={open}
        title={t('handover.log.reviewTitle')}
        okText={t('handover.log.review')}
        form={form}
        testId="duty-log-review-form"
        onClose={() => setOpen(false)}
        onDone={onDone}
        onSubmit={async (v) => {
          const result = await review({ input: { dutyLogId: log.id, note: v.note?.trim() || null } });
          const outcome = outcomeOf(form, ['note'], t, result, result.data?.reviewDutyLog);
          if (outcome.ok) void message.success(t('handover.log.reviewed'));
          return outcome;
        }}
      >
        <Form.Item name="note" label={t('handover.log.reviewNote')}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('handover.log.reviewPlaceholder')} />
        </Form.Item>
      </FormModal>
    </>
  );
}

/** The log at a glance: whose, when, its status and review; the review button for the director. */
export function DutyLogHeader({ log, onChanged }: { log: DutyLogDetailFragment; onChanged(): void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Flex justify="space-between" align="flex-start" gap={12} wrap>
      <div style={{ minWidth: 0 }}>
        <Flex gap={8} align="center" wrap>
          <DutyLogStatusTag status={log.status} />
          <Typography.Text type="secondary">
            {t('handover.log.entryCount', { count: log.entries.length })}
          </Typography.Text>
        </Flex>
        {!!log.reviewedAt && (
          <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }} data-testid="duty-log-review-note">
            {t('handover.log.reviewedBy', {
              name: log.reviewedBy?.name ?? '',
              time: formatDateTime(log.reviewedAt, locale),
            })}
            {log.reviewNote ? `${t('common.colon')}${log.reviewNote}` : ''}
          </Typography.Paragraph>
        )}
      </div>
      <ReviewDutyLogButton log={log} onDone={onChanged} />
    </Flex>
  );
}

/** A card with the log (or a prompt when nothing is written yet) and, for those who may, the entry box. */
export function DutyLogCard({
  log,
  target,
  siteCode,
  canWrite,
  onChanged,
  title,
  emptyText,
}: {
  log: DutyLogDetailFragment | null;
  target: LogTarget;
  siteCode: string;
  canWrite: boolean;
  onChanged(): void;
  title?: string;
  /** What to say while nothing is written. */
  emptyText?: string;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16} data-testid="duty-log">
      {canWrite && (
        <Card size="small" title={title ?? t('handover.log.newEntry')}>
          <DutyLogEntryBox target={target} siteCode={siteCode} onDone={onChanged} />
        </Card>
      )}
      {log ? (
        <Flex vertical gap={12}>
          <DutyLogHeader log={log} onChanged={onChanged} />
          <DutyLogEntries log={log} />
        </Flex>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? t('handover.log.none')} />
      )}
    </Flex>
  );
}
