import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { UserError } from '../../graphql/user-error.js';
import {
  CreateShiftPatternInput,
  CreateTeamInput,
  UpdateShiftPatternInput,
  UpdateTeamInput,
} from './roster-setup.inputs.js';
import { RosterSetupService } from './roster-setup.service.js';
import { ShiftPattern } from './shift-pattern.entity.js';
import { Team } from './team.entity.js';

@ObjectType('ShiftPatternPayload', { description: 'The result of a change to a shift pattern.' })
class ShiftPatternPayload {
  @Field(() => ShiftPattern, { nullable: true, description: 'The pattern as changed; null when refused.' })
  pattern: ShiftPattern | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('TeamPayload', { description: 'The result of a change to a team.' })
class TeamPayload {
  @Field(() => Team, { nullable: true, description: 'The team as changed; null when refused.' })
  team: Team | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@Resolver()
export class RosterSetupResolver {
  @Authorized('roster.create')
  @Mutation(() => ShiftPatternPayload, { description: 'Add a kind of shift at a site (hours, grace periods).' })
  async createShiftPattern(
    @Arg('input', () => CreateShiftPatternInput) input: CreateShiftPatternInput,
    @Ctx() ctx: Context,
  ) {
    const o = await new RosterSetupService(ctx).createPattern(input);
    return { pattern: o.result, userErrors: o.userErrors };
  }

  @Authorized('roster.create')
  @Mutation(() => ShiftPatternPayload, { description: 'Change a shift pattern (rostered shifts keep their hours).' })
  async updateShiftPattern(
    @Arg('input', () => UpdateShiftPatternInput) input: UpdateShiftPatternInput,
    @Ctx() ctx: Context,
  ) {
    const o = await new RosterSetupService(ctx).updatePattern(input);
    return { pattern: o.result, userErrors: o.userErrors };
  }

  @Authorized('roster.create')
  @Mutation(() => TeamPayload, { description: 'Form a shift team at a site: its leader and officers.' })
  async createTeam(@Arg('input', () => CreateTeamInput) input: CreateTeamInput, @Ctx() ctx: Context) {
    const o = await new RosterSetupService(ctx).createTeam(input);
    return { team: o.result, userErrors: o.userErrors };
  }

  @Authorized('roster.create')
  @Mutation(() => TeamPayload, { description: 'Change a team (rostered shifts keep their people).' })
  async updateTeam(@Arg('input', () => UpdateTeamInput) input: UpdateTeamInput, @Ctx() ctx: Context) {
    const o = await new RosterSetupService(ctx).updateTeam(input);
    return { team: o.result, userErrors: o.userErrors };
  }
}
