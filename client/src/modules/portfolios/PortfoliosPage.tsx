import type { FragmentType } from '@apollo/client';
import { useFragment, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PageHeading } from '@/app/layout/PageHeading';
import type { PortfolioListItem_PortfolioFragment } from '@/generated/graphql';
import { Button } from '@/ui/Button';
import { Link } from '@/ui/Link';
import { QueryState } from '@/ui/QueryState';
import { Table, type TableColumn } from '@/ui/Table';
import { PortfolioFormDialog } from './components/PortfolioFormDialog';
import { PortfolioListItemFragment, PortfoliosPageQuery } from './graphql/portfolios.graphql';
import { useCreatePortfolio } from './hooks/use-portfolio-mutations';
import { toPortfolioInput } from './portfolio-form';
import styles from './PortfoliosPage.module.css';

type PortfolioItem = Omit<PortfolioListItem_PortfolioFragment, ' $fragmentName'>;

const COLUMNS: TableColumn<PortfolioItem>[] = [
  {
    id: 'name',
    name: 'Portfolio',
    isRowHeader: true,
    sortValue: (p) => p.name,
    render: (p) => <Link href={`/portfolios/${encodeURIComponent(p.id)}`}>{p.name}</Link>,
  },
  {
    id: 'owner',
    name: 'Owner',
    sortValue: (p) => p.owner?.displayName,
    render: (p) => p.owner?.displayName ?? 'No owner',
  },
  {
    id: 'problems',
    name: 'Problems',
    align: 'end',
    sortValue: (p) => p.problems.totalCount,
    render: (p) => p.problems.totalCount,
  },
];

/** Every portfolio: name, owner and how many problems; executives and admins create new ones. */
export function PortfoliosPage() {
  const { data, loading, error, refetch } = useQuery(PortfoliosPageQuery);
  const canCreate = data?.viewerCan.createPortfolio ?? false;

  return (
    <>
      <PageHeading>Portfolios</PageHeading>
      <p>
        A portfolio groups problems that an executive reviews side by side: how their outcomes are
        doing, who carries them, and where work and outcomes are disconnected.
      </p>
      {canCreate ? <NewPortfolio /> : null}
      <QueryState
        loading={loading && !data}
        error={data ? undefined : error}
        onRetry={() => void refetch()}
        loadingLabel="Loading the portfolios…"
        errorMessage="The portfolios could not be loaded."
        isEmpty={data?.portfolios.length === 0}
        emptyMessage={<p>No portfolios yet.</p>}
      >
        {data ? <PortfolioList portfolios={data.portfolios} /> : null}
      </QueryState>
    </>
  );
}

function PortfolioList({
  portfolios,
}: {
  portfolios: readonly FragmentType<PortfolioListItem_PortfolioFragment>[];
}) {
  const { data, complete } = useFragment({
    fragment: PortfolioListItemFragment,
    from: [...portfolios],
  });
  if (!complete) return null;
  return (
    <Table
      label="Portfolios"
      columns={COLUMNS}
      rows={data}
      rowId={(p) => p.id}
      defaultSort={{ column: 'name', direction: 'ascending' }}
    />
  );
}

function NewPortfolio() {
  const [isOpen, setIsOpen] = useState(false);
  const navigate = useNavigate();
  const { create, isPending } = useCreatePortfolio();
  return (
    <div className={styles.actions}>
      <Button onPress={() => setIsOpen(true)}>Create a portfolio</Button>
      <PortfolioFormDialog
        isOpen={isOpen}
        onOpenChange={setIsOpen}
        title="Create a portfolio"
        submitLabel="Create portfolio"
        isPending={isPending}
        onSave={async (values) => {
          const outcome = await create(toPortfolioInput(values));
          if (outcome.ok && outcome.id)
            void navigate(`/portfolios/${encodeURIComponent(outcome.id)}`);
          return outcome;
        }}
      />
    </div>
  );
}
