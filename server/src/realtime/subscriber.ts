import type { Actor } from '../auth/actor.js';
import { RequestLoaders } from '../graphql/loaders.js';
import type { RequestContext } from '../graphql/request-context.js';

/** The live connection behind a subscription, as its resolvers need it. */
export interface Subscriber {
  /** The connection's caller checked again now: null once its session ended or its account was disabled. */
  revalidate(): Promise<Actor | null>;
  /** Closes the connection for good: the client has to sign in again (4401). */
  endSession(): void;
  /** Closes the connection so that the client reconnects and refetches what it shows (1012). */
  restart(): void;
}

/** A subscription's GraphQL context: a request context that outlives one event. */
export interface SubscriptionContext extends RequestContext {
  subscriber: Subscriber;
}

export function subscriberOf(ctx: RequestContext): Subscriber {
  const subscriber = (ctx as Partial<SubscriptionContext>).subscriber;
  if (!subscriber) throw new Error('subscription resolver called outside a WebSocket connection');
  return subscriber;
}

/** The subscriber may no longer see what it subscribed to: the subscription completes. */
export const ACCESS_LOST = Symbol('access lost');

/**
 * Turns the messages of a topic into the events one subscriber may see. Before each message the
 * subscriber's session and account are checked again, and the message is read with empty
 * DataLoaders as that subscriber (nothing from an earlier event, nothing another subscriber
 * loaded). `read` answers null to skip a message, ACCESS_LOST to end the subscription.
 *
 * A failure to read (the database gone) closes the connection so the client reconnects and
 * refetches, instead of ending its subscription with an error it can't act on.
 */
export async function* deliver<M, E>(
  ctx: RequestContext,
  source: AsyncIterableIterator<M>,
  read: (message: M) => Promise<E | null | typeof ACCESS_LOST>,
  onError: (error: unknown) => void,
): AsyncGenerator<E, void, undefined> {
  const subscriber = subscriberOf(ctx);
  try {
    for await (const message of source) {
      let event: E | null | typeof ACCESS_LOST;
      try {
        const actor = await subscriber.revalidate();
        if (!actor) {
          subscriber.endSession();
          return;
        }
        ctx.actor = actor;
        ctx.loaders = new RequestLoaders();
        event = await read(message);
      } catch (error) {
        onError(error);
        subscriber.restart();
        return;
      }
      if (event === ACCESS_LOST) return;
      if (event !== null) yield event;
    }
  } finally {
    await source.return?.();
  }
}
