import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/node.js';
import type { Logger } from '../../logger.js';
import { EmergencyPlanService } from '../fire-safety/emergency-plan.service.js';
import { FireBrigadeService } from '../fire-safety/fire-brigade.service.js';
import { FireDrillService } from '../fire-safety/fire-drill.service.js';
import { FireEquipmentService } from '../fire-safety/fire-equipment.service.js';
import { FireResponsibilityService } from '../fire-safety/fire-responsibility.service.js';
import {
  EmergencyPlanType,
  FireBrigadeEngagement,
  FireBrigadeRole,
  FireDrillRating,
  FireEquipmentStatus,
  FireEquipmentType,
} from '../fire-safety/fire-safety.enums.js';
import { KeyUnit } from '../fire-safety/key-unit.entity.js';
import { Area } from '../places/area.entity.js';
import { addDays, zonedDate, zonedInstant } from '../shifts/zoned-time.js';
import { Staff } from '../staff/staff.entity.js';
import { type DemoDeps, demoContext, must } from './demo-context.js';

const DAY = 24 * 3600_000;
const ZONE = 'Asia/Shanghai';

type SiteCode = 'CUIHU' | 'JINQIAO';

/** Who answers for each area (by its Chinese name): responsible, deputy. Areas left out are the gaps C15 shows. */
const RESPONSIBILITY: Record<SiteCode, [string, string, string | null][]> = {
  CUIHU: [
    ['东大门', 'leader', 'officer'],
    ['北门', 'leader3', 'officer2'],
    ['会所大堂', 'cs', 'officer3'],
    ['地下停车场', 'leader4', 'officer5'],
    ['1–6 栋楼道', 'leader', 'officer6'],
    ['会所公共卫生间', 'officer3', null],
    ['水泵房及配电房', 'tech', 'fire'],
    ['小区周界', 'leader3', 'officer5'],
    ['物业服务中心', 'clerk', 'cs'],
    // 中心花园: nobody yet — the gap the overview shows.
  ],
  JINQIAO: [
    ['大厦正门', 'leader2', 'officer4'],
    ['一楼大堂', 'cs2', 'officer4'],
    ['地下车库', 'leader2', 'officer4'],
    ['标准层走廊', 'officer4', null],
    ['空调机房', 'tech', null],
    ['大厦外围', 'leader2', null],
    // 公共卫生间: nobody yet.
  ],
};

const DUTIES = '负责本区域消防安全检查，保持消防通道畅通、消防器材完好；发现火灾隐患立即整改或上报。';

const CUIHU_CARPARK_FIRE_V1 = `一、适用范围：翠湖花园地下停车场（B1 层全部车位、坡道及电梯厅）。
二、组织：现场总指挥由当班领班担任，消防主管负责技术指导；义务消防队员按分工就位。
三、处置程序：
1. 发现火情立即报告监控中心，拨打 119，说明地址、起火部位、燃烧物。
2. 当班人员携带灭火器赶赴现场扑救初起火灾，同时切断起火区域电源。
3. 开启排烟风机，引导车辆及人员从东、西坡道疏散，禁止使用电梯。
4. 在入口设置警戒，引导消防车从北门进入。
四、火灾扑灭后保护现场，配合消防部门调查，做好记录并上报秩序维护部主管。`;

const CUIHU_CARPARK_FIRE_V2 = `一、适用范围：翠湖花园地下停车场（B1 层全部车位、坡道、电梯厅及新增电动车充电区）。
二、组织：现场总指挥由当班领班担任，消防主管负责技术指导；义务消防队员按分工就位：灭火组 3 人、疏散组 2 人、警戒组 1 人。
三、处置程序：
1. 发现火情立即报告监控中心，拨打 119，说明地址、起火部位、燃烧物（电动车起火须特别说明）。
2. 灭火组携带灭火器及消防水带赶赴现场扑救初起火灾；充电区起火先切断充电桩总电源。
3. 开启排烟风机，疏散组引导车辆及人员从东、西坡道疏散，通知 3、5 栋住户经楼梯撤离，禁止使用电梯。
4. 警戒组在北门设置警戒，引导消防车进入，清理消防车通道。
四、火灾扑灭后保护现场，配合消防部门调查，做好记录，一小时内书面上报秩序维护部主管。
五、修订说明：根据上次演练评估，新增电动车充电区处置要求，明确各组人员分工。`;

