import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Flex, Radio, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { QueryState } from '../../../components/QueryState.js';
import type { AttendanceMemberFieldsFragment, RollCall } from '../../../gql/graphql.js';
import { formatTime } from '../../../lib/format.js';
import { useLiveShift } from '../../shifts/hooks/use-live-shift.js';
import type { ShiftSlotProps } from '../../shifts/shift-slots.js';
import {
  checkInMutation,
  checkOutMutation,
  recordRollCallMutation,
  shiftBriefingPanelQuery,
} from '../attendance.operations.js';
import { AttendanceStatusTag } from '../attendance-format.js';
import { useStepProblem } from '../hooks/use-step-problem.js';
import { BriefingTopicsCard } from './BriefingTopicsCard.js';
import { DisciplineList } from './DisciplineList.js';
import { GroomingCard } from './GroomingCard.js';
import { PostBoard } from './PostBoard.js';
import { RecordDisciplineForm } from './RecordDisciplineForm.js';

export type Member = AttendanceMemberFieldsFragment;

/** The roll call (SL-13): a big here/absent toggle per officer, their attendance beside it. */
function RollCallCard({
  shiftId,
  officers,
  mayLead,
  compact,
  onChanged,
}: {
  shiftId: string;
  officers: readonly Member[];
  mayLead: boolean;
  compact: boolean;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const problemOf = useStepProblem();
  const [{ fetching }, rollCall] = useMutation(recordRollCallMutation);
  const [, checkIn] = useMutation(checkInMutation);
  const [, checkOut] = useMutation(checkOutMutation);

  const call = async (entries: { memberId: string; rollCall: RollCall }[]) => {
    const res = await rollCall({ input: { shiftId, entries } });
    const problem = problemOf(res, res.data?.recordRollCall);
    if (problem) return void message.error(problem);
    const raised = res.data?.recordRollCall.raised.length ?? 0;
    if (raised) void message.warning(t('attendance.discipline.done.record'));
    onChanged();
  };
  const attend = async (step: 'checkIn' | 'checkOut', memberId: string) => {
    const res = step === 'checkIn' ? await checkIn({ input: { memberId } }) : await checkOut({ input: { memberId } });
    const payload = res.data && ('checkIn' in res.data ? res.data.checkIn : res.data.checkOut);
    const problem = problemOf(res, payload, step);
    if (problem) return void message.error(problem);
    void message.success(t(`attendance.attendance.done.${step}`));
    onChanged();
  };
  const uncalled = officers.filter((m) => !m.onLeave && !m.rollCall);

  return (
    <Card
      size={compact ? 'small' : 'default'}
      title={t('attendance.rollCall.title')}
      extra={
        mayLead && uncalled.length > 0 ? (
          <Button
            icon={<CheckOutlined />}
            loading={fetching}
            onClick={() => void call(uncalled.map((m) => ({ memberId: m.id, rollCall: 'PRESENT' })))}
            data-testid="roll-call-all-present"
          >
            {t('attendance.rollCall.allPresent')}
          </Button>
        ) : null
      }
      data-testid="roll-call"
    >
      {mayLead && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('attendance.rollCall.hint')}
        </Typography.Paragraph>
      )}
      {officers.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('attendance.rollCall.none')} />
      ) : (
        <Flex vertical gap={12}>
          {officers.map((m) => (
            <Flex
              key={m.id}
              justify="space-between"
              align="center"
              gap={12}
              wrap
              data-testid="roll-call-row"
              data-name={m.staff.name}
              data-roll-call={m.rollCall ?? ''}
            >
              <Flex vertical style={{ minWidth: 0, flex: '1 1 160px' }}>
                <Flex align="center" gap={6} wrap>
                  <Typography.Text strong style={{ fontSize: 16 }}>
                    {m.staff.name}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {m.staff.employeeNo}
                  </Typography.Text>
                </Flex>
                <Flex align="center" gap={6} wrap style={{ marginTop: 2 }}>
                  <AttendanceStatusTag status={m.attendanceStatus} />
                  {!!m.checkInAt && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('attendance.attendance.checkedInAt', { time: formatTime(m.checkInAt, locale) })}
                    </Typography.Text>
                  )}
                  {m.minutesLate != null && (
                    <Tag color="red" style={{ marginInlineEnd: 0 }}>
                      {t('attendance.attendance.lateBy', { count: m.minutesLate })}
                    </Tag>
                  )}
                  {!!m.checkOutAt && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('attendance.attendance.checkedOutAt', { time: formatTime(m.checkOutAt, locale) })}
                    </Typography.Text>
                  )}
                  {m.minutesEarly != null && (
                    <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                      {t('attendance.attendance.earlyBy', { count: m.minutesEarly })}
                    </Tag>
                  )}
                </Flex>
              </Flex>
              <Flex align="center" gap={8} wrap>
                {mayLead && !m.onLeave && !m.checkInAt && (
                  <Button size="small" onClick={() => void attend('checkIn', m.id)} data-testid="roll-call-check-in">
                    {t('attendance.rollCall.checkInFor')}
                  </Button>
                )}
                {mayLead && !!m.checkInAt && !m.checkOutAt && (
                  <Button size="small" onClick={() => void attend('checkOut', m.id)} data-testid="roll-call-check-out">
                    {t('attendance.rollCall.checkOutFor')}
                  </Button>
                )}
                {m.onLeave ? (
                  <Tag color="blue">{t('attendance.rollCall.onLeave')}</Tag>
                ) : (
                  <Radio.Group
                    size="large"
                    optionType="button"
                    buttonStyle="solid"
                    disabled={!mayLead}
                    value={m.rollCall ?? undefined}
                    onChange={(e) => void call([{ memberId: m.id, rollCall: e.target.value as RollCall }])}
                    options={[
                      {
                        value: 'PRESENT',
                        label: <span data-testid="roll-call-present">{t('attendance.rollCall.present')}</span>,
                      },
                      {
                        value: 'ABSENT',
                        label: <span data-testid="roll-call-absent">{t('attendance.rollCall.absent')}</span>,
                      },
                    ]}
                  />
                )}
              </Flex>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}

