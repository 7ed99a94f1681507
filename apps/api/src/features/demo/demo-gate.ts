import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/node.js';
import type { Logger } from '../../logger.js';
import { Contact } from '../contacts/contact.entity.js';
import { ContactCategory, ContactDirectory } from '../contacts/contact.enums.js';
import type { CreateContactInput } from '../contacts/contact.inputs.js';
import { ContactService } from '../contacts/contact.service.js';
import { Customer } from '../customers/customer.entity.js';
import { Unit } from '../customers/unit.entity.js';
import { VehicleCategory, VehicleType } from '../gate/gate.enums.js';
import { GateLogService } from '../gate/gate-log.service.js';
import { GateVisitor } from '../gate/gate-visitor.entity.js';
import { GoodsPass } from '../gate/goods-pass.entity.js';
import { GoodsPassService } from '../gate/goods-pass.service.js';
import { VehicleMovement } from '../gate/vehicle-movement.entity.js';
import { Area } from '../places/area.entity.js';
import { AreaKind } from '../places/place.enums.js';
import { addDays, zonedDate, zonedInstant } from '../shifts/zoned-time.js';
import { type DemoDeps, demoContext, must } from './demo-context.js';
import { DEMO_CUSTOMER_ANCHORS } from './demo-customers.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ZONE = 'Asia/Shanghai';

/** The moment `daysAgo` days back at `hh:mm` in Shanghai (only ever days before today). */
function dayAt(started: number, daysAgo: number, time: string): number {
  return zonedInstant(addDays(zonedDate(new Date(started), ZONE), -daysAgo), time, ZONE).getTime();
}

type Entry = Omit<CreateContactInput, 'directory'> & {
  /** Days ago it was entered (and so last verified, unless `verifiedDaysAgo` says otherwise). */
  days: number;
  verifiedDaysAgo?: number;
};

/** 突发性事件联系电话 (R23): public numbers company-wide; each site's own duty phones and lift firm. */
const DIRECTORY: Entry[] = [
  {
    category: ContactCategory.POLICE,
    name: '报警电话',
    phone: '110',
    days: 60,
    note: '治安、刑事案件及一切紧急求助。',
  },
  {
    category: ContactCategory.FIRE,
    name: '火警电话',
    phone: '119',
    days: 60,
    note: '报警时讲清：翠湖花园/金桥大厦地址、起火部位、燃烧物、有无被困人员。',
  },
  { category: ContactCategory.AMBULANCE, name: '急救电话', phone: '120', days: 60 },
  { category: ContactCategory.TRAFFIC, name: '交通事故报警', phone: '122', days: 60 },
  {
    category: ContactCategory.GAS,
    name: '上海燃气抢修热线',
    phone: '962777',
    days: 60,
    note: '闻到燃气味：先关阀、开窗、禁用明火和电器，撤离后再拨打。',
  },
  { category: ContactCategory.WATER, name: '供水抢修热线', phone: '962740', days: 60 },
  { category: ContactCategory.POWER, name: '国网上海电力抢修', phone: '95598', days: 60 },
  {
    category: ContactCategory.DUTY,
    name: '公司总值班（值班经理）',
    phone: '021-5830 6688',
    altPhone: '138 0000 0001',
    days: 45,
    note: '重大事件由值班经理向公司经理报告（DIR-10）。',
  },
  {
    siteCode: 'CUIHU',
    category: ContactCategory.DUTY,
    name: '翠湖花园监控中心',
    phone: '021-5833 2110',
    days: 40,
    note: '24 小时有人值守。',
  },
  { siteCode: 'CUIHU', category: ContactCategory.DUTY, name: '东大门岗亭', phone: '021-5833 2119', days: 40 },
  {
    siteCode: 'CUIHU',
    category: ContactCategory.DUTY,
    name: '客服中心（工作日 8:30–17:30）',
    phone: '021-5833 2000',
    days: 40,
  },
  {
    siteCode: 'CUIHU',
    category: ContactCategory.LIFT,
    name: '申菱电梯维保（翠湖驻点）',
    person: '顾师傅',
    phone: '021-5846 7712',
    altPhone: '139 1762 0418',
    days: 90,
    verifiedDaysAgo: 12,
    note: '困人救援承诺 30 分钟内到场；报修时报梯号（如 3 栋 2 号梯）。',
  },
  {
    siteCode: 'JINQIAO',
    category: ContactCategory.DUTY,
    name: '金桥大厦消防控制室',
    phone: '021-5031 8819',
    days: 40,
    note: '24 小时有人值守。',
  },
  { siteCode: 'JINQIAO', category: ContactCategory.DUTY, name: '大堂服务台', phone: '021-5031 8800', days: 40 },
  {
    siteCode: 'JINQIAO',
    category: ContactCategory.LIFT,
    name: '迅安电梯维保（金桥大厦）',
    person: '蒋工',
    phone: '021-5032 4471',
    altPhone: '137 6105 3392',
    days: 70,
    verifiedDaysAgo: 20,
  },
];