const CUIHU_CARPARK_SECURITY = `一、适用范围：地下停车场发生车辆被盗、破坏、斗殴或可疑人员滞留等治安事件。
二、处置程序：
1. 当班人员发现或接报后立即赶赴现场，制止违法行为，保护当事人安全。
2. 报告当班领班及监控中心，调取监控录像，必要时拨打 110。
3. 封锁出入口，核对进出车辆，配合公安机关调查取证。
4. 做好值班记录，事后上报秩序维护部主管。`;

const CUIHU_PUMP_FIRE = `一、适用范围：水泵房及配电房（B1 北侧、2 栋与 3 栋之间）。
二、处置程序：
1. 发现冒烟、焦味或报警，立即报告监控中心及工程值班人员，拨打 119。
2. 配电房起火严禁用水扑救，使用二氧化碳或干粉灭火器；确认断电前不得进入。
3. 工程人员负责切换备用电源，保证消防水泵、应急照明供电。
4. 秩序维护人员在门外设置警戒，引导消防人员进入。
三、事后由工程部检查设备，秩序维护部做好记录并上报。`;

const JINQIAO_CARPARK_FIRE = `一、适用范围：金桥大厦地下车库（B1、B2 层）。
二、处置程序：
1. 发现火情立即报告消防控制室，启动火灾报警，拨打 119。
2. 当班人员就近使用灭火器扑救初起火灾，消防控制室确认启动喷淋及排烟系统。
3. 广播通知车库内人员经疏散楼梯撤离至大厦东侧广场集合，禁止使用电梯。
4. 在车库出入口设置警戒，禁止车辆进入，引导消防车停靠东侧广场。
三、火灾扑灭后保护现场，清点人数，做好记录并上报。`;

const JINQIAO_CONTROL_ROOM_FIRE = `一、适用范围：一楼消防控制室。
二、要求：控制室 24 小时双人值班；火灾报警后 3 分钟内核实，确认后立即启动联动设备并报 119。
三、控制室自身起火时，使用二氧化碳灭火器扑救，同时通知秩序维护部值班领班接管报警主机监视。`;

interface DemoEquipment {
  site: SiteCode;
  area: string | null;
  type: FireEquipmentType;
  identifier: string;
  location: string;
  quantity?: number;
  note?: string;
  /** Days ago it was last checked, and days from today its next check is due (negative: overdue). */
  checkedDaysAgo: number;
  dueInDays: number;
}

