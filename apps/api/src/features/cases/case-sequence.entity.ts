import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The next reference number per prefix and day (`TS-20261126` → 43). */
@Entity({ tableName: 'case_sequence' })
export class CaseSequence {
  @PrimaryKey({ type: 'string', length: 16 })
  key: string;

  @Property({ type: 'integer' })
  next: number;
}
