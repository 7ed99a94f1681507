import { AlertOutlined, ArrowLeftOutlined, CheckCircleFilled, ScanOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useLocale } from '../../app/locale-context.js';
import { QueryState } from '../../components/QueryState.js';
import { useSession } from '../../features/auth/session-context.js';
import { ReportAnomalyModal, type ReportedCase } from '../../features/patrols/components/ReportAnomalyModal.js';
import { type RecordedScan, ScanConfirm } from '../../features/patrols/components/ScanConfirm.js';
import { checkpointByCodeQuery } from '../../features/places/places.operations.js';
import { formatTime } from '../../lib/format.js';

/**
 * /scan/:code — where a phone's camera lands from a checkpoint's QR card: which checkpoint it is,
 * what was seen, record the scan; then report a problem found there, or go on.
 */
export function ScanPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { can } = useSession();
  const { code = '' } = useParams();
  const [recorded, setRecorded] = useState<RecordedScan | null>(null);
  const [reporting, setReporting] = useState(false);
  const [reported, setReported] = useState<ReportedCase | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: checkpointByCodeQuery,
    variables: { code },
    requestPolicy: 'network-only',
  });
  const checkpoint = data?.checkpointByCode;

  useEffect(() => {
    document.title = `${t('patrols.scanTitle')} · Steward`;
  }, [t]);

  return (
    <div style={{ maxWidth: 560, margin: '0 auto' }} data-testid="scan-page">
      <Link to="/my-shift">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('patrols.backToShift')}
        </Button>
      </Link>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={() => refetch()}>
        {!checkpoint ? (
          <Result status="404" title={t('patrols.notFoundTitle')} subTitle={t('patrols.notFoundText')} />
        ) : (
          <Card
            title={
              <span>
                <ScanOutlined style={{ marginInlineEnd: 8 }} />
                {t('patrols.scanTitle')}
              </span>
            }
            styles={{ body: { padding: 16 } }}
          >
            {!checkpoint.active || !checkpoint.area.active ? (
              <Alert type="warning" showIcon title={t('patrols.inactiveCheckpoint')} />
            ) : recorded ? (
              <Flex vertical gap={12} align="stretch" data-testid="scan-done">
                <Flex gap={12} align="center">
                  <CheckCircleFilled style={{ color: '#389e0d', fontSize: 36 }} />
                  <div>
                    <Typography.Title level={4} style={{ margin: 0 }}>
                      {checkpoint.name}
                    </Typography.Title>
                    <Typography.Text type="secondary">
                      {t('patrols.recordedAt', { time: formatTime(recorded.scannedAt, locale) })} ·{' '}
                      {t('patrols.roundInfo', { n: recorded.round.scans.length })}
                    </Typography.Text>
                  </div>
                </Flex>
                {recorded.observation && <Typography.Text>{recorded.observation}</Typography.Text>}
                {reported && (
                  <Alert
                    type="success"
                    showIcon
                    title={t('patrols.anomaly.done', { reference: reported.reference })}
                    description={reported.title}
                    action={<Link to={`/cases/${reported.id}`}>{t('patrols.anomaly.view')}</Link>}
                    data-testid="scan-reported"
                  />
                )}
                <Button
                  size="large"
                  icon={<WarningOutlined />}
                  onClick={() => setReporting(true)}
                  data-testid="scan-report"
                >
                  {t('patrols.reportAnomaly')}
                </Button>
                {can('incident.create') && (
                  <Link
                    to={`/incidents/new?site=${encodeURIComponent(checkpoint.site.code)}&area=${encodeURIComponent(checkpoint.area.id)}`}
                  >
                    <Button size="large" danger block icon={<AlertOutlined />} data-testid="scan-incident">
                      {t('incidents.report')}
                    </Button>
                  </Link>
                )}
                <Link to="/my-shift">
                  <Button size="large" type="primary" block>
                    {t('patrols.backToShift')}
                  </Button>
                </Link>
              </Flex>
            ) : (
              <ScanConfirm checkpoint={checkpoint} target={{ code }} onRecorded={setRecorded} large />
            )}
          </Card>
        )}
      </QueryState>
      {checkpoint && (
        <ReportAnomalyModal
          open={reporting}
          siteCode={checkpoint.site.code}
          at={{ code, name: checkpoint.name, areaName: checkpoint.area.name }}
          onClose={() => setReporting(false)}
          onReported={setReported}
        />
      )}
    </div>
  );
}