const EQUIPMENT: DemoEquipment[] = [
  {
    site: 'CUIHU',
    area: '地下停车场',
    type: FireEquipmentType.EXTINGUISHER,
    identifier: 'MHQ-B1-01',
    location: 'B1 电梯厅消防栓箱内',
    quantity: 2,
    note: 'ABC 干粉 4kg',
    checkedDaysAgo: 20,
    dueInDays: 10,
  },
  {
    site: 'CUIHU',
    area: '地下停车场',
    type: FireEquipmentType.EXTINGUISHER,
    identifier: 'MHQ-B1-02',
    location: 'B1 东区 E-068 车位后墙',
    quantity: 2,
    note: 'ABC 干粉 4kg',
    checkedDaysAgo: 40,
    dueInDays: -10,
  },
  {
    site: 'CUIHU',
    area: '地下停车场',
    type: FireEquipmentType.EXTINGUISHER,
    identifier: 'MHQ-B1-03',
    location: 'B1 电动车充电区入口',
    quantity: 4,
    note: 'ABC 干粉 4kg，演练后新增',
    checkedDaysAgo: 30,
    dueInDays: 0,
  },
  {
    site: 'CUIHU',
    area: '地下停车场',
    type: FireEquipmentType.HYDRANT,
    identifier: 'XHS-B1-01',
    location: 'B1 电梯厅西侧',
    note: '室内消火栓，配 25m 水带一盘',
    checkedDaysAgo: 20,
    dueInDays: 10,
  },
  {
    site: 'CUIHU',
    area: '地下停车场',
    type: FireEquipmentType.SPRINKLER,
    identifier: 'PL-B1',
    location: 'B1 湿式报警阀间（坡道下）',
    checkedDaysAgo: 60,
    dueInDays: 30,
  },
  {
    site: 'CUIHU',
    area: '1–6 栋楼道',
    type: FireEquipmentType.EXTINGUISHER,
    identifier: 'MHQ-3-01',
    location: '3 栋一楼楼梯口',
    quantity: 2,
    checkedDaysAgo: 25,
    dueInDays: 5,
  },
  {
    site: 'CUIHU',
    area: '1–6 栋楼道',
    type: FireEquipmentType.EXTINGUISHER,
    identifier: 'MHQ-5-01',
    location: '5 栋一楼楼梯口',
    quantity: 2,
    checkedDaysAgo: 45,
    dueInDays: -15,
  },
  {
    site: 'CUIHU',
    area: '1–6 栋楼道',
    type: FireEquipmentType.EMERGENCY_LIGHT,
    identifier: 'YJZM-5',
    location: '5 栋各层楼梯间',
    quantity: 18,
    checkedDaysAgo: 25,
    dueInDays: 65,
  },
  {
    site: 'CUIHU',
    area: '1–6 栋楼道',
    type: FireEquipmentType.EXIT_SIGN,
    identifier: 'SSZS-3',
    location: '3 栋各层楼梯间及走道',
    quantity: 24,
    checkedDaysAgo: 25,
    dueInDays: 65,
  },
  {
    site: 'CUIHU',
    area: '会所大堂',
    type: FireEquipmentType.SMOKE_DETECTOR,
    identifier: 'YG-HS',
    location: '会所大堂及二楼活动室吊顶',
    quantity: 12,
    checkedDaysAgo: 50,
    dueInDays: 40,
  },
  {
    site: 'CUIHU',
    area: '水泵房及配电房',
    type: FireEquipmentType.FIRE_PUMP_ROOM,
    identifier: 'XFBF',
    location: 'B1 北侧水泵房，钥匙在监控中心',
    note: '消防主泵、备用泵各一台，每周试运行',
    checkedDaysAgo: 6,
    dueInDays: 1,
  },
  {
    site: 'CUIHU',
    area: '水泵房及配电房',
    type: FireEquipmentType.POWER_ROOM,
    identifier: 'PDF-1',
    location: '2 栋与 3 栋之间配电房',
    note: '进入须由工程人员陪同',
    checkedDaysAgo: 10,
    dueInDays: 20,
  },
  {
    site: 'CUIHU',
    area: '东大门',
    type: FireEquipmentType.HYDRANT,
    identifier: 'SWXHS-01',
    location: '东大门岗亭北侧绿化带',
    note: '室外地上式消火栓',
    checkedDaysAgo: 30,
    dueInDays: 60,
  },
  {
    site: 'JINQIAO',
    area: null,
    type: FireEquipmentType.ALARM_PANEL,
    identifier: 'BJZJ-01',
    location: '一楼东侧消防控制室',
    note: '火灾报警控制器（联动型）',
    checkedDaysAgo: 3,
    dueInDays: 27,
  },
  {
    site: 'JINQIAO',
    area: '地下车库',
    type: FireEquipmentType.EXTINGUISHER,
    identifier: 'MHQ-B2-01',
    location: 'B2 车库出口收费亭旁',
    quantity: 2,
    checkedDaysAgo: 15,
    dueInDays: 15,
  },
  {
    site: 'JINQIAO',
    area: '地下车库',
    type: FireEquipmentType.HYDRANT,
    identifier: 'XHS-B2-03',
    location: 'B2 3 号柱旁',
    checkedDaysAgo: 15,
    dueInDays: 15,
  },
  {
    site: 'JINQIAO',
    area: '标准层走廊',
    type: FireEquipmentType.EXTINGUISHER,
    identifier: 'MHQ-10-01',
    location: '10 楼消防楼梯门旁',
    quantity: 2,
    checkedDaysAgo: 15,
    dueInDays: 15,
  },
  {
    site: 'JINQIAO',
    area: '标准层走廊',
    type: FireEquipmentType.MANUAL_CALL_POINT,
    identifier: 'SB-20-01',
    location: '20 楼电梯厅',
    checkedDaysAgo: 15,
    dueInDays: 15,
  },
  {
    site: 'JINQIAO',
    area: '一楼大堂',
    type: FireEquipmentType.EMERGENCY_LIGHT,
    identifier: 'YJZM-1F',
    location: '一楼大堂及电梯厅',
    quantity: 8,
    checkedDaysAgo: 15,
    dueInDays: 75,
  },
  {
    site: 'JINQIAO',
    area: '空调机房',
    type: FireEquipmentType.EXTINGUISHER,
    identifier: 'MHQ-RF-01',
    location: '顶层空调机房门内',
    quantity: 2,
    note: '二氧化碳 5kg',
    checkedDaysAgo: 15,
    dueInDays: 15,
  },
];

