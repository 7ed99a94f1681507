import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useLocale } from '../../app/locale-context.js';
import { QueryState } from '../../components/QueryState.js';
import { DutyLogEntries, DutyLogEntryBox, DutyLogHeader } from '../../features/handover/components/DutyLog.js';
import { dutyLogQuery } from '../../features/handover/handover.operations.js';
import { ShiftHours } from '../../features/shifts/components/ShiftHeaderCard.js';
import { formatDate } from '../../lib/format.js';

/** /duty-logs/:id — one duty log: whose, its entries in order, and the director's review. */
export function DutyLogPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: dutyLogQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const log = data?.dutyLog;

  useEffect(() => {
    document.title = `${t('handover.log.title')} · Steward`;
  }, [t]);

  return (
    <div style={{ maxWidth: 900, margin: '0 auto' }}>
      <Link to="/duty-logs">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('handover.backToLogs')}
        </Button>
      </Link>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        {log ? (
          <Card data-testid="duty-log-page" data-status={log.status}>
            <Typography.Text type="secondary">
              {log.site.name} · {log.department.name}
            </Typography.Text>
            <Typography.Title level={3} style={{ margin: '4px 0 12px' }}>
              {formatDate(log.date, locale)}{' '}
              {log.shift ? (
                <>
                  {log.shift.pattern.name} <ShiftHours shift={log.shift} />
                </>
              ) : (
                t('handover.log.daily')
              )}
            </Typography.Title>
            <Flex vertical gap={16}>
              <DutyLogHeader log={log} onChanged={reload} />
              {log.shift && (
                <Link to={`/shifts/${encodeURIComponent(log.shift.id)}?tab=log`}>
                  {t('handover.log.openShift', { leader: log.shift.leader.name })}
                </Link>
              )}
              {log.viewerMayWrite && (
                <DutyLogEntryBox
                  target={log.shift ? { shiftId: log.shift.id } : { siteCode: log.site.code }}
                  siteCode={log.site.code}
                  onDone={reload}
                />
              )}
              <DutyLogEntries log={log} />
            </Flex>
          </Card>
        ) : (
          <Result status="404" title={t('handover.log.notFound')} />
        )}
      </QueryState>
    </div>
  );
}
