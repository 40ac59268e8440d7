import type { MockLink } from '@apollo/client/testing';
import { RecordMeasurementMutation, UpdateOutcomeMutation } from '../graphql/outcome.mutations';
import { OutcomeRefreshQuery, OutcomesTabQuery } from '../graphql/outcomes-tab.query';

export const PROBLEM_ID = 'UHJvYmxlbTox';
export const OUTCOME_ID = 'T3V0Y29tZTox';

export interface OutcomeOverrides {
  health?: string;
  cadence?: string | null;
  nextDueDate?: string | null;
  stale?: boolean;
  progress?: number | null;
  plannedProgress?: number;
  measurements?: { id: string; observedAt: string; value: number; note: string | null }[];
}

/** An outcome as the API sends it: 48 → 15 people sleeping rough over 2026. */
export function outcomeResponse(overrides: OutcomeOverrides = {}) {
  const measurements = (
    overrides.measurements ?? [
      { id: 'm1', observedAt: '2026-06-01', value: 30, note: 'Street count' },
    ]
  ).map((m) => ({
    __typename: 'Measurement',
    ...m,
    source: 'MANUAL',
    recordedBy: { __typename: 'User', id: 'VXNlcjox', displayName: 'Ada Okafor' },
  }));
  const latest = measurements.at(-1);
  return {
    __typename: 'Outcome',
    id: OUTCOME_ID,
    name: 'People sleeping rough on a typical night',
    description: null,
    unit: 'people',
    direction: 'DECREASE',
    baselineValue: 48,
    baselineDate: '2026-01-01',
    targetValue: 15,
    targetDate: '2027-01-01',
    dataSource: 'Monthly street count',
    progress: overrides.progress === undefined ? 0.5454 : overrides.progress,
    plannedProgress: overrides.plannedProgress ?? 0.41,
    health: overrides.health ?? 'ON_TRACK',
    cadence: overrides.cadence === undefined ? 'MONTHLY' : overrides.cadence,
    nextDueDate: overrides.nextDueDate === undefined ? '2026-07-01' : overrides.nextDueDate,
    stale: overrides.stale ?? false,
    suppressBelow: null,
    isPublic: true,
    owner: { __typename: 'User', id: 'VXNlcjox', displayName: 'Ada Okafor' },
    version: 1,
    latest: latest
      ? {
          __typename: 'Measurement',
          id: latest.id,
          observedAt: latest.observedAt,
          value: latest.value,
        }
      : null,
    measurements,
  };
}

function membership(id: string, role: string, userId: string, displayName: string) {
  return {
    __typename: 'Membership',
    id,
    role,
    user: { __typename: 'User', id: userId, displayName },
  };
}

export function outcomesTabMock(
  viewerCan: { edit: boolean; contribute: boolean },
  outcomes: ReturnType<typeof outcomeResponse>[] = [outcomeResponse()],
): MockLink.MockedResponse {
  return {
    request: { query: OutcomesTabQuery, variables: { key: 'HOUS-3' } },
    result: {
      data: {
        problem: {
          __typename: 'Problem',
          id: PROBLEM_ID,
          key: 'HOUS-3',
          title: 'People sleeping rough in the city centre',
          viewerCan: { __typename: 'ProblemPermissions', comment: true, ...viewerCan },
          lead: { __typename: 'User', id: 'VXNlcjox', displayName: 'Ada Okafor' },
          members: [
            membership('TWVtYmVyc2hpcDox', 'LEAD', 'VXNlcjox', 'Ada Okafor'),
            membership('TWVtYmVyc2hpcDoy', 'MEMBER', 'VXNlcjoy', 'Tom Fairweather'),
            membership('TWVtYmVyc2hpcDoz', 'OBSERVER', 'VXNlcjoz', 'Sara Lindqvist'),
          ],
          outcomes,
        },
      },
    },
  };
}

export function recordMeasurementMock(input: {
  observedAt: string;
  value: number;
  note: string | null;
}): MockLink.MockedResponse {
  return {
    request: {
      query: RecordMeasurementMutation,
      variables: { input: { outcomeId: OUTCOME_ID, ...input } },
    },
    result: {
      data: {
        recordMeasurement: {
          __typename: 'Measurement',
          id: 'm2',
          ...input,
          source: 'MANUAL',
          recordedBy: { __typename: 'User', id: 'VXNlcjox', displayName: 'Ada Okafor' },
        },
      },
    },
  };
}

export function outcomeRefreshMock(
  outcome: ReturnType<typeof outcomeResponse>,
): MockLink.MockedResponse {
  return {
    request: { query: OutcomeRefreshQuery, variables: { id: OUTCOME_ID } },
    result: { data: { node: outcome } },
  };
}

/** The lead's edit of the outcome answered with CONFLICT (someone saved first). */
export function updateOutcomeConflictMock(input: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: {
      query: UpdateOutcomeMutation,
      variables: { input: { id: OUTCOME_ID, version: 1, ...input } },
    },
    result: {
      errors: [
        {
          message: 'Version conflict',
          extensions: { code: 'CONFLICT', currentVersion: 2 },
        },
      ],
    },
  };
}
