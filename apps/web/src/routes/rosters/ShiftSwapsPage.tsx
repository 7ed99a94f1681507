import { SwapOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Segmented } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { RequestSwapModal } from '../../features/rosters/components/RequestSwapModal.js';
import { RosterNav } from '../../features/rosters/components/RosterNav.js';
import { SwapList } from '../../features/rosters/components/SwapList.js';
import { shiftSwapsQuery } from '../../features/rosters/roster.operations.js';
import { useRosterAbilities } from '../../features/rosters/roster-format.js';
import type { ShiftSwapInvolvement } from '../../gql/graphql.js';

type Filter = ShiftSwapInvolvement | 'ALL';

/**
 * /shifts/swaps[?show=] — shift swaps: those waiting for the viewer's decision (leaders, the
 * director), those they asked for, those asked of them; request one; approve, reject, withdraw.
 */
export function ShiftSwapsPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const can = useRosterAbilities();
  const [params, setParams] = useSearchParams();
  const filters: Filter[] = [...(can.decide ? (['TO_DECIDE'] as const) : []), 'REQUESTED_BY_ME', 'ASKED_OF_ME', 'ALL'];
  const show = (filters as string[]).includes(params.get('show') ?? '') ? (params.get('show') as Filter) : filters[0];
  const [{ data, fetching, error }, refetch] = useQuery({
    query: shiftSwapsQuery,
    variables: { filter: show === 'ALL' ? null : { involvement: show }, first: 50 },
    requestPolicy: 'cache-and-network',
  });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const [requesting, setRequesting] = useState(false);
  return (
    <div style={{ maxWidth: 960, margin: '0 auto' }}>
      <RosterNav
        section="swaps"
        title={t('rosters.swaps.title')}
        compact={compact}
        extra={
          <Button
            type="primary"
            icon={<SwapOutlined />}
            onClick={() => setRequesting(true)}
            data-testid="swaps-request"
          >
            {t('rosters.requestSwap')}
          </Button>
        }
      />
      <Flex style={{ marginBottom: 12, overflowX: 'auto' }}>
        <Segmented<Filter>
          value={show}
          onChange={(v) => {
            const next = new URLSearchParams(params);
            next.set('show', v);
            setParams(next, { replace: true });
          }}
          options={filters.map((f) => ({ value: f, label: t(`rosters.swaps.filter.${f}`) }))}
          data-testid="swaps-filter"
        />
      </Flex>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        <SwapList swaps={data?.shiftSwaps.nodes ?? []} loading={fetching && !data} onChanged={reload} />
      </QueryState>
      <RequestSwapModal open={requesting} onClose={() => setRequesting(false)} onDone={reload} />
    </div>
  );
}
