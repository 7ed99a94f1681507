import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from '../../logger.js';
import { Building } from '../customers/building.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { ContactKind, CustomerRole, UnitUsage } from '../customers/customer.enums.js';
import { normalizeContact } from '../customers/customer.rules.js';
import { CustomerContact } from '../customers/customer-contact.entity.js';
import { Occupancy } from '../customers/occupancy.entity.js';
import { Unit } from '../customers/unit.entity.js';
import { Site } from '../sites/site.entity.js';

/**
 * Demo customer files: two buildings' worth of homes at 翠湖花园 and an office tower at 金桥大厦,
 * owners, tenants and family, with some who have moved out. Generated from a fixed seed, so every
 * demo database holds the same people at the same doors (tests and screenshots rely on it).
 */

/** A few files written by hand, for tests, screenshots and anyone trying the intake desk. */
export const DEMO_CUSTOMER_ANCHORS = {
  /** 翠湖花园 3-1201: the owner lets it; the tenant lives there now. */
  unit: { site: 'CUIHU', code: '3-1201' },
  owner: { name: '陈志远', phone: '13912345678' },
  tenant: { name: '刘洋', phone: '138 1234 0001' },
  /** 金桥大厦 A-1202: an office let to a company. */
  office: { site: 'JINQIAO', code: 'A-1202', tenant: '金桥数科有限公司', phone: '021-5888 1202' },
} as const;

const BUILDINGS = [
  {
    site: 'CUIHU',
    code: '1',
    name: '1栋',
    floors: [3, 6, 9, 12, 15, 18, 21],
    perFloor: 2,
    usage: UnitUsage.RESIDENTIAL,
  },
  {
    site: 'CUIHU',
    code: '2',
    name: '2栋',
    floors: [3, 6, 9, 12, 15, 18, 21],
    perFloor: 2,
    usage: UnitUsage.RESIDENTIAL,
  },
  {
    site: 'CUIHU',
    code: '3',
    name: '3栋',
    floors: [3, 6, 9, 12, 15, 18, 21],
    perFloor: 2,
    usage: UnitUsage.RESIDENTIAL,
  },
  { site: 'JINQIAO', code: 'A', name: 'A座', floors: [10, 12, 15, 18, 20, 23], perFloor: 2, usage: UnitUsage.OFFICE },
] as const;
const JINQIAO_SHOPS = 6;

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶贺顾毛郝龚邵万钱严武戴孔汤',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '文',
  '华',
  '金凤',
  '志强',
  '海燕',
  '晓东',
  '子涵',
  '浩然',
  '欣怡',
  '梓轩',
  '雨桐',
  '宇航',
  '思远',
  '嘉怡',
  '俊杰',
  '佳琪',
  '国庆',
  '淑珍',
  '红梅',
  '振华',
  '玉兰',
  '立新',
  '春燕',
  '德明',
  '慧敏',
  '永强',
];
const COMPANIES = [
  '浦江律师事务所',
  '云帆网络科技有限公司',
  '恒信会计师事务所',
  '东方贸易有限公司',
  '启明教育咨询有限公司',
  '汇通物流有限公司',
  '星河传媒有限公司',
  '安和医疗器械有限公司',
  '博远建筑设计有限公司',
  '正德投资管理有限公司',
  '新程旅行社有限公司',
  '青禾餐饮管理有限公司',
  '瑞丰保险代理有限公司',
];
const SHOPS = ['便利蜂便利店', '金桥咖啡', '鑫鑫干洗店', '一心药房', '好味面馆', '明亮眼镜'];

