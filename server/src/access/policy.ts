import { PARTNER_ORGANIZATION_KINDS, type MemberRole, type Visibility } from '@commons/shared';
import type { Actor } from '../auth/actor.js';
import type { SqlParams } from '../graphql/sql.js';

/**
 * THE permission table of API.md, as data. Every feature asks `can()` for one object and joins
 * `visibleProblemsSql()` for lists, so a list can never show what a single read hides.
 */
export type ProblemAction =
  /** See the problem, its outcomes, team, tasks, comments and activity. */
  | 'view'
  /** Edit the problem, its team and its outcomes. */
  | 'edit'
  /** Create and move tasks, record measurements. */
  | 'contribute'
  /** Write comments. */
  | 'comment';

/** Problem actions each membership role grants (beyond what workspace roles grant). */
const MEMBER_GRANTS: Record<MemberRole, readonly ProblemAction[]> = {
  LEAD: ['view', 'edit', 'contribute', 'comment'],
  MEMBER: ['view', 'contribute', 'comment'],
  PARTNER: ['view', 'contribute', 'comment'],
  OBSERVER: ['view', 'comment'],
  SPONSOR: ['view'],
};

/** Whether a team role grants an action on its problem (whoever holds it, not only the caller). */
export function memberCan(role: MemberRole, action: ProblemAction): boolean {
  return MEMBER_GRANTS[role].includes(action);
}

/** What the policy needs to know about one problem and the caller's place on it. */
export interface ProblemAccessFacts {
  visibility: Visibility;
  /** The caller's role on the problem's team, or null when not on it. */
  memberRole: MemberRole | null;
}

export function can(
  actor: Actor | null,
  action: ProblemAction,
  facts: ProblemAccessFacts,
): boolean {
  if (!actor) return false;
  if (actor.role === 'ADMIN') return true;
  if (facts.memberRole && MEMBER_GRANTS[facts.memberRole].includes(action)) return true;
  if (action !== 'view') return false;
  if (actor.role === 'EXECUTIVE') return true;
  switch (facts.visibility) {
    case 'PUBLIC':
      return true;
    case 'INTERNAL':
      return !actor.partnerOnly;
    case 'RESTRICTED':
      return false;
  }
}

/** Workspace-level actions (not about one problem). */
export type WorkspaceAction =
  'createProblem' | 'createPortfolio' | 'viewPortfolios' | 'viewDirectory' | 'viewAllPeople';

export function canInWorkspace(actor: Actor | null, action: WorkspaceAction): boolean {
  if (!actor) return false;
  switch (action) {
    case 'createProblem':
    case 'viewPortfolios':
    case 'viewAllPeople':
      return actor.role !== 'MEMBER' || !actor.partnerOnly;
    case 'createPortfolio':
      return actor.role === 'ADMIN' || actor.role === 'EXECUTIVE';
    case 'viewDirectory':
      return true;
  }
}

/**
 * A SQL predicate over a portfolio alias, true when the caller may see the portfolio: everyone who
 * may browse portfolios sees all; a PARTNER-only account sees the ones holding a problem it is on
 * (API.md: "MEMBER / PARTNER on the problem" see its portfolio). `me` is the SQL parameter holding
 * the caller's id.
 */
export function visiblePortfoliosSql(actor: Actor, portfolio: string, me: string): string {
  if (canInWorkspace(actor, 'viewPortfolios')) return 'TRUE';
  return `EXISTS (SELECT 1 FROM problem held JOIN membership mine ON mine.problem_id = held.id
    WHERE held.portfolio_id = ${portfolio}.id AND mine.user_id = ${me})`;
}

/**
 * A SQL predicate over a user alias, true when the caller may see that person in the directory,
 * in search and in mentions: a PARTNER-only account sees itself and the people on its problems;
 * everyone else sees everyone. Binds the caller's id in `sql` only when the predicate uses it
 * (PostgreSQL refuses a parameter the statement does not use).
 */
export function visiblePeopleSql(actor: Actor, user: string, sql: SqlParams): string {
  if (canInWorkspace(actor, 'viewAllPeople')) return 'TRUE';
  const me = sql.param(actor.userId);
  return `(${user}.id = ${me} OR EXISTS (
    SELECT 1 FROM membership mine JOIN membership theirs ON theirs.problem_id = mine.problem_id
     WHERE mine.user_id = ${me} AND theirs.user_id = ${user}.id))`;
}

/** Admins edit every portfolio; executives edit their own. */
export function canEditPortfolio(actor: Actor | null, ownerId: string | null): boolean {
  if (!actor) return false;
  return actor.role === 'ADMIN' || (actor.role === 'EXECUTIVE' && ownerId === actor.userId);
}

/**
 * A SQL predicate over a problem alias that is true exactly when `can(actor, 'view', …)` is.
 * `viewerMembership` is the alias of the caller's membership row LEFT JOINed on the problem
 * (`LEFT JOIN membership vm ON vm.problem_id = p.id AND vm.user_id = <caller>`).
 */
export function visibleProblemsSql(
  actor: Actor,
  problem: string,
  viewerMembership: string,
): string {
  if (actor.role === 'ADMIN' || actor.role === 'EXECUTIVE') return 'TRUE';
  const open = actor.partnerOnly
    ? `${problem}.visibility = 'PUBLIC'`
    : `${problem}.visibility IN ('PUBLIC', 'INTERNAL')`;
  return `(${open} OR ${viewerMembership}.user_id IS NOT NULL)`;
}

/**
 * `can(someone, 'view', …)` for someone other than the caller, in SQL: true when the user row
 * `user` (its home organisation `organization`, its membership `membership` LEFT JOINed on the
 * problem, or nulls) may see the problem `problem`. For choosing who to tell about a problem,
 * e.g. notification recipients; `user-may-view.int.spec.ts` holds it to `can()` for every kind of
 * person and problem.
 */
export function userMayViewProblemSql(
  user: string,
  organization: string,
  membership: string,
  problem: string,
): string {
  const partnerKinds = PARTNER_ORGANIZATION_KINDS.map((kind) => `'${kind}'`).join(', ');
  return `(${user}.role IN ('ADMIN', 'EXECUTIVE')
    OR ${membership}.user_id IS NOT NULL
    OR ${problem}.visibility = 'PUBLIC'
    OR (${problem}.visibility = 'INTERNAL' AND ${organization}.kind NOT IN (${partnerKinds})))`;
}
