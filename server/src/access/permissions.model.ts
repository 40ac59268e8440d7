import { Field, ObjectType } from '@nestjs/graphql';

/** What the caller may do on one problem: the permission table, answered for the client. */
@ObjectType({ description: 'What you may do on this problem (the permission table, answered).' })
export class ProblemPermissions {
  @Field({ description: 'Edit the problem, its team and its outcomes.' })
  edit: boolean;

  @Field({ description: 'Create, edit and move tasks; record measurements.' })
  contribute: boolean;

  @Field({ description: 'Write comments.' })
  comment: boolean;
}

/** What the caller may do in the workspace as a whole. */
@ObjectType({ description: 'What you may do in the workspace as a whole.' })
export class WorkspacePermissions {
  @Field({ description: 'Frame a new problem.' })
  createProblem: boolean;

  @Field({ description: 'Create portfolios.' })
  createPortfolio: boolean;

  @Field({ description: 'See portfolios.' })
  viewPortfolios: boolean;
}
