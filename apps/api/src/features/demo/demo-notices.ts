import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from '../../logger.js';
import { nextReference } from '../cases/case-sequence.entity.js';
import { Building } from '../customers/building.entity.js';
import { Notice } from '../notices/notice.entity.js';
import { NoticeAudience, NoticeKind, NoticeStatus } from '../notices/notice.enums.js';
import { NoticeAcknowledgement } from '../notices/notice-acknowledgement.entity.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';

const DAY = 86_400_000;

interface DemoNotice {
  kind: NoticeKind;
  title: string;
  body: string;
  audience: NoticeAudience;
  site?: string;
  building?: { site: string; code: string };
  postedAt?: string;
  /** Days from now (negative: in the past). */
  drafted: number;
  issued?: number;
  publish?: number;
  expires?: number;
  withdrawn?: { at: number; reason: string };
  acknowledgeBy?: { departments: string[]; done: string[] };
}

/** The dates in the bodies, written as people write them (月日), relative to today. */
function md(offsetDays: number): string {
  const d = new Date(Date.now() + offsetDays * DAY);
  const parts = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric' })
    .formatToParts(d)
    .reduce<Record<string, string>>((acc, p) => Object.assign(acc, { [p.type]: p.value }), {});
  return `${parts.month}月${parts.day}日`;
}

function notices(): DemoNotice[] {
  return [
    {
      kind: NoticeKind.NOTICE,
      title: '停水通知',
      body:
        `尊敬的翠湖花园业主、住户：\n\n因市政供水管网改造，自来水公司将于${md(2)} 9:00—17:00 对本小区暂停供水。` +
        '请各位业主提前做好储水准备，停水期间请关闭家中水龙头，以免恢复供水时跑水。\n\n' +
        '如有疑问，请致电客户服务中心：0571-8888 6600。给您带来不便，敬请谅解！\n\n翠湖花园物业服务中心',
      audience: NoticeAudience.SITE,
      site: 'CUIHU',
      postedAt: '各楼栋一楼大堂公告栏、电梯轿厢、翠湖花园业主微信群',
      drafted: -1.2,
      issued: -1,
      expires: 3,
      acknowledgeBy: {
        departments: ['customer_service', 'order_maintenance', 'facilities'],
        done: ['director', 'leader', 'officer2', 'tech'],
      },
    },
    {
      kind: NoticeKind.NOTICE,
      title: '1栋电梯年度检验通知',
      body:
        `根据特种设备安全管理要求，市特种设备检验研究院将于${md(4)}对1栋两部电梯进行年度检验。` +
        '检验期间（约 9:00—12:00）电梯将轮流停用，请住户错峰出行，老人及行动不便的住户如需协助请提前联系物业。\n\n' +
        '检验合格证将张贴于电梯轿厢内，欢迎监督。',
      audience: NoticeAudience.BUILDING,
      building: { site: 'CUIHU', code: '1' },
      postedAt: '1栋一楼大堂、各楼层电梯厅',
      drafted: -2.3,
      issued: -2,
      expires: 5,
      acknowledgeBy: { departments: ['order_maintenance'], done: ['leader', 'officer3'] },
    },
    {
      kind: NoticeKind.ANNOUNCEMENT,
      title: '消防演练告示',
      body:
        `为提高全体业主、租户的消防安全意识和火灾应急疏散能力，金桥大厦定于${md(10)} 15:00 举行消防疏散演练。` +
        '届时消防警报将鸣响，请各单位听从现场工作人员指挥，沿疏散指示标志有序撤离至大厦东侧广场集合，切勿乘坐电梯。\n\n' +
        '演练约持续 30 分钟，请各单位提前安排好工作。',
      audience: NoticeAudience.SITE,
      site: 'JINQIAO',
      postedAt: '大厦一楼大堂、各楼层电梯厅公告栏；书面通知各租户单位',
      drafted: -0.4,
      issued: -0.2,
      expires: 11,
      acknowledgeBy: { departments: [], done: ['director', 'fire', 'clerk', 'cs'] },
    },
    {
      kind: NoticeKind.DOCUMENT,
      title: '春节期间物业服务安排',
      body:
        '春节假期期间，客户服务中心值班时间为 9:00—17:00，其余时间请拨打 24 小时值班电话 0571-8888 6611。\n' +
        '秩序维护部实行 24 小时值班巡逻，垃圾清运时间调整为每日一次。\n\n祝各位业主新春快乐、阖家幸福！',
      audience: NoticeAudience.ALL_SITES,
      postedAt: '各小区公告栏、业主微信群',
      drafted: -62,
      issued: -60,
      expires: -30,
    },
    {
      kind: NoticeKind.ANNOUNCEMENT,
      title: '绿化带修剪作业告示',
      body:
        `${md(7)}起，环境部将对小区内主干道两侧绿化带进行修剪作业，为期三天。` +
        '作业期间请勿在绿化带附近停放车辆，带小孩的业主请注意安全，绕行通过。',
      audience: NoticeAudience.SITE,
      site: 'CUIHU',
      postedAt: '小区南北门公告栏',
      drafted: -0.1,
      acknowledgeBy: { departments: ['order_maintenance'], done: [] },
    },
    {
      kind: NoticeKind.NOTICE,
      title: '临时停电通知',
      body: `因供电局线路检修，金桥大厦将于${md(1)} 22:00 至次日 6:00 停电，请各租户提前保存数据、关闭用电设备。`,
      audience: NoticeAudience.SITE,
      site: 'JINQIAO',
      postedAt: '大厦一楼大堂公告栏',
      drafted: -3.1,
      issued: -3,
      expires: 2,
      withdrawn: { at: -0.5, reason: '供电局通知检修延期，停电取消，另行通知。' },
    },
  ];
}

