import DataLoader from 'dataloader';
import type { Actor } from '../auth/actor.js';
import { byKeys, loaderKey, type RequestLoaders } from '../graphql/loaders.js';
import type { TaskEntity } from './task.entity.js';
import type { TasksRepository } from './tasks.repository.js';

const TASK_BY_ID = loaderKey<string, TaskEntity | null>('taskById');
const BLOCKERS_BY_TASK = loaderKey<string, TaskEntity[]>('blockersByTask');

/** Visible tasks by id, one `WHERE id = ANY($1)` per request tick. */
export function taskByIdLoader(
  repository: TasksRepository,
  actor: Actor,
  loaders: RequestLoaders,
): DataLoader<string, TaskEntity | null> {
  return loaders.get(
    TASK_BY_ID,
    () => new DataLoader(async (ids) => byKeys(ids, await repository.findVisibleByIds(actor, ids))),
  );
}

/** Each task's blockers; serves both `Task.blockedBy` and `Task.blocked` with one query. */
export function blockersLoader(
  repository: TasksRepository,
  loaders: RequestLoaders,
): DataLoader<string, TaskEntity[]> {
  return loaders.get(
    BLOCKERS_BY_TASK,
    () =>
      new DataLoader(async (ids) => {
        const blockers = await repository.blockersOf(ids);
        return ids.map((id) => blockers.get(id) ?? []);
      }),
  );
}
