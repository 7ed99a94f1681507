import { randomUUID } from 'node:crypto';
import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/node.js';
import type { Logger } from '../../logger.js';
import { Department } from '../rulebook/department.entity.js';
import { SHIFT_DEPARTMENT } from '../shifts/roster-setup.service.js';
import { ShiftService } from '../shifts/shift.service.js';
import { ShiftPattern } from '../shifts/shift-pattern.entity.js';
import { Team } from '../shifts/team.entity.js';
import { addDays, zonedDate } from '../shifts/zoned-time.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { type DemoDeps, demoContext, must } from './demo-context.js';

const DAY = 24 * 3600_000;

/** CUIHU's teams: each works day, day, night, night, off, off — offset by two days, so every day has one of each. */
export const DEMO_TEAMS = [
  { site: 'CUIHU', name: '一班', leader: 'leader', members: ['officer', 'officer2'], offset: 0 },
  { site: 'CUIHU', name: '二班', leader: 'leader3', members: ['officer3', 'officer5'], offset: -2 },
  { site: 'CUIHU', name: '三班', leader: 'leader4', members: ['officer6'], offset: -4 },
  { site: 'JINQIAO', name: '大堂班', leader: 'leader2', members: ['officer4'], offset: 0 },
] as const;

/** How far back the demo roster reaches (its shifts are played by the other demo slices) and ahead. */
export const DEMO_ROSTER = { daysBack: 7, daysAhead: 20 } as const;

/**
 * Shift patterns, teams and a month's roster (without patterns only). The director rosters the
 * teams through the real service, a week back from today in the site's zone.
 */
export async function loadDemoShifts(em: Context['em'], log: Logger, deps: DemoDeps): Promise<void> {
  if ((await em.count(ShiftPattern, {})) > 0) return;
  const started = Date.now();
  const patterns = new Map<string, ShiftPattern>();
  const teams: { team: Team; offset: number }[] = [];
  await em.transactional(async (tx) => {
    for (const site of ['CUIHU', 'JINQIAO']) {
      for (const p of [
        { code: 'DAY', nameZh: '白班', nameEn: 'Day shift', startTime: '08:00', endTime: '20:00' },
        { code: 'NIGHT', nameZh: '夜班', nameEn: 'Night shift', startTime: '20:00', endTime: '08:00' },
      ]) {
        const pattern = tx.create(ShiftPattern, {
          id: randomUUID(),
          site: tx.getReference(Site, site),
          ...p,
          lateGraceMinutes: 5,
          earlyLeaveGraceMinutes: 5,
        });
        patterns.set(`${site}|${p.code}`, pattern);
      }
    }
    for (const t of DEMO_TEAMS) {
      const leader = await tx.findOneOrFail(Staff, { username: t.leader });
      const team = tx.create(Team, {
        id: randomUUID(),
        site: tx.getReference(Site, t.site),
        department: tx.getReference(Department, SHIFT_DEPARTMENT),
        name: t.name,
        leader,
      });
      team.members.set(await tx.find(Staff, { username: { $in: [...t.members] } }));
      teams.push({ team, offset: t.offset });
    }
  });

  const site = await em.findOneOrFail(Site, { code: 'CUIHU' });
  const today = zonedDate(new Date(started), site.timeZone);
  const from = addDays(today, -DEMO_ROSTER.daysBack);
  const to = addDays(today, DEMO_ROSTER.daysAhead);
  // Drafted the week before its first day.
  const ctx = await demoContext(em, log, deps, 'director', () => new Date(started - (DEMO_ROSTER.daysBack + 3) * DAY));
  const shifts = new ShiftService(ctx);
  let count = 0;
  for (const { team, offset } of teams) {
    const code = team.site.unwrap().code;
    const id = (p: string) => toGlobalId('ShiftPattern', (patterns.get(`${code}|${p}`) as ShiftPattern).id);
    const rotation =
      code === 'CUIHU'
        ? [id('DAY'), id('DAY'), id('NIGHT'), id('NIGHT'), null, null]
        : [id('DAY'), id('DAY'), id('DAY'), id('DAY'), id('DAY'), null, null];
    const result = must(
      await shifts.generate({
        teamId: toGlobalId('Team', team.id),
        from,
        to,
        rotation,
        anchorDate: addDays(today, offset),
      }),
      'demo roster',
    );
    count += result.shifts.length;
  }
  log.info({ shifts: count, ms: Date.now() - started }, 'loaded the demo roster');
}
