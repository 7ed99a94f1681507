import { PlusOutlined } from '@ant-design/icons';
import { LIMITS } from '@steward/schema';
import { Button, Col, Empty, Flex, Input, Row, Segmented, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { useSession } from '../../features/auth/session-context.js';
import { ContactCard } from '../../features/contacts/components/ContactCard.js';
import { ContactFormModal } from '../../features/contacts/components/ContactFormModal.js';
import { RetireContactModal, VerifyContactModal } from '../../features/contacts/components/ContactStepModals.js';
import { CoverageAlert } from '../../features/contacts/components/CoverageAlert.js';
import { CATEGORY_ORDER, DIRECTORIES } from '../../features/contacts/contact-format.js';
import { contactCoverageQuery, contactSitesQuery, contactsQuery } from '../../features/contacts/contacts.operations.js';
import type { ContactDirectory, DirectoryContactFieldsFragment } from '../../gql/graphql.js';
import { useDebouncedValue } from '../../lib/use-debounced-value.js';

type Step = { kind: 'verify' | 'edit' | 'retire'; contact: DirectoryContactFieldsFragment } | { kind: 'add' };

/**
 * /contacts[?list=&site=&q=]: the emergency directory (突发性事件联系电话) and the liaison contacts
 * (与公安、消防、车管等联系), grouped by what they are for, each number a tap away; what each site
 * still lacks above them; the director keeps them (add, correct, verify, retire).
 */
export function ContactsPage() {
  const { t } = useTranslation();
  const { viewer, can } = useSession();
  const [params, setParams] = useSearchParams();
  const directory: ContactDirectory = DIRECTORIES.find((d) => d.toLowerCase() === params.get('list')) ?? 'EMERGENCY';
  const [search, setSearch] = useState(params.get('q') ?? '');
  const settled = useDebouncedValue(search.trim());
  const [step, setStep] = useState<Step | null>(null);

  useEffect(() => {
    document.title = `${t('contacts.title')} · Steward`;
  }, [t]);

  const [{ data: sitesData }] = useQuery({ query: contactSitesQuery });
  const mine = useMemo(() => new Set(viewer?.staff.sites.map((s) => s.code) ?? []), [viewer]);
  const sites = useMemo(() => {
    const all = (sitesData?.sites ?? []).map((s) => ({ code: s.code, name: s.name }));
    const own = all.filter((s) => mine.has(s.code));
    return own.length ? own : all;
  }, [sitesData, mine]);
  const siteCode = sites.find((s) => s.code === params.get('site'))?.code ?? null;
  const go = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const [{ data, fetching, error }, refetch] = useQuery({
    query: contactsQuery,
    variables: { filter: { directory, siteCode, search: settled || null } },
    requestPolicy: 'cache-and-network',
  });
  const [{ data: coverage }, refetchCoverage] = useQuery({
    query: contactCoverageQuery,
    requestPolicy: 'cache-and-network',
  });
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    refetchCoverage({ requestPolicy: 'network-only' });
  };
  const contacts = data?.contacts.nodes ?? [];
  const groups = CATEGORY_ORDER[directory]
    .map((category) => ({ category, items: contacts.filter((c) => c.category === category) }))
    .filter((g) => g.items.length > 0);

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <div style={{ marginBottom: 12 }}>
        <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
          {t('contacts.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('contacts.subtitle')}</Typography.Text>
      </div>
      {coverage && <CoverageAlert coverage={coverage.contactCoverage} />}
      <Flex vertical gap={12} style={{ marginBottom: 16 }}>
        <Segmented<ContactDirectory>
          block
          size="large"
          value={directory}
          onChange={(d) => go({ list: d === 'EMERGENCY' ? null : d.toLowerCase() })}
          options={DIRECTORIES.map((d) => ({ value: d, label: t(`contacts.lists.${d}`) }))}
          data-testid="contact-list-switch"
        />
        <Row gutter={[8, 8]}>
          <Col xs={24} md={12}>
            <Input.Search
              allowClear
              size="large"
              aria-label={t('contacts.search')}
              placeholder={t('contacts.searchPlaceholder')}
              maxLength={LIMITS.maxSearchLength}
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                go({ q: e.target.value.trim() || null });
              }}
              data-testid="contact-search"
            />
          </Col>
          {sites.length > 1 && (
            <Col xs={can('liaison.create') ? 16 : 24} md={6}>
              <Select<string>
                size="large"
                aria-label={t('contacts.site')}
                style={{ width: '100%' }}
                value={siteCode ?? ''}
                onChange={(v) => go({ site: v || null })}
                options={[
                  { value: '', label: t('contacts.allSites') },
                  ...sites.map((s) => ({ value: s.code, label: s.name })),
                ]}
                data-testid="contact-site-filter"
              />
            </Col>
          )}
          {can('liaison.create') && (
            <Col xs={sites.length > 1 ? 8 : 24} md={6}>
              <Button
                type="primary"
                size="large"
                block
                icon={<PlusOutlined />}
                onClick={() => setStep({ kind: 'add' })}
                data-testid="contact-add"
              >
                {t('contacts.add')}
              </Button>
            </Col>
          )}
        </Row>
      </Flex>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        {groups.length === 0 ? (
          <Empty description={t('contacts.empty')} />
        ) : (
          <Flex vertical gap={20}>
            {groups.map((g) => (
              <section key={g.category} data-testid="contact-group" data-category={g.category}>
                <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 8 }}>
                  {t(`contacts.category.${g.category}`)}
                </Typography.Title>
                <Row gutter={[12, 12]}>
                  {g.items.map((contact) => (
                    <Col key={contact.id} xs={24} md={12} xl={8}>
                      <ContactCard
                        contact={contact}
                        onVerify={() => setStep({ kind: 'verify', contact })}
                        onEdit={() => setStep({ kind: 'edit', contact })}
                        onRetire={() => setStep({ kind: 'retire', contact })}
                      />
                    </Col>
                  ))}
                </Row>
              </section>
            ))}
          </Flex>
        )}
      </QueryState>
      {step?.kind === 'add' && (
        <ContactFormModal
          directory={directory}
          contact={null}
          sites={sites}
          defaultSite={siteCode ?? (sites.length === 1 ? (sites[0]?.code ?? null) : null)}
          onClose={() => setStep(null)}
          onDone={reload}
        />
      )}
      {step?.kind === 'edit' && (
        <ContactFormModal
          directory={directory}
          contact={step.contact}
          sites={sites}
          defaultSite={null}
          onClose={() => setStep(null)}
          onDone={reload}
        />
      )}
      {step?.kind === 'verify' && (
        <VerifyContactModal contact={step.contact} onClose={() => setStep(null)} onDone={reload} />
      )}
      {step?.kind === 'retire' && (
        <RetireContactModal contact={step.contact} onClose={() => setStep(null)} onDone={reload} />
      )}
    </div>
  );
}
