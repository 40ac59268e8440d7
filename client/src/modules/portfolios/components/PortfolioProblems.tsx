import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { PortfolioProblem_ProblemFragment } from '@/generated/graphql';
import { STATUS_LABELS } from '@/modules/problem/labels';
import { LazySparkline } from '@/modules/outcomes/charts/lazy-charts';
import { localToday } from '@/modules/outcomes/local-today';
import { outcomeChartData } from '@/modules/outcomes/outcome-chart-data';
import { formatNumber, formatPercent, needFigureWords } from '@/modules/outcomes/outcome-words';
import { Button } from '@/ui/Button';
import { HealthBadge, HEALTH_LABELS } from '@/ui/HealthBadge';
import { Link } from '@/ui/Link';
import { StaleBadge } from '@/ui/StaleBadge';
import { Table, type TableColumn, type TableSort } from '@/ui/Table';
import { sortRows } from '@/ui/table-sort';
import { announce } from '@/ui/announce';
import { PortfolioProblemFragment } from '../graphql/portfolios.graphql';
import { csvFileName, downloadCsv, toCsv } from '../csv';
import {
  attentionScore,
  count,
  disconnectedScore,
  disconnectedWork,
  portfolioCsvRows,
  statusRank,
  type PortfolioRow,
} from '../portfolio-rows';
import styles from './PortfolioProblems.module.css';

export interface PortfolioProblemsProps {
  portfolioName: string;
  problems: readonly FragmentType<PortfolioProblem_ProblemFragment>[];
}

const DEFAULT_SORT: TableSort = { column: 'attention', direction: 'descending' };

/**
 * The portfolio's problems side by side: a sortable table (health, trajectories, cross-silo
 * index, alignment, overdue work, organisations), disconnected work called out above it, and a
 * CSV export of the table as sorted.
 */
