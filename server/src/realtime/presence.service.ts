import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { loaderKey, type RequestLoaders } from '../graphql/loaders.js';
import { PRESENCE_FRESH_SECONDS, PresenceRepository } from './presence.repository.js';

const FOLLOWERS = loaderKey<string, string[]>('problemFollowers');

/**
 * Presence: who has a problem open right now, as the live subscriptions to it say (a page open
 * on a problem follows it). Rows live in PostgreSQL so that every instance sees every socket;
 * each instance refreshes its own, and a crashed instance's rows age out.
 */
@Injectable()
export class PresenceService implements OnModuleInit, OnApplicationShutdown {
  private readonly log = new Logger('Presence');
  private readonly local = new Set<string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly presence: PresenceRepository) {}

  onModuleInit(): void {
    this.timer = setInterval(
      () => {
        this.presence.refresh([...this.local]).catch((error: unknown) => {
          this.log.warn(
            `could not refresh presence: ${error instanceof Error ? error.message : ''}`,
          );
        });
      },
      (PRESENCE_FRESH_SECONDS * 1000) / 2,
    );
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    // Sockets close at shutdown; their rows go with them rather than lingering for 90 s.
    await Promise.all([...this.local].map((id) => this.presence.leave(id).catch(() => undefined)));
    this.local.clear();
  }

  /**
   * Counts `userId` as following `problemId` until `stream` ends (completed, unsubscribed, or
   * its socket closed), and tells the problem's followers both times.
   */
  async follow<T>(
    problemId: string,
    userId: string,
    stream: AsyncGenerator<T, void, undefined>,
  ): Promise<AsyncIterableIterator<T, void, undefined>> {
    const id = randomUUID();
    await this.presence.join(id, problemId, userId);
    this.local.add(id);
    const leave = async () => {
      if (!this.local.delete(id)) return;
      await this.presence.leave(id).catch((error: unknown) => {
        this.log.warn(`could not record a leave: ${error instanceof Error ? error.message : ''}`);
      });
    };
    // Not a generator of its own: one that never started would skip its `finally` on return().
    const followed: AsyncIterableIterator<T, void, undefined> = {
      next: async () => {
        const result = await stream.next();
        if (result.done) await leave();
        return result;
      },
      return: async () => {
        await leave();
        return stream.return(undefined);
      },
      throw: async (error: unknown) => {
        await leave();
        return stream.throw(error);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    return followed;
  }

  /** The people following a problem now (uuids; several tabs count once). */
  followers(problemId: string, loaders: RequestLoaders): Promise<string[]> {
    return loaders
      .get(
        FOLLOWERS,
        () =>
          new DataLoader(async (ids: readonly string[]) => {
            const rows = await this.presence.followers(ids);
            return ids.map((id) => rows.get(id) ?? []);
          }),
      )
      .load(problemId);
  }
}
