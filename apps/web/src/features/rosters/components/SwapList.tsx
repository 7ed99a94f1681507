import { SwapOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Form, Input, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import type { ShiftSwapFieldsFragment, ShiftSwapStatus } from '../../../gql/graphql.js';
import { formatDateTime } from '../../../lib/format.js';
import { approveShiftSwapMutation, cancelShiftSwapMutation, rejectShiftSwapMutation } from '../roster.operations.js';
import { patternTone, rosterOutcome } from '../roster-format.js';
import { useShiftLabel } from './RequestSwapModal.js';

const STATUS_COLOR: Record<ShiftSwapStatus, string> = {
  REQUESTED: 'gold',
  APPROVED: 'green',
  REJECTED: 'red',
  CANCELLED: 'default',
};

/** A shift a swap names, as a link. */
function ShiftLink({ shift }: { shift: NonNullable<ShiftSwapFieldsFragment['toShift']> }) {
  const label = useShiftLabel();
  const tone = patternTone(shift.pattern);
  return (
    <Link
      to={`/shifts/${shift.id}`}
      style={{
        background: tone.bg,
        color: tone.fg,
        borderInlineStart: `3px solid ${tone.bar}`,
        borderRadius: 4,
        padding: '2px 8px',
        display: 'inline-block',
      }}
    >
      {label(shift)}
    </Link>
  );
}

/** Approve (with an optional word) or reject (saying why) one swap. */
function DecideSwapModal({
  swap,
  decision,
  onClose,
  onDone,
}: {
  swap: ShiftSwapFieldsFragment | null;
  decision: 'approve' | 'reject';
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [, approve] = useMutation(approveShiftSwapMutation);
  const [, reject] = useMutation(rejectShiftSwapMutation);
  return (
    <FormModal<{ note?: string }>
      open={!!swap}
      title={decision === 'approve' ? t('rosters.swaps.approveTitle') : t('rosters.swaps.rejectTitle')}
      okText={decision === 'approve' ? t('rosters.swaps.approve') : t('rosters.swaps.reject')}
      danger={decision === 'reject'}
      form={form}
      testId={`swap-${decision}-form`}
      onClose={onClose}
      onDone={() => {
        message.success(decision === 'approve' ? t('rosters.swaps.approved') : t('rosters.swaps.rejected'));
        onDone();
      }}
      onSubmit={async (v) => {
        const input = { swapId: swap?.id ?? '', note: v.note?.trim() || null };
        if (decision === 'approve') {
          const result = await approve({ input });
          return rosterOutcome(form, ['note'], t, result, result.data?.approveShiftSwap);
        }
        const result = await reject({ input });
        return rosterOutcome(form, ['note'], t, result, result.data?.rejectShiftSwap);
      }}
    >
      {swap && <SwapSummary swap={swap} />}
      <Form.Item
        name="note"
        label={t('rosters.swaps.note')}
        style={{ marginTop: 12 }}
        rules={
          decision === 'reject'
            ? [{ required: true, whitespace: true, message: t('rosters.swaps.rejectNoteRequired') }]
            : []
        }
      >
        <Input.TextArea
          rows={2}
          maxLength={500}
          showCount
          placeholder={t('rosters.swaps.notePlaceholder')}
          data-testid="swap-note"
        />
      </Form.Item>
    </FormModal>
  );
}

/** Who gives what to whom. */
function SwapSummary({ swap }: { swap: ShiftSwapFieldsFragment }) {
  const { t } = useTranslation();
  const names = { requester: swap.requester.name, colleague: swap.colleague.name };
  return (
    <Flex vertical gap={6}>
      <Typography.Text strong>
        {swap.kind === 'COVER' ? t('rosters.swaps.gives', names) : t('rosters.swaps.exchanges', names)}
      </Typography.Text>
      <Flex wrap gap={6} align="center">
        <ShiftLink shift={swap.fromShift} />
        {swap.toShift && (
          <>
            <Typography.Text type="secondary">
              <SwapOutlined /> {t('rosters.swaps.theirs')}
            </Typography.Text>
            <ShiftLink shift={swap.toShift} />
          </>
        )}
      </Flex>
    </Flex>
  );
}

/** Swap requests as cards: who, which shifts, why, where it stands, and the viewer's next step. */
export function SwapList({
  swaps,
  loading,
  onChanged,
}: {
  swaps: ShiftSwapFieldsFragment[];
  loading: boolean;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [deciding, setDeciding] = useState<{ swap: ShiftSwapFieldsFragment; decision: 'approve' | 'reject' } | null>(
    null,
  );
  const [, cancel] = useMutation(cancelShiftSwapMutation);
  if (!loading && swaps.length === 0) return <Empty description={t('rosters.swaps.empty')} data-testid="swaps-empty" />;
  return (
    <Flex vertical gap={10} data-testid="swap-list">
      {swaps.map((swap) => (
        <Card
          key={swap.id}
          size="small"
          styles={{ body: { padding: 14 } }}
          data-testid="swap-card"
          data-status={swap.status}
          data-requester={swap.requester.name}
          data-colleague={swap.colleague.name}
        >
          <Flex justify="space-between" align="flex-start" gap={8} wrap>
            <Flex gap={6} align="center" wrap>
              <Tag color={STATUS_COLOR[swap.status]} bordered={false} data-testid="swap-status">
                {t(`rosters.swaps.status.${swap.status}`)}
              </Tag>
              <Tag bordered={false}>{t(`rosters.swaps.kind.${swap.kind}`)}</Tag>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('rosters.swaps.requestedAt', { time: formatDateTime(swap.createdAt, locale) })}
            </Typography.Text>
          </Flex>
          <div style={{ marginTop: 8 }}>
            <SwapSummary swap={swap} />
          </div>
          {swap.reason && (
            <Typography.Paragraph style={{ margin: '8px 0 0' }} type="secondary">
              “{swap.reason}”
            </Typography.Paragraph>
          )}
          {swap.decidedBy && swap.status !== 'CANCELLED' && (
            <Typography.Paragraph style={{ margin: '6px 0 0', fontSize: 13 }}>
              <Typography.Text type="secondary">
                {t('rosters.swaps.decidedBy', {
                  name: swap.decidedBy.name,
                  time: formatDateTime(swap.decidedAt, locale),
                })}
              </Typography.Text>
              {swap.decisionNote ? `：${swap.decisionNote}` : ''}
            </Typography.Paragraph>
          )}
          {(swap.viewerMayDecide || swap.viewerMayCancel) && (
            <Flex gap={8} style={{ marginTop: 10 }} wrap>
              {swap.viewerMayDecide && (
                <>
                  <Button
                    type="primary"
                    onClick={() => setDeciding({ swap, decision: 'approve' })}
                    data-testid="swap-approve"
                  >
                    {t('rosters.swaps.approve')}
                  </Button>
                  <Button danger onClick={() => setDeciding({ swap, decision: 'reject' })} data-testid="swap-reject">
                    {t('rosters.swaps.reject')}
                  </Button>
                </>
              )}
              {swap.viewerMayCancel && (
                <Popconfirm
                  title={t('rosters.swaps.cancelConfirm')}
                  okText={t('rosters.swaps.cancel')}
                  cancelText={t('common.cancel')}
                  onConfirm={async () => {
                    const result = await cancel({ input: { swapId: swap.id } });
                    const outcome = rosterOutcome(null, [], t, result, result.data?.cancelShiftSwap);
                    if (!outcome.ok) return void message.error(outcome.problem ?? t('errors.unknown'));
                    message.success(t('rosters.swaps.cancelled'));
                    onChanged();
                  }}
                >
                  <Button data-testid="swap-cancel">{t('rosters.swaps.cancel')}</Button>
                </Popconfirm>
              )}
            </Flex>
          )}
        </Card>
      ))}
      <DecideSwapModal
        swap={deciding?.swap ?? null}
        decision={deciding?.decision ?? 'approve'}
        onClose={() => setDeciding(null)}
        onDone={onChanged}
      />
    </Flex>
  );
}
