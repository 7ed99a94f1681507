import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Grid, Result, Tabs } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { MyAttendanceCard } from '../../features/attendance/components/MyAttendanceCard.js';
import { RollCallPanel } from '../../features/attendance/components/RollCallPanel.js';
import { DutyLogPanel } from '../../features/handover/components/DutyLogPanel.js';
import { HandoverPanel } from '../../features/handover/components/HandoverPanel.js';
import { CoveragePanel } from '../../features/patrols/components/CoveragePanel.js';
import { ShiftHeaderCard } from '../../features/shifts/components/ShiftHeaderCard.js';
import { ShiftSteps } from '../../features/shifts/components/ShiftSteps.js';
import { useLiveShift } from '../../features/shifts/hooks/use-live-shift.js';
import { shiftQuery } from '../../features/shifts/shift.operations.js';

const TABS = ['briefing', 'patrols', 'log', 'handover'] as const;
type Tab = (typeof TABS)[number];

/**
 * /shifts/:id — the shift leader's console (and the director's view of any shift): the pre-shift
 * meeting (roll call, grooming, posts), live patrol coverage, the duty log and the handover.
 */
export function ShiftConsolePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: shiftQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const shift = data?.shift;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useLiveShift(shift ? { shiftId: shift.id } : null, reload);

  useEffect(() => {
    document.title = `${t('shifts.consoleTitle')} · Steward`;
  }, [t]);

  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : shift?.status === 'HANDING_OVER' || shift?.status === 'CLOSED'
      ? 'handover'
      : shift?.status === 'ON_DUTY'
        ? 'patrols'
        : 'briefing';

  return (
    <div style={{ maxWidth: 1200, margin: '0 auto' }}>
      <Link to="/shifts">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('shifts.backToRoster')}
        </Button>
      </Link>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        {shift ? (
          <Flex vertical gap={16} data-testid="shift-console">
            <ShiftHeaderCard shift={shift} compact={compact} extra={<ShiftSteps shift={shift} />} />
            {shift.viewerMember && <MyAttendanceCard shift={shift} refetch={reload} compact={compact} />}
            <Card styles={{ body: { padding: compact ? 8 : 16 } }}>
              <Tabs
                activeKey={tab}
                onChange={(key) => setParams({ tab: key }, { replace: true })}
                items={[
                  {
                    key: 'briefing',
                    label: t('shifts.tabs.briefing'),
                    children: <RollCallPanel shift={shift} refetch={reload} compact={compact} />,
                  },
                  {
                    key: 'patrols',
                    label: t('shifts.tabs.patrols'),
                    children: <CoveragePanel shift={shift} refetch={reload} compact={compact} />,
                  },
                  {
                    key: 'log',
                    label: t('shifts.tabs.log'),
                    children: <DutyLogPanel shift={shift} refetch={reload} compact={compact} />,
                  },
                  {
                    key: 'handover',
                    label: t('shifts.tabs.handover'),
                    children: <HandoverPanel shift={shift} refetch={reload} compact={compact} />,
                  },
                ]}
              />
            </Card>
          </Flex>
        ) : (
          <Result status="404" title={t('shifts.notFound')} />
        )}
      </QueryState>
    </div>
  );
}
