import { screen, waitFor, within } from '@testing-library/react';
import { ADA, meMock } from '@/test/graphql-mocks';
import { renderApp } from '@/test/render-app';
import { STORAGE_KEY } from './shortcut-settings';

beforeEach(() => {
  window.localStorage.clear();
});

describe('keyboard shortcuts', () => {
  it('go somewhere with two keys, but not while typing in a field', async () => {
    const { user, router } = renderApp({ path: '/nowhere', mocks: [meMock(ADA)] });
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });

    await user.keyboard('gu');
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/people');
    });
    const search = await screen.findByRole('searchbox', { name: 'Search people' });
    await user.type(search, 'gp');
    expect(router.state.location.pathname).toBe('/people');
  });

  it('can be turned off in the shortcuts dialog, and the choice is remembered', async () => {
    const { user, router } = renderApp({ path: '/nowhere', mocks: [meMock(ADA)] });
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });

    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByRole('row', { name: /Go to Problems/ })).toHaveTextContent('g p');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Use single-key shortcuts' }));
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({
      enabled: false,
    });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });

    await user.keyboard('gp?');
    expect(router.state.location.pathname).toBe('/nowhere');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('can be remapped', async () => {
    const { user, router } = renderApp({ path: '/nowhere', mocks: [meMock(ADA)] });
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Shortcuts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await user.click(within(dialog).getByRole('button', { name: 'Change keys' }));
    const field = within(dialog).getByRole('textbox', { name: 'Keys for Go to Problems' });
    await user.clear(field);
    await user.type(field, 'g m');
    await user.click(within(dialog).getByRole('button', { name: 'Save keys' }));
    expect(field).toHaveAccessibleDescription(/clash with “Go to My work”/);

    await user.clear(field);
    await user.type(field, 'x');
    await user.click(within(dialog).getByRole('button', { name: 'Save keys' }));
    expect(await within(dialog).findByText('Shortcut keys saved.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });

    await user.keyboard('x');
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/problems');
    });
  });
});
