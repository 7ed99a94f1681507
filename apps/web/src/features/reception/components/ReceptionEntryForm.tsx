import { Alert, App, Button, Checkbox, Col, Form, Grid, Input, Radio, Row, Select, Typography } from 'antd';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { VisitPurpose } from '../../../gql/graphql.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { useSession } from '../../auth/session-context.js';
import { viewerSitesQuery } from '../../cases/case.operations.js';
import { CustomerLookup, type Picked } from '../../cases/components/CustomerLookup.js';
import { useCaseChoices } from '../../cases/hooks/use-case-choices.js';
import { recordReceptionVisitMutation } from '../reception.operations.js';

export const PURPOSES: VisitPurpose[] = ['COMPLAINT', 'QUESTION', 'INQUIRY', 'REPAIR', 'RENTAL', 'OTHER'];

interface Values {
  visitorName?: string;
  visitorPhone?: string;
  siteCode?: string;
  purpose: VisitPurpose;
  summary: string;
  outcome?: string;
  closeNow: boolean;
}

/** The form's own fields: a userError naming one shows beside it; any other (customer, unit) above the form. */
const FIELDS = ['visitorName', 'visitorPhone', 'siteCode', 'purpose', 'summary', 'outcome'] as const;

/**
 * The desk's quick entry: who came (found on file by unit or phone, or typed in), why, what they
 * said and, if answered at once, the outcome. Made for the keyboard: the lookup has focus, Tab goes
 * down the form, Enter logs the visit (Shift+Enter starts a new line in the texts).
 */
