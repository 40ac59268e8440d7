import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import type { RealtimeMessage } from './realtime-message.js';

type ProblemMessage = Extract<RealtimeMessage, { type: 'problem' }>;
type NotificationMessage = Extract<RealtimeMessage, { type: 'notification' }>;

/** The action of a presence message (`presence.repository.ts`). */
export const PRESENCE_ACTION = 'presence.changed';
const PRESENCE_COALESCE_MS = 250;

/** Topics of this process's subscribers. */
export const topics = {
  problem: (problemId: string) => `problem:${problemId}`,
  /** Every problem event: the portfolio and My work refresh their figures on them. */
  anyProblem: 'problem:*',
  notifications: (userId: string) => `user:${userId}`,
};

/** What the hub tells the WebSocket server (which owns the sockets). */
export interface HubConnections {
  /** A person's sessions ended somewhere: their sockets check their own session again. */
  sessionsEnded(userId: string): void;
  /** Messages may have been missed (the LISTEN connection was lost): every client refetches. */
  resync(): void;
}

/**
 * Hands each message heard on LISTEN to the subscriptions of this process (graphql-subscriptions'
 * in-process PubSub). The messages carry ids only; each subscription reads the object itself.
 */
@Injectable()
export class RealtimeHub {
  private readonly pubsub: PubSub<Record<string, RealtimeMessage>>;
  private connections: HubConnections | null = null;
  private readonly pendingPresence = new Map<string, NodeJS.Timeout>();

  constructor() {
    const emitter = new EventEmitter();
    // One listener per open subscription of a topic: hundreds are expected, not a leak.
    emitter.setMaxListeners(0);
    this.pubsub = new PubSub({ eventEmitter: emitter });
  }

  attach(connections: HubConnections): void {
    this.connections = connections;
  }

  dispatch(message: RealtimeMessage): void {
    switch (message.type) {
      case 'problem':
        if (message.action === PRESENCE_ACTION) {
          this.presenceChanged(message);
          return;
        }
        void this.pubsub.publish(topics.problem(message.problemId), message);
        void this.pubsub.publish(topics.anyProblem, message);
        return;
      case 'notification':
        void this.pubsub.publish(topics.notifications(message.userId), message);
        return;
      case 'sessions-ended':
        this.connections?.sessionsEnded(message.userId);
        return;
    }
  }

  /**
   * Arrivals and departures on one problem within PRESENCE_COALESCE_MS become one event, with no
   * actor: when a whole team opens a problem at once, each follower hears of it once or twice,
   * not once per person (n people arriving would otherwise cost n² reads). The followers
   * refetch who is there; presence is not announced to the workspace-wide stream.
   */
  private presenceChanged(message: ProblemMessage): void {
    if (this.pendingPresence.has(message.problemId)) return;
    const timer = setTimeout(() => {
      this.pendingPresence.delete(message.problemId);
      void this.pubsub.publish(topics.problem(message.problemId), {
        ...message,
        actorId: null,
        at: new Date().toISOString(),
      });
    }, PRESENCE_COALESCE_MS);
    timer.unref();
    this.pendingPresence.set(message.problemId, timer);
  }

  resync(): void {
    this.connections?.resync();
  }

  problemMessages(topic: string): AsyncIterableIterator<ProblemMessage> {
    return this.pubsub.asyncIterableIterator<ProblemMessage>(topic);
  }

  notificationMessages(userId: string): AsyncIterableIterator<NotificationMessage> {
    return this.pubsub.asyncIterableIterator<NotificationMessage>(topics.notifications(userId));
  }
}

/** Parses a NOTIFY payload; anything that is not one of ours is dropped. */
export function parseRealtimeMessage(payload: string | undefined): RealtimeMessage | null {
  if (!payload) return null;
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || !('type' in value)) return null;
  const type = value.type;
  return type === 'problem' || type === 'notification' || type === 'sessions-ended'
    ? (value as RealtimeMessage)
    : null;
}
