import { PageHeading } from '@/app/layout/PageHeading';

export function PortfolioPage() {
  return (
    <>
      <PageHeading>Portfolio</PageHeading>
      <p>This page is being built.</p>
    </>
  );
}
