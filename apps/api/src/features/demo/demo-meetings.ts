import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from '../../logger.js';
import { Case } from '../cases/case.entity.js';
import { CaseChannel, CaseEventType, CaseKind, CaseStatus, Priority, Severity } from '../cases/case.enums.js';
import { CaseEvent } from '../cases/case-event.entity.js';
import { CaseSequence } from '../cases/case-sequence.entity.js';
import { type TaskData, TaskMode } from '../cases/kinds/task.kind.js';
import { Meeting, MeetingActionItem, MeetingAttendee } from '../meetings/meeting.entity.js';
import { MeetingKind, MeetingStatus } from '../meetings/meeting.enums.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

type TaskState = 'ASSIGNED' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED';

interface DemoTask {
  title: string;
  description: string;
  assignee: string;
  /** Days from the meeting to the due time. */
  dueInDays: number;
  state: TaskState;
  result?: string;
}

interface DemoMeeting {
  kind: MeetingKind;
  title: string;
  department: string;
  site: string | null;
  chair: string;
  /** Days from now (negative: past). */
  atDays: number;
  agenda?: string;
  /** Username → attended (null: asked, not yet held). */
  attendees: Record<string, boolean | null>;
  absenteesNote?: string;
  review?: string;
  requirements?: string;
  minutes?: string;
  reportedTo?: string;
  reportNote?: string;
  cancelReason?: string;
  tasks?: DemoTask[];
}

/**
 * Customer service's regular work meetings (CS-9) with the tasks they gave — some done and
 * verified, one running late — and a shift meeting reported to the director (SL-13).
 * The manager chairs the work meetings and gives their tasks to 吴芳 (R13: the manager assigns):
 * 李晓梅's own queue, and other departments' queues, stay as the demo left them.
 */
