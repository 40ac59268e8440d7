import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createCache } from '@/app/apollo/apollo-cache';
import { AddMemberForm } from './AddMemberForm';
import { ProblemPeopleSearchQuery } from './hooks/use-people-search';
import { AddMemberMutation } from './hooks/use-team-mutations';

const CALLUM = {
  __typename: 'User',
  id: 'VXNlcjo5',
  displayName: 'Callum Reid',
  title: 'Network Resilience Engineer',
  email: 'outsider@demo.commons',
  organization: { __typename: 'Organization', id: 'T3JnOjI', name: 'Transport and Highways' },
};

function searchMock(search: string): MockLink.MockedResponse {
  return {
    request: { query: ProblemPeopleSearchQuery, variables: { search, first: 8 } },
    result: {
      data: {
        users: {
          __typename: 'UserConnection',
          edges: [{ __typename: 'UserEdge', node: CALLUM }],
        },
      },
    },
    maxUsageCount: 5,
  };
}

const duplicateMock: MockLink.MockedResponse = {
  request: {
    query: AddMemberMutation,
    variables: {
      input: {
        problemId: 'UHJvYmxlbTox',
        userId: CALLUM.id,
        role: 'MEMBER',
        allocationPercent: 20,
      },
    },
  },
  result: {
    errors: [
      {
        message: 'Invalid input',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ path: 'input.userId', message: 'Callum Reid is already on this team.' }],
        },
      },
    ],
  },
};

function renderForm(mocks: MockLink.MockedResponse[] = []) {
  const user = userEvent.setup();
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <AddMemberForm problemId="UHJvYmxlbTox" />
    </MockedProvider>,
  );
  return user;
}

describe('AddMemberForm', () => {
  it('explains what is missing, in a summary linking to the fields and on the fields', async () => {
    const user = renderForm();
    await user.click(screen.getByRole('button', { name: 'Add to the team' }));

    const summary = await screen.findByTestId('error-summary');
    const person = within(summary).getByRole('link', { name: 'Choose a person from the list' });
    expect(person).toHaveAttribute('href', '#add-member-person');
    expect(
      within(summary).getByRole('link', { name: 'Enter the share of their time, from 0 to 100' }),
    ).toHaveAttribute('href', '#add-member-allocation');
    expect(screen.getByLabelText('Share of their time (%)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('refuses an allocation that is not a whole number from 0 to 100', async () => {
    const user = renderForm();
    for (const typed of ['150', '12.5', '-3']) {
      const field = screen.getByLabelText('Share of their time (%)');
      await user.clear(field);
      await user.type(field, typed);
      await user.click(screen.getByRole('button', { name: 'Add to the team' }));
      const summary = await screen.findByTestId('error-summary');
      expect(
        within(summary).getByText('Enter the share of their time as a whole number from 0 to 100'),
      ).toBeInTheDocument();
    }
  });

  it('shows the server’s “already on this team” on the person field', async () => {
    const user = renderForm([searchMock('C'), searchMock('Ca'), searchMock('Cal'), duplicateMock]);
    await user.type(screen.getByRole('combobox', { name: 'Person' }), 'Cal');
    await user.click(await screen.findByRole('option', { name: /Callum Reid/ }));
    expect(screen.getByRole('combobox', { name: 'Person' })).toHaveValue('Callum Reid');
    await user.type(screen.getByLabelText('Share of their time (%)'), '20');
    await user.click(screen.getByRole('button', { name: 'Add to the team' }));

    const summary = await screen.findByTestId('error-summary');
    expect(
      within(summary).getByRole('link', { name: 'Callum Reid is already on this team.' }),
    ).toHaveAttribute('href', '#add-member-person');
    await waitFor(() => {
      expect(screen.getByRole('combobox', { name: 'Person' })).toHaveAttribute(
        'aria-invalid',
        'true',
      );
    });
  });
});
