import { HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { LIMITS } from '@steward/schema';
import { Button, Card, Col, Flex, Grid, Input, Row, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLocale } from '../../app/locale-context.js';
import { ListResults } from '../../components/ListResults.js';
import { useSession } from '../../features/auth/session-context.js';
import { formatRelative, useNow } from '../../features/cases/case-format.js';
import { MeetingList } from '../../features/meetings/components/MeetingList.js';
import { ScheduleMeetingForm } from '../../features/meetings/components/ScheduleMeetingForm.js';
import { meetingsLastHeldQuery, meetingsQuery } from '../../features/meetings/meeting.operations.js';
import { kindsFor, MEETING_KINDS, MEETING_STATUSES } from '../../features/meetings/meeting-format.js';
import type { MeetingFilter } from '../../gql/graphql.js';
import { formatDateTime } from '../../lib/format.js';
import { useUrlListState } from '../../lib/use-url-list-state.js';

const PAGE_SIZE = 20;

/** When the viewer's department last held each of its kinds of meeting (C24: held regularly). */
function LastHeld() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { viewer } = useSession();
  const now = useNow(60_000);
  const [{ data }] = useQuery({ query: meetingsLastHeldQuery, requestPolicy: 'cache-and-network' });
  const department = viewer?.staff.department?.key;
  if (!data || !department) return null;
  const kinds = kindsFor(department).filter((k) => k !== 'PRE_SHIFT_BRIEFING');
  if (kinds.length === MEETING_KINDS.length) return null;
  return (
    <Flex gap={16} wrap style={{ marginBottom: 12 }} data-testid="meetings-last-held">
      {kinds.map((kind) => {
        const last = data.meetingsLastHeld.find((l) => l.kind === kind);
        const name = t(`meetings.kind.${kind}`);
        return (
          <Typography.Text key={kind} type="secondary">
            <HistoryOutlined style={{ marginInlineEnd: 6 }} />
            {last
              ? t('meetings.lastHeld', {
                  kind: name,
                  time: formatDateTime(last.heldAt, locale),
                  ago: formatRelative(last.heldAt, now, locale),
                })
              : t('meetings.neverHeld', { kind: name })}
          </Typography.Text>
        );
      })}
    </Flex>
  );
}

/** /meetings[?kind=&status=&q=&after=|before=]: the meetings the viewer may see, latest first. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const { can } = useSession();
  const [scheduling, setScheduling] = useState(false);
  const { params, after, before, search, setSearch, settled, setFilter, page, paging } = useUrlListState();
  const kind = MEETING_KINDS.find((k) => k === params.get('kind')) ?? null;
  const status = MEETING_STATUSES.find((s) => s === params.get('status')) ?? null;

  useEffect(() => {
    document.title = `${t('meetings.title')} · Steward`;
  }, [t]);

  const filter = useMemo<MeetingFilter>(() => ({ kind, status, search: settled || null }), [kind, status, settled]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: meetingsQuery,
    variables: before ? { filter, last: PAGE_SIZE, before } : { filter, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.meetings;
  const { hasPrevious, hasNext } = paging(connection?.pageInfo);

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 12 }}>
        <div style={{ minWidth: 0, flex: '1 1 260px' }}>
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
            {t('meetings.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('meetings.subtitle')}</Typography.Text>
        </div>
        {can('meeting.create') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setScheduling(true)}
            data-testid="meeting-schedule-button"
          >
            {t('meetings.schedule')}
          </Button>
        )}
      </Flex>
      <LastHeld />
      <Card styles={{ body: { padding: compact ? 12 : 16 } }} style={{ marginBottom: 12 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12}>
            <Input.Search
              allowClear
              aria-label={t('meetings.search')}
              placeholder={t('meetings.searchPlaceholder')}
              maxLength={LIMITS.maxSearchLength}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              data-testid="meeting-search"
            />
          </Col>
          <Col xs={12} md={6}>
            <Select<string>
              aria-label={t('meetings.fields.kind')}
              style={{ width: '100%' }}
              value={kind ?? 'all'}
              onChange={(v) => setFilter('kind', v === 'all' ? null : v)}
              options={[
                { value: 'all', label: t('meetings.allKinds') },
                ...MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings.kind.${k}`) })),
              ]}
              data-testid="meeting-kind-filter"
            />
          </Col>
          <Col xs={12} md={6}>
            <Select<string>
              aria-label={t('meetings.fields.status')}
              style={{ width: '100%' }}
              value={status ?? 'all'}
              onChange={(v) => setFilter('status', v === 'all' ? null : v)}
              options={[
                { value: 'all', label: t('meetings.allStatuses') },
                ...MEETING_STATUSES.map((s) => ({ value: s, label: t(`meetings.status.${s}`) })),
              ]}
              data-testid="meeting-status-filter"
            />
          </Col>
        </Row>
      </Card>
      <ListResults
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        count={connection ? t('meetings.count', { count: connection.totalCount }) : ''}
        testId="meeting"
        pageInfo={connection?.pageInfo}
        hasPrevious={hasPrevious}
        hasNext={hasNext}
        onPage={page}
      >
        <MeetingList
          meetings={connection?.nodes ?? []}
          loading={fetching && !data}
          compact={compact}
          emptyText={t('meetings.empty')}
        />
      </ListResults>
      <ScheduleMeetingForm open={scheduling} onClose={() => setScheduling(false)} />
    </div>
  );
}
