import { UserAddOutlined } from '@ant-design/icons';
import { LIMITS } from '@steward/schema';
import { Button, Card, Col, Flex, Grid, Input, Row, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ListResults } from '../../components/ListResults.js';
import { useSession } from '../../features/auth/session-context.js';
import { StaffList } from '../../features/staff/components/StaffList.js';
import { useStaffChoices } from '../../features/staff/hooks/use-staff-choices.js';
import { staffDirectoryQuery } from '../../features/staff/staff.operations.js';
import type { StaffStatus } from '../../gql/graphql.js';
import { useUrlListState } from '../../lib/use-url-list-state.js';

const PAGE_SIZE = 20;
const STATUSES: StaffStatus[] = ['ACTIVE', 'SUSPENDED', 'LEFT'];

/** /staff[?q=&status=&dept=&after=|before=]: the staff directory, searchable, a page at a time. */
export function StaffDirectoryPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const { can } = useSession();
  const choices = useStaffChoices();
  const { params, after, before, search, setSearch, settled, setFilter, page, paging } = useUrlListState();

  const status = STATUSES.find((s) => s === params.get('status')) ?? null;
  const departmentKey = params.get('dept');

  useEffect(() => {
    document.title = `${t('staff.title')} · Steward`;
  }, [t]);

  const filter = {
    search: settled || null,
    status: status ? [status] : null,
    departmentKey: departmentKey || null,
  };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: staffDirectoryQuery,
    variables: before ? { filter, last: PAGE_SIZE, before } : { filter, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.staffMembers;
  const { hasPrevious, hasNext } = paging(connection?.pageInfo);

  return (
    <div style={{ maxWidth: 1200, margin: '0 auto' }}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
            {t('staff.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('staff.subtitle')}</Typography.Text>
        </div>
        {can('staff.create') && (
          <Link to="/staff/new">
            <Button type="primary" icon={<UserAddOutlined />} data-testid="onboard-button">
              {t('staff.onboard')}
            </Button>
          </Link>
        )}
      </Flex>
      <Card styles={{ body: { padding: compact ? 12 : 16 } }} style={{ marginBottom: 12 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12}>
            <Input.Search
              allowClear
              aria-label={t('staff.search')}
              placeholder={t('staff.searchPlaceholder')}
              maxLength={LIMITS.maxSearchLength}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              data-testid="staff-search"
            />
          </Col>
          <Col xs={12} md={5}>
            <Select<string>
              aria-label={t('staff.fields.status')}
              style={{ width: '100%' }}
              value={status ?? 'all'}
              onChange={(v) => setFilter('status', v === 'all' ? null : v)}
              options={[
                { value: 'all', label: t('staff.allStatuses') },
                ...STATUSES.map((s) => ({ value: s, label: t(`staff.status.${s}`) })),
              ]}
              data-testid="staff-status-filter"
            />
          </Col>
          <Col xs={12} md={7}>
            <Select<string>
              aria-label={t('staff.fields.department')}
              style={{ width: '100%' }}
              allowClear
              placeholder={t('staff.allDepartments')}
              value={departmentKey ?? undefined}
              onChange={(v) => setFilter('dept', v ?? null)}
              options={choices.departments}
              data-testid="staff-department-filter"
            />
          </Col>
        </Row>
      </Card>
      <ListResults
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        count={connection ? t('staff.count', { count: connection.totalCount }) : ''}
        testId="staff"
        pageInfo={connection?.pageInfo}
        hasPrevious={hasPrevious}
        hasNext={hasNext}
        onPage={page}
      >
        <StaffList staff={connection?.nodes ?? []} loading={fetching && !data} compact={compact} />
      </ListResults>
    </div>
  );
}
