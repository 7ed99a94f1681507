import { DeleteOutlined, PlusOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Progress,
  Steps,
  Tag,
  Typography,
} from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import type {
  HandoverDetailFragment,
  HandoverDraftInput,
  ShiftHandoverQuery,
  UserErrorFieldsFragment,
} from '../../../gql/graphql.js';
import { describeError, describeUserError } from '../../../lib/errors.js';
import { formatDateTime } from '../../../lib/format.js';
import { saveHandoverDraftMutation, submitHandoverMutation } from '../handover.operations.js';
import { COUNT_PATTERN, signed, signedYuan, YUAN_PATTERN, yuan } from '../handover-format.js';
import { CashLedger } from './CashLedger.js';

type Prefill = NonNullable<NonNullable<ShiftHandoverQuery['shift']>['handoverPrefill']>;

interface WizardValues {
  notes: Record<string, string | undefined>;
  items: { description?: string; actionNeeded?: string }[];
  counts: Record<string, { counted?: string; explanation?: string } | undefined>;
  cashCounted?: string;
  cashExplanation?: string;
  note?: string;
}

const STEPS = ['matters', 'materials', 'cash', 'review'] as const;

/** The draft as saved, as the form's starting values. */
function initialValues(h: HandoverDetailFragment | null | undefined): WizardValues {
  const notes: WizardValues['notes'] = {};
  const counts: WizardValues['counts'] = {};
  for (const item of h?.items ?? [])
    if (item.kind !== 'NOTE' && item.recordId) notes[item.recordId] = item.actionNeeded ?? '';
  for (const c of h?.counts ?? []) {
    counts[c.materialId] = { counted: c.counted == null ? '' : String(c.counted), explanation: c.explanation ?? '' };
  }
  return {
    notes,
    counts,
    items: (h?.items ?? [])
      .filter((i) => i.kind === 'NOTE')
      .map((i) => ({ description: i.description, actionNeeded: i.actionNeeded ?? '' })),
    cashCounted: h?.cashCounted ?? '',
    cashExplanation: h?.cashExplanation ?? '',
    note: h?.note ?? '',
  };
}

/** A count typed into the form, as a number (null while empty or not a count). */
const countOf = (value: string | undefined) =>
  value && COUNT_PATTERN.test(value.trim()) ? Number(value.trim()) : null;
const centsOf = (value: string | null | undefined) =>
  value && YUAN_PATTERN.test(value.trim()) ? Math.round(Number(value.trim()) * 100) : null;

/** What a refusal of the wizard's input means, in the words of the field it names. */
function errorText(error: UserErrorFieldsFragment, t: TFunction): string {
  const path = error.field ?? [];
  const last = path[path.length - 1];
  const key = `handover.errors.${last}.${error.code}`;
  return t(key, { defaultValue: describeUserError(error, t) });
}

/**
 * The outgoing leader's handover wizard (SL-2, SL-12, C22): 1 the unfinished matters — every open
 * record the shift touched, pre-filled, with the action needed, and matters written in words;
 * 2 the shared materials counted; 3 the petty cash counted; 4 a last look, then submit. Saved as
 * a draft at any step; the server refuses a submission without every count, or with a difference
 * unexplained, and the wizard goes to the step at fault.
 */
