import { StopOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Empty, Flex, Form, Input, List, Switch, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import { QueryState } from '../../../components/QueryState.js';
import type { FireResponsibilityCoverageQuery, FireResponsibilityFieldsFragment } from '../../../gql/graphql.js';
import { formatDate } from '../../../lib/format.js';
import { featureOutcome } from '../../places/place-errors.js';
import {
  assignFireResponsibilityMutation,
  endFireResponsibilityMutation,
  fireCoverageQuery,
  fireResponsibilitiesQuery,
} from '../fire-safety.operations.js';
import { StaffSelect } from './StaffSelect.js';

type Row = FireResponsibilityCoverageQuery['fireResponsibilityCoverage'][number];

const DAY = 'YYYY-MM-DD';

interface AssignValues {
  responsibleId: string;
  deputyId?: string;
  duties?: string;
  effectiveFrom: Dayjs;
  effectiveTo?: Dayjs | null;
  signedOn?: Dayjs | null;
}
const ASSIGN_FIELDS = ['responsibleId', 'deputyId', 'duties', 'effectiveFrom', 'effectiveTo', 'signedOn'];

function AssignModal({ siteCode, row, onClose }: { siteCode: string; row: Row | null; onClose(done: boolean): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AssignValues>();
  const [, assign] = useMutation(assignFireResponsibilityMutation);
  return (
    <FormModal<AssignValues>
      open={!!row}
      title={t('fireSafety.responsibility.assignTitle', { name: row?.name ?? '' })}
      okText={t('common.save')}
      form={form}
      testId="fire-assign-form"
      initialValues={{ effectiveFrom: dayjs(), duties: row?.current?.duties ?? '' }}
      onClose={() => onClose(false)}
      onDone={() => onClose(true)}
      onSubmit={async (v) => {
        const result = await assign({
          input: {
            areaId: row?.area?.id ?? null,
            keyUnitId: row?.keyUnit?.id ?? null,
            responsibleId: v.responsibleId,
            deputyId: v.deputyId ?? null,
            duties: v.duties?.trim() || null,
            effectiveFrom: v.effectiveFrom.format(DAY),
            effectiveTo: v.effectiveTo ? v.effectiveTo.format(DAY) : null,
            signedOn: v.signedOn ? v.signedOn.format(DAY) : null,
          },
        });
        return featureOutcome(
          'fireSafety.errors',
          form,
          ASSIGN_FIELDS,
          t,
          result,
          result.data?.assignFireResponsibility,
        );
      }}
    >
      {row?.current && (
        <Typography.Paragraph type="secondary">{t('fireSafety.responsibility.supersedeHint')}</Typography.Paragraph>
      )}
      <Form.Item
        name="responsibleId"
        label={t('fireSafety.responsibility.responsible')}
        rules={[{ required: true, message: t('fireSafety.required.person') }]}
      >
        <StaffSelect siteCode={siteCode} data-testid="fire-assign-responsible" />
      </Form.Item>
      <Form.Item name="deputyId" label={t('fireSafety.responsibility.deputy')}>
        <StaffSelect siteCode={siteCode} />
      </Form.Item>
      <Form.Item name="duties" label={t('fireSafety.responsibility.duties')}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item
          name="effectiveFrom"
          label={t('fireSafety.responsibility.from')}
          rules={[{ required: true, message: t('fireSafety.required.date') }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="effectiveTo" label={t('fireSafety.responsibility.to')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="signedOn" label={t('fireSafety.responsibility.signedOn')}>
          <DatePicker />
        </Form.Item>
      </Flex>
    </FormModal>
  );
}

interface EndValues {
  effectiveTo: Dayjs;
  reason: string;
}

function EndModal({
  current,
  onClose,
}: {
  current: FireResponsibilityFieldsFragment | null;
  onClose(done: boolean): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EndValues>();
  const [, end] = useMutation(endFireResponsibilityMutation);
  return (
    <FormModal<EndValues>
      open={!!current}
      title={t('fireSafety.responsibility.endTitle')}
      okText={t('fireSafety.responsibility.end')}
      danger
      form={form}
      testId="fire-end-form"
      initialValues={{ effectiveTo: dayjs() }}
      onClose={() => onClose(false)}
      onDone={() => onClose(true)}
      onSubmit={async (v) => {
        const result = await end({
          input: {
            responsibilityId: current?.id ?? '',
            effectiveTo: v.effectiveTo.format(DAY),
            reason: v.reason.trim(),
          },
        });
        return featureOutcome(
          'fireSafety.errors',
          form,
          ['effectiveTo', 'reason'],
          t,
          result,
          result.data?.endFireResponsibility,
        );
      }}
    >
      <Form.Item name="effectiveTo" label={t('fireSafety.responsibility.lastDay')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('fireSafety.reason')}
        rules={[{ required: true, whitespace: true, message: t('fireSafety.required.reason') }]}
      >
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}

/** Who answers for each area and key unit today (R28, C15): gaps first in red; the history on request. */
export function ResponsibilityTab({
  siteCode,
  compact,
  mayCreate,
  mayHandle,
  onChanged,
}: {
  siteCode: string;
  compact: boolean;
  mayCreate: boolean;
  mayHandle: boolean;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [assigning, setAssigning] = useState<Row | null>(null);
  const [ending, setEnding] = useState<FireResponsibilityFieldsFragment | null>(null);
  const [history, setHistory] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: fireCoverageQuery,
    variables: { siteCode },
    requestPolicy: 'cache-and-network',
  });
  const [past] = useQuery({ query: fireResponsibilitiesQuery, variables: { siteCode }, pause: !history });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const rows = data?.fireResponsibilityCoverage ?? [];
  const closed = (done: boolean) => {
    setAssigning(null);
    setEnding(null);
    if (done) {
      reload();
      onChanged();
    }
  };

  const person = (r: FireResponsibilityFieldsFragment['responsible'] | null | undefined) =>
    r ? (
      <span>
        {r.name}
        {r.phone && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {' '}
            <a href={`tel:${r.phone}`}>{r.phone}</a>
          </Typography.Text>
        )}
      </span>
    ) : (
      '—'
    );
  const kindTag = (r: Row) =>
    r.keyUnit ? (
      <Tag color="volcano" bordered={false}>
        {t('fireSafety.responsibility.keyUnit')}
      </Tag>
    ) : (
      <Tag bordered={false}>{t(`places.kind.${r.area?.kind ?? 'OTHER'}`)}</Tag>
    );
  const actions = (r: Row) => (
    <Flex gap={4} wrap>
      {mayCreate && (
        <Button size="small" icon={<UserSwitchOutlined />} onClick={() => setAssigning(r)} data-testid="fire-assign">
          {r.current ? t('fireSafety.responsibility.change') : t('fireSafety.responsibility.assign')}
        </Button>
      )}
      {mayHandle && r.current && (
        <Button size="small" icon={<StopOutlined />} onClick={() => setEnding(r.current ?? null)}>
          {t('fireSafety.responsibility.end')}
        </Button>
      )}
    </Flex>
  );
  const status = (r: Row) =>
    r.covered ? null : (
      <Tag color="red" data-testid="fire-uncovered">
        {t('fireSafety.responsibility.uncovered')}
      </Tag>
    );

  return (
    <Flex vertical gap={12} data-testid="fire-responsibility">
      <Typography.Text type="secondary">{t('fireSafety.responsibility.intro')}</Typography.Text>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        {!rows.length ? (
          <Empty description={t('fireSafety.responsibility.none')} />
        ) : compact ? (
          <List
            dataSource={rows}
            renderItem={(r) => (
              <List.Item data-testid="fire-coverage-row" data-covered={r.covered}>
                <Flex vertical gap={4} style={{ width: '100%' }}>
                  <Flex gap={6} align="center" wrap>
                    <Typography.Text strong>{r.name}</Typography.Text>
                    {kindTag(r)}
                    {status(r)}
                  </Flex>
                  {r.current && (
                    <Typography.Text>
                      {t('fireSafety.responsibility.responsible')}
                      {t('common.colon')}
                      {person(r.current.responsible)}
                      {r.current.deputy && (
                        <>
                          {' · '}
                          {t('fireSafety.responsibility.deputy')}
                          {t('common.colon')}
                          {person(r.current.deputy)}
                        </>
                      )}
                    </Typography.Text>
                  )}
                  {actions(r)}
                </Flex>
              </List.Item>
            )}
          />
        ) : (
          <Table<Row>
            size="small"
            rowKey={(r) => r.area?.id ?? r.keyUnit?.id ?? r.name}
            pagination={false}
            dataSource={rows}
            onRow={(r) => ({ 'data-testid': 'fire-coverage-row', 'data-covered': r.covered }) as never}
            columns={[
              {
                key: 'name',
                title: t('fireSafety.responsibility.place'),
                render: (_, r) => (
                  <Flex gap={6} align="center" wrap>
                    {r.name}
                    {kindTag(r)}
                    {status(r)}
                  </Flex>
                ),
              },
              {
                key: 'responsible',
                title: t('fireSafety.responsibility.responsible'),
                render: (_, r) => person(r.current?.responsible),
              },
              {
                key: 'deputy',
                title: t('fireSafety.responsibility.deputy'),
                render: (_, r) => person(r.current?.deputy),
              },
              {
                key: 'since',
                title: t('fireSafety.responsibility.period'),
                render: (_, r) =>
                  r.current
                    ? `${formatDate(r.current.effectiveFrom, locale)} – ${
                        r.current.effectiveTo
                          ? formatDate(r.current.effectiveTo, locale)
                          : t('fireSafety.responsibility.open')
                      }`
                    : '',
              },
              { key: 'actions', title: '', render: (_, r) => actions(r) },
            ]}
          />
        )}
      </QueryState>
      <Flex align="center" gap={8}>
        <Switch size="small" checked={history} onChange={setHistory} id="fire-history" />
        <label htmlFor="fire-history">{t('fireSafety.responsibility.showHistory')}</label>
      </Flex>
      {history && (
        <List
          size="small"
          bordered
          loading={past.fetching}
          dataSource={past.data?.fireResponsibilities ?? []}
          renderItem={(r) => (
            <List.Item>
              <Flex vertical gap={2}>
                <Flex gap={6} wrap align="center">
                  <Typography.Text strong>{r.area?.name ?? r.keyUnit?.name}</Typography.Text>
                  <span>{r.responsible.name}</span>
                  {r.inForce ? (
                    <Tag color="green">{t('fireSafety.responsibility.inForce')}</Tag>
                  ) : r.supersededBy ? (
                    <Tag>{t('fireSafety.responsibility.superseded')}</Tag>
                  ) : r.endReason ? (
                    <Tag>{t('fireSafety.responsibility.ended')}</Tag>
                  ) : null}
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDate(r.effectiveFrom, locale)} –{' '}
                  {r.effectiveTo ? formatDate(r.effectiveTo, locale) : t('fireSafety.responsibility.open')}
                  {r.endReason ? ` · ${r.endReason}` : ''}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
      <AssignModal siteCode={siteCode} row={assigning} onClose={closed} />
      <EndModal current={ending} onClose={closed} />
    </Flex>
  );
}
