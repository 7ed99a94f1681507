import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import type { AttendanceRangeQuery, AttendanceStatus } from '../../../gql/graphql.js';
import { describeError } from '../../../lib/errors.js';
import { formatDate, formatTime } from '../../../lib/format.js';
import { attendanceRangeQuery } from '../attendance.operations.js';
import { ATTENDANCE_STATUSES, AttendanceStatusTag } from '../attendance-format.js';

type Row = AttendanceRangeQuery['attendance'][number];

/** Monday of the week `offset` weeks from this one, as `YYYY-MM-DD`. */
function mondayOf(offset: number): string {
  const today = dayjs();
  const monday = today.subtract((today.day() + 6) % 7, 'day').add(offset * 7, 'day');
  return monday.format('YYYY-MM-DD');
}

function Times({ row }: { row: Row }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Flex gap={6} wrap align="center" style={{ fontVariantNumeric: 'tabular-nums' }}>
      <span>{row.checkInAt ? formatTime(row.checkInAt, locale) : '—'}</span>
      {row.minutesLate != null && (
        <Tag color="red" style={{ marginInlineEnd: 0 }}>
          {t('attendance.attendance.lateBy', { count: row.minutesLate })}
        </Tag>
      )}
      <span>→ {row.checkOutAt ? formatTime(row.checkOutAt, locale) : '—'}</span>
      {row.minutesEarly != null && (
        <Tag color="orange" style={{ marginInlineEnd: 0 }}>
          {t('attendance.attendance.earlyBy', { count: row.minutesEarly })}
        </Tag>
      )}
    </Flex>
  );
}

/** A week of attendance (R36): every rostered person on every shift, with their status; a table or cards. */
export function AttendanceOverview({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [week, setWeek] = useState(0);
  const [status, setStatus] = useState<AttendanceStatus | 'ALL'>('ALL');
  const from = mondayOf(week);
  const to = dayjs(from).add(6, 'day').format('YYYY-MM-DD');
  const range = useMemo(() => ({ from, to, statuses: status === 'ALL' ? null : [status] }), [from, to, status]);
  const [{ data, fetching, error }] = useQuery({
    query: attendanceRangeQuery,
    variables: { range },
    requestPolicy: 'cache-and-network',
  });
  const rows = data?.attendance ?? [];
  const shiftLabel = (r: Row) => (
    <Link to={`/shifts/${r.shift.id}?tab=briefing`}>
      {formatDate(r.shift.date, locale)} {r.shift.pattern.name}
    </Link>
  );

  const columns: TableColumnsType<Row> = [
    {
      title: t('attendance.overview.columns.shift'),
      key: 'shift',
      render: (_, r) => (
        <Flex vertical>
          {shiftLabel(r)}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.shift.site.name}
            {r.shift.team ? ` · ${r.shift.team.name}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('attendance.overview.columns.person'),
      key: 'person',
      render: (_, r) => (
        <span>
          {r.staff.name}
          {r.role === 'LEADER' ? (
            <Typography.Text type="secondary"> · {t('shifts.role.LEADER')}</Typography.Text>
          ) : null}
        </span>
      ),
    },
    {
      title: t('attendance.overview.columns.post'),
      key: 'post',
      width: 110,
      render: (_, r) => (r.post ? t(`shifts.post.${r.post}`) : '—'),
    },
    {
      title: t('attendance.overview.columns.status'),
      key: 'status',
      width: 120,
      render: (_, r) => <AttendanceStatusTag status={r.attendanceStatus} />,
    },
    {
      title: `${t('attendance.overview.columns.checkIn')} → ${t('attendance.overview.columns.checkOut')}`,
      key: 'times',
      render: (_, r) => <Times row={r} />,
    },
  ];

  return (
    <Flex vertical gap={12} data-testid="attendance-overview">
      <Card styles={{ body: { padding: compact ? 12 : 16 } }}>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Flex align="center" gap={8} wrap>
            <Button
              icon={<LeftOutlined />}
              onClick={() => setWeek((w) => w - 1)}
              aria-label={t('attendance.overview.previous')}
            />
            <Typography.Text strong data-testid="attendance-range">
              {t('attendance.overview.range', { from: formatDate(from, locale), to: formatDate(to, locale) })}
            </Typography.Text>
            <Button
              icon={<RightOutlined />}
              onClick={() => setWeek((w) => w + 1)}
              aria-label={t('attendance.overview.next')}
            />
            {week !== 0 && <Button onClick={() => setWeek(0)}>{t('attendance.overview.thisWeek')}</Button>}
          </Flex>
          <Select<AttendanceStatus | 'ALL'>
            style={{ width: compact ? '100%' : 180 }}
            value={status}
            onChange={setStatus}
            aria-label={t('attendance.overview.statusFilter')}
            options={[
              { value: 'ALL', label: t('attendance.overview.allStatuses') },
              ...ATTENDANCE_STATUSES.map((s) => ({ value: s, label: t(`shifts.attendanceStatus.${s}`) })),
            ]}
            data-testid="attendance-status-filter"
          />
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('attendance.overview.hint')}
        </Typography.Text>
      </Card>
      {error && !data ? (
        <Alert type="error" showIcon title={describeError(error, t)} />
      ) : compact ? (
        rows.length === 0 ? (
          <Empty description={t('attendance.overview.empty')} />
        ) : (
          <Flex vertical gap={8}>
            {rows.map((r) => (
              <Card key={r.id} size="small" data-testid="attendance-row">
                <Flex justify="space-between" align="center" gap={8}>
                  <Typography.Text strong>{r.staff.name}</Typography.Text>
                  <AttendanceStatusTag status={r.attendanceStatus} />
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {shiftLabel(r)} · {r.shift.site.name}
                  {r.post ? ` · ${t(`shifts.post.${r.post}`)}` : ''}
                </Typography.Text>
                <Times row={r} />
              </Card>
            ))}
          </Flex>
        )
      ) : (
        <Table<Row>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={fetching && !data}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{ emptyText: <Empty description={t('attendance.overview.empty')} /> }}
          onRow={(r) => ({ 'data-testid': 'attendance-row', 'data-status': r.attendanceStatus }) as never}
        />
      )}
      <Typography.Text type="secondary" data-testid="attendance-count">
        {data ? t('attendance.overview.count', { count: rows.length }) : ''}
      </Typography.Text>
    </Flex>
  );
}
