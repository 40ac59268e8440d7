import { PageHeading } from '@/app/layout/PageHeading';

export function ProblemsPage() {
  return (
    <>
      <PageHeading>Problems</PageHeading>
      <p>The list of public problems your teams work on arrives with the next release.</p>
    </>
  );
}
