import { useQuery } from '@apollo/client/react';
import { useLiveRefresh } from '@/app/live/use-live-refresh';
import { useState } from 'react';
import { useParams } from 'react-router';
import { PageHeading } from '@/app/layout/PageHeading';
import { Button } from '@/ui/Button';
import { Checkbox } from '@/ui/Checkbox';
import { Link } from '@/ui/Link';
import { QueryState } from '@/ui/QueryState';
import { PortfolioFormDialog } from './components/PortfolioFormDialog';
import { PortfolioProblems } from './components/PortfolioProblems';
import { PORTFOLIO_PAGE_SIZE, PortfolioPageQuery } from './graphql/portfolios.graphql';
import { useUpdatePortfolio } from './hooks/use-portfolio-mutations';
import { count } from './portfolio-rows';
import { toPortfolioInput } from './portfolio-form';
import styles from './PortfolioPage.module.css';

/** Refetched when any problem the viewer may see changes. */
const LIVE_QUERIES = ['PortfolioPage'];

/** One portfolio (route `portfolios/:id`): its problems side by side, for review and export. */
export function PortfolioPage() {
  const { id = '' } = useParams();
  useLiveRefresh(LIVE_QUERIES);
  const [staleOnly, setStaleOnly] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(PortfolioPageQuery, {
    // No filter variable at all by default: the route preloads exactly { id, first }.
    variables: {
      id,
      first: PORTFOLIO_PAGE_SIZE,
      ...(staleOnly ? { filter: { stale: true } } : {}),
    },
  });
  // While the filtered list loads, the page keeps showing the last one.
  const shown = data ?? previousData;
  const node = shown?.node;
  const portfolio = node?.__typename === 'Portfolio' ? node : null;

  if (!portfolio) {
    if (shown) {
      return (
        <>
          <PageHeading>Portfolio not found</PageHeading>
          <p>
            There is no such portfolio, or you may not see it. Find it in the{' '}
            <Link href="/portfolios">list of portfolios</Link>.
          </p>
        </>
      );
    }
    return (
      <>
        {error ? <PageHeading>Portfolio</PageHeading> : null}
        <QueryState
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          loadingLabel="Loading the portfolio…"
          errorMessage="Sorry, the portfolio could not be loaded."
        />
      </>
    );
  }

  const problems = portfolio.problems.edges.map((edge) => edge.node);
  const total = portfolio.problems.totalCount;

  return (
    <>
      <PageHeading>{portfolio.name}</PageHeading>
      <p className={styles.meta}>
        {portfolio.owner ? `Owned by ${portfolio.owner.displayName}. ` : ''}
        {count(total, 'problem')} you may see{staleOnly ? ' with stale outcomes' : ''}.
        {total > problems.length ? ` The table shows the newest ${String(problems.length)}.` : ''}
      </p>
      {portfolio.description ? <p>{portfolio.description}</p> : null}
      {/* Editing saves the problems listed: never from a filtered list, which would drop the rest. */}
      {portfolio.viewerCanEdit && !staleOnly ? (
        <EditPortfolio
          id={portfolio.id}
          version={portfolio.version}
          name={portfolio.name}
          description={portfolio.description ?? ''}
          problemIds={problems.map((p) => p.id)}
        />
      ) : null}
      <div className={styles.filter}>
        <Checkbox isSelected={staleOnly} onChange={setStaleOnly}>
          Only problems with stale outcomes
        </Checkbox>
      </div>
      <PortfolioProblems portfolioName={portfolio.name} problems={problems} />
    </>
  );
}

function EditPortfolio(props: {
  id: string;
  version: number;
  name: string;
  description: string;
  problemIds: string[];
}) {
  const [isOpen, setIsOpen] = useState(false);
  const { update, isPending } = useUpdatePortfolio(props.id, props.version);
  return (
    <>
      <Button variant="secondary" onPress={() => setIsOpen(true)}>
        Edit portfolio
      </Button>
      <PortfolioFormDialog
        key={props.version}
        isOpen={isOpen}
        onOpenChange={setIsOpen}
        title="Edit portfolio"
        submitLabel="Save portfolio"
        portfolioId={props.id}
        initialValues={{
          name: props.name,
          description: props.description,
          problemIds: props.problemIds,
        }}
        isPending={isPending}
        onSave={(values) => update({ ...toPortfolioInput(values), problemIds: values.problemIds })}
      />
    </>
  );
}
