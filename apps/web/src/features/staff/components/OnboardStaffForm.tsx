import { Alert, Button, Col, DatePicker, Form, Grid, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { Locale, OnboardStaffMutation } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { useStaffChoices } from '../hooks/use-staff-choices.js';
import { onboardStaffMutation } from '../staff.operations.js';
import { LocaleSelect } from './StaffActions.js';

interface Values {
  employeeNo: string;
  name: string;
  username: string;
  phone?: string;
  positionKey: string;
  departmentKey?: string;
  siteCodes?: string[];
  hireDate: Dayjs;
  locale: Locale;
  initialPassword?: string;
}

const FIELDS = [
  'employeeNo',
  'name',
  'username',
  'phone',
  'positionKey',
  'departmentKey',
  'siteCodes',
  'hireDate',
  'locale',
  'initialPassword',
] as const;

export type Onboarded = NonNullable<OnboardStaffMutation['onboardStaff']['staff']> & { temporaryPassword: string };

/** Every field of `OnboardStaffInput`: the new record and their account. */
export function OnboardStaffForm({ onDone, onCancel }: { onDone(staff: Onboarded): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  // Thumbs need bigger targets than a mouse.
  const phone = !Grid.useBreakpoint().md;
  const choices = useStaffChoices();
  const [{ fetching }, onboard] = useMutation(onboardStaffMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (v: Values) => {
    setProblem(null);
    const result = await onboard({
      input: {
        employeeNo: v.employeeNo.trim(),
        name: v.name.trim(),
        username: v.username.trim().toLowerCase(),
        phone: v.phone?.trim() || null,
        positionKey: v.positionKey,
        departmentKey: v.departmentKey || null,
        siteCodes: v.siteCodes ?? [],
        hireDate: v.hireDate.format('YYYY-MM-DD'),
        locale: v.locale,
        initialPassword: v.initialPassword || null,
      },
    });
    const payload = result.data?.onboardStaff;
    const outcome = outcomeOf(form, FIELDS, t, result, payload);
    if (!outcome.ok) {
      setProblem(outcome.problem ?? t('staff.fixFields'));
      return;
    }
    if (payload?.staff && payload.temporaryPassword) {
      onDone({ ...payload.staff, temporaryPassword: payload.temporaryPassword });
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark="optional"
      size={phone ? 'large' : 'middle'}
      onFinish={submit}
      initialValues={{ hireDate: dayjs(), locale: 'ZH_CN', siteCodes: [] }}
      data-testid="onboard-form"
      autoComplete="off"
    >
      {problem && (
        <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="onboard-error" />
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="name"
            label={t('staff.fields.name')}
            rules={[{ required: true, whitespace: true, message: t('staff.nameRequired') }]}
          >
            <Input maxLength={50} data-testid="onboard-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="employeeNo"
            label={t('staff.fields.employeeNo')}
            rules={[{ required: true, whitespace: true, message: t('staff.employeeNoRequired') }]}
          >
            <Input maxLength={32} data-testid="onboard-employee-no" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="username"
            label={t('staff.fields.username')}
            extra={t('staff.usernameHint')}
            rules={[
              { required: true, whitespace: true, message: t('staff.usernameRequired') },
              { pattern: /^[a-z0-9][a-z0-9._-]{2,31}$/, message: t('userErrors.byField.username.INVALID') },
            ]}
            normalize={(v: string) => v.toLowerCase()}
          >
            <Input maxLength={32} autoCapitalize="none" spellCheck={false} data-testid="onboard-username" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="phone" label={t('staff.fields.phone')}>
            <Input maxLength={30} inputMode="tel" data-testid="onboard-phone" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="positionKey"
            label={t('staff.fields.position')}
            rules={[{ required: true, message: t('staff.positionRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={choices.positions}
              placeholder={t('staff.choosePosition')}
              data-testid="onboard-position"
              onChange={(key: string) => form.setFieldValue('departmentKey', choices.departmentOf(key) ?? undefined)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="departmentKey" label={t('staff.fields.department')} extra={t('staff.departmentHint')}>
            <Select allowClear options={choices.departments} placeholder={t('staff.departmentOfPosition')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="siteCodes" label={t('staff.fields.sites')}>
            <Select mode="multiple" allowClear options={choices.sites} data-testid="onboard-sites" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="hireDate"
            label={t('staff.fields.hireDate')}
            rules={[{ required: true, message: t('staff.dateRequired') }]}
          >
            <DatePicker style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="locale" label={t('staff.fields.locale')}>
            <LocaleSelect />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="initialPassword"
            label={t('staff.fields.initialPassword')}
            extra={t('staff.initialPasswordHint')}
          >
            <Input.Password maxLength={128} autoComplete="new-password" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" loading={fetching} data-testid="onboard-submit">
          {t('staff.onboard')}
        </Button>
        <Button style={{ marginInlineStart: 8 }} onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Form.Item>
    </Form>
  );
}
