import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from '../../logger.js';
import { Case } from '../cases/case.entity.js';
import { CaseChannel, CaseEventType, CaseKind, CaseStatus, Priority, Severity } from '../cases/case.enums.js';
import { caseKind } from '../cases/case.kinds.js';
import { CaseEvent } from '../cases/case-event.entity.js';
import { CaseSequence } from '../cases/case-sequence.entity.js';
import { defaultSla } from '../cases/sla.defaults.js';
import { Customer } from '../customers/customer.entity.js';
import { CustomerRole, UnitUsage } from '../customers/customer.enums.js';
import { Occupancy } from '../customers/occupancy.entity.js';
import { Unit } from '../customers/unit.entity.js';
import { VisitPurpose, VisitStatus } from '../reception/reception.enums.js';
import { ReceptionVisit } from '../reception/reception-visit.entity.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { DEMO_CUSTOMER_ANCHORS } from './demo-customers.js';

/**
 * Two weeks of the service desks' reception logs (来访接待记录): walk-ins at 翠湖花园 taken by 李晓梅
 * (cs) and at 金桥大厦 by 吴芳 (cs2). Most were answered on the spot; a few became cases, which are
 * created here with their timelines. Those cases are 吴芳's and the technician's, never cs's own,
 * so the desk's "mine" queue of a new demo database starts empty.
 */

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const ZONE = 'Asia/Shanghai';

/**
 * A moment `daysAgo` days back at `hh:mm` Shanghai time. "Today" at a time still to come (a demo
 * started early in the morning) is taken as the day before, so nothing is ever ahead of now.
 */
function at(now: Date, daysAgo: number, time: string): Date {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(now.getTime() - daysAgo * DAY))
    .slice(0, 10);
  const moment = new Date(`${day}T${time}:00+08:00`);
  return moment.getTime() > now.getTime() - 5 * MINUTE ? new Date(moment.getTime() - DAY) : moment;
}

interface CaseStep {
  type: CaseEventType;
  /** Minutes after the visit. */
  after: number;
  by: 'desk' | 'tech';
  note?: string;
}

interface DemoCase {
  kind: CaseKind;
  title: string;
  description: string;
  status: CaseStatus;
  /** Who holds it after the steps: the desk clerk who took it, or the technician it was referred to. */
  holder: 'desk' | 'tech';
  steps: CaseStep[];
  result?: string;
  satisfaction?: number;
  feedback?: string;
}

interface DemoVisit {
  site: 'CUIHU' | 'JINQIAO';
  daysAgo: number;
  time: string;
  /** Who came: a customer found by `find`, or a walk-in not on file. */
  who: { customer: string; unit: string } | { name: string; phone: string; unit?: string };
  purpose: VisitPurpose;
  summary: string;
  outcome?: string;
  status: VisitStatus;
  /** Minutes after the visit it was closed (or voided). */
  closedAfter?: number;
  voidReason?: string;
  opened?: DemoCase;
}

