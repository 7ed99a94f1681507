/**
 * The permission catalogue: one permission per record type and action. Shared by the API (which
 * enforces it) and clients (which show only what the viewer may use). The record types follow
 * the rulebook's implied records (R1–R42 in implied.md); the actions follow its permission sketch:
 * V → read, C → create, U → handle, A → approve (approve/close/verify), plus manage for settings.
 */
export const ACTIONS = ['read', 'create', 'handle', 'approve', 'manage'] as const;
export type Action = (typeof ACTIONS)[number];

/** How far a grant reaches: every record, the grantee's department, site(s), team, or their own. */
export const DATA_SCOPES = ['ALL', 'DEPARTMENT', 'SITE', 'TEAM', 'OWN'] as const;
export type DataScope = (typeof DATA_SCOPES)[number];

interface ResourceInfo {
  zh: string;
  en: string;
  /** The implied record types (implied.md §3) it covers; empty for Steward's own settings. */
  records: readonly string[];
  actions: readonly Action[];
}

const RECORD: readonly Action[] = ['read', 'create', 'handle', 'approve'];

export const RESOURCES = {
  rulebook: { zh: '规章制度与岗位职责', en: 'Rules and job duties', records: ['R14'], actions: ['read', 'manage'] },
  staff: { zh: '员工与入离职', en: 'Staff and their lifecycle', records: ['R34'], actions: RECORD },
  permission: { zh: '岗位权限', en: 'Position permissions', records: [], actions: ['read', 'manage'] },
  api_token: { zh: 'API 令牌', en: 'API tokens', records: [], actions: ['manage'] },
  audit: { zh: '审计日志', en: 'Audit log', records: [], actions: ['read'] },
  // In production the API tells its schema (introspection, "Did you mean …" hints) only to holders.
  developer: { zh: '开发者工具（接口结构查询）', en: 'Developer tools (API schema)', records: [], actions: ['manage'] },
  service_level: { zh: '服务时限', en: 'Service levels', records: [], actions: ['read', 'manage'] },
  place: { zh: '区域与巡查点', en: 'Areas and checkpoints', records: [], actions: ['read', 'manage'] },
  customer_file: { zh: '客户档案', en: 'Customer files', records: ['R1'], actions: RECORD },
  reception: { zh: '来访接待', en: 'Walk-in reception', records: ['R2'], actions: RECORD },
  complaint: { zh: '投诉', en: 'Complaints', records: ['R3'], actions: RECORD },
  service_request: {
    zh: '咨询、特约服务与报修',
    en: 'Inquiries, special services and repairs',
    records: ['R4', 'R5', 'R6'],
    actions: RECORD,
  },
  referral: { zh: '转告', en: 'Referrals', records: ['R7'], actions: RECORD },
  rental: { zh: '房屋租赁', en: 'Rentals', records: ['R8'], actions: RECORD },
  notice: { zh: '通知告示', en: 'Notices', records: ['R9'], actions: RECORD },
  meeting: { zh: '会议', en: 'Meetings', records: ['R11'], actions: RECORD },
  report: { zh: '报告与计划', en: 'Reports and plans', records: ['R12'], actions: RECORD },
  task: { zh: '交办任务', en: 'Assigned tasks', records: ['R13'], actions: RECORD },
  incident: { zh: '突发事件与案件', en: 'Incidents and cases', records: ['R16'], actions: RECORD },
  escalation: { zh: '上报', en: 'Escalations', records: ['R17'], actions: RECORD },
  patrol: { zh: '巡查记录', en: 'Patrols', records: ['R18'], actions: RECORD },
  inspection: { zh: '安全检查与整改', en: 'Inspections and rectification', records: ['R19', 'R20'], actions: RECORD },
  external_inspection: { zh: '接受外部检查', en: 'External inspections', records: ['R21'], actions: RECORD },
  liaison: { zh: '联络与应急电话', en: 'Liaison and emergency contacts', records: ['R22', 'R23'], actions: RECORD },
  takeover: { zh: '设备设施接管', en: 'Equipment takeover', records: ['R24'], actions: RECORD },
  goods_vehicle: { zh: '物品与车辆进出', en: 'Goods and vehicles', records: ['R25', 'R26'], actions: RECORD },
  cleaning_check: { zh: '清洁绿化检查', en: 'Cleaning and greening checks', records: ['R27'], actions: RECORD },
  fire_safety: {
    zh: '消防安全',
    en: 'Fire safety',
    records: ['R28', 'R29', 'R30', 'R31', 'R32'],
    actions: RECORD,
  },
  training: { zh: '培训与考核', en: 'Training and assessment', records: ['R33'], actions: RECORD },
  roster: { zh: '排班与岗位分配', en: 'Rosters and posts', records: ['R35'], actions: RECORD },
  attendance: { zh: '考勤', en: 'Attendance', records: ['R36'], actions: RECORD },
  handover: {
    zh: '交接班、物资与公款',
    en: 'Handover, materials and cash',
    records: ['R37', 'R39', 'R40'],
    actions: RECORD,
  },
  duty_log: { zh: '值班记录', en: 'Duty logs', records: ['R38'], actions: RECORD },
  discipline: { zh: '仪容检查与违纪', en: 'Grooming and discipline', records: ['R41', 'R42'], actions: RECORD },
} as const satisfies Record<string, ResourceInfo>;

export type Resource = keyof typeof RESOURCES;
export type PermissionCode = {
  [R in Resource]: `${R}.${(typeof RESOURCES)[R]['actions'][number]}`;
}[Resource];

/** Every permission code, in catalogue order. */
export const PERMISSION_CODES: readonly PermissionCode[] = (Object.keys(RESOURCES) as Resource[]).flatMap((r) =>
  RESOURCES[r].actions.map((a) => `${r}.${a}` as PermissionCode),
);

export function isPermissionCode(value: string): value is PermissionCode {
  return (PERMISSION_CODES as readonly string[]).includes(value);
}

/** Scopes of an API token: `read` answers queries with its owner's reach; `board` only live boards. */
export const TOKEN_SCOPES = ['read', 'board'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
