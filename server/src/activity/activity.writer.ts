import { Injectable } from '@nestjs/common';
import { fieldInWords } from '@commons/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import type { FieldChangeRow } from './activity-event.entity.js';
import { REALTIME_CHANNEL } from '../realtime/realtime-message.js';

export interface ActivityInput {
  action: string;
  subjectType: string;
  subjectId: string;
  problemId: string | null;
  /** What happened, after the actor's name: "created HOUS-12 Rough sleeping in Riverside". */
  summary: string;
  changes?: FieldChangeRow[];
}

/**
 * Writes audit events inside the caller's transaction, so a change and its record commit or
 * roll back together. The actor's name is resolved in the same statement.
 *
 * An event on a problem is also announced to every server instance (`RealtimeMessage`), in the
 * same statement: PostgreSQL delivers the NOTIFY at COMMIT and drops it on ROLLBACK, so live
 * views hear of exactly the changes that happened, and a write costs no extra round trip.
 */
@Injectable()
export class ActivityWriter {
  async record(tx: EntityManager, actor: Actor, event: ActivityInput): Promise<void> {
    await tx.query(
      `WITH recorded AS (
         INSERT INTO activity_event (actor_id, action, subject_type, subject_id, problem_id, summary, changes)
         SELECT $1, $2, $3, $4, $5, coalesce((SELECT display_name FROM app_user WHERE id = $1), 'Someone') || ' ' || $6, $7::jsonb
         RETURNING id, created_at, problem_id)
       SELECT pg_notify($8, json_build_object(
                'type', 'problem', 'problemId', problem_id, 'action', $2::text,
                'subjectType', $3::text, 'subjectId', $4::uuid, 'actorId', $1::uuid,
                'eventId', id, 'at', created_at)::text)
         FROM recorded WHERE problem_id IS NOT NULL`,
      [
        actor.userId,
        event.action,
        event.subjectType,
        event.subjectId,
        event.problemId,
        event.summary,
        JSON.stringify(event.changes ?? []),
        REALTIME_CHANNEL,
      ],
    );
  }
}

/**
 * The stored fields that hold ids (uuids, as the mutation wrote them), with the relation's name
 * in the API and the type of what they point to: `ActivityEvent.changes` names them.
 */
export const RELATION_FIELDS: ReadonlyMap<string, { field: string; type: string }> = new Map([
  ['assigneeId', { field: 'assignee', type: 'User' }],
  ['leadId', { field: 'lead', type: 'User' }],
  ['sponsorId', { field: 'sponsor', type: 'User' }],
  ['ownerId', { field: 'owner', type: 'User' }],
  ['organizationId', { field: 'organization', type: 'Organization' }],
  ['portfolioId', { field: 'portfolio', type: 'Portfolio' }],
  ['outcomeIds', { field: 'outcomes', type: 'Outcome' }],
  ['blockedByIds', { field: 'blockedBy', type: 'Task' }],
]);

/** An update's summary: "changed due date, assignee of HOUS-12 #4", fields as the API names them. */
export function changedSummary(changes: readonly FieldChangeRow[], subject: string): string {
  const words = changes.map((change) =>
    fieldInWords(RELATION_FIELDS.get(change.field)?.field ?? change.field),
  );
  return `changed ${words.join(', ') || 'nothing'} of ${subject}`;
}

/** Field-by-field differences, as strings, for the fields that changed. */
export function diffFields<T extends object>(
  before: T,
  after: Partial<T>,
  fields: readonly (keyof T & string)[],
): FieldChangeRow[] {
  const changes: FieldChangeRow[] = [];
  for (const field of fields) {
    if (!(field in after)) continue;
    const a = show(before[field]);
    const b = show(after[field]);
    if (a !== b) changes.push({ field, before: a, after: b });
  }
  return changes;
}

function show(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
