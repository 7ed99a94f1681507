import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/node.js';
import type { Logger } from '../../logger.js';
import { Priority } from '../cases/case.enums.js';
import { PatrolRound, PatrolScan } from '../patrols/patrol.entity.js';
import { PatrolAnomalyKind, ScanMethod } from '../patrols/patrol.enums.js';
import { PatrolService } from '../patrols/patrol.service.js';
import { MISSED_PATROL_SWEEP, sweepMissedPatrols } from '../patrols/patrol-coverage.js';
import { Area } from '../places/area.entity.js';
import { Checkpoint } from '../places/checkpoint.entity.js';
import { AreaKind } from '../places/place.enums.js';
import { PlaceService } from '../places/place.service.js';
import { Shift } from '../shifts/shift.entity.js';
import { ShiftRole, ShiftStatus } from '../shifts/shift.enums.js';
import { ShiftService } from '../shifts/shift.service.js';
import { Staff } from '../staff/staff.entity.js';
import { type DemoDeps, demoContext, must } from './demo-context.js';
import { DEMO_ROSTER } from './demo-shifts.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

interface DemoArea {
  kind: AreaKind;
  zh: string;
  en: string;
  note?: string;
  patrolled?: boolean;
  minPatrols?: number;
  /** Walked on every round (true), or on the first two only. */
  everyRound?: boolean;
  checkpoints: { name: string; hint?: string }[];
}

/** 翠湖花园, a residential estate, and 金桥大厦, an office tower: their areas in patrol order. */
const PLACES: Record<'CUIHU' | 'JINQIAO', DemoArea[]> = {
  CUIHU: [
    {
      kind: AreaKind.GATE,
      zh: '东大门',
      en: 'East gate',
      note: '含人行通道、车辆道闸及门前广场。',
      everyRound: true,
      checkpoints: [{ name: '东大门岗亭', hint: '岗亭外侧墙面' }],
    },
    {
      kind: AreaKind.GATE,
      zh: '北门',
      en: 'North gate',
      everyRound: true,
      checkpoints: [{ name: '北门道闸', hint: '道闸立柱背面' }],
    },
    {
      kind: AreaKind.LOBBY,
      zh: '会所大堂',
      en: 'Clubhouse lobby',
      checkpoints: [{ name: '会所服务台', hint: '服务台左侧立柱' }],
    },
    {
      kind: AreaKind.CAR_PARK,
      zh: '地下停车场',
      en: 'Underground car park',
      note: 'B1 层全部车位、坡道及电梯厅。',
      everyRound: true,
      checkpoints: [
        { name: 'B1 电梯厅', hint: '电梯厅消防栓旁' },
        { name: 'B1 东区车位', hint: 'E-068 车位后墙' },
      ],
    },
    {
      kind: AreaKind.CORRIDOR,
      zh: '1–6 栋楼道',
      en: 'Corridors of blocks 1–6',
      note: '含各栋楼梯间、消防通道及天台门。',
      checkpoints: [
        { name: '3 栋一楼楼道', hint: '信报箱上方' },
        { name: '5 栋天台门', hint: '天台门内侧' },
      ],
    },
    {
      kind: AreaKind.RESTROOM,
      zh: '会所公共卫生间',
      en: 'Clubhouse restrooms',
      checkpoints: [{ name: '会所卫生间门口', hint: '男女卫生间之间的墙面' }],
    },
    {
      kind: AreaKind.PLANT_ROOM,
      zh: '水泵房及配电房',
      en: 'Pump and switch rooms',
      note: '只在门外巡查，进入须由工程人员陪同。',
      checkpoints: [
        { name: '水泵房门口', hint: 'B1 北侧' },
        { name: '配电房门口', hint: '2 栋与 3 栋之间' },
      ],
    },
    {
      kind: AreaKind.GREENERY,
      zh: '中心花园',
      en: 'Central garden',
      everyRound: true,
      checkpoints: [{ name: '中心花园凉亭', hint: '凉亭立柱' }],
    },
    {
      kind: AreaKind.PERIMETER,
      zh: '小区周界',
      en: 'Estate perimeter',
      note: '夜间重点：围墙、监控死角。每班不少于三次。',
      minPatrols: 3,
      everyRound: true,
      checkpoints: [
        { name: '西侧围墙', hint: '西围墙 12 号监控杆' },
        { name: '南侧围墙', hint: '南围墙垃圾站旁' },
      ],
    },
    {
      kind: AreaKind.OTHER,
      zh: '物业服务中心',
      en: 'Management office',
      note: '办公区，有人值守，不计入巡查。',
      patrolled: false,
      checkpoints: [],
    },
  ],
  JINQIAO: [
    {
      kind: AreaKind.GATE,
      zh: '大厦正门',
      en: 'Main entrance',
      checkpoints: [{ name: '正门旋转门', hint: '旋转门右侧' }],
    },
    {
      kind: AreaKind.LOBBY,
      zh: '一楼大堂',
      en: 'Ground-floor lobby',
      checkpoints: [
        { name: '大堂前台', hint: '前台背景墙' },
        { name: '电梯厅', hint: '1 号电梯旁' },
      ],
    },
    {
      kind: AreaKind.CAR_PARK,
      zh: '地下车库',
      en: 'Basement car park',
      checkpoints: [{ name: 'B2 车库出口', hint: '出口收费亭' }],
    },
    {
      kind: AreaKind.CORRIDOR,
      zh: '标准层走廊',
      en: 'Office floor corridors',
      checkpoints: [
        { name: '10 楼走廊', hint: '消防楼梯门旁' },
        { name: '20 楼走廊', hint: '消防楼梯门旁' },
      ],
    },
    {
      kind: AreaKind.RESTROOM,
      zh: '公共卫生间',
      en: 'Public restrooms',
      checkpoints: [{ name: '3 楼卫生间', hint: '洗手台对面' }],
    },
    {
      kind: AreaKind.PLANT_ROOM,
      zh: '空调机房',
      en: 'HVAC plant room',
      checkpoints: [{ name: '顶层机房', hint: '机房门外' }],
    },
    {
      kind: AreaKind.PERIMETER,
      zh: '大厦外围',
      en: 'Building surroundings',
      checkpoints: [{ name: '东侧广场', hint: '广场旗杆基座' }],
    },
  ],
};

