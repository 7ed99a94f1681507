import { SearchOutlined, UserAddOutlined } from '@ant-design/icons';
import { LIMITS } from '@steward/schema';
import { Alert, Button, Card, Checkbox, Col, Flex, Grid, Input, type InputRef, Row, Select, Typography } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ListResults } from '../../components/ListResults.js';
import { useSession } from '../../features/auth/session-context.js';
import { CustomerList } from '../../features/customers/components/CustomerList.js';
import { hitPath, LookupHits } from '../../features/customers/components/LookupHits.js';
import {
  customerListQuery,
  customerLookupQuery,
  customerSitesQuery,
} from '../../features/customers/customers.operations.js';
import type { CustomerRole } from '../../gql/graphql.js';
import { describeError } from '../../lib/errors.js';
import { useDebouncedValue } from '../../lib/use-debounced-value.js';

const PAGE_SIZE = 20;
const ROLES: CustomerRole[] = ['OWNER', 'TENANT', 'OCCUPANT'];

/**
 * /customers[?q=…]: the intake desk. One box finds a unit, a name or a phone number as you type
 * (↑ ↓ and Enter, no mouse needed); with the box empty, every file, a page at a time.
 */
export function CustomersPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const settled = useDebouncedValue(query.trim(), 200);
  const [active, setActive] = useState(0);
  const input = useRef<InputRef>(null);
  const listId = useId();

  useEffect(() => {
    document.title = `${t('customers.title')} · Steward`;
  }, [t]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a settled query changes the URL (not every render)
  useEffect(() => {
    if ((params.get('q') ?? '') !== settled)
      setParams(
        (p) => {
          if (settled) p.set('q', settled);
          else p.delete('q');
          return p;
        },
        { replace: true },
      );
    setActive(0);
  }, [settled]);

  const [lookup] = useQuery({
    query: customerLookupQuery,
    variables: { query: settled },
    pause: !settled,
    requestPolicy: 'cache-and-network',
  });
  const hits = settled ? (lookup.data?.customerLookup ?? []) : [];

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!hits.length) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => Math.min(hits.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (e.key === 'Enter') {
      const hit = hits[active] ?? hits[0];
      if (hit && settled === query.trim()) {
        e.preventDefault();
        navigate(hitPath(hit));
      }
    }
  };

  return (
    <div style={{ maxWidth: 1100, margin: '0 auto' }}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
            {t('customers.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('customers.subtitle')}</Typography.Text>
        </div>
        {can('customer_file.create') && (
          <Link to="/customers/new">
            <Button type="primary" icon={<UserAddOutlined />} data-testid="customer-create">
              {t('customers.create')}
            </Button>
          </Link>
        )}
      </Flex>
      <Card styles={{ body: { padding: compact ? 12 : 16 } }} style={{ marginBottom: 12 }}>
        <Input
          ref={input}
          size="large"
          autoFocus={!compact}
          allowClear
          prefix={<SearchOutlined />}
          role="combobox"
          aria-label={t('customers.lookup')}
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={hits.length ? `${listId}-${active}` : undefined}
          placeholder={t('customers.lookupPlaceholder')}
          maxLength={LIMITS.maxSearchLength}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          data-testid="customer-lookup"
          inputMode="search"
          enterKeyHint="search"
        />
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6, fontSize: 13 }}>
          {t('customers.lookupExample')}
          {compact ? '' : ` · ${t('customers.lookupHint')}`}
        </Typography.Text>
      </Card>
      {settled ? (
        lookup.error && !lookup.data ? (
          <Alert type="error" showIcon title={describeError(lookup.error, t)} />
        ) : (
          <LookupHits hits={hits} loading={lookup.fetching} active={active} onHover={setActive} listId={listId} />
        )
      ) : (
        <Browse compact={compact} />
      )}
    </div>
  );
}

/** Every file the viewer may see, filtered by site and role, a page at a time. */
function Browse({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const [siteCode, setSiteCode] = useState<string | null>(null);
  const [kind, setKind] = useState<CustomerRole | null>(null);
  const [includeVoided, setIncludeVoided] = useState(false);
  const [cursor, setCursor] = useState<{ after?: string | null; before?: string | null }>({});
  const [{ data: sites }] = useQuery({ query: customerSitesQuery });
  const filter = { siteCode, kind, includeVoided };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: customerListQuery,
    variables: cursor.before
      ? { filter, last: PAGE_SIZE, before: cursor.before }
      : { filter, first: PAGE_SIZE, after: cursor.after ?? null },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.customers;
  const hasPrevious = cursor.before ? !!connection?.pageInfo.hasPreviousPage : !!cursor.after;
  const hasNext = cursor.before ? true : !!connection?.pageInfo.hasNextPage;
  const refilter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setCursor({});
    };

  return (
    <>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ margin: '16px 0 8px' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('customers.browse')}
        </Typography.Title>
        <Row gutter={[8, 8]} style={{ flex: compact ? '1 1 100%' : '0 1 560px' }}>
          <Col xs={12} md={9}>
            <Select<string>
              aria-label={t('customers.fields.site')}
              style={{ width: '100%' }}
              allowClear
              placeholder={t('customers.allSites')}
              value={siteCode ?? undefined}
              onChange={refilter((v?: string) => setSiteCode(v ?? null))}
              options={(sites?.sites ?? []).map((s) => ({ value: s.code, label: s.name }))}
              data-testid="customer-site-filter"
            />
          </Col>
          <Col xs={12} md={8}>
            <Select<string>
              aria-label={t('customers.fields.kind')}
              style={{ width: '100%' }}
              value={kind ?? 'all'}
              onChange={refilter((v: string) => setKind(v === 'all' ? null : (v as CustomerRole)))}
              options={[
                { value: 'all', label: t('customers.allRoles') },
                ...ROLES.map((r) => ({ value: r, label: t(`customers.roles.${r}`) })),
              ]}
            />
          </Col>
          <Col xs={24} md={7} style={{ display: 'flex', alignItems: 'center' }}>
            <Checkbox checked={includeVoided} onChange={(e) => refilter(setIncludeVoided)(e.target.checked)}>
              {t('customers.includeVoided')}
            </Checkbox>
          </Col>
        </Row>
      </Flex>
      <ListResults
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        count={connection ? t('customers.count', { count: connection.totalCount }) : ''}
        testId="customer"
        pageInfo={connection?.pageInfo}
        hasPrevious={hasPrevious}
        hasNext={hasNext}
        onPage={setCursor}
      >
        <CustomerList customers={connection?.nodes ?? []} loading={fetching && !data} compact={compact} />
      </ListResults>
    </>
  );
}
