import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { toGlobalId } from '../../graphql/node.js';
import type { Logger } from '../../logger.js';
import { DutyLogService } from '../handover/duty-log.service.js';
import { Handover } from '../handover/handover.entity.js';
import { CashDirection, HandoverDecision } from '../handover/handover.enums.js';
import type { HandoverDraftInput } from '../handover/handover.inputs.js';
import { HandoverService } from '../handover/handover.service.js';
import { cashBalanceCents, MaterialService } from '../handover/materials.service.js';
import { formatYuan } from '../handover/money.js';
import { ShiftMaterial } from '../handover/shift-material.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { SHIFT_DEPARTMENT } from '../shifts/roster-setup.service.js';
import { Shift, ShiftMember } from '../shifts/shift.entity.js';
import { ShiftStatus } from '../shifts/shift.enums.js';
import { ShiftService } from '../shifts/shift.service.js';
import { openMattersOf } from '../shifts/shift-matters.js';
import { addDays, zonedDate, zonedInstant } from '../shifts/zoned-time.js';
import type { Staff } from '../staff/staff.entity.js';
import { type DemoDeps, demoContext, must } from './demo-context.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ZONE = 'Asia/Shanghai';

const MATERIALS = {
  CUIHU: [
    { name: '对讲机', unit: '台', expectedQuantity: 6, note: '监控中心充电柜' },
    { name: '钥匙', unit: '把', expectedQuantity: 12, note: '门岗钥匙箱（含天台、机房、消防通道）' },
    { name: '手电筒', unit: '个', expectedQuantity: 4, note: '监控中心' },
    { name: '雨衣', unit: '件', expectedQuantity: 6, note: '门岗储物柜' },
    { name: '应急药箱', unit: '个', expectedQuantity: 1, note: '监控中心' },
  ],
  JINQIAO: [
    { name: '对讲机', unit: '台', expectedQuantity: 3, note: '大堂服务台' },
    { name: '钥匙', unit: '把', expectedQuantity: 8, note: '大堂服务台钥匙柜' },
    { name: '手电筒', unit: '个', expectedQuantity: 2, note: '大堂服务台' },
  ],
} as const;

/** What a shift writes in its log, by kind of shift: [hours after the start, text]. */
const ENTRIES: Record<string, [number, string][]> = {
  CUIHU_DAY: [
    [0.5, '交接完毕，各岗位人员到岗，装备齐全。'],
    [2.2, '东门快递车辆违停，已劝离。'],
    [4.5, '2 栋装修工人未佩戴出入证，已登记并提醒办理。'],
    [6.3, '巡查 B2 车库，消防通道畅通，灭火器压力正常。'],
    [8.1, '下午访客车辆较多，车场岗协助疏导。'],
    [9.6, '监控中心报 5 号摄像头画面模糊，已报工程部。'],
  ],
  CUIHU_NIGHT: [
    [0.4, '交接完毕，夜班人员到岗。'],
    [2.0, '完成第一轮夜间巡查，各楼门禁正常。'],
    [3.7, '1 栋 12 楼走廊灯不亮，已记录待工程部处理。'],
    [5.2, '外卖员要求进入小区，已电话核实业主后放行。'],
    [7.1, '完成第二轮巡查，地下车库一辆车未关车窗，已联系车主。'],
    [10.8, '垃圾清运车进场，门岗登记。'],
  ],
  JINQIAO_DAY: [
    [0.5, '交接完毕，大堂岗、监控岗到岗。'],
    [3.0, '电梯维保人员到场检修 2 号梯，已登记。'],
    [6.5, '大堂访客登记 42 人次，无异常。'],
    [10.5, '18 楼租户加班至 21 点，已登记并告知夜间巡查。'],
  ],
};

/** Unfinished matters written in words, now and then. */
const MATTERS: { description: string; actionNeeded: string }[] = [
  { description: '东门道闸抬杆偶有卡顿，已报工程部', actionNeeded: '留意道闸，必要时人工放行' },
  { description: '2 栋 1502 业主外出，委托代收快递', actionNeeded: '快递到后代收并登记，业主回来时交付' },
  { description: '5 号摄像头画面模糊，待工程部维修', actionNeeded: '加强 3 栋北侧巡查' },
  { description: '明早 9 点消防检查，需提前打开消防控制室', actionNeeded: '8:30 前开门并通知主任' },
];

