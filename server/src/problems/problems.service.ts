import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { todayIn, type ProblemStatus, type Visibility } from '@commons/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { can, canInWorkspace, visiblePortfoliosSql } from '../access/policy.js';
import { ActivityWriter, changedSummary, diffFields } from '../activity/activity.writer.js';
import type { Actor } from '../auth/actor.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import {
  DEFAULT_PAGE_SIZE,
  toConnection,
  type ConnectionShape,
  type PageArgs,
} from '../graphql/connection.js';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from '../graphql/errors.js';
import { decodeGlobalId, requireGlobalId } from '../graphql/global-id.js';
import { byKeys, loaderKey, type RequestLoaders } from '../graphql/loaders.js';
import { UsersService } from '../users/users.service.js';
import type { ProblemEntity } from './problem.entity.js';
import { decodeProblemCursor, encodeProblemCursor, type ProblemOrder } from './problem-order.js';
import type { CreateProblemInput, ProblemFilter, UpdateProblemInput } from './problem.inputs.js';
import { toProblemModel, type Problem } from './problem.model.js';
import { ProblemsRepository, type ProblemRow } from './problems.repository.js';

const PROBLEM_BY_ID = loaderKey<string, ProblemRow | null>('problemById');
const AUDITED_FIELDS = [
  'title',
  'statement',
  'affectedPopulation',
  'geography',
  'status',
  'visibility',
  'publicValues',
  'themes',
  'portfolioId',
  'leadId',
  'sponsorId',
] as const satisfies readonly (keyof ProblemEntity)[];

