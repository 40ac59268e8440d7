import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeading } from '@/app/layout/PageHeading';
import { PRESERVE_FOCUS } from '@/app/routing/navigation-state';
import { announce } from '@/ui/announce';
import { Button } from '@/ui/Button';
import { Link } from '@/ui/Link';
import { QueryState } from '@/ui/QueryState';
import { DebouncedSearchField } from '@/modules/problems/components/DebouncedSearchField';
import { PeoplePageQueryDocument } from './graphql/people.query';
import styles from './PeoplePage.module.css';

const PAGE_SIZE = 30;

/** The people directory across departments, agencies and partners; `?q=` is the search. */
export function PeoplePage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get('q') ?? '';
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(PeoplePageQueryDocument, {
    variables: { search: search.trim() || null, first: PAGE_SIZE },
  });

  function commit(next: string, replace: boolean) {
    const params = new URLSearchParams();
    if (next.trim()) params.set('q', next.trim());
    setSearchParams(params, { replace, preventScrollReset: true, state: PRESERVE_FOCUS });
  }

  const totalCount = data?.users.totalCount;
  const announced = useRef<string | null>(null);
  useEffect(() => {
    if (totalCount === undefined || loading || announced.current === search) return;
    announced.current = search;
    announce(`${String(totalCount)} ${totalCount === 1 ? 'person' : 'people'} found`);
  }, [search, totalCount, loading]);

  async function showMore() {
    const after = data?.users.pageInfo.endCursor;
    if (!after) return;
    setIsLoadingMore(true);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          users: {
            ...fetchMoreResult.users,
            edges: [...previous.users.edges, ...fetchMoreResult.users.edges],
          },
        }),
      });
    } finally {
      setIsLoadingMore(false);
    }
  }

  return (
    <>
      <PageHeading>People</PageHeading>
      <p>Find the people working on public problems, across every organisation.</p>
      <div role="search" className={styles.search}>
        <DebouncedSearchField
          id="people-search"
          label="Search people"
          description="Name, job title or organisation"
          value={search}
          onSearch={commit}
        />
      </div>
      <QueryState
        loading={loading && !data}
        error={data ? undefined : error}
        onRetry={() => void refetch()}
        isEmpty={data?.users.edges.length === 0}
        loadingLabel="Loading people…"
        errorMessage="The directory could not be loaded."
        emptyMessage={search ? `No one matches “${search}”.` : 'No one to show.'}
      >
        <h2 className={styles.count}>
          {totalCount ?? 0} {totalCount === 1 ? 'person' : 'people'}
        </h2>
        <ul className={styles.list}>
          {data?.users.edges.map(({ node }) => (
            <li key={node.id} className={styles.person}>
              <Link href={`/people/${encodeURIComponent(node.id)}`} className={styles.name}>
                {node.displayName}
              </Link>
              <span className={styles.meta}>
                {[node.title, node.organization.name].filter(Boolean).join(', ')}
              </span>
            </li>
          ))}
        </ul>
        {data?.users.pageInfo.hasNextPage ? (
          <Button
            variant="secondary"
            isPending={isLoadingMore}
            pendingLabel="Loading more people…"
            onPress={() => void showMore()}
          >
            Show more people
          </Button>
        ) : null}
      </QueryState>
    </>
  );
}
