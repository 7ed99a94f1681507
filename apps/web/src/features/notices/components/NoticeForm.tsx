import { Alert, Button, Checkbox, Col, DatePicker, Form, Grid, Input, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type {
  DraftNoticeInput,
  NoticeAudience,
  NoticeDetailFragment,
  NoticeKind,
  UserErrorFieldsFragment,
} from '../../../gql/graphql.js';
import { describeError, describeUserError, userErrorField } from '../../../lib/errors.js';
import { UnitSelect } from '../../customers/components/RemoteSelects.js';
import {
  draftNoticeMutation,
  noticeBuildingsQuery,
  noticeChoicesQuery,
  updateNoticeMutation,
} from '../notice.operations.js';

export const NOTICE_KINDS: NoticeKind[] = ['NOTICE', 'ANNOUNCEMENT', 'DOCUMENT'];
const AUDIENCES: NoticeAudience[] = ['ALL_SITES', 'SITE', 'BUILDING', 'UNIT'];
/** As the server enforces them (apps/api notice.entity.ts NOTICE_LIMITS). */
const LIMITS = { title: 100, body: 5000, postedAt: 200 } as const;
const DATE_TIME = 'YYYY-MM-DD HH:mm';

interface Values {
  kind: NoticeKind;
  title: string;
  body: string;
  audience: NoticeAudience;
  siteCode?: string;
  buildingId?: string;
  unitId?: string;
  postedAt?: string;
  publishAt?: Dayjs | null;
  expiresAt?: Dayjs | null;
  requiresAcknowledgement: boolean;
  acknowledgementDepartmentKeys: string[];
}

const FIELDS = [
  'kind',
  'title',
  'body',
  'audience',
  'siteCode',
  'buildingId',
  'unitId',
  'postedAt',
  'publishAt',
  'expiresAt',
  'requiresAcknowledgement',
  'acknowledgementDepartmentKeys',
] as const;

/** A refusal in words: the notice form's own wording first, then the app's. */
export function noticeErrorText(error: UserErrorFieldsFragment, t: TFunction): string {
  const field = userErrorField(error);
  const general = describeUserError(error, t);
  return field ? t(`notices.userErrors.${field}.${error.code}`, { defaultValue: general }) : general;
}

function initialValues(n: NoticeDetailFragment | undefined): Partial<Values> {
  if (!n)
    return { kind: 'NOTICE', audience: 'SITE', requiresAcknowledgement: false, acknowledgementDepartmentKeys: [] };
  return {
    kind: n.kind,
    title: n.title,
    body: n.body,
    audience: n.audience,
    siteCode: n.site?.code,
    buildingId: n.building?.id,
    unitId: n.unit?.id,
    postedAt: n.postedAt ?? undefined,
    publishAt: n.publishAt ? dayjs(String(n.publishAt)) : null,
    expiresAt: n.expiresAt ? dayjs(String(n.expiresAt)) : null,
    requiresAcknowledgement: n.requiresAcknowledgement,
    acknowledgementDepartmentKeys: n.acknowledgementDepartments.map((d) => d.key),
  };
}

/**
 * Drafting (or rewriting) a notice: what it says, whom it is for — every site, a site, a building
 * or a unit —, where it goes up and when, and which departments must confirm they read it.
 */
export function NoticeForm({
  notice,
  onDone,
  onCancel,
}: {
  /** The draft being rewritten; none for a new one. */
  notice?: NoticeDetailFragment;
  onDone(id: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const phone = !Grid.useBreakpoint().md;
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching: drafting }, draft] = useMutation(draftNoticeMutation);
  const [{ fetching: updating }, update] = useMutation(updateNoticeMutation);
  const [{ data: choices }] = useQuery({ query: noticeChoicesQuery });
  const audience = Form.useWatch('audience', form);
  const siteCode = Form.useWatch('siteCode', form);
  const requiresAcknowledgement = Form.useWatch('requiresAcknowledgement', form);
  const [{ data: buildings, fetching: loadingBuildings }] = useQuery({
    query: noticeBuildingsQuery,
    variables: { siteCode: siteCode ?? null },
    pause: audience !== 'BUILDING',
  });
  const initial = useMemo(() => initialValues(notice), [notice]);

  const sites = (choices?.sites ?? []).map((s) => ({ value: s.code, label: s.name }));
  const departments = (choices?.departments ?? []).map((d) => ({ value: d.key, label: d.name }));
  const unitLabel =
    notice?.unit && notice.site && notice.building
      ? `${notice.unit.code} · ${notice.site.name} · ${notice.building.name}`
      : undefined;

  const submit = async (v: Values) => {
    setProblem(null);
    const input: DraftNoticeInput = {
      kind: v.kind,
      title: v.title.trim(),
      body: v.body.trim(),
      audience: v.audience,
      siteCode: v.audience === 'SITE' ? (v.siteCode ?? null) : null,
      buildingId: v.audience === 'BUILDING' ? (v.buildingId ?? null) : null,
      unitId: v.audience === 'UNIT' ? (v.unitId ?? null) : null,
      postedAt: v.postedAt?.trim() || null,
      publishAt: v.publishAt ? v.publishAt.toISOString() : null,
      expiresAt: v.expiresAt ? v.expiresAt.toISOString() : null,
      requiresAcknowledgement: v.requiresAcknowledgement,
      acknowledgementDepartmentKeys: v.requiresAcknowledgement ? v.acknowledgementDepartmentKeys : [],
    };
    const result = notice ? await update({ input: { ...input, noticeId: notice.id } }) : await draft({ input });
    if (result.error) return setProblem(describeError(result.error, t));
    const payload = result.data && ('updateNotice' in result.data ? result.data.updateNotice : result.data.draftNotice);
    if (!payload) return setProblem(t('errors.unknown'));
    if (payload.userErrors.length) {
      const byField = new Map<string, string[]>();
      const general: string[] = [];
      for (const e of payload.userErrors) {
        const field = userErrorField(e);
        const words = noticeErrorText(e, t);
        if (field && (FIELDS as readonly string[]).includes(field))
          byField.set(field, [...(byField.get(field) ?? []), words]);
        else general.push(words);
      }
      form.setFields([...byField].map(([name, errors]) => ({ name: name as keyof Values, errors })));
      return setProblem(general.length ? general.join(' ') : t('notices.fixFields'));
    }
    if (payload.notice) onDone(payload.notice.id);
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      size={phone ? 'large' : 'middle'}
      initialValues={initial}
      onFinish={submit}
      onFinishFailed={() => setProblem(null)}
      scrollToFirstError
      data-testid="notice-form"
    >
      {problem && (
        <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="notice-error" />
      )}
      <Form.Item name="kind" label={t('notices.fields.kind')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={NOTICE_KINDS.map((k) => ({ value: k, label: t(`notices.kind.${k}`) }))}
          data-testid="notice-kind"
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('notices.fields.title')}
        rules={[{ required: true, whitespace: true, message: t('notices.titleRequired') }]}
      >
        <Input
          maxLength={LIMITS.title}
          showCount
          placeholder={t('notices.titlePlaceholder')}
          data-testid="notice-title"
        />
      </Form.Item>
      <Form.Item
        name="body"
        label={t('notices.fields.body')}
        rules={[{ required: true, whitespace: true, message: t('notices.bodyRequired') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: phone ? 6 : 8, maxRows: 20 }}
          maxLength={LIMITS.body}
          showCount
          placeholder={t('notices.bodyPlaceholder')}
          data-testid="notice-body"
        />
      </Form.Item>

      <Typography.Title level={5}>{t('notices.audienceTitle')}</Typography.Title>
      <Form.Item name="audience" label={t('notices.fields.audience')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={AUDIENCES.map((a) => ({ value: a, label: t(`notices.audience.${a}`) }))}
          onChange={() => form.setFieldsValue({ buildingId: undefined, unitId: undefined })}
          data-testid="notice-audience"
          style={{ display: 'flex', flexWrap: 'wrap', rowGap: 8 }}
        />
      </Form.Item>
      <Row gutter={16}>
        {(audience === 'SITE' || audience === 'BUILDING') && (
          <Col xs={24} md={12}>
            <Form.Item
              name="siteCode"
              label={t('notices.fields.site')}
              rules={[{ required: audience === 'SITE', message: t('notices.siteRequired') }]}
            >
              <Select
                allowClear={audience === 'BUILDING'}
                options={sites}
                placeholder={t('notices.chooseSite')}
                onChange={() => form.setFieldValue('buildingId', undefined)}
                data-testid="notice-site"
              />
            </Form.Item>
          </Col>
        )}
        {audience === 'BUILDING' && (
          <Col xs={24} md={12}>
            <Form.Item
              name="buildingId"
              label={t('notices.fields.building')}
              rules={[{ required: true, message: t('notices.buildingRequired') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={loadingBuildings}
                options={(buildings?.buildings ?? []).map((b) => ({ value: b.id, label: b.name }))}
                placeholder={t('notices.chooseBuilding')}
                data-testid="notice-building"
              />
            </Form.Item>
          </Col>
        )}
        {audience === 'UNIT' && (
          <Col xs={24} md={12}>
            <Form.Item
              name="unitId"
              label={t('notices.fields.unit')}
              rules={[{ required: true, message: t('notices.unitRequired') }]}
            >
              <UnitSelect initialLabel={unitLabel} testId="notice-unit" />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Form.Item name="postedAt" label={t('notices.fields.postedAt')} extra={t('notices.postedAtHint')}>
        <Input
          maxLength={LIMITS.postedAt}
          placeholder={t('notices.postedAtPlaceholder')}
          data-testid="notice-posted-at"
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="publishAt" label={t('notices.fields.publishAt')} extra={t('notices.publishAtHint')}>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format={DATE_TIME}
              style={{ width: '100%' }}
              placeholder={t('notices.publishAtPlaceholder')}
              data-testid="notice-publish-at"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="expiresAt"
            label={t('notices.fields.expiresAt')}
            extra={t('notices.expiresAtHint')}
            dependencies={['publishAt']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_r, value: Dayjs | null | undefined) => {
                  const from: Dayjs | null | undefined = getFieldValue('publishAt');
                  if (!value) return Promise.resolve();
                  if (from && !value.isAfter(from)) return Promise.reject(new Error(t('notices.expiresAfterPublish')));
                  if (!value.isAfter(dayjs())) return Promise.reject(new Error(t('notices.expiresInFuture')));
                  return Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format={DATE_TIME}
              style={{ width: '100%' }}
              disabledDate={(d) => d.isBefore(dayjs(), 'day')}
              placeholder={t('notices.expiresAtPlaceholder')}
              data-testid="notice-expires-at"
            />
          </Form.Item>
        </Col>
      </Row>

      <Typography.Title level={5}>{t('notices.acknowledgementTitle')}</Typography.Title>
      <Form.Item name="requiresAcknowledgement" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox data-testid="notice-requires-acknowledgement">{t('notices.fields.requiresAcknowledgement')}</Checkbox>
      </Form.Item>
      {requiresAcknowledgement && (
        <Form.Item
          name="acknowledgementDepartmentKeys"
          label={t('notices.fields.acknowledgementDepartments')}
          extra={t('notices.acknowledgementDepartmentsHint')}
        >
          <Select
            mode="multiple"
            allowClear
            options={departments}
            placeholder={t('notices.everyone')}
            optionFilterProp="label"
            data-testid="notice-departments"
          />
        </Form.Item>
      )}
      <Form.Item style={{ marginTop: 16, marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" loading={drafting || updating} data-testid="notice-submit">
          {notice ? t('notices.saveChanges') : t('notices.saveDraft')}
        </Button>
        <Button style={{ marginInlineStart: 8 }} onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Typography.Text
          type="secondary"
          style={{ display: phone ? 'block' : 'inline', marginTop: 8, marginInlineStart: phone ? 0 : 12, fontSize: 13 }}
        >
          {t('notices.draftHint')}
        </Typography.Text>
      </Form.Item>
    </Form>
  );
}
