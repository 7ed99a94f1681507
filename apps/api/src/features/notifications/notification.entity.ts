import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Case } from '../cases/case.entity.js';
import { Notice } from '../notices/notice.entity.js';
import { Staff } from '../staff/staff.entity.js';

/** Something a member of staff should know about: an assignment, a referral, an escalation, a deadline, a notice. */
@Entity({ tableName: 'notification' })
@Index({ properties: ['recipient', 'readAt'] })
@ObjectType('Notification', { implements: Node, description: 'Something you should know about.' })
export class Notification {
  [OptionalProps]?: 'readAt' | 'case' | 'notice';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Staff, { ref: true })
  recipient: Ref<Staff>;

  /** `CASE_ASSIGNED`, `CASE_REFERRED`, `CASE_ESCALATED`, `CASE_OVERDUE`, `NOTICE_TO_ACKNOWLEDGE`, … */
  @Property({ type: 'string', length: 32 })
  @Field(() => String, { description: 'What kind of news, e.g. `CASE_REFERRED`.' })
  type: string;

  @ManyToOne(() => Case, { ref: true, nullable: true })
  case: Ref<Case> | null = null;

  @ManyToOne(() => Notice, { ref: true, nullable: true })
  notice: Ref<Notice> | null = null;

  @Property({ type: 'string', length: 200 })
  titleZh: string;

  @Property({ type: 'string', length: 300 })
  titleEn: string;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When.' })
  createdAt: Date;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When you read it; null while unread.' })
  readAt: Date | null = null;
}