export function ReceptionEntryForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const phone = !Grid.useBreakpoint().md;
  const { can } = useSession();
  const choices = useCaseChoices();
  const [{ data: mine }] = useQuery({ query: viewerSitesQuery });
  const [{ fetching }, record] = useMutation(recordReceptionVisitMutation);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const outcome = Form.useWatch('outcome', form);
  const lookupRef = useRef<HTMLDivElement>(null);
  const canLookUp = can('customer_file.read');
  const homeSite = mine?.viewer?.staff.sites[0]?.code;

  const focusLookup = () => {
    const box = lookupRef.current?.querySelector<HTMLInputElement>('input');
    if (box) box.focus();
    else form.getFieldInstance('visitorName')?.focus();
  };
  // Keyboard first: the page opens with the lookup in focus.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the form appears
  useEffect(() => {
    focusLookup();
  }, []);
  // The desk's own site, until the clerk picks another (or a unit decides it).
  useEffect(() => {
    if (homeSite && !form.getFieldValue('siteCode')) form.setFieldValue('siteCode', homeSite);
  }, [homeSite, form]);

  const submit = async (v: Values) => {
    setProblem(null);
    const answered = v.outcome?.trim() || null;
    const result = await record({
      input: {
        customerId: picked?.customer?.id ?? null,
        unitId: picked?.unit?.id ?? null,
        visitorName: picked?.customer ? null : v.visitorName?.trim() || null,
        visitorPhone: v.visitorPhone?.trim() || null,
        siteCode: picked?.unit ? null : v.siteCode || null,
        purpose: v.purpose,
        summary: v.summary.trim(),
        outcome: answered,
        close: !!answered && v.closeNow,
      },
    });
    const outcome = outcomeOf(form, FIELDS, t, result, result.data?.recordReceptionVisit);
    const visit = result.data?.recordReceptionVisit.visit;
    if (!outcome.ok || !visit) return setProblem(outcome.problem ?? (outcome.ok ? null : t('reception.fixFields')));
    void message.success(t(visit.status === 'CLOSED' ? 'reception.recordedClosed' : 'reception.recorded'));
    // Ready for the next visitor: same site and purpose choices, the rest cleared.
    setPicked(null);
    form.setFieldsValue({ visitorName: '', visitorPhone: '', summary: '', outcome: '', closeNow: true });
    form.setFields(FIELDS.map((name) => ({ name, errors: [] })));
    setTimeout(focusLookup, 0);
  };

  // Enter logs the visit; Shift+Enter starts a new line.
  const submitOnEnter = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      form.submit();
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      size={phone ? 'large' : 'middle'}
      requiredMark={false}
      initialValues={{ purpose: 'QUESTION', closeNow: true }}
      onFinish={submit}
      onFinishFailed={() => setProblem(null)}
      data-testid="reception-form"
    >
      {problem && (
        <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="reception-error" />
      )}
      <Row gutter={16}>
        {canLookUp && (
          <Col xs={24} md={picked?.customer ? 16 : 10}>
            <Form.Item label={t('cases.lookup.label')} extra={picked || phone ? undefined : t('reception.lookupHint')}>
              <div ref={lookupRef} data-testid="reception-lookup">
                <CustomerLookup
                  value={picked}
                  onChange={(next) => {
                    setPicked(next);
                    if (next?.phone && !form.getFieldValue('visitorPhone'))
                      form.setFieldValue('visitorPhone', next.phone);
                    if (next?.unit) form.setFieldValue('siteCode', next.unit.site.code);
                    void form.validateFields(['visitorName']).catch(() => {});
                  }}
                />
              </div>
            </Form.Item>
          </Col>
        )}
        {!picked?.customer && (
          <Col xs={12} md={canLookUp ? 8 : 12}>
            <Form.Item
              name="visitorName"
              label={t('reception.fields.visitorName')}
              rules={[
                {
                  validator: (_r, value: string | undefined) =>
                    picked?.customer || value?.trim()
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('reception.visitorRequired'))),
                },
              ]}
            >
              <Input maxLength={50} autoComplete="off" data-testid="reception-visitor-name" />
            </Form.Item>
          </Col>
        )}
        <Col xs={picked?.customer ? 24 : 12} md={canLookUp ? (picked?.customer ? 8 : 6) : 12}>
          <Form.Item name="visitorPhone" label={t('reception.fields.visitorPhone')}>
            <Input maxLength={30} inputMode="tel" autoComplete="off" data-testid="reception-visitor-phone" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item name="purpose" label={t('reception.fields.purpose')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              data-testid="reception-purpose"
              options={PURPOSES.map((p) => ({ value: p, label: t(`reception.purpose.${p}`) }))}
              style={{ display: 'flex', flexWrap: 'wrap', rowGap: 8 }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="siteCode"
            label={t('reception.fields.site')}
            rules={[{ required: !picked?.unit, message: t('reception.siteRequired') }]}
          >
            <Select
              disabled={!!picked?.unit}
              options={choices.sites}
              placeholder={t('reception.chooseSite')}
              data-testid="reception-site"
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="summary"
            label={t('reception.fields.summary')}
            rules={[{ required: true, whitespace: true, message: t('reception.summaryRequired') }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={500}
              showCount
              placeholder={t('reception.summaryPlaceholder')}
              onKeyDown={submitOnEnter}
              data-testid="reception-summary"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="outcome" label={t('reception.fields.outcome')}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={1000}
              showCount
              placeholder={t('reception.outcomePlaceholder')}
              onKeyDown={submitOnEnter}
              data-testid="reception-outcome"
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" loading={fetching} data-testid="reception-submit">
          {t('reception.record')}
        </Button>
        {outcome?.trim() && (
          <Form.Item name="closeNow" valuePropName="checked" noStyle>
            <Checkbox style={{ marginInlineStart: 12 }} data-testid="reception-close-now">
              {t('reception.closeNow')}
            </Checkbox>
          </Form.Item>
        )}
        {!phone && (
          <Typography.Text type="secondary" style={{ marginInlineStart: 12, fontSize: 13 }}>
            {t('reception.keyboardHint')}
          </Typography.Text>
        )}
      </Form.Item>
    </Form>
  );
}
