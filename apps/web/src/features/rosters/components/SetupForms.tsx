import { App, Form, Input, InputNumber, Select, Switch, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormModal } from '../../../components/FormModal.js';
import type { RosterSetupQuery } from '../../../gql/graphql.js';
import {
  createShiftPatternMutation,
  createTeamMutation,
  rosterSitesQuery,
  updateShiftPatternMutation,
  updateTeamMutation,
} from '../roster.operations.js';
import { rosterOutcome } from '../roster-format.js';

type Pattern = RosterSetupQuery['shiftPatterns'][number];
type Team = RosterSetupQuery['teams'][number];

interface PatternValues {
  siteCode: string;
  code: string;
  nameZh: string;
  nameEn: string;
  hours: [Dayjs, Dayjs];
  lateGraceMinutes: number;
  earlyLeaveGraceMinutes: number;
  active: boolean;
}

const PATTERN_FIELDS = [
  'siteCode',
  'code',
  'nameZh',
  'nameEn',
  'startTime',
  'endTime',
  'lateGraceMinutes',
  'earlyLeaveGraceMinutes',
];

const time = (hhmm: string) => dayjs(`2000-01-01T${hhmm}:00`);

/** Add or change a shift pattern: hours (an end at or before the start is the next day) and grace periods. */
export function PatternForm({
  open,
  pattern,
  onClose,
  onDone,
}: {
  open: boolean;
  pattern: Pattern | null;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PatternValues>();
  const [{ data: sites }] = useQuery({ query: rosterSitesQuery, pause: !open });
  const [, create] = useMutation(createShiftPatternMutation);
  const [, update] = useMutation(updateShiftPatternMutation);
  return (
    <FormModal<PatternValues>
      open={open}
      title={pattern ? t('rosters.setup.editPattern') : t('rosters.setup.newPattern')}
      okText={t('common.save')}
      form={form}
      testId="pattern-form"
      initialValues={
        pattern
          ? {
              siteCode: pattern.site.code,
              code: pattern.code,
              nameZh: pattern.nameZh,
              nameEn: pattern.nameEn,
              hours: [time(pattern.startTime), time(pattern.endTime)],
              lateGraceMinutes: pattern.lateGraceMinutes,
              earlyLeaveGraceMinutes: pattern.earlyLeaveGraceMinutes,
              active: pattern.active,
            }
          : { lateGraceMinutes: 5, earlyLeaveGraceMinutes: 5, active: true }
      }
      onClose={onClose}
      onDone={() => {
        message.success(t('rosters.setup.saved'));
        onDone();
      }}
      onSubmit={async (v) => {
        const hours = { startTime: v.hours[0].format('HH:mm'), endTime: v.hours[1].format('HH:mm') };
        const common = {
          nameZh: v.nameZh.trim(),
          nameEn: v.nameEn.trim(),
          ...hours,
          lateGraceMinutes: v.lateGraceMinutes,
          earlyLeaveGraceMinutes: v.earlyLeaveGraceMinutes,
        };
        if (pattern) {
          const result = await update({ input: { patternId: pattern.id, ...common, active: v.active } });
          return rosterOutcome(form, PATTERN_FIELDS, t, result, result.data?.updateShiftPattern);
        }
        const result = await create({ input: { siteCode: v.siteCode, code: v.code.trim(), ...common } });
        return rosterOutcome(form, PATTERN_FIELDS, t, result, result.data?.createShiftPattern);
      }}
    >
      <Form.Item name="siteCode" label={t('rosters.setup.site')} rules={[{ required: true }]}>
        <Select disabled={!!pattern} options={(sites?.sites ?? []).map((s) => ({ value: s.code, label: s.name }))} />
      </Form.Item>
      <Form.Item name="code" label={t('rosters.setup.code')} rules={[{ required: true, whitespace: true }]}>
        <Input disabled={!!pattern} maxLength={16} placeholder="DAY" style={{ textTransform: 'uppercase' }} />
      </Form.Item>
      <Form.Item name="nameZh" label={t('rosters.setup.nameZh')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={50} placeholder="白班" />
      </Form.Item>
      <Form.Item name="nameEn" label={t('rosters.setup.nameEn')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={100} placeholder="Day shift" />
      </Form.Item>
      <Form.Item
        name="hours"
        label={t('rosters.setup.hours')}
        rules={[{ required: true }]}
        extra={t('rosters.setup.rosterKeeps')}
      >
        <TimePicker.RangePicker format="HH:mm" minuteStep={5} order={false} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="lateGraceMinutes" label={t('rosters.setup.lateGrace')} rules={[{ required: true }]}>
        <InputNumber min={0} max={240} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="earlyLeaveGraceMinutes" label={t('rosters.setup.earlyGrace')} rules={[{ required: true }]}>
        <InputNumber min={0} max={240} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      {pattern && (
        <Form.Item name="active" label={t('rosters.setup.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
    </FormModal>
  );
}

interface TeamValues {
  siteCode: string;
  name: string;
  leaderId: string;
  memberIds: string[];
  active: boolean;
}

/** Form or change a team: its site, name, leader and officers (people of the site). */
export function TeamForm({
  open,
  team,
  people,
  onClose,
  onDone,
}: {
  open: boolean;
  team: Team | null;
  /** Order-maintenance staff by site, as the setup page knows them. */
  people: { id: string; name: string; sites: string[] }[];
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TeamValues>();
  const [{ data: sites }] = useQuery({ query: rosterSitesQuery, pause: !open });
  const [, create] = useMutation(createTeamMutation);
  const [, update] = useMutation(updateTeamMutation);
  const site = Form.useWatch('siteCode', form) ?? team?.site.code;
  const options = useMemo(
    () => people.filter((p) => !site || p.sites.includes(site)).map((p) => ({ value: p.id, label: p.name })),
    [people, site],
  );
  return (
    <FormModal<TeamValues>
      open={open}
      title={team ? t('rosters.setup.editTeam') : t('rosters.setup.newTeam')}
      okText={t('common.save')}
      form={form}
      testId="team-form"
      initialValues={
        team
          ? {
              siteCode: team.site.code,
              name: team.name,
              leaderId: team.leader.id,
              memberIds: team.members.map((m) => m.id),
              active: team.active,
            }
          : { memberIds: [], active: true }
      }
      onClose={onClose}
      onDone={() => {
        message.success(t('rosters.setup.saved'));
        onDone();
      }}
      onSubmit={async (v) => {
        if (team) {
          const result = await update({
            input: {
              teamId: team.id,
              name: v.name.trim(),
              leaderId: v.leaderId,
              memberIds: v.memberIds,
              active: v.active,
            },
          });
          return rosterOutcome(form, ['name', 'leaderId', 'memberIds'], t, result, result.data?.updateTeam);
        }
        const result = await create({
          input: { siteCode: v.siteCode, name: v.name.trim(), leaderId: v.leaderId, memberIds: v.memberIds },
        });
        return rosterOutcome(form, ['siteCode', 'name', 'leaderId', 'memberIds'], t, result, result.data?.createTeam);
      }}
    >
      <Form.Item name="siteCode" label={t('rosters.setup.site')} rules={[{ required: true }]}>
        <Select disabled={!!team} options={(sites?.sites ?? []).map((s) => ({ value: s.code, label: s.name }))} />
      </Form.Item>
      <Form.Item name="name" label={t('rosters.setup.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={50} placeholder="四班" />
      </Form.Item>
      <Form.Item name="leaderId" label={t('rosters.setup.leader')} rules={[{ required: true }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={options} />
      </Form.Item>
      <Form.Item name="memberIds" label={t('rosters.setup.members')}>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={options}
          placeholder={t('rosters.setup.membersPlaceholder')}
        />
      </Form.Item>
      {team && (
        <Form.Item name="active" label={t('rosters.setup.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
    </FormModal>
  );
}
