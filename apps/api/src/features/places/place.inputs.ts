import { Field, ID, InputType, Int } from 'type-graphql';
import { AreaKind } from './place.enums.js';

@InputType('CreateAreaInput', { description: 'A new area of a site.' })
export class CreateAreaInput {
  @Field(() => String, { description: 'The site (its code).' })
  siteCode: string;

  @Field(() => AreaKind, { description: 'What kind of place it is.' })
  kind: AreaKind;

  @Field(() => String, { description: 'Chinese name, at most 50 characters, unique among the site’s active areas.' })
  nameZh: string;

  @Field(() => String, { description: 'English name, at most 100 characters.' })
  nameEn: string;

  @Field(() => String, { nullable: true, description: 'What it takes in, how to patrol it (at most 500).' })
  note?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Counted in patrol coverage (default true).' })
  patrolled?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Patrols required per shift (1–24), overriding the default of 2; omit for the default.',
  })
  minPatrols?: number | null;
}

@InputType('UpdateAreaInput', { description: 'Changes to an area; what is left out stays as it is.' })
export class UpdateAreaInput {
  @Field(() => ID, { description: 'The area.' })
  areaId: string;

  @Field(() => AreaKind, { nullable: true, description: 'What kind of place it is.' })
  kind?: AreaKind | null;

  @Field(() => String, { nullable: true, description: 'Chinese name.' })
  nameZh?: string | null;

  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'The note; an empty string clears it.' })
  note?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Counted in patrol coverage.' })
  patrolled?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Patrols required per shift here (1–24).' })
  minPatrols?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Go back to the default minimum (drops `minPatrols`); not together with `minPatrols`.',
  })
  useDefaultMinimum?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Still in use. Deactivating an area deactivates nothing else; its checkpoints refuse scans.',
  })
  active?: boolean | null;
}

@InputType('CreateCheckpointInput', { description: 'A new patrol checkpoint in an area.' })
export class CreateCheckpointInput {
  @Field(() => ID, { description: 'The area.' })
  areaId: string;

  @Field(() => String, { description: 'Its name, at most 50 characters, unique among the area’s active checkpoints.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Where the card hangs (at most 200).' })
  locationHint?: string | null;
}

@InputType('UpdateCheckpointInput', { description: 'Changes to a checkpoint; what is left out stays as it is.' })
export class UpdateCheckpointInput {
  @Field(() => ID, { description: 'The checkpoint.' })
  checkpointId: string;

  @Field(() => ID, { nullable: true, description: 'Move it to another area of the same site.' })
  areaId?: string | null;

  @Field(() => String, { nullable: true, description: 'Its name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the card hangs; an empty string clears it.' })
  locationHint?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Still in use.' })
  active?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Give it a new code (a card lost or copied): the old card stops working; print the new one.',
  })
  renewCode?: boolean | null;
}
