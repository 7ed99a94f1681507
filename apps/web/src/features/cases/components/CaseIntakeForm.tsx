import { Alert, Button, Checkbox, Col, Form, Grid, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { CaseChannel, CaseKind, Priority, Severity } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { useSession } from '../../auth/session-context.js';
import { slaPoliciesQuery } from '../../sla/sla.operations.js';
import { openCaseMutation } from '../case.operations.js';
import { creatableKinds } from '../case-abilities.js';
import { formatMinutes } from '../case-format.js';
import { useCaseChoices } from '../hooks/use-case-choices.js';
import { CustomerLookup, type Picked } from './CustomerLookup.js';

export const CHANNELS: CaseChannel[] = ['PHONE', 'DESK_VISIT', 'PATROL', 'NIGHT_DUTY', 'ONLINE', 'LETTER', 'OTHER'];
export const PRIORITIES: Priority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

interface Values {
  kind: CaseKind;
  channel: CaseChannel;
  title: string;
  description: string;
  reporterName?: string;
  reporterPhone?: string;
  reportedByMe: boolean;
  siteCode?: string;
  area?: string;
  severity: Severity;
  priority: Priority;
  beyondAuthority: boolean;
  askingRent?: number | null;
}

const FIELDS = [
  'kind',
  'channel',
  'title',
  'description',
  'reporterName',
  'reporterPhone',
  'reporterCustomerId',
  'unitId',
  'siteCode',
  'area',
  'severity',
  'priority',
  'beyondAuthority',
  'askingRent',
] as const;

export interface Opened {
  id: string;
  reference: string;
}

/**
 * A new matter, taken at the desk or on the phone: made for the keyboard (the first field has
 * focus, Tab goes down the form in reading order, Enter — or Ctrl+Enter in the description —
 * records it).
 */
/** What the form starts from when the matter came in another way first (a walk-in visit). */
export interface IntakeStart {
  kind?: CaseKind;
  channel?: CaseChannel;
  description?: string;
  reporterName?: string;
  reporterPhone?: string;
  picked?: Picked | null;
}

export function CaseIntakeForm({
  onDone,
  onCancel,
  start,
}: {
  onDone(c: Opened): void;
  onCancel(): void;
  start?: IntakeStart;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const phone = !Grid.useBreakpoint().md;
  const { can, viewer } = useSession();
  const kinds = creatableKinds(can);
  const choices = useCaseChoices();
  const [{ fetching }, open] = useMutation(openCaseMutation);
  const [problem, setProblem] = useState<string | null>(null);
  // The caller as found on file (customer and/or unit); typed-in name and phone otherwise.
  const [picked, setPicked] = useState<Picked | null>(start?.picked ?? null);
  const canLookUp = can('customer_file.read');
  const [{ data: sla }] = useQuery({ query: slaPoliciesQuery, pause: !can('service_level.read') });
  const kind = Form.useWatch('kind', form);
  const priority = Form.useWatch('priority', form);
  const reportedByMe = Form.useWatch('reportedByMe', form);
  const kindRef = useRef<HTMLDivElement>(null);
  // Keyboard first: the form opens with the kind in focus (arrow keys choose, Tab moves on).
  useEffect(() => kindRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus(), []);
  const policy = sla?.slaPolicies.find((p) => p.kind === kind && p.priority === priority);

  const submit = async (v: Values) => {
    setProblem(null);
    const result = await open({
      input: {
        kind: v.kind,
        channel: v.channel,
        title: v.title.trim(),
        description: v.description.trim(),
        reporterCustomerId: picked?.customer?.id ?? null,
        unitId: picked?.unit?.id ?? null,
        reporterName: picked?.customer ? null : v.reporterName?.trim() || null,
        reporterPhone: v.reporterPhone?.trim() || null,
        reportedByMe: picked?.customer ? null : v.reportedByMe || null,
        siteCode: picked?.unit ? null : v.siteCode || null,
        area: v.area?.trim() || null,
        severity: v.severity,
        priority: v.priority,
        beyondAuthority: v.beyondAuthority,
        // A rental starts with its asking rent and the unit the caller named as the one offered.
        rental:
          v.kind === 'RENTAL'
            ? { askingRent: v.askingRent ?? null, unitIds: picked?.unit ? [picked.unit.id] : [] }
            : null,
      },
    });
    const outcome = outcomeOf(form, FIELDS, t, result, result.data?.openCase);
    const opened = result.data?.openCase.case;
    if (!outcome.ok || !opened) return setProblem(outcome.problem ?? (outcome.ok ? null : t('cases.fixFields')));
    onDone({ id: opened.id, reference: opened.reference });
  };

  // In a text area Enter starts a new line; Ctrl+Enter (⌘+Enter) records the case.
  const submitOnCtrlEnter = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.submit();
    }
  };

  if (kinds.length === 0) return <Alert type="warning" showIcon title={t('cases.cannotCreate')} />;

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      size={phone ? 'large' : 'middle'}
      data-testid="case-intake-form"
      initialValues={{
        kind: start?.kind && kinds.includes(start.kind) ? start.kind : kinds[0],
        channel: start?.channel ?? 'PHONE',
        description: start?.description,
        reporterName: start?.reporterName,
        reporterPhone: start?.reporterPhone,
        severity: 'GENERAL',
        priority: 'NORMAL',
        beyondAuthority: false,
        reportedByMe: false,
        siteCode: undefined,
      }}
      onFinish={submit}
      onFinishFailed={() => setProblem(null)}
      scrollToFirstError
    >
      {problem && (
        <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="intake-error" />
      )}
      <div ref={kindRef}>
        <Form.Item name="kind" label={t('cases.fields.kind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            data-testid="intake-kind"
            options={kinds.map((k) => ({ value: k, label: t(`cases.kind.${k}`) }))}
            style={{ display: 'flex', flexWrap: 'wrap', rowGap: 8 }}
          />
        </Form.Item>
      </div>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="channel" label={t('cases.fields.channel')} rules={[{ required: true }]}>
            <Select
              data-testid="intake-channel"
              options={CHANNELS.map((c) => ({ value: c, label: t(`cases.channel.${c}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="title"
            label={t('cases.fields.title')}
            rules={[{ required: true, whitespace: true, message: t('cases.titleRequired') }]}
          >
            <Input maxLength={100} placeholder={t('cases.titlePlaceholder')} data-testid="intake-title" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="description"
        label={t('cases.fields.description')}
        extra={t(phone ? 'cases.descriptionHint' : 'cases.descriptionHintDesk')}
        rules={[{ required: true, whitespace: true, message: t('cases.descriptionRequired') }]}
      >
        <Input.TextArea
          rows={phone ? 4 : 3}
          maxLength={2000}
          showCount
          onKeyDown={submitOnCtrlEnter}
          data-testid="intake-description"
        />
      </Form.Item>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('cases.reporter')}
      </Typography.Title>
      {canLookUp && (
        <Form.Item label={t('cases.lookup.label')} extra={picked ? undefined : t('cases.lookup.hint')}>
          <CustomerLookup
            value={picked}
            onChange={(next) => {
              setPicked(next);
              if (next?.phone && !form.getFieldValue('reporterPhone')) form.setFieldValue('reporterPhone', next.phone);
              if (next?.unit) form.setFieldValue('siteCode', next.unit.site.code);
              void form.validateFields(['reporterName']).catch(() => {});
            }}
          />
        </Form.Item>
      )}
      <Row gutter={16}>
        {!picked?.customer && (
          <Col xs={24} md={8}>
            <Form.Item
              name="reporterName"
              label={t('cases.fields.reporterName')}
              dependencies={['reportedByMe']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_r, value: string | undefined) =>
                    picked?.customer || getFieldValue('reportedByMe') || value?.trim()
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('cases.reporterRequired'))),
                }),
              ]}
            >
              <Input maxLength={50} autoComplete="off" data-testid="intake-reporter-name" />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={8}>
          <Form.Item name="reporterPhone" label={t('cases.fields.reporterPhone')}>
            <Input maxLength={30} inputMode="tel" autoComplete="off" data-testid="intake-reporter-phone" />
          </Form.Item>
        </Col>
        {!picked?.customer && (
          <Col xs={24} md={8}>
            <Form.Item name="reportedByMe" valuePropName="checked" label={phone ? undefined : ' '}>
              <Checkbox data-testid="intake-reported-by-me">
                {t('cases.reportedByMe', { name: viewer?.staff.name ?? '' })}
              </Checkbox>
            </Form.Item>
          </Col>
        )}
      </Row>
      {reportedByMe && !picked?.customer && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {t('cases.reportedByMeHint')}
        </Typography.Paragraph>
      )}
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('cases.where')}
      </Typography.Title>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="siteCode" label={t('cases.fields.site')}>
            <Select
              allowClear
              disabled={!!picked?.unit}
              options={choices.sites}
              placeholder={t('cases.chooseSite')}
              data-testid="intake-site"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="area" label={t('cases.fields.area')}>
            <Input maxLength={100} placeholder={t('cases.areaPlaceholder')} data-testid="intake-area" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="severity" label={t('cases.fields.severity')}>
            <Radio.Group
              optionType="button"
              data-testid="intake-severity"
              options={(['GENERAL', 'MAJOR'] as const).map((s) => ({ value: s, label: t(`cases.severity.${s}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="priority" label={t('cases.fields.priority')}>
            <Select
              data-testid="intake-priority"
              options={PRIORITIES.map((p) => ({ value: p, label: t(`cases.priority.${p}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="beyondAuthority" valuePropName="checked" label={phone ? undefined : ' '}>
            <Checkbox data-testid="intake-beyond-authority">{t('cases.fields.beyondAuthority')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      {kind === 'RENTAL' && (
        <Form.Item name="askingRent" label={t('cases.rental.askingRent')} extra={t('cases.rental.intakeHint')}>
          <InputNumber
            min={0}
            max={10_000_000}
            precision={0}
            addonAfter={t('cases.rental.yuanPerMonth')}
            style={{ width: phone ? '100%' : 240 }}
            data-testid="intake-asking-rent"
          />
        </Form.Item>
      )}
      {policy && (
        <Typography.Paragraph type="secondary" data-testid="intake-deadlines">
          {t('cases.deadlinesPreview', {
            response: formatMinutes(policy.responseMinutes, t),
            resolution: formatMinutes(policy.resolutionMinutes, t),
          })}
        </Typography.Paragraph>
      )}
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" loading={fetching} data-testid="intake-submit">
          {t('cases.record')}
        </Button>
        <Button style={{ marginInlineStart: 8 }} onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        {!phone && (
          <Typography.Text type="secondary" style={{ marginInlineStart: 12, fontSize: 13 }}>
            {t('cases.keyboardHint')}
          </Typography.Text>
        )}
      </Form.Item>
    </Form>
  );
}