/** Minutes after a shift's start when its rounds set out: two full rounds and an outdoor one. */
const ROUNDS = [45, 290, 560] as const;
const STEP_MINUTES = 4;

const OBSERVATIONS = [
  '正常',
  '消防通道畅通',
  '地面湿滑，已放置警示牌',
  '照明正常，无异常人员',
  '发现一处垃圾袋，已通知保洁',
  '门窗关闭完好',
  '车辆停放有序',
];

/** Anomalies found on patrol: days back, site, pattern, round, area kind, and the case they open. */
const ANOMALIES = [
  {
    daysBack: 2,
    site: 'CUIHU',
    night: false,
    round: 0,
    kind: AreaKind.GREENERY,
    report: {
      kind: PatrolAnomalyKind.REPAIR,
      title: '中心花园两盏庭院灯不亮',
      description: '巡查至中心花园凉亭附近，发现两盏庭院灯不亮，夜间通行有安全隐患，请安排维修。',
      priority: Priority.HIGH,
    },
  },
  {
    daysBack: 1,
    site: 'CUIHU',
    night: true,
    round: 1,
    kind: AreaKind.CORRIDOR,
    report: {
      kind: PatrolAnomalyKind.COMPLAINT,
      title: '5 栋楼梯间堆放杂物堵塞消防通道',
      description: '5 栋 3 楼至 4 楼楼梯间有住户堆放纸箱和旧家具，堵塞消防通道，已拍照留存，请联系住户清理。',
      priority: null,
    },
  },
  {
    daysBack: 1,
    site: 'JINQIAO',
    night: false,
    round: 0,
    kind: AreaKind.RESTROOM,
    report: {
      kind: PatrolAnomalyKind.REPAIR,
      title: '3 楼卫生间水龙头漏水',
      description: '3 楼男卫生间第二个洗手台水龙头关不紧，持续滴水，请安排维修。',
      priority: null,
    },
  },
] as const;

/** The one short shift of the week: CUIHU's night three days back walks the plant rooms only once. */
const SHORT = { daysBack: 3, site: 'CUIHU', night: true, kind: AreaKind.PLANT_ROOM } as const;

interface PlacedArea {
  area: Area;
  demo: DemoArea;
  checkpoints: Checkpoint[];
}

interface Walk {
  shift: Shift;
  patroller: string;
  visits: { kind: AreaKind; checkpoint: Checkpoint; at: number; observation: string | null }[];
  /** The visit that found something, and the case it opens. */
  anomaly: { index: number; report: (typeof ANOMALIES)[number]['report'] } | null;
  roundId: string | null;
}

