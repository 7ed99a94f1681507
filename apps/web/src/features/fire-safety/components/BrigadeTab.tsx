import { EditOutlined, LogoutOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Empty, Flex, Form, Input, List, Select, Switch, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import { QueryState } from '../../../components/QueryState.js';
import type { FireBrigadeEngagement, FireBrigadeQuery, FireBrigadeRole } from '../../../gql/graphql.js';
import { formatDate } from '../../../lib/format.js';
import { featureOutcome } from '../../places/place-errors.js';
import { ROLE_COLOR } from '../fire-format.js';
import {
  addFireBrigadeMemberMutation,
  endFireBrigadeMembershipMutation,
  fireBrigadeQuery,
  updateFireBrigadeMemberMutation,
} from '../fire-safety.operations.js';
import { StaffSelect } from './StaffSelect.js';

type Member = FireBrigadeQuery['fireBrigade'][number];
const DAY = 'YYYY-MM-DD';
const ROLES: FireBrigadeRole[] = ['CAPTAIN', 'DEPUTY_CAPTAIN', 'MEMBER'];
const ENGAGEMENTS: FireBrigadeEngagement[] = ['FULL_TIME', 'PART_TIME'];

interface MemberValues {
  staffId?: string;
  role: FireBrigadeRole;
  engagement: FireBrigadeEngagement;
  joinedOn?: Dayjs;
  lastTrainedOn?: Dayjs | null;
}

function MemberModal({
  siteCode,
  member,
  onClose,
}: {
  siteCode: string;
  member: Member | null;
  onClose(done: boolean): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MemberValues>();
  const [, add] = useMutation(addFireBrigadeMemberMutation);
  const [, update] = useMutation(updateFireBrigadeMemberMutation);
  const fields = ['staffId', 'role', 'engagement', 'joinedOn', 'lastTrainedOn'];
  return (
    <FormModal<MemberValues>
      open
      title={member ? t('fireSafety.brigade.editTitle', { name: member.staff.name }) : t('fireSafety.brigade.add')}
      okText={t('common.save')}
      form={form}
      testId="fire-member-form"
      initialValues={
        member
          ? {
              role: member.role,
              engagement: member.engagement,
              lastTrainedOn: member.lastTrainedOn ? dayjs(member.lastTrainedOn) : null,
            }
          : { role: 'MEMBER', engagement: 'PART_TIME', joinedOn: dayjs() }
      }
      onClose={() => onClose(false)}
      onDone={() => onClose(true)}
      onSubmit={async (v) => {
        if (member) {
          const result = await update({
            input: {
              memberId: member.id,
              role: v.role,
              engagement: v.engagement,
              lastTrainedOn: v.lastTrainedOn ? v.lastTrainedOn.format(DAY) : null,
            },
          });
          return featureOutcome('fireSafety.errors', form, fields, t, result, result.data?.updateFireBrigadeMember);
        }
        const result = await add({
          input: {
            siteCode,
            staffId: v.staffId ?? '',
            role: v.role,
            engagement: v.engagement,
            joinedOn: (v.joinedOn ?? dayjs()).format(DAY),
            lastTrainedOn: v.lastTrainedOn ? v.lastTrainedOn.format(DAY) : null,
          },
        });
        return featureOutcome('fireSafety.errors', form, fields, t, result, result.data?.addFireBrigadeMember);
      }}
    >
      {!member && (
        <Form.Item
          name="staffId"
          label={t('fireSafety.brigade.person')}
          rules={[{ required: true, message: t('fireSafety.required.person') }]}
        >
          <StaffSelect siteCode={siteCode} />
        </Form.Item>
      )}
      <Flex gap={12} wrap>
        <Form.Item name="role" label={t('fireSafety.brigade.role')} style={{ flex: '1 1 140px' }}>
          <Select options={ROLES.map((r) => ({ value: r, label: t(`fireSafety.brigadeRole.${r}`) }))} />
        </Form.Item>
        <Form.Item name="engagement" label={t('fireSafety.brigade.engagement')} style={{ flex: '1 1 140px' }}>
          <Select options={ENGAGEMENTS.map((e) => ({ value: e, label: t(`fireSafety.engagement.${e}`) }))} />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        {!member && (
          <Form.Item name="joinedOn" label={t('fireSafety.brigade.joined')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        )}
        <Form.Item
          name="lastTrainedOn"
          label={t('fireSafety.brigade.lastTrained')}
          extra={t('fireSafety.brigade.trainingHint')}
        >
          <DatePicker data-testid="fire-member-trained" />
        </Form.Item>
      </Flex>
    </FormModal>
  );
}

function LeaveModal({ member, onClose }: { member: Member; onClose(done: boolean): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ leftOn: Dayjs; reason: string }>();
  const [, end] = useMutation(endFireBrigadeMembershipMutation);
  return (
    <FormModal<{ leftOn: Dayjs; reason: string }>
      open
      title={t('fireSafety.brigade.leaveTitle', { name: member.staff.name })}
      okText={t('fireSafety.brigade.leave')}
      danger
      form={form}
      testId="fire-leave-form"
      initialValues={{ leftOn: dayjs() }}
      onClose={() => onClose(false)}
      onDone={() => onClose(true)}
      onSubmit={async (v) => {
        const result = await end({
          input: { memberId: member.id, leftOn: v.leftOn.format(DAY), reason: v.reason.trim() },
        });
        return featureOutcome(
          'fireSafety.errors',
          form,
          ['leftOn', 'reason'],
          t,
          result,
          result.data?.endFireBrigadeMembership,
        );
      }}
    >
      <Form.Item name="leftOn" label={t('fireSafety.brigade.leftOn')} rules={[{ required: true }]}>
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

/** The site's fire brigade and fire personnel (R32), with their training (C16). */
export function BrigadeTab({
  siteCode,
  compact,
  mayCreate,
  onChanged,
}: {
  siteCode: string;
  compact: boolean;
  mayCreate: boolean;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [includeLeft, setIncludeLeft] = useState(false);
  const [editing, setEditing] = useState<{ member: Member | null } | null>(null);
  const [leaving, setLeaving] = useState<Member | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: fireBrigadeQuery,
    variables: { siteCode, includeLeft },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const rows = data?.fireBrigade ?? [];
  const closed = (done: boolean) => {
    setEditing(null);
    setLeaving(null);
    if (done) {
      reload();
      onChanged();
    }
  };
  const roleTags = (m: Member) => (
    <Flex gap={4} wrap>
      <Tag color={ROLE_COLOR[m.role]} style={{ marginInlineEnd: 0 }}>
        {t(`fireSafety.brigadeRole.${m.role}`)}
      </Tag>
      <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
        {t(`fireSafety.engagement.${m.engagement}`)}
      </Tag>
      {!m.active && <Tag style={{ marginInlineEnd: 0 }}>{t('fireSafety.brigade.left')}</Tag>}
    </Flex>
  );
  const training = (m: Member) =>
    !m.active ? (
      <Typography.Text type="secondary">
        {m.leftOn ? formatDate(m.leftOn, locale) : ''} {m.leftReason}
      </Typography.Text>
    ) : (
      <Flex gap={4} wrap align="center">
        <span>{m.lastTrainedOn ? formatDate(m.lastTrainedOn, locale) : t('fireSafety.brigade.neverTrained')}</span>
        {m.trainingLapsed && (
          <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="fire-training-lapsed">
            {t('fireSafety.brigade.lapsed')}
          </Tag>
        )}
      </Flex>
    );
  const actions = (m: Member) =>
    m.active && m.viewerMayHandle ? (
      <Flex gap={4}>
        <Button
          size="small"
          icon={<EditOutlined />}
          onClick={() => setEditing({ member: m })}
          data-testid="fire-member-edit"
        >
          {t('common.edit')}
        </Button>
        <Button size="small" type="text" icon={<LogoutOutlined />} onClick={() => setLeaving(m)}>
          {t('fireSafety.brigade.leave')}
        </Button>
      </Flex>
    ) : null;
  const phone = (m: Member) => (m.staff.phone ? <a href={`tel:${m.staff.phone}`}>{m.staff.phone}</a> : null);

  return (
    <Flex vertical gap={12} data-testid="fire-brigade">
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text type="secondary" style={{ flex: '1 1 300px' }}>
          {t('fireSafety.brigade.intro')}
        </Typography.Text>
        <Flex gap={12} align="center" wrap>
          <Flex gap={6} align="center">
            <Switch size="small" checked={includeLeft} onChange={setIncludeLeft} id="fire-include-left" />
            <label htmlFor="fire-include-left">{t('fireSafety.brigade.showLeft')}</label>
          </Flex>
          {mayCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ member: null })}
              data-testid="fire-member-add"
            >
              {t('fireSafety.brigade.add')}
            </Button>
          )}
        </Flex>
      </Flex>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        {!rows.length ? (
          <Empty description={t('fireSafety.brigade.none')} />
        ) : compact ? (
          <List
            dataSource={rows}
            renderItem={(m) => (
              <List.Item data-testid="fire-member-row">
                <Flex vertical gap={4} style={{ width: '100%' }}>
                  <Flex gap={6} align="center" wrap>
                    <Typography.Text strong>{m.staff.name}</Typography.Text>
                    {phone(m)}
                  </Flex>
                  {roleTags(m)}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('fireSafety.brigade.lastTrained')}
                  </Typography.Text>
                  {training(m)}
                  {actions(m)}
                </Flex>
              </List.Item>
            )}
          />
        ) : (
          <Table<Member>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={rows}
            onRow={() => ({ 'data-testid': 'fire-member-row' }) as never}
            columns={[
              {
                key: 'name',
                title: t('fireSafety.brigade.person'),
                render: (_, m) => (
                  <Flex vertical>
                    <span>{m.staff.name}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {m.staff.employeeNo} {phone(m)}
                    </Typography.Text>
                  </Flex>
                ),
              },
              { key: 'role', title: t('fireSafety.brigade.role'), render: (_, m) => roleTags(m) },
              {
                key: 'joined',
                title: t('fireSafety.brigade.joined'),
                render: (_, m) => formatDate(m.joinedOn, locale),
              },
              { key: 'trained', title: t('fireSafety.brigade.lastTrained'), render: (_, m) => training(m) },
              { key: 'actions', title: '', render: (_, m) => actions(m) },
            ]}
          />
        )}
      </QueryState>
      {editing && <MemberModal siteCode={siteCode} member={editing.member} onClose={closed} />}
      {leaving && <LeaveModal member={leaving} onClose={closed} />}
    </Flex>
  );
}
