import { Button, Card, Col, DatePicker, Flex, Grid, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { auditActionsQuery, auditEventsQuery } from '../../features/audit/audit.operations.js';
import { AuditEventList } from '../../features/audit/components/AuditEventList.js';

const PAGE_SIZE = 30;
/** /audit: who did what to which record, newest first, filtered by action and time. */
export function AuditPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const [action, setAction] = useState<string | null>(null);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  // The cursor belongs to one filter: a new filter starts again from the newest event.
  const [cursor, setCursor] = useState<{ filter: string; after: string | null }>({ filter: '', after: null });

  useEffect(() => {
    document.title = `${t('audit.title')} · Steward`;
  }, [t]);

  const filter = useMemo(
    () => ({
      action,
      from: range?.[0]?.startOf('day').toISOString() ?? null,
      to: range?.[1]?.add(1, 'day').startOf('day').toISOString() ?? null,
    }),
    [action, range],
  );
  const filterKey = JSON.stringify(filter);
  const after = cursor.filter === filterKey ? cursor.after : null;

  const [{ data, fetching, error }, refetch] = useQuery({
    query: auditEventsQuery,
    variables: { filter, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.auditEvents;
  const events = connection?.edges.map((e) => e.node) ?? [];

  // The actions on record, grouped by family (`case.referred` → case): every feature's actions
  // appear as soon as they happen, with no list here to keep up to date.
  const [{ data: recorded }] = useQuery({ query: auditActionsQuery, requestPolicy: 'cache-and-network' });
  const actionOptions = useMemo(() => {
    const families = new Map<string, string[]>();
    for (const a of recorded?.auditActions ?? []) {
      const family = a.split('.')[0] ?? a;
      families.set(family, [...(families.get(family) ?? []), a]);
    }
    return [...families].map(([family, actions]) => {
      const name = t(`audit.families.${family}`, { defaultValue: family });
      return {
        label: name,
        options: [
          { value: `${family}.`, label: t('audit.allOfFamily', { family: name }) },
          ...actions.map((a) => ({ value: a, label: t(`audit.actions.${a}`, { defaultValue: a }) })),
        ],
      };
    });
  }, [recorded, t]);

  return (
    <div style={{ maxWidth: 1200, margin: '0 auto' }}>
      <div style={{ marginBottom: 16 }}>
        <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
          {t('audit.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('audit.subtitle')}</Typography.Text>
      </div>
      <Card styles={{ body: { padding: compact ? 12 : 16 } }} style={{ marginBottom: 12 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={10}>
            <Select<string>
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              aria-label={t('audit.action')}
              placeholder={t('audit.allActions')}
              style={{ width: '100%' }}
              value={action ?? undefined}
              onChange={(v) => setAction(v ?? null)}
              options={actionOptions}
              data-testid="audit-action-filter"
            />
          </Col>
          <Col xs={24} md={14}>
            <DatePicker.RangePicker
              style={{ width: '100%' }}
              aria-label={t('audit.dateRange')}
              value={range}
              onChange={(v) => setRange(v)}
              allowEmpty={[true, true]}
              data-testid="audit-date-filter"
            />
          </Col>
        </Row>
      </Card>
      <QueryState
        fetching={false}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        <AuditEventList events={events} loading={fetching && !data} compact={compact} />
        <Flex justify="space-between" align="center" gap={8} style={{ marginTop: 12 }}>
          <Typography.Text type="secondary" data-testid="audit-count">
            {connection ? t('audit.count', { shown: events.length, count: connection.totalCount }) : ''}
          </Typography.Text>
          {connection?.pageInfo.hasNextPage && (
            <Button
              loading={fetching}
              onClick={() => setCursor({ filter: filterKey, after: connection.pageInfo.endCursor ?? null })}
              data-testid="audit-load-more"
            >
              {t('common.loadMore')}
            </Button>
          )}
        </Flex>
      </QueryState>
    </div>
  );
}
