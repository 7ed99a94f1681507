import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Select, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { FormModal } from '../../../components/FormModal.js';
import type { RosterSetupQuery } from '../../../gql/graphql.js';
import { generateRosterMutation, rosterCalendarQuery } from '../roster.operations.js';
import { addDays, daysBetween, shortDate, todayIn, weekdayName } from '../roster-dates.js';
import { patternMark, patternTone, rosterOutcome, useRosterAbilities } from '../roster-format.js';
import { inferAnchor, OFF } from '../roster-rotation.js';

interface Values {
  teamId: string;
  range: [Dayjs, Dayjs];
  rotation: string[];
  anchorDate?: Dayjs | null;
}

const FIELDS = ['teamId', 'from', 'to', 'rotation', 'anchorDate'];

type Pattern = RosterSetupQuery['shiftPatterns'][number];

/** The usual rotation at a site: day, day, night, night, off, off — if it has day and night patterns. */
function defaultRotation(patterns: Pattern[]): string[] {
  const day = patterns.find((p) => p.code === 'DAY') ?? patterns.find((p) => !p.crossesMidnight);
  const night = patterns.find((p) => p.code === 'NIGHT') ?? patterns.find((p) => p.crossesMidnight);
  if (day && night) return [day.id, day.id, night.id, night.id, OFF, OFF];
  return patterns[0] ? [patterns[0].id] : [OFF];
}

/**
 * The director rosters a team from a rotation: pick the team, the dates and the rotation; the
 * preview shows each day's shift (and the days already rostered, which stay as they are) before
 * anything is written.
 */