/** 与公安、消防、车管等联系 (R22, OM-7): CUIHU's traffic contact is stale; JINQIAO has none yet (C29). */
const LIAISON: Entry[] = [
  {
    siteCode: 'CUIHU',
    category: ContactCategory.POLICE,
    name: '花木派出所',
    person: '徐建华',
    role: '社区民警',
    phone: '021-5877 3110',
    altPhone: '138 1650 2231',
    days: 120,
    verifiedDaysAgo: 30,
    note: '每月第一周来小区走访；协查录像请先电话预约。',
  },
  {
    siteCode: 'CUIHU',
    category: ContactCategory.FIRE,
    name: '浦东新区消防救援支队花木站',
    person: '钱立新',
    role: '防火监督员',
    phone: '021-5876 0119',
    days: 100,
    note: '年度消防检查前两周电话确认时间。',
  },
  {
    siteCode: 'CUIHU',
    category: ContactCategory.TRAFFIC,
    name: '浦东交警支队花木中队',
    person: '孙伟',
    role: '中队民警',
    phone: '021-5830 5122',
    days: 200,
    note: '小区门前违停、占道施工的交通组织。',
  },
  {
    siteCode: 'JINQIAO',
    category: ContactCategory.POLICE,
    name: '金桥派出所',
    person: '周明',
    role: '社区民警',
    phone: '021-5034 3110',
    days: 80,
  },
  {
    siteCode: 'JINQIAO',
    category: ContactCategory.FIRE,
    name: '金桥消防救援站',
    person: '吴海峰',
    role: '站长',
    phone: '021-5034 0119',
    altPhone: '139 1840 7761',
    days: 80,
    note: '大厦为消防重点单位，每季度联合演练。',
  },
];

/**
 * The contact registers, kept by the director: entered on the days given and verified since where
 * said, through the real service — so one liaison contact (CUIHU's traffic police) is stale.
 */
async function loadDemoContacts(em: Context['em'], log: Logger, deps: DemoDeps, started: number) {
  if ((await em.count(Contact, {})) > 0) return;
  const entries = [
    ...DIRECTORY.map((e) => ({ ...e, directory: ContactDirectory.EMERGENCY })),
    ...LIAISON.map((e) => ({ ...e, directory: ContactDirectory.LIAISON })),
  ];
  let now = 0;
  const director = new ContactService(await demoContext(em, log, deps, 'director', () => new Date(now)));
  const created: { contact: Contact; verifiedDaysAgo?: number }[] = [];
  for (const { days, verifiedDaysAgo, ...input } of [...entries].sort((a, b) => b.days - a.days)) {
    now = started - days * DAY;
    created.push({ contact: must(await director.create(input), 'demo contact'), verifiedDaysAgo });
  }
  for (const { contact, verifiedDaysAgo } of created.sort(
    (a, b) => (b.verifiedDaysAgo ?? 0) - (a.verifiedDaysAgo ?? 0),
  )) {
    if (verifiedDaysAgo === undefined) continue;
    now = started - verifiedDaysAgo * DAY;
    must(
      await director.verify({ contactId: toGlobalId('Contact', contact.id), note: '电话确认，号码有效' }),
      'demo verify',
    );
  }
  log.info({ contacts: created.length }, 'loaded the demo contact registers');
}

/** The gates of a site by kind and name. */
async function gatesOf(em: EntityManager, site: string) {
  const areas = await em.find(Area, { site, kind: { $in: [AreaKind.GATE, AreaKind.CAR_PARK] } });
  const named = (zh: string) => {
    const area = areas.find((a) => a.nameZh === zh);
    if (!area) throw new Error(`demo gate ${zh} missing at ${site}`);
    return toGlobalId('Area', area.id);
  };
  return named;
}