@Injectable()
export class ProblemsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly problems: ProblemsRepository,
    private readonly activity: ActivityWriter,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The problem if the caller may see it, else null (never a hint that it exists). */
  async findVisible(
    actor: Actor | null,
    id: string,
    loaders: RequestLoaders,
  ): Promise<Problem | null> {
    if (!actor) return null;
    const row = await this.loader(actor, loaders).load(id);
    return row ? toProblemModel(row.problem, row.viewerRole) : null;
  }

  /**
   * `findVisible` for many callers at once (the live fan-out): one statement for all of them,
   * the policy applied to each, and each answer primed into that caller's loaders, so the
   * event's fields read the problem from there as from `findVisible`.
   */
  async findVisibleToEach(
    problemId: string,
    callers: readonly { actor: Actor; loaders: RequestLoaders }[],
  ): Promise<(Problem | null)[]> {
    const rows = await this.problems.findForUsers(problemId, [
      ...new Set(callers.map(({ actor }) => actor.userId)),
    ]);
    return callers.map(({ actor, loaders }) => {
      const row = rows.get(actor.userId);
      const visible =
        row &&
        can(actor, 'view', { visibility: row.problem.visibility, memberRole: row.viewerRole })
          ? row
          : null;
      this.loader(actor, loaders).prime(problemId, visible);
      return visible ? toProblemModel(visible.problem, visible.viewerRole) : null;
    });
  }

  async findByKey(actor: Actor, key: string): Promise<Problem> {
    const row = await this.problems.findVisibleByKey(actor, key.trim().toUpperCase());
    if (!row) throw new NotFoundError('That problem');
    return toProblemModel(row.problem, row.viewerRole);
  }

  async list(
    actor: Actor,
    filter: ProblemFilter | null | undefined,
    page: PageArgs,
    orderBy: ProblemOrder | null = 'NEWEST',
  ): Promise<ConnectionShape<Problem>> {
    const limit = page.first ?? DEFAULT_PAGE_SIZE;
    const order = orderBy ?? 'NEWEST';
    const after = decodeProblemCursor(page.after, order);
    const { rows, totalCount } = await this.problems.list(actor, {
      status: filter?.status,
      visibility: filter?.visibility,
      theme: filter?.theme,
      search: filter?.search,
      mine: filter?.mine,
      stale:
        filter?.stale == null
          ? null
          : { value: filter.stale, today: todayIn(this.config.WORKSPACE_TIME_ZONE) },
      portfolioId: filter?.portfolioId ? idOrImpossible(filter.portfolioId, 'Portfolio') : null,
      organizationId: filter?.organizationId
        ? idOrImpossible(filter.organizationId, 'Organization')
        : null,
      orderBy: order,
      after,
      limit,
    });
    return toConnection(
      rows,
      limit,
      totalCount,
      (row) => encodeProblemCursor({ order, value: row.sortValue, id: row.problem.id }),
      (row) => toProblemModel(row.problem, row.viewerRole),
    );
  }

  async create(actor: Actor, input: CreateProblemInput): Promise<Problem> {
    if (!canInWorkspace(actor, 'createProblem'))
      throw new ForbiddenError('Partner accounts cannot create problems.');
    const portfolioId = input.portfolioId
      ? requireGlobalId(input.portfolioId, 'Portfolio', 'input.portfolioId')
      : null;
    const themes = normalizeThemes(input.themes);
    const prefix = input.keyPrefix ?? derivePrefix(themes, input.title);
    const id = await this.dataSource.transaction(async (tx) => {
      if (portfolioId)
        await this.assertPortfolioVisible(tx, actor, portfolioId, 'input.portfolioId');
      const number = await this.problems.nextKeyNumber(tx, prefix);
      const problem = await this.problems.insert(tx, {
        key: `${prefix}-${number}`,
        title: input.title.trim(),
        statement: input.statement ?? '',
        affectedPopulation: input.affectedPopulation?.trim() || null,
        geography: input.geography?.trim() || null,
        status: input.status ?? 'DRAFT',
        visibility: input.visibility ?? 'INTERNAL',
        publicValues: [...new Set(input.publicValues ?? [])],
        themes,
        portfolioId,
        leadId: actor.userId,
      });
      // The creator leads the team they framed the problem for.
      await tx.query(
        `INSERT INTO membership (problem_id, user_id, role, allocation_percent) VALUES ($1, $2, 'LEAD', 0)`,
        [problem.id, actor.userId],
      );
      await this.activity.record(tx, actor, {
        action: 'problem.created',
        subjectType: 'Problem',
        subjectId: problem.id,
        problemId: problem.id,
        summary: `created ${problem.key} ${problem.title}`,
      });
      return problem.id;
    });
    return this.reload(actor, id);
  }

  async update(actor: Actor, input: UpdateProblemInput): Promise<Problem> {
    const id = requireGlobalId(input.id, 'Problem', 'input.id');
    const current = (await this.problems.findVisibleByIds(actor, [id])).get(id);
    if (!current) throw new NotFoundError('That problem');
    if (
      !can(actor, 'edit', {
        visibility: current.problem.visibility,
        memberRole: current.viewerRole,
      })
    ) {
      throw new ForbiddenError('Only the problem’s lead or an administrator can edit it.');
    }
    const changes = this.changesFrom(input);
    await this.dataSource.transaction(async (tx) => {
      if (changes.portfolioId)
        await this.assertPortfolioVisible(tx, actor, changes.portfolioId, 'input.portfolioId');
      for (const [field, userId] of [
        ['leadId', changes.leadId],
        ['sponsorId', changes.sponsorId],
      ] as const) {
        if (userId) await this.users.requireNamed(tx, actor, userId, `input.${field}`);
      }
      const version = await this.problems.updateVersioned(tx, id, input.version, changes);
      if (version === null) {
        const currentVersion = await this.problems.currentVersion(tx, id);
        if (currentVersion === null) throw new NotFoundError('That problem');
        throw new ConflictError(currentVersion);
      }
      if (changes.leadId && changes.leadId !== current.problem.leadId) {
        await this.handOverLead(tx, id, current.problem.leadId, changes.leadId);
      }
      const diff = diffFields(current.problem, changes, AUDITED_FIELDS);
      await this.activity.record(tx, actor, {
        action: 'problem.updated',
        subjectType: 'Problem',
        subjectId: id,
        problemId: id,
        summary: changedSummary(diff, current.problem.key),
        changes: diff,
      });
    });
    return this.reload(actor, id);
  }

  /**
   * Locks a problem row until the caller's transaction ends, serialising writes that must see
   * a consistent problem (task dependencies, ranks). Null when it does not exist.
   */
  async lockForUpdate(tx: EntityManager, id: string): Promise<ProblemEntity | null> {
    return this.problems.lock(tx, id);
  }

  /** The visible problem behind a global id, or NOT_FOUND naming the input field. */
  async requireVisible(
    actor: Actor,
    globalId: string,
    path: string,
    loaders: RequestLoaders,
  ): Promise<Problem> {
    const id = requireGlobalId(globalId, 'Problem', path);
    const problem = await this.findVisible(actor, id, loaders);
    if (!problem) throw NotFoundError.forField(path, 'No such problem.');
    return problem;
  }

  private changesFrom(input: UpdateProblemInput): Partial<ProblemEntity> {
    const changes: Partial<ProblemEntity> = {};
    if (input.title) changes.title = input.title.trim();
    if (input.statement !== undefined) changes.statement = input.statement ?? '';
    if (input.affectedPopulation !== undefined)
      changes.affectedPopulation = input.affectedPopulation?.trim() || null;
    if (input.geography !== undefined) changes.geography = input.geography?.trim() || null;
    if (input.status) changes.status = input.status satisfies ProblemStatus;
    if (input.visibility) changes.visibility = input.visibility satisfies Visibility;
    if (input.publicValues) changes.publicValues = [...new Set(input.publicValues)];
    if (input.themes) changes.themes = normalizeThemes(input.themes);
    if (input.portfolioId !== undefined)
      changes.portfolioId = input.portfolioId
        ? requireGlobalId(input.portfolioId, 'Portfolio', 'input.portfolioId')
        : null;
    if (input.leadId) changes.leadId = requireGlobalId(input.leadId, 'User', 'input.leadId');
    if (input.sponsorId !== undefined)
      changes.sponsorId = input.sponsorId
        ? requireGlobalId(input.sponsorId, 'User', 'input.sponsorId')
        : null;
    return changes;
  }

  /** The new lead gets (or keeps) a LEAD membership; the previous lead stays as a MEMBER. */
  private async handOverLead(
    tx: EntityManager,
    problemId: string,
    previous: string | null,
    next: string,
  ) {
    if (previous) {
      await tx.query(
        `UPDATE membership SET role = 'MEMBER', version = version + 1 WHERE problem_id = $1 AND user_id = $2 AND role = 'LEAD'`,
        [problemId, previous],
      );
    }
    await tx.query(
      `INSERT INTO membership (problem_id, user_id, role, allocation_percent) VALUES ($1, $2, 'LEAD', 0)
       ON CONFLICT (problem_id, user_id) DO UPDATE SET role = 'LEAD', version = membership.version + 1`,
      [problemId, next],
    );
  }

  /** A portfolio the caller may not see is as unknown to it as one that does not exist. */
  private async assertPortfolioVisible(
    tx: EntityManager,
    actor: Actor,
    id: string,
    path: string,
  ): Promise<void> {
    const visible = await tx
      .createQueryBuilder()
      .select('1')
      .from('portfolio', 'pf')
      .where('pf.id = :id', { id })
      .andWhere(visiblePortfoliosSql(actor, 'pf', ':me'), { me: actor.userId })
      .getExists();
    if (!visible) throw NotFoundError.forField(path, 'No such portfolio.');
  }

  private async reload(actor: Actor, id: string): Promise<Problem> {
    const row = (await this.problems.findVisibleByIds(actor, [id])).get(id);
    if (!row) throw new UnauthenticatedError();
    return toProblemModel(row.problem, row.viewerRole);
  }

  private loader(actor: Actor, loaders: RequestLoaders) {
    return loaders.get(
      PROBLEM_BY_ID,
      () =>
        new DataLoader(async (ids) =>
          byKeys(ids, await this.problems.findVisibleByIds(actor, ids)),
        ),
    );
  }
}

/** A filter id that is not ours matches nothing (rather than erroring a whole list). */
function idOrImpossible(globalId: string, type: string): string {
  const decoded = decodeGlobalId(globalId);
  return decoded?.type === type ? decoded.id : '00000000-0000-0000-0000-000000000000';
}

function normalizeThemes(themes: string[] | null | undefined): string[] {
  return [...new Set((themes ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

/** HOUS from "housing"; ROUG from "Rough sleeping in Riverside" when there is no theme. */
export function derivePrefix(themes: string[], title: string): string {
  const source = themes[0] ?? title;
  const letters = source.toUpperCase().replace(/[^A-Z]/g, '');
  return letters.length >= 2 ? letters.slice(0, 4) : 'PROB';
}
