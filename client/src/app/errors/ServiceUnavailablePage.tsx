import { PageHeading } from '@/app/layout/PageHeading';
import { Button } from '@/ui/Button';

/** The session could not be checked: the server is down or the network is. */
export function ServiceUnavailablePage({ retry }: { retry: () => void }) {
  return (
    <>
      <PageHeading>Sorry, Commons cannot be reached</PageHeading>
      <p>Check your internet connection. If it works, Commons may be down for a short while.</p>
      <Button variant="secondary" onPress={retry}>
        Try again
      </Button>
    </>
  );
}
