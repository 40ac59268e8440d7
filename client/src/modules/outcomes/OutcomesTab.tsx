import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { Button } from '@/ui/Button';
import { QueryState } from '@/ui/QueryState';
import { OutcomeCard } from './components/OutcomeCard';
import { OutcomeFormDialog, type OwnerChoices } from './components/OutcomeFormDialog';
import { OutcomesTabQuery } from './graphql/outcomes-tab.query';
import { useCreateOutcome } from './hooks/use-save-outcome';
import styles from './OutcomesTab.module.css';

/**
 * A problem's outcomes (route `problems/:key/outcomes`): each with its chart, table and words;
 * the problem's lead (or an administrator) defines and edits them, and anyone who contributes
 * records measurements.
 */
export function OutcomesTab() {
  const { key = '' } = useParams();
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(OutcomesTabQuery, { variables: { key } });
  const problem = data?.problem;
  const owners = useMemo((): OwnerChoices => {
    const lead = problem?.lead ?? null;
    return {
      leadName: lead?.displayName ?? null,
      // An owner records the figures: members and partners may, observers and sponsors not.
      members: (problem?.members ?? [])
        .filter((m) => (m.role === 'MEMBER' || m.role === 'PARTNER') && m.user.id !== lead?.id)
        .map((m) => ({ id: m.user.id, label: m.user.displayName })),
    };
  }, [problem]);

  return (
    <section aria-labelledby={headingId} className={styles.tab}>
      <h2 id={headingId}>Outcomes</h2>
      <QueryState
        loading={loading && !problem}
        error={problem ? undefined : error}
        onRetry={() => void refetch()}
        loadingLabel="Loading the outcomes…"
        errorMessage="The outcomes could not be loaded."
      >
        {problem ? (
          <>
            <p className={styles.intro}>
              What the work on {problem.key} is meant to change, measured against a baseline and a
              target.
            </p>
            {problem.viewerCan.edit ? <NewOutcome problemId={problem.id} owners={owners} /> : null}
            {problem.outcomes.length === 0 ? (
              <p className={styles.empty}>
                No outcomes defined yet.
                {problem.viewerCan.edit
                  ? ' Define one: what should change, from where, to where, by when.'
                  : ' The problem’s lead defines them.'}
              </p>
            ) : (
              problem.outcomes.map((outcome) => (
                <OutcomeCard
                  key={outcome.id}
                  outcome={outcome}
                  problemId={problem.id}
                  canContribute={problem.viewerCan.contribute}
                  canEdit={problem.viewerCan.edit}
                  owners={owners}
                  leadId={problem.lead?.id ?? null}
                />
              ))
            )}
          </>
        ) : null}
      </QueryState>
    </section>
  );
}

function NewOutcome({ problemId, owners }: { problemId: string; owners: OwnerChoices }) {
  const [isOpen, setIsOpen] = useState(false);
  const { create, isPending } = useCreateOutcome(problemId);
  return (
    <>
      <Button variant="secondary" onPress={() => setIsOpen(true)}>
        Define an outcome
      </Button>
      <OutcomeFormDialog
        isOpen={isOpen}
        onOpenChange={setIsOpen}
        title="Define an outcome"
        submitLabel="Define outcome"
        onSave={create}
        isPending={isPending}
        owners={owners}
      />
    </>
  );
}
