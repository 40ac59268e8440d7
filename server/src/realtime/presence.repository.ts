import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PRESENCE_ACTION } from './realtime-hub.js';
import { REALTIME_CHANNEL, type RealtimeMessage } from './realtime-message.js';

/** A row younger than this is someone still there; each instance refreshes its rows twice as often. */
export const PRESENCE_FRESH_SECONDS = 90;

/** problem_presence: who follows which problem live, across every instance. */
@Injectable()
export class PresenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records a subscription and tells the problem's followers, in one statement. */
  async join(subscriptionId: string, problemId: string, userId: string): Promise<void> {
    await this.dataSource.query(
      `WITH joined AS (
         INSERT INTO problem_presence (subscription_id, problem_id, user_id) VALUES ($1, $2, $3)
         RETURNING problem_id)
       SELECT pg_notify($4, $5) FROM joined`,
      [subscriptionId, problemId, userId, REALTIME_CHANNEL, presenceMessage(problemId, userId)],
    );
  }

  /** Forgets a subscription and tells the problem's followers, in one statement. */
  async leave(subscriptionId: string): Promise<void> {
    await this.dataSource.query(
      `WITH gone AS (
         DELETE FROM problem_presence WHERE subscription_id = $1 RETURNING problem_id, user_id)
       SELECT pg_notify($2, json_build_object(
                'type', 'problem', 'problemId', problem_id, 'action', $3::text,
                'subjectType', 'Problem', 'subjectId', problem_id, 'actorId', user_id,
                'eventId', NULL, 'at', now())::text)
         FROM gone`,
      [subscriptionId, REALTIME_CHANNEL, PRESENCE_ACTION],
    );
  }

  /** Keeps this instance's rows fresh, and forgets what crashed instances left behind. */
  async refresh(subscriptionIds: readonly string[]): Promise<void> {
    await this.dataSource.query(
      `WITH refreshed AS (
         UPDATE problem_presence SET seen_at = now() WHERE subscription_id = ANY($1::uuid[]))
       DELETE FROM problem_presence WHERE seen_at < now() - make_interval(secs => $2 * 10)`,
      [subscriptionIds, PRESENCE_FRESH_SECONDS],
    );
  }

  /** The people following each problem now (distinct, several tabs count once). */
  async followers(problemIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { problem_id: string; user_ids: string[] }[] = await this.dataSource.query(
      `SELECT problem_id, array_agg(DISTINCT user_id ORDER BY user_id) AS user_ids
         FROM problem_presence
        WHERE problem_id = ANY($1::uuid[]) AND seen_at > now() - make_interval(secs => $2)
        GROUP BY problem_id`,
      [problemIds, PRESENCE_FRESH_SECONDS],
    );
    return new Map(rows.map((row) => [row.problem_id, row.user_ids]));
  }
}

function presenceMessage(problemId: string, userId: string): string {
  const message: RealtimeMessage = {
    type: 'problem',
    problemId,
    action: PRESENCE_ACTION,
    subjectType: 'Problem',
    subjectId: problemId,
    actorId: userId,
    eventId: null,
    at: new Date().toISOString(),
  };
  return JSON.stringify(message);
}
