import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createCache } from '@/app/apollo/apollo-cache';
import { routes } from '@/app/routing/routes';

export interface RenderAppOptions {
  /** Where the app starts, e.g. `/sign-in?next=%2Fproblems`. */
  path: string;
  mocks: ReadonlyArray<MockLink.MockedResponse>;
}

/** The whole app (real routes, providers and cache) over mocked GraphQL responses. */
export function renderApp({ path, mocks }: RenderAppOptions) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return { ...view, router, user };
}
