import { Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { auditEventsQuery } from '../audit.operations.js';
import { AuditEventList } from './AuditEventList.js';

/** The audit trail of one record, newest first (for those who may read the audit log). */
export function RecordHistory({ targetId, compact }: { targetId: string; compact: boolean }) {
  const { t } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching }] = useQuery({
    query: auditEventsQuery,
    variables: { filter: { targetId }, first: 10, after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.auditEvents;
  const events = connection?.edges.map((e) => e.node) ?? [];
  const empty = !!connection && events.length === 0;
  return (
    <Card
      title={t('audit.history')}
      data-testid="record-history"
      styles={{ body: { padding: compact || empty ? 12 : 0 } }}
    >
      {empty ? (
        <Typography.Text type="secondary">{t('audit.noHistory')}</Typography.Text>
      ) : (
        <AuditEventList events={events} loading={fetching && !data} compact={compact} hideTarget />
      )}
      {connection?.pageInfo.hasNextPage && (
        <div style={{ padding: 12, textAlign: 'center' }}>
          <Button loading={fetching} onClick={() => setAfter(connection.pageInfo.endCursor ?? null)}>
            {t('common.loadMore')}
          </Button>
        </div>
      )}
    </Card>
  );
}