/** `customer` names: an anchor, or `role@unit` for whoever holds that role at that unit today. */
const VISITS: DemoVisit[] = [
  {
    site: 'CUIHU',
    daysAgo: 13,
    time: '09:40',
    who: { customer: DEMO_CUSTOMER_ANCHORS.tenant.name, unit: DEMO_CUSTOMER_ANCHORS.unit.code },
    purpose: VisitPurpose.QUESTION,
    summary: '询问本月起物业费是否上调，以及租户能否代业主缴纳物业费。',
    outcome: '告知物业费标准未调整；租户可凭业主授权书代缴，已提供授权书模板。',
    status: VisitStatus.CLOSED,
    closedAfter: 12,
  },
  {
    site: 'JINQIAO',
    daysAgo: 12,
    time: '10:10',
    who: { customer: DEMO_CUSTOMER_ANCHORS.office.tenant, unit: DEMO_CUSTOMER_ANCHORS.office.code },
    purpose: VisitPurpose.REPAIR,
    summary: '行政人员来反映：办公室空调出风口漏水，滴到靠窗工位，已影响办公。',
    outcome: '已登记报修，转设施维护部上门处理。',
    status: VisitStatus.CLOSED,
    closedAfter: 10,
    opened: {
      kind: CaseKind.REPAIR,
      title: 'A-1202办公室空调出风口漏水',
      description: '客户到服务台反映：办公室靠窗一侧空调出风口漏水，滴到工位，请尽快上门处理。',
      status: CaseStatus.CLOSED,
      holder: 'tech',
      steps: [
        { type: CaseEventType.REFERRED, after: 8, by: 'desk', note: '请上门检查空调冷凝水管' },
        { type: CaseEventType.ACKNOWLEDGED, after: 25, by: 'tech' },
        { type: CaseEventType.STARTED, after: 70, by: 'tech' },
        {
          type: CaseEventType.RESOLVED,
          after: 150,
          by: 'tech',
          note: '冷凝水管堵塞导致溢水，已疏通并更换接水盘，试机两小时无渗漏。',
        },
        { type: CaseEventType.CLOSED, after: 1500, by: 'desk', note: '维修及时，工位已恢复使用。' },
      ],
      result: '冷凝水管堵塞导致溢水，已疏通并更换接水盘，试机两小时无渗漏。',
      satisfaction: 5,
      feedback: '维修及时，工位已恢复使用。',
    },
  },
  {
    site: 'CUIHU',
    daysAgo: 11,
    time: '15:10',
    who: { customer: 'OWNER@1-902', unit: '1-902' },
    purpose: VisitPurpose.COMPLAINT,
    summary: '反映楼上住户装修，晚上九点后仍在敲打，影响家中老人休息。',
    outcome: '查装修登记，施工时间限于 8:00–12:00、14:00–18:00；已当场电话提醒楼上住户并记入装修档案，客户表示接受。',
    status: VisitStatus.CLOSED,
    closedAfter: 25,
  },
  {
    site: 'CUIHU',
    daysAgo: 9,
    time: '10:25',
    who: { name: '孙先生', phone: '139 0021 5521' },
    purpose: VisitPurpose.RENTAL,
    summary: '想在小区租一套两居室，询问是否有业主委托出租的房源。',
    outcome: '登记了需求（两居室、月租 5000 元以内、年底前入住），有合适房源时电话联系。',
    status: VisitStatus.CLOSED,
    closedAfter: 15,
  },
  {
    site: 'JINQIAO',
    daysAgo: 8,
    time: '14:45',
    who: { customer: 'TENANT@OFFICE', unit: 'OFFICE' },
    purpose: VisitPurpose.COMPLAINT,
    summary: '投诉上周六大堂和电梯厅空调未开，加班员工进出很闷热。',
    status: VisitStatus.CLOSED,
    closedAfter: 30,
    opened: {
      kind: CaseKind.COMPLAINT,
      title: '周末大堂空调未开启',
      description: '客户到服务台投诉：上周六大堂和电梯厅空调未开，加班员工进出闷热，希望周末也能开启。',
      status: CaseStatus.RESOLVED,
      holder: 'desk',
      steps: [
        { type: CaseEventType.ASSIGNED, after: 5, by: 'desk' },
        { type: CaseEventType.STARTED, after: 6, by: 'desk' },
        {
          type: CaseEventType.COMMENTED,
          after: 240,
          by: 'desk',
          note: '已与设施维护部沟通周末空调运行安排。',
        },
        {
          type: CaseEventType.RESOLVED,
          after: 1440,
          by: 'desk',
          note: '周末大堂空调按需开启：加班单位提前一天到服务台登记即可；已电话告知客户。',
        },
      ],
      result: '周末大堂空调按需开启：加班单位提前一天到服务台登记即可；已电话告知客户。',
    },
  },
  {
    site: 'CUIHU',
    daysAgo: 7,
    time: '16:30',
    who: { customer: 'OWNER@2-1501', unit: '2-1501' },
    purpose: VisitPurpose.INQUIRY,
    summary: '咨询地下车位月租的办理流程和需要带的材料。',
    outcome: '告知需行驶证、身份证复印件，在服务台填表即可办理，月租 300 元；已给办理须知。',
    status: VisitStatus.CLOSED,
    closedAfter: 10,
  },
  {
    site: 'JINQIAO',
    daysAgo: 6,
    time: '09:20',
    who: { customer: DEMO_CUSTOMER_ANCHORS.office.tenant, unit: DEMO_CUSTOMER_ANCHORS.office.code },
    purpose: VisitPurpose.OTHER,
    summary: '领取门禁卡两张。',
    status: VisitStatus.VOIDED,
    closedAfter: 20,
    voidReason: '与同日已登记的门禁卡办理记录重复',
  },
  {
    site: 'CUIHU',
    daysAgo: 5,
    time: '11:05',
    who: { customer: DEMO_CUSTOMER_ANCHORS.owner.name, unit: DEMO_CUSTOMER_ANCHORS.unit.code },
    purpose: VisitPurpose.RENTAL,
    summary: '业主从外地回来，询问房屋委托出租后租户入住登记的要求。',
    outcome: '说明租户须到服务台登记身份信息和联系电话；已核对现租户刘洋的登记信息，并为业主更新了微信联系方式。',
    status: VisitStatus.CLOSED,
    closedAfter: 20,
  },
  {
    site: 'JINQIAO',
    daysAgo: 4,
    time: '11:30',
    who: { customer: 'TENANT@SHOP', unit: 'SHOP' },
    purpose: VisitPurpose.RENTAL,
    summary: '商铺租户有意扩租隔壁空置商铺，询问租金、租期和打通隔墙的条件。',
    status: VisitStatus.OPEN,
    opened: {
      kind: CaseKind.RENTAL,
      title: '商铺租户咨询扩租隔壁空置商铺',
      description: '租户到服务台咨询：有意扩租隔壁空置商铺，想了解租金、租期及打通隔墙是否可行。',
      status: CaseStatus.IN_PROGRESS,
      holder: 'desk',
      steps: [
        { type: CaseEventType.ASSIGNED, after: 3, by: 'desk' },
        { type: CaseEventType.STARTED, after: 4, by: 'desk' },
        {
          type: CaseEventType.COMMENTED,
          after: 1500,
          by: 'desk',
          note: '已将扩租意向转告业主金桥置业，等待对方报价。',
        },
      ],
    },
  },
  {
    site: 'CUIHU',
    daysAgo: 3,
    time: '14:20',
    who: { customer: 'OWNER@3-302', unit: '3-302' },
    purpose: VisitPurpose.OTHER,
    summary: '领取服务台代收的快递包裹，并询问代收服务时间。',
    outcome: '包裹已当面领取；代收时间为每日 8:30–20:00。',
    status: VisitStatus.CLOSED,
    closedAfter: 5,
  },
  {
    site: 'CUIHU',
    daysAgo: 2,
    time: '09:15',
    who: { customer: 'OWNER@2-602', unit: '2-602' },
    purpose: VisitPurpose.REPAIR,
    summary: '反映 2 栋单元门门禁刷卡经常失灵，进出要按门铃请人开门。',
    status: VisitStatus.OPEN,
  },
  {
    site: 'JINQIAO',
    daysAgo: 1,
    time: '16:05',
    who: { name: '孙经理', phone: '139 0021 1202', unit: DEMO_CUSTOMER_ANCHORS.office.code },
    purpose: VisitPurpose.INQUIRY,
    summary: '金桥数科行政孙经理咨询办公室局部改造的报批流程和施工时间要求。',
    outcome: '提供装修申报表和施工须知：须提前 5 个工作日报批，噪音施工限工作日 19:00 后或周末。',
    status: VisitStatus.CLOSED,
    closedAfter: 15,
  },
  {
    site: 'CUIHU',
    daysAgo: 0,
    time: '09:50',
    who: { customer: 'OWNER@1-1801', unit: '1-1801' },
    purpose: VisitPurpose.COMPLAINT,
    summary: '反映东门旁垃圾桶两天没有清运，气味很大，夏天招蚊虫。',
    status: VisitStatus.OPEN,
  },
  {
    site: 'CUIHU',
    daysAgo: 0,
    time: '10:30',
    who: { name: '王阿姨', phone: '138 0175 2261' },
    purpose: VisitPurpose.QUESTION,
    summary: '询问社区老年活动室的开放时间和能否借用场地办书法小组。',
    outcome: '活动室每周二、四、六下午开放；借用场地需提前一周到服务台登记，已登记其书法小组的需求。',
    status: VisitStatus.OPEN,
  },
];

