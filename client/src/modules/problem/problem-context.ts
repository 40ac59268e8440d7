import { useOutletContext } from 'react-router';

/** What the viewer may do on this problem (Problem.viewerCan; API.md "Who may do what"). */
export interface ProblemPermissions {
  /** Edit the problem, its team and outcomes (its lead, or an admin). */
  edit: boolean;
  /** Create and move tasks, record measurements (the team, not observers or sponsors). */
  contribute: boolean;
  /** Comment (the team, observers included; not sponsors). */
  comment: boolean;
}

/** What `ProblemLayout` gives every tab through `<Outlet context>`. */
export interface ProblemOutletContext {
  /** The problem's global id (for `comments(subjectId:)`, `createTask(problemId:)` …). */
  problemId: string;
  /** Its human key, e.g. HOUS-12. */
  problemKey: string;
  problemTitle: string;
  viewerCan: ProblemPermissions;
  /** The viewer's role on the team, or null when not on it. */
  viewerRole: 'LEAD' | 'MEMBER' | 'PARTNER' | 'SPONSOR' | 'OBSERVER' | null;
}

/** In a tab of the problem page: the problem's id, key and what the viewer may do. */
export function useProblemContext(): ProblemOutletContext {
  return useOutletContext<ProblemOutletContext>();
}
