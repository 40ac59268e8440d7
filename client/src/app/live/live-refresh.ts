import type { ApolloClient } from '@apollo/client';

/**
 * Refetches the active queries a live change may have made stale, at most once per `waitMs`
 * however many changes arrive (a burst of moves is one refetch). Queries whose data a change
 * rewrites in the cache itself (the board's lists) are left out by name: refetching a 500-task
 * board for every move would undo what the cache update saved.
 */
export function throttledRefetch(
  client: ApolloClient,
  options: { except?: ReadonlySet<string>; only?: ReadonlySet<string>; waitMs?: number } = {},
): { schedule(): void; cancel(): void } {
  const waitMs = options.waitMs ?? 750;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    void client
      .refetchQueries({
        include: 'active',
        onQueryUpdated: (query) => {
          const name = query.queryName ?? '';
          if (options.only) return options.only.has(name);
          return !options.except?.has(name);
        },
      })
      .catch(() => undefined);
  };
  return {
    schedule: () => {
      timer ??= setTimeout(run, waitMs);
    },
    cancel: () => {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