export function HandoverWizard({
  shiftId,
  siteCode,
  handover,
  prefill,
  canSubmit,
  compact,
  onDone,
}: {
  shiftId: string;
  siteCode: string;
  handover: HandoverDetailFragment | null;
  prefill: Prefill;
  canSubmit: boolean;
  compact: boolean;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<WizardValues>();
  const [step, setStep] = useState(0);
  const [problem, setProblem] = useState<string[]>([]);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [, save] = useMutation(saveHandoverDraftMutation);
  const [, submit] = useMutation(submitHandoverMutation);
  const initial = useMemo(() => initialValues(handover), [handover]);
  const counts = Form.useWatch('counts', form) ?? initial.counts;
  const cashCounted = Form.useWatch('cashCounted', form) ?? initial.cashCounted;
  const items = Form.useWatch('items', form) ?? initial.items;
  const notes = Form.useWatch('notes', form) ?? initial.notes;
  const materials = prefill.materials;

  /** The form as the API's input; and where each sent written item came from in the form. */
  const inputOf = (v: WizardValues): { input: HandoverDraftInput; itemIndex: number[] } => {
    const itemIndex: number[] = [];
    const written = (v.items ?? []).flatMap((item, i) => {
      if (!item?.description?.trim() && !item?.actionNeeded?.trim()) return [];
      itemIndex.push(i);
      return [{ description: item.description?.trim() ?? '', actionNeeded: item.actionNeeded?.trim() || null }];
    });
    return {
      itemIndex,
      input: {
        shiftId,
        items: written,
        matterNotes: prefill.openMatters
          .map((m) => ({ recordId: m.recordId, actionNeeded: v.notes?.[m.recordId]?.trim() || null }))
          .filter((n) => n.actionNeeded),
        materialCounts: materials.map((m) => ({
          materialId: m.id,
          counted: v.counts?.[m.id]?.counted?.trim() || null,
          explanation: v.counts?.[m.id]?.explanation?.trim() || null,
        })),
        cashCounted: v.cashCounted?.trim() || null,
        cashExplanation: v.cashExplanation?.trim() || null,
        note: v.note?.trim() || null,
      },
    };
  };

  /** Puts each refusal beside its field and goes to the first step at fault. */
  const showErrors = (errors: readonly UserErrorFieldsFragment[], itemIndex: number[]) => {
    const fields: { name: (string | number)[]; errors: string[] }[] = [];
    const general: string[] = [];
    let first: number = STEPS.length;
    for (const e of errors) {
      const [, top, index, sub] = e.field ?? [];
      const i = Number(index);
      const words = errorText(e, t);
      if (top === 'materialCounts' && sub && sub !== 'materialId' && materials[i]) {
        fields.push({ name: ['counts', materials[i].id, sub], errors: [words] });
        first = Math.min(first, 1);
      } else if (top === 'items' && sub && itemIndex[i] != null) {
        fields.push({ name: ['items', itemIndex[i] as number, sub], errors: [words] });
        first = Math.min(first, 0);
      } else if (top === 'cashCounted' || top === 'cashExplanation') {
        fields.push({ name: [top], errors: [words] });
        first = Math.min(first, 2);
      } else if (top === 'note') {
        fields.push({ name: ['note'], errors: [words] });
        first = Math.min(first, 3);
      } else {
        general.push(e.message && top === 'materialCounts' ? words : describeUserError(e, t));
        if (top === 'materialCounts') first = Math.min(first, 1);
      }
    }
    form.setFields(fields as Parameters<typeof form.setFields>[0]);
    setProblem(general);
    if (first < STEPS.length) setStep(first);
  };

  const send = async (what: 'save' | 'submit') => {
    if (what === 'submit') {
      try {
        await form.validateFields();
      } catch {
        return;
      }
    }
    setBusy(what);
    setProblem([]);
    try {
      const { input, itemIndex } = inputOf(form.getFieldsValue(true) as WizardValues);
      const result = what === 'save' ? await save({ input }) : await submit({ input });
      if (result.error) return setProblem([describeError(result.error, t)]);
      const payload =
        result.data &&
        ('saveHandoverDraft' in result.data ? result.data.saveHandoverDraft : result.data.submitHandover);
      if (!payload) return setProblem([t('errors.unknown')]);
      if (payload.userErrors.length) return showErrors(payload.userErrors, itemIndex);
      void message.success(t(what === 'save' ? 'handover.done.saved' : 'handover.done.submitted'));
      onDone();
    } finally {
      setBusy(null);
    }
  };

  const differs = (materialId: string, expected: number) => {
    const n = countOf(counts?.[materialId]?.counted);
    return n != null && n !== expected;
  };
  const cashCents = centsOf(cashCounted);
  const expectedCents = centsOf(prefill.cashExpected);
  const cashDiffers = cashCents != null && expectedCents != null && cashCents !== expectedCents;
  const cashDifference =
    cashCents != null && expectedCents != null ? ((cashCents - expectedCents) / 100).toFixed(2) : null;
  const written = (items ?? []).filter((i) => i?.description?.trim());
  const counted = materials.filter((m) => countOf(counts?.[m.id]?.counted) != null).length;
  const differences = materials.filter((m) => differs(m.id, m.expectedQuantity));

  const mattersStep = (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('handover.wizard.openMatters', { count: prefill.openMatters.length })}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('handover.wizard.openMattersHint')}</Typography.Paragraph>
        {prefill.openMatters.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('handover.wizard.noOpenMatters')} />
        ) : (
          <List
            size="small"
            bordered
            dataSource={prefill.openMatters}
            data-testid="handover-open-matters"
            renderItem={(m) => (
              <List.Item data-testid="handover-open-matter" data-reference={m.reference ?? ''}>
                <Flex vertical gap={6} style={{ width: '100%' }}>
                  <Flex gap={6} wrap align="baseline">
                    <Tag bordered={false} color={m.kind === 'TASK' ? 'purple' : 'blue'}>
                      {t(`handover.kind.${m.kind}`, { defaultValue: m.kind })}
                    </Tag>
                    {m.reference && <Link to={`/cases/${encodeURIComponent(m.recordId)}`}>{m.reference}</Link>}
                    <Typography.Text>{m.title}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t(`cases.status.${m.status}`, { defaultValue: m.status })}
                      {m.dueAt ? ` · ${t('handover.dueAt', { time: formatDateTime(m.dueAt, locale) })}` : ''}
                    </Typography.Text>
                  </Flex>
                  <Form.Item name={['notes', m.recordId]} style={{ marginBottom: 0 }}>
                    <Input maxLength={500} placeholder={t('handover.wizard.actionPlaceholder')} />
                  </Form.Item>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </div>
      <div>
        <Typography.Title level={5}>{t('handover.wizard.written')}</Typography.Title>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Card size="small" key={field.key} data-testid="handover-item-form">
                  <Flex gap={8} align="flex-start">
                    <Flex vertical gap={0} style={{ flex: 1, minWidth: 0 }}>
                      <Form.Item
                        name={[field.name, 'description']}
                        label={t('handover.fields.description')}
                        rules={[
                          { required: true, whitespace: true, message: t('handover.validation.descriptionRequired') },
                        ]}
                        style={{ marginBottom: 8 }}
                      >
                        <Input.TextArea rows={2} maxLength={500} data-testid="handover-item-description" />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'actionNeeded']}
                        label={t('handover.fields.actionNeeded')}
                        style={{ marginBottom: 0 }}
                      >
                        <Input maxLength={500} data-testid="handover-item-action" />
                      </Form.Item>
                    </Flex>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('handover.wizard.removeItem')}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                </Card>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ description: '', actionNeeded: '' })}
                disabled={fields.length >= 30}
                data-testid="handover-add-item"
              >
                {t('handover.wizard.addItem')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </div>
    </Flex>
  );

  const materialsStep = (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('handover.wizard.materialsHint')}
      </Typography.Paragraph>
      {materials.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('handover.wizard.noMaterials')} />
      ) : (
        <List
          dataSource={materials}
          data-testid="handover-materials"
          renderItem={(m) => {
            const n = countOf(counts?.[m.id]?.counted);
            return (
              <List.Item data-testid="handover-material" data-name={m.name}>
                <Flex vertical gap={6} style={{ width: '100%' }}>
                  <Flex justify="space-between" gap={8} wrap align="center">
                    <div>
                      <Typography.Text strong>{m.name}</Typography.Text>
                      {m.note && (
                        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                          {m.note}
                        </Typography.Text>
                      )}
                    </div>
                    <Flex gap={8} align="center">
                      <Typography.Text type="secondary">
                        {t('handover.wizard.expected', { count: m.expectedQuantity, unit: m.unit })}
                      </Typography.Text>
                      <Form.Item
                        name={['counts', m.id, 'counted']}
                        rules={[{ pattern: COUNT_PATTERN, message: t('handover.validation.countFormat') }]}
                        style={{ marginBottom: 0, width: 110 }}
                      >
                        <Input
                          inputMode="numeric"
                          suffix={m.unit}
                          placeholder={t('handover.fields.counted')}
                          aria-label={t('handover.wizard.countOf', { name: m.name })}
                          data-testid="handover-count"
                        />
                      </Form.Item>
                      <Typography.Text
                        type={n != null && n !== m.expectedQuantity ? 'danger' : 'secondary'}
                        strong={n != null && n !== m.expectedQuantity}
                        style={{ minWidth: 28, textAlign: 'right' }}
                      >
                        {n == null ? '' : signed(n - m.expectedQuantity)}
                      </Typography.Text>
                    </Flex>
                  </Flex>
                  {differs(m.id, m.expectedQuantity) && (
                    <Form.Item
                      name={['counts', m.id, 'explanation']}
                      rules={[
                        { required: true, whitespace: true, message: t('handover.validation.explanationRequired') },
                      ]}
                      style={{ marginBottom: 0 }}
                    >
                      <Input
                        maxLength={500}
                        placeholder={t('handover.wizard.explainPlaceholder')}
                        data-testid="handover-count-explanation"
                      />
                    </Form.Item>
                  )}
                </Flex>
              </List.Item>
            );
          }}
        />
      )}
    </Flex>
  );

  const cashStep = (
    <Flex vertical gap={16}>
      <Descriptions
        size="small"
        column={1}
        items={[{ key: 'expected', label: t('handover.wizard.cashExpected'), children: yuan(prefill.cashExpected) }]}
      />
      <Form.Item
        name="cashCounted"
        label={t('handover.wizard.cashCounted')}
        rules={[{ pattern: YUAN_PATTERN, message: t('handover.validation.amountFormat') }]}
        extra={cashDiffers ? t('handover.wizard.cashDiffers', { difference: signedYuan(cashDifference) }) : undefined}
        style={{ marginBottom: 0, maxWidth: 280 }}
      >
        <Input inputMode="decimal" prefix="¥" maxLength={12} data-testid="handover-cash" />
      </Form.Item>
      {cashDiffers && (
        <Form.Item
          name="cashExplanation"
          label={t('handover.fields.explanation')}
          rules={[{ required: true, whitespace: true, message: t('handover.validation.explanationRequired') }]}
          style={{ marginBottom: 0 }}
        >
          <Input maxLength={500} data-testid="handover-cash-explanation" />
        </Form.Item>
      )}
      <Card size="small" title={t('handover.cash.title')}>
        <CashLedger siteCode={siteCode} recordOn={canSubmit ? shiftId : null} first={5} onChanged={onDone} />
      </Card>
    </Flex>
  );

  const reviewStep = (
    <Flex vertical gap={16} data-testid="handover-review">
      <Descriptions
        size="small"
        column={1}
        bordered={!compact}
        items={[
          {
            key: 'matters',
            label: t('handover.steps.matters'),
            children: t('handover.wizard.mattersSummary', {
              open: prefill.openMatters.length,
              noted: prefill.openMatters.filter((m) => notes?.[m.recordId]?.trim()).length,
              written: written.length,
            }),
          },
          {
            key: 'materials',
            label: t('handover.steps.materials'),
            children: (
              <span>
                {t('handover.wizard.countedSummary', { counted, total: materials.length })}
                {differences.map((m) => (
                  <Tag key={m.id} color="orange" bordered={false} style={{ marginInlineStart: 6 }}>
                    {m.name} {signed((countOf(counts?.[m.id]?.counted) ?? 0) - m.expectedQuantity)}
                  </Tag>
                ))}
              </span>
            ),
          },
          {
            key: 'cash',
            label: t('handover.steps.cash'),
            children:
              cashCents == null ? (
                t('handover.wizard.notCounted')
              ) : (
                <span>
                  {t('handover.cashLine', { expected: yuan(prefill.cashExpected), counted: yuan(cashCounted) })}
                  {cashDiffers && (
                    <Typography.Text type="danger" strong>
                      {' '}
                      {signedYuan(cashDifference)}
                    </Typography.Text>
                  )}
                </span>
              ),
          },
          {
            key: 'incoming',
            label: t('handover.fields.incoming'),
            children: prefill.incomingShift
              ? `${prefill.incomingShift.leader.name} · ${formatDateTime(prefill.incomingShift.startsAt, locale)}`
              : t('handover.noIncoming'),
          },
        ]}
      />
      {(differences.length > 0 || cashDiffers) && (
        <Alert type="warning" showIcon title={t('handover.wizard.differencesAlert')} />
      )}
      <Form.Item name="note" label={t('handover.fields.note')} style={{ marginBottom: 0 }}>
        <Input.TextArea rows={3} maxLength={1000} showCount data-testid="handover-note" />
      </Form.Item>
      {!canSubmit && <Alert type="info" showIcon title={t('handover.wizard.notYet')} />}
    </Flex>
  );

  const bodies = [mattersStep, materialsStep, cashStep, reviewStep];
  return (
    <Form<WizardValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={initial}
      data-testid="handover-wizard"
      data-step={STEPS[step]}
    >
      <Flex vertical gap={16}>
        {handover?.status === 'RETURNED' && (
          <Alert
            type="warning"
            showIcon
            title={t('handover.returnedBy', { name: handover.resolvedBy?.name ?? '' })}
            description={handover.resolutionNote}
          />
        )}
        {compact ? (
          <div data-testid="handover-steps">
            <Typography.Text strong>
              {t('handover.wizard.stepOf', {
                n: step + 1,
                total: STEPS.length,
                name: t(`handover.steps.${STEPS[step]}`),
              })}
            </Typography.Text>
            <Progress percent={((step + 1) / STEPS.length) * 100} showInfo={false} size="small" />
          </div>
        ) : (
          <Steps
            current={step}
            size="small"
            onChange={setStep}
            items={STEPS.map((s) => ({ title: t(`handover.steps.${s}`) }))}
            data-testid="handover-steps"
          />
        )}
        {problem.length > 0 && <Alert type="error" showIcon title={problem.join(' ')} data-testid="handover-problem" />}
        {bodies.map((body, i) => (
          <div key={STEPS[i]} style={{ display: i === step ? 'block' : 'none' }}>
            {body}
          </div>
        ))}
        <Flex justify="space-between" gap={8} wrap>
          <Button disabled={step === 0} onClick={() => setStep(step - 1)} data-testid="handover-previous">
            {t('handover.wizard.previous')}
          </Button>
          <Flex gap={8} wrap>
            <Button
              icon={<SaveOutlined />}
              loading={busy === 'save'}
              onClick={() => void send('save')}
              data-testid="handover-save"
            >
              {t('handover.wizard.save')}
            </Button>
            {step < STEPS.length - 1 ? (
              <Button type="primary" onClick={() => setStep(step + 1)} data-testid="handover-next">
                {t('handover.wizard.next')}
              </Button>
            ) : (
              <Button
                type="primary"
                icon={<SendOutlined />}
                loading={busy === 'submit'}
                disabled={!canSubmit}
                onClick={() => void send('submit')}
                data-testid="handover-submit"
              >
                {t('handover.wizard.submit')}
              </Button>
            )}
          </Flex>
        </Flex>
      </Flex>
    </Form>
  );
}
