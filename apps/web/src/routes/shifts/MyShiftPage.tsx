import { CalendarOutlined, ControlOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Grid, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { MyAttendanceCard } from '../../features/attendance/components/MyAttendanceCard.js';
import { MyPatrolCard } from '../../features/patrols/components/MyPatrolCard.js';
import { ShiftHeaderCard } from '../../features/shifts/components/ShiftHeaderCard.js';
import { useLiveShift } from '../../features/shifts/hooks/use-live-shift.js';
import { myCurrentShiftQuery } from '../../features/shifts/shift.operations.js';

/**
 * /my-shift — "my shift today", made for a phone on patrol: the shift, check in and out, my post,
 * scan a checkpoint, report what I find; the leader's console one tap away.
 */
export function MyShiftPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: myCurrentShiftQuery,
    requestPolicy: 'cache-and-network',
  });
  const shift = data?.myCurrentShift;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useLiveShift(shift ? { shiftId: shift.id } : null, reload);

  useEffect(() => {
    document.title = `${t('shifts.myShiftTitle')} · Steward`;
  }, [t]);

  return (
    <div style={{ maxWidth: 720, margin: '0 auto' }}>
      <Typography.Title level={compact ? 3 : 2} style={{ marginTop: 0 }}>
        {t('shifts.myShiftTitle')}
      </Typography.Title>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        {shift ? (
          <Flex vertical gap={12} data-testid="my-shift">
            <ShiftHeaderCard
              shift={shift}
              compact={compact}
              extra={
                shift.viewerMayLead ? (
                  <Link to={`/shifts/${shift.id}`}>
                    <Button icon={<ControlOutlined />} data-testid="open-console" block={compact}>
                      {t('shifts.openConsole')}
                    </Button>
                  </Link>
                ) : null
              }
            />
            <MyAttendanceCard shift={shift} refetch={reload} compact={compact} />
            <MyPatrolCard shift={shift} refetch={reload} compact={compact} />
          </Flex>
        ) : (
          <Empty description={t('shifts.noCurrentShift')} data-testid="no-current-shift">
            <Link to="/shifts">
              <Button icon={<CalendarOutlined />}>{t('shifts.seeRoster')}</Button>
            </Link>
          </Empty>
        )}
      </QueryState>
    </div>
  );
}