const MEETINGS: DemoMeeting[] = [
  {
    kind: MeetingKind.CS_WORK_MEETING,
    title: '十月客服工作会议',
    department: 'customer_service',
    site: null,
    chair: 'manager',
    atDays: -29,
    agenda: '通报十月服务情况；分析回访超时原因；布置十一月工作。',
    attendees: { cs: true, cs2: true, manager: true },
    review:
      '十月共受理投诉 23 件、报修 61 件、咨询 140 余次，投诉处理及时率 95.6%。有 2 起投诉结案后回访超过两个工作日；1 起报修转告设施部后，接收人未及时确认，业主再次来电催办。',
    requirements:
      '一、结案后两个工作日内完成回访，并如实记录满意度；二、转告须同时告知部门和具体接收人，当班跟进其确认；三、客户联系方式变更当日更新客户档案。',
    minutes:
      '会议由王建国经理主持。\n一、李晓梅通报十月服务数据及两起回访超时情况。\n二、吴芳介绍金桥大厦前台接待情况，提出访客登记高峰时段人手紧张。\n三、王经理要求：回访是服务闭环的最后一步，不得遗漏；对转告事项要盯到对方确认为止。\n四、布置工作：整理十月回访记录；更新翠湖花园业主联系电话台账。',
    tasks: [
      {
        title: '整理十月投诉回访记录',
        description: '逐条核对十月投诉的回访时间和满意度，补录缺失项，形成回访情况说明。',
        assignee: 'cs2',
        dueInDays: 5,
        state: 'CLOSED',
        result: '已核对十月 23 件投诉的回访记录，补录 3 件满意度，说明已交李晓梅。',
      },
      {
        title: '更新金桥大厦业主联系电话台账',
        description: '结合入住登记和近期来电，更新金桥大厦业主联系电话，标注停机号码。',
        assignee: 'cs2',
        dueInDays: 10,
        state: 'CLOSED',
        result: '已更新金桥大厦 8 至 20 层业主联系电话 46 条，停机号码 5 个已标注并电话回访确认。',
      },
    ],
  },
  {
    kind: MeetingKind.CS_WORK_MEETING,
    title: '十一月上半月客服工作会议',
    department: 'customer_service',
    site: null,
    chair: 'manager',
    atDays: -8,
    agenda: '冬季供暖报修准备；空置房源租赁信息核对。',
    attendees: { manager: true, cs: true, cs2: true },
    review: '十一月上半月回访均在两个工作日内完成，较上月改进。供暖开始前报修咨询明显增多，部分业主不清楚报修流程。',
    requirements: '一、供暖期报修须当日转告设施部并跟进确认；二、租赁房源信息每周核对一次，保证对外介绍准确。',
    minutes:
      '会议由王建国经理主持。\n一、李晓梅通报上半月服务情况，回访及时率 100%。\n二、讨论供暖期报修高峰的应对：制作温馨提示张贴于各楼栋大堂。\n三、吴芳提出金桥大厦部分空置房源信息与实际不符，需逐套核对。\n四、布置工作三项，见行动项。',
    tasks: [
      {
        title: '制作冬季供暖报修温馨提示',
        description: '写明报修电话、受理时间和常见问题，张贴于翠湖花园、金桥大厦各楼栋大堂。',
        assignee: 'cs2',
        dueInDays: 3,
        state: 'RESOLVED',
        result: '温馨提示已制作并张贴于两处物业共 22 个大堂，电子版已发业主群。',
      },
      {
        title: '核对金桥大厦空置房源租赁信息',
        description: '逐套核对金桥大厦委托出租房源的面积、租金和看房方式，与业主确认后更新。',
        assignee: 'cs2',
        dueInDays: 6,
        state: 'IN_PROGRESS',
      },
      {
        title: '跟进金桥大厦 12 层漏水投诉的回访',
        description: '设施部维修完成后三日内上门回访，确认不再漏水并记录业主意见。',
        assignee: 'cs2',
        dueInDays: 11,
        state: 'ASSIGNED',
      },
    ],
  },
  {
    kind: MeetingKind.CS_WORK_MEETING,
    title: '客服与设施部协调会',
    department: 'customer_service',
    site: 'CUIHU',
    chair: 'cs',
    atDays: -4,
    agenda: '报修转告的确认时限。',
    attendees: { cs: null, tech: null },
    cancelReason: '设施部当日抢修水泵，改在下次客服工作会议上一并讨论。',
  },
  {
    kind: MeetingKind.CS_WORK_MEETING,
    title: '十一月下半月客服工作会议',
    department: 'customer_service',
    site: null,
    chair: 'cs',
    atDays: 6,
    agenda: '一、上次会议行动项完成情况；二、年终业主满意度调查安排；三、春节前空置房巡查。',
    attendees: { cs: null, cs2: null, manager: null },
  },
  {
    kind: MeetingKind.SHIFT_MEETING,
    title: '翠湖花园早班班务会',
    department: 'order_maintenance',
    site: 'CUIHU',
    chair: 'leader',
    atDays: -2,
    attendees: { leader: true, officer: true, officer2: true, officer3: false },
    absenteesNote: '徐鹏轮休。',
    review: '本周早班巡逻均按时完成两次，东门岗访客登记规范。周三 3 号岗交接班时对讲机电量不足，未及时更换。',
    requirements:
      '一、交接班时逐项清点对讲机、手电等公用物资并签字；二、访客车辆一律登记车牌和去向；三、仪容仪表按标准着装。',
    minutes:
      '会议由刘强主持。\n一、讲评本周工作：巡逻、门岗、交接班情况。\n二、提出要求三项（见上）。\n三、杨帆反映地下车库 B 区照明不足，已报设施部。\n会后向张伟主任汇报。',
    reportedTo: 'director',
    reportNote: '本周班务正常，对讲机管理问题已当场纠正。',
  },
  {
    kind: MeetingKind.SHIFT_MEETING,
    title: '翠湖花园十二月第一周班务会',
    department: 'order_maintenance',
    site: 'CUIHU',
    chair: 'leader',
    atDays: 5,
    attendees: { leader: null, officer: null, officer2: null, officer3: null },
  },
];

