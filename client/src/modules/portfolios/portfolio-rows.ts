import type { PortfolioProblem_ProblemFragment } from '@/generated/graphql';
import { STATUS_LABELS } from '@/modules/problem/labels';
import type { CsvCell } from './csv';

/** One problem of a portfolio, as its table row and CSV line are made from. */
export type PortfolioRow = Omit<PortfolioProblem_ProblemFragment, ' $fragmentName'>;

const STATUS_ORDER = ['DRAFT', 'FRAMING', 'ACTIVE', 'SUSTAINING', 'RESOLVED', 'ARCHIVED'] as const;

/** Sorts statuses in life-cycle order, not alphabetically. */
export function statusRank(status: PortfolioRow['status']): number {
  return STATUS_ORDER.indexOf(status);
}

/** Outcomes that need attention: off track first, then at risk (for sorting). */
export function attentionScore(health: PortfolioRow['health']): number {
  return health.offTrack * 1000 + health.atRisk;
}

/** Open tasks linked to no outcome plus outcomes no open task moves (for sorting). */
export function disconnectedScore(health: PortfolioRow['health']): number {
  return health.unlinkedOpenTasks + health.unmovedOutcomes;
}

export interface DisconnectedWork {
  unlinkedOpenTasks: number;
  unmovedOutcomes: number;
  /** The problems with any, most disconnected first. */
  problems: PortfolioRow[];
}

/** "Disconnected work" across the portfolio: work that moves no outcome, outcomes no work moves. */
export function disconnectedWork(rows: readonly PortfolioRow[]): DisconnectedWork {
  const problems = rows
    .filter((row) => disconnectedScore(row.health) > 0)
    .sort((a, b) => disconnectedScore(b.health) - disconnectedScore(a.health));
  return {
    unlinkedOpenTasks: rows.reduce((sum, row) => sum + row.health.unlinkedOpenTasks, 0),
    unmovedOutcomes: rows.reduce((sum, row) => sum + row.health.unmovedOutcomes, 0),
    problems,
  };
}

/** "3 open tasks", "1 outcome": a count with its noun. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${String(n)} ${n === 1 ? singular : plural}`;
}

export const PORTFOLIO_CSV_HEADER = [
  'Key',
  'Title',
  'Status',
  'Outcomes on track',
  'Outcomes at risk',
  'Outcomes off track',
  'Outcomes with no data',
  'Outcomes achieved',
  'Cross-silo index',
  'Alignment (share of open tasks linked to an outcome)',
  'Open tasks',
  'Overdue tasks',
  'Open tasks linked to no outcome',
  'Outcomes no open task moves',
  'Stale outcomes',
  'Organisations',
] as const;

/** The portfolio's table as CSV rows, header first, in the order given (the table's sort). */
export function portfolioCsvRows(rows: readonly PortfolioRow[]): CsvCell[][] {
  return [
    [...PORTFOLIO_CSV_HEADER],
    ...rows.map((row) => [
      row.key,
      row.title,
      STATUS_LABELS[row.status],
      row.health.onTrack,
      row.health.atRisk,
      row.health.offTrack,
      row.health.noData,
      row.health.achieved,
      Math.round(row.health.crossSiloIndex * 100) / 100,
      row.health.alignment === null ? null : Math.round(row.health.alignment * 1000) / 1000,
      row.health.openTasks,
      row.health.overdueTasks,
      row.health.unlinkedOpenTasks,
      row.health.unmovedOutcomes,
      row.health.staleOutcomes,
      row.organizations.map((o) => o.name).join('; '),
    ]),
  ];
}
