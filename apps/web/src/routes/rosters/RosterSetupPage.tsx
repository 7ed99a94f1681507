import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Grid, Table, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { RosterNav } from '../../features/rosters/components/RosterNav.js';
import { teamOrder } from '../../features/rosters/components/RosterViews.js';
import { PatternForm, TeamForm } from '../../features/rosters/components/SetupForms.js';
import { rosterSetupQuery, rosterStaffQuery } from '../../features/rosters/roster.operations.js';
import { patternTone } from '../../features/rosters/roster-format.js';
import type { RosterSetupQuery } from '../../gql/graphql.js';

type Pattern = RosterSetupQuery['shiftPatterns'][number];
type Team = RosterSetupQuery['teams'][number];

/**
 * /shifts/setup — what rosters are generated from (DIR-5): each site's shift patterns (hours,
 * grace periods) and its teams (a leader and officers). For whoever drafts rosters.
 */
export function RosterSetupPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: rosterSetupQuery,
    requestPolicy: 'cache-and-network',
  });
  const [{ data: staff }] = useQuery({ query: rosterStaffQuery });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const [pattern, setPattern] = useState<Pattern | 'new' | null>(null);
  const [team, setTeam] = useState<Team | 'new' | null>(null);
  const people = useMemo(
    () => (staff?.staffMembers.nodes ?? []).map((s) => ({ id: s.id, name: s.name, sites: s.sites.map((x) => x.code) })),
    [staff],
  );
  const sitesByCode = new Map((data?.teams ?? []).map((x) => [x.site.code, x.site.name]));

  return (
    <div style={{ maxWidth: 1200, margin: '0 auto' }}>
      <RosterNav section="setup" title={t('rosters.setup.title')} compact={compact} />
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        <Flex vertical gap={16}>
          <Card
            title={t('rosters.setup.patterns')}
            size="small"
            extra={
              <Button size="small" icon={<PlusOutlined />} onClick={() => setPattern('new')} data-testid="pattern-new">
                {t('rosters.setup.newPattern')}
              </Button>
            }
          >
            <Table<Pattern>
              size="small"
              rowKey="id"
              pagination={false}
              scroll={{ x: 640 }}
              dataSource={data?.shiftPatterns ?? []}
              columns={[
                {
                  title: t('rosters.setup.site'),
                  key: 'site',
                  render: (_, p) => sitesByCode.get(p.site.code) ?? p.site.code,
                },
                {
                  title: t('rosters.setup.name'),
                  key: 'name',
                  render: (_, p) => {
                    const tone = patternTone(p);
                    return (
                      <span>
                        <span
                          style={{
                            display: 'inline-block',
                            width: 10,
                            height: 10,
                            borderRadius: 2,
                            background: tone.bar,
                            marginInlineEnd: 6,
                          }}
                        />
                        {p.name} <Typography.Text type="secondary">{p.code}</Typography.Text>
                      </span>
                    );
                  },
                },
                {
                  title: t('rosters.setup.hours'),
                  key: 'hours',
                  render: (_, p) => (
                    <span>
                      {p.startTime}–{p.endTime}{' '}
                      {p.crossesMidnight && (
                        <Tag bordered={false} color="geekblue">
                          {t('rosters.setup.crossesMidnight')}
                        </Tag>
                      )}
                    </span>
                  ),
                },
                {
                  title: t('rosters.setup.grace'),
                  key: 'grace',
                  render: (_, p) =>
                    t('rosters.setup.graceValue', { late: p.lateGraceMinutes, early: p.earlyLeaveGraceMinutes }),
                },
                {
                  title: t('rosters.setup.active'),
                  key: 'active',
                  render: (_, p) => (
                    <Tag bordered={false} color={p.active ? 'green' : 'default'}>
                      {p.active ? t('rosters.setup.active') : t('rosters.setup.inactive')}
                    </Tag>
                  ),
                },
                {
                  key: 'edit',
                  width: 48,
                  render: (_, p) => (
                    <Button
                      size="small"
                      type="text"
                      icon={<EditOutlined />}
                      aria-label={t('rosters.setup.editPattern')}
                      onClick={() => setPattern(p)}
                    />
                  ),
                },
              ]}
            />
          </Card>
          <Card
            title={t('rosters.setup.teams')}
            size="small"
            extra={
              <Button size="small" icon={<PlusOutlined />} onClick={() => setTeam('new')} data-testid="team-new">
                {t('rosters.setup.newTeam')}
              </Button>
            }
          >
            <Table<Team>
              size="small"
              rowKey="id"
              pagination={false}
              scroll={{ x: 640 }}
              dataSource={[...(data?.teams ?? [])].sort(
                (a, b) => a.site.code.localeCompare(b.site.code) || teamOrder(a.name).localeCompare(teamOrder(b.name)),
              )}
              columns={[
                { title: t('rosters.setup.site'), key: 'site', render: (_, x) => x.site.name },
                { title: t('rosters.setup.name'), key: 'name', render: (_, x) => <strong>{x.name}</strong> },
                { title: t('rosters.setup.leader'), key: 'leader', render: (_, x) => x.leader.name },
                {
                  title: t('rosters.setup.members'),
                  key: 'members',
                  render: (_, x) => x.members.map((m) => m.name).join('、'),
                },
                {
                  title: t('rosters.setup.active'),
                  key: 'active',
                  render: (_, x) => (
                    <Tag bordered={false} color={x.active ? 'green' : 'default'}>
                      {x.active ? t('rosters.setup.active') : t('rosters.setup.inactive')}
                    </Tag>
                  ),
                },
                {
                  key: 'edit',
                  width: 48,
                  render: (_, x) => (
                    <Button
                      size="small"
                      type="text"
                      icon={<EditOutlined />}
                      aria-label={t('rosters.setup.editTeam')}
                      onClick={() => setTeam(x)}
                    />
                  ),
                },
              ]}
            />
          </Card>
        </Flex>
      </QueryState>
      <PatternForm
        open={pattern !== null}
        pattern={pattern === 'new' ? null : pattern}
        onClose={() => setPattern(null)}
        onDone={reload}
      />
      <TeamForm
        open={team !== null}
        team={team === 'new' ? null : team}
        people={people}
        onClose={() => setTeam(null)}
        onDone={reload}
      />
    </div>
  );
}
