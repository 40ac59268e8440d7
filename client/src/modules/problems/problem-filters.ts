import type { ProblemFilter, ProblemOrder, ProblemStatus, Visibility } from '@/generated/graphql';
import { PROBLEM_STATUSES, VISIBILITIES } from './problem-labels';

export const PROBLEM_SORTS = ['newest', 'updated', 'key', 'title'] as const;
export type ProblemSort = (typeof PROBLEM_SORTS)[number];

export const SORT_LABELS: Record<ProblemSort, string> = {
  newest: 'Newest first',
  updated: 'Recently updated',
  key: 'Key',
  title: 'Title (A to Z)',
};

/** The API's order for each sort (the address keeps its own short words). */
export const SORT_ORDERS: Record<ProblemSort, ProblemOrder> = {
  newest: 'NEWEST',
  updated: 'RECENTLY_UPDATED',
  key: 'KEY',
  title: 'TITLE',
};

/** The Problems list's view: everything a shared link must reproduce. */
export interface ProblemListView {
  status: ProblemStatus[];
  visibility: Visibility | '';
  portfolioId: string;
  organizationId: string;
  theme: string;
  search: string;
  mine: boolean;
  sort: ProblemSort;
}

export const DEFAULT_VIEW: ProblemListView = {
  status: [],
  visibility: '',
  portfolioId: '',
  organizationId: '',
  theme: '',
  search: '',
  mine: false,
  sort: 'newest',
};

const isStatus = (value: string): value is ProblemStatus =>
  (PROBLEM_STATUSES as readonly string[]).includes(value);
const isVisibility = (value: string): value is Visibility =>
  (VISIBILITIES as readonly string[]).includes(value);
const isSort = (value: string): value is ProblemSort =>
  (PROBLEM_SORTS as readonly string[]).includes(value);

/** Reads a view from the address; unknown or malformed values fall back to the defaults. */
export function viewFromSearchParams(params: URLSearchParams): ProblemListView {
  const status = [...new Set(params.getAll('status').filter(isStatus))];
  status.sort((a, b) => PROBLEM_STATUSES.indexOf(a) - PROBLEM_STATUSES.indexOf(b));
  const visibility = params.get('visibility') ?? '';
  const sort = params.get('sort') ?? '';
  return {
    status,
    visibility: isVisibility(visibility) ? visibility : '',
    portfolioId: (params.get('portfolio') ?? '').slice(0, 200),
    organizationId: (params.get('organization') ?? '').slice(0, 200),
    theme: (params.get('theme') ?? '').slice(0, 100),
    search: (params.get('q') ?? '').slice(0, 200),
    mine: params.get('mine') === '1',
    sort: isSort(sort) ? sort : 'newest',
  };
}

/** Writes a view to the address, leaving defaults out so links stay short. */
export function searchParamsFromView(view: ProblemListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search.trim()) params.set('q', view.search.trim());
  for (const status of view.status) params.append('status', status);
  if (view.visibility) params.set('visibility', view.visibility);
  if (view.portfolioId) params.set('portfolio', view.portfolioId);
  if (view.organizationId) params.set('organization', view.organizationId);
  if (view.theme.trim()) params.set('theme', view.theme.trim());
  if (view.mine) params.set('mine', '1');
  if (view.sort !== 'newest') params.set('sort', view.sort);
  return params;
}

/** The API's filter for a view (its sort is the separate `orderBy`: SORT_ORDERS). */
export function filterFromView(view: ProblemListView): ProblemFilter {
  const filter: ProblemFilter = {};
  if (view.status.length > 0) filter.status = view.status;
  if (view.visibility) filter.visibility = [view.visibility];
  if (view.portfolioId) filter.portfolioId = view.portfolioId;
  if (view.organizationId) filter.organizationId = view.organizationId;
  if (view.theme.trim()) filter.theme = view.theme.trim();
  if (view.search.trim()) filter.search = view.search.trim();
  if (view.mine) filter.mine = true;
  return filter;
}

/** How many filters narrow the view (search included, sort not). */
export function activeFilterCount(view: ProblemListView): number {
  return (
    (view.status.length > 0 ? 1 : 0) +
    [
      view.visibility,
      view.portfolioId,
      view.organizationId,
      view.theme.trim(),
      view.search.trim(),
    ].filter(Boolean).length +
    (view.mine ? 1 : 0)
  );
}
