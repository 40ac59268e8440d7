import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeading } from '@/app/layout/PageHeading';
import { PRESERVE_FOCUS } from '@/app/routing/navigation-state';
import { announce } from '@/ui/announce';
import { Button } from '@/ui/Button';
import { Checkbox, CheckboxGroup } from '@/ui/Checkbox';
import { Link } from '@/ui/Link';
import { QueryState } from '@/ui/QueryState';
import { Select } from '@/ui/Select';
import { TextField } from '@/ui/TextField';
import { DebouncedSearchField } from './components/DebouncedSearchField';
import { ProblemRow } from './components/ProblemRow';
import {
  ProblemFilterOptionsQueryDocument,
  ProblemsPageQueryDocument,
} from './graphql/problems-page.query';
import {
  activeFilterCount,
  DEFAULT_VIEW,
  filterFromView,
  PROBLEM_SORTS,
  searchParamsFromView,
  SORT_LABELS,
  SORT_ORDERS,
  viewFromSearchParams,
  type ProblemListView,
} from './problem-filters';
import { PROBLEM_STATUSES, STATUS_LABELS, VISIBILITIES, VISIBILITY_LABELS } from './problem-labels';
import styles from './ProblemsPage.module.css';

export const PAGE_SIZE = 25;

/**
 * Every problem the viewer may see, filtered and sorted by the address (`?status=ACTIVE&mine=1`),
 * so a view can be shared and Back returns to the previous one.
 */
