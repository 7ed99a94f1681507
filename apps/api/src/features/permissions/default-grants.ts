import { type Action, type DataScope, type PermissionCode, RESOURCES, type Resource } from '@steward/schema';

/**
 * Posts the rulebook implies but does not name (implied.md §1): customer-service staff (CS-1…11
 * name only the department), the Office's clerk (OM-3, chapter 6), and a read-only analyst.
 */
export const COMPANY_POSITIONS = [
  {
    key: 'customer_service_staff',
    zh: '客户服务专员',
    en: 'Customer Service Officer',
    department: 'customer_service',
    reportsTo: 'company_manager',
    note: 'The rulebook names the Customer Service Department’s duties but no post within it (implied.md §1).',
  },
  {
    key: 'office_clerk',
    zh: '办公室文员',
    en: 'Office Clerk',
    department: 'admin_office',
    reportsTo: 'company_manager',
    note: 'The Office recruits and dismisses staff (OM-3); its chapter is not in the fragment.',
  },
  {
    key: 'facilities_technician',
    zh: '设施维修员',
    en: 'Facilities Technician',
    department: 'facilities',
    reportsTo: 'company_manager',
    note: 'Receives repair requests and complaints forwarded by customer service (CS-5, OM-8); the Facilities chapter is not in the fragment.',
  },
  {
    key: 'analyst',
    zh: '数据分析员',
    en: 'Analyst',
    department: null,
    reportsTo: 'company_manager',
    note: 'Reads everything, changes nothing: for reports and notebooks.',
  },
] as const;

export type RoleKey =
  | 'company_manager'
  | 'customer_service_staff'
  | 'order_maintenance_director'
  | 'order_maintenance_shift_leader'
  | 'order_maintenance_officer'
  | 'fire_supervisor'
  | 'office_clerk'
  | 'facilities_technician'
  | 'analyst';

/** How far a role's grants reach unless a cell says otherwise. */
const ROLE_SCOPE: Record<RoleKey, DataScope> = {
  company_manager: 'ALL',
  customer_service_staff: 'DEPARTMENT',
  order_maintenance_director: 'DEPARTMENT',
  order_maintenance_shift_leader: 'SITE',
  order_maintenance_officer: 'OWN',
  fire_supervisor: 'DEPARTMENT',
  office_clerk: 'ALL',
  facilities_technician: 'OWN',
  analyst: 'ALL',
};

const LETTER: Record<string, Action> = { V: 'read', C: 'create', U: 'handle', A: 'approve', M: 'manage' };

/**
 * The permission sketch of implied.md §6, cell by cell (V view, C create, U handle, A approve,
 * M manage; `:SCOPE` overrides the role's reach). Creating, handling or approving implies viewing.
 * Rows for Steward's own settings (staff, permission, api_token, audit) are ours.
 */
