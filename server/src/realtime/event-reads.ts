import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Actor } from '../auth/actor.js';
import type { RequestLoaders } from '../graphql/loaders.js';
import type { Problem } from '../problems/problem.model.js';
import { ProblemsService } from '../problems/problems.service.js';
import { TasksService } from '../tasks/tasks.service.js';
import type { RealtimeMessage } from './realtime-message.js';

type ProblemMessage = Extract<RealtimeMessage, { type: 'problem' }>;

export interface EventRead {
  message: ProblemMessage;
  actor: Actor;
  /** The subscriber's own loaders for this event: what is read for it is primed there. */
  loaders: RequestLoaders;
}

/**
 * One change reaches every subscriber of a problem on this instance in the same tick, and each
 * must see it as itself. Read one by one, that was a statement per subscriber for the problem
 * and another for the task (bench/README.md). Batched here across the subscribers of a tick:
 * one statement gives the problem with each subscriber's membership, the policy (`can()`)
 * decides for each, and a changed task is read once for those who may see it; both are primed
 * into each subscriber's own loaders, where the event's fields find them.
 */
@Injectable()
export class EventReads {
  private readonly batch = new DataLoader<EventRead, Problem | null>(
    (reads) => this.readAll(reads),
    { cache: false, maxBatchSize: 1_000 },
  );

  constructor(
    private readonly problems: ProblemsService,
    private readonly tasks: TasksService,
  ) {}

  /** The event's problem if this subscriber may see it now, else null. */
  visibleProblem(read: EventRead): Promise<Problem | null> {
    return this.batch.load(read);
  }

  private async readAll(reads: readonly EventRead[]): Promise<(Problem | null)[]> {
    const results = new Map<EventRead, Problem | null>();
    const byProblem = new Map<string, EventRead[]>();
    for (const read of reads) {
      const group = byProblem.get(read.message.problemId) ?? [];
      group.push(read);
      byProblem.set(read.message.problemId, group);
    }
    for (const [problemId, group] of byProblem) {
      const problems = await this.problems.findVisibleToEach(problemId, group);
      const allowed = group.filter((read, i) => {
        results.set(read, problems[i] ?? null);
        return problems[i] !== null;
      });
      const tasks = new Map<string, EventRead[]>();
      for (const read of allowed) {
        if (read.message.subjectType !== 'Task') continue;
        const readers = tasks.get(read.message.subjectId) ?? [];
        readers.push(read);
        tasks.set(read.message.subjectId, readers);
      }
      for (const [taskId, readers] of tasks) {
        await this.tasks.primeInProblem(problemId, taskId, readers);
      }
    }
    return reads.map((read) => results.get(read) ?? null);
  }
}