interface Drive {
  site: 'CUIHU' | 'JINQIAO';
  plate: string;
  type: VehicleType;
  category: VehicleCategory;
  gate: string;
  /** When it came in, and how long it stayed (null: still inside). */
  in: number;
  stayMinutes: number | null;
  parking?: string;
  note?: string;
  officer: string;
}

interface Visit {
  site: 'CUIHU' | 'JINQIAO';
  name: string;
  idLast4?: string;
  phone?: string;
  headcount?: number;
  visiting: string;
  purpose: string;
  plate?: string;
  gate: string;
  in: number;
  stayMinutes: number | null;
  officer: string;
}

/**
 * A week at the gates, played through the real services: goods passes written and approved by
 * customer service and checked at the gate (one refused, one left to expire, one waiting for
 * approval, one approved for the days ahead), vehicles in and out (a visitor's car overstaying
 * since the day before yesterday), and visitors.
 */
async function loadDemoGateLogs(em: Context['em'], log: Logger, deps: DemoDeps, started: number) {
  const count =
    (await em.count(GoodsPass, {})) + (await em.count(VehicleMovement, {})) + (await em.count(GateVisitor, {}));
  if (count > 0 || (await em.count(Area, { kind: AreaKind.GATE })) === 0) return;
  let now = started;
  // One context per person, as one signed-in phone or desk would have (each its own identity map).
  const contexts = new Map<string, Context>();
  const as = async (username: string) => {
    const known = contexts.get(username);
    if (known) return known;
    const ctx = await demoContext(em, log, deps, username, () => new Date(now));
    contexts.set(username, ctx);
    return ctx;
  };
  const cuihu = await gatesOf(em, 'CUIHU');
  const jinqiao = await gatesOf(em, 'JINQIAO');
  const eastGate = cuihu('东大门');
  const northGate = cuihu('北门');
  const carPark = cuihu('地下停车场');
  const towerGate = jinqiao('大厦正门');
  const towerGarage = jinqiao('地下车库');
  const unitAt = async (site: string, code: string) => {
    const unit = await em.fork().findOneOrFail(Unit, { site, code });
    return toGlobalId('Unit', unit.id);
  };
  const customerNamed = async (name: string) =>
    toGlobalId('Customer', (await em.fork().findOneOrFail(Customer, { name })).id);

  // ---- goods passes --------------------------------------------------------------------------
  type PassPlan = {
    site: 'CUIHU' | 'JINQIAO';
    writer: string;
    approver: string | null;
    at: number;
    days: number;
    for: { unit: string; customer?: string } | { department: string };
    items: { description: string; quantity: number }[];
    carrier: string;
    carrierPhone?: string;
    plate?: string;
    note?: string;
    gate?: { officer: string; at: number; gateId: string; refuse?: string; note?: string };
  };
  const passes: PassPlan[] = [
    {
      site: 'CUIHU',
      writer: 'cs',
      approver: 'cs',
      at: dayAt(started, 6, '09:40'),
      days: 2,
      for: { unit: await unitAt('CUIHU', DEMO_CUSTOMER_ANCHORS.unit.code), customer: await customerNamed('刘洋') },
      items: [
        { description: '双人床（已拆装）', quantity: 1 },
        { description: '衣柜', quantity: 1 },
        { description: '纸箱（衣物、书籍）', quantity: 12 },
      ],
      carrier: '安达搬家 王师傅',
      carrierPhone: '139 1608 5521',
      plate: '沪D52781',
      note: '租户搬离，业主陈志远已电话确认。',
      gate: { officer: 'officer', at: dayAt(started, 6, '14:20'), gateId: eastGate, note: '物品与放行条相符' },
    },
    {
      site: 'CUIHU',
      writer: 'cs',
      approver: 'cs',
      at: dayAt(started, 6, '10:05'),
      days: 2,
      for: { unit: await unitAt('CUIHU', '1-302') },
      items: [{ description: '旧空调室外机', quantity: 2 }],
      carrier: '回收商 赵先生',
      note: '业主换新空调，旧机回收。',
    },
    {
      site: 'CUIHU',
      writer: 'cs',
      approver: 'cs',
      at: dayAt(started, 4, '08:50'),
      days: 1,
      for: { department: 'facilities' },
      items: [
        { description: '更换下来的生活水泵', quantity: 2 },
        { description: '废旧电缆（约 30 米）', quantity: 1 },
      ],
      carrier: '郑海',
      plate: '沪C3K617',
      note: '设施维护部送修与报废物资。',
      gate: { officer: 'officer2', at: dayAt(started, 4, '10:35'), gateId: northGate },
    },
    {
      site: 'CUIHU',
      writer: 'cs',
      approver: 'cs',
      at: dayAt(started, 3, '13:10'),
      days: 1,
      for: { unit: await unitAt('CUIHU', '2-601') },
      items: [
        { description: '台式电脑主机', quantity: 2 },
        { description: '显示器', quantity: 2 },
      ],
      carrier: '业主之子 林先生',
      carrierPhone: '138 1721 0936',
      gate: {
        officer: 'officer3',
        at: dayAt(started, 3, '16:45'),
        gateId: eastGate,
        refuse: '实际物品多出一台空调室外机，与放行条不符；已请其联系客服中心重新开具。',
      },
    },
    {
      site: 'CUIHU',
      writer: 'cs',
      approver: 'cs',
      at: now - 20 * HOUR,
      days: 3,
      for: { unit: await unitAt('CUIHU', '3-902') },
      items: [
        { description: '装修剩余瓷砖', quantity: 15 },
        { description: '旧木门', quantity: 3 },
      ],
      carrier: '宏达装饰 李工',
      carrierPhone: '137 6122 0487',
      plate: '沪B7P205',
      note: '装修完工清场。',
    },
    {
      site: 'CUIHU',
      writer: 'cs',
      approver: null,
      at: now - 2 * HOUR,
      days: 1,
      for: { unit: await unitAt('CUIHU', '1-1501') },
      items: [{ description: '钢琴', quantity: 1 }],
      carrier: '琴行 周师傅',
      note: '业主出售钢琴，待业主书面确认后批准。',
    },
    {
      site: 'JINQIAO',
      writer: 'cs2',
      approver: 'cs2',
      at: dayAt(started, 5, '09:20'),
      days: 1,
      for: {
        unit: await unitAt('JINQIAO', DEMO_CUSTOMER_ANCHORS.office.code),
        customer: await customerNamed(DEMO_CUSTOMER_ANCHORS.office.tenant),
      },
      items: [
        { description: '办公桌', quantity: 6 },
        { description: '文件柜', quantity: 2 },
        { description: '服务器机柜', quantity: 1 },
      ],
      carrier: '金桥数科 行政 孙经理',
      carrierPhone: '139 0021 1202',
      plate: '沪A9R336',
      gate: { officer: 'officer4', at: dayAt(started, 5, '18:30'), gateId: towerGarage },
    },
  ];
  for (const p of passes) {
    now = p.at;
    const start = zonedDate(new Date(now), ZONE);
    const input = {
      siteCode: p.site,
      ...('unit' in p.for
        ? { unitId: p.for.unit, customerId: p.for.customer ?? null }
        : { departmentKey: p.for.department }),
      items: p.items,
      carrierName: p.carrier,
      carrierPhone: p.carrierPhone ?? null,
      plate: p.plate ?? null,
      validFrom: start,
      validUntil: addDays(start, p.days - 1),
      note: p.note ?? null,
    };
    const pass = must(await new GoodsPassService(await as(p.writer)).request(input), 'demo pass');
    const passId = toGlobalId('GoodsPass', pass.id);
    if (p.approver) {
      now += 25 * MINUTE;
      must(await new GoodsPassService(await as(p.approver)).approve({ passId }), 'demo pass approval');
    }
    if (p.gate) {
      now = p.gate.at;
      const gate = new GoodsPassService(await as(p.gate.officer));
      if (p.gate.refuse)
        must(await gate.refuse({ passId, gateId: p.gate.gateId, reason: p.gate.refuse }), 'demo refusal');
      else must(await gate.checkOut({ passId, gateId: p.gate.gateId, note: p.gate.note ?? null }), 'demo check-out');
    }
  }

  // ---- vehicles and visitors -----------------------------------------------------------------
  const drives: Drive[] = [];
  const visits: Visit[] = [];
  const residents = ['沪A3K721', '沪BD28156', '苏E8K9P2', '沪A66Q08', '沪C51729', '沪AF70315'];
  const visitors = ['沪N7D312', '浙A2M8L1', '沪B90371', '皖A6T220', '沪AD91827'];
  for (let d = 6; d >= 1; d--) {
    const officer = d % 2 ? 'officer' : 'officer2';
    drives.push(
      {
        site: 'CUIHU',
        plate: residents[d % residents.length] as string,
        type: VehicleType.CAR,
        category: VehicleCategory.RESIDENT,
        gate: eastGate,
        in: dayAt(started, d, '07:55'),
        stayMinutes: 40,
        parking: `B1-${String(20 + d * 7).padStart(3, '0')}`,
        officer,
      },
      {
        site: 'CUIHU',
        plate: visitors[d % visitors.length] as string,
        type: VehicleType.CAR,
        category: VehicleCategory.VISITOR,
        gate: eastGate,
        in: dayAt(started, d, '10:15'),
        stayMinutes: 95 + d * 10,
        parking: `访客车位 V-0${d}`,
        note: `访 ${(d % 3) + 1}-${3 * d}02`,
        officer,
      },
      {
        site: 'CUIHU',
        plate: d % 3 ? '沪D2R958' : '沪E7H331',
        type: d % 3 ? VehicleType.VAN : VehicleType.TRUCK,
        category: VehicleCategory.DELIVERY,
        gate: northGate,
        in: dayAt(started, d, '14:05'),
        stayMinutes: 25,
        note: d % 3 ? '生鲜配送' : '家具送货上门',
        officer,
      },
    );
    visits.push({
      site: 'CUIHU',
      name: ['张桂英', '何志明', '黄丽', '郭建军', '马晓燕', '罗斌'][d - 1] as string,
      idLast4: ['3021', '118X', '0437', '5526', '7713', '2290'][d - 1] as string,
      phone: d % 2 ? `139 ${1000 + d * 137} ${2000 + d * 311}` : undefined,
      visiting: `${(d % 3) + 1}-${3 * d}01`,
      purpose: ['探访亲友', '家政服务', '装修报价', '上门维修', '送餐', '探访亲友'][d - 1] as string,
      gate: eastGate,
      in: dayAt(started, d, '15:30'),
      stayMinutes: 60 + d * 15,
      officer,
    });
    if (d <= 5) {
      drives.push({
        site: 'JINQIAO',
        plate: ['沪A2P917', '沪B6C202', '沪AD38210', '浙B7M115', '沪A0K622'][d - 1] as string,
        type: VehicleType.CAR,
        category: d % 2 ? VehicleCategory.VISITOR : VehicleCategory.OTHER,
        gate: towerGarage,
        in: dayAt(started, d, '09:10'),
        stayMinutes: 180 + d * 20,
        parking: `B2-${String(100 + d * 9)}`,
        note: d % 2 ? '访 12F 金桥数科' : '网约车送客',
        officer: 'officer4',
      });
      visits.push({
        site: 'JINQIAO',
        name: ['宋雨', '钱宇航', '唐晓', '冯磊', '韩梅'][d - 1] as string,
        idLast4: ['6410', '0825', '9934', '4471', '305X'][d - 1] as string,
        headcount: d === 3 ? 3 : 1,
        visiting: d % 2 ? '12F 金桥数科有限公司' : '18F 恒信律师事务所',
        purpose: d % 2 ? '商务洽谈' : '法律咨询',
        gate: towerGate,
        in: dayAt(started, d, '10:20'),
        stayMinutes: 90,
        officer: 'officer4',
      });
    }
  }
  // Inside now: a visitor's car since the day before yesterday (an overstay), residents' cars,
  // today's visitors.
  drives.push(
    {
      site: 'CUIHU',
      plate: '苏A5G823',
      type: VehicleType.CAR,
      category: VehicleCategory.VISITOR,
      gate: eastGate,
      // Since the day before yesterday, a quarter to eight in the evening: an overstay.
      in: dayAt(started, 2, '19:45'),
      stayMinutes: null,
      parking: '访客车位 V-07',
      note: '访 2-1502，称次日离开',
      officer: 'officer',
    },
    {
      site: 'CUIHU',
      plate: '沪A3K721',
      type: VehicleType.CAR,
      category: VehicleCategory.RESIDENT,
      gate: carPark,
      in: started - 5 * HOUR,
      stayMinutes: null,
      parking: 'B1-088',
      officer: 'officer5',
    },
    {
      site: 'CUIHU',
      plate: '沪B90371',
      type: VehicleType.CAR,
      category: VehicleCategory.VISITOR,
      gate: eastGate,
      in: started - 70 * MINUTE,
      stayMinutes: null,
      parking: '访客车位 V-03',
      note: '访 3-1201',
      officer: 'officer5',
    },
    {
      site: 'JINQIAO',
      plate: '沪A5S270',
      type: VehicleType.CAR,
      category: VehicleCategory.VISITOR,
      gate: towerGarage,
      in: started - 2 * HOUR,
      stayMinutes: null,
      parking: 'B2-131',
      officer: 'officer4',
    },
  );
  visits.push(
    {
      site: 'CUIHU',
      name: '陆晓峰',
      idLast4: '6623',
      phone: '138 2011 7045',
      visiting: '3-1201',
      purpose: '看房（租赁）',
      plate: '沪B90371',
      gate: eastGate,
      in: started - 65 * MINUTE,
      stayMinutes: null,
      officer: 'officer5',
    },
    {
      site: 'JINQIAO',
      name: '邵敏',
      idLast4: '1208',
      headcount: 2,
      visiting: '18F 恒信律师事务所',
      purpose: '合同签署',
      gate: towerGate,
      in: started - 40 * MINUTE,
      stayMinutes: null,
      officer: 'officer4',
    },
  );

  // Played in time order, so a plate is never in twice at once.
  type Event = { at: number; run: () => Promise<unknown> };
  const events: Event[] = [];
  for (const v of drives) {
    events.push({
      at: v.in,
      run: async () =>
        must(
          await new GateLogService(await as(v.officer)).recordVehicleEntry({
            siteCode: v.site,
            plate: v.plate,
            vehicleType: v.type,
            category: v.category,
            gateId: v.gate,
            parkingPlace: v.parking ?? null,
            note: v.note ?? null,
          }),
          'demo vehicle in',
        ),
    });
    if (v.stayMinutes !== null) {
      events.push({
        at: v.in + v.stayMinutes * MINUTE,
        run: async () =>
          must(
            await new GateLogService(await as(v.officer)).recordVehicleExit({
              siteCode: v.site,
              plate: v.plate,
              gateId: v.gate,
            }),
            'demo vehicle out',
          ),
      });
    }
  }
  for (const g of visits) {
    const entered: { id: string | null } = { id: null };
    events.push({
      at: g.in,
      run: async () => {
        const visitor = must(
          await new GateLogService(await as(g.officer)).recordVisitorEntry({
            siteCode: g.site,
            name: g.name,
            idLast4: g.idLast4 ?? null,
            phone: g.phone ?? null,
            headcount: g.headcount ?? 1,
            visiting: g.visiting,
            purpose: g.purpose,
            plate: g.plate ?? null,
            gateId: g.gate,
          }),
          'demo visitor in',
        );
        entered.id = toGlobalId('GateVisitor', visitor.id);
      },
    });
    if (g.stayMinutes !== null) {
      events.push({
        at: g.in + g.stayMinutes * MINUTE,
        run: async () =>
          must(
            await new GateLogService(await as(g.officer)).recordVisitorExit({ visitorId: entered.id as string }),
            'demo visitor out',
          ),
      });
    }
  }
  for (const e of events.sort((a, b) => a.at - b.at)) {
    if (e.at >= started) continue;
    now = e.at;
    await e.run();
  }
  log.info({ passes: passes.length, vehicles: drives.length, visitors: visits.length }, 'loaded the demo gate logs');
}

/** The contact registers and a week at the gates (after the places the gates are areas of). */
export async function loadDemoContactsAndGate(em: Context['em'], log: Logger, deps: DemoDeps): Promise<void> {
  const started = Date.now();
  await loadDemoContacts(em, log, deps, started);
  await loadDemoGateLogs(em, log, deps, started);
}
