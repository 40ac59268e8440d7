import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { WORKSPACE_ROLES, type WorkspaceRole } from '@commons/shared';
import { toGlobalId } from '../graphql/global-id.js';
import { Node } from '../graphql/node.interface.js';
import type { UserEntity } from './user.entity.js';

export const WorkspaceRoleEnum = Object.fromEntries(WORKSPACE_ROLES.map((r) => [r, r])) as {
  [R in WorkspaceRole]: R;
};
registerEnumType(WorkspaceRoleEnum, {
  name: 'WorkspaceRole',
  description: 'What a user may do across the whole workspace.',
  valuesMap: {
    ADMIN: { description: 'Manages organisations, users, roles, tokens and the audit log.' },
    EXECUTIVE: { description: 'Owns portfolios and reviews the problems in them.' },
    MEMBER: { description: 'Works on the problems whose team they are on.' },
  },
});

@ObjectType('User', { implements: () => [Node], description: 'A person with an account.' })
export class User implements Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  @Field(() => String, { description: 'Sign-in email address, lower case.' })
  email: string;

  @Field(() => String, { description: 'The name shown to colleagues.' })
  displayName: string;

  @Field(() => String, { nullable: true, description: 'Job title.' })
  title: string | null;

  @Field(() => WorkspaceRoleEnum, { description: 'Workspace-wide role.' })
  role: WorkspaceRole;

  /** Internal: resolved to `organization` by the organizations feature. */
  organizationId: string;
  /** Internal: the uuid behind `id`. */
  uuid: string;
}

export function toUserModel(entity: UserEntity): User {
  const user = new User();
  user.id = toGlobalId('User', entity.id);
  user.uuid = entity.id;
  user.email = entity.email;
  user.displayName = entity.displayName;
  user.title = entity.title;
  user.role = entity.role;
  user.organizationId = entity.organizationId;
  return user;
}
