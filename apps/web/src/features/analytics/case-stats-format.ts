import type { TFunction } from 'i18next';
import type { AnalyticsCaseStatsQuery, CaseStatsDimension } from '../../gql/graphql.js';

export type CaseStatsGroup = AnalyticsCaseStatsQuery['caseStats']['groups'][number];
export type CaseStatsFigures = AnalyticsCaseStatsQuery['caseStats']['totals'];

/** The words for one group value (a month, a department, a status …). */
export function groupValue(row: CaseStatsGroup, d: CaseStatsDimension, t: TFunction): string {
  switch (d) {
    case 'DAY':
    case 'MONTH':
      return row.period?.label ?? '';
    case 'WEEK':
      return t('analytics.weekOf', { date: row.period?.label ?? '' });
    case 'DEPARTMENT':
      return row.department?.name ?? '';
    case 'SITE':
      return row.site?.key ? row.site.name : t('analytics.noSite');
    case 'AREA':
      return row.area ? row.area : t('analytics.noArea');
    case 'KIND':
      return row.kind ? t(`cases.kind.${row.kind}`) : '';
    case 'STATUS':
      return row.status ? t(`cases.status.${row.status}`) : '';
    case 'CHANNEL':
      return row.channel ? t(`cases.channel.${row.channel}`) : '';
    case 'SEVERITY':
      return row.severity ? t(`cases.severity.${row.severity}`) : '';
  }
}

/** Minutes as people read them: minutes under an hour, hours under two days, then days. */
export function formatMinutes(minutes: number | null | undefined, t: TFunction): string {
  if (minutes === null || minutes === undefined) return t('analytics.none');
  if (minutes < 60) return t('analytics.minutes', { n: Math.round(minutes) });
  if (minutes < 48 * 60) return t('analytics.hours', { n: Math.round((minutes / 60) * 10) / 10 });
  return t('analytics.days', { n: Math.round((minutes / 1440) * 10) / 10 });
}

export function formatShare(share: number | null | undefined, t: TFunction): string {
  return share === null || share === undefined ? t('analytics.none') : `${Math.round(share * 1000) / 10}%`;
}

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The table as CSV (UTF-8 with a BOM, so Excel reads the Chinese): raw figures, minutes as numbers. */
export function statsCsv(groups: CaseStatsGroup[], dims: CaseStatsDimension[], t: TFunction): string {
  const header = [
    ...dims.map((d) => t(`analytics.dimension.${d}`)),
    t('analytics.column.count'),
    t('analytics.column.open'),
    t('analytics.column.overdue'),
    t('analytics.column.resolved'),
    `${t('analytics.column.median')} (min)`,
    `${t('analytics.column.p90')} (min)`,
    t('analytics.column.sla'),
  ];
  const lines = groups.map((g) => [
    ...dims.map((d) => (d === 'WEEK' || d === 'DAY' || d === 'MONTH' ? (g.period?.label ?? '') : groupValue(g, d, t))),
    g.count,
    g.open,
    g.overdue,
    g.resolved,
    g.medianMinutesToResult === null || g.medianMinutesToResult === undefined
      ? ''
      : Math.round(g.medianMinutesToResult),
    g.p90MinutesToResult === null || g.p90MinutesToResult === undefined ? '' : Math.round(g.p90MinutesToResult),
    g.resolvedWithinSla === null || g.resolvedWithinSla === undefined
      ? ''
      : Math.round(g.resolvedWithinSla * 1000) / 1000,
  ]);
  return `\uFEFF${[header, ...lines].map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