function dayKey(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(date)
    .replaceAll('-', '');
}

/** On a database whose reception log is empty, with the demo customer files loaded: never over real data. */
export async function loadDemoReception(em: EntityManager, log: Logger, now: Date = new Date()): Promise<void> {
  if ((await em.count(ReceptionVisit, {})) > 0) return;
  const anchor = await em.findOne(Customer, { name: DEMO_CUSTOMER_ANCHORS.owner.name });
  const cs = await em.findOne(Staff, { username: 'cs' });
  const cs2 = await em.findOne(Staff, { username: 'cs2' });
  const tech = await em.findOne(Staff, { username: 'tech' });
  if (!anchor || !cs || !cs2 || !tech) return;

  await em.transactional(async (tx) => {
    const sites = new Map((await tx.find(Site, {})).map((s) => [s.code, s]));
    const department = await tx.findOneOrFail(Department, { key: 'customer_service' });
    const facilities = await tx.findOne(Department, { key: 'facilities' });
    const current = await tx.find(
      Occupancy,
      { toDate: null },
      { populate: ['unit', 'customer'], orderBy: { unit: { code: 'asc' } } },
    );
    const jinqiaoTenant = (usage: UnitUsage) =>
      current.find(
        (o) =>
          o.role === CustomerRole.TENANT &&
          o.unit.getEntity().site.unwrap().code === 'JINQIAO' &&
          o.unit.getEntity().usage === usage &&
          o.unit.getEntity().code !== DEMO_CUSTOMER_ANCHORS.office.code,
      );
    /** The customer and unit a visit names, or nothing when the demo files differ. */
    const find = (site: string, who: { customer: string; unit: string }): { c: Customer; u: Unit } | null => {
      const [role, where] = who.customer.split('@');
      const found =
        where === 'OFFICE'
          ? jinqiaoTenant(UnitUsage.OFFICE)
          : where === 'SHOP'
            ? jinqiaoTenant(UnitUsage.COMMERCIAL)
            : current.find((o) =>
                where
                  ? o.role === role && o.unit.getEntity().code === where
                  : o.customer.getEntity().name === who.customer && o.unit.getEntity().code === who.unit,
              );
      if (!found || found.unit.getEntity().site.unwrap().code !== site) return null;
      return { c: found.customer.getEntity(), u: found.unit.getEntity() };
    };

    // The day's reference counters, continued where other demo cases (if any) left them.
    const sequences = new Map<string, CaseSequence>();
    const nextReference = async (prefix: string, date: Date) => {
      const key = `${prefix}-${dayKey(date)}`;
      let row = sequences.get(key) ?? (await tx.findOne(CaseSequence, { key }));
      row ??= tx.create(CaseSequence, { key, next: 1 });
      sequences.set(key, row);
      const n = row.next;
      row.next = n + 1;
      return `${key}-${String(n).padStart(4, '0')}`;
    };

    let visits = 0;
    let cases = 0;
    // Oldest first: reference numbers follow the order things happened.
    for (const plan of VISITS) {
      const site = sites.get(plan.site);
      if (!site) continue;
      const desk = plan.site === 'CUIHU' ? cs : cs2;
      const visitedAt = at(now, plan.daysAgo, plan.time);
      const later = (minutes: number) => new Date(Math.min(visitedAt.getTime() + minutes * MINUTE, now.getTime()));
      const onFile = 'customer' in plan.who ? find(plan.site, plan.who) : null;
      const walkIn = 'name' in plan.who ? plan.who : null;
      if (!onFile && !walkIn) continue;
      const unitCode = walkIn?.unit;
      const unit = onFile?.u ?? (unitCode ? await tx.findOne(Unit, { site: plan.site, code: unitCode }) : null);

      let opened: Case | null = null;
      if (plan.opened) {
        const o = plan.opened;
        const definition = caseKind(o.kind);
        const openedAt = later(6);
        const [response, resolution] = defaultSla(o.kind, Priority.NORMAL);
        const holder = o.holder === 'tech' ? tech : cs2;
        const actorOf = (by: 'desk' | 'tech') => (by === 'tech' ? tech : cs2);
        const stepAt = (minutes: number) => later(6 + minutes);
        const resolved = o.steps.find((s) => s.type === CaseEventType.RESOLVED);
        const closed = o.steps.find((s) => s.type === CaseEventType.CLOSED);
        const firstResponse = o.steps.find((s) => s.type !== CaseEventType.COMMENTED);
        opened = tx.create(Case, {
          id: randomUUID(),
          reference: await nextReference(definition.prefix, openedAt),
          kind: o.kind,
          status: o.status,
          channel: CaseChannel.DESK_VISIT,
          title: o.title,
          description: o.description,
          reporterCustomer: onFile?.c ?? null,
          reporterName: walkIn?.name ?? null,
          reporterPhone: walkIn?.phone ?? null,
          unit,
          site,
          severity: Severity.GENERAL,
          priority: Priority.NORMAL,
          department,
          assignee: holder,
          holder,
          holderDepartment: o.holder === 'tech' ? facilities : department,
          receivedBy: cs2,
          responseDueAt: new Date(openedAt.getTime() + response * MINUTE),
          resolutionDueAt: new Date(openedAt.getTime() + resolution * MINUTE),
          respondedAt: firstResponse ? stepAt(firstResponse.after) : null,
          resolvedAt: resolved ? stepAt(resolved.after) : null,
          closedAt: closed ? stepAt(closed.after) : null,
          result: o.result ?? null,
          satisfaction: o.satisfaction ?? null,
          feedback: o.feedback ?? null,
          createdAt: openedAt,
          updatedAt: stepAt(o.steps.at(-1)?.after ?? 0),
        });
        let status = CaseStatus.OPEN;
        const events = [{ type: CaseEventType.OPENED, after: 0, by: 'desk' as const }, ...o.steps];
        for (const [i, step] of events.entries()) {
          const from = status;
          status =
            {
              [CaseEventType.OPENED]: CaseStatus.OPEN,
              [CaseEventType.ASSIGNED]: CaseStatus.ASSIGNED,
              [CaseEventType.REFERRED]: CaseStatus.ASSIGNED,
              [CaseEventType.STARTED]: CaseStatus.IN_PROGRESS,
              [CaseEventType.RESOLVED]: CaseStatus.RESOLVED,
              [CaseEventType.CLOSED]: CaseStatus.CLOSED,
            }[step.type as string] ?? status;
          const actor = actorOf(step.by);
          const target =
            step.type === CaseEventType.REFERRED
              ? { department: 'facilities', assignee: tech.id, assigneeName: tech.name }
              : step.type === CaseEventType.ASSIGNED
                ? { assignee: holder.id, assigneeName: holder.name }
                : {};
          tx.create(CaseEvent, {
            id: randomUUID(),
            case: opened,
            seq: i + 1,
            type: step.type,
            actor,
            actorName: actor.name,
            at: stepAt(step.after),
            note: step.note ?? null,
            data:
              step.type === CaseEventType.OPENED
                ? { status }
                : {
                    ...target,
                    ...(step.type === CaseEventType.CLOSED ? { satisfaction: o.satisfaction ?? null } : {}),
                    from,
                    to: status,
                  },
          });
        }
        cases += 1;
      }

      const closedAt = plan.closedAfter !== undefined ? later(plan.closedAfter) : null;
      tx.create(ReceptionVisit, {
        id: randomUUID(),
        site,
        visitedAt,
        customer: onFile?.c ?? null,
        visitorName: walkIn?.name ?? null,
        visitorPhone: walkIn?.phone ?? null,
        unit,
        purpose: plan.purpose,
        summary: plan.summary,
        outcome: plan.outcome ?? null,
        receivedBy: desk,
        case: opened,
        status: plan.status,
        closedAt: plan.status === VisitStatus.CLOSED ? closedAt : null,
        closedBy: plan.status === VisitStatus.CLOSED ? desk : null,
        voidedAt: plan.status === VisitStatus.VOIDED ? closedAt : null,
        voidReason: plan.voidReason ?? null,
        createdAt: later(2),
        updatedAt: closedAt ?? later(2),
      });
      visits += 1;
    }
    log.info({ visits, cases }, 'loaded the demo reception log');
  });
}
