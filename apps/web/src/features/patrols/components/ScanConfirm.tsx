import { EnvironmentOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { RecordPatrolScanMutation } from '../../../gql/graphql.js';
import { recordPatrolScanMutation } from '../patrol.operations.js';
import { patrolProblem } from '../patrol-errors.js';

export type RecordedScan = NonNullable<RecordPatrolScanMutation['recordPatrolScan']['scan']>;

export interface CheckpointSummary {
  name: string;
  locationHint?: string | null;
  area: { name: string };
  site?: { name: string } | null;
}

/**
 * The checkpoint about to be recorded, what was seen there, and the button that records it: by
 * its code (a card read) or its id (picked from the list).
 */
export function ScanConfirm({
  checkpoint,
  target,
  onRecorded,
  large,
}: {
  checkpoint: CheckpointSummary;
  target: { code: string } | { checkpointId: string };
  onRecorded(scan: RecordedScan): void;
  large?: boolean;
}) {
  const { t } = useTranslation();
  const [observation, setObservation] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, record] = useMutation(recordPatrolScanMutation);

  const submit = async () => {
    setProblem(null);
    const result = await record({ input: { ...target, observation: observation.trim() || null } });
    const payload = result.data?.recordPatrolScan;
    const problem = patrolProblem(t, result, payload);
    if (problem || !payload?.scan) return setProblem(problem ?? t('errors.unknown'));
    setObservation('');
    onRecorded(payload.scan);
  };

  return (
    <Flex vertical gap={12} data-testid="scan-confirm">
      <div>
        <Typography.Title level={large ? 3 : 4} style={{ margin: 0 }} data-testid="scan-checkpoint-name">
          {checkpoint.name}
        </Typography.Title>
        <Typography.Text type="secondary">
          <EnvironmentOutlined style={{ marginInlineEnd: 6 }} />
          {[checkpoint.site?.name, checkpoint.area.name, checkpoint.locationHint].filter(Boolean).join(' · ')}
        </Typography.Text>
      </div>
      <div>
        <Typography.Text>{t('patrols.observation')}</Typography.Text>
        <Input.TextArea
          rows={3}
          maxLength={500}
          showCount
          value={observation}
          onChange={(e) => setObservation(e.target.value)}
          placeholder={t('patrols.observationPlaceholder')}
          aria-label={t('patrols.observation')}
          data-testid="scan-observation"
        />
      </div>
      {problem && <Alert type="error" showIcon title={problem} data-testid="scan-problem" />}
      <Button type="primary" size="large" block loading={fetching} onClick={submit} data-testid="scan-record">
        {t('patrols.record')}
      </Button>
    </Flex>
  );
}
