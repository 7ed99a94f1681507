import type { Shape } from '../shape.js';

/** Messages of the bulk export page (数据导出). */
export const exportsZh = {
  nav: '数据导出',
  title: '数据导出',
  subtitle: '按时间段下载您有权查看的数据：CSV 可直接用 Excel 打开，NDJSON 便于程序处理。',
  range: '时间段',
  site: '项目',
  allSites: '全部项目',
  department: '部门',
  allDepartments: '全部部门',
  rangeTooLong: '一次最多导出 {{days}} 天，请缩短时间段。',
  rangeRequired: '请选择时间段。',
  notes:
    '时间一律为 UTC（ISO-8601）。CSV 为 UTF-8（带 BOM），以 =、+、-、@ 开头的文字前加单引号，防止被表格软件当作公式执行。每次下载都会记入审计日志。',
  columns_one: '{{count}} 列',
  columns_other: '{{count}} 列',
  showColumns: '查看字段',
  column: '字段',
  type: '类型',
  meaning: '含义',
  ndjsonOnly: '仅 NDJSON',
  noSiteFilter: '不按项目筛选',
  timeColumn: '按 {{column}} 筛选时间',
  downloadCsv: '下载 CSV',
  downloadNdjson: '下载 NDJSON',
  none: '您没有可导出的数据。',
  apiHint: '在程序中使用：带 API 令牌（读取权限）请求 {{url}}',
  datasets: {
    cases: { title: '事项', description: '时间段内登记的全部事项，含处理进度；NDJSON 中附每件事项的处理记录。' },
    'case-events': { title: '事项处理记录', description: '上述事项的处理记录，每条一行（派单、转告、办结等）。' },
    incidents: { title: '突发事件', description: '治安、火警、交通事故、刑事案件、设备故障等事件及其详情。' },
    'patrol-scans': { title: '巡逻打卡', description: '巡逻签到点的每次打卡：时间、地点、人员、发现的情况。' },
    attendance: { title: '考勤', description: '时间段内开始的班次上每个在岗人员的签到、签退和考勤结果。' },
    'audit-events': { title: '审计日志', description: '谁在何时对哪条记录做了什么改动。' },
  },
};

export const exportsEn: Shape<typeof exportsZh> = {
  nav: 'Exports',
  title: 'Data exports',
  subtitle: 'Download what you may read, by date range: CSV opens in Excel, NDJSON suits programs.',
  range: 'Date range',
  site: 'Site',
  allSites: 'All sites',
  department: 'Department',
  allDepartments: 'All departments',
  rangeTooLong: 'At most {{days}} days per export: shorten the range.',
  rangeRequired: 'Choose a date range.',
  notes:
    'Times are in UTC (ISO-8601). CSV is UTF-8 with a BOM; text starting with =, +, - or @ gets a leading apostrophe so spreadsheets never run it as a formula. Every download is recorded in the audit log.',
  columns_one: '{{count}} column',
  columns_other: '{{count}} columns',
  showColumns: 'Columns',
  column: 'Column',
  type: 'Type',
  meaning: 'Meaning',
  ndjsonOnly: 'NDJSON only',
  noSiteFilter: 'not filtered by site',
  timeColumn: 'dates apply to {{column}}',
  downloadCsv: 'Download CSV',
  downloadNdjson: 'Download NDJSON',
  none: 'There is nothing you may export.',
  apiHint: 'From a program: request {{url}} with an API token that may read',
  datasets: {
    cases: {
      title: 'Cases',
      description: 'Every case recorded in the range, with its progress; NDJSON nests each timeline.',
    },
    'case-events': {
      title: 'Case timelines',
      description: 'The timelines of those cases, one entry per row (assigned, referred, resolved…).',
    },
    incidents: {
      title: 'Incidents',
      description: 'Public order, fire, traffic, criminal, equipment failures and more, with their details.',
    },
    'patrol-scans': {
      title: 'Patrol scans',
      description: 'Every checkpoint scan: when, where, who, and what was seen.',
    },
    attendance: {
      title: 'Attendance',
      description: 'Check-in, check-out and attendance status of everyone rostered on shifts in the range.',
    },
    'audit-events': { title: 'Audit log', description: 'Who changed which record, and when.' },
  },
};
