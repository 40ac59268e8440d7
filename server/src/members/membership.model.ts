import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MEMBER_ROLES, type MemberRole } from '@commons/shared';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { toGlobalId } from '../graphql/global-id.js';
import type { MembershipEntity } from './membership.entity.js';

export const MemberRoleEnum = Object.fromEntries(MEMBER_ROLES.map((r) => [r, r])) as {
  [R in MemberRole]: R;
};
registerEnumType(MemberRoleEnum, {
  name: 'MemberRole',
  description:
    'A person’s role on a problem’s team: LEAD edits the problem and team; MEMBER and PARTNER work on it; OBSERVER follows and comments; SPONSOR follows.',
});

@ObjectType('Membership', { description: 'A person on a problem’s team.' })
export class Membership {
  @Field(() => ID, { description: 'Opaque id of this membership.' })
  id: string;

  @Field(() => MemberRoleEnum, { description: 'Role on the team.' })
  role: MemberRole;

  @Field(() => Int, { description: 'Share of their time on this problem, 0–100.' })
  allocationPercent: number;

  @Field(() => Int, { description: 'Optimistic-concurrency version; send it with updates.' })
  version: number;

  /** Internal. */
  uuid: string;
  problemId: string;
  userId: string;
}

export function toMembershipModel(entity: MembershipEntity): Membership {
  const membership = new Membership();
  membership.id = toGlobalId('Membership', entity.id);
  membership.uuid = entity.id;
  membership.role = entity.role;
  membership.allocationPercent = entity.allocationPercent;
  membership.version = entity.version;
  membership.problemId = entity.problemId;
  membership.userId = entity.userId;
  return membership;
}

@InputType('AddMemberInput', { description: 'Puts a person on a problem’s team.' })
export class AddMemberInput {
  @Field(() => ID, { description: 'The problem.' })
  problemId: string;

  @Field(() => ID, { description: 'The person (from any organisation).' })
  userId: string;

  @Field(() => MemberRoleEnum, { description: 'Their role on the team.' })
  role: MemberRole;

  @Field(() => Int, { description: 'Share of their time, 0–100.', defaultValue: 0 })
  @IsInt()
  @Min(0, { message: 'must be between 0 and 100' })
  @Max(100, { message: 'must be between 0 and 100' })
  allocationPercent: number;
}

@InputType('UpdateMemberInput', { description: 'Changes a team member’s role or allocation.' })
export class UpdateMemberInput {
  @Field(() => ID, { description: 'The membership.' })
  id: string;

  @Field(() => Int, { description: 'The version you last read.' })
  @IsInt()
  version: number;

  @Field(() => MemberRoleEnum, { nullable: true, description: 'New role.' })
  role?: MemberRole | null;

  @Field(() => Int, { nullable: true, description: 'New share of their time, 0–100.' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must be between 0 and 100' })
  @Max(100, { message: 'must be between 0 and 100' })
  allocationPercent?: number | null;
}