/** The date in a reference number: the day in Shanghai. */
function dayIn(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(date)
    .replaceAll('-', '');
}

/** 15:00 in Shanghai (07:00 UTC), `days` from today: when meetings are usually held. */
function atThree(now: Date, days: number): Date {
  const day = new Date(now.getTime() + days * DAY + 8 * HOUR);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 7, 0));
}

/** On a database without meetings only, and only where the demo organisation is. */
export async function loadDemoMeetings(em: EntityManager, log: Logger): Promise<void> {
  if ((await em.count(Meeting, {})) > 0) return;
  const usernames = [
    ...new Set(
      MEETINGS.flatMap((m) => [
        m.chair,
        ...Object.keys(m.attendees),
        ...(m.reportedTo ? [m.reportedTo] : []),
        'manager',
      ]),
    ),
  ];
  const people = new Map((await em.find(Staff, { username: { $in: usernames } })).map((s) => [s.username, s]));
  if (usernames.some((u) => !people.has(u))) return;
  const now = new Date();
  const person = (username: string) => people.get(username) as Staff;
  let tasks = 0;

  await em.transactional(async (tx) => {
    const nextReference = async (at: Date): Promise<string> => {
      const key = `RW-${dayIn(at)}`;
      const row = await tx.findOne(CaseSequence, { key });
      const n = row?.next ?? 1;
      if (row) row.next = n + 1;
      else tx.create(CaseSequence, { key, next: n + 1 });
      return `${key}-${String(n).padStart(4, '0')}`;
    };

    for (const d of MEETINGS) {
      const at = atThree(now, d.atDays);
      const held = d.minutes !== undefined;
      const chair = person(d.chair);
      // Scheduled a few days ahead, and never later than now.
      const recorded = new Date(Math.min(at.getTime() - 3 * DAY, now.getTime() - HOUR));
      const meeting = tx.create(Meeting, {
        id: randomUUID(),
        kind: d.kind,
        status: d.cancelReason
          ? MeetingStatus.CANCELLED
          : d.reportedTo
            ? MeetingStatus.REPORTED
            : held
              ? MeetingStatus.HELD
              : MeetingStatus.PLANNED,
        title: d.title,
        agenda: d.agenda ?? null,
        department: tx.getReference(Department, d.department),
        site: d.site ? tx.getReference(Site, d.site) : null,
        scheduledAt: at,
        heldAt: held ? at : null,
        chair: tx.getReference(Staff, chair.id),
        absenteesNote: d.absenteesNote ?? null,
        review: d.review ?? null,
        requirements: d.requirements ?? null,
        minutes: d.minutes ?? null,
        reportedAt: d.reportedTo ? new Date(at.getTime() + 2 * HOUR) : null,
        reportedTo: d.reportedTo ? tx.getReference(Staff, person(d.reportedTo).id) : null,
        reportNote: d.reportNote ?? null,
        cancelledAt: d.cancelReason ? new Date(at.getTime() - DAY) : null,
        cancelReason: d.cancelReason ?? null,
        createdBy: tx.getReference(Staff, chair.id),
        createdAt: recorded,
        updatedAt: held ? new Date(at.getTime() + 2 * HOUR) : recorded,
      });
      for (const [username, attended] of Object.entries(d.attendees)) {
        tx.create(MeetingAttendee, {
          id: randomUUID(),
          meeting,
          staff: tx.getReference(Staff, person(username).id),
          attended,
        });
      }

      let ordinal = 0;
      for (const t of d.tasks ?? []) {
        ordinal += 1;
        tasks += 1;
        const givenAt = new Date(at.getTime() + HOUR + ordinal * 60_000);
        // Due at the end of a working day (18:00).
        const dueAt = new Date(at.getTime() + t.dueInDays * DAY + 3 * HOUR);
        const assignee = person(t.assignee);
        const ackAt = new Date(givenAt.getTime() + 2 * HOUR);
        const startAt = new Date(givenAt.getTime() + DAY);
        const doneAt = new Date(Math.min(dueAt.getTime() - DAY, now.getTime() - HOUR));
        const closedAt = new Date(doneAt.getTime() + DAY);
        const reached = (s: TaskState) =>
          ['ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'].indexOf(t.state) >=
          ['ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'].indexOf(s);
        const c = tx.create(Case, {
          id: randomUUID(),
          reference: await nextReference(givenAt),
          kind: CaseKind.TASK,
          status: CaseStatus[t.state],
          channel: CaseChannel.MEETING,
          title: t.title,
          description: t.description,
          reporterStaff: tx.getReference(Staff, chair.id),
          severity: Severity.GENERAL,
          priority: Priority.NORMAL,
          department: tx.getReference(Department, assignee.department?.unwrap().key ?? d.department),
          assignee: tx.getReference(Staff, assignee.id),
          holder: tx.getReference(Staff, assignee.id),
          holderDepartment: assignee.department ? tx.getReference(Department, assignee.department.unwrap().key) : null,
          awaitingAcknowledgement: false,
          receivedBy: tx.getReference(Staff, chair.id),
          responseDueAt: new Date(givenAt.getTime() + 2 * HOUR),
          resolutionDueAt: dueAt,
          respondedAt: ackAt,
          resolvedAt: reached('RESOLVED') ? doneAt : null,
          closedAt: reached('CLOSED') ? closedAt : null,
          result: reached('RESOLVED') ? (t.result ?? null) : null,
          details: { mode: TaskMode.WRITTEN, meetingId: meeting.id } satisfies TaskData as unknown as Record<
            string,
            unknown
          >,
          createdAt: givenAt,
          updatedAt: reached('CLOSED')
            ? closedAt
            : reached('RESOLVED')
              ? doneAt
              : reached('IN_PROGRESS')
                ? startAt
                : ackAt,
        });
        const steps: [CaseEventType, Staff, Date, string | null, CaseStatus, CaseStatus][] = [
          [CaseEventType.ACKNOWLEDGED, assignee, ackAt, '收到', CaseStatus.ASSIGNED, CaseStatus.ASSIGNED],
        ];
        if (reached('IN_PROGRESS'))
          steps.push([CaseEventType.STARTED, assignee, startAt, null, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS]);
        if (reached('RESOLVED'))
          steps.push([
            CaseEventType.RESOLVED,
            assignee,
            doneAt,
            t.result ?? null,
            CaseStatus.IN_PROGRESS,
            CaseStatus.RESOLVED,
          ]);
        if (reached('CLOSED'))
          steps.push([
            CaseEventType.CLOSED,
            person('manager'),
            closedAt,
            '已核实',
            CaseStatus.RESOLVED,
            CaseStatus.CLOSED,
          ]);
        tx.create(CaseEvent, {
          id: randomUUID(),
          case: c,
          seq: 1,
          type: CaseEventType.OPENED,
          actor: tx.getReference(Staff, chair.id),
          actorName: chair.name,
          at: givenAt,
          data: { status: CaseStatus.ASSIGNED, assignee: assignee.id, assigneeName: assignee.name },
        });
        steps.forEach(([type, actor, when, note, from, to], i) => {
          tx.create(CaseEvent, {
            id: randomUUID(),
            case: c,
            seq: i + 2,
            type,
            actor: tx.getReference(Staff, actor.id),
            actorName: actor.name,
            at: when,
            note,
            data: { from, to },
          });
        });
        tx.create(MeetingActionItem, { id: randomUUID(), meeting, case: c, ordinal, createdAt: givenAt });
      }
    }
  });
  log.info({ meetings: MEETINGS.length, tasks }, 'loaded demo meetings');
}
