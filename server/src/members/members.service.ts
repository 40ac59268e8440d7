import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { can, memberCan } from '../access/policy.js';
import { ActivityWriter, diffFields } from '../activity/activity.writer.js';
import type { Actor } from '../auth/actor.js';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../graphql/errors.js';
import { requireGlobalId } from '../graphql/global-id.js';
import { loaderKey, type RequestLoaders } from '../graphql/loaders.js';
import type { OrganizationEntity } from '../organizations/organization.entity.js';
import { toOrganizationModel, type Organization } from '../organizations/organization.model.js';
import { OutcomesService } from '../outcomes/outcomes.service.js';
import type { Problem } from '../problems/problem.model.js';
import { ProblemsService } from '../problems/problems.service.js';
import { UsersService } from '../users/users.service.js';
import { appPaths } from '../notifications/app-paths.js';
import { NotificationsWriter } from '../notifications/notifications.writer.js';
import type { MembershipEntity } from './membership.entity.js';
import {
  toMembershipModel,
  type AddMemberInput,
  type Membership,
  type UpdateMemberInput,
} from './membership.model.js';
import { MembersRepository } from './members.repository.js';

const TEAM_OF_PROBLEM = loaderKey<string, MembershipEntity[]>('teamOfProblem');
const VISIBLE_MEMBERSHIPS_OF_USER = loaderKey<string, MembershipEntity[]>(
  'visibleMembershipsOfUser',
);
const ORGANIZATIONS_OF_PROBLEM = loaderKey<string, OrganizationEntity[]>('organizationsOfProblem');

