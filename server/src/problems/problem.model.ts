import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  PROBLEM_STATUSES,
  PUBLIC_VALUES,
  VISIBILITIES,
  type MemberRole,
  type ProblemStatus,
  type PublicValue,
  type Visibility,
} from '@commons/shared';
import { Connection } from '../graphql/connection.js';
import { toGlobalId } from '../graphql/global-id.js';
import { Node } from '../graphql/node.interface.js';
import type { ProblemEntity } from './problem.entity.js';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ProblemStatusEnum = asEnum(PROBLEM_STATUSES);
registerEnumType(ProblemStatusEnum, {
  name: 'ProblemStatus',
  description: 'Where a problem is in its life: framed, worked on, sustained, resolved.',
});
export const VisibilityEnum = asEnum(VISIBILITIES);
registerEnumType(VisibilityEnum, {
  name: 'Visibility',
  description:
    'PUBLIC: everyone, and citizens on public pages. INTERNAL: staff, and partners on the team. RESTRICTED: the team only.',
});
export const PublicValueEnum = asEnum(PUBLIC_VALUES);
registerEnumType(PublicValueEnum, {
  name: 'PublicValue',
  description: 'Public values at stake in a problem.',
});

@ObjectType('Problem', {
  implements: () => [Node],
  description: 'A public problem a cross-organisation team works on.',
})
export class Problem implements Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  @Field(() => String, { description: 'Human key such as HOUS-12; unique, never reused.' })
  key: string;

  @Field(() => String, { description: 'Short title.' })
  title: string;

  @Field(() => String, { description: 'Problem statement, markdown as written.' })
  statement: string;

  @Field(() => String, { nullable: true, description: 'Who is affected.' })
  affectedPopulation: string | null;

  @Field(() => String, { nullable: true, description: 'Where.' })
  geography: string | null;

  @Field(() => ProblemStatusEnum, { description: 'Life-cycle status.' })
  status: ProblemStatus;

  @Field(() => VisibilityEnum, { description: 'Who may see it.' })
  visibility: Visibility;

  @Field(() => [PublicValueEnum], { description: 'Public values at stake.' })
  publicValues: PublicValue[];

  @Field(() => [String], { description: 'Themes, lower case.' })
  themes: string[];

  @Field(() => Int, { description: 'Optimistic-concurrency version; send it with updates.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it was last changed.' })
  updatedAt: Date;

  /** Internal fields the extension resolvers and the policy use. */
  uuid: string;
  portfolioId: string | null;
  leadId: string | null;
  sponsorId: string | null;
  /** The caller's role on this problem's team (null: not on it). */
  viewerRole: MemberRole | null;
}

export function toProblemModel(entity: ProblemEntity, viewerRole: MemberRole | null): Problem {
  const problem = new Problem();
  problem.id = toGlobalId('Problem', entity.id);
  problem.uuid = entity.id;
  problem.key = entity.key;
  problem.title = entity.title;
  problem.statement = entity.statement;
  problem.affectedPopulation = entity.affectedPopulation;
  problem.geography = entity.geography;
  problem.status = entity.status;
  problem.visibility = entity.visibility;
  problem.publicValues = entity.publicValues;
  problem.themes = entity.themes;
  problem.version = entity.version;
  problem.createdAt = entity.createdAt;
  problem.updatedAt = entity.updatedAt;
  problem.portfolioId = entity.portfolioId;
  problem.leadId = entity.leadId;
  problem.sponsorId = entity.sponsorId;
  problem.viewerRole = viewerRole;
  return problem;
}

export const ProblemConnection = Connection(Problem, 'Problem');
