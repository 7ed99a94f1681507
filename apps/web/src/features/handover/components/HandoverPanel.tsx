import { Card, Collapse, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { QueryState } from '../../../components/QueryState.js';
import { formatDate } from '../../../lib/format.js';
import { useLiveShift } from '../../shifts/hooks/use-live-shift.js';
import type { ShiftSlotProps } from '../../shifts/shift-slots.js';
import { shiftHandoverQuery } from '../handover.operations.js';
import { HandoverActions } from './HandoverActions.js';
import { HandoverStatusTag, HandoverSummary } from './HandoverSummary.js';
import { HandoverWizard } from './HandoverWizard.js';

/**
 * The shift console's handover tab (R37, C22). For the outgoing leader, the handover wizard while
 * the handover is theirs to write; once submitted, the handover as handed over with both
 * confirmations and the printable sheet. For the incoming leader, the previous shift's handover to
 * this one, to check and accept or dispute. For the director, both, and the steps only they take.
 */
export function HandoverPanel({ shift, refetch, compact }: ShiftSlotProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [{ data, fetching, error }, refetchHandover] = useQuery({
    query: shiftHandoverQuery,
    variables: { id: shift.id },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetchHandover({ requestPolicy: 'network-only' });
  useLiveShift({ shiftId: shift.id }, reload);
  const done = () => {
    reload();
    refetch();
  };
  const s = data?.shift;
  const handover = s?.handover ?? null;
  const incoming = s?.incomingHandover ?? null;
  const writing = !!s?.handoverSteps.includes('SAVE') && !!s.handoverPrefill;
  // The previous shift's handover comes first while it waits for this side; once settled, it folds away below.
  const incomingNeedsAction =
    !!incoming &&
    (incoming.status === 'SUBMITTED' || incoming.status === 'DISPUTED' || incoming.viewerSteps.length > 0);
  const incomingTitle = incoming
    ? t('handover.incomingTitle', {
        date: formatDate(incoming.shift.date, locale),
        pattern: incoming.shift.pattern.name,
        name: incoming.outgoingLeader.name,
      })
    : '';
  const incomingCard = incoming ? (
    <Card
      size="small"
      title={incomingTitle}
      extra={<HandoverActions h={incoming} onDone={done} />}
      data-testid="handover-incoming-card"
    >
      <HandoverSummary h={incoming} compact={compact} shiftId={incoming.shift.id} />
    </Card>
  ) : null;

  return (
    <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
      <Flex vertical gap={16} data-testid="handover-panel">
        {incoming && incomingNeedsAction && incomingCard}
        <Card
          size="small"
          title={t('handover.outgoingTitle')}
          extra={handover && !writing ? <HandoverActions h={handover} onDone={done} /> : null}
        >
          {writing && s?.handoverPrefill ? (
            <HandoverWizard
              shiftId={shift.id}
              siteCode={shift.site.code}
              handover={handover}
              prefill={s.handoverPrefill}
              canSubmit={s.handoverSteps.includes('SUBMIT')}
              compact={compact}
              onDone={done}
            />
          ) : handover && handover.status !== 'DRAFT' ? (
            <HandoverSummary h={handover} compact={compact} shiftId={shift.id} />
          ) : (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                <Typography.Text type="secondary">
                  {t(
                    s?.status === 'PLANNED' || s?.status === 'BRIEFING'
                      ? 'handover.notStarted'
                      : handover
                        ? 'handover.draftInProgress'
                        : 'handover.nothingYet',
                  )}
                </Typography.Text>
              }
            />
          )}
        </Card>
        {incoming && !incomingNeedsAction && (
          <Collapse
            size="small"
            data-testid="handover-incoming-collapsed"
            items={[
              {
                key: 'incoming',
                label: (
                  <Flex gap={8} align="center" wrap>
                    <span>{incomingTitle}</span>
                    <HandoverStatusTag status={incoming.status} />
                  </Flex>
                ),
                children: <HandoverSummary h={incoming} compact={compact} shiftId={incoming.shift.id} />,
              },
            ]}
          />
        )}
      </Flex>
    </QueryState>
  );
}
