import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/node.js';
import type { Logger } from '../../logger.js';
import { DisciplineKind } from '../attendance/attendance.enums.js';
import { AttendanceService } from '../attendance/attendance.service.js';
import { DisciplineService } from '../attendance/discipline.service.js';
import { PreShiftService } from '../attendance/pre-shift.service.js';
import { ShiftBriefing } from '../attendance/shift-briefing.entity.js';
import { Shift, ShiftMember } from '../shifts/shift.entity.js';
import { RollCall, ShiftPost, ShiftRole, ShiftStatus } from '../shifts/shift.enums.js';
import { ShiftService } from '../shifts/shift.service.js';
import { type DemoDeps, demoContext, must } from './demo-context.js';

const MIN = 60_000;

/** What a pre-shift meeting covers: a rotation of the week's concerns (SL-13 讲评工作、提出要求). */
const TOPICS: string[][] = [
  ['讲评昨日工作：车场夜间巡查记录不完整，今天补齐', '今日 14:00 电梯维保，大堂岗协助疏导业主'],
  ['天气预报夜间有雨，巡查注意地下车库积水', '对讲机每人出发前自检，电量不足的及时更换'],
  ['近期小区有推销人员混入，门岗严格登记外来人员', '消防通道保持畅通，发现占用当场劝离并记录'],
  ['重申仪容仪表要求：工牌佩戴在左胸，制服整洁', '巡查时注意公共区域保洁情况，发现问题拍照上报'],
  ['快递车辆高峰时段车场岗加强引导，避免堵塞出入口', '交接班前整理好未办结事项，书面交接'],
];

/** Posts in order of the officers on a shift: day and night at 翠湖, the lobby team at 金桥. */
function postsFor(site: string, night: boolean): ShiftPost[] {
  if (site !== 'CUIHU') return [ShiftPost.LOBBY, ShiftPost.GATE];
  return night ? [ShiftPost.PATROL, ShiftPost.GATE] : [ShiftPost.GATE, ShiftPost.PATROL, ShiftPost.CAR_PARK];
}

/**
 * The past week's shifts, played as their leaders and officers played them (W5): the pre-shift
 * meeting (roll call, grooming check, posts, topics), on duty, check-ins and check-outs. One
 * officer comes late once (a no-show at the roll call, voided when they arrive, and a lateness
 * record the leader corrects); one fails the grooming check and passes the re-check; one is
 * found away from his post at night and the record waits for its correction. Shifts running
 * now are played up to the present; shifts another slice already moved on are left alone.
 */
