import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Table, type TableColumn } from './Table';

interface Row {
  key: string;
  title: string;
  alignment: number | null;
}

const ROWS: Row[] = [
  { key: 'HOUS-12', title: 'Rough sleeping', alignment: 0.5 },
  { key: 'HOUS-2', title: 'Empty homes', alignment: null },
  { key: 'SNOW-1', title: 'Snow clearing', alignment: 0.9 },
];

const COLUMNS: TableColumn<Row>[] = [
  {
    id: 'key',
    name: 'Problem',
    isRowHeader: true,
    render: (r) => `${r.key} ${r.title}`,
    sortValue: (r) => r.key,
  },
  {
    id: 'alignment',
    name: 'Alignment',
    align: 'end',
    render: (r) => (r.alignment === null ? 'No open tasks' : `${String(r.alignment * 100)}%`),
    sortValue: (r) => r.alignment,
  },
  { id: 'note', name: 'Note', render: () => '—' },
];

function firstColumn() {
  return screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').textContent);
}

describe('Table', () => {
  it('is a labelled table in a labelled scrolling region, with row headers', () => {
    render(
      <Table
        label="Problems of the portfolio"
        columns={COLUMNS}
        rows={ROWS}
        rowId={(r) => r.key}
      />,
    );
    const region = screen.getByRole('region', { name: 'Problems of the portfolio' });
    expect(region).toHaveAttribute('tabindex', '0');
    const table = within(region).getByRole('grid', { name: 'Problems of the portfolio' });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(3);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(3);
    expect(firstColumn()).toEqual([
      'HOUS-12 Rough sleeping',
      'HOUS-2 Empty homes',
      'SNOW-1 Snow clearing',
    ]);
  });

  it('sorts by a column when its header is pressed, and reverses on a second press', async () => {
    const user = userEvent.setup();
    const onSortChange = jest.fn();
    render(
      <Table
        label="Problems"
        columns={COLUMNS}
        rows={ROWS}
        rowId={(r) => r.key}
        defaultSort={{ column: 'key', direction: 'ascending' }}
        onSortChange={onSortChange}
      />,
    );
    expect(firstColumn()).toEqual([
      'HOUS-2 Empty homes',
      'HOUS-12 Rough sleeping',
      'SNOW-1 Snow clearing',
    ]);
    expect(screen.getByRole('columnheader', { name: /Problem/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    const alignment = screen.getByRole('columnheader', { name: /Alignment/ });
    await user.click(alignment);
    expect(alignment).toHaveAttribute('aria-sort', 'ascending');
    expect(firstColumn()).toEqual([
      'HOUS-12 Rough sleeping',
      'SNOW-1 Snow clearing',
      'HOUS-2 Empty homes',
    ]);
    expect(onSortChange).toHaveBeenLastCalledWith({ column: 'alignment', direction: 'ascending' });

    await user.click(alignment);
    expect(alignment).toHaveAttribute('aria-sort', 'descending');
    // No data stays last.
    expect(firstColumn()).toEqual([
      'SNOW-1 Snow clearing',
      'HOUS-12 Rough sleeping',
      'HOUS-2 Empty homes',
    ]);

    expect(screen.getByRole('columnheader', { name: 'Note' })).not.toHaveAttribute('aria-sort');
  });

  it('shows the empty state without rows', () => {
    render(
      <Table
        label="Problems"
        columns={COLUMNS}
        rows={[]}
        rowId={(r) => r.key}
        emptyState="No problems yet."
      />,
    );
    expect(screen.getByText('No problems yet.')).toBeInTheDocument();
  });
});
