import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { InspectingBodyType } from './inspection.enums.js';

export const EXTERNAL_INSPECTION_LIMITS = {
  bodyName: 100,
  scope: 500,
  findings: 2000,
  documents: 1000,
  reason: 500,
} as const;

/**
 * An inspection of the property by an outside body, received on the company's behalf (接受有关
 * 部门检查, R21, DIR-10): who came, when, what they looked at, what they found, what we gave them.
 * Its required actions become rectification notices (origin EXTERNAL_INSPECTION).
 */
@Entity({ tableName: 'external_inspection' })
@Index({ properties: ['inspectedAt', 'id'] })
@ObjectType('ExternalInspection', {
  implements: Node,
  description: 'An inspection by an outside body (police, fire authority …) received at a site (R21).',
})
export class ExternalInspection {
  [OptionalProps]?: 'scope' | 'findings' | 'documentsProvided' | 'voidedAt' | 'voidReason' | 'version';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  /** The department that received it (order maintenance: the director's). */
  @ManyToOne(() => Department, { ref: true })
  department: Ref<Department>;

  @Property({ type: 'string', length: 16 })
  @Field(() => InspectingBodyType, { description: 'What kind of body inspected.' })
  bodyType: InspectingBodyType;

  @Property({ type: 'string', length: EXTERNAL_INSPECTION_LIMITS.bodyName })
  @Field(() => String, { description: 'The body’s name, e.g. 湖滨区消防救援大队.' })
  bodyName: string;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When the inspection took place.' })
  inspectedAt: Date;

  @Property({ type: 'string', length: EXTERNAL_INSPECTION_LIMITS.scope, nullable: true })
  @Field(() => String, { nullable: true, description: 'What they inspected.' })
  scope: string | null = null;

  @ManyToOne(() => Staff, { ref: true })
  receivedBy: Ref<Staff>;

  @Property({ type: 'string', length: EXTERNAL_INSPECTION_LIMITS.findings, nullable: true })
  @Field(() => String, { nullable: true, description: 'What they found and asked for.' })
  findings: string | null = null;

  @Property({ type: 'string', length: EXTERNAL_INSPECTION_LIMITS.documents, nullable: true })
  @Field(() => String, { nullable: true, description: 'Documents provided to them (registers, certificates …).' })
  documentsProvided: string | null = null;

  @ManyToOne(() => Staff, { ref: true })
  recordedBy: Ref<Staff>;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the record was voided (recorded in error).' })
  voidedAt: Date | null = null;

  @Property({ type: 'string', length: EXTERNAL_INSPECTION_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was voided.' })
  voidReason: string | null = null;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt: Date;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date;

  @Property({ type: 'integer', version: true })
  version = 1;
}
