import { PageHeading } from '@/app/layout/PageHeading';

export function ProblemLayout() {
  return (
    <>
      <PageHeading>Problem</PageHeading>
      <p>This page is being built.</p>
    </>
  );
}
