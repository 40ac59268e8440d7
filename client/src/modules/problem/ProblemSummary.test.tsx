import { MockedProvider } from '@apollo/client/testing/react';
import { useQuery } from '@apollo/client/react';
import { render, screen } from '@testing-library/react';
import { createCache } from '@/app/apollo/apollo-cache';
import { ProblemLayoutQuery } from './problem-layout.query';
import { ProblemSummary } from './ProblemSummary';

function health(staleOutcomes: number) {
  return {
    __typename: 'ProblemHealth',
    onTrack: 1,
    atRisk: 0,
    offTrack: 1,
    noData: 0,
    achieved: 0,
    openTasks: 4,
    overdueTasks: 1,
    doneTasks: 2,
    crossSiloIndex: 2,
    alignment: 0.5,
    lastActivityAt: '2026-06-01T10:00:00.000Z',
    unlinkedOpenTasks: 1,
    unmovedOutcomes: 0,
    staleOutcomes,
  };
}

function Summary() {
  const { data } = useQuery(ProblemLayoutQuery, { variables: { key: 'HOUS-3' } });
  return data?.problem ? <ProblemSummary problem={data.problem} /> : null;
}

function renderSummary(staleOutcomes: number) {
  render(
    <MockedProvider
      cache={createCache()}
      mocks={[
        {
          request: { query: ProblemLayoutQuery, variables: { key: 'HOUS-3' } },
          result: {
            data: {
              problem: {
                __typename: 'Problem',
                id: 'UHJvYmxlbTox',
                key: 'HOUS-3',
                title: 'People sleeping rough in the city centre',
                viewerRole: 'LEAD',
                viewerCan: {
                  __typename: 'ProblemPermissions',
                  edit: true,
                  contribute: true,
                  comment: true,
                },
                status: 'ACTIVE',
                visibility: 'INTERNAL',
                lead: { __typename: 'User', id: 'VXNlcjox', displayName: 'Amira Haddad' },
                health: health(staleOutcomes),
              },
            },
          },
        },
      ]}
    >
      <Summary />
    </MockedProvider>,
  );
}

describe('ProblemSummary', () => {
  it('says how many outcomes need a figure when some are stale', async () => {
    renderSummary(2);
    expect(await screen.findByText('2 outcomes need a figure')).toBeInTheDocument();
  });

  it('says nothing about figures when none is overdue', async () => {
    renderSummary(0);
    expect(await screen.findByText('Amira Haddad')).toBeInTheDocument();
    expect(screen.queryByText(/need(s)? a figure/)).not.toBeInTheDocument();
  });
});
