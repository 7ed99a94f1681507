import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import type { Logger } from '../../logger.js';
import { hashPassword } from '../auth/secrets.js';
import { Department } from '../rulebook/department.entity.js';
import { Position } from '../rulebook/position.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { loadDemoAttendance } from './demo-attendance.js';
import { loadDemoBoard } from './demo-board.js';
import { loadDemoCases } from './demo-cases.js';
import type { DemoDeps } from './demo-context.js';
import { loadDemoCustomerFiles } from './demo-customers.js';
import { loadDemoFireSafety } from './demo-fire-safety.js';
import { loadDemoContactsAndGate } from './demo-gate.js';
import { loadDemoHandovers } from './demo-handover.js';
import { loadDemoIncidents } from './demo-incidents.js';
import { loadDemoInspections } from './demo-inspections.js';
import { loadDemoMeetings } from './demo-meetings.js';
import { loadDemoNotices } from './demo-notices.js';
import { loadDemoPatrols } from './demo-patrols.js';
import { loadDemoReception } from './demo-reception.js';
import { loadDemoRosters } from './demo-rosters.js';
import { loadDemoShifts } from './demo-shifts.js';

/** Published on purpose: demo data is refused in production (see config). */
export const DEMO_PASSWORD = 'Steward2026';

export const DEMO_SITES = [
  { code: 'CUIHU', zh: '翠湖花园', en: 'Emerald Lake Gardens' },
  { code: 'JINQIAO', zh: '金桥大厦', en: 'Golden Bridge Tower' },
] as const;

/** One sign-in per role, then colleagues enough for a believable directory. */
export const DEMO_STAFF = [
  { username: 'manager', no: 'E0001', name: '王建国', position: 'company_manager', sites: ['CUIHU', 'JINQIAO'] },
  { username: 'cs', no: 'E0101', name: '李晓梅', position: 'customer_service_staff', sites: ['CUIHU'] },
  {
    username: 'director',
    no: 'E0201',
    name: '张伟',
    position: 'order_maintenance_director',
    sites: ['CUIHU', 'JINQIAO'],
  },
  { username: 'leader', no: 'E0202', name: '刘强', position: 'order_maintenance_shift_leader', sites: ['CUIHU'] },
  { username: 'officer', no: 'E0203', name: '陈磊', position: 'order_maintenance_officer', sites: ['CUIHU'] },
  { username: 'fire', no: 'E0204', name: '赵敏', position: 'fire_supervisor', sites: ['CUIHU', 'JINQIAO'] },
  { username: 'clerk', no: 'E0301', name: '孙丽', position: 'office_clerk', sites: ['CUIHU', 'JINQIAO'] },
  { username: 'analyst', no: 'E0401', name: '周敏', position: 'analyst', sites: ['CUIHU', 'JINQIAO'] },
  { username: 'tech', no: 'E0501', name: '郑海', position: 'facilities_technician', sites: ['CUIHU', 'JINQIAO'] },
  { username: 'cs2', no: 'E0102', name: '吴芳', position: 'customer_service_staff', sites: ['JINQIAO'] },
  { username: 'leader2', no: 'E0205', name: '黄志刚', position: 'order_maintenance_shift_leader', sites: ['JINQIAO'] },
  { username: 'officer2', no: 'E0206', name: '杨帆', position: 'order_maintenance_officer', sites: ['CUIHU'] },
  { username: 'officer3', no: 'E0207', name: '徐鹏', position: 'order_maintenance_officer', sites: ['CUIHU'] },
  { username: 'officer4', no: 'E0208', name: '马超', position: 'order_maintenance_officer', sites: ['JINQIAO'] },
  // Three shift teams work CUIHU around the clock: each needs its leader and officers.
  { username: 'leader3', no: 'E0209', name: '何军', position: 'order_maintenance_shift_leader', sites: ['CUIHU'] },
  { username: 'leader4', no: 'E0210', name: '罗斌', position: 'order_maintenance_shift_leader', sites: ['CUIHU'] },
  { username: 'officer5', no: 'E0211', name: '林涛', position: 'order_maintenance_officer', sites: ['CUIHU'] },
  { username: 'officer6', no: 'E0212', name: '高翔', position: 'order_maintenance_officer', sites: ['CUIHU'] },
] as const;

/**
 * The demo organisation (on an empty staff table only), demo customer files (on a database
 * without buildings or customers only), demo cases (without cases only), the desks' reception
 * log and the cases it opened (on an empty log only), notices (without notices only), and
 * meetings and the tasks they gave (without meetings only), the control room's board token
 * (without API tokens only): never over a company's own data.
 */
export async function loadDemoData(em: Context['em'], log: Logger, deps: DemoDeps): Promise<void> {
  await loadDemoOrganisation(em, log);
  await loadDemoCustomerFiles(em, log);
  await loadDemoCases(em, log, deps);
  await loadDemoReception(em, log);
  await loadDemoNotices(em, log);
  await loadDemoMeetings(em, log);
  await loadDemoShifts(em, log, deps);
  await loadDemoRosters(em, log, deps);
  await loadDemoAttendance(em, log, deps);
  await loadDemoPatrols(em, log, deps);
  await loadDemoHandovers(em, log, deps);
  await loadDemoIncidents(em, log, deps);
  await loadDemoFireSafety(em, log, deps);
  await loadDemoContactsAndGate(em, log, deps);
  await loadDemoInspections(em, log, deps);
  await loadDemoBoard(em, log, deps);
}

async function loadDemoOrganisation(em: EntityManager, log: Logger): Promise<void> {
  if ((await em.count(Staff, {})) > 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await em.transactional(async (tx) => {
    const sites = new Map<string, Site>();
    for (const s of DEMO_SITES) {
      const site =
        (await tx.findOne(Site, { code: s.code })) ?? tx.create(Site, { code: s.code, nameZh: s.zh, nameEn: s.en });
      sites.set(s.code, site);
    }
    for (const person of DEMO_STAFF) {
      const position = await tx.findOneOrFail(Position, { key: person.position });
      const staff = tx.create(Staff, {
        id: randomUUID(),
        employeeNo: person.no,
        name: person.name,
        phone: `138${person.no.slice(1).padStart(8, '0')}`,
        position,
        department: position.department ? tx.getReference(Department, position.department.unwrap().key) : null,
        hireDate: '2025-03-01',
        username: person.username,
        passwordHash,
        mustChangePassword: false,
      });
      staff.sites.set(person.sites.map((code) => sites.get(code) as Site));
    }
  });
  log.info({ users: DEMO_STAFF.length }, 'loaded the demo organisation');
}

/** For the console at start-up (development only: demo data is refused in production). */
export function demoSignIns(): string {
  const width = Math.max(...DEMO_STAFF.map((s) => s.username.length));
  return [
    `  Demo sign-ins, password ${DEMO_PASSWORD} for all:`,
    ...DEMO_STAFF.slice(0, 9).map((s) => `    ${s.username.padEnd(width)}  ${s.name}  (${s.position})`),
  ].join('\n');
}
