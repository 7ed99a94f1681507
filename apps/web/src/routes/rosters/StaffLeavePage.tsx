import { CalendarOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Grid, Select, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { LeaveList, RecordLeaveModal, useLeavePeople } from '../../features/rosters/components/LeaveViews.js';
import { RosterNav } from '../../features/rosters/components/RosterNav.js';
import { rosterSetupQuery, staffLeavesQuery } from '../../features/rosters/roster.operations.js';
import { useRosterAbilities } from '../../features/rosters/roster-format.js';

/** /shifts/leave[?person=&cancelled=1] — days off: recorded by the director or a team's leader. */
export function StaffLeavePage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const can = useRosterAbilities();
  const [params, setParams] = useSearchParams();
  const person = params.get('person');
  const includeCancelled = params.get('cancelled') === '1';
  const [{ data, fetching, error }, refetch] = useQuery({
    query: staffLeavesQuery,
    variables: { filter: { staffId: person, includeCancelled }, first: 50 },
    requestPolicy: 'cache-and-network',
  });
  const [{ data: setup }] = useQuery({ query: rosterSetupQuery, pause: !can.overview });
  const people = useLeavePeople(setup);
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const [recording, setRecording] = useState(false);
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <div style={{ maxWidth: 960, margin: '0 auto' }}>
      <RosterNav
        section="leave"
        title={t('rosters.leave.title')}
        compact={compact}
        extra={
          can.recordLeave ? (
            <Button
              type="primary"
              icon={<CalendarOutlined />}
              onClick={() => setRecording(true)}
              data-testid="leave-record"
            >
              {t('rosters.recordLeave')}
            </Button>
          ) : null
        }
      />
      <Typography.Paragraph type="secondary">{t('rosters.leave.subtitle')}</Typography.Paragraph>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        {can.overview && (
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 200 }}
            value={person ?? undefined}
            placeholder={t('rosters.filters.everyone')}
            onChange={(v) => set('person', v ?? null)}
            options={people}
            aria-label={t('rosters.filters.person')}
          />
        )}
        <Checkbox checked={includeCancelled} onChange={(e) => set('cancelled', e.target.checked ? '1' : null)}>
          {t('rosters.leave.showCancelled')}
        </Checkbox>
      </Flex>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        <LeaveList leaves={data?.staffLeaves.nodes ?? []} loading={fetching && !data} onChanged={reload} />
      </QueryState>
      <RecordLeaveModal open={recording} setup={setup} onClose={() => setRecording(false)} onDone={reload} />
    </div>
  );
}
