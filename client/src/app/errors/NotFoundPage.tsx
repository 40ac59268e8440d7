import { PageHeading } from '@/app/layout/PageHeading';
import { Link } from '@/ui/Link';

export function NotFoundPage() {
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </>
  );
}
