import { PageHeading } from '@/app/layout/PageHeading';

export function NewProblemPage() {
  return (
    <>
      <PageHeading>New problem</PageHeading>
      <p>This page is being built.</p>
    </>
  );
}
