import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { outcomeOf } from '../../../lib/form-errors.js';
import { formatDateTime } from '../../../lib/format.js';
import { recordShiftBriefingMutation } from '../attendance.operations.js';

interface Briefing {
  topics: string[];
  notes?: string | null;
  recordedAt: unknown;
  heldBy: { name: string };
}

interface Values {
  topics: string[];
  notes?: string;
}

/** What the pre-shift meeting covered (SL-13 讲评工作、提出要求): topics one per line, and notes. */
export function BriefingTopicsCard({
  shiftId,
  briefing,
  mayLead,
  compact,
  onChanged,
}: {
  shiftId: string;
  briefing: Briefing | null;
  mayLead: boolean;
  compact: boolean;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, record] = useMutation(recordShiftBriefingMutation);

  const save = async (v: Values) => {
    const topics = (v.topics ?? []).map((x) => (x ?? '').trim()).filter(Boolean);
    const notes = v.notes?.trim() || null;
    if (topics.length === 0 && !notes) {
      form.setFields([{ name: 'notes', errors: [t('attendance.topics.required')] }]);
      return;
    }
    const res = await record({ input: { shiftId, topics, notes } });
    const outcome = outcomeOf(form, ['topics', 'notes'], t, res, res.data?.recordShiftBriefing);
    if (!outcome.ok) return void (outcome.problem && message.error(outcome.problem));
    void message.success(t('attendance.saved'));
    onChanged();
  };

  const recorded = briefing && (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t('attendance.topics.recordedBy', {
        name: briefing.heldBy.name,
        time: formatDateTime(briefing.recordedAt, locale),
      })}
    </Typography.Text>
  );

  return (
    <Card size={compact ? 'small' : 'default'} title={t('attendance.topics.title')} data-testid="briefing-topics">
      {!mayLead ? (
        briefing ? (
          <Flex vertical gap={8}>
            <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="briefing-topic-list">
              {briefing.topics.map((topic, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: topics are an ordered list of plain strings
                <li key={i}>{topic}</li>
              ))}
            </ol>
            {briefing.notes && <Typography.Paragraph style={{ margin: 0 }}>{briefing.notes}</Typography.Paragraph>}
            {recorded}
          </Flex>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        )
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ topics: briefing?.topics.length ? briefing.topics : [''], notes: briefing?.notes ?? '' }}
          onFinish={(v) => void save(v)}
        >
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
            {t('attendance.topics.hint')}
          </Typography.Paragraph>
          <Form.List name="topics">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8} style={{ marginBottom: 12 }}>
                {fields.map((field, i) => (
                  <Flex key={field.key} gap={8} align="center">
                    <Typography.Text type="secondary" style={{ width: 18, textAlign: 'right' }}>
                      {i + 1}.
                    </Typography.Text>
                    <Form.Item name={field.name} noStyle>
                      <Input
                        maxLength={200}
                        placeholder={t('attendance.topics.placeholder')}
                        data-testid="briefing-topic"
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('attendance.topics.remove')}
                      onClick={() => remove(field.name)}
                      disabled={fields.length === 1}
                    />
                  </Flex>
                ))}
                {fields.length < 20 && (
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => add('')}
                    data-testid="briefing-topic-add"
                  >
                    {t('attendance.topics.add')}
                  </Button>
                )}
              </Flex>
            )}
          </Form.List>
          <Form.Item name="notes" label={t('attendance.topics.notes')}>
            <Input.TextArea rows={2} maxLength={2000} placeholder={t('attendance.topics.notesPlaceholder')} />
          </Form.Item>
          <Flex justify="space-between" align="center" gap={8} wrap>
            {recorded ?? <span />}
            <Button type="primary" htmlType="submit" loading={fetching} data-testid="briefing-save">
              {t('common.save')}
            </Button>
          </Flex>
        </Form>
      )}
    </Card>
  );
}
