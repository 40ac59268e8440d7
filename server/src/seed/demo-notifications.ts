import {
  HEALTH_WORDS,
  isPartnerOnlyKind,
  outcomeFigures,
  type NotificationKind,
} from '@commons/shared';
import { can } from '../access/policy.js';
import type { Actor } from '../auth/actor.js';
import { appPaths } from '../notifications/app-paths.js';
import { DEMO_ORGANIZATIONS } from './demo-data.js';
import type { DemoRows, DirectoryUser, MeasurementRow, ProblemRow } from './demo-generate.js';

export interface NotificationRow {
  id: string;
  user_id: string;
  kind: NotificationKind;
  problem_id: string;
  subject_type: string;
  subject_id: string;
  actor_id: string;
  summary: string;
  url: string;
  read_at: string | null;
  created_at: string;
}

/** Of each kind, at most this many: a handful waiting, not an inbox to wade through. */
const PER_KIND = 2;
/** The oldest ones are read, the rest wait. */
const UNREAD = 5;

/**
 * Notifications waiting for one demo account, drawn from what the demo workspace holds and
 * following the writer's rules: never for the person's own act, only on problems they may see,
 * summaries and addresses as the server writes them. The newest are unread.
 */
export function demoNotifications(
  rows: DemoRows,
  recipient: DirectoryUser,
  users: ReadonlyMap<string, DirectoryUser>,
  context: { now: number; newId: () => string },
): NotificationRow[] {
  const byId = new Map([...users.values()].map((u) => [u.id, u]));
  const nameOf = (id: string) => byId.get(id)?.displayName ?? 'Someone';
  const problems = new Map(rows.problems.map((p) => [p.id, p]));
  const tasks = new Map(rows.tasks.map((t) => [t.id, t]));
  const outcomes = new Map(rows.outcomes.map((o) => [o.id, o]));
  const teamOf = (problemId: string) => rows.memberships.filter((m) => m.problem_id === problemId);
  const kind = DEMO_ORGANIZATIONS.find((o) => o.name === recipient.organizationName)?.kind;
  if (!kind) return [];
  const actor: Actor = {
    userId: recipient.id,
    role: recipient.role,
    organizationId: recipient.organizationId,
    organizationKind: kind,
    partnerOnly: isPartnerOnlyKind(kind),
  };
  const sees = (problem: ProblemRow) =>
    can(actor, 'view', {
      visibility: problem.visibility,
      memberRole: teamOf(problem.id).find((m) => m.user_id === recipient.id)?.role ?? null,
    });

  type Draft = Omit<NotificationRow, 'id' | 'user_id' | 'read_at' | 'created_at'>;
  const drafts: Draft[] = [];
  const add = (list: Draft[]) => drafts.push(...list.slice(0, PER_KIND));

  // @mentions of the recipient by others, newest first.
  const mentioned = new Set(
    rows.commentMentions.filter((m) => m.user_id === recipient.id).map((m) => m.comment_id),
  );
  add(
    rows.comments
      .filter((c) => mentioned.has(c.id) && c.author_id !== recipient.id)
      .sort((a, b) => b.created_at.localeCompare(a.created_at))
      .flatMap((c): Draft[] => {
        const problem = problems.get(c.problem_id);
        if (!problem || !sees(problem)) return [];
        const task = c.subject_type === 'TASK' ? tasks.get(c.subject_id) : undefined;
        const outcome = c.subject_type === 'OUTCOME' ? outcomes.get(c.subject_id) : undefined;
        const subject = task
          ? `#${String(task.number)} ${task.title}`
          : outcome
            ? `outcome “${outcome.name}”`
            : problem.title;
        return [
          {
            kind: 'MENTIONED',
            problem_id: problem.id,
            subject_type: 'Comment',
            subject_id: c.id,
            actor_id: c.author_id,
            summary: `${nameOf(c.author_id)} mentioned you on ${problem.key} ${subject}`,
            url: task
              ? appPaths.task(problem.key, task.number)
              : outcome
                ? appPaths.outcomes(problem.key)
                : appPaths.discussion(problem.key),
          },
        ];
      }),
  );

  // Tasks of the recipient, assigned by the problem's lead, or on the recipient's own problems
  // by a teammate who may change tasks.
  const assignerOf = (problem: ProblemRow) =>
    problem.lead_id !== recipient.id
      ? problem.lead_id
      : teamOf(problem.id).find(
          (m) => m.user_id !== recipient.id && (m.role === 'MEMBER' || m.role === 'PARTNER'),
        )?.user_id;
  const assigned = rows.tasks
    .filter((t) => t.assignee_id === recipient.id && t.status !== 'DONE')
    .sort((a, b) => b.updated_at.localeCompare(a.updated_at))
    .flatMap((t) => {
      const problem = problems.get(t.problem_id);
      const by = problem && sees(problem) ? assignerOf(problem) : undefined;
      return problem && by ? [{ t, problem, by }] : [];
    });
  add(
    assigned.map(({ t, problem, by }) => ({
      kind: 'ASSIGNED',
      problem_id: problem.id,
      subject_type: 'Task',
      subject_id: t.id,
      actor_id: by,
      summary: `${nameOf(by)} assigned you ${problem.key} #${String(t.number)} ${t.title}`,
      url: appPaths.task(problem.key, t.number),
    })),
  );
  add(
    assigned
      .filter(({ t }) => t.status === 'BLOCKED')
      .map(({ t, problem, by }) => ({
        kind: 'TASK_BLOCKED',
        problem_id: problem.id,
        subject_type: 'Task',
        subject_id: t.id,
        actor_id: by,
        summary: `${nameOf(by)} marked ${problem.key} #${String(t.number)} ${t.title} as blocked`,
        url: appPaths.task(problem.key, t.number),
      })),
  );

  // Teams the recipient was put on by another problem's lead.
  add(
    rows.memberships
      .filter((m) => m.user_id === recipient.id && m.role !== 'LEAD')
      .sort((a, b) => b.created_at.localeCompare(a.created_at))
      .flatMap((m): Draft[] => {
        const problem = problems.get(m.problem_id);
        if (!problem || problem.lead_id === recipient.id) return [];
        return [
          {
            kind: 'ADDED_TO_TEAM',
            problem_id: problem.id,
            subject_type: 'Problem',
            subject_id: problem.id,
            actor_id: problem.lead_id,
            summary: `${nameOf(problem.lead_id)} added you to ${problem.key} ${problem.title} as ${m.role.toLowerCase()}`,
            url: appPaths.team(problem.key),
          },
        ];
      }),
  );

  // Outcomes of problems the recipient leads whose last measurement, by someone else, moved
  // the health (the shared formulas, before and after it).
  const series = new Map<string, MeasurementRow[]>();
  for (const m of rows.measurements)
    series.set(m.outcome_id, [...(series.get(m.outcome_id) ?? []), m]);
  add(
    rows.outcomes.flatMap((o): Draft[] => {
      const problem = problems.get(o.problem_id);
      const sorted = [...(series.get(o.id) ?? [])].sort(
        (a, b) =>
          a.observed_at.localeCompare(b.observed_at) || a.recorded_at.localeCompare(b.recorded_at),
      );
      const latest = sorted.at(-1);
      const previous = sorted.at(-2) ?? null;
      if (!problem || problem.lead_id !== recipient.id || !latest?.recorded_by_id) return [];
      if (latest.recorded_by_id === recipient.id) return [];
      const definition = {
        direction: o.direction,
        baselineValue: o.baseline_value,
        baselineDate: o.baseline_date,
        targetValue: o.target_value,
        targetDate: o.target_date,
      };
      const today = latest.observed_at;
      const before = outcomeFigures(
        definition,
        previous && { observedAt: previous.observed_at, value: previous.value },
        today,
      ).health;
      const after = outcomeFigures(
        definition,
        { observedAt: latest.observed_at, value: latest.value },
        today,
      ).health;
      if (before === after) return [];
      return [
        {
          kind: 'OUTCOME_HEALTH_CHANGED',
          problem_id: problem.id,
          subject_type: 'Outcome',
          subject_id: o.id,
          actor_id: latest.recorded_by_id,
          summary: `${nameOf(latest.recorded_by_id)} recorded ${String(latest.value)} ${o.unit} for ${o.name}, ${problem.key}: now ${HEALTH_WORDS[after]} (was ${HEALTH_WORDS[before]})`,
          url: appPaths.outcomes(problem.key),
        },
      ];
    }),
  );

  // Spread over the last days, newest first in the order drawn; the oldest already read.
  const hour = 3_600_000;
  return drafts
    .filter((d) => d.actor_id !== recipient.id)
    .map((draft, i) => {
      const createdAt = context.now - (i + 1) * 5 * hour;
      return {
        id: context.newId(),
        user_id: recipient.id,
        ...draft,
        read_at: i < UNREAD ? null : new Date(createdAt + hour).toISOString(),
        created_at: new Date(createdAt).toISOString(),
      };
    });
}
