import { Alert, App, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import type { ShiftSummaryFragment } from '../../../gql/graphql.js';
import { formatDate, formatTime } from '../../../lib/format.js';
import { requestShiftSwapMutation, rosterCalendarQuery, shiftSwapOptionsQuery } from '../roster.operations.js';
import { addDays, todayIn } from '../roster-dates.js';
import { rosterOutcome, useRosterAbilities } from '../roster-format.js';
import { maySwap } from './ShiftChip.js';

interface Values {
  shiftId: string;
  colleagueId: string;
  mode: 'cover' | 'exchange';
  colleagueShiftId?: string;
  reason?: string;
}

const FIELDS = ['shiftId', 'colleagueId', 'colleagueShiftId', 'reason'];

/** "11/30 白班 08:00–20:00 · 一班": a shift in a choice list. */
export function useShiftLabel() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (s: ShiftSummaryFragment) =>
    `${formatDate(s.date, locale)} ${s.pattern.name} ${formatTime(s.startsAt, locale)}–${
      s.pattern.crossesMidnight ? `${t('shifts.nextDay')} ` : ''
    }${formatTime(s.endsAt, locale)}${s.team ? ` · ${s.team.name}` : ''}`;
}

/**
 * Ask to give one of my shifts to a colleague, or to exchange it for one of theirs. Only what the
 * rules allow is offered (colleagues free then, their shifts I am free for); the leader of the
 * shift (or the director) decides.
 */
