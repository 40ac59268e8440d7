import type { MockLink } from '@apollo/client/testing';
import { PortfoliosPageQuery } from '../graphql/portfolios.graphql';

/** The portfolios page's answer: one portfolio; `canCreate` is the viewer's permission. */
export function portfoliosPageMock(canCreate = false): MockLink.MockedResponse {
  return {
    request: { query: PortfoliosPageQuery },
    result: {
      data: {
        viewerCan: { __typename: 'WorkspacePermissions', createPortfolio: canCreate },
        portfolios: [
          {
            __typename: 'Portfolio',
            id: 'UG9ydGZvbGlvOjE',
            name: 'Homes, Income and Communities',
            description: null,
            owner: { __typename: 'User', id: 'VXNlcjo5', displayName: 'Samuel Adeyemi' },
            problems: { __typename: 'ProblemConnection', totalCount: 7 },
          },
        ],
      },
    },
  };
}
