import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { recordGroomingCheckMutation } from '../attendance.operations.js';
import { GROOMING_ITEMS } from '../attendance-format.js';
import { useStepProblem } from '../hooks/use-step-problem.js';
import type { Member } from './RollCallPanel.js';

type Item = (typeof GROOMING_ITEMS)[number];

/** One officer's check: four pass/fail toggles, a note, and the last result. */
function GroomingRow({ member, mayLead, onChanged }: { member: Member; mayLead: boolean; onChanged(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const problemOf = useStepProblem();
  const last = member.groomingCheck;
  const [items, setItems] = useState<Record<Item, boolean>>({
    uniform: last?.uniform ?? true,
    badge: last?.badge ?? true,
    appearance: last?.appearance ?? true,
    equipment: last?.equipment ?? true,
  });
  const [note, setNote] = useState('');
  const [{ fetching }, record] = useMutation(recordGroomingCheckMutation);
  const passes = GROOMING_ITEMS.every((i) => items[i]);

  const save = async () => {
    const res = await record({ input: { memberId: member.id, ...items, note: note.trim() || null } });
    const problem = problemOf(res, res.data?.recordGroomingCheck);
    if (problem) return void message.error(problem);
    if (res.data?.recordGroomingCheck.groomingCheck?.passed) void message.success(t('attendance.grooming.passedDone'));
    else void message.warning(t('attendance.grooming.failedDone'));
    setNote('');
    onChanged();
  };

  const result = !last ? (
    <Tag>{t('attendance.grooming.notChecked')}</Tag>
  ) : last.passed ? (
    <Tag color="green" icon={<CheckCircleFilled />} data-testid="grooming-result" data-passed="true">
      {last.discipline ? t('attendance.grooming.corrected') : t('attendance.grooming.passed')}
    </Tag>
  ) : (
    <Tag color="red" icon={<CloseCircleFilled />} data-testid="grooming-result" data-passed="false">
      {t('attendance.grooming.failed')}
    </Tag>
  );

  return (
    <Flex vertical gap={8} data-testid="grooming-row" data-name={member.staff.name}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {member.staff.name}
        </Typography.Text>
        <Flex gap={6} align="center">
          {last && last.rechecks > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('attendance.grooming.rechecks', { count: last.rechecks })}
            </Typography.Text>
          )}
          {result}
        </Flex>
      </Flex>
      {last?.note && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {last.note}
        </Typography.Text>
      )}
      {mayLead && (
        <>
          <Flex gap={8} wrap>
            {GROOMING_ITEMS.map((item) => (
              <Button
                key={item}
                size="large"
                type={items[item] ? 'default' : 'primary'}
                danger={!items[item]}
                icon={items[item] ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <CloseCircleFilled />}
                onClick={() => setItems((v) => ({ ...v, [item]: !v[item] }))}
                aria-pressed={!items[item]}
                data-testid={`grooming-${item}`}
                data-pass={items[item] ? 'true' : 'false'}
                style={{ minWidth: 88 }}
              >
                {t(`attendance.grooming.items.${item}`)}
              </Button>
            ))}
          </Flex>
          <Flex gap={8}>
            <Input
              value={note}
              maxLength={500}
              onChange={(e) => setNote(e.target.value)}
              placeholder={t('attendance.grooming.notePlaceholder')}
              aria-label={t('attendance.grooming.note')}
              data-testid="grooming-note"
            />
            <Button
              type={passes ? 'primary' : 'default'}
              danger={!passes}
              loading={fetching}
              onClick={() => void save()}
              data-testid="grooming-save"
            >
              {last ? t('attendance.grooming.recheck') : t('attendance.grooming.check')}
            </Button>
          </Flex>
        </>
      )}
    </Flex>
  );
}

/** The grooming check (R41, SL-9) of every officer present. */
export function GroomingCard({
  officers,
  mayLead,
  compact,
  onChanged,
}: {
  officers: readonly Member[];
  mayLead: boolean;
  compact: boolean;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const present = officers.filter((m) => !m.onLeave && (m.rollCall === 'PRESENT' || m.checkInAt));
  const waiting = officers.filter((m) => !m.onLeave && !present.includes(m));
  return (
    <Card size={compact ? 'small' : 'default'} title={t('attendance.grooming.title')} data-testid="grooming">
      {mayLead && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('attendance.grooming.hint')}
        </Typography.Paragraph>
      )}
      {present.length === 0 && waiting.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('attendance.rollCall.none')} />
      ) : (
        <Flex vertical gap={16}>
          {present.map((m) => (
            <GroomingRow key={m.id} member={m} mayLead={mayLead} onChanged={onChanged} />
          ))}
          {waiting.map((m) => (
            <Flex key={m.id} justify="space-between" gap={8} wrap>
              <Typography.Text>{m.staff.name}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('attendance.grooming.waiting')}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
