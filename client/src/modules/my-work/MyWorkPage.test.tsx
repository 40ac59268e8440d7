import { screen, within } from '@testing-library/react';
import { ADA, meMock } from '@/test/graphql-mocks';
import { renderApp } from '@/test/render-app';
import { problemNode } from '@/modules/problems/test/problem-fixtures';
import { MyWorkQueryDocument } from './graphql/my-work.query';
import { localToday } from './due-groups';

function daysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return localToday(date);
}

function task(number: number, title: string, dueDate: string | null, overdue = false) {
  return {
    __typename: 'TaskEdge',
    node: {
      __typename: 'Task',
      id: `Task:${String(number)}`,
      number,
      title,
      status: 'TODO',
      dueDate,
      overdue,
      problem: {
        __typename: 'Problem',
        id: 'Problem:HOUS-12',
        key: 'HOUS-12',
        title: 'Rough sleeping',
      },
    },
  };
}

function dueOutcome(id: string, name: string, nextDueDate: string, stale: boolean) {
  return {
    __typename: 'Outcome',
    id,
    name,
    cadence: 'MONTHLY',
    nextDueDate,
    stale,
    problem: {
      __typename: 'Problem',
      id: 'Problem:HOUS-12',
      key: 'HOUS-12',
      title: 'Rough sleeping',
    },
  };
}

const myWorkMock = {
  request: { query: MyWorkQueryDocument },
  result: {
    data: {
      myDueOutcomes: [
        dueOutcome('Outcome:1', 'Rough sleepers', '2026-03-31', true),
        dueOutcome('Outcome:2', 'Hostel beds', '2026-04-30', false),
      ],
      myTasks: {
        __typename: 'TaskConnection',
        totalCount: 4,
        edges: [
          task(1, 'Count rough sleepers', daysFromToday(-2), true),
          task(2, 'Book the outreach van', daysFromToday(3)),
          task(3, 'Write the winter plan', daysFromToday(30)),
          task(4, 'Read the research', null),
        ],
      },
      problems: {
        __typename: 'ProblemConnection',
        totalCount: 1,
        edges: [{ __typename: 'ProblemEdge', node: problemNode('HOUS-12', 'Rough sleeping') }],
      },
      recentActivity: {
        __typename: 'ActivityEventConnection',
        edges: [
          {
            __typename: 'ActivityEventEdge',
            node: {
              __typename: 'ActivityEvent',
              id: 'Ev:1',
              summary: 'Amira Haddad moved HOUS-12 #2 to In progress',
              createdAt: '2026-11-30T09:00:00.000Z',
              problem: { __typename: 'Problem', id: 'Problem:12', key: 'HOUS-12' },
            },
          },
        ],
      },
    },
  },
};

describe('My work', () => {
  it('groups my open tasks by due, each linking to its problem’s board', async () => {
    renderApp({ path: '/', mocks: [meMock(ADA), myWorkMock] });

    await screen.findByRole('heading', { level: 1, name: 'My work' });
    const groups = await screen.findAllByRole('heading', { level: 3 });
    expect(groups.map((h) => h.textContent)).toEqual([
      'Overdue (1)',
      'This week (1)',
      'Later (1)',
      'No due date (1)',
      'HOUS-12 Rough sleeping',
    ]);
    const overdue = screen.getByRole('region', { name: 'Overdue (1)' });
    const link = within(overdue).getByRole('link', { name: 'HOUS-12 #1 Count rough sleepers' });
    expect(link).toHaveAttribute('href', '/problems/HOUS-12/board');
    expect(overdue).toHaveTextContent('Overdue: was due');

    const problems = screen.getByRole('region', { name: 'My problems' });
    expect(within(problems).getByRole('link', { name: 'HOUS-12 Rough sleeping' })).toHaveAttribute(
      'href',
      '/problems/HOUS-12',
    );
    expect(problems).toHaveTextContent('Off track2');
    const activity = screen.getByRole('region', { name: 'Recent activity' });
    expect(
      within(activity).getByRole('link', { name: 'Amira Haddad moved HOUS-12 #2 to In progress' }),
    ).toHaveAttribute('href', '/problems/HOUS-12/activity');
    expect(document.title).toBe('My work — Commons');
  });

  it('lists the figures I must record next, each linking to its outcome', async () => {
    renderApp({ path: '/', mocks: [meMock(ADA), myWorkMock] });
    const due = await screen.findByRole('region', { name: 'Due' });
    const links = within(due).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Overdue: record the March figure for Rough sleepers (due 31 Mar)',
      'Due: record the April figure for Hostel beds (due 30 Apr)',
    ]);
    expect(links[0]).toHaveAttribute('href', '/problems/HOUS-12/outcomes#outcome-Outcome:1');
  });

  it('shows no Due section when nothing is due', async () => {
    const nothingDue = {
      ...myWorkMock,
      result: { data: { ...myWorkMock.result.data, myDueOutcomes: [] } },
    };
    renderApp({ path: '/', mocks: [meMock(ADA), nothingDue] });
    await screen.findByRole('region', { name: 'My tasks' });
    expect(screen.queryByRole('region', { name: 'Due' })).not.toBeInTheDocument();
  });
});
