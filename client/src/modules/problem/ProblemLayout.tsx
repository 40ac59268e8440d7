import { useQuery } from '@apollo/client/react';
import { Outlet, useParams } from 'react-router';
import { errorCodeOf } from '@/app/apollo/graphql-errors';
import { PageHeading } from '@/app/layout/PageHeading';
import { QueryState } from '@/ui/QueryState';
import { TabNav } from '@/ui/Tabs';
import type { ProblemLayoutQuery as ProblemLayoutQueryType } from '@/generated/graphql';
import { ProblemLayoutQuery } from './problem-layout.query';
import type { ProblemOutletContext } from './problem-context';
import { PresenceList } from './PresenceList';
import { ProblemSummary } from './ProblemSummary';
import { useProblemLive } from './hooks/use-problem-live';
import styles from './ProblemLayout.module.css';

/**
 * The problem page: its one h1 (key and title), a summary, the section tabs, and the current
 * section. Sections read the problem's id and the viewer's permissions with `useProblemContext`.
 */
export function ProblemLayout() {
  const { key = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(ProblemLayoutQuery, {
    variables: { key },
  });
  const problem = data?.problem;

  if (!problem) {
    if (errorCodeOf(error) === 'NOT_FOUND') {
      return (
        <>
          <PageHeading>Problem not found</PageHeading>
          <p>
            There is no problem {key}, or you may not see it. Check the address, or find it in the
            list of problems.
          </p>
        </>
      );
    }
    return (
      <>
        {error ? <PageHeading title={key}>{key}</PageHeading> : null}
        <QueryState
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          loadingLabel={`Loading ${key}…`}
          errorMessage={`Sorry, ${key} could not be loaded.`}
        />
      </>
    );
  }

  return <LiveProblem problem={problem} />;
}

/** The page once the problem is loaded, following its changes live. */
function LiveProblem({ problem }: { problem: NonNullable<ProblemLayoutQueryType['problem']> }) {
  useProblemLive(problem.id);
  const context: ProblemOutletContext = {
    problemId: problem.id,
    problemKey: problem.key,
    problemTitle: problem.title,
    viewerCan: problem.viewerCan,
    viewerRole: problem.viewerRole ?? null,
  };
  const base = `/problems/${encodeURIComponent(problem.key)}`;

  return (
    <>
      <PageHeading title={`${problem.key}: ${problem.title}`}>
        <span className={styles.key}>{problem.key}</span> {problem.title}
      </PageHeading>
      <ProblemSummary problem={problem} />
      <PresenceList problemKey={problem.key} />
      <TabNav
        label="Problem sections"
        items={[
          { href: base, label: 'Overview', end: true },
          { href: `${base}/board`, label: 'Board' },
          { href: `${base}/outcomes`, label: 'Outcomes' },
          { href: `${base}/team`, label: 'Team' },
          { href: `${base}/discussion`, label: 'Discussion' },
          { href: `${base}/activity`, label: 'Activity' },
        ]}
      />
      <Outlet context={context} />
    </>
  );
}
