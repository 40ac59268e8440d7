import { PageHeading } from '@/app/layout/PageHeading';

export function PeoplePage() {
  return (
    <>
      <PageHeading>People</PageHeading>
      <p>
        The directory of people across departments, agencies and partners arrives with the next
        release.
      </p>
    </>
  );
}
