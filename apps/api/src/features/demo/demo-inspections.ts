import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/node.js';
import type { Logger } from '../../logger.js';
import type { Case } from '../cases/case.entity.js';
import { CaseChannel, CaseKind } from '../cases/case.enums.js';
import type { OpenCaseInput } from '../cases/case.inputs.js';
import { CaseService } from '../cases/case.service.js';
import type { RectificationDetailsInput } from '../cases/kinds/rectification.kind.js';
import { ExternalInspectionService } from '../inspections/external-inspection.service.js';
import { Inspection, InspectionItem } from '../inspections/inspection.entity.js';
import {
  AddresseeType,
  InspectingBodyType,
  InspectionItemResult,
  InspectionType,
  RectificationFollowUpKind,
  RectificationOrigin,
  ReinspectionResult,
} from '../inspections/inspection.enums.js';
import { InspectionService } from '../inspections/inspection.service.js';
import { RectificationService } from '../inspections/rectification.service.js';
import { Area } from '../places/area.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { type DemoDeps, demoContext, must } from './demo-context.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Site = 'CUIHU' | 'JINQIAO';

interface DemoInspection {
  key: string;
  site: Site;
  type: InspectionType;
  daysBack: number;
  /** Hour of the day (Shanghai) it began. */
  hour: number;
  inspectors: string[];
  areas: string[];
  scope?: string;
  /** Items (by their opening words) that failed, with what was seen and where. */
  failures?: { item: string; note: string; area: string }[];
  /** Items (by their opening words) that did not apply. */
  notApplicable?: string[];
  summary: string;
}

/** The past weeks' safety inspections (OM-5 定期): each type at each site, most of them monthly. */
const INSPECTIONS: DemoInspection[] = [
  {
    key: 'cuihu-fire-1',
    site: 'CUIHU',
    type: InspectionType.FIRE,
    daysBack: 27,
    hour: 9,
    inspectors: ['director', 'fire'],
    areas: ['1–6 栋楼道', '地下停车场', '水泵房及配电房'],
    scope: '住宅楼楼道、地下停车场、消防水泵房及消防控制室',
    failures: [
      {
        item: '灭火器在有效期内',
        note: '3 栋 2 楼、4 栋 5 楼各一具灭火器压力表指针在红区，已过检验期两个月',
        area: '1–6 栋楼道',
      },
    ],
    summary: '整体良好。发现两具灭火器压力不足、过期，已下发整改通知书。',
  },
  {
    key: 'cuihu-security-1',
    site: 'CUIHU',
    type: InspectionType.SECURITY,
    daysBack: 21,
    hour: 14,
    inspectors: ['director', 'leader'],
    areas: ['东大门', '北门', '小区周界', '中心花园'],
    notApplicable: ['重点部位（财务室、仓库）'],
    summary: '门岗在岗，监控、门禁运行正常，周界完好。',
  },
  {
    key: 'cuihu-vehicle-1',
    site: 'CUIHU',
    type: InspectionType.VEHICLE,
    daysBack: 12,
    hour: 10,
    inspectors: ['leader'],
    areas: ['东大门', '地下停车场'],
    summary: '车辆停放有序，消防车通道畅通，道闸运行正常。',
  },
  {
    key: 'cuihu-fire-2',
    site: 'CUIHU',
    type: InspectionType.FIRE,
    daysBack: 4,
    hour: 9,
    inspectors: ['fire', 'leader'],
    areas: ['1–6 栋楼道', '会所大堂', '地下停车场'],
    failures: [
      {
        item: '消防通道、疏散通道畅通',
        note: '5 栋 3 至 4 楼楼梯间堆放纸箱和旧家具，堵塞疏散通道（巡查亦有报告）',
        area: '1–6 栋楼道',
      },
    ],
    notApplicable: ['动火作业有审批手续'],
    summary: '发现 5 栋楼梯间堆物堵塞疏散通道，已向住户下发整改通知书。',
  },
  {
    key: 'cuihu-security-2',
    site: 'CUIHU',
    type: InspectionType.SECURITY,
    daysBack: 2,
    hour: 15,
    inspectors: ['leader'],
    areas: ['东大门', '北门', '小区周界'],
    notApplicable: ['重点部位（财务室、仓库）'],
    summary: '正常。',
  },
  {
    key: 'jinqiao-fire-1',
    site: 'JINQIAO',
    type: InspectionType.FIRE,
    daysBack: 25,
    hour: 10,
    inspectors: ['director', 'fire'],
    areas: ['标准层走廊', '地下车库', '空调机房'],
    summary: '消防设施完好，消防控制室值班记录完整。',
  },
  {
    key: 'jinqiao-security-1',
    site: 'JINQIAO',
    type: InspectionType.SECURITY,
    daysBack: 16,
    hour: 14,
    inspectors: ['director', 'leader2'],
    areas: ['大厦正门', '一楼大堂', '地下车库'],
    failures: [
      {
        item: '监控系统运行正常',
        note: 'B2 车库出口 2 号摄像头画面模糊，夜间看不清车牌',
        area: '地下车库',
      },
    ],
    summary: '发现车库出口摄像头故障，已通知设施部整改。',
  },
  {
    key: 'jinqiao-vehicle-1',
    site: 'JINQIAO',
    type: InspectionType.VEHICLE,
    daysBack: 34,
    hour: 10,
    inspectors: ['leader2'],
    areas: ['地下车库', '大厦外围'],
    notApplicable: ['非机动车集中停放'],
    summary: '车库秩序良好。',
  },
  {
    key: 'jinqiao-fire-2',
    site: 'JINQIAO',
    type: InspectionType.FIRE,
    daysBack: 5,
    hour: 9,
    inspectors: ['fire'],
    areas: ['标准层走廊', '公共卫生间', '大厦外围'],
    summary: '正常。',
  },
];

