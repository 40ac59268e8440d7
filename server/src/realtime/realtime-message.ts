import type { EntityManager } from 'typeorm';

/**
 * What one server instance tells every other (and itself) through PostgreSQL LISTEN/NOTIFY.
 * Ids only, never content: each subscriber reads the object fresh, as itself, through the
 * access policy, so a message can carry nothing a subscriber may not see (and stays far under
 * NOTIFY's 8000-byte limit).
 */
export type RealtimeMessage =
  /**
   * Something on a problem changed: an activity event was written (`activity.writer.ts`), or
   * someone opened or left it (`presence.repository.ts`).
   */
  | {
      type: 'problem';
      problemId: string;
      /** The activity action, e.g. `task.moved`; `problemEventKind()` maps it to the API's kind. */
      action: string;
      subjectType: string;
      subjectId: string;
      actorId: string | null;
      /** The activity event; null for what is not audited (someone opening the problem). */
      eventId: string | null;
      /** When the change was recorded (ISO 8601). */
      at: string;
    }
  /** A notification was created for a person. */
  | { type: 'notification'; userId: string; notificationId: string }
  /** A person's sessions ended (signed out, disabled): their sockets close. */
  | { type: 'sessions-ended'; userId: string };

/** The one channel every instance LISTENs on. */
export const REALTIME_CHANNEL = 'commons_realtime';

/**
 * Announces a message when, and only if, the caller's transaction commits: PostgreSQL holds a
 * NOTIFY until COMMIT and drops it on ROLLBACK. Call it with the writing transaction's manager.
 */
export async function notifyInTransaction(
  tx: EntityManager,
  message: RealtimeMessage,
): Promise<void> {
  await tx.query('SELECT pg_notify($1, $2)', [REALTIME_CHANNEL, JSON.stringify(message)]);
}
