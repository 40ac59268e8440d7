import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createCache } from '@/app/apollo/apollo-cache';
import { subscribeToAnnouncements } from '@/ui/announce';
import { localToday } from './local-today';
import { OutcomesTab } from './OutcomesTab';
import {
  outcomeRefreshMock,
  outcomeResponse,
  PROBLEM_ID,
  outcomesTabMock,
  recordMeasurementMock,
  updateOutcomeConflictMock,
} from './testing/outcome-mocks';
import { FAILURE_MESSAGES } from './hooks/describe-failure';
import { CreateOutcomeMutation } from './graphql/outcome.mutations';

function renderTab(mocks: MockLink.MockedResponse[]) {
  const router = createMemoryRouter([{ path: 'problems/:key/outcomes', Component: OutcomesTab }], {
    initialEntries: ['/problems/HOUS-3/outcomes'],
  });
  const user = userEvent.setup();
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return { user };
}

describe('OutcomesTab', () => {
  it('shows each outcome with its health and progress in words, and only the controls the viewer may use', async () => {
    renderTab([outcomesTabMock({ edit: false, contribute: true })]);

    expect(
      await screen.findByRole('heading', {
        level: 3,
        name: 'People sleeping rough on a typical night',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Outcomes' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    expect(screen.getByTestId('outcome-headline')).toHaveTextContent(
      'On track: 55% of the way from 48 to 15 people, 41% of the time elapsed.',
    );
    expect(
      screen.getByText('Latest: 30 people on 1 June 2026. Target: 15 people by 1 January 2027.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'Record a measurement of People sleeping rough on a typical night',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit outcome/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Define an outcome' })).not.toBeInTheDocument();
    // The chart's data as a table, in a disclosure.
    const table = screen.getByRole('grid', {
      name: 'Measurements of People sleeping rough on a typical night',
      hidden: true,
    });
    expect(within(table).getAllByRole('row', { hidden: true })).toHaveLength(2);
  });

  it('says in words when an outcome’s figure is overdue, and who reports it how often', async () => {
    renderTab([
      outcomesTabMock({ edit: false, contribute: true }, [
        outcomeResponse({ cadence: 'MONTHLY', nextDueDate: '2026-03-31', stale: true }),
      ]),
    ]);
    expect(
      await screen.findByText('Stale: the March figure was due on 31 March 2026'),
    ).toBeInTheDocument();
    expect(screen.getByText('Monthly; next figure due 31 March 2026')).toBeInTheDocument();
    expect(screen.getByText('Reported by').nextSibling).toHaveTextContent('Ada Okafor');
  });

  it('shows no stale mark on a current outcome, nor a schedule without a cadence', async () => {
    renderTab([
      outcomesTabMock({ edit: false, contribute: true }, [
        outcomeResponse({ cadence: null, nextDueDate: null, stale: false }),
      ]),
    ]);
    expect(await screen.findByText('Not on a schedule')).toBeInTheDocument();
    expect(screen.queryByText(/^Stale/)).not.toBeInTheDocument();
  });

  it('shows editing controls to the lead and says when there are no outcomes', async () => {
    renderTab([outcomesTabMock({ edit: true, contribute: true }, [])]);
    expect(await screen.findByText(/No outcomes defined yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Define an outcome' })).toBeInTheDocument();
  });

  it('records a measurement, then shows and announces the outcome’s new health and progress', async () => {
    const today = localToday();
    const updated = outcomeResponse({
      health: 'ACHIEVED',
      progress: 1.0303,
      plannedProgress: 0.9,
      measurements: [
        { id: 'm1', observedAt: '2026-06-01', value: 30, note: 'Street count' },
        { id: 'm2', observedAt: today, value: 14, note: 'Winter count' },
      ],
    });
    const announcements: string[] = [];
    const unsubscribe = subscribeToAnnouncements((message) => announcements.push(message));
    const { user } = renderTab([
      outcomesTabMock({ edit: false, contribute: true }),
      recordMeasurementMock({ observedAt: today, value: 14, note: 'Winter count' }),
      outcomeRefreshMock(updated),
    ]);

    await user.click(await screen.findByRole('button', { name: /Record a measurement/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a measurement' });

    // Nothing entered: the summary says so and links to the field.
    await user.click(within(dialog).getByRole('button', { name: 'Record measurement' }));
    const summary = await within(dialog).findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the value' })).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText('Value (people)'), '14');
    await user.type(within(dialog).getByLabelText(/Note/), 'Winter count');
    await user.click(within(dialog).getByRole('button', { name: 'Record measurement' }));

    await waitFor(() => {
      expect(screen.getByTestId('outcome-headline')).toHaveTextContent(
        'Achieved: 103% of the way from 48 to 15 people, 90% of the time elapsed.',
      );
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(announcements).toEqual([
      'Measurement recorded for People sleeping rough on a typical night. Achieved: 103% of the way from 48 to 15 people, 90% of the time elapsed.',
    ]);
    unsubscribe();
  });

  it('says plainly when someone else changed the outcome first (CONFLICT), keeping the form open', async () => {
    const { user } = renderTab([
      outcomesTabMock({ edit: true, contribute: true }),
      updateOutcomeConflictMock({
        name: 'People sleeping rough on a typical night',
        description: null,
        unit: 'people',
        dataSource: 'Monthly street count',
        direction: 'DECREASE',
        baselineValue: 48,
        targetValue: 10,
        baselineDate: '2026-01-01',
        targetDate: '2027-01-01',
        ownerId: null,
        cadence: 'MONTHLY',
        suppressBelow: null,
        isPublic: true,
      }),
      outcomeRefreshMock(outcomeResponse()),
    ]);
    await user.click(await screen.findByRole('button', { name: /Edit outcome/ }));
    const dialog = await screen.findByRole('dialog', { name: /Edit/ });
    const target = within(dialog).getByLabelText('Target value');
    await user.clear(target);
    await user.type(target, '10');
    await user.click(within(dialog).getByRole('button', { name: 'Save outcome' }));

    const summary = await within(dialog).findByRole('alert');
    expect(summary).toHaveTextContent(FAILURE_MESSAGES.conflict);
    expect(screen.getByRole('dialog', { name: /Edit/ })).toBeInTheDocument();
  });

  it('lets the lead choose who reports an outcome, how often, what is suppressed and whether it is published', async () => {
    const input = {
      problemId: PROBLEM_ID,
      name: 'Hostel beds',
      description: null,
      unit: 'beds',
      dataSource: null,
      direction: 'INCREASE',
      baselineValue: 40,
      baselineDate: '2026-01-01',
      targetValue: 60,
      targetDate: '2027-01-01',
      ownerId: 'VXNlcjoy',
      cadence: 'QUARTERLY',
      suppressBelow: 5,
      isPublic: false,
    };
    const created = {
      ...outcomeResponse({ cadence: 'QUARTERLY', nextDueDate: '2026-04-01' }),
      id: 'T3V0Y29tZToy',
      name: 'Hostel beds',
      unit: 'beds',
      owner: { __typename: 'User', id: 'VXNlcjoy', displayName: 'Tom Fairweather' },
      suppressBelow: 5,
      isPublic: false,
    };
    const { user } = renderTab([
      outcomesTabMock({ edit: true, contribute: true }),
      {
        request: { query: CreateOutcomeMutation, variables: { input } },
        result: { data: { createOutcome: created } },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Define an outcome' }));
    const dialog = await screen.findByRole('dialog', { name: 'Define an outcome' });
    await user.type(within(dialog).getByLabelText(/What is measured/), 'Hostel beds');
    await user.type(within(dialog).getByLabelText(/^Unit/), 'beds');
    await user.click(within(dialog).getByRole('button', { name: /Success means/ }));
    await user.click(await screen.findByRole('option', { name: /Increase/ }));
    await user.type(within(dialog).getByLabelText('Baseline value'), '40');
    await user.type(within(dialog).getByLabelText('Target value'), '60');
    for (const [label, date] of [
      ['Baseline date', ['1', '1', '2026']],
      ['Target date', ['1', '1', '2027']],
    ] as const) {
      const group = within(dialog).getByRole('group', { name: label });
      const [day, month, year] = within(group).getAllByRole('spinbutton');
      if (!day || !month || !year) throw new Error(`no ${label} segments`);
      await user.type(day, date[0]);
      await user.type(month, date[1]);
      await user.type(year, date[2]);
    }

    // Observers may not record measurements, so may not report them; the lead is the default.
    await user.click(within(dialog).getByRole('button', { name: /Reported by/ }));
    const owners = await screen.findAllByRole('option');
    expect(owners.map((o) => o.textContent)).toEqual([
      'Ada Okafor, the lead (default)',
      'Tom Fairweather',
    ]);
    await user.click(screen.getByRole('option', { name: 'Tom Fairweather' }));
    await user.click(within(dialog).getByRole('button', { name: /How often/ }));
    await user.click(await screen.findByRole('option', { name: 'Quarterly' }));
    await user.type(within(dialog).getByLabelText(/Hide published values below/), '5');
    await user.click(within(dialog).getByRole('checkbox', { name: /Publish it/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Define outcome' }));

    expect(
      await screen.findByRole('heading', { level: 3, name: 'Hostel beds' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('refuses a suppression that is not above 0 before sending anything', async () => {
    const { user } = renderTab([outcomesTabMock({ edit: true, contribute: true })]);
    await user.click(await screen.findByRole('button', { name: /Edit outcome/ }));
    const dialog = await screen.findByRole('dialog', { name: /Edit/ });
    await user.type(within(dialog).getByLabelText(/Hide published values below/), '0');
    await user.click(within(dialog).getByRole('button', { name: 'Save outcome' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Enter the number below which published values are hidden, above 0',
    );
  });
});
