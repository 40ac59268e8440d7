import { graphql } from '@/generated';

export const RecordMeasurementMutation = graphql(`
  mutation RecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) {
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

export const CreateOutcomeMutation = graphql(`
  mutation CreateOutcome($input: CreateOutcomeInput!) {
    createOutcome(input: $input) {
      id
      ...OutcomeCard_outcome
    }
  }
`);

export const UpdateOutcomeMutation = graphql(`
  mutation UpdateOutcome($input: UpdateOutcomeInput!) {
    updateOutcome(input: $input) {
      id
      ...OutcomeCard_outcome
    }
  }
`);
