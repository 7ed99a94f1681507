import { CheckOutlined, FileProtectOutlined, SaveOutlined } from '@ant-design/icons';
import { Affix, Alert, App, Button, Card, Flex, Input, Radio, Select, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import type { InspectionDetailFragment, InspectionItemResult } from '../../../gql/graphql.js';
import { formatDateTime } from '../../../lib/format.js';
import { CaseStatusTag } from '../../cases/components/CaseStatusTag.js';
import { recordInspectionResultsMutation } from '../inspection.operations.js';
import { inspectionOutcome } from '../inspection-errors.js';
import { ITEM_RESULTS, noticePath } from '../inspection-format.js';
import { ResultTag } from './InspectionTags.js';

type Item = InspectionDetailFragment['items'][number];

interface Draft {
  result: InspectionItemResult | null;
  note: string;
  areaId: string | null;
}

const draftOf = (it: Item): Draft => ({ result: it.result ?? null, note: it.note ?? '', areaId: it.area?.id ?? null });
const same = (a: Draft, b: Draft) => a.result === b.result && a.note.trim() === b.note.trim() && a.areaId === b.areaId;

/**
 * The checklist, item by item: while the viewer may record, a pass / fail / n-a choice per item
 * (a failure asks what was seen, and where), saved in one go; afterwards, the results, and a way
 * to issue a rectification notice from each failed item.
 */
export function ChecklistRunner({
  inspection,
  onIssue,
}: {
  inspection: InspectionDetailFragment;
  onIssue(item: Item): void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const recording = inspection.viewerSteps.includes('RECORD');
  const issuing = inspection.viewerSteps.includes('ISSUE_NOTICE');
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [, record] = useMutation(recordInspectionResultsMutation);
  const areaOptions = inspection.areas.map((a) => ({ value: a.id, label: a.name }));

  const current = (it: Item) => drafts[it.id] ?? draftOf(it);
  const changed = useMemo(
    () => inspection.items.filter((it) => drafts[it.id] && !same(drafts[it.id] as Draft, draftOf(it))),
    [drafts, inspection.items],
  );
  const missingNote = changed.some((it) => {
    const d = drafts[it.id] as Draft;
    return d.result === 'FAIL' && !d.note.trim();
  });
  const set = (it: Item, patch: Partial<Draft>) =>
    setDrafts((all) => ({ ...all, [it.id]: { ...current(it), ...patch } }));
  const restPass = () =>
    setDrafts((all) => {
      const next = { ...all };
      for (const it of inspection.items) {
        const d = next[it.id] ?? draftOf(it);
        if (!d.result) next[it.id] = { ...d, result: 'PASS' };
      }
      return next;
    });

  const save = async () => {
    setSaving(true);
    setProblem(null);
    try {
      const results = changed
        .map((it) => ({ it, d: drafts[it.id] as Draft }))
        .filter(({ d }) => d.result)
        .map(({ it, d }) => ({
          itemId: it.id,
          result: d.result as InspectionItemResult,
          note: d.note.trim() || null,
          areaId: d.result === 'FAIL' ? d.areaId : null,
        }));
      const result = await record({ input: { inspectionId: inspection.id, results } });
      const outcome = inspectionOutcome(null, [], t, result, result.data?.recordInspectionResults);
      if (!outcome.ok) return setProblem(outcome.problem);
      setDrafts({});
      message.success(t('inspections.perform.saved'));
    } finally {
      setSaving(false);
    }
  };

  const unanswered = inspection.items.filter((it) => !current(it).result).length;

  return (
    <Card
      size="small"
      title={t('inspections.perform.title')}
      extra={
        recording && unanswered > 0 ? (
          <Button size="small" icon={<CheckOutlined />} onClick={restPass} data-testid="inspection-rest-pass">
            {t('inspections.perform.restPass')}
          </Button>
        ) : null
      }
      data-testid="inspection-checklist"
    >
      <Flex vertical gap={10}>
        {inspection.items.map((it) => {
          const d = current(it);
          const failed = d.result === 'FAIL';
          return (
            <div
              key={it.id}
              data-testid="inspection-item"
              data-result={d.result ?? ''}
              style={{
                padding: 10,
                borderRadius: 8,
                border: `1px solid ${failed ? '#ffccc7' : '#f0f0f0'}`,
                background: failed ? '#fff7f6' : undefined,
              }}
            >
              <Flex justify="space-between" align="flex-start" gap={8} wrap>
                <Typography.Text style={{ flex: '1 1 240px', minWidth: 0 }}>
                  <Typography.Text type="secondary" style={{ marginInlineEnd: 6 }}>
                    {it.seq}.
                  </Typography.Text>
                  {it.text}
                </Typography.Text>
                {recording ? (
                  <Radio.Group
                    value={d.result}
                    onChange={(e) => set(it, { result: e.target.value as InspectionItemResult })}
                    optionType="button"
                    buttonStyle="solid"
                    size="middle"
                    data-testid="inspection-item-result"
                  >
                    {ITEM_RESULTS.map((r) => (
                      <Radio.Button
                        key={r}
                        value={r}
                        style={
                          d.result === r && r === 'FAIL'
                            ? { background: '#ff4d4f', borderColor: '#ff4d4f' }
                            : d.result === r && r === 'PASS'
                              ? { background: '#52c41a', borderColor: '#52c41a' }
                              : undefined
                        }
                      >
                        <span data-testid={`result-${r}`}>{t(`inspections.result.${r}`)}</span>
                      </Radio.Button>
                    ))}
                  </Radio.Group>
                ) : (
                  d.result && <ResultTag result={d.result} />
                )}
              </Flex>
              {recording && (failed || d.note) && (
                <Flex vertical gap={6} style={{ marginTop: 8 }}>
                  <Input.TextArea
                    rows={2}
                    maxLength={500}
                    value={d.note}
                    status={failed && !d.note.trim() ? 'error' : undefined}
                    placeholder={failed ? t('inspections.perform.failNeedsNote') : t('inspections.placeholders.note')}
                    onChange={(e) => set(it, { note: e.target.value })}
                    data-testid="inspection-item-note"
                  />
                  {failed && areaOptions.length > 0 && (
                    <Select
                      allowClear
                      value={d.areaId ?? undefined}
                      placeholder={t('inspections.perform.areaPlaceholder')}
                      options={areaOptions}
                      onChange={(v) => set(it, { areaId: v ?? null })}
                      data-testid="inspection-item-area"
                    />
                  )}
                </Flex>
              )}
              {!recording && (it.note || it.area) && (
                <Typography.Paragraph
                  type={it.result === 'FAIL' ? 'danger' : 'secondary'}
                  style={{ margin: '6px 0 0' }}
                >
                  {it.area ? `【${it.area.name}】` : ''}
                  {it.note}
                </Typography.Paragraph>
              )}
              {it.result === 'FAIL' && !drafts[it.id] && (it.notice || issuing) && (
                <Flex gap={8} align="center" wrap style={{ marginTop: 8 }}>
                  {it.notice ? (
                    <>
                      <Link to={noticePath(it.notice.id)} data-testid="inspection-item-notice">
                        <FileProtectOutlined /> {it.notice.reference}
                      </Link>
                      <CaseStatusTag status={it.notice.status} />
                      {it.notice.overdue && (
                        <Tag color="error" bordered={false}>
                          {t('cases.badges.overdue')}
                        </Tag>
                      )}
                    </>
                  ) : (
                    <Button
                      size="small"
                      danger
                      icon={<FileProtectOutlined />}
                      onClick={() => onIssue(it)}
                      data-testid="inspection-item-issue"
                    >
                      {t('inspections.perform.issueNotice')}
                    </Button>
                  )}
                </Flex>
              )}
              {!!it.recordedBy && !!it.recordedAt && !recording && (it.result === 'FAIL' || !!it.note) && (
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 4 }}>
                  {t('inspections.perform.recordedBy', {
                    name: it.recordedBy.name,
                    time: formatDateTime(it.recordedAt, locale),
                  })}
                </Typography.Text>
              )}
            </div>
          );
        })}
      </Flex>
      {recording && (
        <Affix offsetBottom={12}>
          <Card size="small" style={{ marginTop: 12, boxShadow: '0 2px 12px rgba(0,0,0,0.12)' }}>
            {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 8 }} />}
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text type={changed.length ? 'warning' : 'secondary'} data-testid="inspection-unsaved">
                {changed.length
                  ? t('inspections.perform.unsaved', { count: changed.length })
                  : unanswered
                    ? t('inspections.pendingItems', { count: unanswered })
                    : t('inspections.perform.allAnswered')}
              </Typography.Text>
              <Button
                type="primary"
                icon={<SaveOutlined />}
                disabled={!changed.length || missingNote}
                loading={saving}
                onClick={save}
                data-testid="inspection-save"
              >
                {t('inspections.perform.save')}
              </Button>
            </Flex>
          </Card>
        </Affix>
      )}
      {!recording && inspection.status === 'IN_PROGRESS' && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          {t('inspections.perform.readOnly')}
        </Typography.Text>
      )}
    </Card>
  );
}
