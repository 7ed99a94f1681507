import { ScanOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../auth/session-context.js';
import type { ShiftSlotProps } from '../../shifts/shift-slots.js';
import { completePatrolRoundMutation, patrolRoundsQuery } from '../patrol.operations.js';
import { patrolProblem } from '../patrol-errors.js';
import { ReportAnomalyModal, type ReportedCase } from './ReportAnomalyModal.js';
import { inStartOrder, RoundList } from './RoundList.js';
import { ScanCheckpointModal } from './ScanCheckpointModal.js';

/**
 * On "my shift", made for a phone on patrol: scan a checkpoint (camera, list or code), report a
 * problem found on the way (a case in one step), and see one's own rounds. For whoever patrols.
 */
export function MyPatrolCard({ shift, compact }: ShiftSlotProps) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message } = App.useApp();
  const [scanning, setScanning] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [reported, setReported] = useState<ReportedCase | null>(null);
  const patrols = can('patrol.create');
  const [{ data }, refetch] = useQuery({
    query: patrolRoundsQuery,
    variables: { shiftId: shift.id, mine: true },
    requestPolicy: 'cache-and-network',
    pause: !patrols,
  });
  const [, complete] = useMutation(completePatrolRoundMutation);
  if (!patrols) return null;
  const onDuty = shift.status === 'ON_DUTY';
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <Card title={t('patrols.cardTitle')} styles={{ body: { padding: compact ? 16 : 24 } }} data-testid="my-patrol-card">
      <Flex vertical gap={16}>
        {!onDuty && <Alert type="info" showIcon title={t('patrols.notOnDuty')} />}
        <Flex gap={12} vertical={compact}>
          <Button
            type="primary"
            size="large"
            icon={<ScanOutlined />}
            block={compact}
            disabled={!onDuty}
            onClick={() => setScanning(true)}
            data-testid="patrol-scan-open"
          >
            {t('patrols.scan')}
          </Button>
          <Button
            size="large"
            icon={<WarningOutlined />}
            block={compact}
            disabled={!onDuty}
            onClick={() => setReporting(true)}
            data-testid="patrol-report-open"
          >
            {t('patrols.reportAnomaly')}
          </Button>
        </Flex>
        {reported && (
          <Alert
            type="success"
            showIcon
            closable={{ onClose: () => setReported(null) }}
            title={t('patrols.anomaly.done', { reference: reported.reference })}
            description={reported.title}
            action={<Link to={`/cases/${reported.id}`}>{t('patrols.anomaly.view')}</Link>}
            data-testid="patrol-reported"
          />
        )}
        <div>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('patrols.myRounds')}
          </Typography.Title>
          <RoundList
            rounds={inStartOrder(data?.patrolRounds?.nodes)}
            showPatroller={false}
            emptyText={t('patrols.noRounds')}
            onComplete={async (roundId) => {
              const result = await complete({ input: { roundId } });
              const problem = patrolProblem(t, result, result.data?.completePatrolRound);
              if (problem) void message.error(problem);
              else void message.success(t('patrols.roundCompleted'));
              reload();
            }}
          />
        </div>
      </Flex>
      <ScanCheckpointModal
        open={scanning}
        siteCode={shift.site.code}
        onClose={() => setScanning(false)}
        onRecorded={(scan) => {
          void message.success(t('patrols.scanned', { checkpoint: scan.checkpoint.name }));
          reload();
        }}
      />
      <ReportAnomalyModal
        open={reporting}
        siteCode={shift.site.code}
        onClose={() => setReporting(false)}
        onReported={(c) => {
          setReported(c);
          reload();
        }}
      />
    </Card>
  );
}
