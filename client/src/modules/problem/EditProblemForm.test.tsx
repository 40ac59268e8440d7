import type { FragmentType } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createCache } from '@/app/apollo/apollo-cache';
import type { EditProblemForm_ProblemFragment } from '@/generated/graphql';
import { EditProblemForm, EditProblemFormFragment } from './EditProblemForm';
import { UpdateProblemMutation, UPDATE_PROBLEM_MESSAGES } from './hooks/use-update-problem';

const PROBLEM = {
  __typename: 'Problem' as const,
  id: 'UHJvYmxlbTox',
  version: 3,
  title: 'Rough sleeping in the city centre',
  statement: 'People sleep rough.',
  affectedPopulation: 'About 48 people',
  geography: 'City centre',
  status: 'ACTIVE' as const,
  visibility: 'PUBLIC' as const,
  publicValues: ['PEOPLE' as const],
  themes: ['housing'],
};

const conflictMock: MockLink.MockedResponse = {
  request: {
    query: UpdateProblemMutation,
    variables: {
      input: {
        id: PROBLEM.id,
        version: 3,
        title: 'My better title',
        statement: PROBLEM.statement,
        affectedPopulation: PROBLEM.affectedPopulation,
        geography: PROBLEM.geography,
        status: PROBLEM.status,
        visibility: PROBLEM.visibility,
        publicValues: PROBLEM.publicValues,
        themes: PROBLEM.themes,
      },
    },
  },
  result: {
    errors: [
      {
        message: 'Changed by someone else',
        extensions: { code: 'CONFLICT', currentVersion: 4 },
      },
    ],
  },
};

describe('EditProblemForm', () => {
  it('on a conflict says so, reloads the latest version beside the form, and keeps the typed text', async () => {
    const user = userEvent.setup();
    const cache = createCache();
    cache.writeFragment({ fragment: EditProblemFormFragment, data: PROBLEM });
    const ref = {
      __typename: 'Problem',
      id: PROBLEM.id,
    } as unknown as FragmentType<EditProblemForm_ProblemFragment>;
    const onReload = jest.fn(() => {
      // What the reload brings: someone else renamed the problem.
      cache.writeFragment({
        fragment: EditProblemFormFragment,
        data: { ...PROBLEM, version: 4, title: 'Rough sleeping: city centre and Old Harbour' },
      });
      return Promise.resolve();
    });
    render(
      <MockedProvider mocks={[conflictMock]} cache={cache}>
        <EditProblemForm problem={ref} onDone={jest.fn()} onReload={onReload} />
      </MockedProvider>,
    );

    const title = await screen.findByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'My better title');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = await screen.findByTestId('error-summary');
    expect(within(summary).getByText(UPDATE_PROBLEM_MESSAGES.conflict)).toBeInTheDocument();
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText('Rough sleeping: city centre and Old Harbour'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('My better title');
  });

  it('checks the title before saving', async () => {
    const user = userEvent.setup();
    const cache = createCache();
    cache.writeFragment({ fragment: EditProblemFormFragment, data: PROBLEM });
    const ref = {
      __typename: 'Problem',
      id: PROBLEM.id,
    } as unknown as FragmentType<EditProblemForm_ProblemFragment>;
    render(
      <MockedProvider mocks={[]} cache={cache}>
        <EditProblemForm problem={ref} onDone={jest.fn()} onReload={jest.fn()} />
      </MockedProvider>,
    );
    await user.clear(await screen.findByLabelText('Title'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const summary = await screen.findByTestId('error-summary');
    expect(within(summary).getByRole('link', { name: 'Enter a title' })).toHaveAttribute(
      'href',
      '#problem-title',
    );
  });
});