export function GenerateRosterModal({
  open,
  setup,
  onClose,
  onDone,
}: {
  open: boolean;
  setup: RosterSetupQuery | undefined;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const can = useRosterAbilities();
  const [form] = Form.useForm<Values>();
  const [, generate] = useMutation(generateRosterMutation);
  const today = todayIn(can.zone);
  const teams = (setup?.teams ?? []).filter((team) => team.active);
  const teamId = Form.useWatch('teamId', form);
  const range = Form.useWatch('range', form);
  const rotation = Form.useWatch('rotation', form) ?? [];
  const anchor = Form.useWatch('anchorDate', form);
  const team = teams.find((x) => x.id === teamId);
  const patterns = (setup?.shiftPatterns ?? []).filter((p) => p.active && p.site.code === team?.site.code);
  const from = range?.[0]?.format('YYYY-MM-DD');
  const to = range?.[1]?.format('YYYY-MM-DD');

  // The team's last four weeks (to carry its rotation on) and what it already has ahead (kept).
  const [{ data: existing }] = useQuery({
    query: rosterCalendarQuery,
    variables: { range: { from: addDays(from ?? today, -28), to: addDays(from ?? today, 33), teamId } },
    pause: !open || !teamId || !from,
    requestPolicy: 'network-only',
  });
  const history = useMemo(
    () => (existing?.roster ?? []).map((s) => ({ date: s.date, patternId: s.pattern.id })),
    [existing],
  );
  const suggested = useMemo(
    () => (from && !anchor ? inferAnchor(rotation, history, from) : null),
    [rotation, history, from, anchor],
  );
  const start = anchor ? anchor.format('YYYY-MM-DD') : (suggested ?? from);

  const preview = useMemo(() => {
    if (!from || !to || !start || to < from || !rotation.length) return [];
    const rostered = new Map((existing?.roster ?? []).map((s) => [s.date, s.pattern]));
    const days = [];
    for (let d = from; d <= to && days.length < 92; d = addDays(d, 1)) {
      const n = rotation.length;
      const entry = rotation[(((daysBetween(start, d) % n) + n) % n) as number];
      const kept = rostered.get(d);
      const pattern = kept ?? (entry && entry !== OFF ? patterns.find((p) => p.id === entry) : undefined);
      days.push({ date: d, pattern, kept: !!kept });
    }
    return days;
  }, [from, to, start, rotation, patterns, existing]);
  const work = preview.filter((d) => d.pattern && !d.kept).length;
  const kept = preview.filter((d) => d.kept).length;

  return (
    <FormModal<Values>
      open={open}
      title={t('rosters.generateForm.title')}
      okText={t('rosters.generateForm.submit')}
      form={form}
      testId="generate-roster-form"
      initialValues={{ range: [dayjs(addDays(today, 1)), dayjs(addDays(today, 28))], rotation: [] }}
      onClose={onClose}
      onSubmit={async (v) => {
        const result = await generate({
          input: {
            teamId: v.teamId,
            from: v.range[0].format('YYYY-MM-DD'),
            to: v.range[1].format('YYYY-MM-DD'),
            rotation: v.rotation.map((r) => (r === OFF ? null : r)),
            anchorDate: v.anchorDate ? v.anchorDate.format('YYYY-MM-DD') : suggested,
          },
        });
        const outcome = rosterOutcome(form, FIELDS, t, result, result.data?.generateRoster);
        if (outcome.ok) {
          message.success(
            t('rosters.generateForm.done', {
              created: result.data?.generateRoster.shifts.length ?? 0,
              kept: result.data?.generateRoster.kept ?? 0,
            }),
          );
          onDone();
        }
        return outcome;
      }}
    >
      <Form.Item name="teamId" label={t('rosters.generateForm.team')} rules={[{ required: true }]}>
        <Select
          placeholder={t('rosters.generateForm.team')}
          options={teams.map((x) => ({ value: x.id, label: `${x.site.name} · ${x.name}（${x.leader.name}）` }))}
          onChange={(id: string) => {
            const site = teams.find((x) => x.id === id)?.site.code;
            const sitePatterns = (setup?.shiftPatterns ?? []).filter((p) => p.active && p.site.code === site);
            form.setFieldValue('rotation', defaultRotation(sitePatterns));
          }}
          data-testid="generate-team"
        />
      </Form.Item>
      <Form.Item name="range" label={t('rosters.generateForm.range')} rules={[{ required: true }]}>
        <DatePicker.RangePicker style={{ width: '100%' }} format="YYYY-MM-DD" data-testid="generate-range" />
      </Form.Item>
      <Form.Item label={t('rosters.generateForm.rotation')} extra={t('rosters.generateForm.rotationHint')} required>
        <Form.List name="rotation">
          {(fields, { add, remove }) => (
            <Flex wrap gap={6} align="center">
              {fields.map((field, i) => (
                <Flex key={field.key} align="center" gap={0}>
                  <Form.Item name={field.name} noStyle>
                    <Select
                      style={{ width: 124 }}
                      popupMatchSelectWidth={false}
                      aria-label={`${t('rosters.generateForm.rotation')} ${i + 1}`}
                      options={[
                        ...patterns.map((p) => ({ value: p.id, label: p.name })),
                        { value: OFF, label: t('rosters.generateForm.rest') },
                      ]}
                      data-testid="generate-rotation-entry"
                    />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      size="small"
                      icon={<DeleteOutlined />}
                      aria-label={t('common.cancel')}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </Flex>
              ))}
              {fields.length < 28 && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => add(OFF)} disabled={!team}>
                  {t('rosters.generateForm.addDay')}
                </Button>
              )}
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item
        name="anchorDate"
        label={t('rosters.generateForm.anchor')}
        extra={
          suggested
            ? t('rosters.generateForm.anchorCarried', { date: suggested })
            : t('rosters.generateForm.anchorHint')
        }
      >
        <DatePicker
          style={{ width: '100%' }}
          format="YYYY-MM-DD"
          placeholder={suggested ?? undefined}
          data-testid="generate-anchor"
        />
      </Form.Item>
      {preview.length > 0 && (
        <div data-testid="generate-preview">
          <Typography.Text strong>{t('rosters.generateForm.preview')}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: '2px 0 8px', fontSize: 13 }}>
            {t('rosters.generateForm.previewHint', { total: preview.length, work, kept })}
          </Typography.Paragraph>
          <Flex wrap gap={4} style={{ maxHeight: 220, overflowY: 'auto' }}>
            {preview.map((d) => {
              const tone = d.pattern ? patternTone(d.pattern) : null;
              return (
                <Tooltip
                  key={d.date}
                  title={`${shortDate(d.date, locale)} ${weekdayName(d.date, locale)} · ${
                    d.pattern ? d.pattern.name : t('rosters.generateForm.rest')
                  }${d.kept ? ` · ${t('rosters.generateForm.kept')}` : ''}`}
                >
                  <div
                    style={{
                      width: 42,
                      textAlign: 'center',
                      borderRadius: 4,
                      padding: '2px 0',
                      fontSize: 12,
                      background: tone && !d.kept ? tone.bg : '#fafafa',
                      color: tone && !d.kept ? tone.fg : '#8c8c8c',
                      border: d.kept ? '1px dashed #bfbfbf' : '1px solid transparent',
                    }}
                    data-testid="generate-preview-day"
                    data-date={d.date}
                    data-pattern={d.pattern?.code ?? ''}
                  >
                    <div>{shortDate(d.date, locale)}</div>
                    <div style={{ fontWeight: 600 }}>{d.pattern ? patternMark(d.pattern) : t('rosters.rest')}</div>
                  </div>
                </Tooltip>
              );
            })}
          </Flex>
        </div>
      )}
    </FormModal>
  );
}
