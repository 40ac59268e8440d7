import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client } from 'graphql-ws';

/** What the live connection says about itself: the app refetches and tells the user. */
export type LiveEvent =
  /** Back after a drop or a server restart: what is on screen may have missed changes. */
  | 'reconnected'
  /** The server ended the session (signed out elsewhere, disabled, expired). */
  | 'session-ended';

type Listener = (event: LiveEvent) => void;
const listeners = new Set<Listener>();

export function onLiveEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** 4401: the server's "sign in again"; graphql-ws clients don't retry it. */
const SESSION_ENDED = 4401;
const NORMAL_CLOSURE = 1000;

/**
 * Subscriptions over WebSocket on the app's own origin (the session cookie goes along with the
 * upgrade). The socket opens with the first subscription and stays open while any is active.
 * It reconnects forever, with exponential backoff and jitter (a restarted server is not met by
 * every tab at once), and says when it is back so that the app refetches what it shows.
 */
export function createLiveClient(url = liveUrl(), webSocketImpl?: unknown): Client {
  // Set by a close that was not ours: the lazy socket also closes normally (1000) when the last
  // subscription ends, and opening it again later is no reconnection.
  let dropped = false;
  return createClient({
    url,
    webSocketImpl,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      const base = Math.min(30_000, 500 * 2 ** retries);
      await new Promise((resolve) => setTimeout(resolve, base / 2 + Math.random() * (base / 2)));
    },
    on: {
      connected: () => {
        if (dropped) for (const listener of listeners) listener('reconnected');
        dropped = false;
      },
      closed: (event) => {
        const code = (event as { code?: number }).code;
        if (code === SESSION_ENDED) {
          for (const listener of listeners) listener('session-ended');
        } else if (code !== NORMAL_CLOSURE) {
          dropped = true;
        }
      },
    },
  });
}

export function createLiveLink(client: Client = createLiveClient()): GraphQLWsLink {
  return new GraphQLWsLink(client);
}

function liveUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}