@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly members: MembersRepository,
    private readonly problems: ProblemsService,
    private readonly activity: ActivityWriter,
    private readonly users: UsersService,
    private readonly notifications: NotificationsWriter,
    private readonly outcomes: OutcomesService,
  ) {}

  /** The team of a problem the caller already sees. */
  async teamOf(problem: Problem, loaders: RequestLoaders): Promise<Membership[]> {
    const team = await loaders
      .get(
        TEAM_OF_PROBLEM,
        () =>
          new DataLoader(async (ids: readonly string[]) => {
            const teams = await this.members.findByProblems(ids);
            return ids.map((id) => teams.get(id) ?? []);
          }),
      )
      .load(problem.uuid);
    return team.map(toMembershipModel);
  }

  /**
   * A person's memberships on the problems the viewer may see, batched over every person of the
   * request (a directory page asks for many). Anonymous callers see none.
   */
  async membershipsOfUser(
    viewer: Actor | null,
    userUuid: string,
    loaders: RequestLoaders,
  ): Promise<Membership[]> {
    if (!viewer) return [];
    const memberships = await loaders
      .get(
        VISIBLE_MEMBERSHIPS_OF_USER,
        () =>
          new DataLoader(async (ids: readonly string[]) => {
            const byUser = await this.members.findVisibleByUsers(viewer, ids);
            return ids.map((id) => byUser.get(id) ?? []);
          }),
      )
      .load(userUuid);
    return memberships.map(toMembershipModel);
  }

  /** The organisations of a visible problem's members, by name. */
  async organizationsOf(
    actor: Actor | null,
    problem: Problem,
    loaders: RequestLoaders,
  ): Promise<Organization[]> {
    // Organisations are visible to every signed-in caller (OrganizationsService.findVisible).
    if (!actor) return [];
    const organizations = await loaders
      .get(
        ORGANIZATIONS_OF_PROBLEM,
        () =>
          new DataLoader(async (problemIds: readonly string[]) => {
            const byProblem = await this.members.organizationsOf(problemIds);
            return problemIds.map((id) => byProblem.get(id) ?? []);
          }),
      )
      .load(problem.uuid);
    return organizations.map(toOrganizationModel);
  }

  async add(actor: Actor, input: AddMemberInput, loaders: RequestLoaders): Promise<Membership> {
    const problem = await this.problems.requireVisible(
      actor,
      input.problemId,
      'input.problemId',
      loaders,
    );
    this.assertCanEditTeam(actor, problem);
    const userId = requireGlobalId(input.userId, 'User', 'input.userId');
    return this.dataSource.transaction(async (tx) => {
      const name = await this.users.requireNamed(tx, actor, userId, 'input.userId');
      const membership = await this.members.insert(tx, {
        problemId: problem.uuid,
        userId,
        role: input.role,
        allocationPercent: input.allocationPercent,
      });
      if (!membership) {
        throw new InvalidInputError([
          { path: 'input.userId', message: `${name} is already on this team.` },
        ]);
      }
      await this.activity.record(tx, actor, {
        action: 'member.added',
        subjectType: 'Problem',
        subjectId: problem.uuid,
        problemId: problem.uuid,
        summary: `added ${name} to ${problem.key} as ${input.role} (${input.allocationPercent}%)`,
      });
      await this.notifications.notify(tx, actor, {
        kind: 'ADDED_TO_TEAM',
        recipientIds: [userId],
        problemId: problem.uuid,
        subjectType: 'Problem',
        subjectId: problem.uuid,
        summary: `added you to ${problem.key} ${problem.title} as ${input.role.toLowerCase()}`,
        url: appPaths.team(problem.key),
      });
      return toMembershipModel(membership);
    });
  }

  async update(
    actor: Actor,
    input: UpdateMemberInput,
    loaders: RequestLoaders,
  ): Promise<Membership> {
    const id = requireGlobalId(input.id, 'Membership', 'input.id');
    return this.dataSource.transaction(async (tx) => {
      const current = await this.members.findById(tx, id);
      const problem =
        current && (await this.problems.findVisible(actor, current.problemId, loaders));
      if (!current || !problem) throw new NotFoundError('That team member');
      this.assertCanEditTeam(actor, problem);
      if (input.role && input.role !== 'LEAD' && current.userId === problem.leadId) {
        throw new InvalidInputError([
          {
            path: 'input.role',
            message: 'This person leads the problem: choose another lead first.',
          },
        ]);
      }
      const changes: Partial<MembershipEntity> = {};
      if (input.role) changes.role = input.role;
      if (input.allocationPercent !== undefined && input.allocationPercent !== null) {
        changes.allocationPercent = input.allocationPercent;
      }
      if (!(await this.members.updateVersioned(tx, id, input.version, changes))) {
        throw new ConflictError(current.version);
      }
      // An owner must record measurements: an observer or sponsor reports nothing.
      if (changes.role && !memberCan(changes.role, 'contribute')) {
        await this.outcomes.releaseOwnership(tx, actor, problem, current.userId);
      }
      await this.activity.record(tx, actor, {
        action: 'member.updated',
        subjectType: 'Problem',
        subjectId: problem.uuid,
        problemId: problem.uuid,
        summary: `changed a team member of ${problem.key}`,
        changes: diffFields(current, changes, ['role', 'allocationPercent']),
      });
      const updated = await this.members.findById(tx, id);
      if (!updated) throw new NotFoundError('That team member');
      return toMembershipModel(updated);
    });
  }

  async remove(actor: Actor, globalId: string, loaders: RequestLoaders): Promise<boolean> {
    const id = requireGlobalId(globalId, 'Membership', 'id');
    return this.dataSource.transaction(async (tx) => {
      const current = await this.members.findById(tx, id);
      const problem =
        current && (await this.problems.findVisible(actor, current.problemId, loaders));
      if (!current || !problem) throw new NotFoundError('That team member');
      this.assertCanEditTeam(actor, problem);
      if (current.userId === problem.leadId) {
        throw new InvalidInputError([
          { path: 'id', message: 'This person leads the problem: choose another lead first.' },
        ]);
      }
      const name = await this.members.userExists(tx, current.userId);
      await this.members.delete(tx, id);
      await this.outcomes.releaseOwnership(tx, actor, problem, current.userId);
      await this.activity.record(tx, actor, {
        action: 'member.removed',
        subjectType: 'Problem',
        subjectId: problem.uuid,
        problemId: problem.uuid,
        summary: `removed ${name ?? 'a former member'} from ${problem.key}`,
      });
      return true;
    });
  }

  private assertCanEditTeam(actor: Actor, problem: Problem): void {
    if (!can(actor, 'edit', { visibility: problem.visibility, memberRole: problem.viewerRole })) {
      throw new ForbiddenError('Only the problem’s lead or an administrator can change its team.');
    }
  }
}