/** A department's daily log (customer service, the Office): [who, site, hour, text]. */
const DAILY: [string, string, number, string][] = [
  ['cs', 'CUIHU', 9.5, '接待业主来访 5 批次，均已登记处理。'],
  ['cs', 'CUIHU', 14, '受理报修 3 宗，已转工程部并跟进。'],
  ['cs', 'CUIHU', 16.5, '电话回访上周投诉业主 2 户，均表示满意。'],
  ['cs2', 'JINQIAO', 10, '租户来访咨询车位月卡办理 2 起，已解答。'],
  ['cs2', 'JINQIAO', 15.5, '发放空调检修通知 46 份。'],
  ['clerk', 'CUIHU', 11, '整理上周员工考勤表，报财务部。'],
];

/** The shift's leader and its officers at work (not on leave), for taking turns at the log. */
async function crewOf(em: Context['em'], shift: Shift): Promise<string[]> {
  const members = await em
    .fork()
    .find(ShiftMember, { shift: shift.id, removedAt: null, onLeave: false }, { populate: ['staff'] });
  const names = members.map((m) => m.staff.unwrap() as Staff);
  const leader = shift.leader.unwrap().id;
  return [...names.filter((s) => s.id === leader), ...names.filter((s) => s.id !== leader)].map((s) => s.username);
}

/**
 * The past week's shifts kept and handed over (R37–R40, C22): the director's list of shared
 * materials, the petty cash, each shift's duty log, a written handover submitted before the end
 * and accepted by the incoming leader, closing the shift; one count difference explained, one
 * dispute settled by the director; the director's review of the logs (DIR-10), and customer
 * service's and the Office's daily logs. Played through the real services as the people
 * concerned, at the times they would have done it. Works whether or not the shifts were already
 * put on duty (by the attendance demo); only on a database without materials or handovers.
 */
