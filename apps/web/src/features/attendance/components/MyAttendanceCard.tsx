import { EnvironmentOutlined, LoginOutlined, LogoutOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { describeError } from '../../../lib/errors.js';
import { formatTime } from '../../../lib/format.js';
import type { ShiftSlotProps } from '../../shifts/shift-slots.js';
import { checkInMutation, checkOutMutation, myAttendanceQuery } from '../attendance.operations.js';
import { AttendanceStatusTag, describeStepError } from '../attendance-format.js';

const BIG = { height: 56, fontSize: 18 } as const;

/**
 * "My shift" on a phone: my post, check in and check out with big buttons, my attendance status;
 * lateness and leaving early in plain words.
 */
export function MyAttendanceCard({ shift, refetch, compact }: ShiftSlotProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [{ data }, reload] = useQuery({
    query: myAttendanceQuery,
    variables: { id: shift.id },
    pause: !shift.viewerMember,
    requestPolicy: 'cache-and-network',
  });
  const [checkingIn, checkIn] = useMutation(checkInMutation);
  const [checkingOut, checkOut] = useMutation(checkOutMutation);
  const me = data?.shift?.viewerMember ?? null;
  if (!shift.viewerMember) return null;

  const run = async (step: 'checkIn' | 'checkOut') => {
    const input = { memberId: shift.viewerMember?.id ?? null };
    const res = step === 'checkIn' ? await checkIn({ input }) : await checkOut({ input });
    const payload = res.data && ('checkIn' in res.data ? res.data.checkIn : res.data.checkOut);
    if (res.error) return void message.error(describeError(res.error, t));
    const problem = payload?.userErrors[0];
    if (problem) return void message.error(describeStepError(step, problem, t));
    void message.success(t(`attendance.attendance.done.${step}`));
    reload({ requestPolicy: 'network-only' });
    refetch();
  };

  const closed = shift.status === 'CLOSED';
  const grooming = me?.groomingCheck;
  return (
    <Card
      title={t('attendance.attendance.title')}
      extra={me && <AttendanceStatusTag status={me.attendanceStatus} testId="my-attendance-status" />}
      styles={{ body: { padding: compact ? 16 : 24 } }}
      data-testid="my-attendance"
    >
      <Flex vertical gap={16}>
        <Flex align="center" gap={12}>
          <EnvironmentOutlined style={{ fontSize: 28, color: '#1677ff' }} />
          <div>
            <Typography.Text type="secondary">{t('attendance.attendance.myPost')}</Typography.Text>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="my-post">
              {me?.post ? t(`shifts.post.${me.post}`) : t('attendance.attendance.noPost')}
            </Typography.Title>
          </div>
        </Flex>

        {me?.onLeave && (
          <Alert
            type="info"
            showIcon
            title={
              me.leaveNote
                ? t('attendance.attendance.onLeave', { note: me.leaveNote })
                : t('attendance.attendance.onLeaveNoNote')
            }
          />
        )}

        {me && !me.onLeave && (
          <Flex vertical gap={6}>
            <Flex align="center" gap={8} wrap>
              <Typography.Text strong style={{ fontSize: 16 }} data-testid="my-check-in">
                {me.checkInAt
                  ? t('attendance.attendance.checkedInAt', { time: formatTime(me.checkInAt, locale) })
                  : t('attendance.attendance.notCheckedIn')}
              </Typography.Text>
              {me.minutesLate != null && (
                <Tag color="red" style={{ fontSize: 14 }} data-testid="my-late">
                  {t('attendance.attendance.lateBy', { count: me.minutesLate })}
                </Tag>
              )}
            </Flex>
            {!!me.checkOutAt && (
              <Flex align="center" gap={8} wrap>
                <Typography.Text strong style={{ fontSize: 16 }} data-testid="my-check-out">
                  {t('attendance.attendance.checkedOutAt', { time: formatTime(me.checkOutAt, locale) })}
                </Typography.Text>
                {me.minutesEarly != null && (
                  <Tag color="orange" style={{ fontSize: 14 }} data-testid="my-early">
                    {t('attendance.attendance.earlyBy', { count: me.minutesEarly })}
                  </Tag>
                )}
              </Flex>
            )}
            {grooming && (
              <Typography.Text type="secondary">
                {t('attendance.attendance.grooming', {
                  result: grooming.passed ? t('attendance.grooming.passed') : t('attendance.grooming.failed'),
                })}
              </Typography.Text>
            )}
          </Flex>
        )}

        {me && !me.onLeave && !closed && !me.checkOutAt && (
          <>
            {me.checkInAt ? (
              <Button
                size="large"
                block
                icon={<LogoutOutlined />}
                style={BIG}
                loading={checkingOut.fetching}
                onClick={() => void run('checkOut')}
                data-testid="check-out"
              >
                {t('attendance.attendance.checkOut')}
              </Button>
            ) : (
              <Button
                type="primary"
                size="large"
                block
                icon={<LoginOutlined />}
                style={BIG}
                loading={checkingIn.fetching}
                onClick={() => void run('checkIn')}
                data-testid="check-in"
              >
                {t('attendance.attendance.checkIn')}
              </Button>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('attendance.attendance.window')}
            </Typography.Text>
          </>
        )}
      </Flex>
    </Card>
  );
}