/**
 * Writes visits [from, to) of a walk into its round (made on the first write), as the scan
 * service would have: the round's last scan, and its end a minute after once the walk is over.
 */
function writeRound(
  tx: EntityManager,
  w: Walk,
  staff: Map<string, string>,
  from: number,
  to: number,
  now: number,
): PatrolRound {
  const patroller = tx.getReference(Staff, staff.get(w.patroller) as string);
  const last = (w.visits[w.visits.length - 1] as Walk['visits'][number]).at;
  const done = to === w.visits.length && last < now - 5 * MINUTE;
  const round = w.roundId
    ? tx.getReference(PatrolRound, w.roundId)
    : tx.create(PatrolRound, {
        id: randomUUID(),
        shift: tx.getReference(Shift, w.shift.id),
        patroller,
        startedAt: new Date((w.visits[0] as Walk['visits'][number]).at),
        lastScanAt: new Date(0),
      });
  const visits = w.visits.slice(from, to);
  const end = visits[visits.length - 1];
  if (end) round.lastScanAt = new Date(end.at);
  // Marked complete on the phone a minute after the last scan; a round still being walked is not.
  if (done) round.completedAt = new Date(last + MINUTE);
  for (const v of visits) {
    tx.create(PatrolScan, {
      id: randomUUID(),
      round,
      shift: tx.getReference(Shift, w.shift.id),
      checkpoint: tx.getReference(Checkpoint, v.checkpoint.id),
      area: tx.getReference(Area, v.checkpoint.area.unwrap().id),
      patroller,
      scannedAt: new Date(v.at),
      // Cards are scanned; now and then one is picked from the list (a torn or dirty card).
      method: (v.at / MINUTE) % 13 === 0 ? ScanMethod.LIST : ScanMethod.CODE,
      observation: v.observation,
    });
  }
  return round;
}

/**
 * Areas and checkpoints at both sites (kept by the director), then the past week's patrols played
 * through the real services: each shift that has begun goes on duty under its leader, its people
 * walk their rounds at the times they would have, a few find something and open a case, and one
 * night leaves the plant rooms short — a missed patrol for the director to review. Shifts another
 * demo slice has already moved past duty are left as they are.
 */
