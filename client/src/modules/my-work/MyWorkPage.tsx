import { PageHeading } from '@/app/layout/PageHeading';

export function MyWorkPage() {
  return (
    <>
      <PageHeading>My work</PageHeading>
      <p>Your tasks across every problem you work on arrive with the next release.</p>
    </>
  );
}
