import { Entity, OptionalProps, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';

/** A managed property (小区 / 大厦). Staff are scoped to sites; later records belong to one. */
@Entity({ tableName: 'site' })
@ObjectType('Site', { implements: Node, description: 'A property the company manages.' })
export class Site {
  [PrimaryKeyProp]?: 'code';
  [OptionalProps]?: 'timeZone' | 'createdAt';

  @PrimaryKey({ type: 'string', length: 32 })
  @Field(() => String, { description: 'Short code, e.g. `CUIHU`.' })
  code: string;

  @Property({ type: 'string', length: 100 })
  nameZh: string;

  @Property({ type: 'string', length: 200 })
  nameEn: string;

  /** IANA zone that decides shift dates and "today" for this site. */
  @Property({ type: 'string', length: 64 })
  @Field(() => String, { description: 'IANA time zone deciding shift dates, e.g. `Asia/Shanghai`.' })
  timeZone = 'Asia/Shanghai';

  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