export function ProblemsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => viewFromSearchParams(searchParams), [searchParams]);
  const filter = useMemo(() => filterFromView(view), [view]);
  const options = useQuery(ProblemFilterOptionsQueryDocument);
  const { data, loading, error, refetch, fetchMore } = useQuery(ProblemsPageQueryDocument, {
    variables: { filter, first: PAGE_SIZE, orderBy: SORT_ORDERS[view.sort] },
    notifyOnNetworkStatusChange: true,
  });
  const [isLoadingMore, setIsLoadingMore] = useState(false);

  function update(changes: Partial<ProblemListView>, replace = false) {
    setSearchParams(searchParamsFromView({ ...view, ...changes }), {
      replace,
      preventScrollReset: true,
      state: PRESERVE_FOCUS,
    });
  }

  // Say how many problems a view holds, once per view (not on "Show more").
  const filterKey = JSON.stringify(filter);
  const totalCount = data?.problems.totalCount;
  const announced = useRef<string | null>(null);
  useEffect(() => {
    if (totalCount === undefined || loading) return;
    if (announced.current === filterKey) return;
    announced.current = filterKey;
    announce(`${String(totalCount)} ${totalCount === 1 ? 'problem' : 'problems'} found`);
  }, [filterKey, totalCount, loading]);

  const problems = useMemo(() => data?.problems.edges.map((edge) => edge.node) ?? [], [data]);

  async function showMore() {
    const endCursor = data?.problems.pageInfo.endCursor;
    if (!endCursor) return;
    setIsLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          problems: {
            ...fetchMoreResult.problems,
            edges: [...previous.problems.edges, ...fetchMoreResult.problems.edges],
          },
        }),
      });
    } finally {
      setIsLoadingMore(false);
    }
  }

  const canCreate = options.data?.viewerCan.createProblem === true;
  const portfolios = options.data?.portfolios ?? [];
  const organizations = options.data?.organizations.edges.map((edge) => edge.node) ?? [];
  const filters = activeFilterCount(view);

  return (
    <>
      <div className={styles.headingRow}>
        <PageHeading>Problems</PageHeading>
        {canCreate ? (
          <Link href="/problems/new" variant="plain" className={styles.newButton}>
            New problem
          </Link>
        ) : null}
      </div>
      <div className={styles.layout}>
        <section aria-labelledby="problem-filters-heading" className={styles.filters}>
          <h2 id="problem-filters-heading" className={styles.filtersHeading}>
            Filter problems
          </h2>
          <DebouncedSearchField
            id="problem-filter-search"
            label="Search"
            description="Words in the key, title or statement"
            value={view.search}
            onSearch={(search, replace) => {
              update({ search }, replace);
            }}
          />
          <Checkbox
            isSelected={view.mine}
            onChange={(mine) => {
              update({ mine });
            }}
          >
            Only problems I am on
          </Checkbox>
          <CheckboxGroup
            id="problem-filter-status"
            label="Status"
            value={view.status}
            onChange={(status) => {
              update({ status: PROBLEM_STATUSES.filter((s) => status.includes(s)) });
            }}
          >
            {PROBLEM_STATUSES.map((status) => (
              <Checkbox key={status} value={status}>
                {STATUS_LABELS[status]}
              </Checkbox>
            ))}
          </CheckboxGroup>
          <Select
            id="problem-filter-visibility"
            label="Visibility"
            value={view.visibility}
            options={[
              { id: '', label: 'Any visibility' },
              ...VISIBILITIES.map((v) => ({ id: v, label: VISIBILITY_LABELS[v] })),
            ]}
            onChange={(visibility) => {
              update({ visibility: VISIBILITIES.find((v) => v === visibility) ?? '' });
            }}
          />
          {portfolios.length > 0 ? (
            <Select
              id="problem-filter-portfolio"
              label="Portfolio"
              value={view.portfolioId}
              options={[
                { id: '', label: 'Any portfolio' },
                ...portfolios.map((p) => ({ id: p.id, label: p.name })),
              ]}
              onChange={(portfolioId) => {
                update({ portfolioId });
              }}
            />
          ) : null}
          {organizations.length > 0 ? (
            <Select
              id="problem-filter-organization"
              label="Organisation on the team"
              value={view.organizationId}
              options={[
                { id: '', label: 'Any organisation' },
                ...organizations.map((o) => ({ id: o.id, label: o.name })),
              ]}
              onChange={(organizationId) => {
                update({ organizationId });
              }}
            />
          ) : null}
          <ThemeBox
            initial={view.theme}
            onApply={(theme) => {
              update({ theme });
            }}
          />
          {filters > 0 ? (
            <Button
              variant="secondary"
              onPress={() => {
                update({ ...DEFAULT_VIEW, sort: view.sort });
              }}
            >
              Clear filters
            </Button>
          ) : null}
        </section>
        <section aria-labelledby="problem-results-heading" className={styles.results}>
          <div className={styles.resultsHeader}>
            <h2 id="problem-results-heading" className={styles.resultsHeading}>
              {totalCount === undefined
                ? 'Results'
                : `${String(totalCount)} ${totalCount === 1 ? 'problem' : 'problems'}`}
            </h2>
            <Select
              id="problem-sort"
              label="Sort by"
              width="medium"
              value={view.sort}
              options={PROBLEM_SORTS.map((sort) => ({ id: sort, label: SORT_LABELS[sort] }))}
              onChange={(sort) => {
                update({ sort: PROBLEM_SORTS.find((s) => s === sort) ?? 'newest' });
              }}
            />
          </div>
          <QueryState
            loading={loading && !data}
            error={data ? undefined : error}
            onRetry={() => void refetch()}
            isEmpty={problems.length === 0}
            loadingLabel="Loading problems…"
            errorMessage="The problems could not be loaded."
            emptyMessage={
              filters > 0
                ? 'No problems match these filters.'
                : 'There are no problems you can see yet.'
            }
          >
            <ul className={styles.list}>
              {problems.map((problem) => (
                <li key={problem.id}>
                  <ProblemRow problem={problem} />
                </li>
              ))}
            </ul>
            {data?.problems.pageInfo.hasNextPage ? (
              <Button
                variant="secondary"
                isPending={isLoadingMore}
                pendingLabel="Loading more problems…"
                onPress={() => void showMore()}
              >
                Show more problems
              </Button>
            ) : null}
          </QueryState>
        </section>
      </div>
    </>
  );
}

/** Themes are free text; applied on Enter or when the field is left. */
function ThemeBox({ initial, onApply }: { initial: string; onApply: (theme: string) => void }) {
  const [value, setValue] = useState(initial);
  const [lastInitial, setLastInitial] = useState(initial);
  if (initial !== lastInitial) {
    setLastInitial(initial);
    setValue(initial);
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onApply(value);
      }}
    >
      <TextField
        id="problem-filter-theme"
        label="Theme"
        description="For example, housing"
        value={value}
        onChange={setValue}
        onBlur={() => {
          if (value.trim() !== initial.trim()) onApply(value);
        }}
      />
    </form>
  );
}
