import { isRouteErrorResponse, useRouteError } from 'react-router';
import { PageHeading } from '@/app/layout/PageHeading';
import { Link } from '@/ui/Link';
import { NotFoundPage } from './NotFoundPage';

/**
 * What a page shows when rendering or loading it failed (a bug, or a page's code that can't be
 * fetched after a new release). Plain words; the details go to the console.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <>
      <PageHeading>Sorry, there is a problem</PageHeading>
      <p>Something went wrong while showing this page. Reload the page to try again.</p>
      <p>
        If it keeps happening, <Link href="/">go to the home page</Link> and try again later.
      </p>
    </>
  );
}