export async function loadDemoHandovers(em: Context['em'], log: Logger, deps: DemoDeps): Promise<void> {
  if ((await em.count(ShiftMaterial, {})) > 0 || (await em.count(Handover, {})) > 0) return;
  const started = Date.now();
  // Past shifts only: the running one is its leader's to start (and "my shift" shows the running one first).
  const shifts = await em
    .fork()
    .find(
      Shift,
      { department: SHIFT_DEPARTMENT, endsAt: { $lte: new Date(started - 10 * MINUTE) } },
      { orderBy: { startsAt: 'asc' }, populate: ['pattern', 'leader'] },
    );
  if (!shifts.length) return;
  const weekStart = shifts[0]?.startsAt as Date;

  // One sign-in per person, a fresh fork and clock per step (a step's identity map is its own).
  const people = new Map<string, Context>();
  const as = async (username: string, at: Date): Promise<Context> => {
    let base = people.get(username);
    if (!base) {
      base = await demoContext(em, log, deps, username, () => at);
      people.set(username, base);
    }
    return { ...base, em: em.fork(), clock: () => at, afterCommit: [] };
  };
  const timeOf = (at: Date) => new Date(Math.min(at.getTime(), started - MINUTE));

  // The director's lists, the week before.
  const listed = new Date(weekStart.getTime() - 2 * 24 * HOUR);
  for (const [site, items] of Object.entries(MATERIALS)) {
    for (const item of items) {
      must(await new MaterialService(await as('director', listed)).createMaterial({ siteCode: site, ...item }));
    }
  }

  const bySite = (code: string) => shifts.filter((s) => s.site.unwrap().code === code);
  const past = (s: Shift) => s.endsAt.getTime() <= started - 10 * MINUTE;
  const cuihu = bySite('CUIHU').filter(past);
  const discrepancyAt = cuihu[Math.floor(cuihu.length / 2)]?.id;
  const disputeAt = cuihu[cuihu.length - 3]?.id;
  const reviewed: { shift: Shift; note: string }[] = [];
  let handedOver = 0;

  for (const shift of shifts) {
    const site = shift.site.unwrap().code;
    const pattern = shift.pattern.unwrap();
    const leader = shift.leader.unwrap().username;
    const crew = await crewOf(em, shift);
    const id = toGlobalId('Shift', shift.id);
    const fresh = await em.fork().findOneOrFail(Shift, { id: shift.id });
    if (fresh.status === ShiftStatus.HANDING_OVER || fresh.status === ShiftStatus.CLOSED) continue;

    // On duty (unless the attendance demo put it there already).
    if (fresh.status === ShiftStatus.PLANNED || fresh.status === ShiftStatus.BRIEFING) {
      must(
        await new ShiftService(await as(leader, new Date(shift.startsAt.getTime() - 5 * MINUTE))).startDuty({
          shiftId: id,
        }),
      );
    }

    // The first shift of each site takes the month's petty cash; payments now and then.
    if (shift === bySite(site)[0]) {
      must(
        await new MaterialService(await as(leader, new Date(shift.startsAt.getTime() + 20 * MINUTE))).recordMovement({
          shiftId: id,
          direction: CashDirection.IN,
          amount: site === 'CUIHU' ? '500' : '300',
          purpose: '部门拨付本月备用金',
          receiptNo: null,
        }),
      );
    }
    const index = bySite(site).indexOf(shift);
    if (index === 2 || index === 7) {
      must(
        await new MaterialService(
          await as(leader, timeOf(new Date(shift.startsAt.getTime() + 3 * HOUR))),
        ).recordMovement({
          shiftId: id,
          direction: CashDirection.OUT,
          amount: index === 2 ? '35.50' : '24',
          purpose: index === 2 ? '购买手电筒电池' : '购买桶装饮用水',
          receiptNo: `FP-${shift.date.replaceAll('-', '').slice(4)}-0${index}`,
        }),
      );
    }

    // The duty log: the leader and the officers take turns, two entries a shift.
    const pool = ENTRIES[`${site}_${pattern.code}`] ?? ENTRIES.JINQIAO_DAY ?? [];
    const chosen = [pool[0], pool[1 + (index % (pool.length - 1))]].filter((e): e is [number, string] => !!e);
    for (const [n, [hours, text]] of chosen.entries()) {
      const at = new Date(shift.startsAt.getTime() + hours * HOUR);
      const author = crew[n % crew.length] ?? leader;
      must(await new DutyLogService(await as(author, at)).addEntry({ shiftId: id, text }), 'demo duty log entry');
    }

    // The handover, written a quarter of an hour before the end.
    const submitAt = new Date(shift.endsAt.getTime() - 15 * MINUTE);
    const ctx = await as(leader, submitAt);
    const materials = await em.fork().find(ShiftMaterial, { site, active: true }, { orderBy: { name: 'asc' } });
    const cash = formatYuan(await cashBalanceCents(em.fork(), site, SHIFT_DEPARTMENT));
    // Read on a fork of its own: the submitting transaction must not find this in its identity map.
    const reader = em.fork();
    const matters = await openMattersOf(reader, await reader.findOneOrFail(Shift, { id: shift.id }), ctx);
    const input: HandoverDraftInput = {
      shiftId: id,
      items: index % 3 === 1 ? [MATTERS[index % MATTERS.length] as (typeof MATTERS)[number]] : [],
      matterNotes: matters.map((m) => ({
        recordId: m.recordId,
        actionNeeded: m.kind === 'TASK' ? '按期完成，完成后在任务中填写结果' : '继续跟进，白班移交客服',
      })),
      materialCounts: materials.map((m) => ({
        materialId: toGlobalId('ShiftMaterial', m.id),
        counted:
          shift.id === discrepancyAt && m.name === '手电筒'
            ? String(m.expectedQuantity - 1)
            : String(m.expectedQuantity),
        explanation:
          shift.id === discrepancyAt && m.name === '手电筒'
            ? '一个手电筒借给工程部夜间抢修水泵，已登记，明早归还'
            : null,
      })),
      cashCounted: cash,
      note: index % 4 === 0 ? '本班情况正常，交接物品齐全。' : null,
    };
    const handover = must(await new HandoverService(ctx).submit(input), 'demo handover');
    handedOver += 1;

    // The incoming leader checks it at the changeover (a single-team site: when they come back).
    const incoming = handover.incomingShift
      ? await em.fork().findOneOrFail(Shift, { id: handover.incomingShift.unwrap().id }, { populate: ['leader'] })
      : null;
    if (!incoming) continue;
    const acceptAt =
      site === 'CUIHU'
        ? new Date(shift.endsAt.getTime() + 5 * MINUTE)
        : new Date(incoming.startsAt.getTime() - 10 * MINUTE);
    if (acceptAt.getTime() > started - MINUTE) continue;
    const incomingLeader = incoming.leader.unwrap().username;
    const handoverId = toGlobalId('Handover', handover.id);
    if (shift.id === disputeAt) {
      must(
        await new HandoverService(await as(incomingLeader, acceptAt)).dispute({
          handoverId,
          reason: '实点钥匙 11 把，少了 3 栋天台门钥匙，与交接单不符',
        }),
      );
      must(
        await new HandoverService(await as('director', new Date(acceptAt.getTime() + 35 * MINUTE))).resolve({
          handoverId,
          decision: HandoverDecision.ACCEPT,
          note: '经查天台钥匙由工程部借用未登记，已追回。代为接收；今后借用钥匙一律登记。',
        }),
      );
      reviewed.push({ shift, note: '钥匙借用未登记，已在班长会上通报。' });
    } else {
      must(
        await new HandoverService(await as(incomingLeader, acceptAt)).accept({
          handoverId,
          note: shift.id === discrepancyAt ? '已清点，手电筒借用情况知悉，明早跟进归还' : null,
        }),
      );
      reviewed.push({ shift, note: shift.id === discrepancyAt ? '借出物品须登记并按时收回。' : '已阅。' });
    }
  }

  // Customer service's and the Office's daily logs, the past five days and today so far.
  const today = zonedDate(new Date(started), ZONE);
  for (let back = 5; back >= 0; back--) {
    const date = addDays(today, -back);
    for (const [n, [who, site, hour, text]] of DAILY.entries()) {
      if ((n + back) % 2 === 1 && back > 0) continue;
      const at = new Date(zonedInstant(date, '00:00', ZONE).getTime() + hour * HOUR);
      if (at.getTime() > started - MINUTE) continue;
      must(await new DutyLogService(await as(who, at)).addEntry({ siteCode: site, text }), 'demo daily log entry');
    }
  }

  // The director reviews the logs the next morning, up to two days ago: the rest wait for review.
  const cutoff = started - 36 * HOUR;
  for (const { shift, note } of reviewed) {
    if (shift.endsAt.getTime() > cutoff) continue;
    const ctx = await as('director', new Date(shift.endsAt.getTime() + 12 * HOUR));
    const logs = new DutyLogService(ctx);
    const dutyLog = await logs.ofShift(shift);
    if (dutyLog) must(await logs.review({ dutyLogId: toGlobalId('DutyLog', dutyLog.id), note }), 'demo review');
  }
  for (let back = 5; back >= 3; back--) {
    const date = addDays(today, -back);
    const ctx = await as('director', new Date(zonedInstant(addDays(date, 1), '10:00', ZONE).getTime()));
    const logs = new DutyLogService(ctx);
    const list = await logs.list({ from: date, to: date, awaitingReview: true }, { first: 20 });
    for (const { node } of list.edges) {
      if (node.shift) continue;
      must(await logs.review({ dutyLogId: toGlobalId('DutyLog', node.id), note: '已阅。' }), 'demo review');
    }
  }
  // People read their handover news as it came: all but the last half day's are read, as the
  // bell would have it (the same change `markNotificationsRead` makes, with its audit event).
  const readBy = new Date(started - 12 * HOUR);
  const news = { type: { $like: 'HANDOVER_%' }, readAt: null, createdAt: { $lt: readBy } };
  const unread = await em.fork().find(Notification, news, { populate: ['recipient'] });
  for (const username of new Set(unread.map((n) => n.recipient.unwrap().username))) {
    const ctx = await as(username, readBy);
    const me = ctx.viewer?.staff;
    if (!me) continue;
    must(
      await runMutation(ctx, async (tx, audit) => {
        const marked = await tx.nativeUpdate(Notification, { ...news, recipient: me.id }, { readAt: readBy });
        audit.record({
          action: 'notification.read',
          targetType: 'Staff',
          targetKey: me.id,
          departmentKey: me.department?.unwrap().key ?? null,
          after: { marked },
        });
        return { marked };
      }),
      'demo notifications read',
    );
  }
  log.info({ handovers: handedOver, ms: Date.now() - started }, 'loaded the demo handovers and duty logs');
}
