import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { loaderKey, type RequestLoaders } from '../graphql/loaders.js';
import type { Problem } from '../problems/problem.model.js';
import type { ProblemHealth } from './problem-health.model.js';
import { ProblemHealthRepository } from './problem-health.repository.js';
import { OutcomesService } from './outcomes.service.js';

const HEALTH_BY_PROBLEM = loaderKey<string, ProblemHealth>('problemHealth');

/** Problem.health: one SQL statement for every problem a request shows. */
@Injectable()
export class ProblemHealthService {
  constructor(
    private readonly health: ProblemHealthRepository,
    private readonly outcomes: OutcomesService,
  ) {}

  /** The health of a problem the caller has already been allowed to see. */
  async of(problem: Problem, loaders: RequestLoaders): Promise<ProblemHealth> {
    const loader = loaders.get(
      HEALTH_BY_PROBLEM,
      () =>
        new DataLoader<string, ProblemHealth>(async (ids) => {
          const rows = await this.health.healthOf(ids, this.outcomes.today());
          return ids.map((id) => rows.get(id) ?? new Error(`no health for problem ${id}`));
        }),
    );
    return loader.load(problem.uuid);
  }
}
