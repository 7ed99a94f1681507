import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/node.js';
import type { Logger } from '../../logger.js';
import { Case } from '../cases/case.entity.js';
import { CaseChannel, CaseKind, Priority, Severity } from '../cases/case.enums.js';
import { CaseService } from '../cases/case.service.js';
import { addRentalViewing, rentalData } from '../cases/kinds/rental.kind.js';
import { TaskMode } from '../cases/kinds/task.kind.js';
import { Customer } from '../customers/customer.entity.js';
import { Unit } from '../customers/unit.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { type DemoDeps, demoContext, must } from './demo-context.js';
import { DEMO_CUSTOMER_ANCHORS } from './demo-customers.js';

export type { DemoDeps };

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * A fortnight of the service desk, played through the real case engine as the demo staff (so
 * timelines, notifications, deadlines and audit events are what the product itself writes):
 * closed complaints with feedback, a referred repair still waiting for acknowledgement, an
 * escalated major case, a rental with viewings, tasks given and one overdue. Only on a database
 * without cases.
 */
export async function loadDemoCases(em: Context['em'], log: Logger, deps: DemoDeps): Promise<void> {
  if ((await em.count(Case, {})) > 0) return;
  const start = Date.now();
  let now = new Date(start - 14 * DAY);
  const at = (daysAgo: number, hour = 10) => {
    const d = new Date(start - daysAgo * DAY);
    d.setUTCHours(hour - 8, Math.floor((daysAgo * 37) % 60), 0, 0); // Shanghai hours
    now = d.getTime() > start ? new Date(start - 5 * 60_000) : d;
  };
  const later = (hours: number) => {
    now = new Date(Math.min(now.getTime() + hours * HOUR, start - 60_000));
  };

  const as = async (username: string): Promise<CaseService> =>
    new CaseService(await demoContext(em, log, deps, username, () => now));
  const staffId = async (username: string) =>
    toGlobalId('Staff', (await em.fork().findOneOrFail(Staff, { username })).id);
  const unitId = async (site: string, code: string) =>
    toGlobalId('Unit', (await em.fork().findOneOrFail(Unit, { site: { code: site }, code })).id);
  const customerId = async (name: string) =>
    toGlobalId('Customer', (await em.fork().findOneOrFail(Customer, { name, voidedAt: null })).id);
  const id = (c: Case) => toGlobalId('Case', c.id);

  const anchorUnit = await unitId(DEMO_CUSTOMER_ANCHORS.unit.site, DEMO_CUSTOMER_ANCHORS.unit.code);
  const owner = await customerId(DEMO_CUSTOMER_ANCHORS.owner.name);
  const tenant = await customerId(DEMO_CUSTOMER_ANCHORS.tenant.name);
  const tech = await staffId('tech');
  const cs = await staffId('cs');
  const cs2 = await staffId('cs2');
  const leader = await staffId('leader');

  // 1. A noise complaint, handled and closed with the owner's feedback.
  at(13, 9);
  let c = must(
    await (await as('cs')).open({
      kind: CaseKind.COMPLAINT,
      channel: CaseChannel.PHONE,
      title: '楼上装修噪音',
      description: '业主来电：楼上 3-1301 装修，早上七点就开始电钻，影响休息。',
      reporterCustomerId: tenant,
      unitId: anchorUnit,
    }),
  );
  later(0.2);
  must(await (await as('cs')).assign({ caseId: id(c), assigneeId: cs }));
  must(await (await as('cs')).start({ caseId: id(c) }));
  later(3);
  must(
    await (await as('cs')).resolve({
      caseId: id(c),
      result: '已上门告知 3-1301 装修须在 8:30–12:00、14:00–18:00 进行，业主承诺遵守；当日复查无早间施工。',
    }),
  );
  later(26);
  must(await (await as('cs')).close({ caseId: id(c), satisfaction: 4, feedback: '处理及时，希望以后加强装修巡查。' }));

  // 2. A leak referred to facilities: acknowledged, being repaired.
  at(3, 14);
  c = must(
    await (await as('cs')).open({
      kind: CaseKind.REPAIR,
      channel: CaseChannel.DESK_VISIT,
      title: '卫生间天花板渗水',
      description: '业主到前台反映：卫生间天花板渗水两天，怀疑楼上防水层问题。',
      reporterCustomerId: owner,
      unitId: anchorUnit,
      priority: Priority.HIGH,
    }),
  );
  later(0.3);
  must(
    await (await as('cs')).refer({
      caseId: id(c),
      departmentKey: 'facilities',
      assigneeId: tech,
      note: '请今天上门查看。',
    }),
  );
  later(0.5);
  must(await (await as('tech')).acknowledge({ caseId: id(c), note: '收到，下午三点上门。' }));
  must(await (await as('tech')).start({ caseId: id(c) }));
  later(1.5);
  must(
    await (await as('tech')).comment({ caseId: id(c), note: '已查明为 4-1301 卫生间防水层破损，已约业主明天维修。' }),
  );

  // 3. A corridor light referred two hours ago, not yet acknowledged.
  at(0, 8);
  c = must(
    await (await as('cs')).open({
      kind: CaseKind.REPAIR,
      channel: CaseChannel.PHONE,
      title: '2 栋 15 楼走廊灯不亮',
      description: '住户来电：2 栋 15 楼电梯厅和走廊灯都不亮，晚上很黑。',
      reporterName: '何女士',
      reporterPhone: '139 1122 3344',
      siteCode: 'CUIHU',
      area: '2 栋 15 楼走廊',
    }),
  );
  must(await (await as('cs')).refer({ caseId: id(c), departmentKey: 'facilities', assigneeId: tech }));

  // 4. An inquiry answered on the spot.
  at(6, 11);
  c = must(
    await (await as('cs2')).open({
      kind: CaseKind.INQUIRY,
      channel: CaseChannel.PHONE,
      title: '物业费缴费方式',
      description: '金桥数科财务来电询问物业费能否对公转账、发票如何开具。',
      reporterName: '金桥数科 财务 林女士',
      siteCode: 'JINQIAO',
    }),
  );
  must(await (await as('cs2')).assign({ caseId: id(c), assigneeId: cs2 }));
  must(await (await as('cs2')).start({ caseId: id(c) }));
  later(0.2);
  must(await (await as('cs2')).resolve({ caseId: id(c), result: '已告知对公账户，发票由财务部每月 5 日前开具寄送。' }));

  // 5. A night-time complaint taken by the shift leader for customer service (SL-2).
  at(1, 23);
  must(
    await (await as('leader')).open({
      kind: CaseKind.COMPLAINT,
      channel: CaseChannel.NIGHT_DUTY,
      title: '深夜狗叫扰民',
      description: '夜间巡逻时 1 栋住户反映 1-902 的狗持续吠叫，已上门提醒，请客服白天跟进。',
      reporterName: '1 栋住户',
      siteCode: 'CUIHU',
      area: '1 栋 9 楼',
    }),
  );

  // 6. A major matter: someone trapped in a lift, escalated to the company manager.
  at(2, 19);
  c = must(
    await (await as('cs')).open({
      kind: CaseKind.COMPLAINT,
      channel: CaseChannel.PHONE,
      title: '3 栋电梯困人',
      description: '住户来电：3 栋 2 号电梯停在 8 楼与 9 楼之间，内有两人被困。',
      reporterName: '张先生',
      reporterPhone: '138 0000 5566',
      siteCode: 'CUIHU',
      area: '3 栋 2 号电梯',
      severity: Severity.MAJOR,
      priority: Priority.URGENT,
    }),
  );
  must(await (await as('cs')).assign({ caseId: id(c), assigneeId: cs }));
  must(await (await as('cs')).escalate({ caseId: id(c), note: '电梯困人，已通知维保单位与秩序维护部，请经理知悉。' }));
  must(await (await as('cs')).start({ caseId: id(c) }));
  later(0.6);
  must(await (await as('cs')).comment({ caseId: id(c), note: '维保人员 19:40 到场，20:05 两人安全救出，无人受伤。' }));

  // 7. An overdue complaint nobody has taken.
  at(5, 16);
  must(
    await (await as('cs')).open({
      kind: CaseKind.COMPLAINT,
      channel: CaseChannel.ONLINE,
      title: '车位被长期占用',
      description: '业主在线反映：其固定车位 B2-117 连续一周被外来车辆占用。',
      reporterName: '钱先生',
      siteCode: 'CUIHU',
      area: '地下车库 B2-117',
    }),
  );

  // 8. A rental: the owner of 3-1202 wants to let it; two viewings so far.
  const offered = [await unitId('CUIHU', '3-1202'), await unitId('CUIHU', '3-1501')];
  at(9, 15);
  c = must(
    await (await as('cs')).open({
      kind: CaseKind.RENTAL,
      channel: CaseChannel.DESK_VISIT,
      title: '业主委托出租两套房',
      description: '业主委托出租 3-1202 与 3-1501，希望年内租出，可接受家电齐全的长租。',
      reporterName: '宋先生（业主）',
      reporterPhone: '139 8888 1202',
      unitId: offered[0],
      rental: { askingRent: 4800, unitIds: offered, prospect: null },
    }),
  );
  must(await (await as('cs')).assign({ caseId: id(c), assigneeId: cs }));
  must(await (await as('cs')).start({ caseId: id(c) }));
  for (const [daysAgo, unit, prospect, note] of [
    [7, offered[0], '谢女士 138 2222 7788', '觉得采光好，想压价到 4500。'],
    [4, offered[1], '唐先生 一家三口', '对 3-1501 满意，周末带家人再看。'],
  ] as const) {
    at(daysAgo, 16);
    must(
      await (await as('cs')).updateDetails(id(c), CaseKind.RENTAL, async (kase, v) =>
        addRentalViewing(rentalData(kase), { caseId: id(c), at: now, unitId: unit, prospect, note }, v, now, '李晓梅'),
      ),
    );
  }

  // 9. Tasks: one given by the manager and under way, one by the director and overdue.
  at(2, 9);
  c = must(
    await (await as('manager')).open({
      kind: CaseKind.TASK,
      channel: CaseChannel.OTHER,
      title: '整理本月投诉台账',
      description: '按楼栋、类别汇总本月投诉和处理结果，月底前报经理室。',
      assigneeId: cs,
      dueAt: new Date(start + 2 * DAY),
      task: { mode: TaskMode.WRITTEN },
    }),
  );
  later(1);
  must(await (await as('cs')).acknowledge({ caseId: id(c) }));
  must(await (await as('cs')).start({ caseId: id(c) }));
  at(6, 10);
  c = must(
    await (await as('director')).open({
      kind: CaseKind.TASK,
      channel: CaseChannel.OTHER,
      title: '检查地下车库灭火器',
      description: '逐一检查 B1、B2 灭火器压力和有效期，过期的登记更换。',
      assigneeId: leader,
      dueAt: new Date(start - 2 * DAY),
      task: { mode: TaskMode.ORAL },
    }),
  );
  log.info('loaded the demo cases');
}
