import { PageHeading } from '@/app/layout/PageHeading';

export function PersonPage() {
  return (
    <>
      <PageHeading>Person</PageHeading>
      <p>This page is being built.</p>
    </>
  );
}
