import { Card, Descriptions, Empty, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState } from '../../../components/QueryState.js';
import { departmentDetailQuery } from '../rulebook.operations.js';
import { DutyList } from './DutyList.js';
import { EditorNotes } from './EditorNotes.js';
import { PositionCard } from './PositionCard.js';
import { StatusTag } from './StatusTag.js';

/** One department: its remit, its duties as a department, then each of its posts. */
export function DepartmentDetail({ departmentKey }: { departmentKey: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: departmentDetailQuery,
    variables: { key: departmentKey },
  });
  const department = data?.department;

  return (
    <QueryState
      fetching={fetching}
      error={error}
      hasData={!!data}
      retry={() => refetch({ requestPolicy: 'network-only' })}
    >
      {!department ? (
        <Empty description={t('common.notFound')} />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="department-detail">
          <Card>
            <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {department.name}
              </Typography.Title>
              <StatusTag status={department.status} />
              {department.shortCode && <Tag bordered={false}>{department.shortCode}</Tag>}
            </Flex>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                ...(department.chapterNo
                  ? [
                      {
                        key: 'chapter',
                        label: t('rulebook.chapter', { no: department.chapterNo }),
                        children: department.chapterTitle,
                      },
                    ]
                  : []),
                ...(department.reportsTo
                  ? [{ key: 'reportsTo', label: t('rulebook.reportsToLabel'), children: department.reportsTo.name }]
                  : []),
                ...(department.head
                  ? [{ key: 'head', label: t('rulebook.headLabel'), children: department.head.name }]
                  : []),
                ...(department.possiblySameAs
                  ? [
                      {
                        key: 'same',
                        label: t('rulebook.possiblySameAsLabel'),
                        children: department.possiblySameAs.name,
                      },
                    ]
                  : []),
              ]}
            />
            {department.summary && (
              <>
                <Typography.Title level={5}>{t('rulebook.summary')}</Typography.Title>
                <Typography.Paragraph style={{ lineHeight: 1.8 }}>{department.summary}</Typography.Paragraph>
              </>
            )}
            <EditorNotes notes={department.notes} />
          </Card>

          <Card
            title={t('rulebook.departmentDuties')}
            extra={
              department.duties.length > 0 && (
                <Typography.Text type="secondary">
                  {t('rulebook.dutyCount', { count: department.duties.length })}
                </Typography.Text>
              )
            }
          >
            <DutyList duties={department.duties} />
          </Card>

          <section aria-label={t('rulebook.positions')}>
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {t('rulebook.positions')}
            </Typography.Title>
            {department.positions.length === 0 ? (
              <Card>
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rulebook.noPositions')} />
              </Card>
            ) : (
              <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                {department.positions.map((position) => (
                  <PositionCard key={position.id} position={position} />
                ))}
              </Space>
            )}
          </section>
        </Space>
      )}
    </QueryState>
  );
}
