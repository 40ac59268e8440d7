import { graphql } from '@/generated';

/** The Outcomes tab: the problem's outcomes, and what the viewer may do with them. */
export const OutcomesTabQuery = graphql(`
  query OutcomesTab($key: String!) {
    problem(key: $key) {
      id
      key
      title
      viewerCan {
        edit
        contribute
      }
      lead {
        id
        displayName
      }
      members {
        id
        role
        user {
          id
          displayName
        }
      }
      outcomes {
        id
        ...OutcomeCard_outcome
      }
    }
  }
`);

/** One outcome again, after a measurement changed its figures. */
export const OutcomeRefreshQuery = graphql(`
  query OutcomeRefresh($id: ID!) {
    node(id: $id) {
      id
      ... on Outcome {
        ...OutcomeCard_outcome
      }
    }
  }
`);

/** What the announcement after recording a measurement says; read from the cache. */
export const OutcomeWordsFragment = graphql(`
  fragment OutcomeWords_outcome on Outcome {
    id
    name
    unit
    direction
    baselineValue
    targetValue
    targetDate
    health
    progress
    plannedProgress
    latest {
      id
      observedAt
      value
    }
  }
`);

/** What recording a measurement recomputes locally (shared formulas) before the server answers. */
export const RecordMeasurementOutcomeFragment = graphql(`
  fragment RecordMeasurement_outcome on Outcome {
    id
    direction
    baselineValue
    baselineDate
    targetValue
    targetDate
    latest {
      id
      observedAt
      value
    }
  }
`);