const SKETCH: Record<Resource, Partial<Record<RoleKey, string>>> = {
  rulebook: {
    facilities_technician: 'V:ALL',
    company_manager: 'VM:ALL',
    customer_service_staff: 'V:ALL',
    order_maintenance_director: 'V:ALL',
    order_maintenance_shift_leader: 'V:ALL',
    order_maintenance_officer: 'V:ALL',
    fire_supervisor: 'V:ALL',
    office_clerk: 'V:ALL',
  },
  staff: {
    facilities_technician: 'V',
    // The sketch gives the manager A (approve) for recruitment and dismissal; C and U are ours, so
    // that privileged posts (which only the manager may assign) can be filled at all.
    company_manager: 'VCUA',
    // Customer service forwards matters to the relevant department AND person (CS-5): it needs
    // the company's whole directory to choose the person.
    customer_service_staff: 'V:ALL',
    order_maintenance_director: 'VU',
    order_maintenance_shift_leader: 'V',
    order_maintenance_officer: 'V',
    fire_supervisor: 'V',
    office_clerk: 'VCU',
  },
  permission: { company_manager: 'VM', office_clerk: 'V' },
  api_token: { company_manager: 'M' },
  audit: { company_manager: 'V', order_maintenance_director: 'V' },
  // Reading the API's schema in production (introspection): nobody by default — the rulebook has
  // no IT post. The manager grants it to whoever builds against the API (docs/limits.md).
  developer: {},
  service_level: {
    company_manager: 'VM',
    customer_service_staff: 'V',
    order_maintenance_director: 'V',
    order_maintenance_shift_leader: 'V',
  },
  // Areas and patrol checkpoints (master data M1) are site facts: the director keeps them; whoever
  // patrols, reports or reviews at a site reads them.
  place: {
    company_manager: 'VM',
    customer_service_staff: 'V:SITE',
    order_maintenance_director: 'VM',
    order_maintenance_shift_leader: 'V',
    order_maintenance_officer: 'V:SITE',
    fire_supervisor: 'V:SITE',
    facilities_technician: 'V:SITE',
  },
  customer_file: {
    company_manager: 'V',
    customer_service_staff: 'CU',
    order_maintenance_director: 'V',
    order_maintenance_shift_leader: 'V',
  },
  reception: { company_manager: 'V', customer_service_staff: 'CU' },
  complaint: {
    facilities_technician: 'U',
    company_manager: 'V',
    customer_service_staff: 'CUA',
    order_maintenance_director: 'CUA',
    order_maintenance_shift_leader: 'CU',
  },
  service_request: { company_manager: 'V', customer_service_staff: 'CUA', facilities_technician: 'U' },
  referral: { company_manager: 'V', customer_service_staff: 'C', order_maintenance_director: 'V' },
  rental: { company_manager: 'V', customer_service_staff: 'CUA' },
  notice: {
    // “other depts V” in the sketch: the technician reads notices too (and may be asked to acknowledge them).
    facilities_technician: 'V',
    company_manager: 'VA',
    customer_service_staff: 'CU',
    order_maintenance_director: 'V',
    order_maintenance_shift_leader: 'V',
    order_maintenance_officer: 'V',
    fire_supervisor: 'V',
    office_clerk: 'V',
  },
  meeting: {
    company_manager: 'V',
    customer_service_staff: 'C',
    order_maintenance_director: 'V',
    order_maintenance_shift_leader: 'C',
    order_maintenance_officer: 'V',
  },
  report: {
    company_manager: 'VA',
    customer_service_staff: 'C',
    order_maintenance_director: 'C',
    order_maintenance_shift_leader: 'C',
    office_clerk: 'V',
  },
  task: {
    company_manager: 'CA',
    customer_service_staff: 'U',
    order_maintenance_director: 'CUA',
    order_maintenance_shift_leader: 'U',
  },
  incident: {
    company_manager: 'V',
    customer_service_staff: 'CU',
    order_maintenance_director: 'CUA',
    order_maintenance_shift_leader: 'CU',
    order_maintenance_officer: 'C',
    fire_supervisor: 'C',
  },
  escalation: {
    company_manager: 'V',
    customer_service_staff: 'C',
    order_maintenance_director: 'C',
    order_maintenance_shift_leader: 'C',
    order_maintenance_officer: 'C',
    fire_supervisor: 'C',
  },
  // The director reviews missed patrols (C1: "listed on the Director's dashboard"): A is ours.
  patrol: {
    customer_service_staff: 'V',
    order_maintenance_director: 'VA',
    order_maintenance_shift_leader: 'CU',
    order_maintenance_officer: 'CU',
  },
  inspection: {
    company_manager: 'V',
    customer_service_staff: 'V',
    order_maintenance_director: 'CUA',
    order_maintenance_shift_leader: 'C',
    fire_supervisor: 'CU',
  },
  external_inspection: { company_manager: 'V', order_maintenance_director: 'CU' },
  liaison: {
    company_manager: 'V',
    order_maintenance_director: 'CU',
    order_maintenance_shift_leader: 'V',
    order_maintenance_officer: 'V',
  },
  takeover: { company_manager: 'V', order_maintenance_director: 'CU' },
  // Passes are written and approved on customer service's side (sketch "C (passes)"; issue 6:
  // "approved by whom"); A is ours, so that the approver is a grant the manager can move.
  goods_vehicle: {
    customer_service_staff: 'CA',
    order_maintenance_director: 'V',
    order_maintenance_shift_leader: 'V',
    order_maintenance_officer: 'C',
  },
  cleaning_check: {
    company_manager: 'V',
    order_maintenance_director: 'C',
    order_maintenance_shift_leader: 'C',
    order_maintenance_officer: 'C',
  },
  fire_safety: {
    company_manager: 'V',
    order_maintenance_director: 'CUA',
    order_maintenance_shift_leader: 'V',
    order_maintenance_officer: 'V',
    fire_supervisor: 'CU',
    office_clerk: 'V',
  },
  training: {
    company_manager: 'V',
    order_maintenance_director: 'CA',
    order_maintenance_shift_leader: 'C',
    order_maintenance_officer: 'V:OWN',
    office_clerk: 'V',
  },
  roster: {
    order_maintenance_director: 'CA',
    order_maintenance_shift_leader: 'U',
    order_maintenance_officer: 'V:OWN',
    office_clerk: 'V',
  },
  attendance: {
    order_maintenance_director: 'V',
    order_maintenance_shift_leader: 'C',
    order_maintenance_officer: 'V:OWN',
    office_clerk: 'V',
  },
  handover: { order_maintenance_director: 'V', order_maintenance_shift_leader: 'CA' },
  duty_log: {
    company_manager: 'V',
    customer_service_staff: 'C',
    // DIR-10 按时检查各部门值班记录: the director reviews every department's log, not only their own.
    order_maintenance_director: 'VA:ALL',
    order_maintenance_shift_leader: 'C',
    order_maintenance_officer: 'C',
    office_clerk: 'C',
  },
  discipline: {
    order_maintenance_director: 'V',
    order_maintenance_shift_leader: 'C',
    order_maintenance_officer: 'V:OWN',
    office_clerk: 'V',
  },
};

export interface DefaultGrant {
  position: RoleKey;
  permission: PermissionCode;
  scope: DataScope;
}

/** The default mapping, expanded: one grant per role × permission. */
export function defaultGrants(): DefaultGrant[] {
  const grants = new Map<string, DefaultGrant>();
  const add = (position: RoleKey, permission: PermissionCode, scope: DataScope) =>
    grants.set(`${position}|${permission}`, { position, permission, scope });

  for (const resource of Object.keys(SKETCH) as Resource[]) {
    const actions = RESOURCES[resource].actions as readonly Action[];
    for (const [role, cell] of Object.entries(SKETCH[resource]) as [RoleKey, string][]) {
      const [letters = '', override] = cell.split(':');
      const scope = (override as DataScope | undefined) ?? ROLE_SCOPE[role];
      const wanted = new Set([...letters].map((l) => LETTER[l]));
      if (wanted.size && !wanted.has('manage') && actions.includes('read')) wanted.add('read');
      for (const action of wanted) {
        if (!action || !actions.includes(action)) throw new Error(`sketch: ${resource} has no action ${action}`);
        add(role, `${resource}.${action}` as PermissionCode, scope);
      }
    }
    // The analyst reads everything there is to read, company-wide, and changes nothing.
    if (actions.includes('read') && resource !== 'permission' && resource !== 'audit')
      add('analyst', `${resource}.read` as PermissionCode, 'ALL');
  }
  return [...grants.values()];
}
