import { jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { createBrowserRouter, ScrollRestoration } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { scrollRestorationKey } from './navigation-state';

/**
 * React Router's real `<ScrollRestoration>` on a document's first page, with a position an earlier
 * page of the tab left under React Router's `'default'` key. (jsdom has no scrolling: `scrollTo`
 * is recorded, not performed.)
 */
async function firstPageScrolls(
  getKey: typeof scrollRestorationKey | undefined,
): Promise<unknown[][]> {
  window.history.replaceState(null, '', '/board');
  sessionStorage.setItem('react-router-scroll-positions', JSON.stringify({ default: 600 }));
  const scrollTo = jest.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  const router = createBrowserRouter([
    {
      path: '/board',
      Component: () => (
        <>
          <h1>Board</h1>
          <ScrollRestoration getKey={getKey} />
        </>
      ),
    },
  ]);
  const { unmount } = render(<RouterProvider router={router} />);
  await screen.findByRole('heading', { name: 'Board' });
  // Let the router's low-priority update with the restored position land.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const calls = scrollTo.mock.calls.map((call) => [...call]);
  unmount();
  router.dispose();
  scrollTo.mockRestore();
  sessionStorage.clear();
  return calls;
}

describe('scroll restoration on a page loaded afresh', () => {
  it('does not scroll to where an earlier page of the tab was left', async () => {
    const calls = await firstPageScrolls(scrollRestorationKey);
    expect(calls).not.toContainEqual([0, 600]);
  });

  it("would, with React Router's own key (a control for the test above)", async () => {
    const calls = await firstPageScrolls(undefined);
    expect(calls).toContainEqual([0, 600]);
  });
});