/** mulberry32: a small, fast PRNG; the fixed seed makes every demo database the same. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Person {
  name: string;
  kind: CustomerRole;
  contacts: { kind: ContactKind; value: string }[];
  note?: string;
  voidReason?: string;
}
interface Stay {
  person: Person;
  role: CustomerRole;
  from: string;
  to?: string;
  note?: string;
}

/** On a database without buildings or customers only: never over a company's own files. */
export async function loadDemoCustomerFiles(em: EntityManager, log: Logger): Promise<void> {
  if ((await em.count(Building, {})) > 0 || (await em.count(Customer, {})) > 0) return;
  const random = seeded(20261126);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const usedPhones = new Set<string>([DEMO_CUSTOMER_ANCHORS.owner.phone, '13812340001']);
  const mobile = (): string => {
    for (;;) {
      const n = `13${random() < 0.5 ? 8 : 9}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`;
      if (!usedPhones.has(n)) {
        usedPhones.add(n);
        return `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`;
      }
    }
  };
  const usedNames = new Set<string>();
  const person = (kind: CustomerRole, surname?: string): Person => {
    for (;;) {
      const name = `${surname ?? pick(SURNAMES)}${pick(GIVEN)}`;
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return { name, kind, contacts: [{ kind: ContactKind.PHONE, value: mobile() }] };
      }
    }
  };
  const date = (fromYear: number, toYear: number): string => {
    const year = fromYear + Math.floor(random() * (toYear - fromYear + 1));
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  const after = (from: string, years: number): string => `${Number(from.slice(0, 4)) + years}${from.slice(4)}`;

  // Who lived where, unit by unit, decided before anything is written.
  const plan: {
    building: (typeof BUILDINGS)[number];
    code: string;
    floor: number;
    area: number;
    usage: UnitUsage;
    stays: Stay[];
  }[] = [];
  for (const b of BUILDINGS) {
    for (const floor of b.floors) {
      for (let n = 1; n <= b.perFloor; n++) {
        const code = `${b.code}-${floor}${String(n).padStart(2, '0')}`;
        const office = b.usage === UnitUsage.OFFICE;
        const area = office ? 180 + Math.round(random() * 30) * 10 : n === 1 ? 89.5 : pick([118.2, 143.6]);
        plan.push({ building: b, code, floor, area, usage: b.usage, stays: [] });
      }
    }
  }
  const jinqiao = BUILDINGS[3];
  for (let n = 1; n <= JINQIAO_SHOPS; n++) {
    plan.push({
      building: jinqiao,
      code: `A-1${String(n).padStart(2, '0')}`,
      floor: 1,
      area: 40 + n * 8,
      usage: UnitUsage.COMMERCIAL,
      stays: [],
    });
  }

  const landlord: Person = {
    name: '金桥置业有限公司',
    kind: CustomerRole.OWNER,
    contacts: [
      { kind: ContactKind.PHONE, value: '021-5888 0000' },
      { kind: ContactKind.EMAIL, value: 'leasing@jinqiao-estate.example' },
    ],
    note: '金桥大厦业主，出租全部办公与商铺单元。',
  };
  const companies = [...COMPANIES];
  const shops = [...SHOPS];
  for (const unit of plan) {
    const { stays } = unit;
    if (unit.building.site === 'JINQIAO') {
      stays.push({ person: landlord, role: CustomerRole.OWNER, from: '2012-09-01' });
      if (unit.code === DEMO_CUSTOMER_ANCHORS.office.code) {
        const tenant: Person = {
          name: DEMO_CUSTOMER_ANCHORS.office.tenant,
          kind: CustomerRole.TENANT,
          contacts: [
            { kind: ContactKind.PHONE, value: DEMO_CUSTOMER_ANCHORS.office.phone },
            { kind: ContactKind.OTHER, value: '行政：孙经理 139 0021 1202' },
          ],
        };
        stays.push({ person: tenant, role: CustomerRole.TENANT, from: '2021-04-01' });
        continue;
      }
      const company = unit.usage === UnitUsage.COMMERCIAL ? shops.shift() : companies.shift();
      if (!company || random() < 0.15) continue; // vacant
      if (random() < 0.2) {
        const earlier = person(CustomerRole.TENANT);
        stays.push({
          person: earlier,
          role: CustomerRole.TENANT,
          from: '2016-03-01',
          to: '2020-02-29',
          note: '租约到期未续',
        });
      }
      const tenant: Person = {
        name: company,
        kind: CustomerRole.TENANT,
        contacts: [{ kind: ContactKind.PHONE, value: mobile() }],
      };
      stays.push({ person: tenant, role: CustomerRole.TENANT, from: date(2020, 2024) });
      continue;
    }

    if (unit.code === DEMO_CUSTOMER_ANCHORS.unit.code) {
      const owner: Person = {
        name: DEMO_CUSTOMER_ANCHORS.owner.name,
        kind: CustomerRole.OWNER,
        contacts: [
          { kind: ContactKind.PHONE, value: '139 1234 5678' },
          { kind: ContactKind.WECHAT, value: 'chen_zhiyuan' },
        ],
        note: '常住外地，房屋委托出租；来电请先确认身份证后四位。',
      };
      const earlier = person(CustomerRole.TENANT);
      const tenant: Person = {
        name: DEMO_CUSTOMER_ANCHORS.tenant.name,
        kind: CustomerRole.TENANT,
        contacts: [{ kind: ContactKind.PHONE, value: DEMO_CUSTOMER_ANCHORS.tenant.phone }],
      };
      stays.push(
        { person: owner, role: CustomerRole.OWNER, from: '2018-06-01' },
        { person: earlier, role: CustomerRole.TENANT, from: '2019-03-01', to: '2023-12-31', note: '工作调动，退租' },
        { person: tenant, role: CustomerRole.TENANT, from: '2024-03-01' },
      );
      continue;
    }

    const owner = person(CustomerRole.OWNER);
    let since = date(2012, 2020);
    if (random() < 0.1) {
      // Sold on: the first owner left, the present one took over the same day.
      const first = person(CustomerRole.OWNER);
      const sold = after(since, 2 + Math.floor(random() * 4));
      stays.push({ person: first, role: CustomerRole.OWNER, from: since, to: sold, note: '房屋已出售' });
      since = sold;
    }
    stays.push({ person: owner, role: CustomerRole.OWNER, from: since });
    const roll = random();
    if (roll < 0.2) {
      if (random() < 0.35) {
        const earlier = person(CustomerRole.TENANT);
        stays.push({
          person: earlier,
          role: CustomerRole.TENANT,
          from: after(since, 1),
          to: after(since, 3),
          note: '租约到期',
        });
      }
      stays.push({ person: person(CustomerRole.TENANT), role: CustomerRole.TENANT, from: after(since, 4) });
    } else if (roll < 0.28) {
      // Family: the same surname, living with the owner.
      stays.push({
        person: person(CustomerRole.OCCUPANT, owner.name.slice(0, 1)),
        role: CustomerRole.OCCUPANT,
        from: since,
      });
    }
  }

  await em.transactional(async (tx) => {
    const sites = new Map((await tx.find(Site, {})).map((s) => [s.code, s]));
    const buildings = new Map<string, Building>();
    for (const b of BUILDINGS) {
      const site = sites.get(b.site);
      if (!site) continue;
      buildings.set(`${b.site}/${b.code}`, tx.create(Building, { id: randomUUID(), site, code: b.code, name: b.name }));
    }
    const customers = new Map<Person, Customer>();
    const customerOf = (p: Person): Customer => {
      const existing = customers.get(p);
      if (existing) return existing;
      const c = tx.create(Customer, {
        id: randomUUID(),
        name: p.name,
        kind: p.kind,
        note: p.note ?? null,
        voidedAt: p.voidReason ? new Date('2025-06-01T02:00:00Z') : null,
        voidReason: p.voidReason ?? null,
      });
      for (const [i, contact] of p.contacts.entries()) {
        tx.create(CustomerContact, {
          id: randomUUID(),
          customer: c,
          kind: contact.kind,
          value: contact.value,
          normalized: normalizeContact(contact.kind, contact.value),
          primary: i === 0,
        });
      }
      customers.set(p, c);
      return c;
    };
    let units = 0;
    for (const u of plan) {
      const building = buildings.get(`${u.building.site}/${u.building.code}`);
      if (!building) continue;
      const unit = tx.create(Unit, {
        id: randomUUID(),
        building,
        site: building.site,
        code: u.code,
        floor: u.floor,
        area: u.area,
        usage: u.usage,
        note: u.usage === UnitUsage.COMMERCIAL ? '临街商铺' : null,
      });
      units += 1;
      for (const s of u.stays) {
        tx.create(Occupancy, {
          id: randomUUID(),
          unit,
          customer: customerOf(s.person),
          role: s.role,
          fromDate: s.from,
          toDate: s.to ?? null,
          note: s.note ?? null,
        });
      }
    }
    // A file opened twice by mistake, and voided: the kind of thing the desk sees now and then.
    const twin = plan.find((u) => u.code === '1-601')?.stays.at(-1)?.person;
    if (twin) customerOf({ ...twin, voidReason: '重复建档，以原档案为准' });
    log.info({ buildings: buildings.size, units, customers: customers.size }, 'loaded demo customer files');
  });
}
