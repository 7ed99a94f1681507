import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Empty, Flex, Input, Row, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState } from '../../../components/QueryState.js';
import type { GoodsPassFilter } from '../../../gql/graphql.js';
import { useSession } from '../../auth/session-context.js';
import { todayIn } from '../../rosters/roster-dates.js';
import { goodsPassByNumberQuery, goodsPassesQuery } from '../gate.operations.js';
import { PassCard } from './PassCard.js';
import { PassRequestModal } from './PassRequestModal.js';

type Filter = 'valid' | 'requested' | 'all';

/**
 * Goods-out passes at one site: the gate types a pass's number to find it; below, the passes good
 * today (or waiting for approval, or all). Customer service writes new ones here too.
 */
export function PassesTab({
  site,
  sites,
}: {
  site: { code: string; timeZone: string };
  sites: { code: string; name: string; timeZone: string }[];
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [number, setNumber] = useState('');
  const [looking, setLooking] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>(can('goods_vehicle.approve') ? 'requested' : 'valid');
  const [writing, setWriting] = useState(false);
  const today = todayIn(site.timeZone);
  const variables: { filter: GoodsPassFilter; first: number } = {
    first: 50,
    filter: {
      siteCode: site.code,
      ...(filter === 'valid' ? { statuses: ['APPROVED'], validOn: today } : {}),
      ...(filter === 'requested' ? { statuses: ['REQUESTED'] } : {}),
    },
  };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: goodsPassesQuery,
    variables,
    requestPolicy: 'cache-and-network',
  });
  const [found, refind] = useQuery({
    query: goodsPassByNumberQuery,
    variables: { number: looking ?? '' },
    pause: !looking,
    requestPolicy: 'network-only',
  });
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    if (looking) refind({ requestPolicy: 'network-only' });
  };
  const hit = looking ? found.data?.goodsPassByNumber : null;

  return (
    <Flex vertical gap={12}>
      <Row gutter={[8, 8]}>
        <Col xs={24} md={can('goods_vehicle.approve') ? 16 : 24}>
          <Input.Search
            size="large"
            allowClear
            enterButton={
              <span>
                <SearchOutlined /> {t('gate.passes.lookupButton')}
              </span>
            }
            aria-label={t('gate.passes.lookup')}
            placeholder={t('gate.passes.lookupPlaceholder')}
            maxLength={40}
            value={number}
            onChange={(e) => {
              setNumber(e.target.value);
              if (!e.target.value.trim()) setLooking(null);
            }}
            onSearch={(value) => setLooking(value.trim() || null)}
            data-testid="pass-lookup"
          />
        </Col>
        {can('goods_vehicle.approve') && (
          <Col xs={24} md={8}>
            <Button
              size="large"
              block
              icon={<PlusOutlined />}
              onClick={() => setWriting(true)}
              data-testid="pass-request"
            >
              {t('gate.passes.request')}
            </Button>
          </Col>
        )}
      </Row>
      {looking && !found.fetching && found.data && (
        <div data-testid="pass-lookup-result">
          {hit ? (
            <PassCard pass={hit} onChanged={reload} />
          ) : (
            <Alert type="warning" showIcon title={t('gate.passes.notFound', { number: looking })} />
          )}
        </div>
      )}
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={(['valid', 'requested', 'all'] as const).map((f) => ({
            value: f,
            label: t(`gate.passes.filter.${f}`),
          }))}
          data-testid="pass-filter"
        />
        {data && (
          <Typography.Text type="secondary" data-testid="pass-count">
            {t('gate.passes.count', { count: data.goodsPasses.totalCount })}
          </Typography.Text>
        )}
      </Flex>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        {data?.goodsPasses.nodes.length ? (
          <Row gutter={[12, 12]}>
            {data.goodsPasses.nodes.map((pass) => (
              <Col key={pass.id} xs={24} md={12} xl={8}>
                <PassCard pass={pass} onChanged={reload} />
              </Col>
            ))}
          </Row>
        ) : (
          <Empty description={t('gate.passes.empty')} />
        )}
      </QueryState>
      {writing && (
        <PassRequestModal sites={sites} siteCode={site.code} onClose={() => setWriting(false)} onDone={reload} />
      )}
    </Flex>
  );
}