export function PortfolioProblems({ portfolioName, problems }: PortfolioProblemsProps) {
  const { data, complete } = useFragment({
    fragment: PortfolioProblemFragment,
    from: [...problems],
  });
  const [today] = useState(localToday);
  const [sort, setSort] = useState<TableSort>(DEFAULT_SORT);
  const rows = useMemo(() => (complete ? (data as PortfolioRow[]) : []), [complete, data]);
  const columns = useMemo(() => portfolioColumns(today), [today]);

  if (!complete) return null;

  const work = disconnectedWork(rows);

  function exportCsv() {
    const column = columns.find((c) => c.id === sort.column);
    const ordered = column?.sortValue ? sortRows(rows, column.sortValue, sort.direction) : rows;
    const fileName = csvFileName(portfolioName);
    downloadCsv(fileName, toCsv(portfolioCsvRows(ordered)));
    announce(`Downloading ${fileName}.`);
  }

  return (
    <>
      <section aria-labelledby="disconnected-heading" className={styles.disconnected}>
        <h2 id="disconnected-heading">Disconnected work</h2>
        {rows.length === 0 ? (
          <p>No problems in this portfolio yet, so nothing to compare.</p>
        ) : work.problems.length === 0 ? (
          <p>Every open task is linked to an outcome, and every outcome is moved by open work.</p>
        ) : (
          <>
            <p>
              {count(work.unlinkedOpenTasks, 'open task')} linked to no outcome, and{' '}
              {count(work.unmovedOutcomes, 'outcome')} that no open task moves, in{' '}
              {count(work.problems.length, 'problem')}:
            </p>
            <ul className={styles.list}>
              {work.problems.map((row) => (
                <li key={row.id}>
                  <Link href={`/problems/${encodeURIComponent(row.key)}`}>
                    {row.key} {row.title}
                  </Link>
                  : {disconnectedWords(row.health)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="problems-heading">
        <div className={styles.tableHeading}>
          <h2 id="problems-heading">Problems side by side</h2>
          <Button variant="secondary" onPress={exportCsv}>
            Download as CSV
          </Button>
        </div>
        <p className={styles.hint}>
          Press a column heading to sort by it; press it again to reverse. The CSV has the rows in
          the order shown.
        </p>
        <Table
          label={`Problems in ${portfolioName}`}
          columns={columns}
          rows={rows}
          rowId={(row) => row.id}
          sort={sort}
          onSortChange={setSort}
          emptyState="No problems in this portfolio yet."
        />
      </section>
    </>
  );
}

function disconnectedWords(health: PortfolioRow['health']): string {
  const parts = [];
  if (health.unlinkedOpenTasks > 0) {
    parts.push(`${count(health.unlinkedOpenTasks, 'open task')} linked to no outcome`);
  }
  if (health.unmovedOutcomes > 0) {
    parts.push(`${count(health.unmovedOutcomes, 'outcome')} no open task moves`);
  }
  return parts.join('; ');
}

const HEALTH_KEYS = [
  ['OFF_TRACK', 'offTrack'],
  ['AT_RISK', 'atRisk'],
  ['ON_TRACK', 'onTrack'],
  ['ACHIEVED', 'achieved'],
  ['NO_DATA', 'noData'],
] as const;

function portfolioColumns(today: string): TableColumn<PortfolioRow>[] {
  return [
    {
      id: 'problem',
      name: 'Problem',
      isRowHeader: true,
      sortValue: (row) => row.key,
      render: (row) => (
        <span className={styles.problemCell}>
          <Link href={`/problems/${encodeURIComponent(row.key)}`}>
            <span className={styles.key}>{row.key}</span> {row.title}
          </Link>
        </span>
      ),
    },
    {
      id: 'status',
      name: 'Status',
      sortValue: (row) => statusRank(row.status),
      render: (row) => STATUS_LABELS[row.status],
    },
    {
      id: 'attention',
      name: 'Outcomes by health',
      sortValue: (row) => attentionScore(row.health),
      render: (row) => {
        const shown = HEALTH_KEYS.filter(([, key]) => row.health[key] > 0);
        if (shown.length === 0) return <span className={styles.muted}>No outcomes</span>;
        return (
          <ul className={styles.badges}>
            {shown.map(([health, key]) => (
              <li key={health}>
                <HealthBadge health={health} count={row.health[key]} />
              </li>
            ))}
          </ul>
        );
      },
    },
    {
      id: 'trajectories',
      name: 'Outcome trajectories',
      render: (row) =>
        row.outcomes.length === 0 ? (
          <span className={styles.muted}>None</span>
        ) : (
          <ul className={styles.sparklines}>
            {row.outcomes.map((outcome) => (
              <li key={outcome.id} className={styles.sparkline}>
                <LazySparkline data={outcomeChartData(outcome, outcome.measurements, today)} />
                <span aria-hidden="true" className={styles.sparklineLabel}>
                  {HEALTH_LABELS[outcome.health]}
                </span>
                <span className="visually-hidden">
                  {outcome.name}: {HEALTH_LABELS[outcome.health]}
                  {outcome.progress === null
                    ? ''
                    : `, ${formatPercent(outcome.progress)} of the way to the target`}
                </span>
              </li>
            ))}
          </ul>
        ),
    },
    {
      id: 'stale',
      name: 'Stale outcomes',
      align: 'end',
      sortValue: (row) => row.health.staleOutcomes,
      render: (row) =>
        row.health.staleOutcomes === 0 ? (
          <span className={styles.muted}>None</span>
        ) : (
          <StaleBadge>{needFigureWords(row.health.staleOutcomes)}</StaleBadge>
        ),
    },
    {
      id: 'crossSilo',
      name: 'Cross-silo index',
      align: 'end',
      sortValue: (row) => row.health.crossSiloIndex,
      render: (row) => formatNumber(Math.round(row.health.crossSiloIndex * 10) / 10),
    },
    {
      id: 'alignment',
      name: 'Alignment',
      align: 'end',
      sortValue: (row) => row.health.alignment,
      render: (row) =>
        row.health.alignment === null ? (
          <span className={styles.muted}>No open tasks</span>
        ) : (
          formatPercent(row.health.alignment)
        ),
    },
    {
      id: 'overdue',
      name: 'Overdue tasks',
      align: 'end',
      sortValue: (row) => row.health.overdueTasks,
      render: (row) => `${String(row.health.overdueTasks)} of ${String(row.health.openTasks)} open`,
    },
    {
      id: 'disconnected',
      name: 'Disconnected work',
      sortValue: (row) => disconnectedScore(row.health),
      render: (row) =>
        disconnectedScore(row.health) === 0 ? (
          <span className={styles.muted}>None</span>
        ) : (
          <span className={styles.wideCell}>{disconnectedWords(row.health)}</span>
        ),
    },
    {
      id: 'organizations',
      name: 'Organisations',
      sortValue: (row) => row.organizations.length,
      render: (row) =>
        row.organizations.length === 0 ? (
          <span className={styles.muted}>None yet</span>
        ) : (
          <span className={styles.wideCell}>{row.organizations.map((o) => o.name).join(', ')}</span>
        ),
    },
  ];
}