export function RequestSwapModal({
  open,
  shiftId,
  onClose,
  onDone,
}: {
  open: boolean;
  shiftId?: string | null;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useRosterAbilities();
  const label = useShiftLabel();
  const [form] = Form.useForm<Values>();
  const [, request] = useMutation(requestShiftSwapMutation);
  const today = todayIn(can.zone);
  const [{ data: upcoming, fetching: loadingMine }] = useQuery({
    query: rosterCalendarQuery,
    variables: { range: { from: today, to: addDays(today, 27), staffId: can.me } },
    pause: !open || !can.me,
    requestPolicy: 'cache-and-network',
  });
  const mine = useMemo(() => (upcoming?.roster ?? []).filter((s) => maySwap(s, can.me)), [upcoming, can.me]);
  const chosenShift = Form.useWatch('shiftId', form);
  const colleagueId = Form.useWatch('colleagueId', form);
  const mode = Form.useWatch('mode', form);
  const [{ data: options, fetching: loadingOptions }] = useQuery({
    query: shiftSwapOptionsQuery,
    variables: { shiftId: chosenShift ?? '' },
    pause: !open || !chosenShift,
    requestPolicy: 'network-only',
  });
  const candidates = options?.shiftSwapOptions ?? [];
  const colleague = candidates.find((c) => c.staff.id === colleagueId);

  // A colleague who cannot cover may still exchange; one with nothing to exchange may only cover.
  useEffect(() => {
    if (!colleague) return;
    if (mode === 'cover' && !colleague.mayCover && colleague.shifts.length) form.setFieldValue('mode', 'exchange');
    if (mode === 'exchange' && !colleague.shifts.length && colleague.mayCover) form.setFieldValue('mode', 'cover');
  }, [colleague, mode, form]);

  return (
    <FormModal<Values>
      open={open}
      title={t('rosters.swap.title')}
      okText={t('rosters.swap.submit')}
      form={form}
      testId="request-swap-form"
      initialValues={{ mode: 'cover', ...(shiftId ? { shiftId } : {}) }}
      onClose={onClose}
      onDone={() => {
        message.success(t('rosters.swap.submitted'));
        onDone();
      }}
      onSubmit={async (v) => {
        const result = await request({
          input: {
            shiftId: v.shiftId,
            colleagueId: v.colleagueId,
            colleagueShiftId: v.mode === 'exchange' ? (v.colleagueShiftId ?? null) : null,
            reason: v.reason?.trim() || null,
          },
        });
        return rosterOutcome(form, FIELDS, t, result, result.data?.requestShiftSwap);
      }}
    >
      {!loadingMine && upcoming && mine.length === 0 && (
        <Alert type="info" showIcon title={t('rosters.swap.noUpcoming')} style={{ marginBottom: 16 }} />
      )}
      <Form.Item
        name="shiftId"
        label={t('rosters.swap.myShift')}
        rules={[{ required: true, message: t('rosters.swap.myShiftPlaceholder') }]}
      >
        <Select
          loading={loadingMine}
          placeholder={t('rosters.swap.myShiftPlaceholder')}
          options={mine.map((s) => ({ value: s.id, label: label(s) }))}
          onChange={() => form.setFieldsValue({ colleagueId: undefined, colleagueShiftId: undefined })}
          data-testid="swap-my-shift"
        />
      </Form.Item>
      <Form.Item
        name="colleagueId"
        label={t('rosters.swap.colleague')}
        rules={[{ required: true, message: t('rosters.swap.colleaguePlaceholder') }]}
        extra={
          chosenShift && !loadingOptions && options && !candidates.some((c) => c.mayCover || c.shifts.length)
            ? t('rosters.swap.noOptions')
            : undefined
        }
      >
        <Select
          showSearch={{ optionFilterProp: 'title' }}
          disabled={!chosenShift}
          loading={loadingOptions}
          placeholder={t('rosters.swap.colleaguePlaceholder')}
          onChange={() => form.setFieldValue('colleagueShiftId', undefined)}
          options={candidates.map((c) => ({
            value: c.staff.id,
            title: c.staff.name,
            disabled: !c.mayCover && c.shifts.length === 0,
            label: (
              <Space size={6}>
                <span>{c.staff.name}</span>
                <Typography.Text type={c.mayCover ? 'success' : 'secondary'} style={{ fontSize: 12 }}>
                  {c.mayCover ? t('rosters.swap.mayCover') : t('rosters.swap.cannotCover')}
                </Typography.Text>
                {c.shifts.length > 0 && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('rosters.swap.exchangeable', { count: c.shifts.length })}
                  </Typography.Text>
                )}
              </Space>
            ),
          }))}
          data-testid="swap-colleague"
          data-ready={!!options && !loadingOptions}
        />
      </Form.Item>
      <Form.Item name="mode" label={t('rosters.swap.mode')}>
        <Radio.Group style={{ width: '100%' }}>
          <Space orientation="vertical">
            <Radio value="cover" disabled={!!colleague && !colleague.mayCover} data-testid="swap-mode-cover">
              {t('rosters.swap.cover')}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t('rosters.swap.coverHint')}
              </Typography.Text>
            </Radio>
            <Radio
              value="exchange"
              disabled={!!colleague && colleague.shifts.length === 0}
              data-testid="swap-mode-exchange"
            >
              {t('rosters.swap.exchange')}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t('rosters.swap.exchangeHint')}
              </Typography.Text>
            </Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      {mode === 'exchange' && (
        <Form.Item
          name="colleagueShiftId"
          label={t('rosters.swap.theirShift')}
          rules={[{ required: true, message: t('rosters.swap.theirShiftPlaceholder') }]}
        >
          <Select
            disabled={!colleague}
            placeholder={t('rosters.swap.theirShiftPlaceholder')}
            options={(colleague?.shifts ?? []).map((s) => ({ value: s.id, label: label(s) }))}
            data-testid="swap-their-shift"
          />
        </Form.Item>
      )}
      <Form.Item name="reason" label={t('rosters.swap.reason')}>
        <Input.TextArea
          rows={2}
          maxLength={500}
          showCount
          placeholder={t('rosters.swap.reasonPlaceholder')}
          data-testid="swap-reason"
        />
      </Form.Item>
    </FormModal>
  );
}
