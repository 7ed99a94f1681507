import { CheckOutlined, ExclamationCircleOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Collapse, Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../app/locale-context.js';
import type { PatrolRoundFieldsFragment } from '../../../gql/graphql.js';
import { formatTime } from '../../../lib/format.js';

/** A shift's rounds as the connection gives them (latest first), turned into the order they started. */
export function inStartOrder(
  rounds: readonly PatrolRoundFieldsFragment[] | null | undefined,
): PatrolRoundFieldsFragment[] {
  return [...(rounds ?? [])].reverse();
}

/**
 * Patrol rounds, in order, each with its scans: when, where, what was seen, and the case any
 * anomaly opened. With `onComplete`, an open round can be marked complete.
 */
export function RoundList({
  rounds,
  showPatroller,
  onComplete,
  emptyText,
}: {
  rounds: readonly PatrolRoundFieldsFragment[];
  showPatroller: boolean;
  onComplete?: (roundId: string) => void;
  emptyText: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  // Rounds under way are open; one that starts while the list is shown opens itself too.
  const [active, setActive] = useState<string[]>([]);
  const seen = useRef(new Set<string>());
  useEffect(() => {
    const fresh = rounds.filter((r) => r.open && !seen.current.has(r.id)).map((r) => r.id);
    for (const r of rounds) seen.current.add(r.id);
    if (fresh.length) setActive((keys) => [...keys, ...fresh]);
  }, [rounds]);
  if (!rounds.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} style={{ margin: 12 }} />;
  return (
    <Collapse
      size="small"
      activeKey={active}
      onChange={(keys) => setActive(Array.isArray(keys) ? keys : [keys])}
      data-testid="patrol-rounds"
      items={rounds.map((round, i) => ({
        key: round.id,
        label: (
          <Flex gap={8} align="center" wrap data-testid="patrol-round" data-open={round.open}>
            <Typography.Text strong>{t('patrols.round', { n: i + 1 })}</Typography.Text>
            <Typography.Text type="secondary">{formatTime(round.startedAt, locale)}</Typography.Text>
            {showPatroller && <Typography.Text>{round.patroller.name}</Typography.Text>}
            <Typography.Text type="secondary">{t('patrols.pointCount', { count: round.scans.length })}</Typography.Text>
            {round.open ? <Tag color="processing">{t('patrols.roundOpen')}</Tag> : <Tag>{t('patrols.roundDone')}</Tag>}
          </Flex>
        ),
        children: (
          <Flex vertical gap={8}>
            <Timeline
              items={round.scans.map((s) => ({
                key: s.id,
                color: s.caseReference ? 'red' : s.method === 'LIST' ? 'gray' : 'green',
                icon: s.caseReference ? <ExclamationCircleOutlined /> : undefined,
                content: (
                  <div data-testid="patrol-scan">
                    <Typography.Text strong>{formatTime(s.scannedAt, locale)}</Typography.Text>{' '}
                    <Typography.Text>{s.checkpoint.name}</Typography.Text>{' '}
                    <Typography.Text type="secondary">· {s.area.name}</Typography.Text>
                    {s.method === 'LIST' && (
                      <Tag
                        icon={<UnorderedListOutlined />}
                        style={{ marginInlineStart: 6 }}
                        title={t('patrols.rounds.picked')}
                      >
                        {t('patrols.method.LIST')}
                      </Tag>
                    )}
                    {s.observation && (
                      <div>
                        <Typography.Text type="secondary">{s.observation}</Typography.Text>
                      </div>
                    )}
                    {s.caseReference && (
                      <div>
                        {s.case ? (
                          <>
                            <Link to={`/cases/${s.case.id}`}>
                              {t('patrols.rounds.case', { reference: s.caseReference })}
                            </Link>{' '}
                            <Typography.Text type="secondary">{s.case.title}</Typography.Text>
                          </>
                        ) : (
                          <Typography.Text type="danger">
                            {t('patrols.rounds.case', { reference: s.caseReference })}
                          </Typography.Text>
                        )}
                      </div>
                    )}
                  </div>
                ),
              }))}
            />
            {onComplete && round.open && (
              <Button icon={<CheckOutlined />} onClick={() => onComplete(round.id)} data-testid="round-complete">
                {t('patrols.completeRound')}
              </Button>
            )}
          </Flex>
        ),
      }))}
    />
  );
}
