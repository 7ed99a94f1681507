import { CheckCircleFilled, WarningFilled } from '@ant-design/icons';
import { Card, Col, Flex, Row, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../app/locale-context.js';
import type { FireSafetyCheck, FireSafetyOverviewQuery } from '../../../gql/graphql.js';
import { formatDate, formatDateTime } from '../../../lib/format.js';

type Overview = NonNullable<FireSafetyOverviewQuery['fireSafetyOverview']>;
export type FireTab = 'overview' | 'responsibility' | 'plans' | 'drills' | 'equipment' | 'brigade';

/** Where each check's failures are put right. */
const TAB_OF: Record<FireSafetyCheck, FireTab> = {
  C13_PLANS: 'plans',
  C14_DRILLS: 'drills',
  C15_RESPONSIBILITY: 'responsibility',
  C16_TRAINING: 'brigade',
  C17_FAMILIARITY: 'plans',
  EQUIPMENT_DUE: 'equipment',
};

function Names({ items }: { items: string[] }) {
  if (!items.length) return null;
  return (
    <Flex gap={4} wrap>
      {items.map((name) => (
        <Tag key={name} bordered={false} color="red" style={{ marginInlineEnd: 0 }}>
          {name}
        </Tag>
      ))}
    </Flex>
  );
}

/** The site's programme at a glance: one card per check (C13–C17, equipment), each linking to its tab. */
export function FireOverview({ overview, onOpen }: { overview: Overview; onOpen(tab: FireTab): void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const o = overview;
  const detail: Record<FireSafetyCheck, ReactNode> = {
    C13_PLANS: (
      <>
        <Typography.Text type="secondary">
          {t('fireSafety.overview.keyUnits', { count: o.keyUnitCount })}
        </Typography.Text>
        <Names items={o.keyUnitsWithoutFirePlan.map((u) => u.name)} />
        {o.plansReviewOverdue.length > 0 && (
          <Typography.Text type="warning">
            {t('fireSafety.overview.reviewOverdue', {
              names: o.plansReviewOverdue.map((p) => `${p.keyUnit.name} · ${p.title}`).join('、'),
            })}
          </Typography.Text>
        )}
      </>
    ),
    C14_DRILLS: (
      <>
        <Typography.Text type="secondary">
          {o.lastDrill?.alarmAt
            ? t('fireSafety.overview.lastDrill', { date: formatDate(o.lastDrill.alarmAt, locale) })
            : t('fireSafety.overview.noDrill')}
        </Typography.Text>
        {o.nextDrillDueOn && (
          <Typography.Text type={o.drillOverdue ? 'danger' : 'secondary'}>
            {t('fireSafety.overview.nextDue', {
              date: formatDate(o.nextDrillDueOn, locale),
              months: o.drillIntervalMonths,
            })}
          </Typography.Text>
        )}
        {o.nextPlannedDrill && (
          <Link to={`/fire-safety/drills/${o.nextPlannedDrill.id}`}>
            {t('fireSafety.overview.nextPlanned', { time: formatDateTime(o.nextPlannedDrill.plannedFor, locale) })}
          </Link>
        )}
        {o.openFollowUpCount > 0 && (
          <Typography.Text type="warning">
            {t('fireSafety.overview.openFollowUps', { count: o.openFollowUpCount })}
          </Typography.Text>
        )}
      </>
    ),
    C15_RESPONSIBILITY: (
      <>
        <Typography.Text type="secondary">{t('fireSafety.overview.places', { count: o.placeCount })}</Typography.Text>
        <Names items={o.uncoveredPlaces.map((p) => p.name)} />
      </>
    ),
    C16_TRAINING: (
      <>
        <Typography.Text type="secondary">
          {t('fireSafety.overview.brigade', { count: o.brigadeCount, months: o.trainingIntervalMonths })}
        </Typography.Text>
        <Names items={o.untrainedMembers.map((m) => m.staff.name)} />
      </>
    ),
    C17_FAMILIARITY: (
      <>
        <Typography.Text type="secondary">{t('fireSafety.overview.familiarity')}</Typography.Text>
        <Names items={o.leadersUnfamiliar.map((l) => l.name)} />
      </>
    ),
    EQUIPMENT_DUE: (
      <Flex gap={16} wrap>
        <Statistic title={t('fireSafety.overview.inService')} value={o.equipmentCount} />
        <Statistic
          title={t('fireSafety.overview.overdue')}
          value={o.equipmentOverdueCount}
          styles={{ content: { color: o.equipmentOverdueCount ? '#cf1322' : undefined } }}
        />
        <Statistic
          title={t('fireSafety.overview.faulty')}
          value={o.equipmentFaultyCount}
          styles={{ content: { color: o.equipmentFaultyCount ? '#cf1322' : undefined } }}
        />
      </Flex>
    ),
  };

  return (
    <Flex vertical gap={12} data-testid="fire-overview">
      <Typography.Text type="secondary">
        {t('fireSafety.overview.asOf', { date: formatDate(o.date, locale) })}
      </Typography.Text>
      <Row gutter={[12, 12]}>
        {o.checks.map((c) => (
          <Col key={c.check} xs={24} md={12} xl={8}>
            <Card
              size="small"
              hoverable
              onClick={() => onOpen(TAB_OF[c.check])}
              data-testid="fire-check"
              data-check={c.check}
              data-count={c.count}
              title={
                <Flex gap={8} align="center">
                  {c.ok ? (
                    <CheckCircleFilled style={{ color: '#52c41a' }} />
                  ) : (
                    <WarningFilled style={{ color: '#cf1322' }} />
                  )}
                  <span style={{ whiteSpace: 'normal' }}>{t(`fireSafety.checks.${c.check}.title`)}</span>
                </Flex>
              }
              extra={
                <Tag color={c.ok ? 'green' : 'red'} style={{ marginInlineEnd: 0 }}>
                  {c.ok ? t('fireSafety.overview.ok') : t(`fireSafety.checks.${c.check}.flag`, { count: c.count })}
                </Tag>
              }
              style={{ height: '100%' }}
            >
              <Flex vertical gap={6}>
                <Typography.Text>{t(`fireSafety.checks.${c.check}.rule`)}</Typography.Text>
                {detail[c.check]}
              </Flex>
            </Card>
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