/** The brigades: username, role, engagement, days since joining, days since the last training (null: none). */
const BRIGADE: Record<SiteCode, [string, FireBrigadeRole, FireBrigadeEngagement, number, number | null][]> = {
  CUIHU: [
    ['fire', FireBrigadeRole.CAPTAIN, FireBrigadeEngagement.FULL_TIME, 600, 40],
    ['leader3', FireBrigadeRole.DEPUTY_CAPTAIN, FireBrigadeEngagement.PART_TIME, 500, 40],
    ['officer', FireBrigadeRole.MEMBER, FireBrigadeEngagement.PART_TIME, 500, 40],
    ['officer2', FireBrigadeRole.MEMBER, FireBrigadeEngagement.PART_TIME, 420, 40],
    // Trained more than a year ago: the member C16 flags.
    ['officer3', FireBrigadeRole.MEMBER, FireBrigadeEngagement.PART_TIME, 450, 400],
    ['officer5', FireBrigadeRole.MEMBER, FireBrigadeEngagement.PART_TIME, 200, 150],
  ],
  JINQIAO: [
    ['leader2', FireBrigadeRole.CAPTAIN, FireBrigadeEngagement.PART_TIME, 500, 100],
    ['officer4', FireBrigadeRole.MEMBER, FireBrigadeEngagement.PART_TIME, 300, 100],
    ['tech', FireBrigadeRole.MEMBER, FireBrigadeEngagement.PART_TIME, 300, null],
  ],
};

/**
 * The fire-safety programme (OM-4, SL-3, SL-11) as a year of it would leave it: the
 * responsibility system of both sites with a gap each, key units with plans (one superseded by
 * its second version, one still a draft), drills held (CUIHU's last month, evaluated, with
 * follow-ups; JINQIAO's eight months ago, so its drill is overdue), the equipment register with a
 * couple overdue, one faulty and one retired, and the brigades. Played through the services at
 * past times, on a database with areas and no key units only.
 */