/**
 * Demo notices (R9): on a database with the demo staff and no notices only. Written by customer
 * service (cs, cs2), issued by the manager, some acknowledged by some staff; one still a draft,
 * one expired, one withdrawn. Dates are relative to today, so the board always looks current.
 */
export async function loadDemoNotices(em: EntityManager, log: Logger): Promise<void> {
  if ((await em.count(Notice, {})) > 0) return;
  const staff = new Map((await em.find(Staff, {})).map((s) => [s.username, s]));
  const manager = staff.get('manager');
  const author = { CUIHU: staff.get('cs'), JINQIAO: staff.get('cs2') };
  if (!manager || !author.CUIHU || !author.JINQIAO) return;
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY);

  await em.transactional(async (tx) => {
    const plan = notices().sort((a, b) => a.drafted - b.drafted);
    for (const p of plan) {
      const siteCode = p.site ?? p.building?.site ?? null;
      const writer = (siteCode === 'JINQIAO' ? author.JINQIAO : author.CUIHU) as Staff;
      const site = siteCode ? await tx.findOneOrFail(Site, { code: siteCode }) : null;
      const building = p.building ? await tx.findOne(Building, { site: p.building.site, code: p.building.code }) : null;
      if (p.building && !building) continue; // demo customer files absent: leave this one out
      const created = at(p.drafted);
      const issued = p.issued === undefined ? null : at(p.issued);
      const status = p.withdrawn ? NoticeStatus.WITHDRAWN : issued ? NoticeStatus.ISSUED : NoticeStatus.DRAFT;
      const notice = tx.create(Notice, {
        id: randomUUID(),
        reference: await nextReference(tx, 'TZ', created, site?.timeZone ?? 'Asia/Shanghai', 3),
        kind: p.kind,
        status,
        title: p.title,
        body: p.body,
        department: tx.getReference(Department, 'customer_service'),
        audience: p.audience,
        site,
        building,
        postedAt: p.postedAt ?? null,
        publishAt: issued ? at(p.publish ?? p.issued ?? 0) : null,
        expiresAt: p.expires === undefined ? null : at(p.expires),
        requiresAcknowledgement: !!p.acknowledgeBy,
        acknowledgementDepartmentKeys: p.acknowledgeBy?.departments ?? [],
        author: writer,
        issuedBy: issued ? manager : null,
        issuedAt: issued,
        withdrawnBy: p.withdrawn ? writer : null,
        withdrawnAt: p.withdrawn ? at(p.withdrawn.at) : null,
        withdrawReason: p.withdrawn?.reason ?? null,
        createdAt: created,
        updatedAt: p.withdrawn ? at(p.withdrawn.at) : (issued ?? created),
      });
      if (!issued) continue;
      // Acknowledged one after another between the issue and now.
      const done = p.acknowledgeBy?.done ?? [];
      const span = Math.min(now - issued.getTime(), DAY);
      done.forEach((username, i) => {
        const person = staff.get(username);
        if (!person) return;
        tx.create(NoticeAcknowledgement, {
          id: randomUUID(),
          notice,
          staff: person,
          staffName: person.name,
          department: person.department,
          at: new Date(issued.getTime() + (span * (i + 1)) / (done.length + 1)),
        });
      });
    }
  });
  log.info('loaded demo notices');
}