export async function loadDemoAttendance(em: Context['em'], log: Logger, deps: DemoDeps): Promise<void> {
  if ((await em.count(ShiftBriefing, {})) > 0) return;
  const started = Date.now();
  const now = new Date(started);
  const past = await em.find(
    Shift,
    { startsAt: { $lt: now }, status: { $in: [ShiftStatus.PLANNED, ShiftStatus.BRIEFING, ShiftStatus.ON_DUTY] } },
    { populate: ['leader', 'site', 'pattern'], orderBy: { startsAt: 'asc' } },
  );
  if (past.length === 0) return;

  let at = started;
  const clock = () => new Date(at);
  const contexts = new Map<string, Promise<Context>>();
  const as = (username: string) => {
    if (!contexts.has(username)) contexts.set(username, demoContext(em, log, deps, username, clock));
    return contexts.get(username) as Promise<Context>;
  };
  /** Runs a step at a moment, if that moment has already come. */
  const when = async (moment: number, step: () => Promise<unknown>) => {
    if (moment > started) return;
    at = moment;
    await step();
  };

  // The week's incidents on recent shifts at 翠湖 that are over, so this week's lists show them.
  const over = past.filter((s) => s.site.unwrap().code === 'CUIHU' && s.endsAt.getTime() < started);
  const special = {
    late: over.at(-2)?.id,
    grooming: over.at(-4)?.id,
    offPost: over.filter((s) => s.pattern.getEntity().code === 'NIGHT').at(-2)?.id,
  };
  let played = 0;
  for (const [index, shift] of past.entries()) {
    const leaderName = shift.leader.getEntity().username;
    const leader = await as(leaderName);
    const id = toGlobalId('Shift', shift.id);
    const start = shift.startsAt.getTime();
    const end = shift.endsAt.getTime();
    const members = await em
      .fork()
      .find(
        ShiftMember,
        { shift: shift.id, removedAt: null, onLeave: false },
        { populate: ['staff'], orderBy: { role: 'asc', staff: { employeeNo: 'asc' } } },
      );
    const officers = members.filter((m) => m.role === ShiftRole.OFFICER);
    const self = members.find((m) => m.role === ShiftRole.LEADER);
    const late = shift.id === special.late ? officers.at(-1) : undefined;
    const scruffy = shift.id === special.grooming ? officers[0] : undefined;
    const mid = (m: ShiftMember) => toGlobalId('ShiftMember', m.id);
    const what = `demo attendance ${shift.date} ${shift.site.unwrap().code}`;

    // The pre-shift meeting, half an hour before the start.
    await when(start - 30 * MIN, async () => {
      if (shift.status === ShiftStatus.PLANNED)
        must(await new ShiftService(leader).startBriefing({ shiftId: id }), what);
    });
    await when(start - 25 * MIN, async () => {
      if (!officers.length) return;
      const entries = officers.map((m) => ({
        memberId: mid(m),
        rollCall: m === late ? RollCall.ABSENT : RollCall.PRESENT,
      }));
      must(await new PreShiftService(leader).rollCall({ shiftId: id, entries }), what);
    });
    for (const m of officers.filter((o) => o !== late)) {
      await when(start - 22 * MIN, async () => {
        const badge = m !== scruffy;
        must(
          await new PreShiftService(leader).groomingCheck({
            memberId: mid(m),
            uniform: true,
            badge,
            appearance: true,
            equipment: true,
            note: badge ? null : '未佩戴工牌',
          }),
          what,
        );
      });
    }
    await when(start - 20 * MIN, async () => {
      const posts = postsFor(shift.site.unwrap().code, shift.pattern.getEntity().code === 'NIGHT');
      const assignments = officers
        .filter((o) => o !== late)
        .map((m, i) => ({ memberId: mid(m), post: posts[i % posts.length] as ShiftPost }));
      if (assignments.length) must(await new PreShiftService(leader).assignPosts({ shiftId: id, assignments }), what);
    });
    await when(start - 18 * MIN, async () => {
      const topics = TOPICS[index % TOPICS.length] as string[];
      must(await new PreShiftService(leader).recordBriefing({ shiftId: id, topics }), what);
    });

    // Check-ins: the leader first, the officers on their phones; one late arrival.
    if (self)
      await when(start - 16 * MIN, async () =>
        must(await new AttendanceService(leader).checkIn({ memberId: mid(self) }), what),
      );
    if (scruffy) {
      await when(start - 12 * MIN, async () => {
        must(
          await new PreShiftService(leader).groomingCheck({
            memberId: mid(scruffy),
            uniform: true,
            badge: true,
            appearance: true,
            equipment: true,
            note: '已回更衣室取回工牌佩戴',
          }),
          what,
        );
      });
    }
    for (const [i, m] of officers.filter((o) => o !== late).entries()) {
      await when(start - (11 - 3 * i) * MIN, async () => {
        must(await new AttendanceService(await as(m.staff.getEntity().username)).checkIn({ memberId: mid(m) }), what);
      });
    }
    await when(start, async () => {
      const fresh = await em.fork().findOneOrFail(Shift, { id: shift.id });
      if (fresh.status === ShiftStatus.BRIEFING) must(await new ShiftService(leader).startDuty({ shiftId: id }), what);
    });
    if (late) {
      // Seventeen minutes late: checked in, posted and checked once here, then the lateness talked over.
      await when(start + 17 * MIN, async () => {
        must(
          await new AttendanceService(await as(late.staff.getEntity().username)).checkIn({ memberId: mid(late) }),
          what,
        );
      });
      await when(start + 20 * MIN, async () => {
        must(
          await new PreShiftService(leader).groomingCheck({
            memberId: mid(late),
            uniform: true,
            badge: true,
            appearance: true,
            equipment: true,
          }),
          what,
        );
        must(
          await new PreShiftService(leader).assignPosts({
            shiftId: id,
            assignments: [{ memberId: mid(late), post: ShiftPost.CAR_PARK }],
          }),
          what,
        );
      });
      await when(start + 45 * MIN, async () => {
        const records = await new DisciplineService(leader).list(
          { shiftId: id, kind: DisciplineKind.LATE },
          { first: 1 },
        );
        const record = records.edges[0]?.node;
        if (record) {
          must(
            await new DisciplineService(leader).correct({
              recordId: toGlobalId('DisciplineRecord', record.id),
              correction: '已当面谈话提醒，本人说明因地铁故障迟到，下不为例',
            }),
            what,
          );
        }
      });
    }
    if (shift.id === special.offPost && officers[0]) {
      // Post supervision at night (SL-10): found away from the post; the correction is still to come.
      await when(start + 7 * 60 * MIN + 10 * MIN, async () => {
        must(
          await new DisciplineService(leader).record({
            memberId: mid(officers[0] as ShiftMember),
            kind: DisciplineKind.ABSENT_FROM_POST,
            observation: '03:10 巡查至门岗，岗位无人，对讲呼叫 8 分钟后回岗，称去便利店买水',
          }),
          what,
        );
      });
    }

    // Check-outs once the shift is over.
    for (const [i, m] of [...officers, ...(self ? [self] : [])].entries()) {
      await when(end + (2 + 2 * i) * MIN, async () => {
        must(await new AttendanceService(await as(m.staff.getEntity().username)).checkOut({ memberId: mid(m) }), what);
      });
    }
    played += 1;
  }
  log.info({ shifts: played, ms: Date.now() - started }, 'played the demo week’s briefings and attendance');
}