/**
 * Safety inspections of every type at both sites over the past five weeks, played through the
 * real services (planned, performed on the day, completed); the failures become rectification
 * notices — one re-inspected fixed and closed, one open with the addressee helped along, one past
 * its deadline after a re-inspection found it not fixed — and the district fire brigade's
 * inspection received ten days ago, with the action it required. A planned vehicle inspection
 * at CUIHU and JINQIAO's vehicle inspection overdue show the regularity check (C11) at work.
 */
export async function loadDemoInspections(em: Context['em'], log: Logger, deps: DemoDeps): Promise<void> {
  if ((await em.count(Inspection, {})) > 0 || (await em.count(Area, {})) === 0) return;
  const started = Date.now();
  const staff = new Map((await em.fork().find(Staff, {})).map((s) => [s.username, toGlobalId('Staff', s.id)]));
  const areas = new Map(
    (await em.fork().find(Area, {})).map((a) => [`${a.site.unwrap().code}:${a.nameZh}`, toGlobalId('Area', a.id)]),
  );
  const areaId = (site: Site, name: string) => {
    const id = areas.get(`${site}:${name}`);
    if (!id) throw new Error(`demo inspection: no area ${name} at ${site}`);
    return id;
  };
  /** A moment `daysBack` days ago at `hour`:`minute`, Shanghai time. */
  const at = (daysBack: number, hour: number, minute = 0) => {
    const day = new Date(started - daysBack * DAY + 8 * HOUR).toISOString().slice(0, 10);
    return new Date(Date.parse(`${day}T00:00:00Z`) - 8 * HOUR + hour * HOUR + minute * MINUTE);
  };
  const as = (username: string, when: Date) => demoContext(em, log, deps, username, () => when);

  const done = new Map<string, { inspection: Inspection; items: InspectionItem[] }>();
  for (const d of INSPECTIONS) {
    const begin = at(d.daysBack, d.hour);
    const planner = await as('director', new Date(begin.getTime() - 3 * DAY));
    const inspection = must(
      await new InspectionService(planner).plan({
        type: d.type,
        siteCode: d.site,
        scheduledFor: begin,
        inspectorIds: d.inspectors.map((u) => staff.get(u) as string),
        areaIds: d.areas.map((a) => areaId(d.site, a)),
        scope: d.scope ?? null,
      }),
      'demo inspection plan',
    );
    const items = await em.fork().find(InspectionItem, { inspection: inspection.id }, { orderBy: { seq: 'asc' } });
    const inspector = await as(d.inspectors[0] as string, new Date(begin.getTime() + 75 * MINUTE));
    const results = items.map((it) => {
      const failure = d.failures?.find((f) => it.text.startsWith(f.item));
      if (failure) {
        return {
          itemId: toGlobalId('InspectionItem', it.id),
          result: InspectionItemResult.FAIL,
          note: failure.note,
          areaId: areaId(d.site, failure.area),
        };
      }
      const na = d.notApplicable?.some((n) => it.text.startsWith(n));
      return {
        itemId: toGlobalId('InspectionItem', it.id),
        result: na ? InspectionItemResult.N_A : InspectionItemResult.PASS,
      };
    });
    const service = new InspectionService(inspector);
    must(
      await service.recordResults({
        inspectionId: toGlobalId('Inspection', inspection.id),
        results,
        performedAt: begin,
      }),
      'demo inspection results',
    );
    must(
      await service.complete({ inspectionId: toGlobalId('Inspection', inspection.id), summary: d.summary }),
      'demo inspection complete',
    );
    done.set(d.key, { inspection, items });
  }
  // The next vehicle inspection at CUIHU, planned for the day after tomorrow.
  must(
    await new InspectionService(await as('director', new Date(started - HOUR))).plan({
      type: InspectionType.VEHICLE,
      siteCode: 'CUIHU',
      scheduledFor: at(-2, 10),
      inspectorIds: [staff.get('leader') as string, staff.get('director') as string],
      areaIds: [areaId('CUIHU', '地下停车场'), areaId('CUIHU', '东大门'), areaId('CUIHU', '北门')],
      scope: '地下停车场、各出入口道闸及消防车通道',
    }),
    'demo planned inspection',
  );

  const failedItem = (key: string) => {
    const found = done.get(key);
    const item = found?.items.find((it) =>
      INSPECTIONS.find((d) => d.key === key)?.failures?.some((f) => it.text.startsWith(f.item)),
    );
    if (!item) throw new Error(`demo inspection ${key} has no failure`);
    return toGlobalId('InspectionItem', item.id);
  };
  const issue = async (
    username: string,
    when: Date,
    input: Omit<OpenCaseInput, 'kind' | 'reportedByMe' | 'rectification'> & {
      rectification: RectificationDetailsInput;
    },
  ): Promise<Case> =>
    must(
      await new CaseService(await as(username, when)).open({
        kind: CaseKind.RECTIFICATION,
        reportedByMe: true,
        ...input,
      } as OpenCaseInput),
      'demo rectification notice',
    );
  const step = async (username: string, when: Date) => new RectificationService(await as(username, when));
  const engine = async (username: string, when: Date) => new CaseService(await as(username, when));
  const id = (c: Case) => toGlobalId('Case', c.id);

  // 1. CUIHU, 27 days back: two extinguishers out of date — replaced, re-inspected fixed, closed.
  const issued1 = at(27, 11, 20);
  const n1 = await issue('director', issued1, {
    channel: CaseChannel.INSPECTION,
    title: '3 栋、4 栋楼道灭火器压力不足、过期',
    description: '消防安全检查发现 3 栋 2 楼、4 栋 5 楼各一具灭火器压力表指针在红区，已过检验期两个月。',
    siteCode: 'CUIHU',
    dueAt: at(22, 18),
    rectification: {
      origin: RectificationOrigin.INSPECTION,
      sourceId: failedItem('cuihu-fire-1'),
      areaId: areaId('CUIHU', '1–6 栋楼道'),
      addresseeType: AddresseeType.DEPARTMENT,
      addresseeDepartmentKey: 'facilities',
      requirement: '五日内更换两具过期灭火器，并对全部楼道灭火器逐一检查压力和检验日期，登记台账。',
    },
  });
  must(await (await step('tech', at(26, 9, 10))).acknowledge({ caseId: id(n1) }), 'demo ack');
  must(
    await (await step('fire', at(25, 15))).followUp({
      caseId: id(n1),
      kind: RectificationFollowUpKind.ASSISTANCE,
      note: '提供消防器材供应商联系方式，协助设施部当日下单。',
    }),
    'demo help',
  );
  must(
    await (await step('fire', at(23, 10, 30))).reinspect({
      caseId: id(n1),
      result: ReinspectionResult.FIXED,
      note: '两具灭火器已更换，其余楼道灭火器均在有效期内，台账已建立。',
    }),
    'demo reinspection',
  );
  must(
    await (await engine('fire', at(23, 10, 40))).resolve({
      caseId: id(n1),
      result: '复查确认：过期灭火器已更换，楼道灭火器台账已建立。',
    }),
    'demo resolve',
  );
  must(await (await engine('director', at(22, 17))).close({ caseId: id(n1) }), 'demo close');

  // 2. JINQIAO, 16 days back: a blurred car-park camera — re-inspected not fixed, now overdue.
  const n2 = await issue('director', at(16, 16, 40), {
    channel: CaseChannel.INSPECTION,
    title: 'B2 车库出口 2 号摄像头画面模糊',
    description: '治安安全检查发现 B2 车库出口 2 号摄像头画面模糊，夜间无法看清车牌，影响车辆进出监控。',
    siteCode: 'JINQIAO',
    dueAt: at(9, 18),
    rectification: {
      origin: RectificationOrigin.INSPECTION,
      sourceId: failedItem('jinqiao-security-1'),
      areaId: areaId('JINQIAO', '地下车库'),
      addresseeType: AddresseeType.DEPARTMENT,
      addresseeDepartmentKey: 'facilities',
      requirement: '一周内维修或更换 2 号摄像头，确保画面清晰、夜间可辨认车牌。',
    },
  });
  must(await (await step('tech', at(15, 10))).acknowledge({ caseId: id(n2) }), 'demo ack');
  must(
    await (await step('director', at(8, 15))).reinspect({
      caseId: id(n2),
      result: ReinspectionResult.NOT_FIXED,
      note: '摄像头仍未更换，设施部称配件尚未到货，已再次督促。',
    }),
    'demo reinspection',
  );

  // 3. CUIHU, 4 days back: a blocked stairwell — the resident signed for it and is being helped.
  const n3 = await issue('fire', at(4, 11), {
    channel: CaseChannel.INSPECTION,
    title: '5 栋楼梯间堆放杂物堵塞疏散通道',
    description: '消防安全检查发现 5 栋 3 至 4 楼楼梯间堆放纸箱和旧家具，堵塞疏散通道，巡查亦有报告。',
    siteCode: 'CUIHU',
    dueAt: at(-2, 18),
    rectification: {
      origin: RectificationOrigin.INSPECTION,
      sourceId: failedItem('cuihu-fire-2'),
      areaId: areaId('CUIHU', '1–6 栋楼道'),
      addresseeType: AddresseeType.CUSTOMER,
      addresseeName: '5 栋 402 住户 陈先生',
      requirement: '请于限期内清理楼梯间堆放的纸箱和旧家具，保持疏散通道畅通；逾期将由物业协助清理。',
    },
  });
  must(
    await (await step('fire', at(4, 17))).acknowledge({ caseId: id(n3), acknowledgedByName: '陈先生（5 栋 402）' }),
    'demo ack',
  );
  must(
    await (await step('fire', at(2, 10))).followUp({
      caseId: id(n3),
      kind: RectificationFollowUpKind.ASSISTANCE,
      note: '协助联系保洁公司清运旧家具，纸箱住户已自行清走大半。',
    }),
    'demo help',
  );

  // 4. The district fire brigade's inspection of CUIHU ten days back, and the action it required.
  const brigade = await as('director', at(10, 17));
  const external = must(
    await new ExternalInspectionService(brigade).receive({
      siteCode: 'CUIHU',
      bodyType: InspectingBodyType.FIRE,
      bodyName: '湖滨区消防救援大队',
      inspectedAt: at(10, 14),
      scope: '消防控制室、消防水泵房、地下停车场及高层住宅楼消防设施',
      findings: '1. 消防控制室值班记录个别班次签名不全；2. 地下停车场 B1 两处应急照明灯不亮。要求限期整改。',
      documentsProvided: '消防设施维保合同及月度维保记录、消防控制室值班记录、近一年消防演练记录',
    }),
    'demo external inspection',
  );
  const n4 = await issue('director', at(10, 17, 30), {
    channel: CaseChannel.INSPECTION,
    title: '地下停车场 B1 两处应急照明灯不亮',
    description: '湖滨区消防救援大队检查指出：地下停车场 B1 电梯厅附近及东区车位两处应急照明灯不亮。',
    siteCode: 'CUIHU',
    dueAt: at(-4, 18),
    rectification: {
      origin: RectificationOrigin.EXTERNAL_INSPECTION,
      sourceId: toGlobalId('ExternalInspection', external.id),
      areaId: areaId('CUIHU', '地下停车场'),
      addresseeType: AddresseeType.DEPARTMENT,
      addresseeDepartmentKey: 'facilities',
      requirement: '更换不亮的应急照明灯具，并对地下停车场全部应急照明做一次放电试验，结果报秩序维护部。',
    },
  });
  must(await (await step('tech', at(9, 9, 30))).acknowledge({ caseId: id(n4) }), 'demo ack');
  must(
    await (await step('fire', at(6, 16))).followUp({
      caseId: id(n4),
      kind: RectificationFollowUpKind.VISIT,
      note: '跟进：一处灯具已更换，另一处待电工排查线路。',
    }),
    'demo follow-up',
  );
  log.info(
    { inspections: INSPECTIONS.length + 1, notices: 4, ms: Date.now() - started },
    'loaded the demo inspections',
  );
}
