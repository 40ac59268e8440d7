import { PageHeading } from '@/app/layout/PageHeading';

export function PortfoliosPage() {
  return (
    <>
      <PageHeading>Portfolios</PageHeading>
      <p>Portfolios, which group problems for review side by side, arrive with the next release.</p>
    </>
  );
}
