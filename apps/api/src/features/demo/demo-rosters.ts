import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/node.js';
import type { Logger } from '../../logger.js';
import { RosterEditService } from '../shifts/roster-edit.service.js';
import { Shift } from '../shifts/shift.entity.js';
import { ShiftSwap } from '../shifts/shift-swap.entity.js';
import { ShiftSwapService } from '../shifts/shift-swap.service.js';
import { StaffLeave } from '../shifts/staff-leave.entity.js';
import { addDays, zonedDate } from '../shifts/zoned-time.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { type DemoDeps, demoContext, must } from './demo-context.js';

/**
 * The roster after it was drafted, as a director sees it in use: a few days off for 林涛, one
 * cover 刘强 approved, an exchange waiting for the director (it moves two teams) and a cover
 * waiting for 刘强. All of it is ahead of today: the shifts other demo slices play are untouched.
 * With the demo rotation (一班 from today, 二班 two days ahead, 三班 four) every choice below is
 * someone's day off, never a double shift.
 */
export async function loadDemoRosters(em: Context['em'], log: Logger, deps: DemoDeps): Promise<void> {
  if ((await em.count(ShiftSwap, {})) > 0 || (await em.count(StaffLeave, {})) > 0) return;
  if ((await em.count(Shift, {})) === 0) return;
  const started = Date.now();
  const site = await em.findOneOrFail(Site, { code: 'CUIHU' });
  const today = zonedDate(new Date(started), site.timeZone);
  const staff = new Map((await em.find(Staff, {})).map((s) => [s.username, toGlobalId('Staff', s.id)]));
  const shiftOf = async (team: string, days: number) => {
    const shift = await em.findOneOrFail(Shift, { team: { name: team, site: 'CUIHU' }, date: addDays(today, days) });
    return toGlobalId('Shift', shift.id);
  };
  const as = (username: string, hoursAgo: number) =>
    demoContext(em, log, deps, username, () => new Date(started - hoursAgo * 3600_000));

  // 林涛 (二班) asked for two days off; the director recorded them two days ago.
  must(
    await new RosterEditService(await as('director', 50)).recordLeave({
      staffId: staff.get('officer5') as string,
      fromDate: addDays(today, 3),
      toDate: addDays(today, 4),
      reason: '事假：家中老人住院',
    }),
    'demo leave',
  );

  // 杨帆 asked 高翔 (三班, off that day) to cover his day shift next week; 刘强 approved.
  const cover = must(
    await new ShiftSwapService(await as('officer2', 3 * 24)).request({
      shiftId: await shiftOf('一班', 7),
      colleagueId: staff.get('officer6') as string,
      reason: '孩子学校开家长会',
    }),
    'demo swap request',
  );
  must(
    await new ShiftSwapService(await as('leader', 2 * 24 + 20)).approve({
      swapId: toGlobalId('ShiftSwap', cover.id),
      note: '同意，已与高翔确认。',
    }),
    'demo swap approval',
  );

  // 陈磊 offers his night shift for 林涛's day shift three days later: two teams, so the director decides.
  must(
    await new ShiftSwapService(await as('officer', 20)).request({
      shiftId: await shiftOf('一班', 8),
      colleagueId: staff.get('officer5') as string,
      colleagueShiftId: await shiftOf('二班', 11),
      reason: '当晚要陪家人看病，想与林涛对调。',
    }),
    'demo exchange request',
  );

  // 杨帆 asks 徐鹏 (二班, off that night) to cover a night: 刘强 has it to decide.
  must(
    await new ShiftSwapService(await as('officer2', 5)).request({
      shiftId: await shiftOf('一班', 14),
      colleagueId: staff.get('officer3') as string,
      reason: '参加消防培训考试',
    }),
    'demo cover request',
  );
  log.info({ ms: Date.now() - started }, 'loaded the demo leave and shift swaps');
}
