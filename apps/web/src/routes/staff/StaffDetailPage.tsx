import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Grid, Result, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { RecordHistory } from '../../features/audit/components/RecordHistory.js';
import { useSession } from '../../features/auth/session-context.js';
import { StaffActions } from '../../features/staff/components/StaffActions.js';
import { StaffProfile } from '../../features/staff/components/StaffProfile.js';
import { StaffStatusTag } from '../../features/staff/components/StaffStatusTag.js';
import { staffMemberQuery } from '../../features/staff/staff.operations.js';

/** /staff/:id: one member of staff, the Office's lifecycle actions, and what was done to the record. */
export function StaffDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const { can } = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({ query: staffMemberQuery, variables: { id } });
  const staff = data?.staffMember;

  useEffect(() => {
    document.title = `${staff?.name ?? t('staff.title')} · Steward`;
  }, [t, staff?.name]);

  return (
    <div style={{ maxWidth: 1000, margin: '0 auto' }}>
      {can('staff.read') && (
        <Link to="/staff">
          <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
            {t('staff.backToDirectory')}
          </Button>
        </Link>
      )}
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {staff ? (
          <Flex vertical gap={16}>
            <Card
              data-testid="staff-detail"
              data-status={staff.status}
              styles={{ body: { padding: compact ? 16 : 24 } }}
            >
              <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 16 }}>
                <div>
                  <Flex align="center" gap={10} wrap>
                    <Typography.Title level={2} style={{ margin: 0 }} data-testid="staff-name">
                      {staff.name}
                    </Typography.Title>
                    <StaffStatusTag status={staff.status} />
                  </Flex>
                  <Typography.Text type="secondary">
                    {staff.employeeNo} · {staff.position.name}
                    {staff.department ? ` · ${staff.department.name}` : ''}
                  </Typography.Text>
                </div>
              </Flex>
              {can('staff.handle') && (
                <div style={{ marginBottom: 16 }}>
                  <StaffActions staff={staff} compact={compact} />
                </div>
              )}
              <StaffProfile staff={staff} compact={compact} />
            </Card>
            {can('audit.read') && <RecordHistory targetId={staff.id} compact={compact} />}
          </Flex>
        ) : (
          <Result status="404" title="404" subTitle={t('staff.notFound')} />
        )}
      </QueryState>
    </div>
  );
}
