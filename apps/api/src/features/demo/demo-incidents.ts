import type { Logger } from 'pino';
import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/node.js';
import type { Case } from '../cases/case.entity.js';
import { CaseChannel, CaseKind, Severity } from '../cases/case.enums.js';
import type { OpenCaseInput } from '../cases/case.inputs.js';
import { CaseService } from '../cases/case.service.js';
import { Escalation } from '../incidents/escalation.entity.js';
import { Authority } from '../incidents/incident.kind.js';
import { acknowledgeEscalationStep, updateIncidentStep } from '../incidents/incident.steps.js';
import { Area } from '../places/area.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { type DemoDeps, demoContext, must } from './demo-context.js';

const MINUTE = 60_000;

/**
 * A week of incidents (R16) played through the real services at their past times: a lift
 * entrapment escalated to the leader on duty and acknowledged; a scuffle at the gate settled on
 * the spot; a car-park scrape with the traffic police; a smoke alarm in the refuse room (a fire:
 * straight to the director and the manager, reported late); and, at 金桥, a bicycle theft reported
 * within the hour, still waiting for the leader's acknowledgement — so the board has something.
 */
export async function loadDemoIncidents(em: Context['em'], log: Logger, deps: DemoDeps): Promise<void> {
  if ((await em.count(Escalation, {})) > 0) return;
  const start = Date.now();
  let now = new Date(start);
  const clock = () => now;
  const ctx = (username: string) => demoContext(em, log, deps, username, clock);
  const area = async (site: string, nameZh: string) => {
    const found = await em.fork().findOne(Area, { site: site, nameZh });
    return found ? toGlobalId('Area', found.id) : null;
  };
  const id = (c: Case) => toGlobalId('Case', c.id);
  /** Reports as `username`, `minutesAgo` before now, the incident happening `delay` minutes before that. */
  const report = async (
    username: string,
    minutesAgo: number,
    delay: number,
    input: Omit<OpenCaseInput, 'channel' | 'reportedByMe' | 'incident'> & {
      areaName?: string;
      incident?: Partial<NonNullable<OpenCaseInput['incident']>>;
    },
  ): Promise<Case> => {
    now = new Date(start - minutesAgo * MINUTE);
    const { areaName, incident, ...rest } = input;
    return must(
      await new CaseService(await ctx(username)).open({
        ...rest,
        channel: CaseChannel.PATROL,
        reportedByMe: true,
        incident: {
          occurredAt: new Date(now.getTime() - delay * MINUTE),
          areaId: areaName ? await area(rest.siteCode ?? 'CUIHU', areaName) : null,
          ...incident,
        },
      }),
      `incident ${rest.title}`,
    );
  };
  /** The waiting escalation's recipient acknowledges, `after` minutes later. */
  const acknowledge = async (c: Case, after: number, note: string) => {
    now = new Date(now.getTime() + after * MINUTE);
    const waiting = await em
      .fork()
      .findOneOrFail(
        Escalation,
        { case: c.id, acknowledgedAt: null, settledAt: null },
        { orderBy: { sentAt: 'desc' } },
      );
    const to = await em.fork().findOneOrFail(Staff, { id: waiting.to.unwrap().id });
    must(await acknowledgeEscalationStep(await ctx(to.username), { caseId: id(c), note }), 'acknowledge');
    return to.username;
  };
  const step = async (username: string, after: number, run: (s: CaseService) => Promise<unknown>) => {
    now = new Date(now.getTime() + after * MINUTE);
    await run(new CaseService(await ctx(username)));
  };
  /** Takes it on oneself, and writes the result. */
  const settle = async (username: string, after: number, c: Case, result: string) => {
    now = new Date(now.getTime() + after * MINUTE);
    const me = await em.fork().findOneOrFail(Staff, { username });
    // A fresh context per step, as a request has: no entity carried over from the step before.
    const as = async () => new CaseService(await ctx(username));
    must(await (await as()).assign({ caseId: id(c), assigneeId: toGlobalId('Staff', me.id) }), 'assign');
    must(await (await as()).start({ caseId: id(c) }), 'start');
    must(await (await as()).resolve({ caseId: id(c), result }), 'resolve');
  };

  // 1. Five days ago, 14:05: a lift entrapment, major — to the leader on duty, acknowledged, freed, closed.
  let c = await report('officer2', 5 * 24 * 60 + 3 * 60, 4, {
    kind: CaseKind.EQUIPMENT_FAILURE,
    siteCode: 'CUIHU',
    severity: Severity.MAJOR,
    title: '3 栋 2 号电梯困人',
    description: '3 栋 2 号电梯停在 8、9 层之间，轿厢内一名业主，情绪稳定，已通过对讲安抚。',
    incident: {
      involvedPeople: '业主一名（3-802 住户），无受伤',
      actionsTaken: '通知电梯维保单位，监控室持续对讲安抚',
    },
  });
  const holder = await acknowledge(c, 2, '马上到场，维保单位 20 分钟内到');
  must(
    await updateIncidentStep(await ctx(holder), {
      caseId: id(c),
      actionsTaken: '通知电梯维保单位；14:31 维保人员到场盘车放人，业主安全离开；电梯停用待检',
      losses: '无',
    }),
    'update incident',
  );
  await settle(holder, 30, c, '维保人员盘车放人，业主安全离开；电梯停用检修后于次日恢复运行。');
  await step('director', 60 * 18, async (s) => must(await s.close({ caseId: id(c) }), 'close'));

  // 2. Three days ago, 21:40: a scuffle at the north gate, settled on the spot.
  c = await report('officer', 3 * 24 * 60, 6, {
    kind: CaseKind.PUBLIC_ORDER,
    siteCode: 'CUIHU',
    areaName: '北门',
    title: '北门快递员与业主争执',
    description: '快递员电动车欲进小区被拦，与业主发生口角，有推搡。',
    incident: {
      involvedPeople: '快递员一名，业主一名，均无受伤',
      actionsTaken: '门岗隔开双方，班长到场调解，快递改放驿站',
    },
  });
  await settle('leader', 25, c, '双方和解，快递改放驿站；门岗重申外卖快递车辆不得入内的规定。');

  // 3. Yesterday, 08:20: a scrape in the car park, the traffic police told.
  c = await report('officer3', 24 * 60 + 2 * 60, 12, {
    kind: CaseKind.VEHICLE_ACCIDENT,
    siteCode: 'CUIHU',
    areaName: '地下停车场',
    title: 'B1 车库两车剐蹭',
    description: '业主车辆倒车时剐蹭邻位车辆右后门，双方对责任有争议。',
    incident: {
      vehicles: '沪A·7K291，沪B·3M806',
      actionsTaken: '保护现场，调取监控',
      authorities: [
        {
          authority: Authority.TRAFFIC_POLICE,
          notifiedAt: new Date(start - (24 * 60 + 125) * MINUTE),
          reference: '沪交警 0915',
        },
      ],
    },
  });

  // 4. Five hours ago: the refuse room's smoke alarm — a fire goes to the director and the manager at once; reported late.
  c = await report('officer', 5 * 60, 8, {
    kind: CaseKind.FIRE,
    siteCode: 'CUIHU',
    title: '垃圾房烟感报警，有焦味',
    description: '2 号垃圾房烟感报警，现场有烟和焦味，疑似烟头引燃纸箱。',
    incident: { actionsTaken: '用灭火器扑灭纸箱明火，打开通风；无人员受伤' },
  });
  await acknowledge(c, 3, '已知悉，查明起火原因，今天内报告');

  // 5. At 金桥, 40 minutes ago: a stolen e-bike, major, still waiting for the leader's acknowledgement.
  await report('officer4', 40, 15, {
    kind: CaseKind.CRIMINAL,
    siteCode: 'JINQIAO',
    severity: Severity.MAJOR,
    title: '大堂外电动车被盗',
    description: '访客停在大堂外的电动车被盗，监控显示一名戴帽男子 13 时许骑走。',
    incident: {
      authorities: [
        { authority: Authority.POLICE, notifiedAt: new Date(start - 45 * MINUTE), reference: '110 接警 2611' },
      ],
    },
  });
  log.info('loaded demo incidents');
}
