import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Department } from '../rulebook/department.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { Notice } from './notice.entity.js';

/** One member of staff's confirmation that they have read a notice: once per person and notice. */
@Entity({ tableName: 'notice_acknowledgement' })
@Unique({ properties: ['notice', 'staff'] })
@ObjectType('NoticeAcknowledgement', {
  implements: Node,
  description: 'A member of staff’s confirmation that they have read a notice.',
})
export class NoticeAcknowledgement {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Notice, { ref: true })
  notice: Ref<Notice>;

  @ManyToOne(() => Staff, { ref: true })
  staff: Ref<Staff>;

  /** Their name then: the record reads the same after they change posts or leave. */
  @Property({ type: 'string', length: 50 })
  @Field(() => String, { description: 'Who acknowledged it (their name at the time).' })
  staffName: string;

  /** Their department then. */
  @ManyToOne(() => Department, { ref: true, nullable: true })
  department: Ref<Department> | null = null;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When.' })
  at: Date;
}
