import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { canEditPortfolio, canInWorkspace } from '../access/policy.js';
import { ActivityWriter } from '../activity/activity.writer.js';
import type { Actor } from '../auth/actor.js';
import type { PageArgs } from '../graphql/connection.js';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../graphql/errors.js';
import { requireGlobalId, toGlobalId } from '../graphql/global-id.js';
import { byKeys, loaderKey, type RequestLoaders } from '../graphql/loaders.js';
import type { ProblemFilter } from '../problems/problem.inputs.js';
import type { ProblemOrder } from '../problems/problem-order.js';
import { ProblemsService } from '../problems/problems.service.js';
import type { PortfolioEntity } from './portfolio.entity.js';
import {
  toPortfolioModel,
  type CreatePortfolioInput,
  type Portfolio,
  type UpdatePortfolioInput,
} from './portfolio.model.js';
import { PortfoliosRepository } from './portfolios.repository.js';

const PORTFOLIO_BY_ID = loaderKey<string, PortfolioEntity | null>('portfolioById');

@Injectable()
export class PortfoliosService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly portfolios: PortfoliosRepository,
    private readonly problems: ProblemsService,
    private readonly activity: ActivityWriter,
  ) {}

  /** The portfolios the caller may see (see visiblePortfoliosSql). */
  async list(actor: Actor): Promise<Portfolio[]> {
    return (await this.portfolios.findVisible(actor)).map(toPortfolioModel);
  }

  async findVisible(
    actor: Actor | null,
    id: string,
    loaders: RequestLoaders,
  ): Promise<Portfolio | null> {
    if (!actor) return null;
    const entity = await loaders
      .get(
        PORTFOLIO_BY_ID,
        () =>
          new DataLoader(async (ids: readonly string[]) =>
            byKeys(ids, await this.portfolios.findVisibleByIds(actor, ids)),
          ),
      )
      .load(id);
    return entity ? toPortfolioModel(entity) : null;
  }

  /** The portfolio's problems, filtered by what the caller may see (the problems list). */
  problemsOf(
    actor: Actor,
    portfolio: Portfolio,
    filter: ProblemFilter | null,
    page: PageArgs,
    orderBy: ProblemOrder | null,
  ) {
    const scoped: ProblemFilter = Object.assign(Object.create(null) as ProblemFilter, filter, {
      portfolioId: portfolio.id,
    });
    return this.problems.list(actor, scoped, page, orderBy);
  }

  async create(actor: Actor, input: CreatePortfolioInput): Promise<Portfolio> {
    if (!canInWorkspace(actor, 'createPortfolio')) {
      throw new ForbiddenError('Only executives and administrators create portfolios.');
    }
    return this.dataSource.transaction(async (tx) => {
      const portfolio = await this.portfolios.insert(tx, {
        name: input.name.trim(),
        description: input.description ?? null,
        ownerId: actor.userId,
      });
      await this.activity.record(tx, actor, {
        action: 'portfolio.created',
        subjectType: 'Portfolio',
        subjectId: portfolio.id,
        problemId: null,
        summary: `created the portfolio ${portfolio.name}`,
      });
      return toPortfolioModel(portfolio);
    });
  }

  async update(
    actor: Actor,
    input: UpdatePortfolioInput,
    loaders: RequestLoaders,
  ): Promise<Portfolio> {
    const id = requireGlobalId(input.id, 'Portfolio', 'input.id');
    const problemIds = input.problemIds?.map((p, i) =>
      requireGlobalId(p, 'Problem', `input.problemIds.${i}`),
    );
    return this.dataSource.transaction(async (tx) => {
      const current = await this.portfolios.findForUpdate(tx, id);
      if (!current || !(await this.findVisible(actor, id, loaders)))
        throw new NotFoundError('That portfolio');
      if (!canEditPortfolio(actor, current.ownerId)) {
        throw new ForbiddenError('Only the portfolio’s owner or an administrator can change it.');
      }
      const changes: Partial<PortfolioEntity> = {};
      if (input.name?.trim()) changes.name = input.name.trim();
      if (input.description !== undefined) changes.description = input.description;
      if (input.name !== undefined && !input.name?.trim()) {
        throw new InvalidInputError([{ path: 'input.name', message: 'must not be empty' }]);
      }
      if (!(await this.portfolios.updateVersioned(tx, id, input.version, changes))) {
        throw new ConflictError(current.version);
      }
      const moved = problemIds ? await this.portfolios.setProblems(tx, id, problemIds) : null;
      if (moved?.unknown.length) {
        throw new NotFoundError(
          'A problem',
          moved.unknown.map((u) => ({
            path: `input.problemIds.${problemIds?.indexOf(u) ?? 0}`,
            message: `No such problem (${toGlobalId('Problem', u)}).`,
          })),
        );
      }
      const parts = [
        changes.name && changes.name !== current.name ? `renamed it ${changes.name}` : '',
        moved?.joined.length ? `added ${moved.joined.join(', ')}` : '',
        moved?.left.length ? `removed ${moved.left.join(', ')}` : '',
      ].filter(Boolean);
      await this.activity.record(tx, actor, {
        action: 'portfolio.updated',
        subjectType: 'Portfolio',
        subjectId: id,
        problemId: null,
        summary: `changed the portfolio ${current.name}${parts.length ? `: ${parts.join('; ')}` : ''}`,
      });
      const updated = await this.portfolios.findForUpdate(tx, id);
      if (!updated) throw new NotFoundError('That portfolio');
      return toPortfolioModel(updated);
    });
  }
}