/**
 * The console's "briefing and posts" tab: the pre-shift meeting as the leader runs it (SL-9,
 * SL-13) — roll call, grooming check, posts, topics — and the discipline records the shift raised.
 * Read-only for everyone else who may see the shift.
 */
export function RollCallPanel({ shift, refetch, compact }: ShiftSlotProps) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: shiftBriefingPanelQuery,
    variables: { id: shift.id },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  useLiveShift({ shiftId: shift.id }, reload);
  const s = data?.shift;
  const changed = () => {
    reload();
    refetch();
  };

  if (shift.status === 'PLANNED') {
    return <Alert type="info" showIcon title={t('attendance.notStarted')} data-testid="briefing-not-started" />;
  }
  const mayLead = !!s?.viewerMayLead && (shift.status === 'BRIEFING' || shift.status === 'ON_DUTY');
  const officers = (s?.members ?? []).filter((m) => m.role === 'OFFICER');
  const gutter = compact ? 12 : 16;

  return (
    <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
      {s && (
        <Flex vertical gap={gutter} data-testid="briefing-panel">
          {!s.viewerMayLead && <Alert type="info" showIcon title={t('attendance.readOnly')} />}
          {s.viewerMayLead && !mayLead && <Alert type="info" showIcon title={t('attendance.locked')} />}
          <Row gutter={[gutter, gutter]}>
            <Col xs={24} xl={12}>
              <Flex vertical gap={gutter}>
                <RollCallCard
                  shiftId={s.id}
                  officers={officers}
                  mayLead={mayLead}
                  compact={compact}
                  onChanged={changed}
                />
                <GroomingCard officers={officers} mayLead={mayLead} compact={compact} onChanged={changed} />
              </Flex>
            </Col>
            <Col xs={24} xl={12}>
              <Flex vertical gap={gutter}>
                <PostBoard shiftId={s.id} members={s.members} mayLead={mayLead} compact={compact} onChanged={changed} />
                <BriefingTopicsCard
                  shiftId={s.id}
                  briefing={s.briefing ?? null}
                  mayLead={mayLead}
                  compact={compact}
                  onChanged={changed}
                />
              </Flex>
            </Col>
          </Row>
          <Card
            size={compact ? 'small' : 'default'}
            title={t('attendance.discipline.title')}
            extra={
              mayLead && officers.length > 0 ? (
                <Button icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="record-discipline">
                  {t('attendance.discipline.record')}
                </Button>
              ) : null
            }
            data-testid="shift-discipline"
          >
            <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
              {t('attendance.discipline.shiftHint')}
            </Typography.Paragraph>
            <DisciplineList
              records={s.disciplineRecords}
              emptyText={t('attendance.discipline.none')}
              onChanged={changed}
            />
          </Card>
          <RecordDisciplineForm
            open={recording}
            officers={officers.filter((m) => !m.onLeave).map((m) => ({ id: m.id, name: m.staff.name }))}
            onClose={() => setRecording(false)}
            onDone={changed}
          />
        </Flex>
      )}
    </QueryState>
  );
}
