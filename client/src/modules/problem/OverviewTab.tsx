import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '@/generated';
import { Button } from '@/ui/Button';
import { QueryState } from '@/ui/QueryState';
import { EditProblemForm } from './EditProblemForm';
import { ProblemDetails } from './ProblemDetails';
import { ProblemHealthPanel } from './ProblemHealthPanel';
import { ProblemOrganizations } from './ProblemOrganizations';
import { useProblemContext } from './problem-context';
import styles from './OverviewTab.module.css';

export const ProblemOverviewQuery = graphql(`
  query ProblemOverview($key: String!) {
    problem(key: $key) {
      id
      ...ProblemDetails_problem
      ...ProblemHealthPanel_problem
      ...ProblemOrganizations_problem
      ...EditProblemForm_problem
    }
  }
`);

/** The problem's framing, its health, and the organisations involved; the lead may edit it. */
export function OverviewTab() {
  const { problemKey, viewerCan } = useProblemContext();
  const [isEditing, setIsEditing] = useState(false);
  const { data, loading, error, refetch } = useQuery(ProblemOverviewQuery, {
    variables: { key: problemKey },
  });
  const problem = data?.problem;

  return (
    <QueryState
      loading={loading && !problem}
      error={problem ? undefined : error}
      onRetry={() => void refetch()}
      loadingLabel="Loading the overview…"
      errorMessage="Sorry, the overview could not be loaded."
    >
      {problem ? (
        isEditing && viewerCan.edit ? (
          <EditProblemForm
            problem={problem}
            onDone={() => {
              setIsEditing(false);
            }}
            onReload={() => refetch()}
          />
        ) : (
          <div className={styles.overview}>
            {viewerCan.edit ? (
              <Button
                variant="secondary"
                onPress={() => {
                  setIsEditing(true);
                }}
              >
                Edit the problem
              </Button>
            ) : null}
            <ProblemDetails problem={problem} />
            <ProblemHealthPanel problem={problem} />
            <ProblemOrganizations problem={problem} />
          </div>
        )
      ) : null}
    </QueryState>
  );
}