export async function loadDemoFireSafety(em: Context['em'], log: Logger, deps: DemoDeps): Promise<void> {
  if ((await em.count(KeyUnit, {})) > 0 || (await em.count(Area, {})) === 0) return;
  const started = Date.now();
  let at = started - 398 * DAY;
  const clock = () => new Date(at);
  const dateAgo = (days: number) => zonedDate(new Date(started - days * DAY), ZONE);
  const timeAgo = (days: number, time: string) => zonedInstant(dateAgo(days), time, ZONE);

  const fire = await demoContext(em, log, deps, 'fire', clock);
  const director = await demoContext(em, log, deps, 'director', clock);
  const read = em.fork();
  const staff = new Map((await read.find(Staff, {})).map((s) => [s.username, toGlobalId('Staff', s.id)]));
  const who = (username: string) => staff.get(username) as string;
  const areas = new Map(
    (await read.find(Area, {})).map((a) => [`${a.site.unwrap().code}:${a.nameZh}`, toGlobalId('Area', a.id)]),
  );
  const area = (site: SiteCode, name: string | null) => (name ? (areas.get(`${site}:${name}`) ?? null) : null);

  // ---- a year and more ago: the responsibility system, the key units, the first plans ----
  const units = new EmergencyPlanService(fire);
  const unit = async (site: SiteCode, areaName: string | null, name: string, location: string, risk: string) =>
    toGlobalId(
      'KeyUnit',
      must(
        await units.createUnit({
          siteCode: site,
          areaId: area(site, areaName),
          name,
          location,
          riskDescription: risk,
        }),
        'demo key unit',
      ).id,
    );
  const carpark = await unit(
    'CUIHU',
    '地下停车场',
    '地下停车场',
    'B1 层，东、西两条坡道进出',
    '车辆密集，油品及电动车电池起火蔓延快；空间封闭，烟气不易排出，疏散距离长。',
  );
  const pumpRoom = await unit(
    'CUIHU',
    '水泵房及配电房',
    '消防泵房及配电房',
    'B1 北侧水泵房；2 栋与 3 栋之间配电房',
    '消防供水和全小区供电的要害部位；电气火灾不能用水扑救，一旦失火将影响全小区消防设施运行。',
  );
  const jqCarpark = await unit(
    'JINQIAO',
    '地下车库',
    '地下车库',
    'B1、B2 两层',
    '车辆集中，B2 层距地面出口远，排烟依赖机械排烟系统。',
  );

  const responsibilities = new FireResponsibilityService(fire);
  const assign = async (input: Parameters<FireResponsibilityService['assign']>[0]) =>
    must(await responsibilities.assign(input), 'demo responsibility');
  for (const [site, rows] of Object.entries(RESPONSIBILITY) as [SiteCode, [string, string, string | null][]][]) {
    for (const [name, responsible, deputy] of rows) {
      // 东大门 had 杨帆 until 刘强 took the gate over this spring: a superseded assignment.
      const first = site === 'CUIHU' && name === '东大门' ? 'officer2' : responsible;
      await assign({
        areaId: area(site, name),
        responsibleId: who(first),
        deputyId: deputy && deputy !== first ? who(deputy) : null,
        duties: DUTIES,
        effectiveFrom: dateAgo(395),
        signedOn: dateAgo(398),
      });
    }
  }
  await assign({
    keyUnitId: carpark,
    responsibleId: who('director'),
    deputyId: who('leader4'),
    duties: '重点部位消防安全责任人：组织每月专项检查，督促落实应急方案，保证排烟、喷淋系统完好。',
    effectiveFrom: dateAgo(395),
    signedOn: dateAgo(398),
  });
  await assign({
    keyUnitId: pumpRoom,
    responsibleId: who('tech'),
    deputyId: who('fire'),
    duties: '保证消防水泵每周试运行、配电房每日巡检，钥匙由监控中心专人保管。',
    effectiveFrom: dateAgo(395),
    signedOn: dateAgo(398),
  });
  await assign({
    keyUnitId: jqCarpark,
    responsibleId: who('leader2'),
    deputyId: who('officer4'),
    duties: '车库消防安全责任人：每班检查排烟风机及喷淋末端试水，保持疏散楼梯畅通。',
    effectiveFrom: dateAgo(395),
    signedOn: dateAgo(398),
  });

  const plans = new EmergencyPlanService(fire);
  const approvals = new EmergencyPlanService(director);
  const plan = async (
    keyUnitId: string,
    type: EmergencyPlanType,
    title: string,
    content: string,
    when: { draftedDaysAgo: number; effectiveFrom: string; reviewDue: string },
    approve: boolean,
  ) => {
    at = started - when.draftedDaysAgo * DAY;
    const draft = must(
      await plans.draftPlan({
        keyUnitId,
        type,
        title,
        content,
        effectiveFrom: when.effectiveFrom,
        reviewDue: when.reviewDue,
      }),
      'demo plan draft',
    );
    const id = toGlobalId('EmergencyPlan', draft.id);
    if (approve) must(await approvals.approve({ planId: id }), 'demo plan approval');
    return id;
  };
  const firstCarparkPlan = await plan(
    carpark,
    EmergencyPlanType.FIRE,
    '地下停车场消防应急方案',
    CUIHU_CARPARK_FIRE_V1,
    { draftedDaysAgo: 390, effectiveFrom: dateAgo(390), reviewDue: dateAgo(30) },
    true,
  );
  // Its review date has passed: the overview lists it under plans due for review.
  const carparkSecurity = await plan(
    carpark,
    EmergencyPlanType.PUBLIC_SECURITY,
    '地下停车场治安应急方案',
    CUIHU_CARPARK_SECURITY,
    { draftedDaysAgo: 390, effectiveFrom: dateAgo(390), reviewDue: dateAgo(25) },
    true,
  );
  const pumpFire = await plan(
    pumpRoom,
    EmergencyPlanType.FIRE,
    '消防泵房及配电房消防应急方案',
    CUIHU_PUMP_FIRE,
    { draftedDaysAgo: 300, effectiveFrom: dateAgo(300), reviewDue: dateAgo(-60) },
    true,
  );
  const jqCarparkFire = await plan(
    jqCarpark,
    EmergencyPlanType.FIRE,
    '金桥大厦地下车库消防应急方案',
    JINQIAO_CARPARK_FIRE,
    { draftedDaysAgo: 300, effectiveFrom: dateAgo(300), reviewDue: dateAgo(-60) },
    true,
  );

  // ---- drills: JINQIAO eight months ago, CUIHU seven months ago on the first plan ----
  const drills = new FireDrillService(fire);
  const directorDrills = new FireDrillService(director);
  const drill = async (
    site: SiteCode,
    daysAgo: number,
    scenario: string,
    planId: string | null,
    areaName: string | null,
    times: [string, string | null, string | null, string],
    participants: string[],
    counts: [number, number],
    note: string,
    evaluation: { text: string; rating: FireDrillRating; followUps: [string, string, number | null][] },
  ) => {
    at = started - (daysAgo + 14) * DAY;
    const planned = must(
      await drills.plan({
        siteCode: site,
        plannedFor: timeAgo(daysAgo, times[0]),
        scenario,
        planId,
        areaId: area(site, areaName),
        organiserId: who('fire'),
      }),
      'demo drill plan',
    );
    const drillId = toGlobalId('FireDrill', planned.id);
    // The day after: every time of the drill is past.
    at = started - (daysAgo - 1) * DAY;
    must(
      await drills.record({
        drillId,
        alarmAt: timeAgo(daysAgo, times[0]),
        assembledAt: times[1] ? timeAgo(daysAgo, times[1]) : null,
        evacuatedAt: times[2] ? timeAgo(daysAgo, times[2]) : null,
        endedAt: timeAgo(daysAgo, times[3]),
        participantIds: participants.map(who),
        brigadeCount: counts[0],
        occupantCount: counts[1],
        note,
      }),
      'demo drill record',
    );
    at = started - (daysAgo - 2) * DAY;
    const evaluated = must(
      await directorDrills.evaluate({
        drillId,
        evaluation: evaluation.text,
        rating: evaluation.rating,
        followUps: evaluation.followUps.map(([description, owner, dueInDays]) => ({
          description,
          ownerId: who(owner),
          dueOn: dueInDays === null ? null : addDays(dateAgo(daysAgo - 2), dueInDays),
        })),
      }),
      'demo drill evaluation',
    );
    return evaluated;
  };

  await drill(
    'JINQIAO',
    240,
    '地下车库 B2 层车辆自燃，启动地下车库消防应急方案，疏散车库及一楼大堂人员。',
    jqCarparkFire,
    '地下车库',
    ['14:30', '14:34', '14:42', '15:10'],
    ['leader2', 'officer4', 'tech'],
    [3, 35],
    '消防控制室 1 分钟内确认报警并启动排烟；广播疏散正常。',
    {
      text: '整体有序。不足：B2 层疏散指示标志两处不亮，部分租户不清楚集合地点。',
      rating: FireDrillRating.ADEQUATE,
      followUps: [
        ['更换 B2 层两处损坏的疏散指示标志', 'tech', 14],
        ['向各租户发放疏散集合点示意图', 'cs2', 30],
      ],
    },
  ).then(async (d) => {
    at = started - 200 * DAY;
    for (const f of await new FireDrillService(fire).followUps(d)) {
      must(
        await new FireDrillService(fire).setFollowUpDone({
          followUpId: toGlobalId('FireDrillFollowUp', f.id),
          done: true,
          note: '已完成',
        }),
        'demo follow-up',
      );
    }
  });

  await drill(
    'CUIHU',
    210,
    '地下停车场 B1 东区车辆起火，启动消防应急方案，疏散停车场内人员车辆。',
    firstCarparkPlan,
    '地下停车场',
    ['09:30', '09:35', '09:46', '10:15'],
    ['leader', 'leader3', 'officer', 'officer2', 'officer3'],
    [5, 20],
    '排烟风机启动延迟约 2 分钟；疏散组到位偏慢。',
    {
      text: '基本达到演练目的。问题：排烟风机手动启动不熟练；电动车充电区未纳入方案；疏散组分工不清。',
      rating: FireDrillRating.ADEQUATE,
      followUps: [
        ['组织全体队员进行排烟风机操作培训', 'fire', 20],
        ['修订地下停车场消防应急方案，纳入电动车充电区', 'fire', 60],
      ],
    },
  ).then(async (d) => {
    at = started - 150 * DAY;
    for (const f of await new FireDrillService(fire).followUps(d)) {
      must(
        await new FireDrillService(fire).setFollowUpDone({
          followUpId: toGlobalId('FireDrillFollowUp', f.id),
          done: true,
          note: '已落实',
        }),
        'demo follow-up',
      );
    }
  });

  // ---- two months ago: the car park plan's second version supersedes the first ----
  at = started - 60 * DAY;
  const v2 = must(
    await plans.draftPlan({
      keyUnitId: carpark,
      type: EmergencyPlanType.FIRE,
      title: '地下停车场消防应急方案（修订）',
      content: CUIHU_CARPARK_FIRE_V2,
      effectiveFrom: dateAgo(55),
      reviewDue: dateAgo(-300),
    }),
    'demo plan v2',
  );
  at = started - 55 * DAY;
  must(await approvals.approve({ planId: toGlobalId('EmergencyPlan', v2.id) }), 'demo plan v2 approval');
  const v2Id = toGlobalId('EmergencyPlan', v2.id);

  // 东大门 changes hands this spring (the first assignment is superseded, its history kept).
  at = started - 50 * DAY;
  await assign({
    areaId: area('CUIHU', '东大门'),
    responsibleId: who('leader'),
    deputyId: who('officer'),
    duties: DUTIES,
    effectiveFrom: dateAgo(50),
    signedOn: dateAgo(51),
  });

  // Shift leaders confirm reading the plans in force (SL-11): 罗斌 has not yet.
  at = started - 40 * DAY;
  for (const [username, ids] of [
    ['leader', [v2Id, carparkSecurity, pumpFire]],
    ['leader3', [v2Id, carparkSecurity]],
    ['leader2', [jqCarparkFire]],
  ] as const) {
    const reader = new EmergencyPlanService(await demoContext(em, log, deps, username, clock));
    for (const planId of ids) must(await reader.confirmRead({ planId }), 'demo plan reading');
  }

  // ---- last month: CUIHU's drill on the new version, evaluated, with follow-ups ----
  await drill(
    'CUIHU',
    33,
    'B1 停车场电动车充电区起火，启动地下停车场消防应急方案（修订），疏散 3、5 栋住户。',
    v2Id,
    '地下停车场',
    ['19:30', '19:33', '19:41', '20:05'],
    ['leader', 'leader3', 'officer', 'officer2', 'officer3', 'officer5', 'tech'],
    [6, 48],
    '灭火组 3 分钟内到达充电区，切断充电桩电源；3、5 栋住户 11 分钟完成疏散。',
    {
      text: '响应迅速，分工明确，较上次演练集合时间缩短 2 分钟。不足：5 栋楼梯间有住户堆放杂物影响疏散；B1 东区两具灭火器压力不足。',
      rating: FireDrillRating.GOOD,
      followUps: [
        ['更换 B1 东区压力不足的两具灭火器', 'fire', 7],
        ['联系 5 栋住户清理楼梯间杂物，复查消防通道', 'leader', 14],
        ['在电动车充电区增配 4 具灭火器并张贴操作说明', 'tech', 45],
      ],
    },
  ).then(async (d) => {
    at = started - 26 * DAY;
    const [first] = await new FireDrillService(fire).followUps(d);
    if (first) {
      must(
        await new FireDrillService(fire).setFollowUpDone({
          followUpId: toGlobalId('FireDrillFollowUp', first.id),
          done: true,
          note: '已更换为新灭火器，压力正常。',
        }),
        'demo follow-up',
      );
    }
  });

  // ---- the brigades ----
  at = started - 30 * DAY;
  const brigade = new FireBrigadeService(fire);
  for (const [site, rows] of Object.entries(BRIGADE) as [SiteCode, (typeof BRIGADE)['CUIHU']][]) {
    for (const [username, role, engagement, joinedDaysAgo, trainedDaysAgo] of rows) {
      must(
        await brigade.add({
          siteCode: site,
          staffId: who(username),
          role,
          engagement,
          joinedOn: dateAgo(joinedDaysAgo),
          lastTrainedOn: trainedDaysAgo === null ? null : dateAgo(trainedDaysAgo),
        }),
        'demo brigade member',
      );
    }
  }

  // ---- the equipment register, checked over the last weeks ----
  at = started - 20 * DAY;
  const register = new FireEquipmentService(fire);
  const registered = new Map<string, string>();
  for (const e of EQUIPMENT) {
    const item = must(
      await register.register({
        siteCode: e.site,
        areaId: area(e.site, e.area),
        type: e.type,
        identifier: e.identifier,
        location: e.location,
        quantity: e.quantity ?? 1,
        note: e.note ?? null,
        lastCheckedOn: dateAgo(Math.max(e.checkedDaysAgo, 20)),
        nextDueOn: dateAgo(-e.dueInDays),
      }),
      'demo equipment',
    );
    registered.set(e.identifier, toGlobalId('FireEquipment', item.id));
  }
  // Checks since: most recorded as they were; one found faulty; the old gate extinguisher retired.
  at = started - 2 * DAY;
  for (const e of EQUIPMENT.filter((x) => x.checkedDaysAgo < 20)) {
    must(
      await register.recordCheck({
        equipmentId: registered.get(e.identifier) as string,
        checkedOn: dateAgo(e.checkedDaysAgo),
        nextDueOn: dateAgo(-e.dueInDays),
        status: FireEquipmentStatus.OK,
        note: null,
      }),
      'demo check',
    );
  }
  must(
    await register.recordCheck({
      equipmentId: registered.get('YG-HS') as string,
      checkedOn: dateAgo(2),
      nextDueOn: dateAgo(-12),
      status: FireEquipmentStatus.FAULTY,
      note: '二楼活动室 2 个烟感探头报故障，已报工程部更换。',
    }),
    'demo faulty check',
  );
  const old = must(
    await register.register({
      siteCode: 'CUIHU',
      areaId: area('CUIHU', '东大门'),
      type: FireEquipmentType.EXTINGUISHER,
      identifier: 'MHQ-DM-01',
      location: '东大门岗亭内',
      quantity: 1,
      note: 'ABC 干粉 2kg（2019 年生产）',
      lastCheckedOn: dateAgo(200),
      nextDueOn: dateAgo(20),
    }),
    'demo old extinguisher',
  );
  must(
    await register.retire({
      equipmentId: toGlobalId('FireEquipment', old.id),
      reason: '超过报废年限，已更换为 SWXHS-01 旁新配灭火器箱。',
    }),
    'demo retirement',
  );

  // ---- this week: JINQIAO's control room recorded as a key unit, its plan still a draft ----
  at = started - 3 * DAY;
  const controlRoom = await unit(
    'JINQIAO',
    null,
    '消防控制室',
    '一楼东侧',
    '全楼火灾报警及联动控制中枢；值班失误将延误整栋大厦的报警和疏散。',
  );
  await plan(
    controlRoom,
    EmergencyPlanType.FIRE,
    '消防控制室火灾应急处置方案',
    JINQIAO_CONTROL_ROOM_FIRE,
    { draftedDaysAgo: 3, effectiveFrom: dateAgo(-7), reviewDue: dateAgo(-360) },
    false,
  );

  // ---- next month: CUIHU's next drill is planned ----
  at = started - DAY;
  must(
    await drills.plan({
      siteCode: 'CUIHU',
      plannedFor: timeAgo(-40, '15:00'),
      scenario: '5 栋高层住宅厨房起火，疏散 5 栋住户并使用室内消火栓扑救。',
      planId: null,
      areaId: area('CUIHU', '1–6 栋楼道'),
      organiserId: who('fire'),
    }),
    'demo planned drill',
  );
  log.info('loaded the demo fire-safety programme');
}
