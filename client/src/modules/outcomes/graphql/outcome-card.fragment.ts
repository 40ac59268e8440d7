import { graphql } from '@/generated';

/** Everything an outcome's card shows: the definition, the figures and the time series. */
export const OutcomeCardFragment = graphql(`
  fragment OutcomeCard_outcome on Outcome {
    id
    name
    description
    unit
    direction
    baselineValue
    baselineDate
    targetValue
    targetDate
    dataSource
    progress
    plannedProgress
    health
    cadence
    nextDueDate
    stale
    suppressBelow
    isPublic
    owner {
      id
      displayName
    }
    version
    latest {
      id
      observedAt
      value
    }
    measurements {
      id
      observedAt
      value
      note
      source
      recordedBy {
        id
        displayName
      }
    }
  }
`);
