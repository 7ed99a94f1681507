import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { CaseKind } from '../case.enums.js';
import type { CaseKindDefinition } from '../case.kinds.js';

/**
 * Tasks given by a superior (交办任务, R13: CS-1, CS-11, OM-12, DIR-1, SL-2, SL-15) run through
 * the case engine: given to a person at opening, due when the giver says (按时), accepted by
 * acknowledging, done by writing the result, verified by the giver's side closing it.
 */
export enum TaskMode {
  WRITTEN = 'WRITTEN',
  ORAL = 'ORAL',
}
registerEnumType(TaskMode, {
  name: 'TaskMode',
  description: 'How a task was given (SL-2: 书面、口头).',
  valuesConfig: {
    WRITTEN: { description: 'In writing.' },
    ORAL: { description: 'By word of mouth; entered by the person given it so it can be tracked.' },
  },
});

export interface TaskData {
  mode: TaskMode;
  /** The meeting whose action item it is (R11), when it came from one. */
  meetingId?: string | null;
}

@ObjectType('TaskDetails', { description: 'A task’s own details (R13).' })
export class TaskDetails {
  @Field(() => TaskMode, { description: 'Written or oral.' })
  mode: TaskMode;

  meetingId: string | null;
}

@InputType('TaskDetailsInput', { description: 'A task’s details at opening.' })
export class TaskDetailsInput {
  @Field(() => TaskMode, { nullable: true, description: 'Default WRITTEN.' })
  mode?: TaskMode | null;
}

export const taskKind: CaseKindDefinition = {
  kind: CaseKind.TASK,
  prefix: 'RW',
  resource: 'task',
  department: null,
  assignedAtOpen: true,
  dueFromInput: true,
  // An oral instruction is entered by the person given it, so it can be tracked (R13).
  mayOpen: (viewer, input, assigneeKey) =>
    input.task?.mode === TaskMode.ORAL && assigneeKey === viewer.staff.id && viewer.grants.has('task.handle'),
  detailsInput: 'task',
  detailsAtOpen: async (input) => ({ mode: input.task?.mode ?? TaskMode.WRITTEN }) satisfies TaskData,
  detailsView: (c) => {
    const d = (c.details ?? {}) as Partial<TaskData>;
    return Object.assign(new TaskDetails(), { mode: d.mode ?? TaskMode.WRITTEN, meetingId: d.meetingId ?? null });
  },
};
