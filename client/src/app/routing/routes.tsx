import type { ApolloClient } from '@apollo/client';
import type { RouteObject } from 'react-router';
import { MeQueryDocument } from '@/app/auth/graphql/me.query';
import { RouteErrorPage } from '@/app/errors/RouteErrorPage';
import { LoadingScreen } from '@/app/layout/LoadingScreen';
import { PublicShell } from '@/app/layout/PublicShell';
import { SignInPage } from '@/modules/auth/SignInPage';
import { BoardTabQueryDocument } from '@/modules/board/graphql/board.query';
import { ProblemLayoutQuery } from '@/modules/problem/problem-layout.query';
import { NotFoundRoute } from './NotFoundRoute';
import { preloadQuery } from './preload';
import { Root } from './Root';
import { SignedInLayout } from './SignedInLayout';

/**
 * The route table, shared by the browser router (main.tsx) and the tests' memory routers.
 * Sign-in is in the first bundle (it is the first page of every signed-out visit); the workspace
 * pages load on demand, and the router keeps the current page until the next one's code is in.
 * Given the app's Apollo client, the routes whose data is on the way to a page start its queries
 * while its code loads (preload.ts).
 */
export function createRoutes({ client }: { client?: ApolloClient } = {}): RouteObject[] {
  const byKey = (params: Record<string, string | undefined>) =>
    params.key ? { key: params.key } : null;
  return [
    {
      Component: Root,
      loader: preloadQuery(client, MeQueryDocument, () => ({})),
      HydrateFallback: LoadingScreen,
      errorElement: (
        <PublicShell>
          <RouteErrorPage />
        </PublicShell>
      ),
      children: [
        {
          path: 'sign-in',
          element: (
            <PublicShell>
              <SignInPage />
            </PublicShell>
          ),
        },
        {
          Component: SignedInLayout,
          children: [
            {
              // Errors below keep the workspace frame (header, navigation) around the message.
              errorElement: <RouteErrorPage />,
              children: [
                {
                  index: true,
                  lazy: async () => ({
                    Component: (await import('@/modules/my-work/MyWorkPage')).MyWorkPage,
                  }),
                },
                {
                  path: 'problems',
                  lazy: async () => ({
                    Component: (await import('@/modules/problems/ProblemsPage')).ProblemsPage,
                  }),
                },
                {
                  path: 'problems/new',
                  lazy: async () => ({
                    Component: (await import('@/modules/problems/NewProblemPage')).NewProblemPage,
                  }),
                },
                {
                  // One problem: its h1 and tabs in the layout, each tab a sub-route of its own.
                  path: 'problems/:key',
                  loader: preloadQuery(client, ProblemLayoutQuery, byKey),
                  lazy: async () => ({
                    Component: (await import('@/modules/problem/ProblemLayout')).ProblemLayout,
                  }),
                  children: [
                    {
                      index: true,
                      lazy: async () => ({
                        Component: (await import('@/modules/problem/OverviewTab')).OverviewTab,
                      }),
                    },
                    {
                      path: 'board',
                      loader: preloadQuery(client, BoardTabQueryDocument, byKey),
                      lazy: async () => ({
                        Component: (await import('@/modules/board/BoardTab')).BoardTab,
                      }),
                    },
                    {
                      path: 'outcomes',
                      lazy: async () => ({
                        Component: (await import('@/modules/outcomes/OutcomesTab')).OutcomesTab,
                      }),
                    },
                    {
                      path: 'team',
                      lazy: async () => ({
                        Component: (await import('@/modules/problem/TeamTab')).TeamTab,
                      }),
                    },
                    {
                      path: 'discussion',
                      lazy: async () => ({
                        Component: (await import('@/modules/problem/DiscussionTab')).DiscussionTab,
                      }),
                    },
                    {
                      path: 'activity',
                      lazy: async () => ({
                        Component: (await import('@/modules/problem/ActivityTab')).ActivityTab,
                      }),
                    },
                  ],
                },
                {
                  path: 'portfolios',
                  lazy: async () => ({
                    Component: (await import('@/modules/portfolios/PortfoliosPage')).PortfoliosPage,
                  }),
                },
                {
                  path: 'portfolios/:id',
                  lazy: async () => ({
                    Component: (await import('@/modules/portfolios/PortfolioPage')).PortfolioPage,
                  }),
                },
                {
                  path: 'people',
                  lazy: async () => ({
                    Component: (await import('@/modules/people/PeoplePage')).PeoplePage,
                  }),
                },
                {
                  path: 'people/:id',
                  lazy: async () => ({
                    Component: (await import('@/modules/people/PersonPage')).PersonPage,
                  }),
                },
                {
                  path: 'notifications',
                  lazy: async () => ({
                    Component: (await import('@/modules/notifications/NotificationsPage'))
                      .NotificationsPage,
                  }),
                },
                {
                  // The emails' unsubscribe link points here: keep the path.
                  path: 'settings/notifications',
                  lazy: async () => ({
                    Component: (await import('@/modules/notifications/NotificationPreferencesPage'))
                      .NotificationPreferencesPage,
                  }),
                },
              ],
            },
          ],
        },
        { path: '*', Component: NotFoundRoute },
      ],
    },
  ];
}

/** The routes without preloading: for tests, whose mocks answer each page's own queries. */
export const routes = createRoutes();