export async function loadDemoPatrols(em: Context['em'], log: Logger, deps: DemoDeps): Promise<void> {
  if ((await em.count(Area, {})) > 0) return;
  const started = Date.now();
  const placed = new Map<string, PlacedArea[]>();
  const director = await demoContext(em, log, deps, 'director', () => new Date(started - 10 * DAY));
  const places = new PlaceService(director);
  for (const [site, areas] of Object.entries(PLACES)) {
    const list: PlacedArea[] = [];
    for (const demo of areas) {
      const area = must(
        await places.createArea({
          siteCode: site,
          kind: demo.kind,
          nameZh: demo.zh,
          nameEn: demo.en,
          note: demo.note ?? null,
          patrolled: demo.patrolled ?? true,
          minPatrols: demo.minPatrols ?? null,
        }),
        'demo area',
      );
      const checkpoints: Checkpoint[] = [];
      for (const c of demo.checkpoints) {
        checkpoints.push(
          must(
            await places.createCheckpoint({
              areaId: toGlobalId('Area', area.id),
              name: c.name,
              locationHint: c.hint ?? null,
            }),
            'demo checkpoint',
          ),
        );
      }
      list.push({ area, demo, checkpoints });
    }
    placed.set(site, list);
  }

  const shifts = await em.fork().find(
    Shift,
    {
      startsAt: { $gte: new Date(started - (DEMO_ROSTER.daysBack + 1) * DAY), $lt: new Date(started) },
      status: { $in: [ShiftStatus.PLANNED, ShiftStatus.BRIEFING, ShiftStatus.ON_DUTY] },
    },
    { orderBy: { startsAt: 'asc' }, populate: ['site', 'pattern', 'leader', 'members', 'members.staff'] },
  );
  // The rounds are written straight in (hundreds of scans through the API would slow every start
  // with demo data); the anomalies found on them are reported through the service, mid-round.
  const walked: Walk[] = [];
  let shortEnded: number | null = null;
  const leaders = new Map<string, ShiftService>();
  let leadersAt = started;
  for (const shift of shifts) {
    const site = shift.site.unwrap().code;
    const areas = placed.get(site)?.filter((a) => a.demo.patrolled !== false && a.checkpoints.length) ?? [];
    if (!areas.length) continue;
    const start = shift.startsAt.getTime();
    if (shift.status !== ShiftStatus.ON_DUTY) {
      const leader = shift.leader.unwrap().username;
      const lead =
        leaders.get(leader) ?? new ShiftService(await demoContext(em, log, deps, leader, () => new Date(leadersAt)));
      leaders.set(leader, lead);
      leadersAt = start - 10 * MINUTE;
      must(await lead.startDuty({ shiftId: toGlobalId('Shift', shift.id) }), 'demo duty');
    }
    const people = shift.members
      .getItems()
      .filter((m) => !m.removedAt && !m.onLeave)
      .sort((a, b) => (a.role === b.role ? 0 : a.role === ShiftRole.OFFICER ? -1 : 1))
      .map((m) => m.staff.unwrap().username);
    const night = shift.pattern.unwrap().code === 'NIGHT';
    const daysBack = Math.floor((started - start) / DAY);
    const short = SHORT.site === site && SHORT.night === night && SHORT.daysBack === daysBack;
    if (short) shortEnded = shift.endsAt.getTime();
    const rounds = site === 'CUIHU' ? ROUNDS : ROUNDS.slice(0, 2);
    for (const [r, offset] of rounds.entries()) {
      const at = start + offset * MINUTE;
      const visits = areas
        .filter((a) => r < 2 || a.demo.everyRound)
        .filter((a) => !(short && r >= 1 && a.demo.kind === SHORT.kind))
        .map((a, k) => {
          const seed = (daysBack * 7 + r * 3 + k) % 11;
          return {
            kind: a.demo.kind,
            checkpoint: a.checkpoints[(r + daysBack) % a.checkpoints.length] as Checkpoint,
            at: at + k * STEP_MINUTES * MINUTE,
            observation: seed < OBSERVATIONS.length && seed % 2 === 0 ? (OBSERVATIONS[seed] as string) : null,
          };
        })
        .filter((v) => v.at <= started - 2 * MINUTE);
      if (!visits.length) break;
      const found = ANOMALIES.find(
        (x) => x.site === site && x.night === night && x.daysBack === daysBack && x.round === r,
      );
      const index = found ? visits.findIndex((v) => v.kind === found.kind) : -1;
      walked.push({
        shift,
        patroller: people[r % people.length] as string,
        visits,
        anomaly: found && index >= 0 ? { index, report: found.report } : null,
        roundId: null,
      });
    }
  }
  const staff = new Map((await em.fork().find(Staff, {})).map((s) => [s.username, s.id]));
  // Before the anomalies: every round up to the scan that found something.
  await em.fork().transactional(async (tx) => {
    for (const w of walked) {
      const upTo = w.anomaly ? w.anomaly.index : w.visits.length;
      if (upTo > 0) w.roundId = writeRound(tx, w, staff, 0, upTo, started).id;
    }
  });
  for (const w of walked) {
    if (!w.anomaly) continue;
    const v = w.visits[w.anomaly.index] as Walk['visits'][number];
    const ctx = await demoContext(em, log, deps, w.patroller, () => new Date(v.at));
    const o = must(
      await new PatrolService(ctx).reportAnomaly({
        checkpointId: toGlobalId('Checkpoint', v.checkpoint.id),
        ...w.anomaly.report,
      }),
      'demo anomaly',
    );
    w.roundId = o.scan.round.unwrap().id;
  }
  // After them: the rest of those rounds.
  await em.fork().transactional(async (tx) => {
    for (const w of walked) {
      if (w.anomaly) writeRound(tx, w, staff, w.anomaly.index + 1, w.visits.length, started);
    }
  });
  const scans = walked.reduce((n, w) => n + w.visits.length, 0);
  // The short night's missed patrol is recorded when the sweep would have found it, hours after
  // it ended; then everything else that has ended since.
  let missed = 0;
  if (shortEnded) {
    const at = shortEnded + (MISSED_PATROL_SWEEP.afterEndMinutes + 7) * MINUTE;
    missed += await sweepMissedPatrols(em, () => new Date(at));
  }
  missed += await sweepMissedPatrols(em, () => new Date(started));
  log.info({ scans, missed, ms: Date.now() - started }, 'loaded the demo places and patrols');
}
