import {
  Outlet,
  ScrollRestoration,
  useHref,
  useNavigate,
  type NavigateOptions,
} from 'react-router';
import { RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { AuthProvider } from '@/app/auth/AuthProvider';
import { scrollRestorationKey } from './navigation-state';

declare module 'react-aria-components' {
  interface RouterConfig {
    routerOptions: NavigateOptions;
  }
}

/** The root route: React Aria links navigate with the router; everyone below knows the session. */
export function Root() {
  const navigate = useNavigate();
  return (
    <AriaRouterProvider navigate={(to, options) => void navigate(to, options)} useHref={useHref}>
      <AuthProvider>
        <Outlet />
      </AuthProvider>
      <ScrollRestoration getKey={scrollRestorationKey} />
    </AriaRouterProvider>
  );
}
