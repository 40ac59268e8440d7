import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MarkdownEditor, type MentionOption } from './MarkdownEditor';

const PEOPLE: MentionOption[] = [
  { id: '1', handle: 'sara.lindqvist', label: 'Sara Lindqvist', description: 'Health Agency' },
  { id: '2', handle: 'samuel', label: 'Samuel Adeyemi' },
];

function Editor({ onQuery }: { onQuery: (query: string | null) => void }) {
  const [value, setValue] = useState('');
  return (
    <>
      <MarkdownEditor
        id="body"
        label="Comment"
        value={value}
        onChange={setValue}
        mentions={{ options: PEOPLE, onQueryChange: onQuery }}
      />
      <output data-testid="value">{value}</output>
    </>
  );
}

describe('MarkdownEditor @mentions', () => {
  it('offers people after @ and inserts the chosen handle with the keyboard', async () => {
    const user = userEvent.setup();
    const queries: (string | null)[] = [];
    render(<Editor onQuery={(query) => queries.push(query)} />);
    const field = screen.getByRole('textbox', { name: 'Comment' });

    await user.type(field, 'Thanks @sa');
    expect(queries).toContain('sa');
    expect(screen.getByRole('listbox', { name: 'People to mention' })).toBeInTheDocument();
    expect(screen.getAllByRole('option')).toHaveLength(2);
    expect(field).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[0]!.id);

    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByTestId('value')).toHaveTextContent('Thanks @samuel');
    expect((field as HTMLTextAreaElement).value).toBe('Thanks @samuel ');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();

    await user.type(field, 'and @sara');
    await user.click(screen.getByRole('option', { name: /Sara Lindqvist/ }));
    expect((field as HTMLTextAreaElement).value).toBe('Thanks @samuel and @sara.lindqvist ');
  });

  it('closes the list on Escape and leaves Enter to the text', async () => {
    const user = userEvent.setup();
    render(<Editor onQuery={() => undefined} />);
    const field = screen.getByRole('textbox', { name: 'Comment' });
    await user.type(field, '@s');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await user.keyboard('{Enter}x');
    expect((field as HTMLTextAreaElement).value).toBe('@s\nx');
  });

  // (jest here can't load the ESM-only react-markdown: the preview shows the text as written,
  // which is also what people see if the renderer fails to load. The e2e test sees it rendered.)
  it('previews the text without ever running HTML in it', async () => {
    const user = userEvent.setup();
    render(<Editor onQuery={() => undefined} />);
    await user.type(
      screen.getByRole('textbox', { name: 'Comment' }),
      '**bold** <script>x</script>',
    );
    await user.click(screen.getByRole('tab', { name: 'Preview' }));
    const preview = await screen.findByRole('region', { name: 'Preview of Comment' });
    expect(await within(preview).findByText(/bold/)).toBeInTheDocument();
    expect(preview.querySelector('script')).toBeNull();
  });
});
