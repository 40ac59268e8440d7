import { toCsv } from './csv';
import {
  PORTFOLIO_CSV_HEADER,
  attentionScore,
  disconnectedWork,
  portfolioCsvRows,
  type PortfolioRow,
} from './portfolio-rows';

function row(key: string, health: Partial<PortfolioRow['health']> = {}): PortfolioRow {
  return {
    id: `id-${key}`,
    key,
    title: `Problem ${key}`,
    status: 'ACTIVE',
    organizations: [
      { id: 'o2', name: '=Harbour Lights' },
      { id: 'o1', name: 'Department of Housing' },
    ],
    health: {
      onTrack: 1,
      atRisk: 0,
      offTrack: 0,
      noData: 0,
      achieved: 0,
      openTasks: 4,
      overdueTasks: 1,
      crossSiloIndex: 2.345,
      alignment: 0.75,
      unlinkedOpenTasks: 1,
      unmovedOutcomes: 0,
      staleOutcomes: 0,
      ...health,
    },
    outcomes: [],
  };
}

describe('disconnectedWork', () => {
  it('adds up the portfolio and lists the problems with any, most first', () => {
    const work = disconnectedWork([
      row('A-1', { unlinkedOpenTasks: 0, unmovedOutcomes: 0 }),
      row('A-2', { unlinkedOpenTasks: 1, unmovedOutcomes: 0 }),
      row('A-3', { unlinkedOpenTasks: 2, unmovedOutcomes: 1 }),
    ]);
    expect(work.unlinkedOpenTasks).toBe(3);
    expect(work.unmovedOutcomes).toBe(1);
    expect(work.problems.map((p) => p.key)).toEqual(['A-3', 'A-2']);
  });
});

describe('attentionScore', () => {
  it('ranks off track above any number at risk', () => {
    expect(attentionScore(row('x', { offTrack: 1 }).health)).toBeGreaterThan(
      attentionScore(row('y', { atRisk: 30 }).health),
    );
  });
});

describe('portfolioCsvRows', () => {
  it('has a header and one line per problem, neutralising formula-like names', () => {
    const csv = toCsv(portfolioCsvRows([row('HOUS-3'), row('HOUS-7', { alignment: null })]));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(PORTFOLIO_CSV_HEADER.join(','));
    expect(lines[1]).toBe(
      "HOUS-3,Problem HOUS-3,Active,1,0,0,0,0,2.35,0.75,4,1,1,0,0,'=Harbour Lights; Department of Housing",
    );
    expect(lines[2]).toContain('HOUS-7,Problem HOUS-7,Active,1,0,0,0,0,2.35,,4');
    expect(lines).toHaveLength(4);
  });
});
