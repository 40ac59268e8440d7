import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary';

function Form({ failures }: { failures: ReadonlyArray<readonly ErrorSummaryItem[]> }) {
  const [attempt, setAttempt] = useState(-1);
  return (
    <>
      <ErrorSummary errors={failures[attempt] ?? []} />
      <label htmlFor="name">Name</label>
      <input id="name" />
      <button
        type="button"
        onClick={() => {
          setAttempt((current) => current + 1);
        }}
      >
        Save
      </button>
    </>
  );
}

describe('ErrorSummary', () => {
  it('renders nothing without errors', () => {
    render(<ErrorSummary errors={[]} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('takes focus on every failed attempt and links to the fields', async () => {
    const user = userEvent.setup();
    const failure: ErrorSummaryItem[] = [
      { message: 'Enter a name', fieldId: 'name' },
      { message: 'The service is not available' },
    ];
    render(<Form failures={[failure, [...failure]]} />);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('listitem')).toHaveLength(2);
    expect(within(summary).getAllByRole('link')).toHaveLength(1);

    await user.click(within(summary).getByRole('link', { name: 'Enter a name' }));
    expect(screen.getByLabelText('Name')).toHaveFocus();

    // The same messages again, from a second attempt: focus goes back to the summary.
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveFocus();
  });
});
