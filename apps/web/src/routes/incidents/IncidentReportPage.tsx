import { ArrowLeftOutlined, FireOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Grid,
  Input,
  Radio,
  Select,
  Switch,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../features/auth/session-context.js';
import { caseChoicesQuery } from '../../features/cases/case.operations.js';
import { INCIDENT_KINDS } from '../../features/cases/case-abilities.js';
import { incidentAreasQuery, reportIncidentMutation } from '../../features/incidents/incidents.operations.js';
import type { Authority, CaseChannel, CaseKind } from '../../gql/graphql.js';
import { outcomeOf } from '../../lib/form-errors.js';

const AUTHORITIES: Authority[] = ['POLICE', 'FIRE_BRIGADE', 'AMBULANCE', 'TRAFFIC_POLICE', 'OTHER'];
const CHANNELS: CaseChannel[] = ['PATROL', 'PHONE', 'DESK_VISIT', 'NIGHT_DUTY', 'OTHER'];

interface Values {
  kind: CaseKind;
  major: boolean;
  beyondAuthority: boolean;
  channel: CaseChannel;
  siteCode: string;
  areaId?: string;
  occurredAt: Dayjs;
  title: string;
  description: string;
  involvedPeople?: string;
  actionsTaken?: string;
  authorities: Authority[];
}
const FIELDS = [
  'kind',
  'siteCode',
  'areaId',
  'occurredAt',
  'title',
  'description',
  'involvedPeople',
  'actionsTaken',
  'authorities',
];

/** /incidents/new: report an incident fast, on a phone on patrol as at a desk (R16, W3). */
export function IncidentReportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { viewer } = useSession();
  const phone = !Grid.useBreakpoint().md;
  // From a patrol's scan page: the checkpoint's site and area are filled in.
  const [params] = useSearchParams();
  const fromPatrol = { site: params.get('site'), area: params.get('area') };
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, report] = useMutation(reportIncidentMutation);
  const [{ data: choices }] = useQuery({ query: caseChoicesQuery });
  // The sites one works at first, named as the company names them.
  const mine = new Set((viewer?.staff.sites ?? []).map((s) => s.code));
  const allSites = choices?.sites ?? [];
  const sites = mine.size ? allSites.filter((s) => mine.has(s.code)) : allSites;
  const siteCode = Form.useWatch('siteCode', form) ?? sites[0]?.code;
  const kind = Form.useWatch('kind', form);
  const [{ data: areas }] = useQuery({ query: incidentAreasQuery, variables: { siteCode }, pause: !siteCode });

  useEffect(() => {
    document.title = `${t('incidents.reportTitle')} · Steward`;
  }, [t]);

  const submit = async (v: Values) => {
    setProblem(null);
    const now = new Date().toISOString();
    const res = await report({
      input: {
        kind: v.kind,
        channel: v.channel,
        title: v.title,
        description: v.description,
        reportedByMe: true,
        siteCode: v.siteCode,
        severity: v.major ? 'MAJOR' : 'GENERAL',
        beyondAuthority: v.beyondAuthority,
        incident: {
          occurredAt: v.occurredAt.toISOString(),
          areaId: v.areaId ?? null,
          involvedPeople: v.involvedPeople || null,
          actionsTaken: v.actionsTaken || null,
          authorities: v.authorities.map((authority) => ({ authority, notifiedAt: now })),
        },
      },
    });
    const outcome = outcomeOf(form, FIELDS, t, res, res.data?.openCase);
    if (!outcome.ok) return setProblem(outcome.problem);
    const c = res.data?.openCase.case;
    if (!c) return;
    void message.success(t('incidents.reported', { reference: c.reference }));
    navigate(`/cases/${encodeURIComponent(c.id)}`);
  };

  return (
    <div style={{ maxWidth: 760, margin: '0 auto' }}>
      <Link to="/incidents">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('incidents.title')}
        </Button>
      </Link>
      <Typography.Title level={2} style={{ marginTop: 4, marginBottom: 4 }}>
        {t('incidents.reportTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('incidents.reportSubtitle')}</Typography.Paragraph>
      <Card styles={{ body: { padding: phone ? 16 : 24 } }}>
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
          data-testid="incident-form"
          initialValues={{
            kind: 'PUBLIC_ORDER',
            major: false,
            beyondAuthority: false,
            channel: viewer?.staff.department?.key === 'order_maintenance' ? 'PATROL' : 'PHONE',
            siteCode: fromPatrol.site ?? viewer?.staff.sites[0]?.code,
            areaId: fromPatrol.area ?? undefined,
            occurredAt: dayjs(),
            authorities: [],
          }}
        >
          <Form.Item name="kind" label={t('incidents.kindLabel')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              size="large"
              data-testid="incident-kind"
              style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}
            >
              {INCIDENT_KINDS.map((k) => (
                <Radio.Button key={k} value={k} data-kind={k} style={{ borderRadius: 6 }}>
                  {k === 'FIRE' && <FireOutlined style={{ color: '#cf1322', marginInlineEnd: 4 }} />}
                  {t(`cases.kind.${k}`)}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
          {kind === 'FIRE' && (
            <Alert type="error" showIcon message={t('incidents.fireHint')} style={{ marginBottom: 16 }} />
          )}
          <Flex gap={24} wrap>
            <Form.Item
              name="major"
              label={t('incidents.major')}
              valuePropName="checked"
              tooltip={t('incidents.majorHint')}
            >
              <Switch data-testid="incident-major" />
            </Form.Item>
            <Form.Item name="beyondAuthority" label={t('incidents.beyondAuthority')} valuePropName="checked">
              <Switch data-testid="incident-beyond" />
            </Form.Item>
          </Flex>
          <Form.Item name="title" label={t('incidents.fields.title')} rules={[{ required: true, max: 100 }]}>
            <Input
              size="large"
              maxLength={100}
              placeholder={t('incidents.placeholders.title')}
              data-testid="incident-title"
            />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('incidents.fields.description')}
            rules={[{ required: true, max: 2000 }]}
          >
            <Input.TextArea
              rows={3}
              maxLength={2000}
              placeholder={t('incidents.placeholders.description')}
              data-testid="incident-description"
            />
          </Form.Item>
          <Flex gap={16} wrap>
            <Form.Item
              name="siteCode"
              label={t('incidents.fields.site')}
              rules={[{ required: true }]}
              style={{ minWidth: 160, flex: 1 }}
            >
              <Select
                options={sites.map((s) => ({ value: s.code, label: s.name }))}
                onChange={() => form.setFieldValue('areaId', undefined)}
              />
            </Form.Item>
            <Form.Item name="areaId" label={t('incidents.fields.area')} style={{ minWidth: 200, flex: 2 }}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                options={(areas?.areas ?? []).map((a) => ({ value: a.id, label: a.name }))}
                data-testid="incident-area"
              />
            </Form.Item>
          </Flex>
          <Flex gap={16} wrap>
            <Form.Item
              name="occurredAt"
              label={t('incidents.fields.occurredAt')}
              rules={[{ required: true }]}
              style={{ minWidth: 200, flex: 1 }}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              />
            </Form.Item>
            <Form.Item name="channel" label={t('cases.fields.channel')} style={{ minWidth: 160, flex: 1 }}>
              <Select options={CHANNELS.map((c) => ({ value: c, label: t(`cases.channel.${c}`) }))} />
            </Form.Item>
          </Flex>
          <Form.Item name="involvedPeople" label={t('incidents.fields.involvedPeople')}>
            <Input maxLength={500} placeholder={t('incidents.placeholders.involvedPeople')} />
          </Form.Item>
          <Form.Item name="actionsTaken" label={t('incidents.fields.actionsTaken')}>
            <Input.TextArea
              rows={2}
              maxLength={2000}
              placeholder={t('incidents.placeholders.actionsTaken')}
              data-testid="incident-actions"
            />
          </Form.Item>
          <Form.Item name="authorities" label={t('incidents.fields.authorities')}>
            <Checkbox.Group options={AUTHORITIES.map((a) => ({ value: a, label: t(`incidents.authority.${a}`) }))} />
          </Form.Item>
          {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
          <Button
            type="primary"
            danger={kind === 'FIRE'}
            htmlType="submit"
            size="large"
            block
            loading={sending.fetching}
            data-testid="incident-submit"
          >
            {t('incidents.report')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
